"""Serialisers for the dumps: byte-identical for the same input, whatever PYTHONHASHSEED is.

N-Triples and N-Quads are written by pyoxigraph and sorted; TriG by pyoxigraph from sorted quads;
Turtle by rdflib's ``longturtle`` (sorted, diff-stable); JSON-LD by rdflib with a hand-written inline
context; the ontology as RDF/XML for Protégé and owlready2. Every file is written atomically.
"""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef

from .atomic import write_atomic
from .vocab import DCAT, DCTERMS, ELI, EU_COUNTRY, EU_LANGUAGE, OA, ORG, OWL, PROV, RDF, RDFS, SKOS, TKG, VOID, WD, XSD

Triple = tuple
PREFIXES = {
    "tkg": str(TKG), "eli": str(ELI), "org": str(ORG), "skos": str(SKOS), "prov": str(PROV), "oa": str(OA),
    "dcterms": str(DCTERMS), "rdf": str(RDF), "rdfs": str(RDFS), "xsd": str(XSD), "owl": str(OWL),
    "void": str(VOID), "dcat": str(DCAT), "wd": str(WD), "euc": str(EU_COUNTRY), "eulang": str(EU_LANGUAGE),
}
# The JSON-LD context, written out so that a reader needs no remote context and sees only our prefixes.
JSONLD_CONTEXT = {
    **PREFIXES,
    "label": {"@id": "rdfs:label", "@container": "@language"},
    "text": {"@id": "tkg:text", "@container": "@language"},
    "title": {"@id": "eli:title", "@container": "@language"},
}


def to_ox(term):
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype or XSD.string)))
    if isinstance(term, BNode):  # only the ontology's OWL restrictions; their ids are canonical, not random
        return ox.BlankNode(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def _sorted_lines(data: bytes) -> bytes:
    lines = sorted(set(data.decode("utf-8").splitlines()))
    return ("\n".join(lines) + "\n").encode("utf-8") if lines else b""


def ntriples(triples: set[Triple]) -> bytes:
    return _sorted_lines(ox.serialize((ox.Triple(*map(to_ox, t)) for t in triples), format=ox.RdfFormat.N_TRIPLES))


def nquads(graphs: dict[URIRef, set[Triple]]) -> bytes:
    quads = (ox.Quad(*map(to_ox, t), ox.NamedNode(str(g))) for g, triples in graphs.items() for t in triples)
    return _sorted_lines(ox.serialize(quads, format=ox.RdfFormat.N_QUADS))


def trig(graphs: dict[URIRef, set[Triple]]) -> bytes:
    quads = [ox.Quad(*map(to_ox, t), ox.NamedNode(str(g))) for g, triples in graphs.items() for t in triples]
    quads.sort(key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object)))
    return ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=PREFIXES)


def rdflib_graph(triples: set[Triple]) -> Graph:
    graph = Graph(bind_namespaces="none")
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    for triple in sorted(triples, key=lambda t: tuple(x.n3() for x in t)):
        graph.add(triple)
    return graph


def turtle(triples: set[Triple]) -> bytes:
    return rdflib_graph(triples).serialize(format="longturtle", encoding="utf-8")


def jsonld(triples: set[Triple]) -> bytes:
    data = json.loads(rdflib_graph(triples).serialize(format="json-ld", context=JSONLD_CONTEXT, auto_compact=True))
    nodes = data.get("@graph", [data])
    nodes = sorted(nodes, key=lambda n: n.get("@id", ""))
    return (json.dumps({"@context": JSONLD_CONTEXT, "@graph": nodes}, ensure_ascii=False, indent=1, sort_keys=True)
            + "\n").encode("utf-8")


def rdfxml(triples: set[Triple]) -> bytes:
    ordered = sorted((ox.Triple(*map(to_ox, t)) for t in triples), key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
    return ox.serialize(ordered, format=ox.RdfFormat.RDF_XML, prefixes=PREFIXES)


FILES = {
    "treatykg.ttl": ("text/turtle", "Turtle"),
    "treatykg.nt": ("application/n-triples", "N-Triples"),
    "treatykg.nq": ("application/n-quads", "N-Quads"),
    "treatykg.trig": ("application/trig", "TriG"),
    "treatykg.jsonld": ("application/ld+json", "JSON-LD"),
    "ontology.rdf": ("application/rdf+xml", "RDF/XML"),
    "void.ttl": ("text/turtle", "Turtle"),
}


def write_dumps(out: Path, graphs: dict[URIRef, set[Triple]], ontology_graph: URIRef, ontology: set[Triple],
                describe) -> dict[str, int]:
    """Write every dump; ``describe(sizes)`` returns the VoID/DCAT triples. Returns file sizes in bytes."""
    instance: set[Triple] = set().union(*graphs.values()) if graphs else set()
    payloads = {
        "treatykg.ttl": turtle(instance),
        "treatykg.nt": ntriples(instance),
        "treatykg.nq": nquads({**graphs, ontology_graph: ontology}),
        "treatykg.trig": trig({**graphs, ontology_graph: ontology}),
        "treatykg.jsonld": jsonld(instance),
        "ontology.rdf": rdfxml(ontology),
    }
    sizes = {name: len(data) for name, data in payloads.items()}
    payloads["void.ttl"] = turtle(describe(sizes))
    sizes["void.ttl"] = len(payloads["void.ttl"])
    for name, data in payloads.items():
        write_atomic(out / name, data)
    return sizes
