"""The Oxigraph server (the ``oxigraph`` binary of the PyPI package ``oxigraph``) as a child process: a SPARQL 1.1
Protocol endpoint at ``/query`` (and, read-write, a Graph Store at ``/store`` and updates at ``/update``), with a
query page at ``/``.

The binary reads the store folder that pyoxigraph writes (``out/store``), so both must be of one storage format:
requirements.lock pins ``oxigraph`` and ``pyoxigraph`` to the same version, and :func:`find_binary` refuses a binary
whose major.minor differs from pyoxigraph's rather than let it open (or migrate) the store. The child dies with its
parent (Linux ``PR_SET_PDEATHSIG``), and :meth:`OxigraphServer.stop` ends it, so no server outlives the command; it
runs in a session of its own, so that a Ctrl-C reaches only the parent, which then stops it in order.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import sysconfig
import time
from dataclasses import dataclass, field
from pathlib import Path

from treatykg.children import die_with_parent

BINARY = "oxigraph"
LOOPBACK_NAMES = ("127.0.0.1", "::1", "localhost")


class ServerError(Exception):
    """The server cannot be found, cannot start, or stopped by itself: one line for the user."""


def find_binary(explicit: str | None = None) -> tuple[str, str]:
    """The ``oxigraph`` binary (``explicit``, else beside this Python, else on the PATH) and its version, checked
    against pyoxigraph's so that it opens the stores pyoxigraph writes."""
    import pyoxigraph

    candidates = [explicit] if explicit else [
        str(Path(sys.executable).parent / BINARY), str(Path(sysconfig.get_path("scripts")) / BINARY),
        shutil.which(BINARY)]
    binary = next((c for c in candidates if c and os.access(c, os.X_OK) and Path(c).is_file()), None)
    if binary is None:
        where = explicit or "beside this Python or on the PATH"
        raise ServerError(f"no oxigraph server binary {where}: pip install 'oxigraph=={pyoxigraph.__version__}' "
                          "(requirements.lock pins it)")
    try:
        done = subprocess.run([binary, "--version"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise ServerError(f"{binary}: cannot run it: {error}") from None
    version = done.stdout.strip().rpartition(" ")[2]
    if done.returncode != 0 or not version:
        raise ServerError(f"{binary}: not an oxigraph binary ('--version' said {done.stdout.strip()!r})")
    if version.split(".")[:2] != pyoxigraph.__version__.split(".")[:2]:
        raise ServerError(f"{binary}: oxigraph {version} and pyoxigraph {pyoxigraph.__version__} may not share a store "
                          f"format; install oxigraph=={pyoxigraph.__version__} (requirements.lock pins both)")
    return binary, version


def parse_bind(bind: str) -> tuple[str, int]:
    """``HOST:PORT``, ``[IPv6]:PORT`` or ``PORT`` (on 127.0.0.1)."""
    host, sep, port = bind.rpartition(":")
    if not sep:
        host, port = "127.0.0.1", bind
    host = host.strip("[]") or "127.0.0.1"
    if not port.isdigit() or not 0 < int(port) < 65536:
        raise ServerError(f"--bind {bind!r}: expected HOST:PORT, e.g. 127.0.0.1:7878")
    return host, int(port)


def is_loopback(host: str) -> bool:
    return host in LOOPBACK_NAMES or host.startswith("127.")


def _die_with_parent() -> None:  # runs in the child between fork and exec; not Linux: stop() still ends the child
    die_with_parent(signal.SIGTERM)


@dataclass
class OxigraphServer:
    """``oxigraph serve-read-only --location STORE`` (``read_only``) or ``oxigraph serve`` on ``host:port``."""

    location: Path | None
    host: str = "127.0.0.1"
    port: int = 7878
    read_only: bool = True
    union_default_graph: bool = False
    cors: bool = False
    timeout_s: int | None = None
    binary: str | None = None
    process: subprocess.Popen | None = field(default=None, repr=False)

    @property
    def base(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def query_url(self) -> str:
        return f"{self.base}/query"

    @property
    def store_url(self) -> str:
        return f"{self.base}/store"

    def command(self) -> list[str]:
        binary = self.binary or find_binary()[0]
        host = f"[{self.host}]" if ":" in self.host else self.host
        command = [binary, "serve-read-only" if self.read_only else "serve", "--bind", f"{host}:{self.port}"]
        if self.location is not None:
            command += ["--location", str(self.location)]
        if self.union_default_graph:
            command.append("--union-default-graph")
        if self.cors:
            command.append("--cors")
        if self.timeout_s:
            command += ["--timeout-s", str(self.timeout_s)]
        return command

    def start(self, wait: float = 30.0, output=None) -> None:
        """Start the server and return once it accepts connections; its own messages go to ``output`` (a file; by
        default this process's own standard output and error)."""
        if self.read_only and (self.location is None or not Path(self.location).is_dir()):
            raise ServerError(f"{self.location}: no store folder to serve")
        self._check_free()
        environment = {**os.environ, "RUST_BACKTRACE": "0", "RUST_LIB_BACKTRACE": "0"}  # its one-line errors only
        self.process = subprocess.Popen(self.command(), stdin=subprocess.DEVNULL, stdout=output, stderr=output,
                                        env=environment,
                                        start_new_session=True, preexec_fn=_die_with_parent)
        deadline = time.monotonic() + wait
        probe = "127.0.0.1" if self.host in ("0.0.0.0", "") else ("::1" if self.host == "::" else self.host)
        while time.monotonic() < deadline:
            code = self.process.poll()
            if code is not None:
                self.process = None
                raise ServerError(f"oxigraph server on {self.host}:{self.port} exited at start (code {code}); "
                                  "its message is above")
            try:
                with socket.create_connection((probe, self.port), timeout=0.5):
                    return
            except OSError:
                time.sleep(0.1)
        self.stop()
        raise ServerError(f"oxigraph server on {self.host}:{self.port} did not answer within {wait:g} s")

    def _check_free(self) -> None:
        """Refuse an address another program listens on (the readiness probe would take it for this server)."""
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                probe.bind((self.host, self.port))
            except OSError as error:
                raise ServerError(f"cannot listen on {self.host}:{self.port}: {error.strerror or error}") from None

    def wait(self) -> int:
        return self.process.wait() if self.process else 0

    def stop(self, grace: float = 10.0) -> None:
        """End the server (SIGTERM, then SIGKILL after ``grace`` seconds) and reap it."""
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        process.terminate()
        try:
            process.wait(grace)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

    def __enter__(self) -> OxigraphServer:
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()
