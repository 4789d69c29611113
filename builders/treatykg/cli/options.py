"""Arguments and output that several commands share."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from treatykg.files import corpus_dir, write_atomic
from treatykg.text.parsed import ParsedAct, parse_path
from treatykg.text.readers import READERS

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3


def add_input(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", nargs="?", type=Path,
                        help="a source file, an act folder or kz-laws pair root, or a tree of acts "
                             "(default: the bundled corpus)")
    parser.add_argument("--format", choices=sorted(READERS), help="source layout (default: detected)")


def add_output(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", type=Path, help="write the output to this file (atomically) instead of stdout")


def parsed_input(args: argparse.Namespace) -> list[ParsedAct]:
    """The acts at ``args.path`` (default: the bundled corpus), parsed; their warnings and errors on stderr."""
    acts = parse_path(args.path or corpus_dir(), args.format)
    for act in acts:
        for warning in act.warnings:
            print(warning, file=sys.stderr)
        for error in act.errors:
            print(error, file=sys.stderr)
    return acts


def exit_code(acts: list[ParsedAct]) -> int:
    return EXIT_FAILED if any(act.errors for act in acts) else EXIT_OK


def emit(text: str, out: Path | None) -> None:
    """``text`` on stdout, or written atomically to ``out``; with a final line break either way."""
    text = text if text.endswith("\n") else text + "\n"
    if out:
        write_atomic(out, text)
    else:
        sys.stdout.write(text)
