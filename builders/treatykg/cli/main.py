"""``treatykg``: the argument parser made from the command modules of this package, and ``main``."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from types import ModuleType

import treatykg.cli as commands_package
from treatykg import __version__
from treatykg.cli.options import EXIT_FAILED, EXIT_INTERNAL, EXIT_USAGE
from treatykg.errors import MissingExtra, SourceError

DESCRIPTION = ("Treaty acts of Kazakhstan (Kazakh and Russian) and the treaties they approve, as an OWL/RDF knowledge "
               "graph: parse, extract, build, validate, reason, query, load.")


def commands() -> list[ModuleType]:
    """Every command module of treatykg.cli (a module that defines NAME), in name order."""
    modules = [importlib.import_module(f"{commands_package.__name__}.{info.name}")
               for info in sorted(pkgutil.iter_modules(commands_package.__path__), key=lambda i: i.name)
               if not info.name.startswith("_")]
    return [module for module in modules if hasattr(module, "NAME")]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="treatykg", description=DESCRIPTION)
    parser.add_argument("--version", action="version", version=f"treatykg {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")
    subparsers = parser.add_subparsers(dest="command", required=True)
    for command in commands():
        sub = subparsers.add_parser(command.NAME, help=command.HELP, description=command.__doc__)
        command.add_arguments(sub)
        sub.set_defaults(command_module=command)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.command_module.run(args))
    except SourceError as error:
        print(error, file=sys.stderr)
        return EXIT_FAILED
    except MissingExtra as error:
        print(f"treatykg {args.command}: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # never show a traceback to a user for a bad file
        if args.debug:
            raise
        print(f"treatykg: internal error: {type(error).__name__}: {error} (run with --debug for details)",
              file=sys.stderr)
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
