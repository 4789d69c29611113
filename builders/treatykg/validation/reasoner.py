"""OWL reasoning with owlready2, always in a throw-away ``World()`` over temporary copies: nothing is ever saved
over the sources (``sync_reasoner`` writes inferred axioms back into what it loaded).

- ``check_ontology()``: the ontology with its vendored imports and alignments is consistent (HermiT). HermiT accepts
  only the OWL 2 datatype map, so the throw-away copy drops the ``rdfs:range`` axioms whose datatype is outside it
  (xsd:date, xsd:gYear, xsd:duration), retypes literals of those datatypes to plain strings (the ontology header's
  dcterms:created/modified dates), and rewrites ``rdf:langString`` ranges to ``rdf:PlainLiteral``.
- ``check_document(triples)``: one act's graph with the ontology is consistent (Pellet). Pellet 2.3 predates RDF 1.1
  and gives rdf:langString no values, so the copy rewrites ``rdfs:range rdf:langString`` to ``rdf:PlainLiteral``;
  nothing else is changed (xsd:date, xsd:gYear and xsd:duration are fine for Pellet).
  Returns the classes inferred for each treaty, so that tests can see BilateralTreaty, DraftTreaty/SignedTreaty and
  IntergovernmentalTreaty/InterstateTreaty appear as the ontology promises.

Use the reasoner for the TBox and for one document at a time, never for the whole corpus.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from treatykg.files import data_dir
from treatykg.rdf.vocab import TKG

if TYPE_CHECKING:  # imported when a reasoner runs
    import owlready2

HERMIT_UNSUPPORTED = (XSD.date, XSD.gYear, XSD.duration)
PLAIN_LITERAL = RDF.PlainLiteral
PROMISED = ("BilateralTreaty", "MultilateralTreaty", "DraftTreaty", "SignedTreaty", "IntergovernmentalTreaty",
            "InterstateTreaty")


class ReasonerError(Exception):
    """The reasoner could not run (no Java, a crash): not a finding about the data."""


@dataclass
class ReasonResult:
    name: str
    consistent: bool
    reasoner: str
    message: str = ""
    inferred: dict[str, set[str]] = field(default_factory=dict)  # treaty IRI -> promised classes inferred
    rewrites: list[str] = field(default_factory=list)
    seconds: float = 0.0


def ontology_graph(alignments: bool = True) -> Graph:
    folder = data_dir("ontology")
    g = Graph()
    files = [folder / "treatykg.ttl", *sorted((folder / "imports").glob("*.ttl"))]
    if alignments:
        files += sorted((folder / "alignments").glob("*.ttl"))
    for path in files:
        g.parse(path, format="turtle")
    return g


def rewrite_for_hermit(g: Graph) -> list[str]:
    notes = []
    for prop, rng in list(g.subject_objects(RDFS.range)):
        if rng in HERMIT_UNSUPPORTED:
            g.remove((prop, RDFS.range, rng))
            notes.append(f"dropped {prop} rdfs:range {rng}")
        elif rng == RDF.langString:
            g.remove((prop, RDFS.range, rng))
            g.add((prop, RDFS.range, PLAIN_LITERAL))
            notes.append(f"rewrote {prop} rdfs:range rdf:langString -> rdf:PlainLiteral")
    for s, p, o in list(g):
        if isinstance(o, Literal) and o.datatype in HERMIT_UNSUPPORTED:
            g.remove((s, p, o))
            g.add((s, p, Literal(str(o))))
            notes.append(f"retyped {p} {o.n3()} of {s} as a plain string")
    return notes


def rewrite_for_pellet(g: Graph) -> list[str]:
    notes = []
    for prop in list(g.subjects(RDFS.range, RDF.langString)):
        g.remove((prop, RDFS.range, RDF.langString))
        g.add((prop, RDFS.range, PLAIN_LITERAL))
        notes.append(f"rewrote {prop} rdfs:range rdf:langString -> rdf:PlainLiteral")
    return notes


def _run(g: Graph, reasoner: str, name: str, notes: list[str]) -> tuple[ReasonResult, owlready2.World | None]:
    import time

    import owlready2

    java = shutil.which(owlready2.JAVA_EXE)
    if java is None:
        raise ReasonerError(f"{reasoner} runs on Java, and there is none: no {owlready2.JAVA_EXE!r} on the PATH "
                            "(install a Java runtime, e.g. apt-get install default-jre-headless)")
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="treatykg-reason-") as tmp:
        path = Path(tmp) / "merged.nt"
        g.serialize(path, format="nt", encoding="utf-8")
        world = owlready2.World()
        world.get_ontology(path.as_uri()).load(format="ntriples")
        try:
            with world.get_ontology("http://treatykg.invalid/inferred#"):
                if reasoner == "hermit":
                    owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
                else:
                    owlready2.sync_reasoner_pellet(world, infer_property_values=False,
                                                   infer_data_property_values=False, debug=0)
        except owlready2.OwlReadyInconsistentOntologyError as error:
            return ReasonResult(name, False, reasoner, " ".join(str(error).split())[:500], rewrites=notes,
                                seconds=time.monotonic() - started), None
        except Exception as error:  # noqa: BLE001 - Java missing or crashing is not a verdict
            raise ReasonerError(f"{reasoner} failed on {name}: {' '.join(str(error).split())[:300]}") from None
        unsatisfiable = [str(c.iri) for c in world.inconsistent_classes() if hasattr(c, "iri")]
        result = ReasonResult(name, True, reasoner, rewrites=notes, seconds=time.monotonic() - started)
        if unsatisfiable:
            result.consistent = False
            result.message = "unsatisfiable classes: " + ", ".join(sorted(unsatisfiable))
        return result, world


def check_ontology(extra: Graph | None = None, alignments: bool = True) -> ReasonResult:
    """The TBox (ontology + imports + alignments, plus ``extra`` axioms if given) with HermiT."""
    g = ontology_graph(alignments)
    if extra is not None:
        for t in extra:
            g.add(t)
    notes = rewrite_for_hermit(g)
    result, _ = _run(g, "hermit", "ontology", notes)
    return result


def check_document(triples, name: str = "document") -> ReasonResult:
    """One act's triples with the ontology and imports, with Pellet; reports the promised classes inferred."""
    g = ontology_graph(alignments=False)
    for t in triples:
        g.add(t)
    notes = rewrite_for_pellet(g)
    treaties = {s for s in g.subjects(RDF.type, TKG.Treaty) if isinstance(s, URIRef)}
    result, world = _run(g, "pellet", name, notes)
    if world is not None:
        for treaty in treaties:
            individual = world[str(treaty)]
            if individual is None:
                continue
            names = {c.name for c in individual.is_a if hasattr(c, "name")}
            ancestors = set()
            for c in individual.is_a:
                if hasattr(c, "ancestors"):
                    ancestors |= {a.name for a in c.ancestors() if hasattr(a, "name")}
            result.inferred[str(treaty)] = {n for n in names | ancestors if n in PROMISED}
    return result
