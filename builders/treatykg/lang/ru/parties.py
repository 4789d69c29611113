"""The Russian wording of the parties, their sides and the competent authorities they designate
(lang/party_wording.py and lang/party_names.py put the languages together)."""

from __future__ import annotations

import re

# An authority that is a ministry: "Министерство иностранных дел".
MINISTRY = r"Министерств"
# Competent authorities, the bodies a treaty names to carry it out: "компетентные органы", "уполномоченные органы",
# "уполномоченные ведомства", "центральные учреждения".
COMPETENT = r"(?:компетентн|уполномоченн)\w*\s+(?:орган|организаци|ведомств|учреждени)|центральн\w*\s+учреждени"
# A notice to the competent authorities: "уведомляют", "сообщают", "информируют" ... "компетентные органы".
NOTIFY = r"уведом|сообща|информиру"
COMPETENT_WORD = r"компетентн"
# What follows the authorities in a designation: "являются", "является".
AUTHORITY_TAIL = r"являются|является"
# Between two authorities named together: "и"; "и/или", "или".
AND = r"и"
AND_OR = r"и/или"
OR = r"или"
# The banks that serve a credit agreement: "Банковское обслуживание настоящего Соглашения будут осуществлять: -
# Центрбанк, - Банк Хандлевы в Варшаве С.А. Уполномоченные банки …".
AUTHORISED_BANKS = r"уполномоченн\w*\s+банк"
# Each party uses its own body, the bodies named in the order of the parties: "Каждая Сторона будет использовать
# соответственно Центр … Республики Казахстан и Центр … Соединенных Штатов Америки, действующих …".
AUTHORITIES_RESPECTIVELY = re.compile(
    r"(?i:кажд\w+\s+сторон\w+)[^.;]*?\s(?:использ|назнач|определ)\w*\s+соответственно\s+"
    r"(?P<names>[А-ЯЁ][^.;]+?)(?=,\s+(?:действующ|именуем|далее)|\s*[.;]|$)")
# A sentence that names the authority: "Уполномоченным органом … будет являться X".
AUTHORITY_SENTENCE = (r"(?i:компетентн|уполномоченн)\w*\s+орган\w*.*?\s(?:будет\s+являться|является|являются)\s+"
                      r"(?P<ru>[А-ЯЁ][^.;]+)")
