"""Parties, the states they act for, their sides, and the competent authorities each party designates.

The parties are read from the clause that names them at the head of the preamble (lang/party_names.py has its
grammar). Where that clause names them only together ("the Parties have agreed", "the Governments of the member
states …") they are read from the treaty's title, else from its signatures; a party that the title names and the clause
leaves out is added from the title. Each party keeps the passage it was read from.
"""

from __future__ import annotations

import re

from treatykg.facts.persons import extract_signed_for
from treatykg.facts.provisions import Provision, provisions
from treatykg.facts.states import find_city_state, find_party_state, find_state, find_states
from treatykg.facts.types import DescribedParties, Designation, Evidence, Party, State
from treatykg.lang.alphabet import has_kazakh_letters
from treatykg.lang.inflection import kazakh_nominative, kazakh_object_nominative, russian_nominative
from treatykg.lang.party_names import (
    COLLECTIVE_SUBJECT,
    DESCRIBED_PARTIES,
    STATE_WORD,
    NamedParty,
    collective_nominative,
    head_kind,
    is_state_name,
    plausible_party,
    read_parties_clause,
    read_title_parties,
    signature_party,
)
from treatykg.lang.party_wording import (
    AUTHORISED_BANKS,
    AUTHORITIES_RESPECTIVELY,
    AUTHORITY_SENTENCE,
    AUTHORITY_TAIL,
    BETWEEN_AUTHORITIES,
    COMPETENT,
    DESIGNATION_ITEM,
    MINISTRY,
    NOTIFY_COMPETENT,
)
from treatykg.text.document import Block, Item, Node, Treaty

_QUOTED_TERM = re.compile(r"^[«\"“„](?P<term>[^»\"”]+)[»\"”]\s*[-–—]\s*(?P<definition>.+)$")
_OPENING_QUOTE = re.compile(r"^[«\"“„]")


def party_kind(name: str, language: str | None = None) -> str:
    """What a party is, from the head noun of its name: government, ministry, national-bank, agency, organisation
    (an international organisation: a body of no state), state; "other" when the name says none of these."""
    kind = head_kind(name, language)
    if kind is None:
        return "state" if is_state_name(name) else "other"
    of_a_state = find_party_state(name) is not None or STATE_WORD.search(name) is not None
    if kind == "organisation" and of_a_state:
        return "agency"  # an "organisation" of a state is one of its bodies
    if kind == "agency" and not of_a_state:
        return "organisation"  # a bank or centre of no state: the Islamic Development Bank (lang/organisations.py)
    return kind


def collective_name(treaty: Treaty) -> str | None:
    """The name the treaty gives the parties together ("the Parties"), in the nominative: from the clause
    that names them, else from a preamble whose subject it is ("The two sides …", "… the Parties have agreed";
    lang/party_names.COLLECTIVE_SUBJECT)."""
    clause = treaty.parties_clause
    if clause is not None:
        reading = read_parties_clause(_joined(clause)[0], treaty.language)
        if reading.collective:
            return reading.collective
    preamble = treaty.preamble
    if preamble is None:
        return None
    for block in preamble.of_type(Block):
        match = COLLECTIVE_SUBJECT.search(block.text)
        if match:
            return collective_nominative(" ".join((match.group("kk") or match.group("ru")).split()))
    return None


def described_parties(treaty: Treaty) -> DescribedParties | None:
    """The description of the parties an open treaty gives instead of their names: in the clause that names them
    ("the Governments of the member states …, hereinafter referred to as …"), or in the line the parser found
    describing them ("the member Governments of the Council of Europe, signatories hereto,";
    lang/party_names.DESCRIBED_PARTIES)."""
    described = next((where for party, where in _from_clause(treaty)[0] if party.described), None)
    if described is not None:
        return DescribedParties(described.text, described)
    pattern = DESCRIBED_PARTIES.get(treaty.language or "")
    preamble = treaty.preamble
    if pattern is None or preamble is None:
        return None
    for block in (b for b in preamble.of_type(Block) if b.role == "parties-described"):
        match = pattern.search(block.text)
        if match:
            group = next(name for name, value in match.groupdict().items() if value)
            start, end = match.span(group)
            return DescribedParties(" ".join(match.group(group).split()),
                                    Evidence(preamble.eid, block.start + start, block.start + end, match.group(group)))
    return None


def party_names(treaty: Treaty) -> list[str]:
    """The parties as the treaty names them, in order."""
    return [party.name for party in extract_parties(treaty)[0]]


def extract_parties(treaty: Treaty) -> tuple[list[Party], int]:
    """The parties, each with kind, state, side and evidence; and the number of sides."""
    language = treaty.language
    named, side_ends = _from_clause(treaty)
    real = [p for p in named if not p[0].described]
    titled = _from_title(treaty)
    if len(real) == 1 and len(titled) >= 2:  # a clause read to its first name only: the title names them all
        named, side_ends = titled, []
    elif not real:
        fallback = titled or _from_signatures(treaty)
        if len(fallback) >= 2:
            named, side_ends = fallback, []
    elif all(find_state(p[0].label) for p in real):
        known = {find_state(p[0].label).code for p in real}  # type: ignore[union-attr]
        extra = [p for p in titled if (state := find_state(p[0].label)) and state.code not in known]
        named = named + extra
    named = [(party, where) for party, where in named if not party.described]  # see described_parties
    parties = []
    for party, where in named:
        kind = party_kind(party.label, language)
        state = None if kind == "organisation" else find_party_state(party.label)
        parties.append(Party(party.label, kind, state, 0, where, party.role,
                             party.as_written if " ".join(party.as_written.split()) != party.label else None))
    _state_from_title(parties, [p for p, _ in titled], language)
    _title_names(parties, [p for p, _ in titled], language)
    _assign_sides(parties, side_ends)
    return parties, max((p.side for p in parties), default=0)


def _state_from_title(parties: list[Party], titled: list[NamedParty], language: str | None) -> None:
    """The state of the one party whose name names none the gazetteer knows (a misspelt name: the Government of
    the Republic of "Indonesia" with a letter mistyped), when the title names exactly one party of its kind for a
    state no other party acts for.
    No guess on the name itself: the treaty's own title says which state it is."""
    stateless = [p for p in parties if p.state is None and p.kind != "organisation"]
    if len(stateless) != 1:
        return
    party = stateless[0]
    known = {p.state.code for p in parties if p.state}
    candidates = {state.code: state for named in titled
                  if (state := find_party_state(named.label)) and state.code not in known
                  and party_kind(named.label, language) == party.kind}
    if len(candidates) == 1:
        party.state = next(iter(candidates.values()))


def _title_names(parties: list[Party], titled: list[NamedParty], language: str | None) -> None:
    """The name the title gives a party (the one party of its state and kind there), where it differs from the
    preamble's (a Kazakh title may write "Government of the Republic of Kazakhstan" without the genitive ending
    the preamble puts on the state's name)."""
    def key(label: str) -> tuple:
        state = find_state(label)
        return state.code if state else None, party_kind(label, language)

    by_key: dict[tuple, list[str]] = {}
    for named in titled:
        by_key.setdefault(key(named.label), []).append(named.label)
    for party in parties:
        names = by_key.get((party.state.code if party.state else None, party.kind), [])
        if party.state and len(names) == 1 and names[0] != party.name:
            party.other_names.append(names[0])


def _joined(block: Node) -> tuple[str, list[tuple[int, int]]]:
    """A block's lines joined by line breaks, and for each line where it starts in the joined text and in the
    document."""
    parts, offsets, at = [], [], 0
    for leaf in block.leaves():
        line = leaf.value.removesuffix("\n")
        parts.append(line)
        offsets.append((at, leaf.start))
        at += len(line) + 1
    return "\n".join(parts), offsets


def _document_offset(offsets: list[tuple[int, int]], at: int) -> int:
    start, document = next((o for o in reversed(offsets) if o[0] <= at), offsets[0])
    return document + at - start


def _from_clause(treaty: Treaty) -> tuple[list[tuple[NamedParty, Evidence]], list[int]]:
    clause = treaty.parties_clause
    if clause is None:
        return [], []
    text, offsets = _joined(clause)
    reading = read_parties_clause(text, treaty.language)
    named = []
    for party in reading.parties:
        start, end = _document_offset(offsets, party.start), _document_offset(offsets, party.end)
        named.append((party, Evidence(clause.eid, start, end, " ".join(party.as_written.split()))))
    return named, [_document_offset(offsets, at) for at in reading.side_ends]


def _from_title(treaty: Treaty) -> list[tuple[NamedParty, Evidence]]:
    """The parties the treaty's title names, each one a plausible party's name."""
    title = next((b for b in treaty.of_type(Block) if b.role == "title"), None)
    if title is None:
        return []
    text, offsets = _joined(title)
    named = read_title_parties(text, treaty.language or "kk")
    if len(named) < 2 or not all(plausible_party(p.label) for p in named):
        return []
    return [(p, Evidence(title.eid, _document_offset(offsets, p.start), _document_offset(offsets, p.end),
                         " ".join(p.as_written.split()))) for p in named]


def _from_signatures(treaty: Treaty) -> list[tuple[NamedParty, Evidence]]:
    """The parties the signatures are given for ("For the Government of …"), when each names one party. What
    follows the last of them and names none (a translator's certificate closing the text: "I certify that … is
    authentic …") is no signature; a signature between them that names no party makes them all doubtful."""
    labels = []
    for signed in extract_signed_for(treaty):
        if signed.party:
            label = " ".join(signature_party(signed.party, treaty.language or "kk").split())
            labels.append((label, plausible_party(label), signed.party, signed.evidence))
    while labels and not labels[-1][1]:
        labels.pop()
    if not all(plausible for _, plausible, _, _ in labels):
        return []
    out, seen = [], set()
    for label, _, written, evidence in labels:
        if label not in seen:
            seen.add(label)
            out.append((NamedParty(label, 0, 0, written), evidence))
    return out


def _assign_sides(parties: list[Party], side_ends: list[int]) -> None:
    if side_ends:
        for party in parties:
            party.side = 1 + sum(1 for end in side_ends if party.evidence.start >= end)
        return
    # no explicit sides: the parties acting for one state form one side
    sides: dict[str, int] = {}
    for party in parties:
        key = party.state.code if party.state else party.name
        party.side = sides.setdefault(key, len(sides) + 1)


def extract_designations(treaty: Treaty, parties: list[Party],
                         provision_list: list[Provision] | None = None) -> list[Designation]:
    """Competent authorities: named side by side in an article about them ("for the Kazakh Party - …",
    lang/party_wording.DESIGNATION_ITEM), in the definition of a term ("'competent authorities' means …"), in a
    sentence ("The authorised body … is …", lang/party_wording.AUTHORITY_SENTENCE),
    or left to a later notification. ``provision_list``, when given, is ``provisions(treaty)``."""
    units = provisions(treaty) if provision_list is None else provision_list
    about = {p.article for p in units if COMPETENT.search(p.text)}
    found: list[Designation] = []
    for provision in units:
        if provision.article in about:
            found.extend(_designations_by_side(provision, parties))
    if not found:
        found.extend(_designations_in_definitions(units, parties))
    if not found:
        found.extend(_designations_in_sentences(units, parties, treaty.language))
    if not found:
        found.extend(_designations_respectively(units, parties))
    if not found:
        found.extend(_authorised_banks(units, parties))
    if not found:
        for provision in units:
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


def _authorities(text: str, language: str | None) -> list[str]:
    """The authorities a list names ("Ministry A, Committee B", "X and Y", "X and/or Y";
    lang/party_wording.BETWEEN_AUTHORITIES), each in the nominative (a Kazakh "… Ministry" in the accusative is
    given its nominative ending); a phrase that is no body's name ("other bodies, …") is
    left out."""
    out = []
    for part in BETWEEN_AUTHORITIES.split(AUTHORITY_TAIL.sub("", text)):
        name = part.strip(" ;.,\"«»")
        if not name or not name[0].isupper() or head_kind(name, language) is None:
            continue
        out.append(_nominative_authority(name, language))
    return out


def _nominative_authority(name: str, language: str | None) -> str:
    if (language or ("kk" if has_kazakh_letters(name) else "ru")) == "ru":
        return russian_nominative(name, "accusative")
    words = name.split(" ")
    return " ".join([*words[:-1], kazakh_nominative(words[-1])])


def _designation(authority: str, state: State | None, parties: list[Party], provision: Provision) -> Designation:
    party = _party_for(state, parties)
    where = Evidence(provision.eid, provision.start, provision.end, provision.text)
    return Designation(party.name if party else None, state, authority, provision.article, False, where,
                       authority_kind(authority))


def _designations_by_side(provision: Provision, parties: list[Party]) -> list[Designation]:
    match = DESIGNATION_ITEM.match(provision.text)
    if not match or _OPENING_QUOTE.match(provision.text):
        return []
    side_state = find_state(match.group("side"))
    if side_state is None:  # the item names the side by its state ("from the Republic of Kazakhstan –")
        return []
    language = "kk" if has_kazakh_letters(provision.text) else "ru"
    return [_designation(authority, side_state, parties, provision)
            for authority in _authorities(match.group("authority"), language)]


def _designations_in_definitions(units: list[Provision], parties: list[Party]) -> list[Designation]:
    out = []
    for provision in units:
        term = _QUOTED_TERM.match(provision.text)
        if not term or not COMPETENT.search(term.group("term")):
            continue
        language = "kk" if has_kazakh_letters(provision.text) else "ru"
        for authority in _authorities(term.group("definition"), language):
            states = find_states(authority)
            out.append(_designation(authority, states[0] if states else None, parties, provision))
    return out


def _designations_in_sentences(units: list[Provision], parties: list[Party],
                               language: str | None) -> list[Designation]:
    """"The authorised body … on behalf of X shall be Y." (lang/party_wording.AUTHORITY_SENTENCE): the
    authority's state is the one its own name gives, else the one the sentence gives its side."""
    out = []
    for provision in units:
        for match in AUTHORITY_SENTENCE.finditer(provision.text):
            written = match.group("ru") or match.group("kk")
            for authority in _authorities(written, "ru" if match.group("ru") else "kk"):
                state = find_state(authority) or find_state(provision.text[:match.start("ru" if match.group("ru")
                                                                                          else "kk")])
                out.append(_designation(authority, state, parties, provision))
    return out


def _designations_respectively(units: list[Provision], parties: list[Party]) -> list[Designation]:
    """"Each Party shall use, respectively, A and B": A is the first party's, B the second's (where the
    names are as many as the parties); a name that gives its own state keeps it."""
    for provision in units:
        for language, pattern in AUTHORITIES_RESPECTIVELY.items():
            match = pattern.search(provision.text)
            if not match:
                continue
            names = [part.strip(" ,") for part in BETWEEN_AUTHORITIES.split(match.group("names"))]
            if len(names) != len(parties) or not all(head_kind(name, language) for name in names):
                continue
            return [_designation(russian_nominative(name, "accusative") if language == "ru"
                                 else kazakh_object_nominative(name),
                                 find_state(name) or party.state, parties, provision)
                    for name, party in zip(names, parties, strict=True)]
    return []


def _authorised_banks(units: list[Provision], parties: list[Party]) -> list[Designation]:
    """The banks an article lists one per item and calls the authorised banks, each designated by the party of the
    state its name gives, or its city's ("in Warsaw", lang/place_names.CITY_STATES); a bank of no named state
    (a "Centrebank") is no party's, and is left out (a designation is made by one party)."""
    articles = {p.article for p in units if AUTHORISED_BANKS.search(p.text)}
    out = []
    for provision in units:
        if provision.article not in articles or not isinstance(provision.node, Item):
            continue
        name = provision.text.strip(" -–—,;.")
        language = "kk" if has_kazakh_letters(name) else "ru"
        if not name or not name[0].isupper() or head_kind(name, language) is None:
            continue
        state = find_state(name) or find_city_state(name, language)
        if _party_for(state, parties) is not None:
            out.append(_designation(name, state, parties, provision))
    return out
