"""Read, repair and parse acts into the document model; a table of them, or the model with its spans as JSON."""

from __future__ import annotations

import argparse
import json

from treatykg.cli.options import add_input, add_output, emit, exit_code, parsed_input

NAME = "parse"
HELP = "read, repair and parse acts into the document model"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_input(parser)
    parser.add_argument("--json", action="store_true", help="dump the document model with its spans as JSON")
    parser.add_argument("--no-repairs", action="store_true", help="leave the repair log out of the JSON")
    add_output(parser)


def run(args: argparse.Namespace) -> int:
    from treatykg.cli.summaries import summarise
    from treatykg.text.parsed import act_to_json

    acts = parsed_input(args)
    if args.json:
        payload = [act_to_json(act, with_repairs=not args.no_repairs) for act in acts]
        emit(json.dumps(payload, ensure_ascii=False, indent=1), args.out)
    else:
        emit(summarise(acts), args.out)
    return exit_code(acts)
