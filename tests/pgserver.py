"""A throwaway PostgreSQL server for tests and benchmarks: Debian's binaries, run as `postgres` when we are root."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# Settings for a server whose data is thrown away: no fsync, nothing durable, small.
FAST = "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=60"


class NoServer(RuntimeError):
    """No PostgreSQL server could be started here (the message says why)."""


def _bin_dir() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[4]))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    if initdb:
        return Path(initdb).parent
    raise NoServer("initdb was not found (apt-get install -y postgresql)")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _as_owner(cmd: list[str]) -> list[str]:
    """initdb refuses root: run the server's commands as the `postgres` user then."""
    if os.geteuid() != 0:
        return cmd
    runuser = shutil.which("runuser")
    if runuser is None:
        raise NoServer("running as root without runuser to switch to the postgres user")
    return [runuser, "-u", "postgres", "--", *cmd]


@contextmanager
def server() -> Iterator[str]:
    """Start a fresh server on a free 127.0.0.1 port; yield the URL of its `postgres` database; stop and delete it."""
    external = os.environ.get("EVENTWIRE_TEST_PG")
    if external:
        yield external
        return
    bindir = _bin_dir()
    root = Path(tempfile.mkdtemp(prefix="eventwire-pg-"))
    data = root / "data"
    try:
        if os.geteuid() == 0:
            import pwd

            owner = pwd.getpwnam("postgres")
            root.chmod(0o755)  # the postgres user must be able to enter its parent
            os.chown(root, owner.pw_uid, owner.pw_gid)
        port = _free_port()
        run = lambda cmd: subprocess.run(_as_owner(cmd), capture_output=True, text=True, timeout=120)  # noqa: E731
        init = run([str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8",
                    "--locale=C", "--no-sync"])  # fmt: skip
        if init.returncode != 0:
            raise NoServer(f"initdb failed: {init.stderr.strip()[-300:]}")
        opts = f"-p {port} -k {root} -c listen_addresses=127.0.0.1 {FAST}"
        start = run([str(bindir / "pg_ctl"), "-D", str(data), "-o", opts, "-l", str(root / "log"), "-w", "start"])
        if start.returncode != 0:
            log = (root / "log").read_text(errors="replace")[-300:] if (root / "log").exists() else ""
            raise NoServer(f"the server did not start: {start.stderr.strip()[-200:]} {log}")
        try:
            yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
        finally:
            run([str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"])
    finally:
        shutil.rmtree(root, ignore_errors=True)


_counter = iter(range(1_000_000))


def create_database(admin_url: str, prefix: str = "ew") -> str:
    """A new empty database on the server of ``admin_url``; returns its URL."""
    import psycopg

    name = f"{prefix}_{os.getpid()}_{next(_counter)}_{int(time.time() * 1000) % 100000}"
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'")
    return admin_url.rsplit("/", 1)[0] + "/" + name


def drop_database(admin_url: str, url: str) -> None:
    import psycopg

    name = url.rsplit("/", 1)[1]
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
