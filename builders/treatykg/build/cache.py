"""The build cache: each act's record and blocks, stored under a key that hashes everything they depend on
(the act's files, their paths and the corpus root they are named from, the build configuration, and treatykg's
own code, ontology and shapes).
A rebuild reuses every act whose key is unchanged, and builds only the others.

Entries are written to a temporary name and renamed, so a reader never sees half of one; an entry that
cannot be read back is treated as missing and rebuilt.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import threading
from dataclasses import asdict
from functools import lru_cache
from pathlib import Path

from treatykg import __version__
from treatykg.build.act_task import ActOutput, ActRecord, BuildConfig, run_act
from treatykg.files import data_dir
from treatykg.rdf.dumps import DATASET_FORMATS, UNION_FORMATS, ActBlocks
from treatykg.text.readers import ActLocation

_PACKAGE_DIR = Path(__file__).resolve().parents[1]  # the whole treatykg package
PARTS = {"dataset": DATASET_FORMATS, "union": UNION_FORMATS}  # read by the merge at different times


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """treatykg's version, code, ontology and shapes: a change to any of them changes every act's key."""
    digest = hashlib.sha256(__version__.encode())
    files = sorted(_PACKAGE_DIR.rglob("*.py"))
    for folder in ("ontology", "shapes"):
        files += sorted(data_dir(folder).rglob("*.ttl"))
    for path in files:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


class ActCache:
    def __init__(self, root: Path, config: BuildConfig):
        self.root = Path(root)
        self.config = config
        seed = hashlib.sha256(code_fingerprint().encode())
        seed.update(repr(sorted(asdict(config).items())).encode())
        if config.shapes:
            seed.update(Path(config.shapes).read_bytes())
        self._seed = seed

    def key(self, location: ActLocation) -> str:
        digest = self._seed.copy()
        # the root too: provenance names the act's files relative to it
        digest.update(f"{location.layout}\0{location.path}\0{location.key}\0{location.root}\0".encode())
        for path in location.files():
            digest.update(str(path).encode() + b"\0")
            try:
                digest.update(hashlib.sha256(path.read_bytes()).digest())
            except OSError as error:  # the task reports the unreadable file; the key must only differ
                digest.update(f"unreadable: {error.strerror}".encode())
        return digest.hexdigest()

    def _path(self, key: str, kind: str) -> Path:
        return entry_path(self.root, key, kind)

    def record(self, key: str) -> ActRecord | None:
        try:
            record, sizes = pickle.loads(self._path(key, "record").read_bytes())
            if any(self._path(key, part).stat().st_size != size for part, size in sizes.items()):
                return None
            return record
        except Exception:  # noqa: BLE001 - a missing or damaged entry is rebuilt
            return None

    def blocks(self, key: str, part: str) -> ActBlocks | None:
        """The act's ``dataset`` blocks (N-Quads, TriG) or its ``union`` blocks (N-Triples, Turtle, JSON-LD)."""
        path = self._path(key, part)
        return pickle.loads(path.read_bytes()) if path.exists() else None

    def put(self, key: str, output: ActOutput) -> None:
        put_entry(self.root, key, output)

    def prune(self, keep: set[str]) -> int:
        """Remove the entries of acts that are no longer in the corpus; returns how many were removed."""
        removed = 0
        for path in (self.root / "acts").glob("*/*.*"):
            if path.stem not in keep and path.suffix in (".record", *(f".{part}" for part in PARTS)):
                path.unlink(missing_ok=True)
                removed += path.suffix == ".record"
        return removed


def entry_path(root: Path, key: str, kind: str) -> Path:
    return Path(root) / "acts" / key[:2] / f"{key}.{kind}"


def put_entry(root: Path, key: str, output: ActOutput) -> None:
    """Store an act's record and blocks: the blocks first, so that a record is never found without them."""
    sizes = {}
    if output.blocks is not None:
        for part, formats in PARTS.items():
            data = pickle.dumps(output.blocks.part(formats), protocol=5)
            sizes[part] = _write(entry_path(root, key, part), data)
    _write(entry_path(root, key, "record"), pickle.dumps((output.record, sizes), protocol=5))


def run_and_cache(task: tuple) -> tuple[int, ActOutput]:
    """An act's task for workers that share the cache's file system: the worker stores the act's entry itself,
    and only the small record travels back to the build."""
    index, location, config, root, key = task
    index, output = run_act((index, location, config))
    put_entry(root, key, output)
    return index, ActOutput(output.record, None)


def _write(path: Path, data: bytes) -> int:
    """Write and rename (no fsync: a cache entry lost in a crash is rebuilt, and its size is checked on reading).
    The temporary name is the process's own, so that workers writing at once never collide."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}")
    try:
        with open(tmp, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return len(data)
