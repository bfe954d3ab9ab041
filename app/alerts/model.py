"""What a write changed that a watch may care about, and the alert it becomes.

A write transaction knows what it changed: the events it made, the events whose derived status
moved, the ties it made between two states. Each is a `Change`; the transaction reads the
watches, and records an alert per watch that matches a change (`app/alerts/repository.record`),
so an alert exists exactly when its change was committed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

import orjson

from app.vocabulary import EventStatus


class AlertKind(StrEnum):
    NEW_EVENT = "new_event"
    NEW_TIE = "new_tie"
    STATUS_CHANGE = "status_change"


STATUS_RANK = {
    EventStatus.DENIED: 0,
    EventStatus.DISPUTED: 1,
    EventStatus.ALLEGED: 2,
    EventStatus.REPORTED: 3,
    EventStatus.CONFIRMED: 4,
}
"""How certain a status is, for a watch's `min_status`: denied < disputed < alleged < reported <
confirmed."""


@dataclass(frozen=True)
class Evidence:
    """The sentence that caused a change, and where it was read."""

    sentence: str | None
    document: str
    url: str | None
    date: date | None


@dataclass(frozen=True)
class Change:
    kind: AlertKind
    event: dict[str, Any]
    """id, type, actor, target, status, occurred_on, confidence."""
    old_status: str | None
    new_status: str
    evidence: Evidence | None

    def payload(self) -> str:
        """The alert's JSON as stored (its id, watch and dates are added when it is read)."""
        evidence = self.evidence and {
            "sentence": self.evidence.sentence,
            "document": self.evidence.document,
            "url": self.evidence.url,
            "date": self.evidence.date,
        }
        return orjson.dumps(
            {
                "kind": self.kind.value,
                "event": self.event,
                "old_status": self.old_status,
                "new_status": self.new_status,
                "evidence": evidence,
            }
        ).decode()


@dataclass(frozen=True)
class WatchFilter:
    """What a watch matches, as the write path reads it."""

    id: str
    countries: tuple[str, ...]
    types: frozenset[str] | None
    on: frozenset[str]
    min_rank: int
    hook: bool

    def matches(self, change: Change) -> bool:
        e = change.event
        return (
            change.kind.value in self.on
            and (self.types is None or e["type"] in self.types)
            and all(code in (e["actor"], e["target"]) for code in self.countries)
            and STATUS_RANK[EventStatus(change.new_status)] >= self.min_rank
        )


def event_summary(
    event_id: str, props: dict[str, Any], status: str | None = None
) -> dict[str, Any]:
    """An event as an alert shows it, from its stored properties."""
    occurred = props.get("occurred_on")
    if isinstance(occurred, date):
        occurred = occurred.isoformat()
    return {
        "id": event_id,
        "type": props["type"],
        "actor": props["actor"],
        "target": props["target"],
        "status": status or props["status"],
        "occurred_on": occurred,
        "confidence": props.get("confidence"),
    }
