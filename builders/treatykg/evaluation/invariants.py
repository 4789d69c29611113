"""What must hold for every act, with or without gold, checked on what the graph says:

- ``numbering``: articles (and numbered points) run 1..N within each body: the treaty's, each protocol's;
- ``parties``: a treaty has at least two parties, each a state, acting for a state or an international organisation
  (a body of no state: the Islamic Development Bank, UNESCO), or, open, describes them; a bilateral one has two sides;
- ``definitions``: every defined term has a definition;
- ``dates``: every date is a real calendar date;
- ``kk-ru``: the kk and ru versions of an act agree on the number of articles, the parties' states and the dates,
  or the builder recorded the disagreement (an aspect of the act's alignment graph).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from treatykg.evaluation.fields import named_parties
from treatykg.evaluation.reading import Reading

INVARIANTS = ("numbering", "parties", "definitions", "dates", "kk-ru")
# The class (local name) of a party that acts for no state: it is a party in its own right.
_INTERNATIONAL_ORGANISATION = "InternationalOrganisation"


@dataclass(frozen=True)
class Finding:
    """An invariant checked on one document (or one act, for kk-ru): held or not, and why not."""

    document: str
    invariant: str
    holds: bool
    detail: str = ""
    collection: str = ""    # of the gold set: bundled, dev or pool


def check_version(document: str, reading: Reading) -> list[Finding]:
    findings = [_dates(document, reading)]
    if not reading.get("treaty.present"):
        return findings
    return [_numbering(document, reading), _parties(document, reading), _definitions(document, reading),
            *findings]


def _numbering(document: str, reading: Reading) -> Finding:
    problems = []
    for body, numbers in sorted(reading.numbering.items()):
        if None in numbers:
            problems.append(f"{body}: {numbers.count(None)} without a number")
        known = sorted(n for n in numbers if n is not None)
        if known != list(range(1, len(known) + 1)):
            problems.append(f"{body}: {_ranges(known)} (expected 1-{len(known)})")
    return Finding(document, "numbering", not problems, "; ".join(problems))


def _ranges(numbers: list[int]) -> str:
    return ",".join(str(n) for n in numbers) if len(numbers) <= 12 else f"{numbers[:6]}...{numbers[-3:]}"


def _parties(document: str, reading: Reading) -> Finding:
    parties = named_parties(reading)
    problems = []
    if not parties and len(reading.items.get("treaty.parties") or []) == 1:
        return Finding(document, "parties", True, "an open treaty: its parties are described, none is named")
    if len(parties) < 2:
        problems.append(f"{len(parties)} part{'y' if len(parties) == 1 else 'ies'}")
    stateless = [item.key for item in parties
                 if not item.values.get("state") and item.values.get("kind") != _INTERNATIONAL_ORGANISATION]
    if stateless:
        problems.append("without a state: " + ", ".join(stateless))
    sides = reading.get("treaty.sides")
    if sides is not None and str(sides) == "2" and len({item.values.get("side") for item in parties}) != 2:
        problems.append("bilateral, but its parties are not on two sides")
    return Finding(document, "parties", not problems, "; ".join(problems))


def _definitions(document: str, reading: Reading) -> Finding:
    empty = [item.key for item in reading.items.get("treaty.definitions") or []
             if not (item.values.get("definition") or "").strip()]
    return Finding(document, "definitions", not empty, "without a definition: " + ", ".join(empty) if empty else "")


def _dates(document: str, reading: Reading) -> Finding:
    bad = []
    for where, value in reading.dates:
        try:
            datetime.date.fromisoformat(value)
        except ValueError:
            bad.append(f"{where} {value}")
    return Finding(document, "dates", not bad, "not a calendar date: " + ", ".join(bad) if bad else "")


# The aspects of the alignment graph that record a disagreement of each compared value.
RECORDED_AS = {
    "articles": ("structure",),
    "parties": ("parties",),
    "party states": ("party states",),
    "signing date": ("signing date",),
    "signing date stated by the act": ("signing date stated by the act",),
    "entry into force (editorial)": ("entry-into-force record",),
}


def check_act(act: str, kk: Reading, ru: Reading, recorded: set[str]) -> Finding:
    """The kk-ru invariant for an act with both versions; ``recorded`` holds its alignment graph's aspects."""
    compared = {
        "articles": (kk.get("structure.articles"), ru.get("structure.articles")),
        "parties": (len(kk.items.get("treaty.parties") or []), len(ru.items.get("treaty.parties") or [])),
        "party states": (_states(kk), _states(ru)),
        "signing date": (kk.get("treaty.signed_date"), ru.get("treaty.signed_date")),
        "signing date stated by the act": (kk.get("act.claim.date"), ru.get("act.claim.date")),
        "entry into force (editorial)": (kk.get("treaty.entry_into_force_date"),
                                         ru.get("treaty.entry_into_force_date")),
    }
    if not (kk.get("treaty.present") and ru.get("treaty.present")):
        compared = {k: v for k, v in compared.items() if k == "signing date stated by the act"}
    unrecorded = [f"{what}: kk {a}, ru {b}" for what, (a, b) in compared.items()
                  if a != b and not recorded & set(RECORDED_AS[what])]
    return Finding(act, "kk-ru", not unrecorded, "; ".join(unrecorded))


def _states(reading: Reading) -> list[str]:
    """The states the parties act for, where the graph knows them."""
    return sorted(state for item in reading.items.get("treaty.parties") or [] if (state := item.values.get("state")))
