"""Read inputs (files, folders, stdin) of every supported kind into Articles, reporting problems without stopping."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import BinaryIO

from eventwire.errors import EventwireError, InputNotFound, UnknownInputType
from eventwire.ingest.build import make_article
from eventwire.ingest.decoding import check_text, decode
from eventwire.ingest.html import read_html
from eventwire.ingest.jsonrecords import read_json, read_jsonl
from eventwire.ingest.language import check_english
from eventwire.ingest.problems import Problem
from eventwire.records import Article

TEXT_SUFFIXES = (".txt", ".text")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
SUFFIXES = (*TEXT_SUFFIXES, *HTML_SUFFIXES, ".json", ".jsonl", ".ndjson")


def _from_bytes(data: bytes, origin: str, kind: str, published: date | None, stem: str) -> Iterator[Article | Problem]:
    """The articles of one input; JSONL is decoded line by line, so one bad byte costs only its own record."""
    if kind == "jsonl":  # binary when the first line is; a later line with a NUL byte is one bad record
        first_line = data.split(b"\n", 1)[0]
        check_text(data, origin, sniff=min(len(first_line), 8192))
        yield from read_jsonl(data, origin, published)
        return
    text = decode(data, origin)
    if kind == "json":
        yield from read_json(text, origin, published)
    elif kind == "html":
        yield read_html(text, origin, published, stem)
    else:
        yield make_article(text, origin=origin, id=stem, published=published)


def _sniff(data: bytes) -> str:
    """The kind of stdin input from its first character."""
    text = data.removeprefix(b"\xef\xbb\xbf").lstrip()
    head = text[:1]
    if head == b"[":
        return "json"
    if head == b"{":
        first = text.split(b"\n", 1)[0].strip()
        return "jsonl" if first.endswith(b"}") else "json"
    if head == b"<":
        return "html"
    return "txt"


def _kind(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return "txt"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in (".jsonl", ".ndjson"):
        return "jsonl"
    if suffix == ".json":
        return "json"
    raise UnknownInputType(
        f"unknown file type {suffix or '(no extension)'!r}",
        hint="eventwire reads .txt, .html/.htm, .json and .jsonl; rename the file or convert it",
        where=str(path),
    )


def _guarded(items: Iterable[Article | Problem], origin: str) -> Iterator[Article | Problem]:
    """Turn an EventwireError raised while reading into a Problem and stop that input only."""
    try:
        yield from items
    except EventwireError as exc:
        yield Problem.from_error(exc, origin)


def _read_file(path: Path, published: date | None) -> Iterator[Article | Problem]:
    origin = str(path)
    kind = _kind(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputNotFound(f"cannot read the file: {exc.strerror}", where=origin) from None
    yield from _from_bytes(data, origin, kind, published, path.stem)


def _walk(folder: Path) -> Iterator[Path]:
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not any(part.startswith(".") for part in path.relative_to(folder).parts):
            yield path


def _read_one(spec: str, published: date | None, stdin: BinaryIO | None) -> Iterator[Article | Problem]:
    if spec == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = stream.read()
        yield from _from_bytes(data, "<stdin>", _sniff(data), published, "stdin")
        return
    path = Path(spec)
    if path.is_dir():
        for child in _walk(path):
            yield from _guarded(_read_file(child, published), str(child))
        return
    if not path.exists():
        raise InputNotFound("no such file or folder", hint="check the path", where=spec)
    yield from _read_file(path, published)


def read_inputs(
    inputs: Iterable[str], *, published: date | None = None, stdin: BinaryIO | None = None
) -> Iterator[Article | Problem]:
    """Every article from every input, in order; each unreadable input or record becomes a Problem."""
    for spec in inputs:
        for item in _guarded(_read_one(spec, published, stdin), spec):
            if isinstance(item, Article):
                try:
                    check_english(item)
                except EventwireError as exc:
                    item = Problem.from_error(exc, item.origin or item.id)
            yield item
