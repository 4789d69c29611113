"""``treatykg build``: parse, extract and graph every act, then write the dumps and their VoID/DCAT description."""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.compare import to_canonical_graph

from . import __version__
from .dumps import FILES, write_dumps
from .errors import SourceError
from .extract.pipeline import extract_act
from .graph import ActGraphs, build_act_graphs, build_activity
from .iris import Minter
from .pipeline import parse_act
from .resources import data_dir
from .sources import discover
from .store import persist_store
from .vocab import DCAT, DCTERMS, ONTOLOGY_IRI, PROV, RDF, TKG, VOID, XSD

LICENCE = URIRef("https://creativecommons.org/licenses/by/4.0/")


@dataclass
class BuildResult:
    acts: list[ActGraphs] = field(default_factory=list)
    errors: list[SourceError] = field(default_factory=list)
    warnings: list[SourceError] = field(default_factory=list)
    sizes: dict[str, int] = field(default_factory=dict)
    graphs: dict[URIRef, set] = field(default_factory=dict)
    triples: int = 0
    report: object = None  # the SHACL validation Report of the instance data (treatykg.validate)
    published: bool = False  # False when validation found violations and the dumps were not written
    allow_invalid: bool = False


def ontology_triples() -> set:
    """The ontology, with its blank nodes (OWL restrictions) renamed canonically so that dumps are stable."""
    graph = Graph()
    graph.parse(data_dir("ontology") / "treatykg.ttl", format="turtle")
    return set(to_canonical_graph(graph))


def _progress(done: int, total: int) -> None:
    if total >= 20 and sys.stderr.isatty():
        print(f"\rbuilding {done}/{total} acts", end="" if done < total else "\n", file=sys.stderr)


def build(paths: list[Path], out: Path, base: str, layout: str | None = None, *, validate: bool = True,
          allow_invalid: bool = False) -> BuildResult:
    """Build every act; validate the instance data (SHACL, act by act) and write the dumps only if no shape is
    violated, unless ``allow_invalid`` (then the VoID description records how many violations were published)."""
    minter = Minter(base)
    result = BuildResult(allow_invalid=allow_invalid)
    sources = [source for path in paths for source in discover(path, layout)]
    for n, source in enumerate(sources, 1):
        parsed = parse_act(source)
        result.errors.extend(parsed.errors)
        result.warnings.extend(parsed.warnings)
        if parsed.versions:
            act_graphs = build_act_graphs(parsed, extract_act(parsed), minter)
            result.acts.append(act_graphs)
            for graph, triples in act_graphs.graphs.items():
                result.graphs.setdefault(graph, set()).update(triples)
        _progress(n, len(sources))
    all_sources = [s for act in result.acts for s in act.sources]
    activity, activity_triples = build_activity(minter, all_sources)
    provenance_graph = Minter.graph(activity)
    result.graphs[provenance_graph] = activity_triples
    ontology = ontology_triples()
    instance = set().union(*result.graphs.values())
    result.triples = len(instance)

    if validate:
        from .validate import validate_build_result

        result.report = validate_build_result(result, allow_warnings=True)
        if result.report.violations and not allow_invalid:
            return result  # refuse to publish: nothing is written, earlier dumps stay as they were

    def describe(sizes: dict[str, int]) -> set:
        return void_description(minter, activity, result, instance, sizes)

    result.published = True
    result.sizes = write_dumps(out, result.graphs, URIRef(ONTOLOGY_IRI + "/graph"), ontology, describe)
    persist_store(out, out / "treatykg.nq")
    return result


def void_description(minter: Minter, activity: URIRef, result: BuildResult, instance: set, sizes: dict[str, int]) -> set:
    dataset = minter.dataset()
    t = {(dataset, RDF.type, VOID.Dataset), (dataset, RDF.type, DCAT.Dataset),
         (dataset, DCTERMS.title, Literal("treatykg: treaty acts of Kazakhstan as a knowledge graph", lang="en")),
         (dataset, DCTERMS.license, LICENCE),
         (dataset, VOID.vocabulary, URIRef(ONTOLOGY_IRI)),
         (dataset, VOID.triples, Literal(len(instance), datatype=XSD.integer)),
         (dataset, VOID.entities, Literal(len({s for s, _, _ in instance}), datatype=XSD.integer)),
         (dataset, PROV.wasGeneratedBy, activity),
         (dataset, TKG.softwareVersion, Literal(__version__))}
    if result.allow_invalid and result.report is not None and result.report.violations:
        # no vocabulary term for this yet: recorded as a description of the dataset
        t.add((dataset, DCTERMS.description,
               Literal(f"built with --allow-invalid: {result.report.violations} violations", lang="en")))
    for act in result.acts:
        if act.treaty:
            t.add((dataset, VOID.rootResource, act.treaty))
    classes = Counter(o for _, p, o in instance if p == RDF.type)
    for cls, count in classes.items():
        partition = URIRef(f"{dataset}/class/{cls.split('#')[-1].split('/')[-1]}")
        t |= {(dataset, VOID.classPartition, partition), (partition, VOID["class"], cls),
              (partition, VOID.entities, Literal(count, datatype=XSD.integer))}
    for name, size in sizes.items():
        media_type, label = FILES[name]
        distribution = URIRef(f"{dataset}/distribution/{name}")
        download = minter.dump(name)
        t |= {(dataset, VOID.dataDump, download), (dataset, DCAT.distribution, distribution),
              (distribution, RDF.type, DCAT.Distribution), (distribution, DCAT.downloadURL, download),
              (distribution, DCAT.mediaType, Literal(media_type)), (distribution, DCTERMS.format, Literal(label)),
              (distribution, DCAT.byteSize, Literal(size, datatype=XSD.nonNegativeInteger))}
    for graph, triples in result.graphs.items():
        subset = URIRef(f"{graph}/void")
        t |= {(dataset, VOID.subset, subset), (subset, RDF.type, VOID.Dataset),
              (subset, VOID.triples, Literal(len(triples), datatype=XSD.integer)), (subset, DCTERMS.source, graph)}
    return t
