"""`/openapi.json` and `/docs`: the contract and its reader, under the same read access as the
API they describe, with Swagger UI served from the project's own assets (no CDN)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse

from app.core.deps import ReaderDep

router = APIRouter(dependencies=[ReaderDep], include_in_schema=False)
SWAGGER = "/assets/vendor/swagger-ui-dist"


@router.get("/openapi.json")
async def openapi(request: Request) -> dict[str, Any]:
    schema: dict[str, Any] = request.app.openapi()
    return schema


@router.get("/docs")
async def docs() -> HTMLResponse:
    return get_swagger_ui_html(
        openapi_url="/openapi.json",
        title="Entente API",
        swagger_js_url=f"{SWAGGER}/swagger-ui-bundle.js",
        swagger_css_url=f"{SWAGGER}/swagger-ui.css",
        swagger_favicon_url="/assets/favicon.svg",
    )
