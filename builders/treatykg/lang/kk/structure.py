"""Kazakh words that carry structure in treaty acts (lang/structure.py puts the languages together): headings,
titles, formulas, markers, notes and signatures."""

from __future__ import annotations

import re

from treatykg.lang.kk.alphabet import LETTERS as CYR

PROTOCOL_HEADING_ENDS = ("Хаттама", "ХАТТАМА")
# The last line of a Kazakh annex caption, its word for annex at the end after the dative of what it is annexed to
# ("… Техникалық жәрдем көрсету туралы хаттамаға қосымша"), or alone on its line ("қосымша", "1-қосымша").
ANNEX_CAPTION_END = re.compile(
    r"(?:^|(?:ға|ге|қа|ке|на|не)\s+)(?:\d+\s*-\s*)?(?:қосымша|Қосымша|ҚОСЫМША)\s*$")
# The title of the attached treaty: "… туралы КЕЛІСІМ", "Соглашение между …".
TREATY_WORD = (r"(?:келісім|КЕЛІСІМ|Келісім|шарт|ШАРТ|Шарт|конвенция|КОНВЕНЦИЯ|Конвенция|хаттама|ХАТТАМА|Хаттама"
                  r"|меморандум|МЕМОРАНДУМ|Меморандум)")
# An ordinal or "additional" before the treaty word: "… туралы ЕКІНШІ ХАТТАМА", "Қосымша хаттама", "ВТОРОЙ ПРОТОКОЛ",
# "Дополнительный протокол".
TREATY_ORDINAL = rf"(?i:[{CYR}]+(?:ншы|нші|ыншы|інші)|қосымша)"
TREATY_TITLE = re.compile(
    rf"(?:туралы|арасындағы|жөніндегі)\s+(?:{TREATY_ORDINAL}\s+)?{TREATY_WORD}\s*\*?\s*$")
TREATY_TITLE_LINK = re.compile(r"(?:туралы|арасындағы|жөніндегі)\s*$")
SIGNATURE_FOR = re.compile(r"(?:^|\s)(?:үшін|үшiн)(?=\s|$)")
# A Kazakh signature that closes with "үшін", and possibly the signed mark after it ("… үшін Қолы:").
SIGNATURE_FOR_END = re.compile(r"(?:үшін|үшiн)(?:\s+Қолы:)?$")
SIGNATURE_FOR_SIGNED = re.compile(r"(?:үшін|үшiн)\s+Қолы:$")
# The signed mark at the end of a line ("… Қолы:"): such a line may still stand in a column of signatures.
SIGNED_MARK_END = "Қолы:"
SIGNED_MARK_TAIL = re.compile(r"\s*Қолы:\s*$")
# --- headings ----------------------------------------------------------------------------------------------------
# "1-бап", "I - Бап", "VIII - БАП", "Х бап": the word for article, after its number.
ARTICLE_WORD = r"бап|Бап|БАП"
ARTICLE_WORD_LOWER = r"бап"
ARTICLE_EXAMPLE = "1-бап"
# "II БӨЛІМ", "1-тарау": the words for section and chapter, after the number.
SECTION_WORDS = r"бөлім|БӨЛІМ|Бөлім|тарау|ТАРАУ|Тарау"
CHAPTER_WORD = r"тарау"
# "ІІ Хаттама", "Хаттама" at the end of a line: the word for protocol.
PROTOCOL_WORD = r"Хаттама|ХАТТАМА"
# "Қосымша", "ҚОСЫМША 2": the word for annex.
ANNEX_WORD = r"Қосымша|ҚОСЫМША"
# The Kazakh letter that stands in for the Roman I.
ROMAN_ONE_LOOKALIKE = "І"
# Where the space between two words was lost: "1-бапОсы", "I - БапАнықтамалар", "VIII - БАПАймақтық",
# "туралыКЕЛІСІМ"; the treaty words in capitals.
ARTICLE_WORD_EITHER_CASE = r"[Бб]ап"
ARTICLE_WORD_UPPER = r"БАП"
TREATY_WORDS_UPPER = ("КЕЛІСІМ", "ШАРТ", "ХАТТАМА")
# --- the attached treaty -----------------------------------------------------------------------------------------
# The stems of the treaty words, in any case and with any ending: "Измир шарты", "… туралы ЕКІНШІ ХАТТАМА".
TREATY_WORD_STEMS = r"келісім|шарт|конвенци|хаттама|меморандум"
# A draft: "Жоба".
DRAFT = r"Жоба|ЖОБА"
# A heading that names the preamble: "Кіріспе".
PREAMBLE = r"Кіріспе|КІРІСПЕ"
# The year's word in a dateline: "Париж, 1954 жылғы 19 желтоқсан".
YEAR_ADJECTIVE = r"жылғы"
# The collective name of the parties, for messages.
COLLECTIVE_NAME_EXAMPLE = "Тараптар"
# A first preamble line that names parties without a collective name: "… Үкіметі".
PARTIES_WITHOUT_NAME = r"Үкімет"
# The formula before the articles: "төмендегілер туралы келісті:", "мына төмендегілер туралы уағдаласты:"; a
# protocol of points may open its body with its signing: "осы Хаттамаға қол қойды:".
AGREED = (r"(?:төмендегі\w*|төмендегi\w*|мына\s+төмендегі\w*|мынал\w*)(?:\s+\S+){0,4}?\s+"
          r"(?:келісті|келiстi|келістi|уағдаласты|қол\s+жеткізді)\s*[:.]?\s*$")
SIGNED_BELOW = r"\bосы\s+\w+\s+қол\s+қойды\s*:\s*$"
# The closing formula: "… екі данада жасалды", "… екі дана болып, … тілдерінде жасалды", "… екі данада, …
# жасалған" (the copies, then the verb), or the verb and then the languages.
CLOSING_COPIES = r"(?:\bдана\w*|түпнұсқа)[^.]*жасал(?:ды|ған)"
CLOSING_LANGUAGES = r"\bжасалды\b.*(?:тіл|тiл)"
# --- signatures --------------------------------------------------------------------------------------------------
# "… Үкіметі үшін" (for the Government of …), with a Latin i as printed too; the signed mark "Қолы:".
FOR = r"үшін|үшiн"
SIGNED_MARK_WORD = r"Қолы"
# The offices of the persons who sign: "Премьер-Министр", "Төраға", "Бас хатшы", "Басшы".
OFFICE_WORDS = r"Премьер-Министр|Президент|Министр|министр|Төраға|Бас\s+хатшы|Басшы"
# --- notes -------------------------------------------------------------------------------------------------------
# An editor's note or footnote: "Ескерту", "Ескерту. Бүкіл мәтін бойынша …"; "(… күшіне енді …)".
NOTE_WORD = r"Ескерту|ЕСКЕРТУ"
ENTERED_INTO_FORCE = r"күшіне\s+енді|күшiне\s+енді"
ENTERED_INTO_FORCE_ANY = r"күшіне\s+енді|күшiне\s+енді|күшіне\s+енд"
# A version without a translation of the treaty (or of its annex), which prints the other language's text:
# "(Қазақша аудармасы жоқ, тексті орысшадан қараңыз)", "(Қосымшаның қазақша аудармасы жоқ, орысша тексті қараңыз)";
# an unofficial translation: "Бейресми аударма".
NO_TRANSLATION = r"^\(?\s*(?:\w+\s+)?(?:қазақша|орысша)\s+аудармасы\s+жоқ"
UNOFFICIAL_TRANSLATION = r"бейресми\s+аударма"
# Where the treaty was published: "(ҚР халықаралық шарттары бюллетені, 2002 ж., N 1, 12-құжат)".
BULLETIN = r"бюллетені"
# "Мамандар:" (specialists), a list under the signatures.
SPECIALISTS = r"Мамандар"
# Languages as treaty texts name them ("орыс тілінде"), to ISO 639-1 codes.
LANGUAGE_WORDS = {
    "kk": r"қазақ(?!стан)", "ru": r"орыс", "en": r"ағылшын", "be": r"беларус", "ky": r"қырғыз", "hr": r"хорват",
    "uz": r"өзбек", "tg": r"тәжік", "tk": r"түрікмен", "az": r"әзірбайжан|әзербайжан", "hy": r"армян",
    "ka": r"грузин", "uk": r"украин", "tr": r"түрік(?!мен)", "zh": r"қытай", "de": r"неміс", "fr": r"француз",
    "ar": r"араб", "es": r"испан", "it": r"итальян", "ja": r"жапон", "ko": r"корей", "fa": r"парсы", "pl": r"поляк",
    "mn": r"моңғол|монғол|монгол", "ro": r"румын", "hu": r"венгр|мажар", "sl": r"словен", "ms": r"малай",
    "id": r"индонез", "sk": r"словак", "cs": r"чех", "he": r"иврит", "hi": r"хинди", "vi": r"вьетнам",
    "el": r"грек", "lv": r"латыш", "lt": r"литов", "et": r"эстон", "bg": r"болгар", "sr": r"серб",
    "nl": r"нидерланд|голланд", "pt": r"португал", "sv": r"швед",
}
