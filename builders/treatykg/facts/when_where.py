"""Dates and places the text states, normalised (ISO 8601; places across languages), and editorial
notes of entry into force with their bulletin reference."""

from __future__ import annotations

import re

from treatykg.lang.dates import find_dates
from treatykg.facts.types import EditorialEntryIntoForce, Evidence, Place, StatedDate
from treatykg.lang.structure import CYR_UPPER
from treatykg.text.document import Document, Note
from treatykg.lang.gazetteer import normalise_place

KK_PLACE = re.compile(rf"(?P<place>[{CYR_UPPER}][\w-]+)\s+қаласында|(?P<loc>[{CYR_UPPER}][\w-]+(?:да|де|та|те))\s+(?:\d{{4}}\s+жылғы\s+\S+\s+\S+\s+)?(?:жасалған|қол\s+қойылған)")
RU_PLACE = re.compile(rf"в\s+(?:городе|г\.)\s+(?P<place>[{CYR_UPPER}][\w-]+)|(?:совершенн\w+|подписанн\w+)\s+в\s+(?P<loc>[{CYR_UPPER}][\w-]+)")
BULLETIN = re.compile(r"(?:[-–—]\s*)(?P<ref>[^()]*?(?:бюллетені|Бюллетень)[^()]*?)\)?\s*$")


def find_places(text: str) -> list[tuple[str, int, int]]:
    found = []
    for pattern in (KK_PLACE, RU_PLACE):
        for m in pattern.finditer(text):
            group = "place" if m.group("place") else "loc"
            found.append((m.group(group), m.start(group), m.end(group)))
    return sorted(found, key=lambda f: f[1])


def place_fact(as_written: str, role: str, evidence: Evidence) -> Place:
    name, _ = normalise_place(as_written)
    return Place(as_written, name, role, evidence)


def stated_date(text_date, role: str, evidence: Evidence) -> StatedDate:
    return StatedDate(role, text_date.text, text_date.iso, text_date.complete, evidence)


def extract_dates_and_places(document: Document) -> tuple[list[StatedDate], list[Place]]:
    """The act's date, the signing date and place in the closing formula, and the signing date and place
    of the approved treaty as the act states them (a claim that may differ from the treaty's own)."""
    dates: list[StatedDate] = []
    places: list[Place] = []
    act, treaty = document.act, document.treaty
    if act is not None and act.date_text:
        header = next((b for b in act.children if getattr(b, "role", None) == "header"), act)
        dates.append(StatedDate("act-date", act.date_text, act.date, act.date is not None,
                                Evidence(header.eid, header.start, header.end, header.text)))
    if act is not None:
        for point in act.points[:1]:
            text = point.text
            if re.search(r"жасалған|қол\s+қойылған|совершенн|подписанн", text):
                for d in find_dates(text)[:1]:
                    dates.append(stated_date(d, "signing-as-stated-by-act", Evidence(point.eid, point.start, point.end, text)))
                for as_written, _, _ in find_places(text)[:1]:
                    places.append(place_fact(as_written, "signing-as-stated-by-act", Evidence(point.eid, point.start, point.end, text)))
    closing = treaty.closing if treaty else None
    if closing is not None:
        evidence = Evidence(closing.eid, closing.start, closing.end, closing.text)
        if closing.date is not None:
            d = closing.date
            dates.append(StatedDate("signing", d.text, d.iso, d.complete, evidence))
        if closing.place:
            places.append(place_fact(closing.place, "signing", evidence))
    return dates, places


def extract_editorial(document: Document) -> list[EditorialEntryIntoForce]:
    """``(2001 жылғы 11 сәуірде күшіне енді - ҚР халықаралық шарттары бюллетені, 2002 ж., N 1, 12-құжат)``."""
    out = []
    treaty = document.treaty
    for note in (n for n in (treaty.walk() if treaty else []) if isinstance(n, Note) and n.kind == "entry-into-force"):
        text = note.text
        evidence = Evidence(note.eid, note.start, note.end, text, editorial=True)
        found = find_dates(text)
        date = stated_date(found[0], "entry-into-force", evidence) if found else None
        bulletin = BULLETIN.search(text)
        out.append(EditorialEntryIntoForce(date, bulletin.group("ref").strip() if bulletin else None, evidence))
    return out
