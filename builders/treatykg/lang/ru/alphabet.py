"""The Russian alphabet (which Kazakh shares), the Latin letters that look like its letters, and its
transliteration."""

from __future__ import annotations

UPPER = "А-ЯЁ"
LOWER = "а-яё"
# Latin letters that stand in for Cyrillic ones inside Cyrillic words.
LATIN_LOOKALIKES = {
    "y": "у", "a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х",
    "A": "А", "B": "В", "E": "Е", "K": "К", "M": "М", "H": "Н", "O": "О", "P": "Р", "C": "С", "T": "Т", "X": "Х",
}
# Cyrillic letters that stand in for Latin ones in Roman numerals (Х for X).
ROMAN_LOOKALIKES = {"Х": "X", "С": "C", "М": "M"}
NUMERAL_LOOKALIKES = "Х"
# ё and е are one letter for comparison ("ещё" and "еще").
YO_AS_E = {"ё": "е", "Ё": "Е"}
# Cyrillic letters in ASCII, for identifiers.
TRANSLITERATION = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch",
    "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}
# "ё" is often written "е": a pattern matches either, and a form the dictionary gives with "ё" is written with "е"
# where the text has none.
YO = "ё"
YO_UPPER = "Ё"
E = "е"
E_OR_YO = "[её]"
# The capitals, one by one.
UPPER_LETTERS = "АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"
