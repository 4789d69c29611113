"""Load the dumps of a build into a triple store through the SPARQL 1.1 Graph Store Protocol: one named graph per
source document, sent as N-Triples with PUT into a temporary graph, counted, then moved onto the target, and
counted again against the dump."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

NAME = "load"
HELP = "load the dumps into a SPARQL Graph Store Protocol endpoint (e.g. Virtuoso /sparql-graph-crud-auth)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--endpoint", required=True,
                        help="Graph Store Protocol URL, e.g. http://127.0.0.1:8890/sparql-graph-crud-auth")
    parser.add_argument("--query-endpoint", help="SPARQL query URL for the count check (default: derived)")
    parser.add_argument("--update-endpoint", help="SPARQL update URL for MOVE (default: derived)")
    parser.add_argument("--graph", action="append", default=[], metavar="IRI",
                        help="load only this named graph of the dump (repeatable; default: every graph)")
    parser.add_argument("--from-build", type=Path, default=Path("out"), metavar="DIR",
                        help="the build folder with treatykg.nq (default: out)")
    parser.add_argument("--user", default=None, help="user (or env TREATYKG_USER)")
    parser.add_argument("--password", default=None, help="password (or env TREATYKG_PASSWORD)")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per HTTP request (default: 60)")
    parser.add_argument("--retries", type=int, default=3, help="retries on refused connections, timeouts and 5xx")
    parser.add_argument("--backoff", type=float, default=0.5, help="first retry delay in seconds, doubled each time")


def run(args: argparse.Namespace) -> int:
    from ..loader import Client, Endpoints, LoadError, load

    user = args.user or os.environ.get("TREATYKG_USER")
    password = args.password or os.environ.get("TREATYKG_PASSWORD")
    endpoints = Endpoints.derive(args.endpoint, args.query_endpoint, args.update_endpoint)
    client = Client(user, password, args.timeout, args.retries, args.backoff)
    try:
        report = load(args.from_build, endpoints, client, args.graph or None,
                      progress=lambda g: print(f"{g.loaded:8d} / {g.expected:8d}  {g.graph}"))
    except LoadError as error:
        print(f"treatykg load: {error}", file=sys.stderr)
        return 1
    print(f"{len(report.graphs)} graphs, {report.triples} triples loaded into {args.endpoint}; counts match the dump")
    return 0
