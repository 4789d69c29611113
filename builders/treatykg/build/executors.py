"""Executors run the per-act tasks: plug-ins, registered by name like the source readers.

- ``local`` (the default): worker processes on this machine, one per core unless ``--jobs`` says otherwise;
  with one job, the tasks run in this process.
- ``dask``: the same tasks on a Dask distributed cluster (``--scheduler tcp://HOST:PORT``), for corpora that
  outgrow one machine. Every worker needs treatykg installed and must be able to read the source files.

An executor starts the tasks at once and yields each result as soon as it is done, in any order; the build
puts them back in order.
"""

from __future__ import annotations

import gc
import multiprocessing
import multiprocessing.pool
import os
from collections.abc import Callable, Iterable, Iterator
from typing import Protocol

from treatykg.errors import MissingExtra


class ExecutorError(Exception):
    """An executor that cannot start: one line saying why."""


class Executor(Protocol):
    shares_files: bool  # whether the workers see this machine's files (the build cache), or only the tasks

    def map_unordered(self, func: Callable, tasks: Iterable) -> Iterator: ...

    def close(self) -> None: ...


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class LocalExecutor:
    """Worker processes on this machine (forked, so they start with the package already imported)."""

    # A worker is replaced after this many acts, so that what its caches hold stays bounded.
    TASKS_PER_WORKER = 500
    shares_files = True

    def __init__(self, jobs: int | None = None, scheduler: str | None = None):
        if scheduler:
            raise ExecutorError("the local executor takes no --scheduler (use --executor dask)")
        self.jobs = jobs or default_jobs()
        self._pool: multiprocessing.pool.Pool | None = None

    def map_unordered(self, func: Callable, tasks: Iterable) -> Iterator:
        """Starts the tasks at once (the caller can do other work meanwhile) and yields results as they come."""
        tasks = list(tasks)
        if self.jobs <= 1 or len(tasks) <= 1:
            return map(func, tasks)
        context = multiprocessing.get_context("fork")
        self._pool = context.Pool(min(self.jobs, len(tasks)), initializer=_start_worker,
                                  maxtasksperchild=self.TASKS_PER_WORKER)
        return self._pool.imap_unordered(func, tasks, chunksize=1)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
            self._pool = None


def _start_worker() -> None:
    # What the worker inherits (modules, compiled patterns, the ontology) lives as long as it does: leave it out
    # of the garbage collector's full passes, which otherwise rescan it for every act.
    gc.freeze()


class DaskExecutor:
    """The same tasks on a Dask distributed cluster; results stream back as they complete."""

    shares_files = False  # the cluster's workers may run on other machines

    def __init__(self, jobs: int | None = None, scheduler: str | None = None):
        if not scheduler:
            raise ExecutorError("the dask executor needs --scheduler ADDRESS (e.g. tcp://127.0.0.1:8786)")
        try:
            from distributed import Client
        except ModuleNotFoundError:
            raise ExecutorError(str(MissingExtra("The dask executor", "distributed", "dask"))) from None
        try:
            self.client = Client(scheduler, timeout="30s")
        except (OSError, TimeoutError) as error:
            raise ExecutorError(f"cannot reach the Dask scheduler at {scheduler}: {error}") from None
        self.jobs = jobs

    def map_unordered(self, func: Callable, tasks: Iterable) -> Iterator:
        from distributed import as_completed

        futures = self.client.map(func, list(tasks), pure=False)  # submitted now

        def results():
            for future in as_completed(futures):
                result = future.result()
                future.release()  # the cluster drops the result once we have it
                yield result
        return results()

    def close(self) -> None:
        self.client.close()


EXECUTORS: dict[str, Callable[..., Executor]] = {"local": LocalExecutor, "dask": DaskExecutor}


def make_executor(name: str, jobs: int | None = None, scheduler: str | None = None) -> Executor:
    if name not in EXECUTORS:
        raise ExecutorError(f"unknown executor {name!r}; known: {', '.join(sorted(EXECUTORS))}")
    return EXECUTORS[name](jobs=jobs, scheduler=scheduler)
