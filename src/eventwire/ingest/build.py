"""Turn raw fields (text, title, date, source) into a normalised Article with its structure."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import date, datetime

from eventwire.errors import BadDate, MissingText
from eventwire.ingest.normalize import normalize_text
from eventwire.ingest.structure import detect_structure
from eventwire.records import Article


def parse_published(value: object, *, where: str) -> date | None:
    """A publication date from a record field: ISO date or datetime string, or null."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        text = value.strip()
        try:
            return date.fromisoformat(text[:10])
        except ValueError:
            pass
        try:
            return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
        except ValueError:
            pass
    raise BadDate(
        f"publication date {value!r} is not an ISO date",
        hint="write it as YYYY-MM-DD, or leave it out and pass --published",
        where=where,
    )


def make_article(
    text: str,
    *,
    origin: str,
    id: str | None = None,
    title: str | None = None,
    published: date | None = None,
    source: str | None = None,
    url: str | None = None,
    dateline: str | None = None,
) -> Article:
    """Normalise the text, put the title in front as the headline when the text lacks it, detect structure."""
    if not text or not text.strip():
        raise MissingText("the article has no text", hint='give each record a non-empty "text"', where=origin)
    body, offsets = normalize_text(text)
    headline = normalize_text(title)[0] if title and title.strip() else None
    if headline and not body.startswith(headline):
        # the headline reports the main event: it is coded too, so it becomes the first line
        shift = len(headline) + 2
        body = f"{headline}\n\n{body}"
        offsets = type(offsets)(
            (0, *(n + shift for n in offsets.norm)) if offsets.norm else (0,),
            (0, *offsets.orig) if offsets.norm else (0,),
        )
    structure = detect_structure(body)
    if dateline and dateline.strip() and structure.dateline_place is None:  # a wire record's own dateline field
        structure = replace(structure, given_dateline=normalize_text(dateline)[0].strip())
    if headline is None and structure.headline is not None:
        headline = structure.headline.text
    article_id = id or "article-" + hashlib.sha1(body.encode("utf-8")).hexdigest()[:12]
    return Article(
        id=article_id,
        text=body,
        title=headline,
        published=published,
        source=source,
        url=url,
        origin=origin,
        structure=structure,
        offsets=offsets,
    )
