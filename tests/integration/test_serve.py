"""``treatykg serve``: the Oxigraph server over a build's store answers every competency question, through
SPARQLWrapper, exactly as the embedded store does (``treatykg query``); it is read-only, shows its query page,
listens on 127.0.0.1 by default, and stops cleanly, leaving no process behind, on Ctrl-C, SIGTERM or its parent's
death."""

import os
import select
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import psutil
import pyoxigraph
import pytest
from test_queries import parameter_runs, rows_of

from treatykg.cli.main import build_parser, main
from treatykg.store.oxigraph_server import find_binary, parse_bind
from treatykg.store.queries import EndpointEngine, OxigraphEngine, Query, catalogue
from virtuoso_server import free_port


@pytest.fixture(scope="module")
def out(corpus_build):
    return corpus_build[0]


def start_serve(out, *extra, port=None):
    """``treatykg serve`` as a user starts it, in a process of its own; returns (process, base URL)."""
    port = port or free_port()
    process = subprocess.Popen([sys.executable, "-m", "treatykg.cli", "serve", "--out", str(out),
                                "--bind", str(port), *extra],  # a port alone: the host is the default's
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    ready, _, _ = select.select([process.stdout], [], [], 60)
    line = process.stdout.readline() if ready else ""
    if not line.startswith(f"SPARQL endpoint {base}/query"):
        process.kill()
        raise AssertionError(f"serve did not say it was ready within 60 s: {line!r} {process.communicate()}")
    return process, base


def servers_of(process) -> list[psutil.Process]:
    return psutil.Process(process.pid).children(recursive=True)


def gone(pid: int) -> bool:
    try:
        return psutil.Process(pid).status() == psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return True


def port_closed(base: str) -> bool:
    host, port = parse_bind(base.removeprefix("http://"))
    try:
        with socket.create_connection((host, port), timeout=1):
            return False
    except OSError:
        return True


@pytest.fixture(scope="module")
def served(out):
    process, base = start_serve(out)
    children = servers_of(process)
    yield process, base, children
    if process.poll() is None:
        process.terminate()
        process.wait(30)


def test_the_oxigraph_binary_is_pyoxigraphs_version():
    """The server opens the store that pyoxigraph wrote: requirements.lock pins both to one version."""
    binary, version = find_binary()
    assert version == pyoxigraph.__version__


@pytest.mark.parametrize("query", catalogue(), ids=lambda q: q.name)
def test_every_competency_question_answers_as_on_the_embedded_store(served, out, query):
    _, base, _ = served
    embedded, remote = OxigraphEngine(out), EndpointEngine(base + "/query", timeout=30)  # SPARQLWrapper, POST
    for params in parameter_runs(query):
        a, b = embedded.select(query, params), remote.select(query, params)
        assert a.columns == b.columns
        assert rows_of(a) == rows_of(b), (query.name, params)
        assert len(a.rows) == len(b.rows)


def test_query_page_is_served_and_nothing_can_be_written(served, out):
    _, base, _ = served
    with urllib.request.urlopen(base + "/", timeout=10) as response:
        page = response.read().decode("utf-8")
    assert response.headers.get_content_type() == "text/html" and "<html" in page.lower()
    request = urllib.request.Request(base + "/update", data=b"INSERT DATA { <urn:a> <urn:b> <urn:c> }",
                                     headers={"Content-Type": "application/sparql-update"}, method="POST")
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=10)
    assert refused.value.code in (403, 404, 405)
    request = urllib.request.Request(base + "/store?default", data=b"<urn:a> <urn:b> <urn:c> .",
                                     headers={"Content-Type": "application/n-triples"}, method="POST")
    with pytest.raises(urllib.error.HTTPError):
        urllib.request.urlopen(request, timeout=10)
    written = Query("written", Path("-"), "SELECT ?o WHERE { <urn:a> <urn:b> ?o }")
    assert EndpointEngine(base + "/query").select(written).rows == []


def test_serve_listens_on_loopback_only_by_default(served):
    assert build_parser().parse_args(["serve"]).bind == "127.0.0.1:7878"
    process, _, children = served
    [server] = children
    assert "--bind" in server.cmdline() and server.cmdline()[server.cmdline().index("--bind") + 1].startswith("127.")
    listening = {c.laddr.ip for c in server.net_connections(kind="inet") if c.status == psutil.CONN_LISTEN}
    assert listening and all(ip.startswith("127.") for ip in listening)


@pytest.mark.parametrize("how", [signal.SIGINT, signal.SIGTERM])
def test_a_signal_stops_the_server_and_leaves_no_process(out, how):
    process, base = start_serve(out)
    children = servers_of(process)
    assert [c.name() for c in children] == ["oxigraph"]
    process.send_signal(how)
    assert process.wait(30) == 0
    stdout, stderr = process.communicate()
    assert stdout == "" and "rror" not in stderr and "Traceback" not in stderr  # stopped, not failed
    assert all(gone(c.pid) for c in children)
    assert port_closed(base)


def test_the_server_dies_with_its_parent(out):
    process, base = start_serve(out)
    [child] = servers_of(process)
    os.kill(process.pid, signal.SIGKILL)
    process.wait(30)
    deadline = time.monotonic() + 10
    while not (gone(child.pid) and port_closed(base)) and time.monotonic() < deadline:
        time.sleep(0.1)
    # a dead server holds no port; the port may still answer when a test on another worker took it meanwhile
    assert gone(child.pid)


def test_bad_input_is_one_line(out, tmp_path, capsys):
    assert main(["serve", "--out", str(tmp_path)]) == 1
    assert "no embedded store here" in capsys.readouterr().err
    assert main(["serve", "--out", str(out), "--bind", "127.0.0.1:http"]) == 2
    assert "HOST:PORT" in capsys.readouterr().err
    assert main(["serve", "--out", str(out), "--oxigraph", str(tmp_path / "nothing")]) == 1
    assert "no oxigraph server binary" in capsys.readouterr().err
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert main(["serve", "--out", str(out), "--bind", f"127.0.0.1:{port}"]) == 1
    assert f"cannot listen on 127.0.0.1:{port}: Address already in use" in capsys.readouterr().err
