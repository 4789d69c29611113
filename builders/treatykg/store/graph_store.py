"""Load the dumps into a real triple store through the SPARQL 1.1 Graph Store Protocol.

Safe replacement, graph by graph:

1. PUT the graph's triples, as N-Triples, into a temporary graph ``urn:treatykg:load:<sha1 of the target>``
   (PUT replaces the whole graph, so a rerun never appends twice, and a temporary graph left by a crashed run
   is simply overwritten);
2. count the temporary graph through the query endpoint and compare with the dump;
3. only then ``MOVE`` it onto the target with one SPARQL 1.1 Update request, which replaces the target and
   drops the temporary graph on the server side, so the target is never seen half loaded;
4. count the target again.

If any step fails, the temporary graph is deleted (best effort) and the target keeps what it held before.
Connection refused, timeouts and 5xx are retried with exponential backoff; 401 is reported at once.
Virtuoso is fed N-Triples, never Turtle (it corrupts ``\\/`` escapes in Turtle prefixed names).

55 to 100 s per million quads into Virtuoso on 2 cores, with the whole dump held in memory (about 0.9 KB a
quad); for national dumps use Virtuoso's bulk loader (``virtuoso.py``).
"""

from __future__ import annotations

import hashlib
import json
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


class Client:
    """HTTP with digest (or basic) auth, retries with backoff, and one-line errors."""

    def __init__(self, user: str | None, password: str | None, timeout: float = 60.0, retries: int = 3,
                 backoff: float = 0.5):
        handlers = []
        if user:
            manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            manager.add_password(None, "http://", user, password or "")  # any realm, any host given below
            self._manager = manager
            handlers += [urllib.request.HTTPDigestAuthHandler(manager), urllib.request.HTTPBasicAuthHandler(manager)]
        self._user, self._password = user, password
        self.opener = urllib.request.build_opener(*handlers)
        self.timeout, self.retries, self.backoff = timeout, retries, backoff

    def request(self, method: str, url: str, data: bytes | None = None, headers: dict | None = None,
                what: str = "") -> bytes:
        if self._user:
            self._manager.add_password(None, url, self._user, self._password or "")
        attempt = 0
        while True:
            attempt += 1
            request = urllib.request.Request(url, data=data, method=method, headers=headers or {})
            try:
                with self.opener.open(request, timeout=self.timeout) as response:
                    return response.read()
            except HTTPError as error:
                body = " ".join(error.read().decode("utf-8", "replace").split())[:200] if error.fp else ""
                if error.code == 401:
                    raise LoadError(f"{url}: HTTP 401 Unauthorized{what}: wrong or missing user/password "
                                    "(--user/--password or TREATYKG_USER/TREATYKG_PASSWORD)") from None
                if error.code < 500 or attempt > self.retries:
                    tries = f" after {attempt} attempts" if attempt > 1 else ""
                    raise LoadError(f"{url}: HTTP {error.code} {error.reason}{what}{tries}: {body}") from None
            except URLError as error:
                if attempt > self.retries:
                    raise LoadError(f"{url}: cannot connect{what} after {attempt} attempts: {error.reason}") from None
            except TimeoutError:
                if attempt > self.retries:
                    raise LoadError(f"{url}: timed out after {self.timeout:g} s{what} ({attempt} attempts)") from None
            except (ConnectionError, OSError) as error:
                if attempt > self.retries:
                    raise LoadError(f"{url}: {error}{what} after {attempt} attempts") from None
            time.sleep(self.backoff * 2 ** (attempt - 1))


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
            raise LoadError(f"{self.endpoints.query}: the count of <{graph}> is not SPARQL Results JSON: "
                            f"{data[:120]!r}") from None

    def ask(self, pattern: str, what: str) -> bool:
        body = urllib.parse.urlencode({"query": f"ASK {{ {pattern} }}"}).encode()
        data = self.client.request("POST", self.endpoints.query, body,
                                   {"Content-Type": "application/x-www-form-urlencoded",
                                    "Accept": "application/sparql-results+json"}, what)
        try:
            return bool(json.loads(data)["boolean"])
        except (ValueError, KeyError, TypeError):
            raise LoadError(f"{self.endpoints.query}: the answer to ASK is not SPARQL Results JSON: "
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

    def update(self, text: str, what: str) -> None:
        body = urllib.parse.urlencode({"update": text}).encode()
        self.client.request("POST", self.endpoints.update, body,
                            {"Content-Type": "application/x-www-form-urlencoded"}, what)

    def load_graph(self, graph: str, payload: bytes) -> GraphReport:
        expected = payload.count(b"\n")
        temporary = temporary_graph(graph)
        try:
            self.put(temporary, payload)
            staged = self.count(temporary)
            if staged != expected:
                raise LoadError(f"{self.endpoints.store}: <{graph}> staged {staged} triples of {expected}")
            self.update(f"MOVE SILENT GRAPH <{temporary}> TO GRAPH <{graph}>", f" (MOVE to <{graph}>)")
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
    bad = [g for g in report.graphs if g.loaded != g.expected]
    if bad:
        raise LoadError(f"{endpoints.store}: count mismatch for {len(bad)} graph(s), e.g. <{bad[0].graph}>: "
                        f"{bad[0].loaded} loaded, {bad[0].expected} in the dump")
    report.default_graph_sees_them = loader.default_graph_sees(payloads)
    return report
