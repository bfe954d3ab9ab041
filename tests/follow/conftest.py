"""The follow tests' world: the site elsewhere, the app allowed to reach it (and only it), and a
follower whose clock the tests move."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Iterator
from datetime import datetime

import pytest
from fastapi.testclient import TestClient
from neo4j import Driver

from app.core.config import Settings
from app.core.db import Graph, open_driver
from app.follow.follower import Follower, Tick
from app.main import create_app
from tests.conftest import Neo4jUnderTest, settings_for
from tests.follow.site import Elsewhere, elsewhere


@pytest.fixture(scope="module")
def site() -> Iterator[Elsewhere]:
    with elsewhere() as world:
        yield world


@pytest.fixture(scope="module")
def follow_settings(neo4j: Neo4jUnderTest, site: Elsewhere) -> Settings:
    """The one loopback address of the site is allowed, explicitly; nothing else private is."""
    return settings_for(neo4j, fetch_allow_hosts=["127.0.0.1"], fetch_timeout=2.0)


@pytest.fixture(scope="module")
def api(follow_settings: Settings, clean_graph: Driver) -> Iterator[TestClient]:
    with TestClient(create_app(follow_settings)) as test_client:
        yield test_client


def turn(
    neo4j: Neo4jUnderTest, settings: Settings, *clocks: datetime, holder: str = "test-follower"
) -> list[Tick]:
    """One follower turn per clock reading, as a process holding the lease would take them."""

    async def run() -> list[Tick]:
        async with open_driver(neo4j.connection) as driver:
            graph = Graph(driver, neo4j.connection.database)
            ticks = []
            for now in clocks:
                follower = Follower(graph, settings, clock=functools.partial(_at, now))
                follower.holder = holder
                ticks.append(await follower.tick())
            return ticks

    return asyncio.run(run())


def _at(now: datetime) -> datetime:
    return now
