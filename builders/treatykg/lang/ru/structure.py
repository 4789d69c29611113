"""Russian words that carry structure in treaty acts (lang/structure.py puts the languages together): headings,
titles, formulas, markers, notes and signatures."""

from __future__ import annotations

import re

# Cheap tests before PROTOCOL_HEADING, which every line of a treaty is tried with.
PROTOCOL_HEADING_STARTS = ("Протокол", "ПРОТОКОЛ")
# An ordinal or "additional" before the treaty word: "ВТОРОЙ ПРОТОКОЛ", "Дополнительный протокол".
TREATY_ORDINAL = r"(?i:перв\w+|втор\w+|трет\w+|четв[её]рт\w+|пят\w+|шест\w+|дополнительн\w+)"
TREATY_TITLE = re.compile(
    rf"^(?:{TREATY_ORDINAL}\s+(?i:соглашение|договор|конвенция|меморандум|протокол)"
    r"|Соглашение|СОГЛАШЕНИЕ|Договор|ДОГОВОР|Конвенция|КОНВЕНЦИЯ|Меморандум|МЕМОРАНДУМ|Протокол|ПРОТОКОЛ)(?:\*|\s|$)"
)
SIGNATURE_FOR_START = "За "
# --- headings ----------------------------------------------------------------------------------------------------
# "Статья 1", "СТАТЬЯ IV": the word for article, before its number.
ARTICLE_WORD = r"Статья|СТАТЬЯ"
ARTICLE_WORDS = ("Статья", "СТАТЬЯ")
ARTICLE_EXAMPLE = "Статья 1"
# "Раздел II", "ГЛАВА 1": the words for section and chapter, before the number.
SECTION_WORDS = r"Раздел|РАЗДЕЛ|Глава|ГЛАВА"
CHAPTER_WORD = r"глава"
# "Протокол", "ПРОТОКОЛ 2": the word for protocol, at the start of a line.
PROTOCOL_WORD = r"Протокол|ПРОТОКОЛ"
# "Приложение", "ПРИЛОЖЕНИЕ 1": the word for annex.
ANNEX_WORD = r"Приложение|ПРИЛОЖЕНИЕ"
# A numeral stands where a number must after these words: "Статья ХI", "Раздел II" (the normaliser repairs Cyrillic
# look-alikes in such numerals).
NUMERAL_BEFORE_WORDS = r"Статья|СТАТЬЯ|Раздел|РАЗДЕЛ|Глава|ГЛАВА|Протокол|Приложение"
# The Cyrillic letter that stands in for the Roman X.
ROMAN_TEN_LOOKALIKE = "Х"
# Where the space between two words was lost: "ПравительствоРеспублики", "Статья 1Термины", "Статья IIЗадачи",
# "вВашингтоне" (a one-letter preposition), "ВТОРОЙ ПРОТОКОЛо внесении …" (a treaty word in capitals).
ARTICLE_WORD_TITLE = r"Статья"
ONE_LETTER_PREPOSITIONS = r"вскуо"
TREATY_WORDS_UPPER = ("СОГЛАШЕНИЕ", "ДОГОВОР", "ПРОТОКОЛ", "КОНВЕНЦИЯ", "МЕМОРАНДУМ")
# --- the attached treaty -----------------------------------------------------------------------------------------
# The stems of the treaty words, in any case and with any ending: "Измирский договор".
TREATY_WORD_STEMS = r"соглашени|договор|протокол"
# A draft: "Проект".
DRAFT = r"Проект|ПРОЕКТ"
# A heading that names the preamble: "Преамбула".
PREAMBLE = r"Преамбула|ПРЕАМБУЛА"
# The collective name of the parties, for messages.
COLLECTIVE_NAME_EXAMPLE = "Стороны"
# A first preamble line that names parties without a collective name: "Правительство …, ".
PARTIES_WITHOUT_NAME = r"Правительств|Республик"
# A line that opens by naming a party in the nominative: it is no longer the treaty's title.
NOMINATIVE_PARTY = (r"^(?:Правительство|Республика|Кабинет|Совет\s+Министров|Государство|Национальный|Королевство"
                    r"|Министерство)\s")
# The formula before the articles: "Высокие Договаривающиеся Стороны согласились о нижеследующем:", "договорились о
# следующем"; a protocol of points may open its body with its signing: "Подписали настоящий Протокол:".
AGREED = (r"(?:(?:Высокие\s+)?(?:Договаривающиеся\s+)?Стороны\s+)?(?:согласились|договорились|достигли\s+\w+)\s+о\s+"
          r"(?:ниже)?следующем\s*[:.]?\s*$")
SIGNED_BELOW = r"(?:подписали|заключили)\s+настоящ\w+\s+\w+\s*:\s*$"
# The closing formula: "Совершено в …", "Совершен в …", "Настоящее Соглашение заключено в городе … в двух
# подлинных экземплярах".
CLOSING_OPENING = r"^(?:Совершено|СОВЕРШЕНО|Совершен|Заключено|Подписано)\b"
# The closing formula: (the copies, then the verb), or the verb and then the languages.
CLOSING_COPIES = r"\b(?:совершен[оа]?|заключен[оа]?|подписан[оа]?)\s+в\s+.*\bэкземпляр"
# --- signatures --------------------------------------------------------------------------------------------------
# "За Правительство …" (for the Government of …); the signed mark "Подпись".
FOR = r"За"
SIGNED_MARK_WORD = r"Подпись"
# The offices of the persons who sign: "Председатель", "Вице-Премьер", "Секретарь", "Руководитель".
OFFICE_WORDS = r"Премьер-Министр|Президент|Министр|министр|Председатель|Вице-|Секретар|Руководител"
# --- notes -------------------------------------------------------------------------------------------------------
# An editor's note or footnote: "Примечание", "Сноска. По тексту … слова … заменены …"; "(Вступило в силу …)".
NOTE_WORD = r"Примечание|ПРИМЕЧАНИЕ"
FOOTNOTE_WORD = r"Сноска|СНОСКА"
ENTERED_INTO_FORCE = r"Вступило\s+в\s+силу|вступило\s+в\s+силу"
ENTERED_INTO_FORCE_ANY = r"[Вв]ступил[оа]?\s+в\s+силу"
# An unofficial translation: "Неофициальный перевод".
UNOFFICIAL_TRANSLATION = r"неофициальный\s+перевод"
# Where the treaty was published: "(Бюллетень международных договоров РК, 2001 г., N 4, ст. 38)".
BULLETIN_EITHER_CASE = r"[Бб]юллетень"
# Where the treaty was published.
BULLETIN = r"Бюллетень"
# "Специалисты:" (specialists), a list under the signatures.
SPECIALISTS = r"Специалисты"
# Languages as treaty texts name them ("на русском языке"), to ISO 639-1 codes.
LANGUAGE_WORDS = {
    "kk": r"казахск", "ru": r"русск", "en": r"английск", "be": r"белорусск", "ky": r"кыргызск|киргизск",
    "hr": r"хорват", "uz": r"узбекск", "tg": r"таджикск", "tk": r"туркменск", "az": r"азербайджанск",
    "hy": r"армян", "ka": r"грузин", "uk": r"украин", "tr": r"турецк", "zh": r"китайск", "de": r"немецк",
    "fr": r"француз", "ar": r"араб", "es": r"испан", "it": r"итальян", "ja": r"японск", "ko": r"корей",
    "fa": r"персидск", "pl": r"польск", "mn": r"монгол", "ro": r"румын", "hu": r"венгр", "sl": r"словен",
    "ms": r"малай", "id": r"индонез", "sk": r"словак", "cs": r"чеш", "he": r"иврит", "hi": r"хинди",
    "vi": r"вьетнам", "el": r"греч", "lv": r"латыш", "lt": r"литов", "et": r"эстон", "fi": r"финск",
    "bg": r"болгар", "sr": r"серб", "nl": r"нидерланд|голланд", "pt": r"португал", "sv": r"швед",
}
