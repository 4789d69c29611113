from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import os

import pytest

from treatykg.text.parsed import ParsedAct, parse_path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
SEED = CORPUS / "adilet" / "p2011-860-blr-govcomm-kk.txt"
GOV = CORPUS / "kazakhstan-law-government" / "06-government" / "103-pravitelstvo"


@lru_cache(maxsize=None)
def _parsed_corpus() -> tuple[ParsedAct, ...]:
    return tuple(parse_path(CORPUS))


@pytest.fixture(scope="session")
def corpus_acts() -> tuple[ParsedAct, ...]:
    return _parsed_corpus()


def corpus_version(act_id: str, language: str):
    """One language version of one corpus act, parsed once per session."""
    act = next(a for a in _parsed_corpus() if a.source.act_id == act_id)
    return next(v for v in act.versions if v.language == language)


@lru_cache(maxsize=None)
def corpus_facts(act_id: str, language: str):
    """The facts one language version of one corpus act states, extracted once per session."""
    from treatykg.facts.extraction import extract_act

    act = next(a for a in _parsed_corpus() if a.source.act_id == act_id)
    return extract_act(act).versions[language][1]


def all_versions():
    return [(act, v) for act in _parsed_corpus() for v in act.versions]


def version_id(item) -> str:
    act, version = item
    return f"{act.source.act_id}-{version.language}"


@pytest.fixture(scope="session")
def seed():
    act = next(a for a in _parsed_corpus() if a.source.act_id == "p2011-860-blr-govcomm")
    return act.versions[0].document


@pytest.fixture(scope="session")
def seed_facts():
    return corpus_facts("p2011-860-blr-govcomm", "kk")


IN_CI = os.environ.get("CI", "").lower() in ("true", "1", "yes")


@pytest.fixture(scope="session")
def virtuoso():
    """A private Virtuoso on 127.0.0.1 for the session; in CI it must start, elsewhere its absence skips."""
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


@pytest.fixture(scope="session")
def corpus_build(tmp_path_factory):
    """The bundled corpus built once for the session: (output folder, BuildResult). Tests only read it."""
    from treatykg.build.corpus_build import build
    from treatykg.rdf.vocab import DEFAULT_BASE

    out = tmp_path_factory.mktemp("corpus-build")
    result = build([CORPUS], out, DEFAULT_BASE)
    assert not result.errors and result.published
    return out, result


def synthetic_treaty(*paragraphs: str):
    """A one-article treaty with the given paragraphs (offsets are those of a text joined by newlines)."""
    from treatykg.text.document import Article, Body, Paragraph, Text, Treaty

    children, at = [], 0
    for n, text in enumerate(paragraphs, 1):
        children.append(Paragraph(start=at, end=at + len(text), eid=f"art_1__para_{n}",
                                  children=[Text(at, at + len(text), text)]))
        at += len(text) + 1
    article = Article(start=0, end=at, eid="art_1", num=1, num_text="1", children=children)
    return Treaty(children=[Body(children=[article])])
