"""Wording tables: a form of words in each language, ``{"kk": pattern, "ru": pattern}``, and the compiled pattern
that finds it in a text of one language, or of either when the language is not known.

Every table of lang/ that a fact is read with has the same keys, LANGUAGES: a language is added by adding its
entry to each table (tests/unit/test_lang.py checks that none is missing).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

LANGUAGES = ("kk", "ru")

Wording = Mapping[str, str]


def languages_of(language: str | None) -> tuple[str, ...]:
    """The languages whose wording to look for in a text of ``language`` (all of them when it is not known)."""
    return (language,) if language in LANGUAGES else LANGUAGES


_COMPILED: dict[tuple[int, str | None, int], re.Pattern] = {}


def pattern(table: Wording, language: str | None, flags: int = re.I) -> re.Pattern:
    """The table's wording in ``language`` (or in every language) as one compiled pattern.

    Called for every sentence, so compiled once per table and language; the tables are module constants, so
    their id is a stable key."""
    key = (id(table), language, flags)
    compiled = _COMPILED.get(key)
    if compiled is None:
        compiled = _COMPILED[key] = re.compile(
            "|".join(f"(?:{table[lang]})" for lang in languages_of(language)), flags)
    return compiled


def labelled(tables: Mapping[str, Mapping[str, str]]) -> list[tuple[str, dict[str, str]]]:
    """``[(label, {"kk": pattern, "ru": pattern}), ...]`` from one ``{label: pattern}`` table per language, in the
    order of the tables, which is an order of precedence (every language's table lists the same labels in the same
    order: tests/unit/lang/test_tables.py)."""
    first, *others = (tables[language] for language in LANGUAGES)
    if any(list(other) != list(first) for other in others):
        raise ValueError(f"the languages' tables do not list the same labels in the same order: {list(first)}")
    return [(label, {language: tables[language][label] for language in LANGUAGES}) for label in first]


def top_level_alternatives(wording: str) -> list[str]:
    """The alternatives of a pattern: split at each ``|`` outside groups and character classes."""
    parts, depth, in_class, start, i = [], 0, False, 0, 0
    while i < len(wording):
        char = wording[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(wording[start:i])
            start = i + 1
        i += 1
    parts.append(wording[start:])
    return parts


def alternatives(*wordings: str) -> str:
    """Wordings as one pattern, in order, each alternative once: a word that two languages spell alike is given
    once. Where the alternatives of different languages begin differently (they do in every table here), their order
    does not change what the pattern finds at a place."""
    return "|".join(dict.fromkeys(word for wording in wordings if wording for word in top_level_alternatives(wording)))
