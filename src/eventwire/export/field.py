"""Field formats: ICEWS/Phoenix-style CAMEO TSV, and Parquet (opens in pandas and DuckDB)."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TextIO

from eventwire.export.formats import correction_ids, flatten, spreadsheet_safe

CAMEO_TSV_FIELDS = (
    "event_id",
    "date",
    "source_name",
    "source_country",
    "source_sector",
    "target_name",
    "target_country",
    "target_sector",
    "cameo",
    "root_code",
    "quad_class",
    "goldstein",
    "plover_event",
    "plover_score",
    "place",
    "geonameid",
    "lat",
    "lon",
    "num_sources",
    "num_mentions",
    "article_ids",
    "urls",
    "corrected",
    "corrections",
)


def cameo_row(rec: dict[str, Any]) -> dict[str, Any]:
    flat = flatten(rec)
    return {
        "event_id": rec["id"],
        "date": rec.get("date") or "",
        "source_name": flat["actor_name"],
        "source_country": flat["actor_code"],
        "source_sector": flat["actor_sector"],
        "target_name": flat["recipient_name"],
        "target_country": flat["recipient_code"],
        "target_sector": flat["recipient_sector"],
        "cameo": rec["cameo"],
        "root_code": rec["cameo"][:2],
        "quad_class": rec["quad_code"],
        "goldstein": rec["goldstein"],
        "plover_event": rec["event"],
        "plover_score": rec["plover_score"],
        "place": flat["place"] or "",
        "geonameid": flat["geonameid"] or "",
        "lat": flat["lat"] if flat["lat"] is not None else "",
        "lon": flat["lon"] if flat["lon"] is not None else "",
        "num_sources": rec.get("num_sources", 1),
        "num_mentions": rec.get("num_mentions", len(rec.get("mentions", []))),
        "article_ids": ";".join(rec.get("article_ids") or [rec["article_id"]]),
        "urls": ";".join(rec.get("urls") or []),
        "corrected": bool(rec.get("corrected")),
        "corrections": correction_ids(rec),
    }


def write_cameo_tsv(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    """One tab-separated row per event with the columns analysts' ICEWS/Phoenix scripts expect."""
    writer = csv.DictWriter(out, fieldnames=CAMEO_TSV_FIELDS, delimiter="\t", lineterminator="\n")
    writer.writeheader()
    n = 0
    for rec in records:
        writer.writerow(spreadsheet_safe(cameo_row(rec)))
        n += 1
    return n


def write_parquet(records: Iterable[dict[str, Any]], path: Path) -> int:
    """A Parquet file of the CAMEO TSV columns plus event type details (typed columns)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = []
    for rec in records:
        row = cameo_row(rec)
        row.update(mode=";".join(rec.get("mode") or []), context=";".join(rec.get("context") or []),
                   confidence=rec.get("confidence"), coder=rec.get("coder"))  # fmt: skip
        for key in ("lat", "lon", "geonameid"):
            row[key] = row[key] if row[key] != "" else None
        rows.append(row)
    schema = pa.schema(
        [(name, pa.float64() if name in ("goldstein", "plover_score", "lat", "lon", "confidence") else
          pa.int64() if name in ("quad_class", "geonameid", "num_sources", "num_mentions") else
          pa.bool_() if name == "corrected" else pa.string())
         for name in (*CAMEO_TSV_FIELDS, "mode", "context", "confidence", "coder")]
    )  # fmt: skip
    table = pa.Table.from_pylist(rows, schema=schema)
    pq.write_table(table, path)
    return len(rows)
