"""The event table reads its events in batches that each stay well within the read time limit,
by events as well as by ties: at 10M events, 20,000 busy ties held more than one query could read
in 15 s, and a fresh process could not read its table."""

from __future__ import annotations

import pytest

from app.projection.table import READ_BATCH, READ_EVENTS, batches

BIG = READ_EVENTS // 2 + 1


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        ([], []),
        ([5], [(0, 1)]),
        ([1] * 10, [(0, 10)]),
        ([BIG, BIG, BIG], [(0, 1), (1, 2), (2, 3)]),
        ([BIG, 10, BIG - 12], [(0, 3)]),  # exactly READ_EVENTS
        ([3 * READ_EVENTS, 1, 1], [(0, 1), (1, 3)]),  # one tie over the bound still reads alone
        ([0] * (READ_BATCH + 1), [(0, READ_BATCH), (READ_BATCH, READ_BATCH + 1)]),
    ],
)
def test_batches_are_bounded_by_ties_and_events(
    counts: list[int], expected: list[tuple[int, int]]
) -> None:
    assert batches(counts) == expected


def test_batches_cover_every_tie_once_within_both_bounds() -> None:
    counts = [(i * 7919) % 5000 for i in range(60_000)]
    found = batches(counts)
    assert [t for at, end in found for t in range(at, end)] == list(range(len(counts)))
    for at, end in found:
        assert end - at <= READ_BATCH
        assert sum(counts[at:end]) <= READ_EVENTS or end - at == 1
