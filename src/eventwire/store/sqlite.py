"""The SQLite backend (the default, embedded): WAL mode, one writer at a time (BEGIN IMMEDIATE), FTS5 search."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from eventwire.errors import StoreError, StoreLocationError
from eventwire.store.backend import Backend

BUSY_TIMEOUT_MS = 120_000  # concurrent writers wait their turn this long


class SqliteBackend(Backend):
    name = "sqlite"
    no_limit = -1

    @contextmanager
    def transaction(self) -> Iterator[None]:
        self.conn.execute("BEGIN IMMEDIATE")  # the write lock up front: readers of this batch see a stable store
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def retryable(self, exc: BaseException) -> bool:
        return isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc)

    def search(self, query: str) -> tuple[str, list[Any]]:
        return "SELECT event_id FROM event_text WHERE event_text MATCH ?", [_fts_query(query)]


def _fts_query(text: str) -> str:
    """User words as an FTS5 query of quoted terms (all must appear), so punctuation cannot break it."""
    terms = [t.replace('"', "") for t in text.split() if t.replace('"', "")]
    return " ".join(f'"{t}"' for t in terms) or '""'


def _wal(conn: sqlite3.Connection) -> None:
    """Switch to write-ahead logging. On a new file several openers can each hold a shared lock and want the exclusive
    one; SQLite answers "database is locked" at once there (waiting could deadlock) instead of calling the busy
    handler, so wait and try again, as long as a busy writer would be waited for."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def open_sqlite(location: str, create: bool = True) -> SqliteBackend:
    """Open the SQLite file at ``location`` (a path or sqlite:///path); it is created when missing unless
    ``create`` is false, which raises StoreLocationError (E401) instead."""
    path = Path(location.removeprefix("sqlite:///"))
    if not path.parent.exists():
        raise StoreLocationError(
            f"the folder {str(path.parent)!r} does not exist",
            hint="create it first (mkdir -p) or choose another --db path",
            where=str(path),
        )
    if path.is_dir():
        raise StoreLocationError("this is a folder, not a database file", hint="give a file path", where=str(path))
    try:
        # mode=rw never creates the file, even if it disappears between a check and the open
        uri = path.resolve().as_uri() + ("" if create else "?mode=rw")
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.OperationalError:
        raise StoreLocationError(
            "no database here", hint="run `eventwire ingest FILES --db PATH` first", where=str(path)
        ) from None
    try:
        _wal(conn)
        conn.execute("PRAGMA foreign_keys=ON")
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StoreError(
            f"cannot open the database: {exc}", hint="is it an eventwire SQLite file?", where=str(path)
        ) from None
    return SqliteBackend(conn, str(path))
