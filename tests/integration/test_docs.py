"""The pyLODE documentation of the ontology covers every class and property."""

import subprocess
import sys
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF

from helpers import ROOT
from treatykg.rdf.vocab import TKG


def test_pylode_documents_every_class_and_property(tmp_path):
    html_path = tmp_path / "ontology.html"
    pylode = Path(sys.executable).with_name("pylode")
    subprocess.run([str(pylode), "--sort", "--outputfile", str(html_path), str(ROOT / "ontology" / "treatykg.ttl")],
                   check=True, capture_output=True)
    html = html_path.read_text(encoding="utf-8")
    ontology = Graph().parse(ROOT / "ontology" / "treatykg.ttl")
    terms = {s for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
             for s in ontology.subjects(RDF.type, kind) if isinstance(s, URIRef) and str(s).startswith(str(TKG))}
    assert len(terms) > 100
    missing = sorted(str(t) for t in terms if str(t) not in html)
    assert missing == []
