"""/embed/timeline in a real browser: bars and score line of /v1/dyads/{a}/{b}/timeline."""

from __future__ import annotations

import pytest

from tests.embeds.conftest import LiveServer, OpenTab, Tab, wait_for_state

pytestmark = pytest.mark.browser


def drawn_bars(tab: Tab) -> int:
    """Bars the chart really drew: one per (tie type, period) with a count above zero."""
    count: int = tab.page.evaluate(
        """() => {
            const chart = window.entente.chart;
            return chart.data.datasets.reduce((sum, d, i) => d.type !== 'bar' ? sum :
                sum + chart.getDatasetMeta(i).data.filter((bar, j) => d.data[j] > 0
                    && bar.height > 0).length, 0);
        }"""
    )
    return count


def test_bars_and_line_match_the_api(live_server: LiveServer, open_tab: OpenTab) -> None:
    api = live_server.get("/v1/dyads/PRK/RUS/timeline").json()
    expected_bars = sum(1 for p in api["series"] for n in p["counts"].values() if n > 0)
    tab = open_tab(f"{live_server.url}/embed/timeline?a=PRK&b=RUS")
    wait_for_state(tab, "ready")

    assert drawn_bars(tab) == expected_bars == 4
    labels = tab.page.evaluate("window.entente.chart.data.labels")
    assert labels == [p["period"] for p in api["series"]]
    score = tab.page.evaluate(
        "window.entente.chart.data.datasets.find(d => d.type === 'line').data"
    )
    assert score == [p["score"] for p in api["series"]]
    assert tab.page.text_content("#title") == "Cooperation over time: PRK and RUS"
    assert "Trend over the last 3 months: down" in (tab.page.text_content("#legend") or "")
    assert tab.errors == []
    tab.screenshot("timeline-light-400")


def test_clicking_a_period_lists_its_events(live_server: LiveServer, open_tab: OpenTab) -> None:
    tab = open_tab(f"{live_server.url}/embed/timeline?a=PRK&b=RUS", height=700)
    wait_for_state(tab, "ready")
    point = tab.page.evaluate(
        """() => {
            const chart = window.entente.chart;
            const index = chart.data.labels.indexOf('2024-06');
            const i = chart.data.datasets.findIndex(d => d.label === 'Alliance');
            const bar = chart.getDatasetMeta(i).data[index];
            const box = chart.canvas.getBoundingClientRect();
            return { x: box.left + bar.x, y: box.top + (bar.y + bar.base) / 2 };
        }"""
    )
    tab.page.mouse.click(point["x"], point["y"])
    tab.page.wait_for_selector("#detail[data-state='ready']")
    detail = tab.page.locator("#detail")
    assert "PRK and RUS · 2024-06" in (detail.locator("h2").text_content() or "")
    assert detail.locator(".event").count() == 1
    assert detail.locator(".event .badge").text_content() == "confirmed"
    assert "Kim Jong Un and Vladimir Putin signed a mutual defence treaty." in (
        detail.text_content() or ""
    )
    assert "said by RUS" in (detail.text_content() or "")
    assert tab.errors == []
    tab.screenshot("timeline-period-evidence-400")


def test_dark_theme_by_quarter(live_server: LiveServer, open_tab: OpenTab) -> None:
    api = live_server.get("/v1/dyads/PRK/RUS/timeline", params={"interval": "quarter"}).json()
    tab = open_tab(
        f"{live_server.url}/embed/timeline?a=PRK&b=RUS&interval=quarter&theme=dark&height=380",
        height=420,
    )
    wait_for_state(tab, "ready")
    assert tab.page.evaluate("window.entente.chart.data.labels.length") == len(api["series"])
    assert drawn_bars(tab) == sum(1 for p in api["series"] for n in p["counts"].values() if n > 0)
    tab.screenshot("timeline-quarter-dark-400")


def test_no_ties_shows_a_message(live_server: LiveServer, open_tab: OpenTab) -> None:
    assert live_server.get("/v1/dyads/USA/PRK/timeline").json()["series"] == []
    tab = open_tab(f"{live_server.url}/embed/timeline?a=USA&b=PRK")
    wait_for_state(tab, "empty")
    assert "No ties between USA and PRK match these filters." in (
        tab.page.text_content("#message") or ""
    )
    tab.screenshot("timeline-empty-400")


def test_api_error_shows_its_detail(live_server: LiveServer, open_tab: OpenTab) -> None:
    answer = live_server.get("/v1/dyads/PRK/XXX/timeline")
    assert answer.status_code == 404
    tab = open_tab(f"{live_server.url}/embed/timeline?a=PRK&b=XXX")
    wait_for_state(tab, "error")
    message = tab.page.text_content("#message") or ""
    assert answer.json()["detail"] in message
    assert "Not found (HTTP 404)" in message


def test_missing_pair_says_what_to_add(live_server: LiveServer, open_tab: OpenTab) -> None:
    tab = open_tab(f"{live_server.url}/embed/timeline?a=PRK")
    wait_for_state(tab, "error")
    assert "Add ?a=…&b=…" in (tab.page.text_content("#message") or "")
