"""What an assistant reads once to understand the answers: the tie-type vocabulary, the
certainty rules and the filters, written out from the code that applies them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import orjson

from app import filters
from app.ingestion.certainty import CONFIDENCE_RULE
from app.vocabulary import (
    ATTRIBUTION_MEANING,
    CAMEO,
    DIRECTION,
    EVENT_STATUS_RULE,
    GOLDSTEIN,
    MEANING,
    MENTION_STATUS_MEANING,
    STATUS_STRENGTH,
    TieType,
)


@dataclass(frozen=True)
class Document:
    """A resource: its address, what it is, and its text."""

    uri: str
    name: str
    title: str
    description: str
    mime_type: str
    text: str


def _json(value: Any) -> str:
    return orjson.dumps(value, option=orjson.OPT_INDENT_2).decode()


def tie_types() -> dict[str, Any]:
    """Each tie type with its meaning, direction, whether it lasts, and its weight."""
    return {
        "tie_types": [
            {
                "type": t.value,
                "meaning": MEANING[t],
                "direction": DIRECTION[t],
                "directed": t.directed,
                "durative": t.durative,
                "cameo": CAMEO[t],
                "weight": GOLDSTEIN[t],
            }
            for t in TieType
        ],
        "notes": [
            "Undirected ties are listed with the smaller code as source.",
            "Durative ties (alliances, troop deployments) hold over an interval, so `as_of` asks "
            "whether they were still in force on a date.",
            "A tie's score is the sum of weight × confidence over its events that are not denied.",
        ],
    }


def statuses() -> dict[str, Any]:
    """How certain a claim is, per document and per event, and how confidence is computed."""
    return {
        "mention_statuses": [
            {"status": s.value, "meaning": meaning} for s, meaning in MENTION_STATUS_MEANING.items()
        ],
        "attributed_to": ATTRIBUTION_MEANING,
        "event_statuses": [
            {"status": s.value, "rule": rule, "strength": STATUS_STRENGTH[s]}
            for s, rule in sorted(EVENT_STATUS_RULE.items(), key=lambda i: -STATUS_STRENGTH[i[0]])
        ],
        "tie_status": "the strongest status among the tie's events that pass the filters",
        "confidence": CONFIDENCE_RULE,
        "citing": "Report an event with its status; cite each mention's sentence, document "
        "title, URL and publication date, and who it is attributed to.",
    }


RESOURCES = [
    Document(
        uri="entente://vocabulary/tie-types",
        name="tie-types",
        title="Tie types",
        description="The seven kinds of military tie: meaning, direction (who is actor, who "
        "target), whether they last, CAMEO code and weight.",
        mime_type="application/json",
        text=_json(tie_types()),
    ),
    Document(
        uri="entente://vocabulary/statuses",
        name="statuses",
        title="Certainty: statuses and confidence",
        description="What asserted, alleged and denied mean for one document's claim; when an "
        "event is confirmed, reported, alleged, disputed or denied; how confidence is computed.",
        mime_type="application/json",
        text=_json(statuses()),
    ),
    Document(
        uri="entente://rules/filters",
        name="filters",
        title="Filters",
        description="When a tie or an event passes the filters every graph question takes.",
        mime_type="text/plain",
        text=(filters.__doc__ or "").strip(),
    ),
]
BY_URI = {r.uri: r for r in RESOURCES}
