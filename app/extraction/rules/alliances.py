"""ALLIANCE rules: joining an alliance, membership, mutual-defence treaties."""

from __future__ import annotations

import re

from app.extraction import lexicon
from app.extraction.clauses import View
from app.extraction.gazetteer import Kind, Mention
from app.extraction.rules.common import (
    Candidate,
    codes,
    directed,
    fronted_subject,
    negated_np,
    pairs,
    participants,
    partners,
)
from app.vocabulary import TieType

JOIN_ORG = (
    r"join(?:ed|s|ing)?|re-?join(?:ed|s|ing)?|enter(?:ed|s|ing)?|accession (?:to|into)|"
    r"acced(?:e|ed|es|ing) to|admitted (?:to|into)|"
    r"admission (?:to|into)|entry into|members?(?:hip)? (?:of|in)|"
    r"(?:became|becoming|becomes|become) (?:a|the|its) (?:[\w-]+ ){0,2}"
    r"member(?: state| country)? of|"
    r"allies (?:in|within)|"
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
    r"if (?:either|one|the other) (?:side|party|country|state|of them)? ?"
    r"(?:is|were|was|comes? under) "
    r"(?:attacked|invaded|attack)|allied relations|alliance relations|alliance of|"
    r"(?<!cooperation )(?<!co-operation )(?:mutual )?(?:defen[cs]e|security) treat(?:y|ies)|"
    r"defen[cs]e pacts|mutual[- ]defen[cs]e (?:treaties|pacts|agreements)"
)


_ALLIANCE = lexicon.lowered(ALLIANCE)
_JOIN_ORG = re.compile(
    r"\b(?:" + JOIN_ORG + r")\s+(?:neither\s+|either\s+|both\s+)?(?:the\s+)?"
    r"(?:[\w-]+-(?:led|dominated|backed)\s+|Western\s+|Atlantic\s+)?$"
    r"|\b(?:let|letting|lets|admit(?:ted|s|ting)?|welcom\w+|bring|brought)\s+(?:\S+\s+){1,3}?"
    r"(?:in)?to\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_ORG_MEMBER = re.compile(r"['’]s\s+(?:\w+\s+){0,3}(?:member|ally|members)\b", re.IGNORECASE)
# "NATO's newest members, Finland and Sweden": the members named after the noun
_ORG_MEMBERS_NAMED = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,2}(?:members?|all(?:y|ies))(?:\s+states?)?,?\s+(?:the\s+)?",
    re.IGNORECASE,
)
# "Hungary was the last NATO member to ratify", "Poland is a NATO ally": a copula before the
# alliance and its member noun after it
_COPULA_BEFORE = re.compile(
    r"\b(?:is|was|are|were|became|becomes|become|becoming|remains?|remained|being|"
    r"(?:has|have|had) been)\s+(?:(?:a|an|the|its|their|one of the|one of)\s+)?"
    r"(?:[\w-]+\s+){0,2}?$",
    re.IGNORECASE,
)
_PLAIN_MEMBER = re.compile(r"\s+(?:member(?: state| country| nation)?s?|all(?:y|ies))\b", re.I)
# "As a member of NATO, Hungary …": the member is the subject after the fronted phrase
_AS_MEMBER = re.compile(r"\b[Aa]s (?:a|an) (?:[\w-]+ )?member of\s+(?:the\s+)?$")
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
    "ally",
    "allies",
    "defend",
    "protect",
)
_BARE = lexicon.lowered(r"alliance")
_JOINED_BARE = re.compile(
    r"\b(?:joined|join|joins|joining|rejoined|acceded|followed(?: suit)?|"
    r"(?:became|become|becoming) (?:full |fully[- ]fledged |formal )?"
    r"members?(?: states?| countries)?|"
    r"(?:gained|won|secured|obtained) (?:full )?membership)"
    r"(?=\s*(?:[,.;]|$)|\s+(?:on|at|last|later|earlier|formally|officially|too|as well|along|"
    r"together|alongside|after|before|when|(?:[\w-]+ ){1,2}(?:later|afterwards|on)\b|the "
    r"(?:same|following|next) (?:year|month|decade)|\d|in (?!\w+ing\b)))"
    r"|(?P<owner>['’]s?)\s+(?:[\w-]+\s+){0,2}?(?:accession|membership|entry)\b"
    r"(?!\s+(?:bid|application|hopes?|talks|aspirations?|request|drive|push|ambitions?|to|of|"
    r"in|into)\b)",
    re.IGNORECASE,
)
# Groups a state joins other than an alliance: "Sweden joined" means them when they are named
OTHER_GROUP = (
    r"drills?|exercises?|coalition|talks|mission|operation|task force|patrols?|initiative|"
    r"sanctions|boycott|consortium|programme|program|protests?|(?<!cold )war|fighting|battle|"
    r"summit|"
    r"meeting|games|force"
)
_OTHER_GROUP = lexicon.lowered(OTHER_GROUP)
_PROMISE = re.compile(r"commitment|obligation|guarantee", re.IGNORECASE)
_ALLY = lexicon.lowered(
    r"(?:(?:treaty|security|defen[cs]e|mutual[- ]defen[cs]e|formal|military|strategic|close|"
    r"closer|closest|key|main|major|staunch|staunchest|important|oldest|strongest|firm|firmest|"
    r"loyal|longtime|long-time|traditional|historic|steadfast|all-weather|principal|chief|"
    r"regional|non-nato|stalwart|trusted|reliable|sworn|most important|top) )*all(?:y|ies)|"
    r"treaty partners?"
)
_NOT_MILITARY_ALLY = lexicon.lowered(
    r"(?:diplomatic|political|coalition|senate|party|electoral|trading|trade|economic|"
    r"ideological|domestic|congressional|republican|democratic|campaign|business|to) "
    r"(?:[\w-]+ ){0,2}$"
)
_THEIR = re.compile(r"\b(?:its|their)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_AS_ALLY = re.compile(
    r"\s+as\s+(?:an?|its|their|a\s+[\w-]+|one of its)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)
_ALLY_OWNER = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,3}")
_NAMED_AFTER = re.compile(r",?\s+(?:(?:such as|including|like|notably)\s+)?(?:the\s+)?")
_APPOSED = re.compile(
    r",\s+(?:a|an|the|its|their|another|one of (?:its|their|the))\s+(?:[\w-]+\s+){0,3}$|"
    r",\s+$",
    re.IGNORECASE,
)
# "treaty-bound to defend Japan", "obliged to come to the defence of": a treaty's duty
_DUTY = lexicon.lowered(
    r"(?:treaty[- ]bound|obliged|obligated|obligations?|committed|commitments?|bound|pledged|"
    r"promised) to (?:help |jointly )?(?:defend|protect|come to the (?:aid|defen[cs]e) of)|"
    # "Britain would come to the aid of either country if it were attacked"
    r"(?:would|will) come to the (?:aid|defen[cs]e|assistance) of"
)
_IF_ATTACKED = re.compile(
    r"\b(?:if|should|were|in case|in the event)\b[^.;]{0,40}?\b(?:attacked|invaded|under attack)\b",
    re.IGNORECASE,
)
_EITHER = re.compile(r"\s+(?:either|each|both|any)\b", re.IGNORECASE)
_TREATY_WORD = lexicon.lowered(r"treaty|treaties|alliance|article 5|article v|mutual defen[cs]e")
_POLITICAL = lexicon.lowered(
    r"political|electoral|opposition|ruling|party|parties|coalition|grand|strategic|business|"
    r"trade|energy|civil|global|new"
)
_COMPOUND = re.compile(r"\s*[-–/]\s*|\s+and\s+")
_NOUN_GAP = re.compile(r"(?:['’]s?)?\s+(?:[\w-]+\s+){0,2}")
# "Greece and Turkey's alliance", "the US and Japanese alliance"; not "Greece and Turkey joined
# the alliance" (NATO, named before)
_AND_GAP = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,2}|\s+")
# The noun must name its two parties: "alliance between/with", "their alliance", "X's alliance"
_PAIRED = re.compile(
    r"alliance\s+(?:between|with)\b|\btheir\s+(?:[\w-]+\s+)?alliance|['’]s?\s+(?:[\w-]+\s+)?"
    r"alliance\s+with\b|two countries['’]?\s+(?:[\w-]+\s+)?alliance",
    re.IGNORECASE,
)
_DESCRIBED_AS = re.compile(
    r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,4}?(?:pact|alliance|partnership|treaty|bloc|grouping)\s+"
    r"(?:between|of|linking|among|joining|(?:that|which|whose members)\s+(?:also\s+|now\s+)?"
    r"(?:includes?|comprises|groups|brings together|unites|binds))\s+(?:the\s+)?",
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
    r"\b(?:let|letting|lets|admit(?:ted|s|ting)?|welcom\w+|bring|brought)\s+(?!(?:in)?to\b)",
    re.IGNORECASE,
)
_APPROVAL = re.compile(
    r"\b(?:ratif\w+|approv\w+|backed|backs|endors\w+|signed off|sign off|green-?light\w*|"
    r"cleared|accepted|lifted)\b",
    re.IGNORECASE,
)
_MEMBER_NOUN = re.compile(
    r"\s+(?:member(?: state| country| nation)?s?|all(?:y|ies)|countries|nations)"
    r"(?:,?\s+(?:including|such as|like|notably|among them)\s+(?:the\s+)?|\s+(?:states?\s+)?|"
    r"(?=[,;.]))",
    re.IGNORECASE,
)
# "Germany, France and other NATO allies", "Poland and the Baltic states, all NATO members"
_LIST_LEAD = re.compile(
    r"(?:,?\s+and|,)\s+(?:other|fellow)\s+$|,\s+(?:all|both|each)(?:\s+of\s+them)?\s+$",
    re.IGNORECASE,
)
# "Norway, a founding member of NATO,", "Finland, which joined NATO last year,"
_APPOSITIVE_OF = re.compile(
    r",\s+(?:(?:a|an|the|one of the|another)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:member(?:\s+state|\s+country)?s?|all(?:y|ies))\s+(?:of|in)|(?:which|who)\s+"
    r"(?:has\s+|had\s+|have\s+)?(?:formally\s+|officially\s+)?(?:joined|entered|rejoined))"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "The alliance's 32 members include Finland and Sweden"
_MEMBERS_INCLUDE = re.compile(
    r"['’]s?\s+(?:[\w-]+\s+){0,2}(?:members?|member states|allies)\s+(?:now\s+)?"
    r"(?:include|includes|included|are|were|comprise)\s+(?:the\s+)?",
    re.IGNORECASE,
)
# "The CSTO groups Russia, Armenia …", "NATO was founded in 1949 by 12 countries: the US, …"
_ORG_LISTS = re.compile(
    r",?\s+(?:(?:which|whose members)\s+)?(?:(?:now|also|currently|then)\s+)?(?:includes?|included|"
    r"comprises?|comprised|comprising|groups|grouped|grouping|brings together|brought together|"
    r"bringing together|unites|united|consists of|consisted of|consisting of|"
    r"(?:is|was) made up of|made up of|(?:was )?(?:founded|created|set up|formed|established)"
    r"(?:\s+in\s+\d{4})?\s+by)(?:[^:;.]{0,40}?:|\s+)\s*(?:the\s+)?",
    re.IGNORECASE,
)
# "Sweden's NATO membership was approved"
_ORG_MEMBERSHIP = re.compile(r"\s+(?:membership|accession|entry)\b", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s?\s")
_APPOSITIVE_MEMBER = re.compile(
    r",\s+(?:a|an|another|the|fellow|its)\s+(?:fellow\s+|founding\s+|key\s+|longtime\s+)?$",
    re.IGNORECASE,
)
_ASPIRATION = re.compile(
    r"\b(?:bid|application|applied|apply|applying|hop(?:e|es|ing)|aspir\w*|seek\w*|sought|ask\w*|wants?|"
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
    if view.org_before or any(m.is_org for m in view.mentions):
        out += _elliptic(view)
    if not any(stem in view.lower for stem in _TREATY_STEMS):
        return out  # no treaty or alliance word: the noun rules have nothing to read
    out += _bare_alliances(view)
    for noun in view.finditer(_ALLIANCE):
        if negated_np(view, noun.start()) or any(
            m.is_org and m.start < noun.end() and noun.start() < m.end for m in view.mentions
        ):
            continue  # "Collective Security Treaty Organization" names an alliance, not a treaty
        core, others = partners(view, noun.start(), noun.end())
        if not others and _PROMISE.search(noun.group()):
            # "the US defence commitments to Japan and the Philippines": the states promised
            first = view.after(noun.end(), view.clause(noun.start())[1])[:1]
            if first and view.prep(first[0]) in {"to", "towards", "toward"}:
                others = view.group_after(first[0], len(view.text))
        # "the US has defence treaties with Japan, South Korea and the Philippines": one treaty
        # per partner, none between the partners
        out += pairs(TieType.ALLIANCE, codes(core), noun.span(), rule="alliance.treaty")
        out += directed(
            TieType.ALLIANCE, codes(core), codes(others), noun.span(), rule="alliance.treaty"
        )
        if not core:
            out += pairs(TieType.ALLIANCE, codes(others), noun.span(), rule="alliance.treaty")
    return out + _allies(view) + _defend(view)


def _elliptic(view: View) -> list[Candidate]:
    """Joining told without the alliance, which an earlier sentence (or clause) named: "Greece
    and Turkey joined in 1952", "West Germany followed in 1955", "Albania and Croatia became
    member states in 2009", "Hungary ratified Sweden's accession"."""
    out: list[Candidate] = []
    text = view.text
    if _OTHER_GROUP.search(view.lower):
        return out  # "Sweden joined on Tuesday" after drills or a coalition were named
    for cue in _JOINED_BARE.finditer(text):
        orgs = [m.code for m in view.mentions if m.is_org and m.end <= cue.start()]
        org = orgs[-1] if orgs else view.org_before
        if org is None or any(
            m.is_org and cue.end() <= m.start < cue.end() + 40 for m in view.mentions
        ):
            continue
        lo, _ = view.clause(cue.start())
        if cue.group("owner") is not None:  # "ratified Sweden's accession"
            if not _APPROVAL.search(text, lo, cue.start()):
                continue
            members = [m for m in view.mentions if m.end == cue.start() and not m.is_org]
        else:
            members = [m for m in view.subject(cue.start(), lo) if not m.is_org]
            if _ASPIRATION.search(text, max(lo, cue.start() - 30), cue.start()):
                continue  # "Georgia hopes to join", "Kyiv's bid to become a member"
        out += directed(TieType.ALLIANCE, codes(members), [org], cue.span(), rule="alliance.joined")
    return out


def _allies(view: View) -> list[Candidate]:
    """A state named another's ally: "Japan, a treaty ally of the United States", "Thailand is
    Washington's oldest ally in Asia", "Seoul and Washington are security allies", "Moscow
    regards Tashkent as an ally", "its allies such as Germany and Japan"."""
    out: list[Candidate] = []
    text = view.text
    for noun in view.finditer(_ALLY):
        lo, hi = view.clause(noun.start())
        if _NOT_MILITARY_ALLY.search(view.lower, max(0, noun.start() - 30), noun.start()):
            continue  # "one of its diplomatic allies", "a close Senate ally": no military tie
        owner = [
            m
            for m in view.before(noun.start(), max(0, noun.start() - 50))
            if not m.is_org and _ALLY_OWNER.fullmatch(text, m.end, noun.start())
        ][-1:]
        after = [m for m in view.mentions if m.start >= noun.end() and not m.is_org]
        if not owner and after and view.prep(after[0]) == "of" and after[0].start < hi:
            owner = after[:1]  # "a treaty ally of the United States"
            after = after[1:]
        if not owner and _THEIR.search(text, max(0, noun.start() - 40), noun.start()):
            owner = [m for m in view.before(noun.start(), 0) if view.prep(m) is None][:1]
        if not owner and "non-nato" in noun.group():
            owner = [Mention(noun.start(), noun.end(), "USA", Kind.NAME)]  # a US designation
        floor = owner[0].start if owner and owner[0].start < noun.start() else noun.start()
        heads: list[Mention] = []
        if after and _NAMED_AFTER.fullmatch(text, noun.end(), after[0].start):
            heads = view.group_after(after[0], hi)  # "its treaty allies Japan and South Korea"
        elif head := _APPOSED.search(text, max(0, floor - 60), floor):
            # "Japan, a treaty ally of …", "Thailand, Washington's oldest treaty ally"
            heads = [m for m in view.mentions if m.end == head.start() and not m.is_org]
        elif _COPULA_BEFORE.search(text, max(lo, floor - 40), floor):
            heads = view.subject(floor, lo)  # "Thailand is Washington's oldest treaty ally"
        elif regarded := _AS_ALLY.search(text, max(lo, floor - 60), floor):
            # "Lavrov said Moscow still regarded Uzbekistan as an ally"
            heads = [m for m in view.mentions if m.end == regarded.start() and not m.is_org]
            owner = owner or view.subject(regarded.start() - 1, lo)[:1]
        heads = [m for m in heads if m.kind is not Kind.LEADER]  # "Bongo, France's ally"
        if owner and owner[0].kind is not Kind.LEADER:
            out += directed(
                TieType.ALLIANCE,
                codes(heads),
                [owner[0].code],
                noun.span(),
                rule="alliance.ally",
            )
        elif (
            not owner
            and noun.group().endswith("ies")
            and _COPULA_BEFORE.search(text, max(lo, noun.start() - 40), noun.start())
        ):
            # "Seoul and Washington have been treaty allies"
            out += pairs(
                TieType.ALLIANCE,
                codes(m for m in view.subject(noun.start(), lo) if m.kind is not Kind.LEADER),
                noun.span(),
                rule="alliance.ally",
            )
    return out


def _defend(view: View) -> list[Candidate]:
    """A treaty's promise told as a duty: "the US is treaty-bound to defend Japan", "under the
    1953 treaty, Washington is obliged to help defend South Korea"."""
    out: list[Candidate] = []
    for duty in view.finditer(_DUTY):
        attacked = _IF_ATTACKED.search(view.text, duty.end()) is not None
        treaty = duty.group().startswith("treaty") or view.search(_TREATY_WORD) is not None
        if not treaty and not attacked:
            continue  # "Biden vowed to defend Taiwan": a promise, not a treaty's duty
        lo, hi = view.clause(duty.start())
        defended = [m for m in view.after(duty.end(), hi) if view.prep(m) in {None, "of"}][:1]
        group = view.group_after(defended[0], hi) if defended else []
        if (not defended or defended[0].start - duty.end() > 12) and attacked:
            # "declarations with Sweden and Finland, pledging to come to the aid of either"
            partners = [m for m in view.before(duty.start(), 0) if view.prep(m) == "with"][:1]
            group = view.group_after(partners[0], duty.start()) if partners else []
            group = group if _EITHER.match(view.text, duty.end()) else []
        elif not defended or defended[0].start - duty.end() > 12:
            continue
        out += directed(
            TieType.ALLIANCE,
            codes(view.subject(duty.start(), lo)),
            codes(group),
            duty.span(),
            rule="alliance.defend",
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
            and (
                "and" not in text[compound[0].end : compound[1].start]
                or _AND_GAP.fullmatch(text, compound[1].end, noun.start())
            )
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
        if not (described and _MEMBER_NOUN.match(text, org.end)):
            described = _APPOSITIVE_OF.search(text, max(0, org.start - 60), org.start)
        if described:
            states = [m for m in view.mentions if m.end == described.start() and not m.is_org]
            return codes(states), (described.start(), org.end), False
        return [], (0, 0), False
    include = _MEMBERS_INCLUDE.match(text, org.end) or _ORG_LISTS.match(text, org.end)
    if include is not None:  # "the alliance's 32 members include Finland and Sweden"
        first = [m for m in view.mentions if m.start == include.end() and not m.is_org]
        if first:
            group = view.group_after(first[0], view.clause(include.end())[1])
            return codes(m for m in group if not m.is_org), (org.start, include.end()), False
    if _MEMBER_NOUN.match(text, org.end) and (
        lead := _LIST_LEAD.search(text, max(lo, org.start - 30), org.start)
    ):  # "Germany, France and other NATO allies"
        members = [m for m in view.subject(lead.start() + 1, lo) if not m.is_org]
        return codes(members), (lead.start(), org.end), False
    if (
        _ORG_MEMBERSHIP.match(text, org.end)
        and _APPROVAL.search(text, org.end, hi)
        and (holder := [m for m in view.before(org.start, lo) if m.end >= org.start - 4][-1:])
        and _POSSESSIVE.match(text, holder[0].end)
    ):  # "Sweden's NATO membership was approved by Hungary"
        return codes(holder), (holder[0].start, org.end), False
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
        members = [m for m in view.subject(pos, lo) if not m.is_org]
        if not members and _AS_MEMBER.search(window):
            members = [m for m in fronted_subject(view, pos) if not m.is_org]
        return codes(members), (pos, org.end), False
    listed = _ORG_MEMBERS_NAMED.match(text, org.end)
    if listed is not None:  # "NATO's newest members, Finland and Sweden"
        first = [m for m in view.mentions if m.start == listed.end() and not m.is_org]
        if first:
            group = view.group_after(first[0], hi)
            return codes(m for m in group if not m.is_org), (org.start, listed.end()), False
    if _PLAIN_MEMBER.match(text, org.end) and (
        copula := _COPULA_BEFORE.search(text, max(lo, org.start - 40), org.start)
    ):  # "Poland is a NATO ally", "Hungary was the last NATO member to ratify …"
        pos = copula.start()
        return codes(m for m in view.subject(pos, lo) if not m.is_org), (pos, org.end), False
    if _ORG_MEMBER.match(text, org.end) and (
        (became := list(_BECAME.finditer(text, lo, org.start)))
        or (became := list(_COPULA_BEFORE.finditer(text, max(lo, org.start - 40), org.start)))
    ):  # "Montenegro became NATO's 29th member", "Denmark is one of NATO's founding members"
        pos = became[-1].start()
        return codes(m for m in view.subject(pos, lo) if not m.is_org), (pos, org.end), False
    suspended = _SUSPENDS.match(text, org.end, min(len(text), org.end + 90))
    if suspended is not None:
        # "Tashkent sent the CSTO a note suspending its membership", "… suspend Uzbekistan's"
        owners = [m for m in view.mentions if m.start == suspended.start("owner") and not m.is_org]
        owners = owners or [m for m in view.subject(org.start, lo) if not m.is_org]
        return codes(owners), (org.start, suspended.end()), True
    return [], (0, 0), False
