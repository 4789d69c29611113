"""The embedded triple store: a pyoxigraph store persisted under the build's output folder, so that
queries after a build need no server and reload nothing. The build fills it with pyoxigraph's bulk loader
(treatykg.merge.StoreLoader) and swaps it in whole."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

STORE_DIR = "store"


def open_store(out: Path) -> ox.Store:
    target = out / STORE_DIR
    if not target.is_dir():
        raise FileNotFoundError(f"{target}: no embedded store here; run 'treatykg build --out {out}' first")
    return ox.Store.read_only(str(target))
