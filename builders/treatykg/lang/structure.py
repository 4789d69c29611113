"""Words that carry structure in Kazakh and Russian treaty acts (see the project glossary).

Patterns are written once here and used by the normaliser, the parser and the readers.
Kazakh is agglutinative, so patterns match stems followed by any suffix.
"""

from __future__ import annotations

import re

# Cyrillic letters, including the Kazakh ones, and the Latin look-alikes that replace them in the corpus.
CYR_UPPER = "А-ЯЁӘҒҚҢӨҰҮҺІ"
CYR_LOWER = "а-яёәғқңөұүһі"
CYR = CYR_UPPER + CYR_LOWER
KAZAKH_ONLY_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")

MONTHS_KK = {
    "қаңтар": 1, "ақпан": 2, "наурыз": 3, "сәуір": 4, "мамыр": 5, "маусым": 6,
    "шілде": 7, "тамыз": 8, "қыркүйек": 9, "қазан": 10, "қараша": 11, "желтоқсан": 12,
}
MONTHS_RU = {
    "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6,
    "июл": 7, "август": 8, "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12,
}
# Russian genitive forms, written out so that "мая" does not match every word starting "ма".
MONTH_FORMS_RU = {
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6,
    "июля": 7, "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
}

KK_MONTH_RE = "|".join(sorted(MONTHS_KK, key=len, reverse=True))
RU_MONTH_RE = "|".join(MONTH_FORMS_RU)

# Act types: (pattern, canonical type). The canonical values are ours, in English.
ACT_TYPES = [
    (re.compile(r"постановлени|қаулы", re.I), "resolution"),
    (re.compile(r"указ|жарлы", re.I), "decree"),
    (re.compile(r"закон|заң", re.I), "law"),
]

ENACTING_FORMULA = re.compile(
    r"(ҚАУЛЫ\s+ЕТЕДІ|қаулы\s+етеді|ҚАУЛЫ\s+ЕТЕМІН|қаулы\s+етемін|ПОСТАНОВЛЯЕТ|постановляет|ПОСТАНОВЛЯЮ|постановляю)\s*:?\s*$"
)
PRESIDENTIAL_FORMULA = re.compile(r"ЕТЕМІН|етемін|ПОСТАНОВЛЯЮ|постановляю")

# "Article N", Kazakh and Russian, Arabic or Roman numbers, possibly glued to the text that follows.
ROMAN = r"[IVXLC]+"
ARTICLE_HEADING = re.compile(
    rf"^(?:(?P<kk>\d+|{ROMAN})\s*-?\s*бап|(?:Статья|СТАТЬЯ)\s+(?P<ru>\d+|{ROMAN})\.?|(?P<kk2>{ROMAN})\s+бап)(?![{CYR}])"
)
SECTION_HEADING = re.compile(
    rf"^(?:(?P<kk>\d+|{ROMAN})\s*-?\s*(?P<kkw>бөлім|БӨЛІМ|Бөлім|тарау|ТАРАУ|Тарау)(?![{CYR}])"
    rf"|(?P<ruw>Раздел|РАЗДЕЛ|Глава|ГЛАВА)\s+(?P<ru>\d+|{ROMAN})\.?(?![{CYR}]))"
)
PROTOCOL_HEADING = re.compile(
    rf"(?:^(?:Протокол|ПРОТОКОЛ)(?:\s+(?P<ru>{ROMAN}|\d+))?(?![{CYR}])"
    rf"|(?:^|\s)(?P<kk>{ROMAN}|\d+)?\s*(?:Хаттама|ХАТТАМА)\s*$)"
)
ANNEX_HEADING = re.compile(rf"^(?:Қосымша|ҚОСЫМША|Приложение|ПРИЛОЖЕНИЕ)(?:\s+(?P<num>{ROMAN}|\d+))?(?![{CYR}])")

# The title of the attached treaty: "… туралы КЕЛІСІМ", "Соглашение между …".
TREATY_WORD_KK = r"(?:келісім|КЕЛІСІМ|Келісім|шарт|ШАРТ|Шарт|конвенция|КОНВЕНЦИЯ|Конвенция|хаттама|ХАТТАМА|Хаттама|меморандум|МЕМОРАНДУМ|Меморандум)"
TREATY_TITLE_KK = re.compile(rf"(?:туралы|арасындағы)\s+{TREATY_WORD_KK}\s*\*?\s*$")
TREATY_TITLE_RU = re.compile(
    r"^(?:Соглашение|СОГЛАШЕНИЕ|Договор|ДОГОВОР|Конвенция|КОНВЕНЦИЯ|Меморандум|МЕМОРАНДУМ|Протокол|ПРОТОКОЛ)(?:\*|\s|$)"
)
DRAFT_MARKER = re.compile(r"^(?:Проект|ПРОЕКТ|Жоба|ЖОБА)\s*$")

# The clause that names the parties and their collective name.
PARTIES_CLAUSE = re.compile(
    r"(?:(?:бұдан|Бұдан|төменде|Төменде)\s+(?:әрі|әрi)?\s*-?\s*(?P<kk>Тараптар|Уағдаласушы\s+Тараптар)"
    r"|(?:именуемые|именуемых)\s+(?:в\s+дальнейшем\s+|ниже\s+)?(?P<ru1>Сторонами|Договаривающимися\s+Сторонами)"
    r"|(?:далее|ниже)\s*(?:-|именуемые)?\s*(?P<ru2>Стороны|Сторонами|Договаривающиеся\s+Стороны)"
    r"|в\s+дальнейшем\s+именуемые\s+(?P<ru3>Сторонами))"
)
AGREED_FORMULA = re.compile(
    r"(?:төмендегілер|төмендегiлер|төмендегі|мына\s+төмендегілер).*(?:келісті|келiстi|келістi)\s*:?\s*$"
    r"|согласились\s+о\s+нижеследующем\s*:?\s*$|договорились\s+о\s+нижеследующем\s*:?\s*$",
    re.I,
)
CLOSING_FORMULA = re.compile(
    r"(?:данада|данадан|түпнұсқа)[^.]*жасалды|^(?:Совершено|СОВЕРШЕНО)\b|\bжасалды\b.*(?:тіл|тiл)", re.I
)
SIGNATURE_FOR = re.compile(rf"(?:^|\s)(?:үшін|үшiн)\s*$|^За\s+[{CYR_UPPER}]")
SIGNED_MARK = re.compile(r"^(?:Қолы|Подпись)\s*:?\s*$")
EDITORIAL_NOTE = re.compile(
    r"^(?:Ескерту|ЕСКЕРТУ|Примечание|ПРИМЕЧАНИЕ)\b|^\*?\((?:[^()]*)(?:күшіне\s+енді|күшiне\s+енді|Вступило\s+в\s+силу|вступило\s+в\s+силу)"
)
ENTRY_INTO_FORCE_NOTE = re.compile(r"күшіне\s+енді|күшiне\s+енді|күшіне\s+енд|[Вв]ступил[оа]?\s+в\s+силу")
SPECIALISTS = re.compile(r"^\(?(?:Мамандар|Специалисты)\s*:")
OFFICE_WORDS = re.compile(
    r"Премьер-Министр|Президент|Министр|министр|Төраға|Председатель|Вице-|Бас\s+хатшы|Секретар|Басшы|Руководител"
)

# Numbered points and list items.
POINT_NUMBER = re.compile(r"^(?P<num>\d+)\s*\\?\.\s+")
ITEM_MARKER = re.compile(rf"^(?P<marker>\d+\)|[{CYR_LOWER}a-z]\)|[-–—•]\s)\s*")
DEFINITION_ITEM = re.compile(r"^[«\"“„](?P<term>[^»\"”]+)[»\"”]\s*[-–—]")

TERMINAL_PUNCT = ".;:!?"

# Languages as treaty texts name them ("орыс тілінде", "на русском языке"), to ISO 639-1 codes.
LANGUAGE_WORDS = {
    "kk": r"қазақ|казахск", "ru": r"орыс|русск", "en": r"ағылшын|английск", "be": r"беларусь|белорусск",
    "ky": r"қырғыз|кыргызск|киргизск", "hr": r"хорват", "uz": r"өзбек|узбекск", "tg": r"тәжік|таджикск",
    "tk": r"түрікмен|туркменск", "az": r"әзірбайжан|әзербайжан|азербайджанск", "hy": r"армян", "ka": r"грузин",
    "uk": r"украин", "tr": r"түрік(?!мен)|турецк", "zh": r"қытай|китайск", "de": r"неміс|немецк",
    "fr": r"француз", "ar": r"араб", "es": r"испан", "it": r"итальян", "ja": r"жапон|японск", "ko": r"корей",
    "fa": r"парсы|персидск", "pl": r"поляк|польск", "mn": r"моңғол|монгольск", "ro": r"румын", "hu": r"венгр|мажар",
}
