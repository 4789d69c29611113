"""Command plug-ins: each module here defines ``NAME``, ``HELP``, ``add_arguments(parser)`` and ``run(args) -> int``,
and ``treatykg`` picks it up (in name order) without a change to cli.py."""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType


def plugins() -> list[ModuleType]:
    names = sorted(m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_"))
    return [importlib.import_module(f"{__name__}.{name}") for name in names]
