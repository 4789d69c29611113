"""Plain-text tables: parsed acts (one row per language version), their facts, and the result of a build."""

from __future__ import annotations

from treatykg.facts.approval import act_requisites, metadata_requisites
from treatykg.facts.parties import party_names
from treatykg.text.parsed import ParsedAct, ParsedVersion


def version_row(act: ParsedAct, version: ParsedVersion) -> dict:
    document = version.document
    doc_act, treaty = document.act, document.treaty
    stated = act_requisites(doc_act) if doc_act else None
    meta = metadata_requisites(act.source.metadata.requisite)

    def requisite(name: str):
        return (getattr(stated, name) if stated else None) or (getattr(meta, name) if meta else None)

    return {
        "act": act.source.act_id,
        "lang": version.language,
        "layout": act.source.layout,
        "encoding": version.version.text.encoding_label,
        "type": requisite("act_type") or "?",
        "date": requisite("date") or "unknown",
        "number": requisite("number") or "unknown",
        "articles": len(treaty.articles) if treaty else 0,
        "sections": len(treaty.body.sections) if treaty and treaty.body else 0,
        "annexes": len(treaty.annexes) if treaty else 0,
        "parties": len(party_names(treaty)) if treaty else 0,
        "repairs": len(version.normalised.repairs),
        "warnings": len(version.warnings),
        "treaty title": _cut((treaty.title if treaty else None) or "-", 60),
    }


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def table(rows: list[dict]) -> str:
    if not rows:
        return "(no documents)"
    headers = list(rows[0])
    widths = {h: max(len(h), *(len(str(r[h])) for r in rows)) for h in headers}
    numeric = {h for h in headers if all(isinstance(r[h], int) for r in rows)}
    def fmt(row):
        return "  ".join(str(row[h]).rjust(widths[h]) if h in numeric else str(row[h]).ljust(widths[h])
                         for h in headers)
    line = "  ".join("-" * widths[h] for h in headers)
    return "\n".join([fmt({h: h for h in headers}), line] + [fmt(r) for r in rows])


def summarise(acts: list[ParsedAct]) -> str:
    rows = [version_row(act, v) for act in acts for v in act.versions]
    failed = [e for act in acts for e in act.errors]
    lines = [table(rows), ""]
    lines.append(f"{len(acts)} acts, {len(rows)} language versions parsed, {len(failed)} failed, "
                 f"{sum(r['articles'] for r in rows)} articles, {sum(r['repairs'] for r in rows)} repairs")
    return "\n".join(lines)


def facts_table(results) -> str:
    """One row per language version: how many facts of each kind, and the kk/ru disagreements of the act."""
    rows = []
    for result in results:
        for language, (_, facts) in result.versions.items():
            rows.append({
                "act": result.act_id, "lang": language, "parties": len(facts.parties), "sides": facts.sides,
                "authorities": len(facts.designations), "terms": len(facts.terms), "persons": len(facts.persons),
                "dates": len(facts.dates), "places": len(facts.places), "editorial": len(facts.editorial),
                "cited": sum(not c.generic for c in facts.citations),
                "generic": sum(c.generic for c in facts.citations), "clauses": len(facts.clauses),
                "norms": len(facts.norms), "kk/ru disagreements": len(result.disagreements),
            })
    lines = [table(rows), ""]
    for result in results:
        for d in result.disagreements:
            lines.append(f"{result.act_id}: {d.what}{f' at {d.eid}' if d.eid else ''}: kk {d.kk!r} / ru {d.ru!r}")
    return "\n".join(lines)


# A build of more acts than this prints totals and the failed acts, not a row per act.
TABLE_ROWS = 50


def build_table(result, out) -> str:
    """Acts, their treaty, graphs and triples; the failed acts; then the SHACL result and the files written."""
    built = [a for a in result.acts if a.act]
    lines = []
    if len(result.acts) <= TABLE_ROWS:
        rows = [{"act": a.act.rsplit("/akn/", 1)[-1], "treaty": (a.treaty or "-").rsplit("/akn/", 1)[-1],
                 "graphs": len(a.graphs), "triples": a.triples} for a in built]
        lines += [table(rows), ""]
    for act in result.failed:
        lines.append(f"failed: {act.location}: {act.errors[0]}" + (f" (and {len(act.errors) - 1} more)"
                                                                   if len(act.errors) > 1 else ""))
    left_out = getattr(result, "left_out", [])
    for act in left_out:
        lines.append(f"left out: {act.location}: {len(act.violations)} SHACL violations, the first "
                     f"{act.violations[0]}")
    lines.append(f"{len(built) - len(left_out)} acts built, {len(result.failed)} failed"
                 + (f", {len(left_out)} left out (invalid)" if left_out else "")
                 + f", {result.triples} distinct triples "
                 f"in {result.graph_count} named graphs ({result.built} acts built now, {result.reused} reused)")
    if getattr(result, "disagreements", None):
        lines.append(f"{len(result.disagreements)} disagreements between acts (published, and recorded as "
                     "tkg:Disagreement in the graph .../disagreements/graph; see the warnings)")
    if result.report is not None:
        report = result.report
        why = " (published with --allow-invalid)" if getattr(result, "allow_invalid", True) else \
            " (the disagreements between acts)"
        lines.append(f"SHACL: {report.violations} violations, {report.count('Warning')} warnings, "
                     f"{report.count('Info')} infos" + (why if report.violations else ""))
    lines.extend(f"  {out / name}  {size:,} bytes" for name, size in sorted(result.sizes.items()))
    return "\n".join(lines)
