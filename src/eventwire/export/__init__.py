"""Exporters registered by name: each writes event records (dicts in the PLOVER JSONL shape) to a stream."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TextIO

from eventwire.export.field import write_cameo_tsv
from eventwire.export.formats import flatten, write_csv, write_jsonl, write_table

Exporter = Callable[[Iterable[dict[str, Any]], TextIO], int]
EXPORTERS: dict[str, Exporter] = {
    "plover": write_jsonl,
    "jsonl": write_jsonl,
    "csv": write_csv,
    "table": write_table,
    "cameo-tsv": write_cameo_tsv,
}

__all__ = ["EXPORTERS", "flatten", "write_csv", "write_jsonl", "write_table"]
