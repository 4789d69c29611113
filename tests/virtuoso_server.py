"""A private Virtuoso 7.2.5 instance for tests and benchmarks, started as docs/design-notes §4 says.

The Debian package cannot start its own service here (policy-rc.d), so: copy its virtuoso.ini, point the
database paths at a scratch directory, bind both ServerPort keys (SQL and HTTP) to 127.0.0.1 on free ports,
raise [SPARQL] ResultSetMaxRows, allow the scratch directory (and so its ``load`` folder, where bulk loads place
their files) in DirsAllowed, run
``virtuoso-t +foreground +configfile INI``, wait until it answers, and set the dba password with isql-vt
(which exits 0 on SQL errors, so its output is checked for ``*** Error``).
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

SYSTEM_INI = Path("/etc/virtuoso-opensource-7/virtuoso.ini")


class VirtuosoUnavailable(RuntimeError):
    """Virtuoso could not be installed or started (the tests fail on it in CI, and skip elsewhere)."""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def ensure_installed() -> None:
    """Install Debian's virtuoso-opensource when virtuoso-t is missing (needs root and the Debian mirror)."""
    if shutil.which("virtuoso-t") and shutil.which("isql-vt"):
        return
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        raise VirtuosoUnavailable("virtuoso-t is missing and cannot be installed (not root or no apt-get)")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for command in (["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", "virtuoso-opensource"]):
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)
        if done.returncode != 0:
            tail = (done.stderr or done.stdout).strip().splitlines()[-3:]
            raise VirtuosoUnavailable(f"{' '.join(command)} failed: {' | '.join(tail)}")
    if not shutil.which("virtuoso-t"):
        raise VirtuosoUnavailable("virtuoso-opensource installed, but virtuoso-t is still missing")


def _set(text: str, section: str, key: str, value: str) -> str:
    """Set ``key = value`` in ``[section]`` of an ini text (replace the active line, or add one)."""
    lines = text.splitlines()
    start = next((i for i, line in enumerate(lines) if line.strip().lower() == f"[{section.lower()}]"), None)
    if start is None:
        return text + f"\n[{section}]\n{key} = {value}\n"
    end = next((i for i in range(start + 1, len(lines)) if lines[i].lstrip().startswith("[")), len(lines))
    for i in range(start + 1, end):
        if re.match(rf"^\s*{re.escape(key)}\s*=", lines[i]):
            lines[i] = f"{key} = {value}"
            return "\n".join(lines) + "\n"
    lines.insert(start + 1, f"{key} = {value}")
    return "\n".join(lines) + "\n"


class VirtuosoServer:
    def __init__(self, password: str = "treatykg-test", scratch: Path | None = None):
        self.password = password
        self.scratch = Path(scratch or tempfile.mkdtemp(prefix="treatykg-virtuoso-"))
        self.sql_port = free_port()
        self.http_port = free_port()
        self.process: subprocess.Popen | None = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.http_port}"

    @property
    def sparql(self) -> str:
        return self.base + "/sparql"

    @property
    def sparql_auth(self) -> str:
        return self.base + "/sparql-auth"

    @property
    def graph_store(self) -> str:
        return self.base + "/sparql-graph-crud-auth"

    @property
    def isql_address(self) -> str:
        """The SQL port, for isql-vt and ``treatykg load --method bulk --isql``."""
        return f"127.0.0.1:{self.sql_port}"

    @property
    def load_dir(self) -> Path:
        """A folder the server may read files from (under DirsAllowed): ``--server-dir`` for bulk loads."""
        return self.scratch / "load"

    def write_ini(self) -> Path:
        text = SYSTEM_INI.read_text(encoding="utf-8", errors="replace")
        db = self.scratch / "db"
        db.mkdir(parents=True, exist_ok=True)
        for key, name in (("DatabaseFile", "virtuoso.db"), ("ErrorLogFile", "virtuoso.log"),
                          ("LockFile", "virtuoso.lck"), ("TransactionFile", "virtuoso.trx"),
                          ("xa_persistent_file", "virtuoso.pxa")):
            text = _set(text, "Database", key, str(db / name))
        text = _set(text, "TempDatabase", "DatabaseFile", str(db / "virtuoso-temp.db"))
        text = _set(text, "TempDatabase", "TransactionFile", str(db / "virtuoso-temp.trx"))
        text = _set(text, "Parameters", "ServerPort", f"127.0.0.1:{self.sql_port}")
        text = _set(text, "HTTPServer", "ServerPort", f"127.0.0.1:{self.http_port}")
        text = _set(text, "Parameters", "DirsAllowed", f"., /usr/share/virtuoso-opensource-7/vad, {self.scratch}")
        text = _set(text, "SPARQL", "ResultSetMaxRows", "10000000")
        text = _set(text, "SPARQL", "MaxQueryExecutionTime", "300")
        text = _set(text, "Parameters", "NumberOfBuffers", "170000")
        text = _set(text, "Parameters", "MaxDirtyBuffers", "130000")
        ini = self.scratch / "virtuoso.ini"
        ini.write_text(text, encoding="utf-8")
        return ini

    def start(self, timeout: float = 30.0) -> VirtuosoServer:
        ensure_installed()
        ini = self.write_ini()
        self.load_dir.mkdir(exist_ok=True)
        log = open(self.scratch / "stdout.log", "wb")
        self.process = subprocess.Popen(["virtuoso-t", "+foreground", "+configfile", str(ini)], cwd=self.scratch,
                                        stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + timeout
        while True:
            if self.process.poll() is not None:
                raise VirtuosoUnavailable(f"virtuoso-t exited with {self.process.returncode}: {self.log_tail()}")
            try:
                with urllib.request.urlopen(self.sparql + "?query=ASK%7B%7D", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass  # not listening yet: poll again until the deadline
            if time.monotonic() > deadline:
                self.stop()
                raise VirtuosoUnavailable(f"virtuoso-t did not answer within {timeout:g} s: {self.log_tail()}")
            time.sleep(0.2)
        self.isql(f"USER_SET_PASSWORD('dba', '{self.password}');", password="dba")
        return self

    def isql(self, sql: str, password: str | None = None) -> str:
        done = subprocess.run(["isql-vt", f"127.0.0.1:{self.sql_port}", "dba", password or self.password,
                               f"exec={sql}"], capture_output=True, text=True, timeout=120)
        output = done.stdout + done.stderr
        if done.returncode != 0 or "*** Error" in output:
            raise VirtuosoUnavailable(f"isql-vt {sql[:60]!r} failed: {' '.join(output.split())[:300]}")
        return output

    def log_tail(self) -> str:
        for name in ("db/virtuoso.log", "stdout.log"):
            path = self.scratch / name
            if path.is_file():
                return " | ".join(path.read_text(errors="replace").strip().splitlines()[-3:])
        return "(no log)"

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=5)
        self.process = None
        shutil.rmtree(self.scratch, ignore_errors=True)

    def __enter__(self) -> VirtuosoServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
