"""Descriptions that stand for a state named before: "the kingdom", "the North", "his country".

Wire copy names a state once and then describes it. Each description here resolves to the most
recently named state that fits it (a kingdom for "the kingdom", an island state for "the
island"), looking back through the sentence and the sentences before it. A description with no
fitting state before it stands for nobody. Datelines ("MOSCOW (Reuters) -") say where a report
was filed, not who acted, so the states they name are dropped.
"""

from __future__ import annotations

import re

from app.extraction.gazetteer import GAZETTEER, Kind, Mention
from app.extraction.lexicon import (
    BALKAN,
    BALTIC,
    CENTRAL_ASIA,
    GULF,
    NORDIC,
    SAHEL,
    TITLES,
    VESSELS,
    words,
)

_KINGDOMS = words(
    "SAU JOR MAR GBR THA BHR ESP NLD BEL NOR SWE DNK BTN KHM LSO SWZ TON OMN BRN KWT QAT ARE MYS"
)
_ISLANDS = words(
    "TWN CUB CYP LKA SGP MDG ISL MLT MUS JAM HTI DOM BHR JPN PHL IDN NZL IRL GBR FJI PNG TLS MDV "
    "MHL FSM PLW VUT SLB TON WSM KIR TUV NRU TTO BHS BRB GRD LCA VCT ATG DMA KNA CPV STP COM SYC"
)
# "the Balkan state", "the Horn of Africa nation": a region's adjective before the noun
_REGIONS = {
    "Balkan": BALKAN,
    "Himalayan": words("NPL BTN"),
    "(?:South )?Caucas(?:us|ian)": words("ARM AZE GEO"),
    "Horn of Africa": words("SOM ETH ERI DJI"),
    "Sahel(?:ian)?": SAHEL,
    "Caribbean": words("CUB JAM HTI DOM TTO BHS BRB GRD LCA VCT ATG DMA KNA GUY SUR BLZ"),
    "Pacific(?: [Ii]slands?)?": words("FJI PNG SLB VUT WSM TON KIR TUV NRU PLW FSM MHL"),
}
_REGION_PATTERNS = tuple(
    (
        re.compile(
            r"\b[Tt]he (?:(?:small|tiny|landlocked|impoverished|poor|oil-rich|mountainous|"
            r"restive|war-torn|coastal|strategic|former Soviet)\s+)?"
            + region
            + r" (?:state|nation|country|republic|kingdom|ally)\b"
        ),
        states,
    )
    for region, states in _REGIONS.items()
)
_JUNTAS = words("MMR MLI BFA NER GIN SDN THA TCD GAB")
_COMMUNIST = words("PRK CUB VNM LAO CHN")
_KOREAS = frozenset({"PRK", "KOR"})

# (pattern, states it may stand for). Checked in order, case-sensitive where
# a capital letter carries the meaning ("the North").
_DESCRIPTIONS: tuple[tuple[re.Pattern[str], frozenset[str]], ...] = (
    (re.compile(r"\b[Tt]he (?:[\w-]+ )?(?:kingdom|monarchy)\b"), _KINGDOMS),
    (re.compile(r"\b[Tt]he (?:[\w-]+ )?(?:sultanate|emirate)\b"), GULF | {"BRN"}),
    (
        re.compile(r"\b[Tt]he (?:[\w-]+ )?Gulf (?:state|kingdom|country|nation|monarchy|ally)\b"),
        GULF,
    ),
    (
        re.compile(
            r"\b[Tt]he (?:[\w-]+ )?(?:island|archipelago|archipelagic|"
            r"Islands?(?= (?:nation|state|country)\b))(?: nation| state| country| republic)?\b"
        ),
        _ISLANDS,
    ),
    (
        re.compile(r"\b[Tt]he (?:military )?junta\b|\b[Tt]he military (?:government|regime)\b"),
        _JUNTAS,
    ),
    (re.compile(r"\b[Tt]he (?:communist|Communist) (?:state|country|nation|regime)\b"), _COMMUNIST),
    (re.compile(r"\b[Tt]he (?:[\w-]+ )?Baltic (?:state|country|nation|republic)\b"), BALTIC),
    (re.compile(r"\b[Tt]he (?:[\w-]+ )?Nordic (?:state|country|nation)\b"), NORDIC),
    (
        re.compile(r"\b[Tt]he (?:[\w-]+ )?Central Asian (?:state|country|nation|republic)\b"),
        CENTRAL_ASIA,
    ),
    (re.compile(r"\b[Tt]he Jewish state\b"), frozenset({"ISR"})),
    (re.compile(r"\b[Tt]he North\b(?! (?:Atlantic|Sea|Pole|of)\b)"), frozenset({"PRK"})),
    (re.compile(r"\b[Tt]he South\b(?! (?:China|Pacific|Atlantic|of)\b)"), frozenset({"KOR"})),
)
# Words every description holds: a sentence without one is not scanned twelve times ("the
# North", "the military", not "North Korea" or "military aid", which most sentences hold).
_ANY = re.compile(
    r"\b(?:kingdom|monarchy|sultanate|emirate|Gulf|island|junta|[Tt]he military|communist|"
    r"Communist|Baltic|Nordic|Central Asian|Jewish|[Tt]he North|[Tt]he South|country|nation|"
    r"alliance|bloc|pact|archipelag\w+|Islands)\b"
)
# Rarer descriptions, scanned apart so that common sentences pay one cheap test for them
_RARE_DESCRIPTIONS: tuple[tuple[re.Pattern[str], frozenset[str]], ...] = (
    # "the hermit kingdom", "the reclusive state": North Korea, not a kingdom named before
    (
        re.compile(r"\b[Tt]he (?:hermit kingdom|reclusive (?:state|nation|country|regime))\b"),
        frozenset({"PRK"}),
    ),
    *_REGION_PATTERNS,
    # "the former Soviet republic", "the ex-Soviet state": not Russia itself
    (
        re.compile(
            r"\b[Tt]he (?:[\w-]+ )?(?:former |ex-)Soviet (?:republic|state|nation|country)\b"
        ),
        words("UKR BLR MDA GEO ARM AZE KAZ KGZ TJK TKM UZB EST LVA LTU"),
    ),
    (re.compile(r"\b[Tt]he city-state\b"), frozenset({"SGP", "MCO"})),
    (re.compile(r"\b[Tt]he Islamic Republic\b(?! of\b)"), frozenset({"IRN"})),
    # "the republic's soldiers" after the Central African Republic: states named a republic
    (re.compile(r"\b[Tt]he republic\b"), frozenset({"CAF", "CZE", "DOM", "COG", "COD"})),
)
_RARE_WORDS = (
    "epublic", "Balkan", "Himalayan", "Horn of", "Pacific", "Caucas", "Sahel", "Caribbean",
    "reclusive", "hermit", "city-state", "Soviet",
)  # fmt: skip
_RARE = re.compile(
    "|".join(f"(?P<r{i}>{pattern.pattern})" for i, (pattern, _) in enumerate(_RARE_DESCRIPTIONS))
)
_RARE_ALLOWED = [allowed for _, allowed in _RARE_DESCRIPTIONS]
# "his country", "the country": the speaker's state, else the state the last sentence named
# "the alliance", "the Western alliance", "the Russian-led bloc": the alliance named before
_BLOC = re.compile(
    r"\b[Tt]he (?:[\w-]+ ){0,2}?(?:alliance|bloc|pact)\b"
    r"(?!['’]s? (?:of|with)\b| (?:between|with|among|linking|signed|of)\b)"
)
_GENERIC = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]he) (?:[a-z]+-?[a-z]+ )?(?:country|nation)\b(?! (?:of|and|as)\b)"
)
_DESCRIPTION = re.compile(
    "|".join(f"(?P<d{i}>{pattern.pattern})" for i, (pattern, _) in enumerate(_DESCRIPTIONS))
    + f"|(?P<generic>{_GENERIC.pattern})"
    + f"|(?P<bloc>{_BLOC.pattern})"
)
_ALLOWED = [allowed for _, allowed in _DESCRIPTIONS]
# A subject pronoun followed by a verb, not the empty "it" of "it is likely that".
_PRONOUN = re.compile(
    # "He flew …", and after a fronted time phrase: "Earlier this year he spent a week …"
    r"\s*[\"“‘']?(?:(?:On|In|Earlier|Later|Last|This|Next|Then|Since|During|After|Before|"
    r"Following|From|While)\b[^,.;:]{0,30}?,?"
    r"\s+(?=(?:he|she)\s))?(It|They|He|She|he|she)\s+"
    r"(?!(?:is|was|were|are|has been|had been|will be|would be|remains?|seems?|appears?)\s+"
    r"(?:not\s+)?(?:unclear|likely|unlikely|expected|understood|"
    r"believed|thought|possible|important|time|too|not|clear|hard|difficult|the|a|an|said|"
    r"reported)\b)(?=[a-z])"
)
# "2,500 troops": a figure's comma is no clause boundary
# "Its defence rests on …", "Its troops will stay", "His government has been looking to …": a
# sentence opening on its owner's possessive, before what only a state (or its leader) owns
_POSSESSIVE_OPENER = re.compile(
    r"\s*[\"“‘']?(?:(Its|Their)(?= (?:[\w-]+ )?(?:defen[cs]e|army|armed forces|military|troops|"
    r"forces|soldiers|navy|air force|government|leaders?|president|prime minister|ministers?|"
    r"warships|ships|jets)\b)|(?P<person>His|Her)(?= (?:government|administration|country)\b))"
)
_BOUNDARY = re.compile(r"(?<!\d),|,(?!\d)|[;:]|\b(?:that|which|who|whose|where)\b")
_DATELINE = re.compile(
    r"^\s*[A-Z][A-Za-z.'’ -]{1,40}(?:,\s*[A-Za-z0-9. ]{1,30}){0,2}\s*(?:\([^)]{1,40}\))?\s*"
    r"(?:[-—–]{1,2}|:)\s+"
)


def dateline_end(text: str) -> int:
    """Where a leading dateline ("KABUL, Aug 3 (AP) —") ends, or 0 without one."""
    if not any(dash in text for dash in "-—–:"):
        return 0  # every dateline ends in a dash or a colon: one cheap test instead of a match
    match = _DATELINE.match(text)
    if match is None:
        return 0
    place = match.group().split(",")[0].split("(")[0].strip(" -—–:")
    if not (place.isupper() or "(" in match.group() or "," in match.group()):
        return 0  # "Russia - the view from Moscow": a lead-in, not a dateline
    return match.end()


def describe(text: str, mentions: list[Mention], history: list[str]) -> list[Mention]:
    """Mentions for the descriptions in `text`, resolved against the states named before them.

    `history` holds the states of earlier sentences, most recent last; `mentions` are this
    sentence's own. A state named in the description's own clause is not what it describes
    ("would make London the kingdom's chief supplier": the kingdom is not Britain).
    """
    out: list[Mention] = []
    if any(word in text for word in _RARE_WORDS):
        for match in _RARE.finditer(text):
            start, end = match.span()
            allowed = _RARE_ALLOWED[int(str(match.lastgroup)[1:])]
            inside = [m for m in mentions if m.start < end and start < m.end]
            if all(  # "the former Soviet republic": "Soviet" names no party here
                m.kind is Kind.DEMONYM and start <= m.start and m.end <= end for m in inside
            ) and (code := _described(text, start, allowed, mentions, history)):
                out.append(Mention(start, end, code, Kind.NAME))
    if _ANY.search(text) is None:
        return out
    for match in _DESCRIPTION.finditer(text):
        start, end = match.span()
        if any(m.start < end and start < m.end for m in [*mentions, *out]):
            continue
        if match.lastgroup == "bloc":
            orgs = [*history, *(m.code for m in mentions if m.end <= start and m.is_org)]
            code = next((c for c in reversed(orgs) if c in GAZETTEER.organizations), None)
            if code is not None:
                out.append(Mention(start, end, code, Kind.ORG))
            continue
        if match.lastgroup == "generic":
            code = _generic(text, match, mentions, history)
        else:
            code = _described(
                text, start, _ALLOWED[int(str(match.lastgroup)[1:])], mentions, history
            )
        if code is not None:
            out.append(Mention(start, end, code, Kind.NAME))
    return out


def pronoun_subject(
    text: str, subject_before: str | None, person_before: str | None
) -> list[Mention]:
    """A sentence opening on "It", "They", "He" or "She" as the state the last one was about:
    "Russia finished its deliveries to Turkey. It will now train Turkish crews." """
    match = _PRONOUN.match(text) or _POSSESSIVE_OPENER.match(text)
    if match is None:
        return []
    group = 1 if match.group(1) else "person"
    person = group == "person" or match.group(1).lower() in ("he", "she")
    code = person_before if person else subject_before
    kind = Kind.LEADER if person and group == 1 else Kind.NAME  # "he" is an official: travels
    return [Mention(match.start(group), match.end(group), code, kind)] if code else []


def _described(
    text: str, start: int, allowed: frozenset[str], mentions: list[Mention], history: list[str]
) -> str | None:
    """The most recent state before `start` that fits the description."""
    clause = max((b.end() for b in _BOUNDARY.finditer(text, 0, start)), default=0)
    before = [
        *history,
        *(m.code for m in mentions if m.end <= clause and not m.is_org),
    ]
    if allowed <= _KOREAS:  # "the North" only after a Korea, and then it is that Korea
        return next(iter(allowed)) if _KOREAS & {*before, *(m.code for m in mentions)} else None
    return next((c for c in reversed(before) if c in allowed), None)


def _generic(
    text: str, match: re.Match[str], mentions: list[Mention], history: list[str]
) -> str | None:
    """'his country': the last leader's state; 'the country': the state last named before it
    outside its own clause ("an alliance with South Korea, where US troops are based around the
    country": Korea, not the United States)."""
    people = [m for m in mentions if m.end <= match.start() and m.kind is Kind.LEADER]
    if people and not match.group().lower().startswith("the"):
        return people[-1].code
    clause = max((b.end() for b in _BOUNDARY.finditer(text, 0, match.start())), default=0)
    before = [
        m.code
        for m in mentions
        if m.end <= clause
        and not m.is_org
        and not _COMPOUND_AFTER.match(text, m.end)  # "the German-led battalion": no country
    ]
    return before[-1] if before else (history[-1] if history else None)


_COMPOUND_AFTER = re.compile(r"-(?:led|backed|built|made|based|owned|funded|trained|sponsored)\b")
# "Japan's Defence Minister Itsunori Onodera", "Indian Army chief General Manoj Pande": a
# titled official's name after the state before the title; later sentences use one end of it
_NAMED_OFFICIAL = re.compile(
    r"(?:['’]s?)?\s+(?:[A-Z][\w-]+\s+){0,2}(?i:" + TITLES + r"),?\s+"
    r"(?:(?:Gen|Lt|Col|Maj|Adm|Gen\.|Lt\.|Col\.|Adm\.|General|Admiral|Colonel)\s+)?"
    r"(?P<name>(?:[A-Z][a-z][\w'’-]+\s+){0,2}[A-Z][a-z][\w'’-]+)\b(?![\s-]+[A-Z])"
)


# "Min Aung Hlaing, the commander-in-chief of Myanmar's armed forces", "Charles Flynn, who
# commands the U.S. Army": the name before an appositive that ends on the state
_OFFICIAL_BEFORE = re.compile(
    r"(?P<name>(?:[A-Z][a-z][\w'’-]+\s+){1,3}[A-Z][a-z][\w'’-]+),\s+(?:the|a|an|who)\s+"
    r"[^,;]{0,50}?\b(?i:" + TITLES + r"|commands|heads|leads)\b[^,;]{0,40}?$"
)
_NOT_A_NAME = re.compile(
    r"(?i:" + TITLES + r"|senior|gen|lt|col|maj|adm|admiral|colonel|mr|mrs|ms|dr|sir|"
    r"the|deputy|vice|defen[cs]e|foreign|prime)"
)


def officials(text: str, mentions: list[Mention]) -> dict[str, str]:
    """The surnames of the officials a sentence names after their state, each with its state."""
    found: dict[str, str] = {}
    for m in mentions:
        if m.is_org:
            continue
        if m.kind is Kind.LEADER:
            name = text[m.start : m.end]
        elif (match := _NAMED_OFFICIAL.match(text, m.end)) and not any(
            o.start < match.end() and match.start() < o.start for o in mentions
        ):
            name = match.group("name")
        elif "," in text[max(0, m.start - 110) : m.start] and (
            before := _OFFICIAL_BEFORE.search(text, max(0, m.start - 110), m.start)
        ):
            name = before.group("name")
        else:
            continue
        # "Wei Fenghe" is "Wei" later, "Lloyd Austin" "Austin": either end of a full name
        parts = [part for part in name.split() if not _NOT_A_NAME.fullmatch(part)]
        if len(parts) > 1:
            found |= {parts[0]: m.code, parts[-1]: m.code}
    return found


def surnames(text: str, known: dict[str, str], mentions: list[Mention]) -> list[Mention]:
    """Officials named earlier, now by surname alone: "Flynn is visiting India"."""
    out: list[Mention] = []
    for name, code in known.items():
        if name not in text:
            continue  # the common case: one cheap test instead of a scan
        for match in re.finditer(r"\b" + re.escape(name) + r"\b", text):
            if not any(m.start <= match.start() < m.end for m in mentions):
                out.append(Mention(match.start(), match.end(), code, Kind.LEADER))
    return out


# The words that may stand between a state and its official's title, and the title's name
_OFFICIAL_WORDS = (
    r"(?:['’]s)?(?:\s+(?:[A-Z][\w.'’-]*|(?i:" + TITLES + r")|foreign|defen[cs]e|prime|deputy|"
    r"top|senior|military|armed|forces|navy|army|air|force|of|staff|state|vice|first|new|"
    r"former|visiting|interior|national|security|the))+"
)
_OFFICIAL_TAIL = re.compile(_OFFICIAL_WORDS)
_HAS_TITLE = re.compile(r"\b(?i:" + TITLES + r")s?\b")
# "Russia's defence minister, who flew into Pakistan", "the Turkish leader, who arrived"
_WHO = re.compile(r",\s+(who|whose|which)\s+(?!(?:said|says|told|added)\b)")
# "a Russian frigate, which docked in Havana": the ship's state acts in the clause
_VESSEL_TAIL = re.compile(
    r"(?:['’]s)?(?:\s+(?:[A-Z][\w.'’-]*|[a-z]+-[a-z]+|guided-missile|naval|navy|missile|"
    r"nuclear-powered|amphibious|assault|escort|supply|research|survey|training|patrol))*"
    r"\s+(?:" + VESSELS + r")(?:\s+[A-Z][\w.'’-]*){0,3}"
)
# "…; he had twice flown to Doha", "where she met": a subject pronoun after a clause break, not
# one that reports ("he said") and not the sentence's first word (see `pronoun_subject`)
_INNER_PRONOUN = re.compile(
    r"(?:[;,]\s*|\b(?:and|but|where|when|after|before|as|while|since|then|until|once|that)\s+)"
    r"(he|she)\s+(?!(?:said|says|told|tells|added|adds|noted|stressed|insisted|argued|wrote|"
    r"warned|explained|declined|refused|denied|did not|does not|would not|will not)\b)(?=[a-z])"
)


_OBJECT_BEFORE = re.compile(r"\b(?:with|to|by|from|for|against)\s+(?:the\s+|his\s+|her\s+)?$")


def _officials_before(text: str, mentions: list[Mention], pos: int) -> list[Mention]:
    """The officials a sentence names before `pos` with their state: "Japan's defence minister",
    "Pakistani Prime Minister Imran Khan", a known leader."""
    out = []
    for m in mentions:
        if m.end > pos or m.is_org or _OBJECT_BEFORE.search(text, max(0, m.start - 20), m.start):
            continue  # "after talks with Australian officials, he …": not the one who acts
        if m.kind is Kind.LEADER:
            out.append(m)
            continue
        tail = _OFFICIAL_TAIL.match(text, m.end, pos)
        if tail and _HAS_TITLE.search(text, m.end, tail.end()):
            out.append(m)
    return out


def relatives(text: str, mentions: list[Mention]) -> list[Mention]:
    """'Russia's defence minister, who flew into Pakistan': "who" (or "whose") as the official's
    state; "a Russian frigate, which docked in Havana": "which" as the ship's."""
    out: list[Mention] = []
    if ", wh" not in text:
        return out  # the common case: one cheap test instead of a scan
    for match in _WHO.finditer(text):
        before = [m for m in mentions if m.end <= match.start() and not m.is_org]
        if not before or match.start() - before[-1].end > 70:
            continue
        last = before[-1]
        if match.group(1) == "which":
            tail = _VESSEL_TAIL.match(text, last.end, match.start())
            if tail and tail.end() == match.start() and last.kind is not Kind.LEADER:
                out.append(Mention(match.start(1), match.end(1), last.code, Kind.NAME))
            continue
        if last.kind is Kind.LEADER and last.end == match.start():
            code = last.code  # "Recep Tayyip Erdogan, who arrived"
        elif (
            (tail := _OFFICIAL_TAIL.match(text, last.end, match.start()))
            and tail.end() == match.start()
            and _HAS_TITLE.search(text, last.end, match.start())
        ):
            code = last.code
        else:
            continue
        out.append(Mention(match.start(1), match.end(1), code, Kind.LEADER))
    return out


def inner_pronouns(text: str, mentions: list[Mention], person_before: str | None) -> list[Mention]:
    """'the Pakistani prime minister's third trip in a week; he had twice flown to Doha': a "he"
    or "she" inside the sentence as the state of the one official named before it, or of the
    official the sentences before named when this one names no state before it."""
    out: list[Mention] = []
    if " he " not in text and " she " not in text:
        return out  # the common case: one cheap test instead of a scan
    for match in _INNER_PRONOUN.finditer(text):
        if match.start() == 0 or any(m.start == match.start(1) for m in mentions):
            continue  # the sentence's first word, or a "he" already read
        people = _officials_before(text, mentions, match.start(1))
        states = {m.code for m in people}
        if not states and person_before and not any(m.start < match.start() for m in mentions):
            states = {person_before}  # "The talks went well, and he flew on to Moscow"
        if len(states) == 1:  # two states' officials before it: "he" could be either
            out.append(Mention(match.start(1), match.end(1), states.pop(), Kind.LEADER))
    return out


# "The fleet came from Denmark", "the delegation will also tour …": the visitors of the last
# visit told (not "the task force", which the rules read as troops); "the contingent", "the
# troops": the senders of the last deployment. The mention covers "the" and any adjective, so
# the rules still see the ships, people or troops after it.
_PARTY_NOUN = re.compile(
    r"\b[Tt]he (?:(?:visiting|naval|two|three|four|five|six|[\w-]+-(?:member|ship|strong))\s+)?"
    r"(?:(?P<visit>fleet|flotilla|squadron|delegation|visitors|warships|ships|vessels|frigates|"
    r"destroyers)|(?P<deploy>contingent|troops|soldiers|"
    r"battalion|detachment))\b"
    r"(?!['’]s? (?:of|from)\b| (?:of|from)\b)"  # "the delegation of Chile" names its own state
)
_PARTY_WORDS = (
    "fleet",
    "flotilla",
    "squadron",
    "delegation",
    "visitors",
    "ships",
    "vessels",
    "frigates",
    "destroyers",
    "contingent",
    "troops",
    "soldiers",
    "battalion",
    "detachment",
)


def parties(
    text: str, mentions: list[Mention], visitors: tuple[str, ...], senders: tuple[str, ...]
) -> list[Mention]:
    """'The fleet', 'the delegation', 'the contingent' as the one state of the last visit or
    deployment the sentences before told; with two candidate states, as nobody."""
    out: list[Mention] = []
    if not (len(visitors) == 1 or len(senders) == 1) or not any(
        word in text for word in _PARTY_WORDS
    ):
        return out  # the common case: cheap tests instead of a scan
    for match in _PARTY_NOUN.finditer(text):
        states = visitors if match.group("visit") else senders
        noun = match.start("visit") if match.group("visit") else match.start("deploy")
        if len(states) != 1 or any(
            m.start < match.end() and match.start() < m.end for m in mentions
        ):
            continue
        if any(m.end <= match.start() and match.start() - m.end < 3 for m in mentions):
            continue  # "Japan's the fleet" cannot be, but "with India, the ships" is a list
        out.append(Mention(match.start(), noun - 1, states[0], Kind.NAME))
    return out


# "NEW DELHI, Dec 27 (ANI) - The defence minister travelled to Moscow", "RAWALPINDI - Army
# chief General Qamar Javed Bajwa received …": a title with no state, opening the report
_BARE_TITLE = re.compile(
    r"(?:[Tt]he\s+)?(?:(?:[Dd]efen[cs]e|[Ff]oreign|[Pp]rime|[Dd]eputy|[Ii]nterior|[Aa]rmy|"
    r"[Nn]avy|[Nn]aval|[Aa]ir [Ff]orce|[Vv]ice|[Ee]xternal [Aa]ffairs)\s+)*"
    r"(?P<title>[Mm]inister(?: (?:of|for) [Dd]efen[cs]e)?|[Ss]ecretary(?: of [Ss]tate| of "
    r"[Dd]efen[cs]e| for [Dd]efen[cs]e)?|[Pp]resident|[Cc]hief|[Pp]remier|[Cc]hancellor)"
    r"(?:,?\s+(?:(?:Gen|Lt|Col|Adm|Gen\.|Lt\.|Col\.|Adm\.|General|Admiral)\s+)?"
    r"(?:[A-Z][\w'’.-]+\s+){0,2}[A-Z][\w'’.-]+)?"
    r"(?=,?\s+[a-z])(?!,?\s+(?:of|from|to)\b)"
)
# "Defense Secretary Jim Mattis" is the American one under any dateline: US and British
# reports name their own secretaries without a state wherever they are filed
_SECRETARIES = frozenset({"USA", "GBR", "PHL"})


def dateline_official(text: str, start: int, venue: str, mentions: list[Mention]) -> Mention | None:
    """A titled official with no state opening the sentence at `start`, as the state of the
    report's dateline."""
    match = _BARE_TITLE.match(text, start)
    if match is None or any(m.start < match.end() and match.start() < m.end for m in mentions):
        return None
    if match.group("title").lower().startswith("secretary") and venue not in _SECRETARIES:
        return None
    return Mention(match.start(), match.end(), venue, Kind.LEADER)
