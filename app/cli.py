"""The `entente` command line: serve, seed, import, extract, migrate and the local Neo4j."""

from __future__ import annotations

import sys
from datetime import date

import orjson
import typer

cli = typer.Typer(no_args_is_help=True, add_completion=False, help=__doc__)


@cli.command()
def extract() -> None:
    """Read {"id","text","published_on"} JSON Lines on stdin, write {"id","events"} lines."""
    from app.extraction import extract as run_extraction

    for line in sys.stdin:
        if not line.strip():
            continue
        row = orjson.loads(line)
        published = row.get("published_on")
        events = run_extraction(row["text"], date.fromisoformat(published) if published else None)
        out = {"id": row.get("id"), "events": [event.as_contract() for event in events]}
        sys.stdout.write(orjson.dumps(out).decode() + "\n")


def main() -> None:
    """Entry point of the console script."""
    cli()
