"""Issue 18 defect 9: the library API (treatykg.explore) binds its arguments as RDF terms, as ``treatykg query
--param`` does; a crafted value never reaches the query text, so no SERVICE call leaves the process."""

from __future__ import annotations

import socket
import threading
import urllib.request

import pytest

from treatykg.explore import frames
from treatykg.explore.networks import Source, projection, projection_edges

SEED_TREATY = frames.SEED_TREATY


@pytest.fixture(scope="module")
def source(corpus_build):
    return Source.from_build(corpus_build[0])


@pytest.fixture
def listener():
    """A loopback server that records every connection: the SERVICE endpoint a crafted value names. pyoxigraph's
    HTTP client is native code, so only a real listener sees its calls."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    server.settimeout(0.2)
    connections: list[bytes] = []
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                client, _ = server.accept()
            except OSError:
                continue
            with client:
                client.settimeout(1)
                try:
                    connections.append(client.recv(4096))
                except OSError:
                    connections.append(b"")
    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield server.getsockname()[1], connections
    stop.set()
    thread.join(5)
    server.close()


@pytest.fixture
def no_python_network(monkeypatch):
    """Any outbound connection made from Python fails the test (the listener's own accept is not a connect)."""
    def refuse(*args, **kwargs):
        raise AssertionError(f"outbound connection attempted: {args} {kwargs}")
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(urllib.request, "urlopen", refuse)


def crafted(port: int) -> dict[str, tuple]:
    """For each entry point, a value that, pasted into its query, makes a valid query with a SERVICE call."""
    service = f"SERVICE <http://127.0.0.1:{port}/sparql> {{ ?a ?b ?c }}"
    as_subject = f"{SEED_TREATY}> ?pp ?oo . {service} <{SEED_TREATY}"
    as_object = f"{SEED_TREATY}> . {service} ?zz ?yy <{SEED_TREATY}"
    return {
        "parties": (frames.parties, as_subject),
        "clauses": (frames.clauses, as_subject),
        "articles": (frames.articles, as_object),
        "terms": (frames.terms, f"{SEED_TREATY}/terms> . {service} ?t skos:inScheme <{SEED_TREATY}"),
        "projection_edges": (lambda s, v: projection_edges(s, "parties", v),
                             f"{SEED_TREATY}> }} {service} VALUES ?treaty {{ <{SEED_TREATY}"),
        "projection": (lambda s, v: projection(s, "parties", "kk", v),
                       f"{SEED_TREATY}> }} {service} VALUES ?treaty {{ <{SEED_TREATY}"),
        "treaties": (frames.treaties, f'kk") }} {service} OPTIONAL {{ ?treaty ?q ?t . FILTER(LANG(?t) = "kk'),
        "articles-languages": (lambda s, v: frames.articles(s, SEED_TREATY, ("kk", v)),
                               f'ru") }} {service} OPTIONAL {{ ?article ?q ?t_ru . FILTER(LANG(?t_ru) = "ru'),
    }


def test_defect9_library_api_binds_parameters_no_service_call_leaves_the_process(source, listener,
                                                                                   no_python_network):
    port, connections = listener
    for name, (call, value) in crafted(port).items():
        try:
            rows = call(source, value)
        except ValueError as error:  # refused as not an IRI or a language tag: the value is named
            assert "not a" in str(error), name
        else:
            assert len(rows) == 0, name  # bound as a term, the crafted value is just an IRI nothing has
        assert connections == [], f"{name}: a SERVICE call left the process"


def test_defect9_bound_parameters_answer_as_before(source):
    parties = frames.parties(source, SEED_TREATY)
    assert len(parties) > 0 and set(parties.columns) == {"party", "name", "language", "state", "state_name"}
    articles = frames.articles(source, SEED_TREATY)
    assert list(articles.columns) == ["number", "heading", "text_kk", "text_ru", "text_en"]
    assert articles["text_kk"].notna().all()
    assert len(frames.terms(source, SEED_TREATY)) > 0 and len(frames.clauses(source, SEED_TREATY)) > 0
    assert {row["treaty"] for _, row in frames.treaties(source, "ru").iterrows()} >= {SEED_TREATY}
    assert projection_edges(source, "parties", SEED_TREATY)
    assert set(projection_edges(source, "parties", SEED_TREATY)) <= set(projection_edges(source, "parties"))
    # an IRI with characters a query would have to escape is a term, not text
    assert len(frames.parties(source, SEED_TREATY + "#it's")) == 0
