"""Validation time and peak memory against graph size: plain pySHACL on the merged graph versus treatykg's per-act
path (each act's graph on its own, in parallel over 2 processes; the cross-act rules need no separate pass because
every rule's scope is one work). The corpus is replicated with IRIs rewritten per copy.

    .venv/bin/python benchmarks/validate.py --sizes 11000 110000 1100000 [--skip-plain-above 150000]

Not part of the tests.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rdflib import Literal, URIRef

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "builders"))


def replicate(groups: dict, copies: int, base: str) -> dict:
    def rw(term, n):
        if isinstance(term, URIRef) and str(term).startswith(base):
            return URIRef(f"{base}copy{n}/{str(term)[len(base):]}")
        return term
    out = {}
    for n in range(copies):
        for key, triples in groups.items():
            out[f"{key}#{n}"] = {(rw(s, n), p, rw(o, n)) for s, p, o in triples}
    return out


def child(mode: str, path: str, processes: int) -> None:
    import pickle

    from treatykg.validate import union_graph, validate, validate_groups

    groups = pickle.loads(Path(path).read_bytes())
    started = time.perf_counter()
    if mode == "plain":
        report = validate(union_graph(groups.values()), allow_warnings=True)
    else:
        report = validate_groups(groups, processes=processes, allow_warnings=True)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss + resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(json.dumps({"seconds": seconds, "peak_mb": peak / 1024, "results": sorted(map(list, (r.key() for r in report.results)))}))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[11_000, 110_000, 1_100_000])
    parser.add_argument("--skip-plain-above", type=int, default=200_000)
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--child", nargs=2)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], args.child[1], args.processes)
        return
    import pickle

    from treatykg.build import build
    from treatykg.resources import corpus_dir
    from treatykg.validate import group_of
    from treatykg.vocab import DEFAULT_BASE

    with tempfile.TemporaryDirectory() as tmp:
        result = build([corpus_dir()], Path(tmp) / "out", DEFAULT_BASE, validate=False)
        groups: dict = {}
        for graph, triples in result.graphs.items():
            if "/akn/" in str(graph):
                groups.setdefault(group_of(str(graph)), set()).update(triples)
        base_size = sum(len(t) for t in groups.values())
        print(f"{'triples':>10} {'plain s':>9} {'plain MB':>9} {'per-act s':>10} {'per-act MB':>11} {'ratio':>6} same")
        for size in args.sizes:
            copies = max(1, round(size / base_size))
            data = replicate(groups, copies, DEFAULT_BASE)
            triples = sum(len(t) for t in data.values())
            path = Path(tmp) / f"groups-{copies}.pickle"
            path.write_bytes(pickle.dumps(data))
            runs = {}
            for mode in ("fast", "plain"):
                if mode == "plain" and triples > args.skip_plain_above:
                    continue
                done = subprocess.run([sys.executable, __file__, "--processes", str(args.processes), "--child", mode,
                                       str(path)], capture_output=True, text=True, check=True)
                runs[mode] = json.loads(done.stdout)
            fast, plain = runs["fast"], runs.get("plain")
            ratio = f"{plain['seconds'] / fast['seconds']:.1f}" if plain else "-"
            same = ("yes" if plain["results"] == fast["results"] else "NO") if plain else "-"
            print(f"{triples:>10} {plain['seconds'] if plain else float('nan'):>9.1f} "
                  f"{plain['peak_mb'] if plain else float('nan'):>9.0f} {fast['seconds']:>10.1f} {fast['peak_mb']:>11.0f} "
                  f"{ratio:>6} {same}", flush=True)


if __name__ == "__main__":
    main()
