"""ATOP alliance pairs computed straight from the CSV with plain Python: the reference that
the importer and the path queries are checked against."""

from __future__ import annotations

import csv
from collections import defaultdict
from datetime import date
from itertools import combinations
from pathlib import Path

from countrycode import countrycode

from app.extraction import country_name
from app.imports.atop import SUCCESSORS
from tests.conftest import SHARED

MEMBERS = SHARED / "data" / "atop" / "atop-member-level.csv"
ALLIANCES = SHARED / "data" / "atop" / "atop-alliance-level.csv"
OPEN = date(9999, 12, 31)

Interval = tuple[date, date]


def _day(y: str, m: str, d: str) -> date:
    return date(int(y), max(int(m or 0), 1), max(int(d or 0), 1))


def allied_intervals(path: Path = MEMBERS) -> dict[tuple[str, str], list[Interval]]:
    """(a, b) with a < b → the intervals in which some alliance bound them."""
    rows = list(csv.DictReader(path.open()))
    cows = sorted({int(r["member"]) for r in rows})
    iso = dict(zip(cows, countrycode(cows, origin="cown", destination="iso3c"), strict=True))
    iso.update(SUCCESSORS)  # the importer's documented decision for four historic states
    by_alliance: dict[str, list[tuple[str, Interval]]] = defaultdict(list)
    for r in rows:
        code = iso[int(r["member"])]
        if not code or country_name(code) is None:
            continue
        start = _day(r["yrent"], r["moent"], r["dayent"])
        end = OPEN if int(r["yrexit"] or 0) == 0 else _day(r["yrexit"], r["moexit"], r["dayexit"])
        by_alliance[r["atopid"]].append((code, (start, end)))
    pairs: dict[tuple[str, str], list[Interval]] = defaultdict(list)
    for members in by_alliance.values():
        for (a, (sa, ea)), (b, (sb, eb)) in combinations(members, 2):
            start, end = max(sa, sb), min(ea, eb)
            if a != b and start <= end:
                pairs[(min(a, b), max(a, b))].append((start, end))
    return pairs


def allied_on(pairs: dict[tuple[str, str], list[Interval]], day: date) -> set[tuple[str, str]]:
    """The pairs allied on that day."""
    return {pair for pair, spans in pairs.items() if any(s <= day <= e for s, e in spans)}
