"""Morphology of Kazakh and Russian terms: the inflectional endings, alternations and function words of each
language, and ``term_pattern``, which finds every inflected form of a defined term (facts/terms.py).

Uses are found by morphology, not by substring:

* every word of a term must start a word of the text, and what follows it within that word must be
  one of a bounded set of inflectional endings (Kazakh case, plural and possessive suffixes; Russian
  noun and adjective endings). Derivational suffixes (Kazakh ``-лық``, ``-тық``, ``-шы``, ``-сыз``)
  are not endings, so ``үкімет`` is not found in ``үкіметтік`` and ``байланыс`` not in
  ``байланыстырушы``;
* the words of a term follow each other, separated by spaces only (a modifier may be coordinated with
  another in a shared phrase: term_wording.COORDINATORS).
"""

from __future__ import annotations

import re
from functools import lru_cache

from treatykg.lang.term_wording import COORDINATORS
from treatykg.lang.wording import LANGUAGES

# Kazakh endings, written out by kind. Vowel harmony and voicing pick one variant of each; all variants
# are allowed here, since a form that does not exist in the language never occurs in the text.
KK_PLURAL = ("лар", "лер", "дар", "дер", "тар", "тер")
KK_POSSESSIVE = ("ы", "і", "сы", "сі")                      # 3rd person: құралы, жүйесі
KK_CASES = (
    "ның", "нің", "дың", "дің", "тың", "тің",                  # genitive
    "ға", "ге", "қа", "ке",                                    # dative
    "ны", "ні", "ды", "ді", "ты", "ті",                        # accusative
    "да", "де", "та", "те",                                    # locative
    "дан", "ден", "тан", "тен", "нан", "нен",                  # ablative
    "мен", "бен", "пен",                                       # instrumental
    "дағы", "дегі", "тағы", "тегі",                            # locative + -ғы (adjectival)
)
KK_CASES_AFTER_POSSESSIVE = (                                  # құралы-ның, жүйесі-не, құралдары-н
    "ның", "нің", "на", "не", "н", "нда", "нде", "нан", "нен", "мен", "ндағы", "ндегі",
)
# Final voiceless consonants that voice before a vowel: криптографиялық -> криптографиялығы.
KK_ALTERNATIONS = {"қ": "ғ", "к": "г", "п": "б"}
KK_VOWELS = set("аәеиоөұүыіэюяё")
KK_HIGH_VOWELS = set("ыіұү")
# A word ending in one of these letters may already carry a possessive (құралдары, жүйесі) or an accusative.
KK_POSSESSIVE_FINALS = "ыі"
# Words that never inflect inside a term.
KK_FUNCTION_WORDS = {"және", "мен", "бен", "пен", "немесе", "не", "үшін", "бойынша", "арқылы", "туралы", "да", "де"}


def _kazakh_endings() -> tuple[list[str], list[str]]:
    """All endings, and those that start with a vowel (after which a final consonant may voice)."""
    endings: set[str] = set(KK_CASES)
    for plural in ("",) + KK_PLURAL:
        if plural:
            endings.add(plural)
            endings.update(plural + case for case in KK_CASES)
        for poss in KK_POSSESSIVE:
            endings.add(plural + poss)
            endings.update(plural + poss + case for case in KK_CASES_AFTER_POSSESSIVE)
    ordered = sorted(endings, key=lambda e: (-len(e), e))
    return ordered, [e for e in ordered if e[0] in KK_VOWELS]


KK_ENDINGS, KK_VOWEL_ENDINGS = _kazakh_endings()
# After a word that already ends in a possessive (-ы, -і: құралдары, жүйесі) only these may follow.
KK_ENDINGS_ON_POSSESSIVE = sorted(KK_CASES_AFTER_POSSESSIVE, key=lambda e: (-len(e), e))

# Russian endings of nouns and adjectives, all cases, both numbers. A term word is cut to its stem by the
# longest of these it ends in; a text word matches when it is that stem plus any of them (or none).
RU_NOUN_ENDINGS = (
    "а", "я", "о", "е", "ё", "ы", "и", "у", "ю", "ь", "й",
    "ой", "ей", "ою", "ею", "ом", "ем", "ём", "ам", "ям", "ах", "ях", "ов", "ев", "ёв", "ами", "ями",
    "ия", "ие", "ии", "ию", "ий", "ией", "ием", "иям", "иями", "иях", "ья", "ье", "ьи", "ью", "ьё",
    "ьев", "ьям", "ьями", "ьях", "ьей", "ьём",
)
RU_ADJECTIVE_ENDINGS = (
    "ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ому", "ему", "ым", "им",
    "ом", "ем", "ую", "юю", "ых", "их", "ыми", "ими", "ей", "ою", "ею",
)
RU_ENDINGS = sorted(set(RU_NOUN_ENDINGS + RU_ADJECTIVE_ENDINGS), key=lambda e: (-len(e), e))
RU_FUNCTION_WORDS = {"и", "или", "в", "во", "на", "по", "от", "до", "для", "при", "без", "с", "со", "к", "ко",
                     "из", "о", "об", "за", "между", "а", "не"}
RU_MIN_STEM = 2

_BEFORE = r"(?<![\w-])"      # a term starts a word (not inside a word or a hyphenated compound)
_AFTER = r"(?!-?\w)"         # and ends one


def _alt(options: list[str]) -> str:
    return "(?:" + "|".join(re.escape(o) for o in options) + ")"


def _yo(pattern: str) -> str:
    """Russian е and ё are written interchangeably."""
    return re.sub("[её]", "[её]", pattern)


# The endings as regex alternations, built once rather than for every word of every term.
_KK_ENDINGS_ALT = _alt(KK_ENDINGS)
_KK_VOWEL_ENDINGS_ALT = _alt(KK_VOWEL_ENDINGS)
_KK_ENDINGS_ON_POSSESSIVE_ALT = _alt(KK_ENDINGS_ON_POSSESSIVE)
_RU_OPTIONAL_ENDING = _yo("(?:" + _alt(RU_ENDINGS) + ")?")  # _yo works letter by letter, so it can be applied apart


def _kazakh_word(word: str) -> str:
    lower = word.lower()
    if lower in KK_FUNCTION_WORDS or not lower[-1].isalpha():
        return re.escape(word)
    esc = re.escape(word)
    if lower[-1] in KK_POSSESSIVE_FINALS:
        # The word already carries a possessive (құралдары), or the accusative of a fixed complement
        # (ақпаратты): the endings that follow a possessive, or the plain case endings of a vowel stem.
        return esc + "(?:" + _KK_ENDINGS_ON_POSSESSIVE_ALT + "|" + _KK_ENDINGS_ALT + ")?"
    options = [esc + "(?:" + _KK_ENDINGS_ALT + ")?"]
    last = lower[-1]
    if last in KK_ALTERNATIONS:
        options.append(re.escape(word[:-1]) + KK_ALTERNATIONS[last] + _KK_VOWEL_ENDINGS_ALT)
    # A high vowel of the last syllable may drop before a vowel ending: мүлік -> мүлкі, орын -> орны.
    if len(lower) >= 4 and lower[-2] in KK_HIGH_VOWELS and lower[-1] not in KK_VOWELS and lower[-3] not in KK_VOWELS:
        options.append(re.escape(word[:-2] + word[-1]) + _KK_VOWEL_ENDINGS_ALT)
    return "(?:" + "|".join(options) + ")"


def _russian_stem(word: str) -> str:
    lower = word.lower()
    for ending in RU_ENDINGS:
        if lower.endswith(ending) and len(lower) - len(ending) >= RU_MIN_STEM:
            return word[: -len(ending)]
    return word


def _russian_word(word: str) -> str:
    if word.lower() in RU_FUNCTION_WORDS or not word[-1].isalpha():
        return _yo(re.escape(word))
    stem = _russian_stem(word)
    return _yo(re.escape(stem)) + _RU_OPTIONAL_ENDING


# A modifier coordinated with a term's modifier, in a shared phrase: "ақпаратты техникалық және
# криптографиялық қорғау" uses both "ақпаратты техникалық қорғау" and "ақпаратты криптографиялық қорғау".
_COORDINATOR = "(?:" + "|".join(COORDINATORS[lang] for lang in LANGUAGES) + ")"
_COORDINATED_BEFORE = rf"(?:[\w-]+,?\s+{_COORDINATOR}\s+)?"
_COORDINATED_AFTER = rf"(?:,?\s+{_COORDINATOR}\s+[\w-]+)?"


@lru_cache(maxsize=4096)  # a Kazakh term's pattern takes tens of milliseconds to compile; treaties share terms
def term_pattern(term: str, language: str) -> re.Pattern:
    """A pattern for every inflected form of a (possibly multi-word) term, also inside a shared phrase."""
    word = _russian_word if language == "ru" else _kazakh_word
    words = term.split()
    parts = [word(w) if i == len(words) - 1 or len(words) < 3 else _COORDINATED_BEFORE + word(w) + _COORDINATED_AFTER
             for i, w in enumerate(words)]
    return re.compile(_BEFORE + r"\s+".join(parts) + _AFTER, re.I)
