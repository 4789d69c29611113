"""ROBOT-style quality control: no ERROR rows on the ontology and the corpus; a corrupted ontology gives ERROR rows."""

from __future__ import annotations

import subprocess
import sys

from rdflib import Graph, Literal
from rdflib.namespace import OWL, RDFS

from helpers import ROOT
from treatykg.rdf.vocab import TKG
from treatykg.validation.ontology_qc import run_qc, severity

QC = ROOT / "queries" / "qc"


def test_every_qc_query_states_its_severity():
    files = sorted(QC.glob("*.rq"))
    assert len(files) >= 6
    for path in files:
        assert severity(path.read_text(encoding="utf-8"), path) in ("ERROR", "WARN", "INFO")


def test_qc_command_finds_no_error_rows(tmp_path):
    from treatykg.build.corpus_build import build
    from treatykg.rdf.vocab import DEFAULT_BASE

    build([ROOT / "corpus" / "adilet"], tmp_path, DEFAULT_BASE)
    done = subprocess.run([sys.executable, "-m", "treatykg.cli", "qc", "--from-build", str(tmp_path)],
                          capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 ERROR" in done.stdout


def test_qc_reports_a_corrupted_ontology(tmp_path):
    g = Graph().parse(ROOT / "ontology" / "treatykg.ttl", format="turtle")
    for label in list(g.objects(TKG.Article, RDFS.label)):
        if label.language == "kk":
            g.remove((TKG.Article, RDFS.label, label))
    g.add((TKG.Paragraph, RDFS.label, Literal("article", lang="en")))
    g.remove((TKG.heading, RDFS.range, None))
    g.add((TKG.eId, OWL.deprecated, Literal(True)))
    path = tmp_path / "onto.ttl"
    g.serialize(path, format="turtle")
    data = tmp_path / "build"
    data.mkdir()
    (data / "treatykg.nq").write_text(f'<urn:x:a> <{TKG.eId}> "art_1" <urn:x:g> .\n')
    rows = run_qc(path, QC, data)
    errors = {(r.rule, r.entity) for r in rows if r.level == "ERROR"}
    assert ("missing_label_kk", str(TKG.Article)) in errors
    assert ("duplicate_label", str(TKG.Paragraph)) in errors
    assert ("missing_range", str(TKG.heading)) in errors
    assert ("deprecated_in_use", "urn:x:a") in errors
    done = subprocess.run([sys.executable, "-m", "treatykg.cli", "qc", "--ontology", str(path)],
                          capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 1 and "missing_label_kk" in done.stdout
