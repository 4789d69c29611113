"""SHACL Core constraint components, each evaluated as pySHACL 0.40.1 evaluates it (same value checks, same
results, same default messages), but over all focus nodes of a shape at once.

``evaluate(run, fv, epath)`` takes ``fv`` {focus node: value nodes} and the evaluation path (pySHACL's
``_evaluation_path``: shapes and components, for the recursion guard) and returns (conforms, hits).
"""

from __future__ import annotations

import datetime
import re
import warnings
from decimal import Decimal

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD
from rdflib.term import _NUMERIC_LITERAL_TYPES

from treatykg.validation.validator import SH
from treatykg.validation.native_shacl.model import ShapeError, shape_label

_WHOLE_INTEGERS = {XSD.integer, XSD.nonNegativeInteger, XSD.positiveInteger, XSD.nonPositiveInteger,
                   XSD.negativeInteger, XSD.long, XSD.int, XSD.short, XSD.byte, XSD.unsignedLong, XSD.unsignedInt,
                   XSD.unsignedShort, XSD.unsignedByte}
_FORCE_COMPARE_VALUE = (datetime.datetime, datetime.time)
_NUMERIC = frozenset(_NUMERIC_LITERAL_TYPES)


class ShaclRuntimeError(RuntimeError):
    """Validation cannot go on (pySHACL raises ReportableRuntimeError or ValidationFailure here)."""


class ShapeRecursionWarning(UserWarning):
    """A recursive shape met itself again down the path: its check is cut off there, as pySHACL does."""


def _recursion_warning(epath) -> None:
    warnings.warn(ShapeRecursionWarning(f"recursive shapes, validation backed out {len(epath) // 2} levels deep: "
                                        + " -> ".join(shape_label(e.node) for e in epath if hasattr(e, "node"))),
                  stacklevel=3)


class Ignored(Exception):
    """pySHACL ignores this component on this shape (ConstraintLoadWarning)."""


class Component:
    iri: URIRef = SH.ConstraintComponent
    params: tuple = ()
    order: int = 0

    def __init__(self, sg, shape):
        self.shape = shape

    def generic(self, run, focus, value) -> list:
        return []

    def evaluate(self, run, fv, epath):
        raise NotImplementedError

    def error(self, text: str) -> ShapeError:
        return ShapeError(f"shape {shape_label(self.shape.node)}: {text}")


class Broken(Component):
    """A component pySHACL refuses to load: the error is raised when the shape is evaluated, as in pySHACL."""

    def __init__(self, shape, error):
        self.shape, self._error = shape, error

    def evaluate(self, run, fv, epath):
        raise self._error


def _values(sg, shape, p) -> list:
    return list(sg.objects(shape.node, p))


# --- value type ---------------------------------------------------------------------------------------------------

class ClassComponent(Component):
    iri, params = SH.ClassConstraintComponent, (SH["class"],)

    def __init__(self, sg, shape):
        super().__init__(sg, shape)
        self.classes = _values(sg, shape, SH["class"])

    def generic(self, run, focus, value):
        if len(self.classes) < 2:
            return [Literal("Value does not have class {}".format(run.sg_text(self.classes[0])))]
        return [Literal("Value class is not in classes ({})".format(", ".join(run.sg_text(c) for c in self.classes)))]

    def evaluate(self, run, fv, epath):
        hits = []
        for c in self.classes:
            for f, values in fv.items():
                for v in values:
                    if isinstance(v, Literal) or not run.has_class(v, c):
                        hits.append(run.hit(self, f, value=v))
        return not hits, hits


def _actual_datatype(value, rule) -> bool:
    v = value.value
    if rule == XSD.string or rule == RDF.langString:
        return isinstance(v, (str, bytes))
    if rule == XSD.integer:
        return isinstance(v, int)
    if rule == XSD.float:
        return isinstance(v, float)
    if rule == XSD.decimal:
        return isinstance(v, Decimal)
    if rule == XSD.boolean:
        return isinstance(v, bool)
    if rule == XSD.date:
        return isinstance(v, datetime.date)
    if rule == XSD.time:
        return isinstance(v, datetime.time)
    if rule == XSD.dateTime:
        return isinstance(v, datetime.datetime)
    return True  # pySHACL cannot check other datatypes beyond rdflib's ill-typed flag


def datatype_matches(v, rule) -> bool:
    """pySHACL's judgement: the literal's datatype IRI, rdflib's ill-typed flag and the Python type of its value."""
    if not isinstance(v, Literal):
        return False
    if v.datatype == rule:
        return getattr(v, "ill_typed", None) is not True and _actual_datatype(v, rule)
    if rule == RDFS.Literal:
        return True
    if rule == RDFS.Datatype and v.datatype:
        return True
    if v.datatype is None and v.language is None and rule == XSD.string:
        return _actual_datatype(v, rule)
    if rule == RDF.langString and v.language:
        return _actual_datatype(v, rule)
    return False


class DatatypeComponent(Component):
    iri, params = SH.DatatypeConstraintComponent, (SH.datatype,)

    def __init__(self, sg, shape):
        super().__init__(sg, shape)
        rules = _values(sg, shape, SH.datatype)
        if len(rules) != 1:
            raise self.error("sh:datatype must have exactly one value")
        self.rule = rules[0]
        self._cache: dict = {}

    def generic(self, run, focus, value):
        return [Literal("Value is not Literal with datatype {}".format(run.sg_text(self.rule)))]

    def evaluate(self, run, fv, epath):
        hits = []
        cache, rule = self._cache, self.rule
        for f, values in fv.items():
            for v in values:
                ok = cache.get(v)
                if ok is None:
                    ok = cache[v] = datatype_matches(v, rule)
                if not ok:
                    hits.append(run.hit(self, f, value=v))
        return not hits, hits


_NODE_KINDS = {
    BNode: (SH.BlankNode, SH.BlankNodeOrLiteral, SH.BlankNodeOrIRI),
    Literal: (SH.Literal, SH.BlankNodeOrLiteral, SH.IRIOrLiteral),
    URIRef: (SH.IRI, SH.IRIOrLiteral, SH.BlankNodeOrIRI),
}


class NodeKindComponent(Component):
    iri, params = SH.NodeKindConstraintComponent, (SH.nodeKind,)

    def __init__(self, sg, shape):
        super().__init__(sg, shape)
        rules = _values(sg, shape, SH.nodeKind)
        if len(rules) != 1:
            raise self.error("sh:nodeKind must have exactly one value")
        self.rule = rules[0]

    def generic(self, run, focus, value):
        return [Literal("Value is not of Node Kind {}".format(run.sg_text(self.rule)))]

    def evaluate(self, run, fv, epath):
        hits = []
        for f, values in fv.items():
            for v in values:
                kind = BNode if isinstance(v, BNode) else Literal if isinstance(v, Literal) else URIRef
                if self.rule not in _NODE_KINDS[kind]:
                    hits.append(run.hit(self, f, value=v))
        return not hits, hits


# --- cardinality --------------------------------------------------------------------------------------------------

class _Count(Component):
    param: URIRef

    def __init__(self, sg, shape):
        super().__init__(sg, shape)
        name = self.param.fragment
        found = _values(sg, shape, self.param)
        if len(found) != 1:
            raise self.error(f"sh:{name} must have exactly one value")
        if not shape.is_property:
            raise self.error(f"sh:{name} can only be used on a property shape")
        value = found[0]
        if not (isinstance(value, Literal) and value.datatype == XSD.integer):
            raise self.error(f"sh:{name} must be a literal with datatype xsd:integer")
        if int(value.value) < 0:
            raise self.error(f"sh:{name} must be an integer >= 0")
        self.literal, self.count = value, int(value.value)


class MinCountComponent(_Count):
    iri, params, param = SH.MinCountConstraintComponent, (SH.minCount,), SH.minCount

    def generic(self, run, focus, value):
        path = run.sg_text(self.shape.path_node)
        return [Literal("Less than {} values on {}->{}".format(str(self.literal.value), run.data_text(focus), path))]

    def evaluate(self, run, fv, epath):
        if self.count == 0:
            return True, []
        hits = [run.hit(self, f) for f, values in fv.items() if len(values) < self.count]
        return not hits, hits


class MaxCountComponent(_Count):
    iri, params, param = SH.MaxCountConstraintComponent, (SH.maxCount,), SH.maxCount

    def generic(self, run, focus, value):
        path = run.sg_text(self.shape.path_node)
        return [Literal("More than {} values on {}->{}".format(str(self.literal.value), run.data_text(focus), path))]

    def evaluate(self, run, fv, epath):
        hits = [run.hit(self, f) for f, values in fv.items() if len(values) > self.count]
        return not hits, hits


# --- value range --------------------------------------------------------------------------------------------------

def compare_literal(l1, l2) -> int:
    """pyshacl.rdfutil.compare.compare_literal."""
    if l1.eq(l2):
        return 0
    if l1.value.__class__ in _FORCE_COMPARE_VALUE:
        if l1.value == l2.value:
            return 0
        if l1.value > l2.value:
            return 1
    elif l1 > l2:
        return 1
    return -1


class _Range(Component):
    param: URIRef
    symbol: str

    def __init__(self, sg, shape):
        super().__init__(sg, shape)
        self.bounds = _values(sg, shape, self.param)

    @staticmethod
    def passes(cmp: int) -> bool:
        raise NotImplementedError

    def generic(self, run, focus, value):
        if len(self.bounds) < 2:
            return [Literal("Value is not {} {}".format(self.symbol, run.sg_text(self.bounds[0])))]
        rules = ", ".join(run.sg_text(b) for b in self.bounds)
        return [Literal("Value is not {} in ({})".format(self.symbol, rules))]

    def evaluate(self, run, fv, epath):
        hits = []
        for bound in self.bounds:
            if not isinstance(bound, Literal):
                raise ShaclRuntimeError(f"shape {shape_label(self.shape.node)}: sh:{self.param.fragment} must be a "
                                        "literal")
            bound_is_string = isinstance(bound.value, str)
            for f, values in fv.items():
                for v in values:
                    ok = False
                    if isinstance(v, Literal) and isinstance(v.value, str) == bound_is_string:
                        try:
                            ok = self.passes(compare_literal(v, bound))
                        except (TypeError, NotImplementedError):
                            ok = False
                    if not ok:
                        hits.append(run.hit(self, f, value=v))
        return not hits, hits


class MinExclusiveComponent(_Range):
    iri, params, param, symbol = SH.MinExclusiveConstraintComponent, (SH.minExclusive,), SH.minExclusive, ">"
    passes = staticmethod(lambda cmp: cmp > 0)


class MinInclusiveComponent(_Range):
    iri, params, param, symbol = SH.MinInclusiveConstraintComponent, (SH.minInclusive,), SH.minInclusive, ">="
    passes = staticmethod(lambda cmp: cmp >= 0)


class MaxExclusiveComponent(_Range):
    iri, params, param, symbol = SH.MaxExclusiveConstraintComponent, (SH.maxExclusive,), SH.maxExclusive, "<"
    passes = staticmethod(lambda cmp: cmp < 0)


class MaxInclusiveComponent(_Range):
    iri, params, param, symbol = SH.MaxInclusiveConstraintComponent, (SH.maxInclusive,), SH.maxInclusive, "<="
    passes = staticmethod(lambda cmp: cmp <= 0)


# --- logical ------------------------------------------------------------------------------------------------------

class _Logical(Component):
    param: URIRef
    verb: str

    def __init__(self, sg, shape):
        super().__init__(sg, shape)
        self.lists = _values(sg, shape, self.param)
        self.members = [list(sg.items(lst)) for lst in self.lists]

    def generic(self, run, focus, value):
        if len(self.lists) < 2:
            text = " , ".join(run.sg_text(m) for m in self.members[0])
        else:
            text = " and ".join("({})".format(" , ".join(run.sg_text(m) for m in members)) for members in self.members)
        return [Literal(f"Node {run.data_text(value)} must conform to {self.verb} {text}")]

    def shapes_of(self, run, members, unique: bool):
        if not members:
            raise ShaclRuntimeError(f"The list associated with sh:{self.param.fragment} is not a valid RDF list.")
        shapes = []
        for m in (set(members) if unique else members):
            if run.filtered_out(m):
                continue
            shapes.append(run.lookup(m, f"sh:{self.param.fragment}"))
        return shapes

    def evaluate(self, run, fv, epath):
        hits = []
        for members in self.members:
            shapes = self.shapes_of(run, members, self.param != SH.xone)
            if not shapes:
                continue
            for f, values in fv.items():
                for v in values:
                    if not self.passes([run.nested(s, v, epath)[0] for s in shapes]):
                        hits.append(run.hit(self, f, value=v))
        return not hits, hits


class AndComponent(_Logical):
    iri, params, param, verb = SH.AndConstraintComponent, (SH["and"],), SH["and"], "all shapes in"
    passes = staticmethod(all)


class OrComponent(_Logical):
    iri, params, param, verb = SH.OrConstraintComponent, (SH["or"],), SH["or"], "one or more shapes in"
    passes = staticmethod(any)


class XoneComponent(_Logical):
    iri, params, param, verb = SH.XoneConstraintComponent, (SH.xone,), SH.xone, "exactly one shape in"
    passes = staticmethod(lambda results: sum(results) == 1)


class NotComponent(Component):
    iri, params = SH.NotConstraintComponent, (SH["not"],)

    def __init__(self, sg, shape):
        super().__init__(sg, shape)
        self.nots = _values(sg, shape, SH["not"])

    def generic(self, run, focus, value):
        if len(self.nots) == 1:
            return [Literal(f"Node {run.data_text(value)} must not conform to shape {run.sg_text(self.nots[0])}")]
        nots = " , ".join(run.sg_text(n) for n in self.nots)
        return [Literal(f"Node {run.data_text(value)} must not conform to any shapes in {nots}")]

    def evaluate(self, run, fv, epath):
        hits = []
        recursive = run.recursion_triggers(epath)
        for node in self.nots:
            if run.filtered_out(node):
                continue
            other = run.lookup(node, "sh:not")
            if recursive and other in recursive:
                _recursion_warning(epath)
                continue
            for f, values in fv.items():
                for v in values:
                    if run.nested(other, v, epath)[0]:
                        hits.append(run.hit(self, f, value=v))
        return not hits, hits


# --- string based -------------------------------------------------------------------------------------------------

def value_string(v) -> str:
    if isinstance(v, Literal):
        if v.value is not None and v.datatype in (None, RDF.langString, XSD.string):
            return str(v.value)
        return str(v)
    return str(v)


class _Length(Component):
    param: URIRef
    symbol: str

    def __init__(self, sg, shape):
        super().__init__(sg, shape)
        name = self.param.fragment
        found = _values(sg, shape, self.param)
        if len(found) != 1:
            raise self.error(f"sh:{name} must have exactly one value")
        rule = found[0]
        if (not isinstance(rule, Literal) or getattr(rule, "ill_typed", False) or rule.datatype is None
                or rule.datatype not in _WHOLE_INTEGERS):
            raise self.error(f"sh:{name} value must be a literal value with an integer")
        if rule.datatype in (XSD.negativeInteger, XSD.nonPositiveInteger) or rule.value < 0:
            raise self.error(f"sh:{name} value must be a positive integer")
        self.rule, self.length = rule, rule.value

    def generic(self, run, focus, value):
        return [Literal("String length not {} {}".format(self.symbol, run.data_text(self.rule)))]


class MinLengthComponent(_Length):
    iri, params, param, symbol = SH.MinLengthConstraintComponent, (SH.minLength,), SH.minLength, ">="

    def evaluate(self, run, fv, epath):
        hits = []
        for f, values in fv.items():
            for v in values:
                if self.length == 0:
                    continue
                if isinstance(v, BNode) or len(value_string(v)) < self.length:
                    hits.append(run.hit(self, f, value=v))
        return not hits, hits


class MaxLengthComponent(_Length):
    iri, params, param, symbol = SH.MaxLengthConstraintComponent, (SH.maxLength,), SH.maxLength, "<="

    def evaluate(self, run, fv, epath):
        hits = []
        for f, values in fv.items():
            for v in values:
                if isinstance(v, BNode) or len(value_string(v)) > self.length:
                    hits.append(run.hit(self, f, value=v))
        return not hits, hits


class PatternComponent(Component):
    iri, params = SH.PatternConstraintComponent, (SH.pattern,)

    def __init__(self, sg, shape):
        super().__init__(sg, shape)
        self.patterns = _values(sg, shape, SH.pattern)
        if any(not isinstance(p, Literal) for p in self.patterns):
            raise self.error("sh:pattern must be a literal")
        flags = next(iter(set(sg.objects(shape.node, SH.flags))), None)
        re_flags = 0
        if flags:
            text = str(flags.value).lower()
            re_flags |= re.I if "i" in text else 0
            re_flags |= re.M if "m" in text else 0
        self.compiled = [re.compile(str(p.value) if p.value is not None and len(p.value) > 1 else str(p), re_flags)
                         for p in self.patterns]
        self._cache: dict = {}

    def generic(self, run, focus, value):
        if len(self.patterns) < 2:
            return [Literal("Value does not match pattern '{}'".format(str(self.patterns[0].value)))]
        rules = "', '".join(str(p.value) for p in self.patterns)
        return [Literal("Value does not match every pattern in ('{}')".format(rules))]

    def evaluate(self, run, fv, epath):
        hits = []
        for n, matcher in enumerate(self.compiled):
            for f, values in fv.items():
                for v in values:
                    key = (n, v)
                    ok = self._cache.get(key)
                    if ok is None:
                        ok = self._cache[key] = not isinstance(v, BNode) and matcher.search(value_string(v)) is not None
                    if not ok:
                        hits.append(run.hit(self, f, value=v))
        return not hits, hits


class LanguageInComponent(Component):
    iri, params = SH.LanguageInConstraintComponent, (SH.languageIn,)

    def __init__(self, sg, shape):
        super().__init__(sg, shape)
        found = _values(sg, shape, SH.languageIn)
        if len(found) != 1:
            raise self.error("sh:languageIn must have exactly one value")
        self.list = found[0]
        self.languages = set()
        self.problem = None
        for item in sg.items(self.list):
            if not isinstance(item, Literal) or not isinstance(item.value, str):
                self.problem = "All languages in sh:lanugageIn must be a Literal with type xsd:string"
                break
            self.languages.add(str(item.value).lower())

    def generic(self, run, focus, value):
        return [Literal("String language is not in {}".format(run.sg_text(self.list)))]

    def evaluate(self, run, fv, epath):
        if self.problem:
            raise ShaclRuntimeError(self.problem)
        hits = []
        wildcard = "*" in self.languages
        for f, values in fv.items():
            for v in values:
                lang = v.language if isinstance(v, Literal) else None
                ok = bool(lang) and (wildcard or lang.lower() in self.languages
                                     or lang.split("-")[0].lower() in self.languages)
                if not ok:
                    hits.append(run.hit(self, f, value=v))
        return not hits, hits


class UniqueLangComponent(Component):
    iri, params = SH.UniqueLangConstraintComponent, (SH.uniqueLang,)

    def __init__(self, sg, shape):
        super().__init__(sg, shape)
        found = set(sg.objects(shape.node, SH.uniqueLang))
        if len(found) != 1:
            raise self.error("sh:uniqueLang must have exactly one value")
        if not shape.is_property:
            raise self.error("sh:uniqueLang can only be used on a property shape")
        flag = next(iter(found))
        if not isinstance(flag, Literal) or not isinstance(flag.value, bool):
            raise self.error("sh:uniqueLang must be a boolean literal")
        self.unique = flag.value

    def generic(self, run, focus, value):
        return [Literal("More than one String shares the same Language")]

    def evaluate(self, run, fv, epath):
        if not self.unique:
            return True, []
        hits = []
        for f, values in fv.items():
            seen, duplicates = set(), set()
            for v in values:
                if isinstance(v, Literal) and v.language:
                    lang = v.language.lower()
                    (duplicates if lang in seen else seen).add(lang)
            hits.extend(run.hit(self, f) for _ in duplicates)
        return not hits, hits


# --- property pairs -----------------------------------------------------------------------------------------------

class _Pair(Component):
    param: URIRef
    symbol: str
    property_only = False

    def __init__(self, sg, shape):
        super().__init__(sg, shape)
        self.properties = set(sg.objects(shape.node, self.param))
        if self.property_only and not shape.is_property:
            raise self.error(f"sh:{self.param.fragment} can only be used on a property shape")

    def generic(self, run, focus, value):
        if len(self.properties) < 2:
            rules = run.sg_text(next(iter(self.properties)))
        else:
            rules = ", ".join(run.sg_text(p) for p in self.properties)
        return [Literal("Value of {}->{} {} {}".format(run.data_text(focus), rules, self.symbol, run.data_text(value)))]


class EqualsComponent(_Pair):
    iri, params, param, symbol = SH.EqualsConstraintComponent, (SH.equals,), SH.equals, "!="

    def evaluate(self, run, fv, epath):
        hits = []
        for p in self.properties:
            for f, values in fv.items():
                values, others = set(values), set(run.src.objects(f, p))
                hits.extend(run.hit(self, f, value=v) for v in values - others)
                hits.extend(run.hit(self, f, value=v) for v in others - values)
        return not hits, hits


class DisjointComponent(_Pair):
    iri, params, param, symbol = SH.DisjointConstraintComponent, (SH.disjoint,), SH.disjoint, "=="

    def evaluate(self, run, fv, epath):
        hits = []
        for p in self.properties:
            for f, values in fv.items():
                hits.extend(run.hit(self, f, value=v) for v in set(values) & set(run.src.objects(f, p)))
        return not hits, hits


class _Order(_Pair):
    property_only = True

    @staticmethod
    def holds(a, b) -> bool:
        raise NotImplementedError

    def evaluate(self, run, fv, epath):
        hits = []
        name = self.param.fragment
        for p in self.properties:
            if isinstance(p, (Literal, BNode)):
                raise ShaclRuntimeError(f"Value of sh:{name} MUST be a URI Identifier.")
            for f, values in fv.items():
                others = set(run.src.objects(f, p))
                for value in set(values):
                    if isinstance(value, BNode):
                        raise ShaclRuntimeError(f"Cannot use sh:{name} to compare a BlankNode.")
                    a, a_string = _comparable(value)
                    for other in others:
                        if isinstance(other, BNode):
                            raise ShaclRuntimeError(f"Cannot use sh:{name} to compare a BlankNode.")
                        b, b_string = _comparable(other)
                        if a_string != b_string or not self.holds(a, b):
                            hits.append(run.hit(self, f, value=value))
        return not hits, hits


def _comparable(node):
    if isinstance(node, URIRef):
        return str(node), True
    if isinstance(node, Literal) and isinstance(node.value, str):
        return node.value, True
    return node, False


def _less_than(a, b) -> bool:
    # rdflib's Literal < is `not a > b and not a.eq(b)`, which for two well-typed integer literals is a.value <
    # b.value; that case is common (offsets) and rdflib's comparison slow, so it is done here.
    if (type(a) is Literal and type(b) is Literal and a.datatype in _NUMERIC and b.datatype in _NUMERIC
            and type(a.value) is int and type(b.value) is int and not a.ill_typed and not b.ill_typed):
        return a.value < b.value
    return a < b


class LessThanComponent(_Order):
    iri, params, param, symbol = SH.LessThanConstraintComponent, (SH.lessThan,), SH.lessThan, "<="
    holds = staticmethod(_less_than)


class LessThanOrEqualsComponent(_Order):
    iri, params = SH.LessThanOrEqualsConstraintComponent, (SH.lessThanOrEquals,)
    param, symbol = SH.lessThanOrEquals, "<"
    holds = staticmethod(lambda a, b: a <= b)


# --- shape based --------------------------------------------------------------------------------------------------

class NodeComponent(Component):
    iri, params = SH.NodeConstraintComponent, (SH.node,)

    def __init__(self, sg, shape):
        super().__init__(sg, shape)
        self.nodes = _values(sg, shape, SH.node)

    def generic(self, run, focus, value):
        if len(self.nodes) < 2:
            text = "Value does not conform to Shape {}.".format(run.sg_text(self.nodes[0]))
        else:
            text = "Value must conform to every Shape in ('{}').".format("', '".join(run.sg_text(n) for n in self.nodes))
        return [Literal(text + " See details for more information.")]

    def evaluate(self, run, fv, epath):
        if not any(fv.values()):
            return True, []
        hits = []
        recursive = run.recursion_triggers(epath)
        for node in self.nodes:
            if run.filtered_out(node):
                continue
            other = run.lookup(node, "sh:node", require_node_shape=True)
            if recursive and other in recursive:
                _recursion_warning(epath)
                continue
            for f, values in fv.items():
                for v in values:
                    conforms, details = run.nested(other, v, epath)
                    if not conforms or details:
                        hits.append(run.hit(self, f, value=v, details=details))
        return not hits, hits


class PropertyComponent(Component):
    iri, params = SH.PropertyConstraintComponent, (SH.property,)

    def __init__(self, sg, shape):
        super().__init__(sg, shape)
        self.properties = _values(sg, shape, SH.property)

    def evaluate(self, run, fv, epath):
        if not any(fv.values()):
            return True, []
        conforms, hits = True, []
        recursive = run.recursion_triggers(epath)
        values = list(dict.fromkeys(v for vs in fv.values() for v in vs))
        for node in self.properties:
            if run.filtered_out(node):
                continue
            other = run.lookup(node, "sh:property", require_property_shape=True)
            if recursive and other in recursive:
                _recursion_warning(epath)
                continue
            ok, found = run.validate_shape(other, values, epath)
            conforms = conforms and ok
            hits.extend(found)
        return conforms, hits


class QualifiedComponent(Component):
    iri = SH.QualifiedValueShapeConstraintComponent
    params = (SH.qualifiedValueShape, SH.qualifiedMinCount, SH.qualifiedValueShapesDisjoint, SH.qualifiedMaxCount)

    def __init__(self, sg, shape):
        super().__init__(sg, shape)
        if not shape.is_property:
            raise Ignored("sh:qualifiedValueShape can only be used on a property shape")
        self.sg = sg
        self.value_shapes = set(sg.objects(shape.node, SH.qualifiedValueShape))
        if not self.value_shapes:
            raise self.error("sh:qualifiedValueShape is missing")
        self.min_count = self._count(sg, SH.qualifiedMinCount)
        self.max_count = self._count(sg, SH.qualifiedMaxCount)
        if self.min_count is None and self.max_count is None:
            raise self.error("a qualified value shape needs sh:qualifiedMinCount or sh:qualifiedMaxCount")
        self.disjoint = any(isinstance(d, Literal) and isinstance(d.value, bool) and d.value
                            for d in sg.objects(shape.node, SH.qualifiedValueShapesDisjoint))

    def _count(self, sg, p):
        found = set(sg.objects(self.shape.node, p))
        if len(found) > 1:
            raise self.error(f"sh:{p.fragment} must have at most one value")
        if not found:
            return None
        value = next(iter(found))
        if not isinstance(value, Literal) or not isinstance(value.value, int):
            raise self.error(f"sh:{p.fragment} must be a literal integer")
        return value.value

    def generic(self, run, focus, value):
        shapes = ",".join(run.sg_text(s) for s in self.value_shapes)
        counts = (f" MinCount {self.min_count}" if self.min_count is not None else "") + \
                 (f" MaxCount {self.max_count}" if self.max_count is not None else "")
        if len(self.value_shapes) > 1:
            return [Literal(f"Focus node does not conform to shapes{counts}: ({shapes})")]
        return [Literal(f"Focus node does not conform to shape{counts}: {shapes}")]

    def siblings(self, run, value_shape) -> list:
        if not self.disjoint:
            return []
        sg, found = self.sg, set()
        for parent in set(sg.subjects(SH.property, self.shape.node)):
            for sibling_property in set(sg.objects(parent, SH.property)):
                found.update(s for s in sg.objects(sibling_property, SH.qualifiedValueShape) if s != value_shape)
        return [s for s in (run.other(n) for n in found) if s is not None]

    def evaluate(self, run, fv, epath):
        count = sum(len(values) for values in fv.values())
        if not self.disjoint and count < 1 and (self.min_count is None or self.min_count < 1):
            return True, []
        hits = []
        recursive = run.recursion_triggers(epath)
        for node in self.value_shapes:
            if run.filtered_out(node):
                continue
            other = run.lookup(node, "sh:qualifiedValueShape")
            if recursive and other in recursive:
                _recursion_warning(epath)
                continue
            siblings = self.siblings(run, node)
            for f, values in fv.items():
                conforming = sum(1 for v in values if run.nested(other, v, epath)[0]
                                 and not any(run.nested(s, v, epath)[0] for s in siblings))
                if self.max_count is not None and conforming > self.max_count:
                    hits.append(run.hit(self, f, constraint=SH.QualifiedMaxCountConstraintComponent))
                if self.min_count is not None and conforming < self.min_count:
                    hits.append(run.hit(self, f, constraint=SH.QualifiedMinCountConstraintComponent))
        return not hits, hits


# --- other --------------------------------------------------------------------------------------------------------

class ClosedComponent(Component):
    iri, params = SH.ClosedConstraintComponent, (SH.closed, SH.ignoredProperties)
    ALWAYS_IGNORE = {(RDF.type, RDFS.Resource)}

    def __init__(self, sg, shape):
        super().__init__(sg, shape)
        closed = _values(sg, shape, SH.closed)
        if len(closed) != 1:
            raise self.error("sh:closed must have exactly one value (sh:ignoredProperties needs sh:closed)")
        if not isinstance(closed[0], Literal):
            raise self.error("sh:closed must take a xsd:boolean literal")
        self.closed = bool(closed[0].value)
        self.ignored = set()
        for lst in sg.objects(shape.node, SH.ignoredProperties):
            self.ignored.update(sg.items(lst))
        self.properties = _values(sg, shape, SH.property)

    def generic(self, run, focus, value):
        return [Literal("Node {} is closed. It cannot have value: {}".format(run.data_text(focus), run.data_text(value)))]

    def evaluate(self, run, fv, epath):
        if not self.closed:
            return True, []
        allowed = set()
        for node in self.properties:
            if run.filtered_out(node):
                continue
            allowed.add(run.lookup(node, "sh:property", require_property_shape=True).path_node)
        hits = []
        for f, values in fv.items():
            for v in values:
                for p, o in run.src.predicate_objects(v):
                    if (p, o) in self.ALWAYS_IGNORE or p in self.ignored or p in allowed:
                        continue
                    hits.append(run.hit(self, f, value=o, path=p))
        return not hits, hits


class HasValueComponent(Component):
    iri, params = SH.HasValueConstraintComponent, (SH.hasValue,)

    def __init__(self, sg, shape):
        super().__init__(sg, shape)
        self.wanted = set(sg.objects(shape.node, SH.hasValue))

    def generic(self, run, focus, value):
        wanted = [run.sg_text(s) for s in self.wanted]
        if self.shape.path_node is not None:
            return [Literal("Node {}->{} does not contain a value in the set: {}".format(
                run.data_text(focus), run.sg_text(self.shape.path_node), wanted))]
        return [Literal("Node {} value is not a in the set of values: {}".format(run.data_text(focus), wanted))]

    def evaluate(self, run, fv, epath):
        hits = []
        for wanted in self.wanted:
            for f, values in fv.items():
                if not any(v == wanted for v in values):
                    hits.append(run.hit(self, f))
        return not hits, hits


class InComponent(Component):
    iri, params = SH.InConstraintComponent, (SH["in"],)

    def __init__(self, sg, shape):
        super().__init__(sg, shape)
        found = _values(sg, shape, SH["in"])
        if len(found) != 1:
            raise self.error("sh:in must have exactly one value")
        self.allowed = set()
        for item in sg.items(found[0]):  # inserted in list order, so that the message lists them as pySHACL does
            self.allowed.add(item)

    def generic(self, run, focus, value):
        return [Literal("Value {} not in list {}".format(run.data_text(value), [run.sg_text(v) for v in self.allowed]))]

    def evaluate(self, run, fv, epath):
        hits = [run.hit(self, f, value=v) for f, values in fv.items() for v in values if v not in self.allowed]
        return not hits, hits


# In pySHACL's order (pyshacl.constraints.ALL_CONSTRAINT_COMPONENTS); SPARQL-based constraints are added last.
CORE = (ClassComponent, DatatypeComponent, NodeKindComponent, MinCountComponent, MaxCountComponent,
        MinExclusiveComponent, MinInclusiveComponent, MaxExclusiveComponent, MaxInclusiveComponent, NotComponent,
        AndComponent, OrComponent, XoneComponent, MinLengthComponent, MaxLengthComponent, PatternComponent,
        LanguageInComponent, UniqueLangComponent, EqualsComponent, DisjointComponent, LessThanComponent,
        LessThanOrEqualsComponent, NodeComponent, PropertyComponent, QualifiedComponent, ClosedComponent,
        HasValueComponent, InComponent)
