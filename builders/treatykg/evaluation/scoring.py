"""Checks of what the graph says against gold, one per field and document (one per item for set-valued fields),
and their sums per field and per document.

Each check has one outcome:
- ``correct``: the graph states the gold value;
- ``correct-null``: neither the text (gold) nor the graph states a value;
- ``missing``: the text states a value and the graph states none;
- ``wrong``: the graph states another value than the text;
- ``invented``: the graph states a value where the text states none.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from treatykg.evaluation.fields import FIELDS, SET_FIELDS, Field, SetField
from treatykg.evaluation.reading import Item, Reading

OUTCOMES = ("correct", "correct-null", "missing", "wrong", "invented")


@dataclass(frozen=True)
class Check:
    document: str
    field: str
    outcome: str
    gold: object = None
    read: object = None


def score_value(document: str, spec: Field, gold: dict, reading: Reading) -> Check:
    expected, found = spec.gold(gold), spec.read(reading)
    if expected is None:
        outcome = "correct-null" if found is None else "invented"
    elif found is None:
        outcome = "missing"
    else:
        outcome = "correct" if spec.same(expected, found) else "wrong"
    return Check(document, spec.name, outcome, _plain(expected), _plain(found))


def score_set(document: str, spec: SetField, gold: dict, reading: Reading) -> list[Check]:
    expected = spec.gold(gold)
    found = [item for item in reading.items.get(spec.name) or [] if not spec.ignore(gold, item)]
    if expected is None:  # the gold file does not list this set: a graph item is not checked against anything
        return []
    if not expected and not found:
        return [Check(document, spec.name, "correct-null")]
    checks = []
    unmatched = list(found)
    pending = []
    for item in expected:
        match = next((other for other in unmatched if spec.same(item, other)), None)
        if match is None:
            pending.append(item)
            continue
        unmatched.remove(match)
        outcome = "correct" if spec.agree(item, match) else "wrong"
        checks.append(Check(document, spec.name, outcome, _item(item), _item(match)))
    for item in pending:
        match = next((other for other in unmatched if spec.near(item, other)), None)
        if match is None:
            checks.append(Check(document, spec.name, "missing", _item(item), None))
            continue
        unmatched.remove(match)
        checks.append(Check(document, spec.name, "wrong", _item(item), _item(match)))
    checks.extend(Check(document, spec.name, "invented", None, _item(item)) for item in unmatched)
    return checks


def score_document(document: str, gold: dict, reading: Reading) -> list[Check]:
    checks = [score_value(document, spec, gold, reading) for spec in FIELDS]
    for spec in SET_FIELDS:
        checks.extend(score_set(document, spec, gold, reading))
    return checks


def _item(item: Item) -> dict:
    return {"key": item.key, **{k: v for k, v in item.values.items() if v is not None}}


def _plain(value: object) -> object:
    return value if value is None or isinstance(value, (str, int, float, bool, list, dict)) else str(value)


@dataclass
class Tally:
    """The outcomes of a group of checks."""

    counts: Counter = field(default_factory=Counter)

    def add(self, check: Check) -> None:
        self.counts[check.outcome] += 1

    @property
    def checks(self) -> int:
        return sum(self.counts.values())

    @property
    def accuracy(self) -> float | None:
        """Correct and correct-null over every check."""
        if not self.checks:
            return None
        return (self.counts["correct"] + self.counts["correct-null"]) / self.checks

    @property
    def precision(self) -> float | None:
        """Of the values the graph states, how many are right."""
        stated = self.counts["correct"] + self.counts["wrong"] + self.counts["invented"]
        return self.counts["correct"] / stated if stated else None

    @property
    def recall(self) -> float | None:
        """Of the values the text states, how many the graph states rightly."""
        expected = self.counts["correct"] + self.counts["wrong"] + self.counts["missing"]
        return self.counts["correct"] / expected if expected else None

    def to_json(self) -> dict:
        return {"checks": self.checks, **{o: self.counts[o] for o in OUTCOMES}, "accuracy": _round(self.accuracy),
                "precision": _round(self.precision), "recall": _round(self.recall)}


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def tally_by(checks: list[Check], key: str) -> dict[str, Tally]:
    tallies: dict[str, Tally] = {}
    for check in checks:
        tallies.setdefault(getattr(check, key), Tally()).add(check)
    return tallies
