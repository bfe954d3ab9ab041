"""The filters every graph question takes, with the same names and meaning everywhere.

A tie qualifies when at least one of its events does: its type is in `types`, its status in
`statuses` (default: all but denied), its confidence at least `min_confidence`, its date within
[`since`, `until`], and, with `as_of`, it had happened by then and — for durative ties
(alliances, deployments) — was still in force then.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any

from fastapi import Query

from app.core.errors import InvalidInput, NotFound
from app.core.inputs import InputDate
from app.extraction import country_name
from app.vocabulary import EventStatus, TieType

DEFAULT_STATUSES = tuple(s for s in EventStatus if s is not EventStatus.DENIED)
FAR_PAST = date(1, 1, 1)
FAR_FUTURE = date(9999, 12, 31)


@dataclass(frozen=True)
class TieFilter:
    """Which ties and events an answer considers."""

    types: tuple[TieType, ...] = tuple(TieType)
    statuses: tuple[EventStatus, ...] = DEFAULT_STATUSES
    since: date | None = None
    until: date | None = None
    as_of: date | None = None
    min_confidence: float = 0.0

    @property
    def needs_events(self) -> bool:
        """Whether tie-level counts cannot decide alone and each tie's events must be checked."""
        dated = self.since or self.until or self.as_of
        return bool(dated or self.min_confidence > 0)

    @property
    def as_of_only(self) -> bool:
        """Whether `as_of` alone dates the events (besides types and statuses): each event then
        counts on every day from when it happened or took effect to when it ended."""
        if self.as_of is None or self.since is not None or self.min_confidence > 0:
            return False
        return self.until is None or self.until >= self.as_of

    @property
    def last_day(self) -> date:
        """The latest event date considered."""
        return min(d for d in (self.until, self.as_of, FAR_FUTURE) if d is not None)

    def params(self) -> dict[str, Any]:
        """The `$parameters` every filtered query file takes."""
        return {
            "types": [t.value for t in self.types],
            "statuses": [s.value for s in self.statuses],
            "since": self.since,
            "until": self.until,
            "as_of": self.as_of,
            "min_confidence": self.min_confidence,
            "exact": self.needs_events,
            "first_day": self.since or FAR_PAST,
            "last_day": self.last_day,
        }


def _split(value: str | None, kind: type[TieType] | type[EventStatus], field: str) -> list[Any]:
    if value is None:
        return []
    items = [part.strip() for part in value.split(",") if part.strip()]
    try:
        return [kind(item.upper() if kind is TieType else item.lower()) for item in items]
    except ValueError as error:
        allowed = ", ".join(k.value for k in kind)
        raise InvalidInput(f"{field}: {error}; allowed: {allowed}", field=field) from error


def comma_list(kind: type[TieType] | type[EventStatus]) -> str:
    """The pattern of a comma list of `kind`'s values (empty: the default), for the OpenAPI
    document; the parser is kinder (any case, spaces)."""
    one = "|".join(k.value for k in kind)
    return f"^(({one})(,({one}))*)?$"


async def tie_filter(
    types: Annotated[
        str | None,
        Query(
            description="Comma list of tie types (default: all).",
            json_schema_extra={"pattern": comma_list(TieType)},
        ),
    ] = None,
    statuses: Annotated[
        str | None,
        Query(
            description="Comma list of event statuses (default: all but denied).",
            json_schema_extra={"pattern": comma_list(EventStatus)},
        ),
    ] = None,
    since: Annotated[InputDate | None, Query(description="Events on or after this date.")] = None,
    until: Annotated[InputDate | None, Query(description="Events on or before this date.")] = None,
    as_of: Annotated[
        InputDate | None, Query(description="What had happened by then and was still in force.")
    ] = None,
    min_confidence: Annotated[float, Query(ge=0, le=1)] = 0.0,
) -> TieFilter:
    """The common filters from the query string (a FastAPI dependency)."""
    if since and until and until < since:
        raise InvalidInput("until is before since", field="until")
    return TieFilter(
        types=tuple(_split(types, TieType, "types")) or tuple(TieType),
        statuses=tuple(_split(statuses, EventStatus, "statuses")) or DEFAULT_STATUSES,
        since=since,
        until=until,
        as_of=as_of,
        min_confidence=min_confidence,
    )


def known_code(code: str, field: str) -> str:
    """An upper-cased state or alliance code; 404 naming the field when nobody has it."""
    normalized = code.strip().upper()
    if country_name(normalized) is None:
        raise NotFound(f"unknown country or organization {code!r}", field=field)
    return normalized
