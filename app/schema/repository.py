"""Schema bookkeeping queries: which numbered file in `cypher/schema/` was applied last."""

from __future__ import annotations

from app.core.db import Graph


async def get_schema_version(graph: Graph) -> int:
    """The highest applied migration number, 0 on an empty database."""
    records = await graph.read("meta/get_schema_version")
    version = records[0]["version"] if records else None
    return int(version) if version is not None else 0


async def list_migrations(graph: Graph) -> set[int]:
    """The versions of the migrations applied."""
    (record,) = await graph.read("meta/list_migrations")
    return set(record["versions"])


async def apply_schema_file(graph: Graph, *, name: str) -> None:
    """Run one schema statement (`schema/NNN_name`)."""
    await graph.run_schema(name)


async def record_migration(graph: Graph, *, version: int, name: str) -> None:
    """Mark a schema file as applied."""
    await graph.write("meta/record_migration", version=version, name=name)


async def ping(graph: Graph) -> bool:
    """Whether the database answers a query."""
    records = await graph.read("meta/ping")
    return bool(records and records[0]["ok"])
