"""The driver, opened once per process, and the `Graph` handle repositories run queries through."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any, TypeVar

from neo4j import (
    READ_ACCESS,
    AsyncDriver,
    AsyncGraphDatabase,
    AsyncManagedTransaction,
    Query,
    Record,
    RoutingControl,
    unit_of_work,
)
from neo4j.exceptions import ClientError

from app.core import cypher
from app.core.config import Settings
from app.core.errors import ENDED_BY_SERVER, TIMED_OUT_CODES, Unavailable
from app.neo4j_local import Connection, LocalNeo4j

T = TypeVar("T")
CHANGES_KEPT = 64
"""Write transactions whose changed ties are kept (`GraphChange`) for projections to catch up."""
GRACE = 2.0
"""Seconds the service waits beyond a query's limit for Neo4j to end it itself, before it gives
up on an answer (a frozen server ends nothing)."""


@dataclass(frozen=True)
class TimeLimits:
    """Seconds a read or a write transaction may run (None: no limit, for command-line runs)."""

    read: float | None = None
    write: float | None = None


class QueryTimeLimit(Unavailable):
    """A query ran out of its time limit, or Neo4j did not answer within it."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"the query did not finish within its time limit of {seconds:g} s")


@asynccontextmanager
async def limited(seconds: float | None) -> AsyncIterator[None]:
    """Bound a call to Neo4j: Neo4j ends a transaction past `seconds` (the server-side limit
    each query carries), and the service stops waiting `GRACE` later (a frozen server ends
    nothing). Both are `QueryTimeLimit`; other driver errors are mapped once, by
    `errors.driver_problem`."""
    loop = asyncio.get_running_loop()
    started = loop.time()
    try:
        async with asyncio.timeout(None if seconds is None else seconds + GRACE):
            yield
    except TimeoutError:
        raise QueryTimeLimit(seconds or 0) from None
    except ClientError as error:
        # Neo4j ends a transaction waiting on a lock past its limit as "LockClientStopped",
        # which only the time it took tells from a shutdown.
        if seconds is not None and (
            error.code in TIMED_OUT_CODES
            or (error.code in ENDED_BY_SERVER and loop.time() - started >= seconds)
        ):
            raise QueryTimeLimit(seconds) from None
        raise


def resolve_connection(settings: Settings) -> Connection:
    """`NEO4J_*` when set, else the project-local server's saved connection."""
    if settings.neo4j_uri:
        password = settings.neo4j_password.get_secret_value() if settings.neo4j_password else ""
        return Connection(
            settings.neo4j_uri, settings.neo4j_user, password, settings.neo4j_database
        )
    saved = LocalNeo4j(settings.home).connection()
    if saved is None:
        raise Unavailable(
            f"No Neo4j is configured: set NEO4J_URI or run `entente neo4j start` ({settings.home})"
        )
    return Connection(saved.uri, saved.user, saved.password, settings.neo4j_database)


def open_driver(connection: Connection) -> AsyncDriver:
    """One driver per process; it pools connections and recovers when the server returns."""
    return AsyncGraphDatabase.driver(
        connection.uri,
        auth=(connection.user, connection.password),
        connection_acquisition_timeout=5.0,
        max_transaction_retry_time=5.0,
        notifications_min_severity="OFF",  # "unknown label" on an empty graph is not news
    )


@dataclass(frozen=True)
class Graph:
    """A driver bound to one database; queries are named files in `cypher/`."""

    driver: AsyncDriver
    database: str
    limits: TimeLimits = TimeLimits()

    async def read(self, name: str, /, **params: Any) -> list[Record]:
        """Run a read query (routed to read replicas on a cluster) as an auto-commit query:
        one round trip, where a managed transaction takes two."""
        seconds = self.limits.read
        async with (
            limited(seconds),
            self.driver.session(database=self.database, default_access_mode=READ_ACCESS) as session,
        ):
            result = await session.run(Query(cypher.load(name), timeout=seconds), params)
            return [record async for record in result]

    async def write(self, name: str, /, **params: Any) -> list[Record]:
        """Run one write query in its own transaction."""
        seconds = self.limits.write
        async with limited(seconds):
            records, _, _ = await self.driver.execute_query(
                Query(cypher.load(name), timeout=seconds),
                params,
                database_=self.database,
                routing_=RoutingControl.WRITE,
            )
        return records

    async def run_schema(self, name: str) -> None:
        """Run a schema statement (constraints and indexes cannot share a write transaction)."""
        async with self.driver.session(database=self.database) as session:
            result = await session.run(cypher.load(name))
            await result.consume()

    async def in_write_transaction(
        self,
        work: Callable[[AsyncManagedTransaction], Awaitable[T]],
        changed: Callable[[T], Iterable[str] | None] = lambda _: None,
    ) -> T:
        """Run `work` in one retried write transaction: all of it lands, or none. Its last
        statement records the change: `changed(result)` names the ties (dyad keys) it wrote or
        deleted (None: not known), so cached projections read only those again."""

        async def marked(tx: AsyncManagedTransaction) -> T:
            result = await work(tx)
            dyads = changed(result)
            await run(
                tx,
                "meta/update_graph_version",
                dyads=None if dyads is None else sorted(dyads),
                keep=CHANGES_KEPT,
            )
            return result

        seconds = self.limits.write
        async with limited(seconds), self.driver.session(database=self.database) as session:
            return await session.execute_write(unit_of_work(timeout=seconds)(marked))


async def run(tx: AsyncManagedTransaction, name: str, /, **params: Any) -> list[Record]:
    """Run a named query inside a transaction begun by `Graph.in_write_transaction`."""
    result = await tx.run(cypher.load(name), params)
    return [record async for record in result]


def native(value: Any) -> Any:
    """Neo4j temporal values (and lists and maps of them) as Python's own types."""
    if hasattr(value, "to_native"):
        return value.to_native()
    if isinstance(value, list):
        return [native(v) for v in value]
    if isinstance(value, dict):
        return {k: native(v) for k, v in value.items()}
    return value


@asynccontextmanager
async def connect(settings: Settings) -> AsyncIterator[Graph]:
    """A graph for a command-line run: the same connection rules as the service."""
    connection = resolve_connection(settings)
    async with open_driver(connection) as driver:
        yield Graph(driver, connection.database)
