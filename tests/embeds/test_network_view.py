"""/embed/network in a real browser: what it draws is what /v1/network answers."""

from __future__ import annotations

from typing import Any

import pytest

from tests.embeds.conftest import LiveServer, OpenTab, Tab, wait_for_state

pytestmark = pytest.mark.browser


def edge_point(tab: Tab, edge_id: str) -> dict[str, float]:
    """Where an edge's middle is on the page, to point and click at it like a person."""
    point: dict[str, float] = tab.page.evaluate(
        """(id) => {
            const cy = window.entente.cy;
            const box = cy.container().getBoundingClientRect();
            const mid = cy.getElementById(id).renderedMidpoint();
            return { x: box.left + mid.x, y: box.top + mid.y };
        }""",
        edge_id,
    )
    return point


def test_draws_every_node_and_tie_of_the_api(live_server: LiveServer, open_tab: OpenTab) -> None:
    api = live_server.get("/v1/network").json()
    tab = open_tab(f"{live_server.url}/embed/network")
    wait_for_state(tab, "ready")

    drawn: dict[str, Any] = tab.page.evaluate(
        """() => {
            const cy = window.entente.cy;
            return {
                nodes: cy.nodes().map((n) => ({
                    id: n.id(), width: n.width(), color: n.style('background-color'),
                })),
                edges: cy.edges().map((e) => ({ id: e.id(), style: e.style('line-style') })),
            };
        }"""
    )
    assert sorted(n["id"] for n in drawn["nodes"]) == sorted(n["code"] for n in api["nodes"])
    assert len(drawn["edges"]) == len(api["edges"]) == 12
    assert tab.page.text_content("#summary") == "10 countries · 12 ties"

    by_code = {n["code"]: n for n in api["nodes"]}
    widths = {n["id"]: n["width"] for n in drawn["nodes"]}
    colors = {n["id"]: n["color"] for n in drawn["nodes"]}
    # Sized by degree: Russia (4 partners) outweighs China (1).
    assert widths["RUS"] > widths["CHN"]
    # Coloured by community: same community, same colour; the two blocs differ.
    assert by_code["RUS"]["community"] == by_code["PRK"]["community"]
    assert colors["RUS"] == colors["PRK"]
    assert colors["RUS"] != colors["USA"]
    styles = {e["id"]: e["style"] for e in drawn["edges"]}
    assert styles["PRK-RUS-TROOP_DEPLOYMENT"] == "dashed"  # alleged
    assert styles["PRK-RUS-ALLIANCE"] == "solid"  # confirmed

    legend = tab.page.text_content("#legend") or ""
    for words in ("Alliance", "Arms transfer", "alleged", "disputed", "community"):
        assert words in legend
    assert tab.errors == []
    tab.screenshot("network-light-400")


def test_hover_shows_the_tie_summary(live_server: LiveServer, open_tab: OpenTab) -> None:
    tab = open_tab(f"{live_server.url}/embed/network")
    wait_for_state(tab, "ready")
    point = edge_point(tab, "IRN-RUS-ARMS_TRANSFER")
    tab.page.mouse.move(point["x"], point["y"])
    tab.page.wait_for_selector("#tip:not([hidden])")
    tip = tab.page.text_content("#tip") or ""
    assert "Iran → Russia" in tip
    assert "Arms transfer · disputed" in tip


def test_clicking_a_tie_shows_its_evidence(live_server: LiveServer, open_tab: OpenTab) -> None:
    tab = open_tab(f"{live_server.url}/embed/network", height=700)
    wait_for_state(tab, "ready")
    point = edge_point(tab, "IRN-RUS-ARMS_TRANSFER")
    tab.page.mouse.click(point["x"], point["y"])
    tab.page.wait_for_selector("#detail[data-state='ready']")

    detail = tab.page.locator("#detail")
    assert "Iran → Russia" in (detail.locator("h2").text_content() or "")
    assert detail.locator(".event").count() == 1
    assert detail.locator(".event .badge").text_content() == "disputed"
    # The one event has two reports: the allegation and Iran's denial.
    mentions = detail.locator(".mention")
    assert mentions.count() == 2
    assert sorted(mentions.evaluate_all("ms => ms.map(m => m.className)")) == [
        "mention alleged",
        "mention denied",
    ]
    assert "IRN and RUS: ARMS_TRANSFER on 2022-10-18." in (mentions.first.text_content() or "")
    link = mentions.first.locator("a")
    assert link.get_attribute("href", timeout=1000) == (
        "https://news.example/arms_transfer/IRN-RUS/2022-10-18"
    )
    assert tab.errors == []
    tab.screenshot("network-evidence-400")


def test_ego_network_and_dark_theme(live_server: LiveServer, open_tab: OpenTab) -> None:
    api = live_server.get("/v1/network", params={"country": "PRK"}).json()
    tab = open_tab(
        f"{live_server.url}/embed/network?country=PRK&theme=dark&title=North%20Korea&height=360",
        height=400,
    )
    wait_for_state(tab, "ready")
    assert tab.page.evaluate("window.entente.cy.nodes().length") == len(api["nodes"])
    assert tab.page.evaluate("window.entente.cy.edges().length") == len(api["edges"])
    assert tab.page.text_content("#title") == "North Korea"
    background = tab.page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert background == "rgb(18, 22, 31)"
    assert tab.page.evaluate("document.getElementById('view').offsetHeight") == 360
    tab.screenshot("network-ego-dark-400")


def test_no_ties_shows_a_message(live_server: LiveServer, open_tab: OpenTab) -> None:
    assert live_server.get("/v1/network", params={"types": "MILITARY_AID"}).json()["nodes"] == []
    tab = open_tab(f"{live_server.url}/embed/network?types=MILITARY_AID")
    wait_for_state(tab, "empty")
    assert "No ties match these filters." in (tab.page.text_content("#message") or "")
    assert tab.errors == []
    tab.screenshot("network-empty-400")


@pytest.mark.parametrize(
    ("query", "detail"),
    [
        ("country=XXX", "unknown country or organization 'XXX'"),
        ("types=PICNIC", "types: 'PICNIC' is not a valid TieType"),
    ],
    ids=["unknown-country", "bad-type"],
)
def test_api_error_shows_its_detail(
    live_server: LiveServer, open_tab: OpenTab, query: str, detail: str
) -> None:
    answer = live_server.get(f"/v1/network?{query}")
    assert answer.status_code in (404, 422)
    assert detail in answer.json()["detail"]
    tab = open_tab(f"{live_server.url}/embed/network?{query}")
    wait_for_state(tab, "error")
    message = tab.page.text_content("#message") or ""
    assert detail in message
    assert str(answer.status_code) in message
    if query.startswith("country"):
        tab.screenshot("network-error-400")
