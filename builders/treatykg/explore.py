"""Tables for exploration in notebooks: the graph's parties, articles, terms and clauses as pandas DataFrames.

Notebooks call these and define no logic of their own.
"""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd

from .networks import Source

SEED_TREATY = "https://w3id.org/treatykg/akn/int/treaty/blr-kaz/gov/2011/government-communications"


def graph_folder(out: str | Path | None = None) -> Path:
    """The build folder to explore (``TREATYKG_OUT`` or ``out``); builds the bundled corpus there if it is empty."""
    folder = Path(out or os.environ.get("TREATYKG_OUT", "out"))
    if not (folder / "store").is_dir():
        from .build import build
        from .resources import corpus_dir
        from .vocab import DEFAULT_BASE
        build([corpus_dir()], folder, DEFAULT_BASE)
    return folder


def figures_folder() -> Path:
    """Where notebooks save figures (``TREATYKG_FIGURES``, or ``figures`` beside the notebook)."""
    return Path(os.environ.get("TREATYKG_FIGURES", "figures"))


def open_source(out: str | Path | None = None) -> Source:
    return Source.from_build(graph_folder(out))


def _frame(source: Source, query: str) -> pd.DataFrame:
    rows = source.select(query)
    return pd.DataFrame(rows)


def treaties(source: Source, language: str = "kk") -> pd.DataFrame:
    return _frame(source, f"""SELECT ?treaty (SAMPLE(?t) AS ?title) (COUNT(DISTINCT ?party) AS ?parties) WHERE {{
        ?treaty a tkg:Treaty ; tkg:hasParty ?party . OPTIONAL {{ ?treaty eli:is_realized_by/eli:title ?t .
        FILTER(LANG(?t) = "{language}") }} }} GROUP BY ?treaty ORDER BY ?treaty""")


def parties(source: Source, treaty: str = SEED_TREATY) -> pd.DataFrame:
    return _frame(source, f"""SELECT DISTINCT ?party ?name ?language ?state ?state_name WHERE {{
        <{treaty}> tkg:hasParty ?party . ?party tkg:actsFor ?state ; tkg:nameAsWritten ?name .
        ?state rdfs:label ?state_name . BIND(LANG(?name) AS ?language) }} ORDER BY ?state ?language ?name""")


def articles(source: Source, treaty: str = SEED_TREATY, languages: tuple[str, ...] = ("kk", "ru", "en")) -> pd.DataFrame:
    """One row per article: number, heading, and its text in each language the corpus holds (empty if none)."""
    columns = " ".join(f"(SAMPLE(?t_{l}) AS ?text_{l})" for l in languages)
    optionals = " ".join(f'OPTIONAL {{ ?article tkg:text ?t_{l} . FILTER(LANG(?t_{l}) = "{l}") }}' for l in languages)
    return _frame(source, f"""SELECT ?number (SAMPLE(?h) AS ?heading) {columns} WHERE {{
        ?article a tkg:Article ; eli:is_part_of <{treaty}> ; tkg:numberValue ?number .
        OPTIONAL {{ ?article tkg:heading ?h }} {optionals} }} GROUP BY ?number ORDER BY ?number""")


def terms(source: Source, treaty: str = SEED_TREATY) -> pd.DataFrame:
    return _frame(source, f"""SELECT ?term (GROUP_CONCAT(DISTINCT ?b; separator=", ") AS ?broader)
        (COUNT(DISTINCT ?use) AS ?used_in) (SAMPLE(?d) AS ?definition) WHERE {{
        ?t skos:inScheme <{treaty}/terms> ; skos:prefLabel ?term ; skos:definition ?d .
        OPTIONAL {{ ?t skos:broader/skos:prefLabel ?b }} OPTIONAL {{ ?t tkg:usedIn ?use }} }} GROUP BY ?term ORDER BY ?term""")


def clauses(source: Source, treaty: str = SEED_TREATY) -> pd.DataFrame:
    return _frame(source, f"""SELECT ?clause ?article ?property ?value WHERE {{
        <{treaty}> tkg:hasClause ?c . ?c a ?k ; tkg:statedIn ?part ; ?p ?v .
        FILTER(?k != tkg:Clause && STRSTARTS(STR(?k), STR(tkg:)))
        FILTER(?p NOT IN (rdf:type, tkg:passage, tkg:statedIn))
        BIND(STRAFTER(STR(?k), "#") AS ?clause) BIND(STRAFTER(STR(?part), "{treaty}/") AS ?article)
        BIND(STRAFTER(STR(?p), "#") AS ?property) BIND(STR(?v) AS ?value) }} ORDER BY ?clause ?property ?value""")
