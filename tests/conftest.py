"""Fixtures shared by the unit and integration tests. The bundled corpus is parsed once per process and built once
per test run: with pytest-xdist, the first worker builds it under a lock and the others read that build."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import pytest
from filelock import FileLock

from helpers import CORPUS, SEED_ID, corpus_facts, parsed_corpus
from treatykg.text.parsed import ParsedAct

IN_CI = os.environ.get("CI", "").lower() in ("true", "1", "yes")


@pytest.fixture(scope="session")
def corpus_acts() -> tuple[ParsedAct, ...]:
    return parsed_corpus()


@pytest.fixture(scope="session")
def seed():
    act = next(a for a in parsed_corpus() if a.source.act_id == SEED_ID)
    return act.versions[0].document


@pytest.fixture(scope="session")
def seed_facts():
    return corpus_facts(SEED_ID, "kk")


def _shared_folder(tmp_path_factory: pytest.TempPathFactory, worker_id: str) -> Path:
    """A folder every xdist worker of this run sees (the run's own temporary folder without xdist)."""
    base = tmp_path_factory.getbasetemp()
    return base if worker_id == "master" else base.parent


@pytest.fixture(scope="session")
def corpus_build(tmp_path_factory, worker_id):
    """The bundled corpus built once for the test run, serially: (output folder, BuildResult). Tests only read it;
    a test that needs a build of its own (parallel, incremental, another configuration) makes one."""
    from treatykg.build.corpus_build import build
    from treatykg.rdf.vocab import DEFAULT_BASE

    shared = _shared_folder(tmp_path_factory, worker_id)
    out, saved = shared / "corpus-build", shared / "corpus-build.pickle"
    with FileLock(str(shared / "corpus-build.lock")):
        if saved.is_file():
            return out, pickle.loads(saved.read_bytes())
        result = build([CORPUS], out, DEFAULT_BASE, jobs=1)
        assert not result.errors and result.published
        saved.write_bytes(pickle.dumps(result))
    return out, result


@pytest.fixture(scope="session")
def corpus_act_triples(corpus_build) -> list[tuple[str, set]]:
    """Each act of the session's build as (act IRI, its triples: its named graphs together), smallest first."""
    from treatykg.validation.validator import group_of

    groups: dict[str, set] = {}
    for graph, triples in corpus_build[1].graphs.items():
        groups.setdefault(group_of(str(graph)), set()).update(triples)
    return sorted(((k, v) for k, v in groups.items() if "/akn/" in k), key=lambda kv: len(kv[1]))


@pytest.fixture(scope="session")
def virtuoso():
    """A private Virtuoso on 127.0.0.1 for the session; in CI it must start, elsewhere its absence skips. The tests
    that use it run in one xdist worker (their xdist_group), so one server serves them all."""
    from virtuoso_server import VirtuosoServer, VirtuosoUnavailable

    server = VirtuosoServer()
    try:
        server.start()
    except VirtuosoUnavailable as error:
        server.stop()
        if IN_CI:
            pytest.fail(f"Virtuoso is required in CI: {error}")
        pytest.skip(f"Virtuoso unavailable: {error}")
    yield server
    server.stop()
