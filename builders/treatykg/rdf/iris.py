"""IRIs minted from identifiers in the text, under a base the user chooses.

Works and expressions follow Akoma Ntoso naming (``/akn/kz/act/resolution/2011-07-26/860`` and ``…/kaz``);
parts of a text nest their eIds under the work, so the kk and ru versions share them. Shared entities
(states, governments, authorities, posts, persons, places, cited treaties) get one IRI across documents,
from keys that do not depend on the language of the text: ISO codes, and bilingual keyword tables.
Nothing is minted from counters that shift when the input shifts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rdflib import URIRef

from treatykg.lang.gazetteer import find_states
from treatykg.rdf.vocab import DEFAULT_BASE

ISO_639_2 = {"kk": "kaz", "ru": "rus", "en": "eng", "be": "bel", "ky": "kir", "hr": "hrv", "uz": "uzb", "tg": "tgk",
             "tk": "tuk", "az": "aze", "hy": "arm", "ka": "geo", "uk": "ukr", "tr": "tur", "zh": "chi", "de": "ger",
             "fr": "fre", "ar": "ara", "es": "spa", "it": "ita", "ja": "jpn", "ko": "kor", "fa": "per", "pl": "pol",
             "mn": "mon", "ro": "rum", "hu": "hun"}
# EU language authority codes (ISO 639-3 based, upper case)
EU_LANGUAGE_CODES = {"kk": "KAZ", "ru": "RUS", "en": "ENG", "be": "BEL", "ky": "KIR", "hr": "HRV", "uz": "UZB",
                     "tg": "TGK", "tk": "TUK", "az": "AZE", "hy": "HYE", "ka": "KAT", "uk": "UKR", "tr": "TUR",
                     "zh": "ZHO", "de": "DEU", "fr": "FRA", "ar": "ARA", "es": "SPA", "it": "ITA", "ja": "JPN",
                     "ko": "KOR", "fa": "FAS", "pl": "POL", "mn": "MON", "ro": "RON", "hu": "HUN"}

_TRANSLIT = str.maketrans({
    "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "i", "к": "k", "қ": "k", "л": "l", "м": "m", "н": "n", "ң": "n", "о": "o", "ө": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "u", "ү": "u", "ф": "f", "х": "kh", "һ": "h", "ц": "ts", "ч": "ch",
    "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "і": "i", "ь": "", "э": "e", "ю": "yu", "я": "ya",
})


def slug(text: str, limit: int = 60) -> str:
    """Lower-case ASCII words joined by hyphens, transliterated from Cyrillic."""
    ascii_text = text.lower().translate(_TRANSLIT)
    words = re.findall(r"[a-z0-9]+", ascii_text)
    out = "-".join(words)
    return out[:limit].rstrip("-") or "x"


# Subjects of treaties in both languages -> one key. General rule: a treaty is named by its parties,
# its year and its subject; the subject needs a key that the kk and ru titles share.
SUBJECTS = (
    ("government-communications", r"үкіметтік\s+байланыс|правительственной\s+связи"),
    ("classified-information", r"құпия\s+ақпарат|секретной\s+информаци|засекреченной\s+информаци"),
    ("migration", r"көші-қон|миграци"),
    ("press-and-information", r"баспасөз\s+және\s+ақпарат|печати\s+и\s+информации"),
    ("information", r"ақпарат\s+саласындағы\s+ынтымақтастығы|сотрудничестве\s+в\s+области\s+информации"),
    ("trade-and-economic-cooperation", r"сауда-экономикалық|торгово-экономическ"),
    ("secure-communications-line", r"қорғалған\s+байланыс\s+желісін|защищенной\s+линии\s+связи"),
    ("nuclear-risk-reduction-centres", r"ядролық\s+қауіпті\s+азайту|уменьшению\s+ядерной\s+опасности"),
    ("strategic-offensive-arms", r"стратегиялық\s+шабуыл|стратегических\s+наступательных"),
    ("intermediate-and-shorter-range-missiles", r"орта\s+және\s+кіші\s+қашықтықтағы|средней\s+и\s+меньшей\s+дальности"),
)
AUTHORITIES = (
    ("national-security-committee", r"Ұлттық\s+қауіпсіздік\s+комитет|Комитет\w*\s+национальной\s+безопасности"),
    ("state-security-committee", r"Мемлекеттік\s+қауіпсіздік\s+комитет|Комитет\w*\s+государственной\s+безопасности"),
    ("ministry-of-national-security", r"Ұлттық\s+қауіпсіздік\s+министрлі|Министерств\w*\s+национальной\s+безопасности"),
    ("ministry-of-internal-affairs", r"Ішкі\s+істер\s+министрлі|Министерств\w*\s+внутренних\s+дел"),
    ("ministry-of-foreign-affairs", r"Сыртқы\s+істер\s+министрлі|Министерств\w*\s+иностранных\s+дел"),
    ("ministry-of-labour-and-social-protection", r"Еңбек\s+және\s+халықты\s+әлеуметтік\s+қорғау\s+министрлі|Министерств\w*\s+труда\s+и\s+социальной\s+защиты"),
    ("ministry-of-culture-information-and-public-accord", r"Мәдениет,\s+ақпарат\s+және\s+қоғамдық\s+келісім\s+министрлі|Министерств\w*\s+культуры,\s+информации\s+и\s+общественного\s+согласия"),
    ("state-press-committee", r"Мемлекеттік\s+баспасөз\s+комитет|Государственн\w*\s+комитет\w*[^,;]*по\s+печати"),
    ("state-border-committee", r"Мемлекеттік\s+шекара\s+комитет|Государственн\w*\s+пограничн\w*\s+комитет"),
    ("ministry-of-defence", r"Қорғаныс\s+министрлі|Министерств\w*\s+обороны"),
)
OFFICES = (
    ("prime-minister", r"Премьер-Министр"),
    ("president", r"Президент"),
    ("minister-of-foreign-affairs", r"Сыртқы\s+істер\s+министрі|Министр\w*\s+иностранных\s+дел"),
    ("minister-of-economy-and-trade", r"Экономика\s+және\s+сауда\s+министрі|Министр\w*\s+экономики\s+и\s+торговли"),
)


def _key(table, text: str) -> str | None:
    for key, pattern in table:
        if re.search(pattern, text, re.I):
            return key
    return None


def subject_key(title: str | None) -> str | None:
    return _key(SUBJECTS, title or "")


def authority_key(name: str) -> str:
    return _key(AUTHORITIES, name) or slug(name)


def office_key(office: str) -> str:
    return _key(OFFICES, office) or slug(office)


_SURNAME = re.compile(r"(?:ов|ев|ин|ова|ева|ина|ұлы|улы|ский|ская|енко|дзе|ян)$", re.I)


def person_key(name: str) -> str:
    """Surname and first initial, transliterated: the same person in kk and ru texts gets one key."""
    words = [w.strip(".,") for w in name.split() if w.strip(".,")]
    initials = [w for w in words if len(w) == 1]
    full = [w for w in words if len(w) > 1]
    surname = next((w for w in full if _SURNAME.search(w) and not re.search(r"(?:ұлы|улы|вич|вна|қызы)$", w, re.I)),
                   full[-1] if full else name)
    given = initials[:1] or [w[0] for w in full if w is not surname][:1]
    return slug(f"{surname} {''.join(given)}")


@dataclass(frozen=True)
class Minter:
    base: str = DEFAULT_BASE

    def _iri(self, *parts: str) -> URIRef:
        base = self.base if self.base.endswith(("/", "#")) else self.base + "/"
        return URIRef(base + "/".join(p.strip("/") for p in parts if p))

    # works, expressions, parts
    def act(self, act_type: str | None, date: str | None, number: str | None, local_id: str) -> URIRef:
        return self._iri("akn", "kz", "act", act_type or "act", date or "nd", number or f"id-{slug(local_id)}")

    def treaty(self, states: list[str], level: str, year: int | None, subject: str | None, fallback: str) -> URIRef:
        parties = "-".join(sorted({s.lower() for s in states})) or "parties-unknown"
        return self._iri("akn", "int", "treaty", parties, level, str(year) if year else "nd", subject or fallback)

    @staticmethod
    def expression(work: URIRef, language: str) -> URIRef:
        return URIRef(f"{work}/{ISO_639_2.get(language, language)}")

    @staticmethod
    def part(work: URIRef, eid: str) -> URIRef:
        return URIRef(f"{work}/{eid}")

    @staticmethod
    def fact(owner: URIRef, *keys: str) -> URIRef:
        return URIRef("/".join([str(owner)] + [k for k in keys if k]))

    @staticmethod
    def passage(expression: URIRef, raw_start: int, raw_end: int) -> URIRef:
        return URIRef(f"{expression}/passage/{raw_start}-{raw_end}")

    @staticmethod
    def graph(iri: URIRef) -> URIRef:
        return URIRef(f"{iri}/graph")

    # shared entities
    def state(self, code: str) -> URIRef:
        return self._iri("id", "state", code)

    def organisation(self, code: str | None, key: str) -> URIRef:
        return self._iri("id", "org", code or "xx", key)

    def person(self, name: str) -> URIRef:
        return self._iri("id", "person", person_key(name))

    def post(self, code: str | None, office: str) -> URIRef:
        return self._iri("id", "post", code or "xx", office_key(office))

    def place(self, name: str) -> URIRef:
        return self._iri("id", "place", slug(name))

    def build(self, digest: str) -> URIRef:
        return self._iri("build", digest[:16])

    def dataset(self) -> URIRef:
        return self._iri("dataset")

    def dump(self, name: str) -> URIRef:
        return self._iri("dumps", name)


def states_of(names: list[str]) -> list[str]:
    return [s.code for name in names for s in find_states(name)[:1]]
