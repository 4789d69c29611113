"""IRIs minted from identifiers in the text, under a base the user chooses.

Works and expressions follow Akoma Ntoso naming (``/akn/kz/act/resolution/2011-07-26/860`` and ``…/kaz``);
parts of a text nest their eIds under the work, so the kk and ru versions share them. Shared entities
(states, governments, authorities, posts, persons, places, cited treaties) get one IRI across documents,
from keys that do not depend on the language of the text: ISO codes, and the bilingual keys of lang.keys.
Nothing is minted from counters that shift when the input shifts.
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import URIRef

from treatykg.lang.alphabet import slug
from treatykg.lang.keys import office_key, person_key
from treatykg.rdf.vocab import DEFAULT_BASE

ISO_639_2 = {"kk": "kaz", "ru": "rus", "en": "eng", "be": "bel", "ky": "kir", "hr": "hrv", "uz": "uzb", "tg": "tgk",
             "tk": "tuk", "az": "aze", "hy": "arm", "ka": "geo", "uk": "ukr", "tr": "tur", "zh": "chi", "de": "ger",
             "fr": "fre", "ar": "ara", "es": "spa", "it": "ita", "ja": "jpn", "ko": "kor", "fa": "per", "pl": "pol",
             "mn": "mon", "ro": "rum", "hu": "hun", "sl": "slv", "ms": "may", "id": "ind", "sk": "slo", "cs": "cze",
             "he": "heb", "hi": "hin", "vi": "vie", "el": "gre", "lv": "lav", "lt": "lit", "et": "est", "fi": "fin",
             "bg": "bul", "sr": "srp", "nl": "dut", "pt": "por", "sv": "swe"}
# EU language authority codes (ISO 639-3 based, upper case)
EU_LANGUAGE_CODES = {"kk": "KAZ", "ru": "RUS", "en": "ENG", "be": "BEL", "ky": "KIR", "hr": "HRV", "uz": "UZB",
                     "tg": "TGK", "tk": "TUK", "az": "AZE", "hy": "HYE", "ka": "KAT", "uk": "UKR", "tr": "TUR",
                     "zh": "ZHO", "de": "DEU", "fr": "FRA", "ar": "ARA", "es": "SPA", "it": "ITA", "ja": "JPN",
                     "ko": "KOR", "fa": "FAS", "pl": "POL", "mn": "MON", "ro": "RON", "hu": "HUN", "sl": "SLV",
                     "ms": "MSA", "id": "IND", "sk": "SLK", "cs": "CES", "he": "HEB", "hi": "HIN", "vi": "VIE",
                     "el": "ELL", "lv": "LAV", "lt": "LIT", "et": "EST", "fi": "FIN", "bg": "BUL", "sr": "SRP",
                     "nl": "NLD", "pt": "POR", "sv": "SWE"}

# The Akoma Ntoso subtype of an act in its IRI: a resolution, whoever passed it (the Government or the parliament).
AKN_ACT_SUBTYPES = {"parliament-resolution": "resolution"}


@dataclass(frozen=True)
class Minter:
    base: str = DEFAULT_BASE

    def _iri(self, *parts: str) -> URIRef:
        base = self.base if self.base.endswith(("/", "#")) else self.base + "/"
        return URIRef(base + "/".join(p.strip("/") for p in parts if p))

    # works, expressions, parts
    def act(self, act_type: str | None, date: str | None, number: str | None, local_id: str) -> URIRef:
        return self._iri("akn", "kz", "act", AKN_ACT_SUBTYPES.get(act_type or "", act_type or "act"), date or "nd",
                         number or f"id-{slug(local_id)}")

    def treaty(self, states: list[str], level: str, year: int | None, subject: str | None, fallback: str) -> URIRef:
        parties = "-".join(sorted({s.lower() for s in states})) or "parties-unknown"
        return self._iri("akn", "int", "treaty", parties, level, str(year) if year else "nd", subject or fallback)

    @staticmethod
    def expression(work: URIRef, language: str) -> URIRef:
        return URIRef(f"{work}/{ISO_639_2.get(language, language)}")

    @staticmethod
    def manifestation(expression: URIRef) -> URIRef:
        """The Akoma Ntoso XML of an expression (treatykg.akn), named as AKN names a manifestation: the expression
        and the format's extension."""
        return URIRef(f"{expression}.akn")

    def below_base(self, iri: URIRef) -> str:
        """The path of one of this minter's IRIs below its base (``akn/kz/act/…``)."""
        return str(iri).removeprefix(str(self._iri()))

    @staticmethod
    def part(work: URIRef, eid: str) -> URIRef:
        return URIRef(f"{work}/{eid}")

    @staticmethod
    def fact(owner: URIRef, *keys: str | None) -> URIRef:
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

