"""SHACL validation: every corpus act conforms, every mutation is caught by the shape expected, the rdfs:range trap
is closed, reports name their source passage, the CLI and the build gate behave."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS

from conftest import CORPUS, ROOT
from mutations import MUTATIONS
from treatykg.validation import validator as validation
from treatykg.build.corpus_build import build
from treatykg.validation.reasoner import check_document
from treatykg.validation.validator import group_of, ontology_shapes, validate
from treatykg.rdf.vocab import DEFAULT_BASE, ORG, TKG

# Real defects of the current builders, reported as Warnings (not Violations): see shapes/README.md.
KNOWN_WARNINGS = {
    ("tkgsh:NormShape", DEFAULT_BASE + "akn/int/treaty/blr-kaz/gov/2019/migration/norm/art_11__para_5/obligation-1"),
    ("tkgsh:NormShape", DEFAULT_BASE + "akn/int/treaty/blr-kaz/gov/2019/migration/norm/art_9__para_3/obligation-1"),
    ("tkgsh:NormShape", DEFAULT_BASE + "akn/int/treaty/hrv-kaz/gov/nd/trade-and-economic-cooperation/norm/art_6__para_1/obligation-1"),
}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("validate-build")
    result = build([CORPUS], out, DEFAULT_BASE)
    assert result.published and not result.errors
    return out, result


@pytest.fixture(scope="module")
def acts(built):
    """Each act's triples (its named graphs together), smallest first."""
    groups: dict[str, set] = {}
    for graph, triples in built[1].graphs.items():
        groups.setdefault(group_of(str(graph)), set()).update(triples)
    return sorted(((k, v) for k, v in groups.items() if "/akn/" in k), key=lambda kv: len(kv[1]))


def as_graph(triples) -> Graph:
    g = Graph()
    for t in triples:
        g.add(t)
    return g


def both_engines(data, **options):
    """The native engine's report, after checking that pySHACL's (the reference) has the same results."""
    native = validate(data, engine="native", **options)
    reference = validate(data, engine="pyshacl", **options)
    assert set(native.results) == set(reference.results), (native.to_text(), reference.to_text())
    return native


def test_every_corpus_act_conforms(acts):
    assert len(acts) == 6
    warnings = set()
    for name, triples in acts:
        report = both_engines(triples)
        assert report.violations == 0, (name, report.to_text())
        warnings |= {(r.shape, r.focus) for r in report.results if r.severity == "Warning"}
    assert warnings == KNOWN_WARNINGS


def test_build_report_is_clean(built):
    report = built[1].report
    assert report.violations == 0 and report.conforms and report.count("Warning") == len(KNOWN_WARNINGS)


def test_the_ontology_conforms_to_its_shapes():
    report = both_engines(ROOT / "ontology" / "treatykg.ttl", shapes=ontology_shapes(), hierarchy=False)
    assert report.conforms, report.to_text()


def test_there_are_at_least_30_distinct_mutations():
    names = [m.name for m in MUTATIONS]
    assert len(names) == len(set(names)) >= 30


@pytest.mark.parametrize("mutation", MUTATIONS, ids=lambda m: m.name)
def test_mutation_is_caught(mutation, acts):
    if mutation.target == "ontology":
        g = Graph().parse(ROOT / "ontology" / "treatykg.ttl", format="turtle")
        assert mutation.func(g)
        report = both_engines(g, shapes=ontology_shapes(), hierarchy=False)
        assert mutation.expect in {r.shape for r in report.results if r.severity == "Violation"}, report.to_text()
        return
    for name, triples in acts:
        g = as_graph(triples)
        if mutation.func(g):
            break
    else:
        pytest.fail(f"{mutation.name} applies to no corpus act")
    if mutation.target == "reasoner":
        result = check_document(g, name)
        assert not result.consistent
        return
    report = both_engines(g)
    caught = {r.shape for r in report.results if r.severity == "Violation"}
    assert mutation.expect in caught, report.to_text()


def test_rdfs_range_cannot_make_sh_class_pass():
    """The only evidence that the designating party is an organisation is tkg:designatingParty rdfs:range
    org:Organization, which RDFS inference would add. Without inference, sh:class must still fail."""
    base = DEFAULT_BASE + "akn/int/treaty/blr-kaz/gov/2011/x/designation/KAZ/1"
    d, party = URIRef(base), URIRef(DEFAULT_BASE + "id/org/KAZ/government")
    g = Graph()
    g.add((TKG.designatingParty, RDFS.range, ORG.Organization))
    g.add((d, RDF.type, TKG.Designation))
    g.add((d, TKG.designatingParty, party))
    report = both_engines(g)
    assert any(r.shape == "tkgsh:DesignationShape" and r.constraint.endswith("ClassConstraintComponent")
               and r.value == str(party) for r in report.results)
    for engine in ("native", "pyshacl"):
        with pytest.raises(ValueError):
            validate(g, inference="rdfs", engine=engine)
    # the trap itself: pySHACL with RDFS inference lets the same graph through on sh:class
    import pyshacl
    shapes = Graph().parse(validation.default_shapes(), format="turtle")
    _, results, _ = pyshacl.validate(g, shacl_graph=shapes, inference="rdfs", advanced=True)
    assert not any("ClassConstraintComponent" in str(o) and str(party) in str(results.value(s, validation.SH.value))
                   for s, o in results.subject_objects(validation.SH.sourceConstraintComponent))


def test_report_names_source_passage_and_serialises(acts):
    name, triples = next((n, t) for n, t in acts if any(p == TKG.noticePeriod for _, p, _ in t))
    g = as_graph(triples)
    clause = next(s for s, _, _ in g.triples((None, TKG.noticePeriod, None)))
    g.set((clause, TKG.noticePeriod, Literal("six months")))
    report = validate(g)
    result = next(r for r in report.results if r.focus == str(clause) and r.severity == "Violation")
    assert result.source.startswith("corpus/") and result.source.rsplit(":", 1)[1].count("-") == 1
    start, end = map(int, result.source.rsplit(":", 1)[1].split("-"))
    assert start < end
    assert "notice period" in result.message
    payload = json.loads(report.to_json())
    assert payload["conforms"] is False and payload["violations"] >= 1
    assert any(r["source"] == result.source for r in payload["results"])
    turtle = Graph().parse(data=report.to_turtle(), format="turtle")
    assert len(list(turtle.subjects(RDF.type, validation.SH.ValidationResult))) == len(report.results)
    assert "VIOLATION" in report.to_text() and result.source in report.to_text()


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "treatykg.cli", *map(str, args)], capture_output=True, text=True,
                          cwd=ROOT)


def test_cli_validate_exit_codes(built, tmp_path):
    out, _ = built
    ok = run_cli("validate", "--from-build", out, "--allow-warnings")
    assert ok.returncode == 0, ok.stderr
    assert run_cli("validate", "--from-build", out).returncode == 1  # the known warnings, not allowed
    bad = Graph().parse(out / "treatykg.nt", format="nt")
    for s in list(bad.subjects(RDF.type, TKG.Article))[:1]:
        bad.remove((s, TKG.numberValue, None))
    bad.serialize(tmp_path / "bad.nt", format="nt", encoding="utf-8")
    broken = run_cli("validate", tmp_path / "bad.nt", "--allow-warnings", "--format", "json")
    assert broken.returncode == 1 and json.loads(broken.stdout)["violations"] >= 1
    (tmp_path / "garbage.ttl").write_text("this is < not turtle")
    garbage = run_cli("validate", tmp_path / "garbage.ttl")
    assert garbage.returncode == 1 and "garbage.ttl" in garbage.stderr
    assert len(garbage.stderr.strip().splitlines()) == 1 and "Traceback" not in garbage.stderr
    missing = run_cli("validate", "--from-build", tmp_path / "nowhere")
    assert missing.returncode == 1 and "Traceback" not in missing.stderr
    reference = run_cli("validate", tmp_path / "bad.nt", "--allow-warnings", "--format", "json", "--engine", "pyshacl")
    assert reference.returncode == 1 and json.loads(reference.stdout)["results"] == json.loads(broken.stdout)["results"]
    (tmp_path / "af.ttl").write_text("""@prefix sh: <http://www.w3.org/ns/shacl#> .
<urn:x:S> a sh:NodeShape ; sh:target [ sh:select "SELECT ?this WHERE { ?this ?p ?o }" ] ; sh:nodeKind sh:IRI .""")
    refused = run_cli("validate", tmp_path / "bad.nt", "--shapes", tmp_path / "af.ttl")
    assert refused.returncode == 1 and "af.ttl" in refused.stderr and "sh:target" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1 and "Traceback" not in refused.stderr


def test_build_refuses_to_publish_violations(tmp_path, monkeypatch):
    strict = tmp_path / "strict.ttl"
    strict.write_text("""@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix tkg: <https://w3id.org/treatykg/ontology#> .
<urn:x:S> a sh:NodeShape ; sh:targetClass tkg:Treaty ; sh:property [ sh:path tkg:hasParty ; sh:minCount 9 ;
  sh:message "needs nine parties"@en ] .""")
    monkeypatch.setattr(validation, "default_shapes", lambda: strict)
    out = tmp_path / "out"
    out.mkdir()
    (out / "treatykg.nt").write_text("old\n")
    adilet = CORPUS / "adilet"
    result = build([adilet], out, DEFAULT_BASE)
    assert not result.published and result.report.violations > 0
    assert (out / "treatykg.nt").read_text() == "old\n" and not (out / "void.ttl").exists()
    result = build([adilet], out, DEFAULT_BASE, allow_invalid=True)
    assert result.published and (out / "treatykg.nt").read_text() != "old\n"
    assert f"built with --allow-invalid: {result.report.violations} violations" in (out / "void.ttl").read_text()
