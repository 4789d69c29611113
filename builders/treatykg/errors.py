"""Errors that name the file and line of the input that caused them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass
class SourceError(Exception):
    """Bad input. ``fatal`` errors stop the document; others are reported as warnings."""

    path: Path | str
    line: int | None
    message: str
    fatal: bool = True

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else f"{self.path}"
        return f"{where}: {'error' if self.fatal else 'warning'}: {self.message}"


def line_of(text: str, offset: int) -> int:
    """1-based line number of a character offset."""
    return text.count("\n", 0, max(0, offset)) + 1


class MissingExtra(ImportError):
    """A feature needs an optional dependency that is not installed; the message names the extra that brings it."""

    def __init__(self, feature: str, module: str, extra: str):
        super().__init__(f"{feature} needs {module}, which is not installed: pip install 'treatykg[{extra}]'")
        self.extra = extra

