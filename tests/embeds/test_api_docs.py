"""The API's reader at /docs: Swagger UI from the project's own assets, rendering the contract in
a real browser without a request to any other origin; /docs, /openapi.json and /metrics follow
the read-access setting."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from fastapi.testclient import TestClient

from app.main import create_app
from tests.conftest import AUTH, Neo4jUnderTest, settings_for
from tests.embeds.conftest import LiveServer, OpenTab

READ_ROUTES = ["/docs", "/openapi.json", "/metrics"]


@pytest.mark.browser
def test_docs_render_the_operations_from_our_own_assets(
    live_server: LiveServer, open_tab: OpenTab
) -> None:
    requested: list[str] = []
    tab = open_tab("about:blank", width=1280, height=900)
    tab.page.on("request", lambda request: requested.append(request.url))
    tab.page.goto(f"{live_server.url}/docs")
    tab.page.wait_for_selector(".opblock")
    shown = tab.page.locator(".opblock-summary-path").all_text_contents()
    documented = live_server.get("/openapi.json").json()["paths"]
    assert {path.replace("\u200b", "") for path in shown} == set(documented)
    origins = {urlsplit(url).netloc for url in requested if not url.startswith("data:")}
    assert origins == {urlsplit(live_server.url).netloc}
    assert tab.errors == []


@pytest.mark.parametrize("path", READ_ROUTES)
@pytest.mark.parametrize("closed", [False, True])
def test_docs_contract_and_metrics_follow_read_access(
    neo4j: Neo4jUnderTest, path: str, closed: bool
) -> None:
    with TestClient(create_app(settings_for(neo4j, read_requires_key=closed))) as client:
        anonymous = client.get(path)
        assert anonymous.status_code == (401 if closed else 200)
        assert client.get(path, headers=AUTH).status_code == 200
