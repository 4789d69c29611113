"""Validation anywhere: a build publishes its shapes (with the SPARQL checks as SHACL-SPARQL constraints) and the
ontology with the closure of its vendored imports, so that plain pySHACL, run as its own command on the published
files, reports exactly what ``treatykg validate`` reports, with the same exit code."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SH

from treatykg.build.shipped import CLOSURE_FILE, SHAPES_FILE, ontology_closure
from treatykg.cli.main import main
from treatykg.files import data_dir
from treatykg.rdf.vocab import ORG, TKG
from treatykg.validation.checks import bundled_checks

PYSHACL = str(Path(sys.executable).parent / "pyshacl")


@pytest.fixture(scope="module")
def out(corpus_build):
    """The published generation: pySHACL cannot open out/'s links to it (it reads a link's target as relative to
    the working folder)."""
    return corpus_build[0] / "current"


def plain_pyshacl(data: Path, *flags: str, out: Path) -> tuple[int, set]:
    """pySHACL's own command on published files: its exit code and its results."""
    done = subprocess.run([PYSHACL, "-s", str(out / SHAPES_FILE), *flags, "-f", "turtle", str(data)],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode in (0, 1), done.stderr
    report = Graph().parse(data=done.stdout, format="turtle")
    results = set()
    for result in report.subjects(RDF.type, SH.ValidationResult):
        path = report.value(result, SH.resultPath)
        value = report.value(result, SH.value)
        messages = [m for m in report.objects(result, SH.resultMessage) if m.language in (None, "en")]
        severity = str(report.value(result, SH.resultSeverity)).split("#")[1]
        results.add((str(report.value(result, SH.focusNode)), severity, str(messages[0]) if messages else "",
                     str(path) if isinstance(path, URIRef) else "",
                     value.n3() if value is not None else "", str(report.value(result, SH.sourceConstraintComponent))))
    return done.returncode, results


def treatykg_validate(data: Path, *flags: str, capsys) -> tuple[int, set]:
    code = main(["validate", str(data), "--format", "json", *flags])
    report = json.loads(capsys.readouterr().out)
    return code, {(r["focus"], r["severity"], r["message"], r["path"], r["value"], r["constraint"])
                  for r in report["results"]}


def test_the_build_ships_the_shapes_with_the_checks_and_the_ontology_closure(out):
    shapes = (out / SHAPES_FILE).read_text(encoding="utf-8")
    assert shapes.startswith((data_dir("shapes") / "treatykg.ttl").read_text(encoding="utf-8"))
    graph = Graph().parse(out / SHAPES_FILE, format="turtle")
    stated = {str(graph.value(c, RDFS.comment)) for c in graph.objects(None, SH.sparql)}
    assert stated == {check.name for check in bundled_checks()} and len(stated) == 3
    closure = Graph().parse(out / CLOSURE_FILE, format="turtle")
    assert (TKG.Government, RDFS.subClassOf, ORG.FormalOrganization) in closure  # the ontology
    assert (ORG.FormalOrganization, RDFS.subClassOf, ORG.Organization) in closure  # and its import
    for path in [data_dir("ontology") / "treatykg.ttl", *sorted((data_dir("ontology") / "imports").glob("*.ttl"))]:
        named = {t for t in Graph().parse(path) if not any(isinstance(x, BNode) for x in t)}
        assert named and named <= set(closure), path
    assert (out / CLOSURE_FILE).read_bytes() == ontology_closure()  # the same bytes at every build


def test_plain_pyshacl_on_the_published_files_reports_what_validate_reports(out, capsys):
    """On the corpus as published: the same warnings and infos, and both pass (pySHACL --allow-warnings is
    treatykg's default); with the stricter gate both fail. Without the closure, pySHACL reports false violations."""
    data = out / "treatykg.nt"
    code, plain = plain_pyshacl(data, "-e", str(out / CLOSURE_FILE), "--allow-warnings", out=out)
    ours_code, ours = treatykg_validate(data, capsys=capsys)
    assert plain == ours and {r[1] for r in ours} == {"Warning", "Info"}
    assert code == ours_code == 0
    strict, _ = plain_pyshacl(data, "-e", str(out / CLOSURE_FILE), "--allow-info", out=out)
    assert strict == treatykg_validate(data, "--fail-on", "warning", capsys=capsys)[0] == 1
    _, without_closure = plain_pyshacl(data, "--allow-warnings", out=out)
    assert any(r[1] == "Violation" for r in without_closure)  # sh:class cannot follow rdfs:subClassOf


def test_plain_pyshacl_finds_the_same_violations_and_the_sparql_checks(out, tmp_path, capsys):
    """A graph with a gap in its article numbers (a SPARQL check) and an article without its eId (core SHACL)."""
    graph = Graph().parse(out / "treatykg.nt", format="nt")
    article = sorted(graph.subjects(RDF.type, TKG.Article))[0]
    graph.set((article, TKG.numberValue, Literal(99)))
    graph.remove((article, TKG.eId, None))
    data = tmp_path / "broken.nt"
    graph.serialize(data, format="nt", encoding="utf-8")
    code, plain = plain_pyshacl(data, "-e", str(out / CLOSURE_FILE), "--allow-warnings", out=out)
    ours_code, ours = treatykg_validate(data, capsys=capsys)
    assert plain == ours and code == ours_code == 1
    assert {r[5].split("#")[1] for r in ours if r[1] == "Violation"} >= {"SPARQLConstraintComponent",
                                                                          "MinCountConstraintComponent"}
    # treatykg validate with the published shapes: each check once, not again as a SPARQL check of its own
    assert treatykg_validate(data, "--shapes", str(out / SHAPES_FILE), capsys=capsys) == (ours_code, ours)
