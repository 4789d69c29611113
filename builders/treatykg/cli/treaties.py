"""The treaty register: one row per treaty of a build, with its titles, kind, parties and their states, signing,
entry into force, duration, termination notice, the act that approves or ratifies it, the publisher's pages and the
source files (the competency question queries/cq/cq18-treaty-register.rq, on the build's store or an endpoint).

A cell of several values holds them sorted (code-point order) and joined with "; ". The CSV is for spreadsheets:
UTF-8 with a byte-order mark (without it, Excel reads UTF-8 as the machine's legacy code page and the Kazakh and
Russian names come out garbled; ``--no-bom`` leaves it out for tools that do not skip it), CRLF line ends and every
field quoted where RFC 4180 needs it. JSON gives each column as a list of its values.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from treatykg.store.queries import Engine

NAME = "treaties"
HELP = "the treaty register: one row per treaty (titles, parties, signing, entry into force, approving act, sources)"
REGISTER_QUERY = "cq18-treaty-register"
SEPARATOR = "; "
BOM = "\ufeff"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--out", type=Path, help="the build folder (default: out)")
    where.add_argument("--store", type=Path, dest="out", help="same as --out")
    where.add_argument("--endpoint", help="a SPARQL 1.1 query endpoint URL instead of the build's store")
    parser.add_argument("--format", choices=["table", "csv", "json"], default="table",
                        help="table (one block per treaty), csv (for spreadsheets) or json (default: table)")
    parser.add_argument("--treaty", help="only this treaty (its IRI)")
    parser.add_argument("--output", type=Path, help="write the register to this file (atomically) instead of stdout")
    parser.add_argument("--no-bom", action="store_true", help="csv: no UTF-8 byte-order mark")
    parser.add_argument("--timeout", type=float, default=60.0, help="query time limit in seconds (endpoint)")
    parser.add_argument("--user", default=os.environ.get("TREATYKG_USER"), help="endpoint user (digest auth)")
    parser.add_argument("--password", default=None, help="endpoint password (or env TREATYKG_PASSWORD)")


Register = tuple[list[str], list[dict[str, list[str]]]]


def register(engine: Engine, treaty: str | None = None) -> Register:
    """The register's columns and its rows: for each treaty, each column's values, sorted."""
    from treatykg.store.queries import find_query, parse_param

    query = find_query(REGISTER_QUERY)
    params = [parse_param(f"treaty={treaty}", query)] if treaty else []
    result = engine.select(query, params)
    rows = []
    for row in result.rows:
        cells = {}
        for column, term in zip(result.columns, row, strict=True):
            # the query joins a cell's values with line breaks, which no value holds (the graph's literals are on
            # one line), in whatever order the engine met them
            cells[column] = sorted({v for v in (term.value.split("\n") if term is not None else []) if v})
        rows.append(cells)
    rows.sort(key=lambda cells: cells.get("treaty", []))
    return result.columns, rows


def joined(values: list[str]) -> str:
    return SEPARATOR.join(values)


def format_csv(columns: list[str], rows: list[dict[str, list[str]]], bom: bool = True) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, dialect="excel", lineterminator="\r\n")
    writer.writerow(columns)
    for cells in rows:
        writer.writerow([joined(cells[c]) for c in columns])
    return (BOM if bom else "") + buffer.getvalue()


def format_json(columns: list[str], rows: list[dict[str, list[str]]]) -> str:
    records = [{c: (joined(cells[c]) if c == "treaty" else cells[c]) for c in columns} for cells in rows]
    return json.dumps(records, ensure_ascii=False, indent=1) + "\n"


def format_table(columns: list[str], rows: list[dict[str, list[str]]]) -> str:
    """One block per treaty: its IRI, then a line per column that has a value (each IRI whole)."""
    width = max(len(c) for c in columns)
    blocks = []
    for cells in rows:
        lines = [joined(cells["treaty"])]
        lines += [f"  {c.ljust(width)}  {joined(cells[c])}" for c in columns if c != "treaty" and cells[c]]
        blocks.append("\n".join(lines))
    blocks.append(f"({len(rows)} treat{'ies' if len(rows) != 1 else 'y'})")
    return "\n\n".join(blocks) + "\n"


def run(args: argparse.Namespace) -> int:
    from treatykg.files import write_atomic
    from treatykg.store.queries import EndpointEngine, OxigraphEngine, QueryError

    engine: Engine
    try:
        if args.endpoint:
            password = args.password or os.environ.get("TREATYKG_PASSWORD")
            engine = EndpointEngine(args.endpoint, args.timeout, args.user, password)
        else:
            engine = OxigraphEngine(args.out or Path("out"))
        columns, rows = register(engine, args.treaty)
    except QueryError as error:
        print(f"treatykg treaties: {error}", file=sys.stderr)
        return 1
    if args.format == "csv":
        text = format_csv(columns, rows, bom=not args.no_bom)
    elif args.format == "json":
        text = format_json(columns, rows)
    else:
        text = format_table(columns, rows)
    data = text.encode("utf-8")
    if args.output:
        write_atomic(args.output, data)
        return 0
    sys.stdout.flush()
    stream = getattr(sys.stdout, "buffer", None)
    if stream is None:  # a text-only stream (a test's capture): the same characters
        sys.stdout.write(text)
    else:
        stream.write(data)
        stream.flush()
    return 0
