"""Query benchmark: load time and p50/p95 latency of every competency question, on the bundled corpus and on the
corpus replicated to at least a million triples, for pyoxigraph, rdflib and Virtuoso.

Replication rewrites every IRI under the instance base (https://w3id.org/treatykg/) to a different base per copy
(https://w3id.org/treatykg/copyN/), so the copies are disjoint graphs of the same shape; the ontology graph is kept
once. rdflib runs at corpus size only unless --rdflib-at-scale (it needs minutes and GBs at 1M triples).

    .venv/bin/python benchmarks/query.py [--repeat 5] [--min-triples 1000000] [--no-virtuoso]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import pyoxigraph as ox  # noqa: E402

from treatykg.build.corpus_build import build  # noqa: E402
from treatykg.rdf.vocab import DEFAULT_BASE  # noqa: E402
from treatykg.store.graph_store import Client, Endpoints, load  # noqa: E402
from treatykg.store.queries import EndpointEngine, OxigraphEngine, Param, RdflibEngine, Term, catalogue  # noqa: E402

SEED = DEFAULT_BASE + "akn/int/treaty/blr-kaz/gov/2011/government-communications"
FACT = SEED + "/clause/termination/art_14"


def replicate(src: Path, target: Path, min_triples: int) -> int:
    quads = list(ox.parse(path=str(src / "treatykg.nq"), format=ox.RdfFormat.N_QUADS))
    ontology = [q for q in quads if q.graph_name.value.endswith("/ontology/graph")]
    instance = [q for q in quads if not q.graph_name.value.endswith("/ontology/graph")]
    copies = max(1, -(-(min_triples - len(ontology)) // len(instance)))

    def move(term, base):
        if isinstance(term, ox.NamedNode) and term.value.startswith(DEFAULT_BASE) and "/ontology" not in term.value:
            return ox.NamedNode(base + term.value[len(DEFAULT_BASE):])
        return term

    target.mkdir(parents=True, exist_ok=True)
    with open(target / "treatykg.nq", "wb") as out:
        out.write(ox.serialize(ontology, format=ox.RdfFormat.N_QUADS))
        for n in range(copies):
            base = DEFAULT_BASE if n == 0 else f"{DEFAULT_BASE}copy{n}/"
            out.write(ox.serialize((ox.Quad(move(q.subject, base), q.predicate, move(q.object, base),
                                            move(q.graph_name, base)) for q in instance), format=ox.RdfFormat.N_QUADS))
    store = ox.Store(str(target / "store"))
    store.bulk_load(path=str(target / "treatykg.nq"), format=ox.RdfFormat.N_QUADS)
    store.optimize()
    store.flush()
    del store
    return len(ontology) + copies * len(instance)


def runs_of(query):
    out = [("all", [])]
    if "treaty" in query.params:
        out.append(("seed", [Param("treaty", Term("uri", SEED))]))
    if "fact" in query.params:
        out.append(("fact", [Param("fact", Term("uri", FACT))]))
    return out


def measure(engine, repeat: int, parameterised_only: bool = False) -> dict:
    times = {}
    for query in catalogue():
        for label, params in runs_of(query):
            if parameterised_only and not params:
                continue
            engine.select(query, params)  # warm-up (rdflib: parser; Virtuoso: plan cache)
            samples = []
            for _ in range(repeat):
                start = time.perf_counter()
                engine.select(query, params)
                samples.append((time.perf_counter() - start) * 1000)
            samples.sort()
            p95 = samples[min(len(samples) - 1, round(0.95 * (len(samples) - 1)))]
            times[(query.name, label)] = (statistics.median(samples), p95)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--min-triples", type=int, default=1_000_000)
    parser.add_argument("--no-virtuoso", action="store_true")
    parser.add_argument("--rdflib-at-scale", action="store_true")
    parser.add_argument("--parameterised-only-at-scale", action="store_true",
                        help="at 1M triples, time only the runs with a treaty or fact parameter (the target)")
    args = parser.parse_args()
    results: dict[str, dict] = {}
    loads: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="treatykg-bench-") as tmp:
        small, big = Path(tmp) / "corpus", Path(tmp) / "big"
        build([ROOT / "corpus"], small, DEFAULT_BASE)
        start = time.perf_counter()
        size = replicate(small, big, args.min_triples)
        loads[f"oxigraph bulk load {size:,} quads (store on disk)"] = time.perf_counter() - start
        for label, folder in (("corpus", small), ("1M", big)):
            only = args.parameterised_only_at_scale and label == "1M"
            results[f"oxigraph {label}"] = measure(OxigraphEngine(folder), args.repeat, only)
            if label == "corpus" or args.rdflib_at_scale:
                start = time.perf_counter()
                engine = RdflibEngine(folder / "treatykg.nq")
                loads[f"rdflib parse {label}"] = time.perf_counter() - start
                results[f"rdflib {label}"] = measure(engine, args.repeat)
        if not args.no_virtuoso:
            from virtuoso_server import VirtuosoServer

            for label, folder in (("corpus", small), ("1M", big)):
                with VirtuosoServer() as server:
                    start = time.perf_counter()
                    load(folder, Endpoints.derive(server.graph_store), Client("dba", server.password, 600))
                    loads[f"virtuoso GSP load {label}"] = time.perf_counter() - start
                    results[f"virtuoso {label}"] = measure(EndpointEngine(server.sparql, 120), args.repeat,
                                                           args.parameterised_only_at_scale and label == "1M")
    print("load times:")
    for what, seconds in loads.items():
        print(f"  {what}: {seconds:.2f} s")
    columns = list(results)
    keys = list(next(iter(results.values())))
    print("\np50 / p95 in ms; ratio = p50 of the engine / p50 of oxigraph at the same size")
    print("query".ljust(40) + "".join(c.rjust(26) for c in columns))
    for key in keys:
        line = f"{key[0]} [{key[1]}]".ljust(40)
        for column in columns:
            if key not in results[column]:
                line += "not timed".rjust(26)
                continue
            p50, p95 = results[column][key]
            base = results["oxigraph " + column.split()[-1]][key][0]
            line += f"{p50:8.1f}/{p95:8.1f} x{p50 / base if base else 0:5.1f}".rjust(26)
        print(line)
    if "rdflib 1M" not in results:
        print("\nrdflib at 1M triples: not run (parse alone needs ~30 s and ~2 GB; pass --rdflib-at-scale)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
