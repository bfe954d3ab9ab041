"""`/embed/*` views for dashboards' iframes, the analyst's page at `/`, and their assets."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

from app.embeds import service
from app.embeds.service import PAGE_POLICY, STATIC_DIR, VENDOR_DIRS, View

router = APIRouter(tags=["embeds"], include_in_schema=False)

TitleQuery = Annotated[str | None, Query(description="Heading shown above the view")]
ThemeQuery = Annotated[str | None, Query(description="light or dark")]

# npm packages first: the catch-all mount of the project's own files comes last.
for package, directory in VENDOR_DIRS.items():
    router.mount(
        f"/assets/vendor/{package}",
        StaticFiles(directory=directory, check_dir=False),
        name=f"vendor-{package}",
    )
router.mount("/assets", StaticFiles(directory=STATIC_DIR), name="assets")


def _page(body: str) -> HTMLResponse:
    return HTMLResponse(
        body, headers={"Content-Security-Policy": PAGE_POLICY, "Cache-Control": "no-cache"}
    )


def _embed(view: View, title: str | None, theme: str | None) -> HTMLResponse:
    return _page(service.embed_page(view, title=title, theme=theme))


@router.get("/", response_class=HTMLResponse)
async def analyst(theme: ThemeQuery = None) -> HTMLResponse:
    """Pick countries, look at paths, timelines and recent events, copy an embed snippet."""
    return _page(service.analyst_page(theme=theme))


@router.get("/embed/network", response_class=HTMLResponse)
async def embed_network(title: TitleQuery = None, theme: ThemeQuery = None) -> HTMLResponse:
    """The tie network of `/v1/network` for the same query string."""
    return _embed("network", title, theme)


@router.get("/embed/timeline", response_class=HTMLResponse)
async def embed_timeline(title: TitleQuery = None, theme: ThemeQuery = None) -> HTMLResponse:
    """Cooperation of `a` and `b` over time, from `/v1/dyads/{a}/{b}/timeline`."""
    return _embed("timeline", title, theme)


@router.get("/embed/path", response_class=HTMLResponse)
async def embed_path(title: TitleQuery = None, theme: ThemeQuery = None) -> HTMLResponse:
    """The paths of `/v1/paths` (with evidence from `/v1/paths/explain`)."""
    return _embed("path", title, theme)
