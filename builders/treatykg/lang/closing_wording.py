"""How a closing formula says in how many originals, in which languages, and which text prevails. The words are in
lang/kk/closing.py and lang/ru/closing.py."""

from __future__ import annotations

import re

from treatykg.lang.kk import closing as kk
from treatykg.lang.morphology import russian_lexeme_pattern
from treatykg.lang.numbers import ORIGINALS_WORDS
from treatykg.lang.ru import closing as ru

# The Russian words, in the forms the dictionary gives for their lemmas, each a whole word.
_RU_ORIGINAL_ADJECTIVE = russian_lexeme_pattern((ru.ORIGINAL_ADJECTIVE_LEMMA,), ru.ORIGINAL_ADJECTIVE_GRAMMEMES)
_RU_COPY = russian_lexeme_pattern((ru.ORIGINAL_COPY_LEMMA,))
_RU_LANGUAGES_WORD = russian_lexeme_pattern((ru.LANGUAGES_WORD_LEMMA,), ru.LANGUAGES_WORD_GRAMMEMES)
_RU_DIVERGENCE = r"(?<!\w)" + russian_lexeme_pattern(ru.DIVERGENCE_LEMMAS)

# The number of originals, perhaps an adjective ("authentic"), and the word for a copy.
ORIGINALS = re.compile(r"\b(" + "|".join(ORIGINALS_WORDS) + r")\s+"
                       rf"(?:(?:{kk.ORIGINAL_ADJECTIVE}|{_RU_ORIGINAL_ADJECTIVE})\s+)?"
                       rf"(?:{kk.ORIGINAL_COPY}|{_RU_COPY})", re.I)
# Where the languages are named: the names stand before the word, or after it and a colon.
LANGUAGES_WORD = re.compile(rf"(?:{kk.LANGUAGES_WORD}|{_RU_LANGUAGES_WORD})(?P<colon>\s*:)?")
# What ends the stretch of text before or after that word in which the languages are named.
LANGUAGES_BOUNDARY = re.compile(
    rf"[.;:]\s|\d|{kk.COPY_BOUNDARY}|{_RU_COPY}|{kk.YEAR_BOUNDARY}|{ru.YEAR_BOUNDARY}")
# A language named as a word of its own, or glued to the Kazakh "and": its ISO 639-1 code is looked up in
# LANGUAGE_WORDS.
LANGUAGE_WORD_START = rf"(?:(?<![\w-])|(?<={kk.AND}))"
# A sentence about a divergence between the texts, the only place where a text is said to prevail.
DIVERGENCE = re.compile(f"{_RU_DIVERGENCE}|{kk.DIVERGENCE}", re.I)
# The text that prevails, in such a sentence.
PREVAILING = re.compile(f"{kk.PREVAILING}|{ru.PREVAILING}", re.I)
