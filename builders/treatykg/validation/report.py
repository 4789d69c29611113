"""The validation report: its results as RDF terms, and the report as text, JSON or a SHACL validation report graph.

A :class:`Result` keeps what SHACL says about one failure as rdflib terms (the focus node, the value, the
source shape, the constraint component and the severity as IRIs, blank nodes or literals, each literal with its
datatype or language; a complex path as an rdflib path, ``tkg:approves|tkg:ratifies``), every message the shape
gives in every language, and two things SHACL does not: the passage of the source text the focus node comes from
(``file:start-end``, and the tkg:Passage itself) and a readable name of the shape (``tkgsh:ActShape``, the node
shape whose property shape failed).

Two results are the same when they say the same thing about the same node (:meth:`Result.key`, severity, messages
and passage): an anonymous property shape is named by its node shape and a digest of its own description, never
by a blank node id of one parse of the shapes, so that results from different processes and engines compare.
"""

from __future__ import annotations

import hashlib
import json
import typing
from dataclasses import dataclass, field

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS, SH
from rdflib.paths import AlternativePath, InvPath, MulPath, Path, SequencePath

from treatykg.rdf.vocab import TKG, TKGSH

SEVERITY_NAMES = {SH.Violation: "Violation", SH.Warning: "Warning", SH.Info: "Info"}
SEVERITIES = {name: term for term, name in SEVERITY_NAMES.items()}
SEVERITY_ORDER = {SH.Violation: 0, SH.Warning: 1, SH.Info: 2}


def text(term) -> str:
    """A term as the text and JSON reports write it: an IRI or a plain literal as its string, a typed or tagged
    literal in N-Triples form, a complex path as "(complex path)"."""
    if term is None:
        return ""
    if isinstance(term, Path):
        return "(complex path)"
    if isinstance(term, Literal):
        return term.n3() if term.datatype or term.language else str(term)
    return str(term)


def shape_name(shape) -> str:
    if isinstance(shape, URIRef):
        return str(shape).replace(str(TKGSH), "tkgsh:")
    return "(anonymous shape)"


@dataclass(frozen=True, eq=False)
class Result:
    focus: URIRef | BNode | Literal  # sh:focusNode
    severity: URIRef  # sh:resultSeverity: sh:Violation, sh:Warning or sh:Info
    source_shape: URIRef | BNode  # sh:sourceShape; an anonymous shape's blank node is labelled by its content
    constraint: URIRef | None  # sh:sourceConstraintComponent
    path: URIRef | Path | None = None  # sh:resultPath
    value: URIRef | BNode | Literal | None = None  # sh:value
    messages: tuple[Literal, ...] = ()  # every sh:resultMessage, sorted
    shape: str = ""  # readable: tkgsh:ActShape (for a property shape, its node shape's name)
    source: str = ""  # the focus node's source passage, file:start-end
    passage: URIRef | None = None  # that passage (a tkg:Passage)
    check: str = ""  # the SPARQL check (queries/cq/neg-*.rq) that found it; "" for a SHACL shape

    @property
    def message(self) -> str:
        """The English message (or the first one), as the text and JSON reports give it."""
        english = [m for m in self.messages if m.language == "en"]
        chosen = english or list(self.messages)
        return str(chosen[0]) if chosen else ""

    @property
    def level(self) -> str:
        """The severity's name: Violation, Warning or Info."""
        return SEVERITY_NAMES.get(self.severity, "Violation")

    def key(self) -> tuple:
        """What a result says: focus node, shape, constraint, path, value and message."""
        return (self.focus, self.shape, self.constraint, self.path, self.value, self.message)

    def _identity(self) -> tuple:
        return (*self.key(), self.severity, self.messages, self.source, self.check)

    def __eq__(self, other) -> bool:
        return isinstance(other, Result) and self._identity() == other._identity()

    def __hash__(self) -> int:
        return hash(self._identity())

    def sort_key(self) -> tuple:
        return (SEVERITY_ORDER.get(self.severity, 0), text(self.focus), self.shape, text(self.path),
                text(self.value), self.message)

    def as_dict(self) -> dict:
        """The JSON report's record: every field as text."""
        return {"focus": text(self.focus), "severity": self.level, "message": self.message, "shape": self.shape,
                "source": self.source, "path": text(self.path), "value": text(self.value),
                "constraint": text(self.constraint)}


def ordered(results) -> list[Result]:
    """Distinct results, in the order of the reports: severity, focus node, shape, path, value, message."""
    return sorted(set(results), key=Result.sort_key)


@dataclass
class Report:
    results: list[Result] = field(default_factory=list)
    allow_warnings: bool = False
    allow_infos: bool = True
    triples: int = 0

    def count(self, severity: str | URIRef) -> int:
        """Results of one severity, given as sh:Warning or by name, "Warning"."""
        term = SEVERITIES.get(severity, severity)
        return sum(1 for r in self.results if r.severity == term)

    @property
    def violations(self) -> int:
        return self.count(SH.Violation)

    @property
    def conforms(self) -> bool:
        if self.violations:
            return False
        if self.count(SH.Warning) and not self.allow_warnings:
            return False
        return not (self.count(SH.Info) and not self.allow_infos)

    def shapes(self) -> set[str]:
        return {r.shape for r in self.results}

    def to_text(self) -> str:
        lines = []
        for r in self.results:
            where = f" [{r.source}]" if r.source else ""
            value = f" (value: {text(r.value)})" if r.value is not None else ""
            lines.append(f"{r.level.upper()}: {r.message}{value}\n  focus: {text(r.focus)}{where}\n  shape: {r.shape}"
                         + (f"  path: {text(r.path)}" if r.path is not None else ""))
        summary = (f"{'conforms' if self.conforms else 'does not conform'}: {self.violations} violations, "
                   f"{self.count(SH.Warning)} warnings, {self.count(SH.Info)} infos ({self.triples} triples)")
        return "\n".join(lines + [summary]) + "\n"

    def to_json(self) -> str:
        payload = {"conforms": self.conforms, "violations": self.violations, "warnings": self.count(SH.Warning),
                   "infos": self.count(SH.Info), "triples": self.triples,
                   "results": [r.as_dict() for r in self.results]}
        return json.dumps(payload, ensure_ascii=False, indent=1) + "\n"

    def graph(self) -> Graph:
        """The report as a SHACL validation report graph: ``sh:conforms``, and one ``sh:result`` per result with
        its focus node, severity, source shape and constraint component, its path and value where it has them,
        every message, and the source passage (``tkg:passage``, and ``rdfs:comment "source: file:start-end"``).
        Blank nodes are labelled from the results' order and content, so the same report serialises to the same
        bytes."""
        g = Graph()
        g.bind("sh", SH)
        g.bind("tkg", TKG)
        g.bind("tkgsh", TKGSH)
        report = BNode("report")
        g.add((report, RDF.type, SH.ValidationReport))
        g.add((report, SH.conforms, Literal(self.conforms)))
        for n, r in enumerate(self.results):
            node = BNode(f"result{n:05d}")
            g.add((report, SH.result, node))
            g.add((node, RDF.type, SH.ValidationResult))
            g.add((node, SH.focusNode, r.focus))
            g.add((node, SH.resultSeverity, r.severity))
            g.add((node, SH.sourceShape, r.source_shape))
            if r.constraint is not None:
                g.add((node, SH.sourceConstraintComponent, r.constraint))
            if r.path is not None:
                g.add((node, SH.resultPath, path_node(g, r.path)))
            if r.value is not None:
                g.add((node, SH.value, r.value))
            for message in r.messages:
                g.add((node, SH.resultMessage, message))
            if r.passage is not None:
                g.add((node, TKG.passage, r.passage))
            if r.source:
                g.add((node, RDFS.comment, Literal(f"source: {r.source}")))
        return g

    def to_turtle(self) -> str:
        return self.graph().serialize(format="turtle")

    def serialise(self, fmt: str = "text") -> str:
        return {"text": self.to_text, "json": self.to_json, "turtle": self.to_turtle}[fmt]()


# --- SHACL paths as rdflib paths, and back ---------------------------------------------------------------------------

Multiplicity = typing.Literal["*", "+", "?"]  # what rdflib's MulPath takes
_MULTIPLICITY: dict[URIRef, Multiplicity] = {SH.zeroOrMorePath: "*", SH.oneOrMorePath: "+", SH.zeroOrOnePath: "?"}


def shacl_path(g: Graph, node) -> URIRef | Path:
    """The SHACL path at ``node`` of ``g`` as an IRI or an rdflib path (rdflib.paths)."""
    if isinstance(node, URIRef):
        return node
    inverse = g.value(node, SH.inversePath)
    if inverse is not None:
        return InvPath(shacl_path(g, inverse))
    for key, mod in _MULTIPLICITY.items():
        inner = g.value(node, key)
        if inner is not None:
            return MulPath(shacl_path(g, inner), mod)
    alternatives = g.value(node, SH.alternativePath)
    if alternatives is not None:
        return AlternativePath(*[shacl_path(g, member) for member in Collection(g, alternatives)])
    if g.value(node, RDF.first) is not None:
        return SequencePath(*[shacl_path(g, member) for member in Collection(g, node)])
    raise ValueError(f"not a SHACL path: {node!r}")


def path_node(g: Graph, path: URIRef | Path, label: str | None = None) -> URIRef | BNode:
    """Add the SHACL form of ``path`` to ``g`` and return its node; blank nodes are labelled from the path."""
    if isinstance(path, URIRef):
        return path
    label = label or "path-" + hashlib.sha256(path.n3().encode("utf-8")).hexdigest()[:16]
    node = BNode(label)
    if isinstance(path, InvPath):
        g.add((node, SH.inversePath, path_node(g, path.arg, f"{label}-i")))
    elif isinstance(path, MulPath):
        key = next(k for k, mod in _MULTIPLICITY.items() if mod == path.mod)
        g.add((node, key, path_node(g, path.path, f"{label}-m")))
    elif isinstance(path, AlternativePath):
        g.add((node, SH.alternativePath, _list(g, [path_node(g, p, f"{label}-a{i}") for i, p in enumerate(path.args)],
                                                f"{label}-l")))
    elif isinstance(path, SequencePath):
        return _list(g, [path_node(g, p, f"{label}-s{i}") for i, p in enumerate(path.args)], label)
    else:
        raise TypeError(f"not a path: {path!r}")
    return node


def _list(g: Graph, items: list, label: str) -> URIRef | BNode:
    head: URIRef | BNode = RDF.nil
    for i in reversed(range(len(items))):
        cell = BNode(f"{label}{i}")
        g.add((cell, RDF.first, items[i]))
        g.add((cell, RDF.rest, head))
        head = cell
    return head
