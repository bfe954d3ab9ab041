"""ALLIANCE rules: joining an alliance, membership, mutual-defence treaties."""

from __future__ import annotations

import re

from app.extraction import lexicon
from app.extraction.clauses import View
from app.extraction.rules.common import Candidate, codes, directed, negated_np, pairs, participants
from app.vocabulary import TieType

_ALLIANCE = lexicon.word(lexicon.ALLIANCE)
_JOIN_ORG = re.compile(r"\b(?:" + lexicon.JOIN_ORG + r")\s+(?:the\s+)?$", re.IGNORECASE)
_ORG_MEMBER = re.compile(r"['’]s\s+(?:\w+\s+){0,2}(?:member|ally|members)\b", re.IGNORECASE)
_BECAME = re.compile(r"\b(?:became|becoming|becomes|become|was made|is now)\b", re.IGNORECASE)
_ASPIRATION = re.compile(
    r"\b(?:bid|application|applied|apply|applying|hop(?:e|es|ing)|aspir\w*|seek\w*|wants?|"
    r"wanting|path|invit\w*|ambitions?|push|efforts?|drive|campaign|desire|request\w*)\b"
    r"[^.;,]{0,20}$",
    re.IGNORECASE,
)


def read_alliances(view: View) -> list[Candidate]:
    out: list[Candidate] = []
    text = view.text
    for org in (m for m in view.mentions if m.is_org and view.live(m)):
        lo, _ = view.clause(org.start)
        window = text[max(lo, org.start - 60) : org.start]
        cue = _JOIN_ORG.search(window)
        member = _ORG_MEMBER.match(text, org.end) is not None and _BECAME.search(
            text, lo, org.start
        )
        if cue is None and not member:
            continue
        if cue is not None and _ASPIRATION.search(window[: cue.start()]):
            continue
        if cue is not None:
            pos = org.start - len(window) + cue.start()
        else:
            became = list(_BECAME.finditer(text, lo, org.start))
            pos = became[-1].start() if became else org.start
        members = [m for m in view.subject(pos, lo) if not m.is_org]
        out += directed(
            TieType.ALLIANCE, codes(members), [org.code], (pos, org.end), rule="alliance.membership"
        )
    for noun in _ALLIANCE.finditer(text):
        if negated_np(view, noun.start()):
            continue
        out += pairs(
            TieType.ALLIANCE,
            participants(view, noun.start(), noun.end()),
            noun.span(),
            rule="alliance.treaty",
        )
    return out
