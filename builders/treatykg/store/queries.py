"""The competency-question catalogue and three ways to run it: the embedded pyoxigraph store (default), rdflib,
and a SPARQL 1.1 endpoint through SPARQLWrapper.

Parameters are bound as RDF terms, never pasted into the query text as user strings: a VALUES block built from
terms that the RDF library serialises (pyoxigraph, SPARQL endpoints) or rdflib's ``initBindings``. Results come
back as rows of engine-neutral terms (:class:`Term`), so that the same query on two engines can be compared.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from rdflib.namespace import RDF, XSD

from treatykg.files import data_dir

if TYPE_CHECKING:  # imported where they are used: a command that asks an endpoint loads neither
    import pyoxigraph as ox
    from rdflib import Dataset
    from rdflib.plugins.sparql.sparql import Query as PreparedQuery


class QueryError(Exception):
    """Bad input to a query (unknown name, bad parameter, unreachable endpoint): one line, non-zero exit."""


# --- terms ------------------------------------------------------------------------------------------------------

XSD_STRING = str(XSD.string)
RDF_LANG_STRING = str(RDF.langString)


@dataclass(frozen=True, order=True)
class Term:
    """An RDF term as results carry it: kind is "uri", "literal" or "bnode"."""

    kind: str
    value: str
    datatype: str | None = None
    lang: str | None = None

    def n3(self) -> str:
        if self.kind == "uri":
            return f"<{self.value}>"
        if self.kind == "bnode":
            return f"_:{self.value}"
        escaped = (self.value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r"))
        if self.lang:
            return f'"{escaped}"@{self.lang}'
        if self.datatype and self.datatype != XSD_STRING:
            return f'"{escaped}"^^<{self.datatype}>'
        return f'"{escaped}"'

    def to_json(self) -> dict:
        if self.kind == "literal":
            out = {"type": "literal", "value": self.value}
            if self.lang:
                out["xml:lang"] = self.lang
            elif self.datatype and self.datatype != XSD_STRING:
                out["datatype"] = self.datatype
            return out
        return {"type": self.kind, "value": self.value}


def from_ox(term) -> Term | None:
    import pyoxigraph as ox

    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return Term("uri", term.value)
    if isinstance(term, ox.BlankNode):
        return Term("bnode", term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Term("literal", term.value, None, term.language.lower())
        return Term("literal", term.value, term.datatype.value if term.datatype else None)
    raise TypeError(f"not an RDF term: {term!r}")


def from_rdflib(term) -> Term | None:
    from rdflib import BNode, Literal, URIRef

    if term is None:
        return None
    if isinstance(term, URIRef):
        return Term("uri", str(term))
    if isinstance(term, BNode):
        return Term("bnode", str(term))
    if isinstance(term, Literal):
        if term.language:
            return Term("literal", str(term), None, term.language.lower())
        return Term("literal", str(term), str(term.datatype) if term.datatype else XSD_STRING)
    raise TypeError(f"not an RDF term: {term!r}")


def from_json(cell: dict | None) -> Term | None:
    """A cell of SPARQL 1.1 Results JSON (also Virtuoso's older "typed-literal")."""
    if cell is None:
        return None
    kind = cell.get("type")
    if kind == "uri":
        return Term("uri", cell["value"])
    if kind == "bnode":
        return Term("bnode", cell["value"])
    lang = cell.get("xml:lang") or cell.get("lang")
    if lang:
        return Term("literal", cell["value"], None, lang.lower())
    return Term("literal", cell["value"], cell.get("datatype") or XSD_STRING)


# --- the catalogue ----------------------------------------------------------------------------------------------

PARAM_LINE = re.compile(r"^#\s*param\s+([A-Za-z_][A-Za-z0-9_]*)\s*:\s*(.*)$")


@dataclass
class Query:
    name: str
    path: Path
    text: str
    params: dict[str, str] = field(default_factory=dict)  # name -> description

    @property
    def question(self) -> str:
        lines = []
        for line in self.text.splitlines():
            if not line.startswith("#") or PARAM_LINE.match(line):
                break
            lines.append(line.lstrip("# ").rstrip())
        return " ".join(lines)


def catalogue_dir() -> Path:
    return data_dir("queries") / "cq"


def read_query(path: Path, name: str | None = None) -> Query:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise QueryError(f"{path}: cannot read the query: {error}") from None
    params = {}
    for line in text.splitlines():
        match = PARAM_LINE.match(line.strip())
        if match:
            params[match.group(1)] = match.group(2).strip()
    return Query(name or path.stem, path, text, params)


def catalogue() -> list[Query]:
    return [read_query(path) for path in sorted(catalogue_dir().glob("*.rq"))]


def find_query(name_or_path: str) -> Query:
    """A catalogue name (file stem in queries/cq, or its unique prefix such as cq07) or a path to a .rq file."""
    path = Path(name_or_path)
    if path.suffix == ".rq" or "/" in name_or_path or path.is_file():
        if not path.is_file():
            raise QueryError(f"{path}: no such query file")
        return read_query(path)
    folder = catalogue_dir()
    exact = folder / f"{name_or_path}.rq"
    if exact.is_file():
        return read_query(exact)
    matches = sorted(folder.glob(f"{name_or_path}*.rq"))
    if len(matches) == 1:
        return read_query(matches[0])
    known = ", ".join(p.stem for p in sorted(folder.glob("*.rq")))
    what = "is ambiguous" if matches else "is not in the catalogue"
    raise QueryError(f"{folder}: query {name_or_path!r} {what}; known: {known}")


# --- parameters -------------------------------------------------------------------------------------------------

FORBIDDEN_IN_IRI = set(' <>"{}|^`\\') | {chr(c) for c in range(0x21)}
ABSOLUTE_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S")


@dataclass(frozen=True)
class Param:
    name: str
    term: Term


def parse_param(spec: str, query: Query | None = None) -> Param:
    """``name=value``: a value in <…> or that looks like an absolute IRI is an IRI (validated), else a plain literal."""
    name, sep, value = spec.partition("=")
    name = name.strip().lstrip("?$")
    if not sep or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
        raise QueryError(f"--param {spec!r}: expected name=value, with a name such as treaty")
    if query is not None and name not in query.params:
        takes = ", ".join(sorted(query.params)) or "none"
        raise QueryError(f"{query.path}: query {query.name} takes no parameter {name!r} (it takes: {takes})")
    if value.startswith("<") or value.endswith(">"):
        if not (value.startswith("<") and value.endswith(">")):
            raise QueryError(f"--param {name}: an IRI in <...> must start with < and end with >")
        return Param(name, Term("uri", _check_iri(name, value[1:-1])))
    expanded = expand_prefixed(value)
    if expanded:
        return Param(name, Term("uri", _check_iri(name, expanded)))
    if ABSOLUTE_IRI.match(value):
        return Param(name, Term("uri", _check_iri(name, value)))
    return Param(name, Term("literal", value, XSD_STRING))


def expand_prefixed(value: str) -> str | None:
    """The IRI a prefixed name of the dumps' vocabularies stands for (``euc:KAZ``, as tables print it), else None."""
    from treatykg.rdf.dumps import PREFIXES

    prefix, sep, local = value.partition(":")
    if not sep or prefix not in PREFIXES or local.startswith("//"):
        return None
    return PREFIXES[prefix] + local


def _check_iri(name: str, iri: str) -> str:
    bad = sorted({c for c in iri if c in FORBIDDEN_IN_IRI})
    if bad or not ABSOLUTE_IRI.match(iri):
        shown = " ".join(repr(c) for c in bad) if bad else "no scheme"
        raise QueryError(f"--param {name}: not a valid absolute IRI ({shown}): {iri!r}")
    import pyoxigraph as ox

    try:
        ox.NamedNode(iri)
    except ValueError as error:
        raise QueryError(f"--param {name}: not a valid IRI ({error}): {iri!r}") from None
    return iri


def _ox_term(term: Term):
    import pyoxigraph as ox

    if term.kind == "uri":
        return ox.NamedNode(term.value)
    if term.lang:
        return ox.Literal(term.value, language=term.lang)
    return ox.Literal(term.value, datatype=ox.NamedNode(term.datatype or XSD_STRING))


def _rdflib_term(term: Term):
    from rdflib import Literal, URIRef

    if term.kind == "uri":
        return URIRef(term.value)
    if term.lang:
        return Literal(term.value, lang=term.lang)
    return Literal(term.value, datatype=None if term.datatype in (None, XSD_STRING) else term.datatype)


def values_block(params: list[Param]) -> str:
    """``VALUES (?a ?b) { (<iri> "literal") }``, every term serialised by pyoxigraph, never by hand."""
    if not params:
        return ""
    names = " ".join(f"?{p.name}" for p in params)
    terms = " ".join(str(_ox_term(p.term)) for p in params)
    return f"VALUES ({names}) {{ ({terms}) }}"


def _where_brace(text: str) -> int | None:
    """Offset just after the ``{`` that opens the outermost WHERE clause, skipping comments, IRIs and strings."""
    i, n = 0, len(text)
    seen_where = construct = False
    while i < n:
        c = text[i]
        if c == "#":
            j = text.find("\n", i)
            i = n if j < 0 else j + 1
            continue
        if c == "<":
            j = i + 1
            while j < n and text[j] not in '<>"{}|^`\\ \n\t':
                j += 1
            if j < n and text[j] == ">":
                i = j + 1
                continue
        if c in "\"'":
            quote = text[i:i + 3] if text[i:i + 3] in ('"""', "'''") else c
            j = i + len(quote)
            while j < n and not text.startswith(quote, j):
                j += 2 if text[j] == "\\" else 1
            i = j + len(quote)
            continue
        if c == "{" and (seen_where or not construct):
            return i + 1
        boundary = i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "_?$:")
        if boundary and text[i:i + 5].upper() == "WHERE":
            seen_where = True
        if boundary and text[i:i + 9].upper() == "CONSTRUCT":
            construct = True
        i += 1
    return None


def bind_text(text: str, params: list[Param]) -> str:
    """The query with a VALUES block for ``params`` as the first element of its WHERE group (a trailing VALUES
    when there is no group to open)."""
    return _with_block(text, values_block(params))


def bind_values(text: str, name: str, terms: Sequence[Term]) -> str:
    """The query with ``VALUES ?name { t1 t2 … }`` (one row per term) as the first element of its WHERE group."""
    return _with_block(text, f"VALUES ?{name} {{ {' '.join(str(_ox_term(t)) for t in terms)} }}")


def _with_block(text: str, block: str) -> str:
    if not block:
        return text
    at = _where_brace(text)
    if at is None:
        return f"{text.rstrip()}\n{block}\n"
    return f"{text[:at]}\n  {block}\n{text[at:]}"


# --- results ----------------------------------------------------------------------------------------------------

@dataclass
class Result:
    columns: list[str]
    rows: list[tuple[Term | None, ...]]

    def as_set(self) -> set[tuple[str | None, ...]]:
        return {tuple(None if t is None else t.n3() for t in row) for row in self.rows}


def prefixed(iri: str) -> str:
    """An IRI as the prefixed name of a vocabulary the dumps declare (``tkg:Treaty``, ``euc:KAZ``), else whole: a table
    never cuts an IRI, so that what it shows can be passed back as a parameter (``parse_param`` reads both)."""
    from treatykg.rdf.dumps import PREFIXES

    for prefix, namespace in PREFIXES.items():
        local = iri[len(namespace):]
        if iri.startswith(namespace) and local and all(c.isalnum() or c in "_-." for c in local) \
                and not local.endswith("."):
            return f"{prefix}:{local}"
    return iri


def _compact(term: Term | None, width: int) -> str:
    """A cell of a table: an IRI whole (or prefixed), a literal on one line, cut at ``width`` characters (0: never)."""
    if term is None:
        return ""
    if term.kind == "uri":
        return prefixed(term.value)
    if term.kind == "bnode":
        return f"_:{term.value}"
    return shortened(term.value if not term.lang else f"{term.value}@{term.lang}", width)


def shortened(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if not width or len(text) <= width else text[:width - 1] + "…"


LABEL_LANGUAGES = ("en", "ru", "kk")


def labels(engine: Engine, result: Result, language: str | None = None) -> dict[str, str]:
    """A readable name for each IRI in ``result``: its label in ``language``, else in English, Russian or Kazakh (the
    shortest, then the first in code-point order, of a language's labels), from ``queries/display/labels.rq``."""
    iris = sorted({t.value for row in result.rows for t in row if t is not None and t.kind == "uri"})
    if not iris:
        return {}
    query = read_query(data_dir("queries") / "display" / "labels.rq")
    found: dict[str, list[Term]] = {}
    for start in range(0, len(iris), 500):  # a VALUES block of bounded size per request
        text = bind_values(query.text, "resource", [Term("uri", iri) for iri in iris[start:start + 500]])
        for resource, label in engine.select(Query(query.name, query.path, text)).rows:
            if resource is not None and label is not None:
                found.setdefault(resource.value, []).append(label)
    order = ([language] if language else []) + [lang for lang in LABEL_LANGUAGES if lang != language]

    def rank(label: Term) -> tuple:
        tag = (label.lang or "").split("-")[0]
        return (order.index(tag) if tag in order else len(order), len(label.value), label.value)

    return {iri: min(names, key=rank).value for iri, names in found.items()}


def with_labels(result: Result, names: dict[str, str]) -> Result:
    """``result`` with a column ``{name}_label`` after each column that holds an IRI with a name."""
    named = [i for i, _ in enumerate(result.columns)
             if any(term is not None and term.kind == "uri" and term.value in names
                    for term in (row[i] for row in result.rows))]
    columns: list[str] = []
    for i, column in enumerate(result.columns):
        columns.append(column)
        if i in named:
            columns.append(f"{column}_label")
    rows = []
    for row in result.rows:
        cells: list[Term | None] = []
        for i, term in enumerate(row):
            cells.append(term)
            if i in named:
                name = names.get(term.value) if term is not None and term.kind == "uri" else None
                cells.append(Term("literal", name, XSD_STRING) if name else None)
        rows.append(tuple(cells))
    return Result(columns, rows)


def format_table(result: Result, width: int = 80) -> str:
    """Columns aligned; IRIs whole or as prefixed names, literals cut at ``width`` characters (0: never)."""
    cells = [[_compact(t, width) for t in row] for row in result.rows]
    widths = [max([len(col)] + [len(row[i]) for row in cells]) for i, col in enumerate(result.columns)]
    lines = ["  ".join(col.ljust(w) for col, w in zip(result.columns, widths, strict=True)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    lines.append(f"({len(result.rows)} row{'s' if len(result.rows) != 1 else ''})")
    return "\n".join(lines) + "\n"


def format_csv(result: Result) -> str:
    """SPARQL 1.1 Query Results CSV: plain values, CRLF line ends."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(result.columns)
    for row in result.rows:
        writer.writerow(["" if t is None else t.value for t in row])
    return buffer.getvalue()


def format_tsv(result: Result) -> str:
    """SPARQL 1.1 Query Results TSV: terms in their Turtle/N-Triples form."""
    lines = ["\t".join(f"?{c}" for c in result.columns)]
    for row in result.rows:
        lines.append("\t".join("" if t is None else t.n3().replace("\t", "\\t") for t in row))
    return "\n".join(lines) + "\n"


def format_json(result: Result) -> str:
    bindings = [{c: t.to_json() for c, t in zip(result.columns, row, strict=True) if t is not None}
                for row in result.rows]
    return json.dumps({"head": {"vars": result.columns}, "results": {"bindings": bindings}},
                      ensure_ascii=False, indent=1) + "\n"


FORMATS = {"table": format_table, "csv": format_csv, "tsv": format_tsv, "json": format_json}


# --- engines ----------------------------------------------------------------------------------------------------

class Engine(Protocol):
    """What answers a competency question: the embedded store, rdflib or a SPARQL endpoint."""

    name: str

    def select(self, query: Query, params: Sequence[Param] = ()) -> Result: ...


class OxigraphEngine:
    """The embedded store built by ``treatykg build``, opened read-only: nothing is reloaded."""

    name = "oxigraph"

    def __init__(self, out: Path = Path("out"), store: ox.Store | None = None):
        if store is None:
            from treatykg.store.embedded import open_store

            try:
                store = open_store(Path(out))
            except FileNotFoundError as error:
                raise QueryError(str(error)) from None
            except OSError as error:
                raise QueryError(f"{Path(out) / 'store'}: cannot open the embedded store: {error}") from None
        self.store = store

    def select(self, query: Query, params: Sequence[Param] = ()) -> Result:
        text = bind_text(query.text, list(params))
        unordered = without_order_by(text)
        if unordered is not None:  # sorted here, where pyoxigraph 0.5 sorts slowly (see sort_rows)
            body, keys = unordered
            result = self._run(query, body)
            rows = sort_rows(result.rows, result.columns, keys)
            if rows is not None:
                return Result(result.columns, rows)
        return self._run(query, text)

    def _run(self, query: Query, text: str) -> Result:
        import pyoxigraph as ox

        try:
            solutions = self.store.query(text)  # the default graph: the union, each triple once
        except SyntaxError as error:
            raise QueryError(f"{query.path}: {error}") from None
        if not isinstance(solutions, ox.QuerySolutions):
            raise QueryError(f"{query.path}: only SELECT queries are supported here")
        columns = [v.value for v in solutions.variables]
        terms: dict = {}  # each distinct term converted once: rows repeat their treaties, articles, languages
        rows = []
        for solution in solutions:
            row = []
            for value in solution:
                term = terms.get(value)
                if term is None and value is not None:
                    term = terms[value] = from_ox(value)
                row.append(term)
            rows.append(tuple(row))
        return Result(columns, rows)


# --- ORDER BY outside the store ---------------------------------------------------------------------------------
# pyoxigraph 0.5 decodes both terms of every comparison from its storage while it sorts (upstream commit 5507799d,
# "spareval: compute ordering vector only once", is not released yet): sorting 41,565 rows of cq13 takes 2.3 s of
# its 2.8. A query ending in ORDER BY over plain variables is run without it and its rows sorted here, in the order
# spareval's cmp_terms defines: unbound, blank nodes, IRIs, literals; IRIs and strings by code point, numbers by
# value. A column whose literals this cannot order as spareval does (decimals, times, a mix of kinds) makes the
# store sort after all (tests/integration/test_queries.py compares both orders on every question).

_ORDER_BY = re.compile(r"\bORDER\s+BY((?:\s+\?[A-Za-z_][A-Za-z0-9_]*)+)\s*$", re.IGNORECASE)
_XSD = str(XSD)
_INTEGER = re.compile(r"^[+-]?[0-9]+$")
_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")  # without a time zone: the text's order is the days' order


def without_order_by(text: str) -> tuple[str, list[str]] | None:
    """The query without its final ORDER BY and the variables it sorts by, if that is all it ends with."""
    match = _ORDER_BY.search(text)
    if match is None:
        return None
    return text[:match.start()], [name.lstrip("?") for name in match.group(1).split()]


def _literal_family(term: Term) -> str | None:
    """How spareval compares a literal with the others of its column: as text, integer, date or boolean;
    None for what this does not order."""
    datatype = term.datatype or XSD_STRING
    if term.lang or datatype == XSD_STRING or not datatype.startswith(_XSD):
        return "text"
    if datatype == _XSD + "integer" and _INTEGER.match(term.value):  # the store reads its subtypes back so
        return "integer"
    if datatype == _XSD + "date" and _DATE.match(term.value):
        return "date"
    if datatype == _XSD + "boolean" and term.value in ("true", "false"):
        return "boolean"
    return None


_KEYS = {  # a literal's sort key within its family
    "text": lambda t: (3, t.value, RDF_LANG_STRING if t.lang else (t.datatype or XSD_STRING), t.lang or ""),
    "integer": lambda t: (3, int(t.value)),
    "date": lambda t: (3, t.value),
    "boolean": lambda t: (3, t.value == "true"),
}
_NOT_LITERAL = {"bnode": 1, "uri": 2}


def sort_rows(rows: list, columns: list[str], keys: list[str]) -> list | None:
    """``rows`` in the order ORDER BY ``keys`` gives them on pyoxigraph, or None when this cannot tell it."""
    if not all(key in columns for key in keys):
        return None
    makers = []
    for key in keys:
        i = columns.index(key)
        families = {_literal_family(row[i]) for row in rows if row[i] is not None and row[i].kind == "literal"}
        if None in families or len(families) > 1:
            return None
        family = families.pop() if families else None
        makers.append((i, _KEYS[family] if family is not None else None))

    def sort_key(row: tuple) -> tuple:
        out: list[tuple] = []
        for i, literal_key in makers:
            term = row[i]
            if term is None:
                out.append((0,))
            elif term.kind == "literal":
                out.append(literal_key(term))  # type: ignore[misc]
            else:
                out.append((_NOT_LITERAL[term.kind], term.value))
        return tuple(out)

    return sorted(rows, key=sort_key)


class RdflibEngine:
    """The N-Quads dump in an rdflib Dataset whose default graph is the union of the named graphs."""

    name = "rdflib"

    def __init__(self, nquads: Path = Path("out") / "treatykg.nq", dataset: Dataset | None = None):
        if dataset is None:
            from rdflib import Dataset

            if not Path(nquads).is_file():
                raise QueryError(f"{nquads}: no N-Quads dump here; run 'treatykg build' first")
            dataset = Dataset(default_union=True)
            try:
                dataset.parse(str(nquads), format="nquads")
            except Exception as error:  # a broken dump: name the file
                raise QueryError(f"{nquads}: cannot parse the dump: {error}") from None
        self.dataset = dataset
        self._prepared: dict[str, PreparedQuery] = {}

    def select(self, query: Query, params: Sequence[Param] = ()) -> Result:
        from rdflib.plugins.sparql import prepareQuery
        from rdflib.query import ResultRow

        prepared = self._prepared.get(query.text)
        if prepared is None:
            try:
                prepared = prepareQuery(query.text)
            except Exception as error:
                raise QueryError(f"{query.path}: {error}") from None
            self._prepared[query.text] = prepared
        bindings = {p.name: _rdflib_term(p.term) for p in params}
        result = self.dataset.query(prepared, initBindings=bindings)
        if result.type != "SELECT":
            raise QueryError(f"{query.path}: only SELECT queries are supported here")
        columns = [str(v) for v in result.vars or []]
        return Result(columns, [tuple(from_rdflib(row[i]) for i in range(len(columns))) for row in result
                                if isinstance(row, ResultRow)])


class EndpointEngine:
    """A SPARQL 1.1 endpoint through SPARQLWrapper: POST, JSON results, a server-side time limit.

    SPARQLWrapper's ``setTimeout`` bounds only the HTTP connection; the query time itself is limited on the
    server by Virtuoso's ``timeout`` request parameter (milliseconds). Virtuoso answers a query that runs into
    that limit with partial results and an ``X-SQL-State`` header, which is turned into an error here.
    """

    name = "endpoint"

    def __init__(self, url: str, timeout: float = 60.0, user: str | None = None, password: str | None = None):
        self.url, self.timeout, self.user, self.password = url, timeout, user, password

    def select(self, query: Query, params: Sequence[Param] = ()) -> Result:
        from urllib.error import HTTPError, URLError

        from SPARQLWrapper import DIGEST, JSON, POST, SELECT, SPARQLWrapper
        from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

        text = bind_text(query.text, list(params))
        client = SPARQLWrapper(self.url)
        client.setMethod(POST)
        client.setReturnFormat(JSON)
        client.setQuery(text)
        # SPARQLWrapper guesses the form from the first keyword it finds, comments included: "added" in a comment
        # read as ADD made cq18 an update, sent as update= and refused. Every query here is a SELECT.
        client.queryType = SELECT
        client.setTimeout(int(self.timeout) + 5)
        client.addParameter("timeout", str(int(self.timeout * 1000)))  # Virtuoso: server-side limit in ms
        if self.user:
            client.setHTTPAuth(DIGEST)
            client.setCredentials(self.user, self.password or "")
        try:
            response = client.query()
            headers = {k.lower(): v for k, v in response.info().items()}
            data = response.convert()
        except HTTPError as error:
            raise QueryError(f"{self.url}: HTTP {error.code} {error.reason}") from None
        except URLError as error:
            raise QueryError(f"{self.url}: cannot reach the endpoint: {error.reason}") from None
        except (TimeoutError, OSError) as error:
            raise QueryError(f"{self.url}: {type(error).__name__}: {error}") from None
        except SPARQLWrapperException as error:
            raise QueryError(f"{self.url}: {' '.join(str(error).split())[:300]}") from None
        if "x-sql-state" in headers or "x-sparql-maxrows" in headers:
            raise QueryError(f"{self.url}: the server cut the result short "
                             f"({headers.get('x-sql-message') or headers.get('x-sparql-maxrows')}); "
                             "raise --timeout or the server's ResultSetMaxRows")
        if not isinstance(data, dict) or "head" not in data:
            raise QueryError(f"{self.url}: the answer is not SPARQL 1.1 Results JSON")
        columns = list(data["head"].get("vars", []))
        rows = [tuple(from_json(b.get(c)) for c in columns) for b in data.get("results", {}).get("bindings", [])]
        return Result(columns, rows)
