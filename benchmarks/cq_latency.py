"""Latency of every competency question on a build's embedded store: p50 and p95, bound (to each of a sample of
treaties, or of facts for cq15) and unbound (corpus-wide), and, with ``--against``, whether other query texts
give the same answers.

    .venv/bin/python benchmarks/cq_latency.py BUILD [--treaties 20] [--repeat 5] [--timeout 60]
                                              [--against DIR_OF_RQ_FILES] [--json]

The store is opened read-only, as ``treatykg query`` opens it. ``--against`` runs each question of that folder
(same file names) on the same store and compares its rows, as sets of N-Triples cells, with the catalogue's; it
prints both times, so that a rewrite is shown to answer the same rows faster. Times are CPU time of this process
(the query runs in it) unless ``--wall``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
# CPU seconds of this process (pyoxigraph evaluates a query in the calling thread): on a machine that others share,
# wall time mostly measures them; --wall for wall time.
CLOCK = time.process_time
sys.path.insert(0, str(HERE.parent / "builders"))
sys.path.insert(0, str(HERE))


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def timed(engine, query, params) -> tuple[float, object]:
    started = CLOCK()
    result = engine.select(query, params)
    return CLOCK() - started, result


def measure(out: Path, treaties: int = 20, repeat: int = 5, against: Path | None = None) -> dict:
    from scale import fact_sample, treaty_sample
    from treatykg.store.embedded import open_store
    from treatykg.store.queries import OxigraphEngine, Param, Term, catalogue, read_query

    store = open_store(out)
    engine = OxigraphEngine(store=store)
    sample = treaty_sample(store, treaties)
    facts = fact_sample(store, sample)
    report: dict = {}
    for query in catalogue():
        if not query.name.startswith("cq"):
            continue
        other = read_query(against / query.path.name) if against and (against / query.path.name).is_file() else None
        key = "treaty" if "treaty" in query.params else "fact" if "fact" in query.params else None
        runs = {"unbound": [[]] * repeat}
        if key:
            runs["bound"] = [[Param(key, Term("uri", v))] for v in (sample if key == "treaty" else facts)]
        entry: dict = {}
        for form, param_list in runs.items():
            times, other_times, same, rows = [], [], True, 0
            for params in param_list:
                seconds, result = timed(engine, query, params)
                times.append(seconds)
                rows = max(rows, len(result.rows))
                if other is not None:
                    seconds, expected = timed(engine, other, params)
                    other_times.append(seconds)
                    same = same and result.as_set() == expected.as_set()
            entry[form] = {"p50": statistics.median(times), "p95": percentile(times, 0.95), "runs": len(times),
                           "rows": rows}
            if other is not None:
                entry[form].update(against_p50=statistics.median(other_times), same=same)
        report[query.name] = entry
    return report


def table(report: dict) -> str:
    against = any("same" in form for entry in report.values() for form in entry.values())
    head = "| question | bound p50 ms | bound p95 ms | unbound p50 ms | unbound p95 ms | unbound rows |"
    rule = "|---|---:|---:|---:|---:|---:|"
    if against:
        head += " before: bound / unbound p50 ms | same rows |"
        rule += "---:|---|"
    lines = [head, rule]
    for name, entry in report.items():
        bound, unbound = entry.get("bound"), entry["unbound"]
        cells = [f"{1000 * bound['p50']:.1f}" if bound else "", f"{1000 * bound['p95']:.1f}" if bound else "",
                 f"{1000 * unbound['p50']:.1f}", f"{1000 * unbound['p95']:.1f}", f"{unbound['rows']:,}"]
        if against:
            cells.append(" / ".join(f"{1000 * f['against_p50']:.1f}" if f and "against_p50" in f else ""
                                    for f in (bound, unbound)))
            cells.append("yes" if all(f.get("same", True) for f in entry.values()) else "NO")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("build", type=Path, help="a build's output folder (with its store)")
    parser.add_argument("--treaties", type=int, default=20, help="treaties (and facts) each bound question is asked")
    parser.add_argument("--repeat", type=int, default=5, help="runs of each unbound question")
    parser.add_argument("--against", type=Path, help="a folder of other .rq files of the same names to compare")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--wall", action="store_true", help="wall time instead of this process's CPU time")
    args = parser.parse_args()
    if args.wall:
        global CLOCK
        CLOCK = time.perf_counter
    report = measure(args.build, args.treaties, args.repeat, args.against)
    print(json.dumps(report) if args.json else table(report))


if __name__ == "__main__":
    main()
