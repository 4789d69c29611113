"""Build the knowledge graph of a corpus: every act read, parsed, extracted, graphed, validated and serialised on
its own, then the dumps and the embedded store written; a summary table on stdout."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from treatykg.build.corpus_build import ALL_FORMATS
from treatykg.build.executors import EXECUTORS
from treatykg.cli.options import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from treatykg.rdf.vocab import DEFAULT_BASE
from treatykg.text.readers import READERS

NAME = "build"
AKN_DUMP = "akn"
HELP = "build the knowledge graph and write the dumps"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="*", type=Path,
                        help="sources as for parse (default: the bundled corpus); the kk and ru files of one act "
                             "named one by one are built as that one act")
    parser.add_argument("--format", choices=sorted(READERS), help="source layout (default: detected)")
    parser.add_argument("--out", type=Path, default=Path("out"), help="output folder (default: out)")
    parser.add_argument("--base", default=DEFAULT_BASE, help=f"base IRI for instance data (default: {DEFAULT_BASE})")
    parser.add_argument("--allow-invalid", action="store_true",
                        help="write the dumps even if SHACL validation finds violations (recorded in void.ttl)")
    parser.add_argument("--jobs", type=int, metavar="N",
                        help="build N acts at a time (default: one per core; 1 builds in this process)")
    parser.add_argument("--executor", choices=sorted(EXECUTORS), default="local",
                        help="where the acts are built: local processes (default) or a Dask cluster")
    parser.add_argument("--scheduler", metavar="ADDRESS", help="the Dask scheduler, e.g. tcp://127.0.0.1:8786")
    parser.add_argument("--dumps", default=",".join(ALL_FORMATS), metavar="FORMATS",
                        help=f"dump formats to write, comma-separated (default: {','.join(ALL_FORMATS)}); "
                             "the embedded store, ontology.rdf and void.ttl are always written; akn adds the "
                             "Akoma Ntoso documents in OUT/akn (as treatykg akn writes them)")
    parser.add_argument("--cache", type=Path, metavar="DIR",
                        help="keep each built act here for the next build (default: OUT/.treatykg/cache)")
    parser.add_argument("--no-validate", dest="validate", action="store_false",
                        help="skip SHACL validation (the dumps are then published unchecked)")
    parser.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                        help="show a progress bar (default: when standard error is a terminal)")


def run(args: argparse.Namespace) -> int:
    from treatykg.build.corpus_build import build
    from treatykg.build.executors import ExecutorError
    from treatykg.cli.summaries import build_table
    from treatykg.files import corpus_dir

    formats = [f.strip() for f in args.dumps.split(",") if f.strip()]
    akn = AKN_DUMP in formats  # not an RDF dump: written from the sources once the graph is published
    formats = [f for f in formats if f != AKN_DUMP]
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
            if r.level == "Violation":
                print(f"{r.source or r.focus}: violation: {r.message} ({r.focus})", file=sys.stderr)
    if not result.published:
        violations = report.violations if report is not None else 0
        print(f"treatykg build: {violations} SHACL violations; dumps not written to {args.out} "
              "(run treatykg validate for details, or build with --allow-invalid)", file=sys.stderr)
        return EXIT_FAILED
    print(build_table(result, args.out))
    if akn:
        from treatykg.akn.corpus import write_akn

        documents = write_akn(args.paths or [corpus_dir()], args.out / AKN_DUMP, args.base, args.format, replace=True)
        for message in documents.errors:
            print(message, file=sys.stderr)
        print(f"{len(documents.written)} Akoma Ntoso documents in {args.out / AKN_DUMP}")
        return EXIT_FAILED if result.errors or documents.errors else EXIT_OK
    return EXIT_FAILED if result.errors else EXIT_OK
