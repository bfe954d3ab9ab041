"""What a client can only wait out is a 503 with Retry-After, not a 500: a write past its time
limit, a transaction an operator or a shutdown ended, a deadlock the driver did not retry. Each
is made to happen for real on the run's Neo4j."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

import pytest
from neo4j import AsyncDriver, AsyncManagedTransaction, AsyncTransaction
from neo4j.exceptions import Neo4jError, TransientError

from app.core.db import Graph, QueryTimeLimit, TimeLimits, limited, open_driver
from app.core.errors import RETRY_BUSY, RETRY_UNAVAILABLE, driver_problem
from tests.conftest import Neo4jUnderTest

LOCK = "MERGE (l:Lock {key: $key}) SET l.locked = true REMOVE l.locked"


def run_async(neo4j: Neo4jUnderTest, test: Callable[[AsyncDriver], Awaitable[None]]) -> None:
    async def main() -> None:
        async with open_driver(neo4j.connection) as driver:
            await test(driver)

    asyncio.run(main())


@asynccontextmanager
async def holding(driver: AsyncDriver, *keys: str) -> AsyncIterator[AsyncTransaction]:
    """An open transaction that write-locks these Lock nodes until the block ends."""
    async with driver.session() as session:
        tx = await session.begin_transaction()
        for key in keys:
            await (await tx.run(LOCK, key=key)).consume()
        try:
            yield tx
        finally:
            await tx.rollback()


def test_a_write_past_its_time_limit_is_ended_and_reported(neo4j: Neo4jUnderTest) -> None:
    async def test(driver: AsyncDriver) -> None:
        graph = Graph(driver, neo4j.connection.database, TimeLimits(write=1))
        async with holding(driver, "dyad:VISIT|RUS|PRK"):
            started = asyncio.get_running_loop().time()
            with pytest.raises(QueryTimeLimit, match="time limit of 1 s"):
                await graph.write("ingestion/lock_dyads", keys=["VISIT|RUS|PRK"])
            assert asyncio.get_running_loop().time() - started < 10

    run_async(neo4j, test)


def test_a_transaction_an_operator_terminates_is_unavailable(neo4j: Neo4jUnderTest) -> None:
    async def waiting(tx: AsyncManagedTransaction) -> None:
        await (await tx.run(LOCK, key="dyad:ALLIANCE|CHN|RUS")).consume()

    async def test(driver: AsyncDriver) -> None:
        graph = Graph(driver, neo4j.connection.database)
        async with holding(driver, "dyad:ALLIANCE|CHN|RUS"):
            blocked = asyncio.create_task(graph.in_write_transaction(waiting))
            for _ in range(100):
                await asyncio.sleep(0.1)
                found, _, _ = await driver.execute_query(
                    "SHOW TRANSACTIONS YIELD transactionId, currentQuery, status "
                    "WHERE currentQuery CONTAINS 'MERGE (l:Lock' AND status STARTS WITH 'Blocked' "
                    "RETURN transactionId"
                )
                if found:
                    break
            assert found, "the second writer never waited on the lock"
            await driver.execute_query(
                "TERMINATE TRANSACTIONS $ids", ids=[r["transactionId"] for r in found]
            )
            with pytest.raises(Neo4jError) as ended:
                await blocked
            assert driver_problem(ended.value)[0] == 503
            assert "ended the transaction" in driver_problem(ended.value)[2]
            assert driver_problem(ended.value)[3] == RETRY_UNAVAILABLE

    run_async(neo4j, test)


def test_a_deadlock_left_to_the_caller_is_unavailable(neo4j: Neo4jUnderTest) -> None:
    """Two transactions take two locks in opposite orders: Neo4j breaks the cycle by failing
    one of them with a transient error (the service's own writers retry it, then take locks in
    one order so it cannot recur)."""

    async def crosswise(driver: AsyncDriver, first: str, second: str, met: asyncio.Barrier) -> None:
        async with limited(None), driver.session() as session:
            tx = await session.begin_transaction()
            try:
                await (await tx.run(LOCK, key=first)).consume()
                await met.wait()
                await (await tx.run(LOCK, key=second)).consume()
            finally:
                await tx.rollback()

    async def test(driver: AsyncDriver) -> None:
        met = asyncio.Barrier(2)
        outcomes = await asyncio.gather(
            crosswise(driver, "dyad:A", "dyad:B", met),
            crosswise(driver, "dyad:B", "dyad:A", met),
            return_exceptions=True,
        )
        failed = [o for o in outcomes if isinstance(o, BaseException)]
        assert len(failed) == 1
        assert isinstance(failed[0], TransientError)
        assert failed[0].code == "Neo.TransientError.Transaction.DeadlockDetected"
        assert driver_problem(failed[0])[0] == 503 and driver_problem(failed[0])[3] == RETRY_BUSY

    run_async(neo4j, test)
