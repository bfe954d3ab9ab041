"""The one place that reads `cypher/*.cypher` files and hands them to the driver.

Query text only ever comes from these files; values travel as `$parameters`.
"""

from __future__ import annotations

from functools import cache
from typing import LiteralString, cast

from app.core.paths import CYPHER_DIR


@cache
def load(name: str) -> LiteralString:
    """The statement in `cypher/<name>.cypher` (cached), e.g. `load("meta/get_schema_version")`."""
    path = CYPHER_DIR / f"{name}.cypher"
    # The single cast in the project: file contents are developer-written, never request data.
    return cast(LiteralString, path.read_text(encoding="utf-8"))  # type: ignore[redundant-cast]


def all_names() -> list[str]:
    """Every query file's name, for the test that EXPLAINs them all."""
    return sorted(
        str(path.relative_to(CYPHER_DIR).with_suffix(""))
        for path in CYPHER_DIR.rglob("*.cypher")
        if path.parent.name != "schema"
    )
