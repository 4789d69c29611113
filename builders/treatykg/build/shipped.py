"""The files a build publishes beside its dumps so that they can be used without treatykg: the SHACL shapes it
validated with, with the SPARQL checks as SHACL-SPARQL constraints, the ontology with the closure of its vendored
imports (ontology/imports), which ``sh:class`` needs to follow rdfs:subClassOf (a tkg:Government is an
org:Organization), and the JSON-LD context of the dumps (ontology/context.jsonld). With the first two, plain
pySHACL reports what ``treatykg validate`` reports::

    pyshacl -s out/shapes.ttl -e out/ontology-closure.ttl --allow-warnings out/treatykg.nt

The publish step calls :func:`shipped_files` and writes what it returns into the staging folder.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph
from rdflib.compare import to_canonical_graph

from treatykg.files import data_dir
from treatykg.rdf.dumps import turtle
from treatykg.rdf.jsonld_context import CONTEXT_FILE, context_path
from treatykg.validation.checks import SHACL_SPARQL_HEADER, bundled_checks, shacl_sparql
from treatykg.validation.shapes import default_shapes, load_shapes

SHAPES_FILE = "shapes.ttl"
CLOSURE_FILE = "ontology-closure.ttl"
# name -> (media type, label), for the dataset's description (void.ttl)
SHIPPED = {SHAPES_FILE: ("text/turtle", "Turtle (SHACL shapes)"),
           CLOSURE_FILE: ("text/turtle", "Turtle (OWL ontology with its imports)"),
           CONTEXT_FILE: ("application/ld+json", "JSON-LD context")}


def shipped_files(shapes: Path | str | None = None) -> dict[str, bytes]:
    """File name -> content of every file shipped beside the dumps (``shapes``: the build's shapes file, default
    the bundled one)."""
    return {SHAPES_FILE: shapes_with_checks(shapes), CLOSURE_FILE: ontology_closure(),
            CONTEXT_FILE: context_path().read_bytes()}


def shapes_with_checks(shapes: Path | str | None = None) -> bytes:
    """The shapes file as it is, then each bundled check whose shape it declares, as a SHACL-SPARQL constraint."""
    path = Path(shapes or default_shapes())
    loaded = load_shapes(path)
    if path.suffix != ".ttl":  # another RDF syntax: written again as Turtle, so that the checks can be appended
        graph = Graph()
        graph += loaded.graph
        text = turtle(to_canonical_graph(graph)).decode("utf-8")
    else:
        text = path.read_text(encoding="utf-8")
    checks = loaded.checks_for(bundled_checks())
    if checks:
        text = text.rstrip("\n") + "\n" + SHACL_SPARQL_HEADER + "".join(shacl_sparql(c) for c in checks)
    return text.encode("utf-8")


def ontology_closure() -> bytes:
    """ontology/treatykg.ttl and every vendored import, as one Turtle file; blank nodes (OWL restrictions) named
    canonically so that the file is the same at every build."""
    folder = data_dir("ontology")
    graph = Graph()
    for path in [folder / "treatykg.ttl", *sorted((folder / "imports").glob("*.ttl"))]:
        graph.parse(path, format="turtle")
    return turtle(to_canonical_graph(graph))
