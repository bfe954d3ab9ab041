"""Articles through the API into the graph: evidence, corroboration, certainty, idempotency."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from neo4j import Driver

from tests.conftest import AUTH, SHARED, graph_state

SEED = SHARED / "seeds" / "000_ad7fc3fe47098d6d.txt"


def post(client: TestClient, **body: Any) -> Any:
    response = client.post("/v1/documents", json=body, headers=AUTH)
    assert response.status_code in (200, 201), response.text
    return response


def deployment(client: TestClient) -> dict[str, Any]:
    page = client.get(
        "/v1/events", params={"country": "PRK", "type": "TROOP_DEPLOYMENT", "include": "mentions"}
    ).json()
    (event,) = page["items"]
    assert isinstance(event, dict)
    return event


@pytest.fixture(scope="module")
def seed_text() -> str:
    if not SEED.exists():
        pytest.skip(f"{SEED} is absent: the shared seed document is needed")
    return SEED.read_text()


def test_the_seed_document_gives_its_two_ties_with_evidence(
    client: TestClient, seed_text: str
) -> None:
    response = post(
        client, text=seed_text, title="Ros Atkins on North Korean troops", source="BBC",
        url="https://www.bbc.com/news/av/world-seed", published_on="2024-10-25",
    )  # fmt: skip
    assert response.status_code == 201
    document = response.json()
    kinds = {(e["type"], e["actor"], e["target"]): e for e in document["events"]}
    visit = kinds[("VISIT", "RUS", "PRK")]
    troops = kinds[("TROOP_DEPLOYMENT", "PRK", "RUS")]
    assert visit["status"] == "reported"
    assert troops["status"] == "alleged"
    assert troops["location"] == "UKR"
    evidence = troops["mentions"][0]["evidence"]
    assert seed_text[evidence["start"] : evidence["end"]] == evidence["sentence"]
    assert "North Korean" in evidence["sentence"]
    assert not any({e["actor"], e["target"]} == {"RUS", "UKR"} for e in document["events"])


def test_each_mention_names_its_rule_and_trigger(client: TestClient, seed_text: str) -> None:
    """A user who doubts a tie sees which rule read it and the words that triggered it, both in
    the event list and in a path's explanation."""
    post(client, text=seed_text, source="BBC", published_on="2024-10-25")
    (mention,) = deployment(client)["mentions"]
    assert mention["extractor"].startswith("entente-rules/")
    assert mention["rule"].startswith("deployment.")
    trigger = mention["trigger"]
    assert seed_text[trigger["start"] : trigger["end"]] == trigger["text"]
    assert trigger["text"] in mention["evidence"]["sentence"]
    explained = client.get("/v1/paths/explain", params={"from": "RUS", "to": "PRK", "path": 0})
    assert explained.status_code == 200, explained.text
    mentions = [
        (tie["type"], m)
        for tie in explained.json()["ties"]
        for event in tie["evidence"]
        for m in event["mentions"]
    ]
    assert mentions
    for kind, m in mentions:
        assert m["rule"] and m["trigger"]["text"] in m["evidence"]["sentence"]
        assert seed_text[m["trigger"]["start"] : m["trigger"]["end"]] == m["trigger"]["text"]
        assert kind in {"VISIT", "DEFENCE_COOPERATION"}


def test_the_same_text_again_writes_nothing(
    client: TestClient, clean_graph: Driver, seed_text: str
) -> None:
    before = graph_state(clean_graph)
    again = post(client, text="  " + seed_text.replace(" ", "  ") + "\n", source="Other")
    assert again.status_code == 200
    assert graph_state(clean_graph) == before


def test_independent_sources_corroborate_and_a_denial_disputes(
    client: TestClient, clean_graph: Driver
) -> None:
    assert deployment(client)["status"] == "alleged"
    text = "North Korea has deployed thousands of troops to Russia."
    second = post(client, text=text, source="Wire One", published_on="2024-10-28")
    assert deployment(client)["status"] == "reported"
    before_third = graph_state(clean_graph)

    third = post(
        client, text="Pyongyang has sent soldiers to Russia to fight in the war against Ukraine.",
        source="Wire Two", published_on="2024-10-29",
    )  # fmt: skip
    event = deployment(client)
    assert event["status"] == "confirmed"
    assert event["sources"] == 3
    assert len(event["mentions"]) == 3

    denial = post(
        client, text="The Kremlin denied that North Korean troops are in Russia.",
        source="Wire Three", published_on="2024-10-30",
    )  # fmt: skip
    assert deployment(client)["status"] == "disputed"

    # Deleting documents restores the earlier states exactly.
    assert client.delete(f"/v1/documents/{denial.json()['id']}", headers=AUTH).status_code == 204
    assert deployment(client)["status"] == "confirmed"
    assert client.delete(f"/v1/documents/{third.json()['id']}", headers=AUTH).status_code == 204
    assert graph_state(clean_graph) == before_third
    assert second.json()["events"]


def test_a_party_confirming_alone_confirms(client: TestClient) -> None:
    post(
        client, text="Minsk confirmed that Russia had deployed troops to Belarus.",
        source="Wire Four", published_on="2022-10-16",
    )  # fmt: skip
    page = client.get("/v1/events", params={"country": "BLR", "counterpart": "RUS"}).json()
    (event,) = page["items"]
    assert (event["type"], event["actor"], event["target"]) == ("TROOP_DEPLOYMENT", "RUS", "BLR")
    assert event["status"] == "confirmed"


def test_get_and_delete_unknown_documents_are_404(client: TestClient) -> None:
    assert client.get("/v1/documents/doc-nope").status_code == 404
    response = client.delete("/v1/documents/doc-nope", headers=AUTH)
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"


def graph_version(driver: Driver) -> tuple[int | None, str | None]:
    """The version every write transaction bumps (what cached projections compare with)."""
    records, _, _ = driver.execute_query(
        "OPTIONAL MATCH (v:GraphVersion {id: 'graph'}) RETURN v.seq AS seq, v.token AS token"
    )
    return records[0]["seq"], records[0]["token"]


def test_deleting_an_unknown_document_changes_nothing(client: TestClient, driver: Driver) -> None:
    post(client, text="India agreed to buy Rafale jets from France.", published_on="2024-07-09")
    before, state = graph_version(driver), graph_state(driver)
    assert before[0] is not None
    assert client.delete("/v1/documents/doc-nope", headers=AUTH).status_code == 404
    assert graph_version(driver) == before
    assert graph_state(driver) == state


def test_batch_answers_per_item_in_one_transaction(client: TestClient) -> None:
    texts = [
        "Japanese and Philippine troops held joint drills near Manila on Tuesday.",
        "Japanese and Philippine troops held joint drills near Manila on Tuesday.",
        "South Korea agreed to sell K2 tanks to Poland.",
    ]
    body = {"documents": [{"text": t, "published_on": "2024-07-09"} for t in texts]}
    response = client.post("/v1/documents:batch", json=body, headers=AUTH)
    assert response.status_code == 200, response.text
    result = response.json()
    assert [i["result"] for i in result["items"]] == ["created", "existing", "created"]
    assert result["items"][0]["id"] == result["items"][1]["id"]
    assert all(i["events"] >= 1 for i in result["items"] if i["result"] == "created")
    again = client.post("/v1/documents:batch", json=body, headers=AUTH).json()
    assert again["created"] == 0 and again["existing"] == 3
