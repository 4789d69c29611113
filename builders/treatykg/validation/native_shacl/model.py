"""Compiled shapes: shape discovery as pySHACL does it, property paths, targets, and the check for features the
native engine does not implement (it raises rather than skip them)."""

from __future__ import annotations

from rdflib import Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from treatykg.validation.validator import SH


class ShapeError(ValueError):
    """A malformed shape (pySHACL raises ShapeLoadError, ConstraintLoadError or ReportableRuntimeError for these)."""


class UnsupportedShapeError(ShapeError):
    """A shape uses a SHACL feature the native engine does not implement."""

    def __init__(self, shape, feature: str):
        self.shape, self.feature = shape, feature
        super().__init__(f"shape {shape_label(shape)}: {feature} is not supported by the native SHACL engine "
                         "(use engine='pyshacl')")


def shape_label(node) -> str:
    return f"<{node}>" if isinstance(node, URIRef) else f"_:{node}"


# --- property paths ------------------------------------------------------------------------------------------------
# Each path gives the values reached from a node and, for inverse paths, the nodes a value is reached from.

class Path:
    def values(self, src, node):
        raise NotImplementedError

    def inverse(self, src, node):
        raise NotImplementedError


class Predicate(Path):
    __slots__ = ("p",)

    def __init__(self, p):
        self.p = p

    def values(self, src, node):
        return src.objects(node, self.p)

    def inverse(self, src, node):
        return src.subjects(self.p, node)


class Inverse(Path):
    __slots__ = ("inner",)

    def __init__(self, inner):
        self.inner = inner

    def values(self, src, node):
        return self.inner.inverse(src, node)

    def inverse(self, src, node):
        return self.inner.values(src, node)


class Sequence(Path):
    __slots__ = ("steps",)

    def __init__(self, steps):
        self.steps = steps

    @staticmethod
    def _walk(src, node, steps, forward: bool):
        current = {node}
        for step in steps:
            found = set()
            for n in current:
                found.update(step.values(src, n) if forward else step.inverse(src, n))
            current = found
        return current

    def values(self, src, node):
        return self._walk(src, node, self.steps, True)

    def inverse(self, src, node):  # (a/b)^-1 = ^b/^a
        return self._walk(src, node, reversed(self.steps), False)


class Alternative(Path):
    __slots__ = ("options",)

    def __init__(self, options):
        self.options = options

    def values(self, src, node):
        found = set()
        for option in self.options:
            found.update(option.values(src, node))
        return found

    def inverse(self, src, node):
        found = set()
        for option in self.options:
            found.update(option.inverse(src, node))
        return found


class Repeat(Path):
    """zeroOrMore (min 0, many), oneOrMore (min 1, many), zeroOrOne (min 0, not many)."""

    __slots__ = ("inner", "zero", "many")

    def __init__(self, inner, zero: bool, many: bool):
        self.inner, self.zero, self.many = inner, zero, many

    def _closure(self, src, node, step):
        found = {node} if self.zero else set()
        todo = set(step(src, node))
        if not self.many:
            return found | todo
        while todo:
            current = todo.pop()
            if current in found:
                continue
            found.add(current)
            todo.update(step(src, current))
        return found

    def values(self, src, node):
        return self._closure(src, node, self.inner.values)

    def inverse(self, src, node):
        return self._closure(src, node, self.inner.inverse)


def compile_path(sg, node, owner, depth: int = 0) -> Path:
    """A SHACL path node; the same checks, in the same order, as pySHACL's value_nodes_from_path."""
    if isinstance(node, URIRef):
        return Predicate(node)
    if isinstance(node, Literal):
        raise ShapeError(f"shape {shape_label(owner)}: values of a property path cannot be a Literal")
    if depth >= 10:
        raise ShapeError(f"shape {shape_label(owner)}: path traversal depth is too much")
    if (node, RDF.first, None) in sg:
        items = list(sg.items(node))
        if len(items) < 2 and depth == 0:
            raise ShapeError(f"shape {shape_label(owner)}: a list of SHACL paths must contain at least two path items")
        steps = [compile_path(sg, i, owner, depth + 1) for i in items]
        return steps[0] if len(steps) == 1 else Sequence(steps)
    inverse = next(sg.objects(node, SH.inversePath), None)
    if inverse is not None:
        return Inverse(compile_path(sg, inverse, owner, depth + 1))
    alternatives = next(sg.objects(node, SH.alternativePath), None)
    if alternatives is not None:
        options = [compile_path(sg, i, owner, depth + 1) for i in sg.items(alternatives)]
        if len(options) < 2:
            raise ShapeError(f"shape {shape_label(owner)}: a list of SHACL alternate paths must have at least two "
                             "path items")
        return Alternative(options)
    for predicate, zero, many in ((SH.zeroOrMorePath, True, True), (SH.oneOrMorePath, False, True),
                                  (SH.zeroOrOnePath, True, False)):
        inner = next(sg.objects(node, predicate), None)
        if inner is not None:
            return Repeat(compile_path(sg, inner, owner, depth + 1), zero, many)
    other = next(sg.predicate_objects(node), None)
    if other is not None:
        raise ShapeError(f"shape {shape_label(owner)}: {other[0]} is not a known property for a sh:path")
    raise ShapeError(f"shape {shape_label(owner)}: cannot get any values from sh:path")


# --- shapes -------------------------------------------------------------------------------------------------------

# Non-validating or structural sh: properties a shape may carry (ignored for validation, as in pySHACL).
NON_VALIDATING = {SH.name, SH.description, SH.order, SH.group, SH.defaultValue, SH.path, SH.severity, SH.message,
                  SH.deactivated, SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf}
# SHACL-AF: pySHACL runs these only with advanced=True.
ADVANCED = {SH.target: "sh:target (SHACL-AF custom target)", SH.rule: "sh:rule (SHACL-AF rules)",
            SH.expression: "sh:expression (SHACL-AF node expressions)"}


class Shape:
    """One shape: its targets, severity, messages, path (property shapes) and constraint components."""

    def __init__(self, sg, node, path_node=None):
        self.node = node
        self.is_property = path_node is not None
        self.path_node = path_node
        self.path = compile_path(sg, path_node, node) if path_node is not None else None
        deactivated = set(sg.objects(node, SH.deactivated))
        if len(deactivated) > 1:
            raise ShapeError(f"shape {shape_label(node)}: a SHACL shape cannot have more than one sh:deactivated")
        flag = next(iter(deactivated), None)
        if flag is not None and not isinstance(flag, Literal):
            raise ShapeError(f"shape {shape_label(node)}: the value of sh:deactivated must be a literal")
        self.deactivated = bool(flag.value) if flag is not None else False
        severities = set(sg.objects(node, SH.severity))
        self.severity = next(iter(severities)) if severities else SH.Violation
        self.messages = set(sg.objects(node, SH.message))
        self.target_nodes = list(sg.objects(node, SH.targetNode))
        classes = set(sg.objects(node, SH.targetClass))
        class_kinds = set(sg.subjects(RDFS.subClassOf, RDFS.Class)) | {RDFS.Class, OWL.Class}
        if any(t in class_kinds for t in sg.objects(node, RDF.type)):  # implicit class target
            classes.add(node)
        self.target_classes = classes
        self.target_subjects_of = list(sg.objects(node, SH.targetSubjectsOf))
        self.target_objects_of = list(sg.objects(node, SH.targetObjectsOf))
        self.components: list = []

    @property
    def has_targets(self) -> bool:
        return bool(self.target_nodes or self.target_classes or self.target_subjects_of or self.target_objects_of)

    def __repr__(self):
        return f"<Shape {shape_label(self.node)}>"


def discover(sg) -> dict:
    """node -> path node (None for node shapes), as pySHACL's ShapesGraph._build_node_shape_cache finds shapes."""
    def subjects_of(p):
        return {s for s, _ in sg.subject_objects(p)}

    def objects_of(p):
        return {o for _, o in sg.subject_objects(p)}

    defined_node = set(sg.subjects(RDF.type, SH.NodeShape))
    for s in defined_node:
        if (s, SH.path, None) in sg:
            raise ShapeError(f"shape {shape_label(s)}: a shape defined as a NodeShape cannot have sh:path")
    defined_property = set(sg.subjects(RDF.type, SH.PropertyShape))
    paths = {}
    for s in defined_property:
        if s in defined_node:
            raise ShapeError(f"shape {shape_label(s)}: a NodeShape cannot also be a PropertyShape")
        found = list(sg.objects(s, SH.path))
        if len(found) != 1:
            raise ShapeError(f"shape {shape_label(s)}: a PropertyShape must have exactly one sh:path")
        paths[s] = found[0]
    with_targets = set().union(*(subjects_of(p) for p in (SH.targetClass, SH.targetNode, SH.targetObjectsOf,
                                                          SH.targetSubjectsOf, SH.property, SH.node)))
    expected = set().union(*(objects_of(p) for p in (SH.property, SH.node, SH["not"], SH.qualifiedValueShape)))
    for lst in set().union(*(objects_of(p) for p in (SH["and"], SH["or"], SH.xone))):
        members = set(sg.items(lst))
        if not members:
            raise ShapeError(f"list {shape_label(lst)}: sh:and, sh:or and sh:xone need a well-formed RDF list with "
                             "one or more members")
        expected |= members
    shapes = {s: None for s in defined_node}
    shapes.update(paths)
    for s in list(with_targets) + list(expected - with_targets):
        if s in shapes:
            continue
        found = list(sg.objects(s, SH.path))
        if len(found) > 1:
            raise ShapeError(f"shape {shape_label(s)}: an implicit PropertyShape cannot have more than one sh:path")
        shapes[s] = found[0] if found else None
    return shapes
