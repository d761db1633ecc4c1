"""The PLOVER record has every ARCHITECTURE.md field; CSV and table exports are well formed."""

from __future__ import annotations

import csv
import io

from eventwire.export import write_csv, write_jsonl, write_table
from eventwire.export.formats import CSV_FIELDS
from eventwire.records import EVENT_FIELDS

from .test_store import _event

ARCHITECTURE_FIELDS = {
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
    "actor",
    "recipient",
    "event_loc",
    "mentions",
    "negated",
    "hypothetical",
    "confidence",
    "coder",
}


def test_record_has_every_field() -> None:
    rec = _event("a1", "1", "IRN", "CHN", 27).to_json()
    assert set(rec) >= ARCHITECTURE_FIELDS and set(rec) == set(EVENT_FIELDS)
    assert set(rec["actor"][0]) >= {"text", "name", "code", "sector", "sectors", "start", "end"}
    assert set(rec["event_loc"]) == {"name", "geonameid", "lat", "lon", "country_code"}
    assert set(rec["mentions"][0]) >= {"sentence", "start", "end", "trigger"}
    assert rec["date"] == "2022-04-27" and rec["date_precision"] == "day" and rec["quad_code"] == 1


def test_csv_and_table() -> None:
    rec = _event("a1", "1", "IRN", "CHN", 27).to_json()
    buf = io.StringIO()
    assert write_csv([rec], buf) == 1
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert tuple(rows[0]) == CSV_FIELDS and rows[0]["actor_code"] == "IRN" and rows[0]["place"] == "Tehran"
    table = io.StringIO()
    write_table([rec], table)
    assert "CONSULT" in table.getvalue() and "Iran (IRN)" in table.getvalue()
    jl = io.StringIO()
    write_jsonl([rec], jl)
    assert jl.getvalue().count("\n") == 1


def test_cameo_tsv_and_parquet(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import pyarrow.parquet as pq

    from eventwire.export.field import CAMEO_TSV_FIELDS, write_cameo_tsv, write_parquet

    rec = _event("a1", "1", "IRN", "CHN", 27).to_json() | {"article_ids": ["a1", "b2"], "num_sources": 2}
    buf = io.StringIO()
    assert write_cameo_tsv([rec], buf) == 1
    header, row = buf.getvalue().splitlines()
    assert tuple(header.split("\t")) == CAMEO_TSV_FIELDS
    cells = dict(zip(CAMEO_TSV_FIELDS, row.split("\t"), strict=True))
    assert cells["source_country"] == "IRN" and cells["target_country"] == "CHN" and cells["root_code"] == "04"
    assert cells["article_ids"] == "a1;b2" and cells["num_sources"] == "2" and cells["quad_class"] == "1"
    out = tmp_path / "events.parquet"
    assert write_parquet([rec], out) == 1
    table = pq.read_table(out)
    assert table.num_rows == 1 and table.column("lat").type == "double"
    assert table.to_pylist()[0]["cameo"] == "040"


def test_formula_cells_are_neutralised() -> None:
    """Regression (issue 11.8): CSV and TSV cells starting with = + - @ ran as formulas in a spreadsheet."""
    from eventwire.export.field import write_cameo_tsv

    rec = _event("a1", "1", "IRN", "CHN", 27).to_json()
    rec["actor"][0]["name"] = '=HYPERLINK("http://evil.example","x")'
    rec["recipient"][0]["name"] = "@SUM(A1)"
    rec["mentions"][0]["sentence"] = "-2+3 said the minister"
    rec["goldstein"] = -2.0
    buf = io.StringIO()
    write_csv([rec], buf)
    row = next(csv.DictReader(io.StringIO(buf.getvalue())))
    assert row["actor_name"] == "'" + rec["actor"][0]["name"] and row["recipient_name"] == "'@SUM(A1)"
    assert row["sentence"] == "'-2+3 said the minister" and row["goldstein"] == "-2.0"  # numbers stay numbers
    tsv = io.StringIO()
    write_cameo_tsv([rec], tsv)
    cells = next(csv.DictReader(io.StringIO(tsv.getvalue()), delimiter="\t"))
    assert cells["source_name"].startswith("'=") and cells["target_name"] == "'@SUM(A1)"
