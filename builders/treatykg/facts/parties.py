"""Parties, the states they act for, their sides, and the competent authorities each party designates."""

from __future__ import annotations

import re

from treatykg.facts.types import Designation, Evidence, Party, State
from treatykg.lang.structure import CYR_UPPER
from treatykg.text.document import Block, ItemList, Treaty
from treatykg.facts.provisions import Provision, articles, evidence, provisions
from treatykg.lang.gazetteer import find_state, find_states

# Party kinds, from the head noun of the name. Order matters: "Национальный Банк" before "Республика".
KINDS = (
    ("national-bank", re.compile(r"Ұлттық\s+Банк|Ұлттық\s+банк|Национальн\w*\s+[Бб]анк")),
    ("government", re.compile(r"Үкімет|Правительств|Кабинет\w*\s+Министр|Министрлер\s+Кабинет")),
    ("ministry", re.compile(r"министрлі|Министерств")),
    ("agency", re.compile(r"комитет|Комитет|агенттіг|Агентств|қызмет|Служб|орталы|Центр")),
    ("state", re.compile(r"Республика|Республикасы|Федерация|Корольдігі|Королевств|Штат|Одағы|Союз|"
                         r"Мемлекет|Государств|Моңғолия|Монголия|Украина|Грузия|Жапония|Япония")),
)
SIDE_MARKER = re.compile(r",?\s*(?:с\s+(?:одной|другой)\s+стороны|(?:бір|екінші)\s+тараптан)\s*,?")
COMPETENT = re.compile(r"құзыретті\s+(?:орган|ұйым)|компетентн\w*\s+(?:орган|организаци)", re.I)
NOTIFY_COMPETENT = re.compile(
    r"(?:уведом|сообща|информиру|хабарла|хабардар\s+ет)\w*[^.]{0,120}(?:компетентн|құзыретті)"
    r"|(?:компетентн|құзыретті)[^.]{0,120}(?:уведом|сообща|информиру|хабарла|хабардар\s+ет)", re.I)
DESIGNATION_ITEM = re.compile(r"^(?P<side>[^–—-]{3,80}?)\s+[-–—]\s+(?P<authority>.+)$")
AUTHORITY_TAIL = re.compile(r"\s*(?:құзыретті\s+органдар\s+деп\s+белгілейді|құзыретті\s+ұйымдар\s+деп\s+белгілейді)\.?\s*$")


def party_kind(name: str) -> str:
    for kind, pattern in KINDS:
        if pattern.search(name):
            return kind
    return "other"


def extract_parties(treaty: Treaty) -> tuple[list[Party], int]:
    """The parties as named in the preamble, each with kind, state and side; and the number of sides."""
    preamble = treaty.preamble
    clause = next((b for b in preamble.of_type(Block) if b.role == "parties"), None) if preamble else None
    if clause is None or not treaty.parties_named:
        return [], 0
    text = clause.text
    parties: list[Party] = []
    for name in treaty.parties_named:
        state = find_state(name)
        where = text.find(name)
        parties.append(Party(name, party_kind(name), state, 0,
                             Evidence(clause.eid, clause.start + max(where, 0), clause.start + max(where, 0) + len(name), name)))
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
                found.extend(_designations_in_item(item, article.eid, parties))
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


def _party_for(state: State | None, parties: list[Party]) -> Party | None:
    if state is None:
        return None
    matching = [p for p in parties if p.state and p.state.code == state.code]
    return matching[0] if matching else None


def _split_authorities(text: str) -> list[str]:
    """``A Республикасының X министрлігі, A Республикасының Y министрлігі`` -> two authorities."""
    parts = re.split(rf",\s+(?=[{CYR_UPPER}])|\s+(?:және|и)\s+(?=(?:[{CYR_UPPER}]\w+\s+){{0,2}}(?:Республик|Министерств|Комитет|Государствен|Агентств))", text)
    return [p.strip(" ;.,") for p in parts if p.strip(" ;.,")]


def _designations_in_item(item, article_eid: str, parties: list[Party]) -> list[Designation]:
    match = DESIGNATION_ITEM.match(item.text)
    if not match or re.match(r"^[«\"“„]", item.text):
        return []
    side_state = find_state(match.group("side"))
    if side_state is None:  # "Қазақстан Республикасынан –", "с казахстанской стороны -" name the side by its state
        return []
    authority_text = AUTHORITY_TAIL.sub("", match.group("authority"))
    out = []
    for authority in _split_authorities(authority_text):
        party = _party_for(side_state, parties)
        out.append(Designation(party.name if party else None, side_state, authority, article_eid, False,
                               evidence(item, text=item.text)))
    return out


def _designations_in_definitions(treaty: Treaty, parties: list[Party]) -> list[Designation]:
    out = []
    for article in articles(treaty):
        for item_list in (n for n in article.walk() if isinstance(n, ItemList)):
            for item in item_list.items:
                term = re.match(r"^[«\"“„](?P<term>[^»\"”]+)[»\"”]\s*[-–—]\s*(?P<definition>.+)$", item.text)
                if not term or not COMPETENT.search(term.group("term")):
                    continue
                for authority in _split_authorities(term.group("definition")):
                    states = find_states(authority)
                    state = states[0] if states else None
                    party = _party_for(state, parties)
                    out.append(Designation(party.name if party else None, state, authority, article.eid, False,
                                           evidence(item, text=item.text)))
    return out
