"""The analyst's page at `/` in a real browser: pickers, views, recent events, embed snippet."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from tests.embeds.conftest import LiveServer, OpenTab

pytestmark = pytest.mark.browser


def wait_ready(page: Page) -> None:
    page.wait_for_selector("#app[data-state='ready']")


def test_lists_countries_and_recent_events(live_server: LiveServer, open_tab: OpenTab) -> None:
    countries = live_server.get("/v1/countries").json()["items"]
    events = live_server.get("/v1/events", params={"limit": 20}).json()["items"]
    tab = open_tab(f"{live_server.url}/", width=1280, height=900)
    page = tab.page
    wait_ready(page)

    options = page.locator("#from option").all_text_contents()
    assert options[1:] == [f"{c['name']} ({c['code']})" for c in countries]
    items = page.locator("#events > .event")
    assert items.count() == len(events)
    assert [i["id"] for i in events] == items.evaluate_all("es => es.map(e => e.dataset.id)")
    # Each event shows its certainty and the sentences behind it.
    assert items.first.locator(".badge").text_content() == events[0]["status"]
    assert items.first.locator(".mention blockquote").count() >= 1
    # The whole network is on screen at first, ready to embed.
    frame = page.frame_locator("#frame")
    frame.locator("#view[data-state='ready']").wait_for()
    assert f'<iframe src="{live_server.url}/embed/network" ' in page.input_value("#snippet")
    assert tab.errors == []
    tab.screenshot("app-start-1280")


def test_find_paths_and_copy_the_snippet(live_server: LiveServer, open_tab: OpenTab) -> None:
    api = live_server.get("/v1/paths", params={"from": "PRK", "to": "USA"}).json()
    tab = open_tab(
        f"{live_server.url}/",
        width=1280,
        height=900,
        permissions=["clipboard-read", "clipboard-write"],
    )
    page = tab.page
    wait_ready(page)
    page.select_option("#from", "PRK")
    page.select_option("#to", "USA")
    page.click("#find-paths")

    frame = page.frame_locator("#frame")
    frame.locator("#view[data-state='ready']").wait_for()
    assert frame.locator(".path").count() == len(api["paths"])
    snippet = page.input_value("#snippet")
    src = f"{live_server.url}/embed/path?from=PRK&amp;to=USA"
    assert snippet.startswith(f'<iframe src="{src}"')
    page.click("#copy-snippet")
    page.wait_for_selector("#copied:text('Copied.')")
    assert page.evaluate("navigator.clipboard.readText()") == snippet
    # Recent events narrow to the chosen pair: these two have no direct tie.
    assert live_server.get("/v1/events?country=PRK&counterpart=USA").json()["items"] == []
    page.wait_for_selector("#events-message:text('No events involving PRK and USA.')")
    assert tab.errors == []
    tab.screenshot("app-paths-1280")


def test_timeline_in_dark_theme_at_400px(live_server: LiveServer, open_tab: OpenTab) -> None:
    tab = open_tab(f"{live_server.url}/", width=400, height=900)
    page = tab.page
    wait_ready(page)
    page.click("#theme-toggle")
    page.select_option("#from", "PRK")
    page.select_option("#to", "RUS")
    page.click("#open-timeline")
    frame = page.frame_locator("#frame")
    frame.locator("#view[data-state='ready']").wait_for()
    assert "theme=dark" in page.input_value("#snippet")
    assert "/embed/timeline?a=PRK&amp;b=RUS" in page.input_value("#snippet")
    pair = live_server.get("/v1/events?country=PRK&counterpart=RUS").json()["items"]
    page.wait_for_function(f"document.querySelectorAll('#events > .event').length === {len(pair)}")
    assert page.evaluate("document.documentElement.scrollWidth") <= 400
    tab.screenshot("app-timeline-dark-400")


def test_a_view_needs_its_countries(live_server: LiveServer, open_tab: OpenTab) -> None:
    tab = open_tab(f"{live_server.url}/", width=1280, height=900)
    wait_ready(tab.page)
    tab.page.click("#find-paths")
    assert tab.page.text_content("#hint") == "Choose from and to first."
    assert "/embed/network" in tab.page.input_value("#snippet")
