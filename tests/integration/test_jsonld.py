"""JSON-LD for web developers: the context (short names for the vocabulary) is generated from the ontology and
committed, the JSON-LD dump uses it, the build publishes it beside the dumps, and PyLD expands the dump, with the
context inline or fetched by URL, back to exactly the triples of the N-Triples dump."""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest
from pyld import jsonld
from rdflib import Graph
from rdflib.compare import isomorphic

from treatykg.rdf import vocab
from treatykg.rdf.dumps import jsonld_node
from treatykg.rdf.jsonld_context import CONTEXT_FILE, committed, context_path, generate, serialised

PUBLISHED_CONTEXT = "https://w3id.org/treatykg/dumps/context.jsonld"


@pytest.fixture(scope="module")
def out(corpus_build):
    return corpus_build[0]


@pytest.fixture
def offline(out):
    """PyLD without the network: the published context's URL answers with out/context.jsonld, anything else fails."""
    def loader(url, options=None):
        if url != PUBLISHED_CONTEXT:
            raise AssertionError(f"PyLD tried to fetch {url}")
        return {"contentType": "application/ld+json", "contextUrl": None, "documentUrl": url,
                "document": json.loads((out / CONTEXT_FILE).read_text(encoding="utf-8"))}
    previous = jsonld.get_document_loader()
    jsonld.set_document_loader(loader)
    yield
    jsonld.set_document_loader(previous)


def triples_of(nquads: str) -> set[str]:
    return {str(q.triple) for q in ox.parse(nquads.encode("utf-8"), format=ox.RdfFormat.N_QUADS)}


def same_triples(expanded: set[str], nt_path) -> bool:
    expected = {str(t) for t in ox.parse(path=str(nt_path), format=ox.RdfFormat.N_TRIPLES)}
    if any("_:" in line for line in expected | expanded):  # blank nodes: compare after canonicalisation
        return isomorphic(Graph().parse(data="\n".join(f"{t} ." for t in expanded), format="nt"),
                          Graph().parse(nt_path, format="nt"))
    return expanded == expected


def test_the_committed_context_is_generated_from_the_ontology():
    """After a change of ontology/treatykg.ttl: python -m treatykg.rdf.jsonld_context writes it again."""
    assert context_path().read_text(encoding="utf-8") == serialised(generate())
    context = committed()["@context"]
    assert context["Treaty"] == "tkg:Treaty"
    assert context["hasParty"] == {"@id": "tkg:hasParty", "@type": "@id"}
    assert context["numberValue"]["@type"].startswith("xsd:")
    assert context["label"] == {"@id": "rdfs:label", "@container": "@language"}


def test_the_dump_uses_the_context_and_the_build_publishes_it(out):
    document = json.loads((out / "treatykg.jsonld").read_text(encoding="utf-8"))
    assert document["@context"] == committed()["@context"]
    assert (out / CONTEXT_FILE).read_bytes() == context_path().read_bytes()
    treaties = [n for n in document["@graph"] if "Treaty" in n.get("@type", [])]
    assert treaties and any("hasParty" in n for n in treaties)
    assert not any(key.startswith("tkg:") for node in document["@graph"] for key in node if key != "tkg:text")


def test_pyld_expands_the_dump_to_the_ntriples_dump(out, offline):
    document = json.loads((out / "treatykg.jsonld").read_text(encoding="utf-8"))
    assert same_triples(triples_of(jsonld.to_rdf(document, {"format": "application/n-quads"})), out / "treatykg.nt")
    document["@context"] = PUBLISHED_CONTEXT  # as a web page would write it
    assert same_triples(triples_of(jsonld.to_rdf(document, {"format": "application/n-quads"})), out / "treatykg.nt")


def test_values_the_coercion_does_not_fit_stay_exact(offline):
    """A plain string on an object property, an xsd:string on an integer property, another datatype than the
    range: each written out in full, so that the context's coercions never change a value."""
    subject = ox.NamedNode("urn:x:treaty")
    triples = [ox.Triple(subject, ox.NamedNode(str(vocab.TKG.hasParty)), ox.Literal("not an IRI")),
               ox.Triple(subject, ox.NamedNode(str(vocab.TKG.hasParty)), ox.NamedNode("urn:x:party")),
               ox.Triple(subject, ox.NamedNode(str(vocab.TKG.numberValue)), ox.Literal("3")),
               ox.Triple(subject, ox.NamedNode(str(vocab.TKG.numberValue)), ox.Literal("4", datatype=ox.NamedNode(
                   str(vocab.XSD.decimal)))),
               ox.Triple(subject, ox.NamedNode(str(vocab.TKG.text)), ox.Literal("untagged text")),
               ox.Triple(subject, ox.NamedNode(str(vocab.TKG.text)), ox.Literal("text", language="kk"))]
    document = {"@context": committed()["@context"], "@graph": [jsonld_node(triples)]}
    assert document["@graph"][0]["hasParty"] == [{"@value": "not an IRI"}, "urn:x:party"]
    assert triples_of(jsonld.to_rdf(document, {"format": "application/n-quads"})) == {str(t) for t in triples}
