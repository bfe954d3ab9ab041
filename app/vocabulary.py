"""The domain's words, shared by every layer: tie types, certainty statuses, date precision.

Pure Python (no I/O) so that `app.extraction` can use it as freely as the routers do.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

EARLIEST_DATE = date(1800, 1, 1)
LATEST_DATE = date(2100, 12, 31)
"""The dates Entente takes and stores: every period, shift and label computed from them stays
within what `datetime.date` can hold, and the range covers every tie a source records."""


class TieType(StrEnum):
    """A kind of military tie between two states (DESIGN.md §1)."""

    VISIT = "VISIT"
    TROOP_DEPLOYMENT = "TROOP_DEPLOYMENT"
    ARMS_TRANSFER = "ARMS_TRANSFER"
    MILITARY_AID = "MILITARY_AID"
    ALLIANCE = "ALLIANCE"
    DEFENCE_COOPERATION = "DEFENCE_COOPERATION"
    JOINT_EXERCISE = "JOINT_EXERCISE"

    @property
    def directed(self) -> bool:
        """Whether actor and target play different roles (visitor → host, supplier → recipient)."""
        return self not in UNDIRECTED

    @property
    def durative(self) -> bool:
        """Whether the tie holds over an interval, so it can be asked about "as of" a date."""
        return self in DURATIVE


UNDIRECTED = frozenset({TieType.ALLIANCE, TieType.DEFENCE_COOPERATION, TieType.JOINT_EXERCISE})
DURATIVE = frozenset({TieType.ALLIANCE, TieType.TROOP_DEPLOYMENT})

MEANING: dict[TieType, str] = {
    TieType.VISIT: "an official visit by a state's leader, minister, delegation or military unit "
    "(a port call) to another state",
    TieType.TROOP_DEPLOYMENT: "a state sends or keeps armed forces in or for another state",
    TieType.ARMS_TRANSFER: "weapons, munitions or military equipment supplied, sold or pledged",
    TieType.MILITARY_AID: "funding, training or other military assistance that is not a named "
    "weapon delivery",
    TieType.ALLIANCE: "a treaty or membership with a mutual-defence or allied-relations commitment",
    TieType.DEFENCE_COOPERATION: "agreements, pledges or talks to cooperate militarily short of an "
    "alliance",
    TieType.JOINT_EXERCISE: "two or more states' forces exercising together",
}
"""What each tie type means (DESIGN.md §1), as answers and the MCP vocabulary resource say it."""

DIRECTION: dict[TieType, str] = {
    TieType.VISIT: "actor = visitor → target = host",
    TieType.TROOP_DEPLOYMENT: "actor = sender → target = state supported or hosting; "
    "location = where the troops are",
    TieType.ARMS_TRANSFER: "actor = supplier → target = recipient",
    TieType.MILITARY_AID: "actor = donor → target = recipient",
    TieType.ALLIANCE: "undirected (a state → an alliance organization for membership)",
    TieType.DEFENCE_COOPERATION: "undirected",
    TieType.JOINT_EXERCISE: "undirected",
}
"""The roles of actor and target in each tie type."""


class MentionStatus(StrEnum):
    """The certainty of one claim in one document."""

    ASSERTED = "asserted"
    ALLEGED = "alleged"
    DENIED = "denied"


MENTION_STATUS_MEANING: dict[MentionStatus, str] = {
    MentionStatus.ASSERTED: "the text states it as fact, or one of the two parties says or "
    "confirms it",
    MentionStatus.ALLEGED: "hedged or attributed to a third party (may, reportedly, allegedly, "
    "according to …, X's intelligence said …)",
    MentionStatus.DENIED: "a party denies it, or the text negates it",
}
"""What one document's claim says of its certainty (DESIGN.md §1)."""


class EventStatus(StrEnum):
    """The certainty of an event, derived from all its mentions (DESIGN.md §1)."""

    CONFIRMED = "confirmed"
    REPORTED = "reported"
    ALLEGED = "alleged"
    DISPUTED = "disputed"
    DENIED = "denied"


EVENT_STATUS_RULE: dict[EventStatus, str] = {
    EventStatus.CONFIRMED: "asserted by two or more independent sources, or asserted by one of "
    "the two parties itself (per attributed_to)",
    EventStatus.REPORTED: "asserted by one source",
    EventStatus.ALLEGED: "only alleged",
    EventStatus.DISPUTED: "some source denies it, and some source asserts or alleges it",
    EventStatus.DENIED: "only denied",
}
"""When an event takes each status, from the mentions of every document
(`app.ingestion.certainty.derive_event` applies these rules, checked first to last: disputed,
denied, confirmed, reported, alleged)."""


class Precision(StrEnum):
    """How exactly `occurred_on` is known."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    UNKNOWN = "unknown"


class Phase(StrEnum):
    """Whether the text reports a tie as done or as planned/pledged."""

    PLANNED = "planned"
    OCCURRED = "occurred"


OTHER_SOURCE = "other"
"""`attributed_to` value for media, analysts, think tanks and unnamed sources."""

ATTRIBUTION_MEANING = (
    "who says it: null for the text's own voice, a state's code for its government, ministry, "
    f"leader, agency or state media, or {OTHER_SOURCE!r} for media, analysts, think tanks and "
    "unnamed sources"
)
"""What a mention's `attributed_to` holds."""


CAMEO: dict[TieType, str] = {
    TieType.VISIT: "042",
    TieType.TROOP_DEPLOYMENT: "074",
    TieType.ARMS_TRANSFER: "072",
    TieType.MILITARY_AID: "072",
    TieType.ALLIANCE: "057",
    TieType.DEFENCE_COOPERATION: "0312",
    TieType.JOINT_EXERCISE: "062",
}
"""The CAMEO event code each tie type corresponds to (DESIGN.md §1)."""

GOLDSTEIN: dict[TieType, float] = {
    TieType.VISIT: 1.9,
    TieType.TROOP_DEPLOYMENT: 8.5,
    TieType.ARMS_TRANSFER: 8.3,
    TieType.MILITARY_AID: 8.3,
    TieType.ALLIANCE: 8.0,
    TieType.DEFENCE_COOPERATION: 5.2,
    TieType.JOINT_EXERCISE: 7.4,
}
"""Cooperation weight per type: the Goldstein value of its CAMEO code (CAMEO.goldsteinscale)."""

STATUS_STRENGTH: dict[EventStatus, int] = {
    EventStatus.CONFIRMED: 5,
    EventStatus.REPORTED: 4,
    EventStatus.ALLEGED: 3,
    EventStatus.DISPUTED: 2,
    EventStatus.DENIED: 1,
}
"""Order of statuses, strongest first, for a tie's "strongest status"."""
