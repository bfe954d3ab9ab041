"""Feeds: added by URL, polled by the follower on their schedule (conditional GET), each new
item's page read once; a failing feed is retried with back-off and stops no other; one process
at a time polls (the lease)."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest
from fastapi.testclient import TestClient
from neo4j import Driver

from app.core.config import Settings
from tests.conftest import AUTH, Neo4jUnderTest
from tests.follow.conftest import turn
from tests.follow.site import Elsewhere, Item, Page, article, atom, rss
from tests.served import serve

T0 = datetime.now(UTC).replace(microsecond=0) + timedelta(days=1)
"""The follower's clock starts after the feeds were added (at the real time)."""
STORIES = {
    "/gulf/drills": ("Navies drill in the Gulf", [
        "MANAMA (Harbour Herald) - The navies of Bahrain and the United States began a joint "
        "exercise in the Gulf on Monday, the Bahraini navy said.",
    ]),
    "/gulf/jets": ("Jets for Doha", [
        "DOHA (Harbour Herald) - Qatar has signed a contract to buy 24 Rafale fighter jets from "
        "France, the Qatari defence ministry said on Sunday.",
    ]),
    "/gulf/visit": ("Minister in Riyadh", [
        "RIYADH (Harbour Herald) - British Defence Secretary Grant Shapps arrived in Riyadh on "
        "Tuesday for talks with Saudi officials on regional security.",
    ]),
}  # fmt: skip


def publish(site: Elsewhere, paths: list[str], feed: str = "/feeds/gulf.xml", **kw: str) -> str:
    items = []
    for n, path in enumerate(paths):
        title, paragraphs = STORIES[path]
        site.put(path, article(title, paragraphs, published="2026-03-01"))
        items.append(Item(title, site.url + path, f"gulf-{path}", T0 - timedelta(hours=n)))
    return site.put(feed, rss(items, **kw))


def add_feed(api: TestClient, url: str, interval_s: int = 600) -> dict[str, object]:
    answer = api.post("/v1/feeds", json={"url": url, "interval_s": interval_s}, headers=AUTH)
    assert answer.status_code in (200, 201), answer.text
    feed: dict[str, object] = answer.json()
    return feed


def forget_feeds(api: TestClient) -> None:
    """No feed left over from the tests before (a follower would poll it too)."""
    for feed in api.get("/v1/feeds").json()["items"]:
        api.delete(f"/v1/feeds/{feed['id']}", headers=AUTH)


def at(text: object) -> datetime:
    return datetime.fromisoformat(str(text))


def documents(driver: Driver) -> dict[str, int]:
    records, _, _ = driver.execute_query(
        "MATCH (d:Document) RETURN d.url AS url, count(*) AS n ORDER BY url"
    )
    return {r["url"]: r["n"] for r in records}


def test_a_new_item_becomes_a_document_with_its_ties(
    api: TestClient, site: Elsewhere, clean_graph: Driver
) -> None:
    url = publish(site, ["/gulf/drills"], feed="/feeds/one.xml")
    feed = add_feed(api, url)
    answer = api.post(f"/v1/feeds/{feed['id']}:poll", headers=AUTH)
    assert answer.status_code == 200, answer.text
    poll = answer.json()
    assert poll["status"] == "ok"
    assert [(i["url"], i["result"]) for i in poll["items"]] == [
        (site.url + "/gulf/drills", "created")
    ]
    document = api.get(f"/v1/documents/{poll['items'][0]['document']}").json()
    assert document["title"] == "Navies drill in the Gulf"
    assert {(e["type"], e["actor"], e["target"]) for e in document["events"]} == {
        ("JOINT_EXERCISE", "BHR", "USA")
    }
    assert poll["feed"]["items_seen"] == 1 and poll["feed"]["documents"] == 1


def test_the_same_item_twice_is_one_document(
    api: TestClient, site: Elsewhere, clean_graph: Driver
) -> None:
    url = publish(site, ["/gulf/jets"], feed="/feeds/twice.xml")
    feed = add_feed(api, url)
    assert add_feed(api, url)["id"] == feed["id"]  # the same URL is the same feed
    first = api.post(f"/v1/feeds/{feed['id']}:poll", headers=AUTH).json()
    assert len(first["items"]) == 1
    asked = site.times_asked("/gulf/jets")
    second = api.post(f"/v1/feeds/{feed['id']}:poll", headers=AUTH).json()
    assert second["status"] == "ok" and second["items"] == []
    assert second["feed"]["items_seen"] == 1 and second["feed"]["items_new"] == 0
    assert site.times_asked("/gulf/jets") == asked
    # Another feed carrying the same story: its URL is known, still one document.
    other = add_feed(api, site.put("/feeds/mirror.xml", site.pages["/feeds/twice.xml"]))
    mirrored = api.post(f"/v1/feeds/{other['id']}:poll", headers=AUTH).json()
    assert [i["result"] for i in mirrored["items"]] == ["existing"]
    assert documents(clean_graph)[site.url + "/gulf/jets"] == 1


def test_conditional_get_asks_only_whether_it_changed(
    api: TestClient, site: Elsewhere, neo4j: Neo4jUnderTest, follow_settings: Settings
) -> None:
    url = publish(site, ["/gulf/visit"], feed="/feeds/etag.xml", etag='"v1"')
    feed = add_feed(api, url, interval_s=300)
    polled = turn(neo4j, follow_settings, T0 + timedelta(days=1))
    assert polled[0].leader
    state = api.get(f"/v1/feeds/{feed['id']}").json()
    assert state["last_status"] == "ok" and state["documents"] == 1
    # Not due yet: nothing asked. Due: asked with If-None-Match, answered 304.
    asked = site.times_asked("/feeds/etag.xml")
    turn(neo4j, follow_settings, T0 + timedelta(days=1, seconds=100))
    assert site.times_asked("/feeds/etag.xml") == asked
    turn(neo4j, follow_settings, T0 + timedelta(days=1, seconds=301))
    assert site.times_asked("/feeds/etag.xml") == asked + 1
    state = api.get(f"/v1/feeds/{feed['id']}").json()
    assert state["last_status"] == "not_modified"
    assert at(state["next_poll_at"]) == T0 + timedelta(days=1, seconds=601)


def test_atom_feeds_are_read_too(api: TestClient, site: Elsewhere) -> None:
    site.put("/gulf/visit", article(*STORIES["/gulf/visit"]))
    url = site.put("/feeds/desk.atom", atom([Item("Visit", site.url + "/gulf/visit", "v", T0)]))
    feed = add_feed(api, url)
    poll = api.post(f"/v1/feeds/{feed['id']}:poll", headers=AUTH).json()
    assert poll["status"] == "ok"
    assert poll["feed"]["items_seen"] == 1


def test_a_failing_feed_backs_off_and_stops_no_other(
    api: TestClient,
    site: Elsewhere,
    neo4j: Neo4jUnderTest,
    follow_settings: Settings,
    clean_graph: Driver,
) -> None:
    forget_feeds(api)
    broken = add_feed(api, site.put("/feeds/broken.xml", Page(b"down", status=503)), 600)
    healthy = add_feed(api, publish(site, ["/gulf/drills"], feed="/feeds/healthy.xml"), 600)
    not_a_feed = add_feed(api, site.put("/feeds/page.xml", article("x", ["y"])), 600)
    start = T0 + timedelta(days=30)
    turn(neo4j, follow_settings, start)
    states = {f["id"]: f for f in api.get("/v1/feeds").json()["items"]}
    assert states[healthy["id"]]["last_status"] == "ok"
    assert states[broken["id"]]["last_status"] == "error"
    assert "answered 503" in states[broken["id"]]["last_error"]
    assert "not an RSS or Atom feed" in states[not_a_feed["id"]]["last_error"]
    assert states[broken["id"]]["failures"] == 1
    # Retried after twice its interval, then four times; a success clears the count.
    assert at(states[broken["id"]]["next_poll_at"]) == start + timedelta(minutes=20)
    turn(neo4j, follow_settings, start + timedelta(minutes=20))
    broken_state = api.get(f"/v1/feeds/{broken['id']}").json()
    assert broken_state["failures"] == 2
    assert at(broken_state["next_poll_at"]) == start + timedelta(minutes=20 + 40)
    site.put("/feeds/broken.xml", rss([]))
    turn(neo4j, follow_settings, start + timedelta(hours=1))
    broken_state = api.get(f"/v1/feeds/{broken['id']}").json()
    assert (broken_state["failures"], broken_state["last_status"]) == (0, "ok")


def test_an_items_broken_page_is_retried_then_given_up(
    api: TestClient, site: Elsewhere, neo4j: Neo4jUnderTest, follow_settings: Settings
) -> None:
    item = Item("Gone", site.url + "/gulf/gone", "gone", T0)
    feed = add_feed(api, site.put("/feeds/gone.xml", rss([item])), 60)
    results = [api.post(f"/v1/feeds/{feed['id']}:poll", headers=AUTH).json() for _ in range(4)]
    assert [len(r["items"]) for r in results] == [1, 1, 1, 0]
    assert all(r["status"] == "ok" for r in results)
    assert "answered 404" in results[0]["items"][0]["error"]


def test_two_followers_never_read_an_item_twice(
    api: TestClient,
    site: Elsewhere,
    neo4j: Neo4jUnderTest,
    follow_settings: Settings,
    clean_graph: Driver,
) -> None:
    forget_feeds(api)
    add_feed(api, publish(site, ["/gulf/drills", "/gulf/jets", "/gulf/visit"], "/feeds/3.xml"))
    before = {path: site.times_asked(path) for path in STORIES}
    now = T0 + timedelta(days=60)
    import asyncio  # noqa: PLC0415

    async def both() -> None:
        await asyncio.gather(
            asyncio.to_thread(turn, neo4j, follow_settings, now, holder="host-a"),
            asyncio.to_thread(turn, neo4j, follow_settings, now, holder="host-b"),
        )

    asyncio.run(both())
    assert all(site.times_asked(path) - before[path] <= 1 for path in STORIES)
    assert all(n == 1 for n in documents(clean_graph).values())
    # The lease outlives neither holder's silence: b takes over once a's has expired.
    later = now + timedelta(seconds=follow_settings.lease_ttl + 1)
    holders = [t.leader for t in turn(neo4j, follow_settings, later, holder="host-b")]
    assert holders == [True]
    assert [t.leader for t in turn(neo4j, follow_settings, later, holder="host-a")] == [False]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"url": "http://10.1.2.3/rss"}, "url"),
        ({"url": "ftp://x.example/rss"}, "url"),
        ({"url": "https://news.example/rss", "interval_s": 5}, "interval_s"),
        ({"url": "https://news.example/rss", "every": 60}, "every"),
    ],
)
def test_bad_feeds_are_refused(api: TestClient, body: dict[str, object], field: str) -> None:
    answer = api.post("/v1/feeds", json=body, headers=AUTH)
    assert answer.status_code == 422, answer.text
    assert answer.json()["errors"][0]["field"] == field


def test_feeds_need_a_key_and_unknown_ones_are_404(api: TestClient) -> None:
    assert api.post("/v1/feeds", json={"url": "https://x.example/rss"}).status_code == 401
    assert api.get("/v1/feeds/feed-unknown").status_code == 404
    assert api.delete("/v1/feeds/feed-unknown", headers=AUTH).status_code == 404
    assert api.post("/v1/feeds/feed-unknown:poll", headers=AUTH).status_code == 404


def test_two_worker_processes_poll_as_one(
    neo4j: Neo4jUnderTest, site: Elsewhere, clean_graph: Driver
) -> None:
    """`entente serve --workers 2`: both workers run a follower, the lease lets one poll, and
    each item's page is fetched and stored once."""
    clean_graph.execute_query("MATCH (n) WHERE n:Feed OR n:FeedItem OR n:Lease DETACH DELETE n")
    paths = [f"/workers{path}" for path in STORIES]  # pages no earlier test stored
    items = []
    for n, (path, (title, paragraphs)) in enumerate(zip(paths, STORIES.values(), strict=True)):
        site.put(path, article(f"{title}: late edition", paragraphs, published="2026-02-01"))
        items.append(Item(title, site.url + path, f"workers-{n}", T0))
    url = site.put("/feeds/workers.xml", rss(items))
    before = {path: site.times_asked(path) for path in paths}
    env = {"ENTENTE_FOLLOW": "true", "ENTENTE_FETCH_ALLOW_HOSTS": "127.0.0.1"}
    served = serve(neo4j, workers=2, env=env)
    try:
        with served.client() as http:
            http.post("/v1/feeds", json={"url": url, "interval_s": 60}).raise_for_status()
            deadline = time.monotonic() + 30
            while http.get("/v1/feeds").json()["items"][0]["last_status"] != "ok":
                assert time.monotonic() < deadline, "the feed was never polled"
                time.sleep(0.2)
            time.sleep(2)  # time enough for a second poller to err, if there were one
    finally:
        served.stop()
    assert [site.times_asked(path) - before[path] for path in paths] == [1, 1, 1]
    assert all(documents(clean_graph)[site.url + path] == 1 for path in paths)
    holders = clean_graph.execute_query("MATCH (l:Lease) RETURN l.holder AS h").records
    assert [r["h"] for r in holders] == [None]  # given up at shutdown
