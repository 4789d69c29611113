"""The pyLODE documentation of the ontology covers every class and property, one language per page."""

import re
import subprocess
import sys
from html import unescape
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, SKOS

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


def _text(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def test_make_docs_writes_one_page_per_language_each_in_its_language_only(tmp_path):
    from treatykg.explore.ontology_docs import LANGUAGES, main

    assert main([str(tmp_path)]) == 0
    ontology = Graph().parse(ROOT / "ontology" / "treatykg.ttl")
    definitions = {(term, d.language): " ".join(str(d).split()) for term, d in ontology.subject_objects(SKOS.definition)
                   if isinstance(term, URIRef) and str(term).startswith(str(TKG)) and isinstance(d, Literal)}
    assert len(definitions) > 400  # en, kk and ru for more than 130 terms
    for language in LANGUAGES:
        html = (tmp_path / f"ontology.{language}.html").read_text(encoding="utf-8")
        assert f'<html lang="{language}">' in html
        assert all(f'href="ontology.{other}.html"' in html for other in LANGUAGES)  # the pages link to each other
        text = _text(html)
        shown = {key for key, definition in definitions.items() if definition in text}
        assert {key for key in definitions if key[1] == language} <= shown, language
        assert {key for key in shown if key[1] != language} == set(), language
