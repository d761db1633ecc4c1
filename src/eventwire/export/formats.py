"""PLOVER JSONL, flat CSV and a readable table of event records."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import Any, TextIO

CSV_FIELDS = (
    "id",
    "article_id",
    "date",
    "date_precision",
    "event",
    "mode",
    "context",
    "cameo",
    "quad_code",
    "goldstein",
    "plover_score",
    "actor_name",
    "actor_code",
    "actor_sector",
    "recipient_name",
    "recipient_code",
    "recipient_sector",
    "place",
    "geonameid",
    "lat",
    "lon",
    "negated",
    "hypothetical",
    "confidence",
    "coder",
    "trigger",
    "sentence",
    "num_sources",
    "num_mentions",
    "article_ids",
    "corrected",
    "corrections",
)


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(row: dict[str, Any]) -> dict[str, Any]:
    """Text cells that a spreadsheet would run as a formula ("=HYPERLINK(...)", "@SUM", "-2+3") start with an
    apostrophe instead (the OWASP advice for CSV injection); numbers stay numbers."""
    return {k: f"'{v}" if isinstance(v, str) and v.startswith(_FORMULA_START) else v for k, v in row.items()}


def _join(values: Iterable[object]) -> str:
    return ";".join("" if v is None else str(v) for v in values)


def flatten(rec: dict[str, Any]) -> dict[str, Any]:
    """One event record as a flat row (several actors joined with ';')."""
    loc = rec.get("event_loc") or {}
    first = (rec.get("mentions") or [{}])[0]
    row = {k: rec.get(k) for k in CSV_FIELDS if k in rec}
    row.update(
        mode=_join(rec.get("mode") or []),
        context=_join(rec.get("context") or []),
        actor_name=_join(a.get("name") or a.get("text") for a in rec["actor"]),
        actor_code=_join(a.get("code") for a in rec["actor"]),
        actor_sector=_join(a.get("sector") for a in rec["actor"]),
        recipient_name=_join(a.get("name") or a.get("text") for a in rec["recipient"]),
        recipient_code=_join(a.get("code") for a in rec["recipient"]),
        recipient_sector=_join(a.get("sector") for a in rec["recipient"]),
        place=loc.get("name"),
        geonameid=loc.get("geonameid"),
        lat=loc.get("lat"),
        lon=loc.get("lon"),
        trigger=first.get("trigger"),
        sentence=first.get("sentence"),
        num_sources=rec.get("num_sources", 1),
        num_mentions=rec.get("num_mentions", len(rec.get("mentions") or [])),
        article_ids=_join(rec.get("article_ids") or [rec.get("article_id")]),
        corrected=bool(rec.get("corrected")),
        corrections=correction_ids(rec),
    )
    return row


def correction_ids(rec: dict[str, Any]) -> str:
    """The ids of an event's corrections joined with ';' (each entry is in the log: `eventwire corrections export
    --format log`, GET /api/events/ID/corrections)."""
    return _join(c.get("id") for c in rec.get("corrections") or [])


def write_jsonl(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    n = 0
    for rec in records:
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        n += 1
    return n


def write_csv(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, extrasaction="ignore")
    writer.writeheader()
    n = 0
    for rec in records:
        writer.writerow(spreadsheet_safe(flatten(rec)))
        n += 1
    return n


def _side(refs: list[dict[str, Any]]) -> str:
    parts = []
    for a in refs:
        label = a.get("name") or a.get("text") or "?"
        code = "/".join(x for x in (a.get("code"), a.get("sector")) if x)
        parts.append(f"{label} ({code})" if code else label)
    return ", ".join(parts) or "-"


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def write_table(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    """A fixed-width table for people: date, type (marked * when an analyst corrected it), CAMEO, actor, recipient,
    place, sources."""
    widths = (10, 10, 5, 34, 34, 14, 7)
    head = ("date", "event", "cameo", "actor", "recipient", "place", "sources")
    out.write("  ".join(h.ljust(w) for h, w in zip(head, widths, strict=True)).rstrip() + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    n, corrected = 0, False
    for rec in records:
        loc = rec.get("event_loc") or {}
        cells = (
            rec.get("date") or "-",
            rec["event"] + ("*" if rec.get("corrected") else ""),
            rec["cameo"],
            _side(rec["actor"]),
            _side(rec["recipient"]),
            loc.get("name") or "-",
            str(rec.get("num_sources", 1)),
        )
        out.write("  ".join(_cut(str(c), w).ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip() + "\n")
        n += 1
        corrected = corrected or bool(rec.get("corrected"))
    if corrected:
        out.write("* corrected by an analyst\n")
    return n
