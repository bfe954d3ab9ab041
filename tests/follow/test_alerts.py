"""Watches and alerts: a change a watch matches is recorded by the write that made it, shown
in `/v1/alerts`, streamed, in the watch's Atom feed, and POSTed to its webhook, signed, retried
with back-off until delivered, every attempt logged."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Any

import feedparser
import httpx
import orjson
import pytest
from fastapi.testclient import TestClient

from app.core.config import Settings
from app.main import create_app
from tests.conftest import AUTH, Neo4jUnderTest, ev
from tests.follow.conftest import turn
from tests.follow.site import Elsewhere
from tests.served import in_thread

DAY = "2024-10-18"
NOW = datetime.now(UTC).replace(microsecond=0) + timedelta(days=1)


def claim(status: str, source: str, sentence: str) -> dict[str, Any]:
    return ev("TROOP_DEPLOYMENT", "PRK", "RUS", DAY, status=status, source=source,
              evidence=sentence, location="RUS")  # fmt: skip


def send(api: TestClient, *events: dict[str, Any]) -> None:
    answer = api.post("/v1/events", json={"events": list(events)}, headers=AUTH)
    assert answer.status_code in (200, 201), answer.text


def watch(api: TestClient, **body: Any) -> dict[str, Any]:
    answer = api.post("/v1/watches", json=body, headers=AUTH)
    assert answer.status_code == 201, answer.text
    found: dict[str, Any] = answer.json()
    return found


def alerts(api: TestClient, watch_id: str) -> list[dict[str, Any]]:
    page = api.get("/v1/alerts", params={"watch": watch_id, "limit": 500}).json()
    return list(reversed(page["items"]))  # oldest first


@pytest.fixture(scope="module")
def watches(api: TestClient, site: Elsewhere) -> dict[str, dict[str, Any]]:
    """Three watches, then a claim reported, confirmed by a second source, then denied."""
    found = {
        "pair": watch(api, name="Troops for Russia", countries=["RUS", "PRK"],
                      on=["new_event", "new_tie", "status_change"],
                      webhook_url=site.url + "/hook", secret=site.secret),
        "confirmed": watch(api, name="Only the confirmed", countries=["PRK"],
                           types=["TROOP_DEPLOYMENT"], min_status="confirmed",
                           on=["status_change"]),
        "india": watch(api, name="India", countries=["IND"], on=["new_event"]),
    }  # fmt: skip
    send(api, claim("asserted", "Desk A", "North Korea has sent troops to Russia."))
    send(api, claim("asserted", "Desk B", "Pyongyang's soldiers are now in Kursk."))
    send(api, claim("denied", "Desk C", "Moscow denied that any North Korean troops came."))
    return found


def test_a_new_claim_fires_a_new_event_and_a_new_tie(
    watches: dict[str, Any], api: TestClient
) -> None:
    first = alerts(api, watches["pair"]["id"])[:2]
    assert [(a["kind"], a["old_status"], a["new_status"]) for a in first] == [
        ("new_event", None, "reported"),
        ("new_tie", None, "reported"),
    ]
    event = first[0]["event"]
    assert (event["type"], event["actor"], event["target"]) == ("TROOP_DEPLOYMENT", "PRK", "RUS")
    assert first[0]["evidence"]["sentence"] == "North Korea has sent troops to Russia."


def test_a_second_source_fires_exactly_one_status_change(
    watches: dict[str, Any], api: TestClient
) -> None:
    changes = [a for a in alerts(api, watches["pair"]["id"]) if a["kind"] == "status_change"]
    assert [(a["old_status"], a["new_status"]) for a in changes] == [
        ("reported", "confirmed"),
        ("confirmed", "disputed"),
    ]
    assert changes[0]["evidence"]["sentence"] == "Pyongyang's soldiers are now in Kursk."
    assert changes[1]["evidence"]["sentence"] == "Moscow denied that any North Korean troops came."
    assert changes[0]["evidence"]["url"].startswith("https://news.example/")
    # The same claim again from a known source changes nothing, and says nothing.
    send(api, claim("asserted", "Desk B", "Pyongyang's soldiers are now in Kursk."))
    assert len(alerts(api, watches["pair"]["id"])) == 4


def test_a_watch_hears_only_what_it_asked_for(watches: dict[str, Any], api: TestClient) -> None:
    confirmed = alerts(api, watches["confirmed"]["id"])
    assert [(a["old_status"], a["new_status"]) for a in confirmed] == [("reported", "confirmed")]
    assert alerts(api, watches["india"]["id"]) == []
    assert all(a["delivery"]["state"] == "none" for a in confirmed)


def test_webhooks_are_signed_and_delivered(
    watches: dict[str, Any],
    api: TestClient,
    site: Elsewhere,
    neo4j: Neo4jUnderTest,
    follow_settings: Settings,
) -> None:
    site.hooks.clear()
    tick = turn(neo4j, follow_settings, NOW)[0]
    assert tick.delivered == 4
    assert all(hook.signed for hook in site.hooks)
    assert [h.body["kind"] for h in site.hooks] == [
        "new_event", "new_tie", "status_change", "status_change",
    ]  # fmt: skip
    body = site.hooks[2].body
    assert set(body) >= {"id", "watch", "kind", "event", "old_status", "new_status", "evidence"}
    assert set(body["evidence"]) == {"sentence", "document", "url", "date"}
    assert body["watch"] == watches["pair"]["id"]
    assert site.hooks[2].headers["x-entente-alert"] == body["id"]
    stored = alerts(api, watches["pair"]["id"])
    assert all(a["delivery"]["state"] == "delivered" for a in stored)
    assert all(a["delivery"]["log"][0]["status"] == 204 for a in stored)
    # Delivered is done: the next turn sends nothing.
    assert turn(neo4j, follow_settings, NOW + timedelta(hours=1))[0].delivered == 0


def test_a_failing_receiver_is_retried_with_back_off(
    watches: dict[str, Any],
    api: TestClient,
    site: Elsewhere,
    neo4j: Neo4jUnderTest,
    follow_settings: Settings,
) -> None:
    site.hooks.clear()
    site.fail_hooks = 4  # each of the two alerts fails twice
    send(api, ev("VISIT", "RUS", "PRK", "2024-11-29", source="Desk D", evidence="Belousov landed."))
    at = NOW + timedelta(days=1)
    assert [t.delivered for t in turn(neo4j, follow_settings, at)] == [2]  # event and tie
    assert len(site.hooks) == 2
    # Retried after 5 s, then 10 s: not before.
    assert turn(neo4j, follow_settings, at + timedelta(seconds=4))[0].delivered == 0
    assert turn(neo4j, follow_settings, at + timedelta(seconds=5))[0].delivered == 2
    assert turn(neo4j, follow_settings, at + timedelta(seconds=14))[0].delivered == 0
    assert turn(neo4j, follow_settings, at + timedelta(seconds=15))[0].delivered == 2
    assert len(site.hooks) == 6
    latest = alerts(api, watches["pair"]["id"])[-2:]
    for alert in latest:
        assert alert["delivery"]["state"] == "delivered"
        assert alert["delivery"]["attempts"] == 3
    assert sorted(e.get("status") for a in latest for e in a["delivery"]["log"]) == [
        204, 204, 500, 500, 500, 500,
    ]  # fmt: skip
    # The same alert each time: one id, for the receiver to de-duplicate.
    assert len({h.body["id"] for h in site.hooks}) == 2


def test_a_receiver_that_never_answers_runs_out_of_attempts(
    api: TestClient, site: Elsewhere, neo4j: Neo4jUnderTest, follow_settings: Settings
) -> None:
    short = follow_settings.model_copy(update={"webhook_max_attempts": 2})
    hook = watch(api, name="Dead end", countries=["CHN"], on=["new_event"],
                 webhook_url=site.url + "/no-such-hook")  # fmt: skip
    send(api, ev("JOINT_EXERCISE", "CHN", "RUS", "2024-07-25", source="Desk E"))
    at = NOW + timedelta(days=2)
    turn(neo4j, short, at, at + timedelta(seconds=5))
    [alert] = alerts(api, hook["id"])
    assert alert["delivery"]["state"] == "failed"
    assert [e["status"] for e in alert["delivery"]["log"]] == [405, 405]


def test_delivery_resumes_when_another_process_takes_over(
    api: TestClient,
    site: Elsewhere,
    neo4j: Neo4jUnderTest,
    follow_settings: Settings,
    clean_graph: Any,
) -> None:
    """The alert outlives the process that should have sent it: recorded with its change, it
    is sent by whichever process holds the lease next."""
    hook = watch(api, name="Resume", countries=["KAZ"], on=["new_event"],
                 webhook_url=site.url + "/hook", secret=site.secret)  # fmt: skip
    send(api, ev("JOINT_EXERCISE", "KAZ", "RUS", "2024-08-01", source="Desk K"))
    at = NOW + timedelta(days=5)
    # A process took the lease and died before it delivered anything.
    clean_graph.execute_query(
        "MERGE (l:Lease {name: 'follower'}) SET l.holder = 'dead-host', l.expires_at = $until",
        until=at + timedelta(seconds=follow_settings.lease_ttl),
    )
    site.hooks.clear()
    assert [t.leader for t in turn(neo4j, follow_settings, at + timedelta(seconds=5))] == [False]
    assert site.hooks == []
    later = at + timedelta(seconds=follow_settings.lease_ttl + 1)
    assert [t.leader for t in turn(neo4j, follow_settings, later)] == [True]
    [alert] = alerts(api, hook["id"])
    assert alert["delivery"]["state"] == "delivered"
    assert alert["id"] in [h.body["id"] for h in site.hooks]


def test_a_deleted_watch_drops_its_pending_deliveries(
    api: TestClient, site: Elsewhere, neo4j: Neo4jUnderTest, follow_settings: Settings
) -> None:
    gone = watch(api, name="Gone", countries=["IRN"], on=["new_event"],
                 webhook_url=site.url + "/hook")  # fmt: skip
    send(api, ev("ARMS_TRANSFER", "IRN", "RUS", "2024-09-10", source="Desk F"))
    assert api.delete(f"/v1/watches/{gone['id']}", headers=AUTH).status_code == 204
    site.hooks.clear()
    turn(neo4j, follow_settings, NOW + timedelta(days=3))
    assert site.hooks == []
    [alert] = alerts(api, gone["id"])
    assert alert["delivery"]["state"] == "dropped"


def test_removing_the_confirming_document_is_a_status_change_too(
    watches: dict[str, Any], api: TestClient
) -> None:
    answer = api.post(
        "/v1/documents",
        json={"text": "Russia confirmed that North Korean troops arrived in Kursk on Friday.",
              "published_on": "2024-10-20", "source": "Desk G"},
        headers=AUTH,
    )  # fmt: skip
    assert answer.status_code == 201, answer.text
    before = alerts(api, watches["pair"]["id"])
    api.delete(f"/v1/documents/{answer.json()['id']}", headers=AUTH)
    after = alerts(api, watches["pair"]["id"])
    made = [a for a in after if a["id"] not in {b["id"] for b in before}]
    assert [a["kind"] for a in made] == ["status_change"] * len(made)
    assert all(a["evidence"] is None for a in made)


def test_alerts_page_newest_first_with_a_cursor(watches: dict[str, Any], api: TestClient) -> None:
    everything = api.get("/v1/alerts", params={"limit": 500}).json()["items"]
    seqs = [a["seq"] for a in everything]
    assert seqs == sorted(seqs, reverse=True)
    paged, cursor = [], None
    while True:
        params: dict[str, Any] = {"limit": 3, **({"cursor": cursor} if cursor else {})}
        page = api.get("/v1/alerts", params=params).json()
        paged += page["items"]
        cursor = page["next"]
        if cursor is None:
            break
    assert [a["id"] for a in paged] == [a["id"] for a in everything]
    bad = api.get("/v1/alerts", params={"cursor": "abc"})
    assert bad.status_code == 422
    assert bad.json()["errors"][0]["field"] == "cursor"


def test_each_watch_is_an_atom_feed(watches: dict[str, Any], api: TestClient) -> None:
    answer = api.get(f"/v1/watches/{watches['pair']['id']}/alerts.atom")
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("application/atom+xml")
    feed = feedparser.parse(answer.content)
    assert feed.version == "atom10"
    stored = alerts(api, watches["pair"]["id"])
    assert len(feed.entries) == len(stored)
    newest = feed.entries[0]
    assert newest.id == f"urn:entente:alert:{stored[-1]['id']}"
    assert "RUS" in newest.title and "PRK" in newest.title
    assert api.get("/v1/watches/watch-unknown/alerts.atom").status_code == 404


def test_alerts_stream_as_server_sent_events(
    watches: dict[str, Any], follow_settings: Settings
) -> None:
    with in_thread(create_app(follow_settings)) as url, httpx.Client(base_url=url) as http:
        with http.stream("GET", "/v1/alerts/stream", params={"after": "0"}, timeout=10) as stream:
            assert stream.headers["content-type"].startswith("text/event-stream")
            received = read_events(stream, 3)
        assert [e["id"] for e in received] == ["1", "2", "3"]
        assert all(e["event"] == "alert" for e in received)
        assert orjson.loads(received[0]["data"])["seq"] == 1
        # A reconnecting client resumes after the last id it saw; a new alert arrives live.
        with http.stream(
            "GET", "/v1/alerts/stream", headers={"Last-Event-ID": "3"}, timeout=10
        ) as stream:
            assert read_events(stream, 1)[0]["id"] == "4"
        with http.stream("GET", "/v1/alerts/stream", timeout=10) as stream:
            http.post("/v1/events", headers=AUTH, json={"events": [
                ev("VISIT", "PRK", "RUS", "2024-12-01", source="Desk H")]})  # fmt: skip
            live = read_events(stream, 1)
        assert orjson.loads(live[0]["data"])["event"]["actor"] == "PRK"


def read_events(stream: httpx.Response, count: int) -> list[dict[str, str]]:
    events: list[dict[str, str]] = []
    current: dict[str, str] = {}
    for line in stream.iter_lines():
        if not line:
            if current:
                events.append(current)
                current = {}
            if len(events) == count:
                return events
            continue
        name, _, value = line.partition(":")
        current[name] = value.strip()
    return events


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"countries": ["XXX"]}, "countries[0]"),
        ({"countries": ["RUS", "RUS"]}, "countries"),
        ({"countries": ["RUS", "PRK", "CHN"]}, "countries"),
        ({"on": []}, "on"),
        ({"on": ["new_mood"]}, "on[0]"),
        ({"min_status": "likely"}, "min_status"),
        ({"webhook_url": "http://169.254.169.254/hook"}, "webhook_url"),
        ({"secret": "short"}, "secret"),
    ],
)
def test_bad_watches_are_refused(api: TestClient, body: dict[str, Any], field: str) -> None:
    base = {"name": "w", "countries": ["RUS"], "on": ["new_event"]}
    answer = api.post("/v1/watches", json={**base, **body}, headers=AUTH)
    assert answer.status_code == 422, answer.text
    assert answer.json()["errors"][0]["field"] == field


def test_watches_list_and_hide_their_secret(watches: dict[str, Any], api: TestClient) -> None:
    listed = api.get("/v1/watches").json()["items"]
    pair = next(w for w in listed if w["id"] == watches["pair"]["id"])
    assert pair["signed"] is True
    assert "secret" not in pair
    assert api.get("/v1/watches/watch-unknown").status_code == 404
    assert api.post("/v1/watches", json={"name": "x"}).status_code == 401


def test_the_follower_in_serve_delivers_by_itself(
    api: TestClient, site: Elsewhere, follow_settings: Settings, clean_graph: Any
) -> None:
    """`entente serve`'s own follower: it takes the lease, delivers as soon as the write that
    recorded the alert commits, and gives the lease up when the process stops."""
    watch(api, name="Live", countries=["VNM"], on=["new_event"], webhook_url=site.url + "/hook",
          secret=site.secret)  # fmt: skip
    site.hooks.clear()
    live = follow_settings.model_copy(update={"follow": True, "lease_ttl": 3.0})
    clean_graph.execute_query("MATCH (l:Lease) DELETE l")
    with in_thread(create_app(live)) as url, httpx.Client(base_url=url, headers=AUTH) as http:
        deadline = time.monotonic() + 10
        while not clean_graph.execute_query("MATCH (l:Lease) RETURN l.holder AS h").records:
            assert time.monotonic() < deadline, "the follower never took the lease"
            time.sleep(0.05)
        started = time.monotonic()
        visit = ev("VISIT", "VNM", "USA", "2024-09-10", source="Desk J")
        http.post("/v1/events", json={"events": [visit]}).raise_for_status()
        # (Deliveries other tests left due go out too, in the order they were recorded.)
        while not any(h.body["event"]["actor"] == "VNM" for h in site.hooks):
            assert time.monotonic() - started < 5, "no webhook arrived"
            time.sleep(0.02)
    assert all(h.signed for h in site.hooks)
    [lease] = clean_graph.execute_query("MATCH (l:Lease) RETURN l.holder AS h").records
    assert lease["h"] is None
