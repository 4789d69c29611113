"""What the tests share: where the corpus lies, and its acts parsed and their facts extracted once per process."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from rdflib import URIRef

from treatykg.facts.types import Facts
from treatykg.rdf.vocab import DEFAULT_BASE
from treatykg.text.document import Article, Body, Paragraph, Text, Treaty
from treatykg.text.parsed import ParsedAct, ParsedVersion, parse_path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
SEED = CORPUS / "adilet" / "p2011-860-blr-govcomm-kk.txt"
GOV = CORPUS / "kazakhstan-law-government" / "06-government" / "103-pravitelstvo"
SEED_ID = "p2011-860-blr-govcomm"


@cache
def parsed_corpus() -> tuple[ParsedAct, ...]:
    return tuple(parse_path(CORPUS))


def corpus_version(act_id: str, language: str) -> ParsedVersion:
    """One language version of one corpus act."""
    act = next(a for a in parsed_corpus() if a.source.act_id == act_id)
    return next(v for v in act.versions if v.language == language)


@cache
def corpus_facts(act_id: str, language: str) -> Facts:
    """The facts one language version of one corpus act states."""
    from treatykg.facts.extraction import extract_act

    act = next(a for a in parsed_corpus() if a.source.act_id == act_id)
    return extract_act(act).versions[language][1]


def all_versions() -> list[tuple[ParsedAct, ParsedVersion]]:
    return [(act, v) for act in parsed_corpus() for v in act.versions]


def version_id(item: tuple[ParsedAct, ParsedVersion]) -> str:
    act, version = item
    return f"{act.source.act_id}-{version.language}"


def synthetic_treaty(*paragraphs: str) -> Treaty:
    """A one-article treaty with the given paragraphs (offsets are those of a text joined by newlines)."""
    children, at = [], 0
    for n, text in enumerate(paragraphs, 1):
        children.append(Paragraph(start=at, end=at + len(text), eid=f"art_1__para_{n}",
                                  children=[Text(at, at + len(text), text)]))
        at += len(text) + 1
    article = Article(start=0, end=at, eid="art_1", num=1, num_text="1", children=list(children))
    return Treaty(children=[Body(children=[article])])


# The validation warnings that known extractor defects cause on the corpus: (shape, focus node). Each has a strict
# expected-failure test in unit/test_known_defects.py; integration/test_validate.py allows these and no others.
MIGRATION = DEFAULT_BASE + "akn/int/treaty/blr-kaz/gov/2019/migration/norm/"
HRV_TRADE = DEFAULT_BASE + "akn/int/treaty/hrv-kaz/gov/nd/trade-and-economic-cooperation/norm/"

KNOWN_WARNINGS = {
    ("tkgsh:NormShape", URIRef(MIGRATION + "art_9__para_3/obligation-1")),
    ("tkgsh:NormShape", URIRef(MIGRATION + "art_11__para_5/obligation-1")),
    ("tkgsh:NormShape", URIRef(HRV_TRADE + "art_6__para_1/obligation-1")),
}


