"""Cross-source clusters: reports of one happening in several articles become one event (incremental)."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

Record = dict[str, Any]
MAX_DAYS = 1
MAX_KM = 50.0


def root_of(cameo: str) -> str:
    """CAMEO root, with 18-20 (assault, fight, mass violence) as one."""
    return "18" if cameo[:2] in ("18", "19", "20") else cameo[:2]


def countries(record: Record) -> str:
    codes = {r.get("code") for r in (*record.get("actor", []), *record.get("recipient", [])) if r.get("code")}
    return ",".join(sorted(str(c) for c in codes))


def _side(record: Record, role: str) -> set[str]:
    return {str(r["code"]) for r in record.get(role, []) if r.get("code")}


def _persons(record: Record) -> dict[str, set[str]]:
    """Named people by country: {code: {name tokens joined}}."""
    out: dict[str, set[str]] = {}
    for r in (*record.get("actor", []), *record.get("recipient", [])):
        if r.get("kind") == "person" and r.get("name") and r.get("code"):
            out.setdefault(r["code"], set()).add(str(r["name"]).lower())
    return out


def _names_agree(a: str, b: str) -> bool:
    ta, tb = set(a.split()), set(b.split())
    return ta <= tb or tb <= ta


def _km(a: Record, b: Record) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (a["lat"], a["lon"], b["lat"], b["lon"]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(h))


def _day(record: Record) -> date | None:
    value = record.get("date")
    if not value or record.get("date_precision") not in ("day", "inferred") or len(str(value)) != 10:
        return None
    return date.fromisoformat(str(value))


def same_happening(a: Record, b: Record) -> bool:
    """Same type and root, same countries, the same people where both name them, dates within a day,
    places within 50 km (or unknown)."""
    if a["event"] != b["event"] or root_of(a["cameo"]) != root_of(b["cameo"]) or countries(a) != countries(b):
        return False
    if a["event"] != "CONSULT" and _side(a, "actor") != _side(b, "actor"):
        return False  # who did it to whom must agree (meetings have no stable direction)
    da, db = _day(a), _day(b)
    if da and db and abs((da - db).days) > MAX_DAYS:
        return False
    la, lb = a.get("event_loc") or {}, b.get("event_loc") or {}
    if la.get("lat") is not None and lb.get("lat") is not None and _km(la, lb) > MAX_KM:
        return False
    pa, pb = _persons(a), _persons(b)
    return all(any(_names_agree(x, y) for x in pa[c] for y in pb[c]) for c in set(pa) & set(pb))


def summarise(cluster_id: str, members: Sequence[tuple[Record, Record]]) -> Record:
    """One row for a cluster: the best-supported record plus article_ids, num_sources, num_mentions.

    ``members`` are (event record, article row) pairs."""
    records = [m for m, _ in members]
    best = max(records, key=lambda r: (len(r.get("mentions", [])), r.get("confidence") or 0.0))
    out = dict(best)
    dates = Counter(r["date"] for r in records if r.get("date") and r.get("date_precision") != "inferred")
    if dates:
        top = max(dates.values())
        out["date"] = min(d for d, n in dates.items() if n == top)
        out["date_precision"] = next(r["date_precision"] for r in records if r.get("date") == out["date"])
    places = Counter(str((r.get("event_loc") or {}).get("geonameid")) for r in records if r.get("event_loc"))
    if places:
        gid = places.most_common(1)[0][0]
        out["event_loc"] = next(
            r["event_loc"] for r in records if str((r.get("event_loc") or {}).get("geonameid")) == gid
        )
    articles = [a for _, a in members]
    out["id"] = cluster_id
    out["article_ids"] = sorted({str(a["source_id"]) for a in articles})
    out["num_sources"] = len({a.get("source") or a["source_id"] for a in articles})
    out["num_mentions"] = sum(len(r.get("mentions", [])) for r in records)
    out["urls"] = sorted({str(a["url"]) for a in articles if a.get("url")})
    return out


def pick(candidates: Iterable[tuple[str, str, Record]], record: Record, article_key: str) -> str | None:
    """The first (by id, so deterministic) cluster whose every member is the same happening as ``record``
    and none of which comes from the same article (the in-article merge already decided those)."""
    by_cluster: dict[str, list[tuple[str, Record]]] = {}
    for cid, key, member in candidates:
        by_cluster.setdefault(cid, []).append((key, member))
    for cid in sorted(by_cluster):
        members = by_cluster[cid]
        if all(key != article_key and same_happening(record, m) for key, m in members):
            return cid
    return None
