"""What a write changed that a watch may care about, and the alert it becomes.

A write transaction knows what it changed: the events it made, the events whose derived status
moved, the ties it made between two states. Each is a `Change`; the transaction records an alert
per watch that matches it (`app/alerts/repository.record`), so an alert exists exactly when its
change was committed.
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

    def row(self) -> dict[str, Any]:
        """What `cypher/alerts/create_alerts` matches watches on, and the alert's payload."""
        payload = {
            "kind": self.kind.value,
            "event": self.event,
            "old_status": self.old_status,
            "new_status": self.new_status,
            "evidence": self.evidence
            and {
                "sentence": self.evidence.sentence,
                "document": self.evidence.document,
                "url": self.evidence.url,
                "date": self.evidence.date,
            },
        }
        return {
            "kind": self.kind.value,
            "type": self.event["type"],
            "actor": self.event["actor"],
            "target": self.event["target"],
            "rank": STATUS_RANK[EventStatus(self.new_status)],
            "payload": orjson.dumps(payload).decode(),
        }


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
