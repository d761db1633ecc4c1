"""The PostgreSQL backend (psycopg 3), for teams and many writers: advisory locks per cluster key, tsvector search."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from eventwire.errors import StoreConnectionError
from eventwire.store.backend import Backend, lock_id

_PLACEHOLDER = re.compile(r"\?")


class PostgresBackend(Backend):
    name = "postgresql"
    no_limit = None
    rowid = "seq"  # an identity column added by migration 0003 in place of SQLite's rowid
    char1 = "chr(1)"

    def __init__(self, conn: Any, location: str) -> None:
        super().__init__(conn, location)
        self._sql: dict[str, str] = {}

    def sql(self, sql: str) -> str:
        """``?`` placeholders become psycopg's ``%s`` (a literal ``%`` is doubled first)."""
        out = self._sql.get(sql)
        if out is None:
            out = self._sql[sql] = _PLACEHOLDER.sub("%s", sql.replace("%", "%%"))
        return out

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self.conn.transaction():
            yield

    def lock(self, keys: Iterable[str]) -> None:
        for number in sorted({lock_id(k) for k in keys}):
            self.execute("SELECT pg_advisory_xact_lock(?)", (number,))

    def retryable(self, exc: BaseException) -> bool:
        from psycopg import errors

        return isinstance(exc, errors.DeadlockDetected | errors.SerializationFailure)

    def search(self, query: str) -> tuple[str, list[Any]]:
        return "SELECT event_id FROM event_text WHERE terms @@ plainto_tsquery('simple', ?)", [query]


def hide_password(url: str) -> str:
    """The URL as it may be printed: any password replaced by ***."""
    return re.sub(r"(://[^:/@]+:)[^@/]*@", r"\1***@", url)


def open_postgres(url: str, create: bool = True) -> PostgresBackend:
    """Connect to the PostgreSQL database at ``url`` (postgresql://user:password@host:port/database). The database
    itself must exist (``create`` concerns only its tables, which readers check in open_store)."""
    import psycopg

    try:
        conn = psycopg.connect(url, autocommit=True, connect_timeout=10, application_name="eventwire")
    except psycopg.Error as exc:
        reason = " ".join(str(exc).split())
        raise StoreConnectionError(
            f"cannot connect to PostgreSQL: {reason}",
            hint="is the server running and the URL right (postgresql://USER:PASSWORD@HOST:PORT/DATABASE)? "
            "the database must exist (createdb NAME)",
            where=hide_password(url),
        ) from None
    return PostgresBackend(conn, url)
