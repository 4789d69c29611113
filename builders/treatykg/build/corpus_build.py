"""``treatykg build``: every act built on its own, in parallel; then one merge writes the dumps, the embedded
store and their VoID/DCAT description.

1. Locate the acts (no text is read yet) and key each one by the content of its files (treatykg.cache).
2. Build every act whose key is not in the cache, across all cores or on a Dask cluster (treatykg.executors):
   each task reads, parses, extracts, graphs, validates and serialises one act (treatykg.act_task). A failure
   stays with its act; the others go on.
3. Merge (treatykg.merge): one pass over the acts' blocks writes every dump and bulk-loads the store; entities
   that several acts describe merge by IRI. The rules that cross acts are validated once, on the merged store.
4. Publish: if SHACL found violations, nothing is published (unless ``allow_invalid``, which VoID records);
   otherwise each file replaces the old one by a rename.

Memory stays bounded by a few acts' blocks and a small record per act; the shared-entity table goes to disk
(treatykg.merge). A rebuild reuses every unchanged act, and when nothing changed at all, the previous dumps as
they are.
"""

from __future__ import annotations

import hashlib
import os
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
from treatykg.build.act_task import ActRecord, BuildConfig, run_act
from treatykg.build.cache import ActCache, run_and_cache
from treatykg.build.executors import make_executor
from treatykg.build.merge import STORE_DIR, Merge, convert_triples, publish
from treatykg.build.progress import Progress
from treatykg.build.shipped import SHIPPED, shipped_files
from treatykg.errors import SourceError
from treatykg.files import data_dir, write_atomic
from treatykg.rdf.dumps import FILES, FORMATS, ONTOLOGY_FILE, VOID_FILE, rdfxml, turtle
from treatykg.rdf.graph import build_activity
from treatykg.rdf.iris import Minter
from treatykg.rdf.vocab import DCAT, DCTERMS, ONTOLOGY_IRI, PROV, RDF, TKG, VOID, XSD
from treatykg.text.readers import locate_all
from treatykg.validation.cross_act import cross_act_report, disputable_predicates
from treatykg.validation.report import Report
from treatykg.validation.validator import default_shapes

LICENCE = URIRef("https://creativecommons.org/licenses/by/4.0/")
ONTOLOGY_GRAPH = URIRef(ONTOLOGY_IRI + "/graph")
ALL_FORMATS = tuple(FORMATS)
STATE_DIR = ".treatykg"  # in the output folder: the build cache, the last build's manifest, the staging area
MANIFEST = "build.pickle"


@dataclass
class BuildResult:
    out: Path
    acts: list[ActRecord] = field(default_factory=list)
    errors: list[SourceError] = field(default_factory=list)
    warnings: list[SourceError] = field(default_factory=list)
    report: Report | None = None  # the validation report of the instance data (None: not validated)
    published: bool = False  # False when validation found violations and the dumps were not written
    allow_invalid: bool = False
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
          allow_invalid: bool = False, formats=ALL_FORMATS, jobs: int | None = None, executor: str = "local",
          scheduler: str | None = None, cache: Path | None = None, shapes: Path | None = None,
          progress: bool | None = None) -> BuildResult:
    """Build every act at ``paths`` into ``out``. ``jobs`` processes (default: one per core) or a Dask cluster
    (``executor="dask"``, ``scheduler``) build the acts; ``cache`` (default ``out/.treatykg/cache``) keeps each act's
    result for the next build. Dumps that violate the shapes are not published unless ``allow_invalid``."""
    out = Path(out)
    unknown = set(formats) - set(FORMATS)
    if unknown:
        raise ValueError(f"unknown dump format(s) {', '.join(sorted(unknown))}; known: {', '.join(FORMATS)}")
    config = BuildConfig(base, tuple(f for f in FORMATS if f in set(formats)), validate,
                         str(shapes) if shapes else None)
    timings: dict[str, float] = {}
    clock = time.perf_counter()
    locations = locate_all(paths, layout)
    act_cache = ActCache(cache or out / STATE_DIR / "cache", config)
    keys = [act_cache.key(location) for location in locations]
    records: list[ActRecord | None] = [act_cache.record(key) for key in keys]
    todo = [i for i, record in enumerate(records) if record is None]
    timings["locate"] = time.perf_counter() - clock

    result = BuildResult(out, allow_invalid=allow_invalid, built=len(todo), reused=len(locations) - len(todo),
                         timings=timings)
    merge_key = hashlib.sha256(repr((config, allow_invalid, keys)).encode()).hexdigest()
    if not todo and _reuse_previous(result, merge_key):
        result.acts = _every_record(records)
        _collect_messages(result)
        return result

    runner = make_executor(executor, jobs, scheduler)
    for leftover in (out / STATE_DIR).glob("staging-*"):  # from a build that was killed
        shutil.rmtree(leftover, ignore_errors=True)
    staging = out / STATE_DIR / f"staging-{os.getpid()}"
    merge = Merge(staging, config.formats, len(locations), lambda i, part: act_cache.blocks(keys[i], part))
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
            for i, output in results:
                if not runner.shares_files:
                    act_cache.put(keys[i], output)
                records[i] = output.record
                merge.act_done(i, output.blocks)
                bar.update()
        finally:
            runner.close()
            bar.close()
        timings["acts"] = time.perf_counter() - clock
        result.acts = _every_record(records)
        _collect_messages(result)
        _merge_and_publish(result, result.acts, merge, staging, config, merge_key)
    except BaseException:
        merge.abandon()
        raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    if cache is None:
        act_cache.prune(set(keys))
    return result


def _every_record(records: list[ActRecord | None]) -> list[ActRecord]:
    """The acts' records, once every act is built or taken from the cache."""
    done = [record for record in records if record is not None]
    if len(done) != len(records):
        raise RuntimeError(f"build: {len(records) - len(done)} acts were never reported built")
    return done


def _collect_messages(result: BuildResult) -> None:
    for record in result.acts:
        result.errors.extend(record.errors)
        result.warnings.extend(record.warnings)


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
    for name in ("report", "sizes", "triples", "entities", "graph_count", "published", "revalidated"):
        setattr(result, name, manifest[name])
    result.merged = False
    return True


def _merge_and_publish(result: BuildResult, records: list[ActRecord], merge: Merge, staging: Path,
                       config: BuildConfig, merge_key: str) -> None:
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
        result.timings["validate"] = time.perf_counter() - clock
    merge.close_store()  # closed before its folder is moved or removed
    if report is not None and report.violations and not result.allow_invalid:
        return  # refuse to publish: nothing is written, earlier dumps stay as they were
    clock = time.perf_counter()
    merged.graphs[provenance_graph] = len(activity_triples)
    sizes = dict(merged.sizes)
    write_atomic(staging / ONTOLOGY_FILE[0], rdfxml(ontology_triples()))
    sizes[ONTOLOGY_FILE[0]] = (staging / ONTOLOGY_FILE[0]).stat().st_size
    for name, data in shipped_files(config.shapes).items():  # the shapes and the ontology closure, for any tool
        write_atomic(staging / name, data)
        sizes[name] = len(data)
    void = turtle(void_description(minter, activity, result, records, merged, sizes))
    write_atomic(staging / VOID_FILE[0], void)
    sizes[VOID_FILE[0]] = len(void)
    (out / STATE_DIR / MANIFEST).unlink(missing_ok=True)
    publish(staging, out, sorted(sizes))
    result.sizes, result.published = sizes, True
    manifest = {"key": merge_key, "sizes": sizes, "report": result.report, "triples": result.triples,
                "entities": result.entities, "graph_count": result.graph_count, "published": True,
                "revalidated": result.revalidated}
    write_atomic(out / STATE_DIR / MANIFEST, pickle.dumps(manifest, protocol=5))
    result.timings["publish"] = time.perf_counter() - clock


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
