"""Triggers per tie type and who plays which role around them.

Each `_frame` function scans a sentence for one family of triggers and returns candidates:
(type, actor, target, location) plus the trigger's span, which `certainty` reads for hedges and
negation. Roles come from `clauses.View`: the subject group before a trigger, the preposition
before each mention after it, and the nouns owned by a mention ("North Korean troops").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from app.extraction import lexicon
from app.extraction.clauses import View
from app.extraction.gazetteer import Kind, Mention
from app.vocabulary import TieType

_GO = lexicon.word(lexicon.GO)
_HOST = lexicon.word(lexicon.HOST)
_MEET = lexicon.word(lexicon.MEET)
_DEPLOY = lexicon.word(lexicon.DEPLOY)
_JOIN = lexicon.word(lexicon.JOIN)
_TROOPS = lexicon.word(lexicon.TROOPS)
_DEPLOY_ONLY = re.compile(lexicon.DEPLOY_ONLY, re.IGNORECASE)
_FORCES = lexicon.word(lexicon.TROOPS + "|" + lexicon.ASSETS)
_SUPPLY = lexicon.word(lexicon.SUPPLY)
_RECEIVE = lexicon.word(lexicon.RECEIVE)
_WEAPONS = lexicon.word(lexicon.WEAPONS)
_AID = lexicon.word(lexicon.AID)
_TRAIN = lexicon.word(lexicon.TRAIN)
_ALLIANCE = lexicon.word(lexicon.ALLIANCE)
_COOPERATION = lexicon.word(lexicon.COOPERATION)
_EXERCISE = lexicon.word(lexicon.EXERCISE)
_JOIN_ORG = re.compile(r"\b(?:" + lexicon.JOIN_ORG + r")\s+(?:the\s+)?$", re.IGNORECASE)
_ORG_MEMBER = re.compile(r"['’]s\s+(?:\w+\s+){0,2}(?:member|ally|members)\b", re.IGNORECASE)
_BECAME = re.compile(r"\b(?:became|becoming|becomes|become|was made|is now)\b", re.IGNORECASE)
_ASPIRATION = re.compile(
    r"\b(?:bid|application|applied|apply|applying|hop(?:e|es|ing)|aspir\w*|seek\w*|wants?|"
    r"wanting|path|invit\w*|ambitions?|push|efforts?|drive|campaign|desire|request\w*)\b"
    r"[^.;,]{0,20}$",
    re.IGNORECASE,
)
_NP_NEGATION = re.compile(r"\b(?:" + lexicon.NP_NEGATION + r")\s+(?:\S+\s+){0,3}$", re.IGNORECASE)
_VISIT_CUE = re.compile(r"\b(?:visit|port call|delegation|trip|summit|talks|tour)\b", re.I)
_PASSIVE = re.compile(r"\b(?:was|were|been|being|be|is|are)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_FRONTED = re.compile(r"^[^,]{0,80},\s")
_LOCATIVE = frozenset({"in", "at", "to", "into", "inside", "on"})


@dataclass(frozen=True, slots=True)
class Candidate:
    """A tie read around one trigger, before certainty and dates are added."""

    type: TieType
    actor: str
    target: str
    location: str | None
    start: int
    end: int


def _codes(mentions: Iterable[Mention], *, orgs: bool = False) -> list[str]:
    out: list[str] = []
    for mention in mentions:
        if (orgs or not mention.is_org) and mention.code not in out:
            out.append(mention.code)
    return out


def _directed(
    kind: TieType,
    actors: Iterable[str],
    targets: Iterable[str],
    span: tuple[int, int],
    location: str | None = None,
) -> list[Candidate]:
    targets = list(targets)
    return [Candidate(kind, a, t, location, *span) for a in actors for t in targets if a != t]


def _pairs(kind: TieType, codes: list[str], span: tuple[int, int]) -> list[Candidate]:
    out = []
    for i, first in enumerate(codes):
        for second in codes[i + 1 :]:
            if first != second:
                out.append(Candidate(kind, first, second, None, *span))
    return out


def _fronted_subject(view: View, pos: int) -> list[Mention]:
    """For "After talks in Ankara, the Hungarian minister …": the subject after the comma."""
    fronted = _FRONTED.match(view.text)
    if fronted is None or pos > fronted.end():
        return []
    for mention in view.after(fronted.end(), view.clause(fronted.end())[1]):
        if view.prep(mention) is None:
            return view.group_after(mention, len(view.text))
        break
    return []


def _visits(view: View) -> list[Candidate]:
    out: list[Candidate] = []
    text = view.text
    for match in _GO.finditer(text):
        lo, hi = view.clause(match.start())
        trig = match.group().lower()
        after = view.after(match.end(), hi)
        hosts = [
            m
            for m in after
            if view.prep(m) in _LOCATIVE or (trig.startswith("visit") and view.prep(m) is None)
        ]
        by = [m for m in after if view.prep(m) in {"by", "of"}]
        subject = view.subject(match.start(), lo) or _fronted_subject(view, match.start())
        if trig.startswith(("was visited", "were visited")):
            visitors, host_group = by, subject
        else:
            visitors = by if by and by[0].start < (hosts[0].start if hosts else hi) else subject
            host_group = hosts[:1]
        visitors = [m for m in visitors if not view.forces(m) or view.vessel(m)]
        out += _directed(TieType.VISIT, _codes(visitors), _codes(host_group), match.span())
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
            cue = bool(_VISIT_CUE.search(text)) and not _WEAPONS.search(text, match.end(), hi)
        if not cue:
            continue
        guests = view.group_after(guest, hi)
        if not hosts:
            hosts = places[:1]
        elif places and places[0].code not in _codes(hosts):
            guests, hosts = [*hosts, *guests], places[:1]
        out += _directed(TieType.VISIT, _codes(guests), _codes(hosts), match.span())
    for match in _MEET.finditer(text):
        lo, hi = view.clause(match.start())
        after = view.after(match.end(), hi)
        places = [m for m in after if view.prep(m) in {"in", "at"} and m.kind is not Kind.DEMONYM]
        if not places:
            continue
        place = places[0]
        others = [m for m in after if m.start < place.start and view.prep(m) in {None, "with"}]
        people = view.subject(match.start(), lo) or _fronted_subject(view, match.start())
        out += _directed(TieType.VISIT, _codes([*people, *others]), [place.code], match.span())
    return out


def _troop_owner(view: View, troops: re.Match[str]) -> Mention | None:
    """The state whose troops these are: "North Korean troops", "troops from Belarus"."""
    for mention in reversed(view.before(troops.start(), max(0, troops.start() - 80))):
        if view.forces(mention):
            between = view.text[mention.end : troops.start()]
            if len(between.split()) <= 5 and not re.search(r"[,;]", between):
                return mention
        break
    after = view.after(troops.end(), min(len(view.text), troops.end() + 12))
    if after and view.prep(after[0]) == "from":
        return after[0]
    return None


def _deployments(view: View) -> list[Candidate]:
    out: list[Candidate] = []
    text = view.text
    exercise = _EXERCISE.search(text) is not None
    for verb in _DEPLOY.finditer(text):
        lo, hi = view.clause(verb.start())
        trig = verb.group().lower()
        nouns = _FORCES if _DEPLOY_ONLY.fullmatch(trig) else _TROOPS
        before = list(nouns.finditer(text, lo, verb.start()))
        after = list(nouns.finditer(text, verb.end(), min(hi, verb.end() + 60)))
        if not before and not after:
            continue
        troop = after[0] if after else before[-1]
        owner = _troop_owner(view, troop)
        if owner is not None:
            senders = [owner]
        elif after and not trig.startswith("presence"):
            senders = view.subject(verb.start(), lo)
        else:
            senders = []
        rest = view.after(max(verb.end(), troop.end() if troop.start() > verb.start() else 0), hi)
        rest = [m for m in rest if m is not owner]
        helped = [m for m in rest if view.beneficiary(m)]
        places = [m for m in rest if view.prep(m) in _LOCATIVE and m not in helped][:1]
        if trig.startswith("presence") and not helped:
            continue
        targets = helped[:1] or places
        location = places[0].code if places else None
        out += _directed(
            TieType.TROOP_DEPLOYMENT, _codes(senders), _codes(targets), verb.span(), location
        )
    for verb in _JOIN.finditer(text):
        lo, hi = view.clause(verb.start())
        troops = list(_TROOPS.finditer(text, lo, verb.start()))
        if not troops:
            continue
        owner = _troop_owner(view, troops[-1])
        if owner is None:
            continue
        joined = [m for m in view.after(verb.end(), hi) if view.prep(m) is None][:1]
        kind = TieType.JOINT_EXERCISE if exercise else TieType.TROOP_DEPLOYMENT
        out += _directed(kind, [owner.code], _codes(joined), verb.span())
    return out


def _transfers(view: View) -> list[Candidate]:
    out: list[Candidate] = []
    text = view.text
    for verb in _SUPPLY.finditer(text):
        lo, hi = view.clause(verb.start())
        aid = _AID.search(text, verb.end(), hi)
        weapon = _WEAPONS.search(text, verb.end(), hi)
        passive = not verb.group().lower().endswith("ing") and (
            _PASSIVE.search(text, max(lo, verb.start() - 20), verb.start()) is not None
        )
        if passive and weapon is None:
            weapon = _WEAPONS.search(text, lo, verb.start())
        if weapon is None and aid is None:
            continue
        if weapon is not None and _TROOPS.match(text, weapon.start()) is not None:
            continue
        kind = TieType.MILITARY_AID if aid is not None else TieType.ARMS_TRANSFER
        after = view.after(verb.end(), hi)
        by = [m for m in after if view.prep(m) == "by"]
        suppliers = by if passive else view.subject(verb.start(), lo)
        if not suppliers:
            suppliers = [m for m in after if view.weapon_owner(m)][:1]
        recipients = [
            m
            for m in after
            if (
                view.prep(m) in {"to", "for"} or (view.prep(m) is None and not view.weapon_owner(m))
            )
            and m not in by
        ][:1]
        if recipients:
            recipients = view.group_after(recipients[0], hi)
        out += _directed(kind, _codes(suppliers), _codes(recipients), verb.span())
    for verb in _RECEIVE.finditer(text):
        lo, hi = view.clause(verb.start())
        aid = _AID.search(text, verb.end(), hi)
        weapon = _WEAPONS.search(text, verb.end(), hi)
        if weapon is None and aid is None:
            continue
        kind = TieType.MILITARY_AID if aid is not None else TieType.ARMS_TRANSFER
        after = view.after(verb.end(), hi)
        suppliers = [m for m in after if view.prep(m) == "from"][:1]
        if not suppliers:
            suppliers = [
                m for m in after if view.weapon_owner(m) or (aid and m.kind is Kind.DEMONYM)
            ][:1]
        out += _directed(
            kind, _codes(suppliers), _codes(view.subject(verb.start(), lo)), verb.span()
        )
    return out


def _aid(view: View) -> list[Candidate]:
    """Aid nouns with no supply verb of their own: "US military aid to Ukraine"."""
    out: list[Candidate] = []
    text = view.text
    for noun in _AID.finditer(text):
        lo, hi = view.clause(noun.start())
        if _RECEIVE.search(text, lo, noun.start()):
            continue
        donors = view.subject(noun.start(), lo)
        after = view.after(noun.end(), hi)
        recipients = [m for m in after if view.prep(m) in {"to", "for"} or view.beneficiary(m)][:1]
        out += _directed(TieType.MILITARY_AID, _codes(donors), _codes(recipients), noun.span())
    for verb in _TRAIN.finditer(text):
        lo, hi = view.clause(verb.start())
        trainees = [m for m in view.after(verb.end(), hi) if view.trainees(m)][:1]
        if not trainees:
            continue
        trainers = view.subject(verb.start(), lo)
        out += _directed(TieType.MILITARY_AID, _codes(trainers), _codes(trainees), verb.span())
    return out


def _participants(view: View, start: int, end: int) -> list[str]:
    """States taking part in an undirected tie: the subject group plus "with/between X"."""
    lo, hi = view.clause(start)
    group = list(view.subject(start, lo))
    for led in (m for m in view.before(start, lo) if view.led(m)):
        group += [m for m in (led, *view.subject(led.start, lo)) if m not in group]
    for mention in view.after(end, hi):
        if view.prep(mention) in {
            "with",
            "alongside",
            "involving",
            "including",
            "between",
            "among",
        } or (mention.kind is Kind.DEMONYM and view.led(mention)):
            group += view.group_after(mention, hi)
            break
    return _codes(group)


def _negated_np(view: View, start: int) -> bool:
    """'no mutual defence clause', 'stops short of an alliance': the noun is denied, not told."""
    return _NP_NEGATION.search(view.text, max(0, start - 40), start) is not None


def _alliances(view: View) -> list[Candidate]:
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
        out += _directed(TieType.ALLIANCE, _codes(members), [org.code], (pos, org.end))
    for noun in _ALLIANCE.finditer(text):
        if _negated_np(view, noun.start()):
            continue
        out += _pairs(TieType.ALLIANCE, _participants(view, noun.start(), noun.end()), noun.span())
    return out


def _cooperation(view: View) -> list[Candidate]:
    out: list[Candidate] = []
    for noun in _COOPERATION.finditer(view.text):
        if _negated_np(view, noun.start()):
            continue
        codes = _participants(view, noun.start(), noun.end())
        out += _pairs(TieType.DEFENCE_COOPERATION, codes, noun.span())
    return out


def _exercises(view: View) -> list[Candidate]:
    out: list[Candidate] = []
    for noun in _EXERCISE.finditer(view.text):
        codes = _participants(view, noun.start(), noun.end())
        out += _pairs(TieType.JOINT_EXERCISE, codes, noun.span())
    return out


FRAMES: tuple[Callable[[View], list[Candidate]], ...] = (
    _visits,
    _deployments,
    _transfers,
    _aid,
    _alliances,
    _cooperation,
    _exercises,
)


def find_candidates(view: View) -> list[Candidate]:
    """Every candidate tie in a sentence, one per (type, actor, target), first trigger kept."""
    seen: dict[tuple[TieType, str, str], Candidate] = {}
    for frame in FRAMES:
        for cand in frame(view):
            key = (cand.type, cand.actor, cand.target)
            if cand.type in (TieType.ALLIANCE, TieType.DEFENCE_COOPERATION, TieType.JOINT_EXERCISE):
                key = (cand.type, *sorted((cand.actor, cand.target)))  # type: ignore[assignment]
            seen.setdefault(key, cand)
    alliances = {
        frozenset((c.actor, c.target)) for c in seen.values() if c.type is TieType.ALLIANCE
    }
    return [
        c
        for c in seen.values()
        if not (
            c.type is TieType.DEFENCE_COOPERATION and frozenset((c.actor, c.target)) in alliances
        )
    ]
