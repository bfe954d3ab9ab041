"""The follower: inside `entente serve`, the one process holding the lease polls due feeds and
delivers due webhooks; the others only serve. Time comes from a clock the tests can move."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
import socket
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from neo4j.exceptions import DriverError, Neo4jError

from app.alerts import bell, delivery
from app.core.config import Settings
from app.core.db import Graph
from app.core.errors import EntenteError
from app.feeds import service as feeds
from app.follow import lease

log = logging.getLogger("entente")
Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class Tick:
    """What one turn did: whether this process held the lease, feeds polled, deliveries tried."""

    leader: bool
    polled: int = 0
    delivered: int = 0


class Follower:
    def __init__(self, graph: Graph, settings: Settings, clock: Clock = utc_now) -> None:
        self.graph, self.settings, self.clock = graph, settings, clock
        self.holder = f"{socket.gethostname()}:{secrets.token_hex(4)}"
        self.until: datetime | None = None
        """Until when this process may work: the lease's expiry less a margin."""

    async def tick(self) -> Tick:
        """One turn: hold the lease, then poll what is due and deliver what is due."""
        if not await lease.hold(self.graph, self.holder, self.clock(), self.settings.lease_ttl):
            return Tick(leader=False)
        polled = await feeds.poll_due(self.graph, self.settings, self.clock())
        delivered = await delivery.deliver_due(self.graph, self.settings, self.clock())
        return Tick(True, len(polled), delivered)

    async def run(self) -> None:
        """Until cancelled: keep the lease (renewed every third of its ttl), and while holding
        it poll feeds and deliver webhooks in two loops (a slow feed never holds up a webhook),
        each woken early when this process records alerts and at once again after a full
        batch."""
        try:
            await asyncio.gather(
                self._keep(), self._loop(self._feeds), self._loop(self._deliveries)
            )
        finally:
            await asyncio.shield(self._release())

    def leading(self) -> bool:
        return self.until is not None and self.clock() < self.until

    async def _keep(self) -> None:
        ttl = self.settings.lease_ttl
        while True:
            now = self.clock()
            try:
                held = await lease.hold(self.graph, self.holder, now, ttl)
            except (EntenteError, DriverError, Neo4jError, OSError) as error:
                log.warning("follower: the lease could not be renewed: %s", error)
                held = False
            # Stop a third of the ttl before the lease ends, in case the next renewal fails.
            self.until = now + timedelta(seconds=ttl * 2 / 3) if held else None
            await asyncio.sleep(ttl / 3)

    async def _feeds(self) -> bool:
        limit = 20
        return len(await feeds.poll_due(self.graph, self.settings, self.clock(), limit)) == limit

    async def _deliveries(self) -> bool:
        limit = 200
        done = await delivery.deliver_due(self.graph, self.settings, self.clock(), limit)
        return done == limit

    async def _loop(self, work: Callable[[], Awaitable[bool]]) -> None:
        while True:
            rung = bell.bell()
            more = False
            try:
                if self.leading():
                    more = await work()
            except (EntenteError, DriverError, Neo4jError, OSError) as error:
                log.warning("follower: %s", error)  # Neo4j away: the next turn tries again
            except Exception:
                log.exception("follower: unexpected error; the next turn tries again")
            if not more:
                await bell.wait(rung, self.settings.follow_tick)

    async def _release(self) -> None:
        with contextlib.suppress(DriverError, Neo4jError, OSError, EntenteError):
            await lease.release(self.graph, self.holder, self.clock())  # else it expires
