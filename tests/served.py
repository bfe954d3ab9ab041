"""`entente serve` as deployed: worker processes on a loopback port, so concurrent requests
meet in Neo4j from separate processes and connection pools, and a fault test can kill it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import httpx

from app.neo4j_local import free_port
from tests.conftest import WRITE_KEY, Neo4jUnderTest


@dataclass
class Served:
    """A running `entente serve`: its base URL and process."""

    url: str
    process: subprocess.Popen[bytes]
    log: Path
    """Its standard output and error, to read when a test fails."""

    def stop(self, sig: signal.Signals = signal.SIGTERM) -> None:
        """Signal the server and its workers, and wait until they are gone."""
        os.killpg(self.process.pid, sig)
        self.process.wait(timeout=60)

    def client(self) -> httpx.Client:
        return httpx.Client(
            base_url=self.url, headers={"Authorization": f"Bearer {WRITE_KEY}"}, timeout=120
        )


def serve(neo4j: Neo4jUnderTest, workers: int = 2, env: Mapping[str, str] = {}) -> Served:
    """Start `entente serve` on a free loopback port and wait until it answers."""
    c = neo4j.connection
    port = free_port()
    log = Path(tempfile.mkstemp(prefix="entente-serve-", suffix=".log")[1])
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
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
        start_new_session=True,  # its own process group: `stop` reaches the workers too
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            if httpx.get(url + "/readyz", timeout=2).status_code == 200:
                return Served(url, process, log)
        except httpx.TransportError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            raise RuntimeError("entente serve did not become ready")
        time.sleep(0.2)
