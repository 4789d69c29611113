"""Statistics of a build or of a triple store: triples per named graph, entities per class, the most used
relations, and the disagreements between acts (when there are any)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from treatykg.cli.argument_types import base_iri, positive_int
from treatykg.rdf.vocab import DCTERMS, DEFAULT_BASE, RDF, TKG

NAME = "stats"
HELP = "triples per graph, entities per class and top relations (of a build or an endpoint)"

GRAPHS = "SELECT ?graph (COUNT(*) AS ?triples) WHERE { GRAPH ?graph { ?s ?p ?o } } GROUP BY ?graph ORDER BY ?graph"
CLASSES = """SELECT ?class (COUNT(DISTINCT ?s) AS ?entities) WHERE { GRAPH ?g { ?s a ?class } }
GROUP BY ?class ORDER BY DESC(?entities) ?class"""
RELATIONS = """SELECT ?relation (COUNT(*) AS ?triples) WHERE {
  SELECT DISTINCT ?s ?relation ?o WHERE { GRAPH ?g { ?s ?relation ?o } FILTER(STRSTARTS(STR(?g), "BASE")) } }
GROUP BY ?relation ORDER BY DESC(?triples) ?relation LIMIT TOP"""
# one row per act that states a node differently from another act (treatykg.build.disagreements)
DISAGREEMENTS = f"""SELECT DISTINCT ?node ?aspect ?act ?value ?location WHERE {{ GRAPH ?g {{
  ?disagreement <{RDF.type}> <{TKG.Disagreement}> ; <{TKG.disputedNode}> ?node ; <{TKG.aspect}> ?aspect ;
    <{TKG.actStatement}> ?statement .
  ?statement <{DCTERMS.subject}> ?act .
  OPTIONAL {{ ?statement <{TKG.statedValue}> ?value }}
  OPTIONAL {{ ?statement <{TKG.sourceLocation}> ?location }} }} }}
ORDER BY ?node ?aspect ?act ?value ?location"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--out", type=Path, help="the build folder (default: out)")
    where.add_argument("--endpoint", help="a SPARQL query endpoint URL")
    parser.add_argument("--top", type=positive_int, default=20, help="how many relations to show (default: 20)")
    parser.add_argument("--base", type=base_iri, default=DEFAULT_BASE, help="base IRI of the instance graphs")
    parser.add_argument("--user", default=os.environ.get("TREATYKG_USER"))
    parser.add_argument("--password", default=None)
    parser.add_argument("--timeout", type=float, default=60.0)


def run(args: argparse.Namespace) -> int:
    from treatykg.store.queries import EndpointEngine, Engine, OxigraphEngine, Query, QueryError, format_table

    if args.top < 1 or any(c in args.base for c in '<>"{}|^`\\ '):
        print("treatykg stats: --top must be positive and --base an IRI", file=sys.stderr)
        return 2
    try:
        engine: Engine
        if args.endpoint:
            engine = EndpointEngine(args.endpoint, args.timeout, args.user,
                                    args.password or os.environ.get("TREATYKG_PASSWORD"))
        else:
            engine = OxigraphEngine(args.out or Path("out"))
        sections = (("triples per graph", GRAPHS), ("entities per class", CLASSES),
                    (f"top {args.top} relations (instance data)",
                     RELATIONS.replace("BASE", args.base).replace("TOP", str(args.top))),
                    ("disagreements between acts", DISAGREEMENTS))
        for title, text in sections:
            result = engine.select(Query(title, Path(args.endpoint or "stats"), text))
            if title == "disagreements between acts" and not result.rows:
                continue
            if title == "triples per graph" and args.endpoint:  # Virtuoso keeps system graphs of its own
                result.rows = [r for r in result.rows if r[0] and r[0].value.startswith(args.base)]
            print(f"# {title}")
            sys.stdout.write(format_table(result))
            print()
    except QueryError as error:
        print(f"treatykg stats: {error}", file=sys.stderr)
        return 1
    return 0
