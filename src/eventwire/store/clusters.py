"""Cross-source clusters: reports of one happening in several articles become one event (incremental)."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from eventwire.records import record_countries

Record = dict[str, Any]
MAX_DAYS = 1  # two dates stated to the day may differ by this much (time zones, "late on Monday")
MAX_PUBLISHED_DAYS = 2  # reports of one happening without a stated day are published this close together
MAX_KM = 50.0
_SYMMETRIC = frozenset({"CONSULT"})


def root_of(cameo: str) -> str:
    """CAMEO root, with 18-20 (assault, fight, mass violence) as one."""
    return "18" if cameo[:2] in ("18", "19", "20") else cameo[:2]


def countries(record: Record) -> str:
    return ",".join(sorted(record_countries(record)))


def _side(record: Record, role: str) -> set[str]:
    return {str(r["code"]) for r in record.get(role, []) if r.get("code")}


@dataclass(frozen=True, slots=True)
class Member:
    """A stored event as clustering sees it: its record, its article's key and publication date."""

    record: Record
    article_key: str
    published: date | None


def _names_agree(a: str, b: str) -> bool:
    ta, tb = set(a.split()), set(b.split())
    return ta <= tb or tb <= ta


def _km(a: Record, b: Record) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (a["lat"], a["lon"], b["lat"], b["lon"]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(h))


def stated_window(record: Record) -> tuple[date, date, str] | None:
    """The days a date stated in the text allows, with its precision: a day, a whole month or a whole year;
    None when the date was inferred (publication or lead date) or is missing."""
    value, precision = str(record.get("date") or ""), record.get("date_precision")
    try:
        if precision == "day" and len(value) == 10:
            day = date.fromisoformat(value)
            return day, day, "day"
        if precision == "month" and len(value) == 7:
            first = date.fromisoformat(value + "-01")
            after = date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return first, after - timedelta(days=1), "month"
        if precision == "year" and len(value) == 4:
            return date(int(value), 1, 1), date(int(value), 12, 31), "year"
    except ValueError:
        return None
    return None


def _likely_window(record: Record, published: date) -> tuple[date, date]:
    """When an event without a stated date happened: up to a few days before its stand-in date (the article's
    lead date or publication date) and at most a day after."""
    anchor = published
    if record.get("date_precision") == "inferred" and len(str(record.get("date") or "")) == 10:
        anchor = date.fromisoformat(str(record["date"]))
    return anchor - timedelta(days=MAX_PUBLISHED_DAYS), anchor + timedelta(days=MAX_DAYS)


def dates_compatible(a: Record, published_a: date | None, b: Record, published_b: date | None) -> bool:
    """Could both be the same day? Two stated days within MAX_DAYS; otherwise (a date inferred, coarse or
    missing) both articles must be published within MAX_PUBLISHED_DAYS of each other and each stated date
    must still fit the other's (so never across years, and never with an article of unknown date)."""
    wa, wb = stated_window(a), stated_window(b)
    if _stated_days(a, b):
        assert wa is not None and wb is not None
        return abs((wa[0] - wb[0]).days) <= MAX_DAYS
    if published_a is None or published_b is None or abs((published_a - published_b).days) > MAX_PUBLISHED_DAYS:
        return False
    if wa and wb:  # coarse on one side at least: the same month (or year), or a day inside the other's month
        if wa[2] == wb[2]:
            return wa[:2] == wb[:2]
        return "day" in (wa[2], wb[2]) and _overlap(wa[:2], wb[:2])
    if wa or wb:
        stated = wa or wb
        other, published = (b, published_b) if wa else (a, published_a)
        assert stated is not None
        return _overlap(stated[:2], _likely_window(other, published))
    return True


def _overlap(x: tuple[date, date], y: tuple[date, date]) -> bool:
    return x[0] <= y[1] and y[0] <= x[1]


def places_compatible(a: Record, b: Record) -> bool:
    """Places within MAX_KM of each other, or unknown on one side."""
    la, lb = a.get("event_loc") or {}, b.get("event_loc") or {}
    if la.get("lat") is None or lb.get("lat") is None:
        return True
    return _km(la, lb) <= MAX_KM


def _sides(record: Record) -> list[list[Record]]:
    """The participant lists compared side by side: actors and recipients, or all of them for meetings (a meeting
    has no stable direction across reports)."""
    if record["event"] in _SYMMETRIC:
        return [[*record.get("actor", []), *record.get("recipient", [])]]
    return [list(record.get("actor", [])), list(record.get("recipient", []))]


def identity(ref: Record) -> tuple[str, str] | None:
    """What names a participant for sure: the country itself, or a named person, organisation or group. None for
    what the coder guessed (implied authorities, unidentified attackers: no text) and for anonymous groups
    ("ten people", "officials"), which cannot show that two reports tell of one happening."""
    if not ref.get("text") or not ref.get("code"):
        return None
    if ref.get("kind") == "country":
        return "country", str(ref["code"])
    return (str(ref.get("kind")), str(ref["name"]).lower()) if ref.get("name") else None


def _same_identity(x: Record, y: Record) -> bool:
    ix, iy = identity(x), identity(y)
    if ix is None or iy is None or ix[0] != iy[0] or x.get("code") != y.get("code"):
        return False
    return _names_agree(ix[1], iy[1]) if ix[0] == "person" else ix[1] == iy[1]


def _refs_agree(x: Record, y: Record) -> bool:
    """Could these two participants of one country be the same? A country stands for any of its actors; named
    people must share their name; organisations and groups must share a sector where both have one."""
    if "country" in (x.get("kind"), y.get("kind")):
        return True
    if x.get("kind") == y.get("kind") == "person" and x.get("name") and y.get("name"):
        return _names_agree(str(x["name"]).lower(), str(y["name"]).lower())
    sx, sy = set(x.get("sectors") or []), set(y.get("sectors") or [])
    return not sx or not sy or bool(sx & sy)


def _named_people(refs: list[Record], code: str | None = None) -> list[str]:
    """The names of the people among ``refs`` (of one country when ``code`` is given)."""
    people = [r for r in refs if r.get("kind") == "person" and r.get("name")]
    return [str(r["name"]).lower() for r in people if code is None or r.get("code") == code]


def _persons_agree(xs: list[Record], ys: list[Record]) -> bool:
    """Where both reports name people on this side (any, and of each country), some of them share a name."""
    for code in [None, *{str(x["code"]) for x in xs if x.get("code")}]:
        px, py = _named_people(xs, code), _named_people(ys, code)
        if px and py and not any(_names_agree(n, m) for n in px for m in py):
            return False
    return True


def participants_agree(a: Record, b: Record) -> bool:
    """Nothing tells the participants apart: the same countries on each side, the same named people where both
    name some, and no participant without a possible counterpart of its country on the same side."""
    if not countries(a) or countries(a) != countries(b):
        return False
    for xs, ys in zip(_sides(a), _sides(b), strict=True):
        if {str(x["code"]) for x in xs if x.get("code")} != {str(y["code"]) for y in ys if y.get("code")}:
            return False
        if not _persons_agree(xs, ys):
            return False
        for left, right in ((xs, ys), (ys, xs)):
            for x in left:
                same = [y for y in right if y.get("code") == x.get("code")]
                if x.get("code") and same and not any(_refs_agree(x, y) for y in same):
                    return False
    return True


def participants_identified(a: Record, b: Record) -> bool:
    """Both reports name the same participants: two sides, and for every country of each side one participant
    named the same way in both (see identity: "Iran" and "Iran", "Wei" and "Wei Fenghe"; not "Iran" and "Iranian
    troops", nor two reports of "unidentified attackers")."""
    sides = list(zip(_sides(a), _sides(b), strict=True))
    if len(sides) == 2 and not (a.get("recipient") and b.get("recipient")):
        return False  # a one-sided report ("Japan agreed ...") says too little to be matched by its participants
    for xs, ys in sides:
        for code in {str(x["code"]) for x in xs if x.get("code")}:
            if not any(_same_identity(x, y) for x in xs for y in ys if x.get("code") == y.get("code") == code):
                return False
    return True


def shared_sentence(a: Record, b: Record) -> bool:
    """The two reports share a reporting sentence word for word (a wire story carried by two outlets)."""
    first = {" ".join(str(m.get("sentence", "")).lower().split()) for m in a.get("mentions") or []}
    return any(" ".join(str(m.get("sentence", "")).lower().split()) in first for m in b.get("mentions") or [])


def _stated_days(a: Record, b: Record) -> bool:
    wa, wb = stated_window(a), stated_window(b)
    return bool(wa and wb and wa[2] == wb[2] == "day")


def same_happening(a: Record, b: Record, published_a: date | None = None, published_b: date | None = None) -> bool:
    """Two reports of one happening: the same PLOVER type and CAMEO root, compatible dates (dates_compatible) and
    places (places_compatible), participants that nothing tells apart (participants_agree); and then either a
    reporting sentence in common, or the same participants named in both (participants_identified) with the
    same CAMEO code unless both dates are stated to the day."""
    if a["event"] != b["event"] or root_of(a["cameo"]) != root_of(b["cameo"]):
        return False
    if not (dates_compatible(a, published_a, b, published_b) and places_compatible(a, b)):
        return False
    if not participants_agree(a, b):
        return False
    if shared_sentence(a, b):
        return True
    if a["cameo"] != b["cameo"] and not _stated_days(a, b):
        return False
    return participants_identified(a, b)


def summarise(cluster_id: str, members: Sequence[tuple[Record, Record]]) -> Record:
    """One row for a cluster: the best-supported record (an analyst's corrected one first) plus article_ids,
    num_sources, num_mentions, and every member's corrections.

    ``members`` are (event record, article row) pairs."""
    records = [m for m, _ in members]
    best = max(
        records, key=lambda r: (bool(r.get("corrected")), len(r.get("mentions", [])), r.get("confidence") or 0.0)
    )
    out = dict(best)
    fixes = [c for r in records for c in r.get("corrections") or []]
    out["corrected"] = bool(fixes)
    out["corrections"] = sorted(fixes, key=lambda c: str(c.get("at")))
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


def pick(candidates: Iterable[tuple[str, Member]], new: Member) -> str | None:
    """The first (by id, so deterministic) cluster whose every member is the same happening as ``new`` and none of
    which comes from the same article (the in-article merge already decided those)."""
    by_cluster: dict[str, list[Member]] = {}
    for cid, member in candidates:
        by_cluster.setdefault(cid, []).append(member)
    for cid in sorted(by_cluster):
        if all(
            m.article_key != new.article_key and same_happening(new.record, m.record, new.published, m.published)
            for m in by_cluster[cid]
        ):
            return cid
    return None
