"""One JSON error shape for every failure: {"error": {"code", "status", "message", "hint"}}."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import Scope

from eventwire.errors import (
    CorrectionConflict,
    EventwireError,
    InvalidCorrection,
    NothingToCorrect,
    UsageError,
)

log = logging.getLogger("eventwire.serve")


class ServeError(EventwireError):
    """A failure of the HTTP server itself (internal error)."""

    code = "E500"


class ListenError(ServeError):
    """The server cannot listen on the requested host and port."""

    code = "E501"


class NotFound(ServeError):
    """No such event, article, page or route."""

    code = "E504"


# HTTP status -> (eventwire code, hint) for errors Starlette or FastAPI raise themselves.
HTTP_CODES: dict[int, tuple[str, str | None]] = {
    404: ("E504", "check the id or the path; the API is described at /docs"),
    405: ("E505", "this path does not take that method; the API is described at /docs"),
    421: ("E521", "use a host name the server answers for (eventwire serve --allow-host)"),
    422: ("E522", "check the query parameters; the API is described at /docs"),
    500: ("E500", "see the server log"),
}


def error_body(code: str, status: int, message: str, hint: str | None) -> dict[str, Any]:
    """The error document every failing response carries."""
    return {"error": {"code": code, "status": status, "message": message, "hint": hint}}


def error_response(code: str, status: int, message: str, hint: str | None) -> JSONResponse:
    return JSONResponse(error_body(code, status, message, hint), status_code=status)


def status_of(exc: EventwireError) -> int:
    """HTTP status for an eventwire error: bad input 400, not found 404, an unknown filter value or a correction
    that does not fit 422, a correction that conflicts with the store 409, database unavailable 503, else 500."""
    if isinstance(exc, NotFound | NothingToCorrect):
        return 404
    if isinstance(exc, InvalidCorrection):
        return 422
    if isinstance(exc, CorrectionConflict):
        return 409
    if isinstance(exc, UsageError):
        return 422
    if exc.code.startswith("E1"):
        return 400
    if exc.code == "E401":
        return 503
    return 500


def _describe(errors: Any) -> str:
    """'limit: Input should be less than or equal to 500; since: ...' from pydantic's error list."""
    parts = []
    for err in errors:
        loc = [str(p) for p in err.get("loc", ()) if p not in ("query", "path", "body")]
        where = ".".join(loc) or "request"
        parts.append(f"{where}: {err.get('msg', 'invalid')}")
    return "invalid request: " + "; ".join(parts) if parts else "invalid request"


async def _on_http(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    code, hint = HTTP_CODES.get(exc.status_code, (f"E5{exc.status_code % 100:02d}", None))
    message = exc.detail if isinstance(exc.detail, str) else "HTTP error"
    if exc.status_code == 404 and message == "Not Found":
        message = f"nothing at {request.url.path}"
    response = error_response(code, exc.status_code, message, hint)
    for name, value in (exc.headers or {}).items():
        response.headers[name] = value
    return response


async def _on_validation(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    code, hint = HTTP_CODES[422]
    if any(err.get("loc", ("",))[0] == "body" for err in exc.errors()):
        hint = "check the request's JSON body (a correction's fields are described at /docs)"
    return error_response(code, 422, _describe(exc.errors()), hint)


async def _on_eventwire(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, EventwireError)
    return error_response(exc.code, status_of(exc), exc.message, exc.hint)


def crash_response(scope: Scope, exc: BaseException) -> JSONResponse:
    """The logged internal error as the eventwire error document (internals stay in the log)."""
    log.error("internal error on %s %s", scope.get("method"), scope.get("path"), exc_info=exc)
    code, hint = HTTP_CODES[500]
    return error_response(code, 500, f"internal error ({type(exc).__name__})", hint)


async def _on_crash(request: Request, exc: Exception) -> JSONResponse:
    """The last resort (an error outside the guarded app): the server will close the connection, so say so."""
    response = crash_response(request.scope, exc)
    response.headers["Connection"] = "close"
    return response


def install_error_handlers(app: FastAPI) -> None:
    """Replace FastAPI's and Starlette's default error responses with the eventwire shape."""
    app.add_exception_handler(StarletteHTTPException, _on_http)
    app.add_exception_handler(RequestValidationError, _on_validation)
    app.add_exception_handler(EventwireError, _on_eventwire)
    app.add_exception_handler(Exception, _on_crash)
