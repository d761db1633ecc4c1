"""The store's schema as named migrations, applied once each, in order."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

MIGRATIONS: list[tuple[str, str]] = [
    (
        "0001_initial",
        """
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,            -- content hash: re-ingesting the same article changes nothing
            source_id TEXT NOT NULL,        -- the id the input gave it
            title TEXT, published TEXT, source TEXT, url TEXT, origin TEXT,
            text TEXT NOT NULL,
            structure TEXT NOT NULL,        -- JSON: headline, publisher, dateline, captions, headings, zones
            coder TEXT NOT NULL,
            ingested_at TEXT NOT NULL
        );
        CREATE INDEX articles_source_id ON articles(source_id);
        CREATE TABLE actors (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL DEFAULT '', code TEXT NOT NULL DEFAULT '',
            sector TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL DEFAULT '',
            UNIQUE (name, code, sector, kind)
        );
        CREATE TABLE places (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL, geonameid INTEGER, lat REAL, lon REAL, country_code TEXT,
            UNIQUE (name, geonameid)
        );
        CREATE TABLE events (
            id TEXT PRIMARY KEY,
            article_key TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            article_id TEXT NOT NULL,
            date TEXT, date_precision TEXT,
            event TEXT NOT NULL, cameo TEXT NOT NULL, quad_code INTEGER, goldstein REAL, plover_score REAL,
            negated INTEGER NOT NULL, hypothetical INTEGER NOT NULL, confidence REAL,
            place_id INTEGER REFERENCES places(id),
            coder TEXT NOT NULL,
            record TEXT NOT NULL            -- the full PLOVER JSONL record
        );
        CREATE INDEX events_article ON events(article_key);
        CREATE INDEX events_date ON events(date);
        CREATE INDEX events_type ON events(event, cameo);
        CREATE TABLE event_actors (
            event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            role TEXT NOT NULL CHECK (role IN ('actor', 'recipient')),
            position INTEGER NOT NULL,
            actor_id INTEGER NOT NULL REFERENCES actors(id),
            text TEXT NOT NULL, start INTEGER, "end" INTEGER, sectors TEXT NOT NULL,
            PRIMARY KEY (event_id, role, position)
        );
        CREATE INDEX event_actors_actor ON event_actors(actor_id);
        CREATE TABLE mentions (
            event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            sentence TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, zone TEXT,
            trigger TEXT NOT NULL, trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL,
            pattern_id TEXT NOT NULL,
            PRIMARY KEY (event_id, position)
        );
        """,
    ),
    (
        "0002_clusters_and_search",
        """
        CREATE TABLE clusters (
            id TEXT PRIMARY KEY,
            event TEXT NOT NULL, root TEXT NOT NULL,
            countries TEXT NOT NULL,        -- sorted participant country codes, joined with ','
            created_at TEXT NOT NULL
        );
        CREATE INDEX clusters_key ON clusters(event, root, countries);
        ALTER TABLE events ADD COLUMN cluster_id TEXT REFERENCES clusters(id);
        CREATE INDEX events_cluster ON events(cluster_id);
        CREATE VIRTUAL TABLE event_text USING fts5(event_id UNINDEXED, body);
        """,
    ),
    (
        "0003_paging_order",
        # pages of clusters and of events come from an index, not from sorting the whole store per request:
        # first_key is the ordering key (queries.ORDER_KEY) of a cluster's first event
        """
        ALTER TABLE clusters ADD COLUMN first_key TEXT;
        UPDATE clusters SET first_key = (
            SELECT MIN((CASE WHEN e.date IS NULL THEN '1' ELSE '0' || e.date END) || char(1) || e.article_id
                       || char(1) || e.id) FROM events e WHERE e.cluster_id = clusters.id);
        CREATE INDEX clusters_first_key ON clusters(first_key);
        CREATE INDEX events_order ON events(date IS NULL, date, article_id, id);
        """,
    ),
]


def migrate(conn: sqlite3.Connection) -> list[str]:
    """Apply the migrations this database lacks; return their names. Each one is checked again and applied under
    the write lock, so two processes opening a new database at once do not both apply it."""
    conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    done = {row[0] for row in conn.execute("SELECT name FROM schema_migrations")}
    applied = []
    for name, sql in MIGRATIONS:
        if name in done:
            continue
        with conn:
            conn.execute("BEGIN IMMEDIATE")
            if conn.execute("SELECT 1 FROM schema_migrations WHERE name = ?", (name,)).fetchone():
                continue  # another connection applied it meanwhile
            for statement in _statements(sql):
                conn.execute(statement)
            conn.execute(
                "INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)",
                (name, datetime.now(UTC).isoformat(timespec="seconds")),
            )
        applied.append(name)
    return applied


def _statements(sql: str) -> list[str]:
    """Split a migration into statements (no semicolons inside our string literals)."""
    lines = [line.split("--", 1)[0] for line in sql.splitlines()]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]
