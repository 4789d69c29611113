"""Citations of other international treaties, with what the citing text claims about them (title, parties,
signing date and place), and generic references to national legislation and other treaties."""

from __future__ import annotations

from treatykg.facts.parties import party_kind
from treatykg.facts.provisions import Provision, provisions
from treatykg.facts.states import find_state, find_states
from treatykg.facts.types import Citation, Evidence, Place, StatedDate
from treatykg.facts.when_where import place_fact
from treatykg.lang.citation_wording import (
    BETWEEN_NAMES,
    CITATIONS,
    GENERIC,
    KK_CITED,
    KK_CITED_DATED_HEAD,
    KK_DATED_HEAD_CUE,
    TITLE_PARTIES,
)
from treatykg.lang.dates import find_dates
from treatykg.text.document import Block, Treaty


def _level(parties: list[str]) -> str:
    kinds = {party_kind(p) for p in parties}
    if not parties:
        return "unknown"
    if kinds == {"state"}:
        return "interstate"
    if kinds == {"government"}:
        return "intergovernmental"
    return "interagency" if kinds <= {"ministry", "agency"} else "unknown"


def _parties_of(title: str) -> list[str]:
    """Parties named in a title: ``A мен B арасындағы`` or ``между A и B``."""
    match = next((m for m in (pattern.search(title) for pattern in TITLE_PARTIES) if m), None)
    if not match:
        return []
    names = BETWEEN_NAMES.split(match.group("names"))
    return [n.strip(" ,") for n in names if find_states(n)]


def extract_citations(treaty: Treaty, provision_list: list[Provision] | None = None) -> list[Citation]:
    """``provision_list``, when given, is ``provisions(treaty)`` (extract_facts makes it once for every extractor)."""
    found: list[Citation] = []
    units: list[tuple[str | None, str, int, int]] = [
        (p.eid, p.text, p.start, p.end) for p in (provisions(treaty) if provision_list is None else provision_list)]
    if treaty.preamble:
        units = [(b.eid, b.text, b.start, b.end) for b in treaty.preamble.of_type(Block)] + units
    for eid, text, start, end in units:
        evidence = Evidence(eid, start, end, text)
        cited_spans: list[tuple[int, int]] = []
        for pattern in CITATIONS:
            if pattern is KK_CITED_DATED_HEAD and not KK_DATED_HEAD_CUE.search(text):
                continue
            for m in pattern.finditer(text):
                if any(a <= m.start() < b for a, b in cited_spans):
                    continue
                cited_spans.append((m.start(), m.end()))
                title = " ".join(m.group("title").split())
                if pattern is KK_CITED_DATED_HEAD:  # the date stands between the subject and the head noun
                    title = f"{title} {m.group('head')}"
                dates = find_dates(m.group("date"))
                date = (StatedDate("cited-signing", dates[0].text, dates[0].iso, dates[0].complete, evidence,
                                   dates[0].year)
                        if dates else None)
                place: Place | None = None
                if "place" in m.groupdict() and m.group("place"):  # "Минск қаласында", "в городе Минске"
                    kazakh = pattern in (KK_CITED, KK_CITED_DATED_HEAD)
                    place = place_fact(m.group("place"), "cited-signing", evidence, "kk" if kazakh else "ru",
                                       inflected=not kazakh)
                parties = _parties_of(title)
                states = [state for state in (find_state(party) for party in parties) if state]
                found.append(Citation(title, parties, _level(parties), date, place, eid, False,
                                      Evidence(eid, start + m.start(), start + m.end(), m.group(0)), states))
        for label, generic, cue in GENERIC:
            reference = generic.search(text) if cue.search(text) else None
            if reference:
                found.append(Citation(label, [], "generic", None, None, eid, True,
                                      Evidence(eid, start + reference.start(), start + reference.end(),
                                               reference.group(0))))
    return found
