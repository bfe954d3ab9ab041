"""Stream event datasets into the graph in batches: constant memory, idempotent, never fatal."""

from __future__ import annotations

import csv
import gzip
import io
import zipfile
from collections import Counter
from collections.abc import Awaitable, Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TypeVar

from app.core.db import Graph
from app.imports import atop, gdelt
from app.imports.errors import BadRow
from app.ingestion import service as ingestion
from app.ingestion.models import DocumentIn, MembershipIn, MentionIn, digest, source_key
from app.ingestion.service import IngestReport, OrganizationIn
from app.vocabulary import MentionStatus, Precision, TieType

T = TypeVar("T")
BATCH = 5_000
MAX_LISTED_BAD_ROWS = 100
ATOP_CONFIDENCE = 0.95
"""A curated, coded dataset: as sure as a party's own word."""


@dataclass
class ImportReport:
    """What an import read, kept, skipped and wrote."""

    dataset: str
    dry_run: bool = False
    rows: int = 0
    kept: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    bad_rows: int = 0
    bad_examples: list[tuple[int, str]] = field(default_factory=list)
    documents: int = 0
    mentions_new: int = 0
    mentions_known: int = 0
    events_new: int = 0
    events_merged: int = 0

    def bad(self, line: int, reason: str) -> None:
        """Count a broken row; list the first ones with their line numbers."""
        self.bad_rows += 1
        if len(self.bad_examples) < MAX_LISTED_BAD_ROWS:
            self.bad_examples.append((line, reason))

    def classify(self, line: int, parse: Callable[[], T | str]) -> T | None:
        """Count a row: its parsed value, or None when it is skipped (by reason) or broken."""
        self.rows += 1
        try:
            parsed = parse()
        except BadRow as error:
            self.bad(line, str(error))
            return None
        if isinstance(parsed, str):
            self.skipped[parsed] += 1
            return None
        return parsed

    def add(self, written: IngestReport) -> None:
        self.documents += written.documents
        self.mentions_new += written.mentions_new
        self.mentions_known += written.mentions_known
        self.events_new += written.events_new
        self.events_merged += written.events_merged


@contextmanager
def open_text(path: Path) -> Iterator[Iterable[str]]:
    """The lines of a plain, `.gz` or `.zip` (every member) file, read lazily."""
    if path.suffix == ".gz":
        with gzip.open(path, "rt", encoding="utf-8", errors="replace", newline="") as stream:
            yield stream
    elif path.suffix == ".zip":
        with zipfile.ZipFile(path) as archive:
            yield _zip_lines(archive)
    else:
        with path.open(encoding="utf-8", errors="replace", newline="") as stream:
            yield stream


def _zip_lines(archive: zipfile.ZipFile) -> Iterator[str]:
    for name in archive.namelist():
        with archive.open(name) as raw:
            yield from io.TextIOWrapper(raw, encoding="utf-8", errors="replace", newline="")


Sink = Callable[
    [list[DocumentIn], list[OrganizationIn], list[MembershipIn]], Awaitable[IngestReport]
]
"""Where an import's documents go: the graph (`into`), or the bulk loader."""


def into(graph: Graph) -> Sink:
    """Write through the ingestion service, a transaction per batch."""

    async def write(
        documents: list[DocumentIn],
        organizations: list[OrganizationIn],
        memberships: list[MembershipIn],
    ) -> IngestReport:
        return await ingestion.ingest(graph, documents, organizations, memberships)

    return write


async def import_gdelt(
    sink: Sink,
    lines: Iterable[str],
    *,
    dry_run: bool = False,
    report: ImportReport | None = None,
    progress: Callable[[int], None] = lambda _: None,
) -> ImportReport:
    """Import GDELT export rows (see `app.imports.gdelt` for what is kept and why)."""
    report = report or ImportReport("gdelt", dry_run)
    pending: list[gdelt.GdeltMention] = []
    for number, line in enumerate(lines, start=report.rows + 1):
        parsed = report.classify(number, partial(gdelt.parse_row, line))
        if parsed is None:
            continue
        report.kept += 1
        pending.append(parsed)
        if len(pending) >= BATCH:
            await _write_gdelt(sink, pending, report)
            progress(number)
    if pending:
        await _write_gdelt(sink, pending, report)
    return report


async def _write_gdelt(sink: Sink, rows: list[gdelt.GdeltMention], report: ImportReport) -> None:
    documents: dict[str | None, DocumentIn] = {}
    for row in rows:
        doc = documents.get(row.url)
        if doc is None:
            doc_id = "src-" + digest("gdelt", row.url)
            doc = documents[row.url] = DocumentIn(
                id=doc_id,
                kind="gdelt",
                source_key=source_key(None, row.url, doc_id),
                url=row.url,
                published_on=row.reported_on,
                properties={"dataset": "GDELT"},
            )
        doc.mentions.append(
            MentionIn(
                type=row.type,
                actor=row.actor,
                target=row.target,
                status=row.status,
                occurred_on=row.occurred_on,
                precision=Precision.DAY,
                confidence=gdelt.CONFIDENCE,
                phase=row.phase,
                extractor="gdelt",
                properties={"gdelt_event_id": row.event_id, "gdelt_num_sources": row.num_sources},
            )
        )
    rows.clear()
    if not report.dry_run:
        report.add(await sink(list(documents.values()), [], []))


async def import_atop(
    sink: Sink,
    members: Iterable[dict[str, str]],
    alliances: Iterable[dict[str, str]] = (),
    *,
    dry_run: bool = False,
    progress: Callable[[int], None] = lambda _: None,
) -> ImportReport:
    """Import ATOP membership rows, grouped by alliance (see `app.imports.atop`)."""
    report = ImportReport("atop", dry_run)
    details = {str(int(row["atopid"])): atop.provisions(row) for row in alliances}
    finished: set[str] = set()
    group: list[atop.Membership] = []
    batch: list[tuple[str, list[atop.Membership]]] = []

    async def close_group() -> None:
        if group:
            batch.append((group[0].alliance, list(group)))
            finished.add(group[0].alliance)
            group.clear()
        if sum(len(g) ** 2 for _, g in batch) >= BATCH:
            await _write_atop(sink, batch, details, report)

    for number, row in enumerate(members, start=2):  # line 1 is the header
        parsed = report.classify(number, partial(atop.read_member, row))
        if parsed is None:
            continue
        if parsed.alliance in finished:
            report.bad(number, f"alliance {parsed.alliance} seen before: sort rows by atopid")
            continue
        if group and group[0].alliance != parsed.alliance:
            await close_group()
            progress(number)
        report.kept += 1
        group.append(parsed)
    await close_group()
    if batch:
        await _write_atop(sink, batch, details, report)
    return report


async def _write_atop(
    sink: Sink,
    batch: list[tuple[str, list[atop.Membership]]],
    details: dict[str, dict[str, object]],
    report: ImportReport,
) -> None:
    documents, organizations, memberships = [], [], []
    for alliance, members in batch:
        code = atop.organization_code(alliance)
        doc_id = f"atop-{alliance}"
        mentions = [
            MentionIn(
                type=TieType.ALLIANCE,
                actor=pair.actor,
                target=pair.target,
                status=MentionStatus.ASSERTED,
                occurred_on=pair.start,
                precision=pair.precision,
                confidence=ATOP_CONFIDENCE,
                valid_from=pair.start,
                valid_to=pair.end,
                extractor="atop",
                properties={"atop_id": int(alliance)},
            )
            for pair in atop.pairs(members)
        ]
        documents.append(
            DocumentIn(
                id=doc_id,
                kind="atop",
                source_key=source_key(atop.SOURCE, None, doc_id),
                title=f"ATOP alliance {alliance}",
                url=atop.URL,
                source=atop.SOURCE,
                published_on=min(m.start for m in members),
                properties={"atop_id": int(alliance)},
                mentions=mentions,
            )
        )
        organizations.append(
            OrganizationIn(
                code=code,
                name=f"ATOP alliance {alliance}",
                kind="atop",
                properties={**members[0].obligations, **details.get(alliance, {})},
            )
        )
        memberships += [MembershipIn(m.member, code, m.start, m.end, atop.SOURCE) for m in members]
    batch.clear()
    if not report.dry_run:
        report.add(await sink(documents, organizations, memberships))


def read_csv(path: Path) -> Iterator[dict[str, str]]:
    """The rows of a CSV file with a header, streamed."""
    with open_text(path) as lines:
        yield from csv.DictReader(lines)
