"""The rules that cross acts: which nodes the merged graph can judge differently from the act that states them,
and their validation on the merged store.

Each act is validated on its own, in its task. For most constraints that is the merged graph's answer too:
a constraint on each value (sh:class, sh:datatype, sh:pattern, ...) gives in the merged graph the union of what
it gave in each act, and one that needs *some* value (sh:minCount, sh:hasValue) can only start to pass. The
exceptions are the constraints that count or compare a node's values (sh:maxCount, sh:uniqueLang, sh:lessThan,
..., anything under sh:not or sh:xone), a node's types, which decide the shapes it meets, and the SPARQL checks,
which compare nodes with each other (treatykg.validation.checks).

So a node several acts describe is validated again on the merged graph only when the acts differ in what such a
constraint or check reads: its *disputed* predicates. Nodes for which an act reported something are validated
again as well, since another act may supply what was missing.

Validating again does not read the whole store: for those focus nodes, the neighbourhood the shapes need is taken
from it (each node's own triples as the acts state them, since the store normalises literals such as
xsd:nonNegativeInteger, oxigraph #526; its incoming triples in the predicates of inverse paths; and the nodes at
the ends of its paths, to the depth the shapes reach, which :func:`description_depth` computes from the shapes) and
validated by pyshacl-turbo with ``focus_nodes``, which restricts the targets only (pySHACL would also skip the
value nodes of nested shapes). A neighbour that no act states exactly (neither shared nor reported) is read as the
store holds it, which only a literal constraint on a neighbour (none in the bundled shapes) could misjudge; shapes
without a bound on how far they look (a recursive shape, a path of any length) get the whole merged store. The
checks run on the merged store itself, bound to the focus nodes, the works and parts that hold them
(eli:is_part_of, tkg:statedIn) and the nodes of those works that the checks' shapes target.
The merged results replace the acts' results for those nodes; they equal plain pySHACL and the checks on the
merged graph as long as a node's incoming links come from the acts that describe it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, SH
from rdflib.term import Node

from treatykg.rdf.vocab import ELI, TKG

if TYPE_CHECKING:  # the functions import them when they run
    from treatykg.validation.checks import Check
    from treatykg.validation.report import Report
    from treatykg.validation.shapes import Shapes

# Constraints that read a node's values together, not one by one.
COUNTING = (SH.maxCount, SH.uniqueLang, SH.qualifiedMaxCount, SH.equals, SH.disjoint, SH.lessThan,
            SH.lessThanOrEquals)
PAIRED = (SH.equals, SH.disjoint, SH.lessThan, SH.lessThanOrEquals)  # their object is a predicate too
TARGETS_BY_PREDICATE = (SH.targetSubjectsOf, SH.targetObjectsOf)
# What makes a node part of a work, for the checks: a part is part of its parent, a fact is stated in a part.
CONTAINMENT = (ELI.is_part_of, TKG.statedIn)


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
    members: Iterable[Node] = Collection(g, alternatives) if alternatives is not None else (
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


def disputable_predicates(shapes: str | None = None) -> frozenset[str] | None:
    """N-Triples forms (``<iri>``) of the predicates whose values the merged graph can judge differently from
    each act, for these shapes (default: the bundled ones) and the checks that report under them; None when any
    predicate can matter (sh:closed, sh:sparql, or a check that can read any predicate)."""
    from treatykg.validation.checks import bundled_checks
    from treatykg.validation.shapes import load_shapes

    loaded = load_shapes(shapes)
    if loaded.disputable is False:
        found = _disputable(loaded, bundled_checks)
        loaded.disputable = None if found is None else frozenset(f"<{p}>" for p in found)
    return loaded.disputable


def _disputable(loaded: Shapes, checks: Callable[[], list[Check]]) -> set | None:
    """The disputable predicates (IRIs) of the shapes and of the ``checks()`` that report under them; None when
    any predicate can matter."""
    g = loaded.graph
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
    read = [_sparql_predicates(g, constraint) for constraint in g.objects(None, SH.sparql)]
    read += [check.predicates for check in loaded.checks_for(checks())]
    for predicates in read:
        if predicates is None:
            return None
        found.update(predicates)
    return found


def _sparql_predicates(g: Graph, constraint) -> frozenset | None:
    """The predicates an sh:sparql constraint's query reads (with the prefixes its sh:prefixes declare)."""
    from treatykg.validation.checks import read_predicates

    select = g.value(constraint, SH.select)
    if select is None:
        return None
    prefixes = "".join(f"PREFIX {g.value(d, SH.prefix)}: <{g.value(d, SH.namespace)}>\n"
                       for declarer in g.objects(constraint, SH.prefixes) for d in g.objects(declarer, SH.declare))
    try:
        return read_predicates(prefixes + str(select))
    except Exception:  # noqa: BLE001 - a query rdflib cannot read: any predicate may matter
        return None


# --- how far the shapes look ------------------------------------------------------------------------------------------

_VALUE_SHAPES = (SH.node, SH["not"], SH.qualifiedValueShape)
_LIST_SHAPES = (SH["and"], SH["or"], SH.xone)
_UNBOUNDED = 10 ** 6


def _path_length(g: Graph, path) -> int:
    if isinstance(path, URIRef):
        return 1
    inverse = g.value(path, SH.inversePath)
    if inverse is not None:
        return _path_length(g, inverse)
    if g.value(path, SH.zeroOrOnePath) is not None:
        return _path_length(g, g.value(path, SH.zeroOrOnePath))
    if g.value(path, SH.zeroOrMorePath) is not None or g.value(path, SH.oneOrMorePath) is not None:
        return _UNBOUNDED
    alternatives = g.value(path, SH.alternativePath)
    if alternatives is not None:
        return max((_path_length(g, m) for m in Collection(g, alternatives)), default=0)
    return sum(_path_length(g, m) for m in Collection(g, path))


def _nested(g: Graph, shape) -> list:
    """The shapes that constrain the same node as ``shape`` (sh:node, sh:not, sh:and, sh:or, sh:xone members)."""
    found = [o for key in (SH.node, SH["not"]) for o in g.objects(shape, key)]
    for key in _LIST_SHAPES:
        for members in g.objects(shape, key):
            found.extend(Collection(g, members))
    return found


def _depth(g: Graph, shape, stack: frozenset) -> int:
    """How far from a node constrained by ``shape`` the nodes lie whose own triples the shape reads (0: the
    node's own triples suffice)."""
    if shape in stack:
        return _UNBOUNDED  # a recursive shape can look arbitrarily far
    stack = stack | {shape}
    depth = 0
    for nested in _nested(g, shape):
        depth = max(depth, _depth(g, nested, stack))
    for prop in g.objects(shape, SH.property):
        depth = max(depth, _depth(g, prop, stack))
    path = g.value(shape, SH.path)
    if path is not None:
        length = _path_length(g, path)
        values = [o for key in _VALUE_SHAPES for o in g.objects(shape, key)]
        values += [m for key in _LIST_SHAPES for members in g.objects(shape, key) for m in Collection(g, members)]
        values += list(g.objects(shape, SH.property))
        if values or (shape, SH["class"], None) in g:  # the values' own triples are read
            depth = max(length + max((_depth(g, v, stack) for v in values), default=0), length)
        else:
            depth = max(depth, length - 1)
    return depth


def description_depth(g: Graph) -> int | None:
    """How far from a focus node the shapes of ``g`` read nodes' own triples; None when there is no bound (a
    recursive shape, a path of any length)."""
    roots = set(g.subjects(RDF.type, SH.NodeShape)) | set(g.subjects(RDF.type, SH.PropertyShape))
    for key in (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf):
        roots |= set(g.subjects(key, None))
    depth = max((_depth(g, shape, frozenset()) for shape in roots), default=0)
    return None if depth >= _UNBOUNDED else depth


def inverse_predicates(g: Graph) -> set[URIRef]:
    """Predicates that shapes follow backwards (sh:inversePath) or target by object (sh:targetObjectsOf)."""
    found: set = set(o for o in g.objects(None, SH.targetObjectsOf) if isinstance(o, URIRef))
    for inverse in g.objects(None, SH.inversePath):
        _path_predicates(g, inverse, found)
    return found


# --- the neighbourhood of the focus nodes -----------------------------------------------------------------------------

def neighbourhood(store: ox.Store, focus: list[URIRef], depth: int, inverse: set[URIRef], exact, extra: dict) -> str:
    """N-Triples of what the shapes need to judge ``focus`` in the merged store: the nodes within ``depth`` of them,
    each with its own triples (as ``extra`` or ``exact`` give them, ``{"<iri>": lines}``, else the store's) and its
    incoming triples in the ``inverse`` predicates."""
    default = ox.DefaultGraph()
    inverse_nodes = [ox.NamedNode(str(p)) for p in sorted(inverse)]
    lines: set[str] = set()
    seen: set[str] = set()
    level = [f"<{f}>" for f in focus]
    for distance in range(depth + 1):
        following: list[str] = []
        for node in level:
            if node in seen:
                continue
            seen.add(node)
            term = _ox_node(node)
            own = extra.get(node)
            if own is None:
                stated = exact.get(node)
                if stated is not None:
                    own = [line.decode("utf-8").removesuffix(" .") for line in stated if line]
                elif term is not None:
                    own = [str(q.triple) for q in store.quads_for_pattern(term, None, None, default)]
                else:
                    own = []
            lines.update(own)
            incoming = []
            if isinstance(term, ox.NamedNode):
                incoming = [q for predicate in inverse_nodes
                            for q in store.quads_for_pattern(None, predicate, term, default)]
                lines.update(str(q.triple) for q in incoming)
            if distance < depth:
                following += [line.split(" ", 2)[2] for line in own if line.split(" ", 2)[2].startswith(("<", "_:"))]
                following += [str(q.subject) for q in incoming]
        level = following
    return "".join(f"{line} .\n" for line in sorted(lines))


def _ox_node(text: str):
    if text.startswith("<") and text.endswith(">"):
        return ox.NamedNode(text[1:-1])
    if text.startswith("_:"):
        return ox.BlankNode(text[2:])
    return None


# --- the report -------------------------------------------------------------------------------------------------------

def cross_act_report(records, focus: set[str], exact, store, build_iri: str, build_triples, shapes: str | None,
                     triples: int) -> tuple[Report, int]:
    """The build's report, and how many nodes were validated again: every act's own results, but those of the
    ``focus`` nodes (disputed nodes, nodes an act reported something about, the build) validated again on the
    merged ``store`` (the build's own, still open: a second, read-only opening would race its compactions).
    ``exact`` gives, by subject (``<iri>``), the N-Triples lines the acts state, which replace the store's copy
    (it normalises literals)."""
    from treatykg.validation.checks import bundled_checks
    from treatykg.validation.report import Report, ordered
    from treatykg.validation.shapes import load_shapes
    from treatykg.validation.validator import Passages, check_results, nt_text, shape_results

    loaded = load_shapes(shapes)
    per_act = [r for record in records for r in record.results]
    nodes = {URIRef(f) for f in focus} | {r.focus for r in per_act if isinstance(r.focus, URIRef)} | {URIRef(build_iri)}
    ordered_focus = sorted(nodes, key=str)
    passages = Passages.from_store(store)

    build_lines: dict[str, list[str]] = {}  # the build's triples, as stated (the store normalises them too)
    for line in nt_text(build_triples).splitlines():
        build_lines.setdefault(line.split(" ", 1)[0], []).append(line.removesuffix(" ."))
    depth = description_depth(loaded.graph)
    if depth is None:  # the shapes can look anywhere: the whole merged graph
        text = "".join(f"{q.triple} .\n" for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    else:
        text = neighbourhood(store, ordered_focus, depth, inverse_predicates(loaded.graph), exact, build_lines)
    judged = shape_results(text, loaded, focus_nodes=ordered_focus, passages=passages)

    check_list = loaded.checks_for(bundled_checks())
    checked = _check_focus(store, ordered_focus, loaded, check_list) if check_list else set()
    found = []
    for check, targets in _targets_by_check(store, checked, loaded, check_list).items():
        # each check bound to the nodes its shape targets only: a VALUES block of thousands of nodes it would
        # reject costs the query planner more than the check itself
        found += check_results(store, [check], loaded, passages, focus_nodes=sorted(targets, key=str))

    kept = [r for r in per_act if (r.focus not in checked if r.check else r.focus not in nodes)]
    return Report(ordered(kept + judged + found), allow_warnings=True, triples=triples), len(nodes)


def _check_focus(store: ox.Store, focus: list[URIRef], loaded, check_list) -> set[URIRef]:
    """The nodes the checks judge again: the focus nodes, the works and parts that hold them, and the nodes of those
    works that the checks' shapes target (a treaty's designations, when its parties are disputed)."""
    holders = set(focus)
    containment = "|".join(f"<{p}>" for p in CONTAINMENT)
    values = " ".join(f"<{f}>" for f in focus)
    query = f"SELECT DISTINCT ?up WHERE {{ VALUES ?node {{ {values} }} ?node ({containment})+ ?up }}"
    for row in _select(store, query):
        if isinstance(row["up"], ox.NamedNode):
            holders.add(URIRef(row["up"].value))
    classes = set().union(*(_target_classes(loaded, check) for check in check_list))
    found = set(holders)
    if classes:
        values = " ".join(f"<{h}>" for h in sorted(holders, key=str))
        kinds = " ".join(f"<{c}>" for c in sorted(classes, key=str))
        query = (f"SELECT DISTINCT ?node WHERE {{ VALUES ?holder {{ {values} }} ?node ({containment})+ ?holder . "
                 f"?node <{RDF.type}> ?kind . VALUES ?kind {{ {kinds} }} }}")
        found.update(URIRef(row["node"].value) for row in _select(store, query)
                     if isinstance(row["node"], ox.NamedNode))
    return found


def _target_classes(loaded, check: Check) -> set[Node]:
    """The classes whose instances a check's shape targets, their subclasses included."""
    from treatykg.validation.validator import class_hierarchy

    classes = set(loaded.graph.objects(check.shape, SH.targetClass))
    while True:  # the hierarchy's transitive closure below the target classes
        more = {s for s, _, o in class_hierarchy() if o in classes} - classes
        if not more:
            return classes
        classes |= more


def _targets_by_check(store: ox.Store, nodes: set[URIRef], loaded, check_list) -> dict[Check, set[URIRef]]:
    """For each check, the ``nodes`` its shape targets (by their types in the store)."""
    if not nodes or not check_list:
        return {}
    values = " ".join(f"<{n}>" for n in sorted(nodes, key=str))
    types: dict[URIRef, set[URIRef]] = {}
    for row in _select(store, f"SELECT ?node ?type WHERE {{ VALUES ?node {{ {values} }} ?node <{RDF.type}> ?type }}"):
        if isinstance(row["type"], ox.NamedNode):
            types.setdefault(URIRef(row["node"].value), set()).add(URIRef(row["type"].value))
    out = {}
    for check in check_list:
        classes = _target_classes(loaded, check)
        targets = {node for node, kinds in types.items() if kinds & classes}
        if targets:
            out[check] = targets
    return out


def _select(store: ox.Store, query: str) -> ox.QuerySolutions:
    solutions = store.query(query)
    if not isinstance(solutions, ox.QuerySolutions):
        raise TypeError(f"not a SELECT query: {query}")
    return solutions
