"""ATOP alliance membership → ALLIANCE mentions between co-members, and one node per alliance.

ATOP (Leeds et al., atopdata.org) lists one row per member per alliance phase with exact entry
and exit dates (`yrent/moent/dayent`, `yrexit/…`; an exit year of 0 means still in force). Two
members of one alliance are allied from the later of their entries to the earlier of their
exits; that interval becomes the `valid_from`/`valid_to` of an ALLIANCE mention between them.
Members are COW country codes, mapped to ISO alpha-3 with the `countrycode` package. Where
countrycode has no ISO code, four states whose ISO successor continues them are mapped by
`SUCCESSORS` (West Germany, Czechoslovakia, Yugoslavia, North Yemen); other historic states
(Prussia, Austria-Hungary, East Germany, South Vietnam …) are left out and counted in the
report, since no current state stands for them alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache
from itertools import combinations

from countrycode import codelist, countrycode

from app.extraction import country_name
from app.imports.errors import BadRow
from app.vocabulary import Precision

OBLIGATIONS = ("defense", "offense", "neutral", "nonagg", "consul")
PROVISIONS = ("milaid", "base", "intcom", "milcon", "organ1", "contrib", "armred")
SOURCE = "ATOP 4.01"
URL = "http://www.atopdata.org/"


@dataclass(frozen=True, slots=True)
class Membership:
    """One member row, mapped: who, in which alliance, from when to when."""

    alliance: str
    member: str
    start: date
    precision: Precision
    end: date | None
    obligations: dict[str, int]


@dataclass(frozen=True, slots=True)
class PairMention:
    """Two co-members allied over an interval."""

    alliance: str
    actor: str
    target: str
    start: date
    precision: Precision
    end: date | None


SUCCESSORS = {260: "DEU", 315: "CZE", 345: "SRB", 678: "YEM"}
"""COW codes countrycode leaves unmapped whose ISO successor is their continuation."""


@cache
def _cow_table() -> dict[int, str]:
    # One vectorised lookup of every COW code countrycode knows: a call per row costs ~1 ms.
    cows = sorted({int(c) for c in codelist["cown"] if c not in (None, "")})
    isos = countrycode(cows, origin="cown", destination="iso3c")
    table = {cow: iso for cow, iso in zip(cows, isos, strict=True) if iso and country_name(iso)}
    return {**table, **SUCCESSORS}


def iso_from_cow(cow: int) -> str | None:
    """ISO alpha-3 for a COW country code, None for historic states without one."""
    return _cow_table().get(cow)


def _date(year: str, month: str, day: str) -> tuple[date, Precision]:
    y, m, d = int(year), int(month or 0), int(day or 0)
    if m <= 0:
        return date(y, 1, 1), Precision.YEAR
    if d <= 0:
        return date(y, m, 1), Precision.MONTH
    return date(y, m, d), Precision.DAY


def read_member(row: dict[str, str]) -> Membership | str:
    """A mapped membership, or the reason the row is skipped; raises `BadRow` when broken."""
    try:
        cow = int(row["member"])
        start, precision = _date(row["yrent"], row["moent"], row["dayent"])
        ends_in_force = int(row["yrexit"] or 0) == 0
        end = None if ends_in_force else _date(row["yrexit"], row["moexit"], row["dayexit"])[0]
        alliance = str(int(row["atopid"]))
        obligations = {name: int(row.get(name) or 0) for name in OBLIGATIONS}
    except (KeyError, ValueError, TypeError) as error:
        raise BadRow(f"unreadable member row: {error}") from error
    member = iso_from_cow(cow)
    if member is None:
        return "member without an ISO code"
    return Membership(alliance, member, start, precision, end, obligations)


def pairs(members: Iterable[Membership]) -> Iterator[PairMention]:
    """Every two members of one alliance whose memberships overlap."""
    for a, b in combinations(members, 2):
        if a.member == b.member:
            continue
        later = a if a.start >= b.start else b
        end = min((e for e in (a.end, b.end) if e is not None), default=None)
        if end is not None and end < later.start:
            continue
        actor, target = sorted((a.member, b.member))
        yield PairMention(a.alliance, actor, target, later.start, later.precision, end)


def organization_code(alliance: str) -> str:
    """The code of the node that stands for an ATOP alliance."""
    return f"ATOP{alliance}"


def provisions(row: dict[str, str]) -> dict[str, object]:
    """An alliance-level row's obligations and provisions as node properties."""
    props: dict[str, object] = {}
    for name in (*OBLIGATIONS, *PROVISIONS):
        value = row.get(name, "")
        if value.strip().lstrip("-").isdigit():
            props[name] = int(value)
    return props
