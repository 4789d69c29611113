"""Validate a dump (or the dumps of a build) against the SHACL shapes; exit non-zero on any violation."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

NAME = "validate"
HELP = "validate the graph against the SHACL shapes (no inference); non-zero exit on violations"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("dump", nargs="?", type=Path, help="a dump: .nq, .trig, .nt, .ttl, .jsonld or .rdf")
    parser.add_argument("--from-build", type=Path, metavar="DIR", help="validate DIR/treatykg.nq, act by act")
    parser.add_argument("--format", dest="report_format", choices=("text", "turtle", "json"), default="text",
                        help="report format (default: text)")
    parser.add_argument("--shapes", type=Path, help="a SHACL shapes file (default: the bundled shapes/treatykg.ttl)")
    parser.add_argument("--allow-warnings", action="store_true", help="warnings do not make the data non-conforming")
    parser.add_argument("--no-allow-infos", dest="allow_infos", action="store_false",
                        help="infos make the data non-conforming")
    parser.add_argument("--abort-on-first", action="store_true", help="stop at the first violation")
    parser.add_argument("--meta-shacl", action="store_true", help="validate the shapes against SHACL-SHACL first")
    parser.add_argument("--no-advanced", dest="advanced", action="store_false",
                        help="ignore SHACL-AF features (SPARQL-based targets and functions)")
    parser.add_argument("--engine", choices=("native", "pyshacl"), default="native",
                        help="SHACL engine: native (treatykg.shacl, default) or pyshacl (the reference; slower)")
    parser.add_argument("--processes", type=int, default=1, help="validate acts in N processes (default: 1)")
    parser.add_argument("--whole", action="store_true", help="validate the merged graph at once, not act by act")
    parser.add_argument("--out", type=Path, help="write the report to this file (atomically) instead of stdout")


def run(args: argparse.Namespace) -> int:
    from treatykg.files import write_atomic
    from treatykg.validation.native_shacl import ShaclRuntimeError, ShapeError
    from treatykg.validation.validator import (ValidationInputError, default_shapes, load_data, load_groups_from_file, union_graph,
                            validate, validate_groups)

    options = dict(shapes=args.shapes, abort_on_first=args.abort_on_first, allow_warnings=args.allow_warnings,
                   allow_infos=args.allow_infos, meta_shacl=args.meta_shacl, advanced=args.advanced,
                   engine=args.engine)
    if args.dump and args.from_build:
        print("treatykg validate: give a dump or --from-build DIR, not both", file=sys.stderr)
        return 2
    path = args.dump
    if args.from_build:
        path = args.from_build / "treatykg.nq"
        if not args.from_build.is_dir() or not path.is_file():
            print(f"{args.from_build}: not a build folder (no treatykg.nq)", file=sys.stderr)
            return 1
    if path is None:
        print("treatykg validate: give a dump or --from-build DIR", file=sys.stderr)
        return 2
    if args.shapes and not args.shapes.is_file():
        print(f"{args.shapes}: no such shapes file", file=sys.stderr)
        return 1
    try:
        if path.suffix in (".nq", ".trig"):
            groups = load_groups_from_file(path)
            if args.whole:
                report = validate(union_graph(groups.values()), **options)
            else:
                report = validate_groups(groups, processes=args.processes, **options)
        else:
            report = validate(load_data(path), **options)
    except ValidationInputError as error:
        print(error, file=sys.stderr)
        return 1
    except (ShapeError, ShaclRuntimeError) as error:  # a malformed shape, a feature the native engine refuses
        print(f"{args.shapes or default_shapes()}: {' '.join(str(error).split())}", file=sys.stderr)
        return 1
    text = report.serialise(args.report_format)
    if args.out:
        write_atomic(args.out, text)
        print(report.to_text().splitlines()[-1], file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0 if report.conforms else 1
