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
_STAY = lexicon.word(lexicon.STAY)
_STAY_PLACE = re.compile(r"\s+(?:the\s+)?$|\s+(?:the\s+)?[\w\s-]{0,30}\bcapital\s+(?:of\s+)?$")
_MEET = lexicon.word(lexicon.MEET)
_DEPLOY = lexicon.word(lexicon.DEPLOY)
_JOIN = lexicon.word(lexicon.JOIN)
_TROOPS = lexicon.word(lexicon.TROOPS)
_DEPLOY_ONLY = re.compile(lexicon.DEPLOY_ONLY, re.IGNORECASE)
_FORCES = lexicon.word(lexicon.TROOPS + "|" + lexicon.ASSETS)
_SUPPLY = lexicon.word(lexicon.SUPPLY)
_RECEIVE = lexicon.word(lexicon.RECEIVE)
_WEAPONS = lexicon.word(lexicon.WEAPONS)
_HOSTILE = lexicon.word(lexicon.HOSTILE)
_PRESENCE = lexicon.word(lexicon.PRESENCE)
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
_BEFORE_SIGNERS = re.compile(r"\s+(?:(?:that|which)\s+)?(?:the\s+)?")
_SIGNED = re.compile(
    r"\s+(?:have\s+|had\s+|has\s+|both\s+)*(?:signed|agreed|concluded|struck|inked|ratified|"
    r"sealed|reached|adopted)\b"
)
_SUPPLIED_BY = re.compile(
    r"\b(?:suppl|provid|deliver|donat|sen|ship|sold|given|export|made|built|manufactur|produc)"
    r"\w*\s+by\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_REDUCED_PASSIVE = re.compile(r"\s+by\b")
_HELP_BEFORE = re.compile(r"\bhelp(?:s|ed|ing)?\s+(?:the\s+)?[\w' ]{1,30}?\s+(?:to\s+)?$", re.I)
_POSSESSIVE_BEFORE = re.compile(r"\b(?:its|their)\s+(?:[\w,-]+\s+){0,3}$", re.IGNORECASE)
_ASSETS_AFTER = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:" + lexicon.ASSETS + r")\b", re.I)
_DEAL_WITH = re.compile(
    r"\b(?:signed|signs|inked|concluded|agreed|placed|awarded)\s+(?:\S+\s+){0,4}?"
    r"(?:contracts?|deals?|agreements?|orders?)\s+with\b",
    re.IGNORECASE,
)
_FIRM_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:(?:state-owned|state|arms|defen[cs]e|aerospace|weapons|shipbuilding)\s+)*"
    r"(?:manufacturers?|makers?|firms?|companies|company|contractors?|industry|shipyards?|"
    r"[A-Z][\w&-]+)",
)
_RECIPROCAL = re.compile(
    r"\beach other['’]s (?:territor(?:y|ies)|country|countries|soil|bases|facilities)", re.I
)
_WATCHED = re.compile(
    r"\b(?P<verb>(?:monitor|watch|observ|track|condemn|criticis|criticiz|protest|denounc|shadow)"
    r"\w*)(?:\s+\S+){0,4}?\s+$",
    re.IGNORECASE,
)
_FORCES_FROM = re.compile(
    r"\b(?:with|alongside|involving|including|and|by)\s+(?:\S+\s+){0,3}?(?:"
    + lexicon.TROOPS
    + "|"
    + lexicon.VESSELS
    + r"|navies|delegations)\s+from\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_CIVILIANS_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:police|policemen|officers|tourists|fans|students|"
    r"workers|migrants|refugees|journalists|athletes|team|pilgrims|nationals|citizens|"
    r"businessmen|investors|doctors)\b",
    re.IGNORECASE,
)
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
            by_first = by and by[0].start < (hosts[0].start if hosts else hi)
            visitors = by if by_first or (by and not subject) else subject
            host_group = view.group_after(hosts[0], hi) if hosts else []
        visitors = [
            m
            for m in visitors
            if (view.person(m) or not view.forces(m) or view.vessel(m))
            and not view.owns(m, _CIVILIANS_AFTER)
        ]
        out += _directed(TieType.VISIT, _codes(visitors), _codes(host_group), match.span())
    for match in _STAY.finditer(text):
        lo, hi = view.clause(match.start())
        people = [
            m
            for m in view.subject(match.start(), lo)
            if view.person(m) or view.titled(m) or view.vessel(m)
        ]
        hosts = [m for m in view.after(match.end(), hi) if view.prep(m) == "in"][:1]
        if people and hosts and _STAY_PLACE.match(text, match.end(), hosts[0].start):
            out += _directed(TieType.VISIT, _codes(people), _codes(hosts), match.span())
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
        if view.forces(mention) or view.owns(mention, _ASSETS_AFTER):
            between = view.text[mention.end : troops.start()]
            if len(between.split()) <= 5 and not re.search(r"[,;]", between):
                return mention
        break
    after = view.after(troops.end(), min(len(view.text), troops.end() + 12))
    if after and view.prep(after[0]) == "from":
        return after[0]
    if _POSSESSIVE_BEFORE.search(view.text, max(0, troops.start() - 40), troops.start()):
        # "Rwanda denies that its troops are in Congo": the owner is the sentence's subject
        owners = view.subject(troops.start(), 0)
        return owners[0] if owners else None
    return None


def _opposed(view: View, start: int, mention: Mention) -> bool:
    """'to its border with India', 'to fight against Ukraine': the mention is faced, not helped."""
    return _HOSTILE.search(view.text, max(start, mention.start - 30), mention.start) is not None


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
        if _PRESENCE.fullmatch(verb.group()):
            after = []  # "North Korean troops are in Russia": the troops come first
        if not before and not after:
            continue
        owner = _troop_owner(view, before[-1]) if before else None
        if owner is not None:  # "Russian soldiers have arrived … to join a grouping of forces"
            troop = before[-1]
            after = []
        else:
            troop = after[0] if after else before[-1]
            owner = _troop_owner(view, troop)
        if owner is not None:
            senders = [owner]
        elif after and not trig.startswith("presence"):
            senders = view.subject(verb.start(), lo)
        else:
            senders = []
        rest = view.after(max(verb.end(), troop.end() if troop.start() > verb.start() else 0), hi)
        rest = [m for m in rest if m is not owner and not _opposed(view, verb.end(), m)]
        helped = [m for m in rest if view.beneficiary(m)]
        places = [m for m in rest if view.prep(m) in _LOCATIVE and m not in helped][:1]
        if trig.startswith("presence") and not helped:
            continue
        targets = helped[:1] or places
        location = places[0].code if places else None
        hosted = (
            trig.startswith("host")
            and len(text[verb.end() : troop.start()].split()) <= 4
            and not _EXERCISE.search(text, verb.end(), troop.start())
        )
        if hosted and not targets:
            # "Belarus would host Russian troops": the host is the subject
            targets = view.subject(verb.start(), lo)[:1]
            location = targets[0].code if targets else None
            if exercise and _EXERCISE.search(text, troop.end(), hi):
                # "… host Russian troops for joint exercises": the two exercise together
                out += _pairs(TieType.JOINT_EXERCISE, _codes([*senders, *targets]), verb.span())
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
        joined = [
            m
            for m in view.after(verb.end(), hi)
            if view.prep(m) in {None, "alongside", "with"} and m is not owner
        ][:1]
        kind = TieType.JOINT_EXERCISE if exercise else TieType.TROOP_DEPLOYMENT
        out += _directed(kind, [owner.code], _codes(joined), verb.span())
    return out


def _object(view: View, verb: re.Match[str], mention: Mention) -> bool:
    """A recipient without a preposition is the verb's first object ("supplied Russia with")."""
    return len(view.text[verb.end() : mention.start].split()) <= 4


def _transfers(view: View) -> list[Candidate]:
    out: list[Candidate] = []
    text = view.text
    for verb in _SUPPLY.finditer(text):
        lo, hi = view.clause(verb.start())
        aid = _AID.search(text, verb.end(), hi)
        weapon = _WEAPONS.search(text, verb.end(), hi)
        passive = not verb.group().lower().endswith("ing") and (
            _PASSIVE.search(text, max(lo, verb.start() - 20), verb.start()) is not None
            or _REDUCED_PASSIVE.match(text, verb.end()) is not None
        )
        if passive and weapon is None:
            weapon = _WEAPONS.search(text, lo, verb.start())
        if weapon is None and aid is None:
            continue
        if weapon is not None and _TROOPS.match(text, weapon.start()) is not None:
            continue
        named_first = weapon is not None and (aid is None or weapon.start() < aid.start())
        kind = TieType.ARMS_TRANSFER if named_first else TieType.MILITARY_AID
        after = view.after(verb.end(), hi)
        by = [m for m in after if view.prep(m) == "by"]
        suppliers = by if passive else view.subject(verb.start(), lo)
        if not suppliers:
            suppliers = [m for m in after if view.weapon_owner(m)][:1]
        recipients = [
            m
            for m in after
            if (
                view.prep(m) in {"to", "for"}
                or (view.prep(m) is None and not view.weapon_owner(m) and _object(view, verb, m))
            )
            and m not in by
        ][:1]
        if recipients:
            recipients = view.group_after(recipients[0], hi)
        out += _directed(kind, _codes(suppliers), _codes(recipients), verb.span())
    for deal in _DEAL_WITH.finditer(text):
        # "Poland signed agreements with South Korean manufacturers for 980 K2 tanks"
        lo, hi = view.clause(deal.start())
        if _WEAPONS.search(text, deal.end(), hi) is None:
            continue
        sellers = [m for m in view.after(deal.end(), hi) if view.prep(m) == "with"][:1]
        if not sellers or not _FIRM_AFTER.match(text, sellers[0].end):
            continue
        buyers = view.subject(deal.start(), lo)
        out += _directed(TieType.ARMS_TRANSFER, _codes(sellers), _codes(buyers), deal.span())
    for verb in _RECEIVE.finditer(text):
        lo, hi = view.clause(verb.start())
        aid = _AID.search(text, verb.end(), hi)
        weapon = _WEAPONS.search(text, verb.end(), hi)
        if _PASSIVE.search(text, max(lo, verb.start() - 20), verb.start()):
            # "Iranian drones have been used by Russian forces"
            users = [m for m in view.after(verb.end(), hi) if view.prep(m) == "by"][:1]
            makers = [m for m in view.before(verb.start(), lo) if view.weapon_owner(m)][-1:]
            out += _directed(TieType.ARMS_TRANSFER, _codes(makers), _codes(users), verb.span())
            continue
        if weapon is None and aid is None:
            continue
        kind = TieType.MILITARY_AID if aid is not None else TieType.ARMS_TRANSFER
        after = view.after(verb.end(), hi)
        suppliers = [
            m
            for m in after
            if view.prep(m) == "from"
            or (view.prep(m) == "by" and _SUPPLIED_BY.search(text, max(0, m.start - 40), m.start))
        ][:1]
        if not suppliers:
            suppliers = [
                m for m in after if view.weapon_owner(m) or (aid and m.kind is Kind.DEMONYM)
            ][:1]
        recipients = view.subject(verb.start(), lo)
        helped = _HELP_BEFORE.search(text, max(lo, verb.start() - 40), verb.start())
        if helped and recipients and not suppliers:
            # "Washington and London will help Canberra acquire submarines"
            suppliers = view.subject(helped.start(), lo)
        out += _directed(kind, _codes(suppliers), _codes(recipients), verb.span())
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
        trainers = view.subject(verb.start(), lo)
        if not trainees and _PASSIVE.search(text, max(lo, verb.start() - 20), verb.start()):
            # "Russian personnel had been trained in Iran", "pilots were trained by Denmark"
            trainees = [m for m in view.before(verb.start(), lo) if view.trainees(m)][-1:]
            trainers = [m for m in view.after(verb.end(), hi) if view.prep(m) in {"in", "by"}][:1]
            trainers = view.group_after(trainers[0], hi) if trainers else []
        if not trainees:
            continue
        out += _directed(TieType.MILITARY_AID, _codes(trainers), _codes(trainees), verb.span())
    return out


def _participants(view: View, start: int, end: int) -> list[str]:
    """States taking part in an undirected tie: the subject group plus "with/between X"."""
    lo, hi = view.clause(start)
    group = list(view.subject(start, lo))
    if group and all(m.is_org for m in group):
        # "Kazakhstan hosted CSTO drills": the organisation names the drills, the state hosts
        group = [m for m in view.subject(group[0].start, lo) if not m.is_org]
    for led in (m for m in view.before(start, lo) if view.led(m)):
        group += [m for m in (led, *view.subject(led.start, lo)) if m not in group]
    for mention in view.after(end, hi):
        if (
            view.prep(mention)
            in {"with", "alongside", "involving", "including", "between", "among"}
            or (mention.kind is Kind.DEMONYM and view.led(mention))
            or _FORCES_FROM.search(view.text, max(end, mention.start - 60), mention.start)
        ):
            group += view.group_after(mention, hi)
            break
    if len(_codes(group)) < 2:
        group += _signatories(view, end, hi)
    if not group and start >= view.floor and len(_codes(view.speakers)) >= 2:
        group = view.speakers  # "Austin and his Philippine counterpart said the alliance …"
    return _codes(group)


def _signatories(view: View, end: int, hi: int) -> list[Mention]:
    """'the mutual-defence treaty Russia and North Korea signed': the parties after the noun."""
    after = view.after(end, hi)
    if not after or not _BEFORE_SIGNERS.fullmatch(view.text, end, after[0].start):
        return []
    group = view.group_after(after[0], hi)
    return group if _SIGNED.match(view.text, group[-1].end) else []


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
        lo, _ = view.clause(noun.start())
        if _RECIPROCAL.search(view.text, lo, noun.start()):
            continue  # an access agreement's terms: "deploy to each other's territory for drills"
        codes = _participants(view, noun.start(), noun.end())
        watched = _WATCHED.search(view.text, lo, noun.start())
        if watched:  # "Poland and Lithuania were monitoring the manoeuvres": onlookers
            after = {m.code for m in view.mentions if m.start >= watched.end("verb")}
            codes = [code for code in codes if code in after]
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
