"""Load N-Quads into Virtuoso with its bulk loader, talking SQL through ``isql-vt`` (Debian's virtuoso-opensource).

For dumps of millions of quads, where the Graph Store Protocol path (``loader.py``) is too slow:

1. expected quads per graph: from the build's VoID (``void:subset`` nodes with ``dcterms:source`` and
   ``void:triples``; the ontology graph, which VoID does not describe, gets what is left of the file's line count),
   if the VoID's ``dcat:byteSize`` of the dump matches the file; else by parsing the files, which also stops a
   syntax error before anything on the server is touched;
2. the files are hard-linked (or copied, across filesystems) into a fresh folder under ``server_dir``; the server
   reads them itself, so ``server_dir`` must be the same path on the server's machine and be listed in
   ``DirsAllowed`` of its virtuoso.ini; the folder is removed afterwards;
3. every graph of the files that the store already holds is cleared, so a re-load replaces instead of appending:
   one ``DELETE`` over ``DB.DBA.RDF_QUAD`` joined with a table of the graph ids (3x faster than one DELETE or
   SPARQL CLEAR per graph at 2,210 graphs), with no transaction log and row autocommit (``log_enable(2,1)``;
   ``log_enable(3,1)`` logs about 30 bytes a deleted quad, and a plain transactional delete took 3x longer);
4. ``ld_dir`` registers the files, ``rdf_loader_run()`` loads them (``loaders`` sessions in parallel, one file
   each at a time), ``checkpoint`` makes it durable, and ``DB.DBA.load_list`` is read for errors;
5. one SPARQL ``GROUP BY ?g`` count is compared with the expected counts.

Not atomic per graph, unlike the GSP path: while it runs, readers see graphs cleared or half loaded, and a file
that fails (syntax error, unreadable) leaves its graphs empty or partly loaded until a load succeeds. Run one bulk
load per server at a time: ``rdf_loader_run()`` also loads whatever else is pending in ``DB.DBA.load_list``.
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import subprocess
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from rdflib.namespace import DCAT, DCTERMS, VOID

from treatykg.rdf.vocab import ONTOLOGY_IRI
from treatykg.store.graph_store import GraphReport, LoadError, LoadReport

ONTOLOGY_GRAPH = ONTOLOGY_IRI + "/graph"
# where Virtuoso would put a triple outside any named graph; the scan refuses those, so it stays empty
DEFAULT_GRAPH = "urn:treatykg:load:default"
COUNT_QUERY = "SPARQL SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g;"


def sql_string(text: str) -> str:
    """A Virtuoso SQL string literal: it reads backslash escapes, so both ``\\`` and ``'`` are escaped."""
    return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'"


@dataclass
class Isql:
    """SQL through the ``isql-vt`` client. It exits 0 on SQL errors, so its output is searched for ``*** Error``;
    macro substitution is turned off because ``$`` (valid in IRIs) would be read as an isql macro.

    The password is never on isql's command line (where the process list shows it to every user of the machine):
    isql-vt takes it as an argument or, when none is given, asks for it on its standard input after a first login
    without one has been refused. So each session is one refused login (Virtuoso logs "Incorrect login"), then the
    password on the pipe; a wrong password is not sent again (Virtuoso blocks an address for 60 s after 4 refused
    logins)."""

    address: str  # HOST:PORT of the SQL server
    user: str
    password: str = field(repr=False)
    binary: str = "isql-vt"
    timeout: float = 60.0
    retries: int = 3
    backoff: float = 0.5

    def run(self, script: str, what: str, timeout: float | None = -1) -> str:
        """Run ``script`` (statements ending in ``;``, one per line) within ``timeout`` seconds (-1: the client's
        timeout; None: as long as it takes). A refused connection is retried (the statements did not run); any
        other error is raised at once."""
        attempt = 0
        while True:
            attempt += 1
            try:
                return self._run(script, what, self.timeout if timeout == -1 else timeout)
            except _Unreachable as error:
                if attempt > self.retries:
                    tries = f" after {attempt} attempts" if attempt > 1 else ""
                    raise LoadError(f"isql {self.address}: cannot connect{tries}: {error} ({what})") from None
            time.sleep(self.backoff * 2 ** (attempt - 1))

    def _run(self, script: str, what: str, timeout: float | None) -> str:
        if "\n" in self.password or "\r" in self.password:
            raise LoadError(f"isql {self.address}: a password with a line break cannot be given to isql-vt")
        # the prompt stays on: it is how the session knows that isql has logged in (output() takes it out)
        command = [self.binary, self.address, self.user, "VERBOSE=OFF", "BANNER=OFF", "ECHO=OFF"]
        try:
            process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        except FileNotFoundError:
            raise LoadError(f"{self.binary}: not found; install Debian's virtuoso-opensource (it provides isql-vt) "
                            "or give its path with --isql-binary") from None
        session = _Session(process, self.user)
        try:
            with _LOGGING_IN:  # one login at a time: parallel sessions' refused first logins would add up to a block
                logged_in = session.log_in(self.password, timeout)
            if not logged_in:
                session.close()
                self._check(session.output(), 0, what)  # a refused login or an unreachable server says so
                raise LoadError(f"isql {self.address}: {self.binary} did not log in within "
                                f"{timeout if timeout is not None else 'no'} s ({what})")
            session.send(("SET MACRO_SUBSTITUTION OFF;\n" + script).encode("utf-8"))
            if not session.finish(timeout):
                raise LoadError(f"isql {self.address}: no answer within {timeout:g} s ({what})")
        finally:
            session.close()
        return self._check(session.output(), process.returncode, what)

    def _check(self, output: str, returncode: int | None, what: str) -> str:
        match = re.search(r"\*\*\* Error ([^:\n]*): (.*)", output)
        if match:
            message = re.sub(r"^(\[[^\]]*\])+", "", match.group(2)).strip()
            if "CL033" in message:  # Connect failed
                raise _Unreachable(message)
            raise LoadError(f"isql {self.address}: {self.explain(match.group(1), message)} ({what})")
        if returncode:
            tail = " ".join(output.split())[-200:]
            raise LoadError(f"isql {self.address}: {self.binary} exited with {returncode} ({what}): {tail}")
        return output

    def explain(self, state: str, message: str) -> str:
        if "CL034" in message:  # Bad login
            return (f"{message}: wrong user or password for {self.user!r} "
                    "(--user/--password or TREATYKG_USER/TREATYKG_PASSWORD)")
        if "FA003" in message:  # Access denied due to access control in ini file
            return f"{message}: add the folder to DirsAllowed in [Parameters] of the server's virtuoso.ini"
        return f"{state}: {message}"


class _Unreachable(Exception):
    """isql-vt could not connect (CL033): worth a retry."""


_PROMPT = b"SQL> "
_LOGGING_IN = threading.Lock()
_ASKED = b"Enter password for"


class _Session:
    """One isql-vt process, its two pipes read as they come by threads: the password is written when isql asks for
    it, and the script only once isql shows its prompt (logged in); a refused password would make isql read the
    script's lines as more passwords, so a second request for it ends the session."""

    def __init__(self, process: subprocess.Popen, user: str):
        self.process, self.user = process, user
        self.stdout, self.stderr = bytearray(), bytearray()
        self.changed = threading.Condition()
        self.readers = [threading.Thread(target=self._read, args=(process.stdout, self.stdout), daemon=True),
                        threading.Thread(target=self._read, args=(process.stderr, self.stderr), daemon=True)]
        self.open_streams = 2
        for reader in self.readers:
            reader.start()

    def _read(self, stream, into: bytearray) -> None:
        while chunk := stream.read1(1 << 16):
            with self.changed:
                into.extend(chunk)
                self.changed.notify_all()
        with self.changed:
            self.open_streams -= 1
            self.changed.notify_all()

    def log_in(self, password: str, timeout: float | None) -> bool:
        """Whether isql logged in with ``password``; False when it ended or asked for the password again."""
        self.send(password.encode("utf-8") + b"\n", close=False)
        deadline = None if timeout is None else time.monotonic() + timeout
        with self.changed:
            while True:
                if self.stderr.count(_ASKED) >= 2 or not self.open_streams:
                    return False
                if _PROMPT in self.stdout:
                    return True
                left = None if deadline is None else deadline - time.monotonic()
                if left is not None and left <= 0:
                    return False
                self.changed.wait(left)

    def send(self, data: bytes, close: bool = True) -> None:
        try:
            assert self.process.stdin is not None
            self.process.stdin.write(data)
            self.process.stdin.flush()
            if close:
                self.process.stdin.close()
        except (BrokenPipeError, OSError):
            pass  # isql is gone; its output says why

    def finish(self, timeout: float | None) -> bool:
        try:
            self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            return False
        for reader in self.readers:
            reader.join(5)
        return True

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        for reader in self.readers:
            reader.join(5)

    def output(self) -> str:
        """What isql said after the password was given, without its prompts: the refusal of the first login (made
        without a password) is not an error of the script."""
        errors = bytes(self.stderr)
        asked = errors.find(_ASKED)
        if asked >= 0:
            errors = errors[errors.find(b":", asked) + 1:]
        text = (bytes(self.stdout) + errors).decode("utf-8", "replace")
        return re.sub(r"^(?:SQL> )+", "", text, flags=re.M)


@dataclass
class BulkReport(LoadReport):
    files: list[Path] = field(default_factory=list)
    counted_by: str = ""          # "VoID" or "scan"
    cleared_graphs: int = 0
    cleared_quads: int = 0
    seconds: dict[str, float] = field(default_factory=dict)


# --- what the files hold ---------------------------------------------------------------------------------------

def nquads_files(path: Path) -> list[Path]:
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.name.endswith(".nq") and p.is_file())
        if not files:
            raise LoadError(f"{path}: no .nq file in this folder")
        return files
    if not path.is_file():
        raise LoadError(f"{path}: no such N-Quads file")
    return [path]


def count_lines(path: Path) -> int:
    lines, last = 0, b"\n"
    with open(path, "rb") as f:
        while chunk := f.read(1 << 24):
            lines += chunk.count(b"\n")
            last = chunk[-1:]
    return lines + (last != b"\n")


def counts_from_void(void: Path, nquads: Path) -> dict[str, int] | None:
    """Quads per graph as the build's VoID gives them, or None if it does not describe this very file."""
    import pyoxigraph as ox

    try:
        quads = list(ox.parse(path=str(void), format=ox.RdfFormat.TURTLE))
    except (SyntaxError, OSError) as error:
        raise LoadError(f"{void}: {error}") from None
    by_subject: dict = {}
    for q in quads:
        by_subject.setdefault(q.subject, {})[q.predicate.value] = q.object
    counts: dict[str, int] = {}
    size = None
    try:
        for properties in by_subject.values():
            source, triples = properties.get(str(DCTERMS.source)), properties.get(str(VOID.triples))
            if isinstance(source, ox.NamedNode) and triples is not None:
                counts[source.value] = int(triples.value)
            url = properties.get(str(DCAT.downloadURL))
            if url is not None and url.value.rsplit("/", 1)[-1] == nquads.name and str(DCAT.byteSize) in properties:
                size = int(properties[str(DCAT.byteSize)].value)
    except ValueError as error:
        raise LoadError(f"{void}: a void:triples or dcat:byteSize that is not a number: {error}") from None
    if not counts or (size is not None and size != nquads.stat().st_size):
        return None  # no subsets, or the VoID of another version of the dump
    rest = count_lines(nquads) - sum(counts.values())
    if rest < 0 or (rest and ONTOLOGY_GRAPH in counts):
        return None
    if rest:
        counts[ONTOLOGY_GRAPH] = rest  # the build writes the ontology graph too; VoID describes the data only
    return counts


def counts_from_scan(files: list[Path]) -> dict[str, int]:
    """Quads per graph by parsing every file; a syntax error or a triple outside a named graph is an error."""
    import pyoxigraph as ox

    counts: Counter = Counter()
    for path in files:
        try:
            for quad in ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS):
                counts[quad.graph_name] += 1
        except SyntaxError as error:
            raise LoadError(f"{path}: {error}") from None
        default = ox.DefaultGraph()
        if default in counts:
            raise LoadError(f"{path}: {counts[default]} triple(s) outside any named graph")
    return {g.value: n for g, n in counts.items()}


def expected_counts(files: list[Path], void: Path | None) -> tuple[dict[str, int], str]:
    if len(files) == 1 and void is not None and void.is_file():
        counts = counts_from_void(void, files[0])
        if counts is not None:
            return counts, "VoID"
    return counts_from_scan(files), "scan"


# --- the server ------------------------------------------------------------------------------------------------

def graph_counts(isql: Isql, what: str) -> dict[str, int]:
    """Quads per graph in the whole store, with one SPARQL GROUP BY through SQL (where ResultSetMaxRows, which
    truncates HTTP results, does not apply)."""
    counts = {}
    for line in isql.run(COUNT_QUERY + "\n", what, timeout=None).splitlines():
        if not line.strip():
            continue
        parts = line.rsplit(None, 1)
        if len(parts) != 2 or not parts[1].isdigit():
            raise LoadError(f"isql {isql.address}: unexpected line in the graph counts ({what}): {line[:120]!r}")
        counts[parts[0]] = int(parts[1])
    return counts


def place(files: list[Path], server_dir: Path) -> tuple[Path, dict[str, Path]]:
    """A fresh folder under ``server_dir`` holding the files (hard links, or copies across filesystems)."""
    if not server_dir.is_dir():
        raise LoadError(f"{server_dir}: --server-dir is not a folder")
    # absolute, not resolved: DirsAllowed is matched against the path as written, symbolic links and all
    folder = server_dir.absolute() / f"treatykg-load-{secrets.token_hex(8)}"
    folder.mkdir()
    placed = {}
    try:
        for source in files:
            name = source.name if source.name.endswith(".nq") else source.name + ".nq"  # ld_dir picks *.nq
            target = folder / name
            try:  # the file itself, not a link to it (a build's out/treatykg.nq links into out/current/)
                os.link(os.path.realpath(source), target)
            except OSError:
                shutil.copyfile(source, target)
            placed[str(target)] = source
    except OSError as error:
        shutil.rmtree(folder, ignore_errors=True)
        raise LoadError(f"{server_dir}: cannot place the files for the server: {error}") from None
    return folder, placed


def clear(isql: Isql, graphs: list[str]) -> None:
    table = f"DB.DBA.TREATYKG_CLEAR_{secrets.token_hex(6)}"
    isql.run(f"CREATE TABLE {table} (G IRI_ID_8 PRIMARY KEY);\n"
             + "".join(f"INSERT SOFT {table} (G) VALUES (iri_to_id({sql_string(g)}));\n" for g in graphs),
             "listing the graphs to clear", timeout=None)
    try:
        # no log, row autocommit: a big delete neither fills the log nor holds millions of locks; the checkpoint
        # after the load makes it durable
        isql.run(f"log_enable(2,1);\nDELETE FROM DB.DBA.RDF_QUAD WHERE G IN (SELECT G FROM {table});\n",
                 f"clearing {len(graphs)} graphs", timeout=None)
    finally:
        try:
            isql.run(f"DROP TABLE {table};\n", "dropping the list of graphs")
        except LoadError:
            pass  # a left-over table of graph ids is harmless; the load's own error matters more


def bulk_load(source: Path, isql: Isql, server_dir: Path, void: Path | None = None, loaders: int = 1,
              progress=None) -> BulkReport:
    """Clear, bulk load and count-check ``source`` (an N-Quads file or a folder of .nq files)."""
    say = progress or (lambda message: None)
    report = BulkReport(files=nquads_files(source))
    clock = time.monotonic()

    def lap(name: str) -> float:
        nonlocal clock
        now = time.monotonic()
        report.seconds[name] = round(now - clock, 3)
        clock = now
        return report.seconds[name]

    isql.run("SELECT 1;\n", "connecting")
    expected, report.counted_by = expected_counts(report.files, void)
    say(f"{len(expected)} graphs, {sum(expected.values())} quads expected (from the {report.counted_by}) "
        f"in {lap('expected'):.1f} s")

    folder, placed = place(report.files, server_dir)
    mark = sql_string(f"%/{folder.name}/%")  # the folder name is hex: no LIKE wildcard in it
    try:
        isql.run(f"ld_dir({sql_string(str(folder))}, '*.nq', {sql_string(DEFAULT_GRAPH)});\n", "registering the files")
        listed = isql.run(f"SELECT COUNT(*) FROM DB.DBA.load_list WHERE ll_file LIKE {mark};\n", "registering")
        if listed.split() != [str(len(placed))]:
            raise LoadError(f"isql {isql.address}: the server registered {' '.join(listed.split()) or 'no'} of "
                            f"{len(placed)} files in {folder}: is --server-dir the same folder on the server's side?")
        lap("place")

        before = graph_counts(isql, "counting before the load")
        present = [g for g in expected if before.get(g)]
        if present:
            clear(isql, present)
            report.cleared_graphs, report.cleared_quads = len(present), sum(before[g] for g in present)
        say(f"cleared {report.cleared_graphs} graphs ({report.cleared_quads} quads) in {lap('clear'):.1f} s")

        loaders = max(1, min(loaders, len(placed)))  # a loader takes one whole file at a time
        with ThreadPoolExecutor(loaders) as pool:
            for _ in pool.map(lambda _: isql.run("rdf_loader_run();\n", "rdf_loader_run()", timeout=None),
                              range(loaders)):
                pass
        say(f"loaded {len(placed)} file(s) with {loaders} loader(s) in {lap('load'):.1f} s")
        isql.run("checkpoint;\n", "checkpoint", timeout=None)
        lap("checkpoint")

        rows = isql.run(f"SELECT ll_file, ll_state, ll_error FROM DB.DBA.load_list WHERE ll_file LIKE {mark};\n",
                        "reading the load list")
        for line in rows.splitlines():
            server_path = max((p for p in placed if line.startswith(p)), key=len, default=None)
            if server_path is None:
                continue
            state, _, error = line[len(server_path):].strip().partition(" ")
            error = error.strip()
            if error != "NULL" or state != "2":
                problem = error if error != "NULL" else f"not loaded (load_list state {state})"
                raise LoadError(f"{placed[server_path]}: Virtuoso bulk loader at {isql.address}: {problem}; its "
                                "graphs may be empty or partly loaded until a load of a fixed file succeeds")

        after = graph_counts(isql, "counting after the load")
        lap("count")
    finally:
        try:
            isql.run(f"DELETE FROM DB.DBA.load_list WHERE ll_file LIKE {mark};\n", "cleaning the load list")
        except LoadError:
            pass  # an entry left in load_list is done or failed: the loader does not pick it up again
        shutil.rmtree(folder, ignore_errors=True)

    report.graphs = [GraphReport(g, n, after.get(g, 0)) for g, n in sorted(expected.items())]
    bad = [g for g in report.graphs if g.loaded != g.expected]
    if bad:
        files = report.files[0] if len(report.files) == 1 else source
        raise LoadError(f"isql {isql.address}: count mismatch for {len(bad)} graph(s), e.g. <{bad[0].graph}>: "
                        f"{bad[0].loaded} loaded, {bad[0].expected} in {files}")
    return report

