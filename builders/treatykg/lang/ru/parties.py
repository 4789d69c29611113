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
# The words are the forms of their lemmas (the dictionary's: pymorphy3, through the marks that
# lang.morphology.with_lexeme_forms fills), so that "сообща" (together) is no notice.
NOTIFY = ("<forms:уведомить,уведомлять,уведомляться,уведомление>|<forms:сообщать,сообщаться>"
          "|<forms:информировать,информироваться>")
COMPETENT_WORD = r"<forms:компетентный>"
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
HEREINAFTER = r"(?:в\s+дальнейшем|в\s+далее|далее|ниже)"
PLURAL_HEAD = re.compile(r"^(?:Правительства|Министерства|Национальные\s+банки|Национальные\s+Банки)\s")
# A party named by a description of many: "Правительства государств-членов …". A preamble that opens with a
# description of its parties rather than their names, as an open convention does: "Правительства-члены Совета Европы,
# подписавшие настоящую Конвенцию," / "Государства - участники настоящей Конвенции", "Участники настоящей Конвенции".
DESCRIBED_PARTIES = re.compile(r"^(?P<parties>(?:Правительства|Государства)\s*[-–—]?\s*(?:члены|участники)\b[^,;:]*"
                     r"|Участники\s+настоящ\w+\s+\w+)")
# Russian names of a state's body may be followed by their genitive state alone ("Кыргызской Республики").
GENITIVE_START = re.compile(r"^(?:[А-Я]\w+(?:ой|ей)\s+)?Республики\b"
                                r"|^[А-Я]\w+(?:ой|ей)\s+(?:Федерации|Республики)\b")
# "Соглашение между Правительством А и Правительством Б о …": the parties follow "между" and end at the subject,
# which opens with a preposition and a word in lower case.
BETWEEN = re.compile(r"(?<![\w-])(?:между|МЕЖДУ|Между)\s+")
SUBJECT = re.compile(r"\s(?:о|об|в|во|по|относительно|на|касательно)\s+[а-яё]")
ITEM_BREAK = re.compile(r",\s+(?=[А-ЯЁ])|\s+и\s+(?=[А-ЯЁ])")
PLURAL_INSTRUMENTAL = re.compile(r"^(?:Правительствами|Министерствами)\s")
SIGNED_FOR = re.compile(r"^\s*За\s+")
# The party nouns, by their dictionary forms: "Сторона" (party), and "Государство" (state) when the parties are
# states. Every form of their lexemes (pymorphy3) names a party: lang/party_names.py makes the pattern.
PARTY_NOUN_LEMMAS = ("сторона", "государство")
# "named", "together": "в дальнейшем именуемые Сторонами", "именуемые далее «Стороны»", "вместе именуемые …",
# "именуемое …".
TOGETHER = r"вместе"
NAMED = r"именуем\w*"
# The plural forms of the party nouns in these cases name the parties together; any other, one party: "Стороны",
# "Сторонами" (how the clause gives "Стороны", the instrumental after "именуемые"), "Сторон".
COLLECTIVE_CASES = ("nomn", "ablt", "gent")
# A collective name that is the subject of the agreed formula: "…, Стороны договорились о следующем:".
COLLECTIVE_SUBJECT = (r"(?<![\w-])(?P<ru>(?:Высокие\s+)?(?:Договаривающиеся\s+)?Стороны)\s+(?:договорились"
    r"|согласились)\b")
# "с одной стороны, … с другой стороны": where one side ends.
SIDE = r"с\s+(?:одной|другой)\s+стороны"
# A party named by a description of many: "Правительства государств-членов …".
PLURAL_DESCRIPTION = r"^(?:Правительства|Государства)\b"
# Words that join names: "и", "а".
CONJUNCTIONS = frozenset({"и", "а"})
# The treaty words: a title naming another treaty ("… Соглашение между …" inside a protocol's title) names that
# treaty's parties, not its own.
TREATY_WORDS = r"соглашени|договор|конвенци|протокол|меморандум"
# The head noun of a name says what the party is; Russian names open with it ("Таможенный комитет при Правительстве
# …"). By kind; where two kinds match at one place, the first listed wins ("Национальный Банк" is a national bank).
HEAD_NOUNS = {
    "national-bank": r"(?:Национальн\w*|Центральн\w*)\s+[Бб]анк\w*",
    "government": r"[Пп]равительств\w*|Кабинет\w*",
    "ministry": r"[Мм]инистерств\w*",
    "organisation": r"Организаци\w*",
    "agency": (r"[Кк]омитет\w*|[Аа]гентств\w*|[Сс]лужб\w*|[Цц]ентр\w*|[Вв]едомств\w*|[Шш]таб\w*|[Рр]егистр\w*"
               r"|[Ии]нспекци\w*|[Дд]епартамент\w*|[Пп]рокуратур\w*|[Бб]анк\w*|[Сс]овет\w*|[Пп]осольств\w*"
               r"|[Кк]онсульств\w*|[Сс]уд(?:а|у|ом|е|ы)?"),
    "state": (r"Республик\w*|Федераци\w*|Королевств\w*|Штат\w*|Государств\w*|Эмират\w*|Союз\w*|Конфедераци\w*"
              r"|Княжеств\w*|Султанат\w*"),
}
