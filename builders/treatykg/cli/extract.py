"""Extract the facts of each language version, and where the kk and ru versions of an act disagree."""

from __future__ import annotations

import argparse
import json

from treatykg.cli.options import add_input, add_output, emit, exit_code, parsed_input

NAME = "extract"
HELP = ("extract the facts (parties, authorities, terms, persons, dates, citations, clauses, norms) "
        "and align kk with ru")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_input(parser)
    parser.add_argument("--json", action="store_true", help="dump the facts with their spans as JSON")
    add_output(parser)


def run(args: argparse.Namespace) -> int:
    from treatykg.cli.summaries import facts_table
    from treatykg.facts.extraction import act_facts_to_json, extract_act

    acts = parsed_input(args)
    results = [extract_act(act) for act in acts]
    if args.json:
        emit(json.dumps([act_facts_to_json(r) for r in results], ensure_ascii=False, indent=1), args.out)
    else:
        emit(facts_table(results), args.out)
    return exit_code(acts)
