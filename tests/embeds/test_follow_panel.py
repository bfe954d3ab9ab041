"""The analyst page's "Follow the news" panel in a real browser: an article added by URL with
the API key, the watches, and the alerts the article set off."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from app.main import create_app
from tests.conftest import AUTH, WRITE_KEY, Neo4jUnderTest, settings_for
from tests.embeds.conftest import LiveServer, OpenTab
from tests.follow.site import Elsewhere, article, elsewhere
from tests.served import in_thread

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def site() -> Iterator[Elsewhere]:
    with elsewhere() as world:
        yield world


@pytest.fixture(scope="module")
def following(neo4j: Neo4jUnderTest, clean_graph: object, site: Elsewhere) -> Iterator[LiveServer]:
    settings = settings_for(neo4j, fetch_allow_hosts=["127.0.0.1"])
    with in_thread(create_app(settings)) as url:
        answer = httpx.post(
            url + "/v1/watches",
            headers=AUTH,
            json={
                "name": "Sahel troops",
                "countries": ["RUS", "MLI"],
                "on": ["new_event", "new_tie"],
            },
        )
        assert answer.status_code == 201, answer.text
        yield LiveServer(url)


def test_add_an_article_by_url_and_see_its_alerts(
    following: LiveServer, site: Elsewhere, open_tab: OpenTab
) -> None:
    story = site.put("/africa/wagner", article("Instructors arrive", [
        "BAMAKO (Harbour Herald) - Russia has deployed troops to Mali to help the junta fight "
        "insurgents in the north, Malian officials said on Friday.",
    ], published="2022-01-07"))  # fmt: skip
    tab = open_tab(f"{following.url}/", width=1280, height=1400)
    page = tab.page
    page.wait_for_selector("#follow[data-state='ready']")
    assert page.locator("#watches li").all_text_contents()[0].startswith("Sahel troops")
    assert page.locator("#alerts li").count() == 0

    # Without the key: the API's own refusal, shown as it is.
    page.fill("#article-url", story)
    page.click("#add-article-button")
    # The CSP forbids eval, so a locator waits for the text.
    page.locator("#article-result", has_text="Unauthorized").wait_for()

    page.fill("#api-key", WRITE_KEY)
    page.dispatch_event("#api-key", "change")
    page.click("#add-article-button")
    page.wait_for_selector("#article-result[data-document]")
    result = page.text_content("#article-result") or ""
    assert result.startswith("Instructors arrive: 1 event(s)")
    assert "RUS–MLI" in result
    alerts = page.locator("#alerts li")
    alerts.first.wait_for()
    assert sorted(alerts.evaluate_all("ls => ls.map(l => l.dataset.kind)")) == [
        "new_event", "new_tie",
    ]  # fmt: skip
    # The evidence is the story's sentence: not the headline, byline or page around it.
    evidence = alerts.first.locator("blockquote").text_content() or ""
    assert evidence.startswith("BAMAKO (Harbour Herald) - Russia has deployed troops to Mali")
    assert tab.errors == [] or all("401" in e for e in tab.errors)
    tab.screenshot("app-follow-1280")
