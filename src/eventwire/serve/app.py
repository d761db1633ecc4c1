"""The FastAPI application: JSON API under /api, OpenAPI at /openapi.json and /docs, the web UI at /."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

from eventwire import __version__
from eventwire.errors import StoreLocationError
from eventwire.serve.api import router
from eventwire.serve.corrections import router as corrections_router
from eventwire.serve.errors import install_error_handlers
from eventwire.serve.guards import LOOPBACK_NAMES, CrashGuard, HeadAsGet, HostCheck, SecurityHeaders, WriteGuard
from eventwire.store import is_file, open_store

STATIC = Path(__file__).resolve().parent / "static"


def _check_db(db: str) -> str:
    if not is_file(db):  # a database server: it must answer and hold a store now
        open_store(db, create=False).close()
        return db
    path = Path(db.removeprefix("sqlite:///"))
    if "://" not in db.removeprefix("sqlite:///") and not path.is_file():
        raise StoreLocationError(
            "no database here", hint="run `eventwire ingest FILES --db PATH` (or `eventwire demo`) first", where=db
        )
    return db


def _docs() -> HTMLResponse:
    return get_swagger_ui_html(
        openapi_url="/openapi.json",
        title="eventwire API",
        swagger_js_url="/vendor/swagger-ui-dist/swagger-ui-bundle.js",
        swagger_css_url="/vendor/swagger-ui-dist/swagger-ui.css",
        swagger_favicon_url="/vendor/swagger-ui-dist/favicon-32x32.png",
        swagger_ui_parameters={"validatorUrl": None, "tryItOutEnabled": True},
    )


def create_app(
    db: str, allowed_hosts: Iterable[str] = LOOPBACK_NAMES, write_tokens: Mapping[str, str | None] | None = None
) -> FastAPI:
    """The API and UI over the eventwire database at ``db`` (which must exist: serving never creates one), answering
    requests addressed to ``allowed_hosts`` only. Corrections are taken from holders of one of ``write_tokens``
    (token → the writer's name, or None), and from no one when there are none."""
    app = FastAPI(
        title="eventwire",
        version=__version__,
        description="Political event data (PLOVER/CAMEO) coded from news articles, and analysts' corrections of it. "
        'Every error is `{"error": {"code", "status", "message", "hint"}}`. Reads are open; every write (POST) needs '
        "the server's write token in `Authorization: Bearer TOKEN`, comes from this origin and sends JSON.",
        docs_url=None,
        redoc_url=None,
    )
    app.state.db = _check_db(db)
    app.state.whole_store = {}  # answers over the whole store, by request and store version (see serve/api.py)
    app.state.write_tokens = dict(write_tokens or {})
    install_error_handlers(app)
    app.add_middleware(CrashGuard)  # innermost: a crash's 500 still gets the security headers
    app.add_middleware(WriteGuard, tokens=app.state.write_tokens)  # writes refused before anything is read
    app.add_middleware(SecurityHeaders)
    app.add_middleware(HeadAsGet)
    app.add_middleware(HostCheck, allowed=tuple(allowed_hosts))  # outermost
    app.include_router(router)
    app.include_router(corrections_router)
    app.add_api_route("/docs", _docs, include_in_schema=False, response_class=HTMLResponse)
    app.mount("/", StaticFiles(directory=STATIC, html=True), name="ui")
    return app
