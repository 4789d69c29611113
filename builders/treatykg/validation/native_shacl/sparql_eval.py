"""A SPARQL evaluator over a treatykg.shacl Source, for the SELECTs of SPARQL-based constraints.

rdflib parses and translates the query (as pySHACL has rdflib do) and evaluates every expression (FILTER, BIND),
so values and comparisons are rdflib's; what this module does differently is the joins. rdflib orders the triple
patterns of a group when it translates the query, by how many constants they hold, so that inside
FILTER EXISTS { ?x eli:is_part_of $this ; rdf:type tkg:Article } it scans every article for every row (pyoxigraph
0.5 does no better on these queries): the cost grows with the square of the graph. Here the patterns are joined
in the order of their actual number of matches under the bindings at hand, (NOT) EXISTS patterns are evaluated
with the current bindings substituted, and each path closure is computed once.

Covered algebra: BGP (with property paths), Join, LeftJoin, Filter, Extend, Union, Project, Distinct, Reduced and
OrderBy. Anything else (sub-SELECT, GROUP BY and aggregates, LIMIT/OFFSET, VALUES, GRAPH, SERVICE, MINUS) raises
Unsupported, and the caller runs the query on pyoxigraph instead.
"""

from __future__ import annotations

from types import MethodType

from rdflib import Graph, Literal, URIRef, Variable
from rdflib.namespace import XSD
from rdflib.paths import AlternativePath, InvPath, MulPath, NegatedPath, SequencePath
from rdflib.store import Store
from rdflib.term import _NUMERIC_LITERAL_TYPES

_NUMERIC = frozenset(_NUMERIC_LITERAL_TYPES)

_HUGE = 1 << 60


class Unsupported(Exception):
    """The query uses algebra this evaluator does not cover."""


class _Slow(Exception):
    """rdflib computes this expression."""


class _Error(Exception):
    """The expression is an error (rdflib: SPARQLError), e.g. an unbound variable."""


_INTEGER, _BOOLEAN = XSD.integer, XSD.boolean
_COMPARE = {"<": lambda a, b: a < b, ">": lambda a, b: a > b, "<=": lambda a, b: a <= b, ">=": lambda a, b: a >= b,
            "=": lambda a, b: a == b, "!=": lambda a, b: a != b}


def _plain_int(term) -> bool:
    """A well-typed literal of a numeric XSD datatype whose value is a Python int: rdflib compares these by value."""
    return (type(term) is Literal and term.datatype in _NUMERIC and type(term.value) is int
            and not term.ill_typed)


class SourceStore(Store):
    """An rdflib Store over a Source, for the rdflib functions that want a graph (not used for joins)."""

    def __init__(self, src):
        super().__init__()
        self.src = src

    def triples(self, pattern, context=None):
        s, p, o = pattern
        src = self.src
        if s is not None:
            pairs = ((p, x) for x in src.objects(s, p)) if p is not None else src.predicate_objects(s)
            for pp, x in pairs:
                if o is None or x == o:
                    yield (s, pp, x), iter(())
        elif p is not None:
            pairs = ((x, o) for x in src.subjects(p, o)) if o is not None else src.subject_objects(p)
            for x, y in pairs:
                yield (x, p, y), iter(())
        else:
            for t in src.triples():
                if o is None or t[2] == o:
                    yield t, iter(())

    def __len__(self, context=None):
        return self.src.count


SUPPORTED = {"SelectQuery", "Project", "Distinct", "Reduced", "OrderBy", "BGP", "Join", "LeftJoin", "Filter",
             "Extend", "Union"}


def check_supported(node) -> None:
    """Raises Unsupported unless every pattern of the algebra (EXISTS patterns included) is covered."""
    kind = getattr(node, "name", None)
    if kind is None:
        return
    if kind.startswith("Builtin_") and kind.endswith("EXISTS"):
        check_supported(node.graph)
        return
    if kind in ("ToMultiSet", "Group", "AggregateJoin", "Slice", "Graph", "values", "Minus", "ServiceGraphPattern"):
        raise Unsupported(kind)
    for key, value in node.items():
        if key.startswith("_"):
            continue
        if isinstance(value, dict):
            check_supported(value)
        elif isinstance(value, (list, tuple)):
            for v in value:
                if isinstance(v, dict):
                    check_supported(v)
    if kind in ("BGP",):
        for triple in node.triples:
            if isinstance(triple[1], NegatedPath):
                raise Unsupported("negated property set")


class Evaluator:
    """Evaluates one prepared query over a Source, with some variables pre-bound (pySHACL's initBindings)."""

    def __init__(self, src, query):
        from rdflib.plugins.sparql.sparql import QueryContext

        self.src = src
        self.query = query
        self.context = QueryContext(graph=Graph(store=SourceStore(src)))
        self.context.prologue = query.prologue
        self._closures: dict = {}
        self._sets: dict = {}
        _hook_exists(query.algebra, self)

    def select(self, initial: dict):
        """Projected rows as {name: term}, for the pre-bound ``initial`` {name: term}."""
        algebra = self.query.algebra
        row = {Variable(k): v for k, v in initial.items()}
        for solution in self.eval(algebra.p, row):
            yield {str(k): v for k, v in solution.items() if v is not None}

    # --- patterns -------------------------------------------------------------------------------------------------

    def eval(self, node, row: dict):
        kind = node.name
        if kind == "BGP":
            return self.bgp(list(node.triples), row)
        if kind == "Join":
            return (b for a in self.eval(node.p1, row) for b in self.eval(node.p2, a))
        if kind == "LeftJoin":
            return self.left_join(node, row)
        if kind == "Filter":
            return (r for r in self.eval(node.p, row) if self.ebv(node.expr, r))
        if kind == "Extend":
            return self.extend(node, row)
        if kind == "Union":
            return (r for part in (node.p1, node.p2) for r in self.eval(part, row))
        if kind == "Project":
            names = list(node.PV)
            return ({v: r[v] for v in names if v in r} for r in self.eval(node.p, row))
        if kind in ("Distinct", "Reduced"):
            return self.distinct(node, row)
        if kind == "OrderBy":
            return self.eval(node.p, row)  # the order of rows does not change a report
        raise Unsupported(kind)

    def distinct(self, node, row):
        seen = set()
        for r in self.eval(node.p, row):
            key = frozenset(r.items())
            if key not in seen:
                seen.add(key)
                yield r

    def left_join(self, node, row):
        expr = node.get("expr")
        for a in self.eval(node.p1, row):
            found = False
            for b in self.eval(node.p2, a):
                if expr is None or self.ebv(expr, b):
                    found = True
                    yield b
            if not found:
                yield a

    def extend(self, node, row):
        from rdflib.plugins.sparql.sparql import SPARQLError

        for r in self.eval(node.p, row):
            try:
                value = self.value(node.expr, r)
            except SPARQLError:
                yield r
                continue
            if isinstance(value, SPARQLError):
                yield r
                continue
            out = dict(r)
            out[node.var] = value
            yield out

    # --- expressions (rdflib's) -----------------------------------------------------------------------------------

    def bindings(self, row):
        from rdflib.plugins.sparql.sparql import FrozenBindings

        return FrozenBindings(self.context, row)

    def ebv(self, expr, row) -> bool:
        """rdflib's _ebv (an error is false); the common expressions are computed here, the same way."""
        try:
            return self._truth(expr, row)
        except _Error:
            return False
        except _Slow:
            from rdflib.plugins.sparql.evalutils import _ebv

            return _ebv(expr, self.bindings(row))

    def value(self, expr, row):
        try:
            return self._value(expr, row)
        except _Error:
            from rdflib.plugins.sparql.sparql import SPARQLError

            return SPARQLError("error")
        except _Slow:
            from rdflib.plugins.sparql.evalutils import _eval

            return _eval(expr, self.bindings(row))

    def _truth(self, e, row) -> bool:
        name = getattr(e, "name", None)
        if name in ("Builtin_EXISTS", "Builtin_NOTEXISTS"):
            return self.exists(e.graph, row) == (name == "Builtin_EXISTS")
        if name == "ConditionalAndExpression":
            others = e.get("other")
            if others is None:
                return self._truth(e["expr"], row)
            results = [self._truth(x, row) for x in [e["expr"], *others]]  # rdflib: any error is an error
            return all(results)
        if name == "UnaryNot":
            return not self._truth(e["expr"], row)
        if name == "Builtin_BOUND":
            return row.get(e["arg"]) is not None
        if name in ("RelationalExpression", "AdditiveExpression"):
            result = self._value(e, row)
            if type(result) is Literal and result.datatype == _BOOLEAN:
                return bool(result.value)
        raise _Slow

    def _value(self, e, row):
        """The value of a variable, a constant, a comparison of two IRIs or of two integers, or an integer sum: the
        cases where rdflib's result is obvious (anything else: _Slow, and rdflib computes it)."""
        if isinstance(e, Variable):
            found = row.get(e)
            if found is None:
                raise _Error
            return found
        if isinstance(e, (URIRef, Literal)):
            return e
        name = getattr(e, "name", None)
        if name == "RelationalExpression":
            other = e.get("other")
            x = self._value(e["expr"], row)
            if other is None:
                return x
            y, op = self._value(other, row), e["op"]
            if op in ("=", "!=") and isinstance(x, URIRef) and isinstance(y, URIRef):
                return Literal((x == y) == (op == "="))
            if op in _COMPARE and _plain_int(x) and _plain_int(y):
                return Literal(_COMPARE[op](x.value, y.value))
            raise _Slow
        if name == "AdditiveExpression":
            others = e.get("other")
            x = self._value(e["expr"], row)
            if others is None:
                return x
            if not (_plain_int(x) and x.datatype == _INTEGER):
                raise _Slow
            total = x.value
            for op, term in zip(e["op"], others):
                y = self._value(term, row)
                if not (_plain_int(y) and y.datatype == _INTEGER):
                    raise _Slow
                total = total + y.value if op == "+" else total - y.value
            return Literal(total, datatype=_INTEGER)
        raise _Slow

    def exists(self, pattern, row) -> bool:
        if not isinstance(row, dict):  # rdflib's FrozenBindings, when rdflib evaluates the enclosing expression
            row = {k: row[k] for k in row}
        return next(iter(self.eval(pattern, row)), None) is not None

    # --- basic graph patterns -------------------------------------------------------------------------------------

    def bgp(self, triples: list, row: dict):
        if not triples:
            yield row
            return
        # Patterns whose one unbound variable is the same: bind it to the intersection of their candidate sets.
        groups: dict = {}
        for i, t in enumerate(triples):
            var = self._single(t, row)
            if var is not None:
                groups.setdefault(var, []).append(i)
        for var, members in groups.items():
            if len(members) > 1:
                sets = [self.candidates(triples[i], row, var) for i in members]
                rest = [t for i, t in enumerate(triples) if i not in members]
                for term in sets[0].intersection(*sets[1:]):
                    new = dict(row)
                    new[var] = term
                    yield from self.bgp(rest, new)
                return
        best, best_cost = 0, _HUGE + 1
        for i, t in enumerate(triples):
            cost = self.cost(t, row)
            if cost < best_cost:
                best, best_cost = i, cost
                if cost <= 1:
                    break
        rest = triples[:best] + triples[best + 1:]
        for new in self.matches(triples[best], row):
            yield from self.bgp(rest, new)

    def _single(self, triple, row):
        """The variable of a pattern whose predicate is an IRI or a path and whose subject or object (not both) is
        an unbound variable, the other end bound."""
        s, p, o = triple
        if isinstance(p, Variable):
            return None
        s_free = isinstance(s, Variable) and s not in row
        o_free = isinstance(o, Variable) and o not in row
        if s_free and not o_free:
            return s
        if o_free and not s_free:
            return o
        return None

    def candidates(self, triple, row, var) -> set:
        s, p, o = triple
        if var == s:
            node = self._term(o, row)
            key = ("s", p, node)
        else:
            node = self._term(s, row)
            key = ("o", p, node)
        found = self._sets.get(key)
        if found is None:
            if isinstance(p, URIRef):
                found = set(self.src.subjects(p, node) if var == s else self.src.objects(node, p))
            else:
                found = self.closure(p, node, var != s)
            self._sets[key] = found
        return found

    @staticmethod
    def _term(x, row):
        return row.get(x) if isinstance(x, Variable) else x

    def cost(self, triple, row) -> int:
        s, p, o = (self._term(x, row) for x in triple)
        src = self.src
        if isinstance(p, URIRef):
            if s is not None:
                return len(src.objects(s, p)) if o is None else 1
            if o is not None:
                return len(src.subjects(p, o))
            return src.count_predicate(p)
        if p is None:  # a variable predicate
            return len(src.predicates(s)) * 4 if s is not None else _HUGE
        if s is not None:
            return len(self.closure(p, s, True))
        if o is not None:
            return len(self.closure(p, o, False))
        return _HUGE

    def matches(self, triple, row):
        """Rows extending ``row`` with the bindings of one triple pattern."""
        ts, tp, to = triple
        s, p, o = (self._term(x, row) for x in triple)
        src = self.src
        if isinstance(p, URIRef) or p is None:
            if s is not None:
                pairs = ((p, x) for x in src.objects(s, p)) if p is not None else src.predicate_objects(s)
                found = ((s, pp, x) for pp, x in pairs)
            elif p is not None:
                pairs = ((x, o) for x in src.subjects(p, o)) if o is not None else src.subject_objects(p)
                found = ((x, p, y) for x, y in pairs)
            else:
                found = src.triples()
        elif s is not None:
            found = ((s, None, x) for x in self.closure(p, s, True))
        elif o is not None:
            found = ((x, None, o) for x in self.closure(p, o, False))
        else:
            found = ((x, None, y) for x in self.nodes(p) for y in self.closure(p, x, True))
        for fs, fp, fo in found:
            if o is not None and fo != o:
                continue
            new = row
            ok = True
            for var, term in ((ts, fs), (tp, fp), (to, fo)):
                if isinstance(var, Variable) and term is not None:
                    bound = new.get(var)
                    if bound is None:
                        if new is row:
                            new = dict(row)
                        new[var] = term
                    elif bound != term:
                        ok = False
                        break
            if ok:
                yield new if new is not row else dict(row)

    # --- property paths -------------------------------------------------------------------------------------------

    def closure(self, path, node, forward: bool) -> set:
        key = (path, node, forward)
        found = self._closures.get(key)
        if found is None:
            found = self._closures[key] = self.step(path, node, forward)
        return found

    def step(self, path, node, forward: bool) -> set:
        src = self.src
        if isinstance(path, URIRef):
            return set(src.objects(node, path) if forward else src.subjects(path, node))
        if isinstance(path, InvPath):
            return self.step(path.arg, node, not forward)
        if isinstance(path, SequencePath):
            current = {node}
            for part in (path.args if forward else reversed(path.args)):
                current = set().union(*(self.step(part, n, forward) for n in current)) if current else set()
            return current
        if isinstance(path, AlternativePath):
            return set().union(*(self.step(part, node, forward) for part in path.args))
        if isinstance(path, MulPath):
            found = {node} if path.zero else set()
            todo = list(self.step(path.path, node, forward))
            if not path.more:
                return found | set(todo)
            seen = set()
            while todo:
                current = todo.pop()
                if current in seen:
                    continue
                seen.add(current)
                found.add(current)
                todo.extend(self.step(path.path, current, forward))
            return found
        raise Unsupported(f"property path {path!r}")

    def nodes(self, path) -> set:
        """Start nodes for a path with both ends free: the subjects of its predicates, and for a path that can be
        empty every node of the graph (rdflib's zero-length semantics)."""
        if _can_be_empty(path):
            return {t[0] for t in self.src.triples()} | {t[2] for t in self.src.triples()}
        found = set()
        for p, inverse in _first_predicates(path):
            found.update((o if inverse else s) for s, o in self.src.subject_objects(p))
        return found


def _can_be_empty(path) -> bool:
    if isinstance(path, MulPath):
        return path.zero or _can_be_empty(path.path)
    if isinstance(path, InvPath):
        return _can_be_empty(path.arg)
    if isinstance(path, SequencePath):
        return all(_can_be_empty(p) for p in path.args)
    if isinstance(path, AlternativePath):
        return any(_can_be_empty(p) for p in path.args)
    return False


def _first_predicates(path, inverse: bool = False):
    """(predicate, inverted) pairs a path can start with."""
    if isinstance(path, URIRef):
        yield path, inverse
    elif isinstance(path, InvPath):
        yield from _first_predicates(path.arg, not inverse)
    elif isinstance(path, SequencePath):
        parts = path.args if not inverse else list(reversed(path.args))
        for part in parts:
            yield from _first_predicates(part, inverse)
            if not _can_be_empty(part):
                break
    elif isinstance(path, AlternativePath):
        for part in path.args:
            yield from _first_predicates(part, inverse)
    elif isinstance(path, MulPath):
        yield from _first_predicates(path.path, inverse)
    else:
        raise Unsupported(f"property path {path!r}")


def _hook_exists(node, evaluator) -> None:
    """Makes every (NOT) EXISTS of the algebra call ``evaluator`` (rdflib would evaluate the pattern itself)."""
    if isinstance(node, dict):
        kind = getattr(node, "name", None)
        if kind in ("Builtin_EXISTS", "Builtin_NOTEXISTS"):
            positive = kind == "Builtin_EXISTS"
            pattern = node.graph  # the translated pattern (rdflib keeps it as an attribute)
            node._evalfn = MethodType(lambda self, ctx: Literal(evaluator.exists(pattern, ctx) == positive), node)
            _hook_exists(pattern, evaluator)
        for value in node.values():
            _hook_exists(value, evaluator)
    elif isinstance(node, (list, tuple)):
        for value in node:
            _hook_exists(value, evaluator)
