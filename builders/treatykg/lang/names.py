"""Finding names (of states, of international organisations) in a text, in every case form, word by word.

A name is a sequence of words, each with the set of forms it may take: a Russian word that can be a nominative takes
its six case forms (``inflection.case_forms``), a word that is not (the complement "Ameriki" of "Soedinennye Shtaty
Ameriki") keeps its form; the last word of a Kazakh name takes any Kazakh ending after it ("Moñğoliya" ->
"Moñğoliyanyñ", "Ämirlikteri" -> "Ämirlikteriniñ"). A text matches a name when its words, one after the other, are
forms of the name's words, separated by nothing but spaces, hyphens or commas. Words are compared folded: lower
case, yo as e, Latin look-alike letters as the Cyrillic letters they stand for (old Kazakh texts write a Latin i for the
Kazakh one).

Why whole words: a short name must not match inside an ordinary word. "Kuba" matches "Kuby", "Kube", "Kuba
Respublikasynyñ", never "Kubok" or "kubicheskiy" (no case form of "Kuba" and no Kazakh ending is "-ok"); "Indiya" is not
found in "indiyskiy". A name also needs a capital letter where the text names it ("Togo" the state, not "togo" the
pronoun); adjectives are the exception: they name a state only before a noun of statehood
(``StatehoodNouns``: "Turetskoy Respubliki", "s turetskoy storony", "Qazaqstandyq Tarap"), so that "na turetskom
yazyke", "Indiyskiy okean" or "amerikanskikh dollarov" name no state.

At each word the longest name wins, and its words are not read again: "Ekvatorialnaya Gvineya" is one state, not
also Guinea; "Bilim, ğylym zhäne mädeniet mäseleleri zhönindegi Birikken Ūlttar Ūyymy" is UNESCO, not also the UN. A
folded name that two keys claim names neither of them (the table is ambiguous there, so it says nothing).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from treatykg.lang.alphabet import LATIN_TO_CYRILLIC
from treatykg.lang.inflection import KK_ADJECTIVE_SUFFIXES, KK_NAME_ENDING_LENGTHS, KK_NAME_ENDINGS
from treatykg.lang.kk import alphabet as kk_alphabet
from treatykg.lang.ru import alphabet as ru_alphabet


def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for letter in ru_alphabet.UPPER_LETTERS + kk_alphabet.ONLY_UPPER:
        table[ord(letter)] = letter.lower()
    for latin, cyrillic in LATIN_TO_CYRILLIC.items():
        table[latin] = cyrillic.lower()
    for code in range(ord("A"), ord("Z") + 1):
        table.setdefault(code, chr(code).lower())
    table[ord(ru_alphabet.YO_UPPER)] = table[ord(ru_alphabet.YO)] = ru_alphabet.E
    return table


_FOLD = _fold_table()


def fold(text: str) -> str:
    """Lower case, yo as e, Latin look-alikes as Cyrillic; one character for one, so offsets are kept."""
    return text.translate(_FOLD)


WORD = re.compile(r"[^\W\d_]+")
# What may stand between two words of one name: "Gvineya-Bisau", "Papua — Novaya Gvineya", "obrazovaniya, nauki",
# "Kot-d’Ivuar", a line break inside a name.
_JOINER = re.compile(r"[\s,\-‐–—’']*")


@dataclass(frozen=True)
class Name:
    """One name of an entity: the forms each of its words may take."""

    key: str                              # what it names: an ISO 3166-1 alpha-3 code, an organisation's key
    words: tuple[frozenset[str], ...]     # folded forms, word by word
    kazakh: bool = False                  # the last word may take any Kazakh ending
    adjective: bool = False               # an adjective: it names the entity only before a noun of statehood


@dataclass(frozen=True)
class Mention:
    key: str
    start: int
    end: int
    as_written: str


@dataclass(frozen=True)
class StatehoodNouns:
    """The nouns after which an adjective names a state: Russian forms, and Kazakh stems that take endings."""

    russian: frozenset[str]
    kazakh: frozenset[str]
    coordinators: frozenset[str] = frozenset()   # "i", "zhäne": between coordinated adjectives

    def holds(self, word: str) -> bool:
        return word in self.russian or word in self.kazakh or any(
            stem in self.kazakh for stem in _kazakh_stems(word))


def _kazakh_stems(word: str) -> list[str]:
    """What ``word`` may be without one Kazakh ending ("moñğoliyanyñ" -> "moñğoliya")."""
    return [word[:-n] for n in KK_NAME_ENDING_LENGTHS if len(word) > n + 1 and word[-n:] in KK_NAME_ENDINGS]


def split_name(name: str) -> list[str]:
    return WORD.findall(name)


class NameMatcher:
    """Every name of a table, indexed by the forms of its first word."""

    def __init__(self, names: Iterable[Name], statehood: StatehoodNouns | None = None):
        self.statehood = statehood
        by_surface: dict[tuple[frozenset[str], ...], set[str]] = defaultdict(set)
        unique: list[Name] = []
        for name in names:
            by_surface[name.words].add(name.key)
            unique.append(name)
        self._first: dict[str, list[Name]] = defaultdict(list)
        self._kazakh_single: dict[str, list[Name]] = defaultdict(list)  # one-word Kazakh names, by their stem
        seen: set[tuple[str, tuple[frozenset[str], ...], bool, bool]] = set()
        for name in unique:
            identity = (name.key, name.words, name.kazakh, name.adjective)
            if len(by_surface[name.words]) > 1 or identity in seen:
                continue
            seen.add(identity)
            for form in name.words[0]:
                self._first[form].append(name)
                if name.kazakh and len(name.words) == 1:
                    self._kazakh_single[form].append(name)
        for candidates in self._first.values():
            candidates.sort(key=lambda n: -len(n.words))

    def mentions(self, text: str) -> list[Mention]:
        """Every name in ``text``, in order; at each word the longest, and its words are not read again."""
        words = [(m.start(), m.end()) for m in WORD.finditer(text)]
        if not words:
            return []
        folded_text = fold(text)
        folded = [folded_text[s:e] for s, e in words]
        found: list[Mention] = []
        i = 0
        while i < len(words):
            best = self._longest(text, words, folded, i)
            if best is None:
                i += 1
                continue
            key, length = best
            start, end = words[i][0], words[i + length - 1][1]
            found.append(Mention(key, start, end, text[start:end]))
            i += length
        return found

    def _candidates(self, word: str) -> list[tuple[Name, bool]]:
        """(name, read as an adjective) for each name whose first word ``word`` may be."""
        found = [(name, name.adjective) for name in self._first.get(word, ())]
        if not self._kazakh_single:
            return found
        stems = _kazakh_stems(word)
        for stem in stems:
            found.extend((name, name.adjective) for name in self._kazakh_single.get(stem, ()))
        for stem in [word, *stems]:
            for suffix in KK_ADJECTIVE_SUFFIXES:  # "Qazaqstandyq", "reseylik": an adjective of the name
                if stem.endswith(suffix):
                    found.extend((name, True) for name in self._kazakh_single.get(stem[: -len(suffix)], ()))
        return found

    def _longest(self, text: str, words: list[tuple[int, int]], folded: list[str], i: int) -> tuple[str, int] | None:
        best: tuple[str, int] | None = None
        for name, as_adjective in self._candidates(folded[i]):
            length = len(name.words)
            if best is not None and length <= best[1]:
                continue
            if i + length > len(words) or not self._follows(text, words, folded, i, name):
                continue
            if as_adjective:
                if not self._before_statehood_noun(text, words, folded, i + length):
                    continue
            elif not text[words[i][0]].isupper():
                continue
            best = (name.key, length)
        return best

    @staticmethod
    def _follows(text: str, words: list[tuple[int, int]], folded: list[str], i: int, name: Name) -> bool:
        last = len(name.words) - 1
        for k in range(1, len(name.words)):
            if _JOINER.fullmatch(text, words[i + k - 1][1], words[i + k][0]) is None:
                return False
            word = folded[i + k]
            if word in name.words[k]:
                continue
            if not (name.kazakh and k == last and any(stem in name.words[k] for stem in _kazakh_stems(word))):
                return False
        return True

    def _before_statehood_noun(self, text: str, words: list[tuple[int, int]], folded: list[str], j: int) -> bool:
        """Whether a noun of statehood follows word ``j - 1``, at once or after adjectives coordinated with it
        ("Kazakhstanskaya i Rossiyskaya Storony", "Qazaqstan zhäne Qyrğyz Taraptary")."""
        if self.statehood is None:
            return False
        while j < len(words) and _JOINER.fullmatch(text, words[j - 1][1], words[j][0]) is not None:
            word = folded[j]
            if self.statehood.holds(word):
                return True
            if word not in self.statehood.coordinators and not any(
                    name.adjective or len(name.words) == 1 for name, _ in self._candidates(word)):
                return False
            j += 1
        return False

    def first_mentions(self, text: str) -> list[Mention]:
        """One mention per name of the table, its earliest in ``text``, in order."""
        found: dict[str, Mention] = {}
        for mention in self.mentions(text):
            found.setdefault(mention.key, mention)
        return list(found.values())
