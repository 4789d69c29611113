"""``treatykg build``: every act built on its own, in parallel; then one merge writes the dumps, the embedded
store and their VoID/DCAT description.

1. Locate the acts (no text is read yet) and key each one by the content of its files (treatykg.cache).
2. Build every act whose key is not in the cache, across all cores or on a Dask cluster (treatykg.executors):
   each task reads, parses, extracts, graphs, validates and serialises one act (treatykg.act_task), under a time
   and a memory limit. A failure stays with its act (a worker's death too); the others go on. An act whose own
   graph violates the shapes is left out of the dumps, with each violation's file and line.
3. Merge (treatykg.merge): one pass over the acts' blocks writes every dump and bulk-loads the store; entities
   that several acts describe merge by IRI. The rules that cross acts are validated once, on the merged store:
   what they find is where acts state one thing differently, recorded as a disagreement, not a refusal: a
   warning, and tkg:Disagreement nodes in a graph of the build's own, appended to the dumps and the store
   (treatykg.build.disagreements).
4. Publish (treatykg.build.output): the files are written into a new generation folder and published by one
   switch of a link. ``strict`` publishes nothing if any act or the merged graph violates the shapes;
   ``allow_invalid`` publishes every act, violations and all (VoID records it).

Memory stays bounded by a few acts' blocks and a small record per act; the shared-entity table goes to disk
(treatykg.merge). A rebuild reuses every unchanged act, and when nothing changed at all, the previous dumps as
they are.
"""

from __future__ import annotations

import hashlib
import pickle
import shutil
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.compare import to_canonical_graph

from treatykg import __version__
from treatykg.build.act_task import ActOutput, ActRecord, BuildConfig, run_act
from treatykg.build.cache import ActCache, run_and_cache
from treatykg.build.disagreements import Conflict, conflicts, disagreement_triples
from treatykg.build.disagreements import graph_iri as disagreement_graph
from treatykg.build.executors import Limits, TaskFailed, make_executor
from treatykg.build.merge import STORE_DIR, Merge, convert_triples
from treatykg.build.output import STATE_DIR, OutputFolder
from treatykg.build.progress import Progress
from treatykg.build.shipped import SHIPPED, shipped_files
from treatykg.errors import SourceError
from treatykg.files import data_dir, write_atomic
from treatykg.rdf.dumps import FILES, FORMATS, ONTOLOGY_FILE, VOID_FILE, DumpWriter, rdfxml, turtle
from treatykg.rdf.graph import build_activity
from treatykg.rdf.iris import Minter
from treatykg.rdf.vocab import DCAT, DCTERMS, ONTOLOGY_IRI, PROV, RDF, TKG, VOID, XSD
from treatykg.text.readers import ActLocation, locate_all
from treatykg.validation.cross_act import cross_act_report, disputable_predicates
from treatykg.validation.report import Report
from treatykg.validation.validator import default_shapes

LICENCE = URIRef("https://creativecommons.org/licenses/by/4.0/")
ONTOLOGY_GRAPH = URIRef(ONTOLOGY_IRI + "/graph")
ALL_FORMATS = tuple(FORMATS)
MANIFEST = "build.pickle"
DEFAULT_MAX_ACT_MB = 16  # the corpus's largest act is 0.2 MB; the time an act takes grows faster than its size


@dataclass
class BuildResult:
    out: Path
    acts: list[ActRecord] = field(default_factory=list)
    errors: list[SourceError] = field(default_factory=list)
    warnings: list[SourceError] = field(default_factory=list)
    report: Report | None = None  # the validation report of the published instance data (None: not validated)
    published: bool = False  # False when validation found violations and the dumps were not written
    allow_invalid: bool = False
    strict: bool = False
    left_out: list[ActRecord] = field(default_factory=list)  # acts whose own graph violates the shapes
    disagreements: list[SourceError] = field(default_factory=list)  # violations only the merged graph has
    sizes: dict[str, int] = field(default_factory=dict)
    triples: int = 0  # distinct triples of the instance data (every act's graphs and the build's provenance)
    entities: int = 0
    graph_count: int = 0
    built: int = 0  # acts built by this run
    reused: int = 0  # acts taken from the cache
    merged: bool = True  # False when nothing had changed and the previous dumps were kept as they were
    revalidated: int = 0  # nodes validated again on the merged graph (treatykg.validation.cross_act)
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def failed(self) -> list[ActRecord]:
        return [act for act in self.acts if act.failed]

    @property
    def graphs(self) -> dict[URIRef, set]:
        """The published instance data, graph by graph, read back from the N-Quads dump (small corpora only)."""
        from treatykg.validation.validator import from_ox

        path = self.out / FORMATS["nq"][0]
        if not (self.published and path.is_file()):
            raise FileNotFoundError(f"{path}: no published N-Quads dump to read the graphs from")
        graphs: dict[URIRef, set] = {}
        for q in ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS):
            graph = URIRef(q.graph_name.value)
            if graph != ONTOLOGY_GRAPH:
                graphs.setdefault(graph, set()).add((from_ox(q.subject), from_ox(q.predicate), from_ox(q.object)))
        return graphs


def ontology_triples() -> set:
    """The ontology, with its blank nodes (OWL restrictions) renamed canonically so that dumps are stable."""
    graph = Graph()
    graph.parse(data_dir("ontology") / "treatykg.ttl", format="turtle")
    return set(to_canonical_graph(graph))


def build(paths: list[Path], out: Path, base: str, layout: str | None = None, *, validate: bool = True,
          allow_invalid: bool = False, strict: bool = False, formats=ALL_FORMATS, jobs: int | None = None,
          executor: str = "local", scheduler: str | None = None, cache: Path | None = None,
          shapes: Path | None = None, progress: bool | None = None, limits: Limits | None = None,
          max_act_mb: float | None = DEFAULT_MAX_ACT_MB) -> BuildResult:
    """Build every act at ``paths`` into ``out``. ``jobs`` processes (default: one per core) or a Dask cluster
    (``executor="dask"``, ``scheduler``) build the acts, each within ``limits`` (local processes) and
    ``max_act_mb`` of text; ``cache`` (default ``out/.treatykg/cache``) keeps each act's result for the next build.
    An act that violates the shapes is left out of the dumps (``strict``: nothing is published;
    ``allow_invalid``: it is published). Raises OutputError when ``out`` or ``cache`` may not be written."""
    unknown = set(formats) - set(FORMATS)
    if unknown:
        raise ValueError(f"unknown dump format(s) {', '.join(sorted(unknown))}; known: {', '.join(FORMATS)}")
    if strict and allow_invalid:
        raise ValueError("--strict and --allow-invalid contradict each other: choose one")
    with OutputFolder(Path(out), list(paths), cache).owned() as folder:
        return _build(folder, paths, base, layout, validate=validate, allow_invalid=allow_invalid, strict=strict,
                      formats=formats, jobs=jobs, executor=executor, scheduler=scheduler, cache=cache, shapes=shapes,
                      progress=progress, limits=limits, max_act_mb=max_act_mb)


def _build(folder: OutputFolder, paths: list[Path], base: str, layout: str | None, *, validate: bool,
           allow_invalid: bool, strict: bool, formats, jobs: int | None, executor: str, scheduler: str | None,
           cache: Path | None, shapes: Path | None, progress: bool | None, limits: Limits | None,
           max_act_mb: float | None) -> BuildResult:
    out = folder.out
    config = BuildConfig(base, tuple(f for f in FORMATS if f in set(formats)), validate,
                         str(shapes) if shapes else None)
    timings: dict[str, float] = {}
    clock = time.perf_counter()
    problems: list[SourceError] = []
    locations = locate_all(paths, layout, problems)
    too_big = _oversized(locations, max_act_mb)
    act_cache = ActCache(cache or out / STATE_DIR / "cache", config)
    keys = [f"oversized-{i}" if i in too_big else act_cache.key(location) for i, location in enumerate(locations)]
    records: list[ActRecord | None] = [too_big.get(i) or act_cache.record(key) for i, key in enumerate(keys)]
    todo = [i for i, record in enumerate(records) if record is None]
    timings["locate"] = time.perf_counter() - clock

    result = BuildResult(out, allow_invalid=allow_invalid, strict=strict, built=len(todo),
                         reused=len(locations) - len(todo) - len(too_big), timings=timings)
    policy = _Policy(validate and not allow_invalid and not strict)
    merge_key = hashlib.sha256(repr((config, allow_invalid, strict, keys)).encode()).hexdigest()
    if not todo and not too_big and _reuse_previous(result, merge_key):
        result.acts = _every_record(records)
        _collect_messages(result, problems, policy)
        return result

    runner = make_executor(executor, jobs, scheduler, limits)
    generation = folder.new_generation()

    def blocks_of(i: int, part: str):
        record = records[i]
        return None if record is None or policy.leaves_out(record) else act_cache.blocks(keys[i], part)

    merge = Merge(generation, config.formats, len(locations), blocks_of)
    try:
        clock = time.perf_counter()
        bar = Progress(len(locations), enabled=progress)
        try:
            if runner.shares_files:  # the workers store each act's entry; only its record comes back
                results = runner.map_unordered(run_and_cache, [(i, locations[i], config, act_cache.root, keys[i])
                                                               for i in todo])
            else:
                results = runner.map_unordered(run_act, [(i, locations[i], config) for i in todo])
            for i, record in enumerate(records):  # while the workers start: the acts built before
                if record is not None:
                    merge.act_done(i)
                    bar.update()
            for item in results:
                if isinstance(item, TaskFailed):
                    i, output = _failed(item, locations)
                else:
                    i, output = item
                    if not runner.shares_files:
                        act_cache.put(keys[i], output)
                records[i] = output.record
                merge.act_done(i, None if policy.leaves_out(output.record) else output.blocks)
                bar.update()
        finally:
            runner.close()
            bar.close()
        timings["acts"] = time.perf_counter() - clock
        result.acts = _every_record(records)
        _collect_messages(result, problems, policy)
        published = _merge_and_publish(result, [policy.published_part(r) for r in _every_record(records)], merge,
                                       generation, config, merge_key, folder)
    except BaseException:
        merge.abandon()
        shutil.rmtree(generation, ignore_errors=True)
        raise
    if not published:
        shutil.rmtree(generation, ignore_errors=True)
    if cache is None:
        act_cache.prune(set(keys))
    return result


class _Policy:
    """Which acts the dumps leave out: those whose own graph violates the shapes, unless every act is published
    (``--allow-invalid``, ``--no-validate``) or none is unless all are valid (``--strict``)."""

    def __init__(self, per_act: bool):
        self.per_act = per_act

    def leaves_out(self, record: ActRecord) -> bool:
        return self.per_act and bool(record.violations) and not record.failed

    def published_part(self, record: ActRecord) -> ActRecord:
        """What the merge sees of an act: nothing of an act left out, but its place in the order."""
        if not self.leaves_out(record):
            return record
        return ActRecord(record.location, record.act_id)


def _oversized(locations: list[ActLocation], max_mb: float | None) -> dict[int, ActRecord]:
    """Failed records of the acts whose files together exceed ``max_mb``, found without reading them."""
    found: dict[int, ActRecord] = {}
    if max_mb is None:
        return found
    for i, location in enumerate(locations):
        sizes = []
        for path in location.files():
            try:
                sizes.append((path.stat().st_size, path))
            except OSError:  # the task reports what cannot be read
                pass
        total = sum(size for size, _ in sizes)
        if total > max_mb * 1024 * 1024:
            biggest = max(sizes)[1]
            record = ActRecord(str(location.path if location.key is None else location.path / location.key))
            record.errors.append(SourceError(biggest, None, f"{total / 1024 / 1024:.1f} MB of text, over the limit of "
                                             f"{max_mb:g} MB for one act (--max-act-size): not read"))
            found[i] = record
    return found


def _failed(failure: TaskFailed, locations: list[ActLocation]) -> tuple[int, ActOutput]:
    """The record of an act whose task gave no result (stopped at its time limit, or its worker died)."""
    index = failure.task[0]
    location = locations[index]
    record = ActRecord(str(location.path if location.key is None else location.path / location.key))
    record.errors.append(SourceError(record.location, None, failure.reason))
    return index, ActOutput(record, None)


def _every_record(records: list[ActRecord | None]) -> list[ActRecord]:
    """The acts' records, once every act is built or taken from the cache."""
    done = [record for record in records if record is not None]
    if len(done) != len(records):
        raise RuntimeError(f"build: {len(records) - len(done)} acts were never reported built")
    return done


def _collect_messages(result: BuildResult, problems: list[SourceError], policy: _Policy) -> None:
    """Every act's errors and warnings; the paths that could not be located, each as a failed act of its own; the
    acts left out."""
    for problem in problems:
        result.acts.append(ActRecord(str(problem.path), errors=[problem]))
    for record in result.acts:
        result.errors.extend(record.errors)
        result.warnings.extend(record.warnings)
    result.left_out = [record for record in result.acts if policy.leaves_out(record)]


def _reuse_previous(result: BuildResult, merge_key: str) -> bool:
    """Nothing changed since the last build into the same folder: keep its dumps, store and report."""
    try:
        manifest = pickle.loads((result.out / STATE_DIR / MANIFEST).read_bytes())
    except Exception:  # noqa: BLE001 - no usable manifest: merge again
        return False
    if manifest["key"] != merge_key or not (result.out / STORE_DIR).is_dir():
        return False
    if any(not (result.out / name).is_file() or (result.out / name).stat().st_size != size
           for name, size in manifest["sizes"].items()):
        return False
    fields = ("report", "sizes", "triples", "entities", "graph_count", "published", "revalidated", "disagreements")
    if any(name not in manifest for name in fields):
        return False
    for name in fields:
        setattr(result, name, manifest[name])
    result.merged = False
    return True


def _merge_and_publish(result: BuildResult, records: list[ActRecord], merge: Merge, generation: Path,
                       config: BuildConfig, merge_key: str, folder: OutputFolder) -> bool:
    """Merge the acts (``records``: empty for the acts left out), validate what crosses acts, and publish; False
    when ``strict`` refuses to."""
    out = result.out
    clock = time.perf_counter()
    minter = Minter(config.base)
    sources = [(URIRef(e), path, sha) for record in records for e, path, sha in record.sources]
    activity, activity_triples = build_activity(minter, sources)
    provenance_graph = str(Minter.graph(activity))
    extra_graphs = {provenance_graph: (convert_triples(activity_triples), True),
                    str(ONTOLOGY_GRAPH): (convert_triples(ontology_triples()), False)}
    activity_classes = Counter(str(o) for _, p, o in activity_triples if p == RDF.type)
    disputable = disputable_predicates(str(config.shapes or default_shapes())) if config.validate else frozenset()
    merged = merge.finish(records, extra_graphs, activity_classes, disputable)
    result.timings["merge"] = time.perf_counter() - clock
    result.warnings.extend(merged.warnings)
    result.triples = merged.triples + len(activity_triples)
    result.entities = merged.entities + 1
    result.graph_count = len(merged.graphs) + 1
    report = None
    if config.validate:
        clock = time.perf_counter()
        report, result.revalidated = cross_act_report(records, merged.disputed, merged.exact, merge.store,
                                                      str(activity), activity_triples, config.shapes,
                                                      triples=result.triples)
        result.report = report
        if not result.allow_invalid:
            found = conflicts(report, records)
            result.disagreements = _disagreements(found)
            if found and not result.strict:
                _record_disagreements(result, found, merge, merged, activity, generation, config)
        result.timings["validate"] = time.perf_counter() - clock
    merge.close_store()  # closed before its folder is moved or removed
    if result.strict and ((report is not None and report.violations) or any(r.violations for r in result.acts)):
        return False  # all or nothing: the previous generation stays published
    clock = time.perf_counter()
    merged.graphs[provenance_graph] = len(activity_triples)
    sizes = dict(merged.sizes)
    write_atomic(generation / ONTOLOGY_FILE[0], rdfxml(ontology_triples()))
    sizes[ONTOLOGY_FILE[0]] = (generation / ONTOLOGY_FILE[0]).stat().st_size
    for name, data in shipped_files(config.shapes).items():  # the shapes and the ontology closure, for any tool
        write_atomic(generation / name, data)
        sizes[name] = len(data)
    void = turtle(void_description(minter, activity, result, records, merged, sizes))
    write_atomic(generation / VOID_FILE[0], void)
    sizes[VOID_FILE[0]] = len(void)
    (out / STATE_DIR / MANIFEST).unlink(missing_ok=True)
    folder.publish(generation, sorted(sizes), [STORE_DIR])
    result.sizes, result.published = sizes, True
    manifest = {"key": merge_key, "sizes": sizes, "report": result.report, "triples": result.triples,
                "entities": result.entities, "graph_count": result.graph_count, "published": True,
                "revalidated": result.revalidated, "disagreements": result.disagreements}
    write_atomic(out / STATE_DIR / MANIFEST, pickle.dumps(manifest, protocol=5))
    result.timings["publish"] = time.perf_counter() - clock
    return True


def _disagreements(found: list[Conflict]) -> list[SourceError]:
    """The violations of the merged graph (each act's own graph is valid, or it was left out): acts that state one
    thing differently. Each is a warning at the file and line of its focus node, naming every act that states it."""
    messages = []
    for conflict in found:
        r, acts = conflict.result, [record for _, record in conflict.acts]
        path, line = _source_line(r.source, acts)
        messages.append(SourceError(path or (acts[0].location if acts else str(r.focus)), line,
                                    f"acts disagree: {r.message} ({r.focus}); stated by "
                                    f"{', '.join(a.location for a in acts) or 'no act'}", fatal=False))
    return messages


def _record_disagreements(result: BuildResult, found: list[Conflict], merge: Merge, merged, activity: URIRef,
                          generation: Path, config: BuildConfig) -> None:
    """The disagreements between acts as tkg:Disagreement nodes in a graph of their own, appended to the dumps
    (closed by the merge, not yet published) and to the store (still open), and counted as the merge counts."""
    def line_of(source: str, record: ActRecord) -> int | None:
        return _source_line(source, [record])[1]

    triples = disagreement_triples(found, activity, merge.blocks_of, line_of)
    if not triples:
        return
    graph = str(disagreement_graph(activity))
    converted = convert_triples(triples)
    writer = DumpWriter.reopened(generation, config.formats)
    try:
        writer.add_graph(graph, converted, instance=True)
    except BaseException:
        writer.abandon()
        raise
    merged.sizes.update(writer.close())
    merge.store.bulk_load(b"".join(f"{t} <{graph}> .\n{t} .\n".encode() for t in converted),
                          format=ox.RdfFormat.N_QUADS)
    merge.store.flush()
    merged.graphs[graph] = len(triples)
    merged.classes.update(str(o) for _, p, o in triples if p == RDF.type)
    result.triples += len(triples)
    result.entities += len({s for s, _, _ in triples})
    result.graph_count += 1


def _source_line(source: str, records: list[ActRecord]) -> tuple[str | None, int | None]:
    """The file (as read) and line of a result's passage, ``name:start-end``, among the files of ``records``."""
    from treatykg.errors import line_of
    from treatykg.text.readers import read_text

    name, _, span = source.rpartition(":")
    for record in records:
        path = record.files.get(name)
        if path is not None:
            start = span.split("-", 1)[0]
            try:
                return path, line_of(read_text(Path(path)).text, int(start)) if start.isdigit() else None
            except SourceError:
                return path, None
    return None, None


def void_description(minter: Minter, activity: URIRef, result: BuildResult, records: list[ActRecord], merged,
                     sizes: dict[str, int]) -> set:
    dataset = minter.dataset()
    t = {(dataset, RDF.type, VOID.Dataset), (dataset, RDF.type, DCAT.Dataset),
         (dataset, DCTERMS.title, Literal("treatykg: treaty acts of Kazakhstan as a knowledge graph", lang="en")),
         (dataset, DCTERMS.license, LICENCE),
         (dataset, VOID.vocabulary, URIRef(ONTOLOGY_IRI)),
         (dataset, VOID.triples, Literal(result.triples, datatype=XSD.integer)),
         (dataset, VOID.entities, Literal(result.entities, datatype=XSD.integer)),
         (dataset, PROV.wasGeneratedBy, activity),
         (dataset, TKG.softwareVersion, Literal(__version__))}
    if result.allow_invalid and result.report is not None and result.report.violations:
        # no vocabulary term for this yet: recorded as a description of the dataset
        t.add((dataset, DCTERMS.description,
               Literal(f"built with --allow-invalid: {result.report.violations} violations", lang="en")))
    elif result.disagreements:
        t.add((dataset, DCTERMS.description,
               Literal(f"{len(result.disagreements)} violations where acts state one thing differently "
                       "(disagreements between acts)", lang="en")))
    if result.left_out:
        t.add((dataset, DCTERMS.description,
               Literal(f"{len(result.left_out)} acts left out: their graphs violate the shapes", lang="en")))
    for record in records:
        if record.treaty:
            t.add((dataset, VOID.rootResource, URIRef(record.treaty)))
    for cls, count in merged.classes.items():
        partition = URIRef(f"{dataset}/class/{cls.split('#')[-1].split('/')[-1]}")
        t |= {(dataset, VOID.classPartition, partition), (partition, VOID["class"], URIRef(cls)),
              (partition, VOID.entities, Literal(count, datatype=XSD.integer))}
    for name, size in sizes.items():
        media_type, label = FILES[name] if name in FILES else SHIPPED[name]
        distribution = URIRef(f"{dataset}/distribution/{name}")
        download = minter.dump(name)
        t |= {(dataset, VOID.dataDump, download), (dataset, DCAT.distribution, distribution),
              (distribution, RDF.type, DCAT.Distribution), (distribution, DCAT.downloadURL, download),
              (distribution, DCAT.mediaType, Literal(media_type)), (distribution, DCTERMS.format, Literal(label)),
              (distribution, DCAT.byteSize, Literal(size, datatype=XSD.nonNegativeInteger))}
    for graph, count in merged.graphs.items():
        subset = URIRef(f"{graph}/void")
        t |= {(dataset, VOID.subset, subset), (subset, RDF.type, VOID.Dataset),
              (subset, VOID.triples, Literal(count, datatype=XSD.integer)), (subset, DCTERMS.source, URIRef(graph))}
    return t
