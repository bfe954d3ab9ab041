"""Errors that reach users, and the one handler that renders them as RFC 9457 problem+json.

EntenteError (500)
├── InvalidInput (422)   a field's value is wrong; `field` names it
├── Unauthorized (401)   no valid API key for a write
├── NotFound (404)       an unknown country, document, …
├── Conflict (409)       a constraint of the graph was violated
├── PayloadTooLarge (413)
├── BadGateway (502)     a page, feed or webhook elsewhere failed (timeout, 404, not HTML)
└── Unavailable (503)    Neo4j cannot be reached or its schema is not current (`Retry-After`)

Driver errors are mapped here once: unreachable, busy (a transient error that outlasted the
driver's retries) or out of time → 503 with `Retry-After`; a graph constraint → 409. Details
never carry the driver's message, which names the database's host.
"""

from __future__ import annotations

import logging
import re
from typing import Any

import orjson
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.params import Form
from fastapi.routing import APIRoute
from neo4j.exceptions import (
    AuthError,
    ConstraintError,
    DriverError,
    Neo4jError,
    ServiceUnavailable,
    SessionExpired,
    TransientError,
)
from starlette.exceptions import HTTPException
from starlette.responses import Response
from starlette.routing import compile_path
from starlette.types import ASGIApp, Message, Receive, Scope, Send

PROBLEM_JSON = "application/problem+json"
RETRY_UNAVAILABLE = 5
"""Seconds a client is asked to wait when Neo4j cannot be reached."""
RETRY_BUSY = 1
"""Seconds a client is asked to wait after a deadlock or a query that ran out of time."""
TIMED_OUT_CODES = frozenset(
    {
        "Neo.ClientError.Transaction.TransactionTimedOut",
        "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
    }
)
ENDED_BY_SERVER = frozenset(
    {"Neo.ClientError.Transaction.LockClientStopped", "Neo.ClientError.Transaction.Terminated"}
)
"""Codes of a transaction Neo4j ended itself (shutting down, or an operator killed it): nothing of
it was stored and the same request may succeed later."""
TITLES = {
    400: "Bad request",
    404: "Not found",
    405: "Method not allowed",
    413: "Content too large",
    415: "Unsupported media type",
}
HTTP_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
log = logging.getLogger("entente")


class EntenteError(Exception):
    """An error with its own HTTP status, title and user-facing detail."""

    status = 500
    title = "Internal error"
    retry_after: int | None = None

    def __init__(
        self, detail: str, *, field: str | None = None, errors: list[dict[str, str]] | None = None
    ) -> None:
        super().__init__(detail)
        self.detail = detail
        self.field = field
        self.errors = errors or ([{"field": field, "message": detail}] if field else [])


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
    title = "Content too large"


class BadGateway(EntenteError):
    status = 502
    title = "Bad gateway"


class Unavailable(EntenteError):
    status = 503
    title = "Service unavailable"
    retry_after = RETRY_UNAVAILABLE


def problem(
    status: int,
    title: str,
    detail: str,
    instance: str,
    *,
    headers: dict[str, str] | None = None,
    **extra: Any,
) -> Response:
    """A problem+json response (RFC 9457)."""
    body = {"type": "about:blank", "title": title, "status": status, "detail": detail}
    body["instance"] = instance
    body.update(extra)
    headers = dict(headers or {})
    if status == 401:
        headers["WWW-Authenticate"] = "Bearer"
    return Response(orjson.dumps(body), status, headers=headers, media_type=PROBLEM_JSON)


def _field_name(location: tuple[int | str, ...]) -> str:
    # ("body", "events", 3, "type") -> "events[3].type"; the "body"/"query" prefix says little.
    parts = [p for p in location if p not in ("body", "query", "path", "header")]
    name = ""
    for part in parts:
        name += f"[{part}]" if isinstance(part, int) else (f".{part}" if name else str(part))
    return name or str(location[0] if location else "body")


def expected_media(request: Request) -> str:
    """The media type the matched route reads its body as."""
    route = request.scope.get("route")
    body = route.body_field if isinstance(route, APIRoute) else None
    if body is not None and isinstance(body.field_info, Form):
        return "multipart/form-data"
    return "application/json"


def allowed_methods(app: FastAPI, request: Request, allow: str) -> str:
    """Every method some operation takes at this path. Starlette's own `Allow` names only the
    first route that matched (`GET /v1/documents/{id}` hides `DELETE`), so the OpenAPI paths
    that match are asked instead; of those, only the most literal (`/v1/feeds/{feed_id}`
    matches `/v1/feeds/x:poll` too). Pages outside the OpenAPI keep Starlette's answer."""
    matching = [
        (_literal(template), operations)
        for template, operations in app.openapi().get("paths", {}).items()
        if compile_path(template)[0].match(request.url.path)
    ]
    most = max((literal for literal, _ in matching), default=0)
    methods = {
        m.upper()
        for literal, operations in matching
        if literal == most
        for m in operations
        if m.upper() in HTTP_METHODS
    } or {m.strip() for m in allow.split(",") if m.strip()}
    if "GET" in methods:
        methods.add("HEAD")
    return ", ".join(sorted(methods))


def _literal(template: str) -> int:
    """How many characters of a path template are not parameters."""
    return len(re.sub(r"\{[^}]*\}", "", template))


def driver_problem(error: Exception) -> tuple[int, str, str, int | None]:
    """(status, title, detail, Retry-After) for a driver error, with no word of the server's
    address: the driver's own messages name it."""
    if isinstance(error, ServiceUnavailable | SessionExpired):
        detail = "Neo4j cannot be reached; retry later"
        return 503, "Service unavailable", detail, RETRY_UNAVAILABLE
    if isinstance(error, AuthError):
        detail = "Neo4j refused the service's credentials (NEO4J_USER/NEO4J_PASSWORD)"
        return 503, "Service unavailable", detail, RETRY_UNAVAILABLE
    if isinstance(error, TransientError):
        detail = "the graph was busy (a conflict with other writes outlasted the retries); retry"
        return 503, "Service unavailable", detail, RETRY_BUSY
    timed_out = isinstance(error, Neo4jError) and error.code in TIMED_OUT_CODES
    if timed_out or isinstance(error, TimeoutError):
        detail = "the query hit its time limit; retry later or narrow the question"
        return 503, "Query time limit", detail, RETRY_BUSY
    if isinstance(error, Neo4jError) and error.code in ENDED_BY_SERVER:
        detail = "Neo4j ended the transaction (shutting down, or an operator stopped it); retry"
        return 503, "Service unavailable", detail, RETRY_UNAVAILABLE
    if isinstance(error, ConstraintError):
        return 409, "Conflict", "the write conflicts with a constraint of the graph", None
    return 500, "Internal error", type(error).__name__, None


def install_error_handlers(app: FastAPI) -> None:
    """Render every error, expected or not, as problem+json."""

    async def on_entente_error(request: Request, error: Exception) -> Response:
        assert isinstance(error, EntenteError)
        extra = {"errors": error.errors} if error.errors else {}
        headers = {"Retry-After": str(error.retry_after)} if error.retry_after else None
        return problem(
            error.status, error.title, error.detail, request.url.path, headers=headers, **extra
        )

    async def on_validation_error(request: Request, error: Exception) -> Response:
        assert isinstance(error, RequestValidationError)
        media = request.headers.get("content-type", "").split(";")[0].strip().lower()
        body_error = any(e["loc"][:1] == ("body",) for e in error.errors())
        wanted = expected_media(request)
        if body_error and media and media != wanted:
            detail = f"send the body as {wanted}, not {media}"
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
        title = TITLES.get(error.status_code, "Error")
        headers = dict(error.headers or {})
        if error.status_code == 405:
            headers["Allow"] = allowed_methods(app, request, headers.get("Allow", ""))
        return problem(
            error.status_code, title, str(error.detail), request.url.path, headers=headers
        )

    async def on_driver_error(request: Request, error: Exception) -> Response:
        status, title, detail, retry_after = driver_problem(error)
        if status == 500:
            log.error("driver error on %s", request.url.path, exc_info=error)
        headers = {"Retry-After": str(retry_after)} if retry_after else None
        return problem(status, title, detail, request.url.path, headers=headers)

    app.add_exception_handler(EntenteError, on_entente_error)
    app.add_exception_handler(RequestValidationError, on_validation_error)
    app.add_exception_handler(HTTPException, on_http_error)
    app.add_exception_handler(Neo4jError, on_driver_error)
    app.add_exception_handler(DriverError, on_driver_error)
    app.add_exception_handler(TimeoutError, on_driver_error)
    # Added first, so it runs inside every other middleware: a 500 gets their headers too.
    app.add_middleware(UnexpectedErrorMiddleware)


class UnexpectedErrorMiddleware:
    """Answer an unexpected exception with a 500 problem+json instead of letting it reach the
    server, which would close the client's keep-alive connection after its own 500."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def watch(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, watch)
        except Exception as error:
            if started:
                raise  # half an answer is out: only closing the connection can say so
            log.error("unexpected error on %s", scope["path"], exc_info=error)
            response = problem(500, "Internal error", type(error).__name__, scope["path"])
            await response(scope, receive, send)
