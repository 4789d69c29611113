"""Dates and places the text states, normalised (ISO 8601; places across languages), and editorial
notes of entry into force with their bulletin reference."""

from __future__ import annotations

import re

from treatykg.facts.types import ActRequisites, EditorialEntryIntoForce, Evidence, Place, StatedDate
from treatykg.lang.dates import TextDate, find_dates
from treatykg.lang.gazetteer import place_name
from treatykg.lang.place_wording import ACT_PLACES, DATE_AFTER_SIGNED, SIGNED_OR_DONE
from treatykg.lang.structure import BULLETIN
from treatykg.text.document import Document, Note


def find_place(text: str, patterns: tuple[tuple[re.Pattern, str, bool], ...]) -> tuple[str, str, bool] | None:
    """(as written, language, inflected) of the place that the first of ``patterns`` to match names (lang/
    place_wording.py lists them in the order to try)."""
    for pattern, language, inflected in patterns:
        match = pattern.search(text)
        if match:
            return match.group("place"), language, inflected
    return None


def place_fact(as_written: str, role: str, evidence: Evidence, language: str, inflected: bool = True) -> Place:
    """A place the text names, in whatever case, with its nominative in ``language`` and its identity: the
    gazetteer's English name for a place it knows, else that nominative."""
    name = place_name(as_written, language, inflected)
    return Place(as_written, name.key, role, evidence, name.wikidata, name.nominative, language, name.entry is not None)


def stated_date(text_date: TextDate, role: str, evidence: Evidence) -> StatedDate:
    return StatedDate(role, text_date.text, text_date.iso, text_date.complete, evidence,
                      text_date.year or None)  # year 0000 is no year


def extract_dates_and_places(document: Document, requisites: ActRequisites | None = None,
                             signing_date: StatedDate | None = None,
                             signing_place: Place | None = None) -> tuple[list[StatedDate], list[Place]]:
    """The act's date (from its ``requisites``), the signing date and place of the approved treaty as the act states
    them (a claim that may differ from the treaty's own), and the treaty's own signing date and place (from its
    closing formula)."""
    dates: list[StatedDate] = []
    places: list[Place] = []
    act = document.act
    if requisites is not None and requisites.date_text and requisites.evidence is not None:
        dates.append(StatedDate("act-date", requisites.date_text, requisites.date, requisites.date is not None,
                                requisites.evidence))
    if act is not None:
        for point in act.points[:1]:
            text = point.text
            verb = SIGNED_OR_DONE.search(text)
            if verb:
                # the date of signing follows a Russian participle ("done at Astana on 8 November 2018") and
                # comes before a Kazakh one, which ends the phrase (lang/place_wording.DATE_AFTER_SIGNED holds the
                # Russian participles); another date of the point is that of a treaty its title names ("… of 15 May
                # 1992")
                point_dates = find_dates(text)
                if DATE_AFTER_SIGNED.match(verb.group()):
                    near = [d for d in point_dates if d.start >= verb.end()]
                else:
                    near = [d for d in reversed(point_dates) if d.end <= verb.start()]
                for d in (near or point_dates)[:1]:
                    dates.append(stated_date(d, "signing-as-stated-by-act",
                                             Evidence(point.eid, point.start, point.end, text)))
                place = find_place(text, ACT_PLACES)
                if place:
                    as_written, language, inflected = place
                    places.append(place_fact(as_written, "signing-as-stated-by-act",
                                             Evidence(point.eid, point.start, point.end, text), language, inflected))
    if signing_date is not None:
        dates.append(signing_date)
    if signing_place is not None:
        places.append(signing_place)
    return dates, places


def extract_editorial(document: Document) -> list[EditorialEntryIntoForce]:
    """The editor's note that the treaty entered into force, with the bulletin that published it ("(entered into
    force on 11 April 2001 - Bulletin of international treaties of the RK, 2002, N 1, doc. 12)";
    lang/structure.BULLETIN)."""
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
