"""The app on a real loopback socket: `entente serve` as deployed (worker processes, so
concurrent requests meet in Neo4j from separate processes and a fault test can kill it), or an
app object served by uvicorn in a thread (for a browser, an MCP client, or what only a real
connection shows)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import uvicorn
from fastapi import FastAPI

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
    fd, name = tempfile.mkstemp(prefix="entente-serve-", suffix=".log")
    log = Path(name)
    process = subprocess.Popen(
        [sys.executable, "-m", "app", "serve", "--port", str(port), "--workers", str(workers)],
        env={
            **os.environ,
            "NEO4J_URI": c.uri,
            "NEO4J_USER": c.user,
            "NEO4J_PASSWORD": c.password,
            "ENTENTE_ENVIRONMENT": "test",
            "ENTENTE_API_KEYS": WRITE_KEY,
            "ENTENTE_FOLLOW": "false",
            **env,
        },
        stdout=fd,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # its own process group: `stop` reaches the workers too
    )
    os.close(fd)
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
            tail = log.read_text(errors="replace")[-2000:]
            raise RuntimeError(f"entente serve did not become ready:\n{tail}")
        time.sleep(0.2)


@contextmanager
def in_thread(app: FastAPI) -> Iterator[str]:
    """The base URL of `app` served by uvicorn in a thread, with its lifespan, until the block
    ends. The socket is bound before uvicorn starts, so no other process can take the port."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    config = uvicorn.Config(app, log_level="warning", lifespan="on", access_log=False)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(timeout=15)
        sock.close()
