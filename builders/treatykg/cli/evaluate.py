"""Measure the graph against the gold facts of real acts: per field and per document, with the invariants every
act must keep, and the floors CI holds each field to."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from treatykg.cli.argument_types import positive_int
from treatykg.cli.options import EXIT_FAILED, EXIT_OK, EXIT_USAGE, emit

NAME = "evaluate"
HELP = "compare the graph of the gold set's acts with their gold facts (gold/INDEX.json)"
COLLECTIONS = ("bundled", "dev", "pool")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("index", nargs="?", type=Path, help="a gold index (default: the project's gold/INDEX.json)")
    parser.add_argument("--set", dest="collections", metavar="NAMES",
                        help=f"only these collections of the index, comma-separated ({', '.join(COLLECTIONS)})")
    parser.add_argument("--json", action="store_true", help="the whole evaluation as JSON, every check included")
    parser.add_argument("--no-documents", dest="documents", action="store_false",
                        help="leave out the table per document")
    parser.add_argument("--details", action="store_true", help="list every check that is missing, wrong or invented")
    parser.add_argument("--floors", type=Path, nargs="?", const=Path(), metavar="FILE",
                        help="fail (exit 1) when a field falls below its floor, anything is invented or an act is "
                             "refused (default file: gold/floors.toml)")
    parser.add_argument("--raise-floors", action="store_true",
                        help="raise each floor of the floors file to today's accuracy (never lower one) and write it; "
                             "with --floors FILE, that file")
    parser.add_argument("--work", type=Path, metavar="DIR",
                        help="build the acts here and keep the store (default: a temporary folder)")
    parser.add_argument("--jobs", type=positive_int, metavar="N", help="build N acts at a time (default: one per core)")
    parser.add_argument("--out", type=Path, help="write the report to this file (atomically) instead of stdout")


def run(args: argparse.Namespace) -> int:
    from treatykg.errors import SourceError
    from treatykg.evaluation import evaluate
    from treatykg.evaluation.report import Floors, json_report, text_report

    collections = {c.strip() for c in args.collections.split(",")} if args.collections else None
    unknown = (collections or set()) - set(COLLECTIONS)
    if unknown:
        print(f"treatykg evaluate: unknown collection(s) {', '.join(sorted(unknown))}; known: "
              f"{', '.join(COLLECTIONS)}", file=sys.stderr)
        return EXIT_USAGE
    try:
        floors = Floors.load(args.floors if args.floors and str(args.floors) != "." else None) \
            if args.floors is not None or args.raise_floors else None
    except (OSError, ValueError) as error:
        print(f"treatykg evaluate: {args.floors}: cannot read the floors: {error}", file=sys.stderr)
        return EXIT_USAGE
    try:
        evaluation = evaluate(args.index, collections=collections, work=args.work, jobs=args.jobs)
    except SourceError as error:
        print(error, file=sys.stderr)
        return EXIT_FAILED
    if args.raise_floors and floors is not None:
        if floors.breaches(evaluation):  # floors are raised on a clean run only: a regression is fixed, not recorded
            emit(text_report(evaluation, documents=False, details=args.details, floors=floors), args.out)
            return EXIT_FAILED
        floors.raise_to(evaluation)
    if args.json:
        emit(json.dumps(json_report(evaluation, floors), ensure_ascii=False, indent=1), args.out)
    else:
        emit(text_report(evaluation, documents=args.documents, details=args.details, floors=floors), args.out)
    if floors is not None and floors.breaches(evaluation):
        return EXIT_FAILED
    return EXIT_OK
