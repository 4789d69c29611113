"""Defined terms: the definitions article, "a kind of" links, and where each term is used.

A treaty defines its terms in a list whose intro says that the terms used mean something
(``Осы Келісімде пайдаланылатын ұғымдар мыналарды білдіреді:``, ``используемые термины означают:``).
Each item of the form ``«term» – definition`` gives one :class:`DefinedTerm`.

Uses are found by morphology, not by substring:

* every word of a term must start a word of the text, and what follows it within that word must be
  one of a bounded set of inflectional endings (Kazakh case, plural and possessive suffixes; Russian
  noun and adjective endings). Derivational suffixes (Kazakh ``-лық``, ``-тық``, ``-шы``, ``-сыз``)
  are not endings, so ``үкімет`` is not found in ``үкіметтік`` and ``байланыс`` not in
  ``байланыстырушы``;
* the words of a term follow each other, separated by spaces only;
* where several defined terms match at one place, the longest wins: a match contained in the
  match of a longer defined term does not count (``үкіметтік байланыс`` inside
  ``мемлекетаралық үкіметтік байланыс``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from treatykg.facts.types import DefinedTerm
from treatykg.text.document import ItemList, Treaty
from treatykg.facts.provisions import Provision, evidence, provisions

__all__ = ["extract_terms", "definitions_lists", "find_uses"]

# --- the definitions list -----------------------------------------------------------------------------------------

# "The terms used in this Agreement mean:" in its usual wordings. A list is a definitions list when its
# intro names terms (ұғым, термин, түсінік; термин, понятие) and says what they mean or how they are used.
_INTRO_KK = re.compile(
    r"(?:ұғым|термин|түсінік)\w*\s.*?(?:білдіреді|мағына\w*|пайдаланылады|қолданылады|түсініледі)"
    r"|мағына\w*\s+(?:білдіреді|береді|пайдаланылады|қолданылады)",
    re.I,
)
_INTRO_RU = re.compile(
    r"(?:термин|понят)\w*\s.*?(?:означа\w*|значени\w*|понима\w*|использу\w*|применя\w*)"
    r"|(?:означа\w*|значени\w*|понима\w*|использу\w*|применя\w*)\s.*?(?:термин|понят)\w*",
    re.I,
)

# «term» – definition;  "term" - definition.  An optional list marker (1), а)) may precede the term.
_OPEN_QUOTES = "«\"“„"
_CLOSE_QUOTES = "»\"”“"
_ITEM = re.compile(
    rf"^\s*(?:(?:\d+|[^\W\d_])\)\s*)?"
    rf"[{_OPEN_QUOTES}](?P<term>[^{_OPEN_QUOTES}{_CLOSE_QUOTES}]+?)[{_CLOSE_QUOTES}]"
    rf"\s*[-–—‒]\s*(?P<definition>.+?)\s*$",
    re.S,
)
# The end of a definition: a final ; or . and, at the end of the next-to-last item, "and" / "or".
_END = re.compile(r"\s*(?:;\s*(?:және|немесе|и|или)?|\.)\s*$", re.I)
_ABBREVIATION_END = re.compile(r"(?:^|[\s.])[^\W\d_]\.$")  # "т.б.", "и т.д.": the dot belongs to the text


def _is_definitions_intro(intro: str) -> bool:
    return bool(_INTRO_KK.search(intro) or _INTRO_RU.search(intro))


def definitions_lists(treaty: Treaty) -> list[ItemList]:
    """Every list of the treaty (body, protocols, annexes) whose intro introduces definitions."""
    return [n for n in treaty.walk() if isinstance(n, ItemList) and _is_definitions_intro(n.intro)]


def _split_item(text: str) -> tuple[str, str] | None:
    m = _ITEM.match(text)
    if not m:
        return None
    term = " ".join(m.group("term").split())
    definition = m.group("definition")
    if not _ABBREVIATION_END.search(definition):
        definition = _END.sub("", definition)
    if not term or not definition:
        return None
    return term, definition


# --- morphology ---------------------------------------------------------------------------------------------------

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
    if lower[-1] in "ыі":
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
_COORDINATOR = r"(?:және|мен|немесе|и|или)"
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


# --- finding uses -------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Use:
    term: str
    start: int
    end: int


def find_uses(text: str, patterns: dict[str, re.Pattern]) -> list[Use]:
    """Uses of the defined terms in a text, in text order; a match inside a longer one does not count."""
    found = [Use(term, m.start(), m.end()) for term, pattern in patterns.items() for m in pattern.finditer(text)]
    kept = [u for u in found
            if not any(o is not u and o.start <= u.start and u.end <= o.end and (o.end - o.start) > (u.end - u.start)
                       for o in found)]
    return sorted(kept, key=lambda u: (u.start, -u.end))


# "X is a kind of Y": Kazakh puts the genus before түрі (ақпаратты қорғау түрі, ... қорғаудың бір түрі),
# Russian after вид / разновидность (вид защиты информации).
_KIND_AFTER_KK = re.compile(r"^\s+(?:бір\s+)?(?:түрі|түрінің|түрлерінің\s+бірі|түрлерінің\s+бір)(?!\w)", re.I)
_KIND_BEFORE_RU = re.compile(
    r"(?<!\w)(?:вид|видом|виду|вида|подвид|подвидом|разновидность|разновидностью|разновидности"
    r"|(?:один|одним|одна|одной)\s+из\s+(?:видов|разновидностей))\s+$",
    re.I,
)


def _is_kind_of(definition: str, use: Use, language: str) -> bool:
    if language == "ru":
        return bool(_KIND_BEFORE_RU.search(definition[: use.start]))
    return bool(_KIND_AFTER_KK.match(definition[use.end:]))


def _ordered_unique(values) -> list:
    out: list = []
    for v in values:
        if v not in out:
            out.append(v)
    return out


def _language(treaty: Treaty, language: str | None) -> str:
    if language in ("kk", "ru"):
        return language
    if treaty.language in ("kk", "ru"):
        return treaty.language
    return "kk" if any(ch in "әғқңөұүһі" for ch in treaty.text.lower()) else "ru"


# --- the extractor ------------------------------------------------------------------------------------------------

def extract_terms(treaty: Treaty | None, language: str, provision_list: list[Provision] | None = None) -> list[DefinedTerm]:
    """The defined terms of a treaty, in the order of its definitions, with broader, uses and used_in.

    ``language`` is the language of the version ('kk' or 'ru'); it decides the morphology used to
    find inflected forms. A treaty without a definitions list gives []. ``provision_list``, when given, is
    ``provisions(treaty)``.
    """
    if treaty is None:
        return []
    language = _language(treaty, language)
    by_eid: dict[str, Provision] = {p.eid: p for p in (provisions(treaty) if provision_list is None else provision_list)}

    terms: list[DefinedTerm] = []
    definition_items: set[str] = set()
    for lst in definitions_lists(treaty):
        for item in lst.items:
            prov = by_eid.get(item.eid)
            text = prov.text if prov is not None else item.text
            split = _split_item(text)
            if split is None:
                continue
            definition_items.add(item.eid)
            term, definition = split
            terms.append(DefinedTerm(term, definition, evidence=evidence(item, eid=item.eid, text=text)))
    if not terms:
        return []

    patterns = {t.term: term_pattern(t.term, language) for t in terms}

    for t in terms:
        uses = [u for u in find_uses(t.definition, patterns) if u.term != t.term]
        t.uses = _ordered_unique(u.term for u in uses)
        t.broader = _ordered_unique(u.term for u in uses if _is_kind_of(t.definition, u, language))

    used_in: dict[str, list[str]] = {t.term: [] for t in terms}
    for prov in by_eid.values():  # provisions() is in document order, and so is this dict
        if prov.eid in definition_items:
            continue
        for term in _ordered_unique(u.term for u in find_uses(prov.text, patterns)):
            used_in[term].append(prov.eid)
    for t in terms:
        t.used_in = list(used_in[t.term])
    return terms
