"""MILITARY_AID rules: aid nouns and training."""

from __future__ import annotations

import re

from app.extraction import lexicon
from app.extraction.clauses import View
from app.extraction.gazetteer import Kind, Mention
from app.extraction.rules.common import (
    AID,
    PASSIVE,
    RECEIVE,
    WEAPONS,
    Candidate,
    codes,
    directed,
    pairs,
    participants,
)
from app.vocabulary import TieType

TRAIN = r"train(?:ed|s|ing)?|advis(?:e|es|ed|ing)|mentor(?:s|ed|ing)?"


_TRAIN = lexicon.lowered(TRAIN)


def _has_stem(lower: str) -> bool:
    """Whether the sentence holds a word one of the rules below needs besides an aid noun
    (an `or` chain: cheaper than `any` over a tuple for the many sentences without one)."""
    return (
        "train" in lower
        or "intelligence" in lower
        or "advis" in lower
        or "mentor" in lower
        or "fund" in lower
        or "financ" in lower
        or "contribut" in lower
        or "pay" in lower
        or "instructor" in lower
        or "backer" in lower
        or "donor" in lower
        or "patron" in lower
        or "benefactor" in lower
        or "supporter" in lower
        or "help" in lower
        or "assist" in lower
    )


def _has_goods(lower: str) -> bool:
    """Whether a string every match of `_GOODS` holds is in the sentence: an `or` chain, the
    cheapest test for a sentence that names none (most do not)."""
    return (
        "truck" in lower
        or "uniform" in lower
        or "tent" in lower
        or "fuel" in lower
        or "rations" in lower
        or "vest" in lower
        or "generator" in lower
        or "ambulance" in lower
        or "radio" in lower
        or "cloth" in lower
        or "equipment" in lower
        or "supplies" in lower
        or "gear" in lower
    )


_FUND = lexicon.lowered(
    r"fund(?:s|ed|ing)?|financ(?:e|es|ed|ing)|bankroll(?:s|ed|ing)?|pa(?:y|ys|id|ying) for|"
    r"contribut(?:e|es|ed|ing)"
)
_MILITARY_GOODS = lexicon.lowered(
    lexicon.WEAPONS + r"|military|army|armed forces|air defen[cs]e|defen[cs]es?"
)
_MONEY = re.compile(
    r"[$€£]|\b(?:millions?|billions?|euros?|dollars?|pounds|kroner|krona|crowns|funds?|"
    r"money|cash)\b",
    re.IGNORECASE,
)
_FORCES_AFTER = re.compile(
    r"['’]s?\s+(?:[\w-]+\s+)?(?:military|army|armed forces|air defen[cs]e|defen[cs]es?|forces|"
    r"navy|air force|troops|soldiers)\b",
    re.IGNORECASE,
)
_ADVISERS = lexicon.lowered(
    r"military (?:advis[eo]rs|instructors|trainers|training teams?)|(?:training )?instructors|"
    r"trainers"
)
_REQUEST_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:(?:government|authorities|leadership)(?:['’]s?)?\s+)?(?:request|invitation)\b",
    re.IGNORECASE,
)
# "Ukraine's biggest military backer", "Egypt's largest provider of military aid"
_BACKER = lexicon.lowered(
    r"(?:(?:biggest|largest|main|top|leading|key|chief|principal|major|second-largest|"
    r"second-biggest) )?(?:(?:military|security|defen[cs]e) (?:backers?|donors?|benefactors?|"
    r"patrons?|supporters?)|(?:backers?|donors?|providers?|sources?) of (?:military|security|"
    r"defen[cs]e) (?:aid|assistance|support))"
)
_BACKER_OWNER = re.compile(r"['’]s?\s+$")
_APPOSED = re.compile(r",\s+(?:the\s+)?$")
# "Japan will help Vietnam strengthen its coast guard": building up another state's forces
_HELP = lexicon.lowered(r"help(?:s|ed|ing)?|assist(?:s|ed|ing)?")
_BUILD_FORCES = re.compile(
    r"\s+(?:to\s+)?(?:build|rebuild|modernis|moderniz|strengthen|upgrad|equip|train|reform|"
    r"expand|develop|bolster|boost|improv)\w*\s+(?:up\s+)?(?:its|their|the(?:\s+\w+['’]s)?)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:military|army|armed forces|navy|naval forces|air force|coast guard|"
    r"air defen[cs]es?|defen[cs]es|security forces|forces)\b",
    re.IGNORECASE,
)
_AND = re.compile(r"\b(?:and|or)\b")
_REQUEST_OF = re.compile(r"\b(?:request|invitation) of\s+(?:the\s+)?$", re.IGNORECASE)
_OWNER_GAP = re.compile(r"(?:['’]s)?\s+(?:[\w,-]+\s+){0,2}?")
_SENT = re.compile(
    r"\b(?:sent|sends|send|sending|provided|provides|provide|providing|dispatched|deployed|"
    r"supplied|offered|offers|seconded)\s+(?:[\w,-]+\s+){0,4}$",
    re.IGNORECASE,
)
# "Washington shares intelligence with Kyiv", "an intelligence-sharing pact"
_INTELLIGENCE = re.compile(
    r"\b(?:(?:shar|provid|pass|suppl|offer|giv|feed|fed|exchang)\w*\s+(?:\S+\s+){0,3}?"
    r"intelligence|intelligence[- ](?:sharing|support|assistance|cooperation|exchange))\b",
    re.IGNORECASE,
)

# Goods that equip a force without arming it: "sent fuel, field rations and protective vests",
# "donated 20 trucks and 10,000 uniforms", "$3 million worth of equipment"
_GOODS = lexicon.lowered(
    r"trucks|pick-?up trucks|uniforms|tents|fuel|(?:field |food )?rations|"
    r"(?:protective|bullet-?proof|ballistic) vests|generators|medical supplies|ambulances|"
    r"radios|communications? equipment|(?:winter )?clothing|demining equipment|equipment|"
    r"supplies|gear"
)
# goods named as a force's own: the giver need not name the force
_KIT = re.compile(
    r"\b(?:military|army|non-lethal|protective|bullet-?proof|ballistic|field rations|"
    r"demining|mine detectors)\b",
    re.IGNORECASE,
)
# arms in the same clause make it a transfer of arms, read by the transfer rules
_LETHAL = lexicon.lowered(
    r"weapons?|weaponry|arms|munitions?|ammunition|shells|artillery|howitzers?|rockets?|"
    r"missiles?|drones?|tanks|armou?red vehicles|jets?|warplanes?|aircraft|helicopters?|"
    r"warships?|frigates?|bombs?|grenades?|rifles?|guns|mortars?|launchers?|interceptors?"
)
_GENERIC = frozenset({"equipment", "supplies", "gear"})
_GIVE = re.compile(
    r"\b(?:donat(?:e|ed|es|ing)|gift(?:ed|s|ing)?|hand(?:ed|s|ing)?(?: over)?|g[ai]ve|given|"
    r"giv(?:es|ing)|sen[dt]s?|sending|provid(?:e|ed|es|ing)|deliver(?:ed|s|ing)?|"
    r"suppl(?:y|ied|ies|ying)|ship(?:ped|s|ping)?)\b",
    re.IGNORECASE,
)
_FORCE_OF = re.compile(
    r"\b(?:army|armed forces|military|navy|air force|national guard|coast guard|"
    r"defen[cs]e forces)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_FORCE_OWNED = re.compile(
    r"['’]?s?\s+(?:[\w-]+\s+)?(?:military|army|armed forces|forces|troops|soldiers|navy|"
    r"air force|national guard|coast guard|defen[cs]e forces|border guards)\b",
    re.IGNORECASE,
)
# the institutions of the dateline's state, named without it
_OWN_FORCES = re.compile(
    r"\b(?:the|its) (?:armed forces|army|military|government|defen[cs]e ministry)\s+"
    r"(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)


def read_aid(view: View) -> list[Candidate]:
    """Aid nouns with no supply verb of their own: "US military aid to Ukraine"."""
    out: list[Candidate] = []
    lower = view.lower
    if not view.finditer(AID) and not _has_stem(lower) and not _has_goods(lower):
        return out
    text = view.text
    for noun in view.finditer(AID):
        lo, hi = view.clause(noun.start())
        if view.search(RECEIVE, lo, noun.start()):
            continue
        donors = view.subject(noun.start(), lo)
        after = view.after(noun.end(), hi)
        # "its training mission in Ukraine": a mission is for the state it works in
        mission = noun.group().endswith("mission") or view.lower.startswith(" mission", noun.end())
        preps = {"to", "for", "in"} if mission else {"to", "for"}
        recipients = [m for m in after if view.prep(m) in preps or view.beneficiary(m)][:1]
        # "lethal aid" is arms (not "non-lethal aid")
        kind = TieType.ARMS_TRANSFER if noun.group().startswith("lethal") else TieType.MILITARY_AID
        out += directed(kind, codes(donors), codes(recipients), noun.span(), rule="aid.noun")
    for verb in view.finditer(_TRAIN):
        lo, hi = view.clause(verb.start())
        trainees = [m for m in view.after(verb.end(), hi) if view.trainees(m)][:1]
        trainers = view.subject(verb.start(), lo)
        if not trainees and PASSIVE.search(text, max(lo, verb.start() - 20), verb.start()):
            # "Russian personnel had been trained in Iran", "pilots were trained by Denmark"
            trainees = [m for m in view.before(verb.start(), lo) if view.trainees(m)][-1:]
            trainers = [m for m in view.after(verb.end(), hi) if view.prep(m) in {"in", "by"}][:1]
            trainers = view.group_after(trainers[0], hi) if trainers else []
        if not trainees:
            continue
        if not trainers:  # "American troops remain in Iraq, where they are training Iraqi forces"
            trainers = [m for m in view.before(verb.start(), 0) if view.forces(m)][-1:]
        out += directed(
            TieType.MILITARY_AID, codes(trainers), codes(trainees), verb.span(), rule="aid.training"
        )
    out += _intelligence(view)
    out += _funding(view)
    out += _advisers(view)
    out += _donations(view)
    out += _backers(view)
    out += _helped_forces(view)
    return out


def _advisers(view: View) -> list[Candidate]:
    """Advisers and instructors are assistance: "Tehran only provided military advisers to
    Iraq", "Cuban military advisers are embedded in Venezuela's armed forces"."""
    out: list[Candidate] = []
    if (
        "advis" not in view.lower
        and "instructor" not in view.lower
        and "trainers" not in view.lower
    ):
        return out
    for noun in view.finditer(_ADVISERS):
        lo, hi = view.clause(noun.start())
        owners = [
            m
            for m in view.before(noun.start(), max(lo, noun.start() - 30))
            if _OWNER_GAP.fullmatch(view.text, m.end, noun.start())
            # "troops to Afghanistan and trainers to Iraq": a place before, not an owner
            and not _AND.search(view.text, m.end, noun.start())
        ][-1:]
        if not owners:
            verb = _SENT.search(view.text, max(lo, noun.start() - 50), noun.start())
            owners = view.subject(verb.start(), lo)[:1] if verb else []
        helped = [
            m
            for m in view.after(noun.end(), hi)
            if m not in owners
            and (
                view.prep(m) in {"to", "for", "in", "with", "inside"}
                or view.beneficiary(m)
                or view.owns(m, _FORCES_AFTER)
                # "at the Iraqi government's request", "at the request of Baghdad"
                or view.owns(m, _REQUEST_AFTER)
                or _REQUEST_OF.search(view.text, max(0, m.start - 25), m.start) is not None
            )
        ][:1]
        out += directed(
            TieType.MILITARY_AID, codes(owners), codes(helped), noun.span(), rule="aid.advisers"
        )
    return out


def _funding(view: View) -> list[Candidate]:
    """Money for another state's forces: "Washington funded Taiwan's military", "the
    Netherlands will finance air-defence missiles for Ukraine", "Norway will contribute 5
    billion kroner to Ukraine's air defence"."""
    out: list[Candidate] = []
    for verb in view.finditer(_FUND):
        lo, hi = view.clause(verb.start())
        if view.search(_MILITARY_GOODS, verb.end(), hi) is None:
            continue
        if verb.group().lower().startswith("contribut") and not _MONEY.search(
            view.text, verb.end(), hi
        ):
            continue  # "contributed 14 tanks", "contributed troops": goods or forces, not money
        recipients = [
            m
            for m in view.after(verb.end(), hi)
            if (view.prep(m) in {"for", "to", None} and view.owns(m, _FORCES_AFTER))
            or view.prep(m) == "for"
        ][:1]
        out += directed(
            TieType.MILITARY_AID,
            codes(view.subject(verb.start(), lo)),
            codes(recipients),
            verb.span(),
            rule="aid.funding",
        )
    return out


def _intelligence(view: View) -> list[Candidate]:
    """Intelligence given is aid (giver → receiver); exchanged between parties, cooperation."""
    out: list[Candidate] = []
    text = view.text
    if "intelligence" not in view.lower:
        return out
    for match in _INTELLIGENCE.finditer(text):
        lo, hi = view.clause(match.start())
        givers = view.subject(match.start(), lo)
        receivers = [
            m for m in view.after(match.end(), hi) if view.prep(m) in {"with", "to", "for"}
        ][:1]
        if not receivers and match.group().lower().startswith(("intelligence", "exchang")):
            parties = participants(view, match.start(), match.end())
            out += pairs(
                TieType.DEFENCE_COOPERATION, parties, match.span(), rule="aid.intelligence"
            )
            continue
        if len(codes(givers)) >= 2 and not receivers:
            out += pairs(
                TieType.DEFENCE_COOPERATION, codes(givers), match.span(), rule="aid.intelligence"
            )
            continue
        out += directed(
            TieType.MILITARY_AID,
            codes(givers),
            codes(receivers),
            match.span(),
            rule="aid.intelligence",
        )
    return out


def _donations(view: View) -> list[Candidate]:
    """Non-lethal goods given to a state's forces: "Austria's army sent fuel, field rations and
    protective vests to Kyiv", "China has given Nigeria's armed forces $3 million worth of
    equipment", "Norway donated 76 trucks to the army of North Macedonia"."""
    out: list[Candidate] = []
    if not _has_goods(view.lower):
        return out
    goods = view.finditer(_GOODS)
    if not goods:
        return out
    text = view.text
    seen: set[int] = set()
    for item in goods:
        lo, hi = view.clause(item.start())
        verbs = list(_GIVE.finditer(text, lo, item.start()))
        verb = verbs[-1] if verbs else None  # the last giving verb before the goods
        if verb is None or verb.start() in seen:
            continue
        seen.add(verb.start())
        if view.search(_LETHAL, lo, hi) is not None or view.search(WEAPONS, verb.end(), hi):
            continue  # weapons or equipment in the same clause: the transfer rules read them
        kit = _KIT.search(text, verb.end(), hi) is not None
        helped = [
            m
            for m in view.after(verb.end(), hi)
            if (view.prep(m) in {"to", "for", None} and view.owns(m, _FORCE_OWNED))
            or (view.prep(m) == "of" and _FORCE_OF.search(text, max(0, m.start - 30), m.start))
            or (kit and view.prep(m) in {"to", "for"})
        ][:1]
        if not helped:
            continue
        if item.group() in _GENERIC and not (kit or view.owns(helped[0], _FORCE_OWNED)):
            continue
        givers = [m for m in view.subject(verb.start(), lo) if m not in helped]
        if (
            not givers
            and view.venue
            and _OWN_FORCES.search(text, max(lo, verb.start() - 40), verb.start())
        ):
            # "VIENNA - … the armed forces have already sent fuel … to Kyiv"
            givers = [Mention(0, 0, view.venue, Kind.NAME)]
        out += directed(
            TieType.MILITARY_AID,
            codes(givers),
            codes(view.group_after(helped[0], hi)),
            verb.span(),
            rule="aid.donation",
        )
    return out


def _backers(view: View) -> list[Candidate]:
    """A state named another's military backer or donor: "the United States, Ukraine's biggest
    military backer", "Washington is Egypt's largest provider of military aid"."""
    out: list[Candidate] = []
    text = view.text
    for noun in view.finditer(_BACKER):
        lo, hi = view.clause(noun.start())
        # the owner: "Ukraine's biggest military backer" (the adjectives are inside the match)
        helped = [
            m
            for m in view.before(noun.start(), max(lo, noun.start() - 20))
            if not m.is_org and _BACKER_OWNER.fullmatch(text, m.end, noun.start())
        ][-1:]
        if not helped:
            continue
        gap = text[max(lo, helped[0].start - 4) : helped[0].start]
        if _APPOSED.search(gap):
            # "the United States, Ukraine's biggest military backer,": the head before the comma
            backers = [m for m in view.before(helped[0].start, lo) if m.end >= helped[0].start - 4]
        else:
            backers = view.subject(helped[0].start, lo)
        out += directed(
            TieType.MILITARY_AID,
            codes(m for m in backers if m is not helped[0]),
            [helped[0].code],
            noun.span(),
            rule="aid.backer",
        )
    return out


def _helped_forces(view: View) -> list[Candidate]:
    """A state helping another build up its forces: "Japan will help Vietnam strengthen its
    coast guard", "the United States is helping the Philippines modernise its military"."""
    out: list[Candidate] = []
    if "help" not in view.lower and "assist" not in view.lower:
        return out
    for verb in view.finditer(_HELP):
        lo, hi = view.clause(verb.start())
        helped = [m for m in view.after(verb.end(), hi) if m.start - verb.end() < 6][:1]
        if not helped or not _BUILD_FORCES.match(view.text, helped[0].end):
            continue
        out += directed(
            TieType.MILITARY_AID,
            codes(m for m in view.subject(verb.start(), lo) if m is not helped[0]),
            [helped[0].code],
            verb.span(),
            rule="aid.help",
        )
    return out
