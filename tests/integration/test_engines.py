"""The two engines: pyshacl-turbo (the default) gives the results of pySHACL (the reference) on the corpus, on every
mutation of tests/mutations.py (the ontology's as well) and on small W3C-style graphs of the core components; and
shapes are compiled once per content, so that an edited shapes file is read again even when its size stays the same
(the old engine cached by the shapes graph's size and validated an edited file with the old shapes)."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import SH

from helpers import ROOT
from mutations import MUTATIONS
from treatykg.validation.shapes import load_shapes
from treatykg.validation.validator import ontology_shapes, validate

PREFIXES = """@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> . @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
"""


def graph(text: str) -> Graph:
    return Graph().parse(data=PREFIXES + text, format="turtle")


def as_graph(triples) -> Graph:
    g = Graph()
    for t in triples:
        g.add(t)
    return g


def same_on_both(data, **options):
    """The default engine's report, after checking that pySHACL's has the same results."""
    turbo = validate(data, engine="turbo", **options)
    reference = validate(data, engine="pyshacl", **options)
    assert set(turbo.results) == set(reference.results), _diff(turbo, reference)
    assert turbo.triples == reference.triples
    return turbo


def _diff(a, b) -> str:
    left, right = set(a.results), set(b.results)
    return "\n".join([f"turbo only: {r.as_dict()}" for r in left - right] +
                     [f"pySHACL only: {r.as_dict()}" for r in right - left])


@pytest.fixture(scope="module")
def acts(corpus_act_triples):
    return corpus_act_triples


def test_turbo_equals_pyshacl_on_the_corpus_and_on_every_mutation(acts):
    """Once for all: the mutation tests (tests/integration/test_validate.py) then run the default engine only."""
    for _, triples in acts:
        same_on_both(triples)
    merged = same_on_both(set().union(*(t for _, t in acts)))
    assert merged.violations == 0 and merged.count(SH.Info) == 3
    compared = 0
    for mutation in MUTATIONS:
        if mutation.target == "reasoner":
            continue
        if mutation.target == "ontology":
            g = Graph().parse(ROOT / "ontology" / "treatykg.ttl", format="turtle")
            assert mutation.func(g)
            report = same_on_both(g, shapes=ontology_shapes(), hierarchy=False)
        else:
            g = next(g for g in (as_graph(t) for _, t in acts) if mutation.func(g))
            report = same_on_both(g)
        assert mutation.expect in {r.shape for r in report.results if r.severity == SH.Violation}, mutation.name
        compared += 1
    assert compared == len([m for m in MUTATIONS if m.target != "reasoner"]) >= 30


# --- small graphs: core components on both engines ------------------------------------------------------------------

CASES = {
    "targets": ("""
        ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:targetNode ex:absent , "lit" ; sh:nodeKind sh:BlankNode .
        ex:T a sh:NodeShape ; sh:targetSubjectsOf ex:p ; sh:targetObjectsOf ex:q ; sh:nodeKind sh:Literal .
        ex:K a sh:NodeShape , rdfs:Class ; sh:nodeKind sh:BlankNode .""", """
        ex:D rdfs:subClassOf ex:C . ex:E rdfs:subClassOf ex:D . ex:a a ex:E . ex:b a ex:C ; ex:p 1 ; ex:q ex:z .
        ex:k a ex:K ."""),
    "paths": ("""
        ex:S a sh:NodeShape ; sh:targetNode ex:a ;
          sh:property [ sh:path ( ex:p ex:q ) ; sh:minCount 9 ] , [ sh:path [ sh:inversePath ex:p ] ; sh:minCount 9 ] ,
            [ sh:path [ sh:alternativePath ( ex:p ex:q [ sh:inversePath ex:r ] ) ] ; sh:maxCount 0 ] ,
            [ sh:path [ sh:zeroOrMorePath ex:p ] ; sh:maxCount 1 ] ,
            [ sh:path [ sh:oneOrMorePath ex:p ] ; sh:maxCount 1 ] ,
            [ sh:path [ sh:zeroOrOnePath ex:p ] ; sh:maxCount 1 ] .""", """
        ex:a ex:p ex:b . ex:b ex:p ex:c ; ex:q ex:d . ex:c ex:p ex:a . ex:x ex:p ex:a . ex:y ex:r ex:a .
        ex:d ex:q ex:e ."""),
    "value type": ("""
        ex:S a sh:NodeShape ; sh:targetClass ex:C ;
          sh:property [ sh:path ex:c ; sh:class ex:K ] , [ sh:path ex:date ; sh:datatype xsd:date ] ,
            [ sh:path ex:int ; sh:datatype xsd:integer ] , [ sh:path ex:nni ; sh:datatype xsd:nonNegativeInteger ] ,
            [ sh:path ex:str ; sh:datatype xsd:string ] , [ sh:path ex:lang ; sh:datatype rdf:langString ] ,
            [ sh:path ex:c ; sh:nodeKind sh:IRI ] .""", """
        ex:Sub rdfs:subClassOf ex:K . ex:k1 a ex:Sub . ex:k2 a ex:L .
        ex:a a ex:C ; ex:c ex:k1 , ex:k2 , "x" ;
          ex:date "2001-01-13"^^xsd:date , "1992-13-45"^^xsd:date , "2001"^^xsd:gYear ;
          ex:int 5 , "five" ; ex:nni "-1"^^xsd:nonNegativeInteger , "3"^^xsd:nonNegativeInteger ;
          ex:str "plain" , "tagged"@en , 3 ; ex:lang "a"@kk , "b" ."""),
    "cardinality and messages": ("""
        ex:S a sh:NodeShape ; sh:targetNode ex:a ; sh:property [ sh:path ex:p ; sh:minCount 2 ; sh:maxCount 0 ] ,
            [ sh:path ex:q ; sh:minCount 1 ; sh:message "at least one q"@en , "mindestens ein q"@de ] .""", """
        ex:a ex:p 1 ."""),
    "value range and strings": ("""
        ex:S a sh:NodeShape ; sh:targetNode ex:a ;
          sh:property [ sh:path ex:n ; sh:minInclusive 2 ; sh:maxExclusive 5 ] ,
            [ sh:path ex:s ; sh:minLength 2 ; sh:maxLength 3 ] ,
            [ sh:path ex:s ; sh:pattern "^a" ; sh:flags "i" ] , [ sh:path ex:t ; sh:languageIn ( "en" "kk" ) ] ,
            [ sh:path ex:t ; sh:uniqueLang true ] .""", """
        ex:a ex:n 1 , 2 , 4 , 5 , "3" ; ex:s "a" , "Abc" , "abcd" , 12 ;
          ex:t "x"@en , "z"@en-GB , "w"@de , "v" , "u"@kk ."""),
    "in, hasValue and property pairs": ("""
        ex:S a sh:NodeShape ; sh:targetNode ex:a ; sh:disjoint ex:other ;
          sh:property [ sh:path ex:p ; sh:in ( ex:x 1 "y" ) ] , [ sh:path ex:p ; sh:hasValue 2 ] ,
            [ sh:path ex:p ; sh:equals ex:q ] , [ sh:path ex:start ; sh:lessThan ex:end ] .""", """
        ex:a ex:other ex:a ; ex:p ex:x , 1 , "z" ; ex:q 1 , 3 ; ex:start 1 , 5 ; ex:end 5 ."""),
    "logical and nesting": ("""
        ex:S a sh:NodeShape ; sh:targetClass ex:C ;
          sh:not [ sh:class ex:Bad ] ; sh:or ( [ sh:class ex:X ] [ sh:path ex:q ; sh:minCount 1 ] ) ;
          sh:xone ( [ sh:class ex:X ] [ sh:class ex:Y ] ) ; sh:property [ sh:path ex:addr ; sh:node ex:Addr ] .
        ex:Addr a sh:NodeShape ; sh:property [ sh:path ex:zip ; sh:minCount 1 ; sh:datatype xsd:string ] .""", """
        ex:a a ex:C , ex:X ; ex:addr ex:x , ex:y . ex:x ex:zip "1" . ex:y ex:zip 2 .
        ex:b a ex:C , ex:Bad , ex:X , ex:Y .
        ex:c a ex:C ; ex:q 1 ."""),
    "qualified, closed, severity": ("""
        ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:closed true ; sh:ignoredProperties ( rdf:type ) ;
          sh:property [ sh:path ex:part ; sh:qualifiedValueShape [ sh:class ex:Wheel ] ; sh:qualifiedMinCount 2 ] ,
            [ sh:path ex:p ; sh:maxCount 1 ; sh:severity sh:Warning ] .
        ex:I a sh:NodeShape ; sh:targetClass ex:C ; sh:severity sh:Info ; sh:nodeKind sh:Literal ;
          sh:message "info"@en .""", """
        ex:a a ex:C ; ex:part ex:w1 , ex:s1 ; ex:p 1 , 2 ; ex:r 3 . ex:w1 a ex:Wheel ."""),
}


def comparable(report) -> set:
    """Results without their message: the engines word their own default messages differently."""
    return {(r.focus, r.shape, r.constraint, r.path, r.value, r.severity) for r in report.results}


@pytest.mark.parametrize("name", CASES)
def test_core_components_on_both_engines(name):
    shapes, data = CASES[name]
    turbo = validate(graph(data), shapes=graph(shapes), hierarchy=False, checks=False)
    reference = validate(graph(data), shapes=graph(shapes), hierarchy=False, checks=False, engine="pyshacl")
    assert turbo.results and comparable(turbo) == comparable(reference)
    for r in turbo.results:  # a shape's own messages, in every language, on both
        if r.messages and r.messages[0] in (Literal("at least one q", lang="en"), Literal("info", lang="en")):
            assert set(r.messages) == set(next(x for x in reference.results if x.key()[:5] == r.key()[:5]).messages)


def test_focus_nodes_restrict_only_the_targets_on_turbo():
    """SHACL restricts the focus nodes, not the value nodes that nested shapes (sh:or) check; pySHACL also applies
    focus_nodes to those and lets the party through, turbo follows the spec. Cross-act validation relies on it."""
    shapes = graph("ex:S a sh:NodeShape ; sh:targetClass ex:T ; "
                   "sh:property [ sh:path ex:party ; sh:or ( [ sh:class ex:State ] ) ] .")
    data = graph("ex:t a ex:T ; ex:party ex:p . ex:u a ex:T ; ex:party ex:q .")
    focus = validate(data, shapes=shapes, hierarchy=False, focus_nodes=["http://example.org/t"])
    assert [r.value for r in focus.results] == [URIRef("http://example.org/p")]
    assert not validate(data, shapes=shapes, hierarchy=False, engine="pyshacl",
                        focus_nodes=["http://example.org/t"]).results


# --- the cache of compiled shapes -------------------------------------------------------------------------------------

SHAPES = """@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> .
ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:minCount {n} ; sh:message "{n}"@en ] .
"""


def test_an_edited_shapes_file_of_the_same_size_gives_new_results(tmp_path):
    """The regression the old engine had: its cache knew a shapes graph by its size, so an edit that kept the size
    went unseen and the data was validated with the shapes as they were."""
    path = tmp_path / "shapes.ttl"
    data = graph("ex:a a ex:C ; ex:p 1 , 2 .")
    path.write_text(SHAPES.format(n=3))
    first = validate(data, shapes=path, hierarchy=False)
    assert [r.message for r in first.results] == ["3"]
    path.write_text(SHAPES.format(n=2))  # same size, other content
    assert path.stat().st_size == len(SHAPES.format(n=3))
    assert validate(data, shapes=path, hierarchy=False).results == []
    path.write_text(SHAPES.format(n=4))
    assert [r.message for r in validate(data, shapes=path, hierarchy=False).results] == ["4"]


def test_shapes_are_compiled_once_per_content(tmp_path):
    path = tmp_path / "shapes.ttl"
    path.write_text(SHAPES.format(n=3))
    loaded = load_shapes(path)
    compiled = loaded.turbo()
    assert load_shapes(path) is loaded and loaded.turbo() is compiled
    path.write_text(SHAPES.format(n=3))  # written again, the same bytes
    assert load_shapes(path) is loaded
    path.write_text(SHAPES.format(n=5))
    assert load_shapes(path) is not loaded
    shapes = graph(SHAPES.format(n=3).split("\n", 1)[1])
    in_memory = load_shapes(shapes)
    assert load_shapes(shapes) is in_memory
    shapes.add((URIRef("http://example.org/S"), SH.name, Literal("S")))  # the same graph object, changed
    assert load_shapes(shapes) is not in_memory
