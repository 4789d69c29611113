"""Print the normalised text of each language version, as the parser reads it."""

from __future__ import annotations

import argparse
import sys

from treatykg.cli.options import add_input, exit_code, parsed_input

NAME = "normalise"
HELP = "print the normalised text of each language version"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_input(parser)


def run(args: argparse.Namespace) -> int:
    from treatykg.text.render import render

    acts = parsed_input(args)
    for act in acts:
        for version in act.versions:
            sys.stdout.write(f"# {version.path} ({version.language})\n")
            sys.stdout.write(render(version.document))
    return exit_code(acts)
