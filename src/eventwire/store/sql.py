"""The one Store implementation over any SQL backend: writes in retried transactions, filtered event queries."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from typing import Any, TypeVar

from eventwire.errors import EventwireError
from eventwire.pipeline import ArticleResult
from eventwire.store.backend import Backend
from eventwire.store.base import AddSummary, Change, Correction, EventFilter, Record, StoredArticle
from eventwire.store.corrections import append_entries, apply_correction, article_key, read_log
from eventwire.store.queries import (
    EVENT_ORDER,
    actors,
    article_detail,
    cluster_page,
    cluster_records,
    dyads,
    event_detail,
    loaded,
    network,
)
from eventwire.store.writes import ARTICLE_COLUMNS, stored_article, write_batch

RETRIES = 8
T = TypeVar("T")


class SqlStore:
    """An open eventwire database on an SQL backend (SQLite, PostgreSQL)."""

    def __init__(self, backend: Backend) -> None:
        self.conn = backend
        self.location = backend.location

    @property
    def backend(self) -> str:
        return self.conn.name

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> SqlStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing -------------------------------------------------------------------------------
    def add(self, results: Iterable[ArticleResult], *, coder: str) -> AddSummary:
        """Store articles and their events in one transaction; articles already stored are left as they are."""
        batch: list[StoredArticle] = []
        failed: list[EventwireError] = []
        for result in results:
            if result.error:
                failed.append(result.error)
            else:
                batch.append(stored_article(result, coder))
        summary = self.add_stored(batch)
        summary.failed += failed
        return summary

    def add_stored(self, articles: Iterable[StoredArticle]) -> AddSummary:
        """Store articles (row and event records) in one transaction, run again when the backend says a
        concurrent writer made it fail (a deadlock, a serialization failure, a busy database)."""
        batch = list(articles)
        added, events = self._retried(lambda: write_batch(self.conn, batch))
        return AddSummary(added=added, unchanged=len(batch) - added, events=events)

    def _retried(self, write: Callable[[], T]) -> T:
        """``write`` in a transaction, run again when the backend says a concurrent writer made it fail."""
        for attempt in range(RETRIES):
            try:
                with self.conn.transaction():
                    return write()
            except Exception as exc:
                if attempt == RETRIES - 1 or not self.conn.retryable(exc):
                    raise
                time.sleep(0.05 * 2**attempt)
        raise AssertionError("unreachable")

    # -- corrections ---------------------------------------------------------------------------
    def correct(self, event_id: str, correction: Correction, change: Change, *, article: str | None = None) -> Record:
        """Correct one per-article event, or add one to ``article`` (see store/corrections.py); returns the log
        entry."""
        return self._retried(lambda: apply_correction(self.conn, event_id, correction, change, article))

    def corrections(
        self, *, event_ids: list[str] | None = None, article: str | None = None, limit: int | None = None
    ) -> list[Record]:
        """Log entries, oldest first: of these events, of one article, or the latest ``limit`` of the store."""
        if event_ids is not None:
            if not event_ids:
                return []
            return read_log(self.conn, f"event_id IN ({', '.join('?' for _ in event_ids)})", list(event_ids), limit)
        if article is not None:
            key = article_key(self.conn, article)
            return read_log(self.conn, "article_key = ?", [key], limit) if key else []
        return read_log(self.conn, "1 = 1", [], limit)

    def add_corrections(self, entries: list[Record]) -> int:
        """Append log entries read from another store (copy), keeping their ids; returns how many were new."""
        return self._retried(lambda: append_entries(self.conn, entries))

    def corrected_articles(self) -> list[str]:
        """Content hashes of the articles with a correction, in the order first corrected."""
        sql = "SELECT article_key FROM corrections GROUP BY article_key ORDER BY MIN(seq)"
        return [str(r[0]) for r in self.conn.execute(sql)]

    # -- copying -------------------------------------------------------------------------------
    def stored_articles(self, batch_size: int = 200) -> Iterator[list[StoredArticle]]:
        """Every stored article with its event records, in batches ordered by content hash."""
        last = ""
        cols = ", ".join(ARTICLE_COLUMNS)
        while True:
            rows = self.conn.execute(
                f"SELECT {cols} FROM articles WHERE id > ? ORDER BY id LIMIT ?", (last, batch_size)
            ).fetchall()
            if not rows:
                return
            keys = [r[0] for r in rows]
            events: dict[str, list[Record]] = {k: [] for k in keys}
            marks = ", ".join("?" for _ in keys)
            sql = f"SELECT article_key, record FROM events WHERE article_key IN ({marks}) ORDER BY article_key, id"
            for key, record in self.conn.execute(sql, keys):
                events[key].append(json.loads(record))
            yield [StoredArticle(dict(zip(ARTICLE_COLUMNS, r, strict=True)), tuple(events[r[0]])) for r in rows]
            last = keys[-1]

    def has(self, article_keys: list[str], event_ids: list[str]) -> tuple[int, int]:
        """How many of these articles (content hashes) and events (ids) are stored."""
        found = []
        for table, ids in (("articles", article_keys), ("events", event_ids)):
            n = 0
            for i in range(0, len(ids), 500):
                part = ids[i : i + 500]
                marks = ", ".join("?" for _ in part)
                n += int(self.conn.execute(f"SELECT count(*) FROM {table} WHERE id IN ({marks})", part).fetchone()[0])
            found.append(n)
        return found[0], found[1]

    # -- reading -------------------------------------------------------------------------------
    def events(self, flt: EventFilter | None = None, *, per_article: bool = False, offset: int = 0) -> Iterator[Record]:
        """Stored events matching the filter, oldest first: one row per cross-source cluster (with
        article_ids, num_sources, num_mentions), or the raw per-article rows."""
        flt = flt or EventFilter()
        where, args = self._where(flt)
        if per_article:
            sql = f"SELECT e.record FROM events e {where} ORDER BY {EVENT_ORDER} LIMIT ? OFFSET ?"
            for (record,) in self.conn.execute(sql, [*args, flt.limit or self.conn.no_limit, offset]):
                yield loaded(record)
            return
        page = cluster_page(self.conn, where, args, flt.limit, offset)
        for start in range(0, len(page), 500):  # a bounded number of SQL variables per query
            yield from cluster_records(self.conn, page[start : start + 500])

    def event(self, event_id: str) -> Record | None:
        """One event (cluster or per-article id) with every reporting article and its text."""
        return event_detail(self.conn, event_id)

    def article(self, article_id: str) -> Record | None:
        """A stored article (by its id or content hash) with structure and events."""
        return article_detail(self.conn, article_id)

    def dyads(
        self, a: str, b: str, interval: str = "week", since: date | None = None, until: date | None = None
    ) -> tuple[list[Record], int]:
        """Happenings between two countries by period and quad class, and how many have a date less precise than
        the period (left out)."""
        return dyads(self.conn, a.upper(), b.upper(), interval, since, until)

    def actors(self, limit: int = 500) -> list[Record]:
        return actors(self.conn, limit)

    def network(self, limit: int = 200) -> list[Record]:
        return network(self.conn, limit)

    def _where(self, flt: EventFilter) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        args: list[Any] = []
        if flt.country:
            clauses.append(
                "e.id IN (SELECT ea.event_id FROM event_actors ea JOIN actors a ON a.id = ea.actor_id WHERE a.code = ?)"
            )
            args.append(flt.country.upper())
        if flt.actor:
            clauses.append(
                "e.id IN (SELECT ea.event_id FROM event_actors ea JOIN actors a ON a.id = ea.actor_id"
                " WHERE lower(a.name) LIKE lower(?) OR lower(ea.text) LIKE lower(?))"
            )
            args += [f"%{flt.actor}%", f"%{flt.actor}%"]
        if flt.type:
            if flt.type[:1].isdigit():
                clauses.append("e.cameo LIKE ?")
                args.append(f"{flt.type}%")
            else:
                clauses.append("e.event = ?")
                args.append(flt.type.upper())
        if flt.since:
            clauses.append("e.date >= ?")
            args.append(flt.since.isoformat())
        if flt.until:
            clauses.append("substr(e.date, 1, 10) <= ?")
            args.append(flt.until.isoformat())
        if flt.article_id:
            clauses.append("e.article_id = ?")
            args.append(flt.article_id)
        if flt.cameo:
            clauses.append("e.cameo LIKE ?")
            args.append(f"{flt.cameo}%")
        if flt.q:
            sql, search_args = self.conn.search(flt.q)
            clauses.append(f"e.id IN ({sql})")
            args += search_args
        return ("WHERE " + " AND ".join(clauses)) if clauses else "", args

    def version(self) -> tuple[int, ...]:
        """A token that changes whenever articles or events are stored or corrected (stored rows only grow; a
        correction adds a log entry), for caching answers computed over the whole store."""
        rowid = self.conn.rowid
        row = self.conn.execute(
            f"SELECT (SELECT max({rowid}) FROM articles), (SELECT max({rowid}) FROM events),"
            " (SELECT max(seq) FROM corrections)"
        )
        return tuple(int(x or 0) for x in row.fetchone())

    def counts(self) -> dict[str, int]:
        """How many articles, events, actors, places and clusters are stored."""
        out = {}
        for table in ("articles", "events", "actors", "places", "clusters"):
            out[table] = int(self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
        return out
