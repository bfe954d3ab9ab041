"""What the extractor returns: one mention of a tie, with its certainty and its evidence."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.vocabulary import MentionStatus, Phase, Precision, TieType


@dataclass(frozen=True, slots=True)
class Evidence:
    """The sentence a mention was read from and its character offsets in the document."""

    sentence: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Trigger:
    """The words that triggered a rule, with their character offsets in the document."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class ExtractedEvent:
    """One mention of a tie in one document (DESIGN.md §1), in the `extract` contract's shape."""

    type: TieType
    actor: str
    target: str
    location: str | None
    status: MentionStatus
    attributed_to: str | None
    occurred_on: date
    precision: Precision
    phase: Phase | None
    confidence: float
    evidence: Evidence
    rule: str
    """The rule that read the tie (`visit.travel`, `transfer.receive` …): where to look when it
    is wrong."""
    trigger: Trigger

    def as_contract(self) -> dict[str, object]:
        """The JSON-ready dict of DESIGN.md §3, plus `phase`, `rule` and `trigger`."""
        return {
            "type": self.type.value,
            "actor": self.actor,
            "target": self.target,
            "location": self.location,
            "status": self.status.value,
            "attributed_to": self.attributed_to,
            "occurred_on": self.occurred_on.isoformat(),
            "precision": self.precision.value,
            "phase": self.phase.value if self.phase is not None else None,
            "confidence": self.confidence,
            "evidence": {
                "sentence": self.evidence.sentence,
                "start": self.evidence.start,
                "end": self.evidence.end,
            },
            "rule": self.rule,
            "trigger": {
                "text": self.trigger.text,
                "start": self.trigger.start,
                "end": self.trigger.end,
            },
        }
