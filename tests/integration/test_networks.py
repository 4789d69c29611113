"""networkx views: projections whose counts match SPARQL counts, metrics, exports, and figures people can read:
Kazakh glyphs, one language per figure, labels beside their markers, long titles cut with an ellipsis, citation
edges that read "cites"."""


import re

import matplotlib.pyplot as plt
import networkx as nx
import pytest
from matplotlib import font_manager, ft2font

from treatykg.explore.networks import (
    FONT_FAMILY,
    LABEL_LINES,
    LABEL_WIDTH,
    NODE_SIZE,
    TITLE_WIDTH,
    Source,
    class_labels,
    code_of,
    draw,
    entity_graph,
    export,
    figure,
    metrics,
    projection,
    shorten,
)
from treatykg.rdf.vocab import DEFAULT_BASE

SEED_TREATY = DEFAULT_BASE + "akn/int/treaty/blr-kaz/gov/2011/government-communications"

# Counts written independently of the projection queries: what each projection must hold.
EDGE_COUNTS = {
    "parties": """SELECT (COUNT(*) AS ?n) WHERE { { SELECT DISTINCT ?s ?o WHERE { ?s tkg:hasParty ?o } } UNION
        { SELECT DISTINCT ?s ?o WHERE { ?t tkg:hasParty ?s . ?s tkg:actsFor ?o } } UNION
        { SELECT DISTINCT ?s ?o WHERE { ?d tkg:designatingParty ?s ; tkg:designatedAuthority ?o } } }""",
    "terms": """SELECT (COUNT(*) AS ?n) WHERE {
        { SELECT DISTINCT ?s ?o WHERE { ?s a tkg:DefinedTerm ; skos:broader ?o } }
        UNION { SELECT DISTINCT ?s ?o WHERE { ?s tkg:usesTerm ?o } } }""",
    "term-uses": ("SELECT (COUNT(*) AS ?n) WHERE { "
                  "SELECT DISTINCT ?t ?p WHERE { ?t a tkg:DefinedTerm ; tkg:usedIn ?p } }"),
    "obligations": """SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?b ?p ?c WHERE {
        ?x tkg:bearer ?b ; tkg:statedIn ?p ; a ?c .
        VALUES ?c { tkg:Obligation tkg:Permission tkg:Prohibition tkg:Right } } }""",
}
NODE_COUNTS = {
    "terms": """SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { { ?x a tkg:DefinedTerm ; skos:broader ?y }
        UNION { ?y skos:broader ?x . ?y a tkg:DefinedTerm }
        UNION { ?x tkg:usesTerm ?y } UNION { ?y tkg:usesTerm ?x } }""",
    "term-uses": ("SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { { ?x a tkg:DefinedTerm ; tkg:usedIn ?y } "
                  "UNION { ?t a tkg:DefinedTerm ; tkg:usedIn ?x } }"),
}


@pytest.fixture(scope="module")
def source(corpus_build):
    return Source.from_build(corpus_build[0])


def _count(source, query):
    return int(source.select(query)[0]["n"])


@pytest.mark.parametrize("name", sorted(EDGE_COUNTS))
def test_projection_edge_counts_match_sparql(source, name):
    graph = projection(source, name)
    assert graph.number_of_edges() == _count(source, EDGE_COUNTS[name]) > 0


@pytest.mark.parametrize("name", sorted(NODE_COUNTS))
def test_projection_node_counts_match_sparql(source, name):
    assert projection(source, name).number_of_nodes() == _count(source, NODE_COUNTS[name]) > 0


def test_entity_graph_counts_match_sparql(source):
    graph = entity_graph(source)
    edges = _count(source, """SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o .
        FILTER(isIRI(?o) && ?p != rdf:type) FILTER(!STRSTARTS(STR(?s), "https://w3id.org/treatykg/ontology")) } }""")
    assert graph.number_of_edges() == edges and isinstance(graph, nx.MultiDiGraph)


def test_seed_projections_show_parties_authorities_and_term_dependencies(source):
    parties = projection(source, "parties", treaty=SEED_TREATY)
    labels = {d["label"] for _, d in parties.nodes(data=True)}
    # the states in Kazakhstan's and Belarus's Kazakh names: the graph labels states in kk and ru too
    assert {"Қазақстан", "Беларусь", "Қазақстан Республикасының Ұлттық қауіпсіздік комитеті",
            "Беларусь Республикасының Мемлекеттік қауіпсіздік комитеті"} <= labels
    assert {d["type"] for _, d in parties.nodes(data=True)} == {"Treaty", "Government", "State", "Agency"}
    terms = projection(source, "terms", treaty=SEED_TREATY)
    broader = {(terms.nodes[s]["label"], terms.nodes[t]["label"])
               for s, t, k in terms.edges(keys=True) if k == "broader"}
    assert broader == {("ақпаратты криптографиялық қорғау", "ақпаратты қорғау"),
                       ("ақпаратты техникалық қорғау", "ақпаратты қорғау")}
    russian = projection(source, "parties", language="ru",
                         treaty=DEFAULT_BASE + "akn/int/treaty/blr-kaz/gov/2019/migration")
    assert "Министерство внутренних дел Республики Беларусь" in {d["label"] for _, d in russian.nodes(data=True)}


def test_metrics_rank_the_most_cited_and_used(source):
    result = metrics(projection(source, "term-uses"))
    assert result["edges"] == projection(source, "term-uses").number_of_edges()
    assert result["most_cited"][0][1] >= result["most_cited"][-1][1]
    assert result["components"] >= 2
    parties = metrics(projection(source, "parties"))
    assert parties["most_cited"][0][0] == "KAZ" or "Қазақстан" in parties["most_cited"][0][0]  # code or kk label


def test_graphml_and_gexf_exports_read_back(source, tmp_path):
    graph = projection(source, "terms")
    export(graph, tmp_path / "terms.graphml")
    export(graph, tmp_path / "terms.gexf")
    assert nx.read_graphml(tmp_path / "terms.graphml").number_of_edges() == graph.number_of_edges()
    assert nx.read_gexf(tmp_path / "terms.gexf").number_of_nodes() == graph.number_of_nodes()
    with pytest.raises(ValueError):
        export(graph, tmp_path / "terms.csv")


def test_the_figure_font_has_every_kazakh_letter(source, tmp_path):
    font = ft2font.FT2Font(font_manager.findfont(FONT_FAMILY, fallback_to_default=False))
    assert all(font.get_char_index(ord(ch)) for ch in "әғқңөұүһіӘҒҚҢӨҰҮҺІ")
    draw(projection(source, "terms", treaty=SEED_TREATY), tmp_path / "terms.png", "terms")
    assert (tmp_path / "terms.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


CYRILLIC = re.compile(r"[\u0400-\u04FF]")


def _texts(drawn, prefix):
    return {t.get_gid(): t for t in drawn.axes[0].texts if (t.get_gid() or "").startswith(prefix)}


@pytest.fixture(scope="module")
def seed_figure(source):
    graph = projection(source, "parties", language="kk", treaty=SEED_TREATY)
    drawn = figure(graph)
    drawn.canvas.draw()
    yield graph, drawn
    plt.close(drawn)


def test_a_figure_is_in_one_language(source, seed_figure):
    graph, drawn = seed_figure
    for node, text in ((g.removeprefix("node "), t.get_text()) for g, t in _texts(drawn, "node ").items()):
        assert CYRILLIC.search(text) or text == code_of(node), (node, text)  # Kazakh, or a code such as KAZ
    assert not {"Kazakhstan", "Belarus"} & {graph.nodes[n]["label"] for n in graph}
    legend = {t.get_text() for t in drawn.axes[0].get_legend().get_texts()}
    assert legend == {class_labels("kk")[k] for k in ("Treaty", "Government", "State", "Agency")}
    edges = {t.get_text() for t in _texts(drawn, "edge ").values()}
    assert edges == {"қатысушы", "атынан әрекет етеді", "тағайындайды"}
    english = projection(source, "parties", language="en", treaty=SEED_TREATY)
    assert not any(CYRILLIC.search(english.nodes[n]["label"]) for n in english)


def test_node_labels_stand_beside_the_markers_not_under_them(seed_figure):
    graph, drawn = seed_figure
    axis = drawn.axes[0]
    renderer = drawn.canvas.get_renderer()
    radius = NODE_SIZE ** 0.5 / 2 * drawn.dpi / 72  # a marker's radius in pixels
    labels = _texts(drawn, "node ")
    assert len(labels) == graph.number_of_nodes()
    centres = {g.removeprefix("node "): axis.transData.transform(t.xy) for g, t in labels.items()}
    for gid, text in labels.items():
        box = text.get_window_extent(renderer)
        for node, (x, y) in centres.items():
            covers = box.x0 < x + radius and box.x1 > x - radius and box.y0 < y + radius and box.y1 > y - radius
            assert not covers, (gid, node)  # no label lies on its own marker or on another's


def test_long_titles_are_shortened_with_an_ellipsis(seed_figure):
    title = "Қазақстан Республикасының Үкіметі мен Беларусь Республикасының Үкіметі арасындағы келісім " * 3
    short = shorten(title)
    assert short.endswith("…") and short.count("\n") == LABEL_LINES - 1
    assert all(len(line) <= LABEL_WIDTH for line in short.split("\n"))
    assert shorten("Belarus") == "Belarus" and shorten("a b", 10, 1) == "a b"
    graph, drawn = seed_figure
    assert drawn.axes[0].get_title().endswith("…") and len(drawn.axes[0].get_title()) <= TITLE_WIDTH
    treaty = _texts(drawn, "node ")[f"node {SEED_TREATY}"].get_text()
    assert treaty.endswith("…") and treaty.replace("\n", " ").rstrip("…") in graph.nodes[SEED_TREATY]["label"]


@pytest.mark.parametrize("language, word", [("en", "cites"), ("ru", "ссылается на"), ("kk", "сілтеме жасайды")])
def test_citation_edges_read_cites(source, language, word):
    graph = projection(source, "citations", language=language)
    assert {relation for _, _, relation in graph.edges(keys=True)} == {"cites"}
    drawn = figure(graph)
    edges = _texts(drawn, "edge ")
    plt.close(drawn)
    assert len(edges) == nx.DiGraph(graph).number_of_edges() > 10
    assert {t.get_text() for t in edges.values()} == {word}
