"""Structured events in, event listings out."""

from __future__ import annotations

import base64
import binascii
from datetime import date
from typing import Any

from app.core.config import Settings
from app.core.db import Graph
from app.core.errors import InvalidInput, PayloadTooLarge
from app.events import repository
from app.events.schemas import (
    EventCreate,
    EventPage,
    EventRead,
    Evidence,
    IngestResult,
    MentionRead,
    Trigger,
)
from app.ingestion import service as ingestion
from app.ingestion.models import DocumentIn, MentionIn, digest, source_key
from app.vocabulary import EventStatus, TieType

STRUCTURED = "structured"
_EVENT_FIELDS = frozenset(EventRead.model_fields) - {"mentions"}


def to_event(event: dict[str, Any], mentions: list[dict[str, Any]] | None) -> EventRead:
    """An event node (and the mentions asked for) as the API shows it."""
    return EventRead(
        **{k: v for k, v in event.items() if k in _EVENT_FIELDS},
        mentions=None if mentions is None else [to_mention(m) for m in mentions],
    )


def to_mention(m: dict[str, Any]) -> MentionRead:
    """A REPORTED_IN relationship and its document as the API shows them."""
    evidence = None
    if m.get("sentence") is not None:
        evidence = Evidence(sentence=m["sentence"], start=m.get("start"), end=m.get("end"))
    trigger = None
    if m.get("rule") is not None and m.get("start") is not None:
        lo, hi = m["trigger_start"] - m["start"], m["trigger_end"] - m["start"]
        trigger = Trigger(text=m["sentence"][lo:hi], start=m["trigger_start"], end=m["trigger_end"])
    return MentionRead(
        document_id=m["document_id"],
        title=m.get("title"),
        url=m.get("url"),
        source=m.get("source"),
        published_on=m.get("published_on"),
        status=m["status"],
        attributed_to=m.get("attributed_to"),
        confidence=m["confidence"],
        phase=m.get("phase"),
        evidence=evidence,
        extractor=m.get("extractor"),
        rule=m.get("rule"),
        trigger=trigger,
    )


async def create_events(
    graph: Graph, settings: Settings, events: list[EventCreate]
) -> IngestResult:
    """Store structured events; each (source, url) becomes a document so provenance is uniform."""
    if len(events) > settings.max_batch_events:
        raise PayloadTooLarge(
            f"at most {settings.max_batch_events} events per request, got {len(events)}",
            field="events",
        )
    documents = as_documents(events)
    report = await ingestion.ingest(graph, documents)
    return IngestResult(
        received=len(events),
        documents=report.documents,
        mentions_new=report.mentions_new,
        mentions_known=report.mentions_known,
        events_new=report.events_new,
        events_merged=report.events_merged,
        ties=report.ties,
    )


def as_documents(events: list[EventCreate]) -> list[DocumentIn]:
    """The events as the documents that hold them: one per (source, url), so provenance is
    uniform (the bulk loader groups a file's events the same way)."""
    documents: dict[tuple[str, str | None], DocumentIn] = {}
    for event in events:
        url = str(event.url) if event.url else None
        doc = documents.get((event.source, url))
        if doc is None:
            doc_id = "src-" + digest(event.source, url)
            doc = DocumentIn(
                id=doc_id,
                kind=STRUCTURED,
                source_key=source_key(event.source, url, doc_id),
                title=event.source,
                url=url,
                source=event.source,
            )
            documents[(event.source, url)] = doc
        doc.mentions.append(
            MentionIn(
                type=event.type,
                actor=event.actor,
                target=event.target,
                status=event.status,
                occurred_on=event.occurred_on,
                precision=event.precision,
                confidence=event.confidence,
                attributed_to=event.attributed_to,
                location=event.location,
                valid_from=event.valid_from,
                valid_to=event.valid_to,
                sentence=event.evidence,
                extractor=STRUCTURED,
            )
        )
    return list(documents.values())


def encode_cursor(event: EventRead) -> str:
    """An opaque position after this event."""
    raw = f"{event.occurred_on.isoformat()}|{event.id}".encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[date, str]:
    """The position a cursor stands for; a 422 naming `cursor` when it is not one of ours."""
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        day, _, event_id = base64.urlsafe_b64decode(padded).decode().partition("|")
        return date.fromisoformat(day), event_id
    except (ValueError, binascii.Error, UnicodeDecodeError) as error:
        raise InvalidInput("not a cursor this API returned", field="cursor") from error


async def list_events(
    graph: Graph,
    *,
    country: str | None,
    counterpart: str | None,
    type: TieType | None,
    status: EventStatus | None,
    since: date | None,
    until: date | None,
    min_confidence: float,
    cursor: str | None,
    limit: int,
    with_mentions: bool,
) -> EventPage:
    """One page of events, newest first."""
    rows = await repository.list_events(
        graph,
        country=country,
        counterpart=counterpart,
        type=type.value if type else None,
        status=status.value if status else None,
        since=since,
        until=until,
        min_confidence=min_confidence,
        after=decode_cursor(cursor) if cursor else None,
        limit=limit + 1,
        with_mentions=with_mentions,
    )
    items = [to_event(e, m if with_mentions else None) for e, m in rows[:limit]]
    more = len(rows) > limit
    return EventPage(items=items, next_cursor=encode_cursor(items[-1]) if more else None)


async def with_mentions(
    graph: Graph, events: list[EventRead], *, per_event: int
) -> list[EventRead]:
    """The events with their newest `per_event` mentions each (document, sentence, status), for
    answers that list events and must say where each was reported."""
    if not events:
        return []
    found = await repository.list_event_mentions(
        graph, ids=sorted({e.id for e in events}), per_event=per_event
    )
    return [
        e.model_copy(update={"mentions": [to_mention(m) for m in found.get(e.id, [])]})
        for e in events
    ]
