"""SHACL shapes, read and compiled once per process: cached by the content of the shapes (the SHA-256 of the file's
bytes, or of a graph's triples), never by its path or size alone, so that an edited shapes file is read again
even when its size stays the same.

A :class:`Shapes` holds the shapes graph, the readable name of every shape that can be a result's source shape
(``tkgsh:ActShape``, also for the anonymous property shapes of ActShape), a label for each anonymous shape that
depends on its content only (so that results and reports compare across processes), the SPARQL checks that
report under its shapes, and, when first asked, pyshacl-turbo's compiled form.
"""

from __future__ import annotations

import hashlib
import re
import typing
from collections import OrderedDict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SH

from treatykg.files import data_dir
from treatykg.validation.checks import Check
from treatykg.validation.report import shape_name

RDF_FORMATS = {".nt": "nt", ".ttl": "turtle", ".rdf": "xml", ".owl": "xml", ".xml": "xml", ".jsonld": "json-ld",
               ".nq": "nquads", ".trig": "trig"}


class ValidationInputError(Exception):
    """Bad input to validate: the message names the file, on one line."""

    def __init__(self, message: str):
        super().__init__(" ".join(str(message).split()))


class ShapesError(ValidationInputError):
    """Shapes that cannot be used: malformed, refused by the engine, or not valid against SHACL-SHACL."""


@lru_cache(maxsize=1)
def _shapes_dir() -> Path:
    return data_dir("shapes")


def default_shapes() -> Path:
    return _shapes_dir() / "treatykg.ttl"


def ontology_shapes() -> Path:
    return _shapes_dir() / "ontology.ttl"


@dataclass
class Shapes:
    digest: str  # SHA-256 of the content
    where: str  # the file, for messages ("shapes graph" for a graph)
    graph: Graph
    advanced: bool
    names: dict = field(default_factory=dict)  # shape node -> readable name
    labels: dict = field(default_factory=dict)  # anonymous shape -> BNode labelled by its content
    # treatykg.validation.cross_act.disputable_predicates, once computed (False: not yet)
    disputable: frozenset[str] | None | typing.Literal[False] = False
    _turbo: object = None
    _checks: dict = field(default_factory=dict)

    def turbo(self):
        """pyshacl-turbo's compiled shapes (compiled on first use)."""
        if self._turbo is None:
            import pyshacl_turbo

            try:
                self._turbo = pyshacl_turbo.compile_shapes(self.graph, advanced=self.advanced)
            except (ValueError, NotImplementedError, RuntimeError) as error:
                raise ShapesError(f"{self.where}: {error}") from None
        return self._turbo

    def source_shape(self, node) -> URIRef | BNode:
        """The result's sh:sourceShape as reports carry it: an IRI, or an anonymous shape's content label."""
        if isinstance(node, BNode):
            return self.labels.get(node) or BNode("shape-" + _digest(self.graph, node, {})[:16])
        return node

    def name(self, node) -> str:
        found = self.names.get(node)
        if found is None:
            found = self.names[node] = shape_name(_named_ancestor(self.graph, node))
        return found

    def node_shapes(self) -> set:
        """Shapes that may be the source of a check's results: node shapes, not deactivated."""
        shapes = set(self.graph.subjects(RDF.type, SH.NodeShape))
        return {s for s in shapes if not _deactivated(self.graph, s)}

    def checks_for(self, checks: list[Check], use_shapes=None) -> list[Check]:
        """The checks whose shape these shapes declare (and that ``use_shapes`` names, if given), but for those the
        shapes already state as SHACL-SPARQL constraints (the shapes a build publishes: treatykg.build.shipped)."""
        key = (tuple(checks), None if use_shapes is None else frozenset(use_shapes))
        found = self._checks.get(key)
        if found is None:
            declared = self.node_shapes()
            stated = {(shape, str(name)) for shape, constraint in self.graph.subject_objects(SH.sparql)
                      for name in self.graph.objects(constraint, RDFS.comment)}
            found = self._checks[key] = [c for c in checks
                                         if c.shape in declared and (key[1] is None or c.shape in key[1])
                                         and (c.shape, c.name) not in stated]
        return found


def _deactivated(g: Graph, shape) -> bool:
    value = g.value(shape, SH.deactivated)
    return isinstance(value, Literal) and value.toPython() is True


def _named_ancestor(g: Graph, node):
    """A blank shape's nearest ancestor with an IRI (the node shape of a property shape), or the node itself."""
    seen = set()
    while isinstance(node, BNode) and node not in seen:
        seen.add(node)
        parent = next(iter(sorted(g.subjects(None, node), key=str)), None)
        if parent is None:
            return node
        node = parent
    return node


def _digest(g: Graph, node, memo: dict, visiting: frozenset = frozenset()) -> str:
    """A digest of a blank node's description: its triples, the blank nodes below it by their own digests."""
    if not isinstance(node, BNode):
        return node.n3()
    if node in memo:
        return memo[node]
    if node in visiting:
        return "(cycle)"
    parts = sorted(f"{p.n3()} {_digest(g, o, memo, visiting | {node})}" for p, o in g.predicate_objects(node))
    memo[node] = hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()
    return memo[node]


# --- loading, cached by content --------------------------------------------------------------------------------------

_CACHE: OrderedDict = OrderedDict()
_CACHE_SIZE = 8


def load_shapes(shapes: Path | str | Graph | None = None, *, advanced: bool = True) -> Shapes:
    """The shapes of a file (default: the bundled shapes/treatykg.ttl) or a graph, parsed once per content."""
    key: tuple[str, str | None, str | None, bool]  # (digest, resolved path, format, advanced)
    if isinstance(shapes, Graph):
        lines = sorted(f"{s.n3()} {p.n3()} {o.n3()}" for s, p, o in shapes)
        key = (hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest(), None, None, advanced)
        where, content, fmt = "shapes graph", None, None
    else:
        path = Path(shapes or default_shapes())
        try:
            content = path.read_bytes()
        except OSError as error:
            raise ShapesError(f"{path}: cannot read the shapes: {error.strerror or error}") from None
        fmt = RDF_FORMATS.get(path.suffix, "turtle")
        # the content decides; the path too, since relative IRIs resolve against it and messages name it
        key = (hashlib.sha256(content).hexdigest(), str(path.resolve()), fmt, advanced)
        where = str(path)
    found = _CACHE.get(key)
    if found is not None:
        _CACHE.move_to_end(key)
        return found
    if isinstance(shapes, Graph):  # content is None
        graph = Graph(bind_namespaces="none")
        for prefix, namespace in shapes.namespaces():
            graph.bind(prefix, namespace)
        for t in shapes:
            graph.add(t)
    else:
        graph = Graph(bind_namespaces="none")
        try:
            graph.parse(data=content, format=fmt, publicID=Path(where).resolve().as_uri())
        except Exception as error:  # noqa: BLE001 - any parse error is bad input
            raise ShapesError(f"{where}: cannot read the shapes: {error}") from None
    loaded = Shapes(key[0], where, graph, advanced)
    memo: dict = {}
    for node in set(graph.subjects(SH.path, None)) | set(graph.subjects(RDF.type, SH.NodeShape)) | set(
            graph.subjects(RDF.type, SH.PropertyShape)) | set(graph.objects(None, SH.sparql)):
        if isinstance(node, BNode):
            owner = re.sub(r"[^A-Za-z0-9]", "", re.split(r"[#/:]", shape_name(_named_ancestor(graph, node)))[-1])
            loaded.labels[node] = BNode(f"{owner or 'shape'}-{_digest(graph, node, memo)[:16]}")
    _CACHE[key] = loaded
    while len(_CACHE) > _CACHE_SIZE:
        _CACHE.popitem(last=False)
    return loaded
