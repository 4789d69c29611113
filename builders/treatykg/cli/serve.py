"""Serve a build's embedded store as a read-only SPARQL 1.1 Protocol endpoint, with the Oxigraph server (the
``oxigraph`` package, pinned to pyoxigraph's version): queries at http://HOST:PORT/query (GET or POST), the query
page at http://HOST:PORT/. The store's default graph is already the union of the named graphs, so the competency
questions answer as they do with ``treatykg query``. Bound to 127.0.0.1 unless --bind says otherwise; nothing can
be written through it. Ctrl-C (or SIGTERM) stops the server. A build replaces the store folder: restart the
server after one."""

from __future__ import annotations

import argparse
import signal
import sys
from pathlib import Path

from treatykg.cli.argument_types import positive_int

NAME = "serve"
HELP = "serve the embedded store of a build as a read-only SPARQL endpoint (Oxigraph server; 127.0.0.1 by default)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", type=Path, default=Path("out"), help="the build folder (default: out)")
    parser.add_argument("--bind", default="127.0.0.1:7878", metavar="HOST:PORT",
                        help="address to listen on (default: 127.0.0.1:7878; 0.0.0.0:PORT serves the network)")
    parser.add_argument("--cors", action="store_true", help="allow cross-origin requests (web pages on other hosts)")
    parser.add_argument("--timeout", type=positive_int, metavar="SECONDS",
                        help="time limit of one query (default: none)")
    parser.add_argument("--oxigraph", metavar="PATH", help="the oxigraph binary (default: the one installed with "
                                                             "treatykg, beside this Python)")


STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)


def _stop(signum, frame) -> None:
    raise KeyboardInterrupt


def run(args: argparse.Namespace) -> int:
    from treatykg.store.embedded import STORE_DIR
    from treatykg.store.oxigraph_server import OxigraphServer, ServerError, find_binary, is_loopback, parse_bind

    store = args.out / STORE_DIR
    if not store.is_dir():
        print(f"{store}: no embedded store here; run 'treatykg build --out {args.out}' first", file=sys.stderr)
        return 1
    if args.timeout is not None and args.timeout < 1:
        print("treatykg serve: --timeout takes a number of seconds of 1 or more", file=sys.stderr)
        return 2
    try:
        host, port = parse_bind(args.bind)
        binary, version = find_binary(args.oxigraph)
    except ServerError as error:
        print(f"treatykg serve: {error}", file=sys.stderr)
        return 2 if "--bind" in str(error) else 1
    if not is_loopback(host):
        print(f"treatykg serve: warning: listening on {host}: anyone who can reach this machine can query the graph",
              file=sys.stderr)
    server = OxigraphServer(store, host, port, read_only=True, cors=args.cors, timeout_s=args.timeout, binary=binary)
    previous = {signum: signal.signal(signum, _stop) for signum in STOP_SIGNALS}  # even where SIGINT came ignored
    try:
        server.start()
        print(f"SPARQL endpoint {server.query_url} (query page {server.base}/), read-only, over {store} "
              f"with oxigraph {version}; Ctrl-C stops it", flush=True)
        code = server.wait()
        print(f"treatykg serve: the oxigraph server stopped by itself (exit code {code})", file=sys.stderr)
        return 1
    except ServerError as error:
        print(f"treatykg serve: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 0
    finally:
        server.stop()
        for signum, handler in previous.items():
            signal.signal(signum, handler)
