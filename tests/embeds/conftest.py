"""The real app served over HTTP by uvicorn on a loopback port, a second origin that frames it,
and headless Debian Chromium driven by Playwright (never a downloaded browser)."""

from __future__ import annotations

import html
import os
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from fastapi.testclient import TestClient
from playwright.sync_api import Browser, ConsoleMessage, Page, sync_playwright

from app.main import create_app
from tests.conftest import Neo4jUnderTest, settings_for
from tests.served import in_thread

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
DASHBOARD_ORIGIN = "https://dash.example"
"""The one origin the live server's CORS allow-list names."""


@dataclass
class LiveServer:
    """The app on a real socket: what a browser or a dashboard talks to."""

    url: str

    def get(self, path: str, **kwargs: Any) -> httpx.Response:
        """A plain HTTP GET, to compare what a view shows with what the API answers."""
        return httpx.get(self.url + path, timeout=30, **kwargs)


@pytest.fixture(scope="module")
def live_server(neo4j: Neo4jUnderTest, sample_graph: TestClient) -> Iterator[LiveServer]:
    """The app over HTTP on the sample graph (loaded by `sample_graph` through POST /v1/events)."""
    with in_thread(create_app(settings_for(neo4j, cors_origins=[DASHBOARD_ORIGIN]))) as url:
        yield LiveServer(url)


class _HostPage(BaseHTTPRequestHandler):
    """A dashboard on another origin: `/?src=URL` is a page that frames URL at 400 px wide."""

    def do_GET(self) -> None:
        src = parse_qs(urlsplit(self.path).query).get("src", ["about:blank"])[0]
        body = (
            "<!doctype html><html><head><meta charset='utf-8'><title>Dashboard</title></head>"
            "<body style='margin:0;padding:12px;background:#eef;font:14px sans-serif'>"
            "<h1 style='font-size:16px'>Someone else's dashboard</h1>"
            f"<iframe id='embed' src='{html.escape(src)}' width='400' height='520' "
            "style='border:1px solid #99a'></iframe></body></html>"
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the test output is for failures."""


@pytest.fixture(scope="module")
def other_origin() -> Iterator[str]:
    """The base URL of a second loopback server: a different origin from the app's."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _HostPage)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Headless Debian Chromium; skipped where it is missing, except in CI where it must be."""
    if not CHROMIUM.exists():
        message = f"{CHROMIUM} is missing: `make setup` installs Debian's chromium"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    # Module scope: Playwright's sync API owns an event loop that other modules must not see.
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        try:
            yield launched
        finally:
            launched.close()


@dataclass
class Tab:
    """A page and what its console said, so tests can insist on a clean run."""

    page: Page
    errors: list[str] = field(default_factory=list)

    def screenshot(self, name: str) -> Path:
        """Save the page as tests/artifacts/<name>.png (git-ignored) for a person to look at."""
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        path = ARTIFACTS / f"{name}.png"
        self.page.screenshot(path=str(path), full_page=True)
        return path


OpenTab = Callable[..., Tab]


@pytest.fixture
def open_tab(browser: Browser) -> Iterator[OpenTab]:
    """Open a URL in a fresh context (400 px wide unless told) and wait for the page to load."""
    contexts = []

    def open_(url: str, *, width: int = 400, height: int = 600, **context: Any) -> Tab:
        ctx = browser.new_context(viewport={"width": width, "height": height}, **context)
        contexts.append(ctx)
        page = ctx.new_page()
        page.set_default_timeout(15_000)
        tab = Tab(page)

        def on_console(message: ConsoleMessage) -> None:
            if message.type == "error":
                tab.errors.append(message.text)

        page.on("console", on_console)
        page.on("pageerror", lambda error: tab.errors.append(str(error)))
        page.goto(url)
        return tab

    yield open_
    for ctx in contexts:
        ctx.close()


def wait_for_state(tab: Tab, state: str) -> None:
    """Wait until the view says it is `ready`, `empty` or `error` (its `data-state`)."""
    tab.page.wait_for_selector("#view:not([data-state='loading'])")
    actual = tab.page.get_attribute("#view", "data-state")
    message = tab.page.text_content("#message") or ""
    assert actual == state, f"view is {actual!r}, not {state!r}: {message.strip()}"
