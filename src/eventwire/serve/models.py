"""Response models: they document the API in OpenAPI and let extra record fields pass through unchanged."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Interval = Literal["day", "week", "month"]


class _Open(BaseModel):
    """A record whose further fields are passed through as they are."""

    model_config = ConfigDict(extra="allow")


class ActorOut(_Open):
    text: str
    name: str | None = None
    code: str | None = None
    sector: str | None = None
    sectors: list[str] = []
    kind: str | None = None
    start: int | None = None
    end: int | None = None


class PlaceOut(_Open):
    name: str
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    country_code: str | None = None


class MentionOut(_Open):
    sentence: str
    start: int
    end: int
    zone: str | None = None
    trigger: str
    trigger_start: int
    trigger_end: int
    pattern: str | None = None


class CorrectionNote(_Open):
    """One correction as an event record lists it (the full entry is in the event's log)."""

    id: str
    action: Literal["edit", "delete", "add", "undo"]
    author: str
    at: str
    note: str = ""
    fields: list[str] = Field([], description="the fields it changed")
    reason: str | None = None
    undoes: str | None = None


class EventOut(_Open):
    """The PLOVER event record; cluster rows add article_ids, num_sources and num_mentions."""

    id: str
    article_id: str
    date: str | None = None
    date_precision: str | None = None
    event: str
    mode: list[str] = []
    context: list[str] = []
    cameo: str
    quad_code: int | None = None
    goldstein: float | None = None
    plover_score: float | None = None
    actor: list[ActorOut] = []
    recipient: list[ActorOut] = []
    event_loc: PlaceOut | None = None
    mentions: list[MentionOut] = []
    negated: bool = False
    hypothetical: bool = False
    confidence: float | None = None
    coder: str | None = None
    article_ids: list[str] | None = None
    num_sources: int | None = None
    num_mentions: int | None = None
    corrected: bool = Field(False, description="an analyst corrected (or added) it")
    corrections: list[CorrectionNote] = []


class EventPage(BaseModel):
    events: list[EventOut]
    limit: int
    offset: int
    has_more: bool = Field(description="true when more events follow this page")


class Highlight(BaseModel):
    """A span to mark inside one mention's sentence; offsets are relative to the sentence."""

    mention: int = Field(description="index into the report event's mentions")
    kind: Literal["trigger", "actor", "recipient", "date", "place"]
    start: int
    end: int
    label: str


class ReportArticle(_Open):
    id: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = None


class Report(BaseModel):
    article: ReportArticle
    event: EventOut
    text: str
    highlights: list[Highlight] = []
    why: dict[str, Any] = Field(
        {},
        description="why the report reads so: patterns (with their definition), type_scores, participant_scores, "
        "participants (the rule or dictionary that coded each), date, place, coder, models, components",
    )


class EventDetail(EventOut):
    reports: list[Report] = []


class ArticleOut(_Open):
    id: str
    title: str | None = None
    published: str | None = None
    source: str | None = None
    url: str | None = None
    text: str
    structure: dict[str, Any] = {}
    events: list[EventOut] = []


class DyadPoint(BaseModel):
    period: str = Field(description="first day of the period (YYYY-MM-DD)")
    quad_code: int
    count: int
    plover_score: float
    goldstein: float


class DyadSeries(BaseModel):
    a: str
    b: str
    interval: Interval
    periods: list[DyadPoint]
    imprecise: int = Field(
        0, description="happenings left out: their date (a month or a year) is coarser than the period"
    )


class ActorRow(_Open):
    code: str | None = None
    name: str
    sector: str | None = None
    kind: str | None = None
    events: int


class ActorList(BaseModel):
    actors: list[ActorRow]


class Link(BaseModel):
    a: str
    b: str
    count: int
    cooperation: int
    conflict: int


class Network(BaseModel):
    links: list[Link]


class ErrorDetail(BaseModel):
    code: str = Field(description="eventwire error code, e.g. E504")
    status: int
    message: str
    hint: str | None = None


class ErrorResponse(BaseModel):
    error: ErrorDetail


class CorrectionEntry(_Open):
    """One entry of the append-only correction log."""

    id: str = Field(description="c-...; name it in an undo")
    event_id: str = Field(description="the per-article event corrected, removed or added")
    article_id: str
    action: Literal["edit", "delete", "add", "undo"]
    reason: str | None = None
    undoes: str | None = None
    author: str
    at: str = Field(description="when (UTC, ISO 8601)")
    note: str = ""
    before: EventOut | None = Field(None, description="the record before (null: the event was added)")
    after: EventOut | None = Field(None, description="the record after (null: the event was removed)")
    cluster_id: str | None = Field(None, description="the event's cross-source event now (POST answers only)")


class CorrectionLog(BaseModel):
    corrections: list[CorrectionEntry]


class Session(BaseModel):
    writes: Literal["open", "closed"] = Field(description="whether this server takes corrections at all")
    signed_in: bool = Field(description="whether the request's token is a write token")
    author: str | None = Field(None, description="the name the token was given in the token file")


class CameoOut(BaseModel):
    code: str
    label: str


class PloverTypeOut(BaseModel):
    name: str
    quad_code: int
    modes: list[str]
    cameo: list[CameoOut] = Field(description="the CAMEO codes an event of this type may carry")
    generic_cameo: str


class CountryOut(BaseModel):
    code: str
    name: str


class OntologyOut(BaseModel):
    types: list[PloverTypeOut]
    contexts: list[str]
    sectors: list[str]
    countries: list[CountryOut] = Field(description="country and organisation codes an actor may carry")
    reasons: list[str] = Field(description="why an event may be marked wrong")


class SuggestionOut(BaseModel):
    name: str | None
    code: str | None
    sector: str | None
    kind: str | None
    resolved_by: str
