"""When a tie happened: date expressions found by regex, resolved by arithmetic on the anchor.

`dateparser` costs milliseconds a call, so expressions are found and resolved here with plain
date arithmetic against the publication date ("on Friday", "last month", "in June 2024",
"since 2021", "on 19 June"); anything else, and any date outside 1800 to 2100, falls back to the
anchor with precision `unknown`.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from app.extraction.lexicon import lower_text
from app.vocabulary import EARLIEST_DATE, LATEST_DATE, Precision

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
_MONTH = (
    r"(?P<month>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
    r"Aug(?:ust|\.)?|Sep(?:t(?:ember)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_EXPRESSION_PATTERN = (
    r"\b(?P<iso>(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2}))\b"
    r"|\b(?P<dmy>(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+"
    + _MONTH.replace("month", "m1")
    + r"(?:,?\s+(?P<y1>\d{4}))?)\b"
    r"|\b(?P<mdy>"
    + _MONTH.replace("month", "m2")
    + r"\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<y2>\d{4}))?)\b"
    r"|\b(?P<my>" + _MONTH.replace("month", "m3") + r"\s+(?P<y3>\d{4}))\b"
    r"|\b(?P<inmonth>(?:in|since|from|by|until|early|late|mid-|last|this|next|during)\s+"
    + _MONTH.replace("month", "m4")
    + r")\b(?!\s+\d)"
    r"|\b(?P<weekday>(?:(?P<wrel>last|this|next|on|late on|early on)\s+)?(?P<wd>Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday))\b"
    r"|\b(?P<rel>yesterday|today|tonight|overnight|last night|this morning|this afternoon|"
    r"this evening|earlier today)\b"
    r"|\b(?P<period>(?P<prel>last|this|next|earlier this|later this|past)\s+"
    r"(?P<unit>week|month|year))\b"
    r"|\b(?P<ago>(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"\s+(?P<agounit>day|week|month|year)s?\s+ago)\b"
    r"|\b(?P<year>(?:in|since|from|by|during|until|early|late|mid-)\s*(?P<y4>(?:19|20)\d{2}))\b(?!-)"
)
_LOWERED = _EXPRESSION_PATTERN.lower().replace("(?p<", "(?P<")
# Every expression starts a word with a digit or with a letter that starts a word of the pattern
# (read from it, so a new word is covered): one `\b` and one test of that letter before the
# alternatives, instead of a `\b` for each of them at every position, scan 40 % faster.
_FIRST = "".join(
    sorted({w[0] for w in re.findall(r"[a-z]+", re.sub(r"\(\?P<\w+>", "(", _LOWERED))})
)
# Matched on lower-cased text: several times faster than a case-insensitive scan.
_EXPRESSIONS = re.compile(
    r"\b(?=[\d" + _FIRST + r"])(?:" + _LOWERED.replace(r"\b(?P<", "(?P<") + ")"
)


def _month_number(name: str) -> int:
    return _MONTHS[name[:3].lower()]


def _shift_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month_year(month: int, anchor: date, future: bool) -> int:
    if future:
        return anchor.year if month >= anchor.month else anchor.year + 1
    return anchor.year if month <= anchor.month else anchor.year - 1


def resolve(text: str, anchor: date, *, future: bool = False) -> tuple[date, Precision]:
    """The first date expression in `text` resolved against `anchor`, or the anchor (unknown)."""
    for match in _EXPRESSIONS.finditer(lower_text(text)):
        try:
            found = _resolve(match, anchor, future)
        except (ValueError, OverflowError):
            # An anchor at the edge of what `date` holds: "next year" from 9999, "last month"
            # from year 1 (the command line takes any date; the API only 1800 to 2100).
            continue
        if found is not None and EARLIEST_DATE <= found[0] <= LATEST_DATE:
            return found
    return anchor, Precision.UNKNOWN


def _resolve(match: re.Match[str], anchor: date, future: bool) -> tuple[date, Precision] | None:
    g = match.groupdict()
    if g["iso"]:
        day = _safe(int(g["iy"]), int(g["im"]), int(g["id"]))
        return (day, Precision.DAY) if day else None
    if g["dmy"] or g["mdy"]:
        month = _month_number(g["m1"] or g["m2"])
        number = int(g["d1"] or g["d2"])
        year_text = g["y1"] or g["y2"]
        year = int(year_text) if year_text else _month_year(month, anchor, future)
        day = _safe(year, month, number)
        return (day, Precision.DAY) if day else None
    if g["my"]:
        return date(int(g["y3"]), _month_number(g["m3"]), 1), Precision.MONTH
    if g["inmonth"]:
        month = _month_number(g["m4"])
        ahead = future or g["inmonth"].lower().startswith("next")
        return date(_month_year(month, anchor, ahead), month, 1), Precision.MONTH
    if g["weekday"]:
        target = _WEEKDAYS.index(g["wd"].lower())
        rel = (g["wrel"] or "").lower()
        if rel == "next" or (future and rel != "last"):
            delta = (target - anchor.weekday()) % 7 or 7
            return anchor + timedelta(days=delta), Precision.DAY
        delta = (anchor.weekday() - target) % 7
        if rel == "last" and delta == 0:
            delta = 7
        return anchor - timedelta(days=delta), Precision.DAY
    if g["rel"]:
        back = 1 if g["rel"].lower() in ("yesterday", "last night") else 0
        return anchor - timedelta(days=back), Precision.DAY
    if g["period"]:
        return _period(g["prel"].lower(), g["unit"].lower(), anchor)
    if g["ago"]:
        count = _NUMBERS.get(g["n"].lower()) or int(g["n"])
        unit = g["agounit"].lower()
        if unit == "day":
            return anchor - timedelta(days=count), Precision.DAY
        if unit == "week":
            return anchor - timedelta(weeks=count), Precision.DAY
        if unit == "month":
            return _shift_months(anchor, -count), Precision.MONTH
        return date(anchor.year - count, 1, 1), Precision.YEAR
    if g["year"]:
        return date(int(g["y4"]), 1, 1), Precision.YEAR
    return None


def _period(rel: str, unit: str, anchor: date) -> tuple[date, Precision]:
    step = {"last": -1, "past": -1, "next": 1}.get(rel, 0)
    if unit == "week":
        return anchor + timedelta(weeks=step), Precision.MONTH
    if unit == "month":
        return _shift_months(anchor, step), Precision.MONTH
    return date(anchor.year + step, 1, 1), Precision.YEAR
