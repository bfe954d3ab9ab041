"""What ingestion writes: documents with their mentions, in the shape the graph stores them."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from datetime import date
from urllib.parse import urlsplit

from app.vocabulary import MentionStatus, Phase, Precision, TieType


def digest(*parts: object, size: int = 16) -> str:
    """A short stable hash of the parts: ids that re-imports reproduce exactly."""
    text = "|".join("" if p is None else str(p) for p in parts)
    return hashlib.sha1(text.encode(), usedforsecurity=False).hexdigest()[:size]


def source_key(source: str | None, url: str | None, document_id: str) -> str:
    """Who stands behind a document, for counting independent sources.

    The named source when given ("Reuters"), else the URL's host without `www.`, else the
    document itself: two documents from one outlet corroborate nothing.
    """
    if source and source.strip():
        return "source:" + " ".join(source.lower().split())
    if url:
        host = (urlsplit(url).hostname or "").removeprefix("www.")
        if host:
            return "host:" + host
    return "document:" + document_id


def dyad_key(tie_type: TieType, actor: str, target: str) -> str:
    """The key of a (type, pair): undirected types put the smaller code first."""
    if not tie_type.directed and target < actor:
        actor, target = target, actor
    return f"{tie_type}|{actor}|{target}"


@dataclass(frozen=True, slots=True)
class MentionIn:
    """One claim of one document about one tie (an extracted or supplied event)."""

    type: TieType
    actor: str
    target: str
    status: MentionStatus
    occurred_on: date
    precision: Precision
    confidence: float
    attributed_to: str | None = None
    location: str | None = None
    phase: Phase | None = None
    valid_from: date | None = None
    valid_to: date | None = None
    sentence: str | None = None
    start: int | None = None
    end: int | None = None
    extractor: str | None = None
    rule: str | None = None
    """The extractor's rule that read the claim, with its trigger's document offsets."""
    trigger_start: int | None = None
    trigger_end: int | None = None
    properties: dict[str, object] = field(default_factory=dict)
    """Source-specific facts kept on the mention (GDELT's event id and NumSources …)."""
    dyad: str = field(init=False, repr=False, compare=False)
    """The (type, pair) key, computed once: the write path asks for it several times a mention."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "dyad", dyad_key(self.type, self.actor, self.target))

    def canonical(self) -> MentionIn:
        """The same claim in stored form: an undirected pair in key order (ALLIANCE A–B is
        B–A), and a date known to the month or year moved to the first day of that period."""
        day = self.occurred_on
        if self.precision is Precision.MONTH:
            day = day.replace(day=1)
        elif self.precision is Precision.YEAR:
            day = day.replace(month=1, day=1)
        if not self.type.directed and self.target < self.actor:
            return replace(self, actor=self.target, target=self.actor, occurred_on=day)
        return self if day == self.occurred_on else replace(self, occurred_on=day)


@dataclass(frozen=True, slots=True)
class MembershipIn:
    """A state's dated membership of an alliance organization, from a dataset."""

    actor: str
    organization: str
    valid_from: date
    valid_to: date | None
    source: str


@dataclass(slots=True)
class DocumentIn:
    """A document (an article, or a source of structured events) and what it says."""

    id: str
    kind: str
    source_key: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published_on: date | None = None
    sha256: str | None = None
    text: str | None = None
    properties: dict[str, object] = field(default_factory=dict)
    mentions: list[MentionIn] = field(default_factory=list)

    def mention_key(self, mention: MentionIn) -> str:
        """Stable per document and claim, so ingesting the same thing twice adds nothing."""
        return digest(
            self.id,
            mention.dyad,
            mention.occurred_on,
            mention.start,
            mention.location,
            mention.valid_to,
            size=24,
        )
