"""The write path every source shares: documents, their mentions, the events the mentions join,
the events' derived certainty and the ties between states, all in one transaction."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from neo4j import AsyncManagedTransaction

from app.alerts import bell
from app.alerts import repository as alerts
from app.alerts.model import AlertKind, Change, Evidence, event_summary
from app.core.db import Graph, native
from app.extraction import ORGANIZATIONS, country_name
from app.ingestion import repository
from app.ingestion.certainty import (
    OPEN_END,
    CellFacts,
    DyadTotals,
    EventFacts,
    EventSummary,
    MentionFacts,
    StatusExtremes,
    TieFacts,
    add_events,
    derive_event,
    sum_cells,
    summarize_tie,
)
from app.ingestion.merging import EventMatcher, merged_windows, search_windows
from app.ingestion.models import DocumentIn, MembershipIn, MentionIn, dyad_key
from app.ingestion.months import cell_rows
from app.vocabulary import CAMEO, GOLDSTEIN, EventStatus, MentionStatus, Precision, TieType


@dataclass
class IngestReport:
    """What one ingestion wrote."""

    documents: int = 0
    mentions_new: int = 0
    mentions_known: int = 0
    events_new: int = 0
    events_merged: int = 0
    ties: int = 0
    event_ids: dict[str, list[str]] = field(default_factory=dict)
    """Per document id, the events its new mentions joined."""
    dyads: set[str] = field(default_factory=set)
    """The ties (dyad keys) written or deleted."""
    documents_new: set[str] = field(default_factory=set)
    """Ids of the documents this ingestion stored first (the others were there already)."""
    alerts: int = 0
    """Alerts recorded for watches that matched what this ingestion changed."""


@dataclass(frozen=True)
class OrganizationIn:
    """An alliance organization to create or update (NATO, or an ATOP alliance)."""

    code: str
    name: str
    kind: str = "alliance"
    properties: dict[str, Any] = field(default_factory=dict)


async def ingest(
    graph: Graph,
    documents: list[DocumentIn],
    organizations: Iterable[OrganizationIn] = (),
    memberships: Iterable[MembershipIn] = (),
) -> IngestReport:
    """Write the documents and everything that follows from them, atomically."""
    orgs, members = list(organizations), list(memberships)

    async def work(tx: AsyncManagedTransaction) -> IngestReport:
        return await write(tx, documents, orgs, members)

    report = await graph.in_write_transaction(work, lambda report: report.dyads)
    if report.alerts:
        bell.ring()
    return report


async def write(
    tx: AsyncManagedTransaction,
    documents: list[DocumentIn],
    organizations: list[OrganizationIn],
    memberships: list[MembershipIn],
) -> IngestReport:
    """The body of `ingest`, for callers that already hold a transaction."""
    report = IngestReport(documents=len(documents))
    # Locks first, in one order (documents, then dyads, each sorted): writers sharing a document
    # or a dyad wait for each other, so what they read below is what they write over. The
    # statement that locks the documents also stores the new ones.
    new_ids = await repository.lock_documents(tx, rows=[document_row(d) for d in documents])
    await repository.lock_dyads(
        tx,
        keys=[m.dyad for d in documents for m in d.mentions]
        + [dyad_key(TieType.ALLIANCE, m.actor, m.organization) for m in memberships],
    )
    report.documents_new = new_ids
    await _merge_actors(tx, documents, organizations, memberships)
    if memberships:
        await repository.merge_memberships(tx, rows=[asdict(m) for m in memberships])

    fresh = await _new_mentions(tx, documents, report)
    if not fresh:
        return report

    # One read of every dyad the new mentions touch: its tie, and its events they may join.
    by_dyad: dict[str, list[tuple[date, date]]] = {}
    for _, mention, _ in fresh:
        by_dyad.setdefault(mention.dyad, []).extend(search_windows(mention))
    dyads = await repository.get_dyads(
        tx, windows={dyad: merged_windows(ranges) for dyad, ranges in by_dyad.items()}
    )
    matcher = EventMatcher([slot for state in dyads.values() for slot in state.events])

    new_events: dict[str, tuple[MentionIn, list[MentionFacts]]] = {}
    assigned: list[tuple[DocumentIn, MentionIn, str, str]] = []
    merged: set[str] = set()
    changed_dyads: set[str] = set()
    evidence: dict[str, Evidence] = {}
    for doc, mention, key in fresh:
        slot = matcher.assign(mention)
        if slot.id not in evidence:
            evidence[slot.id] = Evidence(mention.sentence, doc.id, doc.url, doc.published_on)
        if slot.new:
            new_events.setdefault(slot.id, (mention, []))[1].append(mention_facts_of(doc, mention))
        else:
            merged.add(slot.id)
            changed_dyads.add(slot.dyad)
        report.event_ids.setdefault(doc.id, []).append(slot.id)
        assigned.append((doc, mention, key, slot.id))
    report.mentions_new = len(assigned)
    report.events_new = len(new_events)
    report.events_merged = len(merged)

    # New events are derived from the mentions at hand; events that gained mentions are
    # derived again from all of theirs, read back inside this transaction. Writes are only
    # sent: Python prepares each next statement while Neo4j runs the one before.
    rows: list[dict[str, Any]] = []
    added: dict[str, list[EventSummary]] = {}
    for event_id, (first, facts) in new_events.items():
        derived = derive_event(first.actor, first.target, first.type.durative, facts)
        rows.append(event_row(event_id, first, derived))
        if first.dyad not in changed_dyads:
            summary = EventSummary(
                derived.occurred_on, derived.status, derived.confidence,
                GOLDSTEIN[first.type], derived.valid_from, derived.valid_to,
            )  # fmt: skip
            added.setdefault(first.dyad, []).append(summary)
    await repository.merge_events(tx, rows=rows)
    await repository.create_mentions(
        tx, rows=[mention_row(doc, m, key, event_id) for doc, m, key, event_id in assigned]
    )
    changes = [
        Change(AlertKind.NEW_EVENT, event_summary(r["id"], r["props"]), None,
               r["props"]["status"], evidence[r["id"]])
        for r in rows
    ]  # fmt: skip
    # A tie only gaining events is updated from its own totals; one whose events changed is
    # summed up again from all its events. Both are written together.
    ties = {dyad: state.tie for dyad, state in dyads.items() if state.tie is not None}
    totals = await _added_totals(tx, added, ties)
    if merged:
        changes += await refresh_events(tx, sorted(merged), evidence)
    totals.update(await _refreshed_totals(tx, sorted(changed_dyads)))
    report.ties, new_ties = await _write_ties(tx, totals, set(ties))
    report.dyads = set(added) | changed_dyads
    changes += new_tie_changes(new_ties, changes)
    report.alerts = await alerts.record(tx, changes, datetime.now(UTC))
    return report


async def _new_mentions(
    tx: AsyncManagedTransaction, documents: list[DocumentIn], report: IngestReport
) -> list[tuple[DocumentIn, MentionIn, str]]:
    """The documents' mentions in stored form with their keys, less those already stored (and
    repeats within the batch: the same claim twice is one mention); counted in `report`."""
    keyed = [
        (d, m, d.mention_key(m)) for d in documents for m in map(MentionIn.canonical, d.mentions)
    ]
    known = await repository.find_existing_mentions(tx, keys=[k for _, _, k in keyed])
    fresh: list[tuple[DocumentIn, MentionIn, str]] = []
    for doc, mention, key in keyed:
        if key in known:
            report.mentions_known += 1
        else:
            known.add(key)
            fresh.append((doc, mention, key))
    return fresh


def new_tie_changes(dyads: list[str], changes: list[Change]) -> list[Change]:
    """A new tie per dyad that had none, shown with the first event of it this write made or
    changed, that event's status and its evidence."""
    first: dict[str, Change] = {}
    for change in changes:
        e = change.event
        first.setdefault(dyad_key(TieType(e["type"]), e["actor"], e["target"]), change)
    return [
        Change(AlertKind.NEW_TIE, first[d].event, None, first[d].new_status, first[d].evidence)
        for d in dyads
        if d in first
    ]


async def refresh_events(
    tx: AsyncManagedTransaction, ids: list[str], evidence: dict[str, Evidence] | None = None
) -> list[Change]:
    """Re-derive status, confidence, dates and sources of these events from their mentions;
    the events whose status moved (with the evidence that moved it, when known)."""
    rows, changes = [], []
    for record in await repository.get_event_mentions(tx, ids=ids):
        tie_type = TieType(record["type"])
        facts = [mention_facts(m) for m in record["mentions"]]
        derived = derive_event(record["actor"], record["target"], tie_type.durative, facts)
        props = derived_props(derived)
        rows.append({"id": record["id"], "props": props})
        if record["status"] != props["status"]:
            summary = event_summary(record["id"], {**dict(record), **props})
            found = (evidence or {}).get(record["id"])
            changes.append(
                Change(AlertKind.STATUS_CHANGE, summary, record["status"], props["status"], found)
            )
    await repository.update_events(tx, rows=rows)
    return changes


async def refresh_ties(
    tx: AsyncManagedTransaction, dyads: list[str], existing: set[str] | None = None
) -> tuple[int, list[str]]:
    """Recompute the TIE and month cells of each (pair, type) from its events; remove ties
    left with none (`existing`: the dyads that have a tie, when already read). (Ties written,
    the dyads whose tie is new.)"""
    if not dyads:
        return 0, []
    totals = await _refreshed_totals(tx, dyads)
    if existing is None:
        existing = set((await repository.get_ties(tx, keys=dyads)).keys())
    return await _write_ties(tx, totals, existing)


async def _refreshed_totals(
    tx: AsyncManagedTransaction, dyads: list[str]
) -> dict[str, DyadTotals | None]:
    """Each dyad's totals summed again from its events (None: it has none left), its month
    cells rewritten from the same read."""
    if not dyads:
        return {}
    cells: dict[str, list[CellFacts]] = {}
    for r in await repository.get_dyad_cells(tx, keys=dyads):
        cells.setdefault(r["key"], []).append(
            CellFacts(
                month=r["month"].to_native(),
                status=r["status"],
                events=r["events"],
                confidence_sum=float(r["confidence_sum"]),
                first_on=r["first_on"].to_native(),
                last_on=r["last_on"].to_native(),
                confidence=float(r["confidence"]),
                intervals=[(f.to_native(), t.to_native()) for f, t in r["intervals"]],
            )
        )
    found = {
        dyad: sum_cells(facts, GOLDSTEIN[TieType(dyad.split("|")[0])])
        for dyad, facts in cells.items()
    }
    rows = cell_rows(
        (dyad, c.month, c.status, c.events, c.confidence_sum, c.first_on)
        for dyad, facts in cells.items()
        for c in facts
    )
    if rows:
        await repository.update_dyad_months(tx, rows=rows)
    keep: dict[str, list[str]] = {dyad: [] for dyad in dyads}
    for row in rows:
        keep[row["dyad"]].append(row["key"])
    await repository.delete_dyad_months(
        tx, dyads=[{"key": dyad, "keep": keys} for dyad, keys in keep.items()]
    )
    return {dyad: found.get(dyad) for dyad in dyads}


async def _added_totals(
    tx: AsyncManagedTransaction,
    added: dict[str, list[EventSummary]],
    ties: dict[str, dict[str, Any]],
) -> dict[str, DyadTotals | None]:
    """New events folded into their ties' totals (`ties`: the dyads' ties as read) and month
    cells, for dyads none of whose events changed."""
    if not added:
        return {}
    totals: dict[str, DyadTotals | None] = {
        dyad: add_events(_tie_totals(ties[dyad]) if dyad in ties else None, events)
        for dyad, events in added.items()
    }
    facts = (
        (dyad, e.occurred_on, e.status.value, 1, e.confidence, e.occurred_on)
        for dyad, events in added.items()
        for e in events
    )
    await repository.merge_dyad_months(tx, rows=cell_rows(facts))  # `added` is not empty
    return totals


async def _write_ties(
    tx: AsyncManagedTransaction, totals: dict[str, DyadTotals | None], existing: set[str]
) -> tuple[int, list[str]]:
    """Write ties from their totals (None: no events left, the tie goes); (ties written, the
    dyads whose tie is new)."""
    create, update, members, gone, gone_members = [], [], [], [], []
    for dyad, dyad_totals in totals.items():
        tie_type_name, actor, target = dyad.split("|")
        tie_type = TieType(tie_type_name)
        membership = membership_of(dyad)
        if dyad_totals is None:
            if dyad in existing:
                gone.append(dyad)
            if membership:
                gone_members.append({"actor": membership[0], "organization": membership[1]})
            continue
        tie = summarize_tie(tie_type, dyad_totals)
        props = tie_properties(tie_type, tie)
        if dyad in existing:
            update.append({"dyad": dyad, "props": props})
        else:
            create.append({"dyad": dyad, "actor": actor, "target": target, "props": props})
        if membership and tie.valid_from:
            end = tie.valid_to[-1]
            members.append(
                {
                    "actor": membership[0],
                    "organization": membership[1],
                    "valid_from": tie.valid_from[0],
                    "valid_to": None if end == OPEN_END else end,
                    "source": "events",
                }
            )
    if update:
        await repository.update_ties(tx, rows=update)
    if create:
        await repository.create_ties(tx, rows=create)
    if members:
        await repository.merge_memberships(tx, rows=members)
    if gone:
        await repository.delete_ties(tx, keys=gone)
    if gone_members:
        await repository.delete_memberships(tx, rows=gone_members)
    return len(update) + len(create), [str(row["dyad"]) for row in create]


def tie_properties(tie_type: TieType, tie: TieFacts) -> dict[str, Any]:
    """The TIE relationship's properties; None removes what a status no longer has."""
    props: dict[str, Any] = {
        "type": tie_type.value,
        "first_on": tie.first_on,
        "last_on": tie.last_on,
        "events": tie.events,
        "status": tie.status.value,
        "confidence": tie.confidence,
        "score": tie.score,
        "valid_from": tie.valid_from or None,
        "valid_to": tie.valid_to or None,
    }
    props.update({f"n_{status}": count for status, count in tie.by_status.items()})
    for status, first_on, last_on, confidence, confidence_sum in _STATUS_KEYS:
        extremes = tie.extremes.get(status)
        if extremes is None:
            props.update(_NO_EXTREMES[status])
        else:
            props[first_on] = extremes.first_on
            props[last_on] = extremes.last_on
            props[confidence] = extremes.confidence
            props[confidence_sum] = extremes.confidence_sum
    return props


_STATUS_KEYS = [
    (s.value, f"first_on_{s}", f"last_on_{s}", f"confidence_{s}", f"c_{s}") for s in EventStatus
]
"""Per status, the names of its TIE properties (built once: a write sets them on every tie)."""
_NO_EXTREMES = {keys[0]: dict.fromkeys(keys[1:]) for keys in _STATUS_KEYS}


def membership_of(dyad: str) -> tuple[str, str] | None:
    """(state, organization) when the dyad is an ALLIANCE tie to an alliance organization,
    whichever side of the key (in code order) the organization is on."""
    tie_type, actor, target = dyad.split("|")
    if tie_type != TieType.ALLIANCE:
        return None
    if target in ORGANIZATIONS:
        return actor, target
    if actor in ORGANIZATIONS:
        return target, actor
    return None


async def _merge_actors(
    tx: AsyncManagedTransaction,
    documents: list[DocumentIn],
    organizations: list[OrganizationIn],
    memberships: list[MembershipIn],
) -> None:
    codes = {
        code
        for d in documents
        for m in d.mentions
        for code in (m.actor, m.target, m.location)
        if code
    } | {m.actor for m in memberships}
    declared = {o.code for o in organizations}
    countries = [
        {"code": c, "name": country_name(c) or c}
        for c in sorted(codes)
        if c not in ORGANIZATIONS and c not in declared
    ]
    orgs = [
        {"code": o.code, "name": o.name, "kind": o.kind, "props": o.properties}
        for o in organizations
    ]
    orgs += [
        {"code": c, "name": ORGANIZATIONS[c], "kind": "alliance", "props": {}}
        for c in sorted(codes)
        if c in ORGANIZATIONS and c not in declared
    ]
    if countries:
        await repository.merge_countries(tx, rows=countries)
    if orgs:
        await repository.merge_organizations(tx, rows=orgs)


def document_row(doc: DocumentIn) -> dict[str, Any]:
    """A document as `lock_documents` stores it (and the bulk loader writes it)."""
    props: dict[str, Any] = {
        "id": doc.id,
        "kind": doc.kind,
        "title": doc.title,
        "url": doc.url,
        "source": doc.source,
        "source_key": doc.source_key,
        "published_on": doc.published_on,
        "sha256": doc.sha256,
        "text": doc.text,
        **doc.properties,
    }
    return {"id": doc.id, "props": {k: v for k, v in props.items() if v is not None}}


def event_row(event_id: str, mention: MentionIn, derived: EventFacts) -> dict[str, Any]:
    """A new event as `merge_events` stores it (and the bulk loader writes it)."""
    props = {
        "id": event_id,
        "type": mention.type.value,
        "dyad": mention.dyad,
        "actor": mention.actor,
        "target": mention.target,
        "cameo": CAMEO[mention.type],
        "goldstein": GOLDSTEIN[mention.type],
        **derived_props(derived),
    }
    return {"id": event_id, "actor": mention.actor, "target": mention.target, "props": props}


def derived_props(derived: EventFacts) -> dict[str, Any]:
    return {
        "status": derived.status.value,
        "confidence": derived.confidence,
        "sources": derived.sources,
        "mentions": derived.mentions,
        "occurred_on": derived.occurred_on,
        "precision": derived.precision.value,
        "valid_from": derived.valid_from,
        "valid_to": derived.valid_to,
        "first_reported": derived.first_reported,
        "last_reported": derived.last_reported,
    }


def mention_facts_of(doc: DocumentIn, m: MentionIn) -> MentionFacts:
    """What certainty is derived from, of a mention not yet stored."""
    return MentionFacts(
        status=m.status,
        source_key=doc.source_key,
        attributed_to=m.attributed_to,
        confidence=m.confidence,
        occurred_on=m.occurred_on,
        precision=m.precision,
        reported_on=doc.published_on,
        valid_from=m.valid_from,
        valid_to=m.valid_to,
    )


def mention_row(doc: DocumentIn, m: MentionIn, key: str, event_id: str) -> dict[str, Any]:
    """A mention as `create_mentions` stores it (and the bulk loader writes it)."""
    props = {
        "key": key,
        "status": m.status.value,
        "attributed_to": m.attributed_to,
        "confidence": m.confidence,
        "source_key": doc.source_key,
        "occurred_on": m.occurred_on,
        "precision": m.precision.value,
        "phase": m.phase.value if m.phase else None,
        "valid_from": m.valid_from,
        "valid_to": m.valid_to,
        "location": m.location,
        "sentence": m.sentence,
        "start": m.start,
        "end": m.end,
        "extractor": m.extractor,
        "rule": m.rule,
        "trigger_start": m.trigger_start,
        "trigger_end": m.trigger_end,
        **m.properties,
    }
    return {
        "event": event_id,
        "document": doc.id,
        "location": m.location,
        "props": {k: v for k, v in props.items() if v is not None},
    }


def mention_facts(m: dict[str, Any]) -> MentionFacts:
    """A stored mention's facts (Neo4j or Python dates alike)."""
    return MentionFacts(
        status=MentionStatus(m["status"]),
        source_key=m["source_key"],
        attributed_to=m["attributed_to"],
        confidence=float(m["confidence"]),
        occurred_on=native(m["occurred_on"]),
        precision=Precision(m["precision"]),
        reported_on=native(m["reported_on"]),
        valid_from=native(m["valid_from"]),
        valid_to=native(m["valid_to"]),
    )


def _tie_totals(tie: dict[str, Any]) -> DyadTotals:
    return DyadTotals(
        first_on=tie["first_on"],
        last_on=tie["last_on"],
        by_status={s.value: int(tie.get(f"n_{s.value}", 0)) for s in EventStatus},
        confidence=float(tie["confidence"]),
        score=float(tie["score"]),
        intervals=list(zip(tie.get("valid_from") or [], tie.get("valid_to") or [], strict=True)),
        extremes={
            s.value: StatusExtremes(
                tie[f"first_on_{s}"],
                tie[f"last_on_{s}"],
                float(tie[f"confidence_{s}"]),
                float(tie[f"c_{s}"]),
            )
            for s in EventStatus
            if tie.get(f"n_{s}")
        },
    )
