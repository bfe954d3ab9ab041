"""Embedding headers over real HTTP: who may frame a page, who may read the API, cheap polls."""

from __future__ import annotations

import httpx
import pytest
from fastapi.testclient import TestClient

from app.core.http import etag_matches, weak_etag
from app.main import create_app
from tests.conftest import AUTH, Neo4jUnderTest, settings_for
from tests.embeds.conftest import DASHBOARD_ORIGIN, LiveServer


@pytest.mark.parametrize(
    ("path", "ancestors"),
    [
        ("/embed/network", "frame-ancestors *"),
        ("/embed/timeline?a=PRK&b=RUS", "frame-ancestors *"),
        ("/embed/path?from=PRK&to=USA", "frame-ancestors *"),
        ("/", "frame-ancestors 'self'"),
    ],
)
def test_frame_ancestors_by_page(live_server: LiveServer, path: str, ancestors: str) -> None:
    response = live_server.get(path)
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    policy = response.headers["content-security-policy"]
    assert policy.endswith(f"; {ancestors}")
    assert "script-src 'self';" in policy


def test_frame_ancestors_come_from_settings(neo4j: Neo4jUnderTest) -> None:
    settings = settings_for(
        neo4j, frame_ancestors_embed="https://dash.example", frame_ancestors_app="'none'"
    )
    # No lifespan: these pages do not touch the graph.
    client = TestClient(create_app(settings))
    embed = client.get("/embed/network").headers["content-security-policy"]
    assert embed.endswith("; frame-ancestors https://dash.example")
    assert client.get("/").headers["content-security-policy"].endswith("frame-ancestors 'none'")


def test_get_answers_carry_an_etag_and_304_when_unchanged(live_server: LiveServer) -> None:
    first = live_server.get("/v1/network")
    etag = first.headers["etag"]
    assert etag.startswith('W/"') and etag == weak_etag(first.content)
    assert first.headers["cache-control"] == "no-cache"

    again = live_server.get("/v1/network", headers={"If-None-Match": etag})
    assert again.status_code == 304
    assert again.content == b""
    assert again.headers["etag"] == etag

    listed = live_server.get("/v1/network", headers={"If-None-Match": f'"stale", {etag}'})
    assert listed.status_code == 304
    changed = live_server.get("/v1/network?types=ALLIANCE", headers={"If-None-Match": etag})
    assert changed.status_code == 200
    assert changed.headers["etag"] != etag


def test_etag_changes_when_the_graph_does(live_server: LiveServer) -> None:
    before = live_server.get("/v1/countries").headers["etag"]
    event = {
        "type": "VISIT", "actor": "IND", "target": "JPN", "occurred_on": "2024-08-20",
        "status": "asserted", "source": "desk-headers",
    }  # fmt: skip
    posted = httpx.post(
        f"{live_server.url}/v1/events", json={"events": [event]}, headers=AUTH, timeout=30
    )
    assert posted.status_code == 201
    assert "etag" not in posted.headers  # only GET answers are tagged
    after = live_server.get("/v1/countries", headers={"If-None-Match": before})
    assert after.status_code == 200
    assert after.headers["etag"] != before


def test_errors_and_pages_are_not_tagged(live_server: LiveServer) -> None:
    missing = live_server.get("/v1/paths?from=XXX&to=USA")
    assert missing.status_code == 404
    assert "etag" not in missing.headers
    assert "etag" not in live_server.get("/embed/network").headers


def test_cors_allows_only_the_listed_origins(live_server: LiveServer) -> None:
    allowed = live_server.get("/v1/network", headers={"Origin": DASHBOARD_ORIGIN})
    assert allowed.headers["access-control-allow-origin"] == DASHBOARD_ORIGIN
    assert "etag" in allowed.headers["access-control-expose-headers"].lower()

    other = live_server.get("/v1/network", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in other.headers

    preflight = httpx.options(
        f"{live_server.url}/v1/network",
        headers={
            "Origin": DASHBOARD_ORIGIN,
            "Access-Control-Request-Method": "GET",
            "Access-Control-Request-Headers": "If-None-Match",
        },
        timeout=30,
    )
    assert preflight.status_code == 200
    assert preflight.headers["access-control-allow-origin"] == DASHBOARD_ORIGIN
    refused = httpx.options(
        f"{live_server.url}/v1/network",
        headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "GET"},
        timeout=30,
    )
    assert refused.status_code == 400


def test_a_304_still_carries_cors_headers(live_server: LiveServer) -> None:
    etag = live_server.get("/v1/countries").headers["etag"]
    again = live_server.get(
        "/v1/countries", headers={"If-None-Match": etag, "Origin": DASHBOARD_ORIGIN}
    )
    assert again.status_code == 304
    assert again.headers["access-control-allow-origin"] == DASHBOARD_ORIGIN


@pytest.mark.parametrize(
    ("header", "matches"),
    [('W/"abc"', True), ('"abc"', True), ('"x", W/"abc"', True), ("*", True), ('"abd"', False)],
)
def test_weak_comparison(header: str, matches: bool) -> None:
    assert etag_matches(header, 'W/"abc"') is matches


def test_keyed_reads_are_cached_privately(neo4j: Neo4jUnderTest) -> None:
    with TestClient(create_app(settings_for(neo4j, read_requires_key=True))) as client:
        response = client.get("/v1/countries", headers=AUTH)
    assert response.status_code == 200
    assert response.headers["cache-control"] == "private, no-cache"
