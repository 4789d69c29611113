"""Build the knowledge graph of a corpus: every act read, parsed, extracted, graphed, validated and serialised on
its own, then the dumps and the embedded store written; a summary table on stdout."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from treatykg.build.corpus_build import ALL_FORMATS, DEFAULT_MAX_ACT_MB
from treatykg.build.executors import DEFAULT_ACT_MEMORY_MB, DEFAULT_ACT_SECONDS, EXECUTORS
from treatykg.cli.argument_types import base_iri, positive_int
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
    parser.add_argument("--out", type=Path, default=Path("out"),
                        help="output folder (default: out): new, empty, or an earlier build's")
    parser.add_argument("--base", type=base_iri, default=DEFAULT_BASE,
                        help=f"base IRI for instance data (default: {DEFAULT_BASE})")
    invalid = parser.add_mutually_exclusive_group()
    invalid.add_argument("--allow-invalid", action="store_true",
                         help="publish the acts whose graph violates the SHACL shapes too (recorded in void.ttl); "
                              "by default they are left out")
    invalid.add_argument("--strict", action="store_true",
                         help="all or nothing: publish nothing if any act, or the acts together, violate the shapes")
    parser.add_argument("--jobs", type=positive_int, metavar="N",
                        help="build N acts at a time (default: one per core)")
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
    parser.add_argument("--act-timeout", type=_limit(float), default=DEFAULT_ACT_SECONDS, metavar="SECONDS",
                        help=f"stop an act that takes longer, and fail it (default: {DEFAULT_ACT_SECONDS:g}; "
                             "0: no limit; local executor)")
    parser.add_argument("--act-memory", type=_limit(int), default=DEFAULT_ACT_MEMORY_MB, metavar="MB",
                        help=f"fail an act that needs more memory (default: {DEFAULT_ACT_MEMORY_MB}; 0: no limit; "
                             "local executor)")
    parser.add_argument("--max-act-size", type=_limit(float), default=DEFAULT_MAX_ACT_MB, metavar="MB",
                        help=f"fail, unread, an act whose files are larger together (default: {DEFAULT_MAX_ACT_MB}; "
                             "0: no limit)")
    parser.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                        help="show a progress bar (default: when standard error is a terminal)")


def _limit(kind):
    """A limit: a positive number, or 0 for none (None)."""
    def parse(text: str):
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
        if value < 0:
            raise argparse.ArgumentTypeError(f"a limit cannot be negative: {text}")
        return value or None
    return parse


def run(args: argparse.Namespace) -> int:
    from treatykg.build.corpus_build import build
    from treatykg.build.executors import ExecutorError, Limits
    from treatykg.build.output import OutputError
    from treatykg.cli.summaries import build_table
    from treatykg.files import corpus_dir

    formats = [f.strip() for f in args.dumps.split(",") if f.strip()]
    akn = AKN_DUMP in formats  # not an RDF dump: written from the sources once the graph is published
    formats = [f for f in formats if f != AKN_DUMP]
    try:
        result = build(args.paths or [corpus_dir()], args.out, args.base, args.format, validate=args.validate,
                       allow_invalid=args.allow_invalid, strict=args.strict, formats=formats, jobs=args.jobs,
                       executor=args.executor, scheduler=args.scheduler, cache=args.cache, progress=args.progress,
                       limits=Limits(args.act_timeout, args.act_memory), max_act_mb=args.max_act_size)
    except (ExecutorError, OutputError, ValueError) as error:
        print(f"treatykg build: {error}", file=sys.stderr)
        return EXIT_USAGE
    for message in result.warnings + result.errors:
        print(message, file=sys.stderr)
    for record in result.acts:
        for violation in record.violations:
            print(violation, file=sys.stderr)
    for disagreement in result.disagreements:
        print(disagreement, file=sys.stderr)
    if not result.published:
        print(f"treatykg build: SHACL violations with --strict; nothing published to {args.out} "
              "(run treatykg validate for details, or build without --strict)", file=sys.stderr)
        return EXIT_FAILED
    print(build_table(result, args.out))
    if akn:
        from treatykg.akn.corpus import write_akn

        documents = write_akn(args.paths or [corpus_dir()], args.out / AKN_DUMP, args.base, args.format, replace=True)
        for message in documents.errors:
            print(message, file=sys.stderr)
        print(f"{len(documents.written)} Akoma Ntoso documents in {args.out / AKN_DUMP}")
        return EXIT_FAILED if result.errors or result.left_out or documents.errors else EXIT_OK
    return EXIT_FAILED if result.errors or result.left_out else EXIT_OK
