"""Every query file is one valid statement with a header that names its parameters."""

from __future__ import annotations

import pytest
from neo4j import Driver

from app.core import cypher
from app.core.paths import CYPHER_DIR

NAMES = cypher.all_names()


def test_there_are_query_files() -> None:
    assert len(NAMES) > 30


@pytest.mark.parametrize("name", NAMES)
def test_header_names_params_and_returns(name: str) -> None:
    text = cypher.load(name)
    assert text.startswith("// params:"), name
    assert "returns:" in text.split("\n\n")[0]
    assert (CYPHER_DIR / f"{name}.cypher").stem.split("_")[0] in {
        "get", "list", "find", "merge", "create", "update", "delete", "record", "ping", "lock",
    }  # fmt: skip


@pytest.mark.parametrize("name", NAMES)
def test_neo4j_accepts_the_statement(driver: Driver, name: str) -> None:
    with driver.session() as session:
        session.run("EXPLAIN " + cypher.load(name)).consume()
