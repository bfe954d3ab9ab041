"""Articles in: extract their events and store them; read and delete them with what they said."""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Sequence
from datetime import UTC, datetime

from neo4j import AsyncManagedTransaction

from app.alerts import bell
from app.alerts import repository as alerts
from app.core.config import Settings
from app.core.db import Graph
from app.core.errors import InvalidInput, NotFound, PayloadTooLarge
from app.documents import repository
from app.documents.schemas import BatchItem, BatchResult, DocumentCreate, DocumentRead
from app.events.service import to_event
from app.extraction import EXTRACTOR_NAME, EXTRACTOR_VERSION, extract
from app.fetch.article import read_article
from app.fetch.client import FetchFailed, Policy, request
from app.ingestion import repository as ingestion_repository
from app.ingestion import service as ingestion
from app.ingestion.models import DocumentIn, MentionIn, source_key

ARTICLE = "article"


def normalized(text: str) -> str:
    """The text with runs of whitespace folded, so re-posting it is recognised."""
    return " ".join(text.split())


def prepare(body: DocumentCreate, settings: Settings, index: int | None = None) -> DocumentIn:
    """Check the text, extract its events, and shape the document for ingestion."""
    field = "text" if index is None else f"documents[{index}].text"
    if body.text is None:
        raise InvalidInput("send the article's text, or a url to fetch it from", field=field)
    if len(body.text) > settings.max_text_chars:
        raise PayloadTooLarge(
            f"text has {len(body.text)} characters; the limit is {settings.max_text_chars}",
            field=field,
        )
    folded = normalized(body.text)
    if not folded:
        raise InvalidInput("text is blank", field=field)
    sha = hashlib.sha256(folded.encode()).hexdigest()
    doc_id = "doc-" + sha[:16]
    url = str(body.url) if body.url else None
    published = body.published_on or datetime.now(UTC).date()
    extractor = f"{EXTRACTOR_NAME}/{EXTRACTOR_VERSION}"
    mentions = [
        MentionIn(
            type=e.type,
            actor=e.actor,
            target=e.target,
            status=e.status,
            occurred_on=e.occurred_on,
            precision=e.precision,
            confidence=e.confidence,
            attributed_to=e.attributed_to,
            location=e.location,
            phase=e.phase,
            sentence=e.evidence.sentence,
            start=e.evidence.start,
            end=e.evidence.end,
            extractor=extractor,
            rule=e.rule,
            trigger_start=e.trigger.start,
            trigger_end=e.trigger.end,
        )
        for e in extract(body.text, published)
    ]
    return DocumentIn(
        id=doc_id,
        kind=ARTICLE,
        source_key=source_key(body.source, url, doc_id),
        title=body.title,
        url=url,
        source=body.source,
        published_on=published,
        sha256=sha,
        text=body.text,
        mentions=mentions,
    )


async def create_document(
    graph: Graph, settings: Settings, body: DocumentCreate
) -> tuple[DocumentRead, bool]:
    """Store an article with its events; (document, whether it was new). Without text, the
    page at its URL is fetched first, unless a document was stored under that URL."""
    if body.text is None and body.url is not None:
        found = await fetch_article(graph, settings, str(body.url))
        if isinstance(found, str):
            return await get_document(graph, found), False
        given = body.model_dump(include={"title", "source", "published_on"}, exclude_none=True)
        body = found.model_copy(update=given)
    result = await create_documents(graph, settings, [body])
    return await get_document(graph, result.items[0].id), result.created == 1


async def fetch_article(graph: Graph, settings: Settings, url: str) -> str | DocumentCreate:
    """The id of the document stored under this URL (or the page's canonical one), else the
    page read as a document to create. Refused addresses 422, unreachable pages 502."""
    known = await repository.find_documents_by_url(graph, urls=[url])
    if known:
        return known[0]
    answer = await request("GET", url, Policy.of(settings), headers={"Accept": "text/html"})
    if answer.status >= 400:
        raise FetchFailed(f"the page answered {answer.status}", field="url")
    article = await asyncio.to_thread(read_article, answer)
    known = await repository.find_documents_by_url(
        graph, urls=sorted({article.url, answer.url} - {url})
    )
    if known:
        return known[0]
    return DocumentCreate.model_validate(
        {
            "text": article.text,
            "title": article.title[:500] if article.title else None,
            "url": article.url,
            "source": article.outlet[:200] if article.outlet else None,
            "published_on": article.published_on,
        }
    )


async def create_documents(
    graph: Graph, settings: Settings, bodies: Sequence[DocumentCreate]
) -> BatchResult:
    """Store many articles in one transaction; the ones already stored are left as they are."""
    if len(bodies) > settings.max_batch_documents:
        raise PayloadTooLarge(
            f"at most {settings.max_batch_documents} documents per request, got {len(bodies)}",
            field="documents",
        )
    prepared = [prepare(b, settings, i if len(bodies) > 1 else None) for i, b in enumerate(bodies)]
    stored = await repository.find_documents_by_sha256(
        graph, hashes=[d.sha256 for d in prepared if d.sha256]
    )
    new: dict[str, DocumentIn] = {}
    for doc in prepared:
        if doc.sha256 not in stored:
            new.setdefault(doc.id, doc)
    report = await ingestion.ingest(graph, list(new.values())) if new else None
    items = []
    seen: set[str] = set()
    for index, doc in enumerate(prepared):
        # Stored by this request's transaction, not by a concurrent one that got there first.
        created = report is not None and doc.id in report.documents_new and doc.id not in seen
        seen.add(doc.id)
        events = len(set(report.event_ids.get(doc.id, []))) if report and created else 0
        items.append(
            BatchItem(
                index=index,
                id=stored.get(doc.sha256 or "", doc.id),
                result="created" if created else "existing",
                events=events,
            )
        )
    made = sum(1 for item in items if item.result == "created")
    return BatchResult(items=items, created=made, existing=len(items) - made)


async def get_document(graph: Graph, document_id: str) -> DocumentRead:
    """The document's metadata and the events it reports, with its own mentions."""
    found = await repository.get_document(graph, id=document_id)
    if found is None:
        raise NotFound(f"no document {document_id!r}", field="id")
    document, pairs = found
    events: dict[str, tuple[dict[str, object], list[dict[str, object]]]] = {}
    for pair in pairs:
        event = pair["event"]
        events.setdefault(event["id"], (event, []))[1].append(pair["mention"])
    return DocumentRead(
        **document, events=[to_event(event, mentions) for event, mentions in events.values()]
    )


async def delete_document(graph: Graph, document_id: str) -> None:
    """Remove the document and what only it said; re-derive what it contributed to."""

    async def work(tx: AsyncManagedTransaction) -> tuple[list[str], int]:
        """The ties re-derived and the alerts recorded. An unknown document raises inside the
        transaction, so it rolls back and the graph's version is not bumped for a write that
        changed nothing."""
        # The same lock order as ingestion: the document, then its dyads.
        dyads = await repository.lock_document(tx, id=document_id)
        if dyads is None:
            raise NotFound(f"no document {document_id!r}", field="id")
        await ingestion_repository.lock_dyads(tx, keys=dyads)
        touched = await repository.delete_document(tx, id=document_id)
        if touched is None:
            raise NotFound(f"no document {document_id!r}", field="id")
        event_ids, dyads = touched
        gone = await repository.delete_orphan_events(tx, ids=event_ids)
        changes = await ingestion.refresh_events(tx, [e for e in event_ids if e not in gone])
        await ingestion.refresh_ties(tx, dyads)
        # Statuses the removal moved are changes like any other.
        return dyads, await alerts.record(tx, changes, datetime.now(UTC))

    _, alerted = await graph.in_write_transaction(work, lambda result: result[0])
    if alerted:
        bell.ring()
