"""``treatykg akn``: the Akoma Ntoso documents of a corpus, each act read, parsed, extracted and graphed as the build
does it, each document checked (its text against the normalised text, its XML against the AKN 3.0 schema) before
it is written. A bad act is an error of its own (file and line); the other acts still get their documents."""

from __future__ import annotations

import os
import shutil
import traceback
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from treatykg.akn.document import act_documents
from treatykg.akn.schema import schema_errors
from treatykg.errors import SourceError
from treatykg.facts.extraction import extract_act
from treatykg.files import write_atomic
from treatykg.rdf.graph import build_act_graphs
from treatykg.rdf.iris import Minter
from treatykg.rdf.vocab import DEFAULT_BASE
from treatykg.text.parsed import parse_act
from treatykg.text.readers import ActLocation, locate_all, open_act


@dataclass
class AknResult:
    out: Path
    written: list[tuple[PurePosixPath, Path]] = field(default_factory=list)  # (document below out, its source)
    acts: int = 0
    validated: bool = True
    errors: list[SourceError] = field(default_factory=list)
    warnings: list[SourceError] = field(default_factory=list)


def write_akn(paths: list[Path], out: Path, base: str = DEFAULT_BASE, layout: str | None = None, *,
              validate: bool = True, replace: bool = False) -> AknResult:
    """Write the document of every language version of every act at ``paths`` below ``out``
    (``kz/act/resolution/2011-07-26/860/kaz.xml``: the manifestation's IRI below ``akn/``). Each file is written
    whole (a temporary file, then a rename); with ``replace``, the folder is made aside and then takes the place of
    ``out`` at once, so that it holds the documents of this corpus and no others."""
    out = Path(out)
    result = AknResult(out, validated=validate)
    minter = Minter(base)
    target = out.parent / f".{out.name}.staging-{os.getpid()}" if replace else out
    if replace:
        shutil.rmtree(target, ignore_errors=True)
    sources: dict[PurePosixPath, Path] = {}
    try:
        for location in locate_all(paths, layout):
            result.acts += 1
            try:
                _write_act(location, minter, target, validate, sources, result)
            except SourceError as error:
                result.errors.append(error)
            except Exception as error:  # noqa: BLE001 - one broken act must not stop the others
                where = traceback.extract_tb(error.__traceback__)[-1]
                message = f"internal error: {type(error).__name__}: {error} (at {where.filename}:{where.lineno})"
                result.errors.append(SourceError(_name(location), None, message))
        if replace:
            _swap(target, out)
    finally:
        if replace:
            shutil.rmtree(target, ignore_errors=True)
    return result


def _name(location: ActLocation) -> str:
    return str(location.path if location.key is None else location.path / location.key)


def _write_act(location: ActLocation, minter: Minter, target: Path, validate: bool,
               sources: dict[PurePosixPath, Path], result: AknResult) -> None:
    parsed = parse_act(open_act(location))
    result.errors.extend(parsed.errors)
    result.warnings.extend(parsed.warnings)
    if not parsed.versions:
        return
    facts = extract_act(parsed)
    graphs = build_act_graphs(parsed, facts, minter)
    for document in act_documents(parsed, facts, graphs, minter):
        xml = document.xml()
        problems = schema_errors(xml) if validate else []
        if problems:
            more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
            result.errors.append(SourceError(document.source, None, "its Akoma Ntoso document does not validate "
                                             f"against the AKN 3.0 schema: {problems[0]}{more}; not written"))
            continue
        if document.path in sources:
            result.warnings.append(SourceError(document.source, None, f"the same Akoma Ntoso document {document.path} "
                                               f"as {sources[document.path]} (the same act twice?); written once",
                                               fatal=False))
            continue
        sources[document.path] = document.source
        write_atomic(target / document.path, xml)
        result.written.append((document.path, document.source))


def _swap(staging: Path, out: Path) -> None:
    """``staging`` takes the place of ``out``: the old folder is moved aside, then removed."""
    staging.mkdir(parents=True, exist_ok=True)
    old = out.parent / f".{out.name}.old-{os.getpid()}"
    if out.exists():
        os.replace(out, old)
    os.replace(staging, out)
    shutil.rmtree(old, ignore_errors=True)
