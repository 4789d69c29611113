"""Numbers as the texts write them: digits, Roman numerals (article and section numbers), and numerals in Kazakh
and Russian words (cardinals and ordinals: lang/kk/numbers.py, lang/ru/numbers.py), and periods (a number and a unit
of lang/kk/units.py or lang/ru/units.py) as ISO 8601 durations."""

from __future__ import annotations

import re

from treatykg.lang.kk import numbers as kk
from treatykg.lang.kk import units as kk_units
from treatykg.lang.morphology import russian_lexeme_pattern
from treatykg.lang.ru import numbers as ru
from treatykg.lang.ru import units as ru_units

ROMAN = r"[IVXLC]+"
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def roman_to_int(value: str) -> int | None:
    total, previous = 0, 0
    for ch in reversed(value.upper()):
        if ch not in _ROMAN_VALUES:
            return None
        v = _ROMAN_VALUES[ch]
        total = total - v if v < previous else total + v
        previous = max(previous, v)
    return total or None


def number_of(text: str | None) -> int | None:
    """The value of an article or section number: Arabic digits or a Roman numeral."""
    if not text:
        return None
    return int(text) if text.isdigit() else roman_to_int(text)


# How many originals a closing formula names, in either language.
ORIGINALS_WORDS = {**kk.ORIGINALS_WORDS, **ru.ORIGINALS_WORDS}

NUMBERS = {"kk": kk.NUMBERS, "ru": ru.NUMBERS}
_UNITS_KK = "|".join(k for k, v in NUMBERS["kk"].items() if v < 10)
_WORDS = sorted(list(NUMBERS["kk"]) + list(NUMBERS["ru"]), key=len, reverse=True)
# a number as written: in digits, perhaps with the number in words in brackets after it, or in words of either
# language (a tens word and a unit, or one word)
NUMBER = (rf"(?:\d+(?:\s*\([^)]{{1,40}}\))?|(?:{kk.TENS_BEFORE_UNIT})\s+(?:{_UNITS_KK})\b"
          rf"|(?:{ru.TENS_BEFORE_UNIT})\s+\w+|(?:{'|'.join(_WORDS)})\b)")
# Stems that open a compound word with a number in it and are not numerals themselves.
_COMPOUND_STEMS = ru.COMPOUND_STEMS
# Units of a period, to ISO 8601 duration designators.
# The Russian unit is a whole word, one of the forms of its lemma.
_UNITS = [(re.compile(f"{kk_units.PERIOD_UNITS[code]}|{russian_lexeme_pattern((ru_units.PERIOD_UNIT_LEMMAS[code],))}"),
           code) for code in kk_units.PERIOD_UNITS]
_DIGITS = re.compile(r"\d+")


ORDINAL_STEMS = {"kk": kk.ORDINAL_STEMS, "ru": ru.ORDINAL_STEMS}


def ordinal_value(word: str) -> int | None:
    """The value of an ordinal number in one word: a stem of ORDINAL_STEMS and an ending of at most five
    letters."""
    word = word.lower()
    for table in ORDINAL_STEMS.values():
        for stem, value in sorted(table.items(), key=lambda item: -len(item[0])):
            if word.startswith(stem) and len(word) - len(stem) <= 5:
                return value
    return None


def _word_value(word: str) -> int | None:
    return NUMBERS["kk"].get(word, NUMBERS["ru"].get(word))


def parse_number(text: str) -> int | None:
    """The value of a number written in digits or in Kazakh or Russian words (``12`` and the number in words
    in brackets, a word of NUMBERS, a tens word and a unit)."""
    text = text.strip().lower()
    digits = _DIGITS.match(text)
    if digits:
        return int(digits.group(0))
    total = 0
    for word in text.split():
        value = _word_value(word)
        if value is None:
            return total or None
        total += value
    return total or None


def number_prefix(word: str) -> int | None:
    """The number a compound word starts with: a numeral of NUMBERS or a stem of
    COMPOUND_STEMS, glued to the rest of the word (five-year, two-year)."""
    word = word.lower()
    for stem in _WORDS:
        if word.startswith(stem) and len(stem) > 1:
            return _word_value(stem)
    for stem, value in _COMPOUND_STEMS:
        if word.startswith(stem):
            return value
    return None


def iso_period(number: str, unit: str) -> str | None:
    """A number and a unit of PERIOD_UNITS (six months) -> ``P6M``; None when either is not understood."""
    value = parse_number(number)
    if value is None:
        return None
    for pattern, code in _UNITS:
        if pattern.match(unit.lower()):
            return f"P{value}{code}"
    return None
