"""What the graph says about one language version of an act, read with the SPARQL queries of queries/evaluate/
(each binds ``?graph`` to the version's named graph), in the shape that the gold files use.

Nothing here looks at the facts or the text: a value that the graph does not hold is missing, however well the
extractors read it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from treatykg.files import data_dir
from treatykg.store.queries import Engine, Param, Query, Term, read_query

LANGUAGE_AUTHORITY = "http://publications.europa.eu/resource/authority/language/"


@dataclass
class Item:
    """One member of a set-valued field (a party, an authority, a term, a citation) with its attributes."""

    key: str
    values: dict[str, str | None] = field(default_factory=dict)


@dataclass
class Reading:
    """The values the graph holds for one language version; None where it holds none."""

    graph: str
    values: dict[str, object] = field(default_factory=dict)
    items: dict[str, list[Item]] = field(default_factory=dict)
    # the numbers of articles (and numbered points) in each body: the treaty's own, each protocol's and annex's
    numbering: dict[str, list[int | None]] = field(default_factory=dict)
    # every date the graph states, as written in the literal, with the field it belongs to
    dates: list[tuple[str, str]] = field(default_factory=list)

    def get(self, name: str):
        return self.values.get(name)


@cache
def evaluation_query(name: str) -> Query:
    return read_query(queries_dir() / f"{name}.rq")


def queries_dir() -> Path:
    return data_dir("queries") / "evaluate"


def read_graph(engine: Engine, graph: str) -> Reading:
    """Run every evaluation query for ``graph`` and gather the values."""
    reading = Reading(graph)
    param = [Param("graph", Term("uri", graph))]

    def rows(name: str) -> list[dict[str, Term | None]]:
        result = engine.select(evaluation_query(name), param)
        return [dict(zip(result.columns, row, strict=True)) for row in result.rows]

    _act(reading, rows("act"), rows("act-points"), rows("persons"), rows("act-claims"))
    _treaty(reading, rows("treaty"), rows("entry-into-force-records"))
    _structure(reading, rows("structure"))
    _parties(reading, rows("parties"))
    _authorities(reading, rows("authorities"))
    _terms(reading, rows("terms"))
    _clauses(reading, rows("clauses"))
    _citations(reading, rows("citations"))
    return reading


def value(term: Term | None) -> str | None:
    return None if term is None else term.value


def local(term: Term | None) -> str | None:
    return None if term is None else term.value.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _one(rows: list[dict], column: str) -> str | None:
    """The column's value, when every row agrees on one; several values are kept, sorted, joined by ' | '."""
    found = sorted({row[column].value for row in rows if row.get(column) is not None})
    return " | ".join(found) if found else None


def _act(reading: Reading, act: list[dict], points: list[dict], persons: list[dict], claims: list[dict]) -> None:
    v = reading.values
    v["act.class"] = " | ".join(sorted({local(r["actClass"]) or "" for r in act if r["actClass"] is not None})) or None
    v["act.relations"] = sorted({local(r["relation"]) or "" for r in act if r["relation"] is not None}) or None
    v["act.date"] = _one(act, "date")
    v["act.number"] = _one(act, "number")
    v["act.titles"] = sorted({r["title"].value for r in act if r["title"] is not None})
    v["act.points"] = len({r["point"].value for r in points}) if act else None
    for role in ("signer", "authorised"):
        rows = [r for r in persons if value(r["role"]) == role]
        v[f"act.{role}.name"] = _one(rows, "name")
        v[f"act.{role}.as_written"] = _one(rows, "asWritten")
        v[f"act.{role}.office"] = _one(rows, "office")
    v["act.claim.date"] = _one(claims, "date")
    v["act.claim.place"] = _one(claims, "placeLabel")
    for row in claims:
        if row["date"] is not None:
            reading.dates.append(("act.claim.date", row["date"].value))
    for row in act:
        if row["date"] is not None:
            reading.dates.append(("act.date", row["date"].value))


def _treaty(reading: Reading, treaty: list[dict], records: list[dict]) -> None:
    v = reading.values
    v["treaty.present"] = bool(treaty)
    v["treaty.title"] = _one(treaty, "title")
    drafts = {r["draft"].value for r in treaty if r["draft"] is not None}
    v["treaty.draft"] = ("true" in drafts) if drafts else None
    v["treaty.collective_name"] = _one(treaty, "collectiveName")
    v["treaty.sides"] = _one(treaty, "sides")
    v["treaty.signed_date"] = _one(treaty, "date")
    v["treaty.signed_year"] = _one(treaty, "year")
    v["treaty.signed_place"] = _one(treaty, "placeLabel")
    v["treaty.entry_into_force_date"] = _one(treaty, "entryIntoForce") or _one(records, "date")
    for row in treaty:
        for column in ("date", "entryIntoForce"):
            if row[column] is not None:
                reading.dates.append((f"treaty.{column}", row[column].value))
    for row in records:
        if row["date"] is not None:
            reading.dates.append(("treaty.entry_into_force_record", row["date"].value))


def _structure(reading: Reading, rows: list[dict]) -> None:
    classes = {r["part"].value: local(r["class"]) for r in rows}
    parents = {r["part"].value: r["parent"].value for r in rows}

    def container(part: str) -> str | None:
        """The protocol or annex a part belongs to; None for the treaty's own body."""
        parent = parents.get(part)
        while parent is not None and classes.get(parent) not in ("Protocol", "Annex"):
            parent = parents.get(parent)
        return parent

    articles = sorted({(r["part"].value, r["number"].value if r["number"] is not None else None)
                       for r in rows if local(r["class"]) == "Article"})
    annexes = sorted({part for part, cls in classes.items() if cls in ("Protocol", "Annex")})
    # numbered points: paragraphs with a number directly under a body (no article above them)
    points = sorted({(r["part"].value, r["number"].value) for r in rows if local(r["class"]) == "Paragraph"
                     and r["number"] is not None and classes.get(r["parent"].value) in (None, "Protocol", "Annex")})
    for part, number in articles:
        reading.numbering.setdefault(f"articles of {local_part(container(part))}", []).append(
            int(number) if number is not None else None)
    for part, number in points:
        reading.numbering.setdefault(f"points of {local_part(container(part))}", []).append(int(number))
    v = reading.values
    v["structure.articles"] = sum(1 for part, _ in articles if container(part) is None)
    v["structure.sections"] = sum(1 for cls in classes.values() if cls == "Section")
    v["structure.annexes"] = len(annexes)
    v["structure.annex_articles"] = [sum(1 for part, _ in articles if container(part) == annex) for annex in annexes]
    # the treaty's own recitals, as gold counts them (a protocol's preamble has recitals of its own)
    v["structure.recitals"] = sum(1 for part, cls in classes.items() if cls == "Recital" and container(part) is None)
    v["structure.numbered_points"] = sum(1 for part, _ in points if container(part) is None)


def local_part(iri: str | None) -> str:
    return "the treaty" if iri is None else iri.rsplit("/", 1)[-1]


def _parties(reading: Reading, rows: list[dict]) -> None:
    by_party: dict[str, Item] = {}
    names: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        item = by_party.setdefault(row["party"].value, Item("", {}))
        if row["name"] is not None:
            names[row["party"].value].add(row["name"].value)
        if row["state"] is not None:
            item.values["state"] = local(row["state"])
        if row["kind"] is not None:
            item.values["kind"] = local(row["kind"])
        if row["side"] is not None:
            item.values["side"] = row["side"].value
    for party, item in by_party.items():
        item.key, *others = sorted(names[party]) or [""]
        item.values["other names"] = " | ".join(others) or None
    reading.items["treaty.parties"] = sorted(by_party.values(), key=lambda item: item.key)


def _authorities(reading: Reading, rows: list[dict]) -> None:
    items = [Item(r["name"].value, {"state": local(r["state"]), "deferred": value(r["deferred"])})
             for r in rows if r["name"] is not None]
    reading.items["treaty.competent_authorities"] = sorted(items, key=lambda item: item.key)


def _terms(reading: Reading, rows: list[dict]) -> None:
    items = [Item(r["label"].value, {"definition": value(r["definition"])}) for r in rows]
    reading.items["treaty.definitions"] = sorted(items, key=lambda item: item.key)


def _clauses(reading: Reading, rows: list[dict]) -> None:
    aspects: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        aspects[value(row["aspect"]) or ""].add(row["value"].value)

    def languages(aspect: str) -> list[str]:
        return sorted(code.removeprefix(LANGUAGE_AUTHORITY) for code in aspects.get(aspect, ()))

    v = reading.values
    v["treaty.eif.condition_kind"] = " | ".join(sorted(aspects["condition kind"])) or None
    indefinite = "true" in aspects.get("indefinite", set())
    years = sorted(aspects.get("years", ()))
    until = sorted(aspects.get("until", ()))
    v["treaty.duration"] = ("indefinite" if indefinite else f"P{years[0]}Y" if years
                            else "conditional" if until else None)
    v["treaty.termination_notice"] = " | ".join(sorted(aspects.get("notice", ()))) or None
    v["treaty.entry_into_force.delay"] = " | ".join(sorted(aspects.get("delay", ()))) or None
    v["treaty.working_language"] = languages("working language") or None
    v["treaty.authentic_languages"] = languages("authentic language") or None
    v["treaty.prevailing_language"] = languages("prevailing language") or None
    v["treaty.copies"] = " | ".join(sorted(aspects.get("originals", ()))) or None


def _citations(reading: Reading, rows: list[dict]) -> None:
    items = [Item(value(r["title"]) or "", {"date": value(r["date"]), "place": value(r["placeLabel"]),
                                            "level": value(r["level"])}) for r in rows]
    reading.items["treaty.referenced_treaties"] = sorted(items, key=lambda item: (item.key, item.values["date"] or ""))
    for row in rows:
        if row["date"] is not None:
            reading.dates.append(("treaty.citation.date", row["date"].value))

