"""The build's output folder: a build owns it while it runs, and publishes its files as one unit.

- Ownership: ``--out`` must be empty, new, or the output of an earlier treatykg build (its ``.treatykg`` folder
  says so); a folder of other work, a file, ``/``, the input itself and a read-only place are refused with one
  line saying why. While a build runs it holds a lock (``.treatykg/lock``, fcntl.flock): a second build into the
  same folder is refused, and the lock goes with the process, however it ends.
- Publishing: every build writes a new *generation* (``.treatykg/generations/<name>/``: the dumps, ontology.rdf,
  void.ttl and the store) and then switches ``current``, a symbolic link to the generation, by one rename. The
  documented paths (``out/treatykg.nq``, ``out/store``, ...) are links through ``current``; a reader that opens
  ``out/current/`` once sees one whole set, old or new, and a build killed at any moment leaves the old set or the
  new one. The generation before the new one is kept for readers still in it; older ones are removed.
"""

from __future__ import annotations

import errno
import fcntl
import os
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

STATE_DIR = ".treatykg"  # in the output folder: the lock, the build cache, the manifest and the generations
LOCK_FILE = "lock"
MARKER = "output"  # names the folder as a treatykg build's output
GENERATIONS = "generations"
CURRENT = "current"


_held_locks: set[int] = set()


def _forget_locks_in_child() -> None:
    # A forked worker shares the lock's open file: if the build is killed while a worker finishes its act, the
    # worker would hold the folder locked. The lock is the build's alone.
    for fd in _held_locks:
        try:
            os.close(fd)
        except OSError:
            pass
    _held_locks.clear()


os.register_at_fork(after_in_child=_forget_locks_in_child)


class OutputError(Exception):
    """An output folder (or cache folder) the build must not or cannot write: one line saying why."""


class OutputFolder:
    def __init__(self, out: Path, inputs: list[Path], cache: Path | None = None):
        self.out = Path(out)
        self.state = self.out / STATE_DIR
        self._inputs = [Path(p) for p in inputs]
        self._cache = Path(cache) if cache is not None else None
        self._lock: int | None = None

    # --- ownership ----------------------------------------------------------------------------------------------

    @contextmanager
    def owned(self) -> Iterator[OutputFolder]:
        """Check that the folder may be written, create it, and hold its lock until the block ends."""
        self._check()
        try:
            self.state.mkdir(parents=True, exist_ok=True)
            (self.state / MARKER).write_text("the output of treatykg build: it may replace what this folder holds\n",
                                             encoding="utf-8")
            self._lock = os.open(self.state / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as error:
            raise OutputError(f"--out {self.out}: cannot write here: {error.strerror or error}") from None
        try:
            fcntl.flock(self._lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(self._lock)
            self._lock = None
            raise OutputError(f"--out {self.out}: another treatykg build is writing into this folder; wait for it "
                              "to finish, or choose another --out") from None
        _held_locks.add(self._lock)
        try:
            os.ftruncate(self._lock, 0)
            os.write(self._lock, f"{os.getpid()}\n".encode())
            self._check_cache()
            self._remove_unpublished()
            yield self
        finally:
            _held_locks.discard(self._lock)
            os.close(self._lock)  # releases the lock
            self._lock = None

    def _check(self) -> None:
        out = self.out
        where = f"--out {out}"
        if out.exists() and not out.is_dir():
            raise OutputError(f"{where}: is a file, not a folder")
        real = Path(os.path.realpath(out))
        if real == Path(real.anchor):
            raise OutputError(f"{where}: refusing to write into the root folder {real}")
        for path in self._inputs:
            source = Path(os.path.realpath(path))
            if real == source or (source.is_dir() and real.is_relative_to(source)):
                raise OutputError(f"{where}: is the input folder {path}, or inside it; choose a folder of its own")
            if source.is_relative_to(real) and not self._ours():
                raise OutputError(f"{where}: holds the input {path}; choose a folder of its own")
        if out.is_dir() and not self._ours():
            try:
                empty = not any(out.iterdir())
            except OSError as error:
                raise OutputError(f"{where}: cannot read this folder: {error.strerror or error}") from None
            if not empty:
                raise OutputError(f"{where}: is not empty and holds no treatykg build (no {STATE_DIR}/ folder); "
                                  "choose an empty or new folder, so that nothing of yours is replaced")
        if out.is_dir() and not os.access(out, os.W_OK):
            raise OutputError(f"{where}: cannot write here: permission denied")

    def _ours(self) -> bool:
        """The folder holds a treatykg build: its marker, or (builds before the marker) its state folder."""
        return self.state.is_dir()

    def _check_cache(self) -> None:
        cache = self._cache
        if cache is None:
            return
        if cache.exists() and not cache.is_dir():
            raise OutputError(f"--cache {cache}: is a file, not a folder")
        try:
            cache.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise OutputError(f"--cache {cache}: cannot write here: {error.strerror or error}") from None
        if not os.access(cache, os.W_OK):
            raise OutputError(f"--cache {cache}: cannot write here: permission denied")

    # --- generations ------------------------------------------------------------------------------------------------

    @property
    def generations(self) -> Path:
        return self.state / GENERATIONS

    def current(self) -> Path | None:
        """The published generation, or None."""
        link = self.out / CURRENT
        if not link.is_symlink():
            return None
        return self.out / os.readlink(link)

    def new_generation(self) -> Path:
        """An empty folder for the files of this build, published by :meth:`publish`."""
        folder = self.generations / f"{time.time_ns():020d}-{os.getpid()}"
        folder.mkdir(parents=True)
        return folder

    def _remove_unpublished(self) -> None:
        """Generations newer than the current one: left by builds that were killed or refused to publish."""
        if not self.generations.is_dir():
            return
        current = self.current()
        for folder in self.generations.iterdir():
            if current is None or folder.name > current.name:
                shutil.rmtree(folder, ignore_errors=True)
        for leftover in self.state.glob("staging-*"):  # of builds before generations
            shutil.rmtree(leftover, ignore_errors=True)

    def publish(self, generation: Path, names: list[str], directories: list[str]) -> None:
        """Make ``generation`` (holding ``names`` and ``directories``) the current set, in one rename; what else it
        holds (the merge's scratch files) is removed first."""
        keep = set(names) | set(directories)
        for entry in generation.iterdir():
            if entry.name not in keep:
                shutil.rmtree(entry) if entry.is_dir() and not entry.is_symlink() else entry.unlink()
        _sync(generation)
        previous = self.current()
        switch = self.out / CURRENT
        if switch.is_dir() and not switch.is_symlink():  # a copy that followed the links (cp -L): a folder now
            aside = self.state / f"old-{CURRENT}-{os.getpid()}"
            switch.rename(aside)
            _link(switch, Path(STATE_DIR) / GENERATIONS / generation.name)
            shutil.rmtree(aside, ignore_errors=True)
        else:
            _link(switch, Path(STATE_DIR) / GENERATIONS / generation.name)  # the switch
        _sync(self.out)
        for name in sorted(keep):
            self._expose(name)
        self._hide_unpublished(keep)
        if previous is not None and previous.name != generation.name:
            for folder in self.generations.iterdir():  # the previous generation stays for readers still in it
                if folder.name not in (generation.name, previous.name):
                    shutil.rmtree(folder, ignore_errors=True)

    def _expose(self, name: str) -> None:
        """``out/name`` as a link to ``current/name``; a file or folder of a build before generations is replaced
        (a file by one rename; a folder, the store, moved aside first)."""
        path, target = self.out / name, Path(CURRENT) / name
        if path.is_symlink() and Path(os.readlink(path)) == target:
            return
        if path.is_dir() and not path.is_symlink():
            aside = self.state / f"old-{name}-{os.getpid()}"
            path.rename(aside)
            _link(path, target)
            shutil.rmtree(aside, ignore_errors=True)
            return
        _link(path, target)

    def _hide_unpublished(self, published: set[str]) -> None:
        """Links to files this build did not write (a format no longer asked for) would lead nowhere."""
        for path in self.out.iterdir():
            if path.name not in published and path.is_symlink() and os.readlink(path).startswith(CURRENT + os.sep):
                path.unlink()


def _link(path: Path, target: Path) -> None:
    """Point ``path`` at ``target`` in one rename, whatever ``path`` was (a link or a file)."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.link")
    tmp.unlink(missing_ok=True)
    os.symlink(target, tmp)
    try:
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _sync(folder: Path) -> None:
    """Flush a folder's entries (and the files in it) to disk, so that the switch never precedes its contents."""
    for entry in folder.iterdir():
        if entry.is_file() and not entry.is_symlink():
            with open(entry, "rb") as handle:
                os.fsync(handle.fileno())
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError as error:
        if error.errno == errno.EACCES:
            return
        raise
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
