"""Quality-control report in the style of ROBOT's ``report``: run queries/qc/*.rq (each file's first comment gives
its severity, ERROR, WARN or INFO) over the ontology and, with --from-build, the instance data; print a table and
exit non-zero if any ERROR row is found."""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path

NAME = "qc"
HELP = "run the ROBOT-style quality-control queries (queries/qc/*.rq); non-zero exit on ERROR rows"
LEVELS = ("ERROR", "WARN", "INFO")


@dataclass
class Row:
    level: str
    rule: str
    entity: str
    property: str
    value: str


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from-build", type=Path, metavar="DIR", help="also check the instance data in DIR/treatykg.nq")
    parser.add_argument("--ontology", type=Path, help="the ontology in Turtle (default: the bundled ontology/treatykg.ttl)")
    parser.add_argument("--queries", type=Path, help="folder of .rq files (default: the bundled queries/qc)")
    parser.add_argument("--fail-on", choices=LEVELS, default="ERROR", help="lowest level that fails (default: ERROR)")


def severity(text: str, path: Path) -> str:
    match = re.match(r"\s*#\s*(ERROR|WARN|INFO)\b", text)
    if not match:
        raise ValueError(f"{path}:1: the first comment must give the severity (ERROR, WARN or INFO)")
    return match.group(1)


def run_qc(ontology: Path, queries: Path, build_dir: Path | None = None) -> list[Row]:
    import pyoxigraph as ox

    store = ox.Store()
    store.load(path=str(ontology), format=ox.RdfFormat.TURTLE, to_graph=ox.DefaultGraph())
    if build_dir is not None:
        store.load(path=str(build_dir / "treatykg.nq"), format=ox.RdfFormat.N_QUADS)
    rows = []
    for path in sorted(queries.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        level = severity(text, path)
        try:
            solutions = store.query(text, use_default_graph_as_union=True)
        except SyntaxError as error:
            raise ValueError(f"{path}: {' '.join(str(error).split())}") from None
        for s in solutions:
            cells = [s[v] for v in ("entity", "property", "value")]
            rows.append(Row(level, path.stem, *[c.value if c is not None else "" for c in cells]))
    return rows


def table(rows: list[Row]) -> str:
    header = ("level", "rule", "entity", "property", "value")
    data = [header] + [(r.level, r.rule, r.entity, r.property, r.value[:80]) for r in rows]
    widths = [max(len(row[i]) for row in data) for i in range(5)]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip() for row in data]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    from treatykg.files import data_dir

    ontology = args.ontology or data_dir("ontology") / "treatykg.ttl"
    queries = args.queries or data_dir("queries") / "qc"
    for path in (ontology, queries):
        if not path.exists():
            print(f"{path}: no such file or folder", file=sys.stderr)
            return 1
    if args.from_build and not (args.from_build / "treatykg.nq").is_file():
        print(f"{args.from_build}: not a build folder (no treatykg.nq)", file=sys.stderr)
        return 1
    try:
        rows = run_qc(ontology, queries, args.from_build)
    except (ValueError, SyntaxError, OSError) as error:
        print(" ".join(str(error).split()), file=sys.stderr)
        return 1
    print(table(rows))
    counts = {level: sum(r.level == level for r in rows) for level in LEVELS}
    print(", ".join(f"{n} {level}" for level, n in counts.items()))
    failing = LEVELS[: LEVELS.index(args.fail_on) + 1]
    return 1 if any(counts[level] for level in failing) else 0
