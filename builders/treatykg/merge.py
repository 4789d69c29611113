"""The merge: the acts' blocks become the dumps and the embedded store, in one pass over the acts, with no
second pass over the text.

An entity that several acts describe (a state, a government, a cited treaty) is *shared*: the acts' records
say which subjects each act has (as 64-bit hashes), and a subject found in more than one act is shared. The
union dumps copy every act's segments except the shared subjects', which are gathered into the shared-entity
table and written once, merged. The dataset dumps and the store take every act's named graphs as they are.

Validation: each act was validated on its own by its task. That result stands for a node that only one act
describes, since everything such a node's shapes read lies in its act (a node's incoming links come from the
act that describes it, and what a shape reads of other nodes - their class, a minimum count - can only gain
values in the merged graph). The few rules that cross acts are checked once, on the merged store: every
shared subject, and every node for which an act reported something, is validated again there, and that
result replaces the act's.
"""

from __future__ import annotations

import shutil
import threading
from collections import ChainMap, Counter
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pyoxigraph as ox

from .act_task import ActRecord
from .dumps import FORMATS, DumpWriter, TermConverter
from .errors import SourceError
from .store import STORE_DIR
_RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"


class StoreLoader:
    """N-Quads into a new pyoxigraph store with its bulk loader, in chunks, on a background thread:
    pyoxigraph releases the GIL, so the merge goes on reading acts while a chunk loads."""

    CHUNK = 64 * 1024 * 1024

    def __init__(self, path: Path):
        self.path = path
        self.store = ox.Store(str(path))
        self._buffer: list[bytes] = []
        self._size = 0
        self._thread: threading.Thread | None = None
        self._error: BaseException | None = None

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


class SharedTable:
    """The subjects that several acts describe: their triples merged (N-Triples lines), how many triples and
    typings the acts stated in all, and which of them the acts describe differently in a predicate that
    ``disputable`` names (None: in any predicate), so that the merged graph must judge them again."""

    def __init__(self, disputable: frozenset[str] | None):
        self.lines: dict[str, set[bytes]] = {}
        self.stated = 0  # triples about shared subjects, summed over acts
        self.typed: Counter = Counter()  # typings of shared subjects by class, summed over acts
        self.disputed: set[str] = set()
        self._disputable = None if disputable is None else {p.encode("utf-8") for p in disputable}
        self._seen: dict[str, bytes] = {}  # subject -> what the first act said in disputable predicates

    def add(self, held_back: dict[str, list[bytes]]) -> None:
        for subject, lines in held_back.items():
            merged = self.lines.get(subject)
            if merged is None:
                merged = self.lines[subject] = set()
            merged.update(lines)
            self.stated += len(lines)
            for line in lines:
                cls = _class_of(line)
                if cls:
                    self.typed[cls] += 1
            said = b"\n".join(line for line in lines if self._counts(line))
            first = self._seen.setdefault(subject, said)
            if first != said:
                self.disputed.add(subject)

    def _counts(self, line: bytes) -> bool:
        return self._disputable is None or line.split(b" ", 2)[1] in self._disputable

    def repeated_triples(self) -> int:
        return self.stated - sum(len(lines) for lines in self.lines.values())

    def repeated_typings(self) -> Counter:
        merged = Counter(cls for lines in self.lines.values() for line in lines if (cls := _class_of(line)))
        return Counter({cls: n - merged[cls] for cls, n in self.typed.items() if n - merged[cls]})


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
    exact: ChainMap  # N-Triples lines by subject, as the acts state them: shared subjects, and reported nodes


def merge(records: list[ActRecord], blocks_of, staging: Path, formats, extra_graphs: dict[str, list[ox.Triple]],
          extra_classes: Counter, disputable: frozenset[str] | None) -> MergeResult:
    """Write the dumps and the store into ``staging``. ``blocks_of(i)`` gives act ``i``'s blocks (from the
    cache); ``extra_graphs`` are graphs of no act, ``{IRI: (triples, instance data or not)}``: the build's
    provenance, and the ontology (in the dataset dumps and the store, but not instance data)."""
    shared, doubled_subjects = shared_hashes(records)
    writer = DumpWriter(staging, formats)
    loader = StoreLoader(staging / STORE_DIR)
    table = SharedTable(disputable)
    exact: dict[str, list[bytes]] = {}
    graphs: dict[str, int] = {}
    first_owner: dict[str, str] = {}
    duplicated: set[str] = set()
    warnings: list[SourceError] = []
    try:
        for i, record in enumerate(records):
            blocks = blocks_of(i)
            if blocks is None:
                continue
            mask = _is_shared(np.frombuffer(record.subject_hashes, dtype="<u8"), shared)
            shared_here = {s for s, is_shared in zip(blocks.subjects, mask) if is_shared}
            table.add(writer.add_act(blocks, shared_here))
            reported = {f"<{r.focus}>" for r in record.results} - shared_here
            exact.update(writer.subject_lines(blocks, reported))
            loader.add(blocks.data["nq"])
            for graph, count in record.graphs.items():
                if graph in graphs:
                    duplicated.add(graph)
                    warnings.append(SourceError(record.location, None, f"warning: graph {graph} is also built from "
                                                f"{first_owner[graph]} (the same act twice?); its triples are merged",
                                                fatal=False))
                else:
                    graphs[graph], first_owner[graph] = count, record.location
        writer.add_shared(line for lines in table.lines.values() for line in lines)
        for graph, (triples, instance) in extra_graphs.items():
            writer.add_graph(graph, triples, instance=instance)
            loader.add(b"".join(f"{t} <{graph}> .\n".encode("utf-8") for t in triples))
        sizes = writer.close()
        store = loader.finish()
    except BaseException:
        writer.abandon()
        raise
    for graph in duplicated:
        graphs[graph] = sum(1 for _ in store.quads_for_pattern(None, None, None, ox.NamedNode(graph)))
    classes = Counter()
    for record in records:
        classes.update(record.classes)
    classes.subtract(table.repeated_typings())
    classes.update(extra_classes)
    return MergeResult(
        sizes=sizes,
        triples=sum(r.triples for r in records) - table.repeated_triples(),
        entities=sum(len(r.subject_hashes) // 8 for r in records) - doubled_subjects,
        classes=+classes, graphs=graphs, disputed={s[1:-1] for s in table.disputed}, warnings=warnings,
        exact=ChainMap(table.lines, exact))


def publish(staging: Path, out: Path, names: list[str]) -> None:
    """Move the staged files and store into ``out``: each file is replaced by a rename, so a reader sees the
    old file or the new one; the store folder is swapped the same way."""
    out.mkdir(parents=True, exist_ok=True)
    for name in names:
        (staging / name).replace(out / name)
    if (staging / STORE_DIR).is_dir():
        old = out / f".{STORE_DIR}.old"
        shutil.rmtree(old, ignore_errors=True)
        if (out / STORE_DIR).exists():
            (out / STORE_DIR).rename(old)
        (staging / STORE_DIR).rename(out / STORE_DIR)
        shutil.rmtree(old, ignore_errors=True)


def convert_triples(triples) -> list[ox.Triple]:
    convert = TermConverter()
    return [convert.triple(t) for t in triples]


DUMP_FILES = {fmt: FORMATS[fmt][0] for fmt in FORMATS}

