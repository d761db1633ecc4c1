"""Stores found by name: the URL scheme of a --db value picks the backend (a plain path is SQLite)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from eventwire.errors import StoreLocationError
from eventwire.store.backend import Backend
from eventwire.store.migrations import has_schema, migrate
from eventwire.store.postgres import hide_password, open_postgres
from eventwire.store.sql import SqlStore
from eventwire.store.sqlite import open_sqlite

DEFAULT_DB = "eventwire.db"

# scheme -> opener of a connected backend; a third backend registers itself here.
BACKENDS: dict[str, Callable[[str, bool], Backend]] = {
    "sqlite": open_sqlite,
    "postgresql": open_postgres,
    "postgres": open_postgres,
}


def default_location() -> str:
    """$EVENTWIRE_DB, else ./eventwire.db."""
    return os.environ.get("EVENTWIRE_DB") or DEFAULT_DB


def scheme(location: str) -> str:
    """The backend a location names: its URL scheme, or sqlite for a path."""
    return location.split("://", 1)[0].lower() if "://" in location else "sqlite"


def is_file(location: str) -> bool:
    """Whether the location is a database file on this machine (SQLite), not a server."""
    return scheme(location) == "sqlite"


def display(location: str) -> str:
    """The location as it may be printed (no password)."""
    return hide_password(location)


def open_store(location: str | Path | None = None, *, create: bool = True) -> SqlStore:
    """Open the store at ``location`` and bring its schema up to date: a file path or sqlite:///path for SQLite,
    a postgresql://user:password@host:port/database URL for PostgreSQL. Default: $EVENTWIRE_DB or ./eventwire.db.
    Unless ``create`` (readers such as `serve` and `events`), a store that is not there yet (no file, no
    eventwire tables) raises StoreLocationError (E401) and nothing is created."""
    text = str(location) if location is not None else default_location()
    opener = BACKENDS.get(scheme(text))
    if opener is None:
        raise StoreLocationError(
            f"unsupported database URL {display(text)!r}",
            hint=f"give a file path (SQLite) or a URL of one of: {', '.join(f'{s}://' for s in sorted(BACKENDS))}",
        )
    backend = opener(text, create)
    try:
        if not create and not has_schema(backend):
            raise StoreLocationError(
                "no eventwire store here", hint="run `eventwire ingest FILES --db URL` first", where=display(text)
            )
        migrate(backend)
    except Exception as exc:
        backend.close()
        from eventwire.errors import EventwireError, StoreError

        if isinstance(exc, EventwireError):
            raise
        raise StoreError(
            f"cannot open the database: {' '.join(str(exc).split())}",
            hint="is it an eventwire database?",
            where=display(text),
        ) from None
    return SqlStore(backend)
