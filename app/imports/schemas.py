"""Import reports as the API shows them."""

from __future__ import annotations

from pydantic import BaseModel


class BadRowRead(BaseModel):
    line: int
    reason: str


class ImportReportRead(BaseModel):
    """Rows read, kept, skipped by reason, broken (with line numbers), and what was written."""

    dataset: str
    dry_run: bool
    rows: int
    kept: int
    skipped: dict[str, int]
    bad_rows: int
    bad_examples: list[BadRowRead]
    documents: int
    mentions_new: int
    mentions_known: int
    events_new: int
    events_merged: int
