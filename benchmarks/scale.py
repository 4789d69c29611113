"""Scale benchmark: build, validate, load and query generated corpora of N acts, treatykg's way and the plain way.

    .venv/bin/python benchmarks/scale.py [--sizes 100 1000 10000] [--plain-sizes 100 1000] [--plain-cap 600]
                                         [--jobs 2] [--dumps nq] [--virtuoso] [--work DIR]
                                         [--results benchmarks/RESULTS.md]

For each N, ``make_corpus.py`` writes N acts (not timed as part of the pipeline), then:

- **treatykg**: ``treatykg build`` (all cores: acts built and validated in parallel, the merge writing every dump
  and bulk-loading the embedded store, the cross-act rules validated on the merged store); the competency
  questions on the embedded store, each bound to a sample of treaties; an unchanged rebuild; optionally a bulk
  load into a private Virtuoso. ``check_corpus.py`` then compares the store with the generator's expected facts.
- **plain**: the same acts built one after the other into one rdflib Dataset, the same dumps (``--dumps``) written
  by rdflib, pySHACL on the merged graph, the N-Quads loaded into a pyoxigraph store without the bulk loader, and the
  competency questions on rdflib. Each stage runs until the plain pipeline has used ``--plain-cap`` seconds at
  that size; a stage cut short, or a size above ``--plain-sizes``, is extrapolated linearly from the largest size
  where the stage was measured (a lower bound: none of these stages grows slower than linearly; never less than
  the time a stage cut short had already taken) and marked "~".

With ``--against REF`` it measures something else: the build of each size by treatykg at a git ref of this
repository (exported and installed in a virtual environment of its own under ``--work``) and by this checkout,
alternately, ``--repeat`` times each, and whether the two builds' SHACL reports hold the same results; the table
goes into the "Before and after" section of ``--results``::

    .venv/bin/python benchmarks/scale.py --against aec2aed --sizes 1000 --repeat 3 --jobs 2 --work /tmp/bench

Peak RSS is the largest sum of resident memory over the benchmarked process and all its children, sampled every
0.1 s. Every figure comes from this run, on this machine; ratios compare runs made in the same session.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT / "builders"))
sys.path.insert(0, str(HERE))

STAGES = ("build", "validate", "load", "queries")
# our dump format -> rdflib's format, the graph it writes (the named graphs or their union), file name
PLAIN_WRITERS = {"nq": ("nquads", "dataset", "treatykg.nq"), "trig": ("trig", "dataset", "treatykg.trig"),
                 "nt": ("nt", "union", "treatykg.nt"), "ttl": ("longturtle", "union", "treatykg.ttl"),
                 "jsonld": ("json-ld", "union", "treatykg.jsonld")}
TREATY_SAMPLE = 20  # treaties each parameterised competency question is asked about


# --- measuring a child process -----------------------------------------------------------------------------------

class PeakMemory:
    """The largest sum of resident memory over a process and all its children, sampled every 0.1 s in a thread."""

    def __init__(self, pid: int):
        self.pid, self.peak = pid, 0
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()

    def _sample(self) -> None:
        import psutil

        parent = psutil.Process(self.pid)
        while not self._done.is_set():
            try:
                tree = [parent, *parent.children(recursive=True)]
                self.peak = max(self.peak, sum(p.memory_info().rss for p in tree if p.is_running()))
            except psutil.Error:  # a process of the tree ended while being read: the next sample goes without it
                pass
            time.sleep(0.1)

    def stop(self) -> float:
        """Stop sampling; the peak in MB."""
        self._done.set()
        self._thread.join()
        return self.peak / 2**20


def run_measured(args: list[str], timeout: float | None = None) -> tuple[dict, float, float]:
    """Run ``python scale.py --child ...``; return its JSON report, wall seconds and peak RSS (MB) of its tree."""
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, __file__, *args], stdout=subprocess.PIPE, text=True)
    memory = PeakMemory(process.pid)
    try:
        out, _ = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        return {"timeout": True}, time.perf_counter() - started, memory.stop()
    rss = memory.stop()
    if process.returncode != 0:
        raise SystemExit(f"scale.py: child {' '.join(args)} failed with exit code {process.returncode}")
    return json.loads(out.strip().splitlines()[-1]), time.perf_counter() - started, rss


# --- children: each one stage, reporting JSON on its last line ---------------------------------------------------

def child_build(corpus: str, out: str, jobs: int, dumps: str) -> dict:
    from treatykg.build.corpus_build import build
    from treatykg.rdf.vocab import DEFAULT_BASE

    result = build([Path(corpus)], Path(out), DEFAULT_BASE, jobs=jobs, formats=dumps.split(","), progress=False)
    report = result.report
    return {"timings": result.timings, "triples": result.triples, "acts": len(result.acts),
            "failed": len(result.failed), "built": result.built, "reused": result.reused,
            "violations": report.violations if report else None,
            "warnings": report.count("Warning") if report else None,
            "published": result.published, "bytes": sum(result.sizes.values())}


def treaty_sample(store, n: int = TREATY_SAMPLE, union: bool = False) -> list[str]:
    """``union``: the store has no union default graph (the plain way's), so read the union of its graphs."""
    rows = store.query("SELECT DISTINCT ?t WHERE { ?t a <https://w3id.org/treatykg/ontology#Treaty> ; "
                       "<https://w3id.org/treatykg/ontology#draft> ?d } ORDER BY ?t", use_default_graph_as_union=union)
    treaties = [row[0].value for row in rows]
    return random.Random(0).sample(treaties, min(n, len(treaties)))


def fact_sample(store, treaties: list[str], union: bool = False) -> list[str]:
    """One fact with a passage per sampled treaty: its first article."""
    facts = []
    for treaty in treaties:
        rows = store.query(f"SELECT ?f WHERE {{ ?f <http://data.europa.eu/eli/ontology#is_part_of> <{treaty}> ; "
                           "<https://w3id.org/treatykg/ontology#passage> ?p } ORDER BY ?f LIMIT 1",
                           use_default_graph_as_union=union)
        facts += [row[0].value for row in rows]
    return facts


def run_catalogue(engine, treaties: list[str], facts: list[str]) -> dict:
    """Every competency question: once for each sampled treaty (or fact) when it takes one, else once (the
    corpus-wide checks). Returns timings."""
    from treatykg.store.queries import Param, Term, catalogue

    per_query, rows = {}, 0
    for query in catalogue():
        if "treaty" in query.params:
            runs = [[Param("treaty", Term("uri", t))] for t in treaties]
        elif "fact" in query.params:
            runs = [[Param("fact", Term("uri", f))] for f in facts]
        else:
            runs = [[]]
        started = time.perf_counter()
        for params in runs:
            rows += len(engine.select(query, params).rows)
        per_query[query.name] = (time.perf_counter() - started) / len(runs)
    return {"seconds": sum(per_query.values()), "per_query": per_query, "rows": rows}


def child_queries(out: str) -> dict:
    from treatykg.store.embedded import open_store
    from treatykg.store.queries import OxigraphEngine

    store = open_store(Path(out))
    started = time.perf_counter()
    treaties = treaty_sample(store)
    result = run_catalogue(OxigraphEngine(store=store), treaties, fact_sample(store, treaties))
    result["wall"] = time.perf_counter() - started
    return result


def child_check(out: str, expected: str) -> dict:
    from check_corpus import check
    from treatykg.store.embedded import open_store

    problems = check(open_store(Path(out)), json.loads(Path(expected).read_text(encoding="utf-8")))
    return {"mismatches": len(problems), "first": problems[:5]}


def child_plain(corpus: str, out: str, cap: float, dumps: str) -> dict:
    """The plain way, stage by stage, stopping when ``cap`` seconds are used; returns the measured stages."""
    import pyoxigraph as ox
    from rdflib import Dataset, Graph

    from treatykg.facts.extraction import extract_act
    from treatykg.rdf.graph import build_act_graphs
    from treatykg.rdf.iris import Minter
    from treatykg.rdf.vocab import DEFAULT_BASE
    from treatykg.store.queries import RdflibEngine
    from treatykg.text.parsed import parse_act
    from treatykg.text.readers import discover
    from treatykg.validation.validator import validate

    started, stages, out = time.perf_counter(), {}, Path(out)
    out.mkdir(parents=True, exist_ok=True)
    left = lambda: cap - (time.perf_counter() - started)  # noqa: E731

    def stage(name, work):
        if left() <= 0:
            return False
        clock = time.perf_counter()
        finished = work()
        stages[name] = {"seconds": time.perf_counter() - clock, "complete": finished is not False}
        return finished is not False

    dataset, union = Dataset(default_union=True), Graph()
    minter = Minter(DEFAULT_BASE)
    sources = discover(Path(corpus))

    def build_all():
        for n, source in enumerate(sources):
            if left() <= 0:
                stages["build_fraction"] = n / len(sources)
                return False
            parsed = parse_act(source)
            if parsed.versions:
                for graph, triples in build_act_graphs(parsed, extract_act(parsed), minter).graphs.items():
                    named = dataset.graph(graph)
                    for t in triples:
                        named.add(t)
                        union.add(t)

    def serialise():
        for ours, (fmt, target, name) in PLAIN_WRITERS.items():
            if ours not in dumps.split(","):
                continue
            if left() <= 0:
                return False
            {"dataset": dataset, "union": union}[target].serialize(out / name, format=fmt, encoding="utf-8")

    def load():
        store = ox.Store(str(out / "store"))
        store.load(path=str(out / "treatykg.nq"), format=ox.RdfFormat.N_QUADS)
        store.flush()

    def queries():
        engine = RdflibEngine(dataset=dataset)
        store = ox.Store.read_only(str(out / "store"))
        treaties = treaty_sample(store, union=True)
        stages["queries_detail"] = run_catalogue(engine, treaties, fact_sample(store, treaties, union=True))

    if stage("build", build_all) and stage("serialise", serialise):
        stage("validate", lambda: within(left(), validate, union, engine="pyshacl", allow_warnings=True))
        stage("load", load)
        if "load" in stages:
            stage("queries", queries)
    return {"stages": stages, "triples": len(union)}


def within(seconds: float, work, *args, **kwargs) -> bool:
    """Run ``work`` in a forked process (it sees the parent's graph as it is); False if it has not finished in
    ``seconds`` (pySHACL cannot be interrupted otherwise, and takes hours at 1,000 acts)."""
    import multiprocessing

    process = multiprocessing.get_context("fork").Process(target=work, args=args, kwargs=kwargs)
    process.start()
    process.join(max(seconds, 0))
    if process.is_alive():
        process.kill()
        process.join()
        return False
    return process.exitcode == 0


# --- the parent: sizes, table, RESULTS.md ------------------------------------------------------------------------

def generate(n: int, work: Path) -> Path:
    corpus = work / f"corpus-{n}"
    if not (corpus / "expected.json").is_file():
        shutil.rmtree(corpus, ignore_errors=True)
        subprocess.run([sys.executable, str(HERE / "make_corpus.py"), str(n), str(corpus)], check=True,
                       stdout=subprocess.DEVNULL)
    return corpus


def measure_ours(n: int, corpus: Path, work: Path, jobs: int, dumps: str, virtuoso) -> dict:
    out = work / f"ours-{n}"
    shutil.rmtree(out, ignore_errors=True)
    built, wall, rss = run_measured(["--child", "build", str(corpus), str(out), str(jobs), dumps])
    row = {"n": n, "build_wall": wall, "build_rss": rss, **built}
    queries, row["queries_wall"], row["queries_rss"] = run_measured(["--child", "queries", str(out)])
    row["queries"] = queries
    check, _, _ = run_measured(["--child", "check", str(out), str(corpus / "expected.json")])
    row["check"] = check
    again, row["rebuild_wall"], _ = run_measured(["--child", "build", str(corpus), str(out), str(jobs), dumps])
    row["rebuild_built"] = again["built"]
    if virtuoso is not None:
        row["virtuoso"] = virtuoso(out)
    return row


def virtuoso_loader():
    """A private Virtuoso for the run, and a function that bulk-loads a build into it and times it."""
    sys.path.insert(0, str(ROOT / "tests"))
    from virtuoso_server import VirtuosoServer

    server = VirtuosoServer()
    server.start()

    def load(out: Path) -> dict:
        command = [str(Path(sys.executable).parent / "treatykg"), "load", "--method", "bulk", "--from-build", str(out),
                   "--isql", server.isql_address, "--server-dir", str(server.load_dir),
                   "--user", "dba", "--password", server.password]
        started = time.perf_counter()
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=1800)
        except subprocess.TimeoutExpired:
            return {"seconds": time.perf_counter() - started, "ok": False, "message": ["timed out after 1800 s"]}
        return {"seconds": time.perf_counter() - started, "ok": done.returncode == 0,
                "message": (done.stdout or done.stderr).strip().splitlines()[-1:]}

    return server, load


# --- the same build with another version of treatykg, in the same run ---------------------------------------------

# Reads a build's SHACL report from its manifest with that build's own treatykg, whatever its version: (focus,
# severity, shape, path, value, message) of every result, as text.
REPORT_DUMPER = """
import json, pickle, sys
from pathlib import Path
from rdflib import Literal, URIRef

def text(term):
    if term is None or term == "":
        return ""
    if isinstance(term, Literal):
        return term.n3() if term.datatype or term.language else str(term)
    if isinstance(term, str):  # an IRI, or a version that kept results as text
        return str(term)
    return "(complex path)"

manifest = pickle.loads((Path(sys.argv[1]) / ".treatykg" / "build.pickle").read_bytes())
rows = set()
for r in manifest["report"].results:
    severity = str(getattr(r, "level", r.severity)).rsplit("#", 1)[-1]
    rows.add((text(r.focus), severity, str(r.shape), text(r.path), text(r.value), str(r.message)))
print(json.dumps(sorted(rows), ensure_ascii=False))
"""


def other_version(ref: str, work: Path) -> Path:
    """treatykg at git ``ref`` of this repository, exported and installed in a virtual environment of its own
    under ``work``; returns its ``treatykg`` command."""
    commit = subprocess.run(["git", "rev-parse", "--short", ref], cwd=ROOT, capture_output=True, text=True,
                            check=True).stdout.strip()
    tree = work / f"treatykg-{commit}"
    command = tree / ".venv" / "bin" / "treatykg"
    if command.is_file():
        return command
    if not tree.is_dir():  # an export of the commit's files, which leaves this repository as it is
        tree.mkdir(parents=True)
        archive = subprocess.run(["git", "archive", "--format=tar", commit], cwd=ROOT, capture_output=True, check=True)
        subprocess.run(["tar", "-x", "-C", str(tree)], input=archive.stdout, check=True)
    subprocess.run([sys.executable, "-m", "venv", str(tree / ".venv")], check=True)
    subprocess.run([str(tree / ".venv" / "bin" / "pip"), "install", "--quiet", "-e", str(tree)], check=True)
    return command


def measure_command(command: list[str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) summed over the process tree of a command."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    memory = PeakMemory(process.pid)
    _, err = process.communicate()
    rss = memory.stop()
    if process.returncode not in (0, 1):  # 1: some act failed or violations, still a finished build
        raise SystemExit(f"scale.py: {' '.join(command)} failed ({process.returncode}): {err[-500:]}")
    return time.perf_counter() - started, rss


def compare_versions(ref: str, n: int, work: Path, jobs: int, dumps: str, repeat: int) -> dict:
    """The build of ``n`` generated acts by treatykg at ``ref`` and by this checkout, alternating, ``repeat`` times
    each (the machine is shared and noisy: medians and ratios within one run), and whether their SHACL reports
    hold the same results."""
    import statistics

    corpus = generate(n, work)
    commands = {"before": other_version(ref, work), "after": Path(sys.executable).parent / "treatykg"}
    walls: dict[str, list[float]] = {name: [] for name in commands}
    peaks: dict[str, list[float]] = {name: [] for name in commands}
    for round_ in range(repeat):
        for name, treatykg in commands.items():
            out = work / f"versions-{name}-{n}"
            shutil.rmtree(out, ignore_errors=True)
            wall, rss = measure_command([str(treatykg), "build", str(corpus), "--out", str(out), "--jobs", str(jobs),
                                         "--dumps", dumps, "--no-progress"])
            walls[name].append(wall)
            peaks[name].append(rss)
            print(f"{n:>6} acts, {name} ({ref if name == 'before' else 'this checkout'}), run {round_ + 1}: "
                  f"{wall:.1f} s, {rss:.0f} MB", flush=True)
    reports = {name: json.loads(subprocess.run(
        [str(treatykg.parent / "python"), "-c", REPORT_DUMPER, str(work / f"versions-{name}-{n}")],
        capture_output=True, text=True, check=True).stdout) for name, treatykg in commands.items()}
    counts = {name: {level: sum(1 for r in rows if r[1] == level) for level in ("Violation", "Warning", "Info")}
              for name, rows in reports.items()}
    return {"n": n, "ref": ref, "repeat": repeat,
            "wall": {name: statistics.median(values) for name, values in walls.items()},
            "walls": walls, "rss": {name: max(values) for name, values in peaks.items()},
            "counts": counts, "same_results": reports["before"] == reports["after"]}


def extrapolate(plain: dict[int, dict], sizes: list[int]) -> dict[int, dict[str, tuple[float, bool]]]:
    """Per size and stage: (seconds, measured?). A missing or cut stage scales linearly from the largest size at
    which it was measured in full."""
    table: dict[int, dict[str, tuple[float, bool]]] = {}
    for n in sizes:
        table[n] = {}
        for name in ("build", "serialise", "validate", "load", "queries"):
            stage = plain.get(n, {}).get("stages", {}).get(name)
            if stage and stage["complete"]:
                table[n][name] = (stage["seconds"], True)
                continue
            known = [(m, p["stages"][name]["seconds"]) for m, p in plain.items()
                     if name in p.get("stages", {}) and p["stages"][name]["complete"]]
            if known:
                m, seconds = max(known)
                cut_after = stage["seconds"] if stage else 0  # a stage cut short took at least that long
                table[n][name] = (max(seconds * n / m, cut_after), False)
    return table


def machine() -> str:
    from importlib.metadata import version

    import pyoxigraph
    import pyshacl
    import rdflib

    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    return (f"{os.cpu_count()} cores ({cpu}), {memory:.0f} GiB, {platform.system()} {platform.release()}, "
            f"Python {platform.python_version()}, rdflib {rdflib.__version__}, pyoxigraph {pyoxigraph.__version__}, "
            f"pySHACL {pyshacl.__version__}, pyshacl-turbo {version('pyshacl-turbo')}")


def report(rows: list[dict], plain: dict[int, dict], jobs: int, dumps: str, command: str) -> str:
    sizes = [r["n"] for r in rows]
    estimates = extrapolate(plain, sizes)
    lines = ["# Scale benchmark", "", f"`{command}`, {time.strftime('%Y-%m-%d')}.", "", f"Machine: {machine()}.", "",
             f"treatykg builds with `--jobs {jobs}`; both ways write the dumps `{dumps}`. Times are wall seconds; RSS "
             "is the peak sum over the process tree.",
             "", "## treatykg", "",
             "| acts | triples | build+validate+dumps+store s | acts/s | acts per core-hour | peak RSS MB | "
             "of which: acts s / merge s / cross-act validation s / publish s | CQ catalogue s (peak RSS) | "
             "unchanged rebuild s (% of first) | facts checked |",
             "|---:|---:|---:|---:|---:|---:|---|---:|---:|---|"]
    for r in rows:
        t = r["timings"]
        per_core_hour = r["n"] / (r["build_wall"] * jobs / 3600)
        check = r["check"]
        lines.append(
            f"| {r['n']:,} | {r['triples']:,} | {r['build_wall']:.1f} | {r['n'] / r['build_wall']:.1f} | "
            f"{per_core_hour:,.0f} | {r['build_rss']:.0f} | {t.get('acts', 0):.1f} / {t.get('merge', 0):.1f} / "
            f"{t.get('validate', 0):.1f} / {t.get('publish', 0):.1f} | "
            f"{r['queries']['seconds']:.2f} ({r['queries_rss']:.0f} MB) | "
            f"{r['rebuild_wall']:.1f} ({100 * r['rebuild_wall'] / r['build_wall']:.1f}%) | "
            f"{'all present' if check['mismatches'] == 0 else str(check['mismatches']) + ' mismatches'}; "
            f"{r['failed']} failed acts, {r['violations']} violations |")
    if len(rows) >= 2:
        small, big = rows[-2], rows[-1]
        growth = (big["build_wall"] / small["build_wall"]) / (big["n"] / small["n"])
        lines += ["", f"Growth from {small['n']:,} to {big['n']:,} acts: "
                      f"time x{big['build_wall'] / small['build_wall']:.2f} "
                      f"for x{big['n'] / small['n']:.0f} the acts, {growth:.2f} times linear."]
    if any("virtuoso" in r for r in rows):
        lines += ["", "Virtuoso bulk load (`treatykg load --method bulk`): " + "; ".join(
            f"{r['n']:,} acts {r['virtuoso']['seconds']:.1f} s" + ("" if r["virtuoso"]["ok"] else " (FAILED)")
            for r in rows if "virtuoso" in r) + "."]
    lines += ["", "## The plain way", "",
              "One rdflib Dataset for everything, acts built one after the other; the same dumps written by rdflib; "
              "pySHACL on the merged graph; the N-Quads loaded into pyoxigraph without the bulk loader; "
              "the CQ catalogue on rdflib. `~` marks a figure extrapolated linearly from the largest size where the "
              "stage finished.", "",
              "| acts | build s | serialise s | pySHACL s | load s | CQ catalogue s | total s | peak RSS MB | "
              "treatykg total s | ratio |",
              "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        stages = estimates.get(r["n"], {})
        cells = [f"{'' if measured else '~'}{seconds:.1f}" for seconds, measured in
                 (stages.get(s, (float("nan"), False)) for s in ("build", "serialise", "validate", "load", "queries"))]
        total = sum(seconds for seconds, _ in stages.values())
        exact = all(measured for _, measured in stages.values()) and len(stages) == 5
        ours = r["build_wall"] + r["queries"]["seconds"]
        rss = f"{plain[r['n']]['rss']:.0f}" if r["n"] in plain else ""
        lines.append(f"| {r['n']:,} | {' | '.join(cells)} | {'' if exact else '~'}{total:.1f} | {rss} | {ours:.1f} | "
                     f"{'' if exact else '~'}{total / ours:.1f} |")
    return "\n".join(lines) + "\n"


VERSIONS_START, VERSIONS_END = "<!-- versions: written by scale.py --against -->", "<!-- /versions -->"


def versions_section(comparisons: list[dict], jobs: int, dumps: str, command: str) -> str:
    lines = [VERSIONS_START, "", "## Before and after", "",
             f"`{command}`, {time.strftime('%Y-%m-%d')}, on {machine()}. The same generated corpus built with "
             f"`treatykg build --jobs {jobs} --dumps {dumps}` by treatykg at `{comparisons[0]['ref']}` (before) and by "
             "this checkout (after), alternately in one run; wall seconds are medians, RSS the peak sum over the "
             "process tree.", "",
             "| acts | before s (runs) | after s (runs) | after / before | peak RSS MB before / after | "
             "SHACL results before / after (violations, warnings, infos) | same results |",
             "|---:|---:|---:|---:|---:|---|---|"]
    for c in comparisons:
        runs = {name: ", ".join(f"{w:.1f}" for w in c["walls"][name]) for name in ("before", "after")}
        counts = {name: ", ".join(str(c["counts"][name][level]) for level in ("Violation", "Warning", "Info"))
                  for name in ("before", "after")}
        lines.append(f"| {c['n']:,} | {c['wall']['before']:.1f} ({runs['before']}) | {c['wall']['after']:.1f} "
                     f"({runs['after']}) | {c['wall']['after'] / c['wall']['before']:.3f} | "
                     f"{c['rss']['before']:.0f} / {c['rss']['after']:.0f} | {counts['before']} / {counts['after']} | "
                     f"{'yes' if c['same_results'] else 'NO'} |")
    return "\n".join(lines + ["", VERSIONS_END]) + "\n"


def write_section(results: Path, section: str) -> None:
    """Put the section in the results file, in place of the one an earlier run wrote."""
    text = results.read_text(encoding="utf-8") if results.is_file() else ""
    if VERSIONS_START in text:
        before, rest = text.split(VERSIONS_START, 1)
        text = before + section + rest.split(VERSIONS_END, 1)[1].lstrip("\n")
    else:
        text = text.rstrip("\n") + "\n\n" + section
    results.write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    parser.add_argument("--plain-sizes", type=int, nargs="*", default=[100, 1000])
    parser.add_argument("--plain-cap", type=float, default=600, help="seconds the plain way may take at one size")
    parser.add_argument("--jobs", type=int, default=os.cpu_count())
    parser.add_argument("--dumps", default="nq",
                        help="dump formats both ways write, comma-separated (default: "
                             "the N-Quads dump, one named graph per act; all: nq,trig,nt,ttl,jsonld)")
    parser.add_argument("--virtuoso", action="store_true", help="also bulk-load each build into a private Virtuoso")
    parser.add_argument("--work", type=Path, help="scratch folder (default: a temporary one, removed at the end)")
    parser.add_argument("--results", type=Path, default=HERE / "RESULTS.md")
    parser.add_argument("--against", metavar="REF",
                        help="instead: build each size with treatykg at this git ref and with this checkout, "
                             "alternately, and compare time, memory and SHACL results")
    parser.add_argument("--repeat", type=int, default=3, help="builds of each version per size with --against")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, *rest = args.child
        result = {"build": lambda: child_build(rest[0], rest[1], int(rest[2]), rest[3]),
                  "queries": lambda: child_queries(rest[0]),
                  "check": lambda: child_check(rest[0], rest[1]),
                  "plain": lambda: child_plain(rest[0], rest[1], float(rest[2]), rest[3])}[kind]()
        print(json.dumps(result))
        return
    work = args.work or Path(tempfile.mkdtemp(prefix="treatykg-scale-"))
    command = " ".join([Path(sys.argv[0]).name, *sys.argv[1:]])
    if args.against:
        comparisons = [compare_versions(args.against, n, work, args.jobs, args.dumps, args.repeat)
                       for n in args.sizes]
        section = versions_section(comparisons, args.jobs, args.dumps, command)
        write_section(args.results, section)
        print(section)
        return
    server, virtuoso = virtuoso_loader() if args.virtuoso else (None, None)
    rows, plain = [], {}
    try:
        for n in args.sizes:
            corpus = generate(n, work)
            row = measure_ours(n, corpus, work, args.jobs, args.dumps, virtuoso)
            rows.append(row)
            print(f"{n:>6} acts: treatykg {row['build_wall']:.1f} s, {row['build_rss']:.0f} MB, CQ "
                  f"{row['queries']['seconds']:.2f} s, rebuild {row['rebuild_wall']:.1f} s, "
                  f"{row['check']['mismatches']} mismatches", flush=True)
            if n in args.plain_sizes:
                result, wall, rss = run_measured(["--child", "plain", str(corpus), str(work / f"plain-{n}"),
                                                  str(args.plain_cap), args.dumps], timeout=args.plain_cap * 3 + 600)
                result["rss"] = rss
                plain[n] = result
                stages = {k: round(v["seconds"], 1) for k, v in result.get("stages", {}).items()
                          if isinstance(v, dict) and "seconds" in v}
                print(f"{n:>6} acts: plain {wall:.1f} s, {rss:.0f} MB, stages {stages}", flush=True)
                shutil.rmtree(work / f"plain-{n}", ignore_errors=True)
        text = report(rows, plain, args.jobs, args.dumps, " ".join([Path(sys.argv[0]).name, *sys.argv[1:]]))
        args.results.write_text(text, encoding="utf-8")
        print(text)
    finally:
        if server is not None:
            server.stop()
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
