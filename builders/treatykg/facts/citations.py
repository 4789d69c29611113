"""Citations of other international treaties, with what the citing text claims about them (title, parties,
signing date and place), and generic references to national legislation and other treaties.

The forms of a citation are in lang/citation_wording.py. The claimed title is the title as the text gives it (a
Kazakh title without the ending of its head noun). A treaty cited twice in one version is one citation, at its first
mention. A citation in the preamble's clause that names the parties is stated in the preamble.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from treatykg.facts.parties import party_kind
from treatykg.facts.provisions import Provision, provisions
from treatykg.facts.states import find_state, find_states
from treatykg.facts.types import Citation, Evidence, Place, StatedDate
from treatykg.facts.when_where import place_fact
from treatykg.lang.citation_wording import (
    BETWEEN_NAMES,
    CITATIONS,
    GENERIC,
    HEAD_KINDS,
    RU_JOINED,
    RU_TITLE_HEAD,
    SELF_REFERENCE,
    TITLE_PARTIES,
    TWO_DAYS,
    YEAR,
    CitationForm,
)
from treatykg.lang.comparison import fold_words
from treatykg.lang.dates import TextDate, find_dates, numeric_date
from treatykg.text.document import Block, Treaty

_SAME_TITLE_SHARE = 0.6  # of the shorter title's word stems, for two mentions of one treaty


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
    """Parties named in a title: "between A and B", in Kazakh or Russian word order
    (lang/citation_wording.TITLE_PARTIES)."""
    match = next((m for m in (pattern.search(title) for pattern in TITLE_PARTIES) if m), None)
    if not match:
        return []
    names = BETWEEN_NAMES.split(match.group("names"))
    return [n.strip(" ,") for n in names if find_states(n)]


# Every form found from a Russian head noun (``restart``) holds RU_TITLE_HEAD in its title: a text without one is
# skipped by those forms (tests/unit/test_speed_equivalence.py).
HEAD_CUE = RU_TITLE_HEAD

@dataclass(frozen=True)
class _Found:
    title: str
    start: int    # of the citation in the citing text, after a restart of its title
    end: int
    dates: list[TextDate]  # none, one, or one of each day where a date joins two days of one month
    place: str | None


def _restart(title: str) -> int:
    """Where a Russian title found from its first head noun really starts: at the last head noun that follows a
    date or is joined to what precedes it by a comma or "and" (the one before belongs to another citation)."""
    start = 0
    for head in RU_TITLE_HEAD.finditer(title):
        if head.start() == 0:
            continue
        before = title[:head.start()]
        if YEAR.search(before) or RU_JOINED.search(before):
            start = head.start()
    return start


def _read(form: CitationForm, match: re.Match, text: str) -> _Found | None:
    groups = match.groupdict()
    start = match.start()
    title_start, title_end = match.span("title")
    if form.restart:
        title_start += _restart(match.group("title"))
        start = title_start
    if SELF_REFERENCE.search(text[:title_start]):
        return None
    title = text[title_start:title_end]
    if groups.get("head") is not None and match.start("head") >= title_end:  # the date stands before the head noun
        title = f"{title} {groups['head']}"
    title = " ".join(title.split()).strip(" ,")
    title = re.sub(r"^\([^()]*\)\s*", "", title)  # "(city of Astana) …": a note on the date, not the title
    if not title or (form.title_needs is not None and not form.title_needs.search(title)):
        return None
    dates: list[TextDate] = []
    if groups.get("date"):
        dates = _dates_of(groups["date"])
    elif groups.get("numeric") or groups.get("numeric2"):
        date = numeric_date(groups.get("numeric") or groups.get("numeric2") or "")
        if date is None:
            return None
        dates = [date]
    return _Found(title, start, match.end(), dates, groups.get("place") or groups.get("place2"))


def _dates_of(written: str) -> list[TextDate]:
    """The date of a citation, or the two dates of two days of one month ("6 and 20 January 1995",
    lang/citation_wording.TWO_DAYS), in order."""
    joined = TWO_DAYS.search(written)
    if joined is None:
        found = find_dates(written)
        return found[:1]
    found = find_dates(written[:joined.start()] + written[joined.end():])
    if not found or not found[0].complete:
        return []
    last = found[0]
    return [replace(last, day=int(joined.group("first"))), last]


def _same_treaty(a: Citation, b: Citation) -> bool:
    """Two mentions of one treaty in one version: the same date (or neither has one) and mostly the same title words
    (two treaties signed on one day are two)."""
    if (a.date.iso if a.date else None) != (b.date.iso if b.date else None):
        return False
    ours, theirs = ({word[:5] for word in fold_words(c.title)} for c in (a, b))
    shorter = min(len(ours), len(theirs))
    return shorter > 0 and len(ours & theirs) / shorter >= _SAME_TITLE_SHARE


def _kinds(text: str | None) -> set[str]:
    """The kinds of treaty (agreement, protocol, …) that a title's head nouns name."""
    return {kind for kind, head in HEAD_KINDS.items() if text and head.search(text)}


def _citations_in(text: str, eid: str | None, start: int, end: int, named_kinds: set[str]) -> list[Citation]:
    """``named_kinds``: the kinds of treaty that the citing treaty's title and the citations before this text name,
    which a head noun alone refers back to."""
    evidence = Evidence(eid, start, end, text)
    found: list[Citation] = []
    cited_spans: list[tuple[int, int]] = []
    has_head: bool | None = None
    for form in CITATIONS:
        if form.cue is not None and not form.cue.search(text):
            continue
        if form.restart:  # its title holds a head noun, found much faster than the whole form
            if has_head is None:
                has_head = HEAD_CUE.search(text) is not None
            if not has_head:
                continue
        for match in form.pattern.finditer(text):
            read = _read(form, match, text)
            if read is None or any(a < read.end and read.start < b for a, b in cited_spans):
                continue
            if form.bare and _kinds(read.title) & (named_kinds | {k for c in found for k in _kinds(c.title)}):
                continue
            cited_spans.append((read.start, read.end))
            place: Place | None = None
            if read.place:  # "in the city of Minsk"
                kazakh = form.place_language == "kk"
                place = place_fact(read.place, "cited-signing", evidence, form.place_language, inflected=not kazakh)
            parties = _parties_of(read.title)
            states = [state for state in (find_state(party) for party in parties) if state]
            stated: list[StatedDate | None] = [
                StatedDate("cited-signing", one.text, one.iso, one.complete, evidence, one.year or None)
                for one in read.dates]
            for date in stated or [None]:
                found.append(Citation(read.title, parties, _level(parties), date, place, eid, False,
                                      Evidence(eid, start + read.start, start + read.end, text[read.start:read.end]),
                                      states))
    return sorted(found, key=lambda c: c.evidence.start)


def extract_citations(treaty: Treaty, provision_list: list[Provision] | None = None) -> list[Citation]:
    """``provision_list``, when given, is ``provisions(treaty)`` (extract_facts makes it once for every extractor)."""
    found: list[Citation] = []
    units: list[tuple[str | None, str, int, int]] = [
        (p.eid, p.text, p.start, p.end) for p in (provisions(treaty) if provision_list is None else provision_list)]
    if treaty.preamble:
        # a recital is a part of its own; a citation in the clause that names the parties (or in the agreed formula)
        # is stated in the preamble
        units = [(b.eid if b.role == "recital" else treaty.preamble.eid, b.text, b.start, b.end)
                 for b in treaty.preamble.of_type(Block)] + units
    for annex in treaty.annexes:
        if not annex.articles and annex.eid:  # an annex of plain paragraphs (a programme, a list) cites as its own part
            units += [(annex.eid, b.text, b.start, b.end) for b in annex.of_type(Block)]
    own_kinds = _kinds(treaty.title)
    for eid, text, start, end in units:
        named_kinds = own_kinds | {kind for c in found if not c.generic for kind in _kinds(c.title)}
        for citation in _citations_in(text, eid, start, end, named_kinds):
            if not any(_same_treaty(citation, earlier) for earlier in found if not earlier.generic):
                found.append(citation)
        for label, generic, cue in GENERIC:
            reference = generic.search(text) if cue.search(text) else None
            if reference:
                found.append(Citation(label, [], "generic", None, None, eid, True,
                                      Evidence(eid, start + reference.start(), start + reference.end(),
                                               reference.group(0))))
    return found
