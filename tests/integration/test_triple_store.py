"""A real triple store: a private Virtuoso 7.2.5 loaded with ``treatykg load`` answers every competency question
as the embedded store does; and loads fail clearly, leaving no half-loaded graph, when the server is down, the
password is wrong, or the server breaks halfway. Then the same with Virtuoso's bulk loader (``--method bulk``):
same answers, re-loads replace, and bad files, passwords and folders are reported on one line. With CI=true
nothing here is skipped: a Virtuoso that cannot be installed or started fails the tests."""

import json
import os
import re
import shutil
import tempfile
import threading
import urllib.parse
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pyoxigraph as ox
import pytest
from test_queries import SEED, T, canonical, parameter_runs

from treatykg.cli.main import main
from treatykg.store.graph_store import Client, Endpoints, GraphStoreLoader, temporary_graph
from treatykg.store.queries import EndpointEngine, OxigraphEngine, Query, Term, catalogue
from virtuoso_server import free_port

# One private Virtuoso serves these tests: with pytest-xdist they all run in the same worker.
pytestmark = pytest.mark.xdist_group("virtuoso")


@pytest.fixture(scope="module")
def out(corpus_build):
    return corpus_build[0]


@pytest.fixture(scope="module")
def loaded(virtuoso, out, capsys_module=None):
    code = main(["load", "--endpoint", virtuoso.graph_store, "--from-build", str(out),
                 "--user", "dba", "--password", virtuoso.password])
    assert code == 0
    return virtuoso


def test_load_puts_every_graph_and_counts_match(loaded, out, capsys):
    graphs = {str(q.graph_name.value) for q in ox.parse(path=str(out / "treatykg.nq"), format=ox.RdfFormat.N_QUADS)}
    engine = EndpointEngine(loaded.sparql)
    from pathlib import Path

    from treatykg.store.queries import Query
    result = engine.select(Query("graphs", Path("-"),
                                 "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"))
    counts = {row[0].value: int(row[1].value) for row in result.rows}
    assert graphs <= set(counts)
    assert not [g for g in counts if g.startswith("urn:treatykg:load:")]  # no temporary graph left
    before = {g: counts[g] for g in graphs}
    # a second load replaces, never appends
    env = {**os.environ}
    os.environ.update(TREATYKG_USER="dba", TREATYKG_PASSWORD=loaded.password)
    try:
        assert main(["load", "--endpoint", loaded.graph_store, "--from-build", str(out)]) == 0
    finally:
        os.environ.clear()
        os.environ.update(env)
    result = engine.select(Query("graphs", Path("-"),
                                 "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"))
    assert {row[0].value: int(row[1].value) for row in result.rows if row[0].value in graphs} == before
    captured = capsys.readouterr()
    assert "counts match the dump" in captured.out
    assert "warning" not in captured.err  # Virtuoso's default graph shows every graph: the questions answer


DURATION = "http://www.w3.org/2001/XMLSchema#duration"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def as_virtuoso(term):
    """Known Virtuoso 7.2.5 quirk: it returns a year-month xsd:duration as a bare number of months ("P6M" comes
    back as "6", "P1Y" as "12"), also as a string (STR(?notice), the register's termination_notice). Every other
    term must come back exactly as the embedded store has it."""
    if term is not None and term.datatype in (DURATION, XSD_STRING):
        match = re.fullmatch(r"P(\d+)([YM])", term.value)
        if match:
            months = int(match.group(1)) * (12 if match.group(2) == "Y" else 1)
            return canonical(Term("literal", str(months), term.datatype))
    return canonical(term)


def test_defect5_a_load_checkpoints_virtuoso(loaded, out, monkeypatch, capsys):
    """Without a checkpoint, a crash before Virtuoso's next one dropped part of every replaced graph (issue 18)."""
    log = loaded.scratch / "db" / "virtuoso.log"
    before = log.read_text(encoding="utf-8", errors="replace").count("Checkpoint finished")
    graph = next(q.graph_name.value for q in ox.parse(path=str(out / "treatykg.nq"), format=ox.RdfFormat.N_QUADS))
    monkeypatch.setenv("TREATYKG_PASSWORD", loaded.password)
    assert main(["load", "--endpoint", loaded.graph_store, "--from-build", str(out), "--user", "dba",
                 "--graph", graph]) == 0
    assert "Virtuoso checkpointed" in capsys.readouterr().out
    assert log.read_text(encoding="utf-8", errors="replace").count("Checkpoint finished") > before


def test_virtuoso_loses_the_unit_of_a_duration(loaded):
    """Pins the quirk above so that a fixed Virtuoso shows up here (and as_virtuoso can go)."""
    from treatykg.store.queries import find_query
    rows = EndpointEngine(loaded.sparql).select(find_query("cq11"), SEED).rows
    assert {r[-3].value for r in rows} == {"6"}


def assert_same_answers(server, out, query):
    embedded, remote = OxigraphEngine(out), EndpointEngine(server.sparql, timeout=30)
    for params in parameter_runs(query):
        a, b = embedded.select(query, params), remote.select(query, params)
        assert a.columns == b.columns
        assert {tuple(map(as_virtuoso, r)) for r in a.rows} == {tuple(map(canonical, r)) for r in b.rows}, params


@pytest.mark.parametrize("query", catalogue(), ids=lambda q: q.name)
def test_virtuoso_answers_every_cq_like_the_embedded_store(loaded, out, query):
    assert_same_answers(loaded, out, query)


def test_query_command_on_the_endpoint(loaded, capsys):
    assert main(["query", "cq07", "--endpoint", loaded.sparql, "--param", f"treaty={T}", "--format", "json"]) == 0
    [binding] = json.loads(capsys.readouterr().out)["results"]["bindings"]
    assert binding["date"]["value"] == "2008-09-30"
    assert main(["query", "cq07", "--endpoint", loaded.sparql, "--param", 'treaty=" } ; DROP ALL ; #']) == 0
    assert "(0 rows)" in capsys.readouterr().out


def test_stats_on_the_endpoint(loaded, capsys):
    assert main(["stats", "--endpoint", loaded.sparql, "--top", "3"]) == 0
    text = capsys.readouterr().out
    assert "/860/kaz/graph" in text and "1369" in text  # as test_queries.test_stats_command


def test_wrong_password_is_a_clear_401(virtuoso, out, capsys):
    assert main(["load", "--endpoint", virtuoso.graph_store, "--from-build", str(out), "--user", "dba",
                 "--password", "wrong", "--retries", "0"]) == 1
    err = capsys.readouterr().err
    assert "401" in err and "password" in err and len(err.strip().splitlines()) == 1


def test_a_server_that_is_not_running(out, capsys):
    port = free_port()
    assert main(["load", "--endpoint", f"http://127.0.0.1:{port}/sparql-graph-crud-auth", "--from-build", str(out),
                 "--user", "dba", "--password", "x", "--retries", "2", "--backoff", "0.01"]) == 1
    err = capsys.readouterr().err
    assert "cannot connect" in err and "3 attempts" in err and "refused" in err.lower()
    assert main(["query", "cq01", "--endpoint", f"http://127.0.0.1:{port}/sparql"]) == 1
    assert "cannot reach" in capsys.readouterr().err


# --- a Graph Store that breaks halfway ---------------------------------------------------------------------------

class FlakyStore(BaseHTTPRequestHandler):
    """An in-memory Graph Store Protocol + query + update server that answers 500 to every PUT after ``ok_puts``."""

    graphs: dict[str, set[str]] = {}
    ok_puts = 0
    puts = 0

    def log_message(self, *args):
        pass  # keep the test output free of the fake server's access log

    def _graph(self) -> str:
        return urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query)["graph-uri"][0]

    def _reply(self, code: int, body: bytes = b"", kind: str = "text/plain") -> None:
        self.send_response(code)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_PUT(self):
        data = self.rfile.read(int(self.headers["Content-Length"]))
        type(self).puts += 1
        if type(self).puts > self.ok_puts:
            # accept part of the body, then fail: a real server may have stored nothing or part
            return self._reply(500, b"internal error")
        self.graphs[self._graph()] = set(data.decode().splitlines())
        self._reply(201)

    def do_DELETE(self):
        self.graphs.pop(self._graph(), None)
        self._reply(200)

    def do_POST(self):
        form = urllib.parse.parse_qs(self.rfile.read(int(self.headers["Content-Length"])).decode())
        if "query" in form:
            graph = re.search(r"GRAPH <([^>]+)>", form["query"][0]).group(1)
            n = len(self.graphs.get(graph, ()))
            body = {"head": {"vars": ["n"]}, "results": {"bindings": [{"n": {"type": "literal", "value": str(n)}}]}}
            return self._reply(200, json.dumps(body).encode(), "application/sparql-results+json")
        source, target = re.search(r"MOVE SILENT GRAPH <([^>]+)> TO GRAPH <([^>]+)>", form["update"][0]).groups()
        self.graphs[target] = self.graphs.pop(source, set())
        self._reply(200)


def test_a_server_failing_halfway_leaves_no_half_loaded_graph(out, capsys):
    graphs = sorted({str(q.graph_name.value)
                     for q in ox.parse(path=str(out / "treatykg.nq"), format=ox.RdfFormat.N_QUADS)})
    old = {"<urn:x> <urn:y> \"the previous good version\" ."}
    FlakyStore.graphs = {graphs[2]: set(old)}
    FlakyStore.ok_puts, FlakyStore.puts = 2, 0
    server = ThreadingHTTPServer(("127.0.0.1", 0), FlakyStore)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/sparql-graph-crud"
        assert main(["load", "--endpoint", url, "--from-build", str(out), "--retries", "2", "--backoff", "0.01"]) == 1
    finally:
        server.shutdown()
        server.server_close()
    err = capsys.readouterr().err
    assert "HTTP 500" in err and "3 attempts" in err and len(err.strip().splitlines()) == 1
    assert FlakyStore.puts == 2 + 3  # two good graphs, then the third PUT tried three times
    assert FlakyStore.graphs[graphs[2]] == old  # the graph that failed keeps its previous good version
    assert not [g for g in FlakyStore.graphs if g.startswith("urn:treatykg:load:")]
    assert temporary_graph(graphs[2]) not in FlakyStore.graphs
    assert set(FlakyStore.graphs) == set(graphs[:3])  # nothing of the later graphs
    assert all(len(FlakyStore.graphs[g]) > 1 for g in graphs[:2])


# --- Virtuoso's bulk loader (--method bulk); after the GSP tests, as it replaces the same graphs ----------------

def bulk(server, *extra):
    return ["load", "--method", "bulk", "--isql", server.isql_address, "--server-dir", str(server.load_dir),
            "--user", "dba", "--password", server.password, *extra]


def store_counts(server) -> dict[str, int]:
    """Quads per graph as the SPARQL endpoint sees them (HTTP, not the loader's own isql count)."""
    query = Query("graphs", Path("-"), "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    return {row[0].value: int(row[1].value) for row in EndpointEngine(server.sparql).select(query).rows}


def file_counts(path) -> Counter:
    return Counter(q.graph_name.value for q in ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS))


def our_load_list_rows(server) -> int:
    from treatykg.store.virtuoso import Isql
    sql = "SELECT COUNT(*) FROM DB.DBA.load_list WHERE ll_file LIKE '%/treatykg-load-%';\n"
    return int(Isql(server.isql_address, "dba", server.password).run(sql, "test"))


@pytest.fixture(scope="module")
def bulk_loaded(virtuoso, out):
    dump = file_counts(out / "treatykg.nq")
    for graph in dump:  # whatever the GSP tests loaded goes, so that every answer below comes from the bulk load
        virtuoso.isql(f"SPARQL CLEAR GRAPH <{graph}>;")
    assert not set(dump) & set(store_counts(virtuoso))
    assert main(bulk(virtuoso, "--from-build", str(out))) == 0
    return virtuoso


def test_bulk_load_gives_the_dump_and_leaves_nothing_behind(bulk_loaded, out):
    dump = file_counts(out / "treatykg.nq")
    counts = store_counts(bulk_loaded)
    assert {g: counts.get(g) for g in dump} == dict(dump)
    assert "https://w3id.org/treatykg/ontology/graph" in dump  # counted from what VoID leaves over
    assert list(bulk_loaded.load_dir.iterdir()) == []  # the hard links are gone
    assert our_load_list_rows(bulk_loaded) == 0


@pytest.mark.parametrize("query", catalogue(), ids=lambda q: q.name)
def test_bulk_loaded_virtuoso_answers_every_cq_like_the_embedded_store(bulk_loaded, out, query):
    assert_same_answers(bulk_loaded, out, query)


def test_bulk_reload_replaces_instead_of_appending(bulk_loaded, out, tmp_path, capsys):
    dump = file_counts(out / "treatykg.nq")
    graph = sorted(g for g in dump if "/kaz/graph" in g)[0]
    bulk_loaded.isql(f"SPARQL INSERT INTO <{graph}> {{ <urn:stale> <urn:stale> 'left from an older build' }};")
    assert store_counts(bulk_loaded)[graph] == dump[graph] + 1
    capsys.readouterr()
    # by path, with no VoID beside it: counted by parsing the file; the ontology graph's blank nodes would come
    # back as new ones (and add to its count) if the graph were not cleared first
    plain = tmp_path / "treatykg.nq"
    os.link((out / "treatykg.nq").resolve(), plain)  # the file itself: out/treatykg.nq links into out/current/
    assert main(bulk(bulk_loaded, "--nquads", str(plain))) == 0
    text = capsys.readouterr().out
    assert "from the scan" in text and f"cleared {len(dump)} graphs" in text
    counts = store_counts(bulk_loaded)
    assert {g: counts.get(g) for g in dump} == dict(dump)
    assert list(bulk_loaded.load_dir.iterdir()) == [] and plain.exists()


ODD_GRAPHS = ["http://example.org/bulk/it's/$a/graph", "http://example.org/bulk/ж/graph"]


def odd_dump(folder, broken_line=None, void=True, per_graph=100):
    """Two graphs whose IRIs need SQL and isql escaping (a quote, a dollar, Cyrillic written as a \\u escape),
    optionally a line with an unterminated string, and a VoID like the build's that describes this very file."""
    escaped = [g.replace("ж", "\\u0436") for g in ODD_GRAPHS]
    folder.mkdir(parents=True, exist_ok=True)
    lines = [f'<http://example.org/s{i}> <http://example.org/p> "value {i}" <{g}> .' for g in escaped
             for i in range(per_graph)]
    if broken_line is not None:
        lines[broken_line] = lines[broken_line].replace('" <', " <", 1)
    path = folder / "treatykg.nq"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    if void:
        dist = "<http://example.org/dataset/distribution/treatykg.nq>"
        triples = [f'{dist} <http://www.w3.org/ns/dcat#downloadURL> <http://example.org/dumps/treatykg.nq> .',
                   f'{dist} <http://www.w3.org/ns/dcat#byteSize> {path.stat().st_size} .']
        for n, graph in enumerate(escaped):
            triples += [f"<urn:subset:{n}> <http://purl.org/dc/terms/source> <{graph}> .",
                        f"<urn:subset:{n}> <http://rdfs.org/ns/void#triples> {per_graph} ."]
        (folder / "void.ttl").write_text("\n".join(triples) + "\n", encoding="utf-8")
    return path


def test_bulk_reports_a_syntax_error_with_the_file_name(virtuoso, tmp_path, capsys):
    good = odd_dump(tmp_path / "good")
    assert main(bulk(virtuoso, "--from-build", str(good.parent))) == 0
    assert [store_counts(virtuoso).get(g) for g in ODD_GRAPHS] == [100, 100]
    # a stale triple in each graph, through SPARQL over HTTP: the re-load must clear the very graphs, escapes and all
    http = GraphStoreLoader(Endpoints.derive(virtuoso.graph_store), Client("dba", virtuoso.password))
    for graph in ODD_GRAPHS:
        http.update(f"INSERT DATA {{ GRAPH <{graph}> {{ <urn:stale> <urn:stale> 1 }} }}", "")
    assert [store_counts(virtuoso).get(g) for g in ODD_GRAPHS] == [101, 101]
    capsys.readouterr()
    assert main(bulk(virtuoso, "--from-build", str(good.parent))) == 0
    assert "cleared 2 graphs (202 quads)" in capsys.readouterr().out
    assert [store_counts(virtuoso).get(g) for g in ODD_GRAPHS] == [100, 100]

    # without a VoID the file is parsed first: the error comes before anything on the server is touched
    bad = odd_dump(tmp_path / "scan", broken_line=150, void=False)
    assert main(bulk(virtuoso, "--nquads", str(bad))) == 1
    err = capsys.readouterr().err
    assert str(bad) in err and "line 151" in err and len(err.strip().splitlines()) == 1
    assert [store_counts(virtuoso).get(g) for g in ODD_GRAPHS] == [100, 100]

    # with a VoID that matches, Virtuoso's loader meets it: reported from DB.DBA.load_list with the file's name
    bad = odd_dump(tmp_path / "void", broken_line=150)
    assert main(bulk(virtuoso, "--from-build", str(bad.parent))) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"treatykg load: {bad}: Virtuoso bulk loader") and "syntax error" in err
    assert "partly loaded" in err and len(err.strip().splitlines()) == 1
    assert list(virtuoso.load_dir.iterdir()) == [] and our_load_list_rows(virtuoso) == 0


def test_bulk_wrong_password_is_one_clear_line(virtuoso, out, capsys):
    args = bulk(virtuoso, "--from-build", str(out))
    args[args.index("--password") + 1] = "wrong"
    assert main(args) == 1
    err = capsys.readouterr().err
    assert virtuoso.isql_address in err and "Bad login" in err and "password" in err
    assert len(err.strip().splitlines()) == 1


def test_bulk_needs_a_server_dir_in_dirs_allowed(virtuoso, out, capsys):
    # not under /tmp: Virtuoso 7.2 lets any path that starts with "/tmp" through, whatever DirsAllowed says
    denied = Path(tempfile.mkdtemp(dir="/var/tmp"))
    try:
        args = bulk(virtuoso, "--from-build", str(out))
        args[args.index("--server-dir") + 1] = str(denied)
        assert main(args) == 1
        err = capsys.readouterr().err
        assert "DirsAllowed" in err and str(denied) in err and len(err.strip().splitlines()) == 1
        assert list(denied.iterdir()) == []
    finally:
        shutil.rmtree(denied)


def test_bulk_without_a_server_or_a_client(out, tmp_path, capsys):
    port = free_port()
    common = ["load", "--method", "bulk", "--server-dir", str(tmp_path), "--from-build", str(out),
              "--password", "x", "--retries", "1", "--backoff", "0.01"]
    assert main(common + ["--isql", f"127.0.0.1:{port}"]) == 1
    err = capsys.readouterr().err
    assert f"127.0.0.1:{port}: cannot connect after 2 attempts" in err and len(err.strip().splitlines()) == 1
    assert main(common + ["--isql", f"127.0.0.1:{port}", "--isql-binary", str(tmp_path / "isql-vt")]) == 1
    assert "virtuoso-opensource" in capsys.readouterr().err
    assert main(["load", "--method", "bulk", "--from-build", str(out)]) == 2
    assert "--isql and --server-dir required" in capsys.readouterr().err
