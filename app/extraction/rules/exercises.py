"""JOINT_EXERCISE rules: drills, exercises and patrols held together."""

from __future__ import annotations

import re
from dataclasses import replace

from app.extraction import lexicon
from app.extraction.clauses import View
from app.extraction.rules.common import (
    EXERCISE,
    Candidate,
    codes,
    pairs,
    participants,
    partners,
)
from app.vocabulary import TieType

_RECIPROCAL = re.compile(
    r"\beach other['’]s (?:territor(?:y|ies)|country|countries|soil|bases|facilities)", re.I
)
_WATCHED = re.compile(
    r"\b(?P<verb>(?:monitor|watch|observ|track|condemn|criticis|criticiz|protest|denounc|shadow)"
    r"\w*)(?:\s+\S+){0,4}?\s+$",
    re.IGNORECASE,
)


# Every exercise phrase holds one of these: a cheap test before the costly pattern.
_EXERCISE_STEMS = ("drill", "exercis", "war", "manoeuv", "maneuv", "patrol", "together", "train")
_CODE_NAME = lexicon.lowered(lexicon.EXERCISE_NAMES)
# Verbs that take a code name as object or subject ("taking part in Kakadu", "Egypt hosted
# Bright Star", "launched Cobra Gold", "the first RIMPAC involved forces from …")
_NAMED_WORDS = (
    "part",
    "host",
    "join",
    "launch",
    "began",
    "begin",
    "kick",
    "open",
    "start",
    "held",
    "hold",
    "stag",
    "conduct",
    "involv",
    "includ",
    "invit",
)
_PROSPECT = re.compile(
    r"\b(?:boost|enhanc\w*|expand\w*|deepen\w*|step(?:ped)? up|promot\w*|facilitat\w*|"
    r"allow\w*|increas\w*|more)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
_OBSERVERS = re.compile(
    r"[^.;:]{0,60}?\b(?:observers?|observer status|as onlookers)\b", re.IGNORECASE
)
# "joint patrols by their police and customs officers": a civilian force's drills
_CIVILIAN = re.compile(
    r"\s+(?:by|of|between|involving)\s+(?:their|the|its)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:police|policemen|customs|border guards|firefighters|gendarmes)\b",
    re.IGNORECASE,
)
_TRAIN = lexicon.lowered(r"train(?:s|ed|ing)?")
_MOVE_TOGETHER = lexicon.lowered(
    r"(?:sail(?:s|ed|ing)?|flew|flown|fl(?:y|ies|ying)|operat(?:e|es|ed|ing)|manoeuvred|"
    r"maneuvered|patroll?(?:ed|ing|s)?|steamed|drilled|exercised) together"
)
_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
# Taking part in an exercise held in another state: its host is a party
_TOOK_PART = re.compile(
    r"\b(?:t(?:ake|akes|ook|aking) part|participat\w*|join(?:s|ed|ing)?)\s+(?:in\s+)?"
    r"(?:the\s+|a\s+|an\s+|this\s+year['’]s\s+)?(?:[\w'’-]+\s+){0,4}$",
    re.IGNORECASE,
)
_HOST_PREPS = frozenset({"in", "near", "off", "hosted", "by"})
_INTRANSITIVE = re.compile(r"\s*(?:[.,;]|$|together\b|jointly\b|side by side\b|(?:at|in|on)\s)")
_NOUN_BEFORE = re.compile(r"\b(?:for|of|the|their|its|joint|military|in|after|before)\s+$", re.I)
# "an exercise off Oman in which …", "drills, which Iran and Russia joined": the parties follow
_RELATIVE = re.compile(r"[^;.]{0,40}?,?\s(?:in which|during which|where|which)\s")
_AS_OBSERVER = re.compile(r"\bobservers? (?:from|including|such as)\s+(?:[\w,]+\s+){0,6}$", re.I)
# "drills … that included U.S. and Bulgarian forces", "the exercise involves troops from A and
# B", "the exercise, organised by Nepal and the United States": the parties after the noun
_PARTIES_AFTER = re.compile(
    r"(?:\s+(?:in|off|near|at|on|across|around)\s[^,;:.()]{0,45}?)?,?\s+"
    r"(?:(?:that|which)\s+(?:also\s+|will\s+|would\s+)?)?"
    r"(?:(?:is|are|was|were|will be|has been|have been|had been|being)\s+)?"
    r"(?P<verb>(?:involv|includ)(?:e|es|ed|ing)|(?:brought|brings?|bringing)\s+together|"
    r"(?:(?:jointly\s+)?(?:held|staged|organi[sz]ed|co-organi[sz]ed|conducted|hosted|co-hosted|"
    r"run|carried out)\s+(?:jointly\s+)?)?by)\s+"
    r"(?:(?:the|some|about|around|nearly|over|more than|[\d,]+)\s+)*"
    r"(?:(?:" + lexicon.TROOPS + "|" + lexicon.VESSELS + r"|navies|militaries|armies|participants|"
    r"delegations)\s+(?:from|of)\s+(?:the\s+)?)?",
    re.IGNORECASE,
)
_PARTIES_WORDS = ("involv", "includ", "together", " by ")
# "Romania's navy headed drills that included …": the subject holds what it includes
_HOLDER = re.compile(
    r"(?:['’]s\s+(?:[\w-]+\s+){0,3}?$|(?:['’]s)?\s+(?:[\w-]+\s+){0,4}?(?:head(?:s|ed|ing)?|"
    r"lead(?:s|ing)?|led|host(?:s|ed|ing)?|stag(?:e|es|ed|ing)|launch(?:es|ed|ing)?|began|"
    r"begins?|beginning|start(?:s|ed|ing)?|open(?:s|ed|ing)?|conduct(?:s|ed|ing)?|"
    r"hold(?:s|ing)?|held|organi[sz](?:e|es|ed|ing)|kick(?:s|ed|ing)?|run(?:s|ning)?|ran)\s+"
    r"(?:off\s+|on\s+\w+\s+)?(?:[\w'’-]+\s+){0,6}?$)",
    re.IGNORECASE,
)


def _train_together(view: View) -> list[Candidate]:
    """Forces of two or more states training with no one else as object: "Lithuanian, Latvian
    and Estonian officers will train at Rukla" (an exercise; training another is aid)."""
    out: list[Candidate] = []
    for verb in view.finditer(_TRAIN):
        if not _INTRANSITIVE.match(view.text, verb.end()) or _NOUN_BEFORE.search(
            view.text, max(0, verb.start() - 12), verb.start()
        ):
            continue  # "rotating through the country for training": a noun, not the verb
        group = view.subject(verb.start())  # "Polish and Czech soldiers": one noun for all
        if not any(view.trainees(m) or view.forces(m) for m in group):
            continue
        out += pairs(
            TieType.JOINT_EXERCISE,
            [m.code for m in group],
            verb.span(),
            rule="exercise.train_together",
        )
    if "together" in view.lower:
        for verb in view.finditer(_MOVE_TOGETHER):
            # "Greek and Egyptian warships sailed together off Crete": their ships or jets, not
            # their leaders ("the two presidents flew together to Paris" is a trip)
            group = [
                m
                for m in view.subject(verb.start())
                if not m.is_org and _ARRIVERS.match(view.text, m.end, verb.start())
            ]
            out += pairs(
                TieType.JOINT_EXERCISE, codes(group), verb.span(), rule="exercise.train_together"
            )
    return out


def _respective(view: View, start: int, end: int) -> list[Candidate]:
    """'Estonian, Latvian and Lithuanian companies will exercise with Norwegian, Swedish and
    Danish units respectively': one pair per position of the two lists."""
    if "respectively" not in view.lower:
        return []
    hi = view.clause(start)[1]
    if _RESPECTIVELY.search(view.text, end, hi) is None:
        return []
    core, others = partners(view, start, end)
    first, second = codes(core), codes(others)
    if len(first) < 2 or len(first) != len(second):
        return []
    return [
        cand
        for a, b in zip(first, second, strict=True)
        for cand in pairs(TieType.JOINT_EXERCISE, [a, b], (start, end), rule="exercise.noun")
    ]


def _relative_parties(view: View, start: int) -> list[str]:
    """'… an exercise in the Gulf of Oman in which China's navy takes part alongside Iran and
    Russia': the parties the relative clause names, its subject and who is with it."""
    hi = view.clause(start)[1]
    after = [m for m in view.after(start, hi) if not m.is_org]
    if not after or view.prep(after[0]) is not None:
        return []
    group = view.group_after(after[0], hi)
    others = [m for m in after if m not in group and view.prep(m) in {"alongside", "with"}][:1]
    if others:
        group += view.group_after(others[0], hi)
    return codes(group) if len(codes(group)) >= 2 else []


# Ships, troops or jets arriving in a host state for an exercise: "two Russian warships arrived
# in the Chinese port of Zhanjiang to take part in joint naval exercises"
_ARRIVE = lexicon.lowered(
    r"arriv(?:e|ed|es|ing)|dock(?:ed|s|ing)?|berth(?:ed|s|ing)?|land(?:ed|s|ing)?|"
    r"sail(?:ed|s|ing)? into|reach(?:ed|es|ing)|anchored|touched down|flew|fl(?:y|ies|ying)|"
    r"travel(?:l?ed|s|l?ing)?|deployed|came|come|comes|coming"
)
_ARRIVE_WORDS = (
    "arriv",
    "dock",
    "berth",
    "land",
    "sail",
    "reach",
    "anchor",
    "touch",
    "fl",
    "trav",
    "deploy",
    "came",
    "com",
)
_HOST_PLACE = frozenset({"in", "at", "to", "into", "off", "near"})
# What arrives: the state's own ships, troops or aircraft ("a detachment of Russian ships")
_ARRIVERS = re.compile(
    r"(?:['’]s)?\s+(?:[\w-]+\s+){0,4}?(?:" + lexicon.VESSELS + "|" + lexicon.TROOPS + r"|navy|"
    r"air force|jets|fighters|bombers|warplanes|aircraft|planes|helicopters|pilots|crews)\b",
    re.IGNORECASE,
)
# The arrival's purpose, told between the host and the exercise noun
_FOR_EXERCISE = re.compile(
    r"[^;:()]{0,50}?\b(?:for|ahead of|in preparation for|to (?:take part|participate|join|hold|"
    r"conduct|stage|begin|start)\b[^;:()]{0,25}?)\s+(?:[\w'’,-]+\s+){0,6}?$",
    re.IGNORECASE,
)
_TOGETHER = re.compile(
    r"\b(?:joint|combined|bilateral|trilateral|multilateral|multinational|international|"
    r"take part|taking part|participat\w*|join)\b",
    re.IGNORECASE,
)
_NAMED = re.compile(r"\s[A-Z][\w-]+(?:\s+[A-Z0-9][\w-]*)*\s+$")
_WATCHING = re.compile(r"\b(?:observ|watch|monitor|attend|inspect|view)", re.IGNORECASE)


def _arrived_for(view: View, noun: re.Match[str], lo: int, *, joint: bool = False) -> list[str]:
    """'Two Russian warships arrived in Zhanjiang to take part in joint naval exercises', 'US
    troops landed in Rajasthan for the joint exercise': the arriving state and its host."""
    lower = view.lower
    if not any(word in lower for word in _ARRIVE_WORDS):
        return []
    verbs = view.finditer(_ARRIVE, lo, noun.start())
    if not verbs:
        return []
    verb = verbs[-1]
    hosts = [
        m
        for m in view.after(verb.end(), noun.start())
        if view.prep(m) in _HOST_PLACE and not m.is_org
    ][:1]
    if hosts:
        host, after = hosts[0].code, hosts[0].end
    elif view.venue and not view.after(verb.end(), noun.start()):
        # "CHABAHAR, Iran - Russian warships arrived on Monday for the joint drills": the
        # dateline's state hosts them
        host, after = view.venue, verb.end()
    else:
        return []
    link = _FOR_EXERCISE.match(view.text, after, noun.start())
    if link is None or _WATCHING.search(view.text, after, noun.start()):
        return []  # "arrived in Minsk to watch the drills": an onlooker
    if not (
        joint
        or _TOGETHER.search(view.text, after, noun.end())
        or view.finditer(_CODE_NAME, after, noun.end() + 30)
        or (  # "for the Kamandag exercise", "for Exercise Pitch Black": a named exercise
            (_NAMED.search(view.text, after, noun.start()) or noun.group()[0] == "E")
            and not view.before(noun.start(), noun.start() - 2)
        )
    ):
        return []  # "Russian warships arrived in Havana before drills": its own drills
    senders = [
        m
        for m in [*view.subject(verb.start(), lo), *view.before(verb.start(), lo)]
        # "a Russian frigate armed with missiles and a Chinese destroyer docked": each ship's
        if not m.is_org
        and view.prep(m) in {None, "of"}
        and _ARRIVERS.match(view.text, m.end, min(verb.start(), m.end + 40))
    ]
    return [*codes(senders), host] if senders else []


# "Washington invited Hanoi to the drills", "withdrew China's invitation to the exercise": the
# host who invites and the state invited take part together
_INVITED = re.compile(
    r"\b(?P<verb>(?:un|dis|re)?invit(?:e|es|ed|ing|ation))\b[^;:()]{0,60}?"
    r"(?:\bto|\bfor|\bfrom)\s+(?:[\w'’-]+\s+){0,5}?$",
    re.IGNORECASE,
)
# "a memorandum providing for defence dialogue, officer exchanges and joint exercises": what an
# agreement would allow is cooperation, not an exercise held
_PROVIDES_FOR = re.compile(
    r"\b(?:agreements?|memorand(?:um|a)|accords?|pacts?|deals?|treaty|protocols?|plans?|"
    r"roadmap|programme|program)\b[^.;]{0,100}?\b(?:provid\w* for|envisag\w*|call\w* for|"
    r"allow\w* for|pav\w* the way for|cover\w*)\s+(?:[\w,-]+\s+){0,10}?$",
    re.IGNORECASE,
)
_PROVIDES_WORDS = ("provid", "envisag", "call", "allow", "pav", "cover")
_CLAUSE_OPENERS = frozenset({None, "after", "as", "since", "when", "before", "while", "until"})
# "declined Russia's invitation", "withdrew China's invitation": the invitation refused
_REFUSED = re.compile(
    r"\b(?:withdr[ae]w\w*|declin\w*|reject\w*|turn\w* down|refus\w*|rescind\w*|revok\w*|"
    r"cancel\w*|snubb?\w*)\s+(?:[\w'’-]+\s+){0,3}?$",
    re.IGNORECASE,
)
_INVITEE_BEFORE = re.compile(r"['’]s\s+(?:[\w-]+\s+)?$")


def _invited(view: View, noun: re.Match[str], lo: int) -> tuple[list[str], bool]:
    """'The United States invited Vietnam to RIMPAC', 'Washington withdrew China's invitation to
    the exercise', 'the Pentagon disinvited China from the drills': the inviter (the subject)
    and the state invited; uninviting ends the tie."""
    if "invit" not in view.lower:
        return [], False
    found = _INVITED.search(view.text, max(lo, noun.start() - 90), noun.start())
    if found is None or _WATCHING.search(view.text, found.end("verb"), noun.start()):
        return [], False  # "invited China to observe the drills": an onlooker
    verb = found.group("verb").lower()
    if verb.endswith("ation"):
        # "China's invitation to", "its invitation to China to join"
        invitees = [
            m
            for m in view.before(found.start(), max(lo, found.start() - 30))
            if _INVITEE_BEFORE.fullmatch(view.text, m.end, found.start())
        ][-1:] or [
            m for m in view.after(found.end("verb"), noun.start()) if view.prep(m) in {"to", "for"}
        ][:1]
    else:
        invitees = [m for m in view.after(found.end("verb"), noun.start()) if view.prep(m) is None][
            :1
        ]
    if not invitees or invitees[0].is_org:
        return [], False
    invitee = invitees[0]
    pos = min(invitee.start, found.start())
    inviters = (
        [m for m in view.subject(pos, lo) if not m.is_org and m.code != invitee.code]
        or [
            m  # "after Washington withdrew China's invitation": the subject of a clause
            for m in view.before(pos, lo)
            if not m.is_org and m.code != invitee.code and view.prep(m) in _CLAUSE_OPENERS
        ][-1:]
    )
    if not inviters:
        return [], False
    refused = verb.startswith(("un", "dis")) or _REFUSED.search(view.text, lo, found.start())
    return codes([*inviters, invitee]), bool(refused)


# "… exchanged fire as India held exercises", "… after Phnom Penh scrapped its exercises with
# the United States": the state after the conjunction is the subject, not a state before it
_CONJUNCTION_WORDS = (" as ", " after ", " when ", " while ", " since ", " before ", " because ")
_CONJUNCTION_PREPS = frozenset({"after", "as", "when", "while", "since", "before", "because"})
_AS_WELL_AS = re.compile(r"\bas well\s+$|\bsuch\s+$", re.IGNORECASE)
_SUBORDINATE_GAP = re.compile(r"\s+(?:[\w'’-]+\s+){1,5}$")


def _subordinate_subject(view: View, start: int, lo: int) -> list[str] | None:
    """The parties of an exercise whose subject opens a subordinate clause ("as India held
    exercises", "after Phnom Penh scrapped its exercises with the United States"): that subject
    and who it exercises "with", not a state of the main clause."""
    before = view.before(start, lo)
    if not before:
        return None
    last = before[-1]
    word = view.prep(last)
    if (
        word not in _CONJUNCTION_PREPS
        or _AS_WELL_AS.search(view.text, max(0, last.start - 12), last.start - 3)
        or not _SUBORDINATE_GAP.fullmatch(view.text, last.end, start)
    ):
        return None
    _, others = partners(view, start, start)
    return codes([last, *[m for m in others if m.code != last.code]])


def _subordinate_after(view: View, end: int) -> bool:
    """'… a drill first held in 2016 after Phnom Penh scrapped its exercises with the United
    States': the "with" after a subordinate clause's subject is that clause's partner."""
    seen = False
    for mention in view.after(end, view.clause(end)[1]):
        word = view.prep(mention)
        if word in _CONJUNCTION_PREPS:
            seen = True
        elif seen and word in {"with", "alongside"}:
            return True
    return False


# "The countries taking part in the exercise are A, B and C", "participating navies in this
# year's drills include A and B": the participants listed after a copula
_PARTICIPANTS_BEFORE = re.compile(
    r"\b(?:(?:countries|nations|states|navies|armies|militaries|forces|participants)\s+"
    r"(?:(?:that\s+)?(?:are\s+|were\s+|will\s+be\s+)?(?:taking|took|take|taken)\s+part|"
    r"participating|involved)|participating\s+(?:countries|nations|states|navies|armies|"
    r"militaries|forces))\s+in\s+(?:[\w'’-]+\s+){0,5}?$",
    re.IGNORECASE,
)
_LISTED_AFTER = re.compile(
    r"(?:\s+(?:[\w'’-]+\s+){0,4}?|\s*,?\s+)(?:are|were|include|includes|included|will be)\s+"
    r"(?:the\s+|those\s+of\s+(?:the\s+)?)?",
    re.IGNORECASE,
)


def _listed_participants(view: View, start: int, end: int) -> list[str]:
    """'The countries taking part in the exercise are Nepal, Bhutan and Bangladesh'."""
    if "partic" not in view.lower and "part" not in view.lower and "involv" not in view.lower:
        return []
    if not _PARTICIPANTS_BEFORE.search(view.text, max(0, start - 80), start):
        return []
    listed = _LISTED_AFTER.match(view.text, end)
    if listed is None:
        return []
    first = [m for m in view.after(listed.end(), listed.end() + 1) if not m.is_org][:1]
    return codes(view.group_after(first[0], len(view.text))) if first else []


_CALLED_OFF_AFTER = re.compile(
    r"[^.;:()]{0,70}?\b(?:has|have|had|was|were|is|are|will be|would be)\s+(?:been\s+)?"
    r"(?:\w+ly\s+)?(?:called off|cancel+ed|postponed|put off|suspended|scrapped|shelved|axed|"
    r"halted|dropped)\b",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"['’]s?\b")
_HOSTILE = re.compile(
    r"\b(?:provocat\w*|threat\w*|destabili[sz]\w*|aggressi\w*|rehears\w*|hostile|escalat\w*|"
    r"dangerous|menac\w*|invasion|condemn\w*|protest\w*|warn\w*)",
    re.IGNORECASE,
)


# "Morocco hosts African Lion, the largest US exercise", "Poland hosted the US-led drills": the
# host of an exercise another state holds takes part in it
_HOSTS_IT = re.compile(
    r"\b(?P<verb>(?:co-)?host(?:s|ed|ing)?)\s+(?:[A-Z][\w-]*,?\s+){0,4}?(?:[\d-]+,?\s+)?"
    r"(?:(?:the|a|an|its|their|this year['’]s|next year['’]s)\s+)?(?:[\w'’-]+\s+){0,4}?$",
    re.IGNORECASE,
)


def _hosted(view: View, noun: re.Match[str], held_by: str) -> str | None:
    """The state that hosts an exercise the sentence gives to one other state."""
    if "host" not in view.lower:
        return None
    found = _HOSTS_IT.search(view.text, max(0, noun.start() - 90), noun.start())
    if found is None or not any(
        m.code == held_by for m in view.after(found.end("verb"), noun.start())
    ):
        return None  # the holder must be named in the host verb's object
    hosts = [m for m in view.subject(found.start("verb")) if not m.is_org and m.code != held_by]
    return hosts[0].code if hosts else None


def _told_by(view: View, noun: re.Match[str], partner: str) -> str | None:
    """'Duterte told reporters that this year's war games with the United States would be the
    last', '"Our drills with Japan go on," the Chinese ministry said': the one state that speaks
    of an exercise "with" another holds it with that state."""
    speakers = codes(view.speakers)
    if len(speakers) != 1 or speakers[0] == partner:
        return None
    core, others = partners(view, noun.start(), noun.end())
    if core or codes(others) != [partner] or _POSSESSIVE.match(view.text, others[0].end):
        return None  # a subject holds it ("Japan's drills with …"), or no "with" partner
    if _HOSTILE.search(view.text):
        return None  # "Beijing said the drills with the United States were a provocation"
    return speakers[0]


def _parties_after(view: View, start: int, end: int) -> list[str]:
    """'… drills in the Black Sea that included U.S. and Bulgarian forces', 'the exercise
    involves troops from Burundi, Chad and Kenya', 'the exercise, staged by A and B': who
    takes part, with the subject that holds the exercise when a list follows "included"."""
    if not any(word in view.lower[end : end + 90] for word in _PARTIES_WORDS):
        return []
    found = _PARTIES_AFTER.match(view.text, end)
    if found is None:
        return []
    first = [m for m in view.after(found.end(), found.end() + 1) if not m.is_org][:1]
    if not first:
        return []
    named = codes(view.group_after(first[0], view.clause(found.end())[1]))
    if found.group("verb").lower().endswith("by"):
        return named  # "the drills held by China and Russia": the holders alone
    lo = view.clause(start)[0]
    subject = view.subject(start, lo)
    if subject and _HOLDER.match(view.text, subject[-1].end, start):
        named = codes([*subject]) + [code for code in named if code not in codes(subject)]
    return named


def read_exercises(view: View) -> list[Candidate]:
    """Drills, exercises and patrols held together, and who took part."""
    out: list[Candidate] = []
    lower = view.lower
    if any(map(lower.__contains__, _EXERCISE_STEMS)):  # map: no generator frame per word
        # "opened Cobra Gold … in the field training": a code name when no exercise noun is
        nouns = view.finditer(EXERCISE) or view.finditer(_CODE_NAME)
    elif any(map(lower.__contains__, _NAMED_WORDS)):
        nouns = view.finditer(_CODE_NAME)  # "taking part in Kakadu", "Egypt hosted Bright Star"
        if not nouns:
            return out
    else:
        return out
    for noun in nouns:
        lo, _ = view.clause(noun.start())
        if _RECIPROCAL.search(view.text, lo, noun.start()):
            continue  # an access agreement's terms: "deploy to each other's territory for drills"
        if noun.group().lower().endswith("training") and _PROSPECT.search(
            view.text, max(lo, noun.start() - 30), noun.start()
        ):
            continue  # "would boost joint training": a purpose, not an exercise
        if _CIVILIAN.match(view.text, noun.end()):
            continue
        if any(word in lower for word in _PROVIDES_WORDS) and _PROVIDES_FOR.search(
            view.text, max(0, noun.start() - 200), noun.start()
        ):
            continue
        respective = _respective(view, noun.start(), noun.end())
        if respective:
            out += respective
            continue
        codes = participants(view, noun.start(), noun.end())
        subordinate = any(map(lower.__contains__, _CONJUNCTION_WORDS))
        clause_subject = _subordinate_subject(view, noun.start(), lo) if subordinate else None
        if clause_subject is not None:
            codes = clause_subject
        elif subordinate and _subordinate_after(view, noun.end()):
            core = partners(view, noun.start(), noun.end())[0]
            codes = list(dict.fromkeys(m.code for m in core if not m.is_org))
        if len(set(codes)) < 2:  # "an exercise of the two countries' armed forces"
            of = [m for m in view.after(noun.end(), noun.end() + 12) if view.prep(m) == "of"]
            codes = [m.code for m in view.group_after(of[0], len(view.text))] if of else codes
        rule = "exercise.noun"
        if len(set(codes)) == 1 and (host := _hosted(view, noun, codes[0])):
            codes, rule = [host, *codes], "exercise.hosted"
        if len(set(codes)) == 1 and (teller := _told_by(view, noun, codes[0])):
            codes, rule = [teller, *codes], "exercise.told_by"
        if len(set(codes)) < 2 and len(listed := _listed_participants(view, *noun.span())) > 1:
            codes, rule = listed, "exercise.participants"
        named = _parties_after(view, noun.start(), noun.end())
        if len(set(codes)) < 2 and len(named) > 1:
            codes, rule = named, "exercise.involving"
        elif len(set(codes)) > 1 and set(named) - set(codes):
            # "Thai and US troops launched Cobra Gold, which also involves forces from Japan"
            codes = list(dict.fromkeys([*codes, *named]))
        if len(set(codes)) < 2 and (relative := _RELATIVE.match(view.text, noun.end())):
            codes = list(dict.fromkeys([*codes, *_relative_parties(view, relative.end())]))
        if len(set(codes)) < 2 and len(arrived := _arrived_for(view, noun, lo)) > 1:
            codes, rule = list(dict.fromkeys([*codes, *arrived])), "exercise.arrived_for"
        elif len(set(codes)) > 1 and set(arrived := _arrived_for(view, noun, lo, joint=True)) - set(
            codes
        ):
            codes = list(dict.fromkeys([*codes, *arrived]))  # more ships arrived for it
        if len(set(codes)) < 2:
            invited, uninvited = _invited(view, noun, lo)
            if len(invited) > 1:
                out += [
                    Candidate(
                        TieType.JOINT_EXERCISE,
                        a,
                        b,
                        None,
                        *noun.span(),
                        "exercise.invited",
                        uninvited,
                    )
                    for a in invited[:-1]
                    for b in invited[-1:]
                ]
                continue
        watched = _WATCHED.search(view.text, lo, noun.start())
        if watched:  # "Poland and Lithuania were monitoring the manoeuvres": onlookers
            after = {m.code for m in view.mentions if m.start >= watched.end("verb")}
            codes = [code for code in codes if code in after]
        onlookers = {  # "with Azerbaijan among the states that sent observers"
            m.code
            for m in view.mentions
            if _OBSERVERS.match(view.text, m.end) or _AS_OBSERVER.search(view.text, lo, m.start)
        }
        codes = [code for code in codes if code not in onlookers]
        if len(set(codes)) == 1 and _TOOK_PART.search(view.text, lo, noun.start()):
            # "Chinese troops took part in drills in Belarus": the host exercises with them
            hosts = [
                m.code
                for m in view.after(noun.end(), view.clause(noun.start())[1])
                if view.prep(m) in _HOST_PREPS and not m.is_org
            ][:1]
            out += pairs(
                TieType.JOINT_EXERCISE, [*codes, *hosts], noun.span(), rule="exercise.took_part"
            )
            continue
        found = pairs(TieType.JOINT_EXERCISE, codes, noun.span(), rule=rule)
        if found and _CALLED_OFF_AFTER.match(view.text, noun.end()):
            # "an exercise with Japan's forces has been called off": the passive after the noun
            found = [replace(cand, reversed=True) for cand in found]
        out += found
    return out + _train_together(view)
