"""The letters of Kazakh and Russian texts: Cyrillic classes, Latin look-alikes, which language a text is in, and
Cyrillic written in ASCII for identifiers."""

from __future__ import annotations

import re

# Cyrillic letters, including the Kazakh ones, and the Latin look-alikes that replace them in the corpus.
CYR_UPPER = "А-ЯЁӘҒҚҢӨҰҮҺІ"
CYR_LOWER = "а-яёәғқңөұүһі"
CYR = CYR_UPPER + CYR_LOWER
KAZAKH_ONLY_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
KAZAKH_ONLY_LOWER = "әғқңөұүһі"
# Capitals that may open a sentence, Cyrillic or Latin.
CAPITALS = "А-ЯЁӘҒҚҢӨҰҮҺІA-Z"

# Latin letters that stand in for Cyrillic ones inside Cyrillic words (Kazakh i for і, Y for Ү, ...).
LATIN_TO_CYRILLIC = str.maketrans({
    "i": "і", "I": "І", "Y": "Ү", "y": "у", "a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х",
    "A": "А", "B": "В", "E": "Е", "K": "К", "M": "М", "H": "Н", "O": "О", "P": "Р", "C": "С", "T": "Т", "X": "Х",
})
# Cyrillic letters that stand in for Latin ones in Roman numerals (Х for X, І for I, Kazakh Ү for V: "ІҮ Бөлім").
CYRILLIC_TO_ROMAN = str.maketrans({"Х": "X", "І": "I", "Ү": "V", "Ⅰ": "I", "С": "C", "М": "M"})
# The letters a Roman numeral may be written with, Cyrillic look-alikes included.
ROMAN_NUMERAL_LETTERS = set("ХІҮIVXL")
# Cyrillic letters that look like Roman numerals: a word of them alone may be a numeral.
CYRILLIC_NUMERAL_LETTERS = "ХІҮ"

_LETTERS = re.compile(r"[^\W\d_]+")


def detect_language(text: str) -> str:
    """``kk`` when Kazakh-only letters are common, else ``ru``."""
    sample = text[:20000]
    kazakh = sum(map(sample.count, KAZAKH_ONLY_LETTERS))  # str.count, letter by letter, is faster than a regex
    letters = sum(map(len, _LETTERS.findall(sample))) or 1  # run by run: faster than a list of every letter
    return "kk" if kazakh / letters > 0.01 else "ru"


def has_kazakh_letters(text: str) -> bool:
    return any(letter in text for letter in KAZAKH_ONLY_LOWER)


_TRANSLIT = str.maketrans({
    "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "i", "к": "k", "қ": "k", "л": "l", "м": "m", "н": "n", "ң": "n", "о": "o", "ө": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "u", "ү": "u", "ф": "f", "х": "kh", "һ": "h", "ц": "ts", "ч": "ch",
    "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "і": "i", "ь": "", "э": "e", "ю": "yu", "я": "ya",
})
_ASCII_WORD = re.compile(r"[a-z0-9]+")


def slug(text: str, limit: int = 60) -> str:
    """Lower-case ASCII words joined by hyphens, transliterated from Cyrillic."""
    words = _ASCII_WORD.findall(text.lower().translate(_TRANSLIT))
    return "-".join(words)[:limit].rstrip("-") or "x"

# Words worth a look for look-alike letters: those with a Latin letter, and all-Cyrillic runs of Х and І that may be
# Roman numerals. A word is only tried from its first letter (the lookbehind): the matches are the same, since a
# word without a Latin letter has none after any of its letters either, and trying each of them costs time
# quadratic in its length.
LOOKALIKE_CANDIDATE = re.compile(rf"(?<![A-Za-z{CYR}])[A-Za-z{CYR}]*[A-Za-z][A-Za-z{CYR}]*|(?<![\w])[ХІҮ]+(?![\w])")
# The candidates of a text without a Latin letter: only the second alternative can match.
NUMERAL_LOOKALIKE_CANDIDATE = re.compile(r"[ХІҮ](?<![\w][ХІҮ])[ХІҮ]*(?![\w])")
# A numeral, Latin or with Cyrillic look-alikes. Candidate patterns start with their letter class, which lets the
# regex engine skip to the next such letter; the lookbehind after it then checks that no letter stands before:
# (?<![\w])[ХІҮ]+ written for speed.
NUMERAL_CANDIDATE = re.compile(r"[ХІҮIVXL](?<![\w][ХІҮIVXL])[ХІҮIVXL]*(?![\w])")
CYRILLIC_LETTER = re.compile(r"[" + CYR + r"]")
CYRILLIC_RUN = re.compile(r"[" + CYR + r"]+")
