"""Tables for exploration in notebooks: the graph's parties, articles, terms and clauses as pandas DataFrames.

Notebooks call these and define no logic of their own.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from treatykg.errors import MissingExtra

try:
    import pandas as pd
except ModuleNotFoundError:
    raise MissingExtra("The exploration tables (treatykg.explore.frames)", "pandas", "explore") from None

from treatykg.explore.networks import Source, iri_term, literal_term
from treatykg.rdf.vocab import DEFAULT_BASE
from treatykg.store.queries import Term

SEED_TREATY = DEFAULT_BASE + "akn/int/treaty/blr-kaz/gov/2011/government-communications"


def graph_folder(out: str | Path | None = None) -> Path:
    """The build folder to explore (``TREATYKG_OUT`` or ``out``); builds the bundled corpus there if it is empty."""
    folder = Path(out or os.environ.get("TREATYKG_OUT", "out"))
    if not (folder / "store").is_dir():
        from treatykg.build.corpus_build import build
        from treatykg.files import corpus_dir
        build([corpus_dir()], folder, DEFAULT_BASE)
    return folder


def figures_folder() -> Path:
    """Where notebooks save figures (``TREATYKG_FIGURES``, or ``figures`` beside the notebook)."""
    return Path(os.environ.get("TREATYKG_FIGURES", "figures"))


def open_source(out: str | Path | None = None) -> Source:
    return Source.from_build(graph_folder(out))


def _frame(source: Source, query: str, bindings: dict | None = None) -> pd.DataFrame:
    rows = source.select(query, bindings)
    return pd.DataFrame(rows)


# BCP 47's shape (RFC 5646): what a language tag may be, checked before it is bound as a literal
_LANGUAGE_TAG = re.compile(r"[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*")


def _language(tag: str) -> Term:
    if not isinstance(tag, str) or not _LANGUAGE_TAG.fullmatch(tag):
        raise ValueError(f"not a language tag: {tag!r}")
    return literal_term(tag)


def treaties(source: Source, language: str = "kk") -> pd.DataFrame:
    return _frame(source, """SELECT ?treaty (SAMPLE(?t) AS ?title) (COUNT(DISTINCT ?party) AS ?parties) WHERE {
        ?treaty a tkg:Treaty ; tkg:hasParty ?party . OPTIONAL { ?treaty eli:is_realized_by/eli:title ?t .
        FILTER(LANG(?t) = ?language) } } GROUP BY ?treaty ORDER BY ?treaty""",
                  {"language": _language(language)})


def parties(source: Source, treaty: str = SEED_TREATY) -> pd.DataFrame:
    return _frame(source, """SELECT DISTINCT ?party ?name ?language ?state ?state_name WHERE {
        ?treaty tkg:hasParty ?party . ?party tkg:actsFor ?state ; tkg:nameAsWritten ?name .
        ?state rdfs:label ?state_name . BIND(LANG(?name) AS ?language) } ORDER BY ?state ?language ?name""",
                  {"treaty": iri_term(treaty)})


def articles(source: Source, treaty: str = SEED_TREATY,
             languages: tuple[str, ...] = ("kk", "ru", "en")) -> pd.DataFrame:
    """One row per article: number, heading, and its text in each language the corpus holds (empty if none)."""
    bindings: dict = {"treaty": iri_term(treaty)}
    bindings.update({f"language_{i}": _language(language) for i, language in enumerate(languages)})
    columns = " ".join(f"(SAMPLE(?t_{i}) AS ?text_{i})" for i in range(len(languages)))
    optionals = " ".join(f"OPTIONAL {{ ?article tkg:text ?t_{i} . FILTER(LANG(?t_{i}) = ?language_{i}) }}"
                         for i in range(len(languages)))
    frame = _frame(source, f"""SELECT ?number (SAMPLE(?h) AS ?heading) {columns} WHERE {{
        ?article a tkg:Article ; eli:is_part_of ?treaty ; tkg:numberValue ?number .
        OPTIONAL {{ ?article tkg:heading ?h }} {optionals} }} GROUP BY ?number ORDER BY ?number""", bindings)
    return frame.rename(columns={f"text_{i}": f"text_{language}" for i, language in enumerate(languages)})


def terms(source: Source, treaty: str = SEED_TREATY) -> pd.DataFrame:
    return _frame(source, """SELECT ?term (GROUP_CONCAT(DISTINCT ?b; separator=", ") AS ?broader)
        (COUNT(DISTINCT ?use) AS ?used_in) (SAMPLE(?d) AS ?definition) WHERE {
        ?t skos:inScheme ?scheme ; skos:prefLabel ?term ; skos:definition ?d .
        OPTIONAL { ?t skos:broader/skos:prefLabel ?b } OPTIONAL { ?t tkg:usedIn ?use } }
        GROUP BY ?term ORDER BY ?term""", {"scheme": iri_term(iri_term(treaty).value + "/terms")})


def clauses(source: Source, treaty: str = SEED_TREATY) -> pd.DataFrame:
    return _frame(source, """SELECT ?clause ?article ?property ?value WHERE {
        ?treaty tkg:hasClause ?c . ?c a ?k ; tkg:statedIn ?part ; ?p ?v .
        FILTER(?k != tkg:Clause && STRSTARTS(STR(?k), STR(tkg:)))
        FILTER(?p NOT IN (rdf:type, tkg:passage, tkg:statedIn))
        BIND(STRAFTER(STR(?k), "#") AS ?clause) BIND(STRAFTER(STR(?part), CONCAT(STR(?treaty), "/")) AS ?article)
        BIND(STRAFTER(STR(?p), "#") AS ?property) BIND(STR(?v) AS ?value) } ORDER BY ?clause ?property ?value""",
                  {"treaty": iri_term(treaty)})


def catalogue_table(engine, treaty: str | None = SEED_TREATY) -> pd.DataFrame:
    """Every competency question with the number of answers an engine gives (for one treaty where it takes one)."""
    from treatykg.store.queries import catalogue, parse_param

    rows = []
    for query in catalogue():
        params = [parse_param(f"treaty={treaty}", query)] if treaty and "treaty" in query.params else []
        result = engine.select(query, params)
        rows.append({"query": query.name, "question": query.question, "answers": len(result.rows)})
    return pd.DataFrame(rows)


def answers(engine, name: str, treaty: str | None = SEED_TREATY) -> pd.DataFrame:
    """One competency question's answers as a table."""
    from treatykg.store.queries import find_query, parse_param

    query = find_query(name)
    params = [parse_param(f"treaty={treaty}", query)] if treaty and "treaty" in query.params else []
    result = engine.select(query, params)
    return pd.DataFrame([[None if t is None else t.value for t in row] for row in result.rows], columns=result.columns)


def act_triples(out: str | Path | None, act_fragment: str) -> set:
    """The triples of the named graphs of one act (its graph IRIs contain ``act_fragment``), for the reasoner."""
    from treatykg.validation.validator import load_groups_from_file

    groups = load_groups_from_file(graph_folder(out) / "treatykg.nq")
    return set().union(*(triples for name, triples in groups.items() if act_fragment in name))


# Corruptions to show what validation reports; the full mutation suite lives in tests/mutations.py.
def broken(out: str | Path | None, how: str):
    """The seed's graph with one defect put in on purpose: ``article-number``, ``party-state`` or ``eid``."""
    from rdflib import Literal, URIRef

    from treatykg.rdf.vocab import TKG
    graph = act_triples(out, "resolution/2011-07-26/860")
    article = f"{SEED_TREATY}/art_3"
    party = DEFAULT_BASE + "id/org/BLR/government"
    if how == "article-number":
        graph = {t for t in graph if not (str(t[0]) == article and t[1] == TKG.numberValue)}
    elif how == "party-state":
        graph = {t for t in graph if not (str(t[0]) == party and t[1] == TKG.actsFor)}
    elif how == "eid":
        graph = graph | {(URIRef(article), TKG.eId, Literal("art_4"))}
    else:
        raise ValueError(f"unknown corruption {how!r}: article-number, party-state or eid")
    return graph
