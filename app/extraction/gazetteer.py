"""Who a phrase names: states and alliances, found in text with one precompiled trie regex.

Built once at import from maintained data (`pycountry` names, `countrycode` COW membership and
name regexes) plus the curated tables in `data/`. Matching is case-sensitive on purpose: the
country "Turkey" and the bird "turkey" differ by their capital letter.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from types import MappingProxyType

import pycountry
from countrycode import codelist

from app.extraction.data.aliases import ALIASES, NOT_STATES, SHORT_NAMES
from app.extraction.data.leaders import LEADERS
from app.extraction.data.leaders_past import PAST_LEADERS
from app.extraction.data.organizations import ORGANIZATIONS as _ORGANIZATION_TABLE
from app.extraction.data.states import STATES

# States COW does not code (or codes under a predecessor) but the news treats as actors.
_EXTRA_STATES = frozenset({"SRB", "PSE", "XKX", "TWN"})


class Kind(StrEnum):
    """How a mention names its actor; roles read demonyms and leaders differently from names."""

    NAME = "name"
    DEMONYM = "demonym"
    SEAT = "seat"
    LEADER = "leader"
    ORG = "org"
    PLACE = "place"
    """A city read as where something happens, never as a party (see `places`)."""
    BLOCK = "block"


@dataclass(frozen=True, slots=True)
class Entry:
    """One meaning of a surface form, valid between two dates when it is a person."""

    code: str
    kind: Kind
    valid_from: date | None = None
    valid_to: date | None = None

    def valid_on(self, day: date) -> bool:
        """Whether a leader held office on `day` (always true for places and names)."""
        if self.valid_from is not None and day < self.valid_from:
            return False
        return self.valid_to is None or day < self.valid_to


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of text that names a state or an organization."""

    start: int
    end: int
    code: str
    kind: Kind

    @property
    def is_org(self) -> bool:
        """Organizations take part only in ALLIANCE ties."""
        return self.kind is Kind.ORG


def _rows(table: str) -> Iterable[list[str]]:
    """Split a curated `a | b | c` table into stripped cells, skipping blank lines."""
    for line in table.strip().splitlines():
        if line.strip():
            yield [cell.strip() for cell in line.split("|")]


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split(";") if part.strip()]


def _uninvert(name: str) -> str:
    """'Korea, Republic of' -> 'Republic of Korea', the order news text uses."""
    if ", " in name:
        head, _, tail = name.partition(", ")
        if tail.lower().endswith((" of", " of the")):
            return f"{tail} {head}"
    return name


def _plural(demonym: str) -> str | None:
    """'Russian' -> 'Russians': people of a state stand for it ("the Russians sent troops")."""
    if demonym.endswith(("an", "i", "ian")) and " " not in demonym and demonym != "Myanmar":
        return demonym + "s"
    return None


_Trie = dict[str, "_Trie"]


def trie_regex(words: Iterable[str]) -> str:
    """A regex equivalent to `a|b|c…` whose branches share prefixes, so matching is linear."""
    trie: _Trie = {}
    end = ""
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[end] = {}

    def emit(node: _Trie) -> str:
        terminal = end in node
        branches = [re.escape(ch) + emit(child) for ch, child in node.items() if ch != end]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if terminal:
            return "(?:" + body + ")?"
        return body

    return emit(trie)


class Gazetteer:
    """Surface forms of every state and alliance, their codes, and a scanner for text."""

    def __init__(self) -> None:
        self.states: frozenset[str] = self._state_codes()
        self.names: dict[str, str] = {}
        self.organizations: dict[str, str] = {}
        self._surfaces: dict[str, list[Entry]] = {}
        self._lookup: dict[str, str] = {}
        self._load_curated()
        self._load_maintained()
        surfaces = sorted(self._surfaces, key=len, reverse=True)
        self.pattern = re.compile(r"(?<!\w)(?<!\w['’])(?:" + trie_regex(surfaces) + r")(?!\w)")
        self._regexes = self._countrycode_regexes()
        self._folded = self._fold_surfaces()

    @staticmethod
    def _state_codes() -> frozenset[str]:
        iso, cown = codelist["iso3c"], codelist["cown"]
        return (
            frozenset(code for code, cow in zip(iso, cown, strict=True) if code and cow is not None)
            | _EXTRA_STATES
        )

    def _add(self, surface: str, entry: Entry) -> None:
        entries = self._surfaces.setdefault(surface, [])
        if entry not in entries:
            entries.append(entry)
            # A state's name that is also its adjective ("New Zealand", like "US") reads as the
            # name: "visited New Zealand" has a host, and "New Zealand troops" still an owner.
            entries.sort(key=lambda e: e.kind is Kind.DEMONYM)
        if entry.kind in (Kind.NAME, Kind.DEMONYM, Kind.SEAT, Kind.ORG):
            self._lookup.setdefault(surface.lower(), entry.code)

    def _load_maintained(self) -> None:
        for country in pycountry.countries:
            code = country.alpha_3
            if code not in self.states:
                continue
            for attr in ("name", "official_name", "common_name"):
                value = getattr(country, attr, None)
                if value:
                    self._add(_uninvert(value), Entry(code, Kind.NAME))
            self.names.setdefault(code, getattr(country, "common_name", None) or country.name)
        for code, name in zip(codelist["iso3c"], codelist["country.name.en"], strict=True):
            if code in self.states and name and " - " not in name and "(" not in name:
                self._add(name, Entry(code, Kind.NAME))

    def _load_curated(self) -> None:
        for code, names in _rows(ALIASES):
            for name in _split(names):
                self._add(name, Entry(code, Kind.NAME))
        for code, name in _rows(SHORT_NAMES):
            self.names[code] = name
        self.names["XKX"] = self.names.get("XKX", "Kosovo")
        for code, demonyms, seats in _rows(STATES):
            for demonym in _split(demonyms):
                self._add(demonym, Entry(code, Kind.DEMONYM))
                plural = _plural(demonym)
                if plural:
                    self._add(plural, Entry(code, Kind.DEMONYM))
            for seat in _split(seats):
                self._add(seat, Entry(code, Kind.SEAT))
        for code, start, end, names in _rows(LEADERS + PAST_LEADERS):
            entry = Entry(
                code,
                Kind.LEADER,
                date.fromisoformat(start) if start else None,
                date.fromisoformat(end) if end else None,
            )
            for name in _split(names):
                self._add(name, entry)
        for code, name, others in _rows(_ORGANIZATION_TABLE):
            self.organizations[code] = name
            for surface in [name, *_split(others)]:
                self._add(surface, Entry(code, Kind.ORG))
        for name in _split(NOT_STATES.replace("\n", " ")):
            self._surfaces[name] = [Entry("", Kind.BLOCK)]

    def _countrycode_regexes(self) -> list[tuple[re.Pattern[str], str]]:
        pairs = zip(codelist["iso3c"], codelist["country.name.en.regex"], strict=True)
        return [
            (re.compile(regex, re.IGNORECASE), code)
            for code, regex in pairs
            if code in self.states and regex
        ]

    def _fold_surfaces(self) -> dict[str, list[Entry]]:
        """Every meaning by lower-cased surface, for people typing names in any case."""
        folded: dict[str, list[Entry]] = {}
        for surface, entries in self._surfaces.items():
            for entry in entries:
                meanings = folded.setdefault(surface.lower(), [])
                if entry.kind not in (Kind.BLOCK, Kind.PLACE) and entry not in meanings:
                    meanings.append(entry)
        return folded

    def entries(self, surface: str) -> list[Entry]:
        """The meanings of an exact surface form matched by `pattern`."""
        return self._surfaces.get(surface, [])

    def resolve(self, name: str) -> str | None:
        """A free-form country name or code to its code, for API parameters and tests."""
        text = " ".join(name.strip().split())
        if not text:
            return None
        upper = text.upper()
        if upper in self.states or upper in self.organizations:
            return upper
        key = text.lower().removeprefix("the ")
        if key in self._lookup:
            return self._lookup[key]
        if len(upper) == 2:
            country = pycountry.countries.get(alpha_2=upper)
            if country is not None and country.alpha_3 in self.states:
                return str(country.alpha_3)
        for regex, code in self._regexes:
            if regex.search(text):
                return code
        return None

    def meanings(self, name: str) -> list[Entry]:
        """Everything a name may stand for, in any case: a code, a state's names, demonyms and
        seats of government, leaders with their terms, alliances; else what `resolve` makes of
        it. Unlike `resolve`, a leader's name counts, whatever the date ("Kim Jong Un" → PRK)."""
        text = " ".join(name.strip().split())
        upper = text.upper()
        if upper in self.states:
            return [Entry(upper, Kind.NAME)]
        if upper in self.organizations:
            return [Entry(upper, Kind.ORG)]
        key = text.lower()
        found = self._folded.get(key) or self._folded.get(key.removeprefix("the "))
        if found:
            return list(found)
        code = self.resolve(text)
        return [Entry(code, Kind.ORG if code in self.organizations else Kind.NAME)] if code else []


GAZETTEER = Gazetteer()
ORGANIZATIONS: Mapping[str, str] = MappingProxyType(GAZETTEER.organizations)


def resolve_country(name: str) -> str | None:
    """'North Korea', 'DPRK', 'prk' -> 'PRK'; alliance names -> their code; unknown -> None."""
    return GAZETTEER.resolve(name)


def actor_codes() -> list[str]:
    """Every state's and alliance's code the gazetteer knows, sorted."""
    return sorted({*GAZETTEER.names, *GAZETTEER.organizations})


def country_name(code: str) -> str | None:
    """'PRK' -> 'North Korea'; 'NATO' -> 'North Atlantic Treaty Organization'; unknown -> None."""
    key = code.strip().upper()
    return GAZETTEER.names.get(key) or GAZETTEER.organizations.get(key)
