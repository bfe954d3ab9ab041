"""DEFENCE_COOPERATION rules: cooperation agreements, pacts and talks short of an alliance."""

from __future__ import annotations

import re

from app.extraction import lexicon
from app.extraction.clauses import View
from app.extraction.gazetteer import Kind
from app.extraction.rules.common import Candidate, codes, directed, negated_np, pairs, partners
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
    # "talks on deepening maritime cooperation", "discussed cooperation in combat training"
    r"(?:maritime|naval|counter-?terrorism)(?: security)? (?:cooperation|co-operation)"
    r"(?! (?:on|in) (?:fisheries|fishing|trade|shipping|ports|tourism|the environment))|"
    r"(?:cooperation|co-operation) (?:in|on) (?:the )?(?:military|defen[cs]e|combat|naval|"
    r"maritime security|military-technical) (?:training|matters|affairs|sphere|field|issues)|"
    # "ties between the armed forces of the two countries": the forces make the tie military
    r"(?:bilateral )?(?:cooperation|co-operation|ties|relations|contacts|exchanges|activities) "
    r"between (?:the |their )?(?:(?:armed|ground|naval|air|military|defen[cs]e) )?"
    r"(?:forces|armies|militaries|navies|defen[cs]e ministries|defen[cs]e industries)"
)


_COOPERATION = lexicon.lowered(COOPERATION)
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
)


def read_cooperation(view: View) -> list[Candidate]:
    """Cooperation nouns and the parties around them."""
    out: list[Candidate] = []
    if not any(stem in view.lower for stem in _STEMS):
        return out
    for noun in view.finditer(_COOPERATION):
        if negated_np(view, noun.start()) or any(
            m.is_org and m.start < noun.end() and noun.start() < m.end for m in view.mentions
        ):
            continue
        core, others = partners(view, noun.start(), noun.end())
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
        if not core:
            out += pairs(
                TieType.DEFENCE_COOPERATION, codes(others), noun.span(), rule="cooperation.noun"
            )
        if len(codes([*core, *others])) < 2 and (pair := _sentence_pair(view)):
            # "… arrived in Moscow for talks on bilateral cooperation": the visit's two states
            out += pairs(TieType.DEFENCE_COOPERATION, pair, noun.span(), rule="cooperation.noun")
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
