"""Kazakh numerals in words: cardinals with their values, the stems of ordinals, the numbers of originals."""

from __future__ import annotations

# Cardinal numbers in words and their values.
NUMBERS = {
    "бір": 1, "екі": 2, "үш": 3, "төрт": 4, "бес": 5, "алты": 6, "жеті": 7, "сегіз": 8, "тоғыз": 9, "он": 10,
    "жиырма": 20, "отыз": 30, "қырық": 40, "елу": 50, "алпыс": 60, "жетпіс": 70, "сексен": 80, "тоқсан": 90,
}
# Ordinal numbers of the day of entry into force ("отызыншы күні"), by stem: the cardinal the ordinal suffix follows,
# and its value.
ORDINAL_STEMS = {
    "бір": 1, "екі": 2, "үш": 3, "төрт": 4, "бес": 5, "алты": 6, "жеті": 7, "сегіз": 8, "тоғыз": 9, "он": 10,
    "жиырма": 20, "отыз": 30, "қырық": 40, "елу": 50, "алпыс": 60, "жетпіс": 70, "сексен": 80, "тоқсан": 90,
}
# How many originals a closing formula names: "екі данада", "бір төлнұсқа данада" ("екi" with a Latin i, as printed).
ORIGINALS_WORDS = {"бір": 1, "екі": 2, "екi": 2, "үш": 3, "төрт": 4, "бес": 5}
# The tens that a unit may follow: "он екі", "жиырма бес".
TENS_BEFORE_UNIT = r"он|жиырма|отыз|қырық|елу|алпыс"
