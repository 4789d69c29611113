"""The ``treatykg`` command. Bad input gets one line naming the file and line, and a non-zero exit; never a traceback."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import __version__
from .atomic import write_atomic
from .build import ALL_FORMATS
from .commands import plugins
from .executors import EXECUTORS
from .errors import SourceError
from .pipeline import act_to_json, parse_path
from .render import render
from .resources import corpus_dir
from .sources import READERS
from .vocab import DEFAULT_BASE
from .summary import summarise

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3


def _add_input(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", nargs="?", type=Path,
                        help="a source file, an act folder or kz-laws pair root, or a tree of acts "
                             "(default: the bundled corpus)")
    parser.add_argument("--format", choices=sorted(READERS), help="source layout (default: detected)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="treatykg", description=__doc__)
    parser.add_argument("--version", action="version", version=f"treatykg {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")
    commands = parser.add_subparsers(dest="command", required=True)

    parse = commands.add_parser("parse", help="read, repair and parse acts into the document model")
    _add_input(parse)
    parse.add_argument("--json", action="store_true", help="dump the document model with its spans as JSON")
    parse.add_argument("--no-repairs", action="store_true", help="leave the repair log out of the JSON")
    parse.add_argument("--out", type=Path, help="write the output to this file (atomically) instead of stdout")

    normalise = commands.add_parser("normalise", help="print the normalised text of each language version")
    _add_input(normalise)

    build = commands.add_parser("build", help="build the knowledge graph and write the dumps")
    build.add_argument("paths", nargs="*", type=Path, help="sources as for parse (default: the bundled corpus)")
    build.add_argument("--format", choices=sorted(READERS), help="source layout (default: detected)")
    build.add_argument("--out", type=Path, default=Path("out"), help="output folder (default: out)")
    build.add_argument("--base", default=DEFAULT_BASE, help=f"base IRI for instance data (default: {DEFAULT_BASE})")
    build.add_argument("--allow-invalid", action="store_true",
                       help="write the dumps even if SHACL validation finds violations (recorded in void.ttl)")
    build.add_argument("--jobs", type=int, metavar="N",
                       help="build N acts at a time (default: one per core; 1 builds in this process)")
    build.add_argument("--executor", choices=sorted(EXECUTORS), default="local",
                       help="where the acts are built: local processes (default) or a Dask cluster")
    build.add_argument("--scheduler", metavar="ADDRESS", help="the Dask scheduler, e.g. tcp://127.0.0.1:8786")
    build.add_argument("--dumps", default=",".join(ALL_FORMATS), metavar="FORMATS",
                       help=f"dump formats to write, comma-separated (default: {','.join(ALL_FORMATS)}); "
                            "the embedded store, ontology.rdf and void.ttl are always written")
    build.add_argument("--cache", type=Path, metavar="DIR",
                       help="keep each built act here for the next build (default: OUT/.treatykg/cache)")
    build.add_argument("--no-validate", dest="validate", action="store_false",
                       help="skip SHACL validation (the dumps are then published unchecked)")
    build.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                       help="show a progress bar (default: when standard error is a terminal)")

    for plugin in plugins():
        sub = commands.add_parser(plugin.NAME, help=plugin.HELP, description=plugin.__doc__)
        plugin.add_arguments(sub)
        sub.set_defaults(plugin=plugin)

    extract = commands.add_parser("extract", help="extract the facts (parties, authorities, terms, persons, dates, "
                                                  "citations, clauses, norms) and align kk with ru")
    _add_input(extract)
    extract.add_argument("--json", action="store_true", help="dump the facts with their spans as JSON")
    extract.add_argument("--out", type=Path, help="write the output to this file (atomically) instead of stdout")
    return parser


def _emit(text: str, out: Path | None) -> None:
    if out:
        write_atomic(out, text if text.endswith("\n") else text + "\n")
    else:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")


def run_build(args: argparse.Namespace) -> int:
    from .build import build
    from .executors import ExecutorError
    from .summary import build_table

    formats = [f.strip() for f in args.dumps.split(",") if f.strip()]
    try:
        result = build(args.paths or [corpus_dir()], args.out, args.base, args.format, validate=args.validate,
                       allow_invalid=args.allow_invalid, formats=formats, jobs=args.jobs, executor=args.executor,
                       scheduler=args.scheduler, cache=args.cache, progress=args.progress)
    except (ExecutorError, ValueError) as error:
        print(f"treatykg build: {error}", file=sys.stderr)
        return EXIT_USAGE
    for message in result.warnings + result.errors:
        print(message, file=sys.stderr)
    report = result.report
    if report is not None and report.violations:
        for r in report.results:
            if r.severity == "Violation":
                print(f"{r.source or r.focus}: violation: {r.message} ({r.focus})", file=sys.stderr)
    if not result.published:
        print(f"treatykg build: {report.violations} SHACL violations; dumps not written to {args.out} "
              "(run treatykg validate for details, or build with --allow-invalid)", file=sys.stderr)
        return EXIT_FAILED
    print(build_table(result, args.out))
    return EXIT_FAILED if result.errors else EXIT_OK


def run(args: argparse.Namespace) -> int:
    if getattr(args, "plugin", None) is not None:
        return args.plugin.run(args)
    if args.command == "build":
        return run_build(args)
    path = args.path or corpus_dir()
    acts = parse_path(path, args.format)
    for act in acts:
        for warning in act.warnings:
            print(warning, file=sys.stderr)
        for error in act.errors:
            print(error, file=sys.stderr)
    if args.command == "parse":
        if args.json:
            payload = [act_to_json(act, with_repairs=not args.no_repairs) for act in acts]
            _emit(json.dumps(payload, ensure_ascii=False, indent=1), args.out)
        else:
            _emit(summarise(acts), args.out)
    elif args.command == "extract":
        from .extract.pipeline import act_facts_to_json, extract_act
        from .summary import facts_table

        results = [extract_act(act) for act in acts]
        if args.json:
            _emit(json.dumps([act_facts_to_json(r) for r in results], ensure_ascii=False, indent=1), args.out)
        else:
            _emit(facts_table(results), args.out)
    elif args.command == "normalise":
        for act in acts:
            for version in act.versions:
                sys.stdout.write(f"# {version.path} ({version.language})\n")
                sys.stdout.write(render(version.document))
    return EXIT_FAILED if any(act.errors for act in acts) else EXIT_OK


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return run(args)
    except SourceError as error:
        print(error, file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # never show a traceback to a user for a bad file
        if args.debug:
            raise
        print(f"treatykg: internal error: {type(error).__name__}: {error} (run with --debug for details)", file=sys.stderr)
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
