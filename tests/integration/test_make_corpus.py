"""The scale corpus generator and its checker: a small generated corpus is built and every expected fact is in
the graph; a changed expectation or a changed graph is reported; generation is deterministic; every repair the
generator injects is one the normaliser undoes."""

from __future__ import annotations

import copy
import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from treatykg.text.normaliser import normalise
from treatykg.text.parser import parse

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

import check_corpus  # noqa: E402
import make_corpus  # noqa: E402

N = 12  # two acts per template: key 0 (the template's own treaty) and key 1 (partner, order, Roman numerals)


@pytest.fixture(scope="module")
def templates():
    """The six bundled acts: the templates every generated corpus starts with."""
    from treatykg.files import corpus_dir
    from treatykg.text.parsed import parse_path

    return make_corpus.load_templates(acts=parse_path(corpus_dir()))


def test_the_templates_are_every_real_act_the_generator_can_vary(templates):
    """Issue 17 item 4: the bundled acts first, then the gold set's acts whose variants build to their expected
    facts (the others are named on stderr), so that a scale corpus meets the variety of real acts."""
    every = make_corpus.load_templates()
    assert [t.act_id for t in every[:len(templates)]] == [t.act_id for t in templates]
    gold = every[len(templates):]
    assert len(gold) >= 20
    assert {t.layout for t in gold} >= {"kazakhstan-law-government", "kz-laws"}
    assert len({t.treaty_iri for t in every}) == len(every)


@pytest.fixture(scope="module")
def generated(tmp_path_factory, templates):
    """(corpus folder, expected, build folder, embedded store) for N generated acts, built once."""
    from treatykg.build.corpus_build import build
    from treatykg.rdf.vocab import DEFAULT_BASE
    from treatykg.store.embedded import open_store

    corpus = tmp_path_factory.mktemp("generated") / "corpus"
    expected = make_corpus.generate(N, corpus, templates=templates)
    out = tmp_path_factory.mktemp("generated-build")
    result = build([corpus], out, DEFAULT_BASE)
    assert not result.errors and result.published
    return corpus, expected, out, open_store(out)


def test_every_generated_fact_is_in_the_graph(generated):
    _, expected, _, store = generated
    assert check_corpus.check(store, expected) == []
    assert len(expected["acts"]) == N and len(expected["treaties"]) == N


def test_small_corpus_covers_every_template_and_variation(generated, templates):
    _, expected, _, _ = generated
    acts = expected["acts"]
    assert {a["template"] for a in acts} == {t.act_id for t in templates}
    assert {a["layout"] for a in acts} == {"adilet", "kazakhstan-law-government", "kz-laws"}
    variations = [a["variation"] for a in acts]
    assert {v["numerals"] for v in variations} == {"arabic", "roman"}
    assert any(v["article_order"] for v in variations) and any(not v["article_order"] for v in variations)
    assert any("prot_1" in v["article_order"] for v in variations)  # protocols are reordered on their own
    own = {t.act_id: t.partners[0].code for t in templates if t.partners[0]}
    assert any(a["partner"] != own[a["template"]] for a in acts if a["template"] in own)
    repaired = {kind for v in variations for counts in v["repairs"].values() for kind in counts}
    assert repaired == set(make_corpus.REPAIRS)
    encodings = {e for v in variations for e in v["encoding"].values()}
    assert {e.split()[0] for e in encodings} == set(make_corpus.ENCODINGS)
    assert any(e.endswith("CRLF") for e in encodings)


def test_reordered_articles_carry_the_heading_of_the_article_moved_there(generated, templates):
    _, expected, _, _ = generated
    template = next(t for t in templates if any(a["heading"] for s in t.sources for a in s.articles.values()))
    act = next(a for a in expected["acts"] if a["template"] == template.act_id and a["variation"]["article_order"])
    order = act["variation"]["article_order"]["body"]
    articles = expected["treaties"][act["treaty"]]["articles"]
    for source in template.sources:
        for position, moved in enumerate(order, 1):
            heading = source.articles[f"art_{moved}"]["heading"]
            assert articles[f"art_{position}"]["heading"][source.language] == heading
    assert order != sorted(order)


MUTATIONS = {
    "text digest": (lambda e, t: e["treaties"][t]["articles"]["art_2"]["text"].update(
        {k: "0" * 16 for k in e["treaties"][t]["articles"]["art_2"]["text"]}), "art_2 text@"),
    "paragraph count": (lambda e, t: e["templates"]["7887"]["graphs"]["rus"].update(
        {"tkg:Paragraph": e["templates"]["7887"]["graphs"]["rus"]["tkg:Paragraph"] + 1}), "rus graph: tkg:Paragraph"),
    "act date": (lambda e, t: e["acts"][0].update({"date": "1999-12-31"}), "date: expected 1999-12-31"),
    "party state": (lambda e, t: e["treaties"][t]["parties"].__setitem__(0, ["tkg:Government", "EST"]), "parties"),
    "relation": (lambda e, t: e["acts"][1].update({"relation": "tkg:ratifies"}), "treaty: expected"),
    "article count": (lambda e, t: e["treaties"][t]["articles"].pop("art_1"), "articles: expected"),
    "unexpected act": (lambda e, t: e["acts"].pop(), "act in the graph that the generator did not write"),
}


@pytest.mark.parametrize("mutation", sorted(MUTATIONS))
def test_checker_reports_a_changed_expectation(generated, mutation):
    _, expected, _, store = generated
    changed = copy.deepcopy(expected)
    change, message = MUTATIONS[mutation]
    change(changed, expected["acts"][0]["treaty"])
    problems = check_corpus.check(store, changed)
    assert problems and all(message in p for p in problems), problems


def test_checker_reports_a_changed_graph(generated):
    """A lost article text and a stray defined term in one act's graph are both reported."""
    _, expected, _, store = generated
    memory = ox.Store()
    memory.bulk_extend(store.quads_for_pattern(None, None, None, None))
    act, text = expected["acts"][1], ox.NamedNode(check_corpus.NAMESPACES["tkg"] + "text")
    article = ox.NamedNode(f"{act['treaty']}/art_3")
    lost = [q for q in memory.quads_for_pattern(article, text, None, None) if q.object.language == "ru"]
    assert lost
    for quad in lost:
        memory.remove(quad)
    graph = ox.NamedNode(check_corpus.graph_iri(act["iri"], "kaz"))
    memory.add(ox.Quad(ox.NamedNode(act["iri"] + "/stray"), ox.NamedNode(check_corpus.NAMESPACES["rdf"] + "type"),
                       ox.NamedNode(check_corpus.NAMESPACES["tkg"] + "DefinedTerm"), graph))
    problems = check_corpus.check(memory, expected)
    assert any("art_3 text languages" in p for p in problems), problems
    assert any(f"{act['act']} " in p and "kaz graph: tkg:DefinedTerm" in p for p in problems), problems


def test_generation_is_deterministic(generated, tmp_path):
    """Another process with another hash seed writes the same bytes."""
    corpus, _, _, _ = generated
    again = tmp_path / "again"
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "make_corpus.py"), str(N), str(again)], check=True,
                   env=env, capture_output=True)
    files = sorted(p.relative_to(corpus) for p in corpus.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(again) for p in again.rglob("*") if p.is_file())
    assert all((corpus / f).read_bytes() == (again / f).read_bytes() for f in files)


def _model(text: str, markup: bool, language: str) -> list[tuple]:
    document, _ = parse(normalise(text, markup=markup), "generated", language)
    return [(node.type, node.eid, node.text) for node in document.walk()]


@pytest.mark.parametrize("kind", make_corpus.REPAIRS)
def test_injected_repairs_are_undone_by_the_normaliser(templates, kind):
    """Each repair, put into each template (with the variation of its key 1), normalises to the same text and
    the same model, and the normaliser logs it under the same kind."""
    applied = 0
    for template in templates:
        key = make_corpus.key_of(template, 1)
        for source in template.sources:
            text = make_corpus.treaty_text(template, source.language, key)
            repaired, done = make_corpus.repair(text, source, [kind], random.Random(f"test:{kind}"))
            if not done:
                continue
            applied += 1
            before, after = normalise(text, markup=source.markup), normalise(repaired, markup=source.markup)
            assert after.text == before.text, (template.act_id, source.language)
            assert after.repair_counts()[kind] > before.repair_counts()[kind], (template.act_id, source.language)
            assert _model(repaired, source.markup, source.language) == _model(text, source.markup, source.language)
    assert applied >= 1


def test_usage_errors(tmp_path, capsys, generated):
    _, expected, out, _ = generated
    assert make_corpus.main([]) == 2
    assert make_corpus.main(["many", str(tmp_path / "a")]) == 2
    assert make_corpus.main(["0", str(tmp_path / "a")]) == 2
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "x.txt").write_text("x")
    assert make_corpus.main(["3", str(tmp_path / "full")]) == 2
    errors = capsys.readouterr().err
    assert "usage: make_corpus.py N OUT" in errors and "'many'" in errors and "not an empty folder" in errors
    (tmp_path / "expected.json").write_text(json.dumps(expected))
    (tmp_path / "bad.json").write_text("{}")
    assert check_corpus.main([]) == 2
    assert check_corpus.main([str(out), str(tmp_path / "none.json")]) == 2
    assert check_corpus.main([str(out), str(tmp_path / "bad.json")]) == 2
    assert check_corpus.main([str(tmp_path), str(tmp_path / "expected.json")]) == 2  # no store there
    errors = capsys.readouterr().err
    assert "usage: check_corpus.py" in errors and "no such file" in errors and "not an expected.json" in errors
    assert "no embedded store" in errors
    assert check_corpus.main([str(out), str(tmp_path / "expected.json")]) == 0
    assert f"{N} acts checked ({N} treaties)" in capsys.readouterr().out
    changed = copy.deepcopy(expected)
    changed["acts"][0]["number"] = "1"
    (tmp_path / "changed.json").write_text(json.dumps(changed))
    assert check_corpus.main([str(out), str(tmp_path / "changed.json")]) == 1
    assert ", 1 mismatches" in capsys.readouterr().out
