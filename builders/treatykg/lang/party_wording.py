"""How texts name the parties, their sides and the competent authorities they designate."""

from __future__ import annotations

import re

from treatykg.lang.alphabet import CYR_UPPER

# An authority that is a ministry (any other designated authority is an agency).
MINISTRY = re.compile(r"министрлі|Министерств")

# Competent authorities: the bodies a treaty names to carry it out ("компетентные органы", "уполномоченные органы",
# "уполномоченные ведомства", "центральные учреждения"; "құзыретті органдар", "уәкілетті орган", "орталық мекемелер").
COMPETENT = re.compile(
    r"(?:компетентн|уполномоченн)\w*\s+(?:орган|организаци|ведомств|учреждени)|центральн\w*\s+учреждени"
    r"|(?:құзыретті|уәкілетті|компетентті)\s+(?:орган|ұйым|ведомство|мекеме)|орталық\s+мекеме", re.I)
NOTIFY_COMPETENT = re.compile(
    r"(?:уведом|сообща|информиру|хабарла|хабардар\s+ет)\w*[^.]{0,120}(?:компетентн|құзыретті)"
    r"|(?:компетентн|құзыретті)[^.]{0,120}(?:уведом|сообща|информиру|хабарла|хабардар\s+ет)", re.I)
# "Қазақстан Республикасынан – Ұлттық қауіпсіздік комитеті", "со стороны Казахстана: Министерство …": the side (it
# names its state), a dash or colon, the authorities.
DESIGNATION_ITEM = re.compile(r"^(?P<side>[^–—:-]{3,80}?)\s*(?:\s[-–—]|:)\s+(?P<authority>.+)$")
# What follows the authorities in such an item or sentence: "… деп белгілейді", "… болып табылады", "… білдіреді".
AUTHORITY_TAIL = re.compile(
    r"\s*(?:(?:құзыретті|уәкілетті)\s+(?:органдар|ұйымдар)\s+деп\s+белгілейді|болып\s+табылады|білдіреді"
    r"|являются|является)?\W*$")
# Between two authorities named together: a comma, "и" or "және" before a capital; "или", "немесе", "и/или".
BETWEEN_AUTHORITIES = re.compile(
    rf",\s+(?=[{CYR_UPPER}])|\s+(?:және|и)\s+(?=[{CYR_UPPER}])|\s+(?:және/немесе|и/или|немесе|или)\s+")
# The banks that serve a credit agreement, listed one per item and then called its authorised banks: "Банковское
# обслуживание настоящего Соглашения будут осуществлять: - Центрбанк, - Банк Хандлевы в Варшаве С.А. Уполномоченные
# банки …" / "Өкілетті банктер …".
AUTHORISED_BANKS = re.compile(r"(?i:уполномоченн\w*\s+банк|өкілетті\s+банк|уәкілетті\s+банк)")
# Each party uses its own body, the bodies named in the order of the parties: "Каждая Сторона будет использовать
# соответственно Центр … Республики Казахстан и Центр … Соединенных Штатов Америки, действующих …", "… орталықты
# және … орталығын, бұдан әрі …, әрбір Тарап … тиісінше пайдаланады" (the names are the objects of the verb).
AUTHORITIES_RESPECTIVELY = {
    "ru": re.compile(r"(?i:кажд\w+\s+сторон\w+)[^.;]*?\s(?:использ|назнач|определ)\w*\s+соответственно\s+"
                     r"(?P<names>[А-ЯЁ][^.;]+?)(?=,\s+(?:действующ|именуем|далее)|\s*[.;]|$)"),
    "kk": re.compile(rf"^(?P<names>[{CYR_UPPER}][^.;,]+?),[^.;]*?(?i:әрбір\s+тарап)[^.;]*?\s(?i:тиісінше)\s+"
                     r"(?:пайдалан|тағайында|белгіле)\w*"),
}
# A sentence that names the authority: "Уполномоченным органом … будет являться X", "… уәкілетті орган X болып
# табылады".
AUTHORITY_SENTENCE = re.compile(
    r"(?i:компетентн|уполномоченн)\w*\s+орган\w*.*?\s(?:будет\s+являться|является|являются)\s+(?P<ru>[А-ЯЁ][^.;]+)"
    rf"|(?i:құзыретті|уәкілетті)\s+орган\w*\s+(?P<kk>[{CYR_UPPER}][^.;]+?)\s+болып\s+табылады")
