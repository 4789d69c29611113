"""Locate the project's data (corpus, ontology, shapes, queries) in a checkout or an installed wheel."""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """The folder ``name`` shipped inside the wheel, or the one at the top of the checkout."""
    for candidate in (_PACKAGE_DIR / "_data" / name, _PACKAGE_DIR.parents[1] / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"treatykg data folder {name!r} is neither installed nor in a checkout")


def corpus_dir() -> Path:
    return data_dir("corpus")
