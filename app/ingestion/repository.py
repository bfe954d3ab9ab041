"""Queries of the ingestion write path; each runs inside the caller's transaction.

Statements that answer nothing are only sent (`_send`): Neo4j runs them while Python prepares
the next statement, and the next statement (or the commit) waits for them on the connection,
which also raises their error, if any. Statements run in the order they were sent, so a lock
is held before anything sent after it reads."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from neo4j import AsyncManagedTransaction

from app.core import cypher
from app.core.db import native, run
from app.ingestion.merging import EventSlot
from app.vocabulary import Precision

Tx = AsyncManagedTransaction
Rows = list[dict[str, Any]]


async def lock_documents(tx: Tx, *, rows: Rows) -> set[str]:
    """Lock the documents and store those that are new; the ids no earlier transaction stored."""
    ordered = sorted(rows, key=lambda row: str(row["id"]))
    (record,) = await run(tx, "ingestion/lock_documents", rows=ordered)
    return set(record["new"])


async def lock_dyads(tx: Tx, *, keys: Iterable[str]) -> None:
    await _send(tx, "ingestion/lock_dyads", keys=sorted(set(keys)))


async def merge_countries(tx: Tx, *, rows: Rows) -> None:
    await _send(tx, "ingestion/merge_countries", rows=rows)


async def merge_organizations(tx: Tx, *, rows: Rows) -> None:
    await _send(tx, "ingestion/merge_organizations", rows=rows)


async def find_existing_mentions(tx: Tx, *, keys: list[str]) -> set[str]:
    (record,) = await run(tx, "ingestion/find_existing_mentions", keys=keys)
    return set(record["keys"])


@dataclass(frozen=True, slots=True)
class DyadState:
    """What a write reads of a dyad it touches: its tie (None: it has none) and its events in
    the date windows where a new mention could join one."""

    tie: dict[str, Any] | None
    events: list[EventSlot]


async def get_dyads(tx: Tx, *, windows: dict[str, list[tuple[date, date]]]) -> dict[str, DyadState]:
    """Per dyad key that has a tie or events within its windows, the two (a dyad left out has
    neither)."""
    dyads = [
        {"key": key, "windows": [{"from": low, "to": high} for low, high in ranges]}
        for key, ranges in windows.items()
    ]
    (record,) = await run(tx, "ingestion/get_dyads", dyads=dyads)
    return {
        d["key"]: DyadState(
            None if d["tie"] is None else native(d["tie"]),
            [
                EventSlot(
                    e["id"], d["key"], e["occurred_on"].to_native(), Precision(e["precision"])
                )
                for e in d["events"]
            ],
        )
        for d in record["dyads"]
    }


async def merge_events(tx: Tx, *, rows: Rows) -> None:
    await _send(tx, "ingestion/merge_events", rows=rows)


async def create_mentions(tx: Tx, *, rows: Rows) -> None:
    await _send(tx, "ingestion/create_mentions", rows=rows)


async def get_event_mentions(tx: Tx, *, ids: list[str]) -> list[dict[str, Any]]:
    """Per event, its type, pair, status and the facts of every mention."""
    (record,) = await run(tx, "ingestion/get_event_mentions", ids=ids)
    events: list[dict[str, Any]] = record["events"]
    return events


async def update_events(tx: Tx, *, rows: Rows) -> None:
    await _send(tx, "ingestion/update_events", rows=rows)


async def get_dyad_cells(tx: Tx, *, keys: list[str]) -> list[dict[str, Any]]:
    """The dyads' events summed per month and status."""
    (record,) = await run(tx, "ingestion/get_dyad_cells", keys=keys)
    cells: list[dict[str, Any]] = record["cells"]
    return cells


async def get_ties(tx: Tx, *, keys: list[str]) -> dict[str, dict[str, Any]]:
    records = await run(tx, "ingestion/get_ties", keys=keys)
    return {r["key"]: native(r["tie"]) for r in records}


async def update_ties(tx: Tx, *, rows: Rows) -> None:
    await _send(tx, "ingestion/update_ties", rows=rows)


async def create_ties(tx: Tx, *, rows: Rows) -> None:
    await _send(tx, "ingestion/create_ties", rows=rows)


async def delete_ties(tx: Tx, *, keys: list[str]) -> None:
    await _send(tx, "ingestion/delete_ties", keys=keys)


async def merge_memberships(tx: Tx, *, rows: Rows) -> None:
    await _send(tx, "ingestion/merge_memberships", rows=rows)


async def delete_memberships(tx: Tx, *, rows: Rows) -> None:
    await _send(tx, "ingestion/delete_memberships", rows=rows)


async def merge_dyad_months(tx: Tx, *, rows: Rows) -> None:
    await _send(tx, "ingestion/merge_dyad_months", rows=rows)


async def update_dyad_months(tx: Tx, *, rows: Rows) -> None:
    await _send(tx, "ingestion/update_dyad_months", rows=rows)


async def delete_dyad_months(tx: Tx, *, dyads: Rows) -> None:
    await _send(tx, "ingestion/delete_dyad_months", dyads=dyads)


async def _send(tx: Tx, name: str, /, **params: Any) -> None:
    """Send a statement whose answer nothing waits for (see the module's docstring)."""
    await tx.run(cypher.load(name), params)
