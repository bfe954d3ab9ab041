"""Document queries: lookup by content hash, read with events, delete."""

from __future__ import annotations

from typing import Any

from neo4j import AsyncManagedTransaction

from app.core.db import Graph, native, run


async def find_documents_by_sha256(graph: Graph, *, hashes: list[str]) -> dict[str, str]:
    """sha256 → id of the documents already stored."""
    records = await graph.read("documents/find_documents_by_sha256", hashes=hashes)
    return {r["sha256"]: r["id"] for r in records}


async def find_documents_by_url(graph: Graph, *, urls: list[str]) -> list[str]:
    """Ids of the documents stored under these URLs, oldest first."""
    records = await graph.read("documents/find_documents_by_url", urls=urls)
    return [r["id"] for r in records]


async def get_document(
    graph: Graph, *, id: str
) -> tuple[dict[str, Any], list[dict[str, Any]]] | None:
    """The document and its (event, mention) pairs, or None."""
    records = await graph.read("documents/get_document", id=id)
    if not records:
        return None
    return native(records[0]["document"]), native(records[0]["events"])


async def lock_document(tx: AsyncManagedTransaction, *, id: str) -> list[str] | None:
    """Lock the document; the dyads it has mentions of, or None if unknown."""
    records = await run(tx, "documents/lock_document", id=id)
    return list(records[0]["dyads"]) if records else None


async def delete_document(
    tx: AsyncManagedTransaction, *, id: str
) -> tuple[list[str], list[str]] | None:
    """Delete it and its mentions; the events and dyads it touched, or None if unknown."""
    records = await run(tx, "documents/delete_document", id=id)
    if not records:
        return None
    return list(records[0]["events"]), list(records[0]["dyads"])


async def delete_orphan_events(tx: AsyncManagedTransaction, *, ids: list[str]) -> set[str]:
    """Delete the events no mention supports any more; their ids."""
    return {r["id"] for r in await run(tx, "documents/delete_orphan_events", ids=ids)}
