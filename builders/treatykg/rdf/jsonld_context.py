"""The JSON-LD context of the graph, for web developers: every class and property of the ontology under its short
name (``Treaty``, ``hasParty``), object properties typed ``@id``, datatype properties typed with their range (so
``"numberValue": "3"`` is an xsd:nonNegativeInteger), ``label``, ``text`` and ``title`` as maps from language to
text, and the dumps' prefixes for the other vocabularies.

It is generated from ontology/treatykg.ttl and committed as ontology/context.jsonld (a test checks that the two
agree; after a change of the ontology, ``python -m treatykg.rdf.jsonld_context`` writes it again). The JSON-LD dump
carries it inline (so that it parses offline, as the other dumps do), and the build publishes it beside the dumps
as context.jsonld, for pages that fetch it by URL.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from rdflib import Graph, URIRef

from treatykg.files import data_dir, write_atomic
from treatykg.rdf.vocab import (
    DCAT,
    DCTERMS,
    ELI,
    EU_COUNTRY,
    EU_LANGUAGE,
    OA,
    ORG,
    OWL,
    PROV,
    RDF,
    RDFS,
    SKOS,
    TKG,
    VOID,
    WD,
    XSD,
)

CONTEXT_FILE = "context.jsonld"
PREFIXES = {
    "tkg": str(TKG), "eli": str(ELI), "org": str(ORG), "skos": str(SKOS), "prov": str(PROV), "oa": str(OA),
    "dcterms": str(DCTERMS), "rdf": str(RDF), "rdfs": str(RDFS), "xsd": str(XSD), "owl": str(OWL),
    "void": str(VOID), "dcat": str(DCAT), "wd": str(WD), "euc": str(EU_COUNTRY), "eulang": str(EU_LANGUAGE),
}
# Properties whose language-tagged values read best as a map from language to text.
LANGUAGE_MAPS = {str(RDFS.label): "label", str(TKG.text): "text", str(ELI.title): "title"}
# Ranges a plain JSON string already has: no coercion.
STRING_RANGES = {str(XSD.string), str(RDF.langString), str(RDFS.Literal)}


def context_path() -> Path:
    return data_dir("ontology") / CONTEXT_FILE


def generate(ontology: Path | None = None) -> dict:
    """The context document (``{"@context": …}``) from the ontology's classes and properties."""
    graph = Graph().parse(ontology or data_dir("ontology") / "treatykg.ttl", format="turtle")
    context: dict = dict(PREFIXES)
    for iri, term in LANGUAGE_MAPS.items():
        context[term] = {"@id": _prefixed(iri), "@container": "@language"}
    for subject in sorted(set(graph.subjects(RDF.type, None)), key=str):
        iri = str(subject)
        if not (isinstance(subject, URIRef) and iri.startswith(str(TKG))) or iri in LANGUAGE_MAPS:
            continue
        term = iri[len(str(TKG)):]
        if term in context:
            raise ValueError(f"{iri}: its short name {term!r} is taken (a prefix or another term)")
        kinds = set(graph.objects(subject, RDF.type))
        ranges = {str(r) for r in graph.objects(subject, RDFS.range)}
        if OWL.ObjectProperty in kinds:
            context[term] = {"@id": _prefixed(iri), "@type": "@id"}
        elif OWL.DatatypeProperty in kinds and len(ranges) == 1 and not ranges & STRING_RANGES:
            context[term] = {"@id": _prefixed(iri), "@type": _prefixed(ranges.pop())}
        else:
            context[term] = _prefixed(iri)
    return {"@context": context}


def _prefixed(iri: str) -> str:
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{iri[len(namespace):]}"
    return iri


def serialised(document: dict) -> str:
    return json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


@lru_cache(maxsize=1)
def committed() -> dict:
    """The committed context document, which the dumps use and the build publishes."""
    return json.loads(context_path().read_text(encoding="utf-8"))


def expanded(value: str) -> str:
    prefix, sep, local = value.partition(":")
    return PREFIXES[prefix] + local if sep and prefix in PREFIXES else value


@lru_cache(maxsize=1)
def short_names() -> tuple[dict[str, str], dict[str, str | None]]:
    """From the committed context: full IRI -> short name (classes and properties, but the language maps), and
    property IRI -> the coercion of its values (``@id``, a datatype IRI, or None)."""
    names: dict[str, str] = {}
    coercions: dict[str, str | None] = {}
    for term, definition in committed()["@context"].items():
        if term in PREFIXES:
            continue
        if isinstance(definition, str):
            names[expanded(definition)] = term
            continue
        if "@container" in definition:
            continue
        iri, kind = expanded(definition["@id"]), definition.get("@type")
        names[iri] = term
        coercions[iri] = None if kind is None else ("@id" if kind == "@id" else expanded(kind))
    return names, coercions


def main() -> None:
    write_atomic(context_path(), serialised(generate()))
    print(context_path())


if __name__ == "__main__":
    main()
