"""Run every extractor on one language version (``extract_facts``), or on every version of an act
with kk/ru alignment (``extract_act``)."""

from __future__ import annotations

from dataclasses import dataclass, field, fields, is_dataclass

from treatykg.facts.alignment import align
from treatykg.facts.approval import act_requisites, approvals, metadata_requisites
from treatykg.facts.citations import extract_citations
from treatykg.facts.clauses import extract_clauses
from treatykg.facts.closing import read_closing
from treatykg.facts.norms import extract_norms
from treatykg.facts.parties import collective_name, described_parties, extract_designations, extract_parties
from treatykg.facts.persons import extract_persons, extract_signed_for
from treatykg.facts.provisions import provisions
from treatykg.facts.terms import extract_terms
from treatykg.facts.types import ActRequisites, Disagreement, Evidence, Facts
from treatykg.facts.when_where import extract_dates_and_places, extract_editorial
from treatykg.text.document import ClosingFormula, Document
from treatykg.text.parsed import ParsedAct, ParsedVersion


def extract_facts(document: Document, language: str, metadata: ActRequisites | None = None) -> Facts:
    """Every fact one language version states. ``metadata`` (the requisites of the act's metadata file) stands in
    for what the act's own text leaves out."""
    facts = Facts(language=language)
    act, treaty = document.act, document.treaty
    if act is not None:
        facts.act = act_requisites(act)
        facts.approvals = approvals(act, facts.act.act_type or (metadata.act_type if metadata else None))
    signing_date = signing_place = None
    if treaty is not None:
        for closing in (n for n in treaty.walk() if isinstance(n, ClosingFormula)):
            stated, date, place = read_closing(closing)
            facts.closings.append(stated)
            if closing is treaty.closing:
                signing_date, signing_place = date, place
        facts.draft = (treaty.draft_marker is not None
                       or any(a.relation == "approves-draft" for a in facts.approvals))
        facts.signed_for = extract_signed_for(treaty)
    facts.persons = extract_persons(document, language)
    facts.dates, facts.places = extract_dates_and_places(document, facts.act, signing_date, signing_place)
    facts.editorial = extract_editorial(document)
    if treaty is None:
        return facts
    text_language = treaty.language or language
    units = provisions(treaty)  # made once: most extractors read every provision
    facts.parties, facts.sides = extract_parties(treaty)
    if not facts.parties:
        facts.described_parties = described_parties(treaty)
    facts.collective_name = collective_name(treaty)
    facts.designations = extract_designations(treaty, facts.parties, units)
    facts.terms = extract_terms(treaty, text_language, units)
    facts.citations = extract_citations(treaty, units)
    facts.clauses = extract_clauses(treaty, text_language, units, facts.closings)
    facts.norms = extract_norms(treaty, text_language, units)
    return facts


@dataclass
class ActFacts:
    act_id: str
    versions: dict[str, tuple[ParsedVersion, Facts]] = field(default_factory=dict)  # by language
    disagreements: list[Disagreement] = field(default_factory=list)
    metadata: ActRequisites | None = None  # what the act's metadata file states (editorial)


def extract_act(parsed: ParsedAct) -> ActFacts:
    """Facts of every language version of a parsed act, and where its kk and ru versions disagree."""
    result = ActFacts(parsed.source.act_id, metadata=metadata_requisites(parsed.source.metadata.requisite))
    for version in parsed.versions:
        result.versions[version.language] = (version, extract_facts(version.document, version.language,
                                                                    result.metadata))
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
        "metadata": to_json(result.metadata),
        "versions": {language: {"path": str(version.path), **to_json(facts, version.normalised.raw_span)}
                     for language, (version, facts) in result.versions.items()},
        "disagreements": to_json(result.disagreements),
    }
