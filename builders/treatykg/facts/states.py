"""The states a name mentions, as State facts (the gazetteer of lang/ says which names name which state)."""

from __future__ import annotations

from treatykg.facts.types import State
from treatykg.lang.gazetteer import adjective_state, city_state, state_mentions


def find_states(text: str) -> list[State]:
    """Every state named in ``text``, the earliest first."""
    return [State(m.entry.code, m.entry.name_en, m.as_written) for m in state_mentions(text)]


def find_state(text: str) -> State | None:
    """The first state named in ``text``."""
    found = find_states(text)
    return found[0] if found else None


def find_party_state(name: str) -> State | None:
    """The state a party's name names, or whose adjective opens it (the Russian River Register: Russia's;
    lang/gazetteer.adjective_state)."""
    found = find_state(name)
    if found is not None:
        return found
    entry = adjective_state(name)
    return State(entry.code, entry.name_en, name.split(maxsplit=1)[0]) if entry else None


def find_city_state(name: str, language: str) -> State | None:
    """The state of the city a body's name places it in (a "Bank Handlowy in Warsaw": Poland's;
    lang/place_names.CITY_STATES)."""
    found = city_state(name, language)
    return State(found[0].code, found[0].name_en, found[1]) if found else None
