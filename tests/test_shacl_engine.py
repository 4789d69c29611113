"""The native SHACL engine (treatykg.validation.native_shacl) reports exactly what pySHACL reports: on the corpus, on small graphs that
exercise every supported component, from a pyoxigraph store as from memory; unsupported features are refused by
name; where pySHACL departs from the SHACL spec the engine follows the spec, and these tests say so."""

from __future__ import annotations

import importlib.util

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef

from conftest import ROOT
from treatykg.validation import native_shacl as shacl
from treatykg.validation.native_shacl.data import to_ox
from treatykg.validation.validator import (ONTOLOGY_GRAPH, class_hierarchy, from_ox, group_of, ontology_shapes, validate,
                               validate_store)
from treatykg.rdf.vocab import DEFAULT_BASE, TKG

PREFIXES = """@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> . @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
"""


def graph(text: str) -> Graph:
    return Graph().parse(data=PREFIXES + text, format="turtle")


def both(data, shapes=None, **options):
    """(native report, pySHACL report) of the same data; their results must be the same set."""
    native = validate(data, shapes=shapes, engine="native", **options)
    reference = validate(data, shapes=shapes, engine="pyshacl", **options)
    assert set(native.results) == set(reference.results), _diff(native, reference)
    assert native.triples == reference.triples
    return native, reference


def _diff(native, reference) -> str:
    a, b = set(native.results), set(reference.results)
    return "\n".join([f"native only: {r}" for r in sorted(a - b, key=str)] +
                     [f"pySHACL only: {r}" for r in sorted(b - a, key=str)])


# --- the corpus ---------------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def groups(corpus_build):
    found: dict = {}
    for g, triples in corpus_build[1].graphs.items():
        found.setdefault(group_of(str(g)), set()).update(triples)
    return found


def test_merged_corpus_equals_pyshacl(groups):
    merged = set().union(*groups.values())
    native, _ = both(merged)
    assert native.violations == 0 and native.count("Warning") == 3 and native.count("Info") == 3


def store_triples(store) -> set:
    return {(from_ox(q.subject), from_ox(q.predicate), from_ox(q.object)) for q in store
            if q.graph_name != ox.NamedNode(str(ONTOLOGY_GRAPH))}


def test_store_and_memory_sources_give_the_same_report(corpus_build):
    """A quad dump read into a pyoxigraph store, validated in place, as the same triples in memory; then with a
    corrupted clause, all of it and only that focus node. (Both read the store: see the next test.)"""
    store = ox.Store()
    store.load(path=str(corpus_build[0] / "treatykg.nq"), format=ox.RdfFormat.N_QUADS)
    assert any(True for _ in store.quads_for_pattern(None, None, None, ox.NamedNode(str(ONTOLOGY_GRAPH))))
    assert validate_store(store).results == validate(store_triples(store)).results
    clause = next(q.subject for q in store.quads_for_pattern(None, ox.NamedNode(str(TKG.noticePeriod)), None, None))
    old = next(iter(store.quads_for_pattern(clause, ox.NamedNode(str(TKG.noticePeriod)), None, None)))
    store.remove(old)
    store.add(ox.Quad(clause, old.predicate, ox.Literal("six months"), old.graph_name))
    whole = validate_store(store)
    assert whole.results == validate(store_triples(store)).results
    bad = [r for r in whole.results if r.focus == clause.value and "notice period" in r.message]
    assert bad and bad[0].source.startswith("corpus/")
    only = validate_store(store, focus_nodes=[clause.value])
    assert only.results == validate(store_triples(store), focus_nodes=[clause.value]).results
    assert set(bad) <= set(only.results) and {r.focus for r in only.results} == {clause.value}
    assert validate_store(store, engine="pyshacl", focus_nodes=[clause.value]).results == only.results


def _passage_store():
    passage = URIRef(DEFAULT_BASE + "akn/kz/act/law/nd/1/kaz/passage/3-9")
    nni = URIRef("http://www.w3.org/2001/XMLSchema#nonNegativeInteger")
    pairs = [(URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), TKG.Passage),
             (TKG.inExpression, URIRef(DEFAULT_BASE + "akn/kz/act/law/nd/1/kaz")),
             (URIRef("http://www.w3.org/ns/oa#start"), Literal("3", datatype=nni)),
             (URIRef("http://www.w3.org/ns/oa#end"), Literal("9", datatype=nni))]
    store = ox.Store()
    for p, o in pairs:
        store.add(ox.Quad(to_ox(passage), to_ox(p), to_ox(o)))
    return store, passage, pairs


def datatype_results(report):
    return [r for r in report.results if r.constraint.endswith("DatatypeConstraintComponent")]


def test_the_store_drops_integer_subtypes_and_described_subjects_are_read_as_stated():
    """pyoxigraph 0.5.13 stores xsd:nonNegativeInteger (and every integer subtype) as xsd:integer (oxigraph #526),
    so sh:datatype fails on the store's copy; the build's cross-act validation gives the acts' own triples
    (``described``). When pyoxigraph keeps subtypes, the first assertion fails: then ``described`` can go."""
    store, passage, pairs = _passage_store()
    assert {q.object.datatype.value for q in store if q.object.value in ("3", "9")} == {
        "http://www.w3.org/2001/XMLSchema#integer"}
    assert len(datatype_results(validate_store(store))) == 2  # oa:start and oa:end, misjudged
    described = lambda node: pairs if node == passage else None  # noqa: E731
    assert datatype_results(validate_store(store, described=described)) == []


def test_the_ontology_and_its_shapes_equal_pyshacl():
    native, _ = both(ROOT / "ontology" / "treatykg.ttl", shapes=ontology_shapes(), hierarchy=False)
    assert native.conforms


# --- small graphs: each component, compared with pySHACL -----------------------------------------------------------

CASES = {
    "targets": ("""
        ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:targetNode ex:absent , "lit" ; sh:nodeKind sh:BlankNode .
        ex:T a sh:NodeShape ; sh:targetSubjectsOf ex:p ; sh:targetObjectsOf ex:q ; sh:nodeKind sh:Literal .
        ex:K a sh:NodeShape , rdfs:Class ; sh:nodeKind sh:BlankNode .
        ex:O a sh:NodeShape , owl:Class ; sh:nodeKind sh:BlankNode .""", """
        ex:D rdfs:subClassOf ex:C . ex:E rdfs:subClassOf ex:D . ex:a a ex:E . ex:b a ex:C ; ex:p 1 ; ex:q ex:z .
        ex:k a ex:K . ex:o a ex:O ."""),
    "paths": ("""
        ex:S a sh:NodeShape ; sh:targetNode ex:a ;
          sh:property [ sh:path ( ex:p ex:q ) ; sh:minCount 9 ] , [ sh:path [ sh:inversePath ex:p ] ; sh:minCount 9 ] ,
            [ sh:path [ sh:alternativePath ( ex:p ex:q [ sh:inversePath ex:r ] ) ] ; sh:maxCount 0 ] ,
            [ sh:path [ sh:zeroOrMorePath ex:p ] ; sh:maxCount 1 ] , [ sh:path [ sh:oneOrMorePath ex:p ] ; sh:maxCount 1 ] ,
            [ sh:path [ sh:zeroOrOnePath ex:p ] ; sh:maxCount 1 ] ,
            [ sh:path ( ex:p [ sh:zeroOrMorePath ex:q ] [ sh:inversePath ex:p ] ) ; sh:class ex:Nothing ] .""", """
        ex:a ex:p ex:b . ex:b ex:p ex:c ; ex:q ex:d . ex:c ex:p ex:a . ex:x ex:p ex:a . ex:y ex:r ex:a . ex:d ex:q ex:e ."""),
    "value type": ("""
        ex:S a sh:NodeShape ; sh:targetClass ex:C ;
          sh:property [ sh:path ex:c ; sh:class ex:K ] , [ sh:path ex:c2 ; sh:class ex:K , ex:L ] ,
            [ sh:path ex:date ; sh:datatype xsd:date ] , [ sh:path ex:int ; sh:datatype xsd:integer ] ,
            [ sh:path ex:nni ; sh:datatype xsd:nonNegativeInteger ] , [ sh:path ex:bool ; sh:datatype xsd:boolean ] ,
            [ sh:path ex:str ; sh:datatype xsd:string ] , [ sh:path ex:lang ; sh:datatype rdf:langString ] ,
            [ sh:path ex:any ; sh:datatype rdfs:Literal ] , [ sh:path ex:dec ; sh:datatype xsd:decimal ] ,
            [ sh:path ex:c ; sh:nodeKind sh:IRI ] , [ sh:path ex:c ; sh:nodeKind sh:BlankNodeOrLiteral ] ,
            [ sh:path ex:c ; sh:nodeKind sh:IRIOrLiteral ] , [ sh:path ex:c ; sh:nodeKind sh:BlankNodeOrIRI ] .""", """
        ex:Sub rdfs:subClassOf ex:K . ex:k1 a ex:Sub . ex:k2 a ex:L .
        ex:a a ex:C ; ex:c ex:k1 , ex:k2 , "x" , [ a ex:K ] ; ex:c2 ex:k1 , ex:k2 ;
          ex:date "2001-01-13"^^xsd:date , "1992-13-45"^^xsd:date , "2001"^^xsd:gYear ;
          ex:int 5 , "5.5"^^xsd:integer , "five" ; ex:nni "-1"^^xsd:nonNegativeInteger , "3"^^xsd:nonNegativeInteger ;
          ex:bool true , "yes"^^xsd:boolean ; ex:str "plain" , "typed"^^xsd:string , "tagged"@en , 3 ;
          ex:lang "a"@kk , "b" ; ex:any 1 , ex:k1 ; ex:dec 1.5 , 2 , "x"^^xsd:decimal ."""),
    "cardinality and messages": ("""
        ex:S a sh:NodeShape ; sh:targetNode ex:a , [ ex:bn 1 ] ; sh:property [ sh:path ex:p ; sh:minCount 2 ; sh:maxCount 0 ] ,
            [ sh:path ex:q ; sh:minCount 1 ; sh:message "at least one q"@en , "mindestens ein q"@de ] .""", """
        ex:a ex:p 1 ."""),
    "value range": ("""
        ex:S a sh:NodeShape ; sh:targetNode ex:a ;
          sh:property [ sh:path ex:n ; sh:minInclusive 2 ; sh:maxExclusive 5 ] , [ sh:path ex:n ; sh:minExclusive 2 ; sh:maxInclusive 4.5 ] ,
            [ sh:path ex:d ; sh:minInclusive "2001-01-01"^^xsd:date ] , [ sh:path ex:s ; sh:maxInclusive "m" ] ,
            [ sh:path ex:n ; sh:minInclusive 1 , 3 ] .""", """
        ex:a ex:n 1 , 2 , 4 , 5 , 4.5 , "3" , ex:x ; ex:d "2000-01-01"^^xsd:date , "2002-01-01"^^xsd:date , "soon" ;
          ex:s "a" , "z" , 1 ."""),
    "strings": ("""
        ex:S a sh:NodeShape ; sh:targetNode ex:a ;
          sh:property [ sh:path ex:s ; sh:minLength 2 ; sh:maxLength 3 ] , [ sh:path ex:s ; sh:pattern "^a" ; sh:flags "i" ] ,
            [ sh:path ex:s ; sh:pattern "^[a-z]+$" , "b" ] , [ sh:path ex:t ; sh:languageIn ( "en" "kk" ) ] ,
            [ sh:path ex:t ; sh:uniqueLang true ] , [ sh:path ex:u ; sh:languageIn ( "*" ) ] , [ sh:path ex:u ; sh:uniqueLang false ] .""", """
        ex:a ex:s "a" , "Abc" , "abcd" , 12 , ex:iri , [] ; ex:t "x"@en , "y"@EN , "z"@en-GB , "w"@de , "v" , "u"@kk , "r"@KK ;
          ex:u "q"@fr , "p" ."""),
    "in and hasValue": ("""
        ex:S a sh:NodeShape ; sh:targetNode ex:a , ex:b ; sh:hasValue ex:a ;
          sh:property [ sh:path ex:p ; sh:in ( ex:x 1 "y" ) ] , [ sh:path ex:p ; sh:hasValue 1 ] , [ sh:path ex:p ; sh:hasValue ex:x , 2 ] .""", """
        ex:a ex:p ex:x , 1 , "z" , "1" . ex:b ex:p 2 ."""),
    "property pairs": ("""
        ex:S a sh:NodeShape ; sh:targetNode ex:a ; sh:equals ex:self ; sh:disjoint ex:other ;
          sh:property [ sh:path ex:p ; sh:equals ex:q ; sh:disjoint ex:r ] , [ sh:path ex:start ; sh:lessThan ex:end ] ,
            [ sh:path ex:start ; sh:lessThanOrEquals ex:end ] , [ sh:path ex:w ; sh:lessThan ex:w2 , ex:end ] .""", """
        ex:a ex:self ex:a , ex:b ; ex:other ex:a ; ex:p 1 , 2 ; ex:q 2 , 3 ; ex:r 1 ; ex:start 1 , 5 , "x" ; ex:end 5 ;
          ex:w "b" , ex:iri ; ex:w2 "c" , "a" ."""),
    "logical": ("""
        ex:S a sh:NodeShape ; sh:targetClass ex:C ;
          sh:not [ sh:class ex:Bad ] ; sh:and ( [ sh:nodeKind sh:IRI ] [ sh:property [ sh:path ex:p ; sh:minCount 1 ] ] ) ;
          sh:or ( [ sh:class ex:X ] [ sh:path ex:q ; sh:minCount 1 ] ) ; sh:xone ( [ sh:class ex:X ] [ sh:class ex:Y ] ) ;
          sh:property [ sh:path ex:v ; sh:or ( [ sh:datatype xsd:integer ] [ sh:datatype xsd:string ] ) ] ;
          sh:property [ sh:path ex:v ; sh:not ex:IntShape ] .
        ex:IntShape sh:datatype xsd:integer .
        ex:T a sh:NodeShape ; sh:targetClass ex:C ; sh:or ( [ sh:class ex:X ] ) , ( [ sh:class ex:Y ] ) ; sh:and ( [ sh:class ex:X ] ) .""", """
        ex:a a ex:C , ex:X ; ex:p 1 ; ex:v 1 , "s" , 2.5 . ex:b a ex:C , ex:Bad , ex:X , ex:Y . ex:c a ex:C ; ex:q 1 ."""),
    "node and property nesting": ("""
        ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ex:addr ; sh:node ex:Addr ] ;
          sh:node ex:Named , ex:Coded .
        ex:Addr a sh:NodeShape ; sh:property [ sh:path ex:zip ; sh:minCount 1 ; sh:datatype xsd:string ] ,
            [ sh:path ex:zip ; sh:maxCount 0 ; sh:severity sh:Info ; sh:message "a zip"@en ] .
        ex:Named sh:property [ sh:path ex:name ; sh:minCount 1 ] .
        ex:Coded sh:property [ sh:path ex:code ; sh:severity sh:Warning ; sh:minCount 1 ] .""", """
        ex:a a ex:C ; ex:addr ex:x , ex:y ; ex:name "a" . ex:x ex:zip "1" . ex:y ex:zip 2 . ex:b a ex:C ; ex:code 1 ."""),
    "qualified value shapes": ("""
        ex:S a sh:NodeShape ; sh:targetClass ex:C ;
          sh:property [ sh:path ex:part ; sh:qualifiedValueShape [ sh:class ex:Wheel ] ; sh:qualifiedMinCount 2 ;
                        sh:qualifiedMaxCount 3 ; sh:qualifiedValueShapesDisjoint true ] ,
            [ sh:path ex:part ; sh:qualifiedValueShape [ sh:class ex:Spare ] ; sh:qualifiedMaxCount 0 ; sh:qualifiedValueShapesDisjoint true ] ,
            [ sh:path ex:label ; sh:qualifiedValueShape [ sh:languageIn ( "kk" ) ] ; sh:qualifiedMinCount 1 ] ;
          sh:qualifiedValueShape [ sh:class ex:Wheel ] ; sh:qualifiedMinCount 5 .""", """
        ex:a a ex:C ; ex:part ex:w1 , ex:w2 , ex:s1 ; ex:label "x"@ru . ex:w1 a ex:Wheel . ex:w2 a ex:Wheel , ex:Spare .
        ex:s1 a ex:Wheel , ex:Spare . ex:b a ex:C ; ex:part ex:w1 , ex:w3 , ex:w4 , ex:w5 ; ex:label "y"@kk .
        ex:w3 a ex:Wheel . ex:w4 a ex:Wheel . ex:w5 a ex:Wheel ."""),
    "closed, deactivated, severity": ("""
        ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:closed true ; sh:ignoredProperties ( rdf:type ) ;
          sh:property [ sh:path ex:p ; sh:maxCount 1 ; sh:severity sh:Warning ] , [ sh:path ex:q ; sh:deactivated true ; sh:minCount 1 ] .
        ex:Off a sh:NodeShape ; sh:targetClass ex:C ; sh:deactivated true ; sh:nodeKind sh:Literal .
        ex:I a sh:NodeShape ; sh:targetClass ex:C ; sh:severity sh:Info ; sh:nodeKind sh:Literal ; sh:message "info"@en .""", """
        ex:a a ex:C ; ex:p 1 , 2 ; ex:r 3 , ex:z ; ex:s [ ex:t 1 ] ."""),
    "sparql": ("""
        ex:decl sh:declare [ sh:prefix "ex" ; sh:namespace "http://example.org/"^^xsd:anyURI ] .
        ex:S a sh:NodeShape ; sh:targetClass ex:C ;
          sh:sparql [ sh:message "{$this} has {?value} and {?other}"@en ; sh:prefixes ex:decl ;
                      sh:select "SELECT $this ?value ?other WHERE { $this ex:p ?value . OPTIONAL { ?value ex:q ?other } }" ] ,
                    [ sh:prefixes ex:decl ; sh:select "SELECT ?value WHERE { $this ex:p ?value . FILTER(isLiteral(?value)) }" ] ,
                    [ sh:message "failure"@en ; sh:select "SELECT $this ?failure WHERE { $this a ?t . BIND(true AS ?failure) }" ] ,
                    [ sh:select "SELECT $this WHERE { $this a ?t FILTER NOT EXISTS { $this rdfs:label ?l } }" ] ;
          sh:property [ sh:path ex:p ; sh:sparql [ sh:message "path {?path} value {?value}"@en ;
                        sh:select "SELECT $this ?value WHERE { $this $PATH ?value . FILTER(isIRI(?value)) }" ] ] .""", """
        ex:a a ex:C ; ex:p ex:b , 7 ; rdfs:label "a" . ex:b ex:q "z" . ex:c a ex:C ."""),
    "sparql on pyoxigraph": ("""
        ex:decl sh:declare [ sh:prefix "ex" ; sh:namespace "http://example.org/"^^xsd:anyURI ] .
        ex:S a sh:NodeShape ; sh:targetClass ex:C ;
          sh:sparql [ sh:message "{$this} has {?value} values"@en ; sh:prefixes ex:decl ; sh:select \"\"\"SELECT $this ?value WHERE {
                        { SELECT $this (COUNT(?x) AS ?value) WHERE { $this ex:p ?x } GROUP BY $this } FILTER(?value > 1) }\"\"\" ] ,
                    [ sh:prefixes ex:decl ; sh:select "SELECT $this ?value WHERE { $this !(ex:p|rdf:type) ?value }" ] .""", """
        ex:a a ex:C ; ex:p 1 , 2 ; ex:q ex:z . ex:b a ex:C ; ex:p 1 . ex:c a ex:C ; ex:r "r" ."""),
    "recursion": ("""
        ex:Person a sh:NodeShape ; sh:targetClass ex:P ;
          sh:property [ sh:path ex:knows ; sh:node ex:Person ] , [ sh:path ex:name ; sh:minCount 1 ] .""", """
        ex:a a ex:P ; ex:knows ex:b . ex:b ex:knows ex:c ; ex:name "b" . ex:c ex:knows ex:d . ex:d ex:knows ex:a ."""),
}


@pytest.mark.parametrize("name", CASES)
def test_component_equals_pyshacl(name):
    shapes, data = CASES[name]
    native, _ = both(graph(data), shapes=graph(shapes), hierarchy=False)
    assert native.results, "each case has something to report"


def test_recursive_shapes_back_out_with_a_warning():
    shapes, data = CASES["recursion"]
    with pytest.warns(shacl.ShapeRecursionWarning, match="backed out"):
        validate(graph(data), shapes=graph(shapes), hierarchy=False)


def test_sparql_on_pyoxigraph_once_for_all_focus_nodes(monkeypatch):
    """The fallback for queries the native evaluator does not cover, run once for all focus nodes when that is
    valid (the negated path) and once per focus node otherwise (the sub-SELECT)."""
    monkeypatch.setattr(shacl.engine, "BATCH_FROM", 1)
    shapes, data = CASES["sparql on pyoxigraph"]
    native, _ = both(graph(data), shapes=graph(shapes), hierarchy=False)
    queries = [q for s in shacl.compile_shapes(graph(shapes)).shapes.values() for c in s.components
               for q in getattr(c, "queries", [])]
    assert not any(q.native for q in queries) and sorted(q.batchable for q in queries) == [False, True]
    assert {r.message for r in native.results} >= {"http://example.org/a has 2 values"}


def test_our_queries_give_the_same_rows_once_for_all_focus_nodes(groups, monkeypatch):
    """Each SELECT of shapes/treatykg.ttl run once on pyoxigraph for all focus nodes, keeping the rows whose $this is
    a focus node, gives the rows of running it per focus node with $this pre-bound (the native evaluator, which
    the mutations compare with pySHACL)."""
    import mutations

    g = Graph()
    for t in set().union(*groups.values()):
        g.add(t)
    for corrupt in (mutations.gap_in_article_numbers, mutations.duplicate_eid, mutations.designation_by_foreign_party):
        assert corrupt(g)
    compiled = shacl.compile_shapes(Graph().parse(ROOT / "shapes" / "treatykg.ttl"))
    run = shacl.Run(compiled, shacl.MemorySource(g))
    monkeypatch.setattr(shacl.engine, "BATCH_FROM", 1)
    found = 0
    for shape in compiled.shapes.values():
        for query in (q for c in shape.components for q in getattr(c, "queries", [])):
            assert query.batchable
            focus = run.targets(shape)
            per_focus = rows(run.sparql_rows(query, focus))
            monkeypatch.setattr(query, "native", False)
            assert rows(run.sparql_rows(query, focus)) == per_focus
            found += len(per_focus)
    assert found >= 3


def rows(by_focus: dict) -> set:
    return {(f, t, p, v, frozenset(variables.items()), failure)
            for f, found in by_focus.items() for t, p, v, variables, failure in found}


def test_meta_shacl_and_depth_limit_as_pyshacl():
    from pyshacl.errors import ReportableRuntimeError

    bad = graph("ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:minCount \"one\" ] .")
    for engine in ("native", "pyshacl"):
        with pytest.raises(ReportableRuntimeError, match="MetaSHACL"):
            validate(graph("ex:a a ex:C ."), shapes=bad, hierarchy=False, meta_shacl=True, engine=engine)
    shapes, data = CASES["node and property nesting"]
    both(graph(data), shapes=graph(shapes), hierarchy=False, meta_shacl=True)
    with pytest.raises(shacl.ShaclRuntimeError, match="too deep"):
        validate(graph(data), shapes=graph(shapes), hierarchy=False, max_validation_depth=1)
    with pytest.raises(ReportableRuntimeError, match="too deep"):
        validate(graph(data), shapes=graph(shapes), hierarchy=False, max_validation_depth=1, engine="pyshacl")


def test_focus_nodes_and_use_shapes_equal_pyshacl():
    shapes, data = CASES["value type"]
    a, k1 = "http://example.org/a", "http://example.org/k1"
    for options, expected in (({"focus_nodes": [a]}, True), ({"focus_nodes": [k1]}, False),
                              ({"use_shapes": ["http://example.org/S"]}, True),
                              ({"use_shapes": ["ex:S"], "focus_nodes": [a]}, True)):
        native, _ = both(graph(data), shapes=graph(shapes), hierarchy=False, **options)
        assert bool(native.results) == expected, options
        assert {r.focus for r in native.results} <= {a}


def test_abort_on_first_stops_at_one_failing_shape():
    shapes, data = CASES["logical"]
    full = validate(graph(data), shapes=graph(shapes), hierarchy=False)
    first = validate(graph(data), shapes=graph(shapes), hierarchy=False, abort_on_first=True)
    assert first.results and set(first.results) < set(full.results) and len(first.shapes()) == 1


# --- where the engine follows the spec and pySHACL does not ---------------------------------------------------------

def test_inverse_of_a_sequence_path_follows_the_spec():
    """[sh:inversePath (ex:p ex:q)] from c reaches a when a ex:p b . b ex:q c: it is ^ex:q/^ex:p. pySHACL walks
    ^ex:p/^ex:q instead and finds nothing."""
    shapes = graph("ex:S a sh:NodeShape ; sh:targetNode ex:c ; sh:property [ sh:path [ sh:inversePath ( ex:p ex:q ) ] ;"
                   " sh:maxCount 0 ] .")
    data = graph("ex:a ex:p ex:b . ex:b ex:q ex:c .")
    native = validate(data, shapes=shapes, hierarchy=False)
    assert [r.focus for r in native.results] == ["http://example.org/c"]
    assert not validate(data, shapes=shapes, hierarchy=False, engine="pyshacl").results


def test_focus_nodes_do_not_skip_nested_shapes():
    """pySHACL also applies focus_nodes to the value nodes of sh:or, sh:node...: a party that is no state passes
    when only the treaty is listed. The native engine restricts only the targets."""
    shapes = graph("ex:S a sh:NodeShape ; sh:targetClass ex:T ; sh:property [ sh:path ex:party ; sh:or ( [ sh:class ex:State ] ) ] .")
    data = graph("ex:t a ex:T ; ex:party ex:p .")
    native = validate(data, shapes=shapes, hierarchy=False, focus_nodes=["http://example.org/t"])
    assert [r.value for r in native.results] == ["http://example.org/p"]
    assert not validate(data, shapes=shapes, hierarchy=False, engine="pyshacl", focus_nodes=["http://example.org/t"]).results
    assert validate(data, shapes=shapes, hierarchy=False, engine="pyshacl").results == native.results


# --- refused features ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("shape, feature", [
    ("ex:S a sh:NodeShape ; sh:target [ a sh:SPARQLTarget ; sh:select \"SELECT ?this WHERE { ?this ?p ?o }\" ] ; sh:nodeKind sh:IRI .",
     "sh:target"),
    ("ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:rule [ a sh:TripleRule ; sh:subject sh:this ; sh:predicate ex:p ; sh:object 1 ] .",
     "sh:rule"),
    ("ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:minCOunt 1 .", "sh:minCOunt"),
    ("ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:js [ sh:jsFunctionName \"f\" ] .", "sh:js"),
    ("ex:Comp a sh:ConstraintComponent ; sh:parameter [ sh:path ex:size ] . ex:S a sh:NodeShape ; ex:size 1 .",
     "custom constraint component"),
])
def test_unsupported_feature_is_refused_by_name(shape, feature):
    with pytest.raises(shacl.UnsupportedShapeError) as error:
        validate(graph("ex:a a ex:C ."), shapes=graph(shape), hierarchy=False)
    assert feature in str(error.value) and "http://example.org/" in str(error.value)


def test_advanced_false_ignores_shacl_af_as_pyshacl_does():
    shapes = graph("ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:nodeKind sh:Literal ; "
                   "sh:rule [ a sh:TripleRule ; sh:subject sh:this ; sh:predicate ex:p ; sh:object 1 ] .")
    native, _ = both(graph("ex:a a ex:C ."), shapes=shapes, hierarchy=False, advanced=False)
    assert [r.focus for r in native.results] == ["http://example.org/a"]


# --- bugs found on the way ----------------------------------------------------------------------------------------

def test_sparql_store_holds_the_triples_of_not_exists_patterns():
    """rdflib keeps the translated pattern of FILTER NOT EXISTS as an attribute of the expression: the predicates a
    query can match must be read from it too, or the in-memory SPARQL store lacks tkg:hasParty and every
    designation is reported."""
    base = DEFAULT_BASE + "akn/int/treaty/blr-kaz/gov/2011/x"
    treaty, part, party = URIRef(base), URIRef(base + "/main/art_1"), URIRef(DEFAULT_BASE + "id/org/KAZ/government")
    designation = URIRef(base + "/designation/KAZ/1")
    data = {(treaty, TKG.hasParty, party), (part, URIRef("http://data.europa.eu/eli/ontology#is_part_of"), treaty),
            (treaty, URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), TKG.Treaty),
            (designation, TKG.designatingParty, party), (designation, TKG.statedIn, part)}
    native, _ = both(data, use_shapes=["https://w3id.org/treatykg/shapes#DesignationShape"])
    assert not any(r.constraint.endswith("SPARQLConstraintComponent") for r in native.results)


def test_benchmark_replicates_acts_but_not_the_ontology():
    """benchmarks/validate.py used to rewrite every IRI under the base, the ontology's included, so that the shapes
    targeted nothing in the copies."""
    spec = importlib.util.spec_from_file_location("bench_validate", ROOT / "benchmarks" / "validate.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    act = URIRef(DEFAULT_BASE + "akn/kz/act/law/nd/1")
    state = URIRef(DEFAULT_BASE + "id/state/KAZ")
    rdf_type = URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    copies = bench.replicate({"g": {(act, TKG.hasParty, state), (act, rdf_type, TKG.Act)}}, 2, DEFAULT_BASE)
    triples = set().union(*copies.values())
    assert {s for s, _, _ in triples} == {URIRef(DEFAULT_BASE + "c0/akn/kz/act/law/nd/1"),
                                          URIRef(DEFAULT_BASE + "c1/akn/kz/act/law/nd/1")}
    assert {o for _, _, o in triples} == {state, TKG.Act} and len(triples) == 4


def test_compiled_shapes_are_reused_until_the_graph_changes():
    shapes = graph("ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:nodeKind sh:Literal .")
    first = shacl.compile_shapes(shapes)
    assert shacl.compile_shapes(shapes) is first
    shapes.add((URIRef("http://example.org/S"), URIRef("http://www.w3.org/ns/shacl#name"), Literal("S")))
    assert shacl.compile_shapes(shapes) is not first


def test_class_hierarchy_is_mixed_into_both_sources():
    assert class_hierarchy()
    source = shacl.MemorySource(set(), class_hierarchy())
    sub, sup = next(iter((s, o) for s, _, o in class_hierarchy()))
    assert sup in source.superclasses(sub)
