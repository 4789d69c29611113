"""The Kazakh letters that Russian has not, the Latin letters that stand in for them, and their transliteration."""

from __future__ import annotations

# The nine letters of Kazakh that Russian has not (a text with them is Kazakh).
ONLY_UPPER = "ӘҒҚҢӨҰҮҺІ"
ONLY_LOWER = "әғқңөұүһі"
# The Kazakh alphabet: the Russian letters and those nine, as character-class ranges.
UPPER = "А-ЯЁ" + ONLY_UPPER
LOWER = "а-яё" + ONLY_LOWER
LETTERS = UPPER + LOWER
# Latin letters that stand in for Kazakh ones inside Kazakh words (Kazakh i for і, Y for Ү).
LATIN_LOOKALIKES = {"i": "і", "I": "І", "Y": "Ү"}
# Kazakh letters that stand in for Latin ones in Roman numerals ("ІҮ Бөлім": IV).
ROMAN_LOOKALIKES = {"І": "I", "Ү": "V"}
NUMERAL_LOOKALIKES = "ІҮ"
# Kazakh letters in ASCII, for identifiers.
TRANSLITERATION = {"ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i"}
