"""Dumps that work in any store: the N-Quads dump loaded into an Oxigraph server (a quad store whose default graph
is a graph of its own, as Fuseki's and GraphDB's are) answers the competency questions as the embedded store does
once queries take the union of the named graphs as their default graph (the server's --union-default-graph, or
?union-default-graph on the query URL); without it they answer nothing, and ``treatykg load`` says so."""

import pytest
from test_queries import parameter_runs, rows_of

from treatykg.cli.main import main
from treatykg.store.oxigraph_server import OxigraphServer
from treatykg.store.queries import EndpointEngine, OxigraphEngine, catalogue, find_query
from virtuoso_server import free_port


@pytest.fixture(scope="module")
def out(corpus_build):
    return corpus_build[0]


@pytest.fixture(scope="module")
def quad_store(out, tmp_path_factory):
    """An Oxigraph server (read-write, its own store folder) loaded with ``treatykg load`` from the N-Quads dump;
    yields (server, what load wrote on standard error)."""
    import contextlib
    import io

    server = OxigraphServer(tmp_path_factory.mktemp("oxigraph"), port=free_port(), read_only=False)
    server.start()
    try:
        errors = io.StringIO()
        with contextlib.redirect_stderr(errors), contextlib.redirect_stdout(io.StringIO()):
            assert main(["load", "--endpoint", server.store_url, "--from-build", str(out)]) == 0
        yield server, errors.getvalue()
    finally:
        server.stop()


def test_load_warns_that_the_default_graph_is_not_the_union(quad_store):
    server, errors = quad_store
    assert "warning: a query without GRAPH" in errors and server.query_url in errors
    assert "--union-default-graph" in errors and "treatykg.nt" in errors
    # what the warning is about: the competency questions answer nothing
    assert EndpointEngine(server.query_url).select(find_query("cq01")).rows == []


@pytest.mark.parametrize("query", catalogue(), ids=lambda q: q.name)
def test_with_the_union_as_default_graph_every_question_answers_as_embedded(quad_store, out, query):
    server, _ = quad_store
    embedded, union = OxigraphEngine(out), EndpointEngine(server.query_url + "?union-default-graph", timeout=30)
    for params in parameter_runs(query):
        a, b = embedded.select(query, params), union.select(query, params)
        assert a.columns == b.columns
        assert rows_of(a) == rows_of(b), (query.name, params)


def test_no_warning_where_the_default_graph_is_the_union(out, tmp_path, capsys):
    server = OxigraphServer(tmp_path, port=free_port(), read_only=False, union_default_graph=True)
    with server:
        assert main(["load", "--endpoint", server.store_url, "--from-build", str(out)]) == 0
        assert "warning" not in capsys.readouterr().err
        query = find_query("cq02")
        assert rows_of(EndpointEngine(server.query_url).select(query)) == rows_of(OxigraphEngine(out).select(query))
