"""What every rule family shares: the candidate, role helpers, the nouns several families read."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from app.extraction import lexicon
from app.extraction.clauses import View
from app.extraction.gazetteer import Kind, Mention
from app.vocabulary import TieType

TROOPS = lexicon.lowered(lexicon.TROOPS)
RECEIVE = lexicon.lowered(lexicon.RECEIVE)
WEAPONS = lexicon.lowered(lexicon.WEAPONS)
AID = lexicon.lowered(lexicon.AID)
EXERCISE = lexicon.lowered(lexicon.EXERCISE)
_NP_NEGATION = re.compile(r"\b(?:" + lexicon.NP_NEGATION + r")\s+(?:\S+\s+){0,3}$", re.IGNORECASE)
PASSIVE = re.compile(r"\b(?:was|were|been|being|be|is|are)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_BEFORE_SIGNERS = re.compile(r"\s+(?:(?:that|which)\s+)?(?:the\s+)?")
_SIGNED = re.compile(
    r"\s+(?:have\s+|had\s+|has\s+|both\s+)*(?:signed|agreed|concluded|struck|inked|ratified|"
    r"sealed|reached|adopted)\b"
)
_SIGNING = re.compile(r"\b(?:signed|concluded|inked|sealed|ratified|agreed)\b")
_BINDS = re.compile(
    r"\s+(?:that|which)\s+(?:has\s+|had\s+|have\s+)?(?:long\s+)?(?:bound|binds|linked|links|"
    r"tied|ties|united|unites|joined|joins)\s+(?:together\s+)?(?:the\s+)?"
)
_FORCES_FROM = re.compile(
    r"\b(?:with|alongside|involving|including|and|by)\s+(?:\S+\s+){0,3}?(?:"
    + lexicon.TROOPS
    + "|"
    + lexicon.VESSELS
    + r"|navies|delegations)\s+(?:from|of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_FRONTED = re.compile(r"^[^,]{0,80},\s")
LOCATIVE = frozenset({"in", "at", "to", "into", "inside", "on"})


@dataclass(frozen=True, slots=True)
class Candidate:
    """A tie read around one trigger, before certainty and dates are added."""

    type: TieType
    actor: str
    target: str
    location: str | None
    start: int
    end: int
    rule: str
    """The name of the rule that read it: `family.rule`, e.g. `visit.travel`."""
    reversed: bool = False
    """The trigger itself ends or refuses the tie ("left the alliance", "pulled out of"): denied."""


def codes(mentions: Iterable[Mention], *, orgs: bool = False) -> list[str]:
    out: list[str] = []
    for mention in mentions:
        if (orgs or not mention.is_org) and mention.code not in out:
            out.append(mention.code)
    return out


def directed(
    kind: TieType,
    actors: Iterable[str],
    targets: Iterable[str],
    span: tuple[int, int],
    location: str | None = None,
    *,
    rule: str,
    reversed: bool = False,
) -> list[Candidate]:
    """One candidate per (actor, target) of different states."""
    targets = list(targets)
    return [
        Candidate(kind, a, t, location, *span, rule, reversed)
        for a in actors
        for t in targets
        if a != t
    ]


def pairs(kind: TieType, codes: list[str], span: tuple[int, int], *, rule: str) -> list[Candidate]:
    """One undirected candidate per pair of different parties."""
    out = []
    for i, first in enumerate(codes):
        for second in codes[i + 1 :]:
            if first != second:
                out.append(Candidate(kind, first, second, None, *span, rule))
    return out


def fronted_subject(view: View, pos: int) -> list[Mention]:
    """For "After talks in Ankara, the Hungarian minister …": the subject after the comma."""
    fronted = _FRONTED.match(view.text)
    if fronted is None or pos > fronted.end():
        return []
    for mention in view.after(fronted.end(), view.clause(fronted.end())[1]):
        if view.prep(mention) is None:
            return view.group_after(mention, len(view.text))
        break
    return []


def participants(view: View, start: int, end: int) -> list[str]:
    """States taking part in an undirected tie: the subject group plus "with/between X"."""
    core, others = partners(view, start, end)
    return codes([*core, *others])


def partners(view: View, start: int, end: int) -> tuple[list[Mention], list[Mention]]:
    """The parties of an undirected tie as (the subject group, the group it is "with")."""
    lo, hi = view.clause(start)
    compound = _compound(view, start)
    if compound:  # "US-Brazil defence cooperation", "the China-Sri Lanka dialogue"
        return compound, []
    group = list(view.subject(start, lo))
    if (
        group
        and view.prep(group[0]) in {"from", "of"}  # a cheap test before the costly pattern
        and (joined := _FORCES_FROM.search(view.text, max(lo, group[0].start - 60), group[0].start))
    ):
        # "Australian and American troops, with forces from Britain and Japan, began …": the
        # troops before "with" take part too
        comma = view.text.rfind(",", joined.start(), group[0].start)
        before = view.subject(comma if comma > 0 else joined.start(), lo)
        group = [m for m in before if m not in group] + group
    if group and all(m.is_org for m in group):
        # "Kazakhstan hosted CSTO drills": the organisation names the drills, the state hosts
        group = [m for m in view.subject(group[0].start, lo) if not m.is_org]
    for led in (m for m in view.before(start, lo) if view.led(m)):
        group += [m for m in (led, *view.subject(led.start, lo)) if m not in group]
    others: list[Mention] = []
    floor = group[-1].end if group else lo
    for mention in [*view.after(floor, start), *view.after(end, hi)]:
        if (
            (
                view.prep(mention) in _WITH
                and not _FACED_WITH.search(view.text, floor, mention.start)
            )
            or (mention.kind is Kind.DEMONYM and view.led(mention))
            or _FORCES_FROM.search(view.text, max(floor, mention.start - 60), mention.start)
        ):
            others = [m for m in view.group_after(mention, hi) if m not in group]
            break
    if len(codes([*group, *others])) < 2:
        group += _signatories(view, end, hi)
    if not group and not others and start >= view.floor and len(codes(view.speakers)) >= 2:
        group = view.speakers  # "Austin and his Philippine counterpart said the alliance …"
    if len(codes([*group, *others])) < 2:
        # "their countries signed the 1961 treaty under which each promised …": the signers
        signed = list(_SIGNING.finditer(view.text, 0, start))
        if signed:
            signers = view.subject(signed[-1].start(), 0)
            if len(codes(signers)) >= 2:
                group, others = signers, []
    return group, others


def _compound(view: View, start: int) -> list[Mention]:
    """Two states joined by a hyphen right before a noun name its two parties."""
    before = view.before(start, max(0, start - 45))[-2:]
    if len(before) == 2 and before[0].code != before[1].code:
        first, second = before
        if _HYPHEN.fullmatch(view.text, first.end, second.start) and _NOUN_GAP.fullmatch(
            view.text, second.end, start
        ):
            return [first, second]
    return []


_HYPHEN = re.compile(r"\s*[-–/]\s*")
_NOUN_GAP = re.compile(r"\s+(?:[\w-]+\s+){0,3}")
# "to give diplomacy with North Korea a chance", "tensions with China": the state is faced
_FACED_WITH = re.compile(
    r"\b(?:diplomacy|tensions?|standoff|confrontation|disputes?|war|conflict|rivalry|border|"
    r"hostilities)\s+with\s+(?:the\s+)?$"
)
_WITH = frozenset({"with", "alongside", "involving", "including", "between", "among"})


def _signatories(view: View, end: int, hi: int) -> list[Mention]:
    """'the mutual-defence treaty Russia and North Korea signed': the parties after the noun;
    'the treaty that has bound their two countries': the parties it binds."""
    after = view.after(end, hi)
    if after and _BINDS.fullmatch(view.text, end, after[0].start):
        return view.group_after(after[0], hi)
    if not after or not _BEFORE_SIGNERS.fullmatch(view.text, end, after[0].start):
        return []
    group = view.group_after(after[0], hi)
    return group if _SIGNED.match(view.text, group[-1].end) else []


def negated_np(view: View, start: int) -> bool:
    """'no mutual defence clause', 'stops short of an alliance': the noun is denied, not told."""
    return _NP_NEGATION.search(view.text, max(0, start - 40), start) is not None


# "rebuffing a Saudi request for warships and soldiers", "turned down Kyiv's plea for tanks"
_REQUEST = re.compile(
    r"\b(?:requests?|appeals?|pleas?|calls?)\s+(?:from\s+(?:the\s+)?[\w'’.-]+(?:\s+[\w'’.-]+)?\s+)?"
    r"for\s+"
)
_LIST_GAP = re.compile(r"(?:[\w-]+,?\s+){0,6}")
_REQUESTER_GAP = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+)?$")


def requests_for(view: View, nouns: re.Pattern[str]) -> list[tuple[list[str], str, int, int]]:
    """Requests for troops or goods: (who answers, who asks, the request's span). The asker is
    the state before the noun ("a Saudi request", "Kyiv's plea") or after "from"; who answers
    is the clause's subject ("Pakistan's parliament voted …, rebuffing a Saudi request")."""
    out: list[tuple[list[str], str, int, int]] = []
    lower = view.lower
    if not ("request" in lower or "appeal" in lower or "plea" in lower or "call" in lower):
        return out
    for request in _REQUEST.finditer(view.lower):
        goods = view.search(nouns, request.end(), min(len(view.text), request.end() + 50))
        if goods is None or not _LIST_GAP.fullmatch(view.text, request.end(), goods.start()):
            continue
        lo, _ = view.clause(request.start())
        askers = [
            m
            for m in view.before(request.start(), max(lo, request.start() - 30))
            if _REQUESTER_GAP.fullmatch(view.text, m.end, request.start())
        ][-1:] or [m for m in view.after(request.start(), request.end()) if view.prep(m) == "from"][
            :1
        ]
        if not askers or askers[0].is_org:
            continue
        asker = askers[0]
        answer = [m.code for m in view.subject(asker.start, lo) if m.code != asker.code]
        if answer:
            out.append((answer, asker.code, request.start(), goods.end()))
    return out


# "two Russian air force planes carrying 100 soldiers", "Egyptian planes reportedly carrying
# weapons": what a vehicle carries belongs to the vehicle's state
CARRIER = re.compile(
    r"(?:['’]s)?\s+(?:[\w-]+\s+){0,3}?(?:planes?|aircraft|airplanes?|jets?|ships?|vessels?|"
    r"flights?|transports?|helicopters?|trucks?|convoys?)\s+(?:\w+ly\s+)?(?:carrying|ferrying|"
    r"transporting|loaded with|laden with)\s+(?:[\w,.-]+\s+){0,3}?$",
    re.IGNORECASE,
)


def carrier(view: View, start: int) -> Mention | None:
    """The state whose vehicles carry what starts at `start`."""
    for mention in reversed(view.before(start, max(0, start - 90))):
        if not mention.is_org and CARRIER.fullmatch(view.text, mention.end, start):
            return mention
        break
    return None
