"""Every error is problem+json with what a client needs to act: `Allow` on 405, the media type
to send on 415, `Retry-After` on 503 (and never the database's address), and a 500 that leaves
the keep-alive connection usable."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from fastapi import FastAPI, Request
from fastapi.testclient import TestClient
from neo4j import Driver, Query
from neo4j.exceptions import (
    ClientError,
    ConstraintError,
    ServiceUnavailable,
    SessionExpired,
    TransientError,
)
from pydantic import SecretStr

from app.main import create_app
from app.neo4j_local import free_port
from tests.conftest import AUTH, Neo4jUnderTest, settings_for
from tests.core.conftest import served

SERVER_ADDRESS = "10.20.30.40:7687"
"""An address that driver messages carry and answers must not."""


def timed_out_error(driver: Driver) -> ClientError:
    """A real `TransactionTimedOutClientConfiguration` from the run's Neo4j."""
    endless = "UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b RETURN count(*) AS n"
    with pytest.raises(ClientError) as caught:
        driver.execute_query(Query(endless, timeout=0.2))
    assert caught.value.code == "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration"
    return caught.value


@pytest.fixture(scope="module")
def raising_app(neo4j: Neo4jUnderTest, driver: Driver) -> TestClient:
    """The app with one extra route (this test's own) that raises what `?case=` names."""
    errors: dict[str, Exception] = {
        "unavailable": ServiceUnavailable(f"Couldn't connect to {SERVER_ADDRESS}"),  # type: ignore[no-untyped-call]
        "expired": SessionExpired(f"Failed to read from {SERVER_ADDRESS}"),  # type: ignore[no-untyped-call]
        "deadlock": TransientError(f"ForsetiClient[{SERVER_ADDRESS}] can't acquire lock"),
        "timed-out": timed_out_error(driver),
        "timeout": TimeoutError(),
        "constraint": ConstraintError(f"Node(12) already exists at {SERVER_ADDRESS}"),
        "client": ClientError(f"Invalid input at {SERVER_ADDRESS}"),
        "bug": KeyError(SERVER_ADDRESS),
    }
    app = create_app(settings_for(neo4j))

    @app.get("/v1/test-raise")
    async def raise_it(case: str) -> None:
        raise errors[case]

    return TestClient(app)  # no lifespan: the route touches no graph


@pytest.mark.parametrize(
    ("case", "status", "title", "retry_after"),
    [
        ("unavailable", 503, "Service unavailable", "5"),
        ("expired", 503, "Service unavailable", "5"),
        ("deadlock", 503, "Service unavailable", "1"),
        ("timed-out", 503, "Query time limit", "1"),
        ("timeout", 503, "Query time limit", "1"),
        ("constraint", 409, "Conflict", None),
        ("client", 500, "Internal error", None),
        ("bug", 500, "Internal error", None),
    ],
)
def test_driver_errors_are_mapped_without_the_server_address(
    raising_app: TestClient, case: str, status: int, title: str, retry_after: str | None
) -> None:
    response = raising_app.get("/v1/test-raise", params={"case": case})
    assert response.status_code == status
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["title"] == title
    assert response.headers.get("retry-after") == retry_after
    assert SERVER_ADDRESS.split(":")[0] not in response.text
    assert response.headers["x-content-type-options"] == "nosniff"


def test_an_unreachable_neo4j_is_503_with_retry_after_and_no_address(
    neo4j: Neo4jUnderTest,
) -> None:
    port = free_port()
    settings = settings_for(neo4j, neo4j_uri=f"bolt://127.0.0.1:{port}")
    with TestClient(create_app(settings)) as client:
        for path in ["/v1/countries", "/v1/events", "/readyz"]:
            response = client.get(path)
            assert response.status_code == 503, path
            assert response.headers["content-type"] == "application/problem+json"
            assert int(response.headers["retry-after"]) > 0
            assert "127.0.0.1" not in response.text and str(port) not in response.text


@pytest.fixture(scope="module")
def keep_alive_app(neo4j: Neo4jUnderTest) -> Iterator[str]:
    """The app over real HTTP, with this test's own routes: one that fails, one that tells
    the client's port (the same port: the same connection)."""
    app: FastAPI = create_app(settings_for(neo4j))

    @app.get("/v1/test-bug")
    async def bug() -> None:
        raise RuntimeError("a bug")

    @app.get("/v1/test-peer")
    async def peer(request: Request) -> int:
        assert request.client is not None
        return request.client.port

    with served(app) as (host, port):
        yield f"http://{host}:{port}"


def test_a_500_keeps_the_connection_usable(keep_alive_app: str) -> None:
    with httpx.Client(base_url=keep_alive_app, timeout=30) as client:
        before = client.get("/v1/test-peer").json()
        failed = client.get("/v1/test-bug")
        after = client.get("/v1/test-peer")
    assert failed.status_code == 500
    assert failed.headers["content-type"] == "application/problem+json"
    assert failed.json()["detail"] == "RuntimeError"
    assert failed.headers.get("connection") != "close"
    assert after.status_code == 200
    assert after.json() == before  # the same connection answered


@pytest.mark.parametrize(
    ("method", "path", "allowed"),
    [
        ("DELETE", "/v1/network", {"GET"}),
        ("PUT", "/v1/documents/doc-1", {"GET", "DELETE"}),
        ("GET", "/v1/imports/gdelt", {"POST"}),
        ("PATCH", "/v1/events", {"GET", "POST"}),
    ],
)
def test_405_says_which_methods_are_allowed(
    raising_app: TestClient, method: str, path: str, allowed: set[str]
) -> None:
    response = raising_app.request(method, path, headers=AUTH)
    assert response.status_code == 405
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["title"] == "Method not allowed"
    assert {m.strip() for m in response.headers["allow"].split(",")} - {"HEAD"} == allowed


@pytest.mark.parametrize(
    ("path", "content", "content_type", "wanted"),
    [
        ("/v1/imports/gdelt", b'{"file": "x"}', "application/json", "multipart/form-data"),
        ("/v1/imports/gdelt", b"a,b,c", "text/csv", "multipart/form-data"),
        ("/v1/events", b"--B--\r\n", "multipart/form-data; boundary=B", "application/json"),
        ("/v1/documents", b"Some text.", "text/plain", "application/json"),
    ],
)
def test_415_names_the_media_type_the_route_reads(
    client: TestClient, path: str, content: bytes, content_type: str, wanted: str
) -> None:
    response = client.post(path, content=content, headers={**AUTH, "Content-Type": content_type})
    assert response.status_code == 415
    sent = content_type.split(";")[0]
    assert response.json()["detail"] == f"send the body as {wanted}, not {sent}"


def test_a_wrong_password_is_not_echoed(neo4j: Neo4jUnderTest) -> None:
    settings = settings_for(neo4j, neo4j_password=SecretStr("not-the-password"))
    with TestClient(create_app(settings)) as client:
        response = client.get("/v1/countries")
    assert response.status_code == 503
    assert "credentials" in response.json()["detail"]
    assert "not-the-password" not in response.text
