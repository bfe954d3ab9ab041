"""The API as deployed: `entente serve` with two worker processes on a loopback port, so
concurrent requests meet in Neo4j from separate processes and connection pools."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from neo4j import Driver

from app.neo4j_local import free_port
from tests.conftest import WRITE_KEY, Neo4jUnderTest

CLIENTS = 8


@dataclass
class Served:
    """A running `entente serve`: its base URL and process."""

    url: str
    process: subprocess.Popen[bytes]

    def client(self) -> httpx.Client:
        return httpx.Client(
            base_url=self.url, headers={"Authorization": f"Bearer {WRITE_KEY}"}, timeout=120
        )


def serve(neo4j: Neo4jUnderTest, workers: int = 2, **env: str) -> Served:
    """Start `entente serve` on a free loopback port and wait until it answers."""
    c = neo4j.connection
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "app", "serve", "--port", str(port), "--workers", str(workers)],
        env={
            **os.environ,
            "NEO4J_URI": c.uri,
            "NEO4J_USER": c.user,
            "NEO4J_PASSWORD": c.password,
            "ENTENTE_ENVIRONMENT": "test",
            "ENTENTE_API_KEYS": WRITE_KEY,
            **env,
        },
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            if httpx.get(url + "/readyz", timeout=2).status_code == 200:
                return Served(url, process)
        except httpx.TransportError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            raise RuntimeError("entente serve did not become ready")
        time.sleep(0.2)


@pytest.fixture(scope="module")
def served(neo4j: Neo4jUnderTest, clean_graph: Driver) -> Iterator[Served]:
    running = serve(neo4j)
    try:
        yield running
    finally:
        running.process.terminate()
        running.process.wait(timeout=30)


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
