"""An app of the test's own making served by uvicorn on a loopback socket: for what only a real
connection shows (bodies arriving in chunks, keep-alive after an error)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from fastapi import FastAPI

from tests.served import in_thread


@contextmanager
def served(app: FastAPI) -> Iterator[tuple[str, int]]:
    """(host, port) of `app` running in a thread until the block ends."""
    with in_thread(app) as url:
        host, port = url.removeprefix("http://").split(":")
        yield host, int(port)
