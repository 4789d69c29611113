"""The command line: the three PATH forms, --format, --json with spans, --out written atomically."""

import json

from helpers import CORPUS, GOV, SEED
from treatykg.cli.main import main


def run(capsys, *args):
    code = main([str(a) for a in args])
    return code, *capsys.readouterr()


def test_parse_json_dumps_the_model_with_normalised_and_raw_spans(capsys):
    code, out, _ = run(capsys, "parse", SEED, "--json")
    assert code == 0
    [act] = json.loads(out)
    assert act["layout"] == "adilet" and act["act_id"] == "p2011-860-blr-govcomm"
    [version] = act["versions"]
    assert version["language"] == "kk" and version["encoding"] == "utf-8"
    assert version["repair_counts"]["letter-spacing"] == 16
    model = version["model"]
    assert model["type"] == "Document"
    treaty = next(c for c in model["children"] if c["type"] == "Treaty")
    body = next(c for c in treaty["children"] if c["type"] == "Body")
    art8 = next(c for c in body["children"] if c.get("eid") == "art_8")
    assert art8["num"] == 8 and len(art8["span"]) == 2 and len(art8["raw_span"]) == 2
    raw = SEED.read_text(encoding="utf-8")
    assert raw[art8["raw_span"][0]:].startswith("8-бап")
    assert all(r["kind"] and len(r["raw_span"]) == 2 for r in version["repairs"])


def test_a_single_file_of_an_act_folder_carries_the_folder_metadata(capsys):
    folder = next(GOV.glob("2001/0319-*"))
    code, out, _ = run(capsys, "parse", folder / "rus.md", "--json", "--no-repairs")
    [act] = json.loads(out)
    assert [v["language"] for v in act["versions"]] == ["ru"]
    assert act["metadata"]["requisite"].endswith("от 19 марта 2001 года № 360")
    assert act["versions"][0]["repairs"] is None
    code, out, _ = run(capsys, "extract", folder / "rus.md", "--json")
    [facts] = json.loads(out)
    assert facts["metadata"]["number"] == "360" and facts["metadata"]["date"] == "2001-03-19"


def test_an_act_folder_gives_every_language_version(capsys):
    folder = next(GOV.glob("2001/0319-*"))
    code, out, _ = run(capsys, "parse", folder, "--json", "--no-repairs")
    [act] = json.loads(out)
    assert [v["language"] for v in act["versions"]] == ["kk", "ru"]


def test_a_kz_laws_root_pairs_kaz_and_rus_files(capsys):
    code, out, _ = run(capsys, "parse", CORPUS / "kz-laws", "--json", "--no-repairs")
    acts = json.loads(out)
    assert [(a["act_id"], [v["language"] for v in a["versions"]]) for a in acts] == [
        ("17489", ["kk", "ru"]), ("148550", ["kk", "ru"])]


def test_a_tree_gives_every_act_and_the_summary_counts_them(capsys):
    code, out, err = run(capsys, "parse", CORPUS)
    assert code == 0
    assert "6 acts, 11 language versions parsed, 0 failed, 134 articles" in out


def test_format_overrides_detection(tmp_path, capsys):
    copy = tmp_path / "decree.md"
    copy.write_bytes(SEED.read_bytes())
    code, _, err = run(capsys, "parse", copy)
    assert code == 1 and "unknown layout" in err
    code, out, _ = run(capsys, "parse", copy, "--format", "adilet")
    assert code == 0 and "14" in out.splitlines()[2]


def test_out_is_written_atomically_and_replaces_the_old_file(tmp_path, capsys):
    target = tmp_path / "model.json"
    target.write_text("old")
    code, out, _ = run(capsys, "parse", SEED, "--json", "--out", target)
    assert code == 0 and out == ""
    assert json.loads(target.read_text())[0]["act_id"] == "p2011-860-blr-govcomm"
    assert [p.name for p in tmp_path.iterdir()] == ["model.json"]  # no temporary file left behind


def test_normalise_prints_the_repaired_text(capsys):
    code, out, _ = run(capsys, "normalise", SEED)
    assert code == 0
    assert ("Бұдан әрі Тараптар деп аталатын Қазақстан Республикасының Үкіметі мен "
            "Беларусь Республикасының Үкіметі,\n") in out


def test_same_input_same_json_bytes(capsys):
    _, first, _ = run(capsys, "parse", CORPUS, "--json")
    _, second, _ = run(capsys, "parse", CORPUS, "--json")
    assert first == second


def test_build_prints_a_summary_and_writes_every_dump(tmp_path, capsys):
    code, out, _ = run(capsys, "build", SEED, "--out", tmp_path / "out")
    assert code == 0
    assert "blr-kaz/gov/2011/government-communications" in out and "1 acts built, 0 failed" in out
    assert sorted(p.name for p in (tmp_path / "out").iterdir() if not p.name.startswith(".")) == [
        "context.jsonld", "current", "ontology-closure.ttl", "ontology.rdf", "shapes.ttl", "store", "treatykg.jsonld",
        "treatykg.nq", "treatykg.nt", "treatykg.trig", "treatykg.ttl", "void.ttl"]
    # current: the published generation; the others, links into it

def test_build_reports_a_failed_act_and_exits_non_zero(tmp_path, capsys):
    tree = tmp_path / "tree"
    tree.mkdir()
    (tree / "good-kk.txt").write_bytes(SEED.read_bytes())
    (tree / "bad-kk.txt").write_bytes(b"")
    code, out, err = run(capsys, "build", tree, "--out", tmp_path / "out")
    assert code == 1
    assert "bad-kk.txt:1: error: empty file" in err and "1 acts built, 1 failed" in out


def test_atomic_writes_give_files_the_usual_mode(tmp_path):
    import os
    import stat

    from treatykg.files import write_atomic
    target = tmp_path / "file.txt"
    write_atomic(target, "x")
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~mask


def test_build_summary_reports_the_shacl_result(tmp_path, capsys):
    code, out, _ = run(capsys, "build", SEED, "--out", tmp_path / "out")
    assert code == 0 and "SHACL: 0 violations" in out
