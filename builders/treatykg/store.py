"""The embedded triple store: a pyoxigraph store persisted under the build's output folder, so that
queries after a build need no server and reload nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox

STORE_DIR = "store"


def persist_store(out: Path, nquads_file: Path) -> Path:
    """(Re)create ``out/store`` from the N-Quads dump with the bulk loader; the old store is replaced whole."""
    target = out / STORE_DIR
    fresh = out / f".{STORE_DIR}.new"
    shutil.rmtree(fresh, ignore_errors=True)
    store = ox.Store(str(fresh))
    store.bulk_load(path=str(nquads_file), format=ox.RdfFormat.N_QUADS)
    store.optimize()
    store.flush()
    del store
    shutil.rmtree(target, ignore_errors=True)
    fresh.rename(target)
    return target


def open_store(out: Path) -> ox.Store:
    target = out / STORE_DIR
    if not target.is_dir():
        raise FileNotFoundError(f"{target}: no embedded store here; run 'treatykg build --out {out}' first")
    return ox.Store.read_only(str(target))
