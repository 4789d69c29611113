"""Keys that do not depend on the language of the text, for the IRIs of shared entities: the same treaty subject,
authority, office or person gets one key from its Kazakh and its Russian name."""

from __future__ import annotations

import re

from treatykg.lang.alphabet import slug

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
    ("ministry-of-labour-and-social-protection",
     r"Еңбек\s+және\s+халықты\s+әлеуметтік\s+қорғау\s+министрлі|Министерств\w*\s+труда\s+и\s+социальной\s+защиты"),
    ("ministry-of-culture-information-and-public-accord",
     r"Мәдениет,\s+ақпарат\s+және\s+қоғамдық\s+келісім\s+министрлі|"
     r"Министерств\w*\s+культуры,\s+информации\s+и\s+общественного\s+согласия"),
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


def known_authority_key(name: str) -> str | None:
    """The language-independent key of an authority the table knows; None for any other."""
    return _key(AUTHORITIES, name)


def office_key(office: str) -> str:
    return _key(OFFICES, office) or slug(office)


_SURNAME = re.compile(r"(?:ов|ев|ин|ова|ева|ина|ұлы|улы|ский|ская|енко|дзе|ян)$", re.I)
# "-ұлы", "-вич": a patronymic, which also ends in a surname-like way
_PATRONYMIC = re.compile(r"(?:ұлы|улы|вич|вна|қызы)$", re.I)


def person_key(name: str) -> str:
    """Surname and first initial, transliterated: the same person in kk and ru texts gets one key."""
    words = [w.strip(".,") for w in name.split() if w.strip(".,")]
    initials = [w for w in words if len(w) == 1]
    full = [w for w in words if len(w) > 1]
    surname = next((w for w in full if _SURNAME.search(w) and not _PATRONYMIC.search(w)),
                   full[-1] if full else name)
    given = initials[:1] or [w[0] for w in full if w is not surname][:1]
    return slug(f"{surname} {''.join(given)}")
