"""The SPARQL checks (queries/cq/neg-*.rq that name a shape): each catches its mutation and finds nothing on the
corpus; their headers give severity, message and shape, their results land in validate()'s report under that shape;
bound to focus nodes they give what they give unbound; the predicates they read are known to the build's cross-act
validation, which also knows how far the shapes look."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef, namespace
from rdflib.namespace import RDF, RDFS, SH

import mutations
from helpers import CORPUS, ROOT
from treatykg.rdf.vocab import DEFAULT_BASE, ELI, TKG, TKGSH
from treatykg.store.queries import OxigraphEngine, RdflibEngine, find_query
from treatykg.validation.checks import CheckError, bundled_checks, load_checks, read_predicates
from treatykg.validation.cross_act import description_depth, disputable_predicates
from treatykg.validation.shapes import load_shapes
from treatykg.validation.validator import Passages, check_results, ontology_shapes, validate

CHECKS = {  # check -> (its shape, the mutation it must catch)
    "neg-article-numbering-gap": ("ArticleContiguityShape", mutations.gap_in_article_numbers),
    "neg-duplicate-eid": ("UniqueEIdShape", mutations.duplicate_eid),
    "neg-designating-party-not-a-party": ("DesignationShape", mutations.designation_by_foreign_party),
}


@pytest.fixture(scope="module")
def acts(corpus_act_triples):
    return corpus_act_triples


def mutated(acts, mutation) -> Graph:
    for _, triples in acts:
        g = Graph()
        for t in triples:
            g.add(t)
        if mutation(g):
            return g
    raise AssertionError(f"{mutation.__name__} applies to no corpus act")


def test_the_bundled_checks_and_their_headers():
    checks = {c.name: c for c in bundled_checks()}
    assert set(checks) == set(CHECKS)
    for name, (shape, _) in CHECKS.items():
        check = checks[name]
        assert check.shape == TKGSH[shape] and check.severity == SH.Violation
        assert [m.language for m in check.messages] == ["en"] and "{?value}" in str(check.messages[0])
        assert (check.shape, RDF.type, SH.NodeShape) in load_shapes(None).graph  # the shape keeps its targets
        assert not list(load_shapes(None).graph.objects(check.shape, SH.sparql))  # no SPARQL left in the shapes


@pytest.mark.parametrize("name", CHECKS)
def test_each_check_catches_its_mutation_and_nothing_on_the_corpus(name, acts, corpus_build):
    shape, mutation = CHECKS[name]
    assert OxigraphEngine(corpus_build[0]).select(find_query(name)).rows == []
    for _, triples in acts:
        assert not [r for r in validate(triples).results if r.check]
    report = validate(mutated(acts, mutation))
    found = [r for r in report.results if r.check == name]
    assert found and all(r.shape == f"tkgsh:{shape}" and r.source_shape == TKGSH[shape] for r in found)
    assert all(r.constraint == SH.SPARQLConstraintComponent and r.severity == SH.Violation for r in found)
    assert all("{?" not in r.message and r.value is not None and r.value.n3() not in ("", None) for r in found)
    # only this check's shape: the check alone, and the same results
    alone = validate(mutated(acts, mutation), use_shapes=[TKGSH[shape]])
    assert {r for r in alone.results if r.check} == set(found)


def test_messages_are_filled_from_the_row_as_shacl_fills_them(acts):
    report = validate(mutated(acts, mutations.gap_in_article_numbers))
    gaps = sorted((r for r in report.results if r.check == "neg-article-numbering-gap"), key=lambda r: r.message)
    assert [r.message for r in gaps] == [
        "The articles here are not numbered without gaps: article 3 follows no article 2.",
        "The articles here are not numbered without gaps: article 99 follows no article 98."]
    assert [r.value for r in gaps] == [Literal(3, datatype=namespace.XSD.integer),
                                       Literal(99, datatype=namespace.XSD.integer)]
    assert all(r.messages == (Literal(r.message, lang="en"),) for r in gaps)
    designation = validate(mutated(acts, mutations.designation_by_foreign_party))
    foreign = next(r for r in designation.results if r.value == URIRef(DEFAULT_BASE + "id/org/RUS/government"))
    assert foreign.message.startswith(f"The designating party {DEFAULT_BASE}id/org/RUS/government is not a party")
    assert (CORPUS / foreign.source.rsplit(":", 1)[0]).is_file() and foreign.passage is not None  # its own passage


def test_checks_bound_to_focus_nodes_give_what_they_give_unbound(acts):
    g = mutated(acts, mutations.duplicate_eid)
    for mutation in (mutations.gap_in_article_numbers, mutations.designation_by_foreign_party):
        assert mutation(g)
    store = ox.Store()
    store.load(g.serialize(format="nt").encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
    loaded = load_shapes(None)
    checks = loaded.checks_for(bundled_checks())
    passages = Passages.from_store(store)
    everything = check_results(store, checks, loaded, passages)
    assert {r.check for r in everything} == set(CHECKS)
    focus = sorted({r.focus for r in everything}, key=str)
    for node in focus:
        assert set(check_results(store, checks, loaded, passages, focus_nodes=[node])) == {
            r for r in everything if r.focus == node}
    assert check_results(store, checks, loaded, passages, focus_nodes=[]) == []
    assert check_results(store, checks, loaded, passages, focus_nodes=[URIRef(DEFAULT_BASE + "id/state/KAZ")]) == []


def test_checks_run_only_under_shapes_that_declare_them(acts, tmp_path):
    g = mutated(acts, mutations.duplicate_eid)
    assert any(r.check for r in validate(g).results)
    assert not any(r.check for r in validate(g, checks=False).results)
    assert not any(r.check for r in validate(g, use_shapes=["tkgsh:PartShape"]).results)
    assert not any(r.check for r in validate(g, shapes=ontology_shapes()).results)
    own = tmp_path / "shapes.ttl"
    own.write_text((ROOT / "shapes" / "treatykg.ttl").read_text(encoding="utf-8").replace(
        "tkgsh:UniqueEIdShape a sh:NodeShape ;", "tkgsh:UniqueEIdShape a sh:NodeShape ; sh:deactivated true ;"))
    assert not any(r.check == "neg-duplicate-eid" for r in validate(g, shapes=own).results)


def test_a_check_of_ones_own(tmp_path, acts):
    """A check file given to validate(): its severity, its messages in several languages, its shape's name."""
    check = tmp_path / "neg-article-without-heading.rq"
    check.write_text("""# Check: articles without a heading. Must return no rows.
# param this: IRI of an article (optional)
# shape: tkgsh:ArticleShape
# severity: Info
# message: Article {?this} has no heading.
# message@ru: У статьи {$this} нет заголовка.
PREFIX tkg: <https://w3id.org/treatykg/ontology#>
PREFIX tkgsh: <https://w3id.org/treatykg/shapes#>
SELECT DISTINCT ?this WHERE { ?this a tkg:Article . FILTER NOT EXISTS { ?this tkg:heading ?h } } ORDER BY ?this
""")
    _, triples = acts[0]
    report = validate(triples, checks=[check])
    found = [r for r in report.results if r.check == check.stem]
    assert found and all(r.severity == SH.Info and r.shape == "tkgsh:ArticleShape" for r in found)
    r = found[0]
    assert {m.language for m in r.messages} == {"en", "ru"} and r.message == f"Article {r.focus} has no heading."
    assert Literal(f"У статьи {r.focus} нет заголовка.", lang="ru") in r.messages
    assert read_predicates(check.read_text()) == frozenset({RDF.type, TKG.heading})
    check.write_text(check.read_text().replace("# severity: Info", "# severity: Fatal"))
    with pytest.raises(Exception, match="severity"):
        validate(triples, checks=[check])
    with pytest.raises(CheckError, match="severity"):
        load_checks([check])


def test_the_predicates_a_check_reads_include_exists_patterns():
    """rdflib keeps the translated pattern of (NOT) EXISTS as an attribute: tkg:hasParty is read only there."""
    checks = {c.name: c for c in bundled_checks()}
    assert TKG.hasParty in checks["neg-designating-party-not-a-party"].predicates
    assert {ELI.is_part_of, TKG.numberValue, RDF.type} <= checks["neg-article-numbering-gap"].predicates
    assert read_predicates("SELECT ?this WHERE { ?this ?p ?o }") is None
    assert read_predicates("SELECT ?this WHERE { ?this !(<urn:x:p>) ?o }") is None
    assert read_predicates("SELECT ?this WHERE { ?this (<urn:x:a>|^<urn:x:b>)/<urn:x:c>* ?o }") == {
        URIRef("urn:x:a"), URIRef("urn:x:b"), URIRef("urn:x:c")}


def test_cross_act_validation_knows_what_the_checks_read_and_how_far_the_shapes_look():
    disputable = disputable_predicates(None)
    for check in bundled_checks():
        assert {f"<{p}>" for p in check.predicates} <= disputable
    # an sh:sparql constraint is read the same way: the ontology's hierarchy check reads rdfs:subClassOf
    assert f"<{RDFS.subClassOf}>" in disputable_predicates(str(ontology_shapes()))
    assert description_depth(load_shapes(None).graph) == 1  # sh:class on values; the clause's treaty's date
    recursive = Graph().parse(data="""@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> .
ex:P a sh:NodeShape ; sh:targetClass ex:P ; sh:property [ sh:path ex:knows ; sh:node ex:P ] .""", format="turtle")
    assert description_depth(recursive) is None
    deep = Graph().parse(data="""@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> .
ex:S a sh:NodeShape ; sh:targetClass ex:C ;
  sh:property [ sh:path ( ex:a ex:b [ sh:inversePath ex:c ] ) ; sh:class ex:D ] ,
  [ sh:path ex:e ; sh:node [ sh:property [ sh:path ex:f ; sh:minCount 1 ] ] ] .""", format="turtle")
    assert description_depth(deep) == 3


def test_checks_are_standard_sparql_for_every_engine(corpus_build):
    """In the catalogue, the checks answer on rdflib as on pyoxigraph (tests/integration/test_queries.py compares
    every query)."""
    rdf = RdflibEngine(corpus_build[0] / "treatykg.nq")
    for name in CHECKS:
        assert rdf.select(find_query(name)).rows == []
