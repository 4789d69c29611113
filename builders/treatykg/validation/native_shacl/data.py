"""What the engine reads: a small interface over the data graph, with two implementations.

``MemorySource`` indexes a set of rdflib triples in plain dicts (subject -> predicate -> objects; the inverse index
is built per predicate, only for the predicates a shape looks up backwards). ``StoreSource`` reads a pyoxigraph
Store: the union of all its graphs but the excluded ones (the ontology's own graph), deduplicated, read subject by
subject and cached. Both add the ``extra`` triples (the class hierarchy treatykg mixes in).

SPARQL-based constraints run on pyoxigraph: ``sparql_store(predicates)`` gives a Store and its default graph.
For the in-memory source that Store is built lazily, once, from the triples whose predicate a query can match.
"""

from __future__ import annotations

from typing import Iterable

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS

from treatykg.validation.validator import from_ox

_EMPTY: tuple = ()


def to_ox(term, _cache: dict = {}):  # noqa: B006 - a deliberate module-wide cache of IRIs
    import pyoxigraph as ox

    if isinstance(term, URIRef):
        node = _cache.get(term)
        if node is None:
            node = _cache[term] = ox.NamedNode(str(term))
        return node
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if term.language:
        return ox.Literal(str(term), language=term.language)
    if term.datatype is not None:
        return ox.Literal(str(term), datatype=to_ox(term.datatype))
    return ox.Literal(str(term))


class Source:
    """The data graph as the engine sees it."""

    count: int = 0

    def objects(self, s, p):
        raise NotImplementedError

    def subjects(self, p, o):
        raise NotImplementedError

    def predicate_objects(self, s) -> Iterable:
        raise NotImplementedError

    def subject_objects(self, p) -> Iterable:
        raise NotImplementedError

    def predicates(self, s):
        return {p for p, _ in self.predicate_objects(s)}

    def occurs(self, node) -> bool:
        """Whether ``node`` is the subject or the object of a triple."""
        raise NotImplementedError

    def triples(self) -> Iterable:
        raise NotImplementedError

    def count_predicate(self, p) -> int:
        """How many triples have predicate ``p`` (an estimate will do: it orders joins)."""
        return 1 << 40

    def sparql_store(self, predicates):
        """(pyoxigraph Store, default graph for queries) holding at least the triples with these predicates
        (all triples when ``predicates`` is None)."""
        raise NotImplementedError

    def instances(self, cls) -> set:
        """Subjects typed ``cls`` or one of its subclasses (rdfs:subClassOf in the data, transitively), as pySHACL
        finds class targets."""
        found = set()
        for c in self.transitive_subjects(RDFS.subClassOf, cls):
            found.update(self.subjects(RDF.type, c))
        return found

    def transitive_subjects(self, p, o) -> list:
        seen, todo = {o: None}, [o]
        while todo:
            for s in self.subjects(p, todo.pop()):
                if s not in seen:
                    seen[s] = None
                    todo.append(s)
        return list(seen)

    def superclasses(self, cls, _cache=None) -> set:
        """``cls`` and everything it is an rdfs:subClassOf of, transitively (rdflib's transitive_objects)."""
        seen, todo = {cls}, [cls]
        while todo:
            for o in self.objects(todo.pop(), RDFS.subClassOf):
                if o not in seen:
                    seen.add(o)
                    todo.append(o)
        return seen


class MemorySource(Source):
    """Dict indexes over a set of rdflib triples plus ``extra`` triples."""

    def __init__(self, triples: Iterable, extra: Iterable = (), seed: Iterable = ()):
        """``seed``: terms (those of the shapes) whose objects the index should use, so that looking them up finds
        the very key object and Python need not call rdflib's term equality."""
        if not isinstance(triples, (set, frozenset, Graph)):
            triples = set(triples)  # value nodes are sets: duplicates must not count twice
        canonical: dict = {}
        for term in seed:
            canonical.setdefault(term, term)
        same = canonical.setdefault
        spo: dict = {}
        by_p: dict = {}
        count = 0
        for s, p, o in triples:
            s, p, o = same(s, s), same(p, p), same(o, o)
            count += 1
            po = spo.get(s)
            if po is None:
                spo[s] = {p: [o]}
            else:
                objects = po.get(p)
                if objects is None:
                    po[p] = [o]
                else:
                    objects.append(o)
            triples_p = by_p.get(p)
            if triples_p is None:
                by_p[p] = [(s, p, o)]
            else:
                triples_p.append((s, p, o))
        for t in extra:
            s, p, o = (same(x, x) for x in t)
            objects = spo.setdefault(s, {}).setdefault(p, [])
            if o not in objects:
                objects.append(o)
                by_p.setdefault(p, []).append((s, p, o))
        self.count = count
        self._spo, self._by_p = spo, by_p
        self._pos: dict = {}
        self._store = None
        self._store_predicates: set | None = set()

    def objects(self, s, p):
        po = self._spo.get(s)
        return po.get(p, _EMPTY) if po is not None else _EMPTY

    def subjects(self, p, o):
        index = self._pos.get(p)
        if index is None:
            index = self._pos[p] = {}
            for s, _, o2 in self._by_p.get(p, _EMPTY):
                found = index.get(o2)
                if found is None:
                    index[o2] = [s]
                else:
                    found.append(s)
        return index.get(o, _EMPTY)

    def predicate_objects(self, s):
        for p, objects in self._spo.get(s, {}).items():
            for o in objects:
                yield p, o

    def predicates(self, s):
        return self._spo.get(s, {}).keys()

    def occurs(self, node) -> bool:
        return node in self._spo or any(o == node for triples in self._by_p.values() for _, _, o in triples)

    def subject_objects(self, p):
        for s, _, o in self._by_p.get(p, _EMPTY):
            yield s, o

    def triples(self):
        for triples in self._by_p.values():
            yield from triples

    def count_predicate(self, p) -> int:
        return len(self._by_p.get(p, _EMPTY))

    def sparql_store(self, predicates):
        import pyoxigraph as ox

        loaded = self._store_predicates
        wanted = set(self._by_p) if predicates is None else set(predicates)
        if self._store is None:
            self._store = ox.Store()
        if loaded is not None:
            missing = wanted - loaded
            if missing:
                self._store.bulk_extend(ox.Quad(to_ox(s), to_ox(p), to_ox(o)) for p in missing
                                        for s, _, o in self._by_p.get(p, _EMPTY))
                loaded |= missing
            if predicates is None:
                self._store_predicates = None
        return self._store, None


class StoreSource(Source):
    """A read-only view of a pyoxigraph Store: the union of its graphs but ``exclude``, plus ``extra`` triples.

    ``described(node)`` may give a subject's (predicate, object) pairs exactly as the data states them, to read
    instead of the store's copy: pyoxigraph normalises literals as it stores them (xsd:nonNegativeInteger and
    the other integer subtypes become xsd:integer: oxigraph #526), which sh:datatype would take for errors."""

    def __init__(self, store, *, exclude: Iterable = (), extra: Iterable = (), described=None):
        import pyoxigraph as ox

        self.store = store
        self._described = described
        self._exclude = {to_ox(URIRef(str(g))) for g in exclude}
        self._extra = MemorySource(extra)
        self._subject_cache: dict = {}
        self._pos_cache: dict = {}
        self._copy = None
        graphs = [g for g in store.named_graphs() if g not in self._exclude]
        self.default_graph = [ox.DefaultGraph(), *graphs]
        excluded = sum(1 for g in self._exclude for _ in store.quads_for_pattern(None, None, None, g))
        self.count = len(store) - excluded  # quads outside the excluded graphs

    def _keep(self, quad) -> bool:
        return quad.graph_name not in self._exclude

    def _subject(self, s) -> dict:
        found = self._subject_cache.get(s)
        if found is None:
            found = {}
            exact = self._described(s) if self._described is not None and not isinstance(s, Literal) else None
            if exact is not None:
                for p, o in exact:
                    found.setdefault(p, {})[o] = None
            elif not isinstance(s, Literal):
                for q in self.store.quads_for_pattern(to_ox(s), None, None, None):
                    if self._keep(q):
                        found.setdefault(from_ox(q.predicate), {})[from_ox(q.object)] = None
            for p, o in self._extra.predicate_objects(s):
                found.setdefault(p, {})[o] = None
            found = {p: list(objects) for p, objects in found.items()}
            self._subject_cache[s] = found
        return found

    def objects(self, s, p):
        return self._subject(s).get(p, _EMPTY)

    def predicate_objects(self, s):
        for p, objects in self._subject(s).items():
            for o in objects:
                yield p, o

    def predicates(self, s):
        return self._subject(s).keys()

    def occurs(self, node) -> bool:
        if self._subject(node) or self._extra.occurs(node):
            return True
        return any(self._keep(q) for q in self.store.quads_for_pattern(None, None, to_ox(node), None))

    def subjects(self, p, o):
        key = (p, o)
        found = self._pos_cache.get(key)
        if found is None:
            found = {}
            for q in self.store.quads_for_pattern(None, to_ox(p), to_ox(o), None):
                if self._keep(q):
                    found[from_ox(q.subject)] = None
            for s in self._extra.subjects(p, o):
                found[s] = None
            found = self._pos_cache[key] = list(found)
        return found

    def subject_objects(self, p):
        seen = {}
        for q in self.store.quads_for_pattern(None, to_ox(p), None, None):
            if self._keep(q):
                seen[(from_ox(q.subject), from_ox(q.object))] = None
        for pair in self._extra.subject_objects(p):
            seen[pair] = None
        return list(seen)

    def triples(self):
        seen: dict = {}
        for q in self.store.quads_for_pattern(None, None, None, None):
            if self._keep(q):
                seen[(from_ox(q.subject), from_ox(q.predicate), from_ox(q.object))] = None
        seen.update(dict.fromkeys(self._extra.triples()))
        return list(seen)

    def sparql_store(self, predicates):
        """The store itself; but a query that can read rdfs:subClassOf must also see the extra triples, so it runs
        on an in-memory copy of the store (without the excluded graphs) plus the extra triples."""
        import pyoxigraph as ox

        reads_hierarchy = predicates is None or RDFS.subClassOf in predicates
        if not reads_hierarchy or not any(True for _ in self._extra.subject_objects(RDFS.subClassOf)):
            return self.store, self.default_graph
        if self._copy is None:
            self._copy = ox.Store()
            self._copy.bulk_extend(ox.Quad(q.subject, q.predicate, q.object)
                                   for q in self.store.quads_for_pattern(None, None, None, None) if self._keep(q))
            self._copy.bulk_extend(ox.Quad(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in self._extra.triples())
        return self._copy, None
