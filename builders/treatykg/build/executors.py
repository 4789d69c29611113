"""Executors run the per-act tasks: plug-ins, registered by name like the source readers.

- ``local`` (the default): worker processes on this machine, one per core unless ``--jobs`` says otherwise,
  each act under a supervisor: an act that runs past its time limit, needs more memory than its limit, or whose
  worker dies (``kill -9``, the OOM killer) fails on its own, with a message, and the other acts go on.
- ``dask``: the same tasks on a Dask distributed cluster (``--scheduler tcp://HOST:PORT``), for corpora that
  outgrow one machine. Every worker needs treatykg installed and must be able to read the source files.

An executor starts the tasks at once and yields each result as soon as it is done, in any order; the build
puts them back in order. A task that did not finish is yielded as a :class:`TaskFailed`.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import resource
import signal
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any, Protocol

from treatykg.children import die_with_parent
from treatykg.errors import MissingExtra

DEFAULT_ACT_SECONDS = 300.0  # the corpus's largest act takes a few seconds; a pathological one ran for hours
DEFAULT_ACT_MEMORY_MB = 4096  # the corpus's largest act needs under 300 MB; a pathological one took 12 GB


class ExecutorError(Exception):
    """An executor that cannot start: one line saying why."""


@dataclass(frozen=True)
class Limits:
    """What one act may cost: seconds of wall time, and megabytes of memory beyond what its worker starts with.
    None: no limit."""

    seconds: float | None = DEFAULT_ACT_SECONDS
    memory_mb: int | None = DEFAULT_ACT_MEMORY_MB


@dataclass(frozen=True)
class TaskFailed:
    """A task that gave no result: its worker was stopped at the time limit, or died."""

    task: Any
    reason: str


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
    """Worker processes on this machine (forked, so they start with the package already imported), one task at
    a time each, supervised: see :class:`_Supervisor`."""

    # A worker is replaced after this many acts, so that what its caches hold stays bounded.
    TASKS_PER_WORKER = 500
    shares_files = True

    def __init__(self, jobs: int | None = None, scheduler: str | None = None, limits: Limits | None = None):
        if scheduler:
            raise ExecutorError("the local executor takes no --scheduler (use --executor dask)")
        self.jobs = jobs or default_jobs()
        self.limits = limits or Limits()
        self._supervisor: _Supervisor | None = None

    def map_unordered(self, func: Callable, tasks: Iterable) -> Iterator:
        """Starts the tasks at once (the caller can do other work meanwhile) and yields results as they come."""
        tasks = list(tasks)
        if not tasks:
            return iter(())
        self._supervisor = _Supervisor(func, tasks, min(self.jobs, len(tasks)), self.limits, self.TASKS_PER_WORKER)
        return self._supervisor.results()

    def close(self) -> None:
        if self._supervisor is not None:
            self._supervisor.stop()
            self._supervisor = None


class _Worker:
    def __init__(self, func: Callable, memory_mb: int | None):
        context = multiprocessing.get_context("fork")
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child, func, memory_mb, os.getpid()), daemon=True)
        self.process.start()
        child.close()  # the worker holds the only other end: its death is an end of file here
        self.task: Any = None
        self.started = 0.0
        self.done = 0

    def give(self, task: Any) -> None:
        self.task, self.started = task, time.monotonic()
        self.conn.send(task)

    def stop(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.conn.close()

    def retire(self) -> None:
        try:
            self.conn.send(None)
        except OSError:
            pass
        self.process.join(5)
        self.stop()


class _Supervisor:
    """Gives each worker one task at a time and waits for the first of: a result, the worker's death, or the
    task's time limit. A dead or stopped worker is replaced, and its task is reported failed, never retried:
    an act that kills its worker would kill the next one too."""

    def __init__(self, func: Callable, tasks: list, jobs: int, limits: Limits, tasks_per_worker: int):
        self.func, self.limits, self.tasks_per_worker = func, limits, tasks_per_worker
        self.pending = deque(tasks)
        self.workers = [_Worker(func, limits.memory_mb) for _ in range(jobs)]
        for worker in self.workers:  # started now, while the caller does other work
            if self.pending:
                worker.give(self.pending.popleft())

    def results(self) -> Iterator:
        while any(worker.task is not None for worker in self.workers):
            busy = [worker for worker in self.workers if worker.task is not None]
            ready = wait([w.conn for w in busy] + [w.process.sentinel for w in busy], self._until_first_deadline(busy))
            for worker in busy:
                outcome = self._outcome(worker, ready)
                if outcome is None:
                    continue
                yield outcome
                self._next_task(worker, replace=isinstance(outcome, TaskFailed))

    def _until_first_deadline(self, busy: list[_Worker]) -> float | None:
        if self.limits.seconds is None:
            return None
        first = min(worker.started for worker in busy) + self.limits.seconds
        return max(0.0, first - time.monotonic())

    def _outcome(self, worker: _Worker, ready: list) -> Any:
        task = worker.task
        if worker.conn in ready or worker.process.sentinel in ready:
            try:
                if worker.conn.poll():
                    return worker.conn.recv()
            except (EOFError, OSError):
                pass
            worker.stop()
            return TaskFailed(task, _death(worker.process.exitcode, self.limits))
        if self.limits.seconds is not None and time.monotonic() - worker.started >= self.limits.seconds:
            worker.stop()
            return TaskFailed(task, f"stopped after {self.limits.seconds:g} s, the time limit of one act "
                                    "(--act-timeout)")
        return None

    def _next_task(self, worker: _Worker, replace: bool) -> None:
        worker.task = None
        worker.done += 1
        if replace or worker.done >= self.tasks_per_worker:
            if not replace:
                worker.retire()
            if not self.pending:
                return
            self.workers[self.workers.index(worker)] = worker = _Worker(self.func, self.limits.memory_mb)
        if self.pending:
            worker.give(self.pending.popleft())

    def stop(self) -> None:
        for worker in self.workers:
            worker.stop()


def _death(exitcode: int | None, limits: Limits) -> str:
    if exitcode is not None and exitcode < 0:
        name = signal.Signals(-exitcode).name if -exitcode in signal.valid_signals() else str(-exitcode)
        how = f"was killed by {name}"
    else:
        how = f"exited with status {exitcode}"
    hint = ""
    if exitcode in (-signal.SIGKILL, -signal.SIGABRT, -signal.SIGSEGV):
        hint = " (out of memory? each act may use " + (
            f"{limits.memory_mb} MB, --act-memory)" if limits.memory_mb else "what the machine has)")
    return f"the process building this act {how}{hint}"


def _die_with_parent(parent: int) -> None:
    """A worker dies with the build that forked it: an orphan would go on building, and block for ever on a pipe
    nobody reads, holding the output folder's files. (Not on Linux, it ends at its next read of the closed pipe.)"""
    if die_with_parent(signal.SIGKILL) and os.getppid() != parent:  # the build died before the request took effect
        os._exit(1)


def _serve(conn: Connection, func: Callable, memory_mb: int | None, parent: int) -> None:
    _die_with_parent(parent)
    # What the worker inherits (modules, compiled patterns, the ontology) lives as long as it does: leave it out
    # of the garbage collector's full passes, which otherwise rescan it for every act.
    gc.freeze()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # ^C is the build's to handle: it stops the workers
    if memory_mb:
        _limit_memory(memory_mb * 1024 * 1024)
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        try:
            conn.send(func(task))
        except Exception as error:  # noqa: BLE001 - the act fails with a message (the task itself never raises)
            conn.send(TaskFailed(task, f"{type(error).__name__}: {error}"))


def _limit_memory(extra: int) -> None:
    """Allow the worker ``extra`` bytes of address space beyond what it inherited: past that, an allocation fails
    (MemoryError, which the act's task reports) instead of the machine swapping or the OOM killer choosing."""
    try:
        with open("/proc/self/statm") as handle:
            inherited = int(handle.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:  # not on Linux: no limit
        return
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = inherited + extra
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


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


def make_executor(name: str, jobs: int | None = None, scheduler: str | None = None,
                  limits: Limits | None = None) -> Executor:
    if name not in EXECUTORS:
        raise ExecutorError(f"unknown executor {name!r}; known: {', '.join(sorted(EXECUTORS))}")
    if name == "local":
        return LocalExecutor(jobs=jobs, limits=limits)
    return EXECUTORS[name](jobs=jobs, scheduler=scheduler)
