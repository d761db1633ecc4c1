"""What an analyst may send to correct the stored events (validated models at the trust boundary, in OpenAPI too)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

TEXT = r"^[^\x00]*$"  # free text without a NUL byte
Reason = Literal["not-an-event", "duplicate", "negated", "hypothetical"]
REASONS: tuple[str, ...] = ("not-an-event", "duplicate", "negated", "hypothetical")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SpanIn(_Strict):
    """A stretch of the article text: [start, end) character offsets into the stored text."""

    start: int = Field(ge=0, le=10_000_000)
    end: int = Field(ge=0, le=10_000_000)


class ParticipantIn(_Strict):
    """An actor or recipient: a phrase of the article (``start``/``end``, as selected) or, for one the text does
    not name, just ``text`` with a ``code``. Fields left out are filled in from the dictionaries (country names,
    organisations, office-holders, titles); fields given, even null, are taken as they are."""

    start: int | None = Field(None, ge=0, le=10_000_000)
    end: int | None = Field(None, ge=0, le=10_000_000)
    text: str | None = Field(None, max_length=300, pattern=TEXT)
    name: str | None = Field(None, max_length=200, pattern=TEXT)
    code: str | None = Field(None, max_length=8, description="ISO 3166 alpha-3 country, or IGO/UNO/EUR/NGO/...")
    sector: str | None = Field(None, max_length=8, description="GOV, MIL, COP, ... (the ontology's sectors)")
    kind: Literal["person", "organization", "country", "group"] | None = None


class PlaceIn(_Strict):
    """Where it happened: a city looked up by name in the gazetteer (or a phrase of the article), or a place
    given with its coordinates."""

    name: str | None = Field(None, max_length=200, pattern=TEXT)
    start: int | None = Field(None, ge=0, le=10_000_000)
    end: int | None = Field(None, ge=0, le=10_000_000)
    geonameid: int | None = None
    lat: float | None = Field(None, ge=-90, le=90)
    lon: float | None = Field(None, ge=-180, le=180)
    country_code: str | None = Field(None, max_length=8)


class Changes(_Strict):
    """The fields to change; a field left out stays as it is (``date``/``event_loc`` null clears it)."""

    event: str | None = Field(None, max_length=16, description="PLOVER type, e.g. ACCUSE")
    cameo: str | None = Field(None, max_length=4, description="CAMEO code of that type, e.g. 112")
    mode: list[str] | None = Field(None, max_length=4)
    context: list[str] | None = Field(None, max_length=8)
    actor: list[ParticipantIn] | None = Field(None, max_length=12)
    recipient: list[ParticipantIn] | None = Field(None, max_length=12)
    date: str | None = Field(None, max_length=10, description="YYYY-MM-DD, YYYY-MM or YYYY; null: unknown")
    event_loc: PlaceIn | None = None


class CorrectionIn(_Strict):
    """One correction of a per-article event: ``edit`` (with ``changes``), ``delete`` (with a ``reason``) or
    ``undo`` (of the log entry ``undoes``)."""

    action: Literal["edit", "delete", "undo"]
    changes: Changes | None = None
    reason: Reason | None = Field(None, description="why the event is wrong (delete)")
    duplicate_of: str | None = Field(None, max_length=200, pattern=TEXT, description="the event it repeats")
    undoes: str | None = Field(None, max_length=40, pattern=r"^c-[0-9a-f]+$", description="the entry undone")
    note: str = Field("", max_length=2000, pattern=TEXT)
    author: str | None = Field(None, max_length=80, pattern=TEXT, description="who (unless the token names them)")


class NewEventIn(_Strict):
    """An event the coder missed: the words that report it as selected in the article (``trigger``; the sentence
    around them is its evidence) and its coding."""

    trigger: SpanIn
    event: str = Field(max_length=16)
    cameo: str | None = Field(None, max_length=4, description="default: the type's generic code")
    mode: list[str] = Field(default_factory=list, max_length=4)
    context: list[str] = Field(default_factory=list, max_length=8)
    actor: list[ParticipantIn] = Field(default_factory=list, max_length=12)
    recipient: list[ParticipantIn] = Field(default_factory=list, max_length=12)
    date: str | None = Field(None, max_length=10)
    event_loc: PlaceIn | None = None
    note: str = Field("", max_length=2000, pattern=TEXT)
    author: str | None = Field(None, max_length=80, pattern=TEXT)
