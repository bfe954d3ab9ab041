"""HTTP behaviour shared by every route: CORS, frame-ancestors, safety headers, a bound on
request bodies, and ETags for cheap polling.

Dashboards poll the JSON API and embed the HTML views, so the app says who may frame it
(`Content-Security-Policy: frame-ancestors`), which other origins may read it (CORS), and lets a
poller ask "has it changed?" (`If-None-Match` → 304) without the body crossing the wire again.
Bodies are counted as they arrive, so an oversized one is refused before a key is checked or a
byte of JSON is parsed, and never held in memory.
"""

from __future__ import annotations

import hashlib

from fastapi import FastAPI
from starlette.datastructures import Headers, MutableHeaders
from starlette.exceptions import HTTPException
from starlette.middleware.cors import CORSMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.core.config import Settings
from app.core.errors import problem

API_PREFIX = "/v1/"
EMBED_PREFIX = "/embed/"


def install_http(app: FastAPI, settings: Settings) -> None:
    """Add the middleware in the order that lets CORS headers reach 304s and errors too."""
    # Starlette runs the middleware added last first: CORS wraps the others.
    app.add_middleware(ETagMiddleware, private=settings.read_requires_key)
    app.add_middleware(BodyLimitMiddleware, limit=settings.max_body_bytes)
    app.add_middleware(
        FrameAncestorsMiddleware,
        embed=settings.frame_ancestors_embed,
        app_pages=settings.frame_ancestors_app,
    )
    app.add_middleware(SafetyHeadersMiddleware)
    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.cors_origins,
        allow_methods=["GET", "HEAD", "POST", "OPTIONS"],
        allow_headers=["Authorization", "Content-Type", "If-None-Match"],
        expose_headers=["ETag"],
        max_age=600,
    )


def weak_etag(body: bytes) -> str:
    """A weak validator: equal bodies give equal tags, whatever the encoding on the wire."""
    return 'W/"' + hashlib.blake2b(body, digest_size=16).hexdigest() + '"'


def etag_matches(if_none_match: str, etag: str) -> bool:
    """The weak comparison RFC 9110 asks for on `If-None-Match` (a list, or `*`)."""
    if if_none_match.strip() == "*":
        return True
    opaque = etag.removeprefix("W/")
    return any(
        candidate.strip().removeprefix("W/") == opaque for candidate in if_none_match.split(",")
    )


class ETagMiddleware:
    """Tag successful GET answers under /v1 and answer 304 when the client already has them."""

    def __init__(self, app: ASGIApp, *, private: bool = False) -> None:
        self.app = app
        # With keys on reads, a shared cache must not hand one reader's answer to another.
        self.cache_control = "private, no-cache" if private else "no-cache"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        tagged = (
            scope["type"] == "http"
            and scope["method"] in ("GET", "HEAD")
            and scope["path"].startswith(API_PREFIX)
        )
        if not tagged:
            await self.app(scope, receive, send)
            return

        start: Message | None = None
        chunks: list[bytes] = []
        passed = False

        async def buffer(message: Message) -> None:
            nonlocal start, passed
            if message["type"] == "http.response.start":
                start = message
                media = Headers(raw=message["headers"]).get("content-type", "")
                # Errors, redirects and streams (which never end) pass through untouched.
                passed = message["status"] != 200 or media.startswith("text/event-stream")
                if passed:
                    await send(message)
                return
            assert start is not None
            if passed:
                await send(message)
                return
            chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                await self._finish(scope, start, b"".join(chunks), send)

        await self.app(scope, receive, buffer)

    async def _finish(self, scope: Scope, start: Message, body: bytes, send: Send) -> None:
        headers = MutableHeaders(raw=list(start["headers"]))
        etag = headers.get("etag") or weak_etag(body)
        headers["ETag"] = etag
        headers.setdefault("Cache-Control", self.cache_control)
        if_none_match = Headers(scope=scope).get("if-none-match")
        if if_none_match and etag_matches(if_none_match, etag):
            del headers["content-length"]
            del headers["content-type"]
            await send({"type": "http.response.start", "status": 304, "headers": headers.raw})
            await send({"type": "http.response.body", "body": b""})
            return
        await send({**start, "headers": headers.raw})
        await send({"type": "http.response.body", "body": body})


class FrameAncestorsMiddleware:
    """Say who may put a page in a frame: anyone for /embed/*, the app itself elsewhere."""

    def __init__(self, app: ASGIApp, *, embed: str, app_pages: str) -> None:
        self.app = app
        self.embed = embed
        self.app_pages = app_pages

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        ancestors = self.embed if scope["path"].startswith(EMBED_PREFIX) else self.app_pages

        async def add_policy(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                policy = headers.get("content-security-policy")
                directive = f"frame-ancestors {ancestors}"
                headers["Content-Security-Policy"] = (
                    f"{policy}; {directive}" if policy else directive
                )
            await send(message)

        await self.app(scope, receive, add_policy)


class BodyTooLarge(HTTPException):
    """Raised from `receive` when the bytes read so far pass the limit."""

    def __init__(self, limit: int) -> None:
        detail = f"the body is larger than {limit} bytes (ENTENTE_MAX_BODY_BYTES)"
        # Closing is the only way to stop a client that is still sending.
        super().__init__(413, detail, headers={"Connection": "close"})


class BodyLimitMiddleware:
    """413 for a body over `limit` bytes: at once from `Content-Length`, else (chunked) as soon
    as the bytes received pass it, before the route has buffered them."""

    def __init__(self, app: ASGIApp, *, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = Headers(scope=scope).get("content-length", "")
        if declared.isdigit() and int(declared) > self.limit:
            await self._refuse(scope, receive, send, BodyTooLarge(self.limit))
            return
        received = 0
        started = False

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    raise BodyTooLarge(self.limit)
            return message

        async def watch(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted, watch)
        except BodyTooLarge as error:
            # Usually rendered by the app's handler; this is for code that read the body itself.
            if started:
                raise
            await self._refuse(scope, receive, send, error)

    @staticmethod
    async def _refuse(scope: Scope, receive: Receive, send: Send, error: BodyTooLarge) -> None:
        headers = dict(error.headers or {})
        response = problem(413, "Content too large", error.detail, scope["path"], headers=headers)
        await response(scope, receive, send)


PAGE_REFERRER_POLICY = "strict-origin-when-cross-origin"
"""For HTML pages: links to articles tell the news site only which Entente sent the reader."""
API_REFERRER_POLICY = "no-referrer"
"""For everything else: answers have no links to follow, so nothing needs to be said."""


class SafetyHeadersMiddleware:
    """`X-Content-Type-Options: nosniff` and a `Referrer-Policy` on every answer, errors and
    static files included, so no browser reads a CSV or an error as a script or a page."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def add_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers["X-Content-Type-Options"] = "nosniff"
                page = headers.get("content-type", "").startswith("text/html")
                headers.setdefault(
                    "Referrer-Policy", PAGE_REFERRER_POLICY if page else API_REFERRER_POLICY
                )
            await send(message)

        await self.app(scope, receive, add_headers)
