"""Which ties an `as_of` day finds, in time that grows with the ties, not with the events.

A date slider sends a new `as_of` with each request; deciding it event by event
(`EventTable.select`) is a pass over every event (≈ 5 ms at 1M events). With only `as_of`
(besides types and statuses) an event counts on every day from the first it is in force
(`Events.in_force_from`: when it happened or, if later, took effect) to its `valid_to`. Most
events have no end: once in force they stay. Per tie, ordered by that first day, the lasting
events a day finds are a prefix, so:
- whether a tie qualifies and its highest confidence depend only on its *records*, the lasting
  events whose confidence beats every one before them (≈ 1.6 a tie, not 9): the last record in
  force holds the highest confidence;
- what an answer shows of a tie then (how many events, first and last date, best status,
  highest confidence) is read at where the day falls among its lasting events (one binary
  search) from running aggregates, only for the ties an answer shows.
The few events that end (durative ties with a `valid_to`) are checked one by one. The score (a
sum) is not kept running: a running sum read as a difference would round differently from the
sum of the events, so it is summed from the events (`EventTable.select`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

Ints = NDArray[np.int64]
Integers = NDArray[np.integer[Any]]
"""Ids or days, of any width."""
Floats = NDArray[np.float64]
NEVER_ENDS = 2**31 - 1
"""`valid_to` of an event still in force (and of one that is not durative)."""
DAY_OFFSET = 2**31
"""Added to a day (an int32) to make it a non-negative low half of a search key."""


def search_key(tie: Integers, day: Integers | int) -> Ints:
    """One number per (tie, day) that sorts by tie, then by day."""
    return (tie.astype(np.int64) << 32) | (np.asarray(day, np.int64) + DAY_OFFSET)


def running(group: Integers, values: Integers | Floats, *, highest: bool) -> Any:
    """Per position, the highest (or lowest) of `values` from its group's start up to it
    (`group` ascending). Exact: taken over whole numbers (integer values less the least, or
    ranks of floats), offset per group so that a group's own values win over those before."""
    if not len(values):
        return np.zeros(0, values.dtype)
    if np.issubdtype(values.dtype, np.integer):
        least = values.min()
        distinct, rank = None, values.astype(np.int64) - least
    else:
        distinct, rank = np.unique(values, return_inverse=True)
    width = rank.max() + 1
    offset = group.astype(np.int64) * width
    if highest:
        top = np.maximum.accumulate(offset + rank) - offset
    else:
        offset = (np.int64(group[-1]) + 1) * width - offset  # the groups before weigh more
        top = np.minimum.accumulate(offset + rank) - offset
    return (top + least).astype(values.dtype) if distinct is None else distinct[top]


@dataclass(frozen=True)
class Facts:
    """What answers show of each event: its date (days since 1970-01-01), status (index into
    `STATUSES`: the least is the best) and confidence."""

    day: Integers
    status: Integers
    confidence: Floats

    def take(self, which: Ints | NDArray[np.bool_]) -> Facts:
        return Facts(self.day[which], self.status[which], self.confidence[which])


@dataclass(frozen=True)
class Summary:
    """Per tie, what its events in force on a day say (`events` 0: none is)."""

    events: Ints
    first: Ints
    last: Ints
    status: Ints
    confidence: Floats


class InForce:
    """For one status set: per tie, its events in force on any day (whether there is one,
    their highest confidence, how many)."""

    def __init__(
        self, ties: int, tie: Integers, since: Integers, until: Integers, facts: Facts,
        counted: NDArray[np.bool_],
    ) -> None:  # fmt: skip
        """`tie`, `since` (first day in force), `until` (last, `NEVER_ENDS`), `facts`: per
        event, sorted by tie then `since`; `counted`: the events of the status set."""
        self.ties = ties
        lasting = counted & (until == NEVER_ENDS)
        tie_lasting = tie[lasting].astype(np.int64)
        facts_lasting = facts.take(lasting)
        self._keys = search_key(tie_lasting, since[lasting])
        self._begin = np.searchsorted(tie_lasting, np.arange(ties + 1)).astype(np.int64)
        # Running aggregates of each tie's lasting events, with a sentinel last that any event
        # beats (read by a tie with none in force).
        best = running(tie_lasting, facts_lasting.confidence, highest=True)
        day, status = facts_lasting.day, facts_lasting.status
        self._running = Summary(
            events=np.zeros(0, np.int64),  # the position tells
            first=_sentinel(running(tie_lasting, day, highest=False), np.iinfo(day.dtype).max),
            last=_sentinel(running(tie_lasting, day, highest=True), np.iinfo(day.dtype).min),
            status=_sentinel(running(tie_lasting, status, highest=False), 127),
            confidence=_sentinel(best, -np.inf),
        )
        record = np.ones(len(best), np.bool_)
        record[1:] = (tie_lasting[1:] != tie_lasting[:-1]) | (best[1:] != best[:-1])
        self._record_tie = tie_lasting[record]
        self._record_since = since[lasting][record]
        self._record_best = _sentinel(best[record], -np.inf)
        self._record_begin, self._record_end = (
            np.searchsorted(self._record_tie, np.arange(ties), side=side).astype(np.int64)
            for side in ("left", "right")
        )
        self._record_keys = search_key(self._record_tie, self._record_since)
        ending = counted & (until != NEVER_ENDS)
        self._ending_tie = tie[ending].astype(np.int64)
        self._ending_since, self._ending_until = since[ending], until[ending]
        self._ending = facts.take(ending)

    def _ending_on(self, day: int, ids: Ints) -> tuple[Ints, Ints]:
        """The events that end and are in force on `day` among the ties of `ids`: their
        positions in `ids` and their indexes among the events that end."""
        now = np.flatnonzero((self._ending_since <= day) & (self._ending_until >= day))
        if len(ids) == self.ties:  # every tie, in order
            return self._ending_tie[now], now
        position = np.full(self.ties, -1, np.int64)
        position[ids] = np.arange(len(ids))
        at = position[self._ending_tie[now]]
        asked = at >= 0
        return at[asked], now[asked]

    def confidence(self, day: int, ties: Ints | None = None) -> Floats:
        """Per tie (all, or those of `ties`, in that order): the highest confidence of its
        events in force on `day`; -inf when none is."""
        if ties is None:  # a pass over the records beats a binary search per tie
            ids = np.arange(self.ties, dtype=np.int64)
            running = np.zeros(len(self._record_tie) + 1, np.int64)
            np.cumsum(self._record_since <= day, out=running[1:])
            found = running[self._record_end] - running[self._record_begin]
        else:
            ids = ties
            found = np.searchsorted(self._record_keys, search_key(ids, day), side="right")
            found -= self._record_begin[ids]
        last = np.where(found > 0, self._record_begin[ids] + found - 1, len(self._record_best) - 1)
        confidence: Floats = self._record_best[last]
        at, ending = self._ending_on(day, ids)
        np.maximum.at(confidence, at, self._ending.confidence[ending])
        return confidence

    def summary(self, day: int, ties: Ints) -> Summary:
        """Per tie of `ties`: what its events in force on `day` say."""
        end = np.searchsorted(self._keys, search_key(ties, day), side="right")
        count = (end - self._begin[ties]).astype(np.int64)
        last = np.where(count > 0, end - 1, len(self._running.first) - 1)
        run = self._running
        first, latest = run.first[last].astype(np.int64), run.last[last].astype(np.int64)
        status, confidence = run.status[last].astype(np.int64), run.confidence[last]
        at, ending = self._ending_on(day, ties)
        np.add.at(count, at, 1)
        np.minimum.at(first, at, self._ending.day[ending])
        np.maximum.at(latest, at, self._ending.day[ending])
        np.minimum.at(status, at, self._ending.status[ending])
        np.maximum.at(confidence, at, self._ending.confidence[ending])
        return Summary(count, first, latest, status, confidence)


def _sentinel(values: Any, last: float) -> Any:
    """`values` with `last` appended, in their type."""
    return np.append(values, np.asarray(last, values.dtype))
