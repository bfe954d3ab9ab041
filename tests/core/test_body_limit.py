"""Request bodies over `ENTENTE_MAX_BODY_BYTES` are refused with 413 before any key is checked
or any JSON parsed, and without the app holding them: over a real socket, a client that keeps
sending sees the answer after about the limit, not after its 152 MB."""

from __future__ import annotations

import select
import socket
import time
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from app.core.config import Settings
from app.main import create_app
from tests.conftest import AUTH, Neo4jUnderTest, settings_for
from tests.core.conftest import served

LIMIT = 1024 * 1024
HUGE = 152 * 1024 * 1024
PIECE = 64 * 1024
SOCKET_SLACK = 24 * 1024 * 1024
"""What the kernel's socket buffers may take in before the server stops reading."""
MULTIPART_HEAD = (
    b'--B\r\nContent-Disposition: form-data; name="file"; filename="export.csv"\r\n'
    b"Content-Type: text/csv\r\n\r\n"
)


@pytest.fixture(scope="module")
def address(neo4j: Neo4jUnderTest) -> Iterator[tuple[str, int]]:
    with served(create_app(settings_for(neo4j, max_body_bytes=LIMIT))) as running:
        yield running


def body(first: bytes, total: int, chunked: bool) -> Iterator[bytes]:
    """`total` bytes starting with `first`, in pieces (chunk-framed when `chunked`)."""
    sent = 0
    while sent < total:
        piece = first if sent == 0 else b"x" * PIECE
        sent += len(piece)
        yield b"%x\r\n%s\r\n" % (len(piece), piece) if chunked else piece


def exchange(
    address: tuple[str, int], head: bytes, pieces: Iterator[bytes]
) -> tuple[int, dict[str, str], int]:
    """Send `head`, then pieces until the server answers; (status, headers, body bytes sent)."""
    sock = socket.create_connection(address, timeout=30)
    sock.sendall(head)
    sock.setblocking(False)
    sent = 0
    try:
        for piece in pieces:
            remaining = memoryview(piece)
            while remaining:
                readable, writable, _ = select.select([sock], [sock], [], 30)
                if readable:
                    raise StopIteration
                assert writable, "the server neither read nor answered"
                written = sock.send(remaining)
                remaining = remaining[written:]
                sent += written
    except (StopIteration, BrokenPipeError, ConnectionResetError):
        pass
    sock.setblocking(True)
    answer = b""
    while b"\r\n\r\n" not in answer:
        data = sock.recv(65536)
        assert data, f"closed without an answer after {sent} bytes"
        answer += data
    sock.close()
    status_line, *lines = answer.split(b"\r\n\r\n")[0].decode().split("\r\n")
    headers = {k.lower(): v.strip() for k, _, v in (line.partition(":") for line in lines)}
    return int(status_line.split()[1]), headers, sent


def request_head(path: str, framing: str, content_type: str) -> bytes:
    return (
        f"POST {path} HTTP/1.1\r\nHost: test\r\nContent-Type: {content_type}\r\n{framing}\r\n\r\n"
    ).encode()


ROUTES = [
    ("/v1/documents", "application/json", b'{"text": "'),
    ("/v1/documents:batch", "application/json", b'{"documents": ['),
    ("/v1/events", "application/json", b'{"events": ['),
    ("/v1/imports/gdelt", "multipart/form-data; boundary=B", MULTIPART_HEAD),
]


@pytest.mark.parametrize(("path", "content_type", "first"), ROUTES)
def test_a_declared_length_over_the_limit_is_refused_before_a_byte_of_body(
    address: tuple[str, int], path: str, content_type: str, first: bytes
) -> None:
    head = request_head(path, f"Content-Length: {HUGE}", content_type)
    started = time.monotonic()
    status, headers, sent = exchange(address, head, iter([]))
    assert (status, sent) == (413, 0)
    assert headers["content-type"] == "application/problem+json"
    assert headers["connection"] == "close"
    assert headers["x-content-type-options"] == "nosniff"
    assert time.monotonic() - started < 5


@pytest.mark.parametrize(("path", "content_type", "first"), ROUTES)
def test_a_chunked_body_is_cut_off_once_it_passes_the_limit(
    address: tuple[str, int], path: str, content_type: str, first: bytes
) -> None:
    head = request_head(path, "Transfer-Encoding: chunked", content_type)
    status, headers, sent = exchange(address, head, body(first, HUGE, chunked=True))
    assert status == 413
    assert headers["content-type"] == "application/problem+json"
    assert LIMIT < sent < LIMIT + SOCKET_SLACK  # counted and stopped, not read to the end


@pytest.mark.parametrize(
    ("size", "headers", "status"),
    [
        (LIMIT, {}, 422),  # at the limit: read, and found not to be JSON
        (LIMIT + 1, {}, 413),
        (LIMIT + 1, AUTH, 413),
        (10, {"Content-Length": str(LIMIT + 1)}, 413),  # the declared length decides
    ],
    ids=["at-limit", "over-unauthenticated", "over-with-key", "declared"],
)
def test_the_limit_is_exact_and_comes_before_the_key(
    neo4j: Neo4jUnderTest, size: int, headers: dict[str, str], status: int
) -> None:
    client = TestClient(create_app(settings_for(neo4j, max_body_bytes=LIMIT)))
    response = client.post(
        "/v1/events",
        content=b"x" * size,
        headers={"Content-Type": "application/json", **headers},
    )
    assert response.status_code == status
    assert response.headers["content-type"] == "application/problem+json"
    if status == 413:
        assert str(LIMIT) in response.json()["detail"]


def test_the_default_limit_fits_the_largest_event_batch() -> None:
    settings = Settings(environment="test")
    event = b'{"type":"ARMS_TRANSFER","actor":"IRN","target":"RUS","occurred_on":"2022-10-18",'
    event += b'"status":"alleged","source":"' + b"s" * 200 + b'","evidence":"'
    event += b"e" * 5_000 + b'"},'
    assert len(event) * settings.max_batch_events < settings.max_body_bytes < HUGE
