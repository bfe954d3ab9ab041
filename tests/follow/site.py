"""Elsewhere on the web, on loopback: a news site of the tests' own making (article pages with
navigation, ads and comments around the story; RSS and Atom feeds with ETags) and a webhook
receiver that checks signatures. Tests change what it serves and read what it was asked."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from html import escape
from typing import Any

import orjson
from fastapi import FastAPI, Request, Response

from tests.served import in_thread


@dataclass
class Page:
    body: bytes
    media_type: str = "text/html; charset=utf-8"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0


@dataclass
class Hook:
    """A webhook call as received, and whether its signature held."""

    headers: dict[str, str]
    body: dict[str, Any]
    signed: bool


@dataclass
class Elsewhere:
    """What the site serves and what it saw."""

    pages: dict[str, Page] = field(default_factory=dict)
    asked: list[str] = field(default_factory=list)
    hooks: list[Hook] = field(default_factory=list)
    secret: str = "a-receivers-shared-secret"
    fail_hooks: int = 0
    """The next this many webhook calls are answered 500."""
    url: str = ""

    def put(self, path: str, page: Page) -> str:
        self.pages[path] = page
        return self.url + path

    def times_asked(self, path: str) -> int:
        return self.asked.count(path)


@contextmanager
def elsewhere() -> Iterator[Elsewhere]:
    """The site, served on a loopback port until the block ends."""
    world = Elsewhere()
    with in_thread(make_app(world)) as url:
        world.url = url
        yield world


def make_app(site: Elsewhere) -> FastAPI:
    app = FastAPI()

    @app.post("/hook")
    async def hook(request: Request) -> Response:
        raw = await request.body()
        expected = "sha256=" + hmac.new(site.secret.encode(), raw, hashlib.sha256).hexdigest()
        given = request.headers.get("x-entente-signature", "")
        site.hooks.append(
            Hook(dict(request.headers), orjson.loads(raw), hmac.compare_digest(expected, given))
        )
        if site.fail_hooks > 0:
            site.fail_hooks -= 1
            return Response("receiver down", status_code=500)
        return Response(status_code=204)

    @app.get("/{path:path}")
    async def page(path: str, request: Request) -> Response:
        path = "/" + path
        site.asked.append(path)
        found = site.pages.get(path)
        if found is None:
            return Response("no such page", status_code=404)
        if found.delay:
            await asyncio.sleep(found.delay)
        etag = found.headers.get("ETag")
        if etag and request.headers.get("if-none-match") == etag:
            return Response(status_code=304, headers={"ETag": etag})
        return Response(
            found.body, status_code=found.status, media_type=found.media_type,
            headers=found.headers,
        )  # fmt: skip

    return app


BACKGROUND = [
    "The announcement followed several weeks of talks between officials and military planners, "
    "according to people familiar with the discussions who asked not to be named.",
    "Analysts said the decision reflected a broader shift in how governments in the region "
    "think about security, and that further steps could follow in the coming months.",
    "More details were expected later in the week, when ministers are due to brief lawmakers "
    "behind closed doors.",
]
"""Paragraphs a story goes on with, naming no state: a page is as long as news pages are."""


def article(
    title: str,
    paragraphs: list[str],
    *,
    published: str | None = None,
    canonical: str | None = None,
    outlet: str = "The Harbour Herald",
) -> Page:
    """A news page as sites make them: the story amid navigation, a cookie notice, ads,
    related links and readers' comments."""
    meta = [f'<meta property="og:site_name" content="{escape(outlet)}">',
            f'<meta property="og:title" content="{escape(title)}">']  # fmt: skip
    if published:
        meta.append(f'<meta property="article:published_time" content="{published}T07:30:00Z">')
    if canonical:
        meta.append(f'<link rel="canonical" href="{escape(canonical)}">')
    story = "\n".join(f"<p>{escape(p)}</p>" for p in [*paragraphs, *BACKGROUND])
    html = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{escape(title)} | {escape(outlet)}</title>
{"".join(meta)}</head>
<body>
<div class="cookie-banner">We use cookies to improve your experience. <button>Accept</button></div>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<aside class="ad">Advertisement: Summer sale on garden furniture, up to half off this week.</aside>
<main><article>
<h1>{escape(title)}</h1>
<p class="byline">By a staff reporter</p>
{story}
</article>
<section class="related"><h2>Related</h2><ul><li><a href="/a">Markets close higher</a></li>
<li><a href="/b">Storm warning for the coast</a></li></ul></section>
<section class="comments"><h2>Comments</h2>
<div class="comment">Reader123: I bet the army of Canada sent troops to Peru as well,
nobody tells us.</div>
<div class="comment">OldSailor: Great reporting as always.</div></section>
</main>
<footer>© The Harbour Herald. All rights reserved. Contact us. Privacy.</footer>
</body></html>"""
    return Page(html.encode())


@dataclass(frozen=True)
class Item:
    title: str
    link: str
    guid: str
    published: datetime


def rss(items: list[Item], etag: str | None = None) -> Page:
    entries = "".join(
        f"<item><title>{escape(i.title)}</title><link>{escape(i.link)}</link>"
        f'<guid isPermaLink="false">{escape(i.guid)}</guid>'
        f"<pubDate>{format_datetime(i.published)}</pubDate></item>"
        for i in items
    )
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        "<title>Harbour Herald: World</title><link>https://herald.example/world</link>"
        f"<description>World news</description>{entries}</channel></rss>"
    )
    return Page(xml.encode(), "application/rss+xml", headers={"ETag": etag} if etag else {})


def atom(items: list[Item]) -> Page:
    entries = "".join(
        f'<entry><title>{escape(i.title)}</title><link href="{escape(i.link)}"/>'
        f"<id>{escape(i.guid)}</id><updated>{i.published.isoformat()}</updated></entry>"
        for i in items
    )
    xml = (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>Gulf Desk</title><id>urn:gulf-desk</id>"
        f"<updated>{datetime.now(UTC).isoformat()}</updated>{entries}</feed>"
    )
    return Page(xml.encode(), "application/atom+xml")
