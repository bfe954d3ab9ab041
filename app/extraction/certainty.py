"""Who says a tie happened and how sure the text is: status, attribution, phase, confidence.

Reporting clauses ("Seoul's spy agency said …", "…, Berlin confirmed", "according to US
officials") are found first, so their speakers never fill a role. Hedges and negation count only
inside the trigger's scope: from the last clause boundary before the trigger up to it, so
"Allegations about troops have emerged following a visit by …" leaves the visit asserted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.extraction import lexicon
from app.extraction.clauses import View
from app.extraction.rules import aid, deployments, transfers, visits
from app.extraction.rules.common import Candidate
from app.vocabulary import OTHER_SOURCE, MentionStatus, Phase, TieType

PARTY = "party"
"""Source placeholder for "its army said": the speaker is the tie's own actor."""

_TRIGGERS = lexicon.word(
    "|".join(
        (visits.GO, deployments.DEPLOY, transfers.SUPPLY, lexicon.RECEIVE, visits.HOST, aid.TRAIN)
    )
)
_PLAIN_SPEECH = (
    r"said|says|say|told [\w ]{1,30}?|claimed|claims|claim|alleged|alleges|reported|reports|"
    r"believes|believe|believed|estimated|estimates|estimate|suggest|suggests|suggested|indicate|"
    r"indicates|indicated|show(?! off| up)|shows(?! off| up)|showed(?! off| up)|accused|accuses|"
    r"insisted|insists|warned|warns|"
    r"assessed|assesses|assess|concluded|argued|argues|thinks|think|fear|fears|feared|posits|"
    r"charged|charges|noted|wrote|added"
)
_THAT_SPEECH = (
    r"announced|announces|confirmed|confirms|revealed|disclosed|acknowledged|acknowledges|"
    r"admitted|admits|stated|states|declared|declares|stressed|emphasi[sz]ed|tweeted|posted"
)
# "on Sunday, 20 August 2023, that", "in October 2024 that", "on Monday": when it was said.
_WHEN_SAID = (
    r"(?:,?\s+(?:on|last|this|in|earlier|late|first|also|later)\b[^;:\"“]{1,45}?,?\s+that\b|"
    r"\s+(?:on|last|this|in) \w+)"
)
_LEADING = re.compile(
    r"^(?:(?:after|before|while|since|following|in|on|speaking|asked|six|two|three|a|last)\b"
    r"[^,;:]{1,50},\s+)?(?P<src>[^,;:]{1,70}?)\s+(?:has |have |had )?(?:also |previously |"
    r"earlier |repeatedly |publicly |now |again |both |first |later |all )?(?:(?P<plain>"
    + _PLAIN_SPEECH
    + r")"
    + _WHEN_SAID
    + r"?(?:\s+that)?|(?P<that>"
    + _THAT_SPEECH
    + r")(?:"
    + _WHEN_SAID
    + r"|\s+that))\s+(?=\S)",
    re.IGNORECASE,
)
_TRAILING = re.compile(
    r",[\"”’']?\s*(?P<src>[^,;]{1,80}?),?\s+(?:has |have |had |also )?(?P<verb>"
    + lexicon.SPEECH
    + r")"
    r"(?:\s+(?:on|in|last|this|earlier|late|to|during|at|after|while|citing|without|in a)\b"
    r"[^,;]{0,60})?(?:,\s*(?:\d{1,2}\s+[A-Z]\w+(?:\s+\d{4})?|[A-Z]\w+\s+\d{1,2}(?:,\s*\d{4})?|"
    r"after|before|while|during|citing|adding|in|at|when|as|on)\b[^,;]{0,60}){0,2}"
    r"\s*[.!?\"”']*\s*$",
    re.IGNORECASE,
)
_INVERTED = re.compile(
    r",[\"”’']?\s*(?:said|says|according to)\s+(?!(?:on|in|last|this|late|earlier)\b)"
    r"(?P<src>[^,;]{1,80}?)\s*[.!?\"”']*\s*$",
    re.IGNORECASE,
)
_ACCORDING = re.compile(r"(?:^|,\s*|\s)according to (?P<src>[^,;.]{1,80})", re.IGNORECASE)
_PARTY_SOURCE = re.compile(
    r"^(?:its|their|his|her|the (?:country|government|ministry|army|military|navy)['’]s?)\b",
    re.IGNORECASE,
)
# A government voice with no state named ("the defence ministry said", "the leaders of the
# AUKUS partnership announced"): in a report of a tie, a party speaking about itself.
_OFFICIAL_SOURCE = re.compile(
    r"(?i:^(?:the\s+|both\s+)?(?:two\s+|three\s+)?(?:(?:defen[cs]e|foreign|prime|interior|"
    r"state)\s+)?(?:ministry|minister|secretary|government|governments|leaders|two leaders|"
    r"chancellery|presidency|spokes(?:man|woman|person)|(?:royal\s+|national\s+)?(?:armed forces|"
    r"army|military|navy|air force|defen[cs]e forces|general staff|joint chiefs))\b)"
    # "Chancellor Olaf Scholz", "Defence Minister Rajnath Singh", "Pentagon spokesman John
    # Kirby": an official named by title and name; in a report of a tie, one of its parties
    r"|^(?:[A-Z][\w.'’-]*\s+){0,3}?(?i:president|prime minister|premier|chancellor|minister|"
    r"secretary|spokes(?:man|woman|person)|king|emir|crown prince|sultan|general|admiral|"
    r"ambassador|envoy|commander)(?:\s+[A-Z][\w.'’-]*){1,4}\s*$",
)
# "officials said", "a senior defence official said", "according to official sources": a
# government's own voice that names no state; in a report of a tie, one of its parties.
_UNNAMED_OFFICIAL = re.compile(
    r"(?i:^(?:a|an|the|two|three|several|senior|top|other)?\s*(?:senior\s+|top\s+|military\s+|"
    r"defen[cs]e\s+|government\s+|ministry\s+|army\s+)*(?:officials?|official sources|officers?|"
    r"government sources)\s*$)"
)
# A multinational force's own voice ("the mission said", "an AU official said", "the
# organisation said"): official for the deployments that make up the force
_FORCE_VOICE = re.compile(
    r"\b(?:the (?:mission|force|organi[sz]ation)|(?:an?|the) [A-Z]{2,6} (?:official|spokes\w+))\b"
)
# The bodies that run multinational forces, speaking of their contingents
_FORCE_BODY = re.compile(
    r"\b(?:United Nations|African Union|U\.?N\.?|AU|NATO|ECOWAS|CSTO|SADC|EU|alliance|bloc|"
    r"coalition|command|peacekeep\w*)\b"
)
_NON_OFFICIAL = re.compile(
    r"\b(?:media|press|newspapers?|dail(?:y|ies)|television|TV|journalists?|reporters?|"
    r"analysts?|experts?|residents?|witnesses|monitors?|opposition|lawmakers|think[- ]tank)\b",
    re.IGNORECASE,
)
_STATE_MEDIA = re.compile(r"(?i:\bstate(?:-run)?\b|\bofficial\b)|\b(?:Press|News) Agency\b")
_NAME_ONLY = re.compile(r"(?:[A-Z][\w.'’-]*\s*){1,4}")
# ", the chief of Russia's General Staff, " before a bare name: the title names the state
# (a title word in it: ", Algeria and Vietnam, SIPRI said" is a list before an institute)
_TITLE_BEFORE = re.compile(
    r",\s+(?:the\s+)?(?=[^,;]*\b(?:" + lexicon.TITLES + r"))[^,;]{3,60},\s*$", re.IGNORECASE
)
_AUXILIARY_END = re.compile(r"\b(?:is|are|was|were|be|been|being)\s*$", re.IGNORECASE)
_HE_SHE = re.compile(r"(?:he|she)", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:we|our|us)\b", re.IGNORECASE)
_PRONOUN_START = re.compile(r"(?:it|they|we|he|she|its|their|his|her|our)\b", re.IGNORECASE)
_HEDGED_SPEECH = lexicon.word(lexicon.HEDGED_SPEECH)
_SPEECH = lexicon.lowered(lexicon.SPEECH)
_DENIAL = lexicon.lowered(lexicon.DENIAL_VERB)
_SCOPE = re.compile(
    r"[;:]|,\s|\b(?:following|after|before|amid|ahead of|despite|while|whereas|although|though|"
    r"but|because|when|where|which|who)\b"
)
_HEDGE = lexicon.lowered(lexicon.HEDGE)
_NOUN_RULES = frozenset({"alliance.treaty", "alliance.bare", "cooperation.noun"})
_NOUN_NEGATION_REACH = 40
_MAY = re.compile(r"\bmay\b")  # case-sensitive: "May" opening a date is no hedge
_REPORT_NOUN = lexicon.lowered(r"reports?|claims?|allegations?|rumou?rs?|speculations?|suggest\w*")
_MODAL = lexicon.lowered(r"might|could|possibly|potential(?:ly)?")
_NEGATION = lexicon.lowered(lexicon.NEGATION)
_DOUBLE_NEGATION = lexicon.lowered(lexicon.DOUBLE_NEGATION)
_PLANNED = lexicon.lowered(lexicon.PLANNED)


@dataclass(frozen=True, slots=True)
class Attribution:
    """A reporting clause: who speaks, whether the verb hedges, where it sits."""

    start: int
    end: int
    source: str
    hedged: bool
    leading: bool
    speakers: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Judgement:
    """The certainty of one candidate tie."""

    status: MentionStatus
    attributed_to: str | None
    phase: Phase
    confidence: float


def _source(view: View, start: int, end: int) -> str:
    text = view.text[start:end].strip()
    if _PARTY_SOURCE.match(text):
        return PARTY
    if _press(view, start, end):
        return OTHER_SOURCE
    inside = [  # "a communique released at the summit in Madrid": Madrid does not speak
        m
        for m in view.mentions
        if start <= m.start < end and (m.is_org or view.prep(m) not in ("in", "at"))
    ]
    for mention in inside:
        if not mention.is_org:
            return mention.code
    if inside:
        # "NATO Secretary General Mark Rutte": an alliance is a party only to its own membership
        return inside[0].code
    if _OFFICIAL_SOURCE.match(text) or _UNNAMED_OFFICIAL.match(text):
        return PARTY
    named = _NAME_ONLY.fullmatch(text) and _TITLE_BEFORE.search(
        view.text, max(0, start - 70), start
    )
    if named:  # "…, the chief of Russia's General Staff, Nikolai Makarov, said"
        for mention in view.mentions:
            if named.start() <= mention.start < start and not mention.is_org:
                return mention.code
    if view.person_before is not None and _HE_SHE.fullmatch(text):
        return view.person_before  # "He said": the official the last sentence named
    return OTHER_SOURCE


def _press(view: View, start: int, end: int) -> bool:
    """Whether the speaker is a state's press or people ("Turkish media", "Iraqi witnesses"),
    who do not speak for it as its government or its state media do."""
    return bool(_NON_OFFICIAL.search(view.text, start, end)) and not _STATE_MEDIA.search(
        view.text, start, end
    )


def _speakers(view: View, start: int, end: int) -> tuple[str, ...]:
    """Every state among the speakers ("Denmark and the Netherlands said"); none when the
    speaker is its press or its people ("Turkish media"), not its government or state media."""
    if _press(view, start, end):
        return ()
    return tuple(
        dict.fromkeys(m.code for m in view.mentions if start <= m.start < end and not m.is_org)
    )


def _plausible_source(text: str) -> bool:
    """A speaker is a short noun phrase: no tie trigger, no negation ("Cairo did not deny")."""
    return (
        len(text.split()) <= 9
        and not _TRIGGERS.search(text)
        and not _NEGATION.search(text.lower())
        and not _AUXILIARY_END.search(text)
    )


def find_attributions(view: View) -> list[Attribution]:
    """Reporting clauses of a sentence; their speakers are kept out of the tie's roles."""
    text = view.text
    found: list[Attribution] = []
    if _SPEECH.search(view.lower) is None and "according" not in view.lower:
        return found  # no reporting verb: the costly clause patterns cannot match
    lead = _LEADING.match(text) if _SPEECH.search(view.lower, 0, 160) else None
    if lead and _plausible_source(lead.group("src")):
        verb = lead.group("plain") or lead.group("that") or ""
        source = _source(view, 0, lead.end("src"))
        hedged = bool(_HEDGED_SPEECH.fullmatch(verb))
        speakers = _speakers(view, 0, lead.end("src"))
        found.append(Attribution(0, lead.end(), source, hedged, True, speakers))
        view.floor = lead.end()
        view.speakers = [m for m in view.mentions if m.end <= lead.end("src")]
        if _PRONOUN_START.match(text, lead.end()):
            view.fallback = [m for m in view.mentions if m.end <= lead.end("src")]
    tail = _trailing(text)
    if tail and _plausible_source(tail.group("src")):
        verb = tail.groupdict().get("verb") or "said"
        if not _DENIAL.fullmatch(verb.lower()):
            source = _source(view, tail.start("src"), tail.end("src"))
            found.append(
                Attribution(
                    tail.start(),
                    len(text),
                    source,
                    bool(_HEDGED_SPEECH.fullmatch(verb)),
                    False,
                    _speakers(view, tail.start("src"), tail.end("src")),
                )
            )
            view.ignore(tail.start(), len(text))
            if not view.speakers:
                view.speakers = [m for m in view.mentions if tail.start("src") <= m.start]
            if _FIRST_PERSON.search(text, 0, tail.start()) and not view.fallback:
                # "'We will send troops,' the Chadian president said": we = the speaker's state
                view.fallback = [m for m in view.mentions if tail.start("src") <= m.start]
            view.breaks.append(tail.start())
            view.breaks.sort()
    for match in _ACCORDING.finditer(text) if "according" in view.lower else ():
        # "according to the Pentagon" reads as "the Pentagon said": a party's own word stands
        source = _source(view, match.start("src"), match.end("src"))
        speakers = _speakers(view, match.start("src"), match.end("src"))
        found.append(Attribution(match.start(), match.end(), source, False, False, speakers))
        view.ignore(match.start(), match.end())
    return found


def _trailing(text: str) -> re.Match[str] | None:
    """A reporting clause closing the sentence ("…, the ministry said on Monday").

    Such a clause holds at most three commas, so it starts at one of the last three: trying
    those alone spares the pattern a lazy scan from every comma of a long sentence.
    """
    commas: list[int] = []
    pos = len(text)
    while len(commas) < 3 and (pos := text.rfind(",", 0, pos)) >= 0:
        commas.insert(0, pos)
    for pos in commas:
        found = _TRAILING.match(text, pos)
        if found and not found.group("verb").startswith("States"):  # "…, Britain and the United
            return found  # States." names a state, it says nothing
    return _INVERTED.match(text, commas[-1]) if commas else None


def _negation_window(cand: Candidate, lowered: str) -> str:
    """Where a negation must stand to deny the tie. A tie read from a noun ("treaty",
    "cooperation") is denied only by a negation close before it: "did not justify invoking his
    country's 1951 defence treaty" leaves the treaty standing, "did not sign a pact" does not."""
    if cand.rule not in _NOUN_RULES:
        return lowered
    return lowered[max(0, len(lowered) - (cand.end - cand.start) - _NOUN_NEGATION_REACH) :]


def _scope_start(view: View, start: int) -> int:
    """Where the trigger's scope begins: the last clause boundary before it."""
    last = view.floor if view.floor <= start else 0
    for match in _SCOPE.finditer(view.lower, last, start):
        last = match.end()
    return last


def _denier(view: View, start: int) -> str | None:
    """The state whose denial it is: the nearest mention before the denial verb."""
    for mention in reversed(view.mentions):
        if mention.end <= start:
            close = view.text.count(" ", mention.end, start) < 8
            return mention.code if close and not mention.is_org else None
    return None


def confidence(status: MentionStatus, source: str | None, modal: bool, carried: bool) -> float:
    """Confidence of one mention, from its status and how it is hedged.

    Base by status: asserted 0.9, alleged 0.6 when a government or alliance says it (0.5 otherwise),
    denied 0.2. A modal hedge ("may", "could") takes 0.1 off an alleged mention; roles carried
    over from the previous sentence ("the two countries") take 0.1 off. Clamped to [0.05, 0.95].
    """
    if status is MentionStatus.ASSERTED:
        score = 0.9
    elif status is MentionStatus.ALLEGED:
        score = 0.6 if source not in (None, OTHER_SOURCE) else 0.5
        score -= 0.1 if modal else 0.0
    else:
        score = 0.2
    score -= 0.1 if carried else 0.0
    return round(min(0.95, max(0.05, score)), 2)


def judge(
    view: View,
    cand: Candidate,
    attributions: list[Attribution],
    *,
    carried: bool = False,
    parties: frozenset[str] = frozenset(),
) -> Judgement:
    """Status, attribution, phase and confidence of a candidate tie in its sentence.

    `parties` are every state in the same multi-party tie ("Iranian warships will drill with
    Russia and China", Tehran said): any of them speaking makes each pair asserted.
    """
    scope = _scope_start(view, cand.start)
    window = view.text[scope : cand.end]
    lowered = view.lower[scope : cand.end]
    status = MentionStatus.ASSERTED
    source: str | None = None
    denial = _DENIAL.search(lowered)
    if _DOUBLE_NEGATION.search(lowered):
        status = MentionStatus.ALLEGED
        source = OTHER_SOURCE if _REPORT_NOUN.search(lowered) else None
    elif denial is not None:
        status = MentionStatus.DENIED
        source = _denier(view, scope + denial.start())
    elif cand.reversed or _NEGATION.search(_negation_window(cand, lowered)):
        status = MentionStatus.DENIED
    elif _HEDGE.search(lowered) or _MAY.search(window):
        status = MentionStatus.ALLEGED
        source = OTHER_SOURCE if _REPORT_NOUN.search(lowered) else None
    for att in attributions:
        if att.leading and cand.start < att.end:
            continue
        if not att.leading and att.start <= cand.start < att.end:
            continue  # the tie is told inside the reporting clause ("… said during a visit to …")
        speaker = cand.actor if att.source == PARTY else att.source
        if cand.type is TieType.TROOP_DEPLOYMENT and (
            _FORCE_VOICE.search(view.text, att.start, att.end)
            or (
                cand.rule == "deployment.contingent"
                and _FORCE_BODY.search(view.text, att.start, att.end)
            )
        ):
            speaker = cand.actor  # "…, the mission said": the force speaks for its contingents
        for code in att.speakers:
            if code in (cand.actor, cand.target):
                speaker = code
                break
        source = speaker
        if status is MentionStatus.ASSERTED and (
            att.hedged or speaker not in {cand.actor, cand.target, *parties}
        ):
            status = MentionStatus.ALLEGED
    planned = _PLANNED.search(lowered) is not None
    return Judgement(
        status,
        source,
        Phase.PLANNED if planned else Phase.OCCURRED,
        confidence(status, source, bool(_MODAL.search(lowered) or _MAY.search(window)), carried),
    )
