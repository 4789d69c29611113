"""Numbers as the texts write them: digits, Roman numerals (article and section numbers), and numerals in Kazakh
and Russian words (``он екі``, ``шести``, ``двадцати пяти``), and periods (``6 ай``, ``шести месяцев``) as ISO 8601
durations."""

from __future__ import annotations

import re

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


# How many originals a closing formula names ("екі данада", "в двух экземплярах").
ORIGINALS_WORDS = {"бір": 1, "екі": 2, "екi": 2, "үш": 3, "төрт": 4, "бес": 5, "одном": 1, "единственном": 1,
                   "двух": 2, "трех": 3, "трёх": 3, "четырех": 4,
                   "четырёх": 4, "пяти": 5}

NUMBERS = {
    "kk": {
        "бір": 1, "екі": 2, "үш": 3, "төрт": 4, "бес": 5, "алты": 6, "жеті": 7, "сегіз": 8, "тоғыз": 9, "он": 10,
        "жиырма": 20, "отыз": 30, "қырық": 40, "елу": 50, "алпыс": 60, "жетпіс": 70, "сексен": 80, "тоқсан": 90,
    },
    "ru": {
        "один": 1, "одного": 1, "одному": 1, "одна": 1, "одной": 1, "два": 2, "двух": 2, "две": 2, "три": 3,
        "трех": 3, "трёх": 3, "четыре": 4, "четырех": 4, "четырёх": 4, "пять": 5, "пяти": 5, "шесть": 6, "шести": 6,
        "семь": 7, "семи": 7, "восемь": 8, "восьми": 8, "девять": 9, "девяти": 9, "десять": 10, "десяти": 10,
        "одиннадцать": 11, "одиннадцати": 11, "двенадцать": 12, "двенадцати": 12, "пятнадцать": 15,
        "пятнадцати": 15, "восемнадцать": 18, "восемнадцати": 18, "двадцать": 20, "двадцати": 20, "двадцатью": 20,
        "тридцать": 30, "тридцати": 30, "сорок": 40, "сорока": 40, "шестьдесят": 60, "шестидесяти": 60,
        "девяносто": 90, "девяноста": 90,
    },
}
_UNITS_KK = "|".join(k for k, v in NUMBERS["kk"].items() if v < 10)
_WORDS = sorted(list(NUMBERS["kk"]) + list(NUMBERS["ru"]), key=len, reverse=True)
# a number as written: 6, 12 (он екі), 12 (двенадцать), алты, он екі, шести, двадцати пяти
NUMBER = (rf"(?:\d+(?:\s*\([^)]{{1,40}}\))?|(?:он|жиырма|отыз|қырық|елу|алпыс)\s+(?:{_UNITS_KK})\b"
          rf"|(?:двадцат\w*|тридцат\w*)\s+\w+|(?:{'|'.join(_WORDS)})\b)")
# Stems that open a compound word with a number in it and are not numerals themselves (пятилетний, двухлетний).
_COMPOUND_STEMS = (("пяти", 5), ("пят", 5), ("дву", 2), ("тре", 3), ("десят", 10))
# Units of a period, to ISO 8601 duration designators.
_UNITS = [(re.compile(r"ай|месяц"), "M"), (re.compile(r"жыл|лет|год"), "Y"), (re.compile(r"апта|недел"), "W"),
          (re.compile(r"күн|дн|дней|день"), "D")]
_DIGITS = re.compile(r"\d+")


# Ordinal numbers of the day of entry into force ("на тридцатый день", "отызыншы күні"), by stem: the stem of a
# cardinal (Kazakh) or of an ordinal (Russian) and its value.
ORDINAL_STEMS = {
    "kk": {"бір": 1, "екі": 2, "үш": 3, "төрт": 4, "бес": 5, "алты": 6, "жеті": 7, "сегіз": 8, "тоғыз": 9, "он": 10,
           "жиырма": 20, "отыз": 30, "қырық": 40, "елу": 50, "алпыс": 60, "жетпіс": 70, "сексен": 80, "тоқсан": 90},
    "ru": {"перв": 1, "втор": 2, "трет": 3, "десят": 10, "пятнадцат": 15, "двадцат": 20, "тридцат": 30,
           "сороков": 40, "пятидесят": 50, "шестидесят": 60, "девяност": 90},
}


def ordinal_value(word: str) -> int | None:
    """The value of an ordinal number in one word: ``тридцатый`` 30, ``отызыншы`` 30, ``алпысыншы`` 60."""
    word = word.lower()
    for table in ORDINAL_STEMS.values():
        for stem, value in sorted(table.items(), key=lambda item: -len(item[0])):
            if word.startswith(stem) and len(word) - len(stem) <= 5:
                return value
    return None


def _word_value(word: str) -> int | None:
    return NUMBERS["kk"].get(word, NUMBERS["ru"].get(word))


def parse_number(text: str) -> int | None:
    """The value of a number written in digits or in Kazakh or Russian words (``12 (он екі)``, ``шести``)."""
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
    """The number a compound word starts with: ``бесжылдық`` 5, ``пятилетний`` 5, ``двухлетний`` 2."""
    word = word.lower()
    for stem in _WORDS:
        if word.startswith(stem) and len(stem) > 1:
            return _word_value(stem)
    for stem, value in _COMPOUND_STEMS:
        if word.startswith(stem):
            return value
    return None


def iso_period(number: str, unit: str) -> str | None:
    """``("6", "ай")`` -> ``P6M``; None when the number or the unit is not understood."""
    value = parse_number(number)
    if value is None:
        return None
    for pattern, code in _UNITS:
        if pattern.match(unit.lower()):
            return f"P{value}{code}"
    return None
