"""What differs between SQL backends, behind one small class: placeholders, transactions, locks, full text."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from typing import Any, Protocol


class Cursor(Protocol):
    """The part of a DB-API cursor the store reads."""

    description: Any

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...


class Backend:
    """One open connection and its dialect. SQL is written once with ``?`` placeholders; a backend turns it
    into its own. Subclasses set ``name`` and fill in the hooks below."""

    name = ""
    no_limit: int | None = None  # the LIMIT parameter that means "no limit"
    rowid = "rowid"  # a column numbering rows in insertion order (SQLite's implicit rowid)
    char1 = "char(1)"  # SQL for the character 1

    def __init__(self, conn: Any, location: str) -> None:
        self.conn = conn
        self.location = location

    def execute(self, sql: str, args: Sequence[Any] = ()) -> Cursor:
        cursor: Cursor = self.conn.execute(self.sql(sql), tuple(args))
        return cursor

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if rows:
            self.conn.cursor().executemany(self.sql(sql), rows)

    def sql(self, sql: str) -> str:
        """The statement in this backend's placeholder style."""
        return sql

    def transaction(self) -> AbstractContextManager[Any]:
        """A write transaction: committed on success, rolled back on error."""
        raise NotImplementedError

    def lock(self, keys: Iterable[str]) -> None:
        """Hold these named locks until the transaction ends (taken in one global order, so never a deadlock)."""

    def retryable(self, exc: BaseException) -> bool:
        """Whether a failed transaction may simply be run again (deadlock, serialization failure, busy)."""
        return False

    def search(self, query: str) -> tuple[str, list[Any]]:
        """SQL selecting the ids of events whose sentences or title hold every word of ``query``."""
        raise NotImplementedError

    def migration_sql(self, migration: Any) -> str:
        """A migration's text for this backend (its attribute of the backend's name)."""
        return str(getattr(migration, self.name))

    def close(self) -> None:
        self.conn.close()


def lock_id(key: str) -> int:
    """A stable signed 64-bit number for a lock name (the same in every process and on every machine)."""
    return int.from_bytes(hashlib.sha1(key.encode("utf-8")).digest()[:8], "big", signed=True)
