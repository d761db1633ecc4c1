"""Exporters registered by name: each writes event records (dicts in the PLOVER JSONL shape) to a stream."""

from __future__ import annotations

from eventwire.export.formats import EXPORTERS, flatten, write_csv, write_jsonl, write_table

__all__ = ["EXPORTERS", "flatten", "write_csv", "write_jsonl", "write_table"]
