"""Validation of the graph: ``validate(data) -> Report``, the one entry point.

The instance data are validated WITHOUT RDFS/OWL inference: with inference an ``rdfs:range`` would make every
``sh:class`` check pass vacuously (pySHACL #73), and OWL axioms in the data graph slow validation a hundredfold.
The only thing mixed into the data is the ``rdfs:subClassOf`` hierarchy between named classes of the ontology and
its vendored imports, which SHACL's ``sh:class`` and ``sh:targetClass`` are defined to follow (a tkg:Government is
an org:Organization); ``rdfs:domain``/``rdfs:range`` are never used.

Two parts run in one call and land in one report:

- the SHACL shapes (shapes/treatykg.ttl), on one of two maintained engines: pyshacl-turbo ("turbo", the default,
  a Rust engine with pySHACL's API) or pySHACL ("pyshacl", the reference; tests/integration/test_engines.py checks
  that both give the same results on the corpus and on every mutation of tests/mutations.py);
- the SPARQL checks (queries/cq/neg-*.rq with a ``# shape:`` header, treatykg.validation.checks), the rules core
  SHACL cannot state, evaluated by pyoxigraph and reported under their shapes.

Each result names its focus node, the passage of the source text it comes from (``file:start-end``), the shape,
the severity and a message a lawyer can read (treatykg.validation.report). A quad dump (N-Quads, TriG) or a
Dataset is validated act by act (an act's named graphs are self-contained: shared entities are repeated in each),
in ``processes`` processes if asked; the build validates each act in its task and the rules that cross acts once
more on the merged store (treatykg.validation.cross_act).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SH, XSD
from rdflib.paths import Path as RdfPath
from rdflib.term import Node

from treatykg.files import data_dir
from treatykg.rdf.vocab import OA, ONTOLOGY_IRI, TKG
from treatykg.validation import checks as checks_module
from treatykg.validation.checks import Check, CheckError
from treatykg.validation.report import Report, Result, ordered, shacl_path
from treatykg.validation.shapes import (
    RDF_FORMATS,
    Shapes,
    ShapesError,
    ValidationInputError,
    default_shapes,
    load_shapes,
    ontology_shapes,
)

__all__ = ["validate", "Report", "Result", "ValidationInputError", "ShapesError", "default_shapes", "ontology_shapes",
           "load_data", "load_groups_from_file", "group_of", "class_hierarchy", "from_ox", "union_graph", "ENGINES"]

ENGINES = ("turbo", "pyshacl")
ONTOLOGY_GRAPH = URIRef(ONTOLOGY_IRI + "/graph")


class _IllTypedLiteralNotice(logging.Filter):
    """rdflib logs a traceback for every literal whose text its datatype cannot read ("twelve"^^xsd:integer). Such
    a literal is bad data that validation reports as a violation of its shape (sh:datatype), with its node and
    source; the traceback would only bury that report, so this one notice of rdflib.term is dropped."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith("Failed to convert Literal lexical form to value")


logging.getLogger("rdflib.term").addFilter(_IllTypedLiteralNotice())


def validate(data, *, shapes: Path | str | Graph | None = None, engine: str = "turbo",
             checks: bool | Iterable[Path | str] = True, inference: str | None = "none", abort_on_first: bool = False,
             allow_warnings: bool = False, allow_infos: bool = True, meta_shacl: bool = False, advanced: bool = True,
             hierarchy: bool = True, max_validation_depth: int | None = None, focus_nodes=None, use_shapes=None,
             by_act: bool = True, processes: int = 1) -> Report:
    """Validate ``data`` against the SHACL shapes and the SPARQL checks; return the report.

    ``data`` is an rdflib Graph, a Dataset (the union of its graphs but the ontology's), a set of triples,
    N-Triples text as bytes, each triple once (what the build has of an act), a pyoxigraph Store (the union of its
    graphs but the ontology's, as the store holds them: it keeps integer subtypes as xsd:integer, oxigraph #526)
    or a dump file (.nt, .ttl, .rdf, .jsonld, .nq, .trig). A quad dump or a Dataset is validated act by
    act (its named graphs grouped by act, in ``processes`` processes) unless ``by_act=False``.

    The options mirror pySHACL's. ``inference`` must stay ``"none"`` (see the module docstring). ``engine`` is
    "turbo" (pyshacl-turbo, the default) or "pyshacl" (the reference). ``checks`` runs the bundled SPARQL checks
    whose shape the shapes declare (True), none (False), or those of the given .rq files. ``hierarchy`` mixes in
    the ontology's rdfs:subClassOf links between named classes (and nothing else). ``meta_shacl`` first checks
    the shapes against SHACL-SHACL. ``focus_nodes`` and ``use_shapes`` (IRIs) restrict the targets and shapes,
    for the checks as well.
    """
    if engine not in ENGINES:
        raise ValueError(f"engine={engine!r}: use one of {', '.join(ENGINES)}")
    if inference not in (None, "none"):
        raise ValueError(f"inference={inference!r} refused: RDFS/OWL inference makes sh:class pass vacuously on "
                         "rdfs:range (pySHACL #73); validate the instance data without inference")
    loaded = load_shapes(shapes, advanced=advanced)
    if meta_shacl:
        _meta_check(loaded, engine)
    options = _Options(engine=engine, abort_on_first=abort_on_first, hierarchy=hierarchy,
                       max_validation_depth=max_validation_depth,
                       focus_nodes=None if focus_nodes is None else [_iri(n, loaded.graph) for n in focus_nodes],
                       use_shapes=None if use_shapes is None else [_iri(n, loaded.graph) for n in use_shapes])
    check_list = _checks(checks, loaded, options.use_shapes)
    groups = _groups(data) if by_act else None
    if groups is not None:
        return _validate_groups(groups, shapes, loaded, check_list, options, processes, allow_warnings, allow_infos)
    source = _Data.of(data)
    return Report(_validate_one(source, loaded, check_list, options), allow_warnings=allow_warnings,
                  allow_infos=allow_infos, triples=source.count)


@dataclass(frozen=True)
class _Options:
    engine: str
    abort_on_first: bool
    hierarchy: bool
    max_validation_depth: int | None
    focus_nodes: list | None
    use_shapes: list | None


def _iri(name, graph: Graph) -> URIRef:
    """An IRI given as a term, a string or a prefixed name of the shapes graph (tkgsh:ActShape)."""
    if isinstance(name, URIRef):
        return name
    name = str(name).strip()
    if name.startswith("<") and name.endswith(">"):
        return URIRef(name[1:-1])
    prefix, sep, local = name.partition(":")
    if sep and not local.startswith("//"):
        namespace = dict(graph.namespaces()).get(prefix)
        if namespace is not None:
            return URIRef(str(namespace) + local)
    return URIRef(name)


def _checks(checks, loaded: Shapes, use_shapes) -> list[Check]:
    if checks is False or checks is None:
        return []
    try:
        found = checks_module.bundled_checks() if checks is True else checks_module.load_checks(checks)
    except CheckError as error:
        raise ValidationInputError(str(error)) from None
    return loaded.checks_for(found, use_shapes)


def _validate_one(source: _Data, loaded: Shapes, check_list: list[Check], options: _Options) -> list[Result]:
    results = (_turbo_results if options.engine == "turbo" else _pyshacl_results)(source, loaded, options)
    if check_list and not (options.abort_on_first and any(r.severity == SH.Violation for r in results)):
        store = source.check_store(check_list, options.hierarchy)
        results += check_results(store, check_list, loaded, source.passages(), focus_nodes=options.focus_nodes,
                                 abort_on_first=options.abort_on_first)
    return ordered(source.restore(results))


# --- the engines ---------------------------------------------------------------------------------------------------

def shape_results(text: str, loaded: Shapes, *, focus_nodes=None, passages: Passages | None = None,
                  hierarchy: bool = True) -> list[Result]:
    """pyshacl-turbo's results of the shapes on N-Triples ``text`` (each triple once), for ``focus_nodes`` only if
    given, with source passages from ``passages`` (default: the text's own): what cross-act validation runs on the
    neighbourhood it takes from the merged store."""
    source = _Data(nt=text, passages=passages)
    options = _Options(engine="turbo", abort_on_first=False, hierarchy=hierarchy, max_validation_depth=None,
                       focus_nodes=None if focus_nodes is None else list(focus_nodes), use_shapes=None)
    return _turbo_results(source, loaded, options)


def _turbo_results(source: _Data, loaded: Shapes, options: _Options) -> list[Result]:
    text = source.nt + (_hierarchy_nt() if options.hierarchy else "")
    report = _turbo_report(loaded, text, options)
    if "#ValidationResult>" not in report:  # most acts: no report graph to build
        return []
    g = Graph(bind_namespaces="none")
    for t in ox.parse(report.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES):
        g.add((from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)))
    return graph_results(g, loaded, source.passages())


def _turbo_report(loaded: Shapes, text: str, options: _Options) -> str:
    """pyshacl-turbo's report of N-Triples ``text``, as N-Triples. Its native call is used directly: the public
    CompiledShapes.validate builds an rdflib Graph of every report, with some thirty namespace bindings, which
    cost more than a small act's validation; it is the fallback when the native call's signature changes."""
    import warnings

    from pyshacl_turbo import ShapeRecursionWarning
    from pyshacl_turbo.rdf import Input

    compiled = loaded.turbo()
    depth = 15 if options.max_validation_depth is None else options.max_validation_depth
    focus = [nt_term(URIRef(n), {})[1:-1] for n in options.focus_nodes or () if not isinstance(n, (Literal, BNode))]
    use = [str(n) for n in options.use_shapes or ()]
    try:
        try:
            _, report, _, _, recursion = compiled._native.validate(
                text, "nt", None, False, 100, depth, False, True, True, options.abort_on_first, focus, use, [])
        except (AttributeError, TypeError):  # another release of pyshacl-turbo: its public API
            _, graph, _ = compiled.validate(Input(text, "nt", None, {}), allow_warnings=True, allow_infos=True,
                                            abort_on_first=options.abort_on_first, focus_nodes=focus or None,
                                            use_shapes=use or None, max_validation_depth=depth)
            return graph.serialize(format="nt")
    except (ValueError, NotImplementedError, RuntimeError) as error:
        if "parse error" in str(error):  # the data's N-Triples (the shapes were read when compiled)
            raise ValidationInputError(f"the data to validate: {error}") from None
        raise ShapesError(f"{loaded.where}: {error}") from None
    for message in recursion:
        warnings.warn(message, ShapeRecursionWarning, stacklevel=4)
    return report


def _pyshacl_results(source: _Data, loaded: Shapes, options: _Options) -> list[Result]:
    import pyshacl
    from pyshacl.errors import ConstraintLoadError, ReportableRuntimeError, ShapeLoadError

    work = Graph()
    for t in source.triples():
        work.add(t)
    if options.hierarchy:
        for t in class_hierarchy():
            work.add(t)
    try:  # max_validation_depth=None: pySHACL's own default depth
        _, results_graph, _ = pyshacl.validate(
            work, shacl_graph=loaded.graph, inference="none", abort_on_first=options.abort_on_first,
            allow_warnings=True, allow_infos=True, advanced=loaded.advanced, focus_nodes=options.focus_nodes,
            use_shapes=options.use_shapes, max_validation_depth=options.max_validation_depth)
    except (ShapeLoadError, ConstraintLoadError, ReportableRuntimeError) as error:
        raise ShapesError(f"{loaded.where}: {getattr(error, 'message', error)}") from None
    return graph_results(results_graph, loaded, source.passages())


def graph_results(results_graph: Graph, loaded: Shapes, passages: Passages) -> list[Result]:
    """The results of an engine's SHACL report graph, with their source passages."""
    g = results_graph
    out = []
    for report in g.subjects(RDF.type, SH.ValidationReport):
        for node in g.objects(report, SH.result):
            focus = _term(g.value(node, SH.focusNode))
            if focus is None:
                raise ValueError(f"the engine's report has a result without sh:focusNode: {node!r}")
            shape = g.value(node, SH.sourceShape)
            severity = g.value(node, SH.resultSeverity)
            constraint = g.value(node, SH.sourceConstraintComponent)
            result_path = g.value(node, SH.resultPath)
            path: URIRef | RdfPath | None = None
            if isinstance(result_path, BNode):
                path = shacl_path(g if (result_path, None, None) in g else loaded.graph, result_path)
            elif isinstance(result_path, URIRef):
                path = result_path
            messages = [m for m in g.objects(node, SH.resultMessage) if isinstance(m, Literal)]
            source, passage = passages.source(focus)
            out.append(Result(
                focus=focus, severity=severity if isinstance(severity, URIRef) else SH.Violation,
                source_shape=loaded.source_shape(shape),
                constraint=constraint if isinstance(constraint, URIRef) else None,
                path=path, value=_term(g.value(node, SH.value)),
                messages=tuple(sorted(messages, key=lambda m: (m.language or "", str(m)))),
                shape=loaded.name(shape), source=source, passage=passage))
    return out


def _term(node: Node | None) -> URIRef | BNode | Literal | None:
    """An object of a report graph as the term a Result holds; None when there is none."""
    if node is None or isinstance(node, (URIRef, BNode, Literal)):
        return node
    raise TypeError(f"not an RDF term in the report: {node!r}")


def check_results(store: ox.Store, check_list: list[Check], loaded: Shapes, passages: Passages, *,
                  focus_nodes=None, abort_on_first: bool = False) -> list[Result]:
    """The results of the SPARQL checks on a pyoxigraph store (its default graph), for the ``focus_nodes`` only if
    given (bound with VALUES)."""
    bound = None if focus_nodes is None else [nt_term(n, {}) for n in focus_nodes if not isinstance(n, Literal)]
    out: list[Result] = []
    for check in check_list:
        if bound is not None and not bound:
            break
        query = check.text if bound is None else check.bound(bound)
        try:
            solutions = store.query(query)
        except SyntaxError as error:
            raise ValidationInputError(f"{check.path}: {error}") from None
        if not isinstance(solutions, ox.QuerySolutions):
            raise ValidationInputError(f"{check.path}: not a SELECT query")
        names = [v.value for v in solutions.variables]
        found = []
        for solution in solutions:
            row = {name: from_ox(solution[name]) for name in names if solution[name] is not None}
            focus = row.get("this")
            if focus is None:
                continue
            source, passage = passages.source(focus)
            found.append(Result(focus=focus, severity=check.severity, source_shape=check.shape,
                                constraint=SH.SPARQLConstraintComponent, path=row.get("path"), value=row.get("value"),
                                messages=check.message_for(row), shape=loaded.name(check.shape), source=source,
                                passage=passage, check=check.name))
        out += found
        if abort_on_first and found and check.severity == SH.Violation:
            break
    return out


def _meta_check(loaded: Shapes, engine: str) -> None:
    """The shapes against SHACL-SHACL (the engine's own meta-validation, without inference)."""
    if engine == "turbo":
        from pyshacl_turbo import meta_validate
    else:
        from pyshacl.entrypoints import meta_validate
    conforms, _, text = meta_validate(loaded.graph, inference="none")
    if not conforms:
        raise ShapesError(f"{loaded.where}: the shapes do not validate against SHACL-SHACL (meta-SHACL): {text}")


# --- the data --------------------------------------------------------------------------------------------------------

_ESCAPES = {**{c: f"\\u{c:04X}" for c in [*range(0x20), 0x7F]},
            0x08: "\\b", 0x09: "\\t", 0x0A: "\\n", 0x0C: "\\f", 0x0D: "\\r", 0x22: '\\"', 0x5C: "\\\\"}


_NOT_IN_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')


def nt_term(term, renamed: dict | None = None) -> str:
    """An rdflib term in N-Triples form, as given (a language tag keeps its case). An IRI with characters that
    N-Triples forbids (rdflib accepts ``…/Recital 2``) gets them percent-encoded, and ``renamed`` maps it back."""
    if isinstance(term, URIRef):
        if _NOT_IN_IRI.search(term):
            if renamed is None:
                raise ValidationInputError(f"not an IRI: {str(term)!r}")
            encoded = _NOT_IN_IRI.sub(lambda m: f"%{ord(m.group()):02X}", term)
            renamed[URIRef(encoded)] = term
            return f"<{encoded}>"
        return f"<{term}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    if isinstance(term, Literal):
        quoted = '"' + str(term).translate(_ESCAPES) + '"'
        if term.language:
            return f"{quoted}@{term.language}"
        if term.datatype is None or term.datatype == XSD.string:
            return quoted
        return f"{quoted}^^<{term.datatype}>"
    raise TypeError(f"not an RDF term: {term!r}")


def nt_text(triples, renamed: dict | None = None) -> str:
    return "".join(f"{nt_term(s, renamed)} {nt_term(p, renamed)} {nt_term(o, renamed)} .\n" for s, p, o in triples)


class _Data:
    """One graph to validate, as N-Triples text (what turbo and the checks' store read) and, when the pySHACL
    engine needs them, rdflib triples: each made from the other only when asked."""

    def __init__(self, nt: str | None = None, triples=None, passages: Passages | None = None):
        self._nt, self._triples = nt, triples
        self._lines: list[str] | None = None
        self._passages = passages
        self.renamed: dict = {}  # IRIs percent-encoded in the text -> the terms of the data

    @classmethod
    def of(cls, data) -> _Data:
        if isinstance(data, (bytes, bytearray, memoryview)):  # N-Triples, each triple once: the build's blocks
            return cls(nt=bytes(data).decode("utf-8"))
        if isinstance(data, ox.Store):
            lines = {str(q.triple) for q in data if q.graph_name != ox.NamedNode(str(ONTOLOGY_GRAPH))}
            return cls(nt="".join(f"{line} .\n" for line in sorted(lines)))
        if isinstance(data, Dataset):
            return cls(triples={(s, p, o) for s, p, o, c in data.quads((None, None, None, None))
                                if getattr(c, "identifier", c) != ONTOLOGY_GRAPH})
        if isinstance(data, Graph):
            return cls(triples=data)
        if isinstance(data, (str, Path)):
            path = Path(data)
            if path.suffix in (".nq", ".trig"):
                return cls(nt="".join(sorted(set().union(*_quad_groups(path).values()))))
            return cls(triples=load_data(path))
        return cls(triples=set(data))

    @property
    def nt(self) -> str:
        if self._nt is None:
            self._nt = nt_text(self._triples, self.renamed)
        return self._nt

    def restore(self, results: list[Result]) -> list[Result]:
        """Results about the data's own terms, where the text had to percent-encode an IRI."""
        if not self.renamed:
            return results
        back = self.renamed
        return [replace(r, focus=back.get(r.focus, r.focus), value=back.get(r.value, r.value)) for r in results]

    def lines(self) -> list[str]:
        if self._lines is None:
            self._lines = [line for line in self.nt.split("\n") if line]
        return self._lines

    @property
    def count(self) -> int:
        if self._triples is not None:
            return len(self._triples)
        return len(self.lines())  # N-Triples text states each triple once (the build's blocks, our own writer)

    def triples(self):
        if self._triples is None:
            g = Graph(bind_namespaces="none")
            g.parse(data=self.nt, format="nt")
            self._triples = g
        return self._triples

    def passages(self) -> Passages:
        if self._passages is None:
            self._passages = Passages.from_text(self.nt)
        return self._passages

    def check_store(self, check_list: list[Check], hierarchy: bool) -> ox.Store:
        """A pyoxigraph store of the triples the checks read (all, if one can read any predicate)."""
        wanted = _predicates_read(check_list)
        if wanted is None:
            text = self.nt
        else:
            text = "\n".join(line for line in self.lines() if line.split(" ", 2)[1] in wanted) + "\n"
        store = ox.Store()  # lenient: the text is N-Triples that a writer made, and a third faster to load so
        store.load(text + (_hierarchy_nt() if hierarchy else ""), format=ox.RdfFormat.N_TRIPLES, lenient=True)
        return store


def _predicates_read(check_list: list[Check]) -> set[str] | None:
    """N-Triples forms (``<iri>``) of the predicates the checks read; None when one can read any predicate."""
    wanted: set[str] = set()
    for check in check_list:
        if check.predicates is None:
            return None
        wanted.update(f"<{p}>" for p in check.predicates)
    return wanted


class Passages:
    """Where a focus node comes from: its passage (or itself, if it is one) as ``file:start-end``, read through
    ``objects(subject, predicate)`` (N-Triples forms of the subject and predicate, pyoxigraph terms back)."""

    def __init__(self, objects):
        self._objects = objects
        self._spans: dict = {}

    @classmethod
    def from_text(cls, text: str) -> Passages:
        """Looked up in N-Triples text, line by line as asked: a report has few focus nodes, an act many lines."""
        text = "\n" + text

        def objects(s, p):
            needle = f"\n{s} {p} "
            found, at = [], text.find(needle)
            while at >= 0:
                end = text.find("\n", at + 1)
                found.append(text[at + 1:end if end >= 0 else len(text)])
                at = text.find(needle, at + 1)
            if not found:
                return ()
            lines = ("\n".join(found) + "\n").encode("utf-8")
            return [t.object for t in ox.parse(lines, format=ox.RdfFormat.N_TRIPLES)]
        return cls(objects)

    @classmethod
    def from_store(cls, store: ox.Store, graph=None) -> Passages:
        graph = ox.DefaultGraph() if graph is None else graph

        def objects(s, p):
            if not s.startswith("<"):
                return ()
            return [q.object for q in store.quads_for_pattern(ox.NamedNode(s[1:-1]), ox.NamedNode(p[1:-1]), None,
                                                              graph)]
        return cls(objects)

    def _first(self, s: str, p) -> ox.NamedNode | ox.BlankNode | ox.Literal | None:
        found = sorted((o for o in self._objects(s, f"<{p}>") if not isinstance(o, ox.Triple)), key=str)
        return found[0] if found else None

    def span(self, passage: str) -> str | None:
        if passage in self._spans:
            return self._spans[passage]
        span = None
        if any(o.value == str(TKG.Passage) for o in self._objects(passage, f"<{RDF.type}>")):
            start, end = self._first(passage, OA.start), self._first(passage, OA.end)
            expression = self._first(passage, TKG.inExpression)
            if expression is not None and start is not None:
                file = self._first(str(expression), TKG.sourceFile)
                span = f"{file.value if file is not None else expression.value}:{start.value}-" \
                       f"{end.value if end is not None else None}"
            else:
                file = self._first(passage, TKG.sourceFile)
                span = file.value if file is not None else None
        self._spans[passage] = span
        return span

    def source(self, focus) -> tuple[str, URIRef | None]:
        """(``file:start-end``, the passage) of a focus node; ("", None) when it has none."""
        if not isinstance(focus, URIRef):
            return "", None
        key = nt_term(focus, {})  # as the text writes it (percent-encoded where N-Triples must)
        own = self.span(key)
        if own is not None:
            return own, focus
        spans = sorted((span, o.value) for o in self._objects(key, f"<{TKG.passage}>")
                       if isinstance(o, ox.NamedNode) and (span := self.span(str(o))) is not None)
        return (spans[0][0], URIRef(spans[0][1])) if spans else ("", None)


@lru_cache(maxsize=1)
def class_hierarchy() -> frozenset:
    """rdfs:subClassOf between named classes of the ontology and its vendored imports (nothing else)."""
    folder = data_dir("ontology")
    found = set()
    for path in [folder / "treatykg.ttl", *sorted((folder / "imports").glob("*.ttl"))]:
        for t in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):  # a tenth of rdflib's time, in each worker
            if (t.predicate.value == str(RDFS.subClassOf) and isinstance(t.subject, ox.NamedNode)
                    and isinstance(t.object, ox.NamedNode) and t.subject != t.object):
                found.add((URIRef(t.subject.value), RDFS.subClassOf, URIRef(t.object.value)))
    return frozenset(found)


@lru_cache(maxsize=1)
def _hierarchy_nt() -> str:
    return nt_text(sorted(class_hierarchy()))


def from_ox(term):
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    if term.datatype.value == str(XSD.string):
        return Literal(term.value)  # as the builder writes plain strings, so that sets of triples compare equal
    return Literal(term.value, datatype=URIRef(term.datatype.value))


# --- files and groups ------------------------------------------------------------------------------------------------

def load_data(path: Path | str) -> Graph:
    """A dump as one graph (the union of its named graphs, without the ontology's own graph)."""
    path = Path(path)
    if not path.is_file():
        raise ValidationInputError(f"{path}: no such file")
    fmt = RDF_FORMATS.get(path.suffix)
    if fmt is None:
        raise ValidationInputError(f"{path}: unknown RDF format (use .nt, .nq, .ttl, .trig, .jsonld or .rdf)")
    try:
        if fmt in ("nquads", "trig"):
            return union_graph(load_groups_from_file(path).values())
        _refuse_fetches_and_entities(path, fmt)
        g = Graph()
        g.parse(path, format=fmt)
        return g
    except ValidationInputError:
        raise
    except Exception as error:  # noqa: BLE001
        raise ValidationInputError(f"{path}: cannot parse: {error}") from None


def _refuse_fetches_and_entities(path: Path, fmt: str) -> None:
    """What a parser would fetch or expand before anything is validated is refused: a JSON-LD context named by URL
    (rdflib downloads it: a request to any host the file names) and XML entity declarations in RDF/XML (an entity
    bomb expands a few bytes to gigabytes; an external entity reads a local file)."""
    if fmt == "xml":
        with path.open("rb") as stream:
            head = stream.read(1 << 20)
        if b"<!ENTITY" in head or b"<!entity" in head:
            line = head[:head.find(b"<!ENTITY") if b"<!ENTITY" in head else head.find(b"<!entity")].count(b"\n") + 1
            raise ValidationInputError(f"{path}:{line}: XML entity declarations are refused in RDF/XML input")
    elif fmt == "json-ld":
        import json

        try:
            document = json.loads(path.read_bytes())
        except (ValueError, UnicodeDecodeError) as error:
            raise ValidationInputError(f"{path}: not JSON: {error}") from None
        remote = _remote_context(document)
        if remote is not None:
            raise ValidationInputError(f"{path}: a JSON-LD context named by URL ({remote[:80]!r}) is not fetched; "
                                       "put the context in the file")


def _remote_context(node) -> str | None:
    """The first JSON-LD ``@context`` (or ``@import``) that names a document instead of holding one."""
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            for key, value in item.items():
                if key in ("@context", "@import"):
                    for context in value if isinstance(value, list) else [value]:
                        if isinstance(context, str):
                            return context
                stack.append(value)
    return None


def _parse_quads(path: Path):
    fmt = {".nq": ox.RdfFormat.N_QUADS, ".trig": ox.RdfFormat.TRIG}.get(path.suffix)
    if fmt is None or not path.is_file():
        raise ValidationInputError(f"{path}: expected an N-Quads (.nq) or TriG (.trig) dump")
    try:
        for q in ox.parse(path=str(path), format=fmt):
            graph = q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else ""
            if graph != str(ONTOLOGY_GRAPH):
                yield graph, q
    except (SyntaxError, ValueError, OSError) as error:
        raise ValidationInputError(f"{path}: cannot parse: {error}") from None


def load_groups_from_file(path: Path | str) -> dict[str, set]:
    """Triples of a quad dump grouped by act (its language graphs and alignment graph together); the ontology's
    own graph is left out."""
    groups: dict[str, set] = {}
    for graph, q in _parse_quads(Path(path)):
        groups.setdefault(group_of(graph), set()).add((from_ox(q.subject), from_ox(q.predicate), from_ox(q.object)))
    return groups


def _quad_groups(path: Path) -> dict[str, set[str]]:
    """The same groups as N-Triples lines (no rdflib terms are made)."""
    groups: dict[str, set] = {}
    for graph, q in _parse_quads(path):
        groups.setdefault(group_of(graph), set()).add(f"{q.triple} .\n")
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


def _groups(data) -> dict[str, str] | None:
    """A quad dump or a Dataset as N-Triples text by act; None for data of one graph."""
    if isinstance(data, (str, Path)) and Path(data).suffix in (".nq", ".trig"):
        return {k: "".join(sorted(v)) for k, v in _quad_groups(Path(data)).items()}
    if isinstance(data, Dataset):
        groups: dict[str, list] = {}
        for s, p, o, c in data.quads((None, None, None, None)):
            graph = str(getattr(c, "identifier", c))
            if graph != str(ONTOLOGY_GRAPH):
                groups.setdefault(group_of(graph), []).append((s, p, o))
        return {k: "".join(sorted(set(nt_text(v).splitlines(keepends=True)))) for k, v in groups.items()}
    return None


def _validate_group(work) -> list[Result]:
    text, shapes, check_paths, options = work
    options = dict(options)
    loaded = load_shapes(shapes, advanced=options.pop("advanced"))
    check_list = loaded.checks_for(checks_module.load_checks(check_paths), options["use_shapes"])
    return _validate_one(_Data(nt=text), loaded, check_list, _Options(**options))


def _validate_groups(groups: dict[str, str], shapes, loaded: Shapes, check_list: list[Check], options: _Options,
                     processes: int, allow_warnings: bool, allow_infos: bool) -> Report:
    """Each group (an act's N-Triples) on its own, in ``processes`` worker processes; the results merged."""
    shapes = loaded.graph if isinstance(shapes, Graph) else shapes
    paths = [c.path for c in check_list]
    work = [(text, shapes, paths, {**options.__dict__, "advanced": loaded.advanced})
            for _, text in sorted(groups.items())]
    if processes > 1 and len(work) > 1:
        with ProcessPoolExecutor(processes) as pool:  # a few acts per task: hundreds of small tasks cost more
            done = list(pool.map(_validate_group, work, chunksize=max(1, len(work) // (processes * 8))))
    else:
        done = [_validate_group(w) for w in work]
    triples = len({line for text in groups.values() for line in text.split("\n") if line})
    return Report(ordered(r for results in done for r in results), allow_warnings=allow_warnings,
                  allow_infos=allow_infos, triples=triples)
