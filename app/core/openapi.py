"""The OpenAPI document as the contract: every error an operation can answer, as problem+json
with its schema; the API-key scheme on the operations that need a key; `Retry-After` on 503.

Routers declare what is theirs (a 404 for an unknown code, links, alternative formats); what
every operation shares is added here, from facts about the operation (a body: 413 and 415; a
key: 401; the graph: 503; any query: 422), so no operation can forget one.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from pydantic import BaseModel, Field

from app.core.config import Settings
from app.core.errors import PROBLEM_JSON

SCHEME = "ApiKey"
API_PREFIX = "/v1/"
DESCRIPTIONS = {
    400: "The body could not be read: not UTF-8, or a broken multipart upload.",
    401: "No valid API key: send `Authorization: Bearer <key>`.",
    404: "Not found.",
    409: "The write conflicts with a constraint of the graph.",
    413: "The body is over ENTENTE_MAX_BODY_BYTES, or a text or batch over its own limit.",
    415: "The body is not in the media type the operation reads.",
    422: "A parameter or field is invalid, out of range or unknown; `errors` names each.",
    502: "The other server (a page, a feed, a webhook's host) could not be reached, was too "
    "slow, sent too much, or answered an error.",
    503: "Neo4j cannot be reached, is busy, or the query hit its time limit; see Retry-After.",
}
RETRY_AFTER = {
    "description": "Seconds to wait before asking again.",
    "schema": {"type": "integer", "minimum": 1},
}


class ProblemItem(BaseModel):
    """One wrong field or parameter."""

    field: str | None = None
    message: str


class Problem(BaseModel):
    """An error, as RFC 9457 `application/problem+json`."""

    type: str = "about:blank"
    title: str
    status: int = Field(ge=400, le=599)
    detail: str
    instance: str = Field(description="The path that was asked for.")
    errors: list[ProblemItem] | None = Field(None, description="Each wrong field, when known.")


def install_openapi(app: FastAPI, settings: Settings) -> None:
    """Serve the contract below as `/openapi.json` (built once, on first use)."""

    def build() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = contract(app, settings)
        return app.openapi_schema

    app.openapi = build  # type: ignore[method-assign]


def contract(app: FastAPI, settings: Settings) -> dict[str, Any]:
    """FastAPI's document with the shared errors, the problem schema and the key scheme."""
    schema = get_openapi(
        title=app.title,
        version=app.version,
        summary=app.summary,
        description=app.description,
        routes=app.routes,
    )
    schemas = schema.setdefault("components", {}).setdefault("schemas", {})
    for unused in ("HTTPValidationError", "ValidationError"):
        schemas.pop(unused, None)
    problem = Problem.model_json_schema(ref_template="#/components/schemas/{model}")
    schemas.update(problem.pop("$defs", {}))
    schemas["Problem"] = problem
    schema["components"]["securitySchemes"] = {
        SCHEME: {
            "type": "http",
            "scheme": "bearer",
            "description": "A key from ENTENTE_API_KEYS. Writes need one; reads only when "
            "ENTENTE_READ_REQUIRES_KEY is set.",
        }
    }
    for path, operations in schema.get("paths", {}).items():
        for method, operation in operations.items():
            _complete(path, method, operation, settings)
    return schema


def _complete(path: str, method: str, operation: dict[str, Any], settings: Settings) -> None:
    """Add the errors every operation of this kind can answer, each as problem+json."""
    api = path.startswith(API_PREFIX)
    write = api and method != "get"
    statuses = {422}
    if "requestBody" in operation:
        statuses |= {400, 413, 415}
    if write or (api and settings.read_requires_key):
        statuses.add(401)
        operation["security"] = [{SCHEME: []}]
    if write:
        statuses.add(409)
    if api or path == "/readyz":
        statuses.add(503)
    responses: dict[str, Any] = operation.setdefault("responses", {})
    declared = {int(code) for code in responses if code.isdigit() and int(code) >= 400}
    for status in sorted(statuses | declared):
        entry = responses.setdefault(str(status), {})
        if status == 422 or not entry.get("description"):
            entry["description"] = DESCRIPTIONS.get(status, "Error.")
        entry["content"] = {PROBLEM_JSON: {"schema": {"$ref": "#/components/schemas/Problem"}}}
        if status == 503:
            entry["headers"] = {"Retry-After": RETRY_AFTER}
