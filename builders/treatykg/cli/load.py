"""Load the dumps of a build into a triple store.

--method gsp (default): through the SPARQL 1.1 Graph Store Protocol, one named graph per source document, sent as
N-Triples with PUT into a temporary graph, counted, then moved onto the target and counted again against the dump:
each graph is replaced atomically. One to two minutes per million quads into Virtuoso.

--method bulk: into Virtuoso with its bulk loader, for whole national dumps (4 to 5 times the speed of gsp in
benchmarks/load_virtuoso.py). It talks SQL through isql-vt (Debian's virtuoso-opensource) at --isql HOST:PORT; the
server reads the files itself, so they are hard-linked (or copied) into a fresh folder under --server-dir, which
must be the same path on the server's machine and be listed in DirsAllowed of its virtuoso.ini; the folder is
removed afterwards. Every graph of the file that the store holds is cleared first, then the files are loaded,
checkpointed, and the quads per graph are counted against the build's void.ttl (or, without a matching VoID, against
a parse of the files). NOT atomic per graph: during the load readers see graphs cleared or half loaded, and a file
that fails leaves its graphs empty or partly loaded until a load succeeds. Run one bulk load per server at a time."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from treatykg.cli.argument_types import count, positive_int

NAME = "load"
HELP = ("load the dumps into a SPARQL Graph Store Protocol endpoint (e.g. Virtuoso /sparql-graph-crud-auth), "
        "or into Virtuoso with its bulk loader")


UNION_WARNING = (
    "treatykg load: warning: a query without GRAPH at {query} does not see the loaded triples: this store's default "
    "graph is not the union of its named graphs, so the competency questions (treatykg query) will answer nothing. "
    "Query with the union as default graph (Oxigraph: serve --union-default-graph, or ?union-default-graph on the "
    "query URL; Fuseki: tdb2:unionDefaultGraph true), or load treatykg.nt into the default graph as well "
    "(README, \"Triple stores\").")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--method", choices=("gsp", "bulk"), default="gsp",
                        help="gsp: Graph Store Protocol, atomic per graph (default); bulk: Virtuoso's bulk loader "
                             "through isql-vt, much faster, not atomic per graph")
    parser.add_argument("--from-build", type=Path, default=Path("out"), metavar="DIR",
                        help="the build folder with treatykg.nq and void.ttl (default: out)")
    parser.add_argument("--nquads", type=Path, metavar="PATH",
                        help="load this N-Quads file instead (bulk: or a folder of .nq files); a void.ttl beside a "
                             "file is used for the counts if it describes that very file")
    parser.add_argument("--user", default=None, help="user (or env TREATYKG_USER; bulk default: dba)")
    parser.add_argument("--password", default=None,
                        help="password (shows in the process list: prefer --password-file or env TREATYKG_PASSWORD)")
    parser.add_argument("--password-file", type=Path, metavar="PATH",
                        help="read the password from the first line of this file, which only its owner may read "
                             "(chmod 600)")
    parser.add_argument("--retries", type=count, default=3, help="retries on refused connections, timeouts and 5xx")
    parser.add_argument("--backoff", type=float, default=0.5, help="first retry delay in seconds, doubled each time")
    parser.add_argument("--timeout", type=float, default=60.0,
                        help="seconds per HTTP request in all (connecting, the whole answer and its retries; a "
                             "Virtuoso checkpoint after the load too), or per short SQL statement with bulk "
                             "(default: 60)")
    gsp = parser.add_argument_group("--method gsp")
    gsp.add_argument("--endpoint",
                     help="Graph Store Protocol URL, e.g. http://127.0.0.1:8890/sparql-graph-crud-auth")
    gsp.add_argument("--query-endpoint", help="SPARQL query URL for the count check (default: derived)")
    gsp.add_argument("--update-endpoint", help="SPARQL update URL for MOVE (default: derived)")
    gsp.add_argument("--graph", action="append", default=[], metavar="IRI",
                     help="load only this named graph of the dump (repeatable; default: every graph)")
    bulk = parser.add_argument_group("--method bulk")
    bulk.add_argument("--isql", metavar="HOST:PORT", help="Virtuoso's SQL port, e.g. 127.0.0.1:1111")
    bulk.add_argument("--server-dir", type=Path, metavar="DIR",
                      help="a folder listed in the server's DirsAllowed, the same path for this machine and the "
                           "server; the files are placed in a fresh folder under it for the load")
    bulk.add_argument("--loaders", type=positive_int, default=1, metavar="N",
                      help="rdf_loader_run() sessions in parallel, each loading one whole file (only helps with a "
                           "folder of several files and spare cores; default: 1)")
    bulk.add_argument("--isql-binary", default="isql-vt", metavar="PATH", help="the isql client (default: isql-vt)")


def run(args: argparse.Namespace) -> int:
    from treatykg.store.graph_store import LoadError, credentials_in

    user = args.user or os.environ.get("TREATYKG_USER")
    for flag in ("endpoint", "query_endpoint", "update_endpoint"):
        if credentials_in(getattr(args, flag, None)):
            return _usage(f"--{flag.replace('_', '-')} holds a user or password in its URL; give them with --user "
                          "and --password-file (or TREATYKG_USER/TREATYKG_PASSWORD), never in a URL, which is "
                          "printed in messages and kept in shell histories")
    if args.timeout <= 0 or args.retries < 0 or args.backoff < 0:
        return _usage("--timeout takes a number of seconds above 0, --retries and --backoff 0 or more")
    if args.password is not None and args.password_file is not None:
        return _usage("give --password or --password-file, not both")
    if args.password_file is not None:
        try:
            password: str | None = _read_password_file(args.password_file)
        except LoadError as error:
            print(f"treatykg load: {error}", file=sys.stderr)
            return 1
    else:
        password = args.password or os.environ.get("TREATYKG_PASSWORD")
    try:
        if args.method == "bulk":
            return _bulk(args, user or "dba", password)
        return _gsp(args, user, password)
    except LoadError as error:
        print(f"treatykg load: {error}", file=sys.stderr)
        return 1


def _read_password_file(path: Path) -> str:
    from treatykg.store.graph_store import LoadError

    try:
        mode = path.stat().st_mode
        if mode & 0o077:
            raise LoadError(f"{path}: the password file may be read by others (mode {mode & 0o777:o}); "
                            f"chmod 600 {path}")
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise LoadError(f"{path}: cannot read the password file: {error.strerror or error}") from None
    except UnicodeDecodeError:
        raise LoadError(f"{path}: the password file is not UTF-8 text") from None
    if not lines or not lines[0]:
        raise LoadError(f"{path}: the password file is empty")
    return lines[0]


def _usage(message: str) -> int:
    print(f"treatykg load: {message}", file=sys.stderr)
    return 2


def _gsp(args: argparse.Namespace, user: str | None, password: str | None) -> int:
    from treatykg.store.graph_store import Client, Endpoints, load, shown

    if not args.endpoint:
        return _usage("--endpoint is required with --method gsp")
    endpoints = Endpoints.derive(args.endpoint, args.query_endpoint, args.update_endpoint)
    client = Client(user, password, args.timeout, args.retries, args.backoff)
    report = load(args.from_build, endpoints, client, args.graph or None, nquads=args.nquads,
                  progress=lambda g: print(f"{g.loaded:8d} / {g.expected:8d}  {g.graph}"))
    for warning in report.warnings:
        print(f"treatykg load: warning: {warning}", file=sys.stderr)
    durable = "; Virtuoso checkpointed" if report.checkpointed else ""
    print(f"{len(report.graphs)} graphs, {report.triples} triples loaded into {shown(args.endpoint)}; counts match "
          f"the dump{durable}")
    if report.default_graph_sees_them is False:
        print(UNION_WARNING.format(query=shown(endpoints.query)), file=sys.stderr)
    return 0


def _bulk(args: argparse.Namespace, user: str, password: str | None) -> int:
    from treatykg.store.virtuoso import Isql, bulk_load

    missing = [flag for flag, value in (("--isql", args.isql), ("--server-dir", args.server_dir)) if not value]
    if missing:
        return _usage(f"{' and '.join(missing)} required with --method bulk")
    if args.graph:
        return _usage("--graph works with --method gsp only: the bulk loader loads whole files")
    if password is None:
        return _usage("--method bulk needs a password (--password or TREATYKG_PASSWORD)")
    if args.nquads:
        source = args.nquads
        void = source.parent / "void.ttl" if source.is_file() else None
    else:
        source, void = args.from_build / "treatykg.nq", args.from_build / "void.ttl"
    isql = Isql(args.isql, user, password, args.isql_binary, args.timeout, args.retries, args.backoff)
    report = bulk_load(source, isql, args.server_dir, void, args.loaders, progress=print)
    print("seconds: " + " ".join(f"{phase}={seconds:g}" for phase, seconds in report.seconds.items()))
    print(f"{len(report.graphs)} graphs, {report.triples} quads bulk-loaded into {args.isql}; "
          f"counts match the {'VoID' if report.counted_by == 'VoID' else 'files'}")
    return 0
