"""networkx views of the graph: the whole entity graph, projections analysts look at, metrics and exports.

Every projection is read from the store with one SPARQL query, so its node and edge counts can be
checked against a SPARQL count over the same graph. Labels come in the language asked for, falling
back to English, then to the IRI's last segment.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx
import pyoxigraph as ox

from treatykg.errors import MissingExtra
from treatykg.files import write_atomic
from treatykg.rdf.vocab import ELI, ONTOLOGY_IRI, OWL, RDF, RDFS, SKOS, TKG
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
                FILTER NOT EXISTS { ?c a tkg:GenericReference } BIND("cites" AS ?relation) }""",
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
        if row["lang"] not in (language, ""):  # one language per figure: no other language fills a gap
            continue
        score = (0 if row["lang"] == language else 1, int(row["rank"]), row["label"])
        if row["node"] not in best or score < best[row["node"]]:
            best[row["node"]] = score
    return {n: best[n][2] if n in best else code_of(n) for n in nodes}


def label_of(source: Source, node: str, language: str) -> str:
    """One node's label in ``language`` (or its code, as in a figure)."""
    return _labels(source, {node}, language)[node]


def code_of(node: str) -> str:
    """A node's language-neutral name, the last segment of its IRI (KAZ for a state): what a figure shows of a
    node with no label in its language."""
    return node.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


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
    graph.graph["language"] = language
    if treaty:
        graph.graph["title"] = labels[treaty] if treaty in labels else label_of(source, treaty, language)
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
    graph.graph["language"] = language
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


def draw(graph: nx.MultiDiGraph, path: Path, title: str | None = None, seed: int = 7) -> None:
    """The drawing of ``figure()``, saved as PNG (written atomically)."""
    save_png(figure(graph, title, seed), path)


def save_png(drawn, path: Path) -> None:
    """A figure saved as PNG, written atomically, then closed."""
    import io

    buffer = io.BytesIO()
    drawn.savefig(buffer, format="png")
    pyplot().close(drawn)
    write_atomic(path, buffer.getvalue())


FONT_FAMILY = "DejaVu Sans"  # ships with matplotlib and has every letter of the Kazakh alphabet (lang/alphabet.py)
NODE_SIZE = 500  # of a marker, in points squared (matplotlib's unit)
LABEL_WIDTH, LABEL_LINES = 28, 3  # a node's label: lines of about 28 characters, at most 3
TITLE_WIDTH = 100


def pyplot():
    try:
        import matplotlib
    except ModuleNotFoundError:
        raise MissingExtra("Drawing a figure", "matplotlib", "explore") from None
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plt.rcParams["font.family"] = FONT_FAMILY
    return plt


def figure(graph: nx.MultiDiGraph, title: str | None = None, seed: int = 7):
    """A projection drawn in its language (``graph.graph["language"]``): each node's label under its marker,
    shortened with an ellipsis; each edge labelled with its relation ("cites", "party", ...), in that language;
    a legend of node kinds named by the ontology in that language; the title (by default the treaty's title, for
    a treaty's projection) on one line. Each label's artist has a gid: ``node <iri>`` or ``edge <iri> <iri>``."""
    plt = pyplot()
    language = graph.graph.get("language", "en")
    title = title if title is not None else graph.graph.get("title")
    simple = nx.DiGraph(graph)
    layout = spread_layout(simple, seed)
    xs, ys = [x for x, _ in layout.values()] or [0.0], [y for _, y in layout.values()] or [0.0]
    width, height = max(xs) - min(xs), max(ys) - min(ys)  # about an inch per unit, so labels keep apart
    drawn, axis = plt.subplots(figsize=(min(24.0, max(12.0, 1.2 * width)), min(18.0, max(8.0, 1.2 * height))),
                               dpi=100)
    types = sorted({graph.nodes[n]["type"] for n in graph})
    colours = {t: plt.cm.tab10(i % 10) for i, t in enumerate(types)}
    nx.draw_networkx_nodes(simple, layout, ax=axis, node_size=NODE_SIZE,
                           node_color=[colours[graph.nodes[n]["type"]] for n in simple])
    nx.draw_networkx_edges(simple, layout, ax=axis, arrows=True, alpha=0.5, node_size=NODE_SIZE)
    below_marker = NODE_SIZE ** 0.5 / 2 + 3  # points from the marker's centre to the top of its label
    for node in simple:
        label = axis.annotate(shorten(graph.nodes[node]["label"]), layout[node], xytext=(0, -below_marker),
                              textcoords="offset points", ha="center", va="top", fontsize=8, zorder=3,
                              bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none",
                                    "alpha": 0.8})
        label.set_gid(f"node {node}")
    if graph.number_of_edges() <= 60:
        relations = {(s, t): ", ".join(relation_word(r, language) for r in sorted(graph[s][t]))
                     for s, t in simple.edges}
        texts = nx.draw_networkx_edge_labels(simple, layout, ax=axis, edge_labels=relations, font_size=7,
                                             font_family=FONT_FAMILY, node_size=NODE_SIZE,
                                             bbox={"facecolor": "white", "edgecolor": "none", "alpha": 0.7})
        for (s, t), text in texts.items():
            text.set_gid(f"edge {s} {t}")
    names = class_labels(language)
    for t in types:
        axis.scatter([], [], color=colours[t], label=names.get(t, t))
    axis.legend(loc="lower left", fontsize=8)
    if title:
        axis.set_title(shorten(title, TITLE_WIDTH, 1))
    axis.margins(0.15)
    axis.axis("off")
    drawn.tight_layout()
    return drawn


def spread_layout(graph: nx.DiGraph, seed: int = 7) -> dict[str, tuple[float, float]]:
    """Each weakly connected component laid out on its own (a spring layout whose size grows with the square root
    of the component's, then no two nodes closer than ``APART``), the components' boxes packed in rows, largest
    first: components do not fall on each other, and labels keep clear of the other markers."""
    components = sorted((sorted(c) for c in nx.weakly_connected_components(graph)), key=lambda c: (-len(c), c))
    boxes = []
    for nodes in components:
        part = graph.subgraph(nodes)
        local = (nx.spring_layout(part, seed=seed, scale=math.sqrt(len(part)), k=3 / len(part) ** 0.5,
                                  iterations=200) if len(part) > 1 else {nodes[0]: (0.0, 0.0)})
        placed = keep_apart({n: (float(x), float(y)) for n, (x, y) in local.items()}, APART)
        xs, ys = [x for x, _ in placed.values()], [y for _, y in placed.values()]
        boxes.append((placed, min(xs), max(ys), max(xs) - min(xs) + GAP, max(ys) - min(ys) + GAP))
    row_width = max(max((w for *_, w, _ in boxes), default=0.0),
                    1.3 * math.sqrt(sum(w * h for *_, w, h in boxes)))
    positions: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for placed, left, top, width, height in boxes:
        if x and x + width > row_width:
            x, y, row_height = 0.0, y - row_height, 0.0
        for node, (u, v) in placed.items():
            positions[node] = (x + u - left, y + v - top)
        x, row_height = x + width, max(row_height, height)
    return positions


def keep_apart(positions: dict[str, tuple[float, float]], distance: float,
               rounds: int = 100) -> dict[str, tuple[float, float]]:
    """Nodes closer than ``distance`` pushed apart along the line between them, pair by pair, until none is (or
    ``rounds`` passes have been made); deterministic, for the small graphs that are drawn."""
    nodes = sorted(positions)
    at = {n: list(positions[n]) for n in nodes}
    for _ in range(rounds if len(nodes) <= 300 else 0):
        moved = False
        for i, a in enumerate(nodes):
            for b in nodes[i + 1:]:
                dx, dy = at[b][0] - at[a][0], at[b][1] - at[a][1]
                apart = math.hypot(dx, dy)
                if apart >= distance:
                    continue
                ux, uy = (dx / apart, dy / apart) if apart > 1e-9 else (1.0, 0.0)
                push = (distance - apart) / 2 + 1e-6
                at[a][0], at[a][1] = at[a][0] - push * ux, at[a][1] - push * uy
                at[b][0], at[b][1] = at[b][0] + push * ux, at[b][1] + push * uy
                moved = True
        if not moved:
            break
    return {n: (at[n][0], at[n][1]) for n in nodes}


GAP = 1.2  # between the boxes of two components, in the layout's units (about an inch in the figure)
APART = 1.1  # the least distance between two nodes, in the same units: wider than a label


def shorten(label: str, width: int = LABEL_WIDTH, lines: int = LABEL_LINES) -> str:
    """``label`` wrapped at word boundaries into lines of about ``width`` characters; if it takes more than
    ``lines`` lines, the last one shown ends with an ellipsis."""
    wrapped, line = [], ""
    for word in label.split():
        word = word if len(word) <= width else word[:width - 1] + "…"
        if line and len(line) + 1 + len(word) > width:
            wrapped.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    wrapped.append(line)
    if len(wrapped) > lines:
        last = wrapped[lines - 1]
        wrapped = wrapped[:lines - 1] + [(last if len(last) < width else last[:width - 1].rstrip()) + "…"]
    return "\n".join(wrapped)


def relation_word(relation: str, language: str) -> str:
    """An edge's relation in the figure's language (lang/figure_wording.py); English is the relation itself."""
    from treatykg.lang.figure_wording import RELATION_WORDS

    return RELATION_WORDS.get(language, {}).get(relation, relation)


def class_labels(language: str) -> dict[str, str]:
    """The ontology's classes by local name, with their rdfs:label in ``language`` (for a figure's legend)."""
    if language not in _CLASS_LABELS:
        from rdflib import Graph, Literal

        from treatykg.files import data_dir

        ontology = Graph().parse(data_dir("ontology") / "treatykg.ttl")
        _CLASS_LABELS[language] = {
            str(cls).rsplit("#", 1)[-1]: str(label)
            for cls in ontology.subjects(RDF.type, OWL.Class)
            for label in ontology.objects(cls, RDFS.label)
            if isinstance(label, Literal) and label.language == language and str(cls).startswith(str(TKG))}
    return _CLASS_LABELS[language]


_CLASS_LABELS: dict[str, dict[str, str]] = {}
