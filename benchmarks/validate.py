"""Validation time and peak memory against graph size: plain pySHACL on the merged graph (the reference) versus
pyshacl-turbo on the merged graph and turbo act by act in parallel (``treatykg validate --processes N`` on an
N-Quads dump, its reading included), each with the SPARQL checks (treatykg.validation.checks) on pyoxigraph. The
corpus is replicated: each copy n gets its own acts and treaties (IRIs under {base}akn/ become {base}c{n}/akn/),
while entities (under {base}id/) and the ontology stay shared, as in a real corpus. Each run is a child process
(time and peak RSS of that process and of its own workers); the results of every engine must equal pySHACL's, as
sets of result records.

    .venv/bin/python benchmarks/validate.py --sizes 11000 110000 [--processes 2] [--modes plain turbo per-act]
                                            [--out FILE]

Not part of the tests. Plain pySHACL at 1.1M triples takes over an hour: leave that size out, or run it in the
background (nohup).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from rdflib import URIRef

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "builders"))

MODES = ("plain", "turbo", "per-act")


def replicate(groups: dict, copies: int, base: str) -> dict:
    """``copies`` copies of every group; only IRIs under {base}akn/ are rewritten (the shapes' IRI patterns are
    anchored on /akn/..., so they still match), entity and ontology IRIs are kept."""
    akn = base + "akn/"

    def rw(term, n):
        if isinstance(term, URIRef) and term.startswith(akn):
            return URIRef(f"{base}c{n}/akn/{term[len(akn):]}")
        return term

    out = {}
    for n in range(copies):
        for key, triples in groups.items():
            out[f"{key}#{n}"] = {(rw(s, n), p, rw(o, n)) for s, p, o in triples}
    return out


def child(mode: str, path: str, processes: int) -> None:
    import pickle

    from treatykg.validation.validator import union_graph, validate

    started = time.perf_counter()
    if mode == "per-act":
        report = validate(Path(path).with_suffix(".nq"), allow_warnings=True, processes=processes)
    else:
        groups = pickle.loads(Path(path).read_bytes())
        started = time.perf_counter()
        if mode == "plain":
            report = validate(union_graph(groups.values()), allow_warnings=True, engine="pyshacl")
        else:
            report = validate(set().union(*groups.values()), allow_warnings=True, engine="turbo")
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss + resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(json.dumps({"seconds": seconds, "peak_mb": peak / 1024,
                      "results": sorted(json.dumps(r.as_dict(), sort_keys=True, ensure_ascii=False)
                                        for r in report.results)}))


def write_nquads(groups: dict, path: Path) -> None:
    """The groups as an N-Quads dump, one named graph per group (an act's graphs, as the build writes them)."""
    from treatykg.validation.validator import nt_text

    with path.open("w", encoding="utf-8") as out:
        for key, triples in sorted(groups.items()):
            graph = f"<{key.split('#')[0]}/c{key.split('#')[1]}/kaz/graph>"
            out.write(nt_text(triples).replace(" .\n", f" {graph} .\n"))


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor()) if Path("/proc/cpuinfo").exists() else ""
    from importlib.metadata import version

    return (f"{os.cpu_count()} cores ({cpu}), Python {platform.python_version()}, pyshacl {version('pyshacl')}, "
            f"pyshacl-turbo {version('pyshacl-turbo')}, pyoxigraph {version('pyoxigraph')}, rdflib {version('rdflib')}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[11_000, 110_000])
    parser.add_argument("--processes", type=int, default=2, help="worker processes of the per-act run (default 2)")
    parser.add_argument("--modes", nargs="+", choices=MODES, default=list(MODES))
    parser.add_argument("--out", type=Path, help="also write the table, with date, command line and machine, here")
    parser.add_argument("--child", nargs=2)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], args.child[1], args.processes)
        return
    import pickle

    from treatykg.build.corpus_build import build
    from treatykg.files import corpus_dir
    from treatykg.rdf.vocab import DEFAULT_BASE
    from treatykg.validation.validator import group_of

    lines = [f"# {date.today().isoformat()}: {' '.join(['benchmarks/validate.py', *sys.argv[1:]])}",
             f"# {machine()}",
             "# plain = pySHACL on the merged graph (the reference); turbo = pyshacl-turbo on the merged graph; "
             f"per-act = turbo, act by act, {args.processes} processes, reading an N-Quads dump; all with the SPARQL "
             "checks; x = plain s / s; MB = peak RSS of the run's process plus its largest worker; same = results "
             "equal plain's"]

    def emit(line: str) -> None:
        lines.append(line)
        print(line, flush=True)

    for line in lines:
        print(line, flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        result = build([corpus_dir()], Path(tmp) / "out", DEFAULT_BASE, validate=False)
        groups: dict = {}
        for graph, triples in result.graphs.items():
            if "/akn/" in str(graph):
                groups.setdefault(group_of(str(graph)), set()).update(triples)
        base_size = len(set().union(*groups.values()))
        emit(f"{'triples':>10} {'plain s':>8} {'MB':>6} {'turbo s':>9} {'MB':>6} {'x':>6} {'per-act s':>10} {'MB':>6} "
             f"{'x':>6} same")
        for size in args.sizes:
            copies = max(1, round(size / base_size))
            data = replicate(groups, copies, DEFAULT_BASE)
            triples = len(set().union(*data.values()))
            path = Path(tmp) / f"groups-{copies}.pickle"
            path.write_bytes(pickle.dumps(data))
            write_nquads(data, path.with_suffix(".nq"))
            del data
            runs = {}
            for mode in args.modes:
                done = subprocess.run([sys.executable, __file__, "--processes", str(args.processes), "--child", mode,
                                       str(path)], capture_output=True, text=True)
                if done.returncode:
                    sys.exit(f"{mode} at {triples} triples failed:\n{done.stderr}")
                runs[mode] = json.loads(done.stdout)
            plain = runs.get("plain")

            def cells(mode: str, width: int, runs: dict = runs, plain: dict | None = plain) -> tuple[str, str]:
                run = runs.get(mode)
                if run is None:
                    return f"{'-':>{width}} {'-':>6}", "-"
                ratio = f"{plain['seconds'] / run['seconds']:.1f}" if plain else "-"
                return f"{run['seconds']:>{width}.1f} {run['peak_mb']:>6.0f}", ratio

            same = "-"
            if plain:
                same = "yes" if all(runs[m]["results"] == plain["results"] for m in runs) else "NO"
            counts = len(next(iter(runs.values()))["results"])
            (p_cells, _), (n_cells, n_x), (a_cells, a_x) = cells("plain", 8), cells("turbo", 9), cells("per-act", 10)
            emit(f"{triples:>10} {p_cells} {n_cells} {n_x:>6} {a_cells} {a_x:>6} {same} ({counts} results)")
            path.unlink()
            path.with_suffix(".nq").unlink()
    if args.out:
        args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
