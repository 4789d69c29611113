"""Check with OWL reasoners (owlready2, in a throw-away World) that the ontology is consistent (HermiT), that each
act's graph is consistent with it (Pellet), and that the classes the ontology promises are inferred."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

NAME = "reason"
HELP = "check consistency with HermiT (ontology) and Pellet (each act), and list the inferred treaty classes"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from-build", type=Path, metavar="DIR", help="check each act of DIR/treatykg.nq")
    parser.add_argument("--ontology-only", action="store_true", help="check the ontology only")
    parser.add_argument("--verbose", action="store_true", help="list what the throw-away copies rewrite")


def run(args: argparse.Namespace) -> int:
    from treatykg.validation.reasoner import ReasonerError, check_document, check_ontology
    from treatykg.validation.validator import ValidationInputError, load_groups_from_file

    groups = {}
    if not args.ontology_only:
        if args.from_build is None:
            print("treatykg reason: give --from-build DIR (or --ontology-only)", file=sys.stderr)
            return 2
        path = args.from_build / "treatykg.nq"
        if not path.is_file():
            print(f"{args.from_build}: not a build folder (no treatykg.nq)", file=sys.stderr)
            return 1
        try:
            groups = {k: v for k, v in load_groups_from_file(path).items() if "/akn/" in k}
        except ValidationInputError as error:
            print(error, file=sys.stderr)
            return 1
    failed = 0
    try:
        results = [check_ontology()] + [check_document(triples, name) for name, triples in sorted(groups.items())]
    except ReasonerError as error:
        print(f"treatykg reason: {error}", file=sys.stderr)
        return 1
    for r in results:
        verdict = "consistent" if r.consistent else "INCONSISTENT"
        print(f"{r.name}: {verdict} ({r.reasoner}, {r.seconds:.1f} s){': ' + r.message if r.message else ''}")
        failed += not r.consistent
        for treaty, classes in sorted(r.inferred.items()):
            print(f"  {treaty}: {', '.join(sorted(classes)) or '-'}")
        if args.verbose:
            for note in r.rewrites:
                print(f"  rewrite: {note}")
    print(f"{len(results) - failed} consistent, {failed} inconsistent")
    return 1 if failed else 0
