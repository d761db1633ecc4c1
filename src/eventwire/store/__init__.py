"""Store: SQLite by default, schema by registered migrations, idempotent writes, named queries."""

from eventwire.store.sqlite import AddSummary, EventFilter, Store, open_store

__all__ = ["AddSummary", "EventFilter", "Store", "open_store"]
