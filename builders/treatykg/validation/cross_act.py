"""The rules that cross acts: which nodes the merged graph can judge differently from the act that states them,
and their validation on the merged store.

Each act is validated on its own, in its task. For most constraints that is the merged graph's answer too:
a constraint on each value (sh:class, sh:datatype, sh:pattern, ...) gives in the merged graph the union of what
it gave in each act, and one that needs *some* value (sh:minCount, sh:hasValue) can only start to pass. The
exceptions are the constraints that count or compare a node's values (sh:maxCount, sh:uniqueLang, sh:lessThan,
..., anything under sh:not or sh:xone, SPARQL constraints) and a node's types, which decide the shapes it meets.

So a node several acts describe is validated again on the merged graph only when the acts differ in what such a
constraint reads: its *disputed* predicates. Nodes for which an act reported something are validated again as
well, since another act may supply what was missing. The merged result replaces the acts' results for those
nodes; it equals plain pySHACL on the merged graph as long as a node's incoming links come from the acts that
describe it.
"""

from __future__ import annotations

from functools import lru_cache

import pyoxigraph as ox
from rdflib import Graph, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF

SH = Namespace("http://www.w3.org/ns/shacl#")
# Constraints that read a node's values together, not one by one.
COUNTING = (SH.maxCount, SH.uniqueLang, SH.qualifiedMaxCount, SH.equals, SH.disjoint, SH.lessThan,
            SH.lessThanOrEquals)
PAIRED = (SH.equals, SH.disjoint, SH.lessThan, SH.lessThanOrEquals)  # their object is a predicate too
TARGETS_BY_PREDICATE = (SH.targetSubjectsOf, SH.targetObjectsOf)


def _path_predicates(g: Graph, path, out: set) -> None:
    if isinstance(path, URIRef):
        out.add(path)
        return
    for key in (SH.inversePath, SH.zeroOrMorePath, SH.oneOrMorePath, SH.zeroOrOnePath):
        inner = g.value(path, key)
        if inner is not None:
            _path_predicates(g, inner, out)
            return
    alternatives = g.value(path, SH.alternativePath)
    members = Collection(g, alternatives) if alternatives is not None else (
        Collection(g, path) if g.value(path, RDF.first) is not None else [])
    for member in members:
        _path_predicates(g, member, out)


def _subtree(g: Graph, node, seen: set) -> None:
    """Every node reachable from ``node`` in the shapes graph (a nested shape and its lists)."""
    if node in seen:
        return
    seen.add(node)
    for _, o in g.predicate_objects(node):
        if not isinstance(o, URIRef) or (o, None, None) in g:
            _subtree(g, o, seen)


@lru_cache(maxsize=8)
def disputable_predicates(shapes_path: str) -> frozenset[str] | None:
    """N-Triples forms (``<iri>``) of the predicates whose values the merged graph can judge differently from
    each act, for these shapes; None when any predicate can matter (sh:closed, or a SPARQL query that can
    match any predicate)."""
    from treatykg.validation.native_shacl.sparql import analyse, collect_prefixes, query_prefixes  # the engine's own analysis of a query

    g = Graph().parse(shapes_path, format="turtle")
    if any(g.triples((None, SH.closed, None))):
        return None
    found: set = {RDF.type}
    for key in TARGETS_BY_PREDICATE:
        found.update(g.objects(None, key))
    for shape in set(g.subjects(SH.path, None)):
        if any((shape, key, None) in g for key in COUNTING):
            _path_predicates(g, g.value(shape, SH.path), found)
        for key in PAIRED:
            found.update(o for o in g.objects(shape, key) if isinstance(o, URIRef))
    nested: set = set()
    for key in (SH["not"], SH.xone):
        for value in g.objects(None, key):
            _subtree(g, value, nested)
    for node in nested:
        path = g.value(node, SH.path)
        if path is not None:
            _path_predicates(g, path, found)
    from rdflib.plugins.sparql import prepareQuery

    for constraint in g.objects(None, SH.sparql):
        text = str(g.value(constraint, SH.select))
        prefixes = collect_prefixes(g, constraint)
        query = prepareQuery("".join(f"PREFIX {p}: <{ns}>\n" for p, ns in prefixes.items()) + text,
                             initNs=query_prefixes())
        predicates = analyse(query)[2]
        if predicates is None:
            return None
        found.update(predicates)
    return frozenset(f"<{p}>" for p in found)


def cross_act_report(records, focus: set[str], exact: dict[str, list[bytes]], store, build_iri: str,
                     build_triples, shapes: str | None, triples: int):
    """The build's report, and how many nodes were validated again: every act's own results, but those of the
    ``focus`` nodes (disputed nodes, nodes an act reported something about, the build) validated again on the
    merged ``store`` (the build's own, still open: a second, read-only
    opening would race its compactions). ``exact`` gives, by subject, the N-Triples lines the acts state, which replace the store's copy
    (it normalises literals)."""
    from treatykg.validation.validator import SEVERITY_ORDER, Report

    per_act = {r.key(): r for record in records for r in record.results}
    focus = set(focus) | {r.focus for r in per_act.values()} | {build_iri}
    report = _validate_with_exact(store, exact, build_triples, focus=sorted(focus), shapes=shapes)
    results = {r.key(): r for r in per_act.values() if r.focus not in focus}
    results.update((r.key(), r) for r in report.results)
    ordered = sorted(results.values(), key=lambda r: (SEVERITY_ORDER[r.severity], r.focus, r.shape, r.path, r.value,
                                                       r.message))
    return Report(ordered, allow_warnings=True, triples=triples), len(focus)


def _validate_with_exact(store, exact: dict[str, list[bytes]], build_triples, *, focus, shapes):
    """The store, but the subjects of ``exact`` (and the build) described as the acts state them: the store
    normalises literals (treatykg.shacl.data.StoreSource)."""
    from treatykg.validation.native_shacl.data import MemorySource
    from treatykg.validation.validator import from_ox, validate_store

    build = MemorySource(build_triples)
    builds = {s for s, _, _ in build_triples}

    def described(node):
        if node in builds:
            return list(build.predicate_objects(node))
        lines = exact.get(f"<{node}>")
        if lines is None:
            return None
        return [(from_ox(t.predicate), from_ox(t.object))
                for t in ox.parse(b"\n".join(lines) + b"\n", format=ox.RdfFormat.N_TRIPLES)]

    return validate_store(store, focus_nodes=[URIRef(f) for f in focus], shapes=shapes, allow_warnings=True,
                          described=described)
