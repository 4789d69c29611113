"""How the tests of the language tables (tests/unit/lang/) read a table: what it finds in a text, and which label of
a labelled table (an order of precedence) a text gets."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable, Mapping
from pathlib import Path

from treatykg.lang.clause_wording import filled

LANG = Path(__file__).resolve().parents[1] / "builders" / "treatykg" / "lang"

# Tables that are character classes (ranges of letters) rather than patterns.
CHARACTER_CLASSES = {"ONLY_UPPER", "ONLY_LOWER", "UPPER", "LOWER", "LETTERS", "ENDING_LETTERS", "NUMERAL_LOOKALIKES",
                     "ROMAN_ONE_LOOKALIKE", "ROMAN_TEN_LOOKALIKE", "ONE_LETTER_PREPOSITIONS", "LIST_LETTERS",
                     "UPPER_LETTERS", "EPENTHETIC", "POSSESSIVE_FINALS"}


def _pattern(table: object) -> re.Pattern | None:
    if isinstance(table, re.Pattern):
        return table
    pattern = getattr(table, "pattern", None)  # a CitationForm
    return pattern if isinstance(pattern, re.Pattern) else None


def finds(table: object, text: str, name: str = "") -> bool:
    """Whether ``table`` finds ``text``: a pattern (compiled as the module compiles it; a pattern string
    case-insensitively, as lang.wording.pattern reads it) searches it; a character class holds one of its letters; a
    collection of words or endings holds it."""
    pattern = _pattern(table)
    if pattern is not None:
        return bool(pattern.search(text))
    if isinstance(table, str):
        # a clause pattern holds marks where a number or a word the dictionary inflects stands, which
        # lang/clause_wording.py fills in
        table = filled(table)
        if name in CHARACTER_CLASSES:
            return bool(re.search(f"[{table}]", text))
        return bool(re.search(table, text, re.I))
    if isinstance(table, Mapping | set | frozenset | tuple | list):
        return text in table
    raise TypeError(f"{name}: no way to read a {type(table).__name__}")


def _rows(table: object) -> Iterable[tuple[str, object]]:
    if isinstance(table, Mapping):
        return table.items()
    return table  # type: ignore[return-value]  # (label, pattern) pairs


def label_of(table: object, text: str) -> str | None:
    """The first label of a labelled table (a mapping or (label, pattern) pairs, in their order of precedence) whose
    pattern finds ``text``; a label's value may be (pattern, cue), read by its pattern."""
    for label, value in _rows(table):
        pattern = value[0] if isinstance(value, tuple) else value
        if (_pattern(pattern) or re.compile(filled(pattern), re.I)).search(text):
            return label
    return None


def cases(examples: Mapping[str, tuple[list[str], list[str]]]) -> list[tuple[str, str, bool]]:
    return [(name, text, found) for name, (positives, negatives) in examples.items()
            for found, texts in ((True, positives), (False, negatives)) for text in texts]


def labelled_cases(examples: Mapping[str, Mapping[str, str | None]]) -> list[tuple[str, str, str | None]]:
    return [(name, text, label) for name, texts in examples.items() for text, label in texts.items()]


def public_tables(language: str) -> dict[str, list[str]]:
    """The public tables each module of lang/<language>/ defines (upper-case names assigned at its top level), by
    module name."""
    tables = {}
    for path in sorted((LANG / language).glob("*.py")):
        if path.name == "__init__.py":
            continue
        names = []
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(
                node, ast.AnnAssign) else []
            names += [t.id for t in targets if isinstance(t, ast.Name) and t.id.isupper() and not t.id.startswith("_")]
        tables[path.stem] = names
    return tables
