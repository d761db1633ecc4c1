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


def loaded(record: str) -> Record:
    """A stored record as read: records stored before corrections existed say they are uncorrected too."""
    out: Record = json.loads(record)
    out.setdefault("corrected", False)
    out.setdefault("corrections", [])
    return out


def article_row(conn: Backend, key: str) -> Record | None:
    cur = conn.execute(f"SELECT {_ARTICLE_COLS}, text, structure FROM articles WHERE id = ?", (key,))
    row = cur.fetchone()
    if row is None:
        return None
    names = [d[0] for d in cur.description]
    return dict(zip(names, row, strict=True))


def clusters_members(conn: Backend, cluster_ids: list[str]) -> dict[str, list[tuple[Record, Record]]]:
    """(event record, article row) of every event of each cluster, oldest article first, in one query."""
    out: dict[str, list[tuple[Record, Record]]] = {cid: [] for cid in cluster_ids}
    if not cluster_ids:
        return out
    marks = ", ".join("?" for _ in cluster_ids)
    rows = conn.execute(
        f"SELECT e.cluster_id, e.record, a.{_ARTICLE_COLS.replace(', ', ', a.')} FROM events e"
        f" JOIN articles a ON a.id = e.article_key WHERE e.cluster_id IN ({marks})"
        " ORDER BY a.published NULLS FIRST, a.id, e.id",
        cluster_ids,
    ).fetchall()
    cols = [c.strip() for c in _ARTICLE_COLS.split(",")]
    for r in rows:
        out[r[0]].append((loaded(r[1]), dict(zip(cols, r[2:], strict=True))))
    return out


def cluster_members(conn: Backend, cluster_id: str) -> list[tuple[Record, Record]]:
    """(event record, article row) of every event in a cluster, oldest article first."""
    return clusters_members(conn, [cluster_id])[cluster_id]


EVENT_ORDER = "e.date IS NULL, e.date, e.article_id, e.id"  # oldest first, undated last


def order_key(conn: Backend) -> str:
    """EVENT_ORDER as one text key (what clusters.first_key holds for a cluster's first event); the parts are
    joined by the character 1, which sorts before any character of a date or an id."""
    sep = conn.char1
    return f"(CASE WHEN e.date IS NULL THEN '1' ELSE '0' || e.date END) || {sep} || e.article_id || {sep} || e.id"


def cluster_page(conn: Backend, where: str, args: list[Any], limit: int | None, offset: int) -> list[str]:
    """One page of the ids of the clusters that have a matching event (``where`` over events ``e``), each placed
    by its first matching event in EVENT_ORDER; the database does the paging (from an index when unfiltered)."""
    if not where:
        sql = "SELECT id FROM clusters ORDER BY first_key LIMIT ? OFFSET ?"
        return [row[0] for row in conn.execute(sql, (limit if limit else conn.no_limit, offset))]
    key = order_key(conn)
    sql = f"SELECT e.cluster_id FROM events e {where} GROUP BY e.cluster_id ORDER BY MIN({key}) LIMIT ? OFFSET ?"
    return [row[0] for row in conn.execute(sql, [*args, limit if limit else conn.no_limit, offset])]


def update_first_key(conn: Backend, cluster_id: str) -> None:
    """Keep clusters.first_key the ordering key of the cluster's first event (after an event joined it)."""
    conn.execute(
        f"UPDATE clusters SET first_key = (SELECT MIN({order_key(conn)}) FROM events e WHERE e.cluster_id = ?)"
        " WHERE id = ?",
        (cluster_id, cluster_id),
    )


def cluster_records(conn: Backend, cluster_ids: list[str]) -> list[Record]:
    """The summary row of each cluster (see clusters.summarise), in the order given."""
    members = clusters_members(conn, cluster_ids)
    return [summarise(cid, members[cid]) for cid in cluster_ids if members[cid]]


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
    art["events"] = [loaded(r[0]) for r in conn.execute("SELECT record FROM events WHERE article_key = ?", (row[0],))]
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


_HAS_CODE = "e.id IN (SELECT ea.event_id FROM event_actors ea JOIN actors x ON x.id = ea.actor_id WHERE x.code = ?)"


def dyads(
    conn: Backend, a: str, b: str, interval: str, since: date | None, until: date | None
) -> tuple[list[Record], int]:
    """Counts, summed PLOVER score and Goldstein by quad class and period, one per cluster (its earliest event),
    for events between countries ``a`` and ``b`` (either direction); and how many happenings were left out because
    their date is less precise than the period (only a month or a year)."""
    clauses, args = ["e.date IS NOT NULL", _HAS_CODE, _HAS_CODE], [a, b]
    if since:
        clauses.append("substr(e.date, 1, 10) >= ?")
        args.append(since.isoformat())
    if until:
        clauses.append("substr(e.date, 1, 10) <= ?")
        args.append(until.isoformat())
    sql = (
        "SELECT e.cluster_id, e.date, e.quad_code, e.plover_score, e.goldstein FROM events e"
        f" WHERE {' AND '.join(clauses)} ORDER BY e.date, e.{conn.rowid}"
    )
    sums: dict[tuple[str, int], list[float]] = defaultdict(lambda: [0, 0.0, 0.0])
    seen: set[str] = set()
    imprecise = 0
    for cid, day, quad, score, goldstein in conn.execute(sql, args):
        if cid in seen:
            continue
        seen.add(cid)
        period = _period(day, interval)
        if period is None:
            imprecise += 1
            continue
        acc = sums[(period, int(quad))]
        acc[0] += 1
        acc[1] += float(score)
        acc[2] += float(goldstein)
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
    """Country pairs with how many happenings link them (an actor's country and a recipient's, each pair once per
    cluster, typed by its earliest event), split into cooperation (quad 1-2) and conflict (3-4)."""
    low, high = ("CASE WHEN x.code < y.code THEN x.code ELSE y.code END",
                 "CASE WHEN x.code < y.code THEN y.code ELSE x.code END")  # fmt: skip
    rows = conn.execute(
        "SELECT a, b, count(*) AS n, sum(CASE WHEN q <= 2 THEN 1 ELSE 0 END), sum(CASE WHEN q > 2 THEN 1 ELSE 0 END)"
        f" FROM (SELECT {low} AS a, {high} AS b, e.quad_code AS q,"
        f" ROW_NUMBER() OVER (PARTITION BY e.cluster_id, {low}, {high} ORDER BY e.{conn.rowid}) AS nth"
        " FROM events e"
        " JOIN event_actors ra ON ra.event_id = e.id AND ra.role = 'actor' JOIN actors x ON x.id = ra.actor_id"
        " JOIN event_actors rr ON rr.event_id = e.id AND rr.role = 'recipient' JOIN actors y ON y.id = rr.actor_id"
        " WHERE x.code != '' AND y.code != '' AND x.code != y.code"
        ") AS pairs WHERE nth = 1 GROUP BY a, b ORDER BY n DESC, a, b LIMIT ?",
        (limit,),
    )
    return [{"a": a, "b": b, "count": n, "cooperation": c, "conflict": k} for a, b, n, c, k in rows]
