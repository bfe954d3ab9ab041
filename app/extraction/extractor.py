"""The `extract` pipeline: sentences → mentions → candidate ties → filters → certainty and dates.

Each sentence is read on its own, except that "the two countries" / "both sides" stand for the
pair of states the previous sentence named.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from app.extraction import lexicon
from app.extraction.certainty import Attribution, find_attributions, judge
from app.extraction.clauses import View
from app.extraction.coreference import (
    dateline_end,
    dateline_official,
    describe,
    inner_pronouns,
    officials,
    parties,
    pronoun_subject,
    relatives,
    surnames,
)
from app.extraction.data.conflicts import WARS
from app.extraction.dates import resolve
from app.extraction.gazetteer import GAZETTEER, Kind, Mention
from app.extraction.mentions import find_mentions
from app.extraction.model import Evidence, ExtractedEvent, Trigger
from app.extraction.places import city_state
from app.extraction.rules import Candidate, find_candidates
from app.extraction.rules.alliances import OTHER_GROUP
from app.extraction.rules.cooperation import talks_hint
from app.extraction.rules.transfers import maker_hint
from app.extraction.sentences import Sentence, split_sentences
from app.vocabulary import UNDIRECTED, Phase, Precision, TieType

_PAIR = lexicon.word(lexicon.PAIR_PHRASE)
_SPORT = lexicon.lowered(lexicon.SPORT)
_MILITARY = lexicon.word(
    lexicon.TROOPS + "|" + lexicon.WEAPONS + r"|military|defen[cs]e|drills|exercises|alliance"
)
# A membership told without its alliance ("Sweden followed in 2024"): read with the one before
_MEMBERSHIP = re.compile(r"\b(?:join|rejoin|acced|followed|member|accession|entry)", re.IGNORECASE)
_OTHER_GROUP = lexicon.word(OTHER_GROUP)
_HE_SAID = re.compile(r"\b(?:[Hh]e|[Ss]he)\b|^\s*(?:His|Her) ")
_PLACE_BEFORE = re.compile(r"\b(?:in|at|to|from|into|near)\s+(?:the\s+)?$")
_NON_STATE = re.compile(r"\b(?:" + lexicon.NON_STATE + r")\b")
_MISSION_RULES = frozenset({"deployment.send", "deployment.follow", "deployment.contributes"})
# Where the contingents named next serve: a force sent, joined or left there
_RECENT_RULES = _MISSION_RULES | {
    "deployment.withdraw",
    "deployment.leave",
    "deployment.contingent",
}
_FORCE_IN = re.compile(
    r"\b(?:force|mission|operation|contingent|coalition)\s+"
    r"(?:(?!in\b|to\b|for\b)[\w'’-]+\s+){0,3}?(?:in|to|for)\s+(?:the\s+)?",
    re.IGNORECASE,
)
_SUPPORT_TYPES = frozenset({TieType.TROOP_DEPLOYMENT, TieType.ARMS_TRANSFER, TieType.MILITARY_AID})


def _wars() -> list[tuple[frozenset[str], date, date | None]]:
    rows = []
    for line in WARS.strip().splitlines():
        a, b, start, end = (cell.strip() for cell in line.split("|"))
        rows.append(
            (frozenset((a, b)), date.fromisoformat(start), date.fromisoformat(end) if end else None)
        )
    return rows


_AT_WAR = _wars()


def _at_war(a: str, b: str, on: date) -> bool:
    pair = frozenset((a, b))
    return any(p == pair and start <= on and (end is None or on < end) for p, start, end in _AT_WAR)


def _pair_mentions(
    text: str, pair: tuple[str, ...] | None, mentions: list[Mention]
) -> list[Mention]:
    """'the two countries' as mentions of the states named before it: earlier in the same
    sentence when it names two or more, else in the previous sentence.

    A number in the phrase must not exceed the states available ("the three leaders" after a
    sentence naming two states stands for nobody); without one, every named state counts.
    """
    out = []
    for match in _PAIR.finditer(text):
        here = tuple(  # the states named as parties, not as places ("met in Baku")
            dict.fromkeys(
                m.code
                for m in mentions
                if m.end <= match.start()
                and not m.is_org
                and not _PLACE_BEFORE.search(text, max(0, m.start - 12), m.start)
            )
        )
        if len(here) < 2:  # "arrived in Moscow for talks on … the two countries": with the host
            every = tuple(
                dict.fromkeys(m.code for m in mentions if m.end <= match.start() and not m.is_org)
            )
            here = every if len(every) == 2 else here
        states = here if len(here) >= 2 else pair
        if states is None:
            continue
        sizes = [n for word, n in lexicon.GROUP_SIZES.items() if word in match.group().lower()]
        size = sizes[0] if sizes else len(states)
        if size > len(states):
            continue
        out += [Mention(match.start(), match.end(), code, Kind.NAME) for code in states[-size:]]
    return out


def _first_party(text: str, mentions: list[Mention]) -> str | None:
    """The first state a sentence names as a party rather than a place."""
    for m in mentions:
        if not m.is_org and not _PLACE_BEFORE.search(text, max(0, m.start - 12), m.start):
            return m.code
    return None


def _last_person(text: str, mentions: list[Mention]) -> str | None:
    """The state of the last leader or official a sentence names ("Jordan's foreign minister")."""
    view = View(text, mentions)
    people = [m.code for m in mentions if not m.is_org and (view.person(m) or view.titled(m))]
    return people[-1] if people else None


def _dateline_state(dateline: str, on: date) -> str | None:
    """The state a dateline places the report in; "HANOI" is read as "Hanoi"."""
    place = re.split(r"[,(]", dateline, maxsplit=1)[0].strip(" -—–:")
    rest = re.sub(r"\([^)]*\)", "", dateline[len(place) :])  # "(Xinhua)" is the agency
    name = place.title() if place.isupper() else place
    for part in (name, rest):
        states = [m.code for m in find_mentions(part, on) if not m.is_org]
        if states:
            return states[0]
    return city_state(name)


def _keep(view: View, cand: Candidate, on: date) -> bool:
    """Drop what is not a tie between two states: self-ties, wars, militias, hostile moves."""
    if cand.actor == cand.target or _at_war(cand.actor, cand.target, on):
        return False
    orgs = [code for code in (cand.actor, cand.target) if code in GAZETTEER.organizations]
    if orgs and cand.type is not TieType.ALLIANCE:
        return False
    if cand.type is TieType.VISIT and _NON_STATE.search(
        view.text, max(0, cand.start - 30), cand.end
    ):
        return False  # "Russian mercenaries arrived in Mali"
    if cand.type in _SUPPORT_TYPES:
        lo, _ = view.clause(cand.start)
        if _NON_STATE.search(view.text, lo, min(len(view.text), cand.end + 15)):
            return False  # "Wagner fighters deployed", "the rockets Iran sends Hezbollah"
    return True


def _ordered(cand: Candidate) -> tuple[str, str]:
    """Undirected ties in alphabetical order, except that a state always leads its alliance."""
    a, b = cand.actor, cand.target
    if cand.type in UNDIRECTED:
        if a in GAZETTEER.organizations:
            return b, a
        if b in GAZETTEER.organizations:
            return a, b
        return (a, b) if a <= b else (b, a)
    return a, b


@dataclass(slots=True)
class _Document:
    """What earlier sentences tell the next one: the states named, the pair of the last tie, where
    the report was filed, and who "it" and "he" are."""

    anchor: date
    pair: tuple[str, ...] | None = None
    named: bool = False  # whether `pair` comes from a tie read, which a list of names won't replace
    history: list[str] = field(default_factory=list)  # for "the kingdom", "his country"
    venue: str | None = None  # the dateline's state: where the report's people are
    person: str | None = None  # the state of the last official named: who "he said" is
    subject: str | None = None  # the state the last sentence was first about: who "it" is
    officials: dict[str, str] = field(default_factory=dict)  # surname -> state: who "Flynn" is
    org: str | None = None  # the alliance the last two sentences named: "Sweden joined in 2024"
    org_age: int = 0
    org_before: str | None = None  # `org` as it was before the sentence being read
    mission: str | None = None  # the host of the last force or deployment: "a force in Somalia"
    recent: str | None = None  # `mission` while the last two sentences named it
    recent_age: int = 0
    visits: tuple[tuple[str, str], ...] = ()  # (visitor, host) of the last sentence's visits
    visitors: tuple[str, ...] = ()  # the visitors of the last visit told: who "the fleet" is
    senders: tuple[str, ...] = ()  # the senders of the last deployment: who "the contingent" is
    party_age: int = 0

    def read(
        self, sentences: list[Sentence], index: int
    ) -> tuple[list[Mention], list[Mention], str | None]:
        """A sentence's mentions with those earlier sentences lend it (also returned apart, as
        `carried`), and the state of the official a "he said" in it stands for."""
        text = sentences[index].text
        mentions = find_mentions(text, self.anchor)
        lead = dateline_end(text) if index == 0 else 0
        if lead:
            self.venue = _dateline_state(text[:lead], self.anchor)
            mentions = [m for m in mentions if m.start >= lead]
            if self.venue:  # "RUKLA, Lithuania — … rotating through the country": the venue
                self.history.append(self.venue)
        described = describe(text, mentions, self.history)
        if described:  # a demonym inside a description ("the former Soviet republic") is no party
            mentions = [
                m for m in mentions if not any(d.start <= m.start < d.end for d in described)
            ]
        if lead and self.venue and (found := dateline_official(text, lead, self.venue, mentions)):
            # "NEW DELHI - The defence minister travelled to Moscow": India's minister; only in
            # the dateline's sentence: later, a report names the visiting side's officials too
            described.append(found)
        described += pronoun_subject(text, self.subject, self.person)
        described += surnames(text, self.officials, mentions)
        if ", wh" in text or " he " in text or " she " in text:  # "…, who flew", "; he flew"
            named = sorted([*mentions, *described], key=lambda m: m.start)
            described += relatives(text, named) + inner_pronouns(text, named, self.person)
        self.party_age += 1
        if self.party_age > 2:
            self.visitors = self.senders = ()
        described += parties(text, mentions, self.visitors, self.senders)
        self.officials |= officials(text, mentions)
        self.history += [m.code for m in sorted([*mentions, *described], key=lambda m: m.start)]
        self.org_age += 1
        if self.org_age > 2:
            self.org = None
        self.recent_age += 1
        if self.recent_age > 2:
            self.recent = None
        orgs = [m.code for m in [*mentions, *described] if m.is_org]
        self.subject = _first_party(text, [*mentions, *described]) or self.subject
        first = min([*mentions, *described], key=lambda m: m.start, default=None)
        if first is not None and first.is_org:  # "NATO opened a base. Its troops …": NATO's
            self.subject = None
        carried = _pair_mentions(text, self.pair, mentions) + described
        speaker = self.person
        if index + 1 < len(sentences) and _HE_SAID.search(sentences[index + 1].text):
            self.person = _last_person(text, mentions) or self.person  # who "he said" next is
        states = list(dict.fromkeys(m.code for m in mentions if not m.is_org))
        if len(states) >= 2 and not (self.named and self.pair and set(states) & set(self.pair)):
            self.pair, self.named = tuple(states), False
        if carried:
            mentions = sorted([*mentions, *carried], key=lambda m: (m.start, m.end))
        self.org_before = self.org
        if orgs:  # "NATO held drills. Sweden joined": the drills, not the alliance
            self.org = None if _OTHER_GROUP.search(text) else orgs[-1]
            self.org_age = 0
        return mentions, carried, speaker

    def remember(self, candidates: list[Candidate]) -> None:
        """The states of this sentence's ties are what "the two countries" next refers to."""
        parties: list[str] = []
        for cand in candidates:
            if cand.actor in GAZETTEER.states and cand.target in GAZETTEER.states:
                parties += [c for c in (cand.actor, cand.target) if c not in parties]
            if cand.rule in _MISSION_RULES and not cand.reversed:
                self.mission = cand.target
            if cand.rule in _RECENT_RULES and cand.location:
                self.recent, self.recent_age = cand.target, 0
        if parties:
            self.pair, self.named = tuple(parties), True
        self.visits = tuple(
            (c.actor, c.target) for c in candidates if c.type is TieType.VISIT and not c.reversed
        )
        visitors = tuple(dict.fromkeys(visitor for visitor, _ in self.visits))
        senders = tuple(
            dict.fromkeys(
                c.actor for c in candidates if c.type is TieType.TROOP_DEPLOYMENT and not c.reversed
            )
        )
        if visitors or senders:
            self.visitors, self.senders, self.party_age = visitors, senders, 0

    def note_force(self, text: str, mentions: list[Mention]) -> None:
        """'a peacekeeping force in Somalia': where the states named next send their troops."""
        if not any(
            word in text for word in ("orce", "ission", "peration", "ontingent", "oalition")
        ):
            return  # the common case: one cheap test instead of a scan
        for match in _FORCE_IN.finditer(text):
            hosts = [m.code for m in mentions if m.start == match.end() and not m.is_org]
            if hosts:
                self.mission = self.recent = hosts[0]
                self.recent_age = 0


def extract(text: str, published_on: date | None = None) -> list[ExtractedEvent]:
    """Every military tie between two states that `text` mentions, sentence by sentence.

    Relative dates resolve against `published_on`; without it, today stands in.
    """
    document = _Document(published_on or date.today())
    sentences = split_sentences(text)
    events: list[ExtractedEvent] = []
    for index, sentence in enumerate(sentences):
        mentions, carried, speaker = document.read(sentences, index)
        context = document.org_before if _MEMBERSHIP.search(sentence.text) else None
        mission, recent = document.mission, document.recent
        visits, document.visits = document.visits, ()
        if visits and not talks_hint(sentence.text):
            visits = ()  # the visit's talks are read in the next sentence only where it says so
        document.note_force(sentence.text, mentions)
        parties = {m.code for m in mentions} | {document.venue, context, mission} - {None}
        if len(parties | {code for visit in visits for code in visit}) < 2 and not (
            parties and maker_hint(sentence.text)  # "Poland ordered 32 F-35s": the maker
        ):
            continue
        if _SPORT.search(sentence.text.lower()) and not _MILITARY.search(sentence.text):
            continue
        view = View.build(sentence.text, mentions)
        view.venue, view.person_before = document.venue, speaker
        view.org_before = document.org_before
        view.mission_before = mission
        view.mission_recent = recent
        view.visits_before = visits
        attributions = find_attributions(view)
        candidates = [c for c in find_candidates(view) if _keep(view, c, document.anchor)]
        document.remember(candidates)
        events += _events(view, sentence, candidates, attributions, carried, document.anchor)
    return events


def _events(
    view: View,
    sentence: Sentence,
    candidates: list[Candidate],
    attributions: list[Attribution],
    carried: list[Mention],
    anchor: date,
) -> list[ExtractedEvent]:
    """The candidates of one sentence judged, dated and placed in the document."""
    groups: dict[tuple[TieType, int], set[str]] = {}
    for cand in candidates:
        if cand.type in UNDIRECTED:
            groups.setdefault((cand.type, cand.start), set()).update((cand.actor, cand.target))
    out = []
    dates: dict[bool, tuple[date, Precision]] = {}  # per phase: a sentence's date is read once
    for cand in candidates:
        from_pair = any(
            m in carried for m in view.mentions if cand.start - 80 < m.start < cand.end + 80
        )
        group = frozenset(groups.get((cand.type, cand.start), ()))
        verdict = judge(view, cand, attributions, carried=from_pair, parties=group)
        future = verdict.phase is Phase.PLANNED
        if future not in dates:
            dates[future] = resolve(sentence.text, anchor, future=future)
        occurred_on, precision = dates[future]
        actor, target = _ordered(cand)
        out.append(
            ExtractedEvent(
                type=cand.type,
                actor=actor,
                target=target,
                location=cand.location,
                status=verdict.status,
                attributed_to=verdict.attributed_to,
                occurred_on=occurred_on,
                precision=precision,
                phase=verdict.phase,
                confidence=verdict.confidence,
                evidence=Evidence(sentence.text, sentence.start, sentence.end),
                rule=cand.rule,
                trigger=Trigger(
                    sentence.text[cand.start : cand.end],
                    sentence.start + cand.start,
                    sentence.start + cand.end,
                ),
            )
        )
    return out
