"""Queries of the ingestion write path; each runs inside the caller's transaction."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from neo4j import AsyncManagedTransaction, Record

from app.core.db import native, run

Tx = AsyncManagedTransaction
Rows = list[dict[str, Any]]


async def lock_documents(tx: Tx, *, ids: list[str]) -> set[str]:
    """Lock the documents (made if missing); the ids no earlier transaction stored."""
    return {r["id"] for r in await run(tx, "ingestion/lock_documents", ids=sorted(ids)) if r["new"]}


async def lock_dyads(tx: Tx, *, keys: Iterable[str]) -> None:
    await run(tx, "ingestion/lock_dyads", keys=sorted(set(keys)))


async def merge_countries(tx: Tx, *, rows: Rows) -> None:
    await run(tx, "ingestion/merge_countries", rows=rows)


async def merge_organizations(tx: Tx, *, rows: Rows) -> None:
    await run(tx, "ingestion/merge_organizations", rows=rows)


async def merge_documents(tx: Tx, *, rows: Rows) -> None:
    await run(tx, "ingestion/merge_documents", rows=rows)


async def find_existing_mentions(tx: Tx, *, keys: list[str]) -> set[str]:
    return {r["key"] for r in await run(tx, "ingestion/find_existing_mentions", keys=keys)}


async def find_candidate_events(tx: Tx, *, dyads: Rows) -> list[Record]:
    return await run(tx, "ingestion/find_candidate_events", dyads=dyads)


async def merge_events(tx: Tx, *, rows: Rows) -> None:
    await run(tx, "ingestion/merge_events", rows=rows)


async def create_mentions(tx: Tx, *, rows: Rows) -> None:
    await run(tx, "ingestion/create_mentions", rows=rows)


async def get_event_mentions(tx: Tx, *, ids: list[str]) -> list[Record]:
    return await run(tx, "ingestion/get_event_mentions", ids=ids)


async def update_events(tx: Tx, *, rows: Rows) -> None:
    await run(tx, "ingestion/update_events", rows=rows)


async def get_dyad_cells(tx: Tx, *, keys: list[str]) -> list[Record]:
    return await run(tx, "ingestion/get_dyad_cells", keys=keys)


async def get_ties(tx: Tx, *, keys: list[str]) -> dict[str, dict[str, Any]]:
    records = await run(tx, "ingestion/get_ties", keys=keys)
    return {r["key"]: native(r["tie"]) for r in records}


async def update_ties(tx: Tx, *, rows: Rows) -> None:
    await run(tx, "ingestion/update_ties", rows=rows)


async def create_ties(tx: Tx, *, rows: Rows) -> None:
    await run(tx, "ingestion/create_ties", rows=rows)


async def delete_ties(tx: Tx, *, keys: list[str]) -> None:
    await run(tx, "ingestion/delete_ties", keys=keys)


async def merge_memberships(tx: Tx, *, rows: Rows) -> None:
    await run(tx, "ingestion/merge_memberships", rows=rows)


async def delete_memberships(tx: Tx, *, rows: Rows) -> None:
    await run(tx, "ingestion/delete_memberships", rows=rows)


async def merge_dyad_months(tx: Tx, *, rows: Rows) -> None:
    await run(tx, "ingestion/merge_dyad_months", rows=rows)


async def update_dyad_months(tx: Tx, *, rows: Rows) -> None:
    await run(tx, "ingestion/update_dyad_months", rows=rows)


async def delete_dyad_months(tx: Tx, *, dyads: Rows) -> None:
    await run(tx, "ingestion/delete_dyad_months", dyads=dyads)
