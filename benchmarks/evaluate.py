"""The evaluation of treatykg on its gold set: the per-field table, the invariants of the pool's acts (with or
without gold), and how long evaluation takes.

Baseline measured in the same run: ``treatykg build`` of the same acts into a fresh folder with the same dumps
(none but the store), which evaluation runs first; the ratio says what reading and scoring add on top. The
machines are shared and noisy, so each timing is the best of ``--repeat`` runs.

    python benchmarks/evaluate.py [--repeat 3] [--jobs N]
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "builders"))

from treatykg.build.corpus_build import build  # noqa: E402
from treatykg.evaluation import evaluate, goldset  # noqa: E402
from treatykg.evaluation.invariants import INVARIANTS  # noqa: E402
from treatykg.evaluation.report import Floors, text_report  # noqa: E402
from treatykg.rdf.vocab import DEFAULT_BASE  # noqa: E402


def best_of(repeat: int, work):
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - start)
    return min(times), result


def plain_build(roots: list[Path], jobs: int | None) -> None:
    with tempfile.TemporaryDirectory(prefix="treatykg-bench-") as out:
        build(roots, Path(out), DEFAULT_BASE, formats=(), allow_invalid=True, jobs=jobs, progress=False)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--jobs", type=int, help="build N acts at a time (default: one per core)")
    args = parser.parse_args()

    gold = goldset.load()
    baseline, _ = best_of(args.repeat, lambda: plain_build(gold.act_roots(), args.jobs))
    seconds, evaluation = best_of(args.repeat, lambda: evaluate(jobs=args.jobs))
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(text_report(evaluation, documents=False, floors=Floors.load()))
    pool = [d for d in gold.documents if d.collection == "pool"]
    print(f"invariants of the pool's {len(pool)} language files ({sum(d.gold is not None for d in pool)} with gold):")
    print("invariant     held  failed")
    for name in INVARIANTS:
        found = [f for f in evaluation.findings if f.invariant == name and f.collection == "pool"]
        print(f"{name:<11}  {sum(f.holds for f in found):>6}  {sum(not f.holds for f in found):>6}")
    print()
    print(f"{'run':<34} {'seconds':>8} {'ratio':>6}")
    print(f"{'build of the gold set (baseline)':<34} {baseline:>8.2f} {1.0:>6.2f}")
    print(f"{'evaluate (build, read, score)':<34} {seconds:>8.2f} {seconds / baseline:>6.2f}")
    print(f"{len(gold.acts)} acts, {len(gold.documents)} language files, {len(evaluation.checks)} checks; "
          f"best of {args.repeat}; peak RSS of this process {peak_mb:.0f} MB (the build's workers not counted)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
