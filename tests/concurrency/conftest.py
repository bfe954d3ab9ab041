"""Clients released together against `entente serve` with two worker processes."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from neo4j import Driver

from tests.conftest import Neo4jUnderTest
from tests.served import Served, serve

CLIENTS = 8


@pytest.fixture(scope="module")
def served(neo4j: Neo4jUnderTest, clean_graph: Driver) -> Iterator[Served]:
    running = serve(neo4j)
    try:
        yield running
    finally:
        running.stop()


def at_once(work: list[Callable[[], Any]]) -> list[Any]:
    """Run each callable in its own thread, released together by a barrier; their results (an
    exception is re-raised)."""
    barrier = threading.Barrier(len(work))
    results: list[Any] = [None] * len(work)
    errors: list[BaseException] = []

    def run(index: int) -> None:
        try:
            barrier.wait(timeout=60)
            results[index] = work[index]()
        except BaseException as error:  # noqa: BLE001 - re-raised in the caller's thread
            errors.append(error)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(work))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=600)
    if errors:
        raise errors[0]
    return results
