"""Issue 18 defects 5 and 10: loads that cannot corrupt and do not leak, against fake servers on loopback.

A MOVE whose answer comes after the timeout is not done twice; Virtuoso is checkpointed after a load; a server that
drips bytes or never answers costs one deadline per request, not one per socket read; credentials never appear in
a message, a URL or isql's command line."""

from __future__ import annotations

import json
import re
import socket
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from treatykg.cli.main import main
from treatykg.store.graph_store import Client, Endpoints, GraphStoreLoader, LoadError, temporary_graph
from treatykg.store.virtuoso import Isql

GRAPH = "https://w3id.org/treatykg/akn/kz/act/law/2001/1/kaz/graph"
PAYLOAD = b"".join(f"<urn:s{n}> <urn:p> \"{n}\" .\n".encode() for n in range(5))


class MemoryStore(BaseHTTPRequestHandler):
    """Graph Store Protocol, query and update in memory, as Virtuoso answers them: a MOVE SILENT whose source is
    gone empties the target. ``move_delay`` holds the answer to a MOVE (done at once) that long."""

    graphs: dict[str, set[str]] = {}
    move_delay = 0.0
    moves = 0
    log: list[str] = []

    def log_message(self, *args):
        pass

    def _graph(self) -> str:
        query = urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query)
        return (query.get("graph-uri") or query["graph"])[0]

    def _reply(self, code: int, body: bytes = b"", kind: str = "text/plain") -> None:
        self.send_response(code)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_PUT(self):
        data = self.rfile.read(int(self.headers["Content-Length"]))
        self.graphs[self._graph()] = set(data.decode().splitlines())
        self.log.append(f"PUT {self._graph()}")
        self._reply(201)

    def do_DELETE(self):
        self.graphs.pop(self._graph(), None)
        self._reply(200)

    def do_POST(self):
        form = urllib.parse.parse_qs(self.rfile.read(int(self.headers["Content-Length"])).decode())
        if "query" in form:
            text = form["query"][0]
            self.log.append(f"QUERY {text}")
            if text.startswith("ASK"):  # the load's probe of the default graph: Virtuoso's is the union
                body = {"head": {}, "boolean": any(self.graphs.values())}
                return self._reply(200, json.dumps(body).encode(), "application/sparql-results+json")
            found = re.search(r"GRAPH <([^>]+)>", text)
            n = len(self.graphs.get(found.group(1), ())) if found else 0
            body = {"head": {"vars": ["n"]}, "results": {"bindings": [{"n": {"type": "literal", "value": str(n)}}]}}
            return self._reply(200, json.dumps(body).encode(), "application/sparql-results+json")
        source, target = re.search(r"MOVE SILENT GRAPH <([^>]+)> TO GRAPH <([^>]+)>", form["update"][0]).groups()
        type(self).moves += 1
        self.log.append(f"MOVE {target}")
        self.graphs[target] = self.graphs.pop(source, set())
        time.sleep(self.move_delay)
        self._reply(200)


@pytest.fixture
def memory_store():
    MemoryStore.graphs, MemoryStore.move_delay, MemoryStore.moves, MemoryStore.log = {}, 0.0, 0, []
    server = ThreadingHTTPServer(("127.0.0.1", 0), MemoryStore)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_defect5_a_move_answered_after_the_timeout_is_not_done_twice(memory_store):
    old = {'<urn:x> <urn:y> "the previous good version" .'}
    MemoryStore.graphs = {GRAPH: set(old)}
    MemoryStore.move_delay = 1.5  # the server moves at once, then answers after the client's timeout
    loader = GraphStoreLoader(Endpoints.derive(memory_store + "/sparql-graph-crud"),
                              Client(None, None, timeout=0.5, retries=3, backoff=0.01))
    report = loader.load_graph(GRAPH, PAYLOAD)
    assert report.loaded == report.expected == 5
    assert MemoryStore.graphs[GRAPH] == set(PAYLOAD.decode().splitlines())  # the new graph, not an empty one
    assert MemoryStore.moves == 1 and temporary_graph(GRAPH) not in MemoryStore.graphs


def test_defect5_a_virtuoso_load_ends_with_a_checkpoint(memory_store, tmp_path, capsys):
    dump = tmp_path / "treatykg.nq"
    dump.write_bytes(PAYLOAD.replace(b" .\n", f" <{GRAPH}> .\n".encode()))
    assert main(["load", "--endpoint", memory_store + "/sparql-graph-crud", "--nquads", str(dump)]) == 0
    assert "Virtuoso checkpointed" in capsys.readouterr().out
    last = MemoryStore.log[-1]
    assert last.startswith("QUERY") and "bif:exec('checkpoint')" in last
    assert MemoryStore.log.index(f"MOVE {GRAPH}") < len(MemoryStore.log) - 1
    MemoryStore.log.clear()  # an Oxigraph-style endpoint needs none
    assert main(["load", "--endpoint", memory_store + "/store", "--nquads", str(dump)]) == 0
    assert not [entry for entry in MemoryStore.log if "checkpoint" in entry]


def _serve_raw(behaviour) -> tuple[int, threading.Event]:
    """A TCP server on loopback whose every connection is handed to ``behaviour(connection, stop)``."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    server.settimeout(0.1)
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                connection, _ = server.accept()
            except OSError:
                continue
            threading.Thread(target=behaviour, args=(connection, stop), daemon=True).start()
        server.close()
    threading.Thread(target=serve, daemon=True).start()
    return server.getsockname()[1], stop


def _drip(connection: socket.socket, stop: threading.Event) -> None:
    """Headers at once, then one byte of the body every 0.1 s, for 6 s at most."""
    with connection:
        connection.recv(65536)
        connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results+json\r\n"
                           b"Content-Length: 100000\r\n\r\n")
        until = time.monotonic() + 6
        while not stop.is_set() and time.monotonic() < until:
            try:
                connection.sendall(b" ")
            except OSError:
                return
            time.sleep(0.1)


def _hang(connection: socket.socket, stop: threading.Event) -> None:
    """Reads the request and never answers (for 6 s at most)."""
    with connection:
        connection.recv(65536)
        stop.wait(6)


def test_defect10_a_server_that_drips_bytes_costs_one_deadline(tmp_path):
    port, stop = _serve_raw(_drip)
    try:
        loader = GraphStoreLoader(Endpoints.derive(f"http://127.0.0.1:{port}/store"),
                                  Client(None, None, timeout=1.0, retries=0))
        started = time.monotonic()
        with pytest.raises(LoadError, match="no whole answer within 1 s"):
            loader.count(GRAPH)
        assert time.monotonic() - started < 3
    finally:
        stop.set()


def test_defect10_a_hung_server_costs_one_deadline_with_its_retries(tmp_path):
    port, stop = _serve_raw(_hang)
    try:
        client = Client(None, None, timeout=1.0, retries=3, backoff=0.01)
        started = time.monotonic()
        with pytest.raises(LoadError, match="within 1 s"):
            client.request("GET", f"http://127.0.0.1:{port}/store")
        assert time.monotonic() - started < 2.5  # not 4 attempts of 1 s each
    finally:
        stop.set()


def test_defect10_credentials_in_an_endpoint_url_are_refused_unechoed(tmp_path, capsys):
    for flag in ("--endpoint", "--query-endpoint", "--update-endpoint"):
        url = "http://dba:s3cret-pw@127.0.0.1:9/sparql-graph-crud-auth"
        args = ["load", "--endpoint", "http://127.0.0.1:9/sparql-graph-crud-auth", "--from-build", str(tmp_path)]
        args[args.index("--endpoint") + 1 if flag == "--endpoint" else len(args):] = (
            [url, "--from-build", str(tmp_path)] if flag == "--endpoint" else [flag, url])
        assert main(args) == 2
        captured = capsys.readouterr()
        assert "user or password in its URL" in captured.err
        assert "s3cret" not in captured.err + captured.out and "dba" not in captured.err + captured.out


def test_defect10_no_message_holds_the_password(memory_store, tmp_path, capsys):
    dump = tmp_path / "treatykg.nq"
    dump.write_bytes(PAYLOAD.replace(b" .\n", f" <{GRAPH}> .\n".encode()))
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    port = closed.getsockname()[1]
    closed.close()
    assert main(["load", "--endpoint", f"http://127.0.0.1:{port}/sparql-graph-crud-auth?token=t0ken",
                 "--nquads", str(dump), "--user", "dba", "--password", "s3cret-pw", "--retries", "0"]) == 1
    captured = capsys.readouterr()
    assert "cannot connect" in captured.err
    assert "s3cret" not in captured.err + captured.out and "t0ken" not in captured.err + captured.out
    assert "s3cret" not in repr(Client("dba", "s3cret-pw")) + repr(Isql("127.0.0.1:1111", "dba", "s3cret-pw"))


def test_defect10_password_file_must_be_private(tmp_path, memory_store, capsys):
    secret = tmp_path / "password"
    secret.write_text("s3cret-pw\n", encoding="utf-8")
    secret.chmod(0o644)
    args = ["load", "--endpoint", memory_store + "/store", "--from-build", str(tmp_path), "--password-file",
            str(secret)]
    assert main(args) == 1
    err = capsys.readouterr().err
    assert "chmod 600" in err and "s3cret" not in err


FAKE_ISQL = r'''
import sys
from pathlib import Path
Path(sys.argv[-1] if False else __file__).with_suffix(".argv").write_text("\0".join(sys.argv), encoding="utf-8")
PASSWORD = "s3cret-pw"
# as isql-vt does without a password argument: the login without one is refused, then it asks
sys.stderr.write("\n*** Error 28000: [Virtuoso Driver]CL034: Bad login\nat line 0 of Top-Level:\n\n\n")
for attempt in range(3):
    sys.stderr.write("Enter password for dba :")
    sys.stderr.flush()
    line = sys.stdin.readline()
    if line.rstrip("\n") == PASSWORD:
        break
    sys.stderr.write("\n*** Error 28000: [Virtuoso Driver]CL034: Bad login\nat line 0 of Top-Level:\n\n\n")
else:
    sys.exit(3)
sys.stdout.write("SQL> ")  # logged in: the prompt
sys.stdout.flush()
for line in sys.stdin:
    if line.startswith("SELECT "):
        sys.stdout.write(line[len("SELECT "):].rstrip(";\n") + "\n")
    sys.stdout.write("SQL> ")
    sys.stdout.flush()
'''


def test_defect10_isql_gets_the_password_on_its_input_not_its_command_line(tmp_path):
    script = tmp_path / "isql.py"
    script.write_text(FAKE_ISQL, encoding="utf-8")
    binary = tmp_path / "isql-vt"
    binary.write_text(f"#!/bin/sh\nexec {sys.executable} {script} \"$@\"\n", encoding="utf-8")
    binary.chmod(0o755)
    isql = Isql("127.0.0.1:1111", "dba", "s3cret-pw", str(binary), timeout=10, retries=0)
    assert isql.run("SELECT 42;\nSELECT 43;\n", "test") == "42\n43\n"
    argv = Path(script.with_suffix(".argv")).read_text(encoding="utf-8").split("\0")
    assert "s3cret-pw" not in " ".join(argv) and argv[1:3] == ["127.0.0.1:1111", "dba"]
    wrong = Isql("127.0.0.1:1111", "dba", "wrong", str(binary), timeout=10, retries=0)
    started = time.monotonic()
    with pytest.raises(LoadError, match="Bad login"):
        wrong.run("SELECT 1;\n", "test")
    assert time.monotonic() - started < 5  # the refusal ends the session; the script is never read as passwords
