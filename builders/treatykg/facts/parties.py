"""Parties, the states they act for, their sides, and the competent authorities each party designates."""

from __future__ import annotations

import re

from treatykg.facts.provisions import Provision, articles, eid_of, evidence, provisions
from treatykg.facts.states import find_state, find_states
from treatykg.facts.types import Designation, Evidence, Party, State
from treatykg.lang.party_wording import (
    AUTHORITY_TAIL,
    BETWEEN_AUTHORITIES,
    BETWEEN_PARTY_NAMES,
    COLLECTIVE_NAME_NOMINATIVE,
    COMPETENT,
    DESIGNATION_ITEM,
    KINDS,
    MINISTRY,
    NOTIFY_COMPETENT,
    PARTIES_CLAUSE_NOISE,
    SIDE_MARKER,
)
from treatykg.lang.structure import PARTIES_CLAUSE
from treatykg.text.document import ItemList, Treaty

_QUOTED_TERM = re.compile(r"^[«\"“„](?P<term>[^»\"”]+)[»\"”]\s*[-–—]\s*(?P<definition>.+)$")
_OPENING_QUOTE = re.compile(r"^[«\"“„]")
_DASH_BEFORE_CLOSING_BRACKET = re.compile(r"\s*[-–]\s*\)")


def party_kind(name: str) -> str:
    for kind, pattern in KINDS:
        if pattern.search(name):
            return kind
    return "other"


def collective_name(treaty: Treaty) -> str | None:
    """The name the parties clause gives the parties together ("Тараптар", "Стороны"), in the nominative."""
    clause = treaty.parties_clause
    match = PARTIES_CLAUSE.search(clause.text) if clause is not None else None
    if match is None:
        return None
    name = " ".join(next(g for g in match.groups() if g).split())
    return COLLECTIVE_NAME_NOMINATIVE.get(name, name)


def party_names(treaty: Treaty) -> list[str]:
    """The parties as the parties clause names them, in order."""
    clause = treaty.parties_clause
    if clause is None:
        return []
    named = PARTIES_CLAUSE.sub(" ", clause.text)
    named = SIDE_MARKER.sub(" ", named)
    named = PARTIES_CLAUSE_NOISE.sub(" ", named)
    named = _DASH_BEFORE_CLOSING_BRACKET.sub(" ", named)
    named = " ".join(named.replace("( )", " ").split()).strip(" ,-()")
    return [p.strip(" ,") for p in BETWEEN_PARTY_NAMES.split(named) if p.strip(" ,")]


def extract_parties(treaty: Treaty) -> tuple[list[Party], int]:
    """The parties as named in the preamble, each with kind, state and side; and the number of sides."""
    clause = treaty.parties_clause
    names = party_names(treaty)
    if clause is None or not names:
        return [], 0
    text = clause.text
    parties: list[Party] = []
    for name in names:
        state = find_state(name)
        where = text.find(name)
        start = clause.start + max(where, 0)
        parties.append(Party(name, party_kind(name), state, 0, Evidence(clause.eid, start, start + len(name), name)))
    _assign_sides(parties, text)
    return parties, max((p.side for p in parties), default=0)


def _assign_sides(parties: list[Party], clause: str) -> None:
    markers = list(SIDE_MARKER.finditer(clause))
    if markers:
        bounds = [m.end() for m in markers]
        for party in parties:
            position = clause.find(party.name)
            party.side = 1 + sum(1 for b in bounds if position >= b)
        return
    # no explicit sides: the parties acting for one state form one side
    sides: dict[str, int] = {}
    for party in parties:
        key = party.state.code if party.state else party.name
        party.side = sides.setdefault(key, len(sides) + 1)


def extract_designations(treaty: Treaty, parties: list[Party],
                         provision_list: list[Provision] | None = None) -> list[Designation]:
    """Competent authorities: a list in an article naming one per party, a defined term, or a later notification.
    ``provision_list``, when given, is ``provisions(treaty)``."""
    found: list[Designation] = []
    for article in articles(treaty):
        for item_list in (n for n in article.walk() if isinstance(n, ItemList)):
            if not COMPETENT.search(item_list.text):
                continue
            for item in item_list.items:
                found.extend(_designations_in_item(item, eid_of(article), parties))
    if not found:
        found.extend(_designations_in_definitions(treaty, parties))
    if not found:
        for provision in provisions(treaty) if provision_list is None else provision_list:
            if NOTIFY_COMPETENT.search(provision.text):
                for party in parties:
                    found.append(Designation(party.name, party.state, None, provision.article, True,
                                             Evidence(provision.eid, provision.start, provision.end, provision.text)))
                break
    return found


def authority_kind(name: str) -> str:
    """A designated authority is a ministry or, failing that, an agency."""
    return "ministry" if MINISTRY.search(name) else "agency"


def _party_for(state: State | None, parties: list[Party]) -> Party | None:
    if state is None:
        return None
    matching = [p for p in parties if p.state and p.state.code == state.code]
    return matching[0] if matching else None


def _split_authorities(text: str) -> list[str]:
    """``A Республикасының X министрлігі, A Республикасының Y министрлігі`` -> two authorities."""
    parts = BETWEEN_AUTHORITIES.split(text)
    return [p.strip(" ;.,") for p in parts if p.strip(" ;.,")]


def _designations_in_item(item, article_eid: str, parties: list[Party]) -> list[Designation]:
    match = DESIGNATION_ITEM.match(item.text)
    if not match or _OPENING_QUOTE.match(item.text):
        return []
    side_state = find_state(match.group("side"))
    if side_state is None:  # "Қазақстан Республикасынан –", "с казахстанской стороны -" name the side by its state
        return []
    authority_text = AUTHORITY_TAIL.sub("", match.group("authority"))
    out = []
    for authority in _split_authorities(authority_text):
        party = _party_for(side_state, parties)
        out.append(Designation(party.name if party else None, side_state, authority, article_eid, False,
                               evidence(item, text=item.text), authority_kind(authority)))
    return out


def _designations_in_definitions(treaty: Treaty, parties: list[Party]) -> list[Designation]:
    out = []
    for article in articles(treaty):
        for item_list in (n for n in article.walk() if isinstance(n, ItemList)):
            for item in item_list.items:
                term = _QUOTED_TERM.match(item.text)
                if not term or not COMPETENT.search(term.group("term")):
                    continue
                for authority in _split_authorities(term.group("definition")):
                    states = find_states(authority)
                    state = states[0] if states else None
                    party = _party_for(state, parties)
                    out.append(Designation(party.name if party else None, state, authority, article.eid, False,
                                           evidence(item, text=item.text), authority_kind(authority)))
    return out
