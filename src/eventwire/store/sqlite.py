"""SQLite store: WAL mode, one transaction per batch, get-or-create actors and places, filtered event queries."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from eventwire.errors import EventwireError, StoreError, StoreLocationError
from eventwire.pipeline import ArticleResult
from eventwire.records import ActorRef, Article, Event, Place
from eventwire.store.clusters import Member, countries, pick, root_of
from eventwire.store.migrations import migrate
from eventwire.store.queries import (
    EVENT_ORDER,
    actors,
    article_detail,
    cluster_page,
    cluster_records,
    dyads,
    event_detail,
    network,
    update_first_key,
)

DEFAULT_DB = "eventwire.db"
BUSY_SECONDS = 60.0  # how long a connection waits for another writer's transaction to end


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Filters for stored events; every field is optional."""

    country: str | None = None  # actor or recipient country code
    actor: str | None = None  # substring of an actor/recipient name or text
    type: str | None = None  # PLOVER type (CONSULT) or CAMEO code prefix (04, 042)
    since: date | None = None
    until: date | None = None
    article_id: str | None = None
    cameo: str | None = None  # CAMEO code prefix
    q: str | None = None  # full text over the reporting sentences and titles
    limit: int | None = None


@dataclass(slots=True)
class AddSummary:
    """What one add() call did."""

    added: int = 0
    unchanged: int = 0
    events: int = 0
    failed: list[EventwireError] = field(default_factory=list)


class Store:
    """An open eventwire database."""

    def __init__(self, conn: sqlite3.Connection, path: str) -> None:
        self.conn = conn
        self.path = path

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing -------------------------------------------------------------------------------
    def add(self, results: Iterable[ArticleResult], *, coder: str) -> AddSummary:
        """Store articles and their events in one transaction; articles already stored are left as they are.
        The write lock is taken first (BEGIN IMMEDIATE), so two writers wait for each other instead of failing."""
        summary = AddSummary()
        results = list(results)
        with self.conn:
            self.conn.execute("BEGIN IMMEDIATE")
            for result in results:
                if result.error:
                    summary.failed.append(result.error)
                    continue
                if self._has_article(result.article):
                    summary.unchanged += 1
                    continue
                self._insert_article(result.article, coder)
                summary.events += sum(self._insert_event(result.article, event) for event in result.events)
                summary.added += 1
        return summary

    def _has_article(self, article: Article) -> bool:
        row = self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (article.content_hash,)).fetchone()
        return row is not None

    def _insert_article(self, article: Article, coder: str) -> None:
        self.conn.execute(
            "INSERT INTO articles (id, source_id, title, published, source, url, origin, text, structure,"
            " coder, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                article.content_hash,
                article.id,
                article.title,
                article.published.isoformat() if article.published else None,
                article.source,
                article.url,
                article.origin,
                article.text,
                json.dumps(article.structure.to_dict()),
                coder,
                datetime.now(UTC).isoformat(timespec="seconds"),
            ),
        )

    def _lookup(self, table: str, values: dict[str, Any]) -> int:
        """Get-or-create a row by its unique columns; returns its id."""
        cols = list(values)
        where = " AND ".join(f"{c} IS ?" for c in cols)
        row = self.conn.execute(f"SELECT id FROM {table} WHERE {where}", list(values.values())).fetchone()
        if row:
            return int(row[0])
        marks = ", ".join("?" for _ in cols)
        cur = self.conn.execute(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({marks})", list(values.values()))
        return int(cur.lastrowid or 0)

    def _place_id(self, place: Place | None) -> int | None:
        if place is None:
            return None
        pid = self._lookup("places", {"name": place.name, "geonameid": place.geonameid})
        self.conn.execute(
            "UPDATE places SET lat = ?, lon = ?, country_code = ? WHERE id = ?",
            (place.lat, place.lon, place.country_code, pid),
        )
        return pid

    def _actor_id(self, ref: ActorRef) -> int:
        return self._lookup(
            "actors",
            {"name": ref.name or ref.text, "code": ref.code or "", "sector": ref.sector or "", "kind": ref.kind or ""},
        )

    def _insert_event(self, article: Article, event: Event) -> bool:
        """Store one event with its actors, mentions and cluster; False when its id is already stored (so counts
        say what was stored)."""
        record = event.to_json()
        cur = self.conn.execute(
            "INSERT OR IGNORE INTO events (id, article_key, article_id, date, date_precision, event, cameo,"
            " quad_code, goldstein, plover_score, negated, hypothetical, confidence, place_id, coder, record)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                event.id,
                article.content_hash,
                article.id,
                record["date"],
                record["date_precision"],
                event.coding.event,
                event.coding.cameo,
                event.coding.quad_code,
                event.coding.goldstein,
                event.coding.plover_score,
                int(event.negated),
                int(event.hypothetical),
                event.confidence,
                self._place_id(event.place),
                event.coder,
                json.dumps(record, ensure_ascii=False),
            ),
        )
        if cur.rowcount == 0:
            return False
        for role, refs in (("actor", event.actors), ("recipient", event.recipients)):
            for pos, ref in enumerate(refs):
                self.conn.execute(
                    'INSERT OR IGNORE INTO event_actors (event_id, role, position, actor_id, text, start, "end",'
                    " sectors) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (event.id, role, pos, self._actor_id(ref), ref.text, ref.start, ref.end, json.dumps(ref.sectors)),
                )
        self._cluster(article, event.id, record)
        body = " ".join([article.title or "", *(m.sentence.text for m in event.mentions)])
        self.conn.execute("INSERT INTO event_text (event_id, body) VALUES (?, ?)", (event.id, body))
        for pos, m in enumerate(event.mentions):
            self.conn.execute(
                'INSERT OR IGNORE INTO mentions (event_id, position, sentence, start, "end", zone, trigger,'
                " trigger_start, trigger_end, pattern_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    event.id,
                    pos,
                    m.sentence.text,
                    m.sentence.start,
                    m.sentence.end,
                    m.sentence.zone,
                    m.trigger.text,
                    m.trigger.start,
                    m.trigger.end,
                    m.provenance.pattern_id,
                ),
            )
        return True

    def _cluster(self, article: Article, event_id: str, record: dict[str, Any]) -> None:
        """Join the cluster of the same happening reported elsewhere, or start one (incremental, deterministic)."""
        key = (record["event"], root_of(record["cameo"]), countries(record))
        rows = self.conn.execute(
            "SELECT c.id, e.article_key, e.record, a.published FROM clusters c JOIN events e ON e.cluster_id = c.id"
            " JOIN articles a ON a.id = e.article_key WHERE c.event = ? AND c.root = ? AND c.countries = ?",
            key,
        ).fetchall()
        members = ((r[0], Member(json.loads(r[2]), r[1], _published(r[3]))) for r in rows)
        cid = pick(members, Member(record, article.content_hash, article.published))
        if cid is None:
            cid = "cl-" + event_id.removeprefix("ev-")
            self.conn.execute(
                "INSERT OR IGNORE INTO clusters (id, event, root, countries, created_at) VALUES (?, ?, ?, ?, ?)",
                (cid, *key, datetime.now(UTC).isoformat(timespec="seconds")),
            )
        self.conn.execute("UPDATE events SET cluster_id = ? WHERE id = ?", (cid, event_id))
        update_first_key(self.conn, cid)

    # -- reading -------------------------------------------------------------------------------
    def events(
        self, flt: EventFilter | None = None, *, per_article: bool = False, offset: int = 0
    ) -> Iterator[dict[str, Any]]:
        """Stored events matching the filter, oldest first: one row per cross-source cluster (with
        article_ids, num_sources, num_mentions), or the raw per-article rows."""
        flt = flt or EventFilter()
        where, args = self._where(flt)
        if per_article:
            sql = f"SELECT e.record FROM events e {where} ORDER BY {EVENT_ORDER} LIMIT ? OFFSET ?"
            for (record,) in self.conn.execute(sql, [*args, flt.limit or -1, offset]):
                yield json.loads(record)
            return
        page = cluster_page(self.conn, where, args, flt.limit, offset)
        for start in range(0, len(page), 500):  # a bounded number of SQL variables per query
            yield from cluster_records(self.conn, page[start : start + 500])

    def event(self, event_id: str) -> dict[str, Any] | None:
        """One event (cluster or per-article id) with every reporting article and its text."""
        return event_detail(self.conn, event_id)

    def article(self, article_id: str) -> dict[str, Any] | None:
        """A stored article (by its id or content hash) with structure and events."""
        return article_detail(self.conn, article_id)

    def dyads(
        self, a: str, b: str, interval: str = "week", since: date | None = None, until: date | None = None
    ) -> tuple[list[dict[str, Any]], int]:
        """Happenings between two countries by period and quad class, and how many have a date less precise than
        the period (left out)."""
        return dyads(self.conn, a.upper(), b.upper(), interval, since, until)

    def actors(self, limit: int = 500) -> list[dict[str, Any]]:
        return actors(self.conn, limit)

    def network(self, limit: int = 200) -> list[dict[str, Any]]:
        return network(self.conn, limit)

    def _where(self, flt: EventFilter) -> tuple[str, list[Any]]:
        flt = flt or EventFilter()
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
                " WHERE a.name LIKE ? OR ea.text LIKE ?)"
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
            clauses.append("e.id IN (SELECT event_id FROM event_text WHERE event_text MATCH ?)")
            args.append(_fts_query(flt.q))
        return ("WHERE " + " AND ".join(clauses)) if clauses else "", args

    def version(self) -> tuple[int, int]:
        """A token that changes whenever articles or events are stored (the store only grows), for caching
        answers computed over the whole store."""
        row = self.conn.execute("SELECT (SELECT max(rowid) FROM articles), (SELECT max(rowid) FROM events)").fetchone()
        return int(row[0] or 0), int(row[1] or 0)

    def counts(self) -> dict[str, int]:
        """How many articles, events, actors and places are stored."""
        out = {}
        for table in ("articles", "events", "actors", "places"):
            out[table] = int(self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
        return out


def _published(value: str | None) -> date | None:
    """An article's stored publication date (ISO) as a date."""
    return date.fromisoformat(value[:10]) if value else None


def _fts_query(text: str) -> str:
    """User words as an FTS5 query of quoted terms (all must appear), so punctuation cannot break it."""
    terms = [t.replace('"', "") for t in text.split() if t.replace('"', "")]
    return " ".join(f'"{t}"' for t in terms) or '""'


def open_store(location: str | Path = DEFAULT_DB, *, create: bool = True) -> Store:
    """Open the database at ``location`` and bring its schema up to date; it is created when missing unless
    ``create`` is false (readers such as `serve` and `events`), which raises StoreLocationError (E401) instead."""
    text = str(location)
    if "://" in text and not text.startswith("sqlite:///"):
        raise StoreLocationError(
            f"unsupported database URL {text!r}",
            hint="this version stores to SQLite: give a file path or sqlite:///path",
        )
    path = Path(text.removeprefix("sqlite:///"))
    if not path.parent.exists():
        raise StoreLocationError(
            f"the folder {str(path.parent)!r} does not exist",
            hint="create it first (mkdir -p) or choose another --db path",
            where=str(path),
        )
    if path.is_dir():
        raise StoreLocationError("this is a folder, not a database file", hint="give a file path", where=str(path))
    try:
        # mode=rw never creates the file; a writer waits up to BUSY_SECONDS for another's transaction
        target, uri = (path, False) if create else (f"{path.resolve().as_uri()}?mode=rw", True)
        conn = sqlite3.connect(target, timeout=BUSY_SECONDS, uri=uri)
    except sqlite3.OperationalError:
        raise StoreLocationError(
            "no database here", hint="run `eventwire ingest FILES --db PATH` first", where=str(path)
        ) from None
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA foreign_keys=ON")
        migrate(conn)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StoreError(
            f"cannot open the database: {exc}", hint="is it an eventwire SQLite file?", where=str(path)
        ) from None
    return Store(conn, str(path))
