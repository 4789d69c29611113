"""The ``treatykg`` command: ``main`` parses the arguments and runs one command.

Each command is a module of this package that defines ``NAME``, ``HELP``, ``add_arguments(parser)`` and
``run(args) -> int``; ``treatykg`` finds it (in name order) with no change elsewhere, as rdflib finds its
plug-ins. Bad input gets one line naming the file and line, and a non-zero exit; never a traceback.
"""

from treatykg.cli.main import main

__all__ = ["main"]
