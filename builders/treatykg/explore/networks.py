"""networkx views of the graph: the whole entity graph, projections analysts look at, metrics and exports.

Every projection is read from the store with one SPARQL query, so its node and edge counts can be
checked against a SPARQL count over the same graph. Labels come in the language asked for, falling
back to English, then to the IRI's last segment.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx
import pyoxigraph as ox

from treatykg.errors import MissingExtra
from treatykg.files import write_atomic
from treatykg.rdf.vocab import ELI, ONTOLOGY_IRI, RDF, RDFS, SKOS, TKG
from treatykg.store.queries import ABSOLUTE_IRI, FORBIDDEN_IN_IRI, XSD_STRING, Param, Term, bind_text

PREFIXES = "".join(f"PREFIX {prefix}: <{namespace}>\n" for prefix, namespace in
                   (("tkg", TKG), ("eli", ELI), ("skos", SKOS), ("rdfs", RDFS), ("rdf", RDF)))

# Each projection: a SPARQL pattern binding ?source, ?target, ?relation (one edge per distinct row) and
# ?treaty, the treaty the edge belongs to, so that a projection can be drawn for one treaty.
PROJECTIONS = {
    "parties": """{ ?treaty tkg:hasParty ?target . BIND(?treaty AS ?source) BIND("party" AS ?relation) }
        UNION { ?treaty tkg:hasParty ?source . ?source tkg:actsFor ?target . BIND("acts for" AS ?relation) }
        UNION { ?treaty a tkg:Treaty .
                ?d a tkg:Designation ; tkg:designatingParty ?source ; tkg:designatedAuthority ?target .
                FILTER(STRSTARTS(STR(?d), CONCAT(STR(?treaty), "/"))) BIND("designates" AS ?relation) }""",
    "citations": """{ ?treaty tkg:cites ?target . BIND(?treaty AS ?source) BIND("cites" AS ?relation) }
        UNION { ?treaty eli:has_part* ?source . ?c a tkg:Citation ; tkg:statedIn ?source ; tkg:citedTreaty ?target .
                FILTER NOT EXISTS { ?c a tkg:GenericReference } BIND("cited in" AS ?relation) }""",
    "terms": """?treaty a tkg:Treaty . BIND(IRI(CONCAT(STR(?treaty), "/terms")) AS ?scheme)
        { ?source skos:inScheme ?scheme ; skos:broader ?target . BIND("broader" AS ?relation) }
        UNION { ?source skos:inScheme ?scheme ; tkg:usesTerm ?target . BIND("uses" AS ?relation) }""",
    "term-uses": """?treaty a tkg:Treaty . BIND(IRI(CONCAT(STR(?treaty), "/terms")) AS ?scheme)
        ?target skos:inScheme ?scheme ; tkg:usedIn ?source . BIND("uses term" AS ?relation)""",
    "obligations": """{ ?treaty tkg:hasNorm ?norm . ?norm tkg:bearer ?source ; tkg:statedIn ?target ; a ?class .
                VALUES ?class { tkg:Obligation tkg:Permission tkg:Prohibition tkg:Right }
                BIND(STRAFTER(STR(?class), "#") AS ?relation) }""",
}
LABEL_PROPERTIES = ("rdfs:label", "skos:prefLabel", "tkg:nameAsWritten", "tkg:heading")


@dataclass
class Source:
    """A store to read from: a pyoxigraph Store, or a folder written by ``treatykg build``."""

    store: ox.Store

    @classmethod
    def from_build(cls, out: Path) -> Source:
        from treatykg.store.embedded import open_store
        return cls(open_store(Path(out)))

    def select(self, query: str, bindings: Mapping[str, Term] | None = None
               ) -> list[dict[str, Any]]:  # a value is None where a variable is unbound
        """The rows of a SELECT query. ``bindings`` give variables their values as RDF terms, in a VALUES block
        that pyoxigraph serialises (treatykg.store.queries.bind_text, as ``treatykg query --param`` binds them):
        the way to pass a caller's values, which are never pasted into the query text."""
        params = [Param(name, term) for name, term in (bindings or {}).items()]
        solutions = self.store.query(PREFIXES + bind_text(query, params))  # the default graph: the union
        if not isinstance(solutions, ox.QuerySolutions):
            raise ValueError("only SELECT queries give rows")
        names = [v.value for v in solutions.variables]
        return [{n: (row[n].value if row[n] is not None else None) for n in names} for row in solutions]


def iri_term(value: str, what: str = "treaty") -> Term:
    """A caller's absolute IRI as an RDF term; anything else is refused (ValueError naming it)."""
    if not isinstance(value, str) or not ABSOLUTE_IRI.match(value) or any(c in FORBIDDEN_IN_IRI for c in value):
        raise ValueError(f"{what}: not an absolute IRI: {value!r}")
    try:
        ox.NamedNode(value)
    except ValueError:
        raise ValueError(f"{what}: not an IRI: {value!r}") from None
    return Term("uri", value)


def literal_term(value: str) -> Term:
    return Term("literal", value, XSD_STRING)


def values_of(nodes: Iterable[str]) -> str:
    """IRIs for a VALUES block, each serialised by pyoxigraph (which escapes what an IRI may not hold)."""
    return " ".join(str(ox.NamedNode(iri_term(n, "node").value)) for n in sorted(nodes))


def _labels(source: Source, nodes: set[str], language: str) -> dict[str, str]:
    if not nodes:
        return {}
    values = values_of(nodes)
    rows = source.select(f"""SELECT ?node ?label (LANG(?label) AS ?lang) ?rank WHERE {{ VALUES ?node {{ {values} }}
        {{ VALUES (?p ?rank) {{ {' '.join(f'({p} {i})' for i, p in enumerate(LABEL_PROPERTIES))} }} ?node ?p ?label }}
        UNION {{ ?node eli:is_realized_by/eli:title ?label . BIND({len(LABEL_PROPERTIES)} AS ?rank) }} }}""")
    best: dict[str, tuple] = {}
    for row in rows:
        score = (0 if row["lang"] == language else 1 if row["lang"] == "en" else 2, int(row["rank"]), row["label"])
        if row["node"] not in best or score < best[row["node"]]:
            best[row["node"]] = score
    return {n: best[n][2] if n in best else n.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1] for n in nodes}


def _types(source: Source, nodes: set[str]) -> dict[str, str]:
    if not nodes:
        return {}
    values = values_of(nodes)
    rows = source.select(f"SELECT DISTINCT ?node ?type WHERE {{ VALUES ?node {{ {values} }} ?node a ?type . "
                         f"FILTER(STRSTARTS(STR(?type), STR(tkg:))) }} ORDER BY ?node ?type")
    out: dict[str, str] = {}
    for row in rows:
        out.setdefault(row["node"], row["type"].rsplit("#", 1)[-1])
    return out


def projection_edges(source: Source, name: str, treaty: str | None = None) -> list[tuple[str, str, str]]:
    """The edges of one of ``PROJECTIONS``, for the whole graph or for one treaty (bound as an IRI term)."""
    if name not in PROJECTIONS:
        raise ValueError(f"unknown projection {name!r}: {', '.join(PROJECTIONS)}")
    rows = source.select(f"SELECT DISTINCT ?source ?target ?relation WHERE {{ {PROJECTIONS[name]} }} "
                         f"ORDER BY ?source ?target ?relation", {"treaty": iri_term(treaty)} if treaty else None)
    return [(r["source"], r["target"], r["relation"]) for r in rows]


def projection(source: Source, name: str, language: str = "kk", treaty: str | None = None) -> nx.MultiDiGraph:
    """One of ``PROJECTIONS`` as a typed, labelled MultiDiGraph (one edge per relation between two nodes),
    for the whole graph or for one treaty."""
    edges = projection_edges(source, name, treaty)
    graph = nx.MultiDiGraph(name=name)
    nodes = {s for s, _, _ in edges} | {t for _, t, _ in edges}
    labels, types = _labels(source, nodes, language), _types(source, nodes)
    for node in sorted(nodes):
        graph.add_node(node, label=labels[node], type=types.get(node, "Resource"))
    for s, t, relation in edges:
        graph.add_edge(s, t, key=relation, relation=relation)
    return graph


def entity_graph(source: Source, language: str = "kk") -> nx.MultiDiGraph:
    """Every IRI-to-IRI statement (rdf:type aside) as a typed MultiDiGraph keyed by predicate."""
    rows = source.select("SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o . FILTER(isIRI(?o) && ?p != rdf:type) "
                         f'FILTER(!STRSTARTS(STR(?s), "{ONTOLOGY_IRI}")) }} ORDER BY ?s ?p ?o')
    graph = nx.MultiDiGraph(name="entities")
    nodes = {r["s"] for r in rows} | {r["o"] for r in rows}
    labels, types = _labels(source, nodes, language), _types(source, nodes)
    for node in sorted(nodes):
        graph.add_node(node, label=labels[node], type=types.get(node, "Resource"))
    for r in rows:
        graph.add_edge(r["s"], r["o"], key=r["p"], relation=r["p"].rsplit("#", 1)[-1].rsplit("/", 1)[-1])
    return graph


def around(graph: nx.MultiDiGraph, node: str, radius: int = 2) -> nx.MultiDiGraph:
    """The part of a projection within ``radius`` steps of one node (a treaty), edges in either direction."""
    near = nx.ego_graph(graph.to_undirected(as_view=True), node, radius=radius)
    return graph.subgraph(near.nodes).copy()


def metrics(graph: nx.MultiDiGraph, top: int = 5) -> dict:
    """Degree and betweenness centrality, weak components, and the most cited or used nodes (in-degree)."""
    simple = nx.DiGraph(graph)
    degree = nx.degree_centrality(simple) if len(simple) > 1 else {n: 0.0 for n in simple}
    betweenness = nx.betweenness_centrality(simple) if len(simple) > 2 else {n: 0.0 for n in simple}
    components = sorted((sorted(c) for c in nx.weakly_connected_components(simple)), key=lambda c: (-len(c), c))
    in_degree = sorted(((graph.in_degree(n), n) for n in graph), key=lambda x: (-x[0], x[1]))
    ranked = lambda scores: sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:top]  # noqa: E731
    return {
        "nodes": graph.number_of_nodes(), "edges": graph.number_of_edges(), "components": len(components),
        "largest_component": len(components[0]) if components else 0,
        "degree": ranked(degree), "betweenness": ranked(betweenness),
        "most_cited": [(graph.nodes[n]["label"], d) for d, n in in_degree[:top] if d],
    }


def export(graph: nx.MultiDiGraph, path: Path) -> None:
    """GraphML or GEXF (for Gephi), by the file's suffix; written atomically."""
    import io
    buffer = io.BytesIO()
    if path.suffix == ".graphml":
        nx.write_graphml(graph, buffer)
    elif path.suffix == ".gexf":
        nx.write_gexf(graph, buffer)
    else:
        raise ValueError(f"{path}: export to .graphml or .gexf")
    write_atomic(path, buffer.getvalue())


def draw(graph: nx.MultiDiGraph, path: Path, title: str, seed: int = 7) -> None:
    """A labelled drawing with a font that has the Kazakh letters (DejaVu Sans), saved as PNG."""
    try:
        import matplotlib
    except ModuleNotFoundError:
        raise MissingExtra("Drawing a network", "matplotlib", "explore") from None
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plt.rcParams["font.family"] = FONT_FAMILY
    figure, axis = plt.subplots(figsize=(12, 8), dpi=100)
    simple = nx.DiGraph(graph)
    layout = nx.spring_layout(simple, seed=seed, k=1.2 / max(1, len(simple)) ** 0.5)
    types = sorted({graph.nodes[n]["type"] for n in graph})
    colours = {t: plt.cm.tab10(i % 10) for i, t in enumerate(types)}
    nx.draw_networkx_nodes(simple, layout, ax=axis, node_size=500,
                           node_color=[colours[graph.nodes[n]["type"]] for n in simple])
    nx.draw_networkx_edges(simple, layout, ax=axis, arrows=True, alpha=0.5)
    nx.draw_networkx_labels(simple, layout, ax=axis, font_size=8, font_family=FONT_FAMILY,
                            labels={n: _wrap(graph.nodes[n]["label"]) for n in simple})
    if graph.number_of_edges() <= 40:
        relations = {(s, t): ", ".join(sorted(graph[s][t])) for s, t in simple.edges}
        nx.draw_networkx_edge_labels(simple, layout, ax=axis, edge_labels=relations, font_size=7,
                                     font_family=FONT_FAMILY)
    for t in types:
        axis.scatter([], [], color=colours[t], label=t)
    axis.legend(loc="lower left", fontsize=8)
    axis.set_title(title)
    axis.axis("off")
    figure.tight_layout()
    import io
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    plt.close(figure)
    write_atomic(path, buffer.getvalue())


FONT_FAMILY = "DejaVu Sans"  # ships with matplotlib and has every letter of the Kazakh alphabet (lang/alphabet.py)


def _wrap(label: str, width: int = 28) -> str:
    words, lines, line = label.split(), [], ""
    for word in words:
        if line and len(line) + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    return "\n".join(lines[:4])
