"""ALLIANCE rules: joining an alliance, membership, mutual-defence treaties."""

from __future__ import annotations

import re

from app.extraction import lexicon
from app.extraction.clauses import View
from app.extraction.gazetteer import Mention
from app.extraction.rules.common import Candidate, codes, directed, negated_np, pairs, participants
from app.vocabulary import TieType

JOIN_ORG = (
    r"join(?:ed|s|ing)?|re-?join(?:ed|s|ing)?|enter(?:ed|s|ing)?|accession (?:to|into)|"
    r"acced(?:e|ed|es|ing) to|admitted (?:to|into)|"
    r"admission (?:to|into)|entry into|members?(?:hip)? (?:of|in)|became (?:a|the) \w+ member of|"
    r"became a member of|becoming a member of|"
    r"remain(?:s|ed|ing)? (?:in|inside|part of|a member of)|"
    r"stay(?:s|ed|ing)? in|belong(?:s|ed|ing)? to|part of|signed|ratified|acceded to|"
    r"signatories to|signatory to|parties to|party to|return(?:ed|s|ing)? to|inside|within"
)
LEAVE_ORG = (
    r"leav(?:e|es|ing)|left|quit(?:s|ting)?|withdr(?:aw|ew|awn|aws|awing|awal) from|"
    r"pull(?:ed|s|ing)? out of|exit(?:ed|ing|s)?(?: from)?|walk(?:ed|s|ing)? out of|"
    r"renounc(?:e|ed|es|ing)|denounc(?:e|ed|es|ing)|suspend(?:ed|s|ing)? (?:its |their )?"
    r"(?:membership|participation) in|suspension of (?:its |their )?(?:membership|participation)"
    r" in|froz(?:e|en) (?:its |their )?(?:membership|participation) in|expelled from|"
    r"expulsion from|out of"
)
ALLIANCE = (
    r"mutual[- ]defen[cs]e(?: (?:treaty|pact|agreement|clause|commitment|obligations?|pledge|"
    r"deal|provision|alliance|guarantee))?|military alliance|defen[cs]e alliance|"
    r"security alliance|alliance treaty|treaty of alliance|collective defen[cs]e|defen[cs]e pact|"
    r"mutual[- ]assistance(?: (?:treaty|pact|agreement|clause|article|commitment|obligations?|"
    r"provision))?|mutual security treaty|defen[cs]e commitments?|level of an alliance|"
    r"(?:assist|defend|help|aid|protect) (?:each other|one another)|"
    r"(?:come|rush) to (?:each other['’]s|one another['’]s) (?:aid|defen[cs]e|assistance)|"
    r"an attack on one (?:is|as) an attack on (?:both|all|the other)|"
    r"(?:aggression|attacks?|an attack|armed attack) (?:against|on) (?:either|one|any)"
    r"(?: of them| side| party| country| state)?[^.;]{0,40}?(?:against|on) (?:both|all|the other|"
    r"each)|(?:come|rush|go) to (?:the other['’]s|each other['’]s) (?:aid|defen[cs]e|assistance)|"
    r"if (?:either|one) (?:side|party|country|state|of them) (?:is|were|was|comes? under) "
    r"(?:attacked|invaded|attack)|allied relations|alliance relations|alliance of|"
    r"(?<!cooperation )(?<!co-operation )(?:mutual )?(?:defen[cs]e|security) treaty"
)


_ALLIANCE = lexicon.lowered(ALLIANCE)
_JOIN_ORG = re.compile(
    r"\b(?:" + JOIN_ORG + r")\s+(?:neither\s+|either\s+|both\s+)?(?:the\s+)?"
    r"(?:[\w-]+-(?:led|dominated|backed)\s+|Western\s+|Atlantic\s+)?$"
    r"|\b(?:let|letting|lets|admit(?:ted|s|ting)?|welcom\w+|bring|brought)\s+(?:\S+\s+){1,3}?"
    r"(?:in)?to\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_ORG_MEMBER = re.compile(r"['’]s\s+(?:\w+\s+){0,2}(?:member|ally|members)\b", re.IGNORECASE)
_BECAME = re.compile(r"\b(?:became|becoming|becomes|become|was made|is now)\b", re.IGNORECASE)
_LEAVE = re.compile(r"\b(?:" + LEAVE_ORG + r")\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# Every treaty phrase below holds one of these: a cheap test before the costly patterns.
_TREATY_STEMS = (
    "allian",
    "allied",
    "pact",
    "treat",
    "defen",
    "each other",
    "one another",
    "aggression",
    "attack",
    "the other",
    "collective",
)
_BARE = lexicon.lowered(r"alliance")
_POLITICAL = lexicon.lowered(
    r"political|electoral|opposition|ruling|party|parties|coalition|grand|strategic|business|"
    r"trade|energy|civil|global|new"
)
_COMPOUND = re.compile(r"\s*[-–/]\s*|\s+and\s+")
_NOUN_GAP = re.compile(r"(?:['’]s?)?\s+(?:[\w-]+\s+){0,2}")
# The noun must name its two parties: "alliance between/with", "their alliance", "X's alliance"
_PAIRED = re.compile(
    r"alliance\s+(?:between|with)\b|\btheir\s+(?:[\w-]+\s+)?alliance|['’]s?\s+(?:[\w-]+\s+)?"
    r"alliance\s+with\b|two countries['’]?\s+(?:[\w-]+\s+)?alliance",
    re.IGNORECASE,
)
_DESCRIBED_AS = re.compile(
    r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,4}?(?:pact|alliance|partnership|treaty|bloc|grouping)\s+"
    r"(?:between|of|linking|among|joining)\s+(?:the\s+)?",
    re.IGNORECASE,
)
_SUSPENDS = re.compile(
    r"[^.;]{0,50}?\b(?:suspend\w*|freez\w*|froze|frozen|end\w*|quit\w*|terminat\w*|revok\w*)\s+"
    r"(?:its|their|(?P<owner>)[\w -]{2,30}?['’]s?)\s+(?:membership|participation)\b",
    re.IGNORECASE,
)
_SIGNED_ONLY = re.compile(r"(?:signed|ratified|acceded|signator|part)", re.IGNORECASE)
_TREATY = re.compile(r"Treaty|Pact|Charter")
_COORDINATED = re.compile(r"\b(?:nor|or|and|as well as)\s+(?:the\s+)?$", re.IGNORECASE)
# "Sweden's accession to", "the Nordic country's membership in", "Finland's application to join"
_POSSESSIVE_NOUN = re.compile(
    r"['’]s?\s+(?:\w+\s+){0,2}?(?:accession|entry|membership|admission|application|bid|"
    r"candidacy)\b",
    re.IGNORECASE,
)
_LET_IN = re.compile(
    r"\b(?:let|letting|lets|admit(?:ted|s|ting)?|welcom\w+|bring|brought)\s+",
    re.IGNORECASE,
)
_APPROVAL = re.compile(
    r"\b(?:ratif\w+|approv\w+|backed|backs|endors\w+|signed off|sign off|green-?light\w*|"
    r"cleared|accepted|lifted)\b",
    re.IGNORECASE,
)
_MEMBER_NOUN = re.compile(
    r"\s+(?:member(?: state| country| nation)?s?|all(?:y|ies))(?:\s+(?:states?\s+)?|(?=[,;.]))",
    re.IGNORECASE,
)
_APPOSITIVE_MEMBER = re.compile(
    r",\s+(?:a|an|another|the|fellow|its)\s+(?:fellow\s+|founding\s+|key\s+|longtime\s+)?$",
    re.IGNORECASE,
)
_ASPIRATION = re.compile(
    r"\b(?:bid|application|applied|apply|applying|hop(?:e|es|ing)|aspir\w*|seek\w*|wants?|"
    r"wanting|path|invit\w*|ambitions?|push|efforts?|drive|campaign|desire|request\w*)\b"
    r"[^.;,]{0,20}$",
    re.IGNORECASE,
)


def read_alliances(view: View) -> list[Candidate]:
    """Membership of an alliance (joining, leaving, being one) and mutual-defence treaties."""
    out: list[Candidate] = []
    previous: list[str] = []  # members of the last alliance read: "join neither NATO nor the CSTO"
    for org in (m for m in view.mentions if m.is_org):
        members, span, left = _membership(view, org, previous)
        previous = members
        out += directed(
            TieType.ALLIANCE,
            members,
            [org.code],
            span,
            rule="alliance.leave" if left else "alliance.membership",
            reversed=left,
        )
    if not any(stem in view.lower for stem in _TREATY_STEMS):
        return out  # no treaty or alliance word: the noun rules have nothing to read
    out += _bare_alliances(view)
    for noun in view.finditer(_ALLIANCE):
        if negated_np(view, noun.start()) or any(
            m.is_org and m.start < noun.end() and noun.start() < m.end for m in view.mentions
        ):
            continue  # "Collective Security Treaty Organization" names an alliance, not a treaty
        out += pairs(
            TieType.ALLIANCE,
            participants(view, noun.start(), noun.end()),
            noun.span(),
            rule="alliance.treaty",
        )
    return out


def _bare_alliances(view: View) -> list[Candidate]:
    """'the US-South Korea alliance', 'the alliance between Seoul and Washington', 'their
    alliance': the bare noun is an alliance only between exactly two states so named."""
    out: list[Candidate] = []
    text = view.text
    for noun in view.finditer(_BARE):
        if _POLITICAL.search(view.lower, max(0, noun.start() - 25), noun.start()) or any(
            m.is_org and m.start < noun.end() and noun.start() < m.end for m in view.mentions
        ):
            continue
        lo, hi = view.clause(noun.start())
        before = view.before(noun.start(), max(lo, noun.start() - 60))
        compound = before[-2:] if len(before) >= 2 else []
        if (
            compound
            and _COMPOUND.fullmatch(text, compound[0].end, compound[1].start)
            and _NOUN_GAP.fullmatch(text, compound[1].end, noun.start())
        ):
            parties = codes(compound)  # "the US-Japan alliance"
        else:
            parties = [
                c
                for c in participants(view, noun.start(), noun.end())
                if _PAIRED.search(text, max(lo, noun.start() - 40), noun.end() + 20)
            ]
        if len(parties) == 2:
            out += pairs(TieType.ALLIANCE, parties, noun.span(), rule="alliance.bare")
    return out


def _membership(
    view: View, org: Mention, previous: list[str]
) -> tuple[list[str], tuple[int, int], bool]:
    """The states an alliance mention makes members (or ex-members), the cue's span, and
    whether the cue tells of leaving."""
    text = view.text
    org_text = text[org.start : org.end]
    lo, hi = view.clause(org.start)
    window_start = max(lo, org.start - 70)
    window = text[window_start : org.start]
    if not view.live(org):
        # "Turkey, a NATO member, …": the appositive names the state before it a member
        described = _APPOSITIVE_MEMBER.search(text, max(0, org.start - 40), org.start)
        if described and _MEMBER_NOUN.match(text, org.end):
            states = [m for m in view.mentions if m.end == described.start() and not m.is_org]
            return codes(states), (described.start(), org.end), False
        return [], (0, 0), False
    described = _DESCRIBED_AS.match(text, org.end)
    if described:  # "AUKUS, the three-way security pact between Australia, Britain and the US"
        named = [m for m in view.mentions if m.start >= described.end() and not m.is_org][:1]
        if named and named[0].start - described.end() < 6:
            group = view.group_after(named[0], len(text))
            return (
                codes(group),
                (org.start, described.start() + len(described.group().rstrip())),
                False,
            )
    member_noun = _MEMBER_NOUN.match(text, org.end)
    if member_noun:  # "NATO member Turkey", "NATO allies Poland and Romania"
        named = [m for m in view.after(member_noun.end(), hi) if m.start == member_noun.end()]
        if named:
            return codes(view.group_after(named[0], hi)), (org.start, member_noun.end()), False
    if previous and _COORDINATED.search(window):
        return previous, (org.start, org.end), bool(_LEAVE.search(text, lo, org.start))
    leave = _LEAVE.search(window)
    if leave is not None:
        pos = window_start + leave.start()
        return codes(m for m in view.subject(pos, lo) if not m.is_org), (pos, org.end), True
    cue = _JOIN_ORG.search(window)
    if cue is not None and _SIGNED_ONLY.match(cue.group()) and not _TREATY.search(org_text):
        cue = None  # "signed a deal with NATO": signing makes a member only of a treaty
    if cue is not None:
        pos = window_start + cue.start()
        aspiration = _ASPIRATION.search(window[: cue.start()])
        approved = _APPROVAL.search(text, lo, pos)
        if aspiration and not approved:
            return [], (0, 0), False  # "Ukraine's bid to join NATO"
        owner = _POSSESSIVE_NOUN.search(text, max(lo, pos - 60), pos + len(cue.group()))
        if owner is not None:  # "ratified Sweden's accession to NATO"
            states = [m for m in view.mentions if m.end == owner.start() and not m.is_org]
            if states:
                return codes(states), (states[0].start, org.end), False
        let_in = _LET_IN.search(window)
        if let_in is not None:  # "voted to let Finland into NATO"
            states = view.after(window_start + let_in.end(), org.start)
            return codes(m for m in states if not m.is_org), (pos, org.end), False
        return codes(m for m in view.subject(pos, lo) if not m.is_org), (pos, org.end), False
    if _ORG_MEMBER.match(text, org.end) and (became := list(_BECAME.finditer(text, lo, org.start))):
        pos = became[-1].start()
        return codes(m for m in view.subject(pos, lo) if not m.is_org), (pos, org.end), False
    suspended = _SUSPENDS.match(text, org.end, min(len(text), org.end + 90))
    if suspended is not None:
        # "Tashkent sent the CSTO a note suspending its membership", "… suspend Uzbekistan's"
        owners = [m for m in view.mentions if m.start == suspended.start("owner") and not m.is_org]
        owners = owners or [m for m in view.subject(org.start, lo) if not m.is_org]
        return codes(owners), (org.start, suspended.end()), True
    return [], (0, 0), False
