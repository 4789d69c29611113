"""The report keeps RDF terms, and its graph is a SHACL validation report: one focus node per result, of the kind it
is (a literal focus node stays a literal), every message in every language, paths as SHACL paths, the source
passage; the same report serialises to the same bytes whatever the hash seed."""

from __future__ import annotations

import subprocess
import sys

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, RDFS, SH
from rdflib.paths import AlternativePath, InvPath, SequencePath

from helpers import ROOT
from treatykg.rdf.vocab import TKG
from treatykg.validation.report import Report, Result, path_node, shacl_path
from treatykg.validation.validator import group_of, validate

EX = "http://example.org/"
SHAPES = Graph().parse(data="""@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
ex:Literals a sh:NodeShape ; sh:targetObjectsOf ex:code ; sh:datatype xsd:integer ;
  sh:message "A code is a whole number."@en , "Код — целое число."@ru , "Код бүтін сан."@kk .
ex:Things a sh:NodeShape ; sh:targetClass ex:Thing ;
  sh:property [ sh:path [ sh:alternativePath ( ex:a [ sh:inversePath ex:b ] ) ] ; sh:class ex:Other ;
                sh:message "not an Other"@en ] ,
              [ sh:path ( ex:a ex:c ) ; sh:minCount 1 ; sh:message "no a/c"@en ] ,
              [ sh:path ex:label ; sh:languageIn ( "en" ) ; sh:message "English only"@en ] .""", format="turtle")
DATA = Graph().parse(data="""@prefix ex: <http://example.org/> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
ex:t a ex:Thing ; ex:a ex:u , _:b ; ex:code "x1" , "7"^^xsd:integer ; ex:label "Ding"@de , "thing"@en .
ex:v ex:b ex:t .""", format="turtle")


@pytest.fixture(scope="module")
def report():
    return validate(DATA, shapes=SHAPES, hierarchy=False)


def test_results_hold_rdf_terms(report):
    literal = next(r for r in report.results if r.shape == f"{EX}Literals")
    assert literal.focus == Literal("x1") and isinstance(literal.focus, Literal)
    assert ({m.language for m in literal.messages} == {"en", "ru", "kk"}
            and literal.message == "A code is a whole number.")
    other = {r.value for r in report.results if r.message == "not an Other"}
    assert URIRef(EX + "u") in other and URIRef(EX + "v") in other and any(isinstance(v, BNode) for v in other)
    alternative = next(r for r in report.results if r.message == "not an Other")
    assert alternative.path == AlternativePath(URIRef(EX + "a"), InvPath(URIRef(EX + "b")))
    assert isinstance(alternative.source_shape, BNode) and str(alternative.source_shape).startswith("Things-")
    assert alternative.shape == f"{EX}Things" and alternative.constraint == SH.ClassConstraintComponent
    german = next(r for r in report.results if r.message == "English only")
    assert german.value == Literal("Ding", lang="de") and german.path == URIRef(EX + "label")
    sequence = next(r for r in report.results if r.message == "no a/c")
    assert sequence.path == SequencePath(URIRef(EX + "a"), URIRef(EX + "c")) and sequence.value is None
    assert json_strings_as_before(report)


def json_strings_as_before(report) -> bool:
    """The JSON and text reports write terms as they did: typed or tagged literals in N-Triples form, a complex
    path as "(complex path)"."""
    records = [r.as_dict() for r in report.results]
    return ({"focus": "x1", "value": "x1"}.items() <= next(d for d in records if d["focus"] == "x1").items()
            and any(d["value"] == '"Ding"@de' for d in records)
            and any(d["path"] == "(complex path)" for d in records))


def test_the_report_graph_is_a_shacl_validation_report(report):
    g = Graph().parse(data=report.to_turtle(), format="turtle")
    [node] = list(g.subjects(RDF.type, SH.ValidationReport))
    assert g.value(node, SH.conforms) == Literal(False)
    results = list(g.objects(node, SH.result))
    assert len(results) == len(report.results) == len(set(g.subjects(RDF.type, SH.ValidationResult)))
    for result in results:
        assert len(list(g.objects(result, SH.focusNode))) == 1
        assert (len(list(g.objects(result, SH.resultSeverity))) == 1
                and len(list(g.objects(result, SH.sourceShape))) == 1)
        assert len(list(g.objects(result, SH.sourceConstraintComponent))) == 1
    focus = {g.value(r, SH.focusNode) for r in results}
    assert Literal("x1") in focus and URIRef(EX + "t") in focus  # a literal focus node stays a literal
    messages = {m for r in results for m in g.objects(r, SH.resultMessage)}
    assert {Literal("Код — целое число.", lang="ru"), Literal("Код бүтін сан.", lang="kk")} <= messages
    paths = {shacl_path(g, p) for r in results for p in g.objects(r, SH.resultPath)}
    assert AlternativePath(URIRef(EX + "a"), InvPath(URIRef(EX + "b"))) in paths
    assert SequencePath(URIRef(EX + "a"), URIRef(EX + "c")) in paths
    assert isomorphic(g, report.graph())


def test_a_corpus_act_with_an_injected_violation_reports_as_its_graph(corpus_build):
    groups: dict[str, set] = {}
    for name, triples in corpus_build[1].graphs.items():
        groups.setdefault(group_of(str(name)), set()).update(triples)
    triples = next(t for k, t in sorted(groups.items()) if "/akn/" in k and any(p == TKG.noticePeriod for _, p, _ in t))
    g = Graph()
    for t in triples:
        g.add(t)
    clause = next(g.subjects(TKG.noticePeriod, None))
    g.set((clause, TKG.noticePeriod, Literal("six months")))
    report = validate(g)
    parsed = Graph().parse(data=report.to_turtle(), format="turtle")
    assert isomorphic(parsed, report.graph())
    [result] = [r for r in parsed.subjects(SH.focusNode, clause)]
    assert parsed.value(result, SH.value) == Literal("six months")
    assert parsed.value(result, SH.resultPath) == TKG.noticePeriod
    assert parsed.value(result, SH.sourceConstraintComponent) == SH.DatatypeConstraintComponent
    assert str(parsed.value(result, RDFS.comment)).startswith(  # relative to the corpus built
        ("source: adilet/", "source: kz-laws/", "source: kazakhstan-law-government/"))
    assert str(parsed.value(result, TKG.passage)).rsplit("/passage/", 1)[1] == \
        str(parsed.value(result, RDFS.comment)).rsplit(":", 1)[1]
    # the report as a reader sees it again: results from the parsed graph equal the report's own
    again = {(r.focus, r.value, r.path, r.constraint, r.severity, r.messages) for r in report.results}
    assert again == {(parsed.value(n, SH.focusNode), parsed.value(n, SH.value),
                      shacl_path(parsed, parsed.value(n, SH.resultPath)) if parsed.value(n, SH.resultPath) else None,
                      parsed.value(n, SH.sourceConstraintComponent), parsed.value(n, SH.resultSeverity),
                      tuple(sorted(parsed.objects(n, SH.resultMessage), key=lambda m: (m.language or "", str(m)))))
                     for n in parsed.subjects(RDF.type, SH.ValidationResult)}


SERIALISE = """
import sys
sys.path[:0] = ["tests", "tests/integration"]
from test_report import DATA, SHAPES
from treatykg.validation.validator import validate
sys.stdout.write(validate(DATA, shapes=SHAPES, hierarchy=False).to_turtle())
"""


def test_the_same_report_serialises_to_the_same_bytes():
    outputs = set()
    for seed in ("0", "1", "12345"):
        done = subprocess.run([sys.executable, "-c", SERIALISE], capture_output=True, text=True, cwd=ROOT,
                              env={"PYTHONHASHSEED": seed, "PATH": ""})
        assert done.returncode == 0, done.stderr
        outputs.add(done.stdout)
    assert len(outputs) == 1 and "sh:sourceShape" in outputs.pop()


def test_results_compare_by_what_they_say():
    shape = BNode("ActShape-0123456789abcdef")
    a = Result(URIRef(EX + "t"), SH.Violation, shape, SH.MinCountConstraintComponent, URIRef(EX + "p"),
               messages=(Literal("m", lang="en"),), shape="tkgsh:ActShape")
    b = Result(URIRef(EX + "t"), SH.Violation, shape, SH.MinCountConstraintComponent, URIRef(EX + "p"),
               messages=(Literal("m", lang="en"),), shape="tkgsh:ActShape")
    assert a == b and hash(a) == hash(b) and len({a, b}) == 1
    assert a != Result(URIRef(EX + "t"), SH.Warning, shape, SH.MinCountConstraintComponent, URIRef(EX + "p"),
                       messages=(Literal("m", lang="en"),), shape="tkgsh:ActShape")
    report = Report([a], allow_warnings=True)
    assert report.count("Violation") == report.count(SH.Violation) == report.violations == 1 and not report.conforms
    g = Graph()
    node = path_node(g, AlternativePath(URIRef(EX + "a"), SequencePath(InvPath(URIRef(EX + "b")), URIRef(EX + "c"))))
    assert shacl_path(g, node) == AlternativePath(URIRef(EX + "a"),
                                                  SequencePath(InvPath(URIRef(EX + "b")), URIRef(EX + "c")))
