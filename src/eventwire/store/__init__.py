"""Store: one protocol, SQLite (default) and PostgreSQL backends, named migrations, idempotent writes, queries."""

from eventwire.store.base import AddSummary, EventFilter, Store, StoredArticle
from eventwire.store.copy import CopyReport, copy_store
from eventwire.store.registry import BACKENDS, default_location, display, is_file, open_store

__all__ = [
    "BACKENDS",
    "AddSummary",
    "CopyReport",
    "EventFilter",
    "Store",
    "StoredArticle",
    "copy_store",
    "default_location",
    "display",
    "is_file",
    "open_store",
]
