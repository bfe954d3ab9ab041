"""VISIT rules: travel verbs, hosting, stays and meetings in a foreign place."""

from __future__ import annotations

import re

from app.extraction import lexicon
from app.extraction.clauses import View
from app.extraction.gazetteer import Kind
from app.extraction.rules.common import (
    LOCATIVE,
    WEAPONS,
    Candidate,
    codes,
    directed,
    fronted_subject,
)
from app.vocabulary import TieType

_GO = lexicon.word(lexicon.GO)
_HOST = lexicon.word(lexicon.HOST)
_STAY = lexicon.word(lexicon.STAY)
_STAY_PLACE = re.compile(r"\s+(?:the\s+)?$|\s+(?:the\s+)?[\w\s-]{0,30}\bcapital\s+(?:of\s+)?$")
_MEET = lexicon.word(lexicon.MEET)
_VISIT_CUE = re.compile(r"\b(?:visit|port call|delegation|trip|summit|talks|tour)\b", re.I)
_CIVILIANS_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:police|policemen|officers|tourists|fans|students|"
    r"workers|migrants|refugees|journalists|athletes|team|pilgrims|nationals|citizens|"
    r"businessmen|investors|doctors)\b",
    re.IGNORECASE,
)


def read_visits(view: View) -> list[Candidate]:
    out: list[Candidate] = []
    text = view.text
    for match in _GO.finditer(text):
        lo, hi = view.clause(match.start())
        trig = match.group().lower()
        after = view.after(match.end(), hi)
        hosts = [
            m
            for m in after
            if view.prep(m) in LOCATIVE or (trig.startswith("visit") and view.prep(m) is None)
        ]
        by = [m for m in after if view.prep(m) in {"by", "of"}]
        subject = view.subject(match.start(), lo) or fronted_subject(view, match.start())
        if trig.startswith(("was visited", "were visited")):
            visitors, host_group = by, subject
        else:
            by_first = by and by[0].start < (hosts[0].start if hosts else hi)
            visitors = by if by_first or (by and not subject) else subject
            host_group = view.group_after(hosts[0], hi) if hosts else []
        visitors = [
            m
            for m in visitors
            if (view.person(m) or not view.forces(m) or view.vessel(m))
            and not view.owns(m, _CIVILIANS_AFTER)
        ]
        out += directed(
            TieType.VISIT, codes(visitors), codes(host_group), match.span(), rule="visit.travel"
        )
    for match in _STAY.finditer(text):
        lo, hi = view.clause(match.start())
        people = [
            m
            for m in view.subject(match.start(), lo)
            if view.person(m) or view.titled(m) or view.vessel(m)
        ]
        hosts = [m for m in view.after(match.end(), hi) if view.prep(m) == "in"][:1]
        if people and hosts and _STAY_PLACE.match(text, match.end(), hosts[0].start):
            out += directed(
                TieType.VISIT, codes(people), codes(hosts), match.span(), rule="visit.stay"
            )
    for match in _HOST.finditer(text):
        lo, hi = view.clause(match.start())
        trig = match.group().lower()
        hosts = view.subject(match.start(), lo)
        after = view.after(match.end(), hi)
        guests = [m for m in after if view.prep(m) is None or view.titled(m)][:1]
        if not guests:
            continue
        guest = guests[0]
        places = [m for m in after if view.prep(m) in {"in", "at"} and m.kind is not Kind.DEMONYM]
        cue = view.person(guest) or view.vessel(guest) or view.titled(guest)
        if not cue and not trig.startswith("receiv"):
            cue = bool(_VISIT_CUE.search(text)) and not WEAPONS.search(text, match.end(), hi)
        if not cue:
            continue
        guests = view.group_after(guest, hi)
        if not hosts:
            hosts = places[:1]
        elif places and places[0].code not in codes(hosts):
            guests, hosts = [*hosts, *guests], places[:1]
        out += directed(TieType.VISIT, codes(guests), codes(hosts), match.span(), rule="visit.host")
    for match in _MEET.finditer(text):
        lo, hi = view.clause(match.start())
        after = view.after(match.end(), hi)
        places = [m for m in after if view.prep(m) in {"in", "at"} and m.kind is not Kind.DEMONYM]
        if not places:
            continue
        place = places[0]
        others = [m for m in after if m.start < place.start and view.prep(m) in {None, "with"}]
        people = view.subject(match.start(), lo) or fronted_subject(view, match.start())
        out += directed(
            TieType.VISIT,
            codes([*people, *others]),
            [place.code],
            match.span(),
            rule="visit.meet_in",
        )
    return out
