"""The merge: the acts' blocks become the dumps and the embedded store, in one pass over the acts, with no
second pass over the text.

An entity that several acts describe (a state, a government, a cited treaty) is *shared*: the acts' records
say which subjects each act has (as 64-bit hashes), and a subject found in more than one act is shared. The
union dumps copy every act's segments except the shared subjects', which are gathered into the shared-entity
table and written once, merged, at the end. The dataset dumps and the store take every act's named graphs
as they are; the store's default graph is the union (what the union dumps hold), each triple once, so that a
query over the merged graph never meets a shared entity's triples once per act that states them.

The merge also finds what cross-act validation needs (treatykg.validation.cross_act): the shared subjects that the
acts describe differently where a counting constraint or a SPARQL check reads, and, as the acts state them, the
triples of those subjects and of the nodes an act reported something about (the store normalises literals).
"""

from __future__ import annotations

import gc
import hashlib
import heapq
import threading
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyoxigraph as ox
from rdflib.namespace import RDF

from treatykg.build.act_task import ActRecord
from treatykg.errors import SourceError
from treatykg.rdf.dumps import FORMATS, ActBlocks, DumpWriter, TermConverter, unshared_runs
from treatykg.store.embedded import STORE_DIR

_RDF_TYPE = f"<{RDF.type}>"


class StoreLoader:
    """N-Quads into a new pyoxigraph store with its bulk loader, in chunks, on a background thread:
    pyoxigraph releases the GIL, so the merge goes on reading acts while a chunk loads."""

    CHUNK = 16 * 1024 * 1024  # measured: 150 MB resident at 16 MB, 380 MB at 64 MB, at the same speed

    def __init__(self, path: Path):
        self.path = path
        self._store: ox.Store | None = ox.Store(str(path))
        self._buffer: list[bytes] = []
        self._size = 0
        self._thread: threading.Thread | None = None
        self._error: BaseException | None = None

    @property
    def store(self) -> ox.Store:
        if self._store is None:
            raise RuntimeError(f"{self.path}: the store is closed")
        return self._store

    def add(self, data: bytes) -> None:
        self._buffer.append(data)
        self._size += len(data)
        if self._size >= self.CHUNK:
            self._flush()

    def _flush(self) -> None:
        self._wait()
        data, self._buffer, self._size = b"".join(self._buffer), [], 0
        if data:
            self._thread = threading.Thread(target=self._load, args=(data,), daemon=True)
            self._thread.start()

    def _load(self, data: bytes) -> None:
        try:
            self.store.bulk_load(data, format=ox.RdfFormat.N_QUADS)
        except BaseException as error:  # noqa: BLE001 - raised again in the merge's thread by _wait
            self._error = error

    def _wait(self) -> None:
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        if self._error is not None:
            raise self._error

    def finish(self) -> ox.Store:
        self._flush()
        self._wait()
        self.store.flush()
        return self.store

    def close(self) -> None:
        """Drop the store, which closes it once its background compactions stop: before its folder is moved."""
        self._store = None
        gc.collect()


class SharedTable:
    """The subjects that several acts describe: their triples merged (N-Triples lines), how many triples and
    typings the acts stated in all, and which of them the acts describe differently in a predicate that
    ``disputable`` names (None: in any predicate), so that the merged graph must judge them again.

    The lines go to disk in sorted runs and come back merged, in order, by ``merged_batches``: a national
    corpus describes some entities (its treaties above all) in many acts, and their triples can outgrow memory.
    What stays in memory is one digest per shared subject.
    """

    RUN_BYTES = 64 * 1024 * 1024
    BATCH_LINES = 50_000

    def __init__(self, disputable: frozenset[str] | None, folder: Path):
        self.folder = folder
        self.stated = 0  # triples about shared subjects, summed over acts
        self.typed: Counter = Counter()  # typings of shared subjects by class, summed over acts
        self.merged_triples = 0  # distinct triples about shared subjects (known once merged)
        self.merged_typed: Counter = Counter()
        self.disputed: set[str] = set()
        self._disputable = None if disputable is None else {p.encode("utf-8") for p in disputable}
        self._seen: dict[str, bytes] = {}  # subject -> digest of what the first act said in disputable predicates
        self._run: list[bytes] = []
        self._run_bytes = 0
        self._runs: list[Path] = []
        self._index: dict[str, tuple[int, int]] = {}  # subject -> (offset, length) in shared-merged.nt

    def add(self, held_back: dict[str, list[bytes]]) -> None:
        for subject, lines in held_back.items():
            self.stated += len(lines)
            for line in lines:
                cls = _class_of(line)
                if cls:
                    self.typed[cls] += 1
            self._run.extend(lines)
            self._run_bytes += sum(map(len, lines))
            said = hashlib.blake2b(b"\n".join(line for line in lines if self._counts(line)), digest_size=16).digest()
            if self._seen.setdefault(subject, said) != said:
                self.disputed.add(subject)
        if self._run_bytes >= self.RUN_BYTES:
            self._spill()

    def _counts(self, line: bytes) -> bool:
        return self._disputable is None or line.split(b" ", 2)[1] in self._disputable

    def _spill(self) -> None:
        if self._run:
            path = self.folder / f"shared-run-{len(self._runs)}.nt"
            path.write_bytes(b"\n".join(sorted(set(self._run))) + b"\n")
            self._runs.append(path)
        self._run, self._run_bytes = [], 0

    def merged_batches(self) -> Iterator[list[bytes]]:
        """The distinct lines of every shared subject, sorted, in batches that never split a subject. The
        merged lines are kept on disk for ``lines_of``."""
        self._spill()
        runs = [path.open("rb") for path in self._runs]
        batch: list[bytes] = []
        previous, subject, start = None, None, 0
        try:
            with (self.folder / "shared-merged.nt").open("wb") as merged:
                for line in heapq.merge(*runs):
                    if line == previous:
                        continue
                    previous = line
                    this = line[:line.index(b" ")].decode("utf-8")
                    if this != subject:
                        if subject is not None:
                            self._index[subject] = (start, merged.tell() - start)
                            if len(batch) >= self.BATCH_LINES:
                                yield batch
                                batch = []
                        subject, start = this, merged.tell()
                    merged.write(line)
                    batch.append(line.rstrip(b"\n"))
                    self.merged_triples += 1
                    cls = _class_of(line)
                    if cls:
                        self.merged_typed[cls] += 1
                if subject is not None:
                    self._index[subject] = (start, merged.tell() - start)
        finally:
            for handle in runs:
                handle.close()
            for path in self._runs:
                path.unlink(missing_ok=True)
        if batch:
            yield batch

    def lines_of(self, subject: str) -> list[bytes] | None:
        """The merged lines of a shared subject (``<iri>``), or None if it is not shared."""
        where = self._index.get(subject)
        if where is None:
            return None
        with (self.folder / "shared-merged.nt").open("rb") as handle:
            handle.seek(where[0])
            return handle.read(where[1]).splitlines()

    def repeated_triples(self) -> int:
        return self.stated - self.merged_triples

    def repeated_typings(self) -> Counter:
        return Counter({cls: n - self.merged_typed[cls] for cls, n in self.typed.items() if n - self.merged_typed[cls]})


class ExactLines:
    """N-Triples lines by subject, as the acts state them: the shared subjects' from the table, and those of the
    nodes an act reported something about."""

    def __init__(self, table: SharedTable, reported: dict[str, list[bytes]]):
        self.table, self.reported = table, reported

    def get(self, subject: str, default=None) -> list[bytes] | None:
        lines = self.table.lines_of(subject)
        if lines is None:
            lines = self.reported.get(subject)
        return default if lines is None else lines


_RDF_TYPE_BYTES = _RDF_TYPE.encode("utf-8")


def _class_of(line: bytes) -> str | None:
    parts = line.split(b" ", 2)
    if len(parts) == 3 and parts[1] == _RDF_TYPE_BYTES and parts[2].startswith(b"<"):
        return parts[2][1:parts[2].index(b">")].decode("utf-8")
    return None


def shared_hashes(records: list[ActRecord]) -> tuple[np.ndarray, int]:
    """The 64-bit keys of subjects found in more than one act (sorted), and the number of subjects counted twice."""
    arrays = [np.frombuffer(r.subject_hashes, dtype="<u8") for r in records if r.subject_hashes]
    if not arrays:
        return np.empty(0, dtype="<u8"), 0
    keys, counts = np.unique(np.concatenate(arrays), return_counts=True)
    return keys[counts > 1], int((counts[counts > 1] - 1).sum())


def _is_shared(hashes: np.ndarray, shared: np.ndarray) -> np.ndarray:
    if not len(shared):
        return np.zeros(len(hashes), dtype=bool)
    at = np.minimum(np.searchsorted(shared, hashes), len(shared) - 1)
    return shared[at] == hashes


@dataclass
class MergeResult:
    sizes: dict[str, int]
    triples: int
    entities: int
    classes: Counter
    graphs: dict[str, int]
    disputed: set[str]  # IRIs of subjects that acts describe differently where the merged graph may judge them
    warnings: list[SourceError]
    exact: ExactLines  # N-Triples lines by subject, as the acts state them: shared subjects, and reported nodes


class Merge:
    """The merge, in two passes over the acts' cached blocks.

    While the acts are built, ``act_done`` takes each finished act: the dataset dumps (N-Quads, TriG) get its
    blocks in the acts' order, and the store bulk-loads its N-Quads on a background thread, so that loading
    overlaps building. Once every act is built and the shared subjects are known, ``finish`` writes the union
    dumps (N-Triples, Turtle, JSON-LD), the shared subjects once, and the graphs of no act.
    """

    def __init__(self, staging: Path, formats, acts: int, blocks_of):
        self.folder = staging
        self.writer = DumpWriter(staging, formats)
        self.loader = StoreLoader(staging / STORE_DIR)
        self.blocks_of = blocks_of  # (index, "dataset" | "union") -> the act's cached blocks, or None
        self._acts, self._next = acts, 0
        self._done: set[int] = set()

    def act_done(self, index: int, blocks: ActBlocks | None = None) -> None:
        """Act ``index`` is built (``blocks``: its blocks, when at hand). Acts finish in any order; the dumps
        take them in the acts' order, reading back from the cache those that had to wait."""
        self._done.add(index)
        while self._next in self._done:
            self._done.discard(self._next)
            ready = blocks if self._next == index and blocks is not None else self.blocks_of(self._next, "dataset")
            if ready is not None:
                self.writer.add_dataset(ready)
                self.loader.add(ready.data["nq"])
            self._next += 1

    def abandon(self) -> None:
        """After a failure: close what is open (the caller removes the staging folder)."""
        self.writer.abandon()
        try:
            self.loader.finish()
        except Exception:  # noqa: BLE001 - the failure being handled is the one to report
            pass
        self.loader.close()

    @property
    def store(self) -> ox.Store:
        """The store being built (read it only once ``finish`` has returned)."""
        return self.loader.store

    def close_store(self) -> None:
        self.loader.close()

    def finish(self, records: list[ActRecord], extra_graphs: dict[str, tuple[list[ox.Triple], bool]],
               extra_classes: Counter, disputable: frozenset[str] | None) -> MergeResult:
        """``extra_graphs`` are graphs of no act, ``{IRI: (triples, instance data or not)}``: the build's
        provenance, and the ontology (in the dataset dumps and the store, but not instance data)."""
        if self._next != self._acts:
            raise RuntimeError(f"merge: {self._acts - self._next} acts were never reported done")
        shared, doubled_subjects = shared_hashes(records)
        table = SharedTable(disputable, self.folder)
        exact: dict[str, list[bytes]] = {}
        graphs: dict[str, int] = {}
        first_owner: dict[str, str] = {}
        duplicated: set[str] = set()
        warnings: list[SourceError] = []
        for i, record in enumerate(records):
            blocks = self.blocks_of(i, "union") if record.subject_hashes else None
            if blocks is None:
                continue
            mask = _is_shared(np.frombuffer(record.subject_hashes, dtype="<u8"), shared)
            shared_here = {s for s, is_shared in zip(blocks.subjects, mask, strict=True) if is_shared}
            table.add(self.writer.add_union(blocks, shared_here))
            for run in unshared_runs(blocks, "nt", shared_here):
                self.loader.add(run)  # the default graph: the union, each triple once
            reported = {f"<{r.focus}>" for r in record.results} - shared_here
            exact.update(self.writer.subject_lines(blocks, reported))
            for graph, count in record.graphs.items():
                if graph in graphs:
                    duplicated.add(graph)
                    warnings.append(SourceError(record.location, None, f"graph {graph} is also built from "
                                                f"{first_owner[graph]} (the same act twice?); its triples are merged",
                                                fatal=False))
                else:
                    graphs[graph], first_owner[graph] = count, record.location
        for batch in table.merged_batches():
            self.writer.add_shared(batch)
            self.loader.add(b"\n".join(batch) + b"\n")
        for graph, (triples, instance) in extra_graphs.items():
            self.writer.add_graph(graph, triples, instance=instance)
            self.loader.add(b"".join(f"{t} <{graph}> .\n".encode() for t in triples))
            if instance:
                self.loader.add(b"".join(f"{t} .\n".encode() for t in triples))
        sizes = self.writer.close()
        store = self.loader.finish()
        for graph in duplicated:
            graphs[graph] = sum(1 for _ in store.quads_for_pattern(None, None, None, ox.NamedNode(graph)))
        classes: Counter[str] = Counter()
        for record in records:
            classes.update(record.classes)
        classes.subtract(table.repeated_typings())
        classes.update(extra_classes)
        return MergeResult(
            sizes=sizes,
            triples=sum(r.triples for r in records) - table.repeated_triples(),
            entities=sum(len(r.subject_hashes) // 8 for r in records) - doubled_subjects,
            classes=+classes, graphs=graphs, disputed={s[1:-1] for s in table.disputed}, warnings=warnings,
            exact=ExactLines(table, exact))


def convert_triples(triples) -> list[ox.Triple]:
    convert = TermConverter()
    return [convert.triple(t) for t in triples]


DUMP_FILES = {fmt: FORMATS[fmt][0] for fmt in FORMATS}

