"""Morphology of Kazakh and Russian terms: the inflectional endings, alternations and function words of each
language, and ``term_pattern``, which finds every inflected form of a defined term (facts/terms.py).

Uses are found by morphology, not by substring:

* a Kazakh word of a term must start a word of the text, and what follows it within that word must be
  one of a bounded set of inflectional endings (case, plural and possessive suffixes, the tables below).
  Derivational suffixes (``-lyq``, ``-tyq``, ``-shy``, ``-syz``) are not endings, so ``ükimet`` is not
  found in ``ükimettik`` and ``baylanys`` not in ``baylanystyrushy``;
* a Russian word of a term matches a whole word of the text that is one of the forms of its own lexeme,
  as the dictionary (pymorphy3) gives them: ``svyaz`` matches ``svyazi`` and ``svyazyami``, never
  ``svyazannosti``; a word the dictionary does not know, or that has one form, matches only itself;
* the words of a term follow each other, separated by spaces only (a modifier may be coordinated with
  another in a shared phrase: term_wording.COORDINATORS).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from treatykg.lang.kk import suffixes as kk
from treatykg.lang.kk import terms as kk_terms
from treatykg.lang.ru import alphabet as ru_alphabet
from treatykg.lang.ru import terms as ru_terms
from treatykg.lang.term_wording import COORDINATORS
from treatykg.lang.wording import LANGUAGES

# Kazakh endings, written out by kind. Vowel harmony and voicing pick one variant of each; all variants
# are allowed here, since a form that does not exist in the language never occurs in the text.
KK_PLURAL = kk.PLURAL
KK_POSSESSIVE = kk.POSSESSIVE
KK_CASES = kk.CASES
KK_CASES_AFTER_POSSESSIVE = kk.CASES_AFTER_POSSESSIVE
KK_ALTERNATIONS = kk.ALTERNATIONS
KK_VOWELS = kk.VOWELS
KK_HIGH_VOWELS = kk.HIGH_VOWELS
KK_POSSESSIVE_FINALS = kk.POSSESSIVE_FINALS
# Words that never inflect inside a term.
KK_FUNCTION_WORDS = kk_terms.FUNCTION_WORDS


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
# After a word that already ends in a possessive (-y, -i: qūraldary, zhüyesi) only these may follow.
KK_ENDINGS_ON_POSSESSIVE = sorted(KK_CASES_AFTER_POSSESSIVE, key=lambda e: (-len(e), e))

# Russian words are inflected by the dictionary (pymorphy3, ``analyser``), not by endings: a term word
# matches every form of its own lexeme and no other word. The parts of speech whose forms a term word takes:
RU_INFLECTED_POS = ("NOUN", "ADJF", "PRTF")
# A word with one of these tags has one form (indeclinable words, abbreviations): it stays as written.
RU_LITERAL_TAGS = ("Fixd", "Abbr")
# Analyses as a proper name, which a word of a term written in lower case is not.
RU_PROPER_NAME_TAGS = ("Geox", "Name", "Surn", "Patr", "Orgn", "Trad")
RU_FUNCTION_WORDS = ru_terms.FUNCTION_WORDS


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
    """Russian e and yo are written interchangeably."""
    return re.sub(ru_alphabet.E_OR_YO, ru_alphabet.E_OR_YO, pattern)


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
        # The word already carries a possessive (qūraldary), or the accusative of a fixed complement
        # (aqparatty): the endings that follow a possessive, or the plain case endings of a vowel stem.
        return esc + "(?:" + _KK_ENDINGS_ON_POSSESSIVE_ALT + "|" + _KK_ENDINGS_ALT + ")?"
    options = [esc + "(?:" + _KK_ENDINGS_ALT + ")?"]
    last = lower[-1]
    if last in KK_ALTERNATIONS:
        options.append(re.escape(word[:-1]) + KK_ALTERNATIONS[last] + _KK_VOWEL_ENDINGS_ALT)
    # A high vowel of the last syllable may drop before a vowel ending: mülik -> mülki, oryn -> orny.
    if len(lower) >= 4 and lower[-2] in KK_HIGH_VOWELS and lower[-1] not in KK_VOWELS and lower[-3] not in KK_VOWELS:
        options.append(re.escape(word[:-2] + word[-1]) + _KK_VOWEL_ENDINGS_ALT)
    return "(?:" + "|".join(options) + ")"


def _russian_parse(word: str):
    """The dictionary analysis of a Russian term word that fits it best, or None for a word of one form (a word the
    dictionary does not know, an abbreviation, an indeclinable word, a word that is not a noun, adjective or
    participle). Terms are given in the nominative, so a nominative analysis comes first, and among those the one
    whose dictionary form is the word itself ("svyaz" the nominative, not the accusative); a word written in lower
    case is no proper name (the genitive of sugar, not the desert); an adjective or participle before a noun made of
    one (the adjective's forms hold the noun's); otherwise the dictionary's own order (by frequency)."""
    lower = word.lower()
    plain = lower.replace(ru_alphabet.YO, ru_alphabet.E)
    fits = [p for p in analyser().parse(lower)
            if p.is_known and p.tag.POS in RU_INFLECTED_POS and not any(tag in p.tag for tag in RU_LITERAL_TAGS)]
    if not fits:
        return None
    fits.sort(key=lambda p: (word == lower and any(tag in p.tag for tag in RU_PROPER_NAME_TAGS),
                             p.tag.case != "nomn", p.normal_form.replace(ru_alphabet.YO, ru_alphabet.E) != plain,
                             p.tag.POS == "NOUN"))
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
    """The forms of a superlative itself: "vysshiy", not the "vysochayshiy" nor the "vysokiy" of its lexeme. The
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


def russian_lexeme_forms(lemma: str, grammemes: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """The forms of a Russian word's lexeme, from its dictionary form (the dictionary's first reading as a noun,
    else its first reading), that carry every grammeme of ``grammemes`` (e.g. ``{"plur"}``, ``{"nomn", "sing"}``),
    lower case, longest first. The cue words of lang/ru are given so, by their lemmas, instead of stems and
    endings written by hand."""
    parses = analyser().parse(lemma)
    parse = next((p for p in parses if p.tag.POS == "NOUN" and p.normal_form == lemma), parses[0])
    forms = {form.word for form in parse.lexeme if all(grammeme in form.tag for grammeme in grammemes)}
    return tuple(sorted(forms, key=lambda form: (-len(form), form)))


def russian_lexeme_pattern(lemmas: tuple[str, ...], grammemes: frozenset[str] = frozenset(),
                           capitalised: bool = False) -> str:
    """The forms of the lexemes of ``lemmas`` (russian_lexeme_forms) as one group that ends at the end of a word,
    each word capitalised if ``capitalised`` (a cue that the texts capitalise, "Party", "Agreement")."""
    written = [form for lemma in lemmas for form in russian_lexeme_forms(lemma, grammemes)]
    # the texts write e for yo: "dnem" as well as "dnyom"
    written += [form.replace(ru_alphabet.YO, ru_alphabet.E) for form in written]
    forms = [form.capitalize() if capitalised else form for form in written]
    return "(?:" + "|".join(dict.fromkeys(sorted(forms, key=lambda form: (-len(form), form)))) + r")(?!\w)"


def _russian_word(word: str) -> str:
    forms = russian_word_forms(word)
    if len(forms) == 1 and "-" in word.strip("-"):
        # A compound the dictionary does not know ("strany-chleny"): each part takes its own forms.
        return _yo("-".join(_alt(list(russian_word_forms(part))) for part in word.split("-")))
    return _yo(_alt(list(forms)))


# A modifier coordinated with a term's modifier, in a shared phrase: "aqparatty tekhnikalyq zhäne
# kriptografiyalyq qorğau" uses both "aqparatty tekhnikalyq qorğau" and "aqparatty kriptografiyalyq qorğau".
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


# A mark in a pattern of lang/ru for the forms of a word family given by its lemmas, perhaps restricted to some
# grammemes: "<forms:uvedomlenie,uvedomit>", "<forms:yazyk|loct>" (in Cyrillic). with_lexeme_forms puts the forms
# in its place.
LEXEME_MARK = re.compile(r"<forms:(?P<lemmas>[^<>|]+)(?:\|(?P<grammemes>[^<>]+))?>")


def with_lexeme_forms(pattern: str) -> str:
    """``pattern`` with each LEXEME_MARK replaced by the forms of its lemmas (russian_lexeme_pattern), each a whole
    word (a heading may glue a word to its number: "Statya 16Denonsatsiya")."""
    def forms(mark: re.Match) -> str:
        grammemes = frozenset(mark["grammemes"].split(",")) if mark["grammemes"] else frozenset()
        return r"(?<![^\W\d_])" + russian_lexeme_pattern(tuple(mark["lemmas"].split(",")), grammemes)

    return LEXEME_MARK.sub(forms, pattern)
