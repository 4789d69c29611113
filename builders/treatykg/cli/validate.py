"""Validate a dump (or the dumps of a build) against the SHACL shapes and the SPARQL checks. The options mirror the
keywords of treatykg.validation.validate one to one, as pySHACL's command mirrors its validate().

Exit codes: 0 when nothing violates (warnings and infos are shown, as the build's gate publishes them), 1 when
something violates, 2 when there is no verdict: the input or the shapes cannot be read or used, or the command is
misused. ``--fail-on warning`` is the stricter gate (pySHACL's ``--allow-info``) and ``--fail-on info`` the strictest
(pySHACL's default); ``--fail-on violation``, the default, is pySHACL's ``--allow-warnings``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from treatykg.cli.argument_types import positive_int

NAME = "validate"
HELP = ("validate the graph against the SHACL shapes and SPARQL checks (no inference); exit 1 on a violation "
        "(--fail-on warning: on a warning too), 2 when the input cannot be read")
EXIT_CONFORMS, EXIT_FAILS, EXIT_NO_VERDICT = 0, 1, 2
# --fail-on LEVEL -> (allow_warnings, allow_infos) of validate(): the severities below LEVEL do not fail
FAIL_ON = {"violation": (True, True), "warning": (False, True), "info": (False, False)}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("dump", nargs="?", type=Path, help="a dump: .nq, .trig, .nt, .ttl, .jsonld or .rdf")
    parser.add_argument("--from-build", type=Path, metavar="DIR", help="validate DIR/treatykg.nq, act by act")
    parser.add_argument("--engine", choices=("turbo", "pyshacl"), default="turbo",
                        help="SHACL engine: turbo (pyshacl-turbo, default) or pyshacl (the reference; slower)")
    parser.add_argument("--shapes", type=Path, help="a SHACL shapes file (default: the bundled shapes/treatykg.ttl)")
    parser.add_argument("--no-checks", dest="checks", action="store_false",
                        help="leave out the SPARQL checks (queries/cq/neg-*.rq that name a shape)")
    gate = parser.add_mutually_exclusive_group()
    gate.add_argument("--fail-on", choices=tuple(FAIL_ON), default="violation",
                      help="the lowest severity that fails (exit 1): violation (default; pySHACL --allow-warnings), "
                           "warning (pySHACL --allow-info) or info (pySHACL's default)")
    gate.add_argument("--allow-warnings", dest="fail_on", action="store_const", const="violation",
                      help="same as --fail-on violation, the default")
    gate.add_argument("--no-allow-infos", dest="fail_on", action="store_const", const="info",
                      help="same as --fail-on info")
    parser.add_argument("--abort-on-first", action="store_true", help="stop at the first violation")
    parser.add_argument("--meta-shacl", action="store_true", help="validate the shapes against SHACL-SHACL first")
    parser.add_argument("--no-advanced", dest="advanced", action="store_false",
                        help="ignore SHACL-AF features (SPARQL-based targets and functions)")
    parser.add_argument("--max-validation-depth", type=positive_int, metavar="N",
                        help="how deep nested shapes may go (default: the engine's, 15)")
    parser.add_argument("--focus-node", dest="focus_nodes", action="append", metavar="IRI",
                        help="validate only this focus node (repeatable)")
    parser.add_argument("--use-shape", dest="use_shapes", action="append", metavar="IRI",
                        help="validate only against this shape, an IRI or tkgsh:Name (repeatable)")
    parser.add_argument("--whole", dest="by_act", action="store_false",
                        help="validate the merged graph of a quad dump at once, not act by act")
    parser.add_argument("--processes", type=positive_int, default=1, metavar="N",
                        help="validate acts in N processes (default: 1)")
    parser.add_argument("--format", dest="report_format", choices=("text", "turtle", "json"), default="text",
                        help="report format (default: text)")
    parser.add_argument("--out", type=Path, help="write the report to this file (atomically) instead of stdout")


def run(args: argparse.Namespace) -> int:
    from treatykg.files import write_atomic
    from treatykg.validation.validator import ValidationInputError, validate

    if args.dump and args.from_build:
        print("treatykg validate: give a dump or --from-build DIR, not both", file=sys.stderr)
        return EXIT_NO_VERDICT
    if args.processes < 1 or (args.max_validation_depth is not None and args.max_validation_depth < 1):
        print("treatykg validate: --processes and --max-validation-depth take a number of 1 or more", file=sys.stderr)
        return EXIT_NO_VERDICT
    path = args.dump
    if args.from_build:
        path = args.from_build / "treatykg.nq"
        if not args.from_build.is_dir() or not path.is_file():
            print(f"{args.from_build}: not a build folder (no treatykg.nq)", file=sys.stderr)
            return EXIT_NO_VERDICT
    if path is None:
        print("treatykg validate: give a dump or --from-build DIR", file=sys.stderr)
        return EXIT_NO_VERDICT
    if args.shapes and not args.shapes.is_file():
        print(f"{args.shapes}: no such shapes file", file=sys.stderr)
        return EXIT_NO_VERDICT
    if not path.is_file():
        print(f"{path}: no such file", file=sys.stderr)
        return EXIT_NO_VERDICT
    allow_warnings, allow_infos = FAIL_ON[args.fail_on]
    try:
        report = validate(path, shapes=args.shapes, engine=args.engine, checks=args.checks,
                          abort_on_first=args.abort_on_first, allow_warnings=allow_warnings,
                          allow_infos=allow_infos, meta_shacl=args.meta_shacl, advanced=args.advanced,
                          max_validation_depth=args.max_validation_depth, focus_nodes=args.focus_nodes,
                          use_shapes=args.use_shapes, by_act=args.by_act, processes=args.processes)
    except ValidationInputError as error:  # bad data, bad shapes (named in the message), a refused feature
        print(error, file=sys.stderr)
        return EXIT_NO_VERDICT
    text = report.serialise(args.report_format)
    if args.out:
        write_atomic(args.out, text)
        print(report.to_text().splitlines()[-1], file=sys.stderr)
    else:
        sys.stdout.write(text)
    return EXIT_CONFORMS if report.conforms else EXIT_FAILS
