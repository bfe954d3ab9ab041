"""Writers keep writing while Neo4j is stopped, frozen or killed, or the API is killed: every
answer is a success or a 503 (never a 500, never a hang), every acknowledged write is found
afterwards, and `entente check` finds nothing that disagrees with the events."""

from __future__ import annotations

import contextlib
import itertools
import os
import random
import signal
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from typing import Any

import httpx
import pytest
from neo4j import Driver

from tests.conftest import AUTH, Neo4jUnderTest, assert_consistent, wipe
from tests.served import Served, serve

READ_LIMIT, WRITE_LIMIT = 2, 4
LIMITS = {"ENTENTE_READ_TIMEOUT": str(READ_LIMIT), "ENTENTE_WRITE_TIMEOUT": str(WRITE_LIMIT)}
PAIRS = [("RUS", "PRK"), ("CHN", "RUS"), ("USA", "JPN")]
TYPES = ["VISIT", "ARMS_TRANSFER", "JOINT_EXERCISE", "TROOP_DEPLOYMENT"]


class Writers:
    """Clients posting small event batches in a loop until stopped, to whichever API `url()`
    names: the evidence of every acknowledged event, and how each request ended."""

    def __init__(self, url: Callable[[], str], clients: int = 4) -> None:
        self.url = url
        self.acknowledged: list[str] = []
        self.outcomes: Counter[str] = Counter()
        self._done = threading.Event()
        self._lock = threading.Lock()
        self._serial = itertools.count()
        self._threads = [threading.Thread(target=self._run, args=(c,)) for c in range(clients)]

    def batch(self, rng: random.Random, client: int) -> list[dict[str, Any]]:
        n = next(self._serial)
        events = []  # on distinct days: one document's claims of one day would be one mention
        for i in range(10):
            actor, target = rng.choice(PAIRS)
            events.append(
                {
                    "type": rng.choice(TYPES),
                    "actor": actor,
                    "target": target,
                    "occurred_on": str(date(2024, 3, 1) + timedelta(days=3 * i + rng.randrange(3))),
                    "status": rng.choice(["asserted", "alleged", "denied"]),
                    "source": f"Desk {client}",
                    "url": f"https://wire.example/{client}/{n}",
                    "evidence": f"Fault claim {n}.{i} from desk {client}.",
                }
            )
        return events

    def _run(self, client: int) -> None:
        rng = random.Random(client)
        while not self._done.is_set():
            events = self.batch(rng, client)
            try:
                with httpx.Client(headers=AUTH, timeout=60) as http:
                    status = str(
                        http.post(self.url() + "/v1/events", json={"events": events}).status_code
                    )
            except httpx.TransportError:
                status = "no answer"
                time.sleep(0.1)
            with self._lock:
                self.outcomes[status] += 1
                if status in ("200", "201"):
                    self.acknowledged += [e["evidence"] for e in events]

    def succeed(self, more: int = 4, timeout: float = 120) -> None:
        """Wait until `more` further requests have been acknowledged (the service works)."""
        goal = self.outcomes["200"] + self.outcomes["201"] + more
        deadline = time.monotonic() + timeout
        while self.outcomes["200"] + self.outcomes["201"] < goal:
            assert time.monotonic() < deadline, (
                f"no {more} more writes acknowledged: {self.outcomes}"
            )
            time.sleep(0.1)

    @contextlib.contextmanager
    def running(self) -> Iterator[Writers]:
        for thread in self._threads:
            thread.start()
        try:
            yield self
        finally:
            self._done.set()
            for thread in self._threads:
                thread.join(timeout=120)


def found(driver: Driver, evidence: list[str]) -> int:
    """How many of these evidence sentences the graph holds a mention of."""
    records, _, _ = driver.execute_query(
        "MATCH ()-[m:REPORTED_IN]->() WHERE m.sentence IN $evidence "
        "RETURN count(DISTINCT m.sentence) AS n",
        evidence=evidence,
    )
    return int(records[0]["n"])


def neo4j_pid(neo4j: Neo4jUnderTest) -> int:
    return int(neo4j.server.pid_file.read_text())


def kill_neo4j(neo4j: Neo4jUnderTest) -> None:
    """kill -9 the server, as a crash or the OOM killer would, and reap it."""
    pid = neo4j_pid(neo4j)
    os.kill(pid, signal.SIGKILL)
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, 0)
    neo4j.server.pid_file.unlink(missing_ok=True)


@pytest.fixture
def api(neo4j: Neo4jUnderTest, clean_graph: Driver) -> Iterator[Served]:
    wipe(clean_graph)
    running = serve(neo4j, env=LIMITS)
    try:
        yield running
    finally:
        with contextlib.suppress(ProcessLookupError):
            running.stop()


def settle(writers: Writers, driver: Driver, neo4j: Neo4jUnderTest) -> None:
    """What every fault test ends with: nothing but successes and 503s, some of each, every
    acknowledged event stored, and the derived graph equal to what the events say."""
    assert set(writers.outcomes) <= {"200", "201", "503", "no answer"}, writers.outcomes
    assert writers.outcomes["201"] > 0, writers.outcomes
    assert found(driver, writers.acknowledged) == len(writers.acknowledged)
    assert_consistent(neo4j)


def test_neo4j_stopped_mid_write(api: Served, neo4j: Neo4jUnderTest, driver: Driver) -> None:
    with Writers(lambda: api.url).running() as writers:
        writers.succeed()
        neo4j.server.stop()
        time.sleep(2)
        down = writers.outcomes["503"]
        neo4j.server.start(neo4j.port)
        writers.succeed()
    assert down > 0, writers.outcomes
    settle(writers, driver, neo4j)
    assert "no answer" not in writers.outcomes


def test_neo4j_killed_mid_write(api: Served, neo4j: Neo4jUnderTest, driver: Driver) -> None:
    with Writers(lambda: api.url).running() as writers:
        writers.succeed()
        kill_neo4j(neo4j)
        time.sleep(1)
        neo4j.server.start(neo4j.port)
        writers.succeed()
    settle(writers, driver, neo4j)
    assert "no answer" not in writers.outcomes


def test_neo4j_frozen_answers_503_within_the_time_limit(
    api: Served, neo4j: Neo4jUnderTest, driver: Driver
) -> None:
    pid = neo4j_pid(neo4j)
    with Writers(lambda: api.url).running() as writers:
        writers.succeed()
        os.kill(pid, signal.SIGSTOP)
        try:
            with httpx.Client(base_url=api.url, timeout=60) as http:
                started = time.monotonic()
                read = http.get("/v1/countries/RUS")
                waited = time.monotonic() - started
        finally:
            os.kill(pid, signal.SIGCONT)
        writers.succeed()
    assert read.status_code == 503
    assert read.headers["content-type"] == "application/problem+json"
    assert "time limit" in read.json()["detail"]
    assert waited < READ_LIMIT + 5
    settle(writers, driver, neo4j)
    assert "no answer" not in writers.outcomes


def test_api_killed_mid_write(api: Served, neo4j: Neo4jUnderTest, driver: Driver) -> None:
    current = [api]
    with Writers(lambda: current[0].url).running() as writers:
        writers.succeed()
        api.stop(signal.SIGKILL)
        time.sleep(0.5)
        current.append(serve(neo4j, env=LIMITS))
        current.pop(0)
        writers.succeed()
    try:
        settle(writers, driver, neo4j)
    finally:
        current[0].stop()
