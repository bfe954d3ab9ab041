"""VISIT rules: travel verbs, hosting, stays and meetings in a foreign place."""

from __future__ import annotations

import re

from app.extraction import lexicon
from app.extraction.clauses import View
from app.extraction.gazetteer import Kind, Mention
from app.extraction.rules.common import (
    LOCATIVE,
    WEAPONS,
    Candidate,
    codes,
    directed,
    fronted_subject,
)
from app.vocabulary import TieType

GO = (
    r"arriv(?:e|ed|es|ing)|land(?:ed|s|ing)?|travell?(?:ed|ing|s)?|fl(?:ew|ies|y|ying)|"
    r"head(?:ed|s|ing)|visit(?:ed|s|ing)?|trip|tour(?:s|ed|ing)?|journey|"
    r"stop(?:ped|s)? (?:in|over)|"
    r"(?:com(?:e|es|ing)|came|go(?:es|ing)?|went) to|swing through|"
    r"stopover|was visited|were visited|is visiting|state visit|official visit|left|departed|"
    r"port (?:call|visit)s?|"
    r"docked|docks|call(?:ed)? at|sail(?:ed|s|ing)? (?:in)?to|put in at|anchored (?:in|off|at)|"
    r"moored (?:in|at)|tied up (?:at|in)|berthed (?:at|in)|pulled into|goodwill (?:call|visit)|"
    r"(?:chief|state|special|honou?red) guest|guest of honou?r|"
    # "entered Havana harbour", "spent the weekend at San Diego": a ship's or an official's stay
    r"entered(?= (?:[\w'’-]+ ){0,2}(?:harbou?r|port|bay)\b)|"
    r"spen[dt]s? (?:a|an|the|two|three|four|five|several) (?:[\w-]+ )?"
    r"(?:days?|nights?|weekend|weeks?)"
)
# An official found in a foreign place: "a Chinese delegation is also in Pyongyang".
STAY = (
    r"(?:is|are|was|were|has been|have been)(?: also| now| currently| already| still)? in|"
    # "the Iranian foreign minister is due in Moscow on Monday"
    r"(?:is|are|was|were) (?:due|expected)(?: to arrive)? in"
)
HOST = r"host(?:ed|s|ing)?|welcom(?:e|ed|es|ing)|greet(?:ed|s|ing)?|receiv(?:e|ed|es|ing)"
MEET = r"met|meets?|meeting|talks|summit|held talks|hold talks|consultations|negotiations|dialogue"
# Acts that put a leader in a place: "Mitsotakis and Macron signed a pact in Paris".
ACT_IN = (
    r"signed|sign|signs|signing|inked|sealed|unveiled|attended|attends|deposited|laid a wreath|"
    r"toured|inspected|addressed|was received|were received|speaking|spoke|watched|reviewed"
)
# Acts that need the actor on the spot, under a dateline and with no other place named
_PRESENT = re.compile(r"toured|inspected|laid a wreath|watched|reviewed|attended", re.I)
_PRESENT_OBJECT = re.compile(
    r"\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,5}?(?:parade|ceremony|exercises?|drills?|base|"
    r"headquarters|factory|plant|shipyard|academy|memorial|cemetery|guard of honou?r|troops|"
    r"unit|site|port|facilit(?:y|ies))\b",
    re.I,
)


_GO = lexicon.lowered(GO)
_LEFT = ("left", "departed")
_HOST = lexicon.lowered(HOST)
_STAY = lexicon.lowered(STAY)
_STAY_PLACE = re.compile(r"\s+(?:the\s+)?$|\s+(?:the\s+)?[\w\s-]{0,30}\bcapital\s+(?:of\s+)?$")
_MEET = lexicon.lowered(MEET)
_ACT_IN = lexicon.lowered(ACT_IN)
# "fly 1,000 soldiers to Mali", "flew troops into": the travel verb moves troops, not a visitor
_MOVES_TROOPS = re.compile(
    r"\s+(?:(?:a|an|the|some|about|\d[\d,]*|further|more|extra|\w+)\s+){0,3}(?:"
    + lexicon.TROOPS
    + r")\b(?!\s+(?:headquarters|chiefs?|commanders?|officers|academy|college|day|parade))",
    re.IGNORECASE,
)
# Words between two officials that need both in one room under a dateline ("Lukashenko asked
# Russian Defence Minister Sergei Shoigu …"), unless the text says it was a call or a letter.
_ADDRESS = lexicon.lowered(
    r"asked|told|thanked|urged|assured|briefed|greeted|received|hosted|welcomed|conferred|"
    r"presented|awarded|handed|discussed"
)
_REMOTE = lexicon.lowered(
    r"phone|telephone|call|video|virtual|videoconference|letter|message|by phone|online|"
    r"sidelines"
)
_INSTITUTION_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:military|army|navy|air force|armed forces|"
    r"Central Command|Joint Chiefs|General Staff|defen[cs]e ministry|foreign ministry|"
    r"ministry of defen[cs]e|Liberation Army)\b",
    re.IGNORECASE,
)
_RESIDENT_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:\w+\s+){0,2}?(?:ambassador|envoy|embassy|charg[eé] d['’]affaires)\b",
    re.IGNORECASE,
)
# Troops as the subject right before a travel verb ("the force about to land in East Timor")
_TROOPS_MOVE = re.compile(
    r"\b(?:troops|soldiers|forces|force|contingents?|battalions?|paratroopers|servicemen|"
    r"personnel)\s+(?:(?:will|would|could|may|might|not|never|to|about|due|set|are|were|is|was|"
    r"be|began|begin|start(?:ed)?|have|has|had|also|already|first)\s+){0,4}$"
)
# A private trip is no official visit.
_PRIVATE = lexicon.lowered(r"holiday|vacation|honeymoon|private (?:visit|trip)|medical treatment")
# What a host does about a visit by others: "has refused a port visit by", "approved a call by"
_PERMITS = re.compile(
    r"\b(?:refus\w*|reject\w*|allow\w*|approv\w*|permit\w*|authori[sz]\w*|grant\w*|"
    r"bar(?:red|s)?|block\w*|ban(?:ned|s)?|cancel\w*|welcom\w*|host\w*|receiv\w*|"
    r"turn\w* down|agree\w* to)\b[^,;]{0,40}$"
)
_REFUSES = re.compile(
    r"\b(?:refus\w*|reject\w*|bar(?:red|s)?|block\w*|ban(?:ned|s)?|cancel\w*|turn\w* down)\b"
)
_BETWEEN = re.compile(r"\b(?:between|with)\b")
_LED_BY = re.compile(
    r"\b(?:delegation|team|mission|group)s?\s+(?:(?:of|from)\s+[\w\s]{0,30}?)?"
    r"(?:led|headed)\s+by\s+(?:the\s+)?",
    re.IGNORECASE,
)
_AND_A = re.compile(r"\band\s+(?:(?:a|an|the|two|three|four|\d+)\s+)?\Z")
_HE = re.compile(r"\b(?:he|she)\s+(?:\w+\s+)?$")
_TRIP_NOUN = re.compile(r"trip|visit|tour|state visit|official visit", re.IGNORECASE)
# "a summit that could yield shells for the war in Ukraine": the war's place, not the summit's
_WAR_IN = re.compile(r"\b(?:war|fighting|conflict|offensive|front)\s+in\s+(?:the\s+)?$", re.I)
_MET_GOAL = re.compile(
    r"\s+(?:its|their|his|her|the|a|all|most|some|every)?\s*(?:[\w-]+\s+)?(?:goals?|targets?|"
    r"deadlines?|demands?|criteria|standards?|requirements?|conditions?|needs|expectations|"
    r"obligations|commitments|quotas?|resistance|opposition|criticism)\b",
    re.IGNORECASE,
)
_CARRYING = re.compile(
    r"(?:['’]s)?\s+(?:[\w-]+\s+){0,3}?(?:planes?|aircraft|airplanes?|jets?|ships?|vessels?|"
    r"flights?|transports?|helicopters?)\s+(?:\w+ly\s+)?(?:carrying|ferrying|transporting|"
    r"loaded with|laden with)\b",
    re.IGNORECASE,
)
_CARRY_WORDS = re.compile(r"carrying|ferrying|transporting|loaded|laden")
_VEHICLE = re.compile(
    r"\b(?:planes?|aircraft|airplanes?|transports?|cargo ships?|flights?)\b", re.IGNORECASE
)
_CARRIES = re.compile(
    r"\b(?:carrying|ferrying|transporting|loaded with|laden with)\s+(?:[\w,.-]+\s+){0,4}?"
    r"(?:troops|soldiers|servicemen|personnel|weapons|arms|ammunition|munitions|equipment|"
    r"cargo|tonnes|tons|missiles|shells)\b"
)
_FLYING = re.compile(r"arriv|land", re.IGNORECASE)
_AIRCRAFT_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:[\w-]+\s+){0,3}?(?:bombers|warplanes|fighter jets|aircraft|"
    r"air force planes)\b",
    re.IGNORECASE,
)
_HERE = re.compile(r"\s+(?:here|in the (?:city|capital))\b", re.IGNORECASE)
_ARRIVAL = re.compile(
    r"arriv|land|visit|trip|state visit|official visit|is visiting|docked|sail|tied|berthed|pulled|"
    r"entered|"
    r"goodwill|chief|special|honou?red|guest",
    re.I,
)
_VISIT_CUE = re.compile(r"\b(?:visit|port call|delegation|trip|summit|talks|tour)\b", re.I)
_CIVILIANS_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:police|policemen|officers|tourists|fans|students|"
    r"workers|migrants|refugees|journalists|athletes|team|pilgrims|nationals|citizens|"
    r"businessmen|investors|doctors|aid planes?|cargo planes?|planes?|flights?|airliners?|"
    r"convoys?|"
    # merchant ships make no official visit: "the Iranian oil tanker docked in Venezuela"
    r"(?:oil |gas |fuel )?tankers?|cargo (?:ships?|vessels?)|container ships?|freighters?|"
    r"merchant (?:ships?|vessels?)|bulk carriers?|fishing (?:boats?|vessels?)|trawlers?|"
    r"ferr(?:y|ies)|cruise (?:ships?|liners?)|yachts?)\b",
    re.IGNORECASE,
)


def read_visits(view: View) -> list[Candidate]:
    out: list[Candidate] = []
    text = view.text
    for match in view.finditer(_GO):
        lo, hi = view.clause(match.start())
        trig = match.group().lower()
        after = view.after(match.end(), hi)
        hosts = [
            m
            for m in after
            if (view.prep(m) in LOCATIVE and trig not in _LEFT)
            or (
                trig.startswith(("visit", "tour", "is visiting", "entered"))
                and view.prep(m) is None
                and m.kind is not Kind.DEMONYM  # "toured the Russian base": an adjective
            )
            # "a swing through Oman, Qatar and Bahrain", "his tour of Japan and South Korea"
            or (trig == "swing through" and view.prep(m) == "through")
            or (trig.startswith("tour") and view.prep(m) == "of" and m.kind is Kind.NAME)
        ]
        if trig.startswith(("spen", "entered")) and not any(
            view.person(m) or view.vessel(m) for m in _actors(view, match.start(), lo)
        ):
            continue  # "spent a week in …", "entered … harbour" only of officials and ships
        if trig in _LEFT:
            # "left for Ankara": where he goes; "Rumsfeld left Bishkek": where he had been
            hosts = [m for m in after if view.prep(m) == "for"][:1] or [
                m
                for m in after[:1]
                if m.kind in (Kind.SEAT, Kind.PLACE) and m.start - match.end() < 3
            ]
        if not hosts and _TRIP_NOUN.fullmatch(trig):
            # "General Rawat's US trip", "his Moscow visit": the host named before the noun
            hosts = [
                m
                for m in view.before(match.start(), max(lo, match.start() - 25))
                if m.kind in (Kind.NAME, Kind.SEAT, Kind.PLACE)
                and re.fullmatch(r"\s*(?:[\w-]+\s+)?", text[m.end : match.start()])
            ][-1:]
        by = [  # "a visit by Iran's president", not "at the invitation of his counterpart"
            m
            for m in after
            if view.prep(m) in {"by", "of"} and len(text[match.end() : m.start].split()) <= 4
        ]
        subject = _actors(view, match.start(), lo)
        if subject and view.vessel(subject[0]) and _AND_A.search(text, lo, subject[0].start):
            # "A Russian frigate armed with missiles and a Chinese destroyer docked": both ships
            subject = [
                m for m in view.before(subject[0].start, lo) if view.vessel(m) and not view.prep(m)
            ][:1] + subject
        if subject and any(view.vessel(m) for m in subject):
            # "… docked at Dundee together with Belgian and Danish warships": their ships too
            for m in after:
                if view.prep(m) in {"with", "alongside"}:
                    group = view.group_after(m, hi)
                    subject += group if view.vessel(group[-1]) else []
                    break
        own = set(codes(subject))  # "flew to Russia's air base in Syria": the first place is his
        if len(hosts) > 1 and hosts[0].code in own:
            hosts = [m for m in hosts if m.code not in own] or hosts
        refused = False
        if trig.startswith(("was visited", "were visited")):
            visitors, host_group = by, subject
        else:
            by_first = by and by[0].start < (hosts[0].start if hosts else hi)
            visitors = by if by_first or (by and not subject) else subject
            host_group = view.group_after(hosts[0], hi) if hosts else []
            refused = False
            if (
                not hosts
                and by_first
                and subject
                and _PERMITS.search(text, subject[-1].end, match.start())
            ):
                # "New Zealand has refused a port visit by the U.S. destroyer": who lets it in
                host_group = subject
                refused = _REFUSES.search(text, subject[-1].end, match.start()) is not None
        visitors = [
            m
            for m in visitors
            if (view.person(m) or not view.forces(m) or view.vessel(m))
            and not view.owns(m, _CIVILIANS_AFTER)
            and not view.owns(m, _CARRYING)  # "planes carrying weapons landed": a delivery
            and (
                view.vessel(m)
                or not view.weapon_owner(m)  # "China's arms sales went to"
                # "two Russian bombers landed in Caracas": aircraft on a visit
                or (_FLYING.match(trig) is not None and view.owns(m, _AIRCRAFT_AFTER))
            )
        ]
        if visitors and set(codes(visitors)) == set(codes(host_group)):
            continue  # "talks with the leaders of Japan and South Korea during a trip to both"
        if _MOVES_TROOPS.match(text, match.end()) or view.search(_PRIVATE, lo, hi):
            continue
        if (
            _CARRY_WORDS.search(view.lower, lo, hi)
            and _VEHICLE.search(text, lo, hi)
            and _CARRIES.search(text, lo, hi)
        ):
            continue  # "planes carrying weapons landed", "landed … carrying 100 servicemen"
        if _TROOPS_MOVE.search(text, max(lo, match.start() - 40), match.start()):
            continue  # "its soldiers will not travel to Belarus": a deployment, not a visit
        if not visitors and not trig.startswith(("was visited", "were visited")):
            # "Gen. Mark Milley, the most senior officer in the US military, arrived in Israel"
            visitors = _institution_owner(view, lo, match.start())
        if _HE.search(text, max(0, match.start() - 12), match.start()):
            # "Yazov will be shown American weapons when he tours the United States"
            visitors = [m for m in view.before(match.start(), 0) if view.person(m)][-1:]
        if (
            not host_group
            and view.venue
            and (_ARRIVAL.match(trig) or _HERE.match(text, match.end()))
        ):
            # "HANOI (Reuters) - China's defence minister arrived on Monday for a visit"
            out += directed(
                TieType.VISIT, codes(visitors), [view.venue], match.span(), rule="visit.dateline"
            )
            continue
        out += directed(
            TieType.VISIT,
            codes(visitors),
            codes(host_group),
            match.span(),
            rule="visit.travel",
            reversed=refused,
        )
    for match in view.finditer(_STAY):
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
    for match in view.finditer(_HOST):
        lo, hi = view.clause(match.start())
        trig = match.group().lower()
        hosts = view.subject(match.start(), lo)
        after = view.after(match.end(), hi)
        guests = [m for m in after if view.prep(m) is None or view.titled(m)][:1]
        if not guests:
            continue
        guest = guests[0]
        places = [m for m in after if view.prep(m) in {"in", "at"} and m.kind is not Kind.DEMONYM]
        if view.owns(guest, _RESIDENT_AFTER):
            continue  # "received the US ambassador": he is posted there, no visit
        cue = view.person(guest) or view.vessel(guest) or view.titled(guest)
        if not cue and not trig.startswith("receiv"):
            cue = bool(_VISIT_CUE.search(text)) and not view.search(WEAPONS, match.end(), hi)
        if not cue:
            continue
        guests = view.group_after(guest, hi)
        if not hosts:
            # "NEW DELHI - On Tuesday the capital will receive another guest, China's minister"
            hosts = places[:1] or [
                Mention(match.start(), match.start(), view.venue, Kind.NAME)
                for _ in (1,)
                if view.venue and not view.before(match.start(), lo)
            ]
        elif places and places[0].code not in codes(hosts):
            guests, hosts = [*hosts, *guests], places[:1]
        out += directed(TieType.VISIT, codes(guests), codes(hosts), match.span(), rule="visit.host")
    for match in view.finditer(_MEET):
        if _MET_GOAL.match(text, match.end()):
            continue  # "met its goals in Afghanistan"
        lo, hi = view.clause(match.start())
        after = view.after(match.end(), hi)
        places = [
            m
            for m in after
            if view.prep(m) in {"in", "at"}
            and m.kind is not Kind.DEMONYM
            and "," not in text[match.end() : m.start]  # "met …, since NATO bombed … in Belgrade"
            and not _WAR_IN.search(text, max(0, m.start - 20), m.start)
        ]
        if not places:
            continue
        place = places[0]
        others = [m for m in after if m.start < place.start and view.prep(m) in {None, "with"}]
        # "the meeting in Tokyo between Japan's vice minister and a U.S. deputy secretary"
        tail = [m for m in after if m.start > place.end]
        if tail and _BETWEEN.search(text, place.end, tail[0].start):
            others += view.group_after(tail[0], hi)
        people = view.subject(match.start(), lo) or fronted_subject(view, match.start())
        out += directed(
            TieType.VISIT,
            codes([*people, *others]),
            [place.code],
            match.span(),
            rule="visit.meet_in",
        )
    out += _acts_in_place(view)
    out += _visiting(view)
    if "call" in view.lower:
        out += _calls_on(view)
    return out


def _institution_owner(view: View, lo: int, pos: int) -> list[Mention]:
    """The state whose army, command or ministry an unnamed visitor's title names."""
    return [
        m
        for m in view.before(pos, lo)
        if view.prep(m) in {"of", "in", None} and view.owns(m, _INSTITUTION_AFTER)
    ][:1]


def _people(view: View, mentions: list[Mention]) -> list[Mention]:
    """The mentions that stand for people; "the prime ministers of A, B and C" makes all three.
    An ambassador acts where he is posted, so he makes no visit."""
    if mentions and view.titled(mentions[0]):
        return mentions
    return [
        m
        for m in mentions
        if (view.person(m) or view.titled(m)) and not view.owns(m, _RESIDENT_AFTER)
    ]


def _actors(view: View, pos: int, lo: int) -> list[Mention]:
    """Who travels or acts: the subject, or a leader named before "the leaders of X"
    ("Rajnath Singh will meet the leaders of Japan and Korea during a trip")."""
    subject = view.subject(pos, lo) or fronted_subject(view, pos)
    if (
        not subject
        and ("led by" in view.lower or "headed by" in view.lower)
        and (led := _LED_BY.search(view.text, lo, pos))
    ):
        # "a delegation led by Iran's defence minister arrived in Minsk": its leader's state
        subject = [m for m in view.after(led.end(), pos) if m.start - led.end() < 40][:1]
    if subject and all(m.is_org for m in subject):
        # "The Portuguese frigate, flagship of one of NATO's maritime groups, was berthed": the
        # alliance names the group, the ship's state travels
        subject = [m for m in view.subject(subject[0].start, lo) if not m.is_org]
    if subject and view.prep(subject[0]) == "of":
        named = [m for m in view.before(subject[0].start, lo) if m.kind is Kind.LEADER]
        subject = [m for m in named[:1] if view.prep(m) is None] or subject
    return subject


def _acts_in_place(view: View) -> list[Candidate]:
    """Leaders or ministers meeting, signing or touring in a state other than their own: "talks
    between Macron and Mitsotakis at the Elysee" under a PARIS dateline, "signed in Washington"."""
    out: list[Candidate] = []
    remote = _REMOTE.search(view.lower) is not None  # a call or a letter puts nobody anywhere
    triggers = view.finditer(_ACT_IN)
    if view.venue is not None:  # meetings and words exchanged count only under a dateline
        triggers = [*triggers, *view.finditer(_MEET), *view.finditer(_ADDRESS)]
    for match in triggers:
        lo, hi = view.clause(match.start())
        after = view.after(match.end(), hi)
        places = [
            m
            for m in after
            if view.prep(m) in {"in", "at"}
            and m.kind in (Kind.NAME, Kind.SEAT, Kind.PLACE)
            and "," not in view.text[match.end() : m.start]
        ]
        acted = bool(places) and _ACT_IN.fullmatch(match.group()) is not None
        met = bool(places) and not acted
        if not acted and not met and not view.venue:
            continue
        subject = _actors(view, match.start(), lo)
        others = [m for m in after if view.prep(m) in {None, "with", "between"}]
        people = _people(view, [*subject, *others])
        if acted and not people and places[0].code in codes(subject):
            # "Indonesia and Malaysia signed an accord in Kuala Lumpur": the other side came
            people = [m for m in subject if m.code != places[0].code]
        if acted:
            out += directed(
                TieType.VISIT, codes(people), [places[0].code], match.span(), rule="visit.act_in"
            )
        elif met:
            # "Erdogan had told his Finnish counterpart in Ankara": the host met a guest there;
            # "HANOI - Duterte told the Filipino community in Hanoi": he spoke where the report is
            if not remote and places[0].code == view.venue and places[0].code not in codes(people):
                out += directed(
                    TieType.VISIT,
                    codes(people),
                    [places[0].code],
                    match.span(),
                    rule="visit.dateline",
                )
            elif places[0].code in codes(people) and not remote:
                out += directed(
                    TieType.VISIT,
                    codes(people),
                    [places[0].code],
                    match.span(),
                    rule="visit.meet_in",
                )
        elif (
            not places
            and not remote
            and view.venue
            and _PRESENT.fullmatch(match.group())
            and (match.group().startswith("laid") or _PRESENT_OBJECT.match(view.text, match.end()))
        ):
            # "NAYPYITAW - Russia's deputy defence minister watched the parade": he was there
            out += directed(
                TieType.VISIT,
                codes(_people(view, subject)),
                [view.venue],
                match.span(),
                rule="visit.dateline",
            )
        elif not places and not remote and view.venue and view.venue in codes([*subject, *others]):
            # two sides meet under the dateline of one of them: the other has come; a party
            # named after a comma ("…, a pact that angered Venezuela's leader") was not there
            near = [m for m in others if "," not in view.text[match.end() : m.start]]
            people = _people(view, [*subject, *near])
            out += directed(
                TieType.VISIT, codes(people), [view.venue], match.span(), rule="visit.dateline"
            )
    return out


def _visiting(view: View) -> list[Candidate]:
    """'talks with visiting Vice President Joe Biden', 'the visiting Saudi delegation'."""
    out: list[Candidate] = []
    text = view.text
    if "visiting" not in view.lower:
        return out
    for mention in view.mentions:
        before = text[max(0, mention.start - 60) : mention.start]
        gap = re.search(r"\bvisiting\s+(?:[A-Z][\w.'’-]*\s+|the\s+){0,5}$", before)
        if gap is None or not (
            view.person(mention) or view.titled(mention) or gap.group().count(" ") > 1
        ):
            continue
        lo, hi = view.clause(mention.start)
        places = [m for m in view.after(mention.end, hi) if view.prep(m) in {"in", "to"}]
        hosts = (
            places[:1]
            or [
                m
                for m in view.subject(mention.start - len(gap.group()), lo)
                if m.code != mention.code
            ][:1]
        )
        host = hosts[0].code if hosts else view.venue
        if host is not None and host != mention.code:
            start = mention.start - len(gap.group())
            out += directed(
                TieType.VISIT, [mention.code], [host], (start, start + 8), rule="visit.visiting"
            )
    return out


# A courtesy call: "the commander of the Sri Lankan Army called on Pakistan's army chief"
_CALLED_ON = lexicon.lowered(
    r"(?:called|calls|calling) on|(?:paid|pays|paying|made|makes) (?:a )?(?:courtesy )?call on|"
    r"courtesy call on"
)
# "called on Tokyo to lift sanctions", "called on the leaders to resign": a demand, no visit
_DEMAND_AFTER = re.compile(r"[^;.]*?\bto\s+(?!the\b|a\b|an\b|his\b|her\b|their\b)[a-z]+\b")
_TITLE_NEXT = re.compile(
    r"\s+(?:the\s+)?(?:(?:[A-Z][\w.'’-]*|foreign|defen[cs]e|prime|army|navy|air)\s+){0,3}?(?:"
    + lexicon.TITLES
    + r")\b",
    re.IGNORECASE,
)
_OFFICIAL_NEXT = re.compile(r"\s+(?:the\s+|his\s+|her\s+)?(?:[\w.'’-]+\s+){0,3}?$")


def _calls_on(view: View) -> list[Candidate]:
    """An official's courtesy call on a foreign official, in a place, under a dateline, or on an
    official of another state: the caller visits the host."""
    out: list[Candidate] = []
    text = view.text
    for match in view.finditer(_CALLED_ON):
        lo, hi = view.clause(match.start())
        if _DEMAND_AFTER.match(view.lower, match.end(), hi):
            continue
        callers = _people(view, _actors(view, match.start(), lo))
        after = view.after(match.end(), hi)
        officials = [
            m
            for m in after[:1]
            if (view.person(m) or view.titled(m))
            and _OFFICIAL_NEXT.fullmatch(text, match.end(), m.start)
            and not view.owns(m, _RESIDENT_AFTER)  # "called on the US ambassador": posted there
        ]
        if not officials and view.venue and _TITLE_NEXT.match(text, match.end()):
            # "DHAKA - The Indian army chief called on the prime minister": the host's own
            officials = [Mention(match.start(), match.end(), view.venue, Kind.NAME)]
        if not callers or not officials:
            continue
        places = [
            m
            for m in after
            if view.prep(m) in {"in", "at"} and m.kind in (Kind.NAME, Kind.SEAT, Kind.PLACE)
        ]
        host = places[0].code if places else view.venue or officials[0].code
        out += directed(TieType.VISIT, codes(callers), [host], match.span(), rule="visit.call_on")
    return out
