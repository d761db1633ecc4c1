"""The corrections API: the log of an event, a correction (edit, delete, undo), a missed event added to an article,
the ontology the forms offer, and whether this browser may write (serve/guards.py refuses writes without the
token)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request
from starlette.datastructures import Headers

from eventwire.corrections import CorrectionIn, NewEventIn, add_event, correct_event
from eventwire.corrections.schema import REASONS
from eventwire.corrections.suggest import suggest
from eventwire.dictionaries import Dictionaries, load_dictionaries
from eventwire.dictionaries.vocabulary import cameo_codes_for, country_codes
from eventwire.serve.api import TEXT, _store
from eventwire.serve.errors import NotFound
from eventwire.serve.guards import token_of, writer
from eventwire.serve.models import (
    CorrectionEntry,
    CorrectionLog,
    ErrorResponse,
    OntologyOut,
    Session,
    SuggestionOut,
)

_ERRORS: dict[int | str, dict[str, Any]] = {
    403: {"model": ErrorResponse, "description": "writes closed, no or a wrong token, or another origin"},
    404: {"model": ErrorResponse, "description": "no such event, article or correction"},
    409: {"model": ErrorResponse, "description": "the correction does not fit what is stored now"},
    413: {"model": ErrorResponse, "description": "the request is too large"},
    415: {"model": ErrorResponse, "description": "not JSON"},
    422: {"model": ErrorResponse, "description": "the correction does not fit the ontology, dictionaries or article"},
}
router = APIRouter(prefix="/api", tags=["corrections"], responses=_ERRORS)
DEFAULT_AUTHOR = "analyst"


def _author(request: Request, given: str | None) -> str:
    """Who writes: the name of their token in the token file, else the name they give, else 'analyst'."""
    named = getattr(request.state, "writer", None)
    return str(named or (given or "").strip() or DEFAULT_AUTHOR)


@router.get("/session", response_model=Session, summary="Whether this server takes corrections, from this token")
def get_session(request: Request) -> dict[str, Any]:
    tokens = request.app.state.write_tokens
    ok, name = writer(tokens, token_of(Headers(scope=request.scope)))
    return {"writes": "open" if tokens else "closed", "signed_in": ok, "author": name}


@router.get("/ontology", response_model=OntologyOut, summary="The codes a correction may use")
def get_ontology(request: Request) -> dict[str, Any]:
    state = request.app.state
    if getattr(state, "ontology", None) is None:
        state.ontology = ontology(load_dictionaries())
    return dict(state.ontology)


def ontology(dicts: Dictionaries) -> dict[str, Any]:
    """PLOVER types with their modes and CAMEO codes, contexts, sectors, actor codes, reasons to mark wrong."""
    onto, names = dicts.ontology, dicts.actors.country_names
    types = [
        {"name": t.name, "quad_code": t.quad_code, "modes": list(t.modes), "generic_cameo":
         dicts.lexicon.generic_cameo[t.name], "cameo": [{"code": c, "label": onto.cameo[c].label}
                                                        for c in cameo_codes_for(dicts, t.name)]}
        for t in onto.plover.values()
    ]  # fmt: skip
    return {
        "types": types,
        "contexts": sorted(onto.contexts),
        "sectors": sorted(onto.sectors),
        "countries": [{"code": c, "name": names.get(c, c)} for c in sorted(country_codes(dicts))],
        "reasons": list(REASONS),
    }


@router.get("/suggest", response_model=SuggestionOut, summary="The dictionaries' coding of a phrase")
def get_suggestion(
    text: Annotated[str, Query(min_length=1, max_length=300, pattern=TEXT, description="the participant's words")],
) -> dict[str, Any]:
    found = suggest(text, load_dictionaries())
    return {k: getattr(found, k) for k in ("name", "code", "sector", "kind", "resolved_by")}


@router.get("/corrections", response_model=CorrectionLog, summary="The latest corrections of the whole store")
def list_corrections(
    request: Request, limit: Annotated[int, Query(ge=1, le=500, description="at most this many, latest")] = 100
) -> dict[str, Any]:
    with _store(request) as store:
        return {"corrections": store.corrections(limit=limit)}


@router.get(
    "/events/{event_id}/corrections",
    response_model=CorrectionLog,
    summary="The corrections of an event (of each report of a cross-source event), oldest first",
)
def get_corrections(request: Request, event_id: Annotated[str, Path(max_length=200)]) -> dict[str, Any]:
    with _store(request) as store:
        found = store.event(event_id)
        ids = [r["event"]["id"] for r in found["reports"]] if found else [event_id]
        log = store.corrections(event_ids=ids)
    if found is None and not log:
        raise NotFound(f"no event {event_id!r}", hint="event ids come from /api/events")
    return {"corrections": log}


@router.post(
    "/events/{event_id}/corrections",
    response_model=CorrectionEntry,
    status_code=201,
    summary="Correct one article's event: edit fields, mark it wrong (delete) or undo a correction",
)
def post_correction(
    request: Request, event_id: Annotated[str, Path(max_length=200)], body: CorrectionIn
) -> dict[str, Any]:
    with _store(request) as store:
        return correct_event(store, event_id, body, author=_author(request, body.author))


@router.post(
    "/articles/{article_id}/events",
    response_model=CorrectionEntry,
    status_code=201,
    summary="Add an event the coder missed, from the words of the article that report it",
)
def post_event(request: Request, article_id: Annotated[str, Path(max_length=200)], body: NewEventIn) -> dict[str, Any]:
    with _store(request) as store:
        return add_event(store, article_id, body, author=_author(request, body.author))
