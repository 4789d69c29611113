"""The Kazakh wording of the parties, their sides and the competent authorities they designate (lang/party_wording.py
and lang/party_names.py put the languages together)."""

from __future__ import annotations

import re

from treatykg.lang.alphabet import CYR_UPPER

# An authority that is a ministry: "Сыртқы істер министрлігі".
MINISTRY = r"министрлі"
# Competent authorities, the bodies a treaty names to carry it out: "құзыретті органдар", "уәкілетті орган",
# "орталық мекемелер".
COMPETENT = r"(?:құзыретті|уәкілетті|компетентті)\s+(?:орган|ұйым|ведомство|мекеме)|орталық\s+мекеме"
# A notice to the competent authorities: "хабарлайды", "хабардар етеді" ... "құзыретті органдарына".
NOTIFY = r"хабарла|хабардар\s+ет"
COMPETENT_WORD = r"құзыретті"
# What follows the authorities in a designation: "… құзыретті органдар деп белгілейді", "… болып табылады",
# "… білдіреді".
AUTHORITY_TAIL = r"(?:құзыретті|уәкілетті)\s+(?:органдар|ұйымдар)\s+деп\s+белгілейді|болып\s+табылады|білдіреді"
# Between two authorities named together: "және"; "және/немесе", "немесе".
AND = r"және"
AND_OR = r"және/немесе"
OR = r"немесе"
# The banks that serve a credit agreement: "Өкілетті банктер", "уәкілетті банк".
AUTHORISED_BANKS = r"өкілетті\s+банк|уәкілетті\s+банк"
# Each party uses its own body, the bodies named in the order of the parties (the names are the objects of the
# verb): "… орталықты және … орталығын, бұдан әрі …, әрбір Тарап … тиісінше пайдаланады".
AUTHORITIES_RESPECTIVELY = re.compile(
    rf"^(?P<names>[{CYR_UPPER}][^.;,]+?),[^.;]*?(?i:әрбір\s+тарап)[^.;]*?\s(?i:тиісінше)\s+"
    r"(?:пайдалан|тағайында|белгіле)\w*")
# A sentence that names the authority: "… уәкілетті орган X болып табылады".
AUTHORITY_SENTENCE = rf"(?i:құзыретті|уәкілетті)\s+орган\w*\s+(?P<kk>[{CYR_UPPER}][^.;]+?)\s+болып\s+табылады"
