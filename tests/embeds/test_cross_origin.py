"""The views inside another origin's page, as a dashboard embeds them."""

from __future__ import annotations

from urllib.parse import quote

import pytest

from tests.embeds.conftest import LiveServer, OpenTab

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(
    ("view", "ready_selector"),
    [
        ("network?country=RUS", "#view[data-nodes]"),
        ("timeline?a=PRK&b=RUS&theme=dark", "#view[data-bars]"),
        ("path?from=PRK&to=USA", ".path"),
    ],
    ids=["network", "timeline", "path"],
)
def test_embed_renders_in_a_frame_of_another_origin(
    live_server: LiveServer, other_origin: str, open_tab: OpenTab, view: str, ready_selector: str
) -> None:
    src = f"{live_server.url}/embed/{view}"
    tab = open_tab(f"{other_origin}/?src={quote(src)}", width=460, height=600)
    frame = tab.page.frame_locator("#embed")
    frame.locator("#view[data-state='ready']").wait_for()
    assert frame.locator(ready_selector).count() >= 1
    # The host page and the view really are different origins.
    assert other_origin != live_server.url
    assert tab.errors == []
    tab.screenshot(f"iframe-other-origin-{view.split('?')[0]}")


def test_analyst_page_refuses_other_origins_frames(
    live_server: LiveServer, other_origin: str, open_tab: OpenTab
) -> None:
    tab = open_tab(f"{other_origin}/?src={quote(live_server.url + '/')}", width=460, height=600)
    tab.page.wait_for_load_state("load")
    framed = tab.page.frames[1]
    # frame-ancestors 'self' makes Chromium show its own error page instead of the app.
    tab.page.wait_for_timeout(500)
    assert framed.locator("#app").count() == 0
    assert any("frame-ancestors" in error for error in tab.errors), tab.errors
