"""The Kazakh wording of the parties, their sides and the competent authorities they designate (lang/party_wording.py
and lang/party_names.py put the languages together)."""

from __future__ import annotations

import re

from treatykg.lang.kk.alphabet import UPPER as CYR_UPPER

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
HEREINAFTER = r"(?:[Бб]ұдан|[Мм]ұнан|[Тт]өменде)\s+(?:(?:әрі|әрi|былай)\s+)?(?:қарай\s+)?(?:екеуі\s+бірге\s+)?"
PLURAL_HEAD = re.compile(r"\s(?P<head>(?:[Үү]кіметтері|министрліктері|[Бб]анктері))$")
# A party named by a description of many: "Правительства государств-членов …", "Еуропа Кеңесіне мүше үкіметтер".
# A preamble that opens with a description of its parties rather than their names, as an open convention does:
# "Правительства-члены Совета Европы, подписавшие настоящую Конвенцию," / "Осы Конвенцияға қол қойған Еуропа Кеңесіне
# мүше үкіметтер", "Государства - участники настоящей Конвенции", "… хаттамаға қатысушы мемлекеттер", "Участники
# настоящей Конвенции", "Осы Конвенцияға қатысушылар".
DESCRIBED_PARTIES = re.compile(
    r"(?P<parties>(?:[А-ЯӘҒҚҢӨҰҮҺІЁ][\w-]*\s+){0,6}(?:мүше|қатысушы)\s+(?:үкіметтер|мемлекеттер)\w*)"
    r"\s*[,:]?\s*$|^(?P<open>Осы\s+\w+\s+қатысушылар\w*)")
# A Kazakh name whose words end in the genitive waits for the shared head after it ("Қазақстан Республикасының,").
GENITIVE_END = re.compile(r"(?:ның|нің|дың|дің|тың|тің)$")
GLUED_CONJUNCTION = re.compile(r"(?<=[ыі])(?:мен)$")
# "А мен Б арасындағы … туралы келісім": the parties stand before "арасындағы".
BETWEEN = re.compile(r"\s(?:арасындағы|арасында|АРАСЫНДАҒЫ)(?![\w])")
ITEM_BREAK = re.compile(rf",\s+(?=[{CYR_UPPER}])|\s+(?:мен|және)\s+(?=[{CYR_UPPER}])"
                            rf"|(?<=[ыі])мен\s+(?=[{CYR_UPPER}])")
PLURAL_GENITIVE = re.compile(r"\s(?P<head>[Үү]кіметтер\w*|министрліктер\w*)$")
# The words of a Kazakh title in capitals that stay in lower case when it is read as written in lower case.
LOWER_WORDS = frozenset({"мен", "және", "арасындағы", "арасында"})
# The party nouns: "Тарап" (party), and "Мемлекет" (state) when the parties are states.
PARTY_NOUN = r"Тарап\w*|Мемлекет\w*"
# "called": "Бұдан әрі Тараптар деп аталатын", "(бұдан әрі - Тараптар)", "мұнан әрі - Тараптар деп аталып", "бұдан
# былай "Қабылдаушы Тарап" деп аталатын", and a bare '"Жіберуші Тарап" деп аталатын'.
CALLED = r"деп\s+атал\w*"
# The plural forms of the party nouns: a name in one of them names the parties together; any other, one party.
COLLECTIVE_WORDS = r"Тараптар|Мемлекеттер"
# A collective name that opens a preamble: "Екі жақ Қазақстан Республикасы Үкіметі мен …", "Уағдаласушы Тараптар …".
COLLECTIVE_SUBJECT = r"^(?P<kk>Екі\s+жақ|Екi\s+жақ|Уағдаласушы\s+Тараптар|Тараптар)\s"
# "бір тараптан, … екінші тараптан": where one side ends.
SIDE = r"(?:бір|екінші)\s+тараптан"
# A party named by a description of many: "Еуропа Кеңесіне мүше үкіметтер", "… қатысушы мемлекеттер".
PLURAL_DESCRIPTION = r"(?:[Үү]кіметтер\w*|[Мм]емлекеттер\w*)$"
# Words that join names: "мен", "және".
CONJUNCTIONS = frozenset({"мен", "және"})
# The treaty words: a title naming another treaty names that treaty's parties, not its own.
TREATY_WORDS = r"келісім|шарт|хаттама"
# The head noun of a name says what the party is; Kazakh names end with it ("… Үкіметінің жанындағы Кеден
# комитеті"). By kind; where two kinds match at one place, the first listed wins ("Ұлттық Банк" is a national bank).
HEAD_NOUNS = {
    "national-bank": r"Ұлттық\s+[Бб]анк\w*",
    "government": r"[Үү]кімет\w*|Министрлер\s+Кабинет\w*|Кабинет\w*",
    "ministry": r"[Мм]инистрлі\w*|[Мм]инистрлік\w*",
    "organisation": r"Ұйым\w*",
    "agency": (r"[Кк]омитет\w*|[Аа]генттіг\w*|[Ққ]ызмет\w*|[Оо]рталы\w*|[Шш]таб\w*|[Ии]нспекци\w*|[Дд]епартамент\w*"
               r"|[Пп]рокуратур\w*|[Бб]анк\w*|[Кк]еңес\w*|[Ее]лшілі\w*|[Кк]онсулдығ\w*|[Сс]оты|[Сс]от(?:ы|тары)\w*"),
    "state": r"Республик\w*|Федераци\w*|Корольдіг\w*|Штат\w*|Мемлекет\w*|Әмірлік\w*|Одағ\w*|Конфедераци\w*|Султанат\w*",
}
