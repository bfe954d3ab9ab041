"""DEFENCE_COOPERATION rules: cooperation agreements, pacts and talks short of an alliance."""

from __future__ import annotations

import re

from app.extraction import lexicon
from app.extraction.clauses import View
from app.extraction.gazetteer import Kind, Mention
from app.extraction.rules.common import (
    Candidate,
    codes,
    directed,
    negated_np,
    pairs,
    partners,
)
from app.vocabulary import TieType

COOPERATION = (
    r"(?:military|defen[cs]e|security|defen[cs]e[- ]industrial|arms|military[- ]technical)"
    r"(?: and (?:security|defen[cs]e|military|defen[cs]e[- ]industr(?:y|ial)))?"
    r"(?: (?:equipment|industrial|industry|technology|technical|research))? (?:cooperation|"
    r"co-operation|collaborations?|ties|relations|partnership|links|"
    r"agreements?|pact|deal|accord|treaty|framework|memorandum|MoU|roadmap|dialogue|"
    r"cooperation agreement|exchanges|contacts|consultations|talks)|reciprocal access agreement|"
    r"status of forces agreement|visiting forces agreement|"
    r"strategic partnership (?:treaty|agreement|pact|accord|charter|declaration)|"
    r"(?:training|military|defen[cs]e) relationship|"
    r"cooperat(?:e|ed|ing) (?:militarily|on defen[cs]e|on security|on military matters)|"
    r"defen[cs]e[- ]cooperation|"
    # "submarine cooperation between the two countries", "a defence strategic dialogue"
    r"(?:submarine|warship|fighter|fighter jet|missile|drone|tank) (?:cooperation|co-operation)|"
    r"(?:defen[cs]e|military|security) strategic (?:dialogue|partnership)|"
    # "talks on deepening maritime cooperation", "discussed cooperation in combat training"
    r"(?:maritime|naval|counter-?terrorism)(?: security)? (?:cooperation|co-operation)"
    r"(?! (?:on|in) (?:fisheries|fishing|trade|shipping|ports|tourism|the environment))|"
    r"(?:cooperation|co-operation) (?:in|on) (?:the )?(?:military|defen[cs]e|combat|naval|"
    r"maritime security|military-technical) (?:training|matters|affairs|sphere|field|issues)|"
    # "ties between the armed forces of the two countries": the forces make the tie military
    r"(?:bilateral )?(?:cooperation|co-operation|ties|relations|contacts|exchanges|activities) "
    r"between (?:the |their )?(?:two )?(?:(?:armed|ground|naval|air|military|defen[cs]e) )?"
    r"(?:forces|armies|militaries|navies|defen[cs]e ministries|defen[cs]e industries)|"
    # "army-to-army ties", "navy-to-navy staff talks"
    r"(?:army|navy|air force|service)-to-(?:army|navy|air force|service) (?:staff )?"
    r"(?:cooperation|co-operation|ties|relations|contacts|exchanges|talks|dialogue)|"
    # "cooperation in fields including defence, trade and energy", "cooperation in defence"
    r"(?:cooperation in|co-operation in|partnership in|collaboration in) (?:the )?"
    r"(?:(?:fields?|areas?|sectors?|spheres?) "
    r"(?:of |such as |including |like )(?:[\w-]+,? (?:and )?){0,4}?)?(?:defen[cs]e|military)\b|"
    # "signed six agreements, including on defence and trade"
    r"(?:agreements|deals|accords|pacts|mous|memoranda|memorandums),? (?:including|covering|"
    r"spanning)(?: on| in)? (?:[\w-]+,? (?:and )?){0,4}?(?:defen[cs]e|military)\b|"
    # "agreed to work together on defence production"
    r"(?:work|works|worked|working) (?:together on|closely on) (?:defen[cs]e|military|security)\b"
)


_COOPERATION = lexicon.lowered(COOPERATION)
# The states a visitor toured: hosts of a visit, not the parties of what it was for
_HOSTS_BEFORE = re.compile(
    r"\b(?:visit(?:ed|s|ing)?|tour(?:ed|s|ing)?|swing through|trip through)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A signed document whose own name says nothing military ("an intergovernmental agreement"):
# its terms, told after it, may
_SIGNED_DOCUMENT = re.compile(  # run on the lower-cased sentence
    r"\b(?:signed|signs|sign|concluded|inked|sealed|ratified)\s+(?:(?:a|an|the|their|its)\s+)?"
    r"(?:[\w$.-]+\s+){0,3}?(?P<noun>agreement|memorandum|treaty|protocol|accord|deal|charter|"
    r"declaration)\b"
)

_NOT_MILITARY = re.compile(
    r"\b(?:trade|peace|ceasefire|cease-fire|truce|armistice|border|free[- ]trade|economic|"
    r"investment|energy|gas|oil|nuclear|arms[- ]control|extradition|fisheries|visa|tax|"
    r"friendship)\b[^,;]*$",
    re.IGNORECASE,
)
_MILITARY_TERMS = lexicon.lowered(
    r"armed forces|forces|troops|military|militaries|army|armies|navy|navies|naval|air force|"
    r"defen[cs]e|bases|military camps|submarines?|warships|combat|joint exercises"
)
_GRANTED = re.compile(r"^[^;]{0,30}?\b(?:allow\w*|giv\w*|grant\w*|lett\w*|permit\w*)\s+(?:the\s+)?")
# A duty to defend the other party: what makes an agreement an alliance
_MUTUAL_DEFENCE = re.compile(
    r"\b(?:if|should|when|in case|in the event)\b[^;]{0,40}?\b(?:attacked|invaded|"
    r"(?:comes?|came) under (?:armed )?attack|war breaks? out|aggression)\b|"
    r"\beach other['’]s (?:aid|defen[cs]e)|\bmutual (?:military )?(?:assistance|defen[cs]e)\b"
)
_MILITARY_PEOPLE = lexicon.lowered(
    r"defen[cs]e (?:minister|ministers|secretary|chief|chiefs)|army chiefs?|navy chiefs?|"
    r"military chiefs?|chiefs? of (?:the )?(?:general |defen[cs]e )?staff|generals?|admirals?|"
    r"military (?:delegation|officials|leaders|commanders)|commanders?"
)
_PLAIN_COOPERATION = lexicon.lowered(
    r"(?:bilateral |mutual |closer |practical )?(?:cooperation|co-operation|ties|relations)"
)
_TALKED = lexicon.lowered(
    r"talks|discuss(?:ed|es|ing)?|met|meets?|meeting|reviewed|review|agreed|pledged|vowed"
)
_CIVIL_FIELD = re.compile(
    r"\b(?:trade|economic|cultural|diplomatic|energy|investment|business|tourism|people-to-people|"
    r"educational|scientific|space|health|climate|financial|commercial|consular)\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
_JOINT_FORCE = re.compile(  # run on the lower-cased sentence
    r"\b(?:form|forms|formed|forming|create|creates|created|creating|set up|sets up|setting up|"
    r"establish|establishes|established|establishing|field|fields|fielded|fielding|launch|"
    r"launched|launching)\s+(?:a|an|the)\s+(?:[\w,.$-]+\s+){0,3}?(?:joint|combined|regional|"
    r"multinational)\s+(?:[\w-]+\s+){0,2}?(?:force|task force|brigade|battalion|command|"
    r"military unit|army|rapid reaction force)\b"
)
# A visit or a meeting: the sentence's two states are the cooperation's parties.
_ENCOUNTER = lexicon.lowered(
    r"visit\w*|trip|arriv\w*|talks|met|meets?|meeting|hosted|received|welcomed|dialogue|"
    r"consultations|signed|concluded|inked|launched"
)
# Every cooperation phrase holds one of these: a cheap test before the costly pattern.
_STEMS = (
    "militar",
    "defen",
    "secur",
    "arms",
    "strategic",
    "access",
    "forces",
    "cooperat",
    "training",
    "between",
    "-to-",
    "together on",
    "closely on",
)


def read_cooperation(view: View) -> list[Candidate]:
    """Cooperation nouns and the parties around them."""
    out = _named_cooperation(view)
    # readings the named nouns above did not give: the first candidate of a pair is kept
    lower = view.lower  # plain substring tests: far cheaper than a scan on most sentences
    if (
        "sign" in lower
        or "conclu" in lower
        or "inked" in lower
        or "sealed" in lower
        or "ratif" in lower
    ) and (
        "agreement" in lower
        or "memorandum" in lower
        or "treaty" in lower
        or "protocol" in lower
        or "accord" in lower
        or "deal" in lower
        or "charter" in lower
    ):
        out += _military_agreements(view)
    if "similar" in lower and out:
        out += _similar_documents(view, out)
    if "strategic" in lower and (
        "minist" in lower or "arm" in lower or "navies" in lower or "chiefs" in lower
    ):
        out += _strategic_dialogue(view)
    if "joint" in lower or "regional" in lower or "combined" in lower:
        out += _joint_forces(view)
    if "cooperation" in lower or "ties" in lower or "relations" in lower:
        out += _military_talks(view)
    if _JOINT_HINT.search(lower):
        out += _joint_development(view)
    if ("discuss" in lower or "review" in lower or "explor" in lower) and (
        "defen" in lower or "militar" in lower or "upgrad" in lower or "moderni" in lower
    ):
        out += _military_matters(view)
    return out


def _named_cooperation(view: View) -> list[Candidate]:
    """Nouns that name military cooperation ("defence cooperation agreement")."""
    out: list[Candidate] = []
    if not any(stem in view.lower for stem in _STEMS):
        return out
    for noun in view.finditer(_COOPERATION):
        if negated_np(view, noun.start()) or any(
            m.is_org and m.start < noun.end() and noun.start() < m.end for m in view.mentions
        ):
            continue
        described = _described_group(view, noun.end())
        if described is not None:
            # "the first military cooperation between the two Gulf states and Israel"
            group, other = described
            out += directed(
                TieType.DEFENCE_COOPERATION, group, other, noun.span(), rule="cooperation.noun"
            )
            continue
        core, others, hubbed = _parties(view, noun.start(), noun.end())
        # "Russia ended cooperation agreements with Germany, Poland and Norway": one agreement
        # per partner, none between the partners
        out += pairs(TieType.DEFENCE_COOPERATION, codes(core), noun.span(), rule="cooperation.noun")
        out += directed(
            TieType.DEFENCE_COOPERATION,
            codes(core),
            codes(others),
            noun.span(),
            rule="cooperation.noun",
        )
        if (core or hubbed) and _ALL_WAYS.search(
            view.text, max(0, noun.start() - 30), noun.start()
        ):
            # "hosted counterparts from A and B for talks on trilateral defence cooperation"
            out += pairs(
                TieType.DEFENCE_COOPERATION, codes(others), noun.span(), rule="cooperation.noun"
            )
        if hubbed:
            continue
        if not core:
            out += pairs(
                TieType.DEFENCE_COOPERATION, codes(others), noun.span(), rule="cooperation.noun"
            )
        if len(codes([*core, *others])) == 1 and (granted := _granted_forces(view, noun.end())):
            # "a new security agreement that will give U.S. troops access to its bases"
            out += directed(
                TieType.DEFENCE_COOPERATION,
                codes([*core, *others]),
                [granted],
                noun.span(),
                rule="cooperation.noun",
            )
            continue
        if len(codes([*core, *others])) < 2 and (pair := _sentence_pair(view)):
            # "… arrived in Moscow for talks on bilateral cooperation": the visit's two states
            out += pairs(TieType.DEFENCE_COOPERATION, pair, noun.span(), rule="cooperation.noun")
    return out


# "between the two Gulf states and Israel": a group told by its number and region, then a party
_DESCRIBED_GROUP = re.compile(
    r"\s+between\s+(?:the|its|their)\s+(?P<n>two|three|four|five)\s+"
    r"(?:(?P<region>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+)?(?:(?:Arab|Muslim|former)\s+)?"
    r"(?:states|countries|nations|kingdoms|monarchies|republics|neighbou?rs|allies)\s+and\s+"
    r"(?:the\s+)?"
)
_REGIONS = {
    "gulf": lexicon.GULF,
    "gulf arab": lexicon.GULF,
    "arab": lexicon.ARAB,
    "baltic": lexicon.BALTIC,
    "nordic": lexicon.NORDIC,
    "scandinavian": lexicon.words("DNK NOR SWE"),
    "central asian": lexicon.CENTRAL_ASIA,
    "balkan": lexicon.BALKAN,
    "sahel": lexicon.SAHEL,
}


def _described_group(view: View, end: int) -> tuple[list[str], list[str]] | None:
    """The parties of "cooperation between the two Gulf states and Israel": each state the
    sentence named before that fits the group's region (as many as its number says) with the
    party after "and"; none between the group's own states. An empty reading where the group is
    not found among the sentence's states; None where the noun is not followed by such a group."""
    if "between" not in view.lower[end : end + 12]:
        return None
    told = _DESCRIBED_GROUP.match(view.text, end)
    if told is None:
        return None
    after = view.after(told.end(), told.end() + 1)
    if not after:
        return [], []
    other = codes(view.group_after(after[0], view.clause(told.end())[1]))
    region = _REGIONS.get((told.group("region") or "").lower())
    if told.group("region") and region is None:
        region = frozenset()  # a region the table does not know: no guess
    group = [
        c
        for c in codes(m for m in view.before(end, 0) if m.kind is not Kind.PLACE)
        if c not in other and (region is None or c in region)
    ]
    if len(group) != lexicon.GROUP_SIZES[told.group("n")]:
        return [], []
    return group, other


_GIVES = re.compile(
    r"\s+(?:(?:that|which)\s+(?:will\s+|would\s+)?(?:gives?|allows?|grants?|lets?)|giving|"
    r"allowing|granting|letting)\s+(?:the\s+)?",
    re.IGNORECASE,
)


def _granted_forces(view: View, end: int) -> str | None:
    """The state whose forces an agreement lets in: "an agreement that will give U.S. troops
    access to its bases", "a pact allowing French forces to stay"."""
    given = _GIVES.match(view.text, end)
    if given is None:
        return None
    after = view.after(given.end(), given.end() + 1)
    if after and not after[0].is_org and (view.forces(after[0]) or view.vessel(after[0])):
        return after[0].code
    return None


def _parties(view: View, start: int, end: int) -> tuple[list[Mention], list[Mention], bool]:
    """`partners`, less the states a visitor toured ("toured Oman and Qatar to discuss defence
    cooperation": the hosts of a visit, not the parties of the cooperation among themselves);
    a list of counterparts met belongs to the hub that met them (`_hub_and_list`; the flag
    says so: no other reading of the sentence's states then)."""
    hubbed = _hub_and_list(view, start)
    if hubbed is not None:
        return *hubbed, True
    core, others = partners(view, start, end)
    if core and _HOSTS_BEFORE.search(view.text, max(0, core[0].start - 20), core[0].start):
        core = []
    if core and not others and view.prep(core[0]) not in {"with", "alongside"}:
        # "talks with Belarus's minister and Russia's minister": the last of a list after "with"
        # is no subject
        lo, _ = view.clause(start)
        for mention in view.before(core[0].start, lo):
            if view.prep(mention) not in {"with", "alongside"}:
                continue
            listed = view.group_after(mention, start)
            if core[0] in listed[1:]:
                at = listed.index(core[0])
                if " and " in view.text[listed[at - 1].end : core[0].start]:
                    core, others = [], listed
            break
    elif (
        core
        and not others
        and not any(m.is_org for m in core)
        and not _FACED.search(view.text, max(0, core[0].start - 40), core[0].start)
    ):
        # "Australia will build submarines with American and British technology under a
        # security partnership": the list after "with" is no subject; the subject before it is
        lo, _ = view.clause(start)
        subject = [m for m in view.subject(core[0].start, lo) if m not in core]
        core, others = subject, core
    if not core and others and view.prep(others[0]) in {"with", "alongside"}:
        # "talks with Belarus's minister and Russia's minister on defence cooperation": the
        # people met are partners of whoever met them (the dateline's state), not of each other
        hub = [] if view.venue is None or view.venue in codes(others) else [view.venue]
        return [Mention(0, 0, c, Kind.NAME) for c in hub], others, True
    if core and others and (" met " in view.lower or "talks with" in view.lower):
        # "held talks with his Belarusian counterpart on defence cooperation and also met the
        # Russian defence minister": the hub's second meeting
        lo, hi = view.clause(start)
        for met in _ALSO_MET.finditer(view.text, max(others[-1].end, end), hi):
            later = view.after(met.end(), met.end() + 1)
            if later and view.person(later[0]) and later[0] not in core:
                others = [*others, *view.group_after(later[0], hi)]
    return core, others, False


# "its war with Russia", "tensions with China": a state faced, no partner
_FACED = re.compile(
    r"\b(?:war|wars|tensions?|conflict|dispute|disputes|standoff|confrontation|rivalry|"
    r"fighting|clashes|border)\s+with\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "…, and also met the Russian defence minister": a second official met by the hub
_ALSO_MET = re.compile(
    r",?\s+and\s+(?:also\s+|later\s+|then\s+)?(?:met|held talks with|talked with|spoke with)"
    r"\s+(?:with\s+)?(?:the\s+)?",
    re.IGNORECASE,
)


# "met with defence ministers from A, B and C", "talks with counterparts from A and B": the
# people met, each of a listed state
_COUNTERPARTS_FROM = re.compile(
    r"\b(?:with|alongside|met|meets|meeting|meetings|received|hosted)\s+"
    r"(?:(?:his|her|their|its|the|separate|bilateral|several|visiting|defen[cs]e|foreign|army|"
    r"military|navy|naval|top|senior|respective|regional|fellow)\s+){0,3}"
    r"(?:counterparts?|ministers?|officials|chiefs|delegations?|leaders|commanders|generals|"
    r"admirals|representatives|delegates|envoys)\s+(?:from|of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_ALL_WAYS = re.compile(
    r"\b(?:trilateral|three-way|quadrilateral|four-way)\s+(?:[\w-]+\s+)?$", re.IGNORECASE
)
_COUNTERPART_WORDS = (
    "counterpart",
    "minister",
    "official",
    "chief",
    "delegat",
    "leader",
    "command",
)
# "talks with his Uzbek, Kazakh and Belarusian counterparts": the list before the people met
_WITH_HIS = re.compile(
    r"\b(?:with|alongside|met|meets|meeting|meetings|received|hosted|welcomed)\s+"
    r"(?:his|her|their)\s+$",
    re.IGNORECASE,
)
_COUNTERPARTS_AFTER = re.compile(
    r"\s+(?:(?:defen[cs]e|army|navy|military|foreign)\s+)?(?:counterparts|ministers|chiefs)\b",
    re.IGNORECASE,
)


def _hub_and_list(view: View, start: int) -> tuple[list[Mention], list[Mention]] | None:
    """A hub and the list it met: "Pakistan's army chief held meetings with defence ministers
    from Qatar, Turkey and Jordan, discussing defence cooperation" is one tie between the hub
    (the subject before "with", else the dateline's state) and each listed state, none between
    the listed states. None where the clause names no such list."""
    lower = view.lower
    if not (
        "from " in lower
        or " of " in lower
        or "his " in lower
        or "her " in lower
        or "their " in lower
    ) or not any(w in lower for w in _COUNTERPART_WORDS):
        return None  # the cheap test first
    lo, hi = view.clause(start)
    for mention in view.after(lo, hi):
        met = _COUNTERPARTS_FROM.search(view.text, max(lo, mention.start - 90), mention.start)
        listed = view.group_after(mention, hi) if met or "their" in lower or "his" in lower else []
        if met is None:
            met = _WITH_HIS.search(view.text, max(lo, mention.start - 30), mention.start)
            if (
                met is None
                or len(codes(listed)) < 2
                or not _COUNTERPARTS_AFTER.match(view.text, listed[-1].end)
            ):
                continue
        hub = [m for m in view.subject(met.start(), lo) if m not in listed and not m.is_org]
        if not hub and view.venue and view.venue not in codes(listed):
            hub = [Mention(0, 0, view.venue, Kind.NAME)]
        return hub, listed
    return None


_SIMILAR = re.compile(  # run on the lower-cased sentence
    r"\bsimilar\s+(?:[\w-]+\s+){0,2}?(?:accords?|agreements?|deals?|pacts?|memorand\w*|"
    r"arrangements?|treaties|mous)\b"
)


def _similar_documents(view: View, found: list[Candidate]) -> list[Candidate]:
    """Documents "similar" to a cooperation agreement the sentence named before: "Kuwait signed
    a defence pact with the US, and the emirate later signed similar accords with Britain and
    France" is cooperation of the subject with each state after "with" (not with the first
    partner, and none between the later ones)."""
    out: list[Candidate] = []
    for doc in _SIMILAR.finditer(view.lower):
        if not any(c.type is TieType.DEFENCE_COOPERATION and c.end <= doc.start() for c in found):
            continue
        lo, hi = view.clause(doc.start())
        listed = [m for m in view.after(doc.end(), hi) if view.prep(m) == "with"][:1]
        if not listed:
            continue
        listed = view.group_after(listed[0], hi)
        hub = [m for m in view.subject(doc.start(), lo) if m not in listed]
        out += directed(
            TieType.DEFENCE_COOPERATION,
            codes(hub),
            codes(listed),
            (doc.start(), doc.end()),
            rule="cooperation.similar",
        )
    return out


_STRATEGIC = re.compile(r"\bstrategic (?:dialogue|partnership|consultations|talks|relationship)\b")
# the parties are defence ministries or forces: "the defence ministries of A and B"
_MILITARY_BODIES = re.compile(
    r"\b(?:defen[cs]e ministries|armies|militaries|armed forces|navies|defen[cs]e ministers?|"
    r"defen[cs]e chiefs|general staffs)\b"
)


_BETWEEN_THEM = re.compile(
    r"\s+between\s+(?:their|the)\s+(?:two\s+)?(?:countries|nations|states|sides|militaries|"
    r"armies|armed forces)\b",
    re.IGNORECASE,
)


def _strategic_dialogue(view: View) -> list[Candidate]:
    """A strategic dialogue or partnership between defence ministries or armed forces: "the
    defence ministries of A and B agreed to launch a strategic dialogue", "the armies of A and B
    held their first strategic dialogue"."""
    out: list[Candidate] = []
    for noun in _STRATEGIC.finditer(view.lower):
        lo, _ = view.clause(noun.start())
        if negated_np(view, noun.start()) or not _MILITARY_BODIES.search(
            view.lower, lo, noun.start()
        ):
            continue
        core, others, hubbed = _parties(view, noun.start(), noun.end())
        if len(codes([*core, *others])) < 2 and _BETWEEN_THEM.match(view.text, noun.end()):
            # "the strategic relationship between their countries": the sentence's two states
            core, others = [Mention(0, 0, c, Kind.NAME) for c in _talk_pair(view)], []
        if not hubbed and not others:
            out += pairs(
                TieType.DEFENCE_COOPERATION, codes(core), noun.span(), rule="cooperation.strategic"
            )
        out += directed(
            TieType.DEFENCE_COOPERATION,
            codes(core),
            codes(others),
            noun.span(),
            rule="cooperation.strategic",
        )
    return out


def _military_agreements(view: View) -> list[Candidate]:
    """A plain agreement whose terms are military: "signed an agreement to simplify joint
    activities of the two countries' armed forces", "a memorandum with the U.S. Navy on
    submarine rescue", "a 10-year deal giving U.S. forces access to its camps"."""
    out: list[Candidate] = []
    for doc in view.finditer(_SIGNED_DOCUMENT):
        lo, _ = view.clause(doc.start())
        noun = doc.start("noun")
        if _NOT_MILITARY.search(view.text, max(lo, noun - 40), noun):
            continue  # "a trade agreement", "a peace treaty"
        hi = min(len(view.text), view.text.find(";", noun) % (len(view.text) + 1) or 10**6)
        terms = view.lower[doc.end() : min(hi, doc.end() + 160)]
        duty = _MUTUAL_DEFENCE.search(terms)
        # "though it contains no mutual defence clause": the duty denied, no alliance
        mutual = duty is not None and not (
            duty.group().startswith("mutual") and negated_np(view, doc.end() + duty.start())
        )
        if not mutual and not _MILITARY_TERMS.search(terms):
            continue
        core, others = partners(view, noun, doc.end())
        parties = codes([*core, *others])
        if len(parties) == 1 and (given := _GRANTED.search(terms)):
            # "Colombia signed a deal allowing the U.S. military to use its bases"
            at = doc.end() + given.end()
            parties += [m.code for m in view.mentions if m.start == at and m.code not in parties]
        if mutual:
            # "a treaty obliging each side to give military help if the other is attacked"
            out += pairs(TieType.ALLIANCE, parties, (noun, doc.end()), rule="alliance.terms")
            continue
        out += pairs(
            TieType.DEFENCE_COOPERATION, parties, (noun, doc.end()), rule="cooperation.agreement"
        )
    return out


def _joint_forces(view: View) -> list[Candidate]:
    """States forming a force together: "France and West Germany will form a joint army
    brigade", "Nigeria, Chad, Niger and Benin agreed to field a regional task force"."""
    out: list[Candidate] = []
    for force in view.finditer(_JOINT_FORCE):
        core, others = partners(view, force.start(), force.end())
        out += pairs(
            TieType.DEFENCE_COOPERATION,
            codes([*core, *others]),
            force.span(),
            rule="cooperation.joint_force",
        )
    return out


# Weapons made together: "will jointly develop a fighter jet", "co-produce the BrahMos missile",
# "resumed cooperation on long-range missile development"
_JOINT_HINT = re.compile(  # one cheap search before the costly pattern
    r"jointly|joint (?:development|production|manufacture)|co-?(?:develop|produc|manufactur)|"
    r"co-?operat\w* on|collaborat|together on"
)
_JOINT_DEVELOPMENT = re.compile(  # run on the lower-cased sentence
    r"\b(?:(?:jointly|together) (?:develop|produce|build|manufacture|design)\w*|"
    r"co-?(?:develop|produc|manufactur)\w*|"
    r"(?:cooperat\w*|co-operat\w*|collaborat\w*|work(?:s|ed|ing)? together) on|"
    r"joint (?:development|production|manufacture) of)"
    r"\s+(?:[\w,.'’-]+\s+){0,5}?(?:missiles?|(?:fighter )?jets?|fighters|warplanes|"
    r"combat aircraft|military aircraft|tanks?|submarines?|warships?|frigates?|corvettes?|"
    r"destroyers?|drones?|uavs?|howitzers?|artillery|ammunition|munitions|shells|weapons?|"
    r"weaponry|arms|air[- ]defen[cs]e|interceptors?|attack helicopters|military helicopters|"
    r"radars?|brahmos)\b"
    # "cooperate on arms control": limiting weapons, not making them
    r"(?!\s+(?:control|controls|reduction|limitation|non-?proliferation|inspect\w*|embargo|ban))"
)


def _joint_development(view: View) -> list[Candidate]:
    """States developing or producing weapons together: "Japan, Britain and Italy will jointly
    develop a fighter jet", "North Korea and Iran resumed cooperation on missile development"."""
    out: list[Candidate] = []
    for made in _JOINT_DEVELOPMENT.finditer(view.lower):
        core, others = partners(view, made.start(), made.end())
        out += pairs(
            TieType.DEFENCE_COOPERATION,
            codes([*core, *others]),
            made.span(),
            rule="cooperation.joint_development",
        )
    return out


# Military matters two states talked over: "reviewed progress in niche defence technologies",
# "the two also discussed upgrading India's Su-30MKI fleet"
_MILITARY_MATTERS = re.compile(  # run on the lower-cased sentence
    r"\b(?:discuss\w*|review\w*|explor\w*)\s+(?:[\w'’,-]+\s+){0,6}?(?:"
    r"defen[cs]e (?:technolog\w*|industr\w*|production|manufacturing|procurement|equipment)|"
    r"military (?:training|technolog\w*|equipment|hardware|procurement|education)|"
    r"(?:upgrad\w*|moderni[sz]\w*|co-?production|maintenance|servicing)\s+(?:of\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?(?:fleet|jets|aircraft|submarines|frigates|warships|tanks|"
    r"helicopters|air[- ]defen[cs]e systems|missile systems))\b"
)


def _military_matters(view: View) -> list[Candidate]:
    """Military matters two states' officials talked over, in a sentence that names just those
    two: cooperation between them."""
    out: list[Candidate] = []
    pair = None
    for matter in _MILITARY_MATTERS.finditer(view.lower):
        if negated_np(view, matter.start()):
            continue
        pair = pair if pair is not None else _talk_pair(view)
        if not pair and _THE_TWO.search(view.lower, max(0, matter.start() - 25), matter.start()):
            # "QINGDAO - … Singh met Belousov …; the two also discussed upgrading India's fleet":
            # the two states named, not the dateline's host
            named = codes(m for m in view.mentions if m.kind is not Kind.PLACE)
            pair = named if len(named) == 2 else []
        out += pairs(
            TieType.DEFENCE_COOPERATION, pair, matter.span(), rule="cooperation.military_matters"
        )
    return out


_THE_TWO = re.compile(r"\bthe two (?:(?:sides|ministers|leaders|men|chiefs)\s+)?(?:also\s+)?")


def _talk_pair(view: View) -> list[str]:
    """The two states of a sentence that names exactly two (the talkers)."""
    states = codes(m for m in view.mentions if m.kind is not Kind.PLACE)
    if view.venue and view.venue not in states:
        states.append(view.venue)
    return states if len(states) == 2 else []


def _military_talks(view: View) -> list[Candidate]:
    """Plain cooperation discussed by soldiers or defence ministers: "Singh will hold talks
    with General Shoigu on bilateral cooperation", "the two army chiefs discussed ties"."""
    out: list[Candidate] = []
    lower = view.lower
    if not (
        "minister" in lower
        or "chief" in lower
        or "general" in lower
        or "admiral" in lower
        or "commander" in lower
        or "delegation" in lower
        or "secretar" in lower
    ) or not view.search(_MILITARY_PEOPLE):
        return out
    for noun in view.finditer(_PLAIN_COOPERATION):
        lo, _ = view.clause(noun.start())
        if not view.search(_TALKED, max(lo, noun.start() - 80), noun.start()):
            continue
        if _CIVIL_FIELD.search(view.text, max(lo, noun.start() - 30), noun.start()):
            continue  # "trade ties", "economic cooperation"
        core, others, hubbed = _parties(view, noun.start(), noun.end())
        rule = "cooperation.military_talks"
        if len(codes([*core, *others])) < 2 and not hubbed:
            core, others = [Mention(0, 0, c, Kind.NAME) for c in _sentence_pair(view)], []
        # "with his Dutch and U.S. counterparts": a tie with each, none between them
        out += pairs(TieType.DEFENCE_COOPERATION, codes(core), noun.span(), rule=rule)
        out += directed(
            TieType.DEFENCE_COOPERATION, codes(core), codes(others), noun.span(), rule=rule
        )
        if not core and not hubbed:
            out += pairs(TieType.DEFENCE_COOPERATION, codes(others), noun.span(), rule=rule)
    return out


def _sentence_pair(view: View) -> list[str]:
    """The two states a sentence is about, when it names exactly two and meets or visits."""
    states = codes(m for m in view.mentions if m.kind is not Kind.PLACE)
    if view.venue and view.venue not in states:
        states.append(view.venue)
    if len(states) != 2 or not view.search(_ENCOUNTER):
        return []
    return states


# "under an agreement that …", "a deal allowing the US military to use its bases", "the accord
# that let French troops stay": the deployment rests on an agreement between its two states
_BASING_DEAL = re.compile(
    r"\b(?:under|through)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?P<a>agreement|accord|deal|pact|protocol|arrangement|treaty)\b|"
    r"\b(?P<b>agreement|accord|deal|pact|protocol|arrangement)\s+(?:[\w,-]+\s+){0,4}?"
    r"(?:that\s+|which\s+)?(?:allow\w*|permit\w*|lets?|letting|grant\w*)\b",
    re.IGNORECASE,
)
_BASING_RULES = frozenset(
    {"deployment.send", "deployment.allowed", "deployment.base", "deployment.holds"}
)


def basing_agreements(view: View, found: list[Candidate]) -> list[Candidate]:
    """The agreement a deployment rests on is cooperation between its two states."""
    deployments = [c for c in found if c.rule in _BASING_RULES and not c.reversed]
    if not deployments or not any(w in view.lower for w in _DEAL_WORDS):
        return []
    deal = _BASING_DEAL.search(view.text)
    if deal is None:
        return []
    span = deal.span("a") if deal.group("a") else deal.span("b")
    out: list[Candidate] = []
    for cand in deployments:
        out += pairs(
            TieType.DEFENCE_COOPERATION, [cand.actor, cand.target], span, rule="cooperation.basing"
        )
    return out


_DEAL_WORDS = ("agreement", "accord", "deal", "pact", "protocol", "arrangement", "treaty")


_ARMS_DEAL = re.compile(r"arms (?:agreements?|pact|deal|accord|treaty|memorandum|MoU)$", re.I)


_VISIT_TALKED = lexicon.lowered(
    r"talks|discuss(?:ed|es|ing|ion|ions)?|met|meets?|meetings?|agenda|focus(?:ed)?|reviewed|"
    r"agreed|pledged|signed|deepen\w*|strengthen\w*|boost\w*|expand\w*|enhanc\w*"
)


def talks_hint(text: str) -> bool:
    """Whether a sentence may name military cooperation: a cheap test before any scan."""
    lower = text.lower()
    return any(stem in lower for stem in _STEMS)


def visit_talks(view: View, found: list[Candidate]) -> list[Candidate]:
    """Military cooperation a visit was made for is cooperation between visitor and host: "made
    a swing through A, B and C, meeting commanders to discuss closer security cooperation"; in
    the sentence after the visit, "… sat down for official talks on security cooperation"."""
    if not view.visits_before and not any(c.type is TieType.VISIT for c in found):
        return []  # the common case, tested first
    if not any(stem in view.lower for stem in _STEMS):
        return []
    visits = {(c.actor, c.target) for c in found if c.type is TieType.VISIT and not c.reversed}
    carried = not visits
    if carried:
        visits = set(view.visits_before)
    if not visits:
        return []
    if any(c.type is TieType.DEFENCE_COOPERATION for c in found):
        return []  # the sentence names the cooperation's own parties
    named = set(codes(view.mentions)) - {view.venue}
    if carried and any(m.is_org for m in view.mentions):
        return []  # "NATO's security cooperation": the alliance's, not the visit's
    out: list[Candidate] = []
    for noun in view.finditer(_COOPERATION):
        if (
            negated_np(view, noun.start())
            or _ARMS_DEAL.match(noun.group())  # "a summit that may yield an arms deal": a sale
            or any(
                m.is_org and m.start < noun.end() and noun.start() < m.end for m in view.mentions
            )
        ):
            continue
        if carried and not (view.search(_VISIT_TALKED, *view.clause(noun.start()))):
            continue  # the sentence after a visit: its talks or a document, not ties in general
        # the sentence after a visit: only states of the visit, if it names any
        core, others, _ = _parties(view, noun.start(), noun.end())
        own = named if carried else set(codes([*core, *others]))
        for actor, target in sorted(visits):
            if own <= {actor, target}:  # "… military ties with Russia": not the host's
                out += pairs(
                    TieType.DEFENCE_COOPERATION,
                    [actor, target],
                    noun.span(),
                    rule="cooperation.visit_talks",
                )
        break
    return out
