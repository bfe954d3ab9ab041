"""Schema migrations: numbered files in `cypher/schema/`, applied in order, each once."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.db import Graph
from app.core.paths import CYPHER_DIR
from app.schema import repository


@dataclass(frozen=True)
class Migration:
    """One schema file: `cypher/schema/007_event_type_occurred_on.cypher` is version 7."""

    version: int
    name: str

    @property
    def query_name(self) -> str:
        return f"schema/{self.name}"


def migrations() -> list[Migration]:
    """Every schema file, in the order they apply."""
    found = []
    for path in sorted((CYPHER_DIR / "schema").glob("*.cypher")):
        number, _, _ = path.stem.partition("_")
        found.append(Migration(int(number), path.stem))
    return found


FILLS = frozenset({18, 19, 20})
"""Migrations that only fill derived values (month cells, per-status tie facts) into graphs
written before they existed: a graph the bulk loader builds has them, and records these as
applied."""


def latest_version() -> int:
    """The version a current database is at."""
    return max((m.version for m in migrations()), default=0)


async def current_version(graph: Graph) -> int:
    """The version the database is at."""
    return await repository.get_schema_version(graph)


async def migrate(graph: Graph) -> list[Migration]:
    """Apply the files not recorded as applied, in order; returns what was applied."""
    done = await repository.list_migrations(graph)
    applied = []
    for migration in migrations():
        if migration.version in done:
            continue
        # Statements are `IF NOT EXISTS`: one interrupted before its record reruns safely.
        await repository.apply_schema_file(graph, name=migration.query_name)
        await repository.record_migration(graph, version=migration.version, name=migration.name)
        applied.append(migration)
    return applied
