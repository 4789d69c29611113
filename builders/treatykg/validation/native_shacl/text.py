"""Node texts and message templates exactly as pySHACL 0.40.1 writes them (pyshacl/rdfutil/stringify.py and
ConstraintComponent._format_sparql_based_result_message), so that default messages compare equal."""

from __future__ import annotations

import re
from functools import lru_cache

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF

from treatykg.validation.validator import SH


@lru_cache(maxsize=1)
def data_namespaces():
    """The namespace manager of the data graph pySHACL sees: treatykg.validate copies the data into a fresh rdflib
    Graph (rdflib's default prefixes) and pySHACL binds sh."""
    manager = Graph().namespace_manager
    manager.bind("sh", SH, override=False, replace=False)
    return manager


class Stringifier:
    """stringify_node over one graph: ``preds(node)``, ``objs(node, p)`` and the namespace manager."""

    def __init__(self, preds, objs, namespaces):
        self.preds, self.objs, self.ns = preds, objs, namespaces
        self._blank: dict = {}

    def node(self, node, recursion: int = 0) -> str:
        if isinstance(node, Literal):
            return self.literal(node)
        if isinstance(node, BNode):
            return self.blank(node, recursion + 1)
        if isinstance(node, URIRef):
            try:
                return node.n3(namespace_manager=self.ns)
            except Exception:  # noqa: BLE001 - pySHACL falls back to the plain IRI on any error
                return str(node)
        return str(node)

    def literal(self, node: Literal) -> str:
        value = None if node.value is None else str(node.value)
        lexical = str(node)
        if value is not None:
            cut = value.find(" object at 0x")
            if cut > 0:
                value = value[:cut]
        text = f'"{lexical}" = {value}' if value is not None and value != lexical else f'"{lexical}"'
        lang = f", lang={node.language}" if node.language else ""
        datatype = f", datatype={self.node(node.datatype)}" if node.datatype else ""
        return f"Literal({text}{lang}{datatype})"

    def items(self, node):
        seen = set()
        while node is not None and node != RDF.nil and node not in seen:
            seen.add(node)
            item = next(iter(self.objs(node, RDF.first)), None)
            if item is not None:
                yield item
            node = next(iter(self.objs(node, RDF.rest)), None)

    def blank(self, node: BNode, recursion: int) -> str:
        if recursion >= 12:
            return "<http://recursion.too.deep>"
        if node in self._blank:
            return self._blank[node]
        predicates = list(self.preds(node))
        if not predicates:
            return "[ ]"
        if RDF.first in predicates:  # a list: not cached, as in pySHACL
            return "( {} )".format(" ".join(self.node(i, recursion + 1) for i in self.items(node)))
        parts = {}
        for p in predicates:
            p_text = p.n3(namespace_manager=self.ns) if isinstance(p, (Literal, BNode, URIRef)) else str(p)
            objects = list(self.objs(node, p))
            if not objects:
                continue
            texts = sorted("<self>" if (p == _SAME_AS and o is node) else self.node(o, recursion + 1) for o in objects)
            parts[p_text] = ", ".join(texts) if len(texts) > 1 else texts[0]
        if len(parts) > 1:
            text = " ; ".join(f"{p} {o}" for p, o in sorted(parts.items()))
        else:
            p, o = next(iter(parts.items()))
            text = f"{p} {o}"
        self._blank[node] = f"[ {text} ]"
        return self._blank[node]


_SAME_AS = URIRef("http://www.w3.org/2002/07/owl#sameAs")


def format_message(message: str, bound) -> str:
    """Substitute {?var} and {$var} as pySHACL does (regex replacement with str() of each value, in order)."""
    values: dict = {}
    if isinstance(bound, (tuple, list)):
        if len(bound) == 4:
            values.update(bound[3])
            bound = bound[:3]
        if len(bound) == 3:
            for name, value in zip(("this", "path", "value"), bound):
                if value is not None:
                    values[name] = value
    elif isinstance(bound, dict):
        values.update(bound)
    else:
        return message
    for name, value in values.items():
        message = re.sub("{{[?$]{}}}".format(name), str(value), message)
    return message
