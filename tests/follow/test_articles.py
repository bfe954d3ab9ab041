"""Articles by URL: `POST /v1/documents` with only a `url` fetches the page, reads the story out
of it, and stores it as if its text had been posted; what cannot be fetched or read, or may not
be, is a clear problem with nothing written."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from neo4j import Driver

from app.main import create_app
from tests.conftest import AUTH, Neo4jUnderTest, graph_state, settings_for
from tests.follow.site import Elsewhere, Page, article

STORY = [
    "HELSINKI (Harbour Herald) - Germany will send 4,800 soldiers to Lithuania over the next "
    "two years, Defence Minister Boris Pistorius said on Tuesday.",
    "The brigade will be the first permanent German deployment abroad since the Second World "
    "War, officials in Berlin said.",
]


def post_url(api: TestClient, url: str, **extra: Any) -> Any:
    return api.post("/v1/documents", json={"url": url, **extra}, headers=AUTH)


def test_a_page_becomes_a_document_with_its_ties(api: TestClient, site: Elsewhere) -> None:
    url = site.put(
        "/world/brigade",
        article("Germany to station brigade in Lithuania", STORY, published="2023-06-27"),
    )
    answer = post_url(api, url)
    assert answer.status_code == 201, answer.text
    document = answer.json()
    assert document["title"] == "Germany to station brigade in Lithuania"
    assert document["source"] == "The Harbour Herald"
    assert document["published_on"] == "2023-06-27"
    assert document["url"] == url
    ties = {(e["type"], e["actor"], e["target"]) for e in document["events"]}
    assert ("TROOP_DEPLOYMENT", "DEU", "LTU") in ties
    # The comments under the story ("the army of Canada sent troops to Peru") are not the story.
    assert not any("CAN" in (e["actor"], e["target"]) for e in document["events"])


def test_the_same_url_again_is_the_stored_document_unfetched(
    api: TestClient, site: Elsewhere
) -> None:
    url = site.put("/world/again", article("Again", STORY[:1], published="2023-06-27"))
    first = post_url(api, url)
    assert first.status_code == 201
    asked = site.times_asked("/world/again")
    second = post_url(api, url)
    assert second.status_code == 200
    assert second.json()["id"] == first.json()["id"]
    assert site.times_asked("/world/again") == asked


def test_the_canonical_url_is_kept_and_found(api: TestClient, site: Elsewhere) -> None:
    canonical = site.url + "/world/canonical-story"
    url = site.put(
        "/world/canonical-story-amp",
        article("Amp page", [STORY[0].replace("4,800", "5,000")], canonical=canonical),
    )
    answer = post_url(api, url + "?utm_source=feed")
    site.pages["/world/canonical-story-amp?utm_source=feed"] = site.pages[
        "/world/canonical-story-amp"
    ]
    assert answer.status_code in (201, 200), answer.text
    assert answer.json()["url"] == canonical
    again = post_url(api, canonical)
    assert again.status_code == 200
    assert again.json()["id"] == answer.json()["id"]


def test_a_page_cannot_claim_another_sites_address(api: TestClient, site: Elsewhere) -> None:
    url = site.put(
        "/world/claims",
        article("Claims", [STORY[0].replace("4,800", "4,100")],
                canonical="https://other.example/world/real-story"),
    )  # fmt: skip
    answer = post_url(api, url)
    assert answer.status_code == 201
    assert answer.json()["url"] == url


def test_what_the_user_gives_wins_over_the_page(api: TestClient, site: Elsewhere) -> None:
    url = site.put(
        "/world/given",
        article("Page title", [STORY[0].replace("4,800", "4,200")], published="2023-06-27"),
    )
    answer = post_url(api, url, title="My title", source="My desk", published_on="2023-06-28")
    assert answer.status_code == 201
    body = answer.json()
    assert (body["title"], body["source"], body["published_on"]) == (
        "My title",
        "My desk",
        "2023-06-28",
    )


@pytest.mark.parametrize(
    ("path", "page", "status", "words"),
    [
        ("/missing", None, 502, "answered 404"),
        ("/server-error", Page(b"oops", status=500), 502, "answered 500"),
        ("/slow", Page(b"<p>late</p>", delay=5.0), 502, "did not answer in time"),
        ("/report.pdf", Page(b"%PDF-1.4", "application/pdf"), 422, "not HTML"),
        ("/empty", Page(b"<html><body><nav>Home</nav></body></html>"), 422, "no article text"),
        ("/huge", Page(b"<p>" + b"word " * 1_200_000 + b"</p>"), 502, "larger than the limit"),
    ],
)
def test_a_page_that_cannot_be_read_writes_nothing(
    api: TestClient,
    site: Elsewhere,
    clean_graph: Driver,
    path: str,
    page: Page | None,
    status: int,
    words: str,
) -> None:
    if page is not None:
        site.put(path, page)
    before = graph_state(clean_graph)
    answer = post_url(api, site.url + path)
    assert answer.status_code == status, answer.text
    assert answer.headers["content-type"] == "application/problem+json"
    assert words in answer.json()["detail"]
    assert answer.json()["errors"][0]["field"] == "url"
    assert graph_state(clean_graph) == before


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.2:9/admin",  # loopback, not the allowed address
        "http://169.254.169.254/latest/meta-data/",  # cloud metadata
        "http://10.0.0.1/",
        "http://192.168.1.1/",
        "http://[::1]:9/",
        "http://[::ffff:10.0.0.1]/",
        "http://0.0.0.0:9/",
    ],
)
def test_private_addresses_are_refused(api: TestClient, clean_graph: Driver, url: str) -> None:
    before = graph_state(clean_graph)
    answer = post_url(api, url)
    assert answer.status_code == 422, answer.text
    assert answer.json()["errors"][0]["field"] == "url"
    assert (
        "not a public address" in answer.json()["detail"] or "resolved" in answer.json()["detail"]
    )
    assert graph_state(clean_graph) == before


def test_by_default_loopback_is_refused_by_name_and_address(
    neo4j: Neo4jUnderTest, site: Elsewhere, clean_graph: Driver
) -> None:
    url = site.put("/default", article("Default", STORY))
    port = url.split(":")[2].split("/")[0]
    with TestClient(create_app(settings_for(neo4j))) as default:
        for address in (url, f"http://localhost:{port}/default"):
            answer = post_url(default, address)
            assert answer.status_code == 422, answer.text
            assert "ENTENTE_FETCH_ALLOW_HOSTS" in answer.json()["detail"]
    assert site.times_asked("/default") == 0


def test_a_redirect_to_a_private_address_is_refused(
    api: TestClient, site: Elsewhere, clean_graph: Driver
) -> None:
    url = site.put(
        "/go", Page(b"", status=302, headers={"Location": "http://169.254.169.254/latest/"})
    )
    before = graph_state(clean_graph)
    answer = post_url(api, url)
    assert answer.status_code == 422
    assert "169.254.169.254" in answer.json()["detail"]
    assert graph_state(clean_graph) == before


def test_redirects_are_followed_to_a_bound(api: TestClient, site: Elsewhere) -> None:
    target = site.put("/moved-here", article("Moved", [STORY[0].replace("4,800", "4,300")]))
    hop = site.put("/moved", Page(b"", status=301, headers={"Location": "/moved-here"}))
    answer = post_url(api, hop)
    assert answer.status_code == 201
    assert answer.json()["url"] == target
    for n in range(7):
        site.put(f"/loop{n}", Page(b"", status=302, headers={"Location": f"/loop{n + 1}"}))
    looping = post_url(api, site.url + "/loop0")
    assert looping.status_code == 502
    assert "redirects" in looping.json()["detail"]


def test_only_http_urls_are_taken(api: TestClient) -> None:
    for url in ("file:///etc/passwd", "ftp://news.example/x", "gopher://x/"):
        answer = post_url(api, url)
        assert answer.status_code == 422
        assert answer.json()["errors"][0]["field"] == "url"


def test_neither_text_nor_url_is_refused(api: TestClient) -> None:
    answer = api.post("/v1/documents", json={"title": "nothing"}, headers=AUTH)
    assert answer.status_code == 422
    assert answer.json()["errors"][0]["field"] == "text"
