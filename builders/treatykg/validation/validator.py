"""SHACL validation of the graph: ``validate(data) -> Report``.

The instance data are validated WITHOUT RDFS/OWL inference: with inference an ``rdfs:range`` would make every
``sh:class`` check pass vacuously (pySHACL #73), and OWL axioms in the data graph slow validation a hundredfold.
The only thing mixed into the data graph is the ``rdfs:subClassOf`` hierarchy between named classes of the ontology
and its vendored imports, which SHACL's ``sh:class`` is defined to follow (a tkg:Government is an
org:Organization); ``rdfs:domain``/``rdfs:range`` are never used.

Each result names its focus node, the passage of the source text it comes from (``file:start-end``), the shape,
the severity and a message a lawyer can read. Reports serialise as text, Turtle or JSON.

For big graphs, ``validate_groups`` validates each act on its own (an act's named graphs are self-contained:
shared entities are repeated in each), in parallel, and merges the results.

Two engines give the same results: "native" (treatykg.shacl, the default: a dict index, or a pyoxigraph store with
``validate_store``) and "pyshacl", the reference the native engine is tested against (tests/test_shacl_engine.py).
How much faster the native engine is: benchmarks/results/validate.txt.
"""

from __future__ import annotations

import gc
import json
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from rdflib import BNode, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS

from treatykg.files import data_dir
from treatykg.rdf.vocab import OA, TKG

SH = Namespace("http://www.w3.org/ns/shacl#")
SEVERITIES = {SH.Violation: "Violation", SH.Warning: "Warning", SH.Info: "Info"}
SEVERITY_ORDER = {"Violation": 0, "Warning": 1, "Info": 2}
ONTOLOGY_GRAPH = URIRef("https://w3id.org/treatykg/ontology/graph")
_RDF_FORMATS = {".nt": "nt", ".ttl": "turtle", ".rdf": "xml", ".owl": "xml", ".xml": "xml", ".jsonld": "json-ld",
                ".nq": "nquads", ".trig": "trig"}


class ValidationInputError(Exception):
    """Bad input to validate: the message names the file, on one line."""

    def __init__(self, message: str):
        super().__init__(" ".join(str(message).split()))


@dataclass(frozen=True)
class Result:
    focus: str
    severity: str
    message: str
    shape: str
    source: str = ""
    path: str = ""
    value: str = ""
    constraint: str = ""

    def key(self) -> tuple:
        return (self.focus, self.shape, self.constraint, self.path, self.value, self.message)


@dataclass
class Report:
    results: list[Result] = field(default_factory=list)
    allow_warnings: bool = False
    allow_infos: bool = True
    triples: int = 0

    def count(self, severity: str) -> int:
        return sum(1 for r in self.results if r.severity == severity)

    @property
    def violations(self) -> int:
        return self.count("Violation")

    @property
    def conforms(self) -> bool:
        if self.violations:
            return False
        if self.count("Warning") and not self.allow_warnings:
            return False
        return not (self.count("Info") and not self.allow_infos)

    def shapes(self) -> set[str]:
        return {r.shape for r in self.results}

    def to_text(self) -> str:
        lines = []
        for r in self.results:
            where = f" [{r.source}]" if r.source else ""
            value = f" (value: {r.value})" if r.value else ""
            lines.append(f"{r.severity.upper()}: {r.message}{value}\n  focus: {r.focus}{where}\n  shape: {r.shape}"
                         + (f"  path: {r.path}" if r.path else ""))
        summary = (f"{'conforms' if self.conforms else 'does not conform'}: {self.violations} violations, "
                   f"{self.count('Warning')} warnings, {self.count('Info')} infos ({self.triples} triples)")
        return "\n".join(lines + [summary]) + "\n"

    def to_json(self) -> str:
        payload = {"conforms": self.conforms, "violations": self.violations, "warnings": self.count("Warning"),
                   "infos": self.count("Info"), "triples": self.triples, "results": [asdict(r) for r in self.results]}
        return json.dumps(payload, ensure_ascii=False, indent=1) + "\n"

    def to_graph(self) -> Graph:
        g = Graph()
        g.bind("sh", SH)
        g.bind("tkg", TKG)
        report = BNode("report")
        g.add((report, RDF.type, SH.ValidationReport))
        g.add((report, SH.conforms, Literal(self.conforms)))
        for n, r in enumerate(self.results):
            node = BNode(f"r{n}")
            g.add((report, SH.result, node))
            g.add((node, RDF.type, SH.ValidationResult))
            g.add((node, SH.focusNode, _term(r.focus)))
            g.add((node, SH.resultSeverity, SH[r.severity]))
            g.add((node, SH.resultMessage, Literal(r.message, lang="en")))
            g.add((node, SH.sourceShape, _term(r.shape)))
            if r.constraint:
                g.add((node, SH.sourceConstraintComponent, URIRef(r.constraint)))
            if r.path:
                g.add((node, SH.resultPath, _term(r.path)))
            if r.value:
                g.add((node, SH.value, Literal(r.value)))
            if r.source:
                g.add((node, RDFS.comment, Literal(f"source: {r.source}")))
        return g

    def to_turtle(self) -> str:
        return self.to_graph().serialize(format="turtle")

    def serialise(self, fmt: str = "text") -> str:
        return {"text": self.to_text, "json": self.to_json, "turtle": self.to_turtle}[fmt]()


def _term(text: str):
    return URIRef(text) if "://" in text else BNode(text.lstrip("_:"))


# --- inputs ------------------------------------------------------------------------------------------------------

@lru_cache(maxsize=None)
def _shapes_graph(path: str) -> Graph:
    g = Graph()
    try:
        g.parse(path, format=_RDF_FORMATS.get(Path(path).suffix, "turtle"))
    except Exception as error:  # noqa: BLE001 - any parse error is bad input
        raise ValidationInputError(f"{path}: cannot read the shapes: {error}") from None
    return g


def default_shapes() -> Path:
    return data_dir("shapes") / "treatykg.ttl"


def ontology_shapes() -> Path:
    return data_dir("shapes") / "ontology.ttl"


@lru_cache(maxsize=1)
def class_hierarchy() -> frozenset:
    """rdfs:subClassOf between named classes of the ontology and its vendored imports (nothing else)."""
    folder = data_dir("ontology")
    g = Graph()
    for path in [folder / "treatykg.ttl", *sorted((folder / "imports").glob("*.ttl"))]:
        g.parse(path, format="turtle")
    return frozenset((s, RDFS.subClassOf, o) for s, o in g.subject_objects(RDFS.subClassOf)
                     if isinstance(s, URIRef) and isinstance(o, URIRef) and s != o)


def load_data(path: Path | str) -> Graph:
    """A dump as one graph (the union of its named graphs, without the ontology's own graph)."""
    path = Path(path)
    if not path.is_file():
        raise ValidationInputError(f"{path}: no such file")
    fmt = _RDF_FORMATS.get(path.suffix)
    if fmt is None:
        raise ValidationInputError(f"{path}: unknown RDF format (use .nt, .nq, .ttl, .trig, .jsonld or .rdf)")
    try:
        if fmt in ("nquads", "trig"):
            return union_graph(load_groups_from_file(path).values())
        g = Graph()
        g.parse(path, format=fmt)
        return g
    except ValidationInputError:
        raise
    except Exception as error:  # noqa: BLE001
        raise ValidationInputError(f"{path}: cannot parse: {error}") from None


def from_ox(term):
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    if term.datatype.value == "http://www.w3.org/2001/XMLSchema#string":
        return Literal(term.value)  # as the builder writes plain strings, so that sets of triples compare equal
    return Literal(term.value, datatype=URIRef(term.datatype.value))


def load_groups_from_file(path: Path | str) -> dict[str, set]:
    """Triples of a quad dump grouped by act (its language graphs and alignment graph together); the ontology's
    own graph is left out."""
    import pyoxigraph as ox

    path = Path(path)
    fmt = {".nq": ox.RdfFormat.N_QUADS, ".trig": ox.RdfFormat.TRIG}.get(path.suffix)
    if fmt is None or not path.is_file():
        raise ValidationInputError(f"{path}: expected an N-Quads (.nq) or TriG (.trig) dump")
    groups: dict[str, set] = {}
    try:
        for q in ox.parse(path=str(path), format=fmt):
            graph = q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else ""
            if graph == str(ONTOLOGY_GRAPH):
                continue
            groups.setdefault(group_of(graph), set()).add((from_ox(q.subject), from_ox(q.predicate), from_ox(q.object)))
    except (SyntaxError, ValueError, OSError) as error:
        raise ValidationInputError(f"{path}: cannot parse: {error}") from None
    return groups


def union_graph(groups: Iterable[Iterable]) -> Graph:
    g = Graph()
    for triples in groups:
        for t in triples:
            g.add(t)
    return g


def group_of(graph_iri: str) -> str:
    """The act a named graph belongs to: …/{act}/{kaz|rus|alignment}/graph -> …/{act}."""
    parts = graph_iri.rstrip("/").split("/")
    if parts[-1] == "graph" and "/akn/" in graph_iri:
        return "/".join(parts[:-2])
    return graph_iri


# --- validation --------------------------------------------------------------------------------------------------

def _sources(data: Graph) -> dict:
    """focus node -> 'file:start-end' of its first passage."""
    files = {e: str(f) for e, f in data.subject_objects(TKG.sourceFile)}
    spans = {}
    for passage in set(data.subjects(RDF.type, TKG.Passage)):
        start, end = data.value(passage, OA.start), data.value(passage, OA.end)
        expression = data.value(passage, TKG.inExpression)
        if expression is not None and start is not None:
            spans[passage] = f"{files.get(expression, expression)}:{start}-{end}"
        elif passage in files:
            spans[passage] = files[passage]
    return spans


def source_of(data: Graph, focus, spans: dict | None = None) -> str:
    spans = _sources(data) if spans is None else spans
    if focus in spans:
        return spans[focus]
    found = sorted(spans[p] for p in data.objects(focus, TKG.passage) if p in spans)
    return found[0] if found else ""


def _text(term) -> str:
    if term is None:
        return ""
    if isinstance(term, Literal):
        return term.n3() if term.datatype or term.language else str(term)
    return str(term)


def _results(results_graph: Graph, data: Graph, shapes: Graph) -> list[Result]:
    spans = _sources(data)
    out = []
    for node in results_graph.subjects(RDF.type, SH.ValidationResult):
        g = results_graph
        focus = g.value(node, SH.focusNode)
        messages = sorted(str(m) for m in g.objects(node, SH.resultMessage))
        out.append(_result(focus, g.value(node, SH.resultSeverity), messages[0] if messages else "",
                           g.value(node, SH.sourceShape), shapes, source_of(data, focus, spans),
                           g.value(node, SH.resultPath), g.value(node, SH.value),
                           g.value(node, SH.sourceConstraintComponent)))
    return _sorted(out)


def _result(focus, severity, message, shape, shapes: Graph, source, path, value, constraint) -> Result:
    if isinstance(shape, BNode):  # a property shape: name it by its node shape and path
        parent = next((s for s in shapes.subjects(SH.property, shape)), None)
        parent = parent if parent is not None else next((s for s in shapes.subjects(SH.sparql, shape)), None)
        shape = parent if parent is not None else shape
    return Result(focus=_text(focus), severity=SEVERITIES.get(severity, "Violation"), message=message,
                  shape=_shape_name(shape), source=source,
                  path=_text(path) if not isinstance(path, BNode) else "(complex path)", value=_text(value),
                  constraint=_text(constraint))


def _sorted(results) -> list[Result]:
    return sorted(set(results), key=lambda r: (SEVERITY_ORDER[r.severity], r.focus, r.shape, r.path, r.value, r.message))


def _native_results(hits, src, shapes: Graph) -> list[Result]:
    """Result records from the native engine's hits, as _results derives them from pySHACL's report graph."""
    sources: dict = {}
    out = []
    for h in hits:
        source = sources.get(h.focus)
        if source is None:
            source = sources[h.focus] = _source_in(src, h.focus)
        out.append(_result(h.focus, h.severity, h.message, h.shape, shapes, source, h.path, h.value, h.constraint))
    return _sorted(out)


def _span_in(src, passage):
    """_sources' span of one passage, read from a treatykg.shacl Source."""
    if TKG.Passage not in src.objects(passage, RDF.type):
        return None
    start = next(iter(src.objects(passage, OA.start)), None)
    end = next(iter(src.objects(passage, OA.end)), None)
    expression = next(iter(src.objects(passage, TKG.inExpression)), None)
    if expression is not None and start is not None:
        file = next(iter(src.objects(expression, TKG.sourceFile)), None)
        return f"{expression if file is None else str(file)}:{start}-{end}"
    file = next(iter(src.objects(passage, TKG.sourceFile)), None)
    return str(file) if file is not None else None


def _source_in(src, focus) -> str:
    """source_of, read from a treatykg.shacl Source."""
    own = _span_in(src, focus)
    if own is not None:
        return own
    found = sorted(s for s in (_span_in(src, p) for p in src.objects(focus, TKG.passage)) if s is not None)
    return found[0] if found else ""


def _shape_name(shape) -> str:
    if isinstance(shape, URIRef):
        return str(shape).replace("https://w3id.org/treatykg/shapes#", "tkgsh:")
    return "(anonymous shape)"


ENGINES = ("native", "pyshacl")


def validate(data, *, shapes: Path | str | Graph | None = None, inference: str | None = "none",
             abort_on_first: bool = False, allow_warnings: bool = False, allow_infos: bool = True,
             meta_shacl: bool = False, advanced: bool = True, hierarchy: bool = True,
             max_validation_depth: int | None = None, focus_nodes=None, use_shapes=None,
             engine: str = "native") -> Report:
    """Validate ``data`` (a Graph, a Dataset, a set of triples or a dump file) against the SHACL shapes.

    The options mirror pySHACL's; ``inference`` must stay ``"none"`` (see the module docstring). ``hierarchy``
    mixes in the ontology's rdfs:subClassOf links between named classes (and nothing else). ``engine`` is
    "native" (treatykg.shacl, the default) or "pyshacl", the reference the native engine's reports equal; with the
    native engine ``meta_shacl`` still asks pySHACL to check the shapes against SHACL-SHACL.
    """
    if engine not in ENGINES:
        raise ValueError(f"engine={engine!r}: use one of {', '.join(ENGINES)}")
    if inference not in (None, "none"):
        raise ValueError(f"inference={inference!r} refused: RDFS/OWL inference makes sh:class pass vacuously on "
                         "rdfs:range (pySHACL #73); validate the instance data without inference")
    if isinstance(shapes, Graph):
        shapes_graph = shapes
    else:
        shapes_graph = _shapes_graph(str(shapes or default_shapes()))
    if engine == "native":
        from treatykg.validation.native_shacl import MemorySource, compile_shapes

        if meta_shacl:
            _meta_check(shapes_graph)
        seed = compile_shapes(shapes_graph, advanced=advanced).terms
        with _no_gc():
            src = MemorySource(_as_triples(data), class_hierarchy() if hierarchy else (), seed=seed)
            return _run_native(src, shapes_graph, abort_on_first=abort_on_first, allow_warnings=allow_warnings,
                               allow_infos=allow_infos, advanced=advanced, max_validation_depth=max_validation_depth,
                               focus_nodes=focus_nodes, use_shapes=use_shapes)
    import pyshacl

    graph = _as_graph(data)
    work = Graph()
    for t in graph:
        work.add(t)
    triples = len(work)
    if hierarchy:
        for t in class_hierarchy():
            work.add(t)
    kwargs = {}
    if max_validation_depth is not None:
        kwargs["max_validation_depth"] = max_validation_depth
    _, results_graph, _ = pyshacl.validate(
        work, shacl_graph=shapes_graph, inference="none", abort_on_first=abort_on_first, allow_warnings=True,
        allow_infos=True, meta_shacl=meta_shacl, advanced=advanced, focus_nodes=focus_nodes, use_shapes=use_shapes,
        **kwargs)
    return Report(_results(results_graph, work, shapes_graph), allow_warnings=allow_warnings, allow_infos=allow_infos, triples=triples)


@contextmanager
def _no_gc():
    """Without the cyclic garbage collector: while the index of a million triples is built it would walk every
    container again and again (three times slower); the few cycles made meanwhile are collected afterwards."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _run_native(src, shapes_graph: Graph, *, abort_on_first, allow_warnings, allow_infos, advanced,
                max_validation_depth, focus_nodes, use_shapes, meta_shacl: bool = False) -> Report:
    """The native engine on a treatykg.shacl Source (treatykg.merge validates its own Source with it)."""
    from treatykg.validation.native_shacl import compile_shapes, run_shapes

    if meta_shacl:
        _meta_check(shapes_graph)
    compiled = compile_shapes(shapes_graph, advanced=advanced)
    hits = run_shapes(compiled, src, abort_on_first=abort_on_first, max_depth=max_validation_depth or 15,
                      focus_nodes=focus_nodes, use_shapes=use_shapes)
    return Report(_native_results(hits, src, shapes_graph), allow_warnings=allow_warnings, allow_infos=allow_infos,
                  triples=src.count)


def _meta_check(shapes_graph: Graph) -> None:
    """The shapes against SHACL-SHACL, by pySHACL (as pyshacl.validate(meta_shacl=True) does)."""
    from pyshacl.entrypoints import meta_validate
    from pyshacl.errors import ReportableRuntimeError

    conforms, _, text = meta_validate(shapes_graph, inference="none")
    if not conforms:
        raise ReportableRuntimeError(f"SHACL File does not validate against the SHACL Shapes SHACL (MetaSHACL) file.\n{text}")


def validate_store(store, *, focus_nodes=None, shapes: Path | str | Graph | None = None, engine: str = "native",
                   hierarchy: bool = True, described=None, **options) -> Report:
    """Validate a pyoxigraph Store (the union of its graphs, without the ontology's own graph), optionally only the
    ``focus_nodes`` (IRIs); sources of results are read from the store. ``described(node)`` may give a subject's
    (predicate, object) pairs as the data states them, read instead of the store's normalised copy (see
    treatykg.shacl.data.StoreSource; native engine only). Other options as for ``validate``."""
    if engine not in ENGINES:
        raise ValueError(f"engine={engine!r}: use one of {', '.join(ENGINES)}")
    if engine == "pyshacl":
        import pyoxigraph as ox

        if described is not None:
            raise ValueError("validate_store: described= works with the native engine only")
        triples = {(from_ox(q.subject), from_ox(q.predicate), from_ox(q.object))
                   for q in store.quads_for_pattern(None, None, None, None)
                   if not (isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value == str(ONTOLOGY_GRAPH))}
        return validate(triples, shapes=shapes, engine="pyshacl", hierarchy=hierarchy, focus_nodes=focus_nodes,
                        **options)
    from treatykg.validation.native_shacl import StoreSource

    if options.pop("inference", "none") not in (None, "none"):
        raise ValueError("inference refused: validate the instance data without inference (see treatykg.validate)")
    shapes_graph = shapes if isinstance(shapes, Graph) else _shapes_graph(str(shapes or default_shapes()))
    settings = dict(abort_on_first=False, allow_warnings=False, allow_infos=True, meta_shacl=False, advanced=True,
                    max_validation_depth=None, use_shapes=None)
    unknown = set(options) - set(settings)
    if unknown:
        raise TypeError(f"validate_store: unknown options {sorted(unknown)}")
    settings.update(options)
    if settings.pop("meta_shacl"):
        _meta_check(shapes_graph)
    with _no_gc():
        src = StoreSource(store, exclude=[ONTOLOGY_GRAPH], extra=class_hierarchy() if hierarchy else (),
                          described=described)
        return _run_native(src, shapes_graph, focus_nodes=focus_nodes, **settings)


def _as_triples(data):
    """The data as triples for the native engine (no rdflib Graph is built for sets of triples or quad dumps)."""
    if isinstance(data, Dataset):
        return ((s, p, o) for s, p, o, c in data.quads((None, None, None, None))
                if c is None or getattr(c, "identifier", c) != ONTOLOGY_GRAPH)
    if isinstance(data, (str, Path)):
        path = Path(data)
        if path.suffix in (".nq", ".trig") and path.is_file():
            groups = load_groups_from_file(path)
            return set().union(*groups.values()) if groups else set()
        return load_data(path)
    return data


def _as_graph(data) -> Graph:
    if isinstance(data, Dataset):
        g = Graph()
        for s, p, o, c in data.quads((None, None, None, None)):
            if c is None or getattr(c, "identifier", c) != ONTOLOGY_GRAPH:
                g.add((s, p, o))
        return g
    if isinstance(data, Graph):
        return data
    if isinstance(data, (str, Path)):
        return load_data(data)
    return union_graph([data])


def _validate_group(args) -> list[Result]:
    triples, options = args
    return validate(triples, **options).results


def validate_groups(groups: dict, *, processes: int = 2, **options) -> Report:
    """Validate each group (an act's triples) on its own, in ``processes`` worker processes, and merge results."""
    allow_warnings = options.pop("allow_warnings", False)
    allow_infos = options.pop("allow_infos", True)
    work = [(triples, options) for _, triples in sorted(groups.items(), key=lambda kv: str(kv[0]))]
    if processes > 1 and len(work) > 1:
        with ProcessPoolExecutor(processes) as pool:  # a few acts per task: hundreds of small tasks cost more
            chunks = list(pool.map(_validate_group, work, chunksize=max(1, len(work) // (processes * 8))))
    else:
        chunks = [_validate_group(w) for w in work]
    merged = {r.key(): r for chunk in chunks for r in chunk}
    results = sorted(merged.values(), key=lambda r: (SEVERITY_ORDER[r.severity], r.focus, r.shape, r.path, r.value, r.message))
    return Report(results, allow_warnings=allow_warnings, allow_infos=allow_infos,
                  triples=len(set().union(*map(set, groups.values()))) if groups else 0)


def validate_build_result(result, **options) -> Report:
    """Validate a BuildResult act by act (plus the build's own provenance graph)."""
    groups: dict[str, set] = {}
    for graph, triples in result.graphs.items():
        groups.setdefault(group_of(str(graph)), set()).update(triples)
    options.setdefault("processes", 1)
    return validate_groups(groups, **options)
