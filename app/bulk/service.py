"""`entente load`: a fresh database built offline from event files, then served.

Posting millions of events through the write path costs a transaction's reads and locks per
batch; an empty database needs none of that. The loader reads JSON Lines events (the
`POST /v1/events` shape), GDELT exports and ATOP files through the same parsers and rules as
the API and the imports (`app.bulk.builder`), writes what the graph would hold as CSV files,
and has Neo4j's own importer build the store from them; the project's server then starts on
it and the schema (constraints, indexes) is applied. JSON Lines events are taken in batches of
`EVENTS_BATCH`, as posting the file in such batches would.
"""

from __future__ import annotations

import csv
import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import ValidationError

from app.bulk.builder import Files, GraphBuilder, chunks
from app.events.schemas import EventCreate
from app.events.service import as_documents
from app.imports import service as imports
from app.imports.errors import BadRow
from app.imports.service import ImportReport
from app.neo4j_local.server import import_arguments

EVENTS_BATCH = 10_000
"""Events per batch, as the API's largest request takes them."""

Kind = Literal["events", "gdelt", "atop_members", "atop_alliances"]


def kind_of(path: Path) -> Kind:
    """What a file holds: JSON Lines events by name (`.jsonl`, `.ndjson`, compressed or
    not), ATOP by its header, else a GDELT export (tab-separated, no header)."""
    name = path.name.lower()
    if any(f".{ext}" in name for ext in ("jsonl", "ndjson")):
        return "events"
    with imports.open_text(path) as lines:
        first = next(iter(lines), "")
    header = next(csv.reader([first]), [])
    if "atopid" in header:
        return "atop_members" if "member" in header else "atop_alliances"
    return "gdelt"


@dataclass
class Built:
    """The CSV files and what each input gave."""

    files: Files
    reports: list[ImportReport]


def _events(report: ImportReport, lines: Iterator[str]) -> Iterator[EventCreate]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue

        def parse(text: str = line) -> EventCreate:
            try:
                return EventCreate.model_validate_json(text)
            except ValidationError as error:
                first = error.errors()[0]
                where = ".".join(str(p) for p in first["loc"]) or "line"
                raise BadRow(f"{where}: {first['msg']}") from None

        event = report.classify(number, parse)
        if event is not None:
            report.kept += 1
            yield event


async def build(
    paths: list[Path], folder: Path, progress: Callable[[str, int], None] = lambda *_: None
) -> Built:
    """Read every file into the CSV files at `folder`; `progress(file, rows)` as rows go by."""
    builder = GraphBuilder(folder)
    kinds = {path: kind_of(path) for path in paths}
    alliances = [p for p, k in kinds.items() if k == "atop_alliances"]
    reports = []
    for path, kind in kinds.items():
        if kind == "atop_alliances":
            continue
        shown = path.name

        def show(rows: int, name: str = shown) -> None:
            progress(name, rows)

        if kind == "events":
            report = ImportReport("events")
            with imports.open_text(path) as lines:
                for batch in chunks(_events(report, iter(lines)), EVENTS_BATCH):
                    report.add(await builder(as_documents(batch), [], []))
                    show(report.rows)
        elif kind == "gdelt":
            report = ImportReport("gdelt")
            with imports.open_text(path) as lines:
                await imports.import_gdelt(builder, lines, report=report, progress=show)
        else:
            details = itertools.chain.from_iterable(imports.read_csv(p) for p in alliances)
            report = await imports.import_atop(
                builder, imports.read_csv(path), details, progress=show
            )
        reports.append(report)
    return Built(builder.finish(), reports)


def import_command(files: Files) -> str:
    """The importer's command line for these files, for an operator to run where the database
    lives (with the server stopped)."""
    arguments = import_arguments(files.nodes, files.relationships, multiline=files.multiline)
    head = " ".join(["neo4j-admin", *arguments[:5]])
    return " \\\n  ".join([head, *arguments[5:]])
