"""Throughput of read + normalise + parse over the bundled corpus, replicated to at least 10 MB.

Baseline measured in the same run: raw ``re`` tokenisation (``\\S+``) of the same bytes after decoding,
which is close to the least any text pass can cost. Prints a table; the ratio is what to watch, since
the machines are shared and noisy.

    python benchmarks/parse.py [--mb 10] [--repeat 3]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "builders"))

from treatykg.files import corpus_dir  # noqa: E402
from treatykg.text.normaliser import normalise  # noqa: E402
from treatykg.text.parser import parse  # noqa: E402
from treatykg.text.readers import decode_bytes, discover  # noqa: E402

TOKEN = re.compile(r"\S+")


def corpus_files() -> list[tuple[Path, bytes, bool, str]]:
    files = []
    for act in discover(corpus_dir()):
        for version in act.versions:
            files.append((version.path, version.path.read_bytes(), act.layout != "adilet", version.language))
    return files


def best_of(repeat: int, work) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--mb", type=float, default=10.0, help="replicate the corpus to at least this many MB")
    options.add_argument("--repeat", type=int, default=3, help="best of this many runs")
    args = options.parse_args()

    files = corpus_files()
    corpus_bytes = sum(len(data) for _, data, _, _ in files)
    copies = max(1, int(args.mb * 1_000_000 // corpus_bytes) + 1)
    workload = files * copies
    total_bytes = corpus_bytes * copies

    def pipeline():
        for path, data, markup, language in workload:
            decoded = decode_bytes(data, path)
            parse(normalise(decoded.text, markup=markup), str(path), language)

    def tokenise():
        for _, data, _, _ in workload:
            sum(1 for _ in TOKEN.finditer(data.decode("utf-8")))

    t_pipeline = best_of(args.repeat, pipeline)
    t_tokens = best_of(args.repeat, tokenise)
    mb = total_bytes / 1_000_000
    rows = [
        ("read + normalise + parse", t_pipeline, len(workload) / t_pipeline, mb / t_pipeline),
        ("raw re tokenisation (baseline)", t_tokens, len(workload) / t_tokens, mb / t_tokens),
    ]
    print(f"corpus: {len(files)} documents, {corpus_bytes / 1000:.0f} kB, replicated x{copies} "
          f"= {len(workload)} documents, {mb:.1f} MB; best of {args.repeat}")
    print(f"{'stage':<32}{'seconds':>10}{'docs/s':>12}{'MB/s':>10}")
    for name, seconds, docs, rate in rows:
        print(f"{name:<32}{seconds:>10.2f}{docs:>12.0f}{rate:>10.2f}")
    print(f"ratio pipeline / baseline: {t_pipeline / t_tokens:.1f}x slower than raw tokenisation")


if __name__ == "__main__":
    main()
