"""The merging and certainty rules, case by case (pure: no database)."""

from __future__ import annotations

from datetime import date

import pytest

from app.ingestion.certainty import (
    OPEN_END,
    CellFacts,
    DyadTotals,
    EventSummary,
    MentionFacts,
    StatusExtremes,
    add_events,
    derive_event,
    merge_intervals,
    sum_cells,
    summarize_tie,
)
from app.ingestion.merging import (
    EventMatcher,
    EventSlot,
    dates_agree,
    merged_windows,
    search_windows,
)
from app.ingestion.models import MentionIn, source_key
from app.vocabulary import EventStatus, MentionStatus, Precision, TieType

D, M, Y, U = Precision.DAY, Precision.MONTH, Precision.YEAR, Precision.UNKNOWN
A, AL, DN = MentionStatus.ASSERTED, MentionStatus.ALLEGED, MentionStatus.DENIED


@pytest.mark.parametrize(
    ("a", "pa", "b", "pb", "agree"),
    [
        (date(2024, 6, 19), D, date(2024, 6, 19), D, True),
        (date(2024, 6, 19), D, date(2024, 6, 20), D, False),
        (date(2024, 6, 19), D, date(2024, 6, 1), M, True),
        (date(2024, 6, 19), D, date(2024, 7, 1), M, False),
        (date(2024, 6, 19), D, date(2024, 1, 1), Y, True),
        (date(2024, 6, 19), M, date(2025, 1, 1), Y, False),
        (date(2024, 6, 19), D, date(2024, 6, 25), U, True),
        (date(2024, 6, 19), U, date(2024, 7, 19), D, False),
    ],
    ids=[
        "same-day",
        "next-day",
        "day-in-month",
        "day-other-month",
        "day-in-year",
        "month-other-year",
        "unknown-within-a-week",
        "unknown-a-month-off",
    ],
)
def test_dates_agree(a: date, pa: Precision, b: date, pb: Precision, agree: bool) -> None:
    assert dates_agree(a, pa, b, pb) is agree


def mention(day: date, precision: Precision = D) -> MentionIn:
    return MentionIn(TieType.VISIT, "RUS", "PRK", A, day, precision, 0.9)


def test_matcher_prefers_the_nearest_agreeing_event_and_creates_otherwise() -> None:
    dyad = mention(date(2024, 6, 1)).dyad
    matcher = EventMatcher(
        [
            EventSlot("early", dyad, date(2024, 6, 2), D),
            EventSlot("late", dyad, date(2024, 6, 28), D),
        ]
    )
    assert matcher.assign(mention(date(2024, 6, 1), M)).id == "early"
    fresh = matcher.assign(mention(date(2024, 6, 10)))
    assert fresh.new
    # A second mention of the new event in the same batch joins it.
    assert matcher.assign(mention(date(2024, 6, 10))).id == fresh.id


def test_undirected_pairs_have_one_key() -> None:
    ab = MentionIn(TieType.JOINT_EXERCISE, "RUS", "CHN", A, date(2024, 1, 1), D, 0.9)
    ba = MentionIn(TieType.JOINT_EXERCISE, "CHN", "RUS", A, date(2024, 1, 1), D, 0.9)
    assert ab.dyad == ba.dyad == "JOINT_EXERCISE|CHN|RUS"
    assert ab.canonical().actor == "CHN"
    visit = MentionIn(TieType.VISIT, "RUS", "CHN", A, date(2024, 1, 1), D, 0.9)
    assert visit.dyad == "VISIT|RUS|CHN"


@pytest.mark.parametrize(
    ("source", "url", "key"),
    [
        ("Reuters ", "https://www.reuters.com/x", "source:reuters"),
        (None, "https://www.reuters.com/x", "host:reuters.com"),
        (None, None, "document:doc-1"),
    ],
    ids=["named-source", "url-host", "anonymous"],
)
def test_source_key(source: str | None, url: str | None, key: str) -> None:
    assert source_key(source, url, "doc-1") == key


def fact(
    status: MentionStatus, source: str, who: str | None = None, c: float = 0.8
) -> MentionFacts:
    return MentionFacts(status, source, who, c, date(2024, 10, 18), D, None, None, None)


@pytest.mark.parametrize(
    ("facts", "status"),
    [
        ([fact(AL, "a")], EventStatus.ALLEGED),
        ([fact(A, "a")], EventStatus.REPORTED),
        ([fact(A, "a"), fact(A, "a")], EventStatus.REPORTED),
        ([fact(A, "a"), fact(A, "b")], EventStatus.CONFIRMED),
        ([fact(A, "a", who="PRK")], EventStatus.CONFIRMED),
        ([fact(A, "a", who="KOR")], EventStatus.REPORTED),
        ([fact(AL, "a"), fact(DN, "b", who="RUS")], EventStatus.DISPUTED),
        ([fact(DN, "b", who="RUS")], EventStatus.DENIED),
    ],
    ids=[
        "only-alleged",
        "one-asserting-source",
        "one-source-twice",
        "two-independent-sources",
        "a-party-confirms",
        "a-third-state-asserts",
        "alleged-and-denied",
        "only-denied",
    ],
)
def test_event_status(facts: list[MentionFacts], status: EventStatus) -> None:
    assert derive_event("PRK", "RUS", True, facts).status is status


def test_confidence_grows_with_sources_and_falls_with_hedging_and_denial() -> None:
    def conf(*facts: MentionFacts) -> float:
        return derive_event("PRK", "RUS", False, list(facts)).confidence

    one = conf(fact(A, "a"))
    assert conf(fact(A, "a"), fact(A, "b")) > one
    assert conf(fact(AL, "a")) < one
    assert conf(fact(A, "a"), fact(DN, "b")) < one
    assert conf(fact(A, "a", who="PRK")) >= 0.9
    assert 0 < conf(fact(AL, "a"), fact(DN, "b")) < conf(fact(AL, "a"))


def test_event_takes_the_most_precise_date() -> None:
    facts = [
        MentionFacts(A, "a", None, 0.8, date(2024, 6, 1), M, date(2024, 7, 1), None, None),
        MentionFacts(A, "b", None, 0.8, date(2024, 6, 19), D, date(2024, 6, 20), None, None),
    ]
    derived = derive_event("PRK", "RUS", True, facts)
    assert (derived.occurred_on, derived.precision) == (date(2024, 6, 19), D)
    assert (derived.first_reported, derived.last_reported) == (date(2024, 6, 20), date(2024, 7, 1))
    assert derived.valid_from == date(2024, 6, 1)
    assert derived.valid_to is None


def test_intervals_merge_where_they_overlap() -> None:
    froms, tos = merge_intervals(
        [
            (date(2000, 1, 1), date(2005, 1, 1)),
            (date(2004, 1, 1), date(2006, 1, 1)),
            (date(2010, 1, 1), OPEN_END),
        ]
    )
    assert froms == [date(2000, 1, 1), date(2010, 1, 1)]
    assert tos == [date(2006, 1, 1), OPEN_END]


def test_tie_summary() -> None:
    totals = DyadTotals(
        first_on=date(2023, 7, 26),
        last_on=date(2024, 11, 29),
        by_status={"confirmed": 1, "denied": 1},
        confidence=0.9,
        score=1.71,
        intervals=[(date(2023, 7, 26), OPEN_END), (date(2020, 1, 1), date(2024, 1, 1))],
        extremes={},
    )
    visit = summarize_tie(TieType.VISIT, totals)
    assert (visit.events, visit.status) == (2, EventStatus.CONFIRMED)  # strongest status
    assert visit.by_status["reported"] == 0 and visit.by_status["denied"] == 1
    assert visit.valid_from == []  # visits are not durative
    alliance = summarize_tie(TieType.ALLIANCE, totals)
    assert (alliance.valid_from, alliance.valid_to) == ([date(2020, 1, 1)], [OPEN_END])
    only_denied = DyadTotals(totals.first_on, totals.last_on, {"denied": 3}, 0.4, 0.0, [], {})
    assert summarize_tie(TieType.VISIT, only_denied).status is EventStatus.DENIED


def test_adding_events_to_totals_equals_summing_them_all() -> None:
    def summary(day: date, status: EventStatus, conf: float) -> EventSummary:
        return EventSummary(day, status, conf, 8.0, day, None)

    first = [summary(date(2020, 1, 1), EventStatus.REPORTED, 0.8)]
    later = [
        summary(date(2019, 5, 1), EventStatus.DENIED, 0.3),
        summary(date(2021, 1, 1), EventStatus.CONFIRMED, 0.9),
    ]
    step = add_events(add_events(None, first), later)
    at_once = add_events(None, first + later)
    assert step == at_once
    tie = summarize_tie(TieType.ALLIANCE, step)
    assert (tie.first_on, tie.last_on, tie.events) == (date(2019, 5, 1), date(2021, 1, 1), 3)
    assert tie.score == pytest.approx(8.0 * 0.8 + 8.0 * 0.9)
    assert (tie.valid_from, tie.valid_to) == ([date(2019, 5, 1)], [OPEN_END])
    # Per status: what a filter on statuses needs, without reading events.
    assert tie.extremes["denied"] == StatusExtremes(date(2019, 5, 1), date(2019, 5, 1), 0.3, 0.3)
    assert set(tie.extremes) == {"reported", "denied", "confirmed"}


def test_summing_month_cells_equals_adding_the_events() -> None:
    """A tie recomputed from its month cells equals the tie its events were folded into."""
    events = [
        EventSummary(date(2024, 1, 5), EventStatus.REPORTED, 0.8, 8.0, date(2024, 1, 5), None),
        EventSummary(date(2024, 1, 20), EventStatus.REPORTED, 0.6, 8.0, date(2024, 1, 20), None),
        EventSummary(date(2024, 3, 2), EventStatus.DENIED, 0.0, 8.0, date(2024, 3, 2), None),
        EventSummary(date(2023, 12, 31), EventStatus.CONFIRMED, 0.9, 8.0, date(2023, 12, 31),
                     date(2024, 6, 1)),
    ]  # fmt: skip
    cells = [
        CellFacts(date(2024, 1, 1), "reported", 2, 1.4, date(2024, 1, 5), date(2024, 1, 20), 0.8,
                  [(date(2024, 1, 5), OPEN_END), (date(2024, 1, 20), OPEN_END)]),
        CellFacts(date(2024, 3, 1), "denied", 1, 0.0, date(2024, 3, 2), date(2024, 3, 2), 0.0,
                  [(date(2024, 3, 2), OPEN_END)]),
        CellFacts(date(2023, 12, 1), "confirmed", 1, 0.9, date(2023, 12, 31), date(2023, 12, 31),
                  0.9, [(date(2023, 12, 31), date(2024, 6, 1))]),
    ]  # fmt: skip
    folded = summarize_tie(TieType.ALLIANCE, add_events(None, events))
    summed = summarize_tie(TieType.ALLIANCE, sum_cells(cells, 8.0))
    assert summed == folded


@pytest.mark.parametrize(
    ("existing", "precision_e", "mention", "precision_m"),
    [
        (date(2024, 6, 1), M, date(2024, 6, 19), D),
        (date(2024, 1, 1), Y, date(2024, 6, 19), D),
        (date(2024, 6, 25), U, date(2024, 6, 19), D),
        (date(2024, 6, 30), D, date(2024, 6, 7), M),
        (date(2024, 11, 3), D, date(2024, 2, 2), Y),
    ],
    ids=["month-event", "year-event", "unknown-event", "day-in-month", "day-in-year"],
)
def test_windows_hold_every_event_a_mention_can_join(
    existing: date, precision_e: Precision, mention: date, precision_m: Precision
) -> None:
    claim = MentionIn(TieType.VISIT, "RUS", "PRK", A, mention, precision_m, 0.9).canonical()
    assert dates_agree(existing, precision_e, claim.occurred_on, claim.precision)
    windows = merged_windows(search_windows(claim))
    assert any(low <= existing <= high for low, high in windows)


def test_coarse_dates_are_stored_at_the_start_of_their_period() -> None:
    claim = MentionIn(TieType.VISIT, "RUS", "PRK", A, date(2024, 6, 19), M, 0.9).canonical()
    assert claim.occurred_on == date(2024, 6, 1)
    year = MentionIn(TieType.VISIT, "RUS", "PRK", A, date(2024, 6, 19), Y, 0.9).canonical()
    assert year.occurred_on == date(2024, 1, 1)
