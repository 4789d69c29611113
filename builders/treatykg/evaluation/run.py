"""One evaluation: build the gold set's acts into a store, read each language version's graph, score it against
its gold file, and check the invariants of every act."""

from __future__ import annotations

import tempfile
import time
from contextlib import nullcontext
from dataclasses import dataclass, field, replace
from pathlib import Path

from treatykg.build.corpus_build import build
from treatykg.evaluation import goldset
from treatykg.evaluation.invariants import Finding, check_act, check_version
from treatykg.evaluation.reading import Reading, evaluation_query, read_graph
from treatykg.evaluation.scoring import Check, score_document
from treatykg.rdf.iris import Minter
from treatykg.rdf.vocab import DEFAULT_BASE
from treatykg.store.embedded import open_store
from treatykg.store.queries import OxigraphEngine, Param, Term


@dataclass
class Evaluation:
    gold: goldset.GoldSet
    checks: list[Check] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    refused: dict[str, list[str]] = field(default_factory=dict)   # document -> the builder's errors
    warnings: dict[str, int] = field(default_factory=dict)        # document -> warnings of its act
    violations: dict[str, int] = field(default_factory=dict)      # document -> SHACL violations of its act
    seconds: dict[str, float] = field(default_factory=dict)

    @property
    def documents(self) -> list[goldset.GoldDocument]:
        return self.gold.documents


def evaluate(index: Path | None = None, *, collections: set[str] | None = None, work: Path | None = None,
             jobs: int | None = None, progress: bool | None = False) -> Evaluation:
    """Evaluate the builder on the gold set of ``index`` (default: the project's gold/INDEX.json). The acts are
    built into ``work`` (default: a temporary folder) as ``treatykg build --allow-invalid`` would build them."""
    gold = goldset.load(index, collections)
    evaluation = Evaluation(gold)
    context = tempfile.TemporaryDirectory(prefix="treatykg-evaluate-") if work is None else nullcontext(str(work))
    with context as folder:
        clock = time.perf_counter()
        result = build(gold.act_roots(), Path(folder), DEFAULT_BASE, formats=(), allow_invalid=True, jobs=jobs,
                       progress=progress)
        evaluation.seconds["build"] = time.perf_counter() - clock
        clock = time.perf_counter()
        engine = OxigraphEngine(store=open_store(Path(folder)))
        _score(evaluation, result.acts, engine)
        del engine  # the store is closed before its temporary folder goes
        evaluation.seconds["read and score"] = time.perf_counter() - clock
    return evaluation


def _score(evaluation: Evaluation, records, engine) -> None:
    by_path = {}
    for record in records:
        for expression, name, _ in record.sources:  # provenance's name of the file -> the path the build read
            by_path[Path(record.files.get(name, name)).resolve()] = (record, str(Minter.graph(expression)))
    readings: dict[str, Reading] = {}
    for document in evaluation.documents:
        found = by_path.get(document.path)
        if found is None:
            # a failed act has no sources: its location is the file, the act folder, or the kz-laws root and id
            places = (document.path, document.path.parent, document.path.parent.parent / document.path.stem)
            record = next((r for r in records if Path(r.location).resolve() in places), None)
            errors = [str(e) for e in record.errors] if record else ["the builder found no act in this file"]
            evaluation.refused[document.name] = errors or ["the builder gave no graph for this file"]
            if document.gold is not None:  # everything the text states is missing
                evaluation.checks.extend(score_document(document.name, document.gold, Reading("")))
            continue
        record, graph = found
        if record.errors:
            evaluation.refused[document.name] = [str(e) for e in record.errors]
        evaluation.warnings[document.name] = len(record.warnings)
        evaluation.violations[document.name] = sum(1 for r in record.results if r.level == "Violation")
        reading = readings[document.name] = read_graph(engine, graph)
        evaluation.findings.extend(replace(f, collection=document.collection)
                                   for f in check_version(document.name, reading))
        if document.gold is not None:
            evaluation.checks.extend(score_document(document.name, document.gold, reading))
    for documents in evaluation.gold.acts.values():
        by_language = {d.language: d for d in documents}
        if not {"kk", "ru"} <= set(by_language):
            continue
        kk, ru = (readings.get(by_language[language].name) for language in ("kk", "ru"))
        if kk is None or ru is None:
            continue
        record = by_path[by_language["kk"].path][0]
        finding = check_act(_act_name(by_language), kk, ru, _recorded(engine, record))
        evaluation.findings.append(replace(finding, collection=documents[0].collection))


def _act_name(by_language: dict[str, goldset.GoldDocument]) -> str:
    names = sorted(d.name.removesuffix(f"-{language}") for language, d in by_language.items())
    return names[0] if len(set(names)) == 1 else " / ".join(names)


def _recorded(engine, record) -> set[str]:
    """The aspects on which the builder recorded that the act's kk and ru versions disagree."""
    query = evaluation_query("disagreements")
    aspects: set[str] = set()
    for graph in record.graphs:
        if graph.endswith("/alignment/graph"):
            result = engine.select(query, [Param("graph", Term("uri", graph))])
            column = result.columns.index("aspect")
            aspects |= {row[column].value for row in result.rows if row[column] is not None}
    return aspects
