"""An evaluation as tables (per field, per document, invariants) and as JSON, and the floors that CI holds the
per-field accuracy to (gold/floors.toml)."""

from __future__ import annotations

import math
import tomllib
from dataclasses import dataclass
from pathlib import Path

from treatykg.evaluation.fields import UNSCORED, all_fields
from treatykg.evaluation.invariants import INVARIANTS
from treatykg.evaluation.run import Evaluation
from treatykg.evaluation.scoring import OUTCOMES, Tally, tally_by
from treatykg.files import data_dir, write_atomic

HEADER = ("checks", "correct", "c-null", "missing", "WRONG", "INVENTED", "accuracy", "precision", "recall")


def _percent(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f}%"


def _row(name: str, tally: Tally, width: int) -> str:
    counts = [tally.checks, *(tally.counts[o] for o in OUTCOMES)]
    cells = [f"{c:>{len(h)}}" for c, h in zip(counts, HEADER, strict=False)]
    cells += [f"{_percent(v):>{len(h)}}" for v, h in zip((tally.accuracy, tally.precision, tally.recall),
                                                         HEADER[6:], strict=True)]
    return f"{name:<{width}}  " + "  ".join(cells)


def _table(title: str, tallies: list[tuple[str, Tally]], total: Tally) -> list[str]:
    width = max([len(title), len("all"), *(len(name) for name, _ in tallies)])
    lines = [f"{title:<{width}}  " + "  ".join(HEADER), "-" * (width + 2 + len("  ".join(HEADER)))]
    lines += [_row(name, tally, width) for name, tally in tallies]
    lines += ["-" * (width + 2 + len("  ".join(HEADER))), _row("all", total, width)]
    return lines


def field_tallies(evaluation: Evaluation) -> list[tuple[str, Tally]]:
    by_field = tally_by(evaluation.checks, "field")
    return [(spec.name, by_field.get(spec.name, Tally())) for spec in all_fields()]


def total(evaluation: Evaluation) -> Tally:
    tally = Tally()
    for check in evaluation.checks:
        tally.add(check)
    return tally


def text_report(evaluation: Evaluation, *, documents: bool = True, details: bool = False,
                floors: Floors | None = None) -> str:
    gold = evaluation.gold
    scored = {d.name for d in gold.with_gold}
    lines = [f"gold set {gold.index}: {len(gold.acts)} acts, {len(gold.documents)} language files, "
             f"{len(scored)} with gold; {len(evaluation.checks)} checks", ""]
    lines += _table("field", field_tallies(evaluation), total(evaluation))
    if documents:
        by_document = tally_by(evaluation.checks, "document")
        lines += [""] + _table("document", [(d.name, by_document.get(d.name, Tally())) for d in gold.with_gold],
                               total(evaluation))
    lines += ["", *invariant_lines(evaluation)]
    if evaluation.refused:
        lines += ["", f"refused by the builder ({len(evaluation.refused)} files):"]
        lines += [f"  {name}: {'; '.join(errors)}" for name, errors in sorted(evaluation.refused.items())]
    violations = {}  # per act: its language files share one graph build and one validation
    for act_documents in gold.acts.values():
        count = max((evaluation.violations.get(d.name, 0) for d in act_documents), default=0)
        if count:
            violations[" / ".join(d.name for d in act_documents)] = count
    if violations:
        lines += ["", f"SHACL violations ({sum(violations.values())} in {len(violations)} acts): "
                      + ", ".join(f"{name} {n}" for name, n in sorted(violations.items()))]
    if details:
        lines += ["", "checks that are not correct:"]
        lines += [f"  {c.document}  {c.field}  {c.outcome.upper()}  gold={c.gold!r}  graph={c.read!r}"
                  for c in evaluation.checks if c.outcome in ("missing", "wrong", "invented")]
    lines += ["", "not scored:"] + [f"  {keys}: {why}" for keys, why in UNSCORED.items()]
    if floors is not None:
        lines += ["", *floors.lines(evaluation)]
    lines += ["", "time: " + ", ".join(f"{what} {seconds:.1f} s" for what, seconds in evaluation.seconds.items())]
    return "\n".join(lines) + "\n"


def invariant_lines(evaluation: Evaluation) -> list[str]:
    lines = ["invariant     held  failed", "-----------  ------  ------"]
    for name in INVARIANTS:
        found = [f for f in evaluation.findings if f.invariant == name]
        lines.append(f"{name:<11}  {sum(f.holds for f in found):>6}  {sum(not f.holds for f in found):>6}")
    failed = [f for f in evaluation.findings if not f.holds]
    if failed:
        lines += ["", f"invariants that do not hold ({len(failed)}):"]
        lines += [f"  {f.document}  {f.invariant}: {f.detail}" for f in failed]
    return lines


def json_report(evaluation: Evaluation, floors: Floors | None = None) -> dict:
    by_document = tally_by(evaluation.checks, "document")
    return {
        "index": str(evaluation.gold.index),
        "acts": len(evaluation.gold.acts),
        "files": len(evaluation.gold.documents),
        "fields": {name: {"kind": spec.kind, "group": spec.group, "query": spec.query, **tally.to_json()}
                   for (name, tally), spec in zip(field_tallies(evaluation), all_fields(), strict=True)},
        "documents": {d.name: {"collection": d.collection, "language": d.language, "path": str(d.path),
                               **by_document.get(d.name, Tally()).to_json(),
                               "warnings": evaluation.warnings.get(d.name),
                               "violations": evaluation.violations.get(d.name)}
                      for d in evaluation.documents},
        "total": total(evaluation).to_json(),
        "checks": [{"document": c.document, "field": c.field, "outcome": c.outcome, "gold": c.gold, "graph": c.read}
                   for c in evaluation.checks],
        "invariants": [{"document": f.document, "invariant": f.invariant, "holds": f.holds, "detail": f.detail}
                       for f in evaluation.findings],
        "refused": evaluation.refused,
        "unscored": UNSCORED,
        "floors": floors.breaches(evaluation) if floors else None,
        "seconds": {k: round(v, 3) for k, v in evaluation.seconds.items()},
    }


# --- floors -------------------------------------------------------------------------------------------------------

@dataclass
class Floors:
    """Per-field accuracy floors: a field below its floor, anything invented, or an act the builder refuses is a
    regression. Floors start at a measured value and only ever go up."""

    path: Path
    accuracy: dict[str, float]

    @classmethod
    def load(cls, path: Path | None = None) -> Floors:
        path = Path(path or default_floors())
        with path.open("rb") as handle:
            data = tomllib.load(handle)
        return cls(path, {str(k): float(v) for k, v in (data.get("accuracy") or {}).items()})

    def breaches(self, evaluation: Evaluation) -> list[str]:
        out = []
        tallies = dict(field_tallies(evaluation))
        for name, floor in sorted(self.accuracy.items()):
            tally = tallies.get(name)
            if tally is None:
                out.append(f"{name}: no such field")
                continue
            accuracy = tally.accuracy or 0.0
            if accuracy + 1e-9 < floor:
                out.append(f"{name}: accuracy {_percent(accuracy)} is below its floor {_percent(floor)}")
        invented = [c for c in evaluation.checks if c.outcome == "invented"]
        if invented:
            out.append(f"{len(invented)} invented values: " + "; ".join(
                f"{c.document} {c.field} {c.read!r}" for c in invented[:10]) + (" ..." if len(invented) > 10 else ""))
        out += [f"{name}: refused by the builder: {'; '.join(errors)}" for name, errors in evaluation.refused.items()]
        return out

    def raisable(self, evaluation: Evaluation) -> list[str]:
        return [f"{name}: {_percent(tally.accuracy)} (floor {_percent(self.accuracy.get(name, 0.0))})"
                for name, tally in field_tallies(evaluation)
                if tally.accuracy is not None and _floor_of(tally.accuracy) > self.accuracy.get(name, 0.0) + 1e-9]

    def raise_to(self, evaluation: Evaluation) -> dict[str, float]:
        """Each floor raised to the accuracy measured now (to a tenth of a percent, downwards), never lowered; a
        field without a floor gets one. The file is rewritten with its comments kept."""
        raised = dict(self.accuracy)
        for name, tally in field_tallies(evaluation):
            if tally.accuracy is None:  # no check of this field was made: nothing measured
                continue
            raised[name] = max(raised.get(name, 0.0), _floor_of(tally.accuracy))
        header = [line for line in self.path.read_text(encoding="utf-8").splitlines()
                  if line.startswith("#") and not line.startswith(_MEASURED)] if self.path.exists() else []
        header += ["", f"{_MEASURED} {len(evaluation.checks)} checks, accuracy {_percent(total(evaluation).accuracy)}."]
        body = ["[accuracy]"] + [f'"{name}" = {value:.3f}' for name, value in raised.items()]
        write_atomic(self.path, "\n".join(header + [""] + body) + "\n")
        self.accuracy = raised
        return raised

    def lines(self, evaluation: Evaluation) -> list[str]:
        breaches = self.breaches(evaluation)
        if breaches:
            return [f"floors {self.path}: {len(breaches)} regressions"] + [f"  {b}" for b in breaches]
        raisable = self.raisable(evaluation)
        lines = [f"floors {self.path}: every field at or above its floor, nothing invented, nothing refused"]
        if raisable:
            lines.append("  above their floors (raise them in the commit that earned it):")
            lines += [f"    {r}" for r in raisable]
        return lines


_MEASURED = "# Last raised on a run of"


def _floor_of(accuracy: float) -> float:
    """The floor an accuracy earns: truncated to a tenth of a percent, as the floors file writes it."""
    return math.floor(accuracy * 1000 + 1e-6) / 1000


def default_floors() -> Path:
    return data_dir("gold") / "floors.toml"
