"""Writing a batch of articles with their events: idempotent, safe with many concurrent writers, one transaction."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import UTC, date, datetime
from typing import Any

from eventwire.pipeline import ArticleResult
from eventwire.store.assign import Stored, grow, recluster, window
from eventwire.store.backend import Backend
from eventwire.store.base import Record, StoredArticle
from eventwire.store.clusters import Member, countries, root_of
from eventwire.store.queries import update_first_key

ARTICLE_COLUMNS = ("id", "source_id", "title", "published", "source", "url", "origin", "text", "structure", "coder",
                   "ingested_at")  # fmt: skip
Key = tuple[str, str, str]


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def stored_article(result: ArticleResult, coder: str) -> StoredArticle:
    """The row and event records of a freshly coded article."""
    a = result.article
    row = {"id": a.content_hash, "source_id": a.id, "title": a.title,
           "published": a.published.isoformat() if a.published else None, "source": a.source, "url": a.url,
           "origin": a.origin, "text": a.text, "structure": json.dumps(a.structure.to_dict()), "coder": coder,
           "ingested_at": now()}  # fmt: skip
    return StoredArticle(row, tuple(e.to_json() for e in result.events))


def cluster_key(record: Record) -> Key:
    """The block a record's cluster is looked for in: same PLOVER type, CAMEO root and countries."""
    return record["event"], root_of(record["cameo"]), countries(record)


def write_batch(db: Backend, batch: list[StoredArticle]) -> tuple[int, int]:
    """Store the articles not yet stored, with their events and clusters; returns (articles, events) added.
    Call inside a transaction. Locks are taken first and in one global order (cluster keys), then rows are
    written in sorted order, so concurrent writers neither deadlock nor split a happening into two clusters."""
    db.lock("|".join(cluster_key(r)) for a in batch for r in a.events)
    cols = ", ".join(ARTICLE_COLUMNS)
    marks = ", ".join("?" for _ in ARTICLE_COLUMNS)
    new: list[StoredArticle] = []
    for art in sorted(batch, key=lambda a: str(a.row["id"])):
        sql = f"INSERT INTO articles ({cols}) VALUES ({marks}) ON CONFLICT (id) DO NOTHING RETURNING id"
        if db.execute(sql, [art.row[c] for c in ARTICLE_COLUMNS]).fetchone() is not None:
            new.append(art)
    inserted = insert_events(db, [(art, rec) for art in new for rec in art.events])
    assign_clusters(db, inserted)
    return len(new), len(inserted)


def insert_events(db: Backend, records: list[tuple[StoredArticle, Record]]) -> list[tuple[StoredArticle, Record]]:
    """Write these event records (with their places, actors, mentions and search text), each of an article already
    stored; returns those that were not stored yet. Their clusters are left to ``assign_clusters``."""
    places = _places(db, [r["event_loc"] for _, r in records if r.get("event_loc")])
    actors = _actors(db, [ref for _, r in records for role in ("actor", "recipient") for ref in r[role]])
    return [(art, rec) for art, rec in records if _insert_event(db, art, rec, places, actors)]


def _get_or_create(db: Backend, table: str, where: str, args: list[Any], values: dict[str, Any]) -> int:
    """The id of the row matching ``where``, inserting ``values`` first when there is none."""
    row = db.execute(f"SELECT id FROM {table} WHERE {where}", args).fetchone()
    if row is None:
        marks = ", ".join("?" for _ in values)
        db.execute(f"INSERT INTO {table} ({', '.join(values)}) VALUES ({marks}) ON CONFLICT DO NOTHING",
                   list(values.values()))  # fmt: skip
        row = db.execute(f"SELECT id FROM {table} WHERE {where}", args).fetchone()
    return int(row[0])


def _places(db: Backend, locs: list[Record]) -> dict[tuple[str, int | None], int]:
    out: dict[tuple[str, int | None], int] = {}
    for loc in sorted({(loc["name"], loc.get("geonameid")): loc for loc in locs}.values(),
                      key=lambda p: (p["name"], p.get("geonameid") or -1)):  # fmt: skip
        gid = loc.get("geonameid")
        where, args = ("name = ? AND geonameid = ?", [loc["name"], gid]) if gid is not None else (
            "name = ? AND geonameid IS NULL", [loc["name"]])  # fmt: skip
        values = {k: loc.get(k) for k in ("name", "geonameid", "lat", "lon", "country_code")}
        out[(loc["name"], gid)] = _get_or_create(db, "places", where, args, values)
    return out


def _actor_values(ref: Record) -> tuple[str, str, str, str]:
    return ref.get("name") or ref["text"], ref.get("code") or "", ref.get("sector") or "", ref.get("kind") or ""


def _actors(db: Backend, refs: list[Record]) -> dict[tuple[str, str, str, str], int]:
    out: dict[tuple[str, str, str, str], int] = {}
    for key in sorted({_actor_values(r) for r in refs}):
        values = dict(zip(("name", "code", "sector", "kind"), key, strict=True))
        where = "name = ? AND code = ? AND sector = ? AND kind = ?"
        out[key] = _get_or_create(db, "actors", where, list(key), values)
    return out


def _insert_event(db: Backend, art: StoredArticle, rec: Record, places: dict[Any, int], actors: dict[Any, int]) -> bool:
    loc = rec.get("event_loc")
    place = places[(loc["name"], loc.get("geonameid"))] if loc else None
    row = db.execute(
        "INSERT INTO events (id, article_key, article_id, date, date_precision, event, cameo, quad_code, goldstein,"
        " plover_score, negated, hypothetical, confidence, place_id, coder, record, block, published)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING RETURNING id",
        (rec["id"], art.row["id"], art.row["source_id"], rec["date"], rec["date_precision"], rec["event"],
         rec["cameo"], rec["quad_code"], rec["goldstein"], rec["plover_score"], int(rec["negated"]),
         int(rec["hypothetical"]), rec["confidence"], place, rec["coder"], json.dumps(rec, ensure_ascii=False),
         "|".join(cluster_key(rec)), art.row["published"]),
    ).fetchone()  # fmt: skip
    if row is None:
        return False
    sides = [(role, pos, ref) for role in ("actor", "recipient") for pos, ref in enumerate(rec[role])]
    db.executemany(
        'INSERT INTO event_actors (event_id, role, position, actor_id, text, start, "end", sectors)'
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(rec["id"], role, pos, actors[_actor_values(ref)], ref["text"], ref.get("start"), ref.get("end"),
          json.dumps(ref.get("sectors") or [])) for role, pos, ref in sides],
    )  # fmt: skip
    db.executemany(
        'INSERT INTO mentions (event_id, position, sentence, start, "end", zone, trigger, trigger_start, trigger_end,'
        " pattern_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(rec["id"], pos, m["sentence"], m["start"], m["end"], m.get("zone"), m["trigger"], m["trigger_start"],
          m["trigger_end"], m["pattern"]) for pos, m in enumerate(rec["mentions"])],
    )  # fmt: skip
    body = " ".join([art.row["title"] or "", *(m["sentence"] for m in rec["mentions"])])
    db.execute("INSERT INTO event_text (event_id, body) VALUES (?, ?)", (rec["id"], body))
    return True


def assign_clusters(db: Backend, inserted: list[tuple[StoredArticle, Record]]) -> None:
    """Put events without a cluster into clusters, re-clustering each one's component (see store/assign.py)."""
    by_key: dict[Key, list[Stored]] = defaultdict(list)
    for art, rec in inserted:
        member = Member(rec, art.row["id"], _published(art.row["published"]))
        by_key[cluster_key(rec)].append(Stored(rec["id"], member))
    for key in sorted(by_key):
        new = {m.id: m for m in by_key[key]}

        def candidates(x: Stored, block: str = "|".join(key), new: dict[str, Stored] = new) -> list[Stored]:
            w = window(x.member)
            days = [d.isoformat() for d in w.days] if w.days else ["", ""]
            near = [d.isoformat() for d in w.published] if w.published else ["", ""]
            rows = db.execute(
                "SELECT id, article_key, published, record, cluster_id FROM events WHERE block = ? AND"
                " ((date_precision = 'day' AND date BETWEEN ? AND ?) OR published BETWEEN ? AND ?)",
                (block, *days, *near),
            )
            return [new.get(r[0]) or Stored(r[0], Member(json.loads(r[3]), r[1], _published(r[2])), r[4]) for r in rows]

        block = grow(list(new.values()), candidates)
        before = {m.id: m.cluster for m in block}
        after = recluster(block, set(new))
        for cid in sorted(set(after.values()) - set(before.values())):
            db.execute(
                "INSERT INTO clusters (id, event, root, countries, created_at) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT (id) DO NOTHING",
                (cid, *key, now()),
            )
        for eid in sorted(after):
            if before[eid] != after[eid]:
                db.execute("UPDATE events SET cluster_id = ? WHERE id = ?", (after[eid], eid))
        for cid in sorted({c for e, c in before.items() if c and e in after} - set(after.values())):
            db.execute(
                "DELETE FROM clusters WHERE id = ? AND NOT EXISTS (SELECT 1 FROM events WHERE cluster_id = ?)",
                (cid, cid),
            )
            update_first_key(db, cid)  # when it keeps members outside the component (criteria of an older version)
        for cid in sorted(set(after.values())):
            update_first_key(db, cid)


def _published(value: str | None) -> date | None:
    """An article's stored publication date (ISO) as a date."""
    return date.fromisoformat(value[:10]) if value else None
