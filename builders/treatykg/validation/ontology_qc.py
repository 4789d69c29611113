"""Quality control of the ontology in the style of ROBOT's ``report``: queries/qc/*.rq (each file's first comment
gives its severity, ERROR, WARN or INFO) run on pyoxigraph over the ontology and, if given, a build's instance data;
each solution is a row (entity, property, value) at the query's level."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

LEVELS = ("ERROR", "WARN", "INFO")


@dataclass
class Row:
    level: str
    rule: str
    entity: str
    property: str
    value: str


def severity(text: str, path: Path) -> str:
    """The level a QC query states in its first comment."""
    match = re.match(r"\s*#\s*(ERROR|WARN|INFO)\b", text)
    if not match:
        raise ValueError(f"{path}:1: the first comment must give the severity (ERROR, WARN or INFO)")
    return match.group(1)


def run_qc(ontology: Path, queries: Path, build_dir: Path | None = None) -> list[Row]:
    """Every query of the ``queries`` folder over the ``ontology`` (Turtle) and, with ``build_dir``, the instance
    data of its treatykg.nq, as rows in the queries' order."""
    import pyoxigraph as ox

    store = ox.Store()
    store.load(path=str(ontology), format=ox.RdfFormat.TURTLE, to_graph=ox.DefaultGraph())
    if build_dir is not None:
        store.load(path=str(build_dir / "treatykg.nq"), format=ox.RdfFormat.N_QUADS)
    rows = []
    for path in sorted(queries.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        level = severity(text, path)
        try:
            solutions = store.query(text, use_default_graph_as_union=True)
        except SyntaxError as error:
            raise ValueError(f"{path}: {' '.join(str(error).split())}") from None
        if not isinstance(solutions, ox.QuerySolutions):
            raise ValueError(f"{path}: not a SELECT query (QC queries give rows of entity, property, value)")
        for s in solutions:
            cells = [s[v] for v in ("entity", "property", "value")]
            rows.append(Row(level, path.stem, *[c.value if c is not None else "" for c in cells]))
    return rows


def table(rows: list[Row]) -> str:
    header = ("level", "rule", "entity", "property", "value")
    data = [header] + [(r.level, r.rule, r.entity, r.property, r.value[:80]) for r in rows]
    widths = [max(len(row[i]) for row in data) for i in range(5)]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() for row in data]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)
