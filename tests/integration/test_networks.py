"""networkx views: projections whose counts match SPARQL counts, metrics, exports, and Kazakh glyphs in figures."""


import networkx as nx
import pytest
from matplotlib import font_manager, ft2font

from treatykg.explore.networks import FONT_FAMILY, Source, draw, entity_graph, export, metrics, projection
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
    assert parties["most_cited"][0][0] == "Kazakhstan" or "Қазақстан" in parties["most_cited"][0][0]


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
