"""The inline markup of a language version: the spans of its parties, places, dates, cited treaties, defined terms
and persons, each with the IRI the graph gives it.

Every IRI is read from the version's own named graph (or minted as the graph mints it, and then looked up in it),
so that a ``refersTo`` never names what the graph does not hold. A fact that the graph left out, or whose words
cannot be found in its passage, is simply not marked up.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from rdflib import URIRef

from treatykg.facts.terms import term_uses
from treatykg.facts.types import Evidence, Facts, Place
from treatykg.rdf.graph import Triple
from treatykg.rdf.iris import Minter
from treatykg.rdf.vocab import ELI, RDF, RDFS, TKG
from treatykg.text.parsed import ParsedVersion


@dataclass(frozen=True)
class Reference:
    """An entity of the graph that the document refers to: a ``TLC*`` entry of the ``references`` block."""

    kind: str   # party | location | term | treaty | person | role | organisation
    iri: str
    label: str  # its readable name: the TLC's showAs


@dataclass(frozen=True)
class Mark:
    """An inline element over ``[start, end)`` of the normalised text."""

    start: int
    end: int
    tag: str
    reference: Reference | None = None
    attributes: tuple[tuple[str, str], ...] = ()


class GraphView:
    """One named graph of an act, indexed for the look-ups the markup needs."""

    def __init__(self, triples: Iterable[Triple]):
        self._objects: dict[tuple, list] = defaultdict(list)
        self._traced: dict[URIRef, list[URIRef]] = defaultdict(list)
        for s, p, o in sorted(triples):  # sorted: the first of several candidates is the same in every run
            self._objects[(s, p)].append(o)
            if p == TKG.passage and isinstance(o, URIRef):
                self._traced[o].append(s)

    def objects(self, subject, predicate) -> list:
        return self._objects.get((subject, predicate), [])

    def has_type(self, subject, cls) -> bool:
        return cls in self.objects(subject, RDF.type)

    def traced_to(self, passage: URIRef) -> list[URIRef]:
        return self._traced.get(passage, [])

    def label(self, subject) -> str | None:
        """An English label, else the name as written (the graph's words for an organisation)."""
        labels = self.objects(subject, RDFS.label)
        english = [str(label) for label in labels if getattr(label, "language", None) == "en"]
        written = [str(name) for name in self.objects(subject, TKG.nameAsWritten)]
        found = english or written or [str(label) for label in labels]
        return found[0] if found else None


class MarkMaker:
    def __init__(self, version: ParsedVersion, facts: Facts, view: GraphView, minter: Minter, act: URIRef,
                 treaty: URIRef | None):
        self.version, self.facts, self.view, self.minter = version, facts, view, minter
        self.text = version.normalised.text
        self.expression = minter.expression(act, version.language)
        self.treaty = treaty
        self.marks: list[Mark] = []
        self.party_names: dict[str, str] = {}  # party IRI -> its name in this version

    def _passage(self, evidence: Evidence) -> URIRef:
        return self.minter.passage(self.expression, *self.version.normalised.raw_span(evidence.start, evidence.end))

    def _find(self, evidence: Evidence, words: str | None) -> tuple[int, int] | None:
        """Where ``words`` stand in the passage of ``evidence`` (their first occurrence), if they do."""
        if not words or not words.strip():
            return None
        at = self.text.find(words, evidence.start, evidence.end)
        return (at, at + len(words)) if at >= 0 else None

    def _located(self, evidence: Evidence) -> tuple[int, int] | None:
        """The span of an evidence that names its words exactly; else where its words stand near it (an extractor
        that read a provision's text with its spaces collapsed may give offsets a little off), if they do."""
        if " ".join(self.text[evidence.start:evidence.end].split()) == " ".join(evidence.text.split()):
            return evidence.start, evidence.end
        slack = len(evidence.text)
        at = self.text.find(evidence.text, max(0, evidence.start - slack), evidence.end + slack)
        return (at, at + len(evidence.text)) if at >= 0 and evidence.text.strip() else None

    def _add(self, span: tuple[int, int] | None, tag: str, reference: Reference | None = None, **attributes) -> None:
        if span is not None and span[0] < span[1]:
            self.marks.append(Mark(span[0], span[1], tag, reference, tuple(sorted(attributes.items()))))

    def make(self) -> list[Mark]:
        self._parties()
        self._terms()
        self._citations()
        for date in self.facts.dates:
            self._date(date.evidence, date.text, date.iso, date.complete)
        for record in self.facts.editorial:  # an editor's note of the entry into force
            if record.date is not None:
                self._date(record.evidence, record.date.text, record.date.iso, record.date.complete)
        for place in self.facts.places:
            self._place(place)
        self._persons()
        return self.marks

    def _parties(self) -> None:
        if self.treaty is None:
            return
        parties = set(self.view.objects(self.treaty, TKG.hasParty))
        for party in self.facts.parties:
            found = [iri for iri in self.view.traced_to(self._passage(party.evidence)) if iri in parties]
            if found:
                self.party_names.setdefault(str(found[0]), party.name)
                self._add(self._located(party.evidence), "party", Reference("party", str(found[0]), party.name))

    def _terms(self) -> None:
        document = self.version.document
        if not self.facts.terms or document.treaty is None:
            return
        concepts: dict[str, str] = {}
        definitions: list[tuple[int, int]] = []
        for term in self.facts.terms:
            found = [iri for iri in self.view.traced_to(self._passage(term.evidence))
                     if self.view.has_type(iri, TKG.DefinedTerm)]
            if not found:
                continue
            concepts[term.term] = str(found[0])
            span = self._find(term.evidence, term.term)
            if span is not None:
                definitions.append(span)
                self._add(span, "def", Reference("term", str(found[0]), term.term))
        language = document.treaty.language or self.version.language
        for use in term_uses(document.treaty, self.facts.terms, language):
            if use.term in concepts and not any(s < use.end and use.start < e for s, e in definitions):
                self._add((use.start, use.end), "term", Reference("term", concepts[use.term], use.term))

    def _citations(self) -> None:
        for citation in self.facts.citations:
            if citation.date is not None:
                self._date(citation.evidence, citation.date.text, citation.date.iso, citation.date.complete)
            if citation.place is not None:
                self._place(citation.place, citation.evidence)
            if citation.generic:
                continue
            nodes = [iri for iri in self.view.traced_to(self._passage(citation.evidence))
                     if self.view.has_type(iri, TKG.Citation)]
            cited = [treaty for node in nodes for treaty in self.view.objects(node, TKG.citedTreaty)]
            if cited:
                label = citation.title or self.view.label(cited[0]) or str(cited[0])
                self._add(self._located(citation.evidence), "ref", Reference("treaty", str(cited[0]), label),
                          href=str(cited[0]))

    def _date(self, evidence: Evidence, words: str, iso: str | None, complete: bool) -> None:
        if complete and iso and len(iso) == len("2011-07-26"):
            self._add(self._find(evidence, words), "date", date=iso)

    def _place(self, place: Place, evidence: Evidence | None = None) -> None:
        iri = self.minter.place(place.name)
        if self.view.has_type(iri, TKG.Place):
            self._add(self._find(evidence or place.evidence, place.as_written), "location",
                      Reference("location", str(iri), place.nominative or place.name))

    def _persons(self) -> None:
        for person in self.facts.persons:
            if person.name:
                iri = self.minter.person(person.name)
                if self.view.has_type(iri, TKG.Person):
                    self._add(self._find(person.evidence, person.as_written or person.name), "person",
                              Reference("person", str(iri), person.name))
            if person.office and person.role != "authorised-body":
                post = self.minter.post(person.state.code if person.state else None, person.office)
                if self.view.has_type(post, TKG.Post):
                    self._add(self._find(person.evidence, person.office), "role",
                              Reference("role", str(post), person.office))


def issuer(view: GraphView, act: URIRef) -> Reference | None:
    """The body that passed the act, where the graph names it."""
    for organisation in view.objects(act, ELI.passed_by):
        return Reference("organisation", str(organisation), view.label(organisation) or str(organisation))
    return None
