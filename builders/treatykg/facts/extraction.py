"""Run every extractor on one language version (``extract_facts``), or on every version of an act
with kk/ru alignment (``extract_act``)."""

from __future__ import annotations

from dataclasses import dataclass, field, fields, is_dataclass

from treatykg.facts.types import Disagreement, Evidence, Facts
from treatykg.text.document import Document
from treatykg.facts.alignment import align
from treatykg.facts.citations import extract_citations
from treatykg.facts.clauses import extract_clauses
from treatykg.facts.provisions import provisions
from treatykg.facts.norms import extract_norms
from treatykg.facts.parties import extract_designations, extract_parties
from treatykg.facts.persons import extract_persons
from treatykg.facts.terms import extract_terms
from treatykg.facts.when_where import extract_dates_and_places, extract_editorial


def extract_facts(document: Document, language: str) -> Facts:
    facts = Facts(language=language)
    treaty = document.treaty
    facts.persons = extract_persons(document, language)
    facts.dates, facts.places = extract_dates_and_places(document)
    facts.editorial = extract_editorial(document)
    if treaty is None:
        return facts
    text_language = treaty.language or language
    units = provisions(treaty)  # made once: most extractors read every provision
    facts.parties, facts.sides = extract_parties(treaty)
    facts.collective_name = treaty.collective_name
    facts.designations = extract_designations(treaty, facts.parties, units)
    facts.terms = extract_terms(treaty, text_language, units)
    facts.citations = extract_citations(treaty, units)
    facts.clauses = extract_clauses(treaty, text_language, units)
    facts.norms = extract_norms(treaty, text_language, units)
    return facts


@dataclass
class ActFacts:
    act_id: str
    versions: dict = field(default_factory=dict)          # language -> (ParsedVersion, Facts)
    disagreements: list[Disagreement] = field(default_factory=list)


def extract_act(parsed) -> ActFacts:
    """Facts of every language version of a parsed act, and where its kk and ru versions disagree."""
    result = ActFacts(parsed.source.act_id)
    for version in parsed.versions:
        result.versions[version.language] = (version, extract_facts(version.document, version.language))
    if "kk" in result.versions and "ru" in result.versions:
        (kk, kk_facts), (ru, ru_facts) = result.versions["kk"], result.versions["ru"]
        result.disagreements = align(kk.document, ru.document, kk_facts, ru_facts)
    return result


def to_json(value, raw_span=None):
    """Facts as JSON-ready data; every Evidence also gets its span in the raw source file."""
    if isinstance(value, Evidence):
        out = {f.name: getattr(value, f.name) for f in fields(value)}
        if raw_span is not None:
            out["raw_span"] = list(raw_span(value.start, value.end))
        return out
    if is_dataclass(value):
        return {f.name: to_json(getattr(value, f.name), raw_span) for f in fields(value)}
    if isinstance(value, (list, tuple)):
        return [to_json(v, raw_span) for v in value]
    if isinstance(value, dict):
        return {k: to_json(v, raw_span) for k, v in value.items()}
    return value


def act_facts_to_json(result: ActFacts) -> dict:
    return {
        "act_id": result.act_id,
        "versions": {language: {"path": str(version.path), **to_json(facts, version.normalised.raw_span)}
                     for language, (version, facts) in result.versions.items()},
        "disagreements": to_json(result.disagreements),
    }
