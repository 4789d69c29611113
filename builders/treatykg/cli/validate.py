"""Validate a dump (or the dumps of a build) against the SHACL shapes and the SPARQL checks; exit non-zero unless it
conforms. The options mirror the keywords of treatykg.validation.validate one to one, as pySHACL's command mirrors
its validate()."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

NAME = "validate"
HELP = "validate the graph against the SHACL shapes and SPARQL checks (no inference); non-zero exit unless it conforms"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("dump", nargs="?", type=Path, help="a dump: .nq, .trig, .nt, .ttl, .jsonld or .rdf")
    parser.add_argument("--from-build", type=Path, metavar="DIR", help="validate DIR/treatykg.nq, act by act")
    parser.add_argument("--engine", choices=("turbo", "pyshacl"), default="turbo",
                        help="SHACL engine: turbo (pyshacl-turbo, default) or pyshacl (the reference; slower)")
    parser.add_argument("--shapes", type=Path, help="a SHACL shapes file (default: the bundled shapes/treatykg.ttl)")
    parser.add_argument("--no-checks", dest="checks", action="store_false",
                        help="leave out the SPARQL checks (queries/cq/neg-*.rq that name a shape)")
    parser.add_argument("--allow-warnings", action="store_true", help="warnings do not make the data non-conforming")
    parser.add_argument("--no-allow-infos", dest="allow_infos", action="store_false",
                        help="infos make the data non-conforming")
    parser.add_argument("--abort-on-first", action="store_true", help="stop at the first violation")
    parser.add_argument("--meta-shacl", action="store_true", help="validate the shapes against SHACL-SHACL first")
    parser.add_argument("--no-advanced", dest="advanced", action="store_false",
                        help="ignore SHACL-AF features (SPARQL-based targets and functions)")
    parser.add_argument("--max-validation-depth", type=int, metavar="N",
                        help="how deep nested shapes may go (default: the engine's, 15)")
    parser.add_argument("--focus-node", dest="focus_nodes", action="append", metavar="IRI",
                        help="validate only this focus node (repeatable)")
    parser.add_argument("--use-shape", dest="use_shapes", action="append", metavar="IRI",
                        help="validate only against this shape, an IRI or tkgsh:Name (repeatable)")
    parser.add_argument("--whole", dest="by_act", action="store_false",
                        help="validate the merged graph of a quad dump at once, not act by act")
    parser.add_argument("--processes", type=int, default=1, metavar="N",
                        help="validate acts in N processes (default: 1)")
    parser.add_argument("--format", dest="report_format", choices=("text", "turtle", "json"), default="text",
                        help="report format (default: text)")
    parser.add_argument("--out", type=Path, help="write the report to this file (atomically) instead of stdout")


def run(args: argparse.Namespace) -> int:
    from treatykg.files import write_atomic
    from treatykg.validation.validator import ValidationInputError, validate

    if args.dump and args.from_build:
        print("treatykg validate: give a dump or --from-build DIR, not both", file=sys.stderr)
        return 2
    if args.processes < 1 or (args.max_validation_depth is not None and args.max_validation_depth < 1):
        print("treatykg validate: --processes and --max-validation-depth take a number of 1 or more", file=sys.stderr)
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
    if not path.is_file():
        print(f"{path}: no such file", file=sys.stderr)
        return 1
    try:
        report = validate(path, shapes=args.shapes, engine=args.engine, checks=args.checks,
                          abort_on_first=args.abort_on_first, allow_warnings=args.allow_warnings,
                          allow_infos=args.allow_infos, meta_shacl=args.meta_shacl, advanced=args.advanced,
                          max_validation_depth=args.max_validation_depth, focus_nodes=args.focus_nodes,
                          use_shapes=args.use_shapes, by_act=args.by_act, processes=args.processes)
    except ValidationInputError as error:  # bad data, bad shapes (named in the message), a refused feature
        print(error, file=sys.stderr)
        return 1
    text = report.serialise(args.report_format)
    if args.out:
        write_atomic(args.out, text)
        print(report.to_text().splitlines()[-1], file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0 if report.conforms else 1
