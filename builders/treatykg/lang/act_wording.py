"""The wording of the approving act: its type, its header (issuer, date and number), its enacting formula, the
verbs by which it approves or ratifies the treaty, and the requisite line of a metadata file."""

from __future__ import annotations

import re

# Act types: (pattern, canonical type). The canonical values are ours, in English.
ACT_TYPES = [
    (re.compile(r"постановлени|қаулы", re.I), "resolution"),
    (re.compile(r"указ|жарлы", re.I), "decree"),
    (re.compile(r"закон|заң", re.I), "law"),
]
# The header that gives the act's issuer, date and number.
ACT_HEADER = re.compile(
    r"(?:Үкіметінің|Үкіметiнiң|Президентінің|Парламентінің|Правительства|Президента).*\d{4}.*(?:№|N)\s*\d+.*"
    r"|(?:№|N)\s*\d+[\w\-/]*\s*(?:Қаулысы|Жарлығы|Заңы|қаулысы|жарлығы|заңы)\s*$"
    r"|^(?:Закон|ЗАКОН)\s+Республики\s+Казахстан\s+от\s+.*\d{4}.*(?:№|N)\s*\d+"
)
ACT_NUMBER = re.compile(r"(?:№|N)\s*(\d+[\w\-/]*)")
# The word of the header that names the act's type: Kazakh puts it last, Russian first.
ACT_TYPE_WORD = (re.compile(r"(Қаулысы|Жарлығы|Заңы)\s*$", re.I), re.compile(r"\s*(Постановление|Указ|Закон)\b", re.I))
ENACTING_FORMULA = re.compile(
    r"(ҚАУЛЫ\s+ЕТЕДІ|қаулы\s+етеді|ҚАУЛЫ\s+ЕТЕМІН|қаулы\s+етемін|ПОСТАНОВЛЯЕТ|постановляет|ПОСТАНОВЛЯЮ|постановляю)"
    r"\s*:?\s*$"
)
# The first person of the enacting formula: a decree of the President.
PRESIDENTIAL_FORMULA = re.compile(r"ЕТЕМІН|етемін|ПОСТАНОВЛЯЮ|постановляю")
# An issuer that is the Government.
GOVERNMENT = re.compile(r"Үкімет|Правительств")
# An issuer that is the parliament: the Supreme Council of 1990-1995, then the Parliament and its chambers. Its
# resolution on a treaty is a ratification, whatever its verb ("Шартты бекіту туралы" / "О ратификации Договора").
PARLIAMENT = re.compile(r"Жоғарғы\s+Кеңес|Верховн\w*\s+Совет|Парламент|Мәжіліс|Мажилис|Сенат", re.I)
# A signer who is the President (an act he signs without an enacting formula is a law).
PRESIDENT = re.compile(r"Президент")

# How a point of the act relates it to the treaty: (relation, wording), the first that matches wins.
APPROVALS = (
    # "Одобрить представленный Министерством … , согласованный с … проект Соглашения": words may stand between
    ("approves-draft", re.compile(r"жобасы\s+мақұлдансын|[Оо]добрить\s+(?:[^.;]{0,300}?\s)?проект")),
    ("ratifies", re.compile(r"ратификациялансын|[Рр]атифицировать")),
    ("approves", re.compile(r"бекітілсін|[Уу]твердить")),
)
# Any of those verbs: the point of an act that has no enacting formula (a law: "Ратифицировать …").
APPROVAL_VERB = re.compile("|".join(verb.pattern for _, verb in APPROVALS))

# The database's requisite line: "Постановление Правительства Республики Казахстан от 7 мая 1993 года № 374а"; an
# act of the Supreme Council may have no number ("Постановление Верховного Совета … от 22 июня 1994 года").
REQUISITE = re.compile(
    r"^(?P<type>\S+)\s+(?P<issuer>.+?)\s+от\s+(?P<date>.+?)(?:\s+(?:№|N)\s*(?P<number>[\w\-/]+))?\s*$"
)
