"""Date expressions resolved against the publication date, without dateparser."""

from __future__ import annotations

from datetime import date

import pytest

from app.extraction.dates import resolve
from app.vocabulary import Precision

ANCHOR = date(2024, 11, 29)  # a Friday


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("arrived on Friday", date(2024, 11, 29), Precision.DAY),
        ("arrived on Monday", date(2024, 11, 25), Precision.DAY),
        ("last Friday", date(2024, 11, 22), Precision.DAY),
        ("yesterday", date(2024, 11, 28), Precision.DAY),
        ("last month", date(2024, 10, 1), Precision.MONTH),
        ("earlier this month", date(2024, 11, 1), Precision.MONTH),
        ("last year", date(2023, 1, 1), Precision.YEAR),
        ("in June 2024", date(2024, 6, 1), Precision.MONTH),
        ("in June", date(2024, 6, 1), Precision.MONTH),
        ("in December", date(2023, 12, 1), Precision.MONTH),
        ("since 2021", date(2021, 1, 1), Precision.YEAR),
        ("on 19 June", date(2024, 6, 19), Precision.DAY),
        ("on June 19, 2023", date(2023, 6, 19), Precision.DAY),
        ("on 3 March 2022", date(2022, 3, 3), Precision.DAY),
        ("two weeks ago", date(2024, 11, 15), Precision.DAY),
        ("on 2023-02-24", date(2023, 2, 24), Precision.DAY),
        ("about 1,500 troops and 31st member", ANCHOR, Precision.UNKNOWN),
        ("Leopard 2 tanks", ANCHOR, Precision.UNKNOWN),
    ],
    ids=lambda value: str(value),
)
def test_resolve_past(text: str, expected: date, precision: Precision) -> None:
    """Past-tense expressions point back from the anchor."""
    assert resolve(text, ANCHOR) == (expected, precision)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("will visit on Monday", date(2024, 12, 2)), ("in March", date(2025, 3, 1))],
)
def test_resolve_future(text: str, expected: date) -> None:
    """Planned events point forward."""
    assert resolve(text, ANCHOR, future=True)[0] == expected


@pytest.mark.parametrize(
    ("text", "anchor", "expected", "precision"),
    [
        ("next year", date(9999, 12, 31), date(9999, 12, 31), Precision.UNKNOWN),
        ("next week", date(9999, 12, 28), date(9999, 12, 28), Precision.UNKNOWN),
        ("in January", date(9999, 12, 31), date(9999, 12, 31), Precision.UNKNOWN),
        ("last month", date(1, 1, 15), date(1, 1, 15), Precision.UNKNOWN),
        ("a year ago", date(1, 6, 1), date(1, 6, 1), Precision.UNKNOWN),
        ("last Monday", date(1, 1, 1), date(1, 1, 1), Precision.UNKNOWN),
        ("next week", date(2100, 12, 30), date(2100, 12, 30), Precision.UNKNOWN),
        ("next month", date(2100, 12, 1), date(2100, 12, 1), Precision.UNKNOWN),
        ("last year", date(1800, 6, 1), date(1800, 6, 1), Precision.UNKNOWN),
        ("on 1066-10-14", ANCHOR, ANCHOR, Precision.UNKNOWN),
        ("on 9999-12-24", ANCHOR, ANCHOR, Precision.UNKNOWN),
        ("on 9999-12-24 and then on 2024-01-05", ANCHOR, date(2024, 1, 5), Precision.DAY),
        ("next week", date(2100, 12, 20), date(2100, 12, 27), Precision.MONTH),
        ("last week", date(1800, 1, 10), date(1800, 1, 3), Precision.MONTH),
    ],
    ids=lambda value: str(value),
)
def test_dates_at_the_edges_fall_back_to_the_anchor(
    text: str, anchor: date, expected: date, precision: Precision
) -> None:
    """No overflow, and nothing outside 1800-2100 (the range the graph stores) is resolved."""
    assert resolve(text, anchor) == (expected, precision)
