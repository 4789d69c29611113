"""Quality-control report in the style of ROBOT's ``report`` (treatykg.validation.ontology_qc): run queries/qc/*.rq
over the ontology and, with --from-build, the instance data; print a table and exit non-zero if any row at the
failing level is found."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from treatykg.validation.ontology_qc import LEVELS

NAME = "qc"
HELP = "run the ROBOT-style quality-control queries (queries/qc/*.rq); non-zero exit on ERROR rows"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from-build", type=Path, metavar="DIR",
                        help="also check the instance data in DIR/treatykg.nq")
    parser.add_argument("--ontology", type=Path,
                        help="the ontology in Turtle (default: the bundled ontology/treatykg.ttl)")
    parser.add_argument("--queries", type=Path, help="folder of .rq files (default: the bundled queries/qc)")
    parser.add_argument("--fail-on", choices=LEVELS, default="ERROR", help="lowest level that fails (default: ERROR)")


def run(args: argparse.Namespace) -> int:
    from treatykg.files import data_dir
    from treatykg.validation.ontology_qc import run_qc, table

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
