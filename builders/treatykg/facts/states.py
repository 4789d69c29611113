"""The states a name mentions, as State facts (the gazetteer of lang/ says which names name which state)."""

from __future__ import annotations

from treatykg.facts.types import State
from treatykg.lang.gazetteer import state_mentions


def find_states(text: str) -> list[State]:
    """Every state named in ``text``, the earliest first."""
    return [State(m.entry.code, m.entry.name_en, m.as_written) for m in state_mentions(text)]


def find_state(text: str) -> State | None:
    """The first state named in ``text``."""
    found = find_states(text)
    return found[0] if found else None
