"""An article page read as a document: its main text, title, date and outlet, found by
trafilatura (navigation, ads and comments left out)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import httpx
import trafilatura

from app.core.errors import InvalidInput
from app.fetch.client import Answer
from app.vocabulary import EARLIEST_DATE, LATEST_DATE

HTML = frozenset({"text/html", "application/xhtml+xml"})
MIN_WORDS = 8
"""Fewer words than this is no article (what is left of a page of links or a paywall stub)."""


@dataclass(frozen=True)
class Article:
    url: str
    """The page's canonical URL when it names one on its own site, else the URL fetched."""
    text: str
    title: str | None
    published_on: date | None
    outlet: str | None


def read_article(answer: Answer, field: str = "url") -> Article:
    """The article in an HTML answer; 422 naming `field` for a body that is not HTML or has no
    article text. (CPU-bound: callers run it in a thread.)"""
    if answer.media_type not in HTML:
        kind = answer.media_type or "of no declared type"
        raise InvalidInput(f"the page is {kind}, not HTML", field=field)
    found = trafilatura.bare_extraction(  # a Document unless `as_dict`
        answer.content,
        url=answer.url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
    )
    if not isinstance(found, trafilatura.settings.Document) or (
        len((found.text or "").split()) < MIN_WORDS
    ):
        raise InvalidInput("the page has no article text", field=field)
    return Article(
        url=_canonical(answer.url, found.url),
        text=(found.text or "").strip(),
        title=found.title or None,
        published_on=_day(found.date),
        outlet=found.sitename or None,
    )


def _canonical(fetched: str, declared: str | None) -> str:
    """The page's own canonical URL, trusted only on its own site: a page cannot claim another
    site's address (and so pass for an article stored under it)."""
    if not declared:
        return fetched
    try:
        mine, theirs = httpx.URL(fetched), httpx.URL(declared)
    except httpx.InvalidURL:
        return fetched
    if theirs.scheme in ("http", "https") and _site(theirs.host) == _site(mine.host):
        return str(theirs)
    return fetched


def _site(host: str) -> str:
    return host.lower().removeprefix("www.")


def _day(text: str | None) -> date | None:
    try:
        day = date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None
    return day if day and EARLIEST_DATE <= day <= LATEST_DATE else None
