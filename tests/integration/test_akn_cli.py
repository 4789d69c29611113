"""``treatykg akn`` and ``treatykg build --dumps …,akn``: the files, their names, bad input, and the same bytes
whatever the hash seed."""

from __future__ import annotations

import os
import subprocess
import sys

from helpers import ROOT, SEED
from treatykg.akn import schema_errors
from treatykg.cli.main import main

SEED_DOCUMENT = "kz/act/resolution/2011-07-26/860/kaz.xml"


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_akn_writes_one_valid_document_per_language_version(tmp_path, capsys):
    code, out, err = run(capsys, "akn", SEED, "--out", tmp_path / "akn")
    assert code == 0, err
    assert "1 Akoma Ntoso documents of 1 acts written" in out and "valid against the AKN 3.0 schema" in out
    written = sorted(p.relative_to(tmp_path / "akn").as_posix() for p in (tmp_path / "akn").rglob("*") if p.is_file())
    assert written == [SEED_DOCUMENT]
    assert schema_errors((tmp_path / "akn" / SEED_DOCUMENT).read_bytes()) == []


def test_a_bad_file_is_an_error_of_its_own_and_the_other_acts_are_written(tmp_path, capsys):
    tree = tmp_path / "tree"
    tree.mkdir()
    (tree / "good-kk.txt").write_bytes(SEED.read_bytes())
    (tree / "bad-kk.txt").write_bytes(b"")
    code, out, err = run(capsys, "akn", tree, "--out", tmp_path / "akn")
    assert code == 1
    assert "bad-kk.txt:1: error: empty file" in err and "Traceback" not in err
    assert (tmp_path / "akn" / SEED_DOCUMENT).is_file() and "1 Akoma Ntoso documents of 2 acts" in out


def test_build_writes_the_same_documents_beside_the_dumps_and_replaces_the_old_ones(tmp_path, capsys):
    code, _, err = run(capsys, "akn", SEED, "--out", tmp_path / "akn")
    assert code == 0, err
    code, _, err = run(capsys, "build", SEED, "--out", tmp_path / "out", "--dumps", "nq", "--jobs", "1")
    assert code == 0, err  # an earlier build owns the folder: a later one may write into it
    stale = tmp_path / "out" / "akn" / "kz" / "stale.xml"
    stale.parent.mkdir(parents=True)
    stale.write_text("<old/>")
    code, out, err = run(capsys, "build", SEED, "--out", tmp_path / "out", "--dumps", "nq,akn", "--jobs", "1")
    assert code == 0, err
    assert "1 Akoma Ntoso documents in" in out
    assert (tmp_path / "out" / "treatykg.nq").is_file() and not (tmp_path / "out" / "treatykg.ttl").exists()
    assert (tmp_path / "out" / "akn" / SEED_DOCUMENT).read_bytes() == (tmp_path / "akn" / SEED_DOCUMENT).read_bytes()
    assert not stale.exists()
    assert not [p for p in (tmp_path / "out").iterdir() if p.name.startswith(".akn")]


def test_the_same_input_gives_the_same_bytes_whatever_the_hash_seed(tmp_path):
    outputs = []
    for seed in ("1", "4242"):
        out = tmp_path / f"akn-{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": f"{ROOT / 'builders'}"}
        done = subprocess.run([sys.executable, "-m", "treatykg.cli", "akn", str(SEED), "--out", str(out)],
                              env=env, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
        outputs.append((out / SEED_DOCUMENT).read_bytes())
    assert outputs[0] == outputs[1]


def test_a_character_xml_cannot_carry_is_an_error_naming_its_line(tmp_path, capsys):
    tree = tmp_path / "tree"
    tree.mkdir()
    (tree / "good-kk.txt").write_bytes(SEED.read_bytes())
    lines = SEED.read_bytes().split(b"\n")
    lines[20] = lines[20] + b" \x01"
    (tree / "control-kk.txt").write_bytes(b"\n".join(lines))
    code, out, err = run(capsys, "akn", tree, "--out", tmp_path / "akn")
    assert code == 1
    assert "control-kk.txt:21: error: the text holds U+0001, which XML 1.0 cannot carry" in err, err
    assert (tmp_path / "akn" / SEED_DOCUMENT).is_file() and "1 Akoma Ntoso documents of 2 acts" in out
