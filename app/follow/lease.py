"""A lease kept in Neo4j: the one process that holds it polls feeds and delivers webhooks.

Taking or renewing it is one statement under the node's write lock, so two processes can never
both hold it; a holder that dies stops renewing, and after `ttl` another takes over. Holders
compare their own clocks with the stored expiry: hosts need clocks in step (NTP) to well within
the ttl."""

from __future__ import annotations

from datetime import datetime, timedelta

from app.core.db import Graph

NAME = "follower"


async def hold(graph: Graph, holder: str, now: datetime, ttl: float) -> bool:
    """Take or renew the lease until `now + ttl`; whether `holder` has it."""
    records = await graph.write(
        "follow/merge_lease", name=NAME, holder=holder, now=now, until=now + timedelta(seconds=ttl)
    )
    return bool(records) and records[0]["holder"] == holder


async def release(graph: Graph, holder: str, now: datetime) -> None:
    """Give the lease up (at shutdown), so another process takes over at once."""
    await graph.write("follow/merge_lease", name=NAME, holder=holder, now=now, until=None)
