"""ASGI guards around the app: only the served host names, writes only with the token from this origin and of a
bounded size, HEAD answered like GET, no crash that drops a connection."""

from __future__ import annotations

import hmac
from collections.abc import Iterable, Mapping

from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from eventwire.serve.errors import crash_response, error_response

LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")
# The UI loads only its own files: no inline script, nothing from another origin.
UI_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
# Swagger UI starts itself with one inline script.
DOCS_POLICY = UI_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")


def host_name(header: str) -> str:
    """The name in a Host header, without its port: "localhost:8000" → "localhost", "[::1]:80" → "::1"."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1 : header.find("]")] if "]" in header else header
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


class HostCheck:
    """Answer only requests addressed to a served host name (421 otherwise), so that a web page whose name was made
    to point at this machine (DNS rebinding) cannot read the local API."""

    def __init__(self, app: ASGIApp, allowed: Iterable[str]) -> None:
        self.app = app
        self.allowed = frozenset(host_name(h) for h in allowed)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            name = host_name(Headers(scope=scope).get("host", ""))
            if name not in self.allowed:
                response = error_response(
                    "E521",
                    421,
                    f"this server does not answer for the host name {name!r}",
                    f"use one of {', '.join(sorted(self.allowed))}, or start it with --allow-host NAME",
                )
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)


READS = frozenset({"GET", "HEAD"})
MAX_BODY = 64 * 1024  # bytes a write request may send (a correction is a few hundred)
CLOSED_HINT = (
    "start the server with `eventwire serve --write-token-file FILE` (or $EVENTWIRE_WRITE_TOKEN) to allow them"
)


def token_of(headers: Headers) -> str | None:
    """The write token a request sends: ``Authorization: Bearer TOKEN`` or ``X-Eventwire-Token: TOKEN`` (never a
    cookie, which a browser would send for another site's page too)."""
    auth = headers.get("authorization", "")
    if auth[:7].lower() == "bearer ":
        return auth[7:].strip() or None
    return headers.get("x-eventwire-token") or None


def writer(tokens: Mapping[str, str | None], sent: str | None) -> tuple[bool, str | None]:
    """Whether ``sent`` is one of the tokens (compared in constant time) and the name it was given, if any."""
    found, name = False, None
    for token, who in tokens.items():
        if sent is not None and hmac.compare_digest(token.encode(), sent.encode()):
            found, name = True, who
    return found, name


class WriteGuard:
    """Every request that may change the store (any method but GET and HEAD under /api) must carry a write token,
    come from this server's own origin (or from no browser page at all) and send JSON of at most MAX_BODY bytes;
    it is refused before anything is read otherwise: 403 (writes closed, no or a wrong token, another origin), 415,
    413. The token's name, if it has one, goes to the request's state as ``writer``."""

    def __init__(self, app: ASGIApp, tokens: Mapping[str, str | None]) -> None:
        self.app = app
        self.tokens = dict(tokens)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in READS or not scope["path"].startswith("/api/"):
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        refused = self._refusal(headers)
        if refused is not None:
            await error_response(*refused)(scope, receive, send)
            return
        body = await _read_body(receive)
        if body is None:
            too_large = error_response("E513", 413, "the request is too large", f"send at most {MAX_BODY} bytes")
            await too_large(scope, receive, send)
            return
        scope.setdefault("state", {})["writer"] = writer(self.tokens, token_of(headers))[1]
        await self.app(scope, _replay(body, receive), send)

    def _refusal(self, headers: Headers) -> tuple[str, int, str, str] | None:
        if not self.tokens:
            return "E530", 403, "this server is read-only: corrections are closed", CLOSED_HINT
        origin = headers.get("origin")
        own = f"http://{headers.get('host', '')}"
        site = headers.get("sec-fetch-site")
        if (origin is not None and origin.lower() != own.lower()) or site in ("cross-site", "same-site"):
            return ("E532", 403, f"a write from another origin ({origin or site}) is refused",
                    "correct events in the eventwire UI served here, or from a script (no Origin header)")  # fmt: skip
        if not writer(self.tokens, token_of(headers))[0]:
            return ("E531", 403, "a write needs the server's write token, and this request has none or a wrong one",
                    "send it as `Authorization: Bearer TOKEN` (the UI asks for it once: Sign in)")  # fmt: skip
        kind = headers.get("content-type", "").split(";")[0].strip().lower()
        if kind != "application/json":
            return (
                "E515",
                415,
                f"a write must send JSON, not {kind or 'nothing'}",
                "send Content-Type: application/json",
            )
        length = headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > MAX_BODY):
            return "E513", 413, f"the request is too large ({length} bytes)", f"send at most {MAX_BODY} bytes"
        return None


async def _read_body(receive: Receive) -> bytes | None:
    """The whole body of a request, or None when it goes past MAX_BODY bytes (read no further)."""
    body = b""
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return body
        body += bytes(message.get("body", b""))
        if len(body) > MAX_BODY:
            return None
        if not message.get("more_body", False):
            return body


def _replay(body: bytes, receive: Receive) -> Receive:
    """A receive channel that gives the body read already, then whatever comes next (a disconnect)."""
    given = False

    async def replayed() -> Message:
        nonlocal given
        if not given:
            given = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replayed


class HeadAsGet:
    """HEAD is GET without the body (RFC 9110), for every route and file."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def headers_only(message: Message) -> None:
            if message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, headers_only)


class CrashGuard:
    """An unexpected exception becomes the 500 error document, and the connection stays usable: the exception goes
    no further (a server that sees it drops the keep-alive connection without saying so)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, tracking)
        except Exception as exc:
            if started:  # too late for an error document: the connection must close
                raise
            await crash_response(scope, exc)(scope, receive, send)


class SecurityHeaders:
    """No MIME sniffing, no referrer, and a Content-Security-Policy allowing this origin only, on every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        policy = DOCS_POLICY if scope["path"] == "/docs" else UI_POLICY

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers.setdefault("X-Content-Type-Options", "nosniff")
                headers.setdefault("Referrer-Policy", "no-referrer")
                headers.setdefault("Content-Security-Policy", policy)
            await send(message)

        await self.app(scope, receive, with_headers)
