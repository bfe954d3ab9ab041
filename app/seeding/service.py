"""Seed the graph from files: `.txt`, `.md` with YAML front matter, and `.jsonl` documents."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import orjson
import yaml
from pydantic import ValidationError

from app.core.config import Settings
from app.core.db import Graph
from app.core.errors import InvalidInput
from app.documents import service as documents
from app.documents.schemas import DocumentCreate
from app.seeding import repository

SUFFIXES = (".txt", ".md", ".jsonl")
BATCH = 100


@dataclass
class SeedReport:
    """What a seeding run did, and what the graph holds after it."""

    files: int = 0
    documents_new: int = 0
    documents_known: int = 0
    events: int = 0
    graph: dict[str, int] = field(default_factory=dict)


def find_files(paths: list[Path]) -> list[Path]:
    """The seed files under the given files and folders, in name order."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.suffix in SUFFIXES and p.is_file())
        elif path.suffix in SUFFIXES:
            found.append(path)
        else:
            raise InvalidInput(f"{path}: not a folder nor a .txt, .md or .jsonl file", field="path")
    return found


def read_file(path: Path) -> Iterator[DocumentCreate]:
    """The documents in one seed file."""
    text = path.read_text(encoding="utf-8")
    try:
        if path.suffix == ".jsonl":
            for line in text.splitlines():
                if line.strip():
                    yield DocumentCreate.model_validate(orjson.loads(line))
            return
        meta: dict[str, object] = {}
        if path.suffix == ".md" and text.startswith("---"):
            _, front, text = text.split("---", 2)
            meta = yaml.safe_load(front) or {}
        yield DocumentCreate.model_validate({"title": path.stem, **meta, "text": text.strip()})
    except (ValidationError, ValueError, yaml.YAMLError) as error:
        raise InvalidInput(f"{path}: {error}", field="path") from error


async def seed(
    graph: Graph,
    settings: Settings,
    paths: list[Path],
    progress: Callable[[int], None] = lambda _: None,
) -> SeedReport:
    """Ingest every document under `paths`; documents already stored are skipped."""
    files = find_files(paths)
    report = SeedReport(files=len(files))
    batch: list[DocumentCreate] = []

    async def flush() -> None:
        result = await documents.create_documents(graph, settings, batch)
        report.documents_new += result.created
        report.documents_known += result.existing
        report.events += sum(item.events for item in result.items)
        progress(len(batch))
        batch.clear()

    for path in files:
        for document in read_file(path):
            batch.append(document)
            if len(batch) >= BATCH:
                await flush()
    if batch:
        await flush()
    report.graph = await repository.get_graph_counts(graph)
    return report
