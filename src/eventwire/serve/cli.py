"""`eventwire serve`: run the API and web UI over a stored database with uvicorn (127.0.0.1 unless told)."""

from __future__ import annotations

import argparse
import gc
import ipaddress
import os
import socket
import sys
from collections.abc import Callable
from typing import Any

from eventwire.store import default_location, display

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000


def _check_port(host: str, port: int) -> None:
    """Fail early, with the eventwire error shape, when the address cannot be bound."""
    from eventwire.serve.errors import ListenError

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    try:
        with socket.socket(family, socket.SOCK_STREAM) as sock:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind((host, port))
    except OSError as exc:
        raise ListenError(
            f"cannot listen on {host}:{port}: {exc.strerror or exc}",
            hint="choose another --port, or stop what is using it",
        ) from None


def _is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


def served_names(host: str, extra: list[str]) -> tuple[str, ...]:
    """The host names requests may address: this machine's loopback names, the listening address unless it is
    the wildcard (0.0.0.0, ::), and the names given with --allow-host."""
    from eventwire.serve.guards import LOOPBACK_NAMES

    own = () if host in ("0.0.0.0", "::", "") else (host,)
    return tuple(dict.fromkeys((*LOOPBACK_NAMES, *own, *extra)))


def settle_heap(writable: bool) -> int:
    """Load what requests look up (the dictionaries; the gazetteer too when corrections may place events) before
    serving, and move it out of the cyclic garbage collector's reach: a full collection that walks the dictionaries'
    hundreds of thousands of objects stalled a request now and then for 100-250 ms (the load test's p99). Returns
    how many objects were frozen."""
    from eventwire.dictionaries import load_dictionaries

    load_dictionaries()
    if writable:
        from eventwire.resolve.places import default_gazetteer

        default_gazetteer()
    gc.collect()
    gc.freeze()
    return gc.get_freeze_count()


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from eventwire.serve.app import create_app
    from eventwire.serve.tokens import ENV, load_tokens

    names = served_names(args.host, args.allow_host)
    tokens = load_tokens(args.write_token_file, os.environ.get(ENV))
    app = create_app(args.db, allowed_hosts=names, write_tokens=tokens)
    _check_port(args.host, args.port)
    if not _is_loopback(args.host):
        print(
            f"eventwire: warning: listening on {args.host}, not only this machine; reading the API needs no token",
            file=sys.stderr,
        )
    if not args.quiet:
        shown = f"[{args.host}]" if ":" in args.host else args.host
        print(f"eventwire: serving {display(args.db)} at http://{shown}:{args.port}/ (Ctrl+C to stop)", file=sys.stderr)
        if tokens:
            print(f"eventwire: corrections are open to holders of {len(tokens)} write token(s)", file=sys.stderr)
        else:
            print("eventwire: read-only (corrections need --write-token-file FILE or $EVENTWIRE_WRITE_TOKEN)",
                  file=sys.stderr)  # fmt: skip
        if args.verbose:
            print(f"eventwire: answering requests for host names {', '.join(names)}", file=sys.stderr)
    level = "debug" if args.verbose else ("error" if args.quiet else "warning")
    settle_heap(writable=bool(tokens))
    uvicorn.run(app, host=args.host, port=args.port, log_level=level)
    return 0


def _port(value: str) -> int:
    try:
        port = int(value)
    except ValueError:
        port = -1
    if not 0 < port < 65536:
        raise argparse.ArgumentTypeError(f"{value!r} is not a port number (1-65535)")
    return port


def add_serve_parser(sub: Any, common: Callable[[argparse.ArgumentParser], None]) -> None:
    """Register `eventwire serve` on the main parser's subcommands."""
    p = sub.add_parser(
        "serve",
        help="serve the JSON API and web UI over a database (http://127.0.0.1:8000/)",
        description="Serve the stored events: a JSON API under /api (OpenAPI at /docs) and a web UI at / with an "
        "event table, event pages with highlighted sentences, dyad timelines, an actor network and a map. "
        "Everything is served locally; nothing is fetched from elsewhere. Binds 127.0.0.1 unless --host says "
        "otherwise. Analysts correct events in the UI when the server has a write token (--write-token-file or "
        "$EVENTWIRE_WRITE_TOKEN); without one it is read-only.",
    )
    p.add_argument(
        "--db",
        default=default_location(),
        help="database: a file path (SQLite) or a postgresql:// URL (default: $EVENTWIRE_DB, else ./eventwire.db); "
        "must exist",
    )
    p.add_argument("--host", default=DEFAULT_HOST, help=f"address to listen on (default {DEFAULT_HOST})")
    p.add_argument("--port", type=_port, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT})")
    p.add_argument(
        "--allow-host",
        action="append",
        default=[],
        metavar="NAME",
        help="also answer requests addressed to this host name (repeatable); by default only localhost, 127.0.0.1, "
        "::1 and the --host address are answered, so that other web pages cannot read the API (DNS rebinding)",
    )
    p.add_argument(
        "--write-token-file",
        metavar="FILE",
        help="open corrections to holders of a token in FILE: one a line, `TOKEN` or `NAME TOKEN` (NAME is logged as "
        "the author), at least 16 characters each; $EVENTWIRE_WRITE_TOKEN adds one. Without any, the server is "
        "read-only. Writes must send the token as `Authorization: Bearer TOKEN` from this origin",
    )
    common(p)
    p.set_defaults(func=cmd_serve)
