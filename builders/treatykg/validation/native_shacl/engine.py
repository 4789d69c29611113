"""Compiling a shapes graph and running it over a data source, as pySHACL 0.40.1 does with
``allow_warnings=True, allow_infos=True`` (what treatykg.validate always asks of it): the same shapes, targets,
value nodes, conformance of nested shapes, recursion guard and results.

Differences on purpose, all where pySHACL departs from the SHACL spec (see shacl/__init__.py): the inverse of a
sequence path is reversed; ``focus_nodes`` restricts only the targets of the shapes, not the value nodes that
nested shapes (sh:node, sh:or, ...) are checked on; with ``abort_on_first`` the shapes run in a fixed order.
"""

from __future__ import annotations

import weakref

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import RDF, RDFS

from treatykg.validation.validator import SH
from treatykg.validation.native_shacl.components import CORE, Broken, Ignored, NodeComponent, PropertyComponent, ShaclRuntimeError
from treatykg.validation.native_shacl.model import (ADVANCED, NON_VALIDATING, Shape, ShapeError, UnsupportedShapeError, discover, shape_label)
from treatykg.validation.native_shacl.sparql import SparqlComponent, query_prefixes
from treatykg.validation.native_shacl.text import Stringifier, data_namespaces, format_message

ALLOWED = {SH.Info, SH.Warning}
_NO_PATH: tuple = ()  # severities that do not make a shape non-conforming (allow_warnings/infos)
_SHAPE_REFERENCES = (SH.node, SH.property, SH["not"], SH.qualifiedValueShape)
_SHAPE_LISTS = (SH["and"], SH["or"], SH.xone)
_COMPONENT_PARAMS = {p for c in CORE for p in c.params} | {SH.sparql, SH.flags}
_AF_TYPES = (SH.SPARQLFunction, SH.JSFunction, SH.Function, SH.SPARQLTargetType, SH.JSTargetType, SH.TargetType)
# A SELECT over this many focus nodes or more runs once for all of them (when that gives the same rows).
BATCH_FROM = 8


class Hit:
    """One validation result: pySHACL's sh:ValidationResult, with the results it nests (sh:detail). Its message is
    written when first read: the results of shapes nested in sh:or, sh:not, ... are mostly never read."""

    __slots__ = ("focus", "shape", "severity", "constraint", "path", "value", "details", "_message", "_why")

    def __init__(self, focus, shape, severity, constraint, path, value, why, details=()):
        self.focus, self.shape, self.severity, self.constraint = focus, shape, severity, constraint
        self.path, self.value, self.details = path, value, details
        self._message, self._why = None, why

    @property
    def message(self) -> str:
        if self._message is None:
            run, component, extra, bound = self._why
            self._message = run.message(component, self.focus, self.value, extra, bound)
            self._why = None
        return self._message

    def flatten(self):
        yield self
        for d in self.details:
            yield from d.flatten()

    def __repr__(self):
        return f"<Hit {self.focus} {self.shape} {self.constraint} {self.value}>"


class CompiledShapes:
    """A shapes graph, compiled once: every shape pySHACL would find, with its components."""

    def __init__(self, sg, *, advanced: bool = True):
        self.graph = sg
        self.advanced = advanced
        sg.namespace_manager.bind("sh", SH, override=False, replace=False)  # as pySHACL's stringify does
        self.text = Stringifier(lambda n: set(sg.predicates(n)), sg.objects, sg.namespace_manager)
        self._check_graph(sg)
        found = discover(sg)
        self.shapes: dict = {}
        for node, path in found.items():
            self.shapes[node] = Shape(sg, node, path)
        for shape in self.shapes.values():
            self._check_shape(sg, shape)
            shape.components = self._components(sg, shape)
        self.ordered = sorted(self.shapes.values(), key=lambda s: (s.is_property, str(s.node)))
        # The terms a run looks data up with: a MemorySource built with them as seed finds them by identity.
        self.terms = {t for triple in sg for t in triple} | {RDF.type, RDFS.subClassOf}
        self.cyclic, self.depth = self._references(sg)

    def _check_graph(self, sg):
        for kind in (SH.ConstraintComponent, *sg.subjects(RDFS.subClassOf, SH.ConstraintComponent)):
            for component in sg.subjects(RDF.type, kind):
                if not str(component).startswith(str(SH)):
                    raise UnsupportedShapeError(component, "a custom constraint component (sh:ConstraintComponent)")
        if self.advanced:
            for kind in _AF_TYPES:
                for node in sg.subjects(RDF.type, kind):
                    raise UnsupportedShapeError(node, f"a SHACL-AF {kind.fragment}")

    def _check_shape(self, sg, shape):
        for p in set(sg.predicates(shape.node)):
            if not str(p).startswith(str(SH)) or p in NON_VALIDATING or p in _COMPONENT_PARAMS:
                continue
            if p in ADVANCED:
                if self.advanced:
                    raise UnsupportedShapeError(shape.node, ADVANCED[p])
                continue  # advanced=False: pySHACL ignores SHACL-AF, as asked
            raise UnsupportedShapeError(shape.node, f"sh:{p.fragment}")

    def _components(self, sg, shape) -> list:
        present = set(sg.predicates(shape.node))
        out = []
        for kind in (*CORE, SparqlComponent):
            if not present.intersection(kind.params):
                continue
            try:
                out.append(kind(sg, shape))
            except Ignored:
                continue  # as pySHACL does, with a warning (a qualified value shape on a node shape)
            except UnsupportedShapeError:
                raise
            except ShapeError as error:
                out.append(Broken(shape, error))
        return out

    def _references(self, sg):
        """(whether shapes refer to themselves through sh:node, sh:property, ..., the longest chain of references)."""
        edges = {}
        for node in self.shapes:
            targets = [o for p in _SHAPE_REFERENCES for o in sg.objects(node, p)]
            targets += [m for p in _SHAPE_LISTS for lst in sg.objects(node, p) for m in sg.items(lst)]
            edges[node] = [t for t in targets if t in self.shapes]
        depth: dict = {}
        visiting: set = set()
        cyclic = False

        def longest(node) -> int:
            nonlocal cyclic
            if node in depth:
                return depth[node]
            if node in visiting:
                cyclic = True
                return 0
            visiting.add(node)
            depth[node] = 1 + max((longest(t) for t in edges[node]), default=0)
            visiting.discard(node)
            return depth[node]

        deepest = max((longest(n) for n in self.shapes), default=0)
        return cyclic, deepest


_compiled: dict = {}  # (id(graph), advanced) -> (weak reference, size, CompiledShapes); the last few only
_KEEP = 8


def compile_shapes(sg, *, advanced: bool = True) -> CompiledShapes:
    """Compile a shapes graph, once: later calls with the same, unchanged graph get the same CompiledShapes."""
    key = (id(sg), advanced)
    cached = _compiled.pop(key, None)
    if cached is not None and cached[0]() is sg and cached[1] == len(sg):
        compiled = cached[2]
    else:
        compiled = CompiledShapes(sg, advanced=advanced)
    _compiled[key] = (weakref.ref(sg), len(sg), compiled)
    while len(_compiled) > _KEEP:
        del _compiled[next(iter(_compiled))]
    return compiled


class Run:
    """One validation of a data source against compiled shapes."""

    def __init__(self, compiled: CompiledShapes, src, *, abort_on_first: bool = False, max_depth: int = 15,
                 focus_nodes=None, use_shapes=None):
        self.compiled, self.src = compiled, src
        self.shapes = compiled.shapes
        self.abort_on_first = abort_on_first
        self.max_depth = max_depth
        # Memoised conformance of (shape, node) is safe when no shape can meet itself again down a path and paths
        # stay shorter than the depth limit (then pySHACL's recursion guard and depth check never fire).
        self.memo = {} if not compiled.cyclic and compiled.depth < max_depth else None
        self._superclasses: dict = {}
        self._evaluators: dict = {}
        self._text = None
        self.filtered: set = set()
        self.explicit_focus = None
        self.focus_filter = None
        focus = expand_focus(focus_nodes) if focus_nodes else None
        if use_shapes:
            self.top = [self._use_shape(s) for s in use_shapes]
            self.filtered = self._filtered_out(self.top)
            self.explicit_focus = focus
        else:
            self.top = compiled.ordered
            self.focus_filter = set(focus) if focus is not None else None
            self.focus_order = [f for f in dict.fromkeys(focus) if isinstance(f, URIRef)] if focus is not None else None

    # --- shapes ---------------------------------------------------------------------------------------------------

    def _use_shape(self, name):
        sg = self.compiled.graph
        text = str(name)
        if text.lower().startswith(("http:", "https:", "urn:", "file:")):
            node = URIRef(text)
        else:
            try:
                node = sg.namespace_manager.expand_curie(text)
            except ValueError:
                node = URIRef(text)
        if node not in self.shapes:
            raise ShapeError(f"shape {shape_label(node)}: listed in use_shapes but not in the shapes graph")
        return self.shapes[node]

    def _filtered_out(self, top) -> set:
        """Shapes referenced by IRI that use_shapes leaves out (pySHACL skips them in sh:node, sh:or, ...)."""
        sg = self.compiled.graph
        allowed, todo = set(), [s.node for s in top]
        while todo:
            node = todo.pop()
            if node in allowed:
                continue
            allowed.add(node)
            for p in (*_SHAPE_REFERENCES, *_SHAPE_LISTS):
                for o in sg.objects(node, p):
                    members = sg.items(o) if p in _SHAPE_LISTS else [o]
                    todo.extend(m for m in members if not isinstance(m, (URIRef, Literal)))
        referenced = {o for p in _SHAPE_REFERENCES for o in sg.objects(None, p) if isinstance(o, URIRef)}
        referenced |= {m for p in _SHAPE_LISTS for lst in sg.objects(None, p) for m in sg.items(lst)
                       if isinstance(m, URIRef)}
        return referenced - allowed

    def filtered_out(self, node) -> bool:
        return isinstance(node, URIRef) and node in self.filtered

    def lookup(self, node, via: str, require_node_shape: bool = False, require_property_shape: bool = False):
        shape = self.shapes.get(node)
        if shape is None:
            raise ShaclRuntimeError(f"Shape pointed to by {via} does not exist or is not a well-formed SHACL Shape: "
                                    f"{shape_label(node)}")
        if require_node_shape and shape.is_property:
            raise ShaclRuntimeError(f"Shape pointed to by {via} is not a well-formed SHACL NodeShape: "
                                    f"{shape_label(node)}")
        if require_property_shape and not shape.is_property:
            raise ShaclRuntimeError(f"{shape_label(node)} exists but is not a well-formed SHACL PropertyShape")
        return shape

    def other(self, node):
        return None if self.filtered_out(node) else self.shapes.get(node)

    # --- evaluation -----------------------------------------------------------------------------------------------

    def run(self) -> list:
        hits = []
        for shape in self.top:
            conforms, found = self.validate_shape(shape, self.explicit_focus, None)
            hits.extend(found)
            if self.abort_on_first and not conforms:
                break
        return [h for hit in hits for h in hit.flatten()]

    def targets(self, shape) -> list:
        if self.focus_filter is not None:
            # a few focus nodes in a big store: ask each one whether the shape targets it, rather than listing
            # every target in the store (the scale build's cross-act validation)
            return [f for f in self.focus_order if self._targets(shape, f)]
        src, found = self.src, dict.fromkeys(shape.target_nodes)
        for c in shape.target_classes:
            found.update(dict.fromkeys(src.instances(c)))
        for p in shape.target_subjects_of:
            found.update(dict.fromkeys(s for s, _ in src.subject_objects(p)))
        for p in shape.target_objects_of:
            found.update(dict.fromkeys(o for _, o in src.subject_objects(p)))
        return list(found)

    def _targets(self, shape, node) -> bool:
        """Whether ``shape`` targets ``node``: the same answer as ``node in self.targets(shape)`` without a filter."""
        src = self.src
        if node in shape.target_nodes:
            return True
        if shape.target_classes:
            for t in src.objects(node, RDF.type):
                closure = self._superclasses.get(t)
                if closure is None:
                    closure = self._superclasses[t] = src.superclasses(t)
                if any(c in closure for c in shape.target_classes):
                    return True
        return any(src.objects(node, p) for p in shape.target_subjects_of) or \
            any(src.subjects(p, node) for p in shape.target_objects_of)

    def validate_shape(self, shape, focus, epath):
        """pySHACL's Shape.validate: (conforms, hits) for ``focus`` (None: the shape's own targets)."""
        if shape.deactivated:
            return True, []
        if focus is None:
            focus = self.targets(shape)
        if not focus:
            return True, []
        if self.memo is not None:
            epath = _NO_PATH  # acyclic shapes, shallower than the limit: the path is never looked at
        elif epath is None:
            epath = (shape,)
        elif len(epath) // 2 >= self.max_depth:
            raise ShaclRuntimeError("Validation path too deep!\n" + " -> ".join(map(str, epath)))
        else:
            epath = epath + (shape,)
        if shape.is_property:
            path, src = shape.path, self.src
            fv = {f: path.values(src, f) for f in focus}
        else:
            fv = {f: (f,) for f in focus}
        allow = shape.severity in ALLOWED
        non_conformant = False
        hits = []
        for component in shape.components:
            ok, found = component.evaluate(self, fv, epath if epath is _NO_PATH else epath + (component,))
            if found:
                if not ok and not allow and any(h.severity not in ALLOWED for h in found):
                    non_conformant = True
                hits.extend(found)
                if non_conformant and self.abort_on_first:
                    break
        return not non_conformant, hits

    def nested(self, shape, node, epath):
        """(conforms, hits) of one node against a shape that a constraint refers to."""
        memo = self.memo
        if memo is None:
            return self.validate_shape(shape, [node], epath)
        key = (shape, node)
        found = memo.get(key)
        if found is None:
            found = memo[key] = self.validate_shape(shape, [node], epath)
        return found

    def recursion_triggers(self, epath, trigger_depth: int = 3):
        """pySHACL's ConstraintComponent.recursion_triggers: the shapes this component must not evaluate again."""
        n = len(epath)
        if n < 4:
            return None
        shape, component = epath[-2], epath[-1]
        previous = epath[n - 3]
        lookback = trigger_depth * 2
        pair = (PropertyComponent, NodeComponent)
        if any(isinstance(component, a) and isinstance(previous, b) for a, b in (pair, pair[::-1])):
            lookback = trigger_depth * 4
        if n < lookback:
            return None
        found = []
        for s in (i for i, x in enumerate(epath[:n - 2]) if x is shape):
            for i, p in enumerate(epath[s + 1:-2]):
                if not isinstance(p, Shape):
                    if p.shape is shape and type(p) is type(component) and s + i + 2 < n:
                        found.append(epath[s + i + 2])
                    break
        return found

    def has_class(self, node, cls) -> bool:
        for t in self.src.objects(node, RDF.type):
            closure = self._superclasses.get(t)
            if closure is None:
                closure = self._superclasses[t] = self.src.superclasses(t)
            if cls in closure:
                return True
        return False

    # --- results --------------------------------------------------------------------------------------------------

    def hit(self, component, focus, value=None, path=None, constraint=None, extra_messages=None, bound=None,
            details=()):
        """pySHACL's make_v_result."""
        shape = component.shape
        if path is None and shape.is_property:
            path = shape.path_node
        return Hit(focus, shape.node, shape.severity, constraint or component.iri, path, value,
                   (self, component, extra_messages, bound), tuple(details))

    def message(self, component, focus, value, extra_messages, bound) -> str:
        """The message _results reads from pySHACL's result: the least, as a string, of the result's messages."""
        messages = list(component.shape.messages)
        texts = []
        if extra_messages:
            for m in extra_messages:
                if m in messages:
                    continue
                if isinstance(m, Literal) and bound is not None:
                    m = format_message(str(m.value), bound)
                texts.append(str(m))
        elif not messages:
            messages = component.generic(self, focus, value) or messages
        for m in messages:
            if isinstance(m, Literal) and bound is not None:
                m = format_message(str(m.value), bound)
            texts.append(str(m))
        return min(texts) if texts else ""

    def sg_text(self, node) -> str:
        return self.compiled.text.node(node)

    def data_text(self, node) -> str:
        if self._text is None:
            self._text = Stringifier(self.src.predicates, self.src.objects, data_namespaces())
        if isinstance(node, BNode) and not self.src.occurs(node):
            return str(node)  # pySHACL finds no graph holding it (LookupError) and falls back to its id
        return self._text.node(node)

    # --- SPARQL ---------------------------------------------------------------------------------------------------

    def sparql_rows(self, query, focus: list) -> dict:
        """focus node -> rows (this, path, value, other variables, failure), deduplicated as pySHACL does."""
        import pyoxigraph as ox

        from treatykg.validation.native_shacl.data import to_ox

        if query.native:
            return self._native_rows(query, focus)
        store, default_graph = self.src.sparql_store(query.predicates)
        options = {"prefixes": query_prefixes()}
        if default_graph is not None:
            options["default_graph"] = default_graph
        fixed = {}
        if query.current_shape is not None:
            fixed[ox.Variable("currentShape")] = to_ox(query.current_shape)
        out: dict = {}
        if not query.binds_this:
            rows = list(self._solutions(store.query(query.text, substitutions=fixed or None, **options)))
            return {f: self._dedupe(rows) for f in focus}
        if query.batchable and len(focus) >= BATCH_FROM:
            wanted = set(focus)
            grouped: dict = {}
            for row in self._solutions(store.query(query.text, substitutions=fixed or None, **options)):
                this = row.get("this")
                if this in wanted:
                    grouped.setdefault(this, []).append(row)
            return {f: self._dedupe(rows) for f, rows in grouped.items()}
        for f in focus:
            if query.projects_this:
                bindings = dict(fixed)
                bindings[ox.Variable("this")] = to_ox(f)
                solutions = store.query(query.text, substitutions=bindings, **options)
            else:
                solutions = store.query(query.bound_to(f), substitutions=fixed or None, **options)
            rows = list(self._solutions(solutions))
            if rows:
                out[f] = self._dedupe(rows)
        return out

    def _native_rows(self, query, focus: list) -> dict:
        from treatykg.validation.native_shacl.sparql_eval import Evaluator

        evaluator = self._evaluators.get(query)
        if evaluator is None:
            evaluator = self._evaluators[query] = Evaluator(self.src, query.prepared)
        initial = {"currentShape": query.current_shape} if query.current_shape is not None else {}
        if not query.binds_this:
            rows = self._dedupe(evaluator.select(initial))
            return {f: rows for f in focus}
        out = {}
        for f in focus:
            rows = self._dedupe(evaluator.select({**initial, "this": f}))
            if rows:
                out[f] = rows
        return out

    @staticmethod
    def _solutions(solutions):
        from treatykg.validation.validator import from_ox

        names = [v.value for v in solutions.variables]
        for solution in solutions:
            row = {}
            for name in names:
                term = solution[name]
                if term is not None:
                    row[name] = from_ox(term)
            yield row

    @staticmethod
    def _dedupe(rows) -> list:
        """pySHACL's _validate_sparql_query: one failure row at most; rows without this/path/value dropped."""
        out, failed = [], False
        for row in rows:
            row = dict(row)
            if row.pop("failure", None) is not None:
                if not failed:
                    out.append((None, None, None, row, True))
                    failed = True
                continue
            p, v, t = row.pop("path", None), row.pop("value", None), row.pop("this", None)
            if p is None and v is None and t is None:
                continue
            entry = (t, p, v, row, False)
            if entry not in out:
                out.append(entry)
        return out


def expand_focus(nodes) -> list:
    """Focus nodes as IRIs: strings with a scheme are IRIs, others CURIEs of the data graph's prefixes."""
    out = []
    for n in nodes:
        if isinstance(n, URIRef):
            out.append(n)
            continue
        text = str(n)
        if text.lower().startswith(("http:", "https:", "urn:", "file:")):
            out.append(URIRef(text))
        else:
            try:
                out.append(data_namespaces().expand_curie(text))
            except ValueError:
                out.append(URIRef(text))
    return out


def run_shapes(compiled: CompiledShapes, src, **options) -> list:
    """All hits (nested ones included) of validating ``src`` against ``compiled``."""
    return Run(compiled, src, **options).run()
