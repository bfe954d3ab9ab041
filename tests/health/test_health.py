"""Liveness and readiness, including recovery after Neo4j restarts."""

from __future__ import annotations

from fastapi.testclient import TestClient
from neo4j import Driver
from pydantic import SecretStr

from app.main import create_app
from tests.conftest import Neo4jUnderTest, settings_for


def test_healthz_is_alive(client: TestClient) -> None:
    assert client.get("/healthz").json() == {"status": "alive"}


def test_readyz_reports_the_schema_version(client: TestClient) -> None:
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json()["neo4j"] == "up"


def test_wrong_password_makes_readyz_say_so(neo4j: Neo4jUnderTest) -> None:
    settings = settings_for(neo4j, neo4j_password=SecretStr("not-the-password"))
    with TestClient(create_app(settings)) as bad:
        response = bad.get("/readyz")
    assert response.status_code == 503
    assert response.headers["content-type"] == "application/problem+json"
    assert "credentials" in response.json()["detail"]


def test_unknown_route_is_problem_json(client: TestClient) -> None:
    response = client.get("/v1/nothing-here")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["instance"] == "/v1/nothing-here"


def test_readyz_follows_neo4j_down_and_up_without_restarting_the_app(
    neo4j: Neo4jUnderTest, client: TestClient, driver: Driver
) -> None:
    driver.execute_query("CREATE (:Country {code: 'ZZZ', name: 'kept across restarts'})")
    assert client.get("/readyz").status_code == 200
    neo4j.server.stop()
    try:
        down = client.get("/readyz")
        assert down.status_code == 503
        assert down.headers["content-type"] == "application/problem+json"
    finally:
        neo4j.server.start(neo4j.port)
    assert client.get("/readyz").status_code == 200
    records, _, _ = driver.execute_query("MATCH (c:Country {code: 'ZZZ'}) RETURN c.name AS name")
    assert [r["name"] for r in records] == ["kept across restarts"]


def test_metrics_count_requests_by_route(client: TestClient) -> None:
    client.get("/healthz")
    client.get("/v1/countries/XXX")
    text = client.get("/metrics").text
    assert 'entente_http_requests_total{method="GET",route="/healthz",status="200"}' in text
    assert 'route="/v1/countries/{code}",status="404"' in text
    assert "entente_http_request_seconds_bucket" in text
