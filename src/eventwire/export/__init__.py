"""Exporters registered by name: each writes event records (dicts in the PLOVER JSONL shape) to a stream, or, for a
binary format, to a file. A new format is a writer plus one line here; the CLI's choices come from these tables."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TextIO

from eventwire.export.field import write_cameo_tsv, write_parquet
from eventwire.export.formats import flatten, write_csv, write_jsonl, write_table

Exporter = Callable[[Iterable[dict[str, Any]], TextIO], int]
EXPORTERS: dict[str, Exporter] = {
    "plover": write_jsonl,
    "jsonl": write_jsonl,
    "csv": write_csv,
    "table": write_table,
    "cameo-tsv": write_cameo_tsv,
}
FileExporter = Callable[[Iterable[dict[str, Any]], Path], int]
FILE_EXPORTERS: dict[str, FileExporter] = {"parquet": write_parquet}  # binary: written to a file (-o) only
EXPORT_FORMATS = ("plover", "cameo-tsv", "csv", *FILE_EXPORTERS)  # what `eventwire export --format` offers

__all__ = ["EXPORTERS", "EXPORT_FORMATS", "FILE_EXPORTERS", "flatten", "write_csv", "write_jsonl", "write_table"]
