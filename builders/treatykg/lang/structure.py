"""Words that carry structure in Kazakh and Russian treaty acts (see the project glossary): headings, titles,
formulas, markers, notes and signatures, as the normaliser and the parser look for them.

Kazakh is agglutinative, so patterns match stems followed by any suffix. The wording of the approving act's
header and formulas is in act_wording.
"""

from __future__ import annotations

import re

from treatykg.lang.alphabet import CYR, CYR_LOWER, CYR_UPPER
from treatykg.lang.numbers import ROMAN
from treatykg.lang.party_names import NAMING_PHRASE

# --- headings -----------------------------------------------------------------------------------------------------

# "Article N", Kazakh and Russian, Arabic or Roman numbers, possibly glued to the text that follows.
ARTICLE_HEADING = re.compile(
    rf"^(?:(?P<kk>\d+|{ROMAN})\s*-?\s*(?:бап|Бап|БАП)|(?:Статья|СТАТЬЯ)\s+(?P<ru>\d+|{ROMAN})\.?"
    rf"|(?P<kk2>{ROMAN})\s+бап)(?![{CYR}])"
)
SECTION_HEADING = re.compile(
    rf"^(?:(?P<kk>\d+|{ROMAN})\s*-?\s*(?P<kkw>бөлім|БӨЛІМ|Бөлім|тарау|ТАРАУ|Тарау)(?![{CYR}])"
    rf"|(?P<ruw>Раздел|РАЗДЕЛ|Глава|ГЛАВА)\s+(?P<ru>\d+|{ROMAN})\.?(?![{CYR}]))"
)
# An article heading at the end of a section's heading line ("II БӨЛІМ Қызмет бабындағы сапарлар 5-бап").
ARTICLE_HEADING_AT_END = re.compile(r"\s(?P<heading>\d+\s*-?\s*(?:бап|Бап|БАП)|(?:Статья|СТАТЬЯ)\s+\d+\.?)\s*$")
# How an article heading looks, for messages about a text without one.
ARTICLE_EXAMPLES = "'1-бап' or 'Статья 1'"
# The words of SECTION_HEADING that name a chapter rather than a section.
CHAPTER_WORD = re.compile(r"тарау|глава", re.I)
PROTOCOL_HEADING = re.compile(
    rf"(?:^(?:Протокол|ПРОТОКОЛ)(?:\s+(?P<ru>{ROMAN}|\d+))?(?![{CYR}])"
    rf"|(?:^|\s)(?P<kk>{ROMAN}|\d+)?\s*(?:Хаттама|ХАТТАМА)\s*$)"
)
# Cheap tests before PROTOCOL_HEADING, which every line of a treaty is tried with.
PROTOCOL_HEADING_STARTS = ("Протокол", "ПРОТОКОЛ")
PROTOCOL_HEADING_ENDS = ("Хаттама", "ХАТТАМА")
# The last line of a Kazakh annex caption, its word for annex at the end after the dative of what it is annexed to
# ("… Техникалық жәрдем көрсету туралы хаттамаға қосымша"), or alone on its line ("қосымша", "1-қосымша").
ANNEX_CAPTION_END_KK = re.compile(
    r"(?:^|(?:ға|ге|қа|ке|на|не)\s+)(?:\d+\s*-\s*)?(?:қосымша|Қосымша|ҚОСЫМША)\s*$")
ANNEX_HEADING = re.compile(rf"^(?:Қосымша|ҚОСЫМША|Приложение|ПРИЛОЖЕНИЕ)(?:\s+(?P<num>{ROMAN}|\d+))?(?![{CYR}])")

# A numeral stands where a number must: "Статья ХI", "Раздел І", "Х бап", "ІІ Хаттама" (the normaliser repairs
# Cyrillic look-alikes in such numerals).
NUMERAL_BEFORE = re.compile(r"(?:Статья|СТАТЬЯ|Раздел|РАЗДЕЛ|Глава|ГЛАВА|Протокол|Приложение) $")
NUMERAL_AFTER = re.compile(r"\s*-?\s*(?:бап|Бап|БАП|бөлім|БӨЛІМ|Бөлім|тарау|ТАРАУ|Тарау|Хаттама|ХАТТАМА)(?![\w])")

# Where the space between two words was lost at a change of case.
# A Roman article number glued to the article's title ("Статья IIЗадачи", after the look-alike repair "ІІЗадачи"):
# one lookbehind per length of the numeral (a lookbehind has a fixed width); the title does not start with a
# letter of a numeral.
_GLUED_ROMAN = "|".join(rf"(?<=^{word} [IVXLХІ]{{{width}}})" for word in ("Статья", "СТАТЬЯ") for width in range(1, 7))
# A treaty word in capitals glued to the next word in lower case ("ВТОРОЙ ПРОТОКОЛо внесении …").
_GLUED_TREATY_WORD = "|".join(rf"(?<={word})" for word in (
    "СОГЛАШЕНИЕ", "ДОГОВОР", "ПРОТОКОЛ", "КОНВЕНЦИЯ", "МЕМОРАНДУМ", "КЕЛІСІМ", "ШАРТ", "ХАТТАМА"))
RUN_TOGETHER = re.compile(
    rf"(?=[{CYR_UPPER}])(?:"  # every case but the last is before a capital: tested first, it rules out most places
    rf"(?<=[{CYR_LOWER}]{{4}})(?=[{CYR_UPPER}])"          # ПравительствоРеспублики, туралыКЕЛІСІМ
    rf"|(?<=\d-бап)(?=[{CYR_UPPER}])"                        # 1-бапОсы
    rf"|(?<=(?<![{CYR}])[Бб]ап)(?=[{CYR_UPPER}])"             # I - БапАнықтамалар
    rf"|(?<=(?<![{CYR}])БАП)(?=[{CYR_UPPER}][{CYR_LOWER}])"  # VIII - БАПАймақтық
    rf"|(?<=^Статья \d)(?=[{CYR_UPPER}])|(?<=^Статья \d\d)(?=[{CYR_UPPER}])"  # Статья 1Термины
    rf"|(?:{_GLUED_ROMAN})(?![ХІ])"                          # Статья ІІЗадачи
    rf"|(?<=(?<![{CYR}])[вскуо])(?=[{CYR_UPPER}][{CYR_LOWER}]))"  # вВашингтоне
    rf"|(?<=[{CYR_UPPER}]{{2}})(?=[{CYR_LOWER}])(?:{_GLUED_TREATY_WORD})",  # ПРОТОКОЛо внесении
    re.M,
)

# --- the attached treaty ------------------------------------------------------------------------------------------

# The title of the attached treaty: "… туралы КЕЛІСІМ", "Соглашение между …".
TREATY_WORD_KK = (r"(?:келісім|КЕЛІСІМ|Келісім|шарт|ШАРТ|Шарт|конвенция|КОНВЕНЦИЯ|Конвенция|хаттама|ХАТТАМА|Хаттама"
                  r"|меморандум|МЕМОРАНДУМ|Меморандум)")
# An ordinal or "additional" before the treaty word: "… туралы ЕКІНШІ ХАТТАМА", "Қосымша хаттама", "ВТОРОЙ ПРОТОКОЛ",
# "Дополнительный протокол".
TREATY_ORDINAL_KK = rf"(?i:[{CYR}]+(?:ншы|нші|ыншы|інші)|қосымша)"
TREATY_ORDINAL_RU = r"(?i:перв\w+|втор\w+|трет\w+|четв[её]рт\w+|пят\w+|шест\w+|дополнительн\w+)"
TREATY_TITLE_KK = re.compile(
    rf"(?:туралы|арасындағы|жөніндегі)\s+(?:{TREATY_ORDINAL_KK}\s+)?{TREATY_WORD_KK}\s*\*?\s*$")
# A Kazakh title printed over several plain lines, its treaty word alone on the last one: "… саласындағы
# ынтымақтастық туралы" / "КЕЛІСІМ".
TREATY_WORD_LINE_KK = re.compile(rf"^(?:{TREATY_ORDINAL_KK}\s+)?{TREATY_WORD_KK}\s*\*?\s*$")
TREATY_TITLE_LINK_KK = re.compile(r"(?:туралы|арасындағы|жөніндегі)\s*$")
TREATY_TITLE_RU = re.compile(
    rf"^(?:{TREATY_ORDINAL_RU}\s+(?i:соглашение|договор|конвенция|меморандум|протокол)"
    r"|Соглашение|СОГЛАШЕНИЕ|Договор|ДОГОВОР|Конвенция|КОНВЕНЦИЯ|Меморандум|МЕМОРАНДУМ|Протокол|ПРОТОКОЛ)(?:\*|\s|$)"
)
# A treaty word at the start of a word, in any case and with any ending. A Markdown heading (the normaliser marks
# heading lines) that holds one names the treaty, however the title is worded: "Измир шарты", "Измирский договор",
# "1992 жылғы … туралы ЕКІНШІ ХАТТАМА".
TREATY_WORD_ANY_FORM = re.compile(
    rf"(?<![{CYR}])(?:келісім|шарт|конвенци|хаттама|меморандум|соглашени|договор|протокол)", re.I)
DRAFT_MARKER = re.compile(r"^(?:Проект|ПРОЕКТ|Жоба|ЖОБА)\s*$")

# A heading that names the preamble ("Преамбула", "Кіріспе"), printed above it in some conventions.
PREAMBLE_HEADING = re.compile(r"^(?:Преамбула|ПРЕАМБУЛА|Кіріспе|КІРІСПЕ)\s*$")
# A dateline at the head of a convention's text, where it was done and when: "Париж, 19 декабря 1954 года",
# "Париж, 1954 жылғы 19 желтоқсан".
DATELINE = re.compile(rf"^[{CYR_UPPER}A-Z][\w-]+,\s+"
                      rf"(?:\d{{1,2}}\s+[{CYR}]+\s+\d{{4}}|\d{{4}}\s+жылғы\s+\d{{1,2}}\s+[{CYR}]+)")
# The clause that names the parties: its naming of them ("именуемые в дальнейшем Сторонами", "Бұдан әрі Тараптар деп
# аталатын"; party_names has the grammar of the whole clause).
PARTIES_CLAUSE = NAMING_PHRASE
# The collective names of the parties, for messages about a preamble without one.
COLLECTIVE_NAME_EXAMPLES = "Тараптар / Стороны"
# A first preamble line that names parties without a collective name ("Правительство …, ").
PARTIES_WITHOUT_NAME = re.compile(r"Үкімет|Правительств|Республик")
# A line that opens by naming a party in the nominative: it is no longer the treaty's title.
NOMINATIVE_PARTY = re.compile(
    r"^(?:Правительство|Республика|Кабинет|Совет\s+Министров|Государство|Национальный|Королевство|Министерство)\s"
)
AGREED_FORMULA = re.compile(
    r"(?:төмендегі\w*|төмендегi\w*|мына\s+төмендегі\w*|мынал\w*)(?:\s+\S+){0,4}?\s+"
    r"(?:келісті|келiстi|келістi|уағдаласты|қол\s+жеткізді)\s*[:.]?\s*$"
    r"|(?:(?:Высокие\s+)?(?:Договаривающиеся\s+)?Стороны\s+)?(?:согласились|договорились|достигли\s+\w+)\s+о\s+"
    r"(?:ниже)?следующем\s*[:.]?\s*$"
    # a protocol of points may open its body with its signing: "Подписали настоящий Протокол:"
    r"|(?:подписали|заключили)\s+настоящ\w+\s+\w+\s*:\s*$|\bосы\s+\w+\s+қол\s+қойды\s*:\s*$",
    re.I,
)
# The closing formula: "… екі данада жасалды", "… екі дана болып, … тілдерінде жасалды", "… екі данада, … жасалған";
# "Совершено в …", "Совершен в …", "Настоящее Соглашение заключено в городе … в двух подлинных экземплярах".
CLOSING_FORMULA = re.compile(
    r"(?:\bдана\w*|түпнұсқа)[^.]*жасал(?:ды|ған)|^(?:Совершено|СОВЕРШЕНО|Совершен|Заключено|Подписано)\b"
    r"|\bжасалды\b.*(?:тіл|тiл)|\b(?:совершен[оа]?|заключен[оа]?|подписан[оа]?)\s+в\s+.*\bэкземпляр", re.I
)

# --- signatures ---------------------------------------------------------------------------------------------------

# "… Үкіметі үшін" (kk: for the Government of …), "За Правительство …" (ru).
SIGNATURE_FOR = re.compile(rf"(?:^|\s)(?:үшін|үшiн)\s*$|^За\s+[{CYR_UPPER}]")
SIGNATURE_FOR_KK = re.compile(r"(?:^|\s)(?:үшін|үшiн)(?=\s|$)")
SIGNATURE_FOR_RU = re.compile(r"(?:^|\s)За\s+[" + CYR_UPPER + "]")
SIGNATURE_FOR_RU_START = "За "
# A Kazakh signature that closes with "үшін", and possibly the signed mark after it ("… үшін Қолы:").
SIGNATURE_FOR_KK_END = re.compile(r"(?:үшін|үшiн)(?:\s+Қолы:)?$")
SIGNATURE_FOR_KK_SIGNED = re.compile(r"(?:үшін|үшiн)\s+Қолы:$")
SIGNED_MARK = re.compile(r"^(?:Қолы|Подпись)\s*:?\s*$")
# The signed mark at the end of a line ("… Қолы:"): such a line may still stand in a column of signatures.
SIGNED_MARK_END = "Қолы:"
# What is not the party's name in a signature: the signed mark, "За" and "үшін".
SIGNATURE_PARTY_NOISE = re.compile(r"\s*Қолы:\s*$|^За\s+|\s+(?:үшін|үшiн)\s*$")
SIGNED_MARK_TAIL = re.compile(r"\s*Қолы:\s*$")
OFFICE_WORDS = re.compile(
    r"Премьер-Министр|Президент|Министр|министр|Төраға|Председатель|Вице-|Бас\s+хатшы|Секретар|Басшы|Руководител"
)
# "Д. Назарбаев", "А.Е. Смаилов", "Назарбаев Д.А."
PERSON_NAME = re.compile(rf"^[{CYR_UPPER}A-Z]\.\s?(?:[{CYR_UPPER}A-Z]\.\s?)?[{CYR_UPPER}A-Z][\w-]+$|"
                         rf"^[{CYR_UPPER}][\w-]+\s+[{CYR_UPPER}]\.\s?[{CYR_UPPER}]\.,?$")

# --- notes --------------------------------------------------------------------------------------------------------

EDITORIAL_NOTE = re.compile(
    r"^(?:Ескерту|ЕСКЕРТУ|Примечание|ПРИМЕЧАНИЕ)\b|^\*?\((?:[^()]*)(?:күшіне\s+енді|күшiне\s+енді|Вступило\s+в\s+силу"
    r"|вступило\s+в\s+силу)"
)
# An editor's footnote under a title ("Сноска. По тексту … слова … заменены …", "Ескерту. Бүкіл мәтін бойынша …").
FOOTNOTE = re.compile(r"^(?:Сноска|СНОСКА|Ескерту|ЕСКЕРТУ)\s*\.")
# An editor's note that a version has no translation of the treaty (or of its annex) and prints the other language's
# text: "(Қазақша аудармасы жоқ, тексті орысшадан қараңыз)", "(Қосымшаның қазақша аудармасы жоқ, орысша тексті
# қараңыз)"; an unofficial translation: "Бейресми аударма", "Неофициальный перевод".
TRANSLATION_NOTE = re.compile(r"^\(?\s*(?:\w+\s+)?(?:қазақша|орысша)\s+аудармасы\s+жоқ|^\(?(?:бейресми\s+аударма"
                              r"|неофициальный\s+перевод)\)?\s*$", re.I)
# An editor's note of where the treaty was published: "(Бюллетень международных договоров РК, 2001 г., N 4, ст. 38)",
# "(ҚР халықаралық шарттары бюллетені, 2002 ж., N 1, 12-құжат)".
PUBLICATION_NOTE = re.compile(r"^\([^()]*(?:[Бб]юллетень|бюллетені)[^()]*\)\s*$")
ENTRY_INTO_FORCE_NOTE = re.compile(r"күшіне\s+енді|күшiне\s+енді|күшіне\s+енд|[Вв]ступил[оа]?\s+в\s+силу")
# The bulletin an editorial note of entry into force cites ("- ҚР халықаралық шарттары бюллетені, 2002 ж., N 1").
BULLETIN = re.compile(r"(?:[-–—]\s*)(?P<ref>[^()]*?(?:бюллетені|Бюллетень)[^()]*?)\)?\s*$")
SPECIALISTS = re.compile(r"^\(?(?:Мамандар|Специалисты)\s*:")

# --- points, items and punctuation --------------------------------------------------------------------------------

POINT_NUMBER = re.compile(r"^(?P<num>\d+)\s*\\?\.\s+")
ITEM_MARKER = re.compile(rf"^(?P<marker>\d+\)|[{CYR_LOWER}a-z]\)|[-–—•]\s)\s*")
DEFINITION_ITEM = re.compile(r"^[«\"“„](?P<term>[^»\"”]+)[»\"”]\s*[-–—]")
TERMINAL_PUNCT = ".;:!?"
# Marks that open a quotation: a line that starts with one quotes another text ("«", '"', "„", "“").
QUOTES = "\"«„“"

# Languages as treaty texts name them ("орыс тілінде", "на русском языке"), to ISO 639-1 codes.
LANGUAGE_WORDS = {
    "kk": r"қазақ(?!стан)|казахск", "ru": r"орыс|русск", "en": r"ағылшын|английск", "be": r"беларус|белорусск",
    "ky": r"қырғыз|кыргызск|киргизск", "hr": r"хорват", "uz": r"өзбек|узбекск", "tg": r"тәжік|таджикск",
    "tk": r"түрікмен|туркменск", "az": r"әзірбайжан|әзербайжан|азербайджанск", "hy": r"армян", "ka": r"грузин",
    "uk": r"украин", "tr": r"түрік(?!мен)|турецк", "zh": r"қытай|китайск", "de": r"неміс|немецк",
    "fr": r"француз", "ar": r"араб", "es": r"испан", "it": r"итальян", "ja": r"жапон|японск", "ko": r"корей",
    "fa": r"парсы|персидск", "pl": r"поляк|польск", "mn": r"моңғол|монғол|монгол", "ro": r"румын", "hu": r"венгр|мажар",
    "sl": r"словен", "ms": r"малай", "id": r"индонез", "sk": r"словак", "cs": r"чех|чеш", "he": r"иврит",
    "hi": r"хинди", "vi": r"вьетнам", "el": r"грек|греч", "lv": r"латыш", "lt": r"литов", "et": r"эстон",
    "fi": r"финск", "bg": r"болгар", "sr": r"серб", "nl": r"нидерланд|голланд", "pt": r"португал", "sv": r"швед",
}
