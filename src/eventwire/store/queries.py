"""Named read queries over the store: clusters, one event with its reports, articles, dyads, actors, network."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date, timedelta
from typing import Any

from eventwire.store.backend import Backend
from eventwire.store.clusters import summarise

Record = dict[str, Any]
_ARTICLE_COLS = "id, source_id, title, published, source, url"


def article_row(conn: Backend, key: str) -> Record | None:
    cur = conn.execute(f"SELECT {_ARTICLE_COLS}, text, structure FROM articles WHERE id = ?", (key,))
    row = cur.fetchone()
    if row is None:
        return None
    names = [d[0] for d in cur.description]
    return dict(zip(names, row, strict=True))


def cluster_members(conn: Backend, cluster_id: str) -> list[tuple[Record, Record]]:
    """(event record, article row) of every event in a cluster, oldest article first."""
    rows = conn.execute(
        f"SELECT e.record, a.{_ARTICLE_COLS.replace(', ', ', a.')} FROM events e"
        " JOIN articles a ON a.id = e.article_key WHERE e.cluster_id = ? ORDER BY a.published NULLS FIRST, a.id, e.id",
        (cluster_id,),
    ).fetchall()
    cols = [c.strip() for c in _ARTICLE_COLS.split(",")]
    return [(json.loads(r[0]), dict(zip(cols, r[1:], strict=True))) for r in rows]


EVENT_ORDER = "e.date IS NULL, e.date, e.article_id, e.id"  # oldest first, undated last


def cluster_page(conn: Backend, where: str, args: list[Any], limit: int | None, offset: int) -> list[str]:
    """One page of the ids of the clusters that have a matching event (``where`` over events ``e``), each placed
    by its first matching event in EVENT_ORDER; the database does the grouping and the paging."""
    sql = (
        f"SELECT cluster_id FROM (SELECT e.cluster_id, ROW_NUMBER() OVER (ORDER BY {EVENT_ORDER}) AS n"
        f" FROM events e {where}) AS page GROUP BY cluster_id ORDER BY MIN(n) LIMIT ? OFFSET ?"
    )
    return [row[0] for row in conn.execute(sql, [*args, limit if limit else conn.no_limit, offset])]


def cluster_record(conn: Backend, cluster_id: str) -> Record | None:
    members = cluster_members(conn, cluster_id)
    return summarise(cluster_id, members) if members else None


def event_detail(conn: Backend, event_id: str) -> Record | None:
    """A cluster (or a per-article event) with each reporting article and its text, for highlighting."""
    row = conn.execute("SELECT cluster_id FROM events WHERE id = ?", (event_id,)).fetchone()
    cluster_id = row[0] if row else event_id
    members = cluster_members(conn, cluster_id)
    if row and not members:
        members = []
    if not members:
        return None
    out = summarise(cluster_id, members)
    reports = []
    for record, art in members:
        full = article_row(conn, art["id"]) or {}
        meta = {"id": art["source_id"], **{k: art[k] for k in ("title", "source", "url", "published")}}
        reports.append({"article": meta, "event": record, "text": full.get("text", "")})
    out["reports"] = reports
    return out


def article_detail(conn: Backend, article_id: str) -> Record | None:
    row = conn.execute(
        "SELECT id FROM articles WHERE source_id = ? OR id = ? LIMIT 1", (article_id, article_id)
    ).fetchone()
    if row is None:
        return None
    art = article_row(conn, row[0])
    assert art is not None
    art["structure"] = json.loads(art["structure"])
    art["events"] = [
        json.loads(r[0]) for r in conn.execute("SELECT record FROM events WHERE article_key = ?", (row[0],))
    ]
    art["id"] = art.pop("source_id")
    return art


def _period(value: str, interval: str) -> str | None:
    """The first day of the period holding a stored date ("2019-07-14", "2019-07", "2019"), or None when the date
    is less precise than the period (a month-only date falls in no week)."""
    if len(value) == 7 and interval == "month":
        return f"{value}-01"
    if len(value) < 10:
        return None
    d = date.fromisoformat(value[:10])
    if interval == "month":
        return d.replace(day=1).isoformat()
    if interval == "week":
        return (d - timedelta(days=d.weekday())).isoformat()
    return d.isoformat()


def dyads(
    conn: Backend, a: str, b: str, interval: str, since: date | None, until: date | None
) -> tuple[list[Record], int]:
    """Counts, summed PLOVER score and Goldstein by quad class and period, one per cluster, for events between
    countries ``a`` and ``b`` (either direction); and how many happenings were left out because their date is
    less precise than the period (only a month or a year)."""
    sums: dict[tuple[str, int], list[float]] = defaultdict(lambda: [0, 0.0, 0.0])
    seen: set[str] = set()
    imprecise = 0
    for cid, record in conn.execute("SELECT cluster_id, record FROM events WHERE date IS NOT NULL ORDER BY date"):
        rec = json.loads(record)
        codes = {r.get("code") for r in (*rec["actor"], *rec["recipient"])}
        if cid in seen or not {a, b} <= codes or (since and rec["date"][:10] < since.isoformat()):
            continue
        if until and rec["date"][:10] > until.isoformat():
            continue
        seen.add(cid)
        period = _period(rec["date"], interval)
        if period is None:
            imprecise += 1
            continue
        acc = sums[(period, int(rec["quad_code"]))]
        acc[0] += 1
        acc[1] += float(rec["plover_score"])
        acc[2] += float(rec["goldstein"])
    rows = [
        {"period": p, "quad_code": q, "count": int(v[0]), "plover_score": round(v[1], 2), "goldstein": round(v[2], 2)}
        for (p, q), v in sorted(sums.items())
    ]
    return rows, imprecise


def actors(conn: Backend, limit: int) -> list[Record]:
    rows = conn.execute(
        "SELECT a.code, a.name, a.sector, a.kind, count(DISTINCT e.cluster_id) AS n FROM actors a"
        " JOIN event_actors ea ON ea.actor_id = a.id JOIN events e ON e.id = ea.event_id"
        " GROUP BY a.id ORDER BY n DESC, a.name LIMIT ?",
        (limit,),
    )
    return [
        {"code": c or None, "name": nm, "sector": s or None, "kind": k or None, "events": n} for c, nm, s, k, n in rows
    ]


def network(conn: Backend, limit: int) -> list[Record]:
    """Country pairs with how many happenings link them, split into cooperation (quad 1-2) and conflict (3-4)."""
    pairs: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    seen: set[tuple[str, str, str]] = set()
    for cid, record in conn.execute("SELECT cluster_id, record FROM events"):
        rec = json.loads(record)
        for x in rec["actor"]:
            for y in rec["recipient"]:
                if not x.get("code") or not y.get("code") or x["code"] == y["code"]:
                    continue
                a, b = sorted((x["code"], y["code"]))
                if (cid, a, b) in seen:
                    continue
                seen.add((cid, a, b))
                acc = pairs[(a, b)]
                acc[0] += 1
                acc[1 if rec["quad_code"] <= 2 else 2] += 1
    ranked = sorted(pairs.items(), key=lambda kv: (-kv[1][0], kv[0]))[:limit]
    return [{"a": a, "b": b, "count": v[0], "cooperation": v[1], "conflict": v[2]} for (a, b), v in ranked]
