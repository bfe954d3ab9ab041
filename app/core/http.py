"""HTTP behaviour shared by every route: CORS, frame-ancestors, and ETags for cheap polling.

Dashboards poll the JSON API and embed the HTML views, so the app says who may frame it
(`Content-Security-Policy: frame-ancestors`), which other origins may read it (CORS), and lets a
poller ask "has it changed?" (`If-None-Match` → 304) without the body crossing the wire again.
"""

from __future__ import annotations

import hashlib

from fastapi import FastAPI
from starlette.datastructures import Headers, MutableHeaders
from starlette.middleware.cors import CORSMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.core.config import Settings

API_PREFIX = "/v1/"
EMBED_PREFIX = "/embed/"


def install_http(app: FastAPI, settings: Settings) -> None:
    """Add the middleware in the order that lets CORS headers reach 304s and errors too."""
    # Starlette runs the middleware added last first: CORS wraps the others.
    app.add_middleware(ETagMiddleware, private=settings.read_requires_key)
    app.add_middleware(
        FrameAncestorsMiddleware,
        embed=settings.frame_ancestors_embed,
        app_pages=settings.frame_ancestors_app,
    )
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

        async def buffer(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
                if message["status"] != 200:
                    # Errors and redirects pass through untouched.
                    await send(message)
                return
            assert start is not None
            if start["status"] != 200:
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
