"""Safety headers on every answer: successes, errors, pages, static files and downloads."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.conftest import AUTH


@pytest.mark.parametrize(
    ("method", "path", "status", "referrer"),
    [
        ("GET", "/healthz", 200, "no-referrer"),
        ("GET", "/v1/network", 200, "no-referrer"),
        ("GET", "/v1/network?format=csv", 200, "no-referrer"),
        ("GET", "/v1/network?format=graphml", 200, "no-referrer"),
        ("GET", "/openapi.json", 200, "no-referrer"),
        ("GET", "/v1/countries/XXX", 404, "no-referrer"),
        ("GET", "/v1/nothing-here", 404, "no-referrer"),
        ("DELETE", "/v1/network", 405, "no-referrer"),
        ("GET", "/v1/events?limit=0", 422, "no-referrer"),
        ("POST", "/v1/events", 401, "no-referrer"),
        ("GET", "/assets/app.js", 200, "no-referrer"),
        ("GET", "/assets/nothing.js", 404, "no-referrer"),
        ("GET", "/", 200, "strict-origin-when-cross-origin"),
        ("GET", "/embed/network", 200, "strict-origin-when-cross-origin"),
    ],
)
def test_every_answer_is_nosniff_with_a_referrer_policy(
    client: TestClient, method: str, path: str, status: int, referrer: str
) -> None:
    response = client.request(method, path)
    assert response.status_code == status
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] == referrer


def test_a_304_keeps_them_too(client: TestClient) -> None:
    etag = client.get("/v1/countries").headers["etag"]
    again = client.get("/v1/countries", headers={"If-None-Match": etag})
    assert again.status_code == 304
    assert again.headers["x-content-type-options"] == "nosniff"


def test_a_write_answer_has_them(client: TestClient) -> None:
    response = client.post("/v1/documents", json={"text": "Nothing happened."}, headers=AUTH)
    assert response.status_code == 201
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] == "no-referrer"
