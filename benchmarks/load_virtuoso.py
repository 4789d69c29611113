"""Load benchmark for Virtuoso: the bulk loader (``treatykg load --method bulk``) against the Graph Store Protocol
path (``--method gsp``), on the bundled corpus replicated to about 2.4 million quads, in a private Virtuoso
(tests/virtuoso_server.py).

Replication: every copy N rewrites ``treatykg/akn/`` and ``treatykg/build/`` to ``treatykg/cN/akn/`` and
``treatykg/cN/build/``, so each copy has its own document and provenance graphs; the ontology graph is kept once,
as in a real build. A void.ttl like the build's (one subset per graph, the dump's byte size) is written beside it.

Each case runs ``treatykg load`` in a child process, which gives its wall time and its peak RSS (the client; the
isql-vt processes it starts are a few MB). The server's CPU seconds are read from /proc, as the wall time on a
shared machine depends on what else runs.

    .venv/bin/python benchmarks/load_virtuoso.py [--copies 170] [--gsp-copies 17] [--no-loaders] [--from-build DIR]
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from treatykg.build.corpus_build import build  # noqa: E402
from treatykg.rdf.vocab import DEFAULT_BASE, ONTOLOGY_IRI  # noqa: E402

ONTOLOGY_GRAPH = f"<{ONTOLOGY_IRI}/graph> .".encode()


def replicate(nquads: Path, target: Path, copies: int, first: int = 0, with_ontology: bool = True) -> dict[str, int]:
    """Write ``copies`` rewritten copies of the build's dump (plus its ontology graph) and a VoID for them;
    returns quads per graph."""
    lines = nquads.read_bytes().splitlines(keepends=True)
    ontology = [line for line in lines if line.rstrip().endswith(ONTOLOGY_GRAPH)]
    instance = b"".join(line for line in lines if not line.rstrip().endswith(ONTOLOGY_GRAPH))
    per_graph: dict[str, int] = {}
    for line in instance.splitlines():
        graph = line.rsplit(b" ", 2)[-2].decode()[1:-1]
        per_graph[graph] = per_graph.get(graph, 0) + 1
    if not with_ontology:
        ontology = []
    counts = {ONTOLOGY_GRAPH.decode()[1:-3]: len(ontology)} if ontology else {}
    base = DEFAULT_BASE.encode()
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target, "wb") as out:
        out.write(b"".join(ontology))
        for n in range(first, first + copies):
            prefix = base + f"c{n}/".encode()
            out.write(instance.replace(base + b"akn/", prefix + b"akn/").replace(base + b"build/", prefix + b"build/"))
            for graph, count in per_graph.items():
                copy = graph.replace(DEFAULT_BASE + "akn/", f"{DEFAULT_BASE}c{n}/akn/")
                counts[copy.replace(DEFAULT_BASE + "build/", f"{DEFAULT_BASE}c{n}/build/")] = count
    write_void(target, counts)
    return counts


def write_void(nquads: Path, counts: dict[str, int]) -> None:
    """The parts of the build's VoID that the bulk loader reads: subsets of the data graphs, and the dump's size."""
    dataset = f"<{DEFAULT_BASE}dataset>"
    lines = [f"{dataset} <http://www.w3.org/ns/dcat#distribution> <{DEFAULT_BASE}dataset/distribution/{nquads.name}> .",
             f"<{DEFAULT_BASE}dataset/distribution/{nquads.name}> <http://www.w3.org/ns/dcat#downloadURL> "
             f"<{DEFAULT_BASE}dumps/{nquads.name}> .",
             f"<{DEFAULT_BASE}dataset/distribution/{nquads.name}> <http://www.w3.org/ns/dcat#byteSize> "
             f"\"{nquads.stat().st_size}\"^^<http://www.w3.org/2001/XMLSchema#nonNegativeInteger> ."]
    for graph, count in counts.items():
        if graph == f"{ONTOLOGY_IRI}/graph":
            continue  # the build's VoID does not describe the ontology graph either
        lines += [f"{dataset} <http://rdfs.org/ns/void#subset> <{graph}/void> .",
                  f"<{graph}/void> <http://purl.org/dc/terms/source> <{graph}> .",
                  f"<{graph}/void> <http://rdfs.org/ns/void#triples> "
                  f"\"{count}\"^^<http://www.w3.org/2001/XMLSchema#integer> ."]
    (nquads.parent / "void.ttl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def server_cpu(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def run_load(server, args: list[str]) -> dict:
    """``treatykg load ARGS`` in a child process: wall seconds, its peak RSS, the server's CPU, its output."""
    command = [sys.executable, "-c", "import sys; from treatykg.cli.main import main; sys.exit(main(sys.argv[1:]))",
               "load", "--user", "dba", "--password", server.password, *args]
    cpu, start = server_cpu(server.process.pid), time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    output = child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"treatykg load {' '.join(args)} failed ({child.returncode}): {output.strip()[-500:]}")
    times = re.search(r"^seconds: (.*)$", output, re.M)  # the bulk path's phases
    phases = dict(item.split("=") for item in times.group(1).split()) if times else {}
    return {"seconds": seconds, "rss_mb": usage.ru_maxrss / 1024, "server_cpu": server_cpu(server.process.pid) - cpu,
            "phases": phases, "output": output}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--copies", type=int, default=170, help="copies of the corpus (170: about 2.4M quads)")
    parser.add_argument("--gsp-copies", type=int, default=17, help="copies in the slice timed on both paths")
    parser.add_argument("--no-loaders", action="store_true", help="skip the 1 vs 2 parallel loaders comparison")
    parser.add_argument("--from-build", type=Path, metavar="DIR",
                        help="replicate this build's treatykg.nq (default: build the bundled corpus first)")
    args = parser.parse_args()
    from virtuoso_server import VirtuosoServer

    rows: list[tuple[str, int, dict]] = []
    with tempfile.TemporaryDirectory(prefix="treatykg-bench-load-") as tmp:
        tmp = Path(tmp)
        corpus = args.from_build or tmp / "corpus"
        if not args.from_build:
            result = build([ROOT / "corpus"], corpus, DEFAULT_BASE)
            if result.errors:
                raise SystemExit(f"the corpus build failed: {result.errors[0]}")
        start = time.perf_counter()
        big = replicate(corpus / "treatykg.nq", tmp / "big" / "treatykg.nq", args.copies)
        made = time.perf_counter() - start
        slice_ = replicate(corpus / "treatykg.nq", tmp / "slice" / "treatykg.nq", args.gsp_copies)
        plain = tmp / "plain" / "treatykg.nq"  # the same dump without a VoID beside it: counted by parsing
        plain.parent.mkdir()
        os.link(tmp / "big" / "treatykg.nq", plain)
        size, quads = plain.stat().st_size, sum(big.values())
        print(f"replicated: {quads:,} quads in {len(big):,} graphs, {size / 1e6:,.0f} MB, written in {made:.1f} s",
              flush=True)

        with VirtuosoServer() as server:
            load_dir = server.scratch / "load"
            load_dir.mkdir(exist_ok=True)
            bulk = ["--method", "bulk", "--isql", f"127.0.0.1:{server.sql_port}", "--server-dir", str(load_dir)]
            cases = [
                ("bulk, VoID, empty store", sum(big.values()), bulk + ["--from-build", str(tmp / "big")]),
                ("bulk, VoID, re-load (clears first)", sum(big.values()), bulk + ["--from-build", str(tmp / "big")]),
                ("bulk, no VoID (parse), re-load", sum(big.values()), bulk + ["--nquads", str(plain)]),
                (f"gsp, slice of {args.gsp_copies} copies, re-load", sum(slice_.values()),
                 ["--method", "gsp", "--endpoint", server.graph_store, "--from-build", str(tmp / "slice"),
                  "--timeout", "600"]),
                (f"bulk, slice of {args.gsp_copies} copies, re-load", sum(slice_.values()),
                 bulk + ["--from-build", str(tmp / "slice")]),
            ]
            if not args.no_loaders:
                halves = tmp / "halves"
                half = args.copies // 2
                a = replicate(corpus / "treatykg.nq", halves / "a" / "a.nq", half)
                # the ontology graph in one file only: its blank nodes would be new ones in a second file
                b = replicate(corpus / "treatykg.nq", halves / "b" / "b.nq", args.copies - half, half, False)
                (halves / "both").mkdir()
                for name in ("a", "b"):
                    os.link(halves / name / f"{name}.nq", halves / "both" / f"{name}.nq")
                both = sum(a.values()) + sum(b.values())
                for n in (1, 2):
                    cases.append((f"bulk, 2 files, {n} loader(s), re-load", both,
                                  bulk + ["--nquads", str(halves / "both"), "--loaders", str(n)]))
            for label, count, arguments in cases:
                print(f"{label} ...", flush=True)
                measured = run_load(server, arguments)
                rows.append((label, count, measured))
                print("    " + measured["output"].strip().replace("\n", "\n    ")[-600:], flush=True)

    print(f"\n{'case':44} {'quads':>10} {'seconds':>8} {'quads/s':>9} {'client RSS':>10} {'server CPU':>10}  "
          "phases (s)")
    for label, count, m in rows:
        phases = " ".join(f"{k}={v}" for k, v in m["phases"].items())
        print(f"{label:44} {count:>10,} {m['seconds']:>8.1f} {count / m['seconds']:>9,.0f} "
              f"{m['rss_mb']:>7.0f} MB {m['server_cpu']:>8.1f} s  {phases}")
    print(f"\nmachine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the end (shared)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
