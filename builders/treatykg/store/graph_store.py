"""Load the dumps into a real triple store through the SPARQL 1.1 Graph Store Protocol.

Safe replacement, graph by graph:

1. PUT the graph's triples, as N-Triples, into a temporary graph ``urn:treatykg:load:<sha1 of the target>``
   (PUT replaces the whole graph, so a rerun never appends twice, and a temporary graph left by a crashed run
   is simply overwritten);
2. count the temporary graph through the query endpoint and compare with the dump;
3. only then ``MOVE`` it onto the target with one SPARQL 1.1 Update request, which replaces the target and
   drops the temporary graph on the server side, so the target is never seen half loaded. A MOVE whose answer is
   lost (a timeout, a dropped connection) may have been done: the two graphs are counted before it is sent again,
   and it is sent again only while the temporary graph still holds the whole graph (Virtuoso's MOVE SILENT of a
   graph already moved empties the target);
4. count the target again;
5. at the end of the load, Virtuoso is made to checkpoint (``bif:exec('checkpoint')`` through the authenticated
   query endpoint): without it, a crash before its next scheduled checkpoint loses part of every replaced graph.

If any step fails, the temporary graph is deleted (best effort) and the target keeps what it held before.
Connection refused and 5xx are retried with exponential backoff; 401 is reported at once. ``timeout`` bounds each
request as a whole (connecting, sending, every byte of the answer, and its retries), not each socket read: a server
that drips bytes or hangs costs at most ``timeout`` seconds a request. Credentials are never part of a message.
Virtuoso is fed N-Triples, never Turtle (it corrupts ``\\/`` escapes in Turtle prefixed names).

55 to 100 s per million quads into Virtuoso on 2 cores, with the whole dump held in memory (about 0.9 KB a
quad); for national dumps use Virtuoso's bulk loader (``virtuoso.py``).
"""

from __future__ import annotations

import hashlib
import http.client
import json
import socket
import threading
import time
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from urllib.error import HTTPError, URLError

NTRIPLES = "application/n-triples"


class LoadError(Exception):
    """A load that failed: one line naming the endpoint and what went wrong."""


@dataclass
class Endpoints:
    store: str   # Graph Store Protocol endpoint (…/sparql-graph-crud-auth, …/store)
    query: str   # SPARQL query endpoint (…/sparql-auth, …/query)
    update: str  # SPARQL update endpoint (…/sparql-auth, …/update)

    @classmethod
    def derive(cls, store: str, query: str | None = None, update: str | None = None) -> Endpoints:
        """Virtuoso: /sparql-graph-crud-auth -> /sparql-auth (digest); /sparql-graph-crud -> /sparql.
        Oxigraph server: /store -> /query and /update."""
        parts = urllib.parse.urlsplit(store)
        path = parts.path.rstrip("/")
        base = path.rsplit("/", 1)[0]
        if path.endswith("/sparql-graph-crud-auth"):
            q = u = base + "/sparql-auth"
        elif path.endswith("/sparql-graph-crud"):
            q = u = base + "/sparql"
        elif path.endswith("/store"):
            q, u = base + "/query", base + "/update"
        else:
            q = u = path
        make = lambda p: urllib.parse.urlunsplit((parts.scheme, parts.netloc, p, "", ""))  # noqa: E731
        return cls(store, query or make(q), update or make(u))

    @property
    def virtuoso(self) -> bool:
        """Virtuoso's Graph Store endpoints: it needs a checkpoint to keep what was loaded through a crash."""
        return urllib.parse.urlsplit(self.store).path.rstrip("/").endswith(("/sparql-graph-crud-auth",
                                                                              "/sparql-graph-crud"))


def credentials_in(url: str | None) -> bool:
    """Whether a URL carries a user or password (``http://user:secret@host/``), which would be printed in every
    message and kept in shell histories."""
    if not url:
        return False
    try:
        parts = urllib.parse.urlsplit(url)
        return parts.username is not None or parts.password is not None
    except ValueError:
        return "@" in url.split("/", 3)[2] if url.count("/") >= 2 else False


def shown(url: str) -> str:
    """A URL as messages show it: without any user, password or query string."""
    try:
        parts = urllib.parse.urlsplit(url)
    except ValueError:
        return "<an invalid URL>"
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    try:
        port = f":{parts.port}" if parts.port else ""
    except ValueError:
        port = ""
    return urllib.parse.urlunsplit((parts.scheme, host + port, parts.path, "", ""))


@dataclass
class GraphReport:
    graph: str
    expected: int
    loaded: int


@dataclass
class LoadReport:
    graphs: list[GraphReport] = field(default_factory=list)
    # whether a query without GRAPH sees a loaded triple (the competency questions read the default graph);
    # None: not probed (nothing loaded but the ontology)
    default_graph_sees_them: bool | None = None
    checkpointed: bool | None = None  # None: the store needs none (not Virtuoso)
    warnings: list[str] = field(default_factory=list)

    @property
    def triples(self) -> int:
        return sum(g.loaded for g in self.graphs)


def read_dump(nquads: Path, only: list[str] | None = None) -> dict[str, bytes]:
    """N-Triples payloads by named graph, from the N-Quads dump (sorted, so byte-stable)."""
    import pyoxigraph as ox

    if not nquads.is_file():
        raise LoadError(f"{nquads}: no N-Quads dump here; run 'treatykg build --out {nquads.parent}' first")
    graphs: dict[str, list] = {}
    try:
        for quad in ox.parse(path=str(nquads), format=ox.RdfFormat.N_QUADS):
            if isinstance(quad.graph_name, ox.DefaultGraph):
                raise LoadError(f"{nquads}: a triple outside any named graph: {quad}")
            graphs.setdefault(quad.graph_name.value, []).append(ox.Triple(quad.subject, quad.predicate, quad.object))
    except SyntaxError as error:
        raise LoadError(f"{nquads}: {error}") from None
    if only:
        missing = [g for g in only if g not in graphs]
        if missing:
            raise LoadError(f"{nquads}: no graph {missing[0]} in the dump")
        graphs = {g: graphs[g] for g in only}
    out = {}
    for name, triples in sorted(graphs.items()):
        data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""  # no file given: the bytes come back
        lines = sorted(set(data.decode("utf-8").splitlines()))
        out[name] = ("\n".join(lines) + "\n").encode("utf-8")
    return out


def temporary_graph(graph: str) -> str:
    return "urn:treatykg:load:" + hashlib.sha1(graph.encode("utf-8")).hexdigest()


class _Deadline(Exception):
    """The request's whole time ran out."""


def _recording(base: type[http.client.HTTPConnection], sockets: list[socket.socket]):
    """A connection class that hands its socket to the request's watchdog as soon as it is connected."""
    class Connection(base):  # type: ignore[valid-type, misc]
        def connect(self) -> None:
            super().connect()
            sockets.append(self.sock)
    return Connection


class _HTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, sockets: list[socket.socket]):
        super().__init__()
        self.sockets = sockets

    def http_open(self, req):
        return self.do_open(_recording(http.client.HTTPConnection, self.sockets), req)


class _HTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, sockets: list[socket.socket]):
        super().__init__()
        self.sockets = sockets

    def https_open(self, req):
        return self.do_open(_recording(http.client.HTTPSConnection, self.sockets), req)


class Client:
    """HTTP with digest (or basic) auth, retries with backoff, a deadline per request, and one-line errors that
    never hold a credential."""

    def __init__(self, user: str | None, password: str | None, timeout: float = 60.0, retries: int = 3,
                 backoff: float = 0.5):
        self._user, self._password = user, password
        self._manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        if user:
            self._manager.add_password(None, "http://", user, password or "")  # any realm, any host given below
        self.timeout, self.retries, self.backoff = timeout, retries, backoff

    def __repr__(self) -> str:
        return f"Client(user={self._user!r}, timeout={self.timeout}, retries={self.retries})"

    def _opener(self, sockets: list[socket.socket]) -> urllib.request.OpenerDirector:
        handlers: list = [_HTTPHandler(sockets), _HTTPSHandler(sockets)]
        if self._user:
            handlers += [urllib.request.HTTPDigestAuthHandler(self._manager),
                         urllib.request.HTTPBasicAuthHandler(self._manager)]
        return urllib.request.build_opener(*handlers)

    def _once(self, request: urllib.request.Request, remaining: float) -> bytes:
        """One attempt within ``remaining`` seconds in all: a watchdog shuts the connection at the deadline, so that
        neither a server that drips its answer nor one that never answers holds the load longer."""
        sockets: list[socket.socket] = []
        expired = threading.Event()

        def expire() -> None:
            expired.set()
            for sock in list(sockets):
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
        watchdog = threading.Timer(remaining, expire)
        watchdog.daemon = True
        watchdog.start()
        try:
            with self._opener(sockets).open(request, timeout=remaining) as response:
                body = response.read()
        except (OSError, http.client.HTTPException) as error:
            if expired.is_set() and not isinstance(error, HTTPError):
                raise _Deadline() from None
            raise
        finally:
            watchdog.cancel()
        if expired.is_set():  # a body cut short by the watchdog may look whole: it is not an answer
            raise _Deadline()
        return body

    def request(self, method: str, url: str, data: bytes | None = None, headers: dict | None = None,
                what: str = "", retries: int | None = None) -> bytes:
        """The answer's body. ``timeout`` bounds the whole request, its retries included; ``retries`` (default:
        the client's) is how often a refused connection, a dropped one or a 5xx is tried again."""
        if self._user:
            self._manager.add_password(None, url, self._user, self._password or "")
        retries = self.retries if retries is None else retries
        where = shown(url)
        deadline = time.monotonic() + self.timeout
        attempt = 0
        while True:
            attempt += 1
            tries = f" after {attempt} attempts" if attempt > 1 else ""
            request = urllib.request.Request(url, data=data, method=method, headers=headers or {})
            try:
                return self._once(request, deadline - time.monotonic())
            except HTTPError as error:
                body = " ".join(error.read().decode("utf-8", "replace").split())[:200] if error.fp else ""
                if error.code == 401:
                    raise LoadError(f"{where}: HTTP 401 Unauthorized{what}: wrong or missing user/password "
                                    "(--user/--password or TREATYKG_USER/TREATYKG_PASSWORD)") from None
                if error.code < 500 or attempt > retries:
                    raise LoadError(f"{where}: HTTP {error.code} {error.reason}{what}{tries}: {body}") from None
                problem = f"HTTP {error.code}"
            except (_Deadline, TimeoutError):
                raise LoadError(f"{where}: no whole answer within {self.timeout:g} s{what}{tries}") from None
            except URLError as error:
                if attempt > retries:
                    raise LoadError(f"{where}: cannot connect{what}{tries}: {error.reason}") from None
                problem = "cannot connect"
            except (OSError, http.client.HTTPException) as error:
                if attempt > retries:
                    raise LoadError(f"{where}: {type(error).__name__}: {error}{what}{tries}") from None
                problem = type(error).__name__
            pause = self.backoff * 2 ** (attempt - 1)
            if time.monotonic() + pause >= deadline:
                raise LoadError(f"{where}: {problem}{what}, and no time left within {self.timeout:g} s to try "
                                f"again{tries}") from None
            time.sleep(pause)


class GraphStoreLoader:
    def __init__(self, endpoints: Endpoints, client: Client):
        self.endpoints, self.client = endpoints, client

    def _gsp(self, graph: str) -> str:
        separator = "&" if "?" in self.endpoints.store else "?"
        key = "graph" if self.endpoints.store.rstrip("/").endswith("/store") else "graph-uri"
        return f"{self.endpoints.store}{separator}{urllib.parse.urlencode({key: graph})}"

    def put(self, graph: str, payload: bytes) -> None:
        self.client.request("PUT", self._gsp(graph), payload, {"Content-Type": NTRIPLES}, f" (PUT <{graph}>)")

    def delete(self, graph: str) -> None:
        """Best effort: called while another error is being reported, which a failed clean-up must not hide."""
        try:
            self.client.request("DELETE", self._gsp(graph), what=f" (DELETE <{graph}>)")
        except LoadError:
            pass

    def count(self, graph: str) -> int:
        query = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
        body = urllib.parse.urlencode({"query": query}).encode()
        data = self.client.request("POST", self.endpoints.query, body,
                                   {"Content-Type": "application/x-www-form-urlencoded",
                                    "Accept": "application/sparql-results+json"}, f" (COUNT <{graph}>)")
        try:
            bindings = json.loads(data)["results"]["bindings"]
            return int(bindings[0]["n"]["value"]) if bindings else 0
        except (ValueError, KeyError, IndexError, TypeError):
            raise LoadError(f"{shown(self.endpoints.query)}: the count of <{graph}> is not SPARQL Results JSON: "
                            f"{data[:120]!r}") from None

    def ask(self, pattern: str, what: str) -> bool:
        body = urllib.parse.urlencode({"query": f"ASK {{ {pattern} }}"}).encode()
        data = self.client.request("POST", self.endpoints.query, body,
                                   {"Content-Type": "application/x-www-form-urlencoded",
                                    "Accept": "application/sparql-results+json"}, what)
        try:
            return bool(json.loads(data)["boolean"])
        except (ValueError, KeyError, TypeError):
            raise LoadError(f"{shown(self.endpoints.query)}: the answer to ASK is not SPARQL Results JSON: "
                            f"{data[:120]!r}") from None

    def default_graph_sees(self, payloads: dict[str, bytes]) -> bool | None:
        """Whether the store's default graph shows what was loaded into named graphs: true where it is their union
        (Virtuoso, Oxigraph with --union-default-graph, GraphDB), false where it is a graph of its own (Oxigraph,
        Fuseki by default). Asked of one triple of an act's graph (no blank node, which ASK would read as a
        variable)."""
        from treatykg.rdf.vocab import ONTOLOGY_IRI

        for graph, payload in payloads.items():
            if graph == ONTOLOGY_IRI + "/graph":
                continue
            line = next((line for line in payload.decode("utf-8").splitlines() if "_:" not in line), None)
            if line:
                return self.ask(line.removesuffix(" ."), " (ASK in the default graph)")
        return None

    def update(self, text: str, what: str, retries: int | None = None) -> None:
        body = urllib.parse.urlencode({"update": text}).encode()
        self.client.request("POST", self.endpoints.update, body,
                            {"Content-Type": "application/x-www-form-urlencoded"}, what, retries)

    def move(self, temporary: str, graph: str, expected: int) -> None:
        """MOVE the staged graph onto the target, sent again only while the staged graph is still whole: a MOVE
        whose answer was lost may have been done, and doing it twice would leave the target empty."""
        attempt = 0
        while True:
            attempt += 1
            try:
                self.update(f"MOVE SILENT GRAPH <{temporary}> TO GRAPH <{graph}>", f" (MOVE to <{graph}>)", retries=0)
                return
            except LoadError as error:
                if "HTTP 401" in str(error):
                    raise
                staged, target = self.count(temporary), self.count(graph)
                if staged == 0 and target == expected:
                    return  # the server did the move; only its answer was lost
                if staged != expected or attempt > self.client.retries:
                    raise LoadError(f"{error}; <{graph}> now holds {target} triples and the staged copy {staged} of "
                                    f"{expected}") from None
            time.sleep(self.client.backoff * 2 ** (attempt - 1))

    def checkpoint(self) -> None:
        """Make Virtuoso write what was loaded to its database file now (its SQL ``checkpoint``, called through
        SPARQL's ``bif:`` functions: needs the authenticated endpoint and a user allowed to run it, such as dba)."""
        query = "SELECT (bif:exec('checkpoint') AS ?done) WHERE { }"
        body = urllib.parse.urlencode({"query": query}).encode()
        self.client.request("POST", self.endpoints.query, body,
                            {"Content-Type": "application/x-www-form-urlencoded",
                             "Accept": "application/sparql-results+json"}, " (checkpoint)")

    def load_graph(self, graph: str, payload: bytes) -> GraphReport:
        expected = payload.count(b"\n")
        temporary = temporary_graph(graph)
        try:
            self.put(temporary, payload)
            staged = self.count(temporary)
            if staged != expected:
                raise LoadError(f"{shown(self.endpoints.store)}: <{graph}> staged {staged} triples of {expected}")
            self.move(temporary, graph, expected)
        except LoadError:
            self.delete(temporary)
            raise
        return GraphReport(graph, expected, self.count(graph))


def load(out: Path, endpoints: Endpoints, client: Client, graphs: list[str] | None = None,
         progress=None, nquads: Path | None = None) -> LoadReport:
    """Load ``nquads`` (default: ``out/treatykg.nq``) graph by graph."""
    payloads = read_dump(nquads or out / "treatykg.nq", graphs)
    loader = GraphStoreLoader(endpoints, client)
    report = LoadReport()
    for graph, payload in payloads.items():
        result = loader.load_graph(graph, payload)
        report.graphs.append(result)
        if progress:
            progress(result)
    report.default_graph_sees_them = loader.default_graph_sees(payloads)
    if endpoints.virtuoso and report.graphs:  # the last step: what was loaded (and probed) is then durable
        try:
            loader.checkpoint()
            report.checkpointed = True
        except LoadError as error:
            report.checkpointed = False
            report.warnings.append(f"{error}: the graphs are loaded but only durable after Virtuoso's next "
                                   "checkpoint (a crash before it loses part of them); run 'checkpoint;' in isql")
    bad = [g for g in report.graphs if g.loaded != g.expected]
    if bad:
        raise LoadError(f"{shown(endpoints.store)}: count mismatch for {len(bad)} graph(s), e.g. <{bad[0].graph}>: "
                        f"{bad[0].loaded} loaded, {bad[0].expected} in the dump")
    return report
