"""The letters of Kazakh and Russian texts: Cyrillic classes, Latin look-alikes, which language a text is in, and
Cyrillic written in ASCII for identifiers. The letters are in lang/kk/alphabet.py and lang/ru/alphabet.py."""

from __future__ import annotations

import re

from treatykg.lang.kk import alphabet as kk
from treatykg.lang.ru import alphabet as ru

# Cyrillic letters, including the Kazakh ones, and the Latin look-alikes that replace them in the corpus.
CYR_UPPER = ru.UPPER + kk.ONLY_UPPER
CYR_LOWER = ru.LOWER + kk.ONLY_LOWER
CYR = CYR_UPPER + CYR_LOWER
KAZAKH_ONLY_LETTERS = set(kk.ONLY_LOWER + kk.ONLY_UPPER)
KAZAKH_ONLY_LOWER = kk.ONLY_LOWER
# Capitals that may open a sentence, Cyrillic or Latin.
CAPITALS = CYR_UPPER + "A-Z"

# Latin letters that stand in for Cyrillic ones inside Cyrillic words.
LATIN_TO_CYRILLIC = str.maketrans({**kk.LATIN_LOOKALIKES, **ru.LATIN_LOOKALIKES})
# Cyrillic letters that stand in for Latin ones in Roman numerals, and the Roman numeral one of Unicode.
CYRILLIC_TO_ROMAN = str.maketrans({**ru.ROMAN_LOOKALIKES, **kk.ROMAN_LOOKALIKES, "\u2160": "I"})
# Cyrillic letters that look like Roman numerals: a word of them alone may be a numeral.
CYRILLIC_NUMERAL_LETTERS = ru.NUMERAL_LOOKALIKES + kk.NUMERAL_LOOKALIKES
# The letters a Roman numeral may be written with, Cyrillic look-alikes included.
ROMAN_NUMERAL_LETTERS = set(CYRILLIC_NUMERAL_LETTERS + "IVXL")

_LETTERS = re.compile(r"[^\W\d_]+")


def detect_language(text: str) -> str:
    """``kk`` when Kazakh-only letters are common, else ``ru``."""
    sample = text[:20000]
    kazakh = sum(map(sample.count, KAZAKH_ONLY_LETTERS))  # str.count, letter by letter, is faster than a regex
    letters = sum(map(len, _LETTERS.findall(sample))) or 1  # run by run: faster than a list of every letter
    return "kk" if kazakh / letters > 0.01 else "ru"


def has_kazakh_letters(text: str) -> bool:
    return any(letter in text for letter in KAZAKH_ONLY_LOWER)


_TRANSLIT = str.maketrans({**ru.TRANSLITERATION, **kk.TRANSLITERATION})
_ASCII_WORD = re.compile(r"[a-z0-9]+")


def slug(text: str, limit: int = 60) -> str:
    """Lower-case ASCII words joined by hyphens, transliterated from Cyrillic."""
    words = _ASCII_WORD.findall(text.lower().translate(_TRANSLIT))
    return "-".join(words)[:limit].rstrip("-") or "x"

# Words worth a look for look-alike letters: those with a Latin letter, and all-Cyrillic runs of numeral look-alikes
# that may be Roman numerals. A word is only tried from its first letter (the lookbehind): the matches are the same,
# since a word without a Latin letter has none after any of its letters either, and trying each of them costs time
# quadratic in its length.
_NUMERALS = CYRILLIC_NUMERAL_LETTERS
LOOKALIKE_CANDIDATE = re.compile(rf"(?<![A-Za-z{CYR}])[A-Za-z{CYR}]*[A-Za-z][A-Za-z{CYR}]*"
                                 rf"|(?<![\w])[{_NUMERALS}]+(?![\w])")
# The candidates of a text without a Latin letter: only the second alternative can match.
NUMERAL_LOOKALIKE_CANDIDATE = re.compile(rf"[{_NUMERALS}](?<![\w][{_NUMERALS}])[{_NUMERALS}]*(?![\w])")
# A numeral, Latin or with Cyrillic look-alikes. Candidate patterns start with their letter class, which lets the
# regex engine skip to the next such letter; the lookbehind after it then checks that no letter stands before:
# (?<![\w])[letters]+ written for speed.
_NUMERAL_LETTERS = _NUMERALS + "IVXL"
NUMERAL_CANDIDATE = re.compile(rf"[{_NUMERAL_LETTERS}](?<![\w][{_NUMERAL_LETTERS}])[{_NUMERAL_LETTERS}]*(?![\w])")
CYRILLIC_LETTER = re.compile(r"[" + CYR + r"]")
CYRILLIC_RUN = re.compile(r"[" + CYR + r"]+")
