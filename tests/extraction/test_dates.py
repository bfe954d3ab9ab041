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
