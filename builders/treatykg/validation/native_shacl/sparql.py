"""SPARQL-based constraints (sh:sparql with sh:select).

Each SELECT runs per focus node with $this pre-bound, as pySHACL runs it, on the native evaluator (sparql_eval.py:
rdflib's parser and expressions, joins ordered by actual counts). A query that evaluator does not cover runs on
pyoxigraph: ONCE for all focus nodes, with $this free, keeping the rows whose $this is a focus node, when that gives
the rows pre-binding would; otherwise once per focus node with $this substituted (pyoxigraph ``substitutions``,
SEP-0007). Running once is valid when, in the query's algebra, $this is projected and bound by a triple pattern
wherever the query is evaluated (a basic graph pattern of the main group, or of every branch of a UNION), and $this
is never read before it is bound (in a BIND, a FILTER or an OPTIONAL/MINUS/EXISTS whose left side does not bind it),
and the query has no sub-SELECT, LIMIT/OFFSET, GROUP BY, aggregate, VALUES or GRAPH: ``batchable`` checks exactly
that on rdflib's algebra. (On pyoxigraph 0.5 running once is no faster for our three queries: it scans for the
EXISTS patterns and the double eli:is_part_of+ join, so the cost grows with the square of the graph.)
"""

from __future__ import annotations

import re
from functools import lru_cache

from rdflib import Literal, URIRef, Variable
from rdflib.namespace import OWL, RDF, RDFS, XSD
from rdflib.paths import Path as RdflibPath

from treatykg.validation.validator import SH
from treatykg.validation.native_shacl.components import Component, ShaclRuntimeError
from treatykg.validation.native_shacl.model import ShapeError, UnsupportedShapeError, shape_label
from treatykg.validation.native_shacl.sparql_eval import Unsupported, check_supported
from treatykg.validation.native_shacl.text import data_namespaces

# pySHACL's checks (pyshacl/helper/sparql_query_helper.py), verbatim.
_BIND_THIS = re.compile(r"([\s{}()])[\$\?]this", flags=re.M)
_BIND_PATH = re.compile(r"([\s{}()])[\$\?]PATH", flags=re.M)
_BIND_SHAPES_GRAPH = re.compile(r"([\s{}()])[\$\?]shapesGraph", flags=re.M)
_BIND_CURRENT_SHAPE = re.compile(r"([\s{}()])[\$\?]currentShape", flags=re.M)
_HAS_MINUS = re.compile(r"^(?:[^#]*|M)(?!#)#?[^\?\$\#]M?INUS[\s\{]", flags=re.M | re.I)
_HAS_VALUES = re.compile(r"^(?!\s*#).*?(?<![\w\-\:])VALUES\b(?:\s*(?:\(|[\?\$]\w+|\{|\w|\s))", flags=re.M | re.I)
_HAS_SERVICE = re.compile(r"^(?:[^#]*|S)(?!#)#?[^\?\$\#]S?ERVICE[\s\<]", flags=re.M | re.I)
_HAS_NESTED_SELECT = re.compile(r"SELECT[\s\(\)\$\?\a-z]*\{[^\}]*SELECT\s+((?:(?:[\?\$]\w+\s+)|(?:\*\s+))+)",
                                flags=re.M | re.I)
_HAS_AS_VAR = re.compile(r"[^\w]+AS[\s]+[\$\?](\w+)", flags=re.M | re.I)


def check_query(text: str) -> None:
    """pySHACL's check_invalid_sparql for a constraint's SELECT (no $value pre-bound)."""
    if _HAS_MINUS.search(text):
        raise ShaclRuntimeError("A SPARQL Constraint must not contain a MINUS clause.")
    if _HAS_VALUES.search(text):
        raise ShaclRuntimeError("A SPARQL Constraint must not contain a VALUES clause.")
    if _HAS_SERVICE.search(text):
        raise ShaclRuntimeError("A SPARQL Constraint must not contain a federated query (SERVICE).")
    prebound = {"this", "shapesGraph", "currentShape"}
    nested = _HAS_NESTED_SELECT.search(text)
    if nested:
        names = [v.lstrip("$?").rstrip() for v in nested.group(1).split()]
        if names == ["*"]:
            raise ShaclRuntimeError("Using 'SELECT *' in a nested SELECT query does not select potentially pre-bound "
                                    "variables.")
        if "this" not in names:
            raise ShaclRuntimeError("All potentially pre-bound variables must be selected from a nested SELECT query.")
    rebound = _HAS_AS_VAR.search(text)
    if rebound and rebound.group(1) in prebound:
        raise ShaclRuntimeError(f"Cannot use AS to re-bind potentially pre-bound variables such as {rebound.group(1)}")


def sparql_path(sg, node, prefixes: dict, depth: int = 0) -> str:
    """pySHACL's shacl_path_to_sparql_path (for $PATH)."""
    if isinstance(node, URIRef):
        text = str(node)
        for prefix, namespace in prefixes.items():
            if text.startswith(namespace):
                return ":".join([prefix, text.replace(namespace, "")])
        return f"<{text}>"
    items = list(sg.items(node))
    if items:
        joined = " / ".join(sparql_path(sg, i, prefixes, depth + 1) for i in items)
        return joined if depth == 0 else f"({joined})"
    for predicate, template in ((SH.inversePath, "^{}"), (SH.zeroOrMorePath, "{}*"), (SH.zeroOrOnePath, "{}?"),
                                (SH.oneOrMorePath, "{}+")):
        inner = next(sg.objects(node, predicate), None)
        if inner is not None:
            return template.format(sparql_path(sg, inner, prefixes, depth + 1))
    options = next(sg.objects(node, SH.alternativePath), None)
    if options is not None:
        joined = " | ".join(sparql_path(sg, i, prefixes, depth + 1) for i in sg.items(options))
        return joined if depth == 0 else f"({joined})"
    raise ShapeError(f"path {node}: that path method is not implemented")


def collect_prefixes(sg, node) -> dict:
    """rdf, rdfs and owl plus the sh:declare of the sh:prefixes values (pySHACL's collect_prefixes)."""
    prefixes = {"rdf": str(RDF), "rdfs": str(RDFS), "owl": str(OWL)}
    values = set(sg.objects(node, SH.prefixes))
    if not values:
        return prefixes
    graph_declares = set(sg.objects(sg.identifier, SH.declare)) if sg.identifier else set()
    ontologies = set(sg.subjects(RDF.type, OWL.Ontology))
    global_declares = graph_declares.union(*(set(sg.objects(o, SH.declare)) for o in ontologies))
    for value in values:
        own = set(sg.objects(value, SH.declare))
        declares = own | graph_declares if own and value in ontologies else global_declares | own
        for declare in declares:
            prefix = set(sg.objects(declare, SH.prefix))
            namespace = set(sg.objects(declare, SH.namespace))
            if isinstance(declare, Literal) or len(prefix) != 1 or len(namespace) != 1:
                raise ShapeError(f"shape {shape_label(node)}: sh:declare needs one sh:prefix and one sh:namespace")
            prefix, namespace = next(iter(prefix)), next(iter(namespace))
            if not (isinstance(prefix, Literal) and isinstance(prefix.value, str)):
                raise ShapeError(f"shape {shape_label(node)}: sh:prefix must be a string literal")
            if not (isinstance(namespace, Literal) and (namespace.datatype in (XSD.anyURI, XSD.string)
                                                        or namespace.language or isinstance(namespace.value, str))):
                raise ShapeError(f"shape {shape_label(node)}: sh:namespace must be a literal of type xsd:anyURI")
            prefixes[str(prefix.value)] = str(namespace.value)
    return prefixes


@lru_cache(maxsize=1)
def query_prefixes() -> dict:
    """The prefixes rdflib lets a query use without declaring them: those of the data graph pySHACL queries."""
    return {prefix: str(namespace) for prefix, namespace in data_namespaces().namespaces()}


# --- algebra analysis --------------------------------------------------------------------------------------------

class _NotBatchable(Exception):
    pass


def _mentions(obj, name: str) -> bool:
    if isinstance(obj, Variable):
        return str(obj) == name
    if isinstance(obj, dict):
        return any(_mentions(v, name) for v in obj.values())
    if isinstance(obj, (list, tuple, set)):
        return any(_mentions(v, name) for v in obj)
    return False


def _certain(node, name: str) -> bool:
    """Whether every solution of ``node`` binds ``name``, raising _NotBatchable when ``name`` is read before it is
    bound or the pattern is one whose evaluation a pre-bound $this would change."""
    kind = getattr(node, "name", None)
    if kind == "BGP":
        return any(str(t) == name for triple in node.triples for t in triple if isinstance(t, Variable))
    if kind == "Join":
        return _certain(node.p1, name) | _certain(node.p2, name)
    if kind in ("LeftJoin", "Minus"):
        left = _certain(node.p1, name)
        if not left and (_mentions(node.p2, name) or _mentions(node.get("expr"), name)):
            raise _NotBatchable
        _certain(node.p2, name)
        return left
    if kind in ("Filter", "Extend"):
        inner = _certain(node.p, name)
        if not inner and _mentions(node.expr, name):
            raise _NotBatchable
        return inner
    if kind == "Union":
        return _certain(node.p1, name) & _certain(node.p2, name)
    if kind in ("Project", "Distinct", "Reduced", "OrderBy"):
        return _certain(node.p, name)
    raise _NotBatchable  # sub-SELECT (ToMultiSet), Slice, Group, AggregateJoin, Graph, values, Service, ...


def analyse(query):
    """(projects $this, batchable, predicates the query can match or None for any predicate) of a prepared query."""
    algebra = query.algebra
    projected = {str(v) for v in algebra.get("PV", [])}
    try:
        batchable = "this" in projected and _certain(algebra.p, "this")
    except _NotBatchable:
        batchable = False
    predicates: set | None = set()

    def walk(obj):
        nonlocal predicates
        if predicates is None:
            return
        if getattr(obj, "name", None) == "BGP":
            for _, p, _ in obj.triples:
                if isinstance(p, URIRef):
                    predicates.add(p)
                elif isinstance(p, RdflibPath) and _path_predicates(p, predicates):
                    pass
                else:
                    predicates = None
                    return
        if getattr(obj, "name", None) in ("Builtin_EXISTS", "Builtin_NOTEXISTS"):
            walk(obj.graph)  # rdflib sets the translated pattern as an attribute, not as an item
        if isinstance(obj, dict):
            for v in obj.values():
                walk(v)
        elif isinstance(obj, (list, tuple)):
            for v in obj:
                walk(v)

    walk(algebra)
    return "this" in projected, batchable, predicates


def _path_predicates(path, out: set) -> bool:
    """Adds the predicates of an rdflib property path; False for a negated property set (it matches any other)."""
    from rdflib.paths import AlternativePath, InvPath, MulPath, NegatedPath, SequencePath

    if isinstance(path, URIRef):
        out.add(path)
        return True
    if isinstance(path, NegatedPath):
        return False
    if isinstance(path, (SequencePath, AlternativePath)):
        return all(_path_predicates(p, out) for p in path.args)
    if isinstance(path, (InvPath, MulPath)):
        return _path_predicates(path.arg if isinstance(path, InvPath) else path.path, out)
    return False


class SparqlQuery:
    """One sh:sparql node of a shape."""

    def __init__(self, sg, shape, node):
        self.node = node
        selects = set(sg.objects(node, SH.select))
        if len(selects) != 1:
            raise ShapeError(f"shape {shape_label(shape.node)}: a sh:sparql constraint needs exactly one sh:select "
                             "(sh:ask is not allowed here)")
        select = next(iter(selects))
        if not (isinstance(select, Literal) and isinstance(select.value, str)):
            raise ShapeError(f"shape {shape_label(shape.node)}: sh:select must be a string literal")
        messages = set(sg.objects(node, SH.message))
        if messages and not all(isinstance(m, Literal) and isinstance(m.value, str) for m in messages):
            raise ShapeError(f"shape {shape_label(shape.node)}: the sh:message of a SPARQL constraint must be a string")
        self.messages = messages or None
        deactivated = next(iter(set(sg.objects(node, SH.deactivated))), None)
        if deactivated is not None and not (isinstance(deactivated, Literal) and isinstance(deactivated.value, bool)):
            raise ShapeError(f"shape {shape_label(shape.node)}: sh:deactivated must be a boolean literal")
        self.deactivated = bool(deactivated.value) if deactivated is not None else False
        text = str(select.value)
        if _BIND_SHAPES_GRAPH.search(text):
            raise UnsupportedShapeError(shape.node, "$shapesGraph in a SPARQL constraint")
        self.prefixes = collect_prefixes(sg, node)
        self.check_error = None
        try:
            check_query(text)
        except ShaclRuntimeError as error:
            self.check_error = error
        if shape.path_node is not None:
            text = _BIND_PATH.sub(r"\g<1>{}".format(sparql_path(sg, shape.path_node, self.prefixes)), text)
        elif _BIND_PATH.search(text):
            raise ShapeError(f"shape {shape_label(shape.node)}: SPARQL constraint text has $PATH in it, but no path is "
                             "known on this shape")
        self.binds_this = bool(_BIND_THIS.search(text))
        self.current_shape = shape.node if _BIND_CURRENT_SHAPE.search(text) else None
        self.text = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in self.prefixes.items()) + "\n" + text
        from rdflib.plugins.sparql import prepareQuery

        try:
            self.prepared = prepareQuery(self.text, initNs=query_prefixes())
        except Exception as error:  # noqa: BLE001 - any parse error of the query is a malformed shape
            raise ShapeError(f"shape {shape_label(shape.node)}: cannot parse its SPARQL query: {error}") from None
        self.projects_this, self.batchable, self.predicates = analyse(self.prepared)
        try:
            check_supported(self.prepared.algebra)
            self.native = True
        except Unsupported:
            self.native = False  # runs on pyoxigraph
        self.batchable = self.batchable and self.binds_this and self.current_shape is None

    def bound_to(self, node) -> str:
        """The query with $this written as ``node``, for a query that does not project $this (pyoxigraph
        substitutes only projected variables)."""
        from treatykg.validation.native_shacl.data import to_ox

        return _BIND_THIS.sub(lambda m: m.group(1) + str(to_ox(node)), self.text)


class SparqlComponent(Component):
    iri, params = SH.SPARQLConstraintComponent, (SH.sparql,)

    def __init__(self, sg, shape):
        super().__init__(sg, shape)
        nodes = set(sg.objects(shape.node, SH.sparql))
        self.queries = [SparqlQuery(sg, shape, n) for n in nodes]

    def evaluate(self, run, fv, epath):
        hits = []
        for query in self.queries:
            if query.deactivated:
                continue
            if query.check_error is not None:
                raise query.check_error
            rows = run.sparql_rows(query, list(fv))
            for f in fv:
                default = None if self.shape.is_property else f
                for t, p, v, variables, failure in rows.get(f, ()):
                    if failure:
                        hits.append(run.hit(self, f, value=default, extra_messages=query.messages, bound=variables))
                        continue
                    v = default if v is None else v
                    hits.append(run.hit(self, t or f, value=v, path=p, extra_messages=query.messages,
                                        bound=(t, p, v, variables)))
        return not hits, hits
