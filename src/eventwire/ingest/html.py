"""HTML pages: main text, title, date and site name extracted with trafilatura."""

from __future__ import annotations

import warnings
from datetime import date
from typing import Any

from eventwire.errors import MissingText
from eventwire.ingest.build import make_article, parse_published
from eventwire.records import Article


def _extract(html: str) -> dict[str, Any]:
    import trafilatura

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    if doc is None:
        return {}
    as_dict = getattr(doc, "as_dict", None)
    data: dict[str, Any] = as_dict() if callable(as_dict) else dict(doc)  # type: ignore[arg-type]
    return data


def read_html(html: str, origin: str, published: date | None, stem: str) -> Article:
    """The article in an HTML page; its own date wins over ``published``."""
    meta = _extract(html)
    text = meta.get("text") or ""
    title = meta.get("title") or None
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if title and lines and lines[0] == title.strip():
        lines = lines[1:]
    if not lines:
        raise MissingText(
            "no article text found in this HTML page",
            hint="is it an article page? save the page itself, not an index or a script-only shell",
            where=origin,
        )
    when = published
    if meta.get("date"):
        when = parse_published(meta["date"], where=origin) or published
    return make_article(
        "\n\n".join(lines),
        origin=origin,
        id=stem,
        title=title,
        published=when,
        source=meta.get("sitename") or None,
        url=meta.get("url") or None,
    )
