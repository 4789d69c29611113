"""treatykg evaluate on the whole gold set, as CI runs it: every act is built (none refused, no SHACL violation),
nothing is invented, and every field stays at or above its floor (gold/floors.toml). The floors catch a
regression: a test lowers one extraction on purpose and sees them fail."""

import json

import pytest

from helpers import ROOT
from treatykg.cli.main import main
from treatykg.evaluation import evaluate, goldset
from treatykg.evaluation.fields import all_fields
from treatykg.evaluation.report import Floors, default_floors

pytestmark = pytest.mark.xdist_group("evaluation")  # one worker builds the gold set once for these tests


@pytest.fixture(scope="module")
def evaluation(tmp_path_factory):
    return evaluate(work=tmp_path_factory.mktemp("evaluate"))


def test_the_gold_set_holds_the_dev_acts_and_the_annotated_pool():
    gold = goldset.load()
    by_collection = {c: {d.act for d in gold.documents if d.collection == c} for c in ("bundled", "dev", "pool")}
    assert len(by_collection["bundled"]) + len(by_collection["dev"]) == 20
    assert len(by_collection["pool"]) >= 25
    annotated = {d.act for d in gold.documents if d.collection == "pool" and d.gold is not None}
    assert len(annotated) >= 10
    assert gold.index.parent == ROOT / "gold"


def test_no_act_of_the_gold_set_is_refused(evaluation):
    assert evaluation.refused == {}


def test_no_act_of_the_gold_set_violates_the_shapes(evaluation):
    assert {name: n for name, n in evaluation.violations.items() if n} == {}


def test_nothing_is_invented(evaluation):
    invented = [(c.document, c.field, c.read) for c in evaluation.checks if c.outcome == "invented"]
    assert invented == []


def test_every_field_is_at_or_above_its_floor(evaluation):
    assert Floors.load().breaches(evaluation) == []


def test_every_field_has_a_floor_and_no_floor_is_above_what_can_be_reached():
    floors = Floors.load()
    assert sorted(floors.accuracy) == sorted(spec.name for spec in all_fields())
    assert all(0.0 <= floor <= 1.0 for floor in floors.accuracy.values())
    assert floors.path == default_floors()


def test_the_floors_fail_when_an_extraction_regresses(tmp_path, monkeypatch):
    """Every defined term dropped on purpose: treaty.definitions falls below its floor, and the check says so."""
    import treatykg.facts.extraction as extraction

    monkeypatch.setattr(extraction, "extract_terms", lambda *args, **kwargs: [])
    lowered = evaluate(work=tmp_path, jobs=1)  # one process, so that the patched extractor is the one that runs
    breaches = Floors.load().breaches(lowered)
    assert any(b.startswith("treaty.definitions: accuracy") and "below its floor" in b for b in breaches)
    assert not any(b.startswith("structure.articles") for b in breaches)  # nothing else was touched


def test_the_floors_fail_when_a_value_is_invented(tmp_path, monkeypatch):
    """A signing place made up on purpose where the closing formula states none is INVENTED, and fails."""
    import treatykg.facts.extraction as extraction

    real = extraction.read_closing

    def inventing(closing):
        stated, date, place = real(closing)
        if place is None:
            from treatykg.facts.types import Place

            place = Place("Астана", "Astana", "signing", stated.evidence, "Q1520")
        return stated, date, place

    monkeypatch.setattr(extraction, "read_closing", inventing)
    lowered = evaluate(work=tmp_path, jobs=1, collections={"bundled"})
    assert any("invented values" in b and "treaty.signed_place" in b for b in Floors.load().breaches(lowered))


def test_the_command_prints_the_table_and_json(tmp_path, capsys):
    out = tmp_path / "evaluation.json"
    assert main(["evaluate", "--set", "bundled", "--json", "--out", str(out)]) == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["acts"] == 6
    assert set(report["fields"]) == {spec.name for spec in all_fields()}
    assert report["fields"]["structure.articles"]["checks"] == len(report["documents"])
    assert all(check["outcome"] in ("correct", "correct-null", "missing", "wrong", "invented")
               for check in report["checks"])
    assert main(["evaluate", "--set", "bundled"]) == 0
    text = capsys.readouterr().out
    assert text.splitlines()[2].split()[:2] == ["field", "checks"]
    assert "not scored:" in text and "invariant" in text


def test_the_command_rejects_an_unknown_collection(capsys):
    assert main(["evaluate", "--set", "nonsense"]) == 2
    assert "unknown collection(s) nonsense" in capsys.readouterr().err
