"""GDELT event exports → tie mentions.

Rows are GDELT 2.0 Events (61 tab-separated columns) or GDELT 1.0 daily events (57 columns, or
58 with SOURCEURL), recognised per row by their column count. A row is kept when its two
actors are two different states and its CAMEO code maps to a tie type:

    042 make a visit            → VISIT actor1 → actor2 (the first actor travels)
    043 host a visit            → VISIT actor2 → actor1 (the first actor is the host)
    0312 intent to cooperate militarily, 062 cooperate militarily
                                → DEFENCE_COOPERATION (062 covers exercises but also any other
                                  military cooperation, so the broader type)
    057 sign formal agreement   → ALLIANCE when the source URL speaks of an alliance, a defence
                                  pact or a treaty; DEFENCE_COOPERATION when it, or an actor's
                                  type (MIL), is military; otherwise not kept (most 057 rows are
                                  trade or peace accords)
    072 provide military aid    → ARMS_TRANSFER when the URL names weapons, else MILITARY_AID
                                  (GDELT does not tell deliveries from funding or training)
    0332 intent to provide military aid → MILITARY_AID, phase planned
    074 military protection or peacekeeping → TROOP_DEPLOYMENT actor1 → actor2

Each kept row is an asserted mention from the document at its SOURCEURL, dated by SQLDATE
(day precision). GDELT's NumSources is kept on the mention; it is not counted as corroboration.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from app.extraction import ORGANIZATIONS, country_name
from app.imports.errors import BadRow
from app.vocabulary import EARLIEST_DATE, LATEST_DATE, MentionStatus, Phase, TieType

CONFIDENCE = 0.6
"""Machine-coded from one article: less sure than a sentence read by the extractor."""

CAMEO_TO_ISO = {"ROM": "ROU", "TMP": "TLS", "MTN": "MNE", "WSB": "PSE", "GZS": "PSE"}
"""CAMEO country codes that differ from ISO 3166 alpha-3 (the others are equal)."""

_ALLIANCE_WORDS = re.compile(r"allian|mutual[-_ ]?defen|defen[cs]e[-_ ]?pact|nato|treaty", re.I)
_MILITARY_WORDS = re.compile(
    r"militar|defen[cs]e|army|navy|naval|troop|armed|security[-_ ]pact|weapon", re.I
)
_WEAPON_WORDS = re.compile(
    r"weapon|arms|missile|tank|drone|jet|fighter|munition|ammunition|howitzer|artillery|"
    r"rocket|himars|patriot|f-?16|f-?35|helicopter|submarine|frigate|rifle",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Layout:
    """Where the columns GDELT importing needs sit, per export version."""

    date_added: int
    url: int | None


LAYOUTS = {61: Layout(59, 60), 58: Layout(56, 57), 57: Layout(56, None)}
SQLDATE, A1_COUNTRY, A1_TYPE, A2_COUNTRY, A2_TYPE, EVENT_CODE, NUM_SOURCES = (
    1,
    7,
    12,
    17,
    22,
    26,
    32,
)


@dataclass(frozen=True, slots=True)
class GdeltMention:
    """One kept row."""

    type: TieType
    actor: str
    target: str
    occurred_on: date
    url: str | None
    reported_on: date | None
    phase: Phase | None
    event_id: str
    num_sources: int
    status: MentionStatus = MentionStatus.ASSERTED


def state(cameo: str) -> str | None:
    """The ISO code of a CAMEO country code, or None for regions, cities and non-states."""
    code = CAMEO_TO_ISO.get(cameo, cameo)
    if not code or code in ORGANIZATIONS or country_name(code) is None:
        return None
    return code


def tie_type(code: str, url: str, military_actor: bool) -> tuple[TieType, Phase | None] | None:
    """The tie a CAMEO code stands for in this row (see the module's table), or None."""
    if code in ("042", "043"):
        return TieType.VISIT, None
    if code in ("0312", "062"):
        return TieType.DEFENCE_COOPERATION, None
    if code == "057":
        if _ALLIANCE_WORDS.search(url):
            return TieType.ALLIANCE, None
        if military_actor or _MILITARY_WORDS.search(url):
            return TieType.DEFENCE_COOPERATION, None
        return None
    if code == "072":
        kind = TieType.ARMS_TRANSFER if _WEAPON_WORDS.search(url) else TieType.MILITARY_AID
        return kind, None
    if code == "0332":
        return TieType.MILITARY_AID, Phase.PLANNED
    if code == "074":
        return TieType.TROOP_DEPLOYMENT, None
    return None


def parse_row(line: str) -> GdeltMention | str:
    """A kept mention, or the reason the row is skipped; raises `BadRow` for broken rows."""
    if not line.strip():
        raise BadRow("empty line")
    cols = line.rstrip("\r\n").split("\t")
    layout = LAYOUTS.get(len(cols))
    if layout is None:
        raise BadRow(f"{len(cols)} columns; GDELT rows have 57, 58 or 61")
    actor, target = state(cols[A1_COUNTRY]), state(cols[A2_COUNTRY])
    if not cols[A1_COUNTRY] or not cols[A2_COUNTRY]:
        return "actor without a country"
    if actor is None or target is None:
        return "actor not a state"
    if actor == target:
        return "same state"
    url = cols[layout.url] if layout.url is not None else ""
    military = "MIL" in (cols[A1_TYPE], cols[A2_TYPE])
    mapped = tie_type(cols[EVENT_CODE], url, military)
    if mapped is None:
        return "event code not a tie"
    kind, phase = mapped
    if cols[EVENT_CODE] == "043":
        actor, target = target, actor
    try:
        occurred = datetime.strptime(cols[SQLDATE], "%Y%m%d").date()
        added = cols[layout.date_added][:8]
        reported = datetime.strptime(added, "%Y%m%d").date() if added else None
        num_sources = int(cols[NUM_SOURCES] or 0)
    except ValueError as error:
        raise BadRow(f"bad date or number: {error}") from error
    for day in (occurred, reported or occurred):
        if not EARLIEST_DATE <= day <= LATEST_DATE:
            raise BadRow(f"date {day} outside {EARLIEST_DATE} to {LATEST_DATE}")
    return GdeltMention(
        type=kind,
        actor=actor,
        target=target,
        occurred_on=occurred,
        url=url or None,
        reported_on=reported,
        phase=phase,
        event_id=cols[0],
        num_sources=num_sources,
    )
