"""Per-act CPU, stage by stage, in one process: what ``build/act_task.py`` does to each act, timed.

    .venv/bin/python benchmarks/stages.py CORPUS [--formats nq] [--profile FILE] [--json]

CORPUS is any folder ``treatykg build`` reads (``make_corpus.py N OUT`` writes one). The first act is built once
before timing (shapes, models and patterns are loaded then, as in a worker). Stages: read (decode the files),
normalise, parse, extract, graph, serialise (the act's blocks), validate (SHACL and the checks), record (what the
task keeps besides the blocks: counts, classes, subject hashes). The text stage (read, normalise, parse) is also
given in MB/s of source text, beside a plain ``re.findall(r"\\w+")`` over the same decoded text.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import json
import re
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "builders"))

STAGES = ("read", "normalise", "parse", "extract", "graph", "serialise", "validate", "record")


def measure(corpus: Path, formats: tuple[str, ...] = ("nq",), profile: Path | None = None) -> dict:
    from collections import Counter

    from rdflib import URIRef

    from treatykg.build.act_task import BuildConfig, subject_hash
    from treatykg.facts.extraction import extract_act
    from treatykg.rdf.dumps import act_blocks
    from treatykg.rdf.graph import build_act_graphs
    from treatykg.rdf.iris import Minter
    from treatykg.rdf.vocab import DEFAULT_BASE, RDF
    from treatykg.text.normaliser import normalise
    from treatykg.text.parsed import ParsedAct, ParsedVersion
    from treatykg.text.parser import parse
    from treatykg.text.readers import locate_all, open_act
    from treatykg.validation.validator import validate

    config = BuildConfig(DEFAULT_BASE, formats)
    locations = locate_all([corpus])
    spent = dict.fromkeys(STAGES, 0.0)
    texts: list[str] = []
    clock = time.process_time

    def one(location, timed: bool) -> None:
        marks = [clock()]
        source = open_act(location)
        marks.append(clock())
        normalised = [normalise(v.text.text, markup=source.layout != "adilet") for v in source.versions]
        marks.append(clock())
        versions = []
        for version, text in zip(source.versions, normalised, strict=True):
            document, warnings = parse(text, str(version.path), version.language)
            versions.append(ParsedVersion(version, text, document, warnings))
        parsed = ParsedAct(source, versions, list(source.errors))
        marks.append(clock())
        facts = extract_act(parsed)
        marks.append(clock())
        act = build_act_graphs(parsed, facts, Minter(config.base))
        marks.append(clock())
        blocks = act_blocks(act.graphs, ("nq", *config.formats))
        marks.append(clock())
        validate(blocks.data["nt"], shapes=config.shapes, allow_warnings=True)
        marks.append(clock())
        union = set().union(*act.graphs.values())  # as run_act keeps its record
        Counter(str(o) for _, p, o in union if p == RDF.type and isinstance(o, URIRef))
        b"".join(subject_hash(s) for s in blocks.subjects)
        marks.append(clock())
        if timed:
            texts.extend(v.text.text for v in source.versions)
            for stage, start, end in zip(STAGES, marks[:-1], marks[1:], strict=True):
                spent[stage] += end - start

    one(locations[0], timed=False)
    profiler = cProfile.Profile() if profile else None
    if profiler:
        profiler.enable()
    for location in locations:  # the collector as in a worker: off during an act, a young pass after it
        gc.disable()
        one(location, timed=True)
        gc.enable()
        gc.collect(0)
    if profiler:
        profiler.disable()
        profiler.dump_stats(str(profile))
    n = len(locations)
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    started = clock()
    for text in texts:
        re.findall(r"\w+", text)
    plain = clock() - started
    text_stage = spent["read"] + spent["normalise"] + spent["parse"]
    return {"acts": n, "ms_per_act": {stage: 1000 * s / n for stage, s in spent.items()},
            "total_ms_per_act": 1000 * sum(spent.values()) / n, "text_mb": megabytes,
            "text_mb_per_s": megabytes / text_stage, "plain_tokeniser_mb_per_s": megabytes / plain,
            "text_share_of_plain": plain / text_stage}


def table(result: dict) -> str:
    total = result["total_ms_per_act"]
    lines = [f"{result['acts']} acts, {result['text_mb']:.1f} MB of text; CPU per act:", "",
             "| stage | ms per act | share |", "|---|---:|---:|"]
    lines += [f"| {stage} | {ms:.1f} | {100 * ms / total:.0f}% |" for stage, ms in result["ms_per_act"].items()]
    lines += [f"| all | {total:.1f} | 100% |", "",
              f"Text stage (read, normalise, parse): {result['text_mb_per_s']:.1f} MB/s; a plain "
              f"re.findall(r\"\\w+\") over the same text: {result['plain_tokeniser_mb_per_s']:.1f} MB/s "
              f"({100 * result['text_share_of_plain']:.1f}% of it)."]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--formats", default="nq", help="dump formats, comma-separated (default nq)")
    parser.add_argument("--profile", type=Path, help="also write a cProfile of the timed acts to this file")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    result = measure(args.corpus, tuple(args.formats.split(",")), args.profile)
    print(json.dumps(result) if args.json else table(result))


if __name__ == "__main__":
    main()
