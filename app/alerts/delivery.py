"""Webhook delivery: each pending alert POSTed to its watch's URL, signed, retried with
exponential back-off, every attempt logged on the alert. At least once: an alert delivered just
before the process died is delivered again after the restart, with the same id for receivers to
de-duplicate."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
from datetime import datetime, timedelta
from typing import Any

import httpx
import orjson

from app.alerts import repository
from app.alerts.service import webhook_body
from app.core.config import Settings
from app.core.db import Graph
from app.core.errors import EntenteError
from app.fetch.client import Policy, client_for, request

FIRST_RETRY = 5.0
"""Seconds before the first retry; each later one waits twice as long, up to `LONGEST_WAIT`."""
LONGEST_WAIT = 3600.0
SIGNATURE = "X-Entente-Signature"


def signature(secret: str, body: bytes) -> str:
    """`sha256=<hex HMAC-SHA256 of the raw body>`, what receivers recompute to trust a call."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def backoff(attempts: int) -> timedelta:
    return timedelta(seconds=min(FIRST_RETRY * 2 ** (attempts - 1), LONGEST_WAIT))


async def deliver_due(
    graph: Graph, settings: Settings, now: datetime, limit: int = 200, parallel: int = 8
) -> int:
    """Attempt every delivery due by `now` (up to `limit`): one receiver's alerts one after
    another in the order they were recorded, several receivers at a time; each receiver's
    attempts recorded in one write. How many were attempted."""
    due = await repository.list_due_deliveries(graph, now=now, limit=limit)
    by_hook: dict[str | None, list[dict[str, Any]]] = {}
    for row in due:
        by_hook.setdefault(row["hook"], []).append(row)
    gate = asyncio.Semaphore(parallel)
    policy = Policy.of(settings)

    async def in_order(rows: list[dict[str, Any]]) -> None:
        # One client per receiver: its alerts go over the same connection.
        async with gate, client_for(policy) as client:
            done = [await attempt(settings, policy, client, row, now) for row in rows]
            await repository.update_deliveries(graph, rows=done)

    await asyncio.gather(*(in_order(rows) for rows in by_hook.values()))
    return len(due)


async def attempt(
    settings: Settings,
    policy: Policy,
    client: httpx.AsyncClient,
    row: dict[str, Any],
    now: datetime,
) -> dict[str, Any]:
    """POST one alert; the attempt as `update_deliveries` records it (a 2xx delivers it)."""
    alert, hook, secret = row["alert"], row["hook"], row["secret"]
    entry: dict[str, Any] = {"at": now.isoformat()}
    if hook is None:
        entry["error"] = "the watch was deleted"
        state, next_at = "dropped", None
    else:
        body = webhook_body(alert)
        headers = {"Content-Type": "application/json", "X-Entente-Alert": alert["id"]}
        if secret:
            headers[SIGNATURE] = signature(secret, body)
        delivered = False
        try:
            answer = await request(
                "POST", hook, policy, field="webhook_url", headers=headers, content=body,
                follow=False, client=client,
            )  # fmt: skip
            entry["status"] = answer.status
            delivered = 200 <= answer.status < 300
        except EntenteError as error:
            entry["error"] = error.detail
        attempts = int(alert["attempts"]) + 1
        if delivered:
            state, next_at = "delivered", None
        elif attempts >= settings.webhook_max_attempts:
            state, next_at = "failed", None
        else:
            state, next_at = "pending", now + backoff(attempts)
    return {"id": alert["id"], "attempt": orjson.dumps(entry).decode(), "delivery": state,
            "next": next_at}  # fmt: skip
