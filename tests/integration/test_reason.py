"""OWL reasoning in throw-away worlds: the ontology is consistent (HermiT), each act's graph is consistent (Pellet),
the promised classes are inferred, and an inconsistent graph is caught. Sources are never written."""

from __future__ import annotations

import hashlib

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from helpers import ROOT
from treatykg.rdf.vocab import TKG
from treatykg.validation.reasoner import check_document, check_ontology
from treatykg.validation.validator import group_of


def digests():
    return {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted((ROOT / "ontology").rglob("*.ttl"))}


@pytest.fixture(scope="module")
def acts(corpus_build):
    result = corpus_build[1]
    groups: dict[str, set] = {}
    for graph, triples in result.graphs.items():
        groups.setdefault(group_of(str(graph)), set()).update(triples)
    return {k: v for k, v in groups.items() if "/akn/" in k}


def test_ontology_is_consistent_with_hermit_and_sources_untouched():
    before = digests()
    result = check_ontology()
    assert result.consistent, result.message
    assert any("signingYear" in n and "gYear" in n for n in result.rewrites)
    assert any("noticePeriod" in n and "duration" in n for n in result.rewrites)
    assert digests() == before


def test_inconsistent_tbox_is_caught():
    extra = Graph()
    x = URIRef("urn:x:both")
    extra.add((x, RDF.type, TKG.Act))
    extra.add((x, RDF.type, TKG.Treaty))
    assert not check_ontology(extra).consistent


def test_each_document_is_consistent_and_the_promised_classes_appear(acts):
    before = digests()
    seen = set()
    for name, triples in sorted(acts.items()):
        result = check_document(triples, name)
        assert result.consistent, (name, result.message)
        texts = {s for s, p, _ in triples if p == TKG.draft}
        for treaty in texts:
            classes = result.inferred[str(treaty)]
            assert "BilateralTreaty" in classes, (treaty, classes)
            assert classes & {"DraftTreaty", "SignedTreaty"}
            assert "IntergovernmentalTreaty" in classes
        for classes in result.inferred.values():
            seen |= classes
    assert {"BilateralTreaty", "DraftTreaty", "SignedTreaty", "IntergovernmentalTreaty", "InterstateTreaty"} <= seen
    assert digests() == before


def test_bilateral_needs_the_stated_number_of_sides(acts):
    """Open world: without tkg:numberOfSides, two parties do not make a treaty bilateral."""
    name, triples = min(acts.items(), key=lambda kv: len(kv[1]))
    treaty = next(s for s, p, _ in triples if p == TKG.draft)
    stripped = {t for t in triples if t[1] != TKG.numberOfSides}
    assert "BilateralTreaty" not in check_document(stripped, name).inferred[str(treaty)]


def test_reason_command_reports_every_act_consistent(corpus_build, capsys):
    from treatykg.cli.main import main

    assert main(["reason", "--from-build", str(corpus_build[0])]) == 0
    out = capsys.readouterr().out
    assert "7 consistent, 0 inconsistent" in out
    assert "government-communications: BilateralTreaty, DraftTreaty, IntergovernmentalTreaty" in out


def test_without_java_the_reasoners_say_so(corpus_build, capsys, monkeypatch):
    """HermiT and Pellet run on Java: without it, a clear message and a non-zero exit, not a verdict."""
    import owlready2

    from treatykg.cli.main import main
    from treatykg.validation.reasoner import ReasonerError

    monkeypatch.setattr(owlready2, "JAVA_EXE", "treatykg-no-such-java")
    with pytest.raises(ReasonerError, match="runs on Java"):
        check_ontology()
    assert main(["reason", "--from-build", str(corpus_build[0])]) != 0
    err = capsys.readouterr().err
    assert "Java" in err and "default-jre-headless" in err and "Traceback" not in err
