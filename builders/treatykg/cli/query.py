"""Run a competency question (a name from queries/cq, or a .rq file) on the embedded store, on rdflib, or on a
SPARQL endpoint. Parameters (--param treaty=IRI) are bound as RDF terms, never pasted into the query text."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from treatykg.cli.argument_types import count

NAME = "query"
HELP = "run a competency question (queries/cq) or a .rq file on the embedded store, rdflib or an endpoint"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("query", nargs="?",
                        help="a name in queries/cq (e.g. cq07-cited-treaties or cq07) or a .rq file")
    parser.add_argument("--param", action="append", default=[], metavar="NAME=VALUE",
                        help="bind a parameter: an IRI (<...> or absolute) or a plain literal; repeatable")
    parser.add_argument("--format", choices=["table", "csv", "tsv", "json"], default="table",
                        help="output format (default: table; json is SPARQL 1.1 Results JSON)")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--out", type=Path, help="the build folder (default: out)")
    where.add_argument("--store", type=Path, dest="out", help="same as --out")
    where.add_argument("--endpoint", help="a SPARQL 1.1 query endpoint URL (e.g. http://127.0.0.1:8890/sparql)")
    parser.add_argument("--engine", choices=["oxigraph", "rdflib"], default="oxigraph",
                        help="embedded engine (default: oxigraph, the persisted store; rdflib loads treatykg.nq)")
    parser.add_argument("--timeout", type=float, default=60.0, help="query time limit in seconds (endpoint)")
    parser.add_argument("--user", default=os.environ.get("TREATYKG_USER"), help="endpoint user (digest auth)")
    parser.add_argument("--password", default=None, help="endpoint password (or env TREATYKG_PASSWORD)")
    parser.add_argument("--list", action="store_true", help="list the catalogue with its parameters")
    parser.add_argument("--lang", choices=["en", "kk", "ru"], default=None,
                        help="table: the language of the labels shown beside resources (default: en, else ru, else kk)")
    parser.add_argument("--width", type=count, default=80,
                        help="table: cut literals and labels at this many characters (0: never; IRIs are never cut)")


def run(args: argparse.Namespace) -> int:
    from treatykg.store.queries import (
        FORMATS,
        EndpointEngine,
        Engine,
        OxigraphEngine,
        QueryError,
        RdflibEngine,
        catalogue,
        find_query,
        format_table,
        labels,
        parse_param,
        with_labels,
    )

    try:
        if args.list or not args.query:
            for query in catalogue():
                usage = " ".join(f"--param {p}=..." for p in query.params)
                print(f"{query.name:34} {usage}\n    {query.question}")
            return 0 if args.list else 2
        query = find_query(args.query)
        params = [parse_param(spec, query) for spec in args.param]
        engine: Engine
        if args.endpoint:
            password = args.password or os.environ.get("TREATYKG_PASSWORD")
            engine = EndpointEngine(args.endpoint, args.timeout, args.user, password)
        elif args.engine == "rdflib":
            engine = RdflibEngine((args.out or Path("out")) / "treatykg.nq")
        else:
            engine = OxigraphEngine(args.out or Path("out"))
        result = engine.select(query, params)
        if args.format == "table":  # a readable name beside each resource; the other formats stay SPARQL results
            result = with_labels(result, labels(engine, result, args.lang))
    except QueryError as error:
        print(f"treatykg query: {error}", file=sys.stderr)
        return 1
    if args.format == "table":
        sys.stdout.write(format_table(result, max(args.width, 0)))
    else:
        sys.stdout.write(FORMATS[args.format](result))
    return 0
