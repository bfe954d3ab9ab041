"""Errors that reach users, and the one handler that renders them as RFC 9457 problem+json.

EntenteError (500)
├── InvalidInput (422)   a field's value is wrong; `field` names it
├── Unauthorized (401)   no valid API key for a write
├── NotFound (404)       an unknown country, document, …
├── Conflict (409)       a constraint of the graph was violated
├── PayloadTooLarge (413)
└── Unavailable (503)    Neo4j cannot be reached or its schema is not current
"""

from __future__ import annotations

from typing import Any

import orjson
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from neo4j.exceptions import ConstraintError, ServiceUnavailable, SessionExpired
from starlette.exceptions import HTTPException
from starlette.responses import Response

PROBLEM_JSON = "application/problem+json"


class EntenteError(Exception):
    """An error with its own HTTP status, title and user-facing detail."""

    status = 500
    title = "Internal error"

    def __init__(self, detail: str, *, field: str | None = None) -> None:
        super().__init__(detail)
        self.detail = detail
        self.field = field


class InvalidInput(EntenteError):
    status = 422
    title = "Invalid input"


class Unauthorized(EntenteError):
    status = 401
    title = "Unauthorized"


class NotFound(EntenteError):
    status = 404
    title = "Not found"


class Conflict(EntenteError):
    status = 409
    title = "Conflict"


class PayloadTooLarge(EntenteError):
    status = 413
    title = "Payload too large"


class Unavailable(EntenteError):
    status = 503
    title = "Service unavailable"


def problem(status: int, title: str, detail: str, instance: str, **extra: Any) -> Response:
    """A problem+json response (RFC 9457)."""
    body = {"type": "about:blank", "title": title, "status": status, "detail": detail}
    body["instance"] = instance
    body.update(extra)
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    return Response(orjson.dumps(body), status, headers=headers, media_type=PROBLEM_JSON)


def _field_name(location: tuple[int | str, ...]) -> str:
    # ("body", "events", 3, "type") -> "events[3].type"; the "body"/"query" prefix says little.
    parts = [p for p in location if p not in ("body", "query", "path", "header")]
    name = ""
    for part in parts:
        name += f"[{part}]" if isinstance(part, int) else (f".{part}" if name else str(part))
    return name or str(location[0] if location else "body")


def install_error_handlers(app: FastAPI) -> None:
    """Render every error, expected or not, as problem+json."""

    async def on_entente_error(request: Request, error: Exception) -> Response:
        assert isinstance(error, EntenteError)
        extra = {"errors": [{"field": error.field, "message": error.detail}]} if error.field else {}
        return problem(error.status, error.title, error.detail, request.url.path, **extra)

    async def on_validation_error(request: Request, error: Exception) -> Response:
        assert isinstance(error, RequestValidationError)
        media = request.headers.get("content-type", "").split(";")[0].strip()
        body_error = any(e["loc"][:1] == ("body",) for e in error.errors())
        if body_error and media and media != "application/json":
            detail = f"send the body as application/json, not {media}"
            errors = [{"field": "Content-Type", "message": detail}]
            return problem(415, "Unsupported media type", detail, request.url.path, errors=errors)
        if any(e["type"] == "json_invalid" for e in error.errors()):
            detail = "the body is not valid JSON"
            errors = [{"field": "body", "message": detail}]
            return problem(422, "Invalid input", detail, request.url.path, errors=errors)
        errors = [
            {"field": _field_name(tuple(e["loc"])), "message": e["msg"]} for e in error.errors()
        ]
        detail = "; ".join(f"{e['field']}: {e['message']}" for e in errors[:5])
        return problem(422, "Invalid input", detail, request.url.path, errors=errors)

    async def on_http_error(request: Request, error: Exception) -> Response:
        assert isinstance(error, HTTPException)
        title = {404: "Not found", 405: "Method not allowed"}.get(error.status_code, "Error")
        return problem(error.status_code, title, str(error.detail), request.url.path)

    async def on_unavailable(request: Request, error: Exception) -> Response:
        return problem(503, "Service unavailable", f"Neo4j: {error}", request.url.path)

    async def on_constraint(request: Request, error: Exception) -> Response:
        return problem(409, "Conflict", f"Graph constraint: {error}", request.url.path)

    async def on_unexpected(request: Request, error: Exception) -> Response:
        return problem(500, "Internal error", type(error).__name__, request.url.path)

    app.add_exception_handler(EntenteError, on_entente_error)
    app.add_exception_handler(RequestValidationError, on_validation_error)
    app.add_exception_handler(HTTPException, on_http_error)
    app.add_exception_handler(ServiceUnavailable, on_unavailable)
    app.add_exception_handler(SessionExpired, on_unavailable)
    app.add_exception_handler(ConstraintError, on_constraint)
    app.add_exception_handler(Exception, on_unexpected)
