"""Write each language version of each act as an Akoma Ntoso 3.0 XML document (the act, and the treaty as its
component), with the graph's eIds and IRIs, each validated against the official AKN 3.0 schema; one file per
language version below --out, named after its FRBR manifestation (kz/act/resolution/2011-07-26/860/kaz.xml)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from treatykg.cli.argument_types import base_iri
from treatykg.cli.options import EXIT_FAILED, EXIT_OK, add_input
from treatykg.rdf.vocab import DEFAULT_BASE

NAME = "akn"
HELP = "write each act's language versions as Akoma Ntoso 3.0 XML, validated against the official schema"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_input(parser)
    parser.add_argument("--out", type=Path, default=Path("akn"), help="output folder (default: akn)")
    parser.add_argument("--base", type=base_iri, default=DEFAULT_BASE,
                        help=f"base IRI, as for build (default: {DEFAULT_BASE})")
    parser.add_argument("--no-validate", dest="validate", action="store_false",
                        help="do not validate the documents against the AKN 3.0 schema")


def run(args: argparse.Namespace) -> int:
    from treatykg.akn.corpus import write_akn
    from treatykg.files import corpus_dir

    result = write_akn([args.path or corpus_dir()], args.out, args.base, args.format, validate=args.validate)
    for message in result.warnings + result.errors:
        print(message, file=sys.stderr)
    checked = "valid against the AKN 3.0 schema" if args.validate else "not validated"
    print(f"{len(result.written)} Akoma Ntoso documents of {result.acts} acts written to {args.out} ({checked})")
    return EXIT_FAILED if result.errors else EXIT_OK
