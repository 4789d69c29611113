"""Issue 18: one bad act never costs the others, and the build owns what it writes. One regression test per defect
(named after it), on corpora of one or two acts. A slow, crashing or greedy act is the real act task with its
build step replaced (monkeypatch): the forked workers inherit the replacement."""

from __future__ import annotations

import fcntl
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from helpers import CORPUS, ROOT, SEED
from treatykg.build import act_task
from treatykg.build.corpus_build import build
from treatykg.build.executors import Limits
from treatykg.build.output import OutputError
from treatykg.cli.main import main
from treatykg.rdf.vocab import DEFAULT_BASE

DUMPS = ["treatykg.nq", "treatykg.trig", "treatykg.nt", "treatykg.ttl", "treatykg.jsonld", "ontology.rdf", "void.ttl"]
KZ_LAWS_ACT = "17489"


@pytest.fixture
def deadline():
    """A test that hung on the old code fails after two minutes instead of hanging the suite."""
    def expired(signum, frame):
        raise TimeoutError("the build did not finish: it hangs")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(120)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


def two_acts(folder: Path, *others: str) -> Path:
    """A corpus of the seed and ``others`` (copies of the seed under other names) in ``folder/adilet``."""
    adilet = folder / "adilet"
    adilet.mkdir(parents=True)
    shutil.copy(SEED, adilet / SEED.name)
    for name in others:
        shutil.copy(SEED, adilet / name)
    return folder


def misbehaving(monkeypatch, marker: str, behaviour) -> None:
    """Acts whose file name holds ``marker`` run ``behaviour()`` instead of being built."""
    real = act_task._build

    def build_step(location, config, record):
        if marker in location.path.name:
            behaviour()
        return real(location, config, record)

    monkeypatch.setattr(act_task, "_build", build_step)


def failure_of(result, name: str) -> str:
    [act] = [a for a in result.acts if a.location.endswith(name)]
    assert act.failed
    return str(act.errors[0])


# --- defect 1: a dead worker ----------------------------------------------------------------------------------------

def test_defect1_a_dead_worker_fails_its_act_and_the_build_goes_on(tmp_path, monkeypatch, deadline):
    corpus = two_acts(tmp_path / "corpus", "crash-kk.txt")
    misbehaving(monkeypatch, "crash", lambda: os.kill(os.getpid(), signal.SIGKILL))  # as the OOM killer does
    result = build([corpus], tmp_path / "out", DEFAULT_BASE, jobs=2)
    message = failure_of(result, "crash-kk.txt")
    assert message.startswith(str(corpus / "adilet" / "crash-kk.txt")) and "killed by SIGKILL" in message
    assert result.published and [a.location for a in result.acts if not a.failed] == [str(corpus / "adilet" /
                                                                                          SEED.name)]
    assert b"p2011-860" in (tmp_path / "out" / "treatykg.nq").read_bytes()


def test_defect1_the_workers_of_a_killed_build_die_with_it(tmp_path):
    """kill -9 of the build itself: its workers, busy with an act, die too instead of building on as orphans
    (blocked for ever on a pipe nobody reads)."""
    import psutil

    corpus = two_acts(tmp_path / "corpus", "slow-kk.txt", "slower-kk.txt")
    script = (f"import sys, time; sys.path[:0] = {[str(ROOT / 'builders'), str(ROOT / 'tests')]!r}\n"
              "from treatykg.build import act_task\n"
              "real = act_task._build\n"
              "def build_step(location, config, record):\n"
              "    if 'slow' in location.path.name: time.sleep(600)\n"
              "    return real(location, config, record)\n"
              "act_task._build = build_step\n"
              "from treatykg.build.corpus_build import build\n"
              "from pathlib import Path\n"
              "from treatykg.rdf.vocab import DEFAULT_BASE\n"
              f"build([Path({str(corpus)!r})], Path({str(tmp_path / 'out')!r}), DEFAULT_BASE, jobs=2)\n")
    process = subprocess.Popen([sys.executable, "-c", script])
    workers: list = []
    try:
        deadline = time.monotonic() + 60
        while len(workers) < 2 and time.monotonic() < deadline:
            time.sleep(0.2)
            workers = psutil.Process(process.pid).children(recursive=True)
        assert len(workers) >= 2, "the build started no workers"
        os.kill(process.pid, signal.SIGKILL)
        process.wait(30)
        _, alive = psutil.wait_procs(workers, timeout=15)
        assert alive == []
    finally:  # on failure the orphans are no longer our children: kill them by the list taken before
        for child in [*workers, *psutil.Process().children(recursive=True)]:
            try:
                child.kill()
            except psutil.NoSuchProcess:
                pass


# --- defect 2: per-act limits ---------------------------------------------------------------------------------------

def test_defect2_an_act_past_its_time_limit_is_stopped_and_the_build_goes_on(tmp_path, monkeypatch, deadline):
    corpus = two_acts(tmp_path / "corpus", "slow-kk.txt")
    misbehaving(monkeypatch, "slow", lambda: time.sleep(600))
    started = time.monotonic()
    result = build([corpus], tmp_path / "out", DEFAULT_BASE, jobs=1, limits=Limits(seconds=20, memory_mb=None))
    assert time.monotonic() - started < 100
    assert "stopped after 20 s, the time limit of one act (--act-timeout)" in failure_of(result, "slow-kk.txt")
    assert result.published and len(result.failed) == 1


def test_defect2_an_act_past_its_memory_limit_fails_and_the_build_goes_on(tmp_path, monkeypatch, deadline):
    corpus = two_acts(tmp_path / "corpus", "greedy-kk.txt")
    misbehaving(monkeypatch, "greedy", lambda: bytearray(8 * 1024 ** 3))
    result = build([corpus], tmp_path / "out", DEFAULT_BASE, jobs=2, limits=Limits(seconds=None, memory_mb=512))
    message = failure_of(result, "greedy-kk.txt")
    assert message == f"{corpus / 'adilet' / 'greedy-kk.txt'}: error: out of memory: the act needs more than one " \
                      "act may use (--act-memory)"
    assert result.published and len(result.failed) == 1


def test_defect2_an_act_over_the_size_limit_is_not_read(tmp_path, capsys):
    corpus = two_acts(tmp_path / "corpus")
    big = corpus / "adilet" / "big-kk.txt"
    big.write_text(SEED.read_text(encoding="utf-8") * 8, encoding="utf-8")
    code = main(["build", str(corpus), "--out", str(tmp_path / "out"), "--max-act-size", "0.1"])
    err = capsys.readouterr().err
    assert code == 1 and "Traceback" not in err
    assert re.search(rf"{re.escape(str(big))}: error: [\d.]+ MB of text, over the limit of 0.1 MB for one act "
                     r"\(--max-act-size\): not read", err)
    assert b"p2011-860" in (tmp_path / "out" / "treatykg.nq").read_bytes()


def test_defect2_limits_are_options_of_build(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["build", str(SEED), "--out", str(tmp_path / "out"), "--act-timeout", "-1"])
    assert exit_.value.code == 2 and "a limit cannot be negative" in capsys.readouterr().err
    assert main(["build", str(SEED), "--out", str(tmp_path / "out"), "--act-timeout", "0", "--act-memory", "0",
                 "--max-act-size", "0"]) == 0


# --- defect 3: one act's violations withhold nobody else's dumps ----------------------------------------------------

def test_defect3_an_act_that_violates_is_left_out_with_its_file_and_line(tmp_path, capsys):
    """A skipped article number (13 missing) in one act: that act is left out, the other is published."""
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS / "kz-laws", corpus / "kz-laws")
    for folder in ("kaz", "rus"):  # one kz-laws act is enough
        for path in (corpus / "kz-laws" / folder).glob("*.md"):
            if path.stem != KZ_LAWS_ACT:
                path.unlink()
    gap = corpus / "adilet" / "p2011-861-blr-govcomm-kk.txt"
    gap.parent.mkdir()
    gap.write_text(SEED.read_text(encoding="utf-8").replace("№ 860", "№ 861").replace("\n13-бап", "\n15-бап"),
                   encoding="utf-8")
    code = main(["build", str(corpus), "--out", str(tmp_path / "out")])
    captured = capsys.readouterr()
    assert code == 1 and "Traceback" not in captured.err
    assert f"{gap}: error: violation: The articles here are not numbered without gaps: article 14 follows no " \
           "article 13." in captured.err
    assert f"left out: {gap}: 1 SHACL violations" in captured.out and "1 acts built, 0 failed, 1 left out" \
        in captured.out
    nq = (tmp_path / "out" / "treatykg.nq").read_bytes()
    assert b"id-kz-laws-17489" in nq and b"2011-07-26/861" not in nq


def test_defect3_a_violation_is_reported_at_its_line_not_its_offset(tmp_path):
    clause = DEFAULT_BASE + "akn/int/treaty/blr-kaz/gov/2011/government-communications/clause/termination/art_14"
    shapes = tmp_path / "shapes.ttl"
    shapes.write_text(f"""@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix tkg: <https://w3id.org/treatykg/ontology#> .
<urn:x:S> a sh:NodeShape ; sh:targetNode <{clause}> ; sh:property [ sh:path tkg:noticePeriod ; sh:maxCount 0 ;
  sh:message "no notice period here"@en ] .""")
    result = build([SEED, CORPUS / "kz-laws"], tmp_path / "out", DEFAULT_BASE, shapes=shapes)
    [left_out] = result.left_out
    [violation] = left_out.violations
    assert (violation.path, violation.line) == (str(SEED), 190)  # "Тараптардың әрқайсысы ..." is on line 190
    assert result.published and len(result.acts) == 3


def test_defect3_the_same_text_under_two_names_is_a_disagreement_not_a_refusal(tmp_path):
    corpus = two_acts(tmp_path / "corpus", "p2011-860-copy-kk.txt")
    result = build([corpus], tmp_path / "out", DEFAULT_BASE)
    assert result.published and not result.left_out and result.disagreements
    assert all("stated by" in d.message and "p2011-860-copy-kk.txt" in d.message for d in result.disagreements)
    # and recorded in the published graph: one tkg:Disagreement per violation, each naming both acts
    from rdflib import URIRef

    from treatykg.rdf.vocab import DCTERMS, RDF, TKG
    triples = set().union(*(g for iri, g in result.graphs.items() if str(iri).endswith("/disagreements/graph")))
    nodes = {s for s, p, o in triples if p == RDF.type and o == TKG.Disagreement}
    assert len(nodes) == len(result.disagreements)
    [act] = {URIRef(a.act) for a in result.acts}  # one text, so one act's IRI: its two files tell the acts apart
    for node in nodes:
        assert {o for s, p, o in triples if s == node and p == DCTERMS.subject} == {act}
        statements = {o for s, p, o in triples if s == node and p == TKG.actStatement}
        files = {str(o).split(":")[0] for s, p, o in triples if s in statements and p == TKG.sourceLocation}
        assert files == {"adilet/p2011-860-blr-govcomm-kk.txt", "adilet/p2011-860-copy-kk.txt"}


# --- defect 4 and 11: the build owns its output ---------------------------------------------------------------------

def test_defect4_an_out_folder_of_other_work_is_refused_and_untouched(tmp_path, capsys):
    mine = tmp_path / "mine"
    (mine / "store").mkdir(parents=True)
    (mine / "store" / "thesis.docx").write_text("work")
    (mine / "treatykg.nq").write_text("my notes")
    assert main(["build", str(SEED), "--out", str(mine)]) == 2
    err = capsys.readouterr().err
    assert f"treatykg build: --out {mine}: is not empty and holds no treatykg build" in err
    assert (mine / "store" / "thesis.docx").read_text() == "work" and (mine / "treatykg.nq").read_text() == "my notes"
    assert sorted(p.name for p in mine.iterdir()) == ["store", "treatykg.nq"]


@pytest.mark.parametrize("case", ["root", "file", "input", "inside-input", "read-only", "cache-file"])
def test_defect4_bad_out_and_cache_folders_get_a_clear_message(tmp_path, capsys, monkeypatch, case):
    corpus = two_acts(tmp_path / "corpus")
    out, extra = tmp_path / "out", []
    if case == "root":
        out = Path("/")
    elif case == "file":
        out.write_text("a file")
    elif case == "input":
        out = corpus
    elif case == "inside-input":
        out = corpus / "out"
    elif case == "read-only":  # tests may run as root, whom permissions do not stop: the check is what is tested
        out.mkdir()
        real_access = os.access
        monkeypatch.setattr(os, "access", lambda path, mode: False if Path(path) == out else real_access(path, mode))
    elif case == "cache-file":
        (tmp_path / "cache").write_text("a file")
        extra = ["--cache", str(tmp_path / "cache")]
    code = main(["build", str(corpus), "--out", str(out), *extra])
    err = capsys.readouterr().err
    expected = {"root": "refusing to write into the root folder", "file": "is a file, not a folder",
                "input": "is the input folder", "inside-input": "is the input folder",
                "read-only": "cannot write here: permission denied", "cache-file": "is a file, not a folder"}[case]
    assert code == 2 and expected in err and "internal error" not in err
    assert len(err.strip().splitlines()) == 1


def test_defect11_a_second_build_into_the_same_out_is_refused(tmp_path):
    out = tmp_path / "out"
    build([SEED], out, DEFAULT_BASE)
    with open(out / ".treatykg" / "lock", "a") as held:  # as a build still running holds it
        fcntl.flock(held, fcntl.LOCK_EX)
        with pytest.raises(OutputError, match="another treatykg build is writing into this folder"):
            build([SEED], out, DEFAULT_BASE)
    assert build([SEED], out, DEFAULT_BASE).published  # once released, the folder is the next build's


def _consistent(out: Path) -> str:
    """The published set's description (void.ttl) matches every file it lists, each read through out/: the old
    set or the new one, never a mix. Returns the N-Quads dump's first graph name, to tell the sets apart."""
    void = (out / "void.ttl").read_text(encoding="utf-8")
    for name in DUMPS[:-1]:
        assert f'/distribution/{name}>' in void
        size = (out / name).stat().st_size
        assert f'"{size}"^^xsd:nonNegativeInteger' in void, name
    assert (out / "store").resolve().parent == (out / "current").resolve()
    return (out / "treatykg.nq").read_bytes().split(b"\n", 1)[0].rsplit(b" ", 2)[1].decode()


def test_defect11_a_kill_at_any_moment_leaves_the_old_set_or_the_new(tmp_path):
    out = tmp_path / "out"
    build([CORPUS / "kz-laws"], out, DEFAULT_BASE)
    old = _consistent(out)
    command = [sys.executable, "-m", "treatykg.cli", "build", str(SEED), "--out", str(out), "--jobs", "1"]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "builders")}
    seen = set()
    for delay in (0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 4.0):
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                   start_new_session=True)
        time.sleep(delay)
        os.killpg(process.pid, signal.SIGKILL)  # the build and its worker
        process.wait()
        _wait_for_group(process.pid)
        seen.add(_consistent(out))
        shutil.rmtree(out / ".treatykg" / "cache", ignore_errors=True)  # so that the next run builds again
    assert seen <= {old, _consistent_after_a_whole_build(out)}


def _wait_for_group(group: int) -> None:
    for _ in range(100):
        try:
            os.killpg(group, 0)
        except ProcessLookupError:
            return
        time.sleep(0.05)


def _consistent_after_a_whole_build(out: Path) -> str:
    assert build([SEED], out, DEFAULT_BASE).published
    return _consistent(out)


def test_defect11_a_copy_of_a_build_whose_links_were_followed_is_built_into_again(tmp_path):
    """cp -rL of an output folder: current/ and store/ are folders, the dumps plain files; the next build into the
    copy publishes as usual (it was an internal error: IsADirectoryError on the switch)."""
    build([SEED], tmp_path / "out", DEFAULT_BASE, jobs=1)
    shutil.copytree(tmp_path / "out", tmp_path / "copy")  # follows the links
    assert (tmp_path / "copy" / "current").is_dir() and not (tmp_path / "copy" / "current").is_symlink()
    corpus = two_acts(tmp_path / "corpus", "again-kk.txt")  # another input: the build publishes anew
    result = build([corpus], tmp_path / "copy", DEFAULT_BASE, jobs=1)
    assert result.published and result.merged and (tmp_path / "copy" / "current").is_symlink()
    assert b"again-kk.txt" in (tmp_path / "copy" / "treatykg.nq").read_bytes()


def test_defect11_an_earlier_builds_plain_files_are_replaced_by_links_into_the_generation(tmp_path):
    """An output folder of a build before generations (plain files, a store folder) is taken over."""
    out = tmp_path / "out"
    (out / ".treatykg").mkdir(parents=True)
    (out / "store").mkdir()
    (out / "treatykg.nq").write_text("old")
    result = build([SEED], out, DEFAULT_BASE, formats=["nq"])
    assert result.published and (out / "treatykg.nq").is_symlink() and (out / "store").is_symlink()
    assert (out / "treatykg.nq").read_bytes() == (out / "current" / "treatykg.nq").read_bytes() != b"old"
    build([SEED], out, DEFAULT_BASE, formats=["nt"])  # a format no longer written leaves no dangling link
    assert not (out / "treatykg.nq").is_symlink() and (out / "treatykg.nt").is_file()
    assert len(list((out / ".treatykg" / "generations").iterdir())) == 2  # the new one, and the one before


# --- defects 6 and 7: corpus discovery ------------------------------------------------------------------------------

def test_defect6_a_symlink_loop_builds_each_act_once(tmp_path, deadline):
    corpus = two_acts(tmp_path / "corpus")
    (corpus / "loop").mkdir()
    (corpus / "loop" / "again").symlink_to("..")
    (corpus / "adilet" / "same-kk.txt").symlink_to(SEED.name)
    result = build([corpus], tmp_path / "out", DEFAULT_BASE)
    assert [a.location for a in result.acts] == [str(corpus / "adilet" / SEED.name)]
    lines = (tmp_path / "out" / "treatykg.nt").read_bytes().splitlines()
    assert len(lines) == len(set(lines)) == result.triples


def test_defect7_a_file_name_that_is_not_utf8_is_reported_and_skipped(tmp_path, capsys):
    corpus = two_acts(tmp_path / "corpus")
    bad = corpus / "adilet" / os.fsdecode(b"bad-\xff\xfe-kk.txt")
    shutil.copy(SEED, bad)
    code = main(["build", str(corpus), "--out", str(tmp_path / "out")])
    captured = capsys.readouterr()
    readable = f"{corpus / 'adilet'}/bad-\\xff\\xfe-kk.txt"
    assert code == 1 and "Traceback" not in captured.err and "surrogates" not in captured.err
    assert f"{readable}: error: the file name is not valid UTF-8: skipped (rename the file)" in captured.err
    assert "1 acts built, 1 failed" in captured.out
    assert b"p2011-860" in (tmp_path / "out" / "treatykg.nq").read_bytes()


def test_defect7_an_unreadable_folder_is_reported_and_the_others_built(tmp_path, capsys, monkeypatch):
    corpus = two_acts(tmp_path / "corpus")
    locked = corpus / "locked"
    locked.mkdir()
    real_iterdir = Path.iterdir

    def iterdir(self):  # tests may run as root, whom chmod 000 does not stop
        if self == locked:
            raise PermissionError(13, "Permission denied", str(self))
        return real_iterdir(self)

    monkeypatch.setattr(Path, "iterdir", iterdir)
    code = main(["build", str(corpus), "--out", str(tmp_path / "out")])
    captured = capsys.readouterr()
    assert code == 1 and "internal error" not in captured.err
    assert f"{locked}: error: cannot read this folder: Permission denied; its acts are skipped" in captured.err
    assert b"p2011-860" in (tmp_path / "out" / "treatykg.nq").read_bytes()


def test_defect7_a_dangling_link_and_a_fifo_are_reported_and_the_others_built(tmp_path, capsys, deadline):
    corpus = two_acts(tmp_path / "corpus")
    (corpus / "adilet" / "gone-kk.txt").symlink_to("nowhere-kk.txt")
    os.mkfifo(corpus / "adilet" / "pipe-kk.txt")  # opened, it would block the build for ever
    code = main(["build", str(corpus), "--out", str(tmp_path / "out")])
    captured = capsys.readouterr()
    assert code == 1 and "Traceback" not in captured.err
    assert f"{corpus / 'adilet' / 'gone-kk.txt'}: error: a symbolic link to nothing (nowhere-kk.txt); skipped" \
        in captured.err
    assert f"{corpus / 'adilet' / 'pipe-kk.txt'}: error: not a regular file" in captured.err
    assert b"p2011-860" in (tmp_path / "out" / "treatykg.nq").read_bytes()


@pytest.mark.parametrize(("option", "value", "message"), [
    ("--jobs", "0", "argument --jobs: must be at least 1, not 0"),
    ("--jobs", "-1", "argument --jobs: must be at least 1, not -1"),
    ("--base", "not an iri", "argument --base: not an IRI: 'not an iri'"),
    ("--base", "urn:x:", "argument --base: an http(s) IRI ending in '/' is needed, not 'urn:x:'"),
])
def test_a_bad_option_value_is_refused_naming_the_option(tmp_path, capsys, option, value, message):
    with pytest.raises(SystemExit) as exit:
        main(["build", str(SEED), "--out", str(tmp_path / "out"), option, value])
    assert exit.value.code == 2 and message in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


# --- defect 13: provenance independent of the folder ----------------------------------------------------------------

def test_defect13_one_corpus_in_two_folders_gives_the_same_bytes(tmp_path, monkeypatch):
    first = tmp_path / "a" / "corpus"
    shutil.copytree(CORPUS / "adilet", first / "adilet")
    shutil.copytree(CORPUS / "kz-laws", first / "kz-laws")
    second = tmp_path / "b" / "elsewhere" / "my-acts"
    shutil.copytree(first, second)
    build([first], tmp_path / "out-a", DEFAULT_BASE)  # an absolute path
    monkeypatch.chdir(tmp_path / "b")
    build([Path("elsewhere/my-acts")], Path("out-b"), DEFAULT_BASE)  # a relative one
    for name in DUMPS:
        assert (tmp_path / "out-a" / name).read_bytes() == (tmp_path / "b" / "out-b" / name).read_bytes(), name
    nt = (tmp_path / "out-a" / "treatykg.nt").read_text(encoding="utf-8")
    assert f'"adilet/{SEED.name}"' in nt and '"kz-laws/kaz/17489.md"' in nt and '"corpus/' not in nt


def test_defect13_a_file_is_named_from_the_folder_named_even_from_the_cache(tmp_path):
    corpus = two_acts(tmp_path / "corpus")
    out = tmp_path / "out"
    build([corpus], out, DEFAULT_BASE)
    assert f'"adilet/{SEED.name}"'.encode() in (out / "treatykg.nt").read_bytes()
    again = build([corpus / "adilet"], out, DEFAULT_BASE)  # same file, another root: not the cached naming
    assert again.built == 1 and f'"{SEED.name}"'.encode() in (out / "treatykg.nt").read_bytes()
