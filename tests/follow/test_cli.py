"""`entente feeds add|list|remove|poll`: the same feeds as the API, from the command line."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime

from neo4j import Driver

from tests.conftest import Neo4jUnderTest
from tests.follow.site import Elsewhere, Item, article, rss


def entente(neo4j: Neo4jUnderTest, *args: str) -> subprocess.CompletedProcess[str]:
    c = neo4j.connection
    env = {**os.environ, "NEO4J_URI": c.uri, "NEO4J_USER": c.user, "NEO4J_PASSWORD": c.password,
           "ENTENTE_FETCH_ALLOW_HOSTS": "127.0.0.1"}  # fmt: skip
    return subprocess.run(
        [sys.executable, "-m", "app", *args], env=env, capture_output=True, text=True,
        timeout=120, check=False,
    )  # fmt: skip


def test_feeds_from_the_command_line(
    neo4j: Neo4jUnderTest, site: Elsewhere, clean_graph: Driver
) -> None:
    page = article("Drills", ["The navies of Japan and India held joint exercises in the Bay "
                              "of Bengal on Thursday, the Indian navy said."])  # fmt: skip
    story = site.put("/cli/drills", page)
    url = site.put("/cli/feed.xml", rss([Item("Drills", story, "cli-1", datetime.now(UTC))]))
    added = entente(neo4j, "feeds", "add", url, "--interval", "120")
    assert added.returncode == 0, added.stderr
    assert added.stdout.startswith("added feed-")
    feed_id = added.stdout.split()[1]
    assert entente(neo4j, "feeds", "add", url).stdout.startswith("already followed")
    listed = entente(neo4j, "feeds", "list")
    assert feed_id in listed.stdout and "every 120s" in listed.stdout and "never" in listed.stdout
    polled = entente(neo4j, "feeds", "poll", feed_id)
    assert polled.returncode == 0, polled.stderr
    assert f"{feed_id}: ok, 1 new item(s), 1 new document(s)" in polled.stdout
    records, _, _ = clean_graph.execute_query(
        "MATCH (d:Document {url: $url})<-[:REPORTED_IN]-(e:Event) RETURN e.type AS type", url=story
    )
    assert [r["type"] for r in records] == ["JOINT_EXERCISE"]
    removed = entente(neo4j, "feeds", "remove", feed_id)
    assert removed.returncode == 0
    assert feed_id not in entente(neo4j, "feeds", "list").stdout


def test_bad_feeds_fail_with_one_line(neo4j: Neo4jUnderTest, site: Elsewhere) -> None:
    refused = entente(neo4j, "feeds", "add", "http://10.0.0.7/rss")
    assert refused.returncode == 1
    assert "not a public address" in refused.stderr
    unknown = entente(neo4j, "feeds", "remove", "feed-unknown")
    assert (unknown.returncode, unknown.stderr.strip()) == (1, "error: no feed 'feed-unknown'")
    broken = entente(neo4j, "feeds", "add", site.put("/cli/broken.xml", article("x", ["y"])))
    feed_id = broken.stdout.split()[1]
    polled = entente(neo4j, "feeds", "poll", feed_id)
    assert polled.returncode == 1
    assert "not an RSS or Atom feed" in polled.stdout
