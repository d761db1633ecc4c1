"""JSON and JSONL article records: {"id","text"} plus optional "title","published","source","url"."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from typing import Any

from eventwire.errors import BinaryInput, EventwireError, MalformedRecord, MissingText
from eventwire.ingest.build import make_article, parse_published
from eventwire.ingest.decoding import decode_utf8
from eventwire.ingest.problems import Problem
from eventwire.records import Article


def _str_field(record: dict[str, Any], key: str, where: str) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    if isinstance(value, (int, float)) and key == "id":
        return str(value)
    if not isinstance(value, str):
        raise MalformedRecord(f'"{key}" must be a string, found {type(value).__name__}', where=where)
    return value


def record_to_article(record: object, where: str, published: date | None) -> Article:
    """One decoded record → Article; the record's own date wins over the default ``published``."""
    if not isinstance(record, dict):
        raise MalformedRecord(
            f"expected a JSON object, found {type(record).__name__}",
            hint='each record is {"id": ..., "text": ...}',
            where=where,
        )
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        found = "missing" if text is None else ("empty" if isinstance(text, str) else type(text).__name__)
        raise MissingText(f'record has no "text" ({found})', hint='add a non-empty "text" string', where=where)
    when = parse_published(record.get("published", record.get("date")), where=where) or published
    return make_article(
        text,
        origin=where,
        id=_str_field(record, "id", where),
        title=_str_field(record, "title", where),
        published=when,
        source=_str_field(record, "source", where),
        url=_str_field(record, "url", where),
        dateline=_str_field(record, "dateline", where),
    )


def parse_json(text: str, where: str, *, hint: str, lines: bool = True) -> Any:
    """JSON text → value, or MalformedRecord for invalid JSON, nesting too deep for the parser, or a number too long
    to convert (Python's json raises RecursionError and ValueError for these, not JSONDecodeError)."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        at = f"line {exc.lineno}, column {exc.colno}" if lines else f"column {exc.colno}"
        raise MalformedRecord(f"invalid JSON at {at}: {exc.msg}", hint=hint, where=where) from None
    except RecursionError:
        raise MalformedRecord("JSON nested too deeply to read", hint=hint, where=where) from None
    except ValueError as exc:
        raise MalformedRecord(f"unreadable JSON value: {exc}", hint=hint, where=where) from None


def read_jsonl(data: bytes, origin: str, published: date | None) -> Iterator[Article | Problem]:
    """One record per line, each decoded on its own: a bad line (bytes that are not UTF-8, invalid JSON, a bad
    record) is reported with its number and the rest go on."""
    for number, raw in enumerate(data.split(b"\n"), start=1):
        if not raw.strip():
            continue
        where = f"{origin}: line {number}"
        try:
            if b"\x00" in raw:
                raise BinaryInput("a NUL byte: binary data, not a JSON record", hint="fix or remove this line")
            record = parse_json(decode_utf8(raw, where), where, hint="fix or remove this line", lines=False)
            yield record_to_article(record, where, published)
        except EventwireError as exc:
            yield Problem.from_error(exc, where)


def read_json(text: str, origin: str, published: date | None) -> Iterator[Article | Problem]:
    """A single record, a list of records, or {"articles": [...]}."""
    data = parse_json(text, origin, hint="fix the file; for one record per line use the .jsonl extension")
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
        data = data["articles"]
    records = data if isinstance(data, list) else [data]
    for index, record in enumerate(records, start=1):
        where = f"{origin}: record {index}" if isinstance(data, list) else origin
        try:
            yield record_to_article(record, where, published)
        except EventwireError as exc:
            yield Problem.from_error(exc, where)
