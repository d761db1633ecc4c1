"""The Store protocol (what ingest, events, export, serve and copy need from any backend), its filter and summaries."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol

from eventwire.errors import EventwireError
from eventwire.pipeline import ArticleResult

Record = dict[str, Any]


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Filters for stored events; every field is optional."""

    country: str | None = None  # actor or recipient country code
    actor: str | None = None  # substring of an actor/recipient name or text
    type: str | None = None  # PLOVER type (CONSULT) or CAMEO code prefix (04, 042)
    since: date | None = None
    until: date | None = None
    article_id: str | None = None
    cameo: str | None = None  # CAMEO code prefix
    q: str | None = None  # full text over the reporting sentences and titles
    limit: int | None = None


@dataclass(slots=True)
class AddSummary:
    """What one add() call did."""

    added: int = 0
    unchanged: int = 0
    events: int = 0
    failed: list[EventwireError] = field(default_factory=list)

    def merge(self, other: AddSummary) -> None:
        """Add another summary's counts to this one."""
        self.added += other.added
        self.unchanged += other.unchanged
        self.events += other.events
        self.failed += other.failed


@dataclass(frozen=True, slots=True)
class StoredArticle:
    """An article as stored: its row (``id`` is the content hash) and its events' PLOVER records.
    Everything else a store keeps (actors, places, mentions, search text, clusters) derives from these."""

    row: Record
    events: tuple[Record, ...]


@dataclass(frozen=True, slots=True)
class Correction:
    """Who corrects a stored event, how and why: what the log entry says besides the record before and after."""

    action: str  # edit | delete | add | undo
    author: str
    note: str = ""
    reason: str | None = None  # delete: not-an-event | duplicate | negated | hypothetical
    undoes: str | None = None  # undo: the id of the entry undone


@dataclass(frozen=True, slots=True)
class Current:
    """What the store holds of an event while a correction of it is made: its record (None when it is not stored:
    an event being added, or one removed), its article's row (with text and structure) and the event's log."""

    record: Record | None
    article: Record
    log: tuple[Record, ...]


# Makes an event's new record (None: remove it) from what is stored now; raises a CorrectionError to refuse.
Change = Callable[[Current], Record | None]


class Store(Protocol):
    """An open eventwire database. To add an operation: declare it here and implement it once in
    ``store/sql.py`` (shared by every SQL backend; backend differences live in their ``Backend``)."""

    location: str

    def close(self) -> None: ...

    def __enter__(self) -> Store: ...

    def __exit__(self, *exc: object) -> None: ...

    def add(self, results: Iterable[ArticleResult], *, coder: str) -> AddSummary:
        """Store articles and their events; articles already stored are left as they are."""
        ...

    def add_stored(self, articles: Iterable[StoredArticle]) -> AddSummary:
        """Store articles read from another store (``copy``), exactly as the other store held them."""
        ...

    def stored_articles(self, batch_size: int = 200) -> Iterator[list[StoredArticle]]:
        """Every stored article with its events, in batches, by content hash."""
        ...

    def has(self, article_keys: list[str], event_ids: list[str]) -> tuple[int, int]:
        """How many of these articles (content hashes) and events (ids) are stored."""
        ...

    def events(self, flt: EventFilter | None = None, *, per_article: bool = False, offset: int = 0) -> Iterator[Record]:
        """Stored events matching the filter, oldest first, one row per cluster (or per article's event)."""
        ...

    def event(self, event_id: str) -> Record | None: ...

    def article(self, article_id: str) -> Record | None: ...

    def dyads(
        self, a: str, b: str, interval: str = "week", since: date | None = None, until: date | None = None
    ) -> tuple[list[Record], int]: ...

    def actors(self, limit: int = 500) -> list[Record]: ...

    def network(self, limit: int = 200) -> list[Record]: ...

    def correct(self, event_id: str, correction: Correction, change: Change, *, article: str | None = None) -> Record:
        """Correct one per-article event (or add one to ``article``, by its id or content hash): ``change`` gets
        what is stored now, under the event's lock, and returns its new record; the record is flagged (corrected,
        corrections), its rows and clusters rewritten and the log entry appended in one transaction. Returns the
        entry (id, action, author, at, note, before, after, cluster_id)."""
        ...

    def corrections(
        self, *, event_ids: list[str] | None = None, article: str | None = None, limit: int | None = None
    ) -> list[Record]:
        """Log entries, oldest first: of these events, of one article (id or content hash), or the latest
        ``limit`` of the whole store."""
        ...

    def add_corrections(self, entries: list[Record]) -> int:
        """Append correction log entries read from another store (``copy``), keeping their ids and order; entries
        logged already are skipped. Returns how many were appended."""
        ...

    def corrected_articles(self) -> list[str]:
        """The content hashes of the articles with at least one correction, in the order first corrected."""
        ...

    def version(self) -> tuple[int, ...]:
        """A token that changes whenever articles or events are stored or corrected (for caching whole-store
        answers)."""
        ...

    def counts(self) -> dict[str, int]:
        """How many articles, events, actors, places and clusters are stored."""
        ...
