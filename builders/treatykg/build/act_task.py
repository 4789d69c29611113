"""The build of one act, as a task that any executor can run: read, normalise, parse, extract, graph,
validate and serialise one act. It shares nothing with the other acts but the configuration, never raises,
and returns what the merge needs: a small record (counts, SHACL results, the act's subjects as 64-bit hashes)
and the act's serialised blocks.
"""

from __future__ import annotations

import gc
import hashlib
import traceback
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field

from rdflib import URIRef

from treatykg.errors import SourceError, line_of
from treatykg.rdf.dumps import ActBlocks, act_blocks
from treatykg.rdf.iris import Minter
from treatykg.rdf.vocab import RDF
from treatykg.text.readers import ActLocation, open_act


@dataclass(frozen=True)
class BuildConfig:
    """Everything besides the source files that decides what an act's graph and blocks are."""

    base: str
    formats: tuple[str, ...]
    validate: bool = True
    shapes: str | None = None  # a SHACL shapes file; None for the bundled shapes


@dataclass
class ActRecord:
    """What the build keeps of one act: no triples, so that a national corpus fits in memory."""

    location: str
    act_id: str | None = None
    act: str | None = None
    treaty: str | None = None
    graphs: dict[str, int] = field(default_factory=dict)  # graph IRI -> triples
    triples: int = 0  # distinct triples of the act (its graphs together)
    classes: dict[str, int] = field(default_factory=dict)  # class IRI -> instances in this act
    sources: list[tuple[str, str, str]] = field(default_factory=list)  # (expression, path, sha256)
    errors: list[SourceError] = field(default_factory=list)
    warnings: list[SourceError] = field(default_factory=list)
    results: list = field(default_factory=list)  # treatykg.validation.Result of this act on its own
    violations: list[SourceError] = field(default_factory=list)  # its SHACL violations, each with file and line
    files: dict[str, str] = field(default_factory=dict)  # provenance's name of each source file -> the path read
    subject_hashes: bytes = b""  # 8 bytes per subject of the blocks, in the blocks' order

    @property
    def failed(self) -> bool:
        return bool(self.errors)


@dataclass
class ActOutput:
    record: ActRecord
    blocks: ActBlocks | None


def subject_hash(subject: str) -> bytes:
    """A stable 64-bit key of a subject in N-Triples form (Python's hash() changes with PYTHONHASHSEED)."""
    return hashlib.blake2b(subject.encode("utf-8"), digest_size=8).digest()


def run_act(task: tuple[int, ActLocation, BuildConfig]) -> tuple[int, ActOutput]:
    """Build one act. Bad input is an error of this act (with its file and line), never an exception."""
    index, location, config = task
    record = ActRecord(str(location.path if location.key is None else location.path / location.key))
    with _collecting_after():
        try:
            return index, _build(location, config, record)
        except SourceError as error:
            record.errors.append(error)
        except MemoryError:
            record.errors.append(SourceError(record.location, None, "out of memory: the act needs more than one act "
                                             "may use (--act-memory)"))
        except RecursionError:
            record.errors.append(SourceError(record.location, None, "the text nests too deeply to be read"))
        except Exception as error:  # noqa: BLE001 - one broken act must not stop a national build
            where = traceback.extract_tb(error.__traceback__)[-1]
            record.errors.append(SourceError(record.location, None, f"internal error: {type(error).__name__}: "
                                                                     f"{error} (at {where.filename}:{where.lineno})"))
    return index, ActOutput(record, None)


_acts_since_full_collection = 0


@contextmanager
def _collecting_after():
    """No garbage collection during an act, one young-generation pass after it, and a full one every 200 acts.
    An act allocates so many objects that the collector would otherwise run full passes over the worker's
    long-lived caches again and again (a fifth of a worker's time)."""
    global _acts_since_full_collection
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
        _acts_since_full_collection += 1
        if _acts_since_full_collection >= 200:
            gc.collect()
            _acts_since_full_collection = 0
        else:
            gc.collect(0)


def _build(location: ActLocation, config: BuildConfig, record: ActRecord) -> ActOutput:
    from treatykg.facts.extraction import extract_act
    from treatykg.rdf.graph import build_act_graphs
    from treatykg.text.parsed import parse_act

    parsed = parse_act(open_act(location))
    record.act_id = parsed.source.act_id
    record.errors.extend(parsed.errors)
    record.warnings.extend(parsed.warnings)
    if not parsed.versions:
        return ActOutput(record, None)
    act = build_act_graphs(parsed, extract_act(parsed), Minter(config.base))
    record.act, record.treaty = str(act.act), act.treaty and str(act.treaty)
    record.sources = [(str(e), path, sha) for e, path, sha in act.sources]
    texts = {parsed.source.source_name(v.path): (str(v.path), v.version.text.text) for v in parsed.versions}
    meta = parsed.source.metadata.source
    if meta is not None:
        texts[parsed.source.source_name(meta)] = (str(meta), "")
    record.files = {name: path for name, (path, _) in texts.items()}
    record.graphs = {str(g): len(t) for g, t in act.graphs.items()}
    union = set().union(*act.graphs.values())
    record.triples = len(union)
    record.classes = dict(Counter(str(o) for _, p, o in union if p == RDF.type and isinstance(o, URIRef)))
    blocks = act_blocks(act.graphs, ("nq", *config.formats))
    if config.validate:  # the act's N-Triples block is its union graph: turbo and the checks' store read it as it is
        from treatykg.validation.validator import validate

        record.results = validate(blocks.data["nt"], shapes=config.shapes, allow_warnings=True).results
        record.violations = [violation_at(r, texts, record.location) for r in record.results if r.level == "Violation"]
    record.subject_hashes = b"".join(subject_hash(s) for s in blocks.subjects)
    return ActOutput(record, blocks)


def violation_at(result, texts: dict[str, tuple[str, str]], location: str) -> SourceError:
    """A SHACL violation as an error of the file and line its focus node comes from (``texts``: provenance's name of
    each file -> (the path read, its raw text)); the act's own location when the node has no passage."""
    path, line = location, None
    name, _, span = result.source.rpartition(":") if ":" in result.source else (result.source, "", "")
    if name in texts:
        path, text = texts[name]
        start = span.split("-", 1)[0]
        if text and start.isdigit():
            line = line_of(text, int(start))
    elif result.source in texts:  # a passage of a metadata file: no offsets
        path = texts[result.source][0]
    return SourceError(path, line, f"violation: {result.message} ({result.focus})")
