"""Morphology of Kazakh and Russian terms: the inflectional endings, alternations and function words of each
language, and ``term_pattern``, which finds every inflected form of a defined term (facts/terms.py).

Uses are found by morphology, not by substring:

* a Kazakh word of a term must start a word of the text, and what follows it within that word must be
  one of a bounded set of inflectional endings (case, plural and possessive suffixes, the tables below).
  Derivational suffixes (``-лық``, ``-тық``, ``-шы``, ``-сыз``) are not endings, so ``үкімет`` is not
  found in ``үкіметтік`` and ``байланыс`` not in ``байланыстырушы``;
* a Russian word of a term matches a whole word of the text that is one of the forms of its own lexeme,
  as the dictionary (pymorphy3) gives them: ``связь`` matches ``связи`` and ``связями``, never
  ``связанности``; a word the dictionary does not know, or that has one form, matches only itself;
* the words of a term follow each other, separated by spaces only (a modifier may be coordinated with
  another in a shared phrase: term_wording.COORDINATORS).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

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

# Russian words are inflected by the dictionary (pymorphy3, ``analyser``), not by endings: a term word
# matches every form of its own lexeme and no other word. The parts of speech whose forms a term word takes:
RU_INFLECTED_POS = ("NOUN", "ADJF", "PRTF")
# A word with one of these tags has one form (indeclinable words, abbreviations): it stays as written.
RU_LITERAL_TAGS = ("Fixd", "Abbr")
# Analyses as a proper name, which a word of a term written in lower case is not.
RU_PROPER_NAME_TAGS = ("Geox", "Name", "Surn", "Patr", "Orgn", "Trad")
RU_FUNCTION_WORDS = {"и", "или", "в", "во", "на", "по", "от", "до", "для", "при", "без", "с", "со", "к", "ко",
                     "из", "о", "об", "за", "между", "а", "не"}


@cache
def analyser():
    """The Russian morphological analyser (pymorphy3, with its dictionary of Russian), loaded once: here for the words
    of terms, and through lang.inflection for the gazetteers and the names of parties."""
    import pymorphy3  # imported here: loading the dictionary takes a tenth of a second, and only Russian needs it

    return pymorphy3.MorphAnalyzer(lang="ru")


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


def _russian_parse(word: str):
    """The dictionary analysis of a Russian term word that fits it best, or None for a word of one form (a word the
    dictionary does not know, an abbreviation, an indeclinable word, a word that is not a noun, adjective or
    participle). Terms are given in the nominative, so a nominative analysis comes first, and among those the one
    whose dictionary form is the word itself ("связь" the nominative, not the accusative); a word written in lower
    case is no proper name (the genitive of sugar, not the desert); an adjective or participle before a noun made of
    one (the adjective's forms hold the noun's); otherwise the dictionary's own order (by frequency)."""
    lower = word.lower()
    plain = lower.replace("ё", "е")
    fits = [p for p in analyser().parse(lower)
            if p.is_known and p.tag.POS in RU_INFLECTED_POS and not any(tag in p.tag for tag in RU_LITERAL_TAGS)]
    if not fits:
        return None
    fits.sort(key=lambda p: (word == lower and any(tag in p.tag for tag in RU_PROPER_NAME_TAGS),
                             p.tag.case != "nomn", p.normal_form.replace("ё", "е") != plain, p.tag.POS == "NOUN"))
    return fits[0]


def _same_paradigm(parse, form) -> bool:
    """A form of the parse's own paradigm: a noun's nouns, an adjective's full forms, a participle's participles of
    the same tense and voice (the dictionary's lexeme of a participle is its verb's, and of an adjective also holds
    the short and comparative forms, and the superlatives)."""
    tag, own = form.tag, parse.tag
    if tag.POS != own.POS or "Supr" in tag:
        return False
    return own.POS != "PRTF" or (tag.tense, tag.voice) == (own.tense, own.voice)


def _superlative_forms(parse) -> set[str]:
    """The forms of a superlative itself: "высший", not the "высочайший" nor the "высокий" of its lexeme. The
    dictionary lists each superlative's forms in a run of its own, which ends where a grammatical form repeats."""
    runs: list[list] = [[]]
    for form in parse.lexeme:
        if form.tag.POS != parse.tag.POS or "Supr" not in form.tag:
            continue
        if any(form.tag == other.tag for other in runs[-1]):
            runs.append([])
        runs[-1].append(form)
    own = next((run for run in runs if any(form.word == parse.word for form in run)), [])
    return {form.word for form in own}


@lru_cache(maxsize=8192)
def russian_word_forms(word: str) -> tuple[str, ...]:
    """Every form of a Russian term word (all cases and numbers, and genders for an adjective or participle), lower
    case, longest first; the word alone when it has one form (RU_FUNCTION_WORDS, _russian_parse)."""
    lower = word.lower()
    parse = None if lower in RU_FUNCTION_WORDS or not lower[-1].isalpha() else _russian_parse(lower)
    if parse is None:
        return (lower,)
    if "Supr" in parse.tag:
        forms = _superlative_forms(parse) | {lower}
    else:
        forms = {form.word for form in parse.lexeme if _same_paradigm(parse, form)} | {lower}
    return tuple(sorted(forms, key=lambda f: (-len(f), f)))


def _russian_word(word: str) -> str:
    forms = russian_word_forms(word)
    if len(forms) == 1 and "-" in word.strip("-"):
        # A compound the dictionary does not know ("страны-члены"): each part takes its own forms.
        return _yo("-".join(_alt(list(russian_word_forms(part))) for part in word.split("-")))
    return _yo(_alt(list(forms)))


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
