"""ASGI guards around the app: only the served host names, HEAD answered like GET, no crash that drops a connection."""

from __future__ import annotations

from collections.abc import Iterable

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
