"""Corrections in the store: a per-article event rewritten (rows, clusters, flags) and the append-only log entry.

The events table holds every event as corrected; the ``corrections`` table (migration 0005) is the history: who,
when, how, why, and the record before and after. Both are written in one transaction under the event's lock, so two
analysts correcting one event at once are applied one after the other: both entries are logged, each entry's
``before`` is what the previous one left, and the last one wins where both changed the same field.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from eventwire.errors import CorrectionConflict, NothingToCorrect
from eventwire.store.backend import Backend
from eventwire.store.base import Change, Correction, Current, Record, StoredArticle
from eventwire.store.queries import article_row
from eventwire.store.writes import assign_clusters, cluster_key, insert_events, now

# The fields of an event record a correction may change (what a log entry's "fields" lists).
EDITABLE = ("event", "cameo", "quad_code", "goldstein", "plover_score", "mode", "context", "actor", "recipient",
            "date", "date_precision", "date_inferred", "event_loc")  # fmt: skip
_CLUSTER_ONLY = frozenset({"article_ids", "num_sources", "num_mentions", "urls", "reports", "cluster_id"})
_LOG = ("id", "event_id", "article_key", "article_id", "action", "reason", "undoes", "author", "created_at", "before",
        "after", "note")  # fmt: skip


def changed_fields(before: Record | None, after: Record | None) -> list[str]:
    """The editable fields whose values differ (all of them when the event appears or disappears)."""
    if before is None or after is None:
        return list(EDITABLE)
    return [f for f in EDITABLE if before.get(f) != after.get(f)]


def summary(entry: Record) -> Record:
    """What an event record carries of one log entry (in its ``corrections`` list)."""
    out = {k: entry[k] for k in ("id", "action", "author", "at", "note")}
    out["fields"] = changed_fields(entry["before"], entry["after"]) if entry["action"] != "delete" else []
    for key in ("reason", "undoes"):
        if entry.get(key):
            out[key] = entry[key]
    return out


def article_key(db: Backend, article: str) -> str | None:
    """The content hash of an article given by its id or content hash (the latest ingested of that id)."""
    row = db.execute(
        "SELECT id FROM articles WHERE id = ? OR source_id = ? ORDER BY ingested_at DESC LIMIT 1", (article, article)
    ).fetchone()
    return str(row[0]) if row else None


def read_log(db: Backend, where: str, args: list[Any], limit: int | None = None) -> list[Record]:
    """Log entries matching ``where``, oldest first (the latest ``limit`` of them when given)."""
    cols = ", ".join(_LOG)
    sql = f"SELECT {cols} FROM corrections WHERE {where} ORDER BY seq DESC LIMIT ?"
    rows = db.execute(sql, [*args, limit if limit else db.no_limit]).fetchall()
    out = []
    for row in reversed(rows):
        entry = dict(zip(_LOG, row, strict=True))
        entry["at"] = entry.pop("created_at")
        entry["before"] = json.loads(entry["before"]) if entry["before"] is not None else None
        entry["after"] = json.loads(entry["after"]) if entry["after"] is not None else None
        out.append(entry)
    return out


def apply_correction(
    db: Backend, event_id: str, correction: Correction, change: Change, article: str | None = None
) -> Record:
    """Make one correction (call inside a transaction): read the event under its lock, let ``change`` make the new
    record, rewrite the event's rows and clusters, append the log entry; returns the entry."""
    db.lock([f"correction|{event_id}"])
    row = db.execute("SELECT record, article_key, cluster_id FROM events WHERE id = ?", (event_id,)).fetchone()
    log = read_log(db, "event_id = ?", [event_id])
    key = row[1] if row else log[-1]["article_key"] if log else article_key(db, article) if article else None
    art = article_row(db, key) if key else None
    if art is None:
        if article is not None:
            raise NothingToCorrect(f"no article {article!r}", hint="article ids are the ids given at ingest")
        raise NothingToCorrect(
            f"no event {event_id!r}",
            hint="corrections name a per-article event id (reports[].event.id of /api/events/ID, ids starting ev-)",
        )
    before = json.loads(row[0]) if row else None
    after = change(Current(before, art, tuple(log)))
    if before is None and after is None:
        raise CorrectionConflict(f"the event {event_id!r} is not stored: there is nothing to remove")
    entry: Record = {"id": "c-" + uuid.uuid4().hex[:16], "event_id": event_id, "article_key": key,
                     "article_id": art["source_id"], "action": correction.action, "reason": correction.reason,
                     "undoes": correction.undoes, "author": correction.author, "at": now(), "before": before,
                     "after": None, "note": correction.note}  # fmt: skip
    if after is not None:
        after = {k: v for k, v in after.items() if k not in _CLUSTER_ONLY}
        entry["after"] = after = {**after, "id": event_id, "article_id": art["source_id"]}
        after["corrected"] = True
        after["corrections"] = [summary(e) for e in (*log, entry)]
    db.lock("|".join(cluster_key(r)) for r in (before, after) if r is not None)
    if row is not None:
        _remove(db, event_id, row[2])
    if after is not None:
        stored = StoredArticle(art, ())
        assign_clusters(db, insert_events(db, [(stored, after)]))
    _append(db, entry)
    found = db.execute("SELECT cluster_id FROM events WHERE id = ?", (event_id,)).fetchone()
    entry["cluster_id"] = found[0] if found else None
    return entry


def _append(db: Backend, entry: Record) -> bool:
    """Write one log entry (as read_log returns it); False when an entry of that id is logged already."""
    values = {**entry, "created_at": entry["at"]}
    for side in ("before", "after"):
        values[side] = json.dumps(entry[side], ensure_ascii=False) if entry[side] is not None else None
    sql = (f"INSERT INTO corrections ({', '.join(_LOG)}) VALUES ({', '.join('?' for _ in _LOG)})"
           " ON CONFLICT (id) DO NOTHING RETURNING id")  # fmt: skip
    return db.execute(sql, [values[c] for c in _LOG]).fetchone() is not None


def append_entries(db: Backend, entries: list[Record]) -> int:
    """Append log entries read from another store (``eventwire copy``) in their order, keeping their ids; those
    logged already are skipped. Returns how many were appended. The events they describe travel as stored."""
    return sum(_append(db, entry) for entry in entries)


def _remove(db: Backend, event_id: str, cluster_id: str | None) -> None:
    """Delete an event's rows; the other members of its cluster are clustered again without it."""
    others = []
    if cluster_id is not None:
        others = db.execute(
            "SELECT e.record, a.id, a.published FROM events e JOIN articles a ON a.id = e.article_key"
            " WHERE e.cluster_id = ? AND e.id != ?",
            (cluster_id, event_id),
        ).fetchall()
    for table, column in (("event_text", "event_id"), ("event_actors", "event_id"), ("mentions", "event_id"),
                          ("events", "id")):  # fmt: skip
        db.execute(f"DELETE FROM {table} WHERE {column} = ?", (event_id,))
    if cluster_id is None:
        return
    db.execute("UPDATE events SET cluster_id = NULL WHERE cluster_id = ?", (cluster_id,))
    db.execute("DELETE FROM clusters WHERE id = ?", (cluster_id,))
    members = [
        (StoredArticle({"id": key, "published": published}, ()), json.loads(rec)) for rec, key, published in others
    ]
    assign_clusters(db, members)
