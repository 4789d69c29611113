"""The Russian wording of the approving act (lang/act_wording.py puts the languages together): its type, its header,
its enacting formula, its issuers and the verbs by which it approves or ratifies a treaty, and the requisite line of
a metadata file."""

from __future__ import annotations

# The word that names an act's type, by canonical type (the values are ours, in English): "Постановление", "Указ",
# "Закон", by its lemma; lang/act_wording.py takes its forms from the dictionary (pymorphy3,
# lang.morphology.russian_lexeme_pattern), so that "указанные" is no decree and "законодательство" no law.
ACT_TYPE_LEMMAS = {"resolution": "постановление", "decree": "указ", "law": "закон"}
# The issuer in the genitive in an act's header: "Постановление Правительства Республики Казахстан от …".
ISSUER_GENITIVE = r"Правительства|Президента"
# The header of a law: "Закон Республики Казахстан от 7 мая 1993 года № 374".
ACT_HEADER_LAW = r"^(?:Закон|ЗАКОН)\s+Республики\s+Казахстан\s+от\s+.*\d{4}.*(?:№|N)\s*\d+"
# The word of the header that names the act's type: Russian puts it first.
ACT_TYPE_WORD = r"\s*(Постановление|Указ|Закон)\b"
# "ПОСТАНОВЛЯЕТ:", "постановляю:"
ENACTING_FORMULA = r"ПОСТАНОВЛЯЕТ|постановляет|ПОСТАНОВЛЯЮ|постановляю"
# The first person of the enacting formula: a decree of the President.
PRESIDENTIAL_FORMULA = r"ПОСТАНОВЛЯЮ|постановляю"
# An issuer that is the Government: "Правительство", "Правительства".
GOVERNMENT = r"Правительств"
# The parliament: the Supreme Council of 1990-1995, then the Parliament and its chambers.
PARLIAMENT = r"Верховн\w*\s+Совет|Парламент"
PARLIAMENT_CHAMBERS = r"Мажилис|Сенат"
# A signer who is the President (the word is the same in both languages).
PRESIDENT = r"Президент"
# How a point of the act relates it to the treaty, by relation: "Одобрить представленный Министерством … ,
# согласованный с … проект Соглашения" (words may stand between), "Ратифицировать", "Утвердить".
APPROVALS = {"approves-draft": r"[Оо]добрить\s+(?:[^.;]{0,300}?\s)?проект", "ratifies": r"[Рр]атифицировать",
             "approves": r"[Уу]твердить"}
# The database's requisite line: "Постановление Правительства Республики Казахстан от 7 мая 1993 года № 374а".
REQUISITE_FROM = r"от"
