"""The parallel, incremental build: the same dumps whatever runs the acts, reuse by content hash, failures that
stay with their act, shared entities written once, and a SHACL report equal to plain pySHACL on the merged graph.
Correctness only; speed and memory are measured by benchmarks/scale.py."""

import io
import re
import shutil

import pyoxigraph as ox
import pytest
from rdflib.namespace import SH
from test_graph import MINSK_RATIFICATION

from helpers import CORPUS, SEED
from treatykg.build.corpus_build import build
from treatykg.build.progress import Progress
from treatykg.build.shipped import SHIPPED
from treatykg.cli.main import main
from treatykg.rdf.dumps import FORMATS
from treatykg.rdf.vocab import DEFAULT_BASE
from treatykg.validation.cross_act import disputable_predicates
from treatykg.validation.validator import load_groups_from_file, union_graph, validate

DUMPS = [name for name, _, _ in FORMATS.values()] + ["ontology.rdf", "void.ttl", *SHIPPED]
MINSK = DEFAULT_BASE + "akn/int/treaty/blr-kaz/state/2008/classified-information"


def dump_bytes(out):
    return {name: (out / name).read_bytes() for name in DUMPS}


@pytest.fixture(scope="module")
def serial(corpus_build):
    """The session's build of the bundled corpus, made serially (jobs=1)."""
    return corpus_build


def test_parallel_build_writes_the_same_bytes_as_a_serial_one(serial, tmp_path):
    result = build([CORPUS], tmp_path, DEFAULT_BASE, jobs=2)
    assert result.built == len(result.acts) == 6
    assert dump_bytes(tmp_path) == dump_bytes(serial[0])


def test_dask_build_on_a_local_cluster_writes_the_same_bytes(serial, tmp_path):
    import distributed
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        result = build([CORPUS], tmp_path, DEFAULT_BASE, executor="dask", scheduler=cluster.scheduler_address)
    assert result.built == 6 and result.published
    assert dump_bytes(tmp_path) == dump_bytes(serial[0])


def test_shared_entities_spilled_to_disk_in_many_runs_write_the_same_bytes(serial, tmp_path, monkeypatch):
    """The shared-entity table goes to disk in sorted runs and comes back merged in batches: with runs and
    batches of a few lines, the dumps must not change by a byte."""
    from treatykg.build.merge import SharedTable

    monkeypatch.setattr(SharedTable, "RUN_BYTES", 2000)
    monkeypatch.setattr(SharedTable, "BATCH_LINES", 7)
    result = build([CORPUS], tmp_path, DEFAULT_BASE, jobs=1)
    assert result.published and result.triples == serial[1].triples
    assert dump_bytes(tmp_path) == dump_bytes(serial[0])
    assert result.report.results == serial[1].report.results


def test_dask_without_a_reachable_scheduler_is_a_usage_error(tmp_path, capsys):
    code = main(["build", str(SEED), "--out", str(tmp_path), "--executor", "dask"])
    assert code == 2 and "--scheduler" in capsys.readouterr().err


def test_an_unchanged_rebuild_reuses_every_act_and_the_dumps(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    out = tmp_path / "out"
    first = build([corpus], out, DEFAULT_BASE)
    before = dump_bytes(out)
    again = build([corpus], out, DEFAULT_BASE)
    assert (again.built, again.reused, again.merged) == (0, 6, False)
    assert again.report.results == first.report.results and again.triples == first.triples
    assert dump_bytes(out) == before

    seed = corpus / "adilet" / SEED.name
    seed.write_text(seed.read_text(encoding="utf-8").replace("26 шілдедегі", "27 шілдедегі"), encoding="utf-8")
    changed = build([corpus], out, DEFAULT_BASE)
    assert (changed.built, changed.reused, changed.merged) == (1, 5, True)
    fresh = build([corpus], tmp_path / "fresh", DEFAULT_BASE)
    assert dump_bytes(out) == dump_bytes(tmp_path / "fresh") and fresh.built == 6
    assert b"2011-07-27" in (out / "treatykg.nq").read_bytes()


def test_a_broken_act_is_reported_with_its_file_and_line_and_the_others_are_built(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    meta = next(corpus.rglob("meta.yaml"))
    meta.write_text("requisite: [unclosed\n", encoding="utf-8")
    (corpus / "adilet" / "empty-kk.txt").write_bytes(b"")
    code = main(["build", str(corpus), "--out", str(tmp_path / "out"), "--jobs", "2"])
    captured = capsys.readouterr()
    assert code == 1 and "Traceback" not in captured.err
    assert re.search(rf"{re.escape(str(meta))}:\d+: error: invalid YAML", captured.err)
    assert f"{corpus / 'adilet' / 'empty-kk.txt'}:1: error: empty file" in captured.err
    failed = [line for line in captured.out.splitlines() if line.startswith("failed: ")]
    assert len(failed) == 2 and any(str(meta.parent) in line for line in failed)
    assert "5 acts built, 2 failed" in captured.out  # five of the six real acts; the sixth and the empty file failed
    assert (tmp_path / "out" / "treatykg.nq").is_file()


def test_shared_entities_are_written_once(serial):
    out, result = serial
    lines = (out / "treatykg.nt").read_bytes().splitlines()
    assert len(lines) == len(set(lines)) == result.triples
    union = {str(q.triple) + " ." for q in ox.parse(path=str(out / "treatykg.nq"), format=ox.RdfFormat.N_QUADS)
             if q.graph_name.value != "https://w3id.org/treatykg/ontology/graph"}
    assert {line.decode() for line in lines} == union
    kazakhstan = [line for line in lines if line.startswith(b"<https://w3id.org/treatykg/id/state/KAZ> ")]
    assert kazakhstan and len(kazakhstan) == len(set(kazakhstan))  # six acts describe it; its triples appear once
    assert len(re.findall(rb'\n\{"@id":"https://w3id.org/treatykg/id/state/KAZ"',
                          (out / "treatykg.jsonld").read_bytes())) == 1


def _plain_report(out):
    """pySHACL on the merged graph: the reference the build's report must equal."""
    return validate(union_graph(load_groups_from_file(out / "treatykg.nq").values()), engine="pyshacl",
                    allow_warnings=True)


def test_build_report_equals_plain_pyshacl_on_the_merged_corpus(serial):
    out, result = serial
    assert set(result.report.results) == set(_plain_report(out).results)


def _minsk_decree(tmp_path, name, number, signed):
    text = MINSK_RATIFICATION.replace("№ 751", f"№ {number}").replace(
        "2008 жылғы 30 қазанда Минск қаласында әрқайсысы", f"2008 жылғы {signed} Минск қаласында әрқайсысы")
    path = tmp_path / "adilet" / name
    path.parent.mkdir(exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_treaty_that_two_acts_describe_is_validated_on_the_merged_graph(tmp_path):
    """The seed cites the Minsk agreement, which a (synthetic) decree ratifies: its node is shared, and its
    literals (a nonNegativeInteger among them) must not be judged from the store's normalised copy."""
    decree = _minsk_decree(tmp_path, "u2009-751-kk.txt", 751, "30 қазанда")
    result = build([SEED, decree], tmp_path / "out", DEFAULT_BASE)
    assert result.published and result.report.violations == 0
    assert set(result.report.results) == set(_plain_report(tmp_path / "out").results)


def test_two_acts_that_disagree_about_a_shared_treaty_are_caught_only_on_the_merged_graph(tmp_path):
    """Each decree alone is valid; together they give the Minsk agreement two signing dates."""
    october = _minsk_decree(tmp_path, "u2009-751-kk.txt", 751, "30 қазанда")
    september = _minsk_decree(tmp_path, "u2009-752-kk.txt", 752, "30 қыркүйекте")
    for alone in (october, september):
        assert build([alone], tmp_path / alone.stem, DEFAULT_BASE).report.violations == 0
    result = build([october, september], tmp_path / "out", DEFAULT_BASE, allow_invalid=True)
    violations = {(str(r.focus), r.shape, str(r.path).rsplit("#", 1)[-1]) for r in result.report.results
                  if r.severity == SH.Violation}
    # two signing dates, two ways of writing it, and two Kazakh texts of the closing formula that states it
    assert violations == {(MINSK, "tkgsh:TreatyShape", "date_document"),
                          (MINSK, "tkgsh:TreatyShape", "signingDateText"),
                          (MINSK + "/conclusions", "tkgsh:PartShape", "text")}
    assert set(result.report.results) == set(_plain_report(tmp_path / "out").results)
    # by default, a disagreement between acts is recorded (at the file and line of its focus), not a refusal
    recorded = build([october, september], tmp_path / "recorded", DEFAULT_BASE)
    assert recorded.published and not recorded.left_out
    assert {d.message.split(";")[0] for d in recorded.disagreements} == {
        f"acts disagree: {r.message} ({r.focus})" for r in result.report.results if r.severity == SH.Violation}
    assert all(d.path in (str(october), str(september)) and not d.fatal and f"stated by {october}, {september}"
               in d.message for d in recorded.disagreements)
    # the closing formula's text has a passage, so a line; the treaty itself has none
    assert [d.line for d in recorded.disagreements if "/conclusions)" in d.message] == [20]
    refused = build([october, september], tmp_path / "strict", DEFAULT_BASE, strict=True)
    assert not refused.published and not (tmp_path / "strict" / "treatykg.nq").exists()


def test_dump_formats_can_be_chosen(tmp_path):
    result = build([SEED], tmp_path, DEFAULT_BASE, formats=["nq"])
    assert sorted(result.sizes) == ["context.jsonld", "ontology-closure.ttl", "ontology.rdf", "shapes.ttl",
                                    "treatykg.nq", "void.ttl"]
    assert not (tmp_path / "treatykg.ttl").exists() and (tmp_path / "store").is_dir()
    with pytest.raises(ValueError, match="unknown dump format"):
        build([SEED], tmp_path, DEFAULT_BASE, formats=["nq", "owl"])


def test_progress_bar_shows_rate_and_time_left():
    stream = io.StringIO()
    bar = Progress(4, stream=stream, enabled=True)
    for _ in range(4):
        bar.update()
    bar.close()
    last = stream.getvalue().rstrip("\n").split("\r")[-1]
    assert re.fullmatch(r"\[#{30}\] 4/4 acts  [\d.]+ acts/s  0m00s left", last)
    quiet = io.StringIO()
    Progress(3, stream=quiet).update()  # not a terminal: nothing drawn
    assert quiet.getvalue() == ""


def test_acts_that_state_the_same_treaty_text_do_not_send_it_to_the_merged_graph(tmp_path):
    """Two acts approving the same treaty: its articles are described by both, with different provenance
    passages but the same text. Only what the merged graph can judge differently is validated again there."""
    seed = SEED.read_text(encoding="utf-8")
    copy = tmp_path / "adilet" / "p2011-861-blr-govcomm-kk.txt"
    copy.parent.mkdir()
    copy.write_text(seed.replace("№ 860", "№ 861"), encoding="utf-8")
    result = build([SEED, copy], tmp_path / "out", DEFAULT_BASE)
    assert result.published and [a.treaty for a in result.acts] == [result.acts[0].treaty] * 2
    assert set(result.report.results) == set(_plain_report(tmp_path / "out").results)
    alone = build([SEED], tmp_path / "alone", DEFAULT_BASE)
    # the treaty's parts are shared, but only the nodes the acts reported something about are validated again
    assert result.revalidated <= len({r.focus for r in alone.report.results}) + 2
    assert result.triples > alone.triples


def test_a_gap_that_another_act_fills_is_judged_on_the_merged_graph(tmp_path):
    """The SPARQL checks compare a work's parts with each other: a copy of the seed numbers the treaty's articles
    1-12, 15, 14 (a gap before 14); with the seed, which has 13, the merged treaty has no gap. The treaty, reported
    by the copy, is checked again on the merged store; the report equals plain pySHACL and the checks there."""
    seed = SEED.read_text(encoding="utf-8")
    copy = tmp_path / "adilet" / "p2011-861-blr-govcomm-kk.txt"
    copy.parent.mkdir()
    copy.write_text(seed.replace("№ 860", "№ 861").replace("\n13-бап", "\n15-бап"), encoding="utf-8")
    alone = build([copy], tmp_path / "alone", DEFAULT_BASE, allow_invalid=True)
    gaps = [r for r in alone.report.results if r.check == "neg-article-numbering-gap"]
    assert [(str(r.focus), r.message.rsplit(": ", 1)[1]) for r in gaps] == [
        (alone.acts[0].treaty, "article 14 follows no article 13.")]
    result = build([SEED, copy], tmp_path / "out", DEFAULT_BASE)
    assert result.published and not [r for r in result.report.results if r.check]
    assert set(result.report.results) == set(_plain_report(tmp_path / "out").results)


def test_a_closed_shape_makes_every_predicate_disputable(tmp_path):
    shapes = tmp_path / "closed.ttl"
    shapes.write_text("""@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix tkg: <https://w3id.org/treatykg/ontology#> .
<urn:x:S> a sh:NodeShape ; sh:targetClass tkg:Treaty ; sh:closed true ; sh:property [ sh:path tkg:hasParty ] .""")
    assert disputable_predicates(str(shapes)) is None
    counted = tmp_path / "counted.ttl"
    counted.write_text("""@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix tkg: <https://w3id.org/treatykg/ontology#> .
<urn:x:S> a sh:NodeShape ; sh:targetClass tkg:Treaty ;
  sh:property [ sh:path tkg:hasParty ; sh:class tkg:State ] ,
    [ sh:path [ sh:inversePath tkg:hasClause ] ; sh:maxCount 1 ] ;
  sh:not [ sh:path tkg:draft ; sh:minCount 1 ] .""")
    assert disputable_predicates(str(counted)) == {f"<{p}>" for p in (
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "https://w3id.org/treatykg/ontology#hasClause",
        "https://w3id.org/treatykg/ontology#draft")}


@pytest.mark.parametrize("text", ['a"b', "a\\b", "x\ny", "t\tz", "b\x08f\x0c", "c\x01d\x7fe\x1f", "r\rn", "ü€😀",
                                  "\u2028 \x85 \ufeff", "Қазақстан «келісім»"])
def test_n_triples_literals_are_written_as_pyoxigraph_writes_them(text):
    """The N-Quads and N-Triples blocks format literals without pyoxigraph; the other formats go through it."""
    from rdflib import Literal

    from treatykg.rdf.dumps import nt_literal, to_ox
    from treatykg.rdf.vocab import XSD

    for literal in (Literal(text), Literal(text, lang="kk"), Literal(text, lang="EN"),
                    Literal(text, datatype=XSD.token), Literal(text, datatype=XSD.string)):
        assert nt_literal(literal) == str(to_ox(literal))


def test_the_stores_default_graph_is_the_union_with_each_triple_once(serial):
    """Queries read the default graph: the union of the acts' graphs, as the union dumps hold it. (Reading the
    union of the named graphs instead gives a shared entity's triples once per act that states them, and a
    join over shared entities multiplies them: the competency questions grew with the square of the corpus.)"""
    out, result = serial
    store = ox.Store.read_only(str(out / "store"))
    default = [q.triple for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())]
    union = list(ox.parse(path=str(out / "treatykg.nt"), format=ox.RdfFormat.N_TRIPLES))
    assert len(default) == len(union) == result.triples
    assert {(t.subject, t.predicate) for t in default} == {(t.subject, t.predicate) for t in union}
    kazakhstan = ox.NamedNode("https://w3id.org/treatykg/id/state/KAZ")
    assert len(list(store.quads_for_pattern(kazakhstan, None, None, ox.DefaultGraph()))) < \
        len(list(store.quads_for_pattern(kazakhstan, None, None, None))) / 2


def test_the_build_never_opens_its_store_a_second_time(tmp_path, monkeypatch):
    """A read-only opening of the store while the build's own is still compacting lost SST files under it
    (RocksDB "No such file or directory" in the cross-act validation): the build validates on its own store."""
    def refuse(*args, **kwargs):
        raise AssertionError("the build opened its store read-only")

    monkeypatch.setattr(ox.Store, "read_only", refuse)
    result = build([SEED], tmp_path, DEFAULT_BASE, jobs=1)
    assert result.published and result.report is not None and result.report.violations == 0


def test_two_acts_that_disagree_are_published_with_a_disagreement_graph_that_validates(tmp_path, capsys):
    """Issue 18, item 3: a disagreement between acts is recorded as tkg:Disagreement nodes (in every dump and the
    store), naming both acts and what each states, and those nodes meet the shapes."""
    from rdflib import Graph, Literal, URIRef
    from rdflib.namespace import DCTERMS, RDF

    from treatykg.build.disagreements import graph_iri
    from treatykg.rdf.vocab import ELI, TKG, XSD
    from treatykg.store.embedded import open_store

    october = _minsk_decree(tmp_path, "u2009-751-kk.txt", 751, "30 қазанда")
    september = _minsk_decree(tmp_path, "u2009-752-kk.txt", 752, "30 қыркүйекте")
    out = tmp_path / "out"
    result = build([october, september], out, DEFAULT_BASE, jobs=2)
    assert result.published and len(result.disagreements) == 3
    acts = {URIRef(r.act) for r in result.acts}
    assert len(acts) == 2
    graphs = result.graphs
    [graph] = [g for g in graphs if str(g).endswith("/disagreements/graph")]
    disagreements = Graph()
    for triple in graphs[graph]:
        disagreements.add(triple)
    nodes = set(disagreements.subjects(RDF.type, TKG.Disagreement))
    assert len(nodes) == 3
    [dated] = [n for n in nodes if disagreements.value(n, TKG.disputedProperty) == ELI.date_document]
    assert disagreements.value(dated, TKG.disputedNode) == URIRef(MINSK)
    assert set(disagreements.objects(dated, DCTERMS.subject)) == acts
    stated = {disagreements.value(s, DCTERMS.subject): set(disagreements.objects(s, TKG.statedValue))
              for s in disagreements.objects(dated, TKG.actStatement)}
    assert sorted(stated.values(), key=str) == [{Literal("2008-09-30", datatype=XSD.date)},
                                                 {Literal("2008-10-30", datatype=XSD.date)}]
    assert set(stated) == acts
    locations = {str(o) for s in disagreements.objects(dated, TKG.actStatement)
                 for o in disagreements.objects(s, TKG.sourceLocation)}
    assert {loc.split(":")[0] for loc in locations} == {"u2009-751-kk.txt", "u2009-752-kk.txt"}
    # the same triples in the union dumps and the store
    union = Graph().parse(out / "treatykg.nt", format="nt")
    assert set(disagreements) <= set(union)
    assert set(disagreements) <= set(Graph().parse(out / "treatykg.jsonld", format="json-ld"))
    assert set(disagreements) <= set(Graph().parse(out / "treatykg.ttl", format="turtle"))
    store = open_store(out)
    held = store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
    assert int(next(iter(held))["n"].value) == len(disagreements)
    assert graph == graph_iri(URIRef(str(graph).removesuffix("/disagreements/graph")))
    # the published graph's only violations are those the disagreements record; none is about them
    plain = _plain_report(out)
    recorded = {(d, v) for d in nodes for v in [disagreements.value(d, TKG.disputedNode)]}
    assert {r.focus for r in plain.results if r.severity == SH.Violation} == {v for _, v in recorded}
    described = nodes | set(disagreements.subjects(RDF.type, TKG.ActStatement))
    assert not [r for r in plain.results if r.focus in described and r.severity != SH.Info]
    # the competency question on disagreements and the stats command list them
    from treatykg.store.queries import OxigraphEngine, find_query
    rows = OxigraphEngine(out).select(find_query("cq16-disagreements"), []).rows
    found = {tuple(term.value if term else None for term in r[1:]) for r in rows if r[2].value == MINSK}
    by_date = {str(stated_by): str(value) for stated_by, [value] in stated.items()}
    assert ("eli:date_document", MINSK, "2008-09-30", "2008-10-30", *sorted(by_date, key=by_date.get)) in found
    del store
    assert main(["stats", "--out", str(out)]) == 0
    printed = capsys.readouterr().out.split("# disagreements between acts\n")[1]
    assert "2008-09-30" in printed and "2008-10-30" in printed and "u2009-752-kk.txt" in printed
    # the same bytes again, with other jobs
    again = build([october, september], tmp_path / "again", DEFAULT_BASE, jobs=1)
    assert again.published and dump_bytes(tmp_path / "again") == dump_bytes(out)
    # and from another process, with another hash seed
    import os
    import subprocess
    import sys
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    command = [sys.executable, "-m", "treatykg.cli", "build", str(october), str(september), "--out",
               str(tmp_path / "seeded"), "--jobs", "1"]
    done = subprocess.run(command, env=env, check=True, capture_output=True, text=True)
    assert "3 violations, 1 warnings, 0 infos (the disagreements between acts)" in done.stdout
    assert dump_bytes(tmp_path / "seeded") == dump_bytes(out)
