"""Issue 17's figures in one run: per-act stages, the text stage against a plain tokeniser, acts per core-hour cold,
unchanged and with 1% of acts changed, peak RSS, the ratio to the plain rdflib + pySHACL way and to a previous
release, and p50/p95 of every competency question bound and unbound.

    .venv/bin/python benchmarks/issue17.py --previous DIR [--sizes 1000 3000] [--plain-size 100] [--plain-cap 300]
                                           [--jobs 2] [--work DIR] [--results benchmarks/RESULTS.md]

``--previous`` is a checkout of the previous release (``git worktree add DIR fcfc8d2``): its ``builders/`` runs with
this interpreter, on the same generated corpus, alternately with this checkout in the same run. Builds write the
N-Quads dump and the embedded store (``--dumps nq``). Wall seconds; CPU figures of the stages and the questions are
CPU time of one process (on a shared machine, wall time mostly measures the others). The table is printed and put
in the results file between the markers ``<!-- issue17 -->`` and ``<!-- /issue17 -->``, after each size.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "builders"))
sys.path.insert(0, str(HERE))

from scale import PeakMemory, generate, machine, run_measured  # noqa: E402

START, END = "<!-- issue17 -->", "<!-- /issue17 -->"


def build_command(builders: Path, corpus: Path, out: Path, jobs: int) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB, process tree) of ``treatykg build`` from the package under ``builders``."""
    env = {**os.environ, "PYTHONPATH": str(builders)}
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "treatykg.cli", "build", str(corpus), "--out", str(out),
                                "--jobs", str(jobs), "--dumps", "nq", "--no-progress"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
    memory = PeakMemory(process.pid)
    _, err = process.communicate()
    rss = memory.stop()
    if process.returncode not in (0, 1):
        raise SystemExit(f"issue17.py: build with {builders} failed ({process.returncode}): {err[-500:]}")
    return time.perf_counter() - started, rss


def change_one_percent(corpus: Path) -> int:
    """Edit 1% of the acts (every hundredth): one more line end at the end of each of its texts, a change of its
    bytes that the builder must read again (its facts stay the same). Returns how many acts were edited."""
    edited = set()
    for path in sorted(corpus.rglob("*")):
        found = re.search(r"g(\d{6})", str(path.relative_to(corpus)))
        if not path.is_file() or path.suffix not in (".md", ".txt") or found is None or int(found.group(1)) % 100:
            continue
        data = path.read_bytes()
        newline = "\r\n" if b"\r\n" in data or b"\r\x00\n\x00" in data else "\n"
        encoding = {b"\xff\xfe": "utf-16-le", b"\xfe\xff": "utf-16-be"}.get(data[:2], "ascii")
        path.write_bytes(data + newline.encode(encoding))
        edited.add(found.group(1))
    return len(edited)


def per_core_hour(n: int, wall: float, jobs: int) -> float:
    return n / (wall * jobs / 3600)


def measure_size(n: int, work: Path, previous: Path, jobs: int) -> dict:
    corpus = generate(n, work)
    ours, theirs = work / f"issue17-ours-{n}", work / f"issue17-previous-{n}"
    row: dict = {"n": n}
    for name, builders, out in (("ours", ROOT / "builders", ours), ("previous", previous / "builders", theirs)):
        shutil.rmtree(out, ignore_errors=True)
        row[f"{name}_cold"], row[f"{name}_rss"] = build_command(builders, corpus, out, jobs)
        print(f"{n} acts, {name}: cold {row[f'{name}_cold']:.1f} s, {row[f'{name}_rss']:.0f} MB", flush=True)
    row["ours_unchanged"], _ = build_command(ROOT / "builders", corpus, ours, jobs)
    row["previous_unchanged"], _ = build_command(previous / "builders", corpus, theirs, jobs)
    changed_corpus = work / f"issue17-changed-{n}"
    shutil.rmtree(changed_corpus, ignore_errors=True)
    shutil.copytree(corpus, changed_corpus)
    row["changed_acts"] = change_one_percent(changed_corpus)
    for name, builders, out in (("ours", ROOT / "builders", ours), ("previous", previous / "builders", theirs)):
        row[f"{name}_changed"], _ = build_command(builders, changed_corpus, out, jobs)
    print(f"{n} acts: unchanged {row['ours_unchanged']:.1f} s (previous {row['previous_unchanged']:.1f}), "
          f"1% changed ({row['changed_acts']} acts) {row['ours_changed']:.1f} s "
          f"(previous {row['previous_changed']:.1f})", flush=True)
    shutil.rmtree(changed_corpus, ignore_errors=True)
    # rebuild the unchanged corpus so that the questions below see the corpus as generated
    build_command(ROOT / "builders", corpus, ours, jobs)
    from check_corpus import check
    from treatykg.store.embedded import open_store

    row["mismatches"] = len(check(open_store(ours), json.loads((corpus / "expected.json").read_text())))
    result = subprocess.run([sys.executable, str(HERE / "cq_latency.py"), str(ours), "--json", "--repeat", "3"],
                            capture_output=True, text=True, check=True)
    row["questions"] = json.loads(result.stdout)
    shutil.rmtree(theirs, ignore_errors=True)
    return row


def stages_row(work: Path) -> dict:
    corpus = generate(100, work)
    result = subprocess.run([sys.executable, str(HERE / "stages.py"), str(corpus), "--json"], capture_output=True,
                            text=True, check=True)
    return json.loads(result.stdout)


def plain_row(n: int, work: Path, cap: float, jobs: int) -> dict:
    corpus = generate(n, work)
    plain, wall, rss = run_measured(["--child", "plain", str(corpus), str(work / f"plain-{n}"), str(cap), "nq"],
                                    timeout=cap * 3 + 600)
    out = work / f"issue17-ours-plain-{n}"
    shutil.rmtree(out, ignore_errors=True)
    ours, _ = build_command(ROOT / "builders", corpus, out, jobs)
    shutil.rmtree(work / f"plain-{n}", ignore_errors=True)
    return {"n": n, "plain_wall": wall, "plain_rss": rss, "stages": plain.get("stages", {}), "ours": ours}


def table(stages: dict | None, plain: dict | None, rows: list[dict], jobs: int, command: str) -> str:
    when = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    lines = [START, "", "## Issue 17: one run", "",
             f"`{command}`, {when}, on {machine()}. Builds: `treatykg build --jobs {jobs} --dumps nq` (N-Quads and "
             "the embedded store). The previous release is fcfc8d2, built from its own checkout in the same run, on "
             "the same corpus.", ""]
    if stages:
        total = stages["total_ms_per_act"]
        lines += [f"Per act, CPU in one process over {stages['acts']} generated acts ({stages['text_mb']:.1f} MB of "
                  "text), `benchmarks/stages.py`:", "", "| stage | ms per act | share |", "|---|---:|---:|"]
        lines += [f"| {s} | {ms:.1f} | {100 * ms / total:.0f}% |" for s, ms in stages["ms_per_act"].items()]
        lines += [f"| all | {total:.1f} | 100% |", "",
                  f"Text stage (read, normalise, parse): {stages['text_mb_per_s']:.1f} MB/s; `re.findall(r\"\\w+\")` "
                  f"over the same text: {stages['plain_tokeniser_mb_per_s']:.1f} MB/s "
                  f"({100 * stages['text_share_of_plain']:.1f}% of it).", ""]
    if rows:
        lines += ["| acts | cold s (acts per core-hour) | unchanged s (% of cold) | 1% changed s (% of cold) | "
                  "peak RSS MB | previous release: cold / unchanged / 1% changed s | this / previous (cold) | "
                  "expected facts |", "|---:|---|---|---|---:|---|---:|---|"]
        for r in rows:
            cold = r["ours_cold"]
            lines.append(
                f"| {r['n']:,} | {cold:.1f} ({per_core_hour(r['n'], cold, jobs):,.0f}) | "
                f"{r['ours_unchanged']:.1f} ({100 * r['ours_unchanged'] / cold:.1f}%) | "
                f"{r['ours_changed']:.1f} ({100 * r['ours_changed'] / cold:.1f}%, {r['changed_acts']} acts) | "
                f"{r['ours_rss']:.0f} | {r['previous_cold']:.1f} / {r['previous_unchanged']:.1f} / "
                f"{r['previous_changed']:.1f} | {cold / r['previous_cold']:.2f} | "
                f"{'all present' if r['mismatches'] == 0 else str(r['mismatches']) + ' mismatches'} |")
        if len(rows) >= 2:
            a, b = rows[0], rows[-1]
            lines += ["", f"From {a['n']:,} to {b['n']:,} acts: cold time x{b['ours_cold'] / a['ours_cold']:.2f} for "
                          f"x{b['n'] / a['n']:.0f} the acts ({b['ours_cold'] / a['ours_cold'] / (b['n'] / a['n']):.2f} "
                          "times linear)."]
    if plain:
        stages_s = {k: v["seconds"] for k, v in plain["stages"].items() if k != "queries_detail" and isinstance(v, dict)
                    and "seconds" in v}
        complete = all(v.get("complete", True) for v in plain["stages"].values() if isinstance(v, dict))
        lines += ["", f"The plain way at {plain['n']} acts (one rdflib Dataset, rdflib's N-Quads, pySHACL on the "
                      "merged graph, pyoxigraph without the bulk loader, the questions on rdflib; "
                      "`scale.py --child plain`): "
                      f"{plain['plain_wall']:.1f} s{'' if complete else ' (cut short at the cap)'}, peak "
                      f"{plain['plain_rss']:.0f} MB, stages "
                      + ", ".join(f"{k} {v:.1f} s" for k, v in stages_s.items())
                      + f"; treatykg builds the same acts in {plain['ours']:.1f} s: "
                      f"{'' if complete else 'at least '}{plain['plain_wall'] / plain['ours']:.1f} times faster."]
    for r in rows:
        lines += ["", f"Competency questions on the {r['n']:,}-act store (CPU ms; bound: 20 sampled treaties, or "
                      "their first articles for cq15; unbound: 3 runs), `benchmarks/cq_latency.py`:", "",
                  "| question | bound p50 | bound p95 | unbound p50 | unbound p95 | unbound rows |",
                  "|---|---:|---:|---:|---:|---:|"]
        for name, entry in r["questions"].items():
            bound, unbound = entry.get("bound"), entry["unbound"]
            lines.append(f"| {name} | " + (f"{1000 * bound['p50']:.1f} | {1000 * bound['p95']:.1f}" if bound else " | ")
                         + f" | {1000 * unbound['p50']:.1f} | {1000 * unbound['p95']:.1f} | {unbound['rows']:,} |")
    return "\n".join(lines + ["", END]) + "\n"


def write(results: Path, section: str) -> None:
    text = results.read_text(encoding="utf-8") if results.is_file() else ""
    if START in text:
        before, rest = text.split(START, 1)
        text = before + section + rest.split(END, 1)[1].lstrip("\n")
    else:
        text = text.rstrip("\n") + "\n\n" + section
    results.write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--previous", type=Path, required=True, help="a checkout of the previous release")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 3000])
    parser.add_argument("--plain-size", type=int, default=100)
    parser.add_argument("--plain-cap", type=float, default=300)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--work", type=Path)
    parser.add_argument("--results", type=Path, default=HERE / "RESULTS.md")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="treatykg-issue17-"))
    command = " ".join([Path(sys.argv[0]).name, *sys.argv[1:]])
    stages = stages_row(work)
    plain = plain_row(args.plain_size, work, args.plain_cap, args.jobs) if args.plain_size else None
    write(args.results, table(stages, plain, [], args.jobs, command))
    rows: list[dict] = []
    for n in args.sizes:
        rows.append(measure_size(n, work, args.previous, args.jobs))
        section = table(stages, plain, rows, args.jobs, command)
        write(args.results, section)
        print(section, flush=True)


if __name__ == "__main__":
    main()
