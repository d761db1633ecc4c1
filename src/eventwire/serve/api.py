"""The JSON API routes: events (table and one event with its reports), articles, dyads, actors, network."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from itertools import islice
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request

from eventwire.dictionaries import load_dictionaries
from eventwire.dictionaries.vocabulary import check_country, check_type
from eventwire.serve.errors import NotFound
from eventwire.serve.highlights import highlights
from eventwire.serve.models import (
    ActorList,
    ArticleOut,
    DyadSeries,
    ErrorResponse,
    EventDetail,
    EventPage,
    Interval,
    Network,
)
from eventwire.serve.why import why
from eventwire.store import EventFilter, Store, open_store

MAX_LIMIT = 500
MAX_OFFSET = 2**63 - 1  # the largest integer SQLite takes
TEXT = r"^[^\x00]*$"  # free text, but no NUL byte (SQLite and the full-text index refuse it)
_ERRORS: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorResponse, "description": "not found"},
    422: {"model": ErrorResponse, "description": "invalid parameters"},
    500: {"model": ErrorResponse, "description": "internal error"},
}
router = APIRouter(prefix="/api", tags=["events"], responses=_ERRORS)


@contextmanager
def _store(request: Request) -> Iterator[Store]:
    """A connection of its own for each request (SQLite connections stay on the thread that made them); a
    database that has gone away is E401 (503), never created anew."""
    store = open_store(request.app.state.db, create=False)
    try:
        yield store
    finally:
        store.close()


@router.get("/events", response_model=EventPage, summary="List events (one row per cross-source cluster)")
def list_events(
    request: Request,
    country: Annotated[
        str | None, Query(pattern=r"^[A-Za-z]{2,8}$", description="actor or recipient country code, e.g. IRN")
    ] = None,
    actor: Annotated[
        str | None, Query(max_length=200, pattern=TEXT, description="text in an actor or recipient name")
    ] = None,
    type: Annotated[
        str | None, Query(max_length=32, pattern=TEXT, description="PLOVER type (CONSULT) or CAMEO prefix (04)")
    ] = None,
    cameo: Annotated[str | None, Query(pattern=r"^\d{1,4}$", description="CAMEO code prefix, e.g. 04 or 042")] = None,
    since: Annotated[date | None, Query(description="events on or after this date (YYYY-MM-DD)")] = None,
    until: Annotated[date | None, Query(description="events on or before this date (YYYY-MM-DD)")] = None,
    q: Annotated[
        str | None, Query(max_length=500, pattern=TEXT, description="full text over sentences and article titles")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="page size")] = 50,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET, description="events to skip")] = 0,
    per_article: Annotated[bool, Query(description="one row per article's event instead of per cluster")] = False,
) -> dict[str, Any]:
    dicts = load_dictionaries()
    check_country(dicts, country)
    check_type(dicts, type)
    check_type(dicts, cameo, cameo_only=True)
    flt = EventFilter(
        country=country,
        actor=actor or None,
        type=type or None,
        cameo=cameo,
        since=since,
        until=until,
        q=(q or "").strip() or None,
        limit=limit + 1,
    )
    with _store(request) as store:
        rows = list(islice(store.events(flt, per_article=per_article, offset=offset), limit + 1))
    return {"events": rows[:limit], "limit": limit, "offset": offset, "has_more": len(rows) > limit}


@router.get("/events/{event_id}", response_model=EventDetail, summary="One event with every reporting article")
def get_event(request: Request, event_id: Annotated[str, Path(max_length=200)]) -> dict[str, Any]:
    with _store(request) as store:
        record = store.event(event_id)
    if record is None:
        raise NotFound(f"no event {event_id!r}", hint="event ids come from /api/events")
    dicts = load_dictionaries()
    record["reports"] = [
        {**report, "highlights": highlights(report["event"]), "why": why(report["event"], dicts)}
        for report in record.get("reports", [])
    ]
    return record


@router.get("/articles/{article_id}", response_model=ArticleOut, summary="One stored article with its events")
def get_article(request: Request, article_id: Annotated[str, Path(max_length=200)]) -> dict[str, Any]:
    with _store(request) as store:
        article = store.article(article_id)
    if article is None:
        raise NotFound(f"no article {article_id!r}", hint="article ids are the ids given at ingest (article_id)")
    return article


@router.get("/dyads", response_model=DyadSeries, summary="Events between two countries by period and quad class")
def get_dyads(
    request: Request,
    a: Annotated[str, Query(pattern=r"^[A-Za-z]{2,8}$", description="country code, e.g. CHN")],
    b: Annotated[str, Query(pattern=r"^[A-Za-z]{2,8}$", description="country code, e.g. IRN")],
    interval: Annotated[Interval, Query(description="period length")] = "week",
    since: Annotated[date | None, Query(description="from this date (YYYY-MM-DD)")] = None,
    until: Annotated[date | None, Query(description="up to this date (YYYY-MM-DD)")] = None,
) -> dict[str, Any]:
    with _store(request) as store:
        periods, imprecise = store.dyads(a, b, interval, since, until)
    return {"a": a.upper(), "b": b.upper(), "interval": interval, "periods": periods, "imprecise": imprecise}


def _whole_store(request: Request, key: tuple[Any, ...], compute: Callable[[Store], Any]) -> Any:
    """An answer computed over the whole store (actors, network), kept until something new is stored."""
    cache: dict[tuple[Any, ...], tuple[tuple[int, ...], Any]] = request.app.state.whole_store
    with _store(request) as store:
        version = store.version()
        hit = cache.get(key)
        if hit is not None and hit[0] == version:
            return hit[1]
        value = compute(store)
    if len(cache) >= 256:
        cache.clear()
    cache[key] = (version, value)
    return value


@router.get("/actors", response_model=ActorList, summary="Actors by how many events they take part in")
def get_actors(
    request: Request, limit: Annotated[int, Query(ge=1, le=5000, description="at most this many")] = 500
) -> dict[str, Any]:
    return {"actors": _whole_store(request, ("actors", limit), lambda store: store.actors(limit))}


@router.get("/network", response_model=Network, summary="Country pairs linked by events (cooperation, conflict)")
def get_network(
    request: Request, limit: Annotated[int, Query(ge=1, le=2000, description="at most this many pairs")] = 200
) -> dict[str, Any]:
    return {"links": _whole_store(request, ("network", limit), lambda store: store.network(limit))}
