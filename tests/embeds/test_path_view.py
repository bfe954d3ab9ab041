"""/embed/path in a real browser: the chains of /v1/paths, evidence from /v1/paths/explain."""

from __future__ import annotations

import pytest

from tests.embeds.conftest import LiveServer, OpenTab, wait_for_state

pytestmark = pytest.mark.browser


def test_chains_match_the_api(live_server: LiveServer, open_tab: OpenTab) -> None:
    api = live_server.get("/v1/paths", params={"from": "PRK", "to": "USA", "k": 3}).json()
    tab = open_tab(f"{live_server.url}/embed/path?from=PRK&to=USA&k=3")
    wait_for_state(tab, "ready")

    page = tab.page
    assert page.locator(".path").count() == len(api["paths"]) >= 1
    assert page.locator(".chain .tie").count() == sum(len(p["ties"]) for p in api["paths"])
    first = [n["code"] for n in api["paths"][0]["nodes"]]
    chips = page.locator(".path").first.locator(".node")
    assert [(t or "").split()[0] for t in chips.all_text_contents()] == first
    assert page.text_content("#title") == "Paths from PRK to USA"
    assert "Alliance" in (page.text_content("#legend") or "")
    assert tab.errors == []
    tab.screenshot("path-light-400")


def test_clicking_a_tie_shows_its_evidence(live_server: LiveServer, open_tab: OpenTab) -> None:
    tab = open_tab(f"{live_server.url}/embed/path?from=PRK&to=USA", height=700)
    wait_for_state(tab, "ready")
    explains: list[str] = []
    tab.page.on(
        "request", lambda r: explains.append(r.url) if "/v1/paths/explain" in r.url else None
    )
    tab.page.locator(".chain .tie").first.click()
    tab.page.wait_for_selector("#detail[data-state='ready']")
    detail = tab.page.locator("#detail")
    assert "North Korea – Russia" in (detail.locator("h2").text_content() or "")
    assert "Kim Jong Un and Vladimir Putin signed a mutual defence treaty." in (
        detail.text_content() or ""
    )
    # The next tie of the same path reuses the one /v1/paths/explain answer.
    tab.page.locator(".chain .tie").nth(1).click()
    tab.page.wait_for_function("document.querySelector('#detail h2').textContent.includes('India')")
    assert "RUS and IND: DEFENCE_COOPERATION on 2021-12-06." in (detail.text_content() or "")
    assert detail.locator(".event").count() == 1
    assert len(explains) == 1
    assert "from=PRK&to=USA&path=0" in explains[0]
    assert tab.errors == []
    tab.screenshot("path-evidence-400")


def test_dark_theme(live_server: LiveServer, open_tab: OpenTab) -> None:
    tab = open_tab(
        f"{live_server.url}/embed/path?from=JPN&to=RUS&theme=dark&title=Japan%20to%20Russia"
    )
    wait_for_state(tab, "ready")
    assert tab.page.text_content("#title") == "Japan to Russia"
    tab.screenshot("path-dark-400")


def test_no_path_shows_a_message(live_server: LiveServer, open_tab: OpenTab) -> None:
    query = "from=FIN&to=IRN&max_hops=1"
    assert live_server.get(f"/v1/paths?{query}").json()["paths"] == []
    tab = open_tab(f"{live_server.url}/embed/path?{query}")
    wait_for_state(tab, "empty")
    assert "No chain of ties links FIN to IRN within 1 hop with these filters." in (
        tab.page.text_content("#message") or ""
    )
    tab.screenshot("path-empty-400")


@pytest.mark.parametrize(
    ("query", "detail"),
    [
        ("to=USA", "from: Field required"),
        ("from=XXX&to=USA", "unknown country or organization 'XXX'"),
    ],
    ids=["missing-from", "unknown-country"],
)
def test_api_error_shows_its_detail(
    live_server: LiveServer, open_tab: OpenTab, query: str, detail: str
) -> None:
    assert live_server.get(f"/v1/paths?{query}").json()["detail"] == detail
    tab = open_tab(f"{live_server.url}/embed/path?{query}")
    wait_for_state(tab, "error")
    assert detail in (tab.page.text_content("#message") or "")
    if query == "to=USA":
        tab.screenshot("path-error-400")
