"""Country resolution for free text and API parameters, and names for codes."""

from __future__ import annotations

import time
from datetime import date

import pytest

from app.extraction import ORGANIZATIONS, country_name, resolve_country
from app.extraction.gazetteer import GAZETTEER, Kind
from app.extraction.mentions import find_mentions


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("North Korea", "PRK"),
        ("DPRK", "PRK"),
        ("prk", "PRK"),
        ("Democratic People's Republic of Korea", "PRK"),
        ("South Korea", "KOR"),
        ("the United States", "USA"),
        ("U.S.", "USA"),
        ("UK", "GBR"),
        ("Britain", "GBR"),
        ("UAE", "ARE"),
        ("PRC", "CHN"),
        ("Türkiye", "TUR"),
        ("Turkey", "TUR"),
        ("Ivory Coast", "CIV"),
        ("Taiwan", "TWN"),
        ("Palestine", "PSE"),
        ("Kosovo", "XKX"),
        ("Russian Federation", "RUS"),
        ("Korea, Dem. People's Rep.", "PRK"),
        ("the Kremlin", "RUS"),
        ("NATO", "NATO"),
        ("Collective Security Treaty Organization", "CSTO"),
        ("Atlantis", None),
        ("", None),
    ],
    ids=lambda value: str(value),
)
def test_resolve_country(name: str, code: str | None) -> None:
    """Names, abbreviations, codes and seats of government resolve to one code."""
    assert resolve_country(name) == code


@pytest.mark.parametrize(
    ("name", "meanings"),
    [
        ("prk", {("PRK", Kind.NAME)}),
        ("NATO", {("NATO", Kind.ORG)}),
        ("north korea", {("PRK", Kind.NAME)}),
        ("North Korean", {("PRK", Kind.DEMONYM)}),
        ("pyongyang", {("PRK", Kind.SEAT)}),
        ("The Kremlin", {("RUS", Kind.SEAT)}),
        ("kim jong un", {("PRK", Kind.LEADER)}),
        ("Biden", {("USA", Kind.LEADER)}),
        ("Korea, Dem. People's Rep.", {("PRK", Kind.NAME)}),
        ("Atlantis", set()),
        ("", set()),
    ],
    ids=lambda value: str(value),
)
def test_meanings(name: str, meanings: set[tuple[str, Kind]]) -> None:
    """Any case, any kind of name, leaders too (with their terms); else `resolve`'s answer."""
    assert {(m.code, m.kind) for m in GAZETTEER.meanings(name)} == meanings


def test_meanings_keep_a_leaders_terms() -> None:
    terms = {(m.valid_from, m.valid_to) for m in GAZETTEER.meanings("Biden")}
    assert (date(2021, 1, 20), date(2025, 1, 20)) in terms


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("PRK", "North Korea"),
        ("KOR", "South Korea"),
        ("USA", "United States"),
        ("RUS", "Russia"),
        ("NATO", "North Atlantic Treaty Organization"),
        ("XXX", None),
    ],
)
def test_country_name(code: str, name: str | None) -> None:
    """Codes read back as short common names."""
    assert country_name(code) == name


def test_organizations_are_alliances() -> None:
    """Only military alliances and pacts count as organizations."""
    assert {"NATO", "CSTO", "ANZUS"} <= set(ORGANIZATIONS)
    assert "EU" not in ORGANIZATIONS and "SCO" not in ORGANIZATIONS


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("North Korean troops", ["PRK"]),
        ("Russia's Defence Minister", ["RUS"]),
        ("talks in Pyongyang and Maputo", ["PRK", "MOZ"]),
        ("Kim Jong Un met Vladimir Putin", ["PRK", "RUS"]),
        ("US-made bombs", ["USA"]),
        ("anti-American protests", []),
        ("ships in the South China Sea", []),
        ("Michael Jordan and Chad Smith", []),
        ("Atlanta, the capital of Georgia, hosted the Georgia governor", []),
        ("Georgia's president went to Tbilisi", ["GEO", "GEO"]),
        ("Real Madrid beat Paris Saint-Germain", []),
    ],
    ids=lambda value: str(value),
)
def test_mentions(text: str, codes: list[str]) -> None:
    """Demonyms, possessives, seats and leaders count; clubs, seas and people do not."""
    assert [m.code for m in find_mentions(text, date(2024, 10, 1))] == codes


def test_leaders_only_in_office() -> None:
    """'Trump' names the United States only during his terms."""
    assert [m.code for m in find_mentions("Trump said", date(2019, 5, 1))] == ["USA"]
    assert find_mentions("Trump said", date(2022, 5, 1)) == []


def test_gazetteer_builds_fast() -> None:
    """The gazetteer is rebuilt well under the one-second start-up budget."""
    from app.extraction.gazetteer import Gazetteer

    started = time.perf_counter()
    Gazetteer()
    assert time.perf_counter() - started < 1.0
