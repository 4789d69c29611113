"""Read -> normalise -> parse, for one act and each of its language versions."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from treatykg.errors import SourceError
from treatykg.lang.dates import find_dates
from treatykg.text.document import Document
from treatykg.text.normaliser import Normalised, normalise
from treatykg.text.parser import parse
from treatykg.text.readers import ActSource, Version, discover
from treatykg.text.render import node_to_json


@dataclass
class ParsedVersion:
    version: Version
    normalised: Normalised
    document: Document
    warnings: list[SourceError] = field(default_factory=list)

    @property
    def path(self) -> Path:
        return self.version.path

    @property
    def language(self) -> str:
        return self.version.language


@dataclass
class ParsedAct:
    source: ActSource
    versions: list[ParsedVersion]
    errors: list[SourceError] = field(default_factory=list)

    def metadata_title(self, language: str) -> str | None:
        """The title the metadata file gives in ``language``, repaired as the text is, so that it matches the act's
        own title line."""
        title = self.source.metadata.titles.get(language)
        return normalise(title).text if title else None

    @property
    def warnings(self) -> list[SourceError]:
        return list(self.source.metadata.warnings) + [w for v in self.versions for w in v.warnings]


def parse_version(version: Version, markup: bool) -> ParsedVersion:
    normalised = normalise(version.text.text, markup=markup)
    document, warnings = parse(normalised, str(version.path), version.language)
    warnings.extend(impossible_dates(normalised, str(version.path)))
    return ParsedVersion(version, normalised, document, warnings)


def impossible_dates(normalised: Normalised, path: str) -> list[SourceError]:
    """A warning, with its line, for each date no calendar has ("31 February", year 0000): the facts leave such a
    date unknown (lang/dates.TextDate.impossible), and the reader is told why the act has no date."""
    return [SourceError(path, normalised.raw_line(date.start), f"{date.text!r} is no calendar date; it is left "
                        "unknown (an act with it in its header gets no date)", fatal=False)
            for date in find_dates(normalised.text) if date.impossible]


def parse_act(source: ActSource) -> ParsedAct:
    """Parse every language version; a fatal error in one version is kept, and the others still parse."""
    parsed, errors = [], list(source.errors)
    for version in source.versions:
        try:
            parsed.append(parse_version(version, markup=source.layout != "adilet"))
        except SourceError as error:
            errors.append(error)
    return ParsedAct(source, parsed, errors)


def parse_path(path: Path | str, layout: str | None = None) -> list[ParsedAct]:
    return [parse_act(source) for source in discover(path, layout)]


def act_to_json(act: ParsedAct, with_repairs: bool = True) -> dict:
    source = act.source
    meta = source.metadata
    return {
        "act_id": source.act_id,
        "layout": source.layout,
        "location": str(source.location),
        "metadata": {k: v for k, v in {
            "source": str(meta.source) if meta.source else None, "requisite": meta.requisite,
            "titles": meta.titles or None, "local_id": meta.local_id, **meta.extra}.items() if v is not None},
        "errors": [str(e) for e in act.errors],
        "versions": [{
            "language": v.language,
            "path": str(v.path),
            "encoding": v.version.text.encoding_label,
            "newline": v.version.text.newline,
            "wrap_style": v.normalised.wrap_style,
            "warnings": [str(w) for w in v.warnings],
            "repair_counts": dict(sorted(v.normalised.repair_counts().items())),
            "repairs": [{"kind": r.kind, "raw_span": [r.raw_start, r.raw_end], "before": r.before, "after": r.after}
                        for r in v.normalised.repairs] if with_repairs else None,
            "model": node_to_json(v.document, v.normalised.raw_span),
        } for v in act.versions],
    }
