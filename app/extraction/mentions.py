"""Find the states and alliances a sentence names, dropping readings the context rules out.

The gazetteer regex finds candidates; this module removes leaders outside their term, people
who share a country's name ("Michael Jordan", "Chad Smith"), the US state of Georgia, and
prefixed adjectives ("anti-American").
"""

from __future__ import annotations

import re
from datetime import date

from app.extraction import lexicon
from app.extraction.gazetteer import GAZETTEER, Kind, Mention
from app.extraction.places import find_places

# Names that are also given names, surnames or US places: checked for a person or place context.
_AMBIGUOUS = frozenset(
    {
        "Chad",
        "Jordan",
        "Georgia",
        "Turkey",
        "Washington",
        "Israel",
        "Sofia",
        "Santiago",
        "Kingston",
        "Austin",
        "Lima",
        "Georgetown",
        "Nassau",
        "Victoria",
        "Aden",
        "Yoon",
        "Lula",
        "Fidan",
        "Duda",
        "Tusk",
        "Trump",
        "Biden",
        "Macron",
        "Carney",
        "Albanese",
        "Medvedev",
        "Abe",
        "Roh",
        "Blair",
        "Keating",
        "Chavez",
    }
)
# Capitalised words that may precede a country without making it a person's surname.
_NOT_GIVEN_NAMES = lexicon.words(
    """The In On At From To For With By And But As After Before Since While When Where Both
    Neighbouring Neighboring Nearby Western Eastern Northern Southern Central Allied Ally Fellow
    President Prime Minister King Queen Emir Crown Prince Sheikh Sultan Chancellor Premier Mr Mrs
    Ms Dr General Gen Admiral Secretary Defence Defense Foreign Leader Chief Vice Former Then
    Only Even Also Like Unlike Including Via Against Across Within Without Between Among Amid
    Despite Under Over Into Onto Toward Towards Near Beyond Through During Inside Outside
    Meanwhile However Today Yesterday Tomorrow Monday Tuesday Wednesday Thursday Friday Saturday
    Sunday Last This Next Earlier Later Neither Nor Both Either If Whether Although Though Why How
    What Who Whom Whose Which Would Will Could Should May Might Must Can Did Does Do Has Have Had
    Is Are Was Were Be Been Officials Sources Analysts Reports Military Army Navy Air Forces"""
)
# Capitalised words that may follow a country name without making it a person's given name.
_INSTITUTIONS = lexicon.words(
    """Armed Army Air Navy Naval Defence Defense Foreign Ministry Government President Prime
    Minister Parliament Cabinet Council Security National Interior State Embassy Coast Guard
    Marines Special Forces Military Intelligence Joint Chiefs General Staff Royal Republic
    Federation Administration Command Department Office Senate Congress"""
)
_GIVEN_NAME_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+$")
_WORD_AFTER = re.compile(r"^\s+([A-Z][a-z]+)\b")
_HYPHEN_PREFIX = re.compile(r"\b(?:anti|pro|non|ex|post|pre|neo|un)-$", re.IGNORECASE)
# "Sino-Russian drills", "the Indo-US exercise": a combining form before a state names a state
_COMBINING = {
    "Sino": "CHN",
    "Indo": "IND",
    "Russo": "RUS",
    "Anglo": "GBR",
    "Franco": "FRA",
    "Italo": "ITA",
    "Greco": "GRC",
    "Turco": "TUR",
}
_COMBINING_BEFORE = re.compile(r"\b(" + "|".join(_COMBINING) + r")-$")
_US_GEORGIA = re.compile(
    r"\b(?:Atlanta|Savannah|Augusta|Macon|Fort (?:Moore|Benning|Stewart|Gordon|Eisenhower)|"
    r"Peach State|U\.?S\.? state|state of Georgia|Georgia (?:governor|Governor|senator|Senate|"
    r"House|Republicans?|Democrats?|voters|county|County|Bulldogs|General Assembly|election)|"
    r"Kemp|Raffensperger|Fulton County|Stacey Abrams|Warnock|Ossoff)\b"
)


def _is_person(text: str, start: int, end: int) -> bool:
    """Whether an ambiguous name reads as part of a person's name at this position."""
    before = _GIVEN_NAME_BEFORE.search(text, max(0, start - 30), start)
    if before and before.group(1) not in _NOT_GIVEN_NAMES and not before.group(1).endswith("ing"):
        prior = text[: before.start()].rstrip()
        if not prior or prior[-1] not in ",;":
            return True
    after = _WORD_AFTER.match(text[end : end + 30])
    return bool(
        after and after.group(1) not in _INSTITUTIONS and not GAZETTEER.entries(after.group(1))
    )


def find_mentions(text: str, on: date) -> list[Mention]:
    """Every state or alliance mention in `text`, left to right, read as of the date `on`."""
    found: list[Mention] = []
    georgia_is_us: bool | None = None
    for match in GAZETTEER.pattern.finditer(text):
        surface = match.group()
        start, end = match.span()
        entries = GAZETTEER.entries(surface)
        if not entries or entries[0].kind is Kind.BLOCK:
            continue
        if (
            start
            and text[start - 1] == "-"
            and _HYPHEN_PREFIX.search(text, max(0, start - 6), start)
        ):
            continue
        valid = [entry for entry in entries if entry.valid_on(on)]
        if not valid:
            continue
        entry = valid[0]
        if surface in _AMBIGUOUS and _is_person(text, start, end):
            continue
        if surface == "Georgia":
            if georgia_is_us is None:
                georgia_is_us = bool(_US_GEORGIA.search(text))
            if georgia_is_us:
                continue
        if start > 4 and text[start - 1] == "-":
            form = _COMBINING_BEFORE.search(text, max(0, start - 7), start)
            if form and _COMBINING[form.group(1)] != entry.code:
                found.append(Mention(*form.span(1), _COMBINING[form.group(1)], Kind.DEMONYM))
        found.append(Mention(start, end, entry.code, entry.kind))
    places = find_places(text, found)
    return sorted([*found, *places], key=lambda m: m.start) if places else found
