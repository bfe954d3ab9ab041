"""TROOP_DEPLOYMENT rules: forces sent, stationed, present or joining another state."""

from __future__ import annotations

import re

from app.extraction import lexicon
from app.extraction.clauses import View
from app.extraction.gazetteer import Kind, Mention
from app.extraction.places import city_state
from app.extraction.rules.common import (
    EXERCISE,
    LOCATIVE,
    PASSIVE,
    TROOPS,
    WEAPONS,
    Candidate,
    carrier,
    codes,
    directed,
    pairs,
    requests_for,
)
from app.vocabulary import TieType

# Troops found somewhere: "North Korean troops are in Russia", "were spotted in Kursk".
PRESENCE = (
    r"(?:are|were|is|was|remain|remained|have been|had been|has been)"
    r"(?: (?:now|already|still|currently|reportedly|allegedly|also))? (?:in|inside)|"
    r"(?:spotted|seen|sighted|observed|present|operating|active|located|identified|"
    r"fighting|serving) (?:in|inside)|on the ground in|"
    # "… troops are already on the ground": where the dateline puts the report
    r"(?:are|were|is|was|remain|remained)(?: now| already| still)? on the ground|"
    # "Turkish soldiers are now on Qatari soil"
    r"(?:are|were|is|was|remain|remained)(?: now| already| still)? "
    r"on(?= [\w-]+ (?:soil|territory))|"
    # "Russian troops would stay on its territory": the subject's soil
    r"(?:stay|stays|stayed|remain|remains|remained|be|are|were)"
    r"(?= on (?:its|their) (?:soil|territory))"
)
DEPLOY = (
    r"sen[dt]s?|sending|deploy(?:ed|s|ing|ment|ments)?|redeploy(?:ed|s|ing)?|"
    r"interven(?:e|ed|es|ing)|reach(?:ed|es|ing)?|"
    r"dispatch(?:ed|es|ing)?|station(?:ed|s|ing)?|based|basing|mov(?:e|ed|es|ing)|"
    r"transferr?(?:ed|ing|s)?|rotat(?:e|ed|es|ing)|position(?:ed|s|ing)?|presence|"
    r"posted|relocat(?:e|ed|es|ing)|arriv(?:e|ed|es|ing)|fight(?:ing|s)? (?:for|alongside)|"
    r"fought (?:for|alongside)|keeps?|kept|maintain(?:s|ed)?|host(?:s|ed|ing)?|(?:is|was) home to|"
    r"welcom(?:e|ed|es|ing)|receiv(?:e|ed|es|ing)|order(?:ed|s|ing)?|"
    r"land(?:ed|s|ing)|fl(?:y|ew|own|ies|ying)|airlift(?:ed|s|ing)?|roll(?:ed|s|ing)? into|"
    # arrivals told as movement: "came ashore near Tyre", "went ashore in Mogadishu"
    r"(?:came|come|comes|coming|went|go|going) ashore|"
    r"pour(?:ed|s|ing)? into|contribut(?:e|ed|es|ing|or|ors)|commit(?:ted|s|ting)?|"
    # pledges and changes of a force's size: "pledged 1,500 troops for the mission in Somalia",
    # "will expand its contingent in Iraq"
    r"pledg(?:e|ed|es|ing)|offer(?:ed|s|ing)?|promis(?:e|ed|es|ing)|put forward|"
    r"expand(?:ed|s|ing)?|doubl(?:e|ed|es|ing)|increas(?:e|ed|es|ing)|boost(?:ed|s|ing)?|"
    r"bolster(?:ed|s|ing)?|beef(?:ed|s|ing)? up|"
    # "Canada leads a NATO battlegroup in Latvia"
    r"leads|leading|commands|commanding|" + PRESENCE
)
ASSETS = (
    r"(?:fighter )?jets|warplanes|aircraft|squadrons?|warships?|frigates?|destroyers?|"
    r"(?:naval|navy|patrol) (?:ships?|vessels?)|corvettes?|"
    r"(?:aircraft )?carriers?|strike group|bombers|submarines|air[- ]defen[cs]e (?:systems|units|"
    r"batteries)|Patriot batteries|fighters"
)
DEPLOY_ONLY = (
    r"deploy(?:ed|s|ing|ment|ments)?|redeploy(?:ed|s|ing)?|dispatch(?:ed|es|ing)?|"
    r"station(?:ed|s|ing)?|based|basing|rotat(?:e|ed|es|ing)|position(?:ed|s|ing)?"
)
JOIN = r"join(?:ed|s|ing)?|reinforc(?:e|ed|es|ing)|fight(?:ing|s)? alongside|fought alongside"
BASE = (
    r"(?:military|naval|navy|air|army|drone|logistics|missile|radar|marine|submarine|airforce|"
    r"air force|listening)[- ](?:bases?|facilit(?:y|ies)|stations?|outposts?|installations?)|"
    r"air ?bases?|airbases?|naval port|bases?|garrisons?"
)


_DEPLOY = lexicon.lowered(DEPLOY)
_JOIN = lexicon.lowered(JOIN)
_DEPLOY_ONLY = re.compile(DEPLOY_ONLY, re.IGNORECASE)
_FORCES = lexicon.lowered(lexicon.TROOPS + "|" + ASSETS)
_HOSTILE = lexicon.lowered(lexicon.HOSTILE)
_PRESENCE = lexicon.word(PRESENCE)
_POSSESSIVE_BEFORE = re.compile(r"\b(?:its|their)\s+(?:[\w,-]+\s+){0,3}$", re.IGNORECASE)
_ASSETS_AFTER = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:" + ASSETS + r")\b", re.I)
# A reversal of a deployment; `certainty` reads these words as negation, so the tie is denied.
_WITHDRAW = lexicon.lowered(lexicon.WITHDRAW)
_BASE = lexicon.lowered(BASE)
_WHERE = LOCATIVE | {"around", "across", "throughout", "through"}
_STATIC = re.compile(r"station|based|deploy|posted|present|serv|(?:are|is|were|was|remain)", re.I)
# Arrivals: "landed at Lungi airport", "came ashore near Tyre" put the troops where they land
_ARRIVE = re.compile(r"land|arriv|reach|c[oa]m\w* ashore|w\w+ ashore", re.I)
_ARRIVED_AT = re.compile(
    r"\s+(?:[\w,]+\s+){0,3}?(?:at|near)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,3}"
    r"(?:air ?base|airport|airfield|port|base|harbou?r)\b"
)
# "… in the north", "at the air base", "here": a place in the dateline's country
_THERE = re.compile(
    r"\s+(?:(?:now|still|currently)\s+)?(?:here\b|(?:in|at|around|across|near)\s+(?:the|a|an|its)"
    r"\s+(?!(?:[A-Z]))(?:[\w-]+\s+){0,3}?(?:north|south|east|west|capital|city|country|region|"
    r"province|base|air ?base|airport|port|border)|(?:in|at|near)\s+the\s+(?:[A-Z][\w-]*\s+){1,2}"
    r"(?:air ?base|base|airport|port)\b)",
    re.IGNORECASE,
)
_RECIPROCAL = re.compile(r"\b(?:each other|one another)['’]s?\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# "in the UN peacekeeping force in southern Lebanon", "with the African Union mission in"
_MISSION = (
    r"(?:(?:in|with|as part of|for)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’.-]+\s+){0,5}?"
    r"(?:force|mission|operation|coalition|contingent|battalion|brigade|battle ?group)\s+)?"
)
_IN_PLACE = re.compile(
    r"\s+(?:(?:now|still|currently|already)\s+)?(?:(?:serv(?:e|es|ed|ing)|based|deployed|"
    r"stationed)\s+)?" + _MISSION + r"(?:in|inside)\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west)(?:ern|-eastern|-western)?\s+|neighbou?ring\s+)?"
)
# Offers of troops to a force named before: "Uganda has put forward 1,500 troops"
_CONTRIBUTE = re.compile(
    r"pledg|offer|promis|put forward|contribut|commit|provid|sen[dt]|dispatch", re.IGNORECASE
)
# "sent troops to its northern border": a place of their own, not the force named before
_ELSEWHERE = re.compile(
    r"\s+(?:to|into|in|inside|at|on|along)\s+(?!(?:the|a|an|its|this|that)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:force|mission|operation|contingent|coalition)\b)",
    re.IGNORECASE,
)
# Contingents still to come: "expected to follow", "due within weeks"
_FOLLOW = lexicon.lowered(r"to follow|due (?:with)?in")
_ADJECTIVE_LIST = re.compile(r"\s*(?:,|and|or|,\s*and)\s*")
# A host's order to go, or its leave to stay, the troops named before it
# A host's order to go, or its leave to stay, the troops named before it: the verb is found
# first (one cheap scan), its cue ("given … a month", "deadline for", "allowed") after
_TO_LEAVE = lexicon.lowered(
    r"to (?:leave|vacate|quit|go home|operate|use|be (?:stationed|based|deployed))"
)
_ORDER_CUE = re.compile(
    r"\b(?:(?P<order>days?|weeks?|months?|hours?|years?|time|deadline|ultimatum|order|ordered|"
    r"told|asked)\b[^;:]{0,60}?|(?:allow\w*|permit\w*|let)\b[^;:,]{0,40}?)\s$"
)
_GO_VERBS = frozenset({"leave", "vacate", "quit", "go home"})
_TOLD = lexicon.lowered(r"given|gave|give|gives|ordered|orders|told|tells|asked|asks")
_THEIR_SOIL = re.compile(
    r"\s+(?:on|in|from)\s+(?:its|their|the country's)\s+(?:\w+\s+)?"
    r"(?:territory|soil|bases?)\b"
)
_HAS = lexicon.lowered(r"has|have|had|keeps?|kept|maintain(?:s|ed)?")
_LEAVES = lexicon.lowered(
    r"left|leav\w*|flew|fly|pulled|quit\w*|depart\w*|exit\w*|gone|went|out of"
)
# "Paris still has roughly 1,000 troops in neighbouring Chad"
_HOLDS = re.compile(
    r"\b(?P<verb>has|have|had|keeps?|kept|keeping|maintains?|maintained|maintaining)\s+"
    r"(?:(?!been\b|by\b|to\b|no\b)[\w,.$-]+\s+){0,4}?(?:"
    + lexicon.TROOPS
    + r")\s+(?:\w+\s+){0,2}?"
    + _MISSION
    + r"(?:in|on|at|inside)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}$",
    re.IGNORECASE,
)
# "the last French soldiers flew out of Niger", "Indian personnel have left the Maldives"
_LEAVE = re.compile(
    r"\b(?P<verb>left|leave|leaves|leaving|flew out of|fly out of|pulled out of|quit|quitting|"
    r"depart(?:ed|s|ing)?(?: from)?|exit(?:ed|ing)?|gone from|went home from|out of)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
_LEFT_BASE = re.compile(
    r"\b(?P<verb>left|leave|leaves|leaving|vacated|vacate|pulled out of|flew out of)\s+"
    r"(?:the\s+|its\s+|their\s+)?(?:(?:[A-Z][\w'’-]*|former|main|last|remaining)\s+){0,3}$"
)
# "Russia's Hmeimim air base", "a US naval base", "the American military facilities":
# the owner sits right before the base, a name of up to three capitalised words between.
_OWNER_GAP = re.compile(
    r"^(?:['’]s?)?\s*(?:(?:first|only|main|largest|new|former|overseas|foreign|permanent|"
    r"military|naval|air|forward|sprawling|key|strategic|two|three|four|several)\s+|"
    r"[A-Z][\w'’-]+\s+){0,4}$"
)
_FOR_DRILLS = re.compile(r"\bfor (?:the |a |an |their |joint )?(?:[\w'’-]+ ){0,3}?(?=\w)")
_BUILDS = re.compile(
    r"\b(?:buil[dt]s?|building|open(?:ed|s|ing)?|operat(?:e|es|ed|ing)|set(?:s|ting)? up|"
    r"establish(?:ed|es|ing)?|construct(?:ed|s|ing)?)\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
# "at its Kant air base in Kyrgyzstan", "Russia already has a permanent air base in Syria": the
# subject's own base, in a state named after it
_OWN_BASE = re.compile(
    r"\b(?:its|their|(?:has|have|had|keeps?|kept|keeping|maintains?|maintained|maintaining|"
    r"retains?|retained|runs?|ran|running)(?:\s+(?:also|already|long))?(?:\s+(?:a|an|the|its|their|"
    r"two|three|four|several))?)\s+(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
# A base given up by its owner: "closed its naval base at Cam Ranh Bay", "vacated the US base"
_GIVES_UP = re.compile(
    r"\b(?:left|leav(?:e|es|ing)|vacat(?:e|ed|es|ing)|abandon(?:ed|s|ing)?|clos(?:e|ed|es|ing)|"
    r"shut(?:s|ting)?(?: down)?|hand(?:ed|s|ing)? (?:back|over)|quit(?:s|ting)?)\s+"
    r"(?:the\s+|its\s+|their\s+|a\s+)?(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
# "Washington would leave the nearby Manas transit centre", "US forces left Kandahar Airfield": a
# base named by its place (`data/bases.py` or a city)
_LEFT_NAMED = re.compile(
    r"\b(?P<verb>(?i:left|leave|leaves|leaving|vacat(?:e|ed|es|ing)|abandon(?:ed|s|ing)?|"
    r"clos(?:e|ed|es|ing)|quit(?:s|ting)?|hand(?:ed|s|ing) over))\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:(?:nearby|former|main|last|remaining|sprawling|key|vast)\s+)?"
    r"(?P<place>[A-Z][\w'’]*(?:[\s-][A-Z][\w'’]*){0,2}?)\s+(?i:(?:military\s+|naval\s+|air\s+)?"
    r"(?:air ?base|airbase|base|airfield|air field|transit cent(?:re|er)))\b"
)
_HOSTS_BASE = re.compile(
    r"\b(?:host(?:s|ed|ing)?|houses|housed|is home to|was home to|home to|lease[sd]?|leasing|"
    r"allow(?:s|ed)?|let|lets|grant(?:s|ed)?|offer(?:s|ed)?|provid(?:e|es|ed)|"
    r"agree[sd]? to host)\b",
    re.IGNORECASE,
)


_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?")
_FROM_THE = re.compile(r"[\s,]+from\s+(?:the\s+)?")


def _troop_owner(view: View, troops: re.Match[str]) -> Mention | None:
    """The state whose troops these are: "North Korean troops", "troops from Belarus"."""
    for mention in reversed(view.before(troops.start(), max(0, troops.start() - 80))):
        if mention.is_org:
            break  # "Canada leads a NATO battlegroup": the alliance names the force, a state leads
        if view.forces(mention) or view.owns(mention, _ASSETS_AFTER):
            between = view.text[mention.end : troops.start()]
            if len(between.split()) <= 5 and not re.search(r"[,;]", between):
                return mention
        break
    if _POSSESSIVE_BEFORE.search(view.text, max(0, troops.start() - 40), troops.start()):
        # "Rwanda denies that its troops are in Congo", "moved some of its troops from Armenia":
        # the owner is the sentence's subject
        owners = view.subject(troops.start(), 0)
        return owners[0] if owners else None
    after = view.after(troops.end(), min(len(view.text), troops.end() + 16))
    if after and _FROM_THE.fullmatch(view.text, troops.end(), after[0].start):
        return after[0]  # "troops from Belarus", not "troops moved from Kuwait"
    if (
        after
        and after[0].kind is Kind.DEMONYM
        and _OF_THE.fullmatch(view.text, troops.end(), after[0].start)
    ):
        return after[0]  # "the last troops of the Cuban expeditionary force"
    if (carried := carrier(view, troops.start())) is not None:
        return carried  # "two Russian air force planes carrying 100 servicemen"
    return None


_ADJECTIVAL = frozenset({Kind.DEMONYM, Kind.NAME})


# "France, its European partners and Canada said their forces would leave": a list whose middle
# is the first state's partners, each state named owning the forces
_PARTNERS_GAP = re.compile(
    r",\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:allies|partners|neighbou?rs)\s*,?\s+"
    r"(?:and|as well as)\s+(?:the\s+)?"
)


def _with_partners(view: View, owner: Mention) -> list[Mention]:
    """The owner and the state before "its partners and" it ("France, its allies and Canada")."""
    before = view.before(owner.start, max(0, owner.start - 60))
    if before and _PARTNERS_GAP.fullmatch(view.text, before[-1].end, owner.start):
        return [before[-1], owner]
    return [owner]


def _coordinated(view: View, owner: Mention) -> list[Mention]:
    """The owner with the adjectives coordinated before it: "Spanish and Dutch units"."""
    group = [owner]
    if owner.kind not in _ADJECTIVAL:
        return group
    for mention in reversed(view.before(owner.start, 0)):
        gap = view.text[mention.end : group[0].start]
        if (
            mention.kind not in _ADJECTIVAL
            or not _ADJECTIVE_LIST.fullmatch(gap)
            or (mention.kind is Kind.NAME and view.prep(mention) is not None)
        ):
            break
        group.insert(0, mention)  # "US and British troops": a name used as an adjective too
    return group


def _opposed(view: View, start: int, mention: Mention) -> bool:
    """'to its border with India', 'to fight against Ukraine': the mention is faced, not helped."""
    return _HOSTILE.search(view.lower, max(start, mention.start - 30), mention.start) is not None


def read_deployments(view: View) -> list[Candidate]:
    """Forces sent, kept, present, withdrawn or based abroad."""
    out: list[Candidate] = []
    if (
        not view.finditer(_FORCES)
        and not view.finditer(_BASE)
        and "deployment" not in view.lower
        and "framework nation" not in view.lower  # a NATO battlegroup's lead state
        and "withdr" not in view.lower  # "the Soviet withdrawal from Afghanistan"
        and "pull" not in view.lower
        and " men " not in view.lower  # "Cuba had 40,000 men stationed in Angola"
        and "drones operat" not in view.lower  # "US drones operating from Niger"
    ):
        # every rule here needs forces or a base named, but a force named by its operation
        return _named_force(view) if _force_hint(view.lower) else out
    text = view.text
    exercise = view.search(EXERCISE) is not None
    for verb in view.finditer(_DEPLOY):
        lo, hi = view.clause(verb.start())
        trig = verb.group().lower()
        nouns = _FORCES if _DEPLOY_ONLY.fullmatch(trig) else TROOPS
        before = list(view.finditer(nouns, lo, verb.start()))
        after = list(view.finditer(nouns, verb.end(), min(hi, verb.end() + 60)))
        if _PRESENCE.fullmatch(verb.group()):
            after = []  # "North Korean troops are in Russia": the troops come first
        if trig == "presence":  # "the French military presence in Mali": the noun is the troops
            before = [m for m in view.finditer(nouns, lo, verb.end()) if m.end() == verb.end()]
        if trig.startswith("on the ground"):  # "boots on the ground in Syria": one phrase
            before = [m for m in view.finditer(nouns, lo, verb.end()) if m.start() < verb.start()]
        if (
            not before
            and not after
            and trig.startswith("deployment")
            and view.search(_WEAPONS_OF, verb.end(), min(hi, verb.end() + 40)) is None
        ):
            # "Britain is not contemplating a combat deployment to Libya": the noun is the force
            before = [verb]
        if (
            before
            and any(
                lo <= v.start() and v.end() <= before[-1].start() for v in view.finditer(_DEPLOY)
            )
            and any(
                view.prep(m) is None and len(text[m.end : verb.start()].split()) <= 2
                for m in view.before(verb.start(), before[-1].end())
            )
        ):
            # "Germany sent troops to Lithuania and Spain sent jets": the troops are the first
            # verb's, Spain's verb has its own object (but "the troops Britain keeps in Estonia")
            before = []
        if before and any(
            m.kind is Kind.LEADER and len(text[m.end : verb.start()].split()) <= 2
            for m in view.before(verb.start(), before[-1].end())
        ):
            before = []  # "a Russian squadron sailed in, and Medvedev arrived": his own arrival
        if not before and not after:
            continue
        owner = _troop_owner(view, before[-1]) if before else None
        if owner is not None:  # "Russian soldiers have arrived … to join a grouping of forces"
            troop = before[-1]
            after = []
        else:
            troop = after[0] if after else before[-1]
            owner = _troop_owner(view, troop)
            if (
                owner is None
                and len(after) > 1
                and _UNIT_OF.fullmatch(text, troop.end(), after[1].start())
            ):
                troop = after[1]  # "host a battalion of Russian troops": the troops' state
                owner = _troop_owner(view, troop)
        if owner is not None:
            senders = _coordinated(view, owner)
        elif after and not trig.startswith("presence"):
            senders = view.subject(verb.start(), lo)
        elif troop is verb or _FIELDS.search(text, max(lo, troop.start() - 50), troop.start()):
            # "it would not put boots on the ground in Mali": the subject's own troops
            senders = view.subject(troop.start(), lo)
        else:
            senders = []
        if not senders and PASSIVE.search(text, max(lo, verb.start() - 25), verb.start()):
            # "2,000 troops were sent to Bahrain by Saudi Arabia": the agent sends them
            senders = [m for m in view.after(verb.end(), hi) if view.prep(m) == "by"][:1]
        if not senders:
            # "3,500 soldiers sent to Iraq as part of the US troop surge": the troops' state
            senders = [m for m in view.after(lo, hi) if view.forces(m) and m.start != troop.start()]
            if troop.start() < verb.start():  # "The Pentagon said 3,000 Marines will …"
                senders = senders[:1] or view.speakers[:1]
        # "sent troops to Lithuania and Norway sent …": the place before "and" sends nothing
        if len(senders) > 1:
            senders = [m for m in senders if view.prep(m) not in {"to", "into"}]
        rest = view.after(verb.end(), hi)
        sent = set(codes(senders))  # "… US presence, with 13,500 American troops": no target
        if _RECIPROCAL.search(text, max(lo, troop.start() - 30), troop.start()):
            continue  # "easier to host each other's troops": an access agreement's terms
        rest = [
            m
            for m in rest
            if m is not owner
            and m.code not in sent
            and not _opposed(view, verb.end(), m)
            and not view.led(m)
        ]
        helped = [  # "serve alongside Kenyan troops": the Kenyans serve there too
            m
            for m in rest
            if view.beneficiary(m) and not (view.word_before(m) == "alongside" and view.forces(m))
        ]
        places = [
            m
            for m in rest
            if m not in helped
            and (
                view.prep(m) in _WHERE
                or (trig.startswith("reach") and len(text[verb.end() : m.start].split()) <= 1)
                or (view.prep(m) == "near" and _ARRIVE.match(trig) is not None)
            )
        ][:1]  # "would reach Kabul on Sunday": the place reached is the verb's object
        if not places and not helped and "includ" in text[verb.end() : hi]:
            places = _in_region(view, verb.end(), rest)
        if trig == "presence" and not helped and not (before and owner and places):
            continue  # "the presence of North Korean troops in Ukraine" may be hostile
        targets = helped[:1] or places
        if places and not helped:  # "sent troops to Iraq, Syria and Qatar": every place listed
            targets = [m for m in view.group_after(places[0], hi) if m.code not in sent]
            for i, m in enumerate(targets[1:], 1):
                if _NEW_CLAUSE.match(text, m.end) or view.forces(m) or view.owns(m, _ASSETS_AFTER):
                    # "to Lithuania and Spain sent jets", "to Australia, and Australian jets to
                    # Japan": the mention opens a clause, or owns forces, of its own
                    targets = targets[:i]
                    break
                if (
                    _SENDER_FIGURE.match(text, m.end)
                    and "and" in text[targets[i - 1].end : m.start]
                ):
                    # "to Afghanistan, and Albania another 140": a second sender, its own figure
                    targets = targets[:i]
                    break
        location = places[0].code if places else None
        hosted = (
            trig.startswith(("host", "welcom", "receiv", "is home", "was home"))
            and len(text[verb.end() : troop.start()].split()) <= 5
            and not view.search(EXERCISE, verb.end(), troop.start())
            and not view.search(WEAPONS, verb.end(), troop.end())  # "received S-400 units"
        )
        if hosted and not targets:
            # "Belarus would host Russian troops": the host is the subject
            targets = view.subject(verb.start(), lo)[:1] or (
                [] if view.venue is None else [Mention(0, 0, view.venue, Kind.NAME)]
            )
            location = targets[0].code if targets else None
            if exercise and view.search(EXERCISE, troop.end(), hi):
                # "… host Russian troops for joint exercises": the two exercise together
                out += pairs(
                    TieType.JOINT_EXERCISE,
                    codes([*senders, *targets]),
                    verb.span(),
                    rule="exercise.hosted_troops",
                )
        if (
            not targets
            and view.venue
            and _ARRIVE.match(trig)
            and troop.start() < verb.start()
            and _ARRIVED_AT.match(text, verb.end())
        ):
            # "FREETOWN - Kenyan soldiers landed at Lungi airport": the dateline's state
            targets = [Mention(0, 0, view.venue, Kind.NAME)]
            location = view.venue
        if (
            not targets
            and view.mission_before
            and senders
            and after
            and _CONTRIBUTE.match(trig)
            and view.mission_before not in sent
            and not _ELSEWHERE.match(text, after[0].end())
        ):
            # "… a force for Somalia. Uganda has put forward 1,500 troops": the force's host
            out += directed(
                TieType.TROOP_DEPLOYMENT,
                codes(senders),
                [view.mission_before],
                verb.span(),
                view.mission_before,
                rule="deployment.contributes",
            )
            continue
        if not targets and before and _THEIR_SOIL.match(text, verb.end()):
            # "Belarus said Russian troops would stay on its territory": the subject's soil
            first = owner.start if owner is not None else troop.start()
            targets = [m for m in view.subject(first, 0) or view.speakers if m.code not in sent][:1]
            location = targets[0].code if targets else None
        if not targets and view.venue and trig.endswith("on the ground"):
            targets = [Mention(0, 0, view.venue, Kind.NAME)]
            location = view.venue
        if not targets and view.venue and _STATIC.match(trig) and _THERE.match(text, verb.end()):
            # "KABUL - 2,000 German soldiers are stationed in the north": where the report is
            targets = [Mention(0, 0, view.venue, Kind.NAME)]
            location = view.venue
        if (
            exercise
            and not hosted
            and targets
            and (drill := _FOR_DRILLS.search(view.lower, verb.end(), hi))
            and view.search(EXERCISE, drill.end() - 1, hi)
        ):
            # "Russian troops sent to Belarus for the Allied Resolve drills": with the host
            out += pairs(
                TieType.JOINT_EXERCISE,
                codes([*senders, *targets[:1]]),
                verb.span(),
                rule="exercise.hosted_troops",
            )
        for target in codes(targets):
            out += directed(
                TieType.TROOP_DEPLOYMENT,
                codes(senders),
                [target],
                verb.span(),
                target if location is not None and len(targets) > 1 else location,
                rule="deployment.send",
                reversed=trig == "presence"
                and _ENDED.search(text, max(lo, verb.start() - 70), verb.start()) is not None,
            )
        if places and not helped and " and " in text[places[0].end : hi]:
            out += _gapped(view, senders, targets[-1], hi)
    out += _followers(view, out)
    if any(c.isdigit() for c in text):
        out += _gapped_senders(view, out)
    out += _withdrawals(view, out)
    if "withdr" in view.lower or "pull" in view.lower:
        out += _state_withdrawals(view)
    out += _contingents(view, out)
    for answer, asker, start, end in requests_for(view, TROOPS):
        out += directed(
            TieType.TROOP_DEPLOYMENT,
            answer,
            [asker],
            (start, end),
            asker,
            rule="deployment.request",
        )
    if "respectively" in view.lower:
        out = _respectively(view, out)
    out += _ordered_out(view)
    out += _departures(view)
    if _force_hint(view.lower):
        out += _named_force(view)
    if (" from " in view.lower or " out of " in view.lower) and (
        "operat" in view.lower or "flying" in view.lower
    ):
        out += _operating_from(view)
    if "cross" in view.lower:
        if _COMPLETED.search(view.lower):
            out += _crossed_out(view)
        if _INVITED.search(view.lower):
            out += _crossed_invited(view)
    if ("base" in view.lower or "airfield" in view.lower or "transit cent" in view.lower) and (
        view.finditer(_LEAVES) or "vacat" in view.lower or "clos" in view.lower
    ):
        out += _left_named_base(view)
    out += _holdings(view)
    if ", where " in text:
        out += _where_clause(view)
    out += _troops_in(view)
    out += _bases(view)
    if any(c.isdigit() for c in text):
        if " men " in view.lower:
            out += _men(view)
        if " and " in text:
            out += _gapped_places(view, out)
    for verb in view.finditer(_JOIN):
        lo, hi = view.clause(verb.start())
        troops = list(view.finditer(TROOPS, lo, verb.start()))
        if not troops:
            continue
        owner = _troop_owner(view, troops[-1])
        if owner is None:
            continue
        joined = [
            m
            for m in [m for m in view.after(verb.end(), hi) if m is not owner][:1]
            if view.prep(m) in {None, "alongside", "with"}
            # "join the AU force and serve alongside Kenyan troops": both serve, neither helps
            and (view.prep(m) != "alongside" or "alongside" in verb.group())
        ]
        if exercise and joined and view.search(EXERCISE, joined[0].end, hi):
            out += _joined_exercise(view, troops, owner, joined[0], verb, hi)
            continue
        kind = TieType.JOINT_EXERCISE if exercise else TieType.TROOP_DEPLOYMENT
        out += directed(kind, [owner.code], codes(joined), verb.span(), rule="deployment.join")
    return out


# "ending 46 years of Soviet military presence in the country", "an end to the French military
# presence in Niger": the presence told as over
_ENDED = re.compile(
    r"\b(?:end(?:s|ed|ing)?|an end to|conclud(?:e|ed|es|ing)|terminat(?:e|ed|es|ing))\s+"
    r"(?:[\w,'’-]+\s+){0,5}$",
    re.IGNORECASE,
)
_UNIT_OF = re.compile(r"\s+of\s+(?:[\w'’,-]+\s+){0,3}")
# "… to Lithuania and Spain sent jets": the mention after "and" opens a clause of its own
_NEW_CLAUSE = re.compile(
    r"\s+(?:(?:has|have|had|will|would|also|then|later|is|are|was|were)\s+)*"
    r"(?:sen[dt]s?|sending|deploy(?:s|ed|ing)?|dispatch(?:es|ed|ing)?|said|says|\w+ed)\b"
)
# the words that round a figure: "another 140", "up to 40,000", "some 2,000 men"
_ROUGHLY = (
    "another|a further|some|about|around|nearly|almost|roughly|up to|more than|over|as many as"
)
# "sent troops to Afghanistan and trainers to Iraq", "…, and Australian jets to Japan": the verb
# left out before a second object and its place
_GAPPED = re.compile(
    r"(?:\s+(?:this|next|last|later|early)\s+\w+)?,?\s+and\s+"
    r"(?:(?:" + _ROUGHLY + r"|[\d,]+)\s+)*"
    r"(?:(?P<owner>[A-Z][\w'’-]*)\s+)?(?:(?!sold\b|sent\b|sells?\b|\w+ed\b)[\w-]+\s+){0,2}?(?:"
    + lexicon.TROOPS
    + "|"
    + ASSETS
    + r"|trainers)\s+(?:to|into)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# "deployed across the Sahel, a region spanning several countries including Mali": a region named
# without a state, then the states it holds
_REGION = re.compile(r"\b(?:across|throughout|in|around)\s+(?:the\s+)?[A-Z][\w-]*")


# "…, and Albania another 140", "… and Denmark 200": a second sender whose verb and place are
# left out, told by its figure alone
_SENDER_FIGURE = re.compile(
    r"\s+(?:(?:" + _ROUGHLY + r")\s+)*"
    r"\d[\d,.]*(?:\s+(?:more|troops|soldiers|personnel|men))?(?=\s*(?:[,.;]|$|and\b|\())"
)
_AND_SENDER = re.compile(r",?\s+and\s+(?:the\s+)?$")
# "…, with Uganda offering 1,500": a contributor in a "with" clause, its figure after the verb
_OFFER_AFTER = re.compile(
    r"\s+(?:offering|providing|pledging|contributing|sending|committing|promising|giving|"
    r"supplying)\s+(?:(?:" + _ROUGHLY + r")\s+)*\d"
)
# "… and smaller contingents expected from Nigeria and Burundi": contingents still to come
_EXPECTED_FROM = re.compile(
    r"\b(?:contingents?|units|troops|soldiers|battalions?|forces)\s+(?:are\s+|were\s+)?"
    r"(?:also\s+)?(?:expected|due|to come)\s+from\s+(?:the\s+)?$"
)
_FORCE_IN = re.compile(
    r"\b(?:force|mission|operation|contingent)\s+(?:[\w-]+\s+){0,2}?(?:in|for|to)\s+(?:the\s+)?$"
)


def _gapped_senders(view: View, found: list[Candidate]) -> list[Candidate]:
    """Senders whose verb and place are left out: "Croatia has sent 530 soldiers to the force in
    Afghanistan, and Albania another 140"; "… for a force in Somalia, with Uganda offering 1,500
    and smaller contingents expected from Nigeria and Burundi": they go where the first went."""
    text = view.text
    first = next((c for c in found if c.type is TieType.TROOP_DEPLOYMENT and not c.reversed), None)
    host, floor = (first.target, first.end) if first is not None else (None, 0)
    if host is None:
        for m in view.mentions:  # "… for a force in Somalia, with …": the force's host
            if not m.is_org and _FORCE_IN.search(text, max(0, m.start - 60), m.start):
                host, floor = m.code, m.end
                break
    if host is None:
        return []
    senders: list[Mention] = []
    for m in view.after(floor, len(text)):
        if m.is_org or m.code == host or (first is not None and m.code == first.actor):
            continue
        before = text[max(floor, m.start - 12) : m.start]
        if (_AND_SENDER.search(before) and _SENDER_FIGURE.match(text, m.end)) or (
            before.rstrip().endswith("with") and _OFFER_AFTER.match(text, m.end)
        ):
            senders.append(m)
        elif view.prep(m) == "from" and _EXPECTED_FROM.search(
            text, max(floor, m.start - 60), m.start
        ):
            senders += view.group_after(m, len(text))
    if not senders:
        return []
    return directed(
        TieType.TROOP_DEPLOYMENT,
        codes(senders),
        [host],
        (senders[0].start, senders[-1].end),
        host,
        rule="deployment.gapped_sender",
    )


# "Cuba had up to 40,000 men stationed in Angola", "Vietnam kept 50,000 men in Cambodia": men
# counted as a state's troops, held or stationed somewhere
_MEN = re.compile(
    r"\b(?P<verb>had|has|have|kept|keeps?|keeping|maintain(?:s|ed|ing)?|station(?:s|ed|ing)|"
    r"deploy(?:s|ed|ing))\s+"
    r"(?:(?:" + _ROUGHLY + r")\s+)*"
    r"\d[\d,.]*(?:\s+(?:[A-Z][\w-]*))?\s+men\s+(?:(?:stationed|deployed|based|posted|"
    r"garrisoned)\s+)?(?:in|inside|at)\s+(?:the\s+)?$"
)
_MEN_OWNED = re.compile(
    r"\b\d[\d,.]*\s+(?P<owner>[A-Z][\w-]*)\s+men\s+(?:(?:were|are|was|is|had been|have been)\s+)?"
    r"(?:(?:still|now|already|currently|permanently)\s+)?(?:stationed|deployed|based|posted|garrisoned)\s+(?:in|inside|at)\s+(?:the\s+)?$"
)
# "… in Angola and 20,000 in Ethiopia": the verb and its troops left out before a second place
_AND_FIGURE_IN = re.compile(
    r"^,?\s+and\s+(?:(?:" + _ROUGHLY + r")\s+)*"
    r"\d[\d,.]*(?:\s+(?:more|others))?\s+(?:in|to|at|into|inside)\s+(?:the\s+)?$"
)


def _men(view: View) -> list[Candidate]:
    """'Cuba had up to 40,000 men stationed in Angola', 'some 40,000 Cuban men were stationed in
    Angola': men counted as troops; a verb of holding or sending, or the stationing, needed."""
    out: list[Candidate] = []
    text = view.text
    for place in view.mentions:
        if place.is_org or view.prep(place) not in _WHERE:
            continue
        floor = max(0, place.start - 90)
        owners: list[Mention] = []
        start = place.start
        if owned := _MEN_OWNED.search(text, floor, place.start):
            owners = [m for m in view.mentions if m.start == owned.start("owner")][:1]
            start = owned.start()
        elif held := _MEN.search(text, floor, place.start):
            lo = view.clause(held.start())[0]
            owners = view.subject(held.start(), lo)
            start = held.start()
        sent = codes(owners)
        if sent and place.code not in sent and not _opposed(view, floor, place):
            out += directed(
                TieType.TROOP_DEPLOYMENT,
                sent,
                [place.code],
                (start, place.end),
                place.code,
                rule="deployment.men",
            )
    return out


def _gapped_places(view: View, found: list[Candidate]) -> list[Candidate]:
    """'Cuba had 40,000 troops in Angola and 20,000 in Ethiopia': a second figure and place, the
    verb and its troops left out, for the same sender."""
    out: list[Candidate] = []
    text = view.text
    mentions = [m for m in view.mentions if not m.is_org]
    for first, second in zip(mentions, mentions[1:], strict=False):
        if not _AND_FIGURE_IN.match(text[first.end : second.start]):
            continue
        senders = [
            c.actor
            for c in found
            if c.type is TieType.TROOP_DEPLOYMENT
            and c.target == first.code
            and not c.reversed
            and c.start < first.start
        ]
        out += directed(
            TieType.TROOP_DEPLOYMENT,
            list(dict.fromkeys(senders)),
            [second.code],
            (first.end, second.end),
            second.code,
            rule="deployment.gapped_place",
        )
    return out


def _in_region(view: View, start: int, rest: list[Mention]) -> list[Mention]:
    """The states listed after "including" where the troops are across a region."""
    for m in rest:
        if view.prep(m) == "including":
            region = _REGION.search(view.text, start, m.start)
            others = [o for o in view.after(start, m.start) if not o.is_org]
            return [m] if region is not None and not others else []
    return []


def _gapped(view: View, senders: list[Mention], last: Mention, hi: int) -> list[Candidate]:
    """'New Zealand sent troops to Afghanistan and trainers to Iraq', 'Japan will deploy jets to
    Australia, and Australian jets to Japan': the same verb for a second object and its place,
    from the sender before or from the state named with the second object."""
    following = [
        m for m in view.after(last.end, hi) if not m.is_org and view.prep(m) in {"to", "into"}
    ][:1]
    if not following:
        return []
    gap = _GAPPED.fullmatch(view.text, last.end, following[0].start)
    if gap is None:
        return []
    place = following[0]
    owners = codes(senders)
    if gap.group("owner"):
        named = [m for m in view.mentions if m.start == gap.start("owner")]
        owners = codes(named) if named else owners
    return directed(
        TieType.TROOP_DEPLOYMENT,
        owners,
        codes(view.group_after(place, hi)),
        (gap.start(), place.end),
        place.code,
        rule="deployment.gapped",
    )


def _joined_exercise(
    view: View,
    troops: list[re.Match[str]],
    owner: Mention,
    joined: Mention,
    verb: re.Match[str],
    hi: int,
) -> list[Candidate]:
    """'Chinese soldiers and Mongolian troops will join Russian forces in the manoeuvres',
    'Singaporean troops joined American and Thai forces in the drill': every pair exercises."""
    joiners = _coordinated(view, owner)
    for earlier in troops[:-1]:  # "Chinese soldiers and a contingent of Mongolian troops"
        other = _troop_owner(view, earlier)
        if other is not None and other not in joiners and other.start < owner.start:
            joiners = [*_coordinated(view, other), *joiners]
    hosts = [m for m in view.group_after(joined, hi) if view.forces(m) or m is joined]
    return pairs(
        TieType.JOINT_EXERCISE,
        codes([*joiners, *hosts]),
        verb.span(),
        rule="exercise.joined",
    )


def _followers(view: View, sent: list[Candidate]) -> list[Candidate]:
    """'… landed in Haiti, with troops from Jamaica and Belize expected to follow': the later
    contingents go where the first one went."""
    out: list[Candidate] = []
    first = next((c for c in sent if c.rule == "deployment.send"), None)
    if first is None:
        return out
    for follow in view.finditer(_FOLLOW, first.end):
        floor = max(first.end, follow.start() - 120)
        owners: list[Mention] = []
        for mention in view.before(follow.start(), floor):
            if view.forces(mention):
                owners += _coordinated(view, mention)
            elif view.prep(mention) == "from" and view.search(
                TROOPS, max(floor, mention.start - 25), mention.start
            ):
                owners += view.group_after(mention, follow.start())
        out += directed(
            TieType.TROOP_DEPLOYMENT,
            [c for c in codes(owners) if c != first.actor],
            [first.target],
            follow.span(),
            first.location,
            rule="deployment.follow",
        )
    return out


def _withdrawals(view: View, found: list[Candidate]) -> list[Candidate]:
    """'Washington will pull 12,000 troops out of Germany': a deployment reversed (denied);
    without a place named, the force's host ("cut the U.N. force in Rwanda after Belgium
    withdrew its contingent")."""
    out: list[Candidate] = []
    text = view.text
    for verb in view.finditer(_WITHDRAW):
        lo, hi = view.clause(verb.start())
        troop = view.search(TROOPS, verb.start(), min(hi, verb.end() + 60))
        if troop is None:
            before = list(view.finditer(TROOPS, max(lo, verb.start() - 60), verb.start()))
            troop = before[-1] if before else None
        if troop is None:
            continue
        owners = [  # "from Germany" after the troops names the host here, not the owner
            m
            for m in view.before(troop.start(), max(lo, troop.start() - 60))
            if view.forces(m) or _POSSESSIVE_BEFORE.search(text, m.end, troop.start())
        ][-1:]
        owner = owners[0] if owners else None
        senders = _with_partners(view, owner) if owner else view.subject(verb.start(), lo)
        hosts = [
            m
            for m in view.after(verb.end(), hi)
            if view.prep(m) in {"from", "of", "in"} and m is not owner
        ][:1]
        if not hosts and (where := _IN_PLACE.match(text, troop.end())):
            # "the last 1,000 Syrian troops in Lebanon have withdrawn": where they were
            hosts = [m for m in view.mentions if m.start == where.end() and not m.is_org][:1]
        rule = "deployment.withdraw"
        if not hosts and (
            asked := _ASKED_TO.search(view.lower, max(lo, verb.start() - 90), verb.start())
        ):
            # "The Maldivian president asked India to withdraw its military personnel": the
            # asker's state hosts them
            told = codes(senders)
            hosts = [m for m in view.subject(asked.start(), lo) if m.code not in told][:1]
            here = _FROM_HOME.match(text, troop.end()) is not None
            if not hosts or not (here or hosts[0].code == view.venue):
                hosts = []  # "Washington asked Moscow to withdraw its troops": no host told
            rule = "deployment.asked_out"
        if not hosts and (mission := _mission_host(view, found)) is not None:
            hosts = [Mention(0, 0, mission, Kind.NAME)]
        out += directed(
            TieType.TROOP_DEPLOYMENT,
            codes(senders),
            codes(hosts),
            verb.span(),
            hosts[0].code if hosts else None,
            rule=rule,
        )
    return out


# "asked India to withdraw its military personnel", "gave France a month to pull out its troops":
# a host asking another state to take its troops home
_ASKED_TO = re.compile(
    r"\b(?:ask(?:s|ed|ing)?|told|tells?|request(?:s|ed|ing)?|demand(?:s|ed|ing)?|gave|give|gives|"
    r"given)\s+(?:(?!to\b)[\w'’.-]+\s+){1,5}?to\s+$"
)
# "… from the country", "from its soil": the asker's own land (a host named only so)
_FROM_HOME = re.compile(
    r"\s+(?:from|out of|off)\s+(?:the\s+(?:country|island|archipelago|kingdom|republic|"
    r"(?:island\s+)?nation)|(?:its|his|her|their|our)\s+(?:country|soil|territory|island))\b"
)
# "the US withdrawal from Afghanistan", "America's chaotic pullout from Afghanistan", "Britain
# withdrew from Iraq", "the United States pulled out of Syria": a state's forces leaving a state
_STATE_LEAVES = re.compile(
    r"^(?P<gap>(?:['’]s)?\s+(?:(?:has|have|had|will|would|to|then|finally|also|completed|"
    r"finished|began|begun|its|their|final|chaotic|hasty|planned|full|complete|military|troop)\s+)*)"
    r"(?P<verb>withdr(?:ew|awn|awal|aw|aws|awing)|pull(?:ed|s|ing)?[- ]?out|pullout)\s+"
    r"(?:from|of)\s+(?:the\s+)?$"
)
_PLACE_ENDS = re.compile(
    r"\s*(?:[.,;:)]|$|(?:in|on|by|last|this|after|before|and|at|within|"
    r"over|under|since|was|were|is|has|had|will|would|ended|began|drew)\b)"
)


def _state_withdrawals(view: View) -> list[Candidate]:
    """A state leaving a state, no troops named ("the Soviet withdrawal from Afghanistan"):
    its deployment there denied; not "withdrew from the Iran nuclear deal"."""
    out: list[Candidate] = []
    text = view.text
    mentions = [m for m in view.mentions if not m.is_org and m.kind is not Kind.LEADER]
    for owner, place in zip(mentions, mentions[1:], strict=False):
        gap = _STATE_LEAVES.match(text[owner.end : place.start])
        if (
            gap is None
            or owner.code == place.code
            or view.prep(owner) is not None
            or not _PLACE_ENDS.match(text, place.end)
        ):
            continue
        out += directed(
            TieType.TROOP_DEPLOYMENT,
            [owner.code],
            [place.code],
            (owner.end + gap.start("verb"), owner.end + gap.end("verb")),
            place.code,
            rule="deployment.withdraw",
            reversed=True,
        )
    return out


def _ordered_out(view: View) -> list[Candidate]:
    """A host telling foreign troops to go ("gave the French soldiers a month to leave", "the
    deadline for all Indian troops to leave", "gave the United States 180 days to vacate the
    base") or letting them stay ("the accord that allowed US troops to operate on its soil")."""
    out: list[Candidate] = []
    for order in view.finditer(_TO_LEAVE):
        lo, hi = view.clause(order.start())
        verb_start, verb = order.start() + 3, order.group()[3:]
        cue = _ORDER_CUE.search(view.lower, max(lo, order.start() - 80), order.start())
        if cue is None or (cue.group("order") is None) != (verb not in _GO_VERBS):
            continue
        floor = max(lo, order.start() - 120)
        troops = list(view.finditer(TROOPS, floor, verb_start))
        owner = _troop_owner(view, troops[-1]) if troops else None
        if owner is None and verb == "vacate":
            # "has given the United States 180 days to vacate": the object told to go
            told = list(_TOLD.finditer(view.lower, floor, verb_start))
            owners = view.after(told[-1].end(), verb_start) if told else []
            owner = owners[0] if owners and view.prep(owners[0]) is None else None
        if owner is None or _opposed(view, floor, owner):
            continue
        hosts = [  # named in this sentence: a host carried over from the last is too loose
            m for m in view.subject(owner.start, lo) if m.code != owner.code and m in view.mentions
        ][:1]
        place = [m for m in view.after(order.end(), hi) if view.prep(m) in _WHERE][:1]
        if not hosts and (place or _THEIR_SOIL.match(view.text, order.end())):
            hosts = (
                place
                or [
                    m
                    for m in view.subject(owner.start, 0)
                    if m.code != owner.code and m in view.mentions
                ][:1]
            )
        allowed = verb not in _GO_VERBS
        if not hosts and view.venue and not allowed:
            hosts = [Mention(0, 0, view.venue, Kind.NAME)]  # "MALE - … for Indian troops to leave"
        out += directed(
            TieType.TROOP_DEPLOYMENT,
            [owner.code],
            codes(hosts),
            (verb_start, order.end()),
            hosts[0].code if hosts else None,
            rule="deployment.allowed" if allowed else "deployment.ordered_out",
            reversed=not allowed,
        )
    return out


def _troops_in(view: View) -> list[Candidate]:
    """Troops named with the state they are in, no verb needed: "a visit to German troops in
    northern Afghanistan", "the 5,000 US soldiers in Iraq"."""
    out: list[Candidate] = []
    for troops in view.finditer(TROOPS):
        where = _IN_PLACE.match(view.text, troops.end())
        if where is None:
            continue
        places = [  # "in the country": the description's span holds the article
            m
            for m in view.mentions
            if troops.end() <= m.start <= where.end() < m.end and not m.is_org
        ]
        owner = _troop_owner(view, troops)
        if not places or owner is None or _opposed(view, 0, owner):
            continue
        if _HOSTILE.search(view.lower, max(0, owner.start - 30), owner.start):
            continue  # "attacks on US troops in Iraq" tell of a fight, the tie is told elsewhere
        out += directed(
            TieType.TROOP_DEPLOYMENT,
            [owner.code],
            [places[0].code],
            troops.span(),
            places[0].code,
            rule="deployment.troops_in",
            reversed=_ENDED.search(view.text, max(0, troops.start() - 70), troops.start())
            is not None,
        )
    return out


def _holdings(view: View) -> list[Candidate]:
    """A state that has or keeps troops in another: "France still has 1,500 soldiers there"."""
    out: list[Candidate] = []
    text = view.text
    if not view.finditer(TROOPS) or not view.finditer(_HAS):
        return out
    for mention in view.mentions:
        lo, _ = view.clause(mention.start)
        held = _HOLDS.search(text, max(lo, mention.start - 90), mention.start)
        if held is None or view.led(mention):
            continue  # "had 45,000 troops in the US-led coalition": a force, not a host
        owners = view.subject(held.start(), lo)
        for place in view.group_after(mention, len(text)):  # "in northern Iraq, Syria and Qatar"
            out += directed(
                TieType.TROOP_DEPLOYMENT,
                codes(m for m in owners if m.code != place.code),
                [place.code],
                held.span("verb"),
                place.code,
                rule="deployment.holds",
            )
    return out


_WHERE_AT = re.compile(r", where\s")
_WHERE_VERB = re.compile(
    r"\b(?:based|stationed|deployed|posted|garrisoned|serv(?:e|es|ed|ing)|has|have|had|keeps?|kept|"
    r"maintains?|maintained|operates?|operated|runs?)\b",
    re.IGNORECASE,
)
_KILLED = re.compile(r"\b(?:killed|wounded|kidnapp\w*|captured|fought|fighting|clash\w*)\b", re.I)


def _where_clause(view: View) -> list[Candidate]:
    """'… into Niger, where about 1,000 French soldiers will now be based', 'Djibouti, where
    China has its first overseas base', 'Syria, where the US keeps 900 troops': the state before
    ", where" hosts the troops or base the clause names."""
    out: list[Candidate] = []
    text = view.text
    for where in _WHERE_AT.finditer(text):
        hosts = [m for m in view.mentions if m.end == where.start() and not m.is_org]
        if not hosts:
            continue
        host = hosts[-1]
        _, hi = view.clause(where.start() + 1)
        verb = _WHERE_VERB.search(text, where.end(), hi)
        troops = view.finditer(TROOPS, where.end(), hi)
        if (
            verb is None
            or not (troops or view.finditer(_BASE, where.end(), hi))
            or _HOSTILE.search(view.lower, where.end(), hi)
            or _KILLED.search(text, where.end(), hi)
        ):
            continue  # "Mali, where French troops were ambushed": no stay told
        owner = _troop_owner(view, troops[0]) if troops else None
        owners = _coordinated(view, owner) if owner is not None else []
        if not owners:  # "where the US has about 900 troops"
            owners = [m for m in view.after(where.end(), verb.start()) if view.prep(m) is None][:1]
        out += directed(
            TieType.TROOP_DEPLOYMENT,
            codes(owners),
            [host.code],
            verb.span(),
            host.code,
            rule="deployment.where",
        )
    return out


def _departures(view: View) -> list[Candidate]:
    """Troops leaving a state: the deployment told as ending (denied)."""
    out: list[Candidate] = []
    text = view.text
    if not view.finditer(TROOPS) or not view.finditer(_LEAVES):
        return out
    for mention in view.mentions:
        lo, _ = view.clause(mention.start)
        verb = _LEAVE.search(text, max(lo, mention.start - 40), mention.start)
        if verb is None:
            continue
        troops = list(view.finditer(TROOPS, max(lo, verb.start() - 160), verb.start()))
        # "650 American soldiers flew home, the first of 10,000 troops to leave Afghanistan": the
        # nearest troops with an owner
        owner = next(
            (o for t in reversed(troops) if (o := _troop_owner(view, t)) is not None), None
        )
        if owner is None or owner.code == mention.code:
            continue
        out += directed(
            TieType.TROOP_DEPLOYMENT,
            codes(_with_partners(view, owner)),
            [mention.code],
            verb.span("verb"),
            mention.code,
            rule="deployment.leave",
            reversed=True,
        )
        onward = view.after(mention.end, min(len(text), mention.end + 60))[:1]
        if onward and _ONWARD.fullmatch(text, mention.end, onward[0].start):
            # "left Mali for Niger", "left Mali on Monday, crossing into Niger": where they go
            out += directed(
                TieType.TROOP_DEPLOYMENT,
                [owner.code],
                [onward[0].code],
                verb.span("verb"),
                onward[0].code,
                rule="deployment.leave",
            )
    if view.venue:
        out += _left_base(view, view.venue)
    return out


# "France's Barkhane force is also active in Chad, Niger and Mauritania": a state's own force,
# named by its operation, present in a list of states
_FORCE_NOUN = re.compile(r"\b(?:force|operation|mission)\b")
_FORCE_OWNER = re.compile(
    r"(?:['’]s)?\s+(?:(?:Operation|[A-Z][\w'’-]*|counter-?\w+|anti-?\w+|military|army|"
    r"special|task|peacekeeping)\s+){0,3}$"
)
_FORCE_ACTIVE = re.compile(
    r"(?:\s+[A-Z][\w-]*)?(?:,[^,;]{1,60},)?\s+"
    r"(?:(?:is|are|was|were|has been|have been|remains?|remained)\s+)?"
    r"(?:(?:also|still|now|currently|already)\s+)?(?:(?:active|present|deployed|stationed|based|"
    r"operating|operates|operated)\s+)?(?<=[a-z] )(?:in|across|throughout|inside)\s+(?:the\s+)?"
    r"(?:(?:neighbou?ring|northern|southern|eastern|western|central)\s+)?"
)


def _force_hint(lower: str) -> bool:
    """Cheap words every named force's presence holds."""
    return ("force" in lower or "operation" in lower) and (
        " is also in " in lower
        or " is still in " in lower
        or "active" in lower
        or "operat" in lower
        or "present" in lower
        or "deployed" in lower
        or "stationed" in lower
    )


def _named_force(view: View) -> list[Candidate]:
    """'France's Barkhane force is also active in Chad, Niger and Mauritania', 'the French
    Barkhane force operates in Chad': the owner's troops are in each state listed."""
    out: list[Candidate] = []
    text = view.text
    for noun in _FORCE_NOUN.finditer(view.lower):
        active = _FORCE_ACTIVE.match(text, noun.end())
        if active is None:
            continue
        places = [m for m in view.mentions if m.start == active.end() and not m.is_org][:1]
        owners = [
            m
            for m in view.before(noun.start(), max(0, noun.start() - 50))
            if _FORCE_OWNER.fullmatch(text, m.end, noun.start())
        ][-1:]
        if (
            not places
            or not owners
            or owners[0].is_org
            or owners[0].kind is Kind.LEADER
            or view.prep(owners[0]) is not None
        ):
            continue
        hi = view.clause(active.end())[1]
        targets = [m for m in view.group_after(places[0], hi) if m.code != owners[0].code]
        for target in codes(targets):
            out += directed(
                TieType.TROOP_DEPLOYMENT,
                [owners[0].code],
                [target],
                (noun.start(), active.end()),
                target,
                rule="deployment.named_force",
            )
    return out


# "American special forces operating from Djibouti", "US jets flying from Incirlik air base in
# Turkey": forces working out of another state's territory
_OPERATING_FROM = re.compile(
    r"(?P<noun>troops|soldiers|forces|marines|commandos|units|personnel|jets|warplanes|aircraft|"
    r"drones|bombers|fighters|planes|helicopters|warships|ships|vessels|submarines)\s+"
    r"(?:(?:that|which)\s+(?:are\s+|were\s+|have\s+been\s+)?)?(?:(?:now|still|currently)\s+)?"
    r"(?:operating|operate|operated|flying|flown|staging)\s+(?:out\s+of|from)\s+"
    r"(?:(?:the|a|an|its|their)\s+)?(?:(?:[A-Z][\w'’-]*\s+){1,3}(?:[Aa]ir ?[Bb]ase|[Bb]ase|"
    r"[Aa]irfield|[Aa]irport|[Pp]ort)\s+(?:in|near)\s+(?:the\s+)?|(?:bases|airfields)\s+in\s+"
    r"(?:the\s+)?)?$"
)
_OWNER_BEFORE = re.compile(r"(?:['’]s)?\s+(?:(?!from\b|in\b|of\b)[\w-]+\s+){0,3}$")


def _operating_from(view: View) -> list[Candidate]:
    """'American special forces operating from Djibouti', 'US jets flying from an air base in
    Turkey': the owner of the forces deploys them in the state they work out of."""
    out: list[Candidate] = []
    text = view.text
    for place in view.mentions:
        if place.is_org or view.prep(place) not in {"from", "of", "in", "near"}:
            continue
        found = _OPERATING_FROM.search(text, max(0, place.start - 110), place.start)
        if found is None:
            continue
        owners = [
            m
            for m in view.before(found.start(), max(0, found.start() - 40))
            if not m.is_org
            and m.kind is not Kind.LEADER
            and _OWNER_BEFORE.fullmatch(text, m.end, found.start())
            and view.prep(m) is None
        ][-1:]
        if not owners or owners[0].code == place.code or _opposed(view, 0, owners[0]):
            continue
        out += directed(
            TieType.TROOP_DEPLOYMENT,
            codes(_coordinated(view, owners[0])),
            [place.code],
            (found.start("noun"), place.end),
            place.code,
            rule="deployment.operating_from",
        )
    return out


# "France's final army unit in Mali crossed into Niger, completing the pullout": a withdrawal told
# by its last unit crossing a border (the crossing alone is an incursion: no tie without this)
_COMPLETED = re.compile(
    r"\b(?:complet\w*|end(?:s|ed|ing)?|finish\w*|conclud\w*|final stage of|last stage of)\s+"
    r"(?:the\s+|a\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:withdrawal|pull-?out|drawdown|"
    r"departure|exit|retreat|evacuation)"
)
_UNIT_IN = re.compile(
    r"(?P<noun>units?|column|convoy|contingents?|troops|soldiers|forces|battalion|personnel)\s+"
    r"(?:(?:still\s+)?(?:based|stationed|deployed)\s+)?(?:in|from)\s+(?:the\s+)?$"
)
_UNIT_OWNER = re.compile(
    r"(?:['’]s)?\s+(?:(?:last|final|remaining|rear|army|military|armed|combat|ground|few|"
    r"\d[\d,]*)\s+){0,4}$"
)
_CROSSED = re.compile(
    r"(?:\s+(?:on|this|last|early|late)\s+\w+)?,?\s+(?:had\s+|have\s+|has\s+)?"
    r"(?:crossed|cross|crossing)\s+(?:the\s+(?:border\s+|frontier\s+))?(?:back\s+)?into\s+"
    r"(?:neighbou?ring\s+)?(?:the\s+)?$"
)


# "More than 1,000 Saudi soldiers crossed the causeway into Bahrain at the request of its
# rulers": a crossing the host asked for (a crossing alone is an incursion)
_INVITED = re.compile(
    r"\b(?:at the (?:request|invitation|behest) of|(?:invited|requested|called in) by|"
    r"(?:to|help) (?:help|support|back|protect|defend|shore up|reinforce)\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?(?:government|authorities|rulers|monarchy|regime|kingdom|army|forces))"
)
_CROSSED_INTO = re.compile(
    r"\s+(?:(?:had|has|have|also|then)\s+)?(?:crossed|cross|crossing|rolled|poured)\s+"
    r"(?:the\s+(?:[\w-]+\s+){0,2}?(?:causeway|border|frontier|bridge|river)\s+)?into\s+"
    r"(?:neighbou?ring\s+)?(?:the\s+)?$"
)


def _crossed_invited(view: View) -> list[Candidate]:
    """'1,000 Saudi soldiers crossed the causeway into Bahrain at the request of its rulers':
    troops crossing into the state that asked for them."""
    out: list[Candidate] = []
    text = view.text
    for troops in view.finditer(TROOPS):
        owner = _troop_owner(view, troops)
        if owner is None:
            continue
        hi = view.clause(troops.end())[1]
        for place in view.after(troops.end(), min(hi, troops.end() + 70))[:1]:
            if place.is_org or not _CROSSED_INTO.fullmatch(text, troops.end(), place.start):
                continue
            if place.code == owner.code or _INVITED.search(view.lower, place.end) is None:
                continue
            out += directed(
                TieType.TROOP_DEPLOYMENT,
                codes(_coordinated(view, owner)),
                [place.code],
                (troops.start(), place.end),
                place.code,
                rule="deployment.crossed_invited",
            )
    return out


def _crossed_out(view: View) -> list[Candidate]:
    """'France's final army unit in Mali crossed into Niger, completing the pullout': the unit's
    state leaves the first state (denied) for the second (asserted)."""
    out: list[Candidate] = []
    text = view.text
    mentions = [m for m in view.mentions if not m.is_org]
    for place, onward in zip(mentions, mentions[1:], strict=False):
        unit = _UNIT_IN.search(text, max(0, place.start - 50), place.start)
        if unit is None or not _CROSSED.fullmatch(text, place.end, onward.start):
            continue
        owners = [
            m
            for m in view.before(unit.start(), max(0, unit.start() - 50))
            if _UNIT_OWNER.fullmatch(text, m.end, unit.start())
        ][-1:]
        if not owners or owners[0].code in {place.code, onward.code}:
            continue
        span = (unit.start(), onward.end)
        owner = owners[0].code
        out += directed(
            TieType.TROOP_DEPLOYMENT,
            [owner],
            [place.code],
            span,
            place.code,
            rule="deployment.crossed_out",
            reversed=True,
        )
        out += directed(
            TieType.TROOP_DEPLOYMENT,
            [owner],
            [onward.code],
            span,
            onward.code,
            rule="deployment.crossed_out",
        )
    return out


_ONWARD = re.compile(
    r"(?:\s+(?:on|this|last|early|late|in)\s+\w+)?,?\s+(?:(?:heading|headed|bound|destined|"
    r"crossing|moving|relocating|redeploying)\s+)?(?:for|into)\s+(?:the\s+)?"
)
_CLAUSE_ACTOR = frozenset({None, "after", "before", "since", "as", "once", "until"})


def _left_named_base(view: View) -> list[Candidate]:
    """'Washington would leave the Manas transit centre', 'the United States vacated the
    Karshi-Khanabad air base': a state giving up its base in another (denied)."""
    out: list[Candidate] = []
    for left in _LEFT_NAMED.finditer(view.text):
        host = city_state(left.group("place"))
        if host is None:
            continue
        lo, _ = view.clause(left.start())
        troops = list(view.finditer(TROOPS, max(lo, left.start() - 80), left.start()))
        owner = _troop_owner(view, troops[-1]) if troops else None
        # "days after Washington confirmed it would leave": the clause's own actor before "it"
        actors = [
            m
            for m in view.before(left.start(), lo)
            if view.prep(m) in _CLAUSE_ACTOR and not m.is_org
        ]
        owners = [owner] if owner is not None else actors[-1:] or view.subject(left.start(), lo)[:1]
        out += directed(
            TieType.TROOP_DEPLOYMENT,
            [m.code for m in owners if not m.is_org],
            [host],
            left.span("verb"),
            host,
            rule="deployment.left_base",
            reversed=True,
        )
    return out


def _left_base(view: View, venue: str) -> list[Candidate]:
    """'MANTA - The last US airmen left the air base': troops leaving a base of the dateline's
    state."""
    out: list[Candidate] = []
    for base in view.finditer(_BASE):
        lo, _ = view.clause(base.start())
        verb = _LEFT_BASE.search(view.text, max(lo, base.start() - 50), base.start())
        troops = list(view.finditer(TROOPS, max(lo, base.start() - 120), base.start()))
        if verb is None or not troops:
            continue
        owner = _troop_owner(view, troops[-1])
        if owner is None or owner.code == venue:
            continue
        out += directed(
            TieType.TROOP_DEPLOYMENT,
            [owner.code],
            [venue],
            verb.span("verb"),
            venue,
            rule="deployment.leave",
            reversed=True,
        )
    return out


def _bases(view: View) -> list[Candidate]:
    """A state's military base in another: "Djibouti hosts China's naval base", "the US air
    base in Qatar"."""
    out: list[Candidate] = []
    text = view.text
    for base in view.finditer(_BASE):
        lo, hi = view.clause(base.start())
        owners = [
            m
            for m in view.before(base.start(), max(lo, base.start() - 60))
            if m.kind is not Kind.LEADER and _OWNER_GAP.match(text[m.end : base.start()])
        ][-1:]
        if not owners:
            owners = [  # "a base of Russia", "a base for the US", not "…, heading for Chad"
                m
                for m in view.after(base.end(), min(hi, base.end() + 30))
                if view.prep(m) in {"of", "for", "by"} and "," not in text[base.end() : m.start]
            ]
            owners = owners[:1]
        if not owners and (built := _BUILDS.search(text, max(lo, base.start() - 60), base.start())):
            owners = view.subject(built.start(), lo)[:1]  # "the UAE has built a base in Eritrea"
        rule = "deployment.base"
        if not owners and (own := _OWN_BASE.search(text, max(lo, base.start() - 50), base.start())):
            owners = view.subject(own.start(), lo)[:1]
            rule = "deployment.base_of"
        if not owners:
            continue
        owner = owners[0]
        for m in reversed(view.before(owner.start, max(lo, owner.start - 80))):
            if not re.fullmatch(r"\s*(?:,|and|,\s*and|or)\s*", text[m.end : owners[0].start]):
                break
            owners.insert(0, m)  # "hosts French, American and Japanese bases"
        hosts = [
            m
            for m in view.after(base.end(), hi)
            if view.prep(m) in {"in", "at", "on", "inside"} and m is not owner
        ][:1]
        if not hosts and rule == "deployment.base":
            verb = list(_HOSTS_BASE.finditer(text, lo, owner.start))
            if verb:
                hosts = [m for m in view.subject(verb[-1].start(), lo) if m is not owner][:1]
        out += directed(
            TieType.TROOP_DEPLOYMENT,
            codes(owners),
            codes(hosts),
            base.span(),
            hosts[0].code if hosts else None,
            rule=rule,
            # "Washington will close its air base in Ecuador": the base given up
            # "ending a century of American bases in the islands": over too
            reversed=_GIVES_UP.search(text, max(lo, base.start() - 60), base.start()) is not None
            or _ENDED.search(text, max(lo, base.start() - 70), base.start()) is not None,
        )
    return out


# The host of a multinational force named in the sentence: "the African Union mission in
# Somalia", "the NATO-led force took command in Bosnia", "the Kosovo force"
_FORCE_HOST = re.compile(
    r"\b(?:force|missions?|operations?|coalition|battalion|battle ?group)\s+"
    r"(?:(?!in\b|to\b|for\b|inside\b)[\w'’-]+\s+){0,3}?(?:in|to|for|inside)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_NAMED_FORCE = re.compile(
    r"\s+(?:(?:peacekeeping|protection|stabili[sz]ation)\s+)?(?:force|mission)\b"
)
# A state giving, keeping or changing the troops after it: "Nigeria will provide smaller
# contingents", "Kenya and Burundi are to trim their own contingents"
_FIELDS = re.compile(
    r"\b(?:provid|field|contribut|commit|sen[dt]|pledg|offer|trim|cut|reduc|expand|increas|doubl|"
    r"boost|add|keep|kept|maintain|deploy|dispatch|has|have|had|put|involv)\w*\s+"
    r"(?:[\w,.'’-]+\s+){0,4}$",
    re.IGNORECASE,
)
_WEAPONS_OF = lexicon.lowered(r"of (?:[\w-]+ ){0,3}?(?:" + lexicon.WEAPONS + ")")


def _force_words(lower: str) -> bool:
    """Whether a sentence names a force at all (plain substring tests, cheaper than a scan)."""
    return (
        "force" in lower
        or "mission" in lower
        or "operation" in lower
        or "coalition" in lower
        or "battalion" in lower
        or "group" in lower
    )


_CONTINGENT_SOURCES = frozenset(
    {"deployment.send", "deployment.contributes", "deployment.follow", "deployment.withdraw"}
)


def _mission_host(view: View, found: list[Candidate]) -> str | None:
    """The one state a sentence names as a multinational force's host, or where its other
    deployments go; else the host carried from the sentences just before."""
    hosts: list[str] = []
    for m in view.mentions if _force_words(view.lower) else ():
        if m.is_org or m.kind is Kind.DEMONYM:
            continue
        if _FORCE_HOST.search(view.text, max(0, m.start - 60), m.start) or _NAMED_FORCE.match(
            view.text, m.end
        ):
            hosts.append(m.code)
    hosts += [c.target for c in found if c.rule in _CONTINGENT_SOURCES and c.location]
    if not hosts and view.mission_recent:
        hosts = [view.mission_recent]
    return hosts[0] if len(set(hosts)) == 1 else None


def _contingents(view: View, found: list[Candidate]) -> list[Candidate]:
    """The national contingents of a force whose host is known: "leaving troops from Uganda,
    Burundi and Kenya", "together with British and French contingents", "Nigeria and Burundi
    are expected to provide smaller contingents" all serve where the force is."""
    out: list[Candidate] = []
    every = view.finditer(TROOPS)
    if not every or (
        len(every) < 2 and view.mission_recent is None and not _force_words(view.lower)
    ):
        return out  # one troop noun and no force named: the sentence's own deployment rules
    host = _mission_host(view, found)
    if host is None:
        return out
    text = view.text
    placed = {c.actor for c in found}
    for troops in every:
        lo, hi = view.clause(troops.start())
        owners: list[Mention] = []
        owner = _troop_owner(view, troops)
        if _POSSESSIVE_BEFORE.search(text, max(0, troops.start() - 40), troops.start()):
            owners = view.subject(troops.start(), 0)  # "its own troops from Bosnia"
        elif owner is not None and view.prep(owner) == "from" and owner.start > troops.start():
            owners = view.group_after(owner, hi)
        elif owner is not None:
            owners = _coordinated(view, owner)
        elif _FIELDS.search(text, max(lo, troops.start() - 50), troops.start()):
            owners = view.subject(troops.start(), lo)
        elsewhere = [
            m
            for m in view.after(troops.end(), min(hi, troops.end() + 30))
            if view.prep(m) in _WHERE and m.code != host
        ]
        if (
            elsewhere
            or _ELSEWHERE.match(text, troops.end())  # "sent troops to its own northern border"
            or host in codes(owners)  # "troops from Mali, Niger and Chad": a regional force
            or _HOSTILE.search(view.lower, max(lo, troops.start() - 40), troops.start())
        ):
            continue  # "troops from Bosnia to Kosovo", "attacks on Kenyan troops"
        out += directed(
            TieType.TROOP_DEPLOYMENT,
            [
                code
                for code in codes(owners)
                if code not in placed
                and not any(m.code == code and _opposed(view, lo, m) for m in owners)
            ],
            [host],
            troops.span(),
            host,
            rule="deployment.contingent",
        )
    return out


_RESPECTIVELY = re.compile(r"[\s,]*respectively\b", re.IGNORECASE)
_RESPECTIVE_PLACES = frozenset({"in", "to", "into", "at", "inside"})


def _respectively(view: View, found: list[Candidate]) -> list[Candidate]:
    """'battalions in Estonia, Latvia and Poland led by Britain, Canada and the United States
    respectively', 'Canada and Britain are the framework nations in Latvia and Estonia
    respectively': the n-th leader in the n-th place, and no tie across the two lists."""
    if not (view.finditer(TROOPS) or view.finditer(_BASE) or "framework nation" in view.lower):
        return found
    groups: list[list[Mention]] = []
    for mention in view.mentions:
        if mention.is_org or any(mention in group for group in groups):
            continue
        groups.append([m for m in view.group_after(mention, len(view.text)) if not m.is_org])
    for i, places in enumerate(groups):
        if view.prep(places[0]) not in _RESPECTIVE_PLACES or len(codes(places)) < 2:
            continue
        for leaders in groups[:i] + groups[i + 1 :]:
            if (
                view.prep(leaders[0]) not in {None, "by"}
                or len(codes(leaders)) != len(codes(places))
                or set(codes(leaders)) & set(codes(places))
                or not _RESPECTIVELY.match(view.text, max(places[-1].end, leaders[-1].end))
            ):
                continue
            crossed = {(a, t) for a in codes(leaders) for t in codes(places)}
            out = [c for c in found if (c.actor, c.target) not in crossed]
            for actor, place in zip(codes(leaders), codes(places), strict=True):
                out += directed(
                    TieType.TROOP_DEPLOYMENT,
                    [actor],
                    [place],
                    (leaders[0].start, leaders[-1].end),
                    place,
                    rule="deployment.respectively",
                )
            return out
    return found
