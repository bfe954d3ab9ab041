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
    r"signatories to|signatory to|parties to|party to|return(?:ed|s|ing)? to|inside|within|"
    # "Russia, Belarus and Armenia make up the CSTO", "the twelve states that founded NATO"
    r"make up|makes up|made up|making up|(?:co-?)?found(?:ed|ing)|set up|"
    # "Kyrgyzstan, which chairs the CSTO this year"
    r"chairs?|chaired|chairing|(?:holds?|held|holding|took over|takes over|assumed?) the "
    r"(?:rotating )?(?:presidency|chairmanship|chair) of|"
    # "Poland invoked Article 4 of the North Atlantic Treaty"
    r"(?:invok(?:ed|es|ing|e)|trigger(?:ed|s|ing)?|request(?:ed|s|ing)?|asked for|"
    r"call(?:ed|s)? for) (?:consultations under )?(?:the )?"
    r"(?:collective[- ]defen[cs]e clause|article (?:4|5|iv|v)(?: consultations)?) of"
)
LEAVE_ORG = (
    r"leav(?:e|es|ing)|left|quit(?:s|ting)?|withdr(?:aw|ew|awn|aws|awing|awal) from|"
    r"pull(?:ed|s|ing)? out of|exit(?:ed|ing|s)?(?: from)?|walk(?:ed|s|ing)? out of|"
    r"renounc(?:e|ed|es|ing)|denounc(?:e|ed|es|ing)|suspend(?:ed|s|ing)? (?:its |their )?"
    r"(?:membership|participation) in|suspension of (?:its |their )?(?:membership|participation)"
    r" in|froz(?:e|en) (?:its |their )?(?:membership|participation) (?:in|of)|expelled from|"
    r"expulsion from|out of|(?:remain(?:s|ed|ing)?|stay(?:s|ed|ing)?|is|are|was|were|been|"
    r"kept|keeps?|keeping)\s+(?:(?:firmly|still|also|both|all)\s+)?outside"
)
ALLIANCE = (
    r"mutual[- ]defen[cs]e(?: (?:treaty|pact|agreement|clause|commitment|obligations?|pledge|"
    r"deal|provision|alliance|guarantee))?|military alliance|defen[cs]e alliance|"
    r"security alliance|alliance treaty|treaty of alliance|collective defen[cs]e|defen[cs]e pact|"
    r"mutual[- ]assistance(?: (?:treaty|pact|agreement|clause|article|commitment|obligations?|"
    r"provision))?|mutual security treaty|"
    r"mutual security (?:guarantees?|declarations?|assurances?|pact|agreement)|"
    # "a deal binds North Korea and Russia to stand together should war break out"
    r"(?:stand|fight) (?:together|side by side|shoulder to shoulder) (?:should|if|in case|"
    r"in the event)|"
    # "a treaty on security guarantees between Russia and Belarus"
    r"(?:treaty|pact) on (?:mutual )?security guarantees|agreement on mutual security guarantees|"
    r"defen[cs]e commitments?|level of an alliance|"
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
    # "joined the 31-member NATO alliance", "joined the Western military alliance NATO"
    r"(?:(?:[\w-]+-(?:led|dominated|backed|member|nation|strong)|Western|Atlantic|transatlantic|"
    r"military|defen[cs]e|security|alliance,?)\s+){0,3}$"
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
_PLAIN_MEMBER = re.compile(
    r"\s+(?:member(?: state| country| nation)?s?|all(?:y|ies)|countr(?:y|ies)|nations?)\b", re.I
)
# "As a member of NATO, Hungary …": the member is the subject after the fronted phrase
_JOINED_FIRST = re.compile(
    r"\b(?:join(?:ed|s|ing)?|re-?join(?:ed|s|ing)?|enter(?:ed|s|ing)?|belong(?:s|ed|ing)? to|"
    r"members? of|remain(?:s|ed|ing)? in)\s+(?:both\s+)?(?:the\s+)?(?:[A-Z][\w.-]*\s+){1,4}"
    # "joined the European Union in 1995 and NATO in 2023"
    r"(?:(?:in|on)\s+(?:\w+\s+)?\d{4},?\s+)?(?:and|or|as well as)\s+(?:the\s+)?$"
)
_AND_VERB = re.compile(
    r"\s(?:and|but)\s+(?:(?:then|later|finally|eventually|formally|officially|also|itself|"
    r"(?:has|have|had|will|would)(?:\s+since)?|in\s+\d{4}|\w+\s+(?:years?|months?)\s+later)\s+)*"
    r"(?:(?:moved|decided|voted|agreed|went\s+on|chose)\s+to\s+)?$"
)
_FRONTED_JOINING = re.compile(
    r"(?:^|[;:]\s*)(?:[Aa]fter|[Ss]ince|[Uu]pon|[Oo]n|[Bb]efore|[Bb]y|[Ss]oon after|[Ee]ver since|"
    r"[Ww]ithin \w+ \w+ of)\s+(?:formally\s+|officially\s+)?(?:joining|entering|rejoining|"
    r"becoming\s+(?:a|the)\s+(?:[\w-]+\s+)?member\s+of)\s+(?:the\s+)?$"
)
_AS_MEMBER = re.compile(r"\b[Aa]s (?:a|an) (?:[\w-]+ )?member of\s+(?:the\s+)?$")
_BECAME = re.compile(r"\b(?:became|becoming|becomes|become|was made|is now)\b", re.IGNORECASE)
_LEAVE = re.compile(r"\b(?:" + LEAVE_ORG + r")\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# Every treaty phrase below holds one of these: a cheap test before the costly patterns.
_TREATY_STEMS = (
    "defen",  # also "defend"
    "alli",  # "alliance", "allied", "allies"
    "ally",
    "pact",
    "treat",
    "attack",
    "each other",
    "one another",
    "the other",
    "aggression",
    "collective",
    "protect",
    "mutual security",
    "assault",
    "invad",
    "stand together",
    "side by side",
    "shoulder to shoulder",
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
    r"(?:treaty|alliance) partners?"
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
# "Washington's oldest ally", and the owner as an adjective: "Cuba, a Soviet ally"
_ALLY_OWNER = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,3}|[\s-]+")
_NAMED_AFTER = re.compile(r",?\s+(?:(?:such as|including|like|notably)\s+)?(?:the\s+)?")
_APPOSED = re.compile(
    r",\s+(?:a|an|the|its|their|another|one of (?:its|their|the))\s+(?:[\w-]+\s+){0,3}$|"
    r",\s+$",
    re.IGNORECASE,
)
# "treaty-bound to defend Japan", "obliged to come to the defence of": a treaty's duty
_DUTY = lexicon.lowered(
    r"(?:treaty[- ]bound|obliged|obligated|obligations?|committed|commitments?|bound|pledged|"
    r"promised) to (?:help |jointly )?(?:defend(?:ing)?|protect(?:ing)?|"
    r"come to the (?:aid|defen[cs]e) of|help|assist|aid)|"
    # "Britain would come to the aid of either country if it were attacked"
    r"(?:would|will) come to the (?:aid|defen[cs]e|assistance) of"
)
_IF_ATTACKED = re.compile(
    r"\b(?:if|should|were|in case|in the event)\b[^.;]{0,40}?\b(?:attacked|invaded|under attack)\b",
    re.IGNORECASE,
)
# "In case of an assault, Mali and Burkina Faso have committed to help Niger"
_ATTACK_FIRST = re.compile(
    r"\b(?:if|should|in case of|in the event of)\b[^.;]{0,40}?\b(?:attack\w*|assault|aggression|"
    r"invasion|invaded)\b[^.;]{0,60}$",
    re.IGNORECASE,
)
_EITHER = re.compile(r"\s+(?:either|each|both|any)\b", re.IGNORECASE)
_TREATY_WORD = lexicon.lowered(r"treaty|treaties|alliance|article 5|article v|mutual defen[cs]e")
_POLITICAL = lexicon.lowered(
    r"political|electoral|opposition|ruling|party|parties|coalition|grand|strategic|business|"
    r"trade|energy|civil|global|new"
)
_THE_ALLIANCE = re.compile(
    r"\b(?:the|this|that)\s+(?:(?:bilateral|decades-old|[\w-]+-year-old|long-standing|"
    r"longstanding|security|military|defen[cs]e|treaty)\s+)?$",
    re.IGNORECASE,
)
_MULTILATERAL = re.compile(r"['’]s\b|\s+(?:members?|member states|summit|secretary)", re.I)
_THE_ALLIES = lexicon.lowered(r"\bthe (?:two |longtime |long-time |treaty |close )?allies\b")
_THEIR_PACT = lexicon.lowered(r"their (?:[\w-]+ ){0,2}?pact")
_CIVIL_PACT = re.compile(
    r"non-?aggression|trade|peace|grain|climate|migration|ceasefire|truce|nuclear|electoral|"
    r"coalition|free|investment|gas|oil|fish|border|economic|stability|power|governing|"
    r"suicide|water|tax|currency|partnership|cooperation",
    re.IGNORECASE,
)
_TREATY_NOUN = re.compile(r"treaty|pact", re.IGNORECASE)
_THE_TREATY = re.compile(
    r"\b(?:[Tt]he|under\s+(?:a|an|its|their))\s+(?:\d{4}\s+)?(?:[\w-]+\s+){0,2}$"
)
_JOINED_THE = re.compile(
    r"\b(?:join\w*|rejoin\w*|enter\w*|admitted\s+(?:in)?to|member(?:ship)?s?\s+(?:of|in)|"
    r"leav\w+|left|quit\w*|withdr\w+\s+from|accession\s+to|entry\s+into|inside|within)\s+"
    r"(?:the|this|that)\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
_FACED = re.compile(
    r"\b(?:deter\w*|counter\w*|contain\w*|confront\w*|against|threats?|pressure|rivals?|"
    r"adversar\w+|from)\b",
    re.IGNORECASE,
)
_BARE_MEMBER = re.compile(
    r"(?P<apposed>,\s+(?:a|an|the|another|its|one\s+of\s+(?:its|the))\s+(?:[\w-]+\s+){0,2}?"
    r"member(?:\s+state|\s+country|\s+nation)?\b(?!\s+(?:of|in|to|for|with)\b)(?!['’-]))|"
    r"\b(?:[Aa]lliance|[Bb]loc|[Pp]act)\s+member(?:s|\s+states?|\s+countries)?,?\s+(?:the\s+)?|"
    r"\b(?:a|another|the)\s+(?:third|fourth|fellow|other|new|newest|founding|key)\s+"
    r"member(?:\s+state|\s+country)?,\s+(?:the\s+)?"
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
    r"(?:,\s+|\s+(?:is|was|are|were|remains|remained)\s+)(?:the|a|an)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:pact|alliance|partnership|treaty|bloc|grouping)\s+"
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
# "Spain became part of NATO", "Spain has been in NATO since 1982": the alliance ends its phrase
_PART_OF = re.compile(
    r"\b(?:is|are|was|were|been|became|become|becomes|becoming|remains?|remained|be)\s+"
    r"(?:(?:now|still|already|also|both|all|formally|officially|fully|firmly|long)\s+)*"
    r"(?:(?:a\s+)?(?:full\s+)?part\s+of|in|inside)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_ORG_ENDS = re.compile(
    r"\s*(?:[,.;:)]|$|\s(?:since|in|for|from|until|as|and|but|on|at|after|before|when|while|"
    r"because|though|although|—|-|–|too|already|alongside|together|along)\b)"
)
# "NATO admitted Poland, Hungary and the Czech Republic", "the alliance welcomed Finland as its
# 31st member", "NATO expanded to include Romania": the alliance, as subject, takes its members in
_ORG_ADMITS = re.compile(
    r"\s+(?:(?:formally|officially|later|then|also|finally|eventually|will|is to|plans to|"
    r"voted to|agreed to|has|have|had|to)\s+)*(?:admit(?:ted|s|ting)?|welcom(?:ed|es|ing|e)|"
    r"t(?:ook|akes|aking|ake) in|absorb(?:ed|s|ing)?|(?:expanded|enlarged|grew|widened|expands|"
    r"grows)(?:\s+in\s+\d{4})?\s+to\s+(?:include|take in|admit|embrace))\s+(?:the\s+)?"
)
_ADMITTED_AFTER = re.compile(
    r"(?!['’]s?\b)\s*(?:[,.;]|$|\s(?:in|as|into|on|at|to|last|this|after|before|when|while|"
    r"together|along|alongside|and|—|-|–)\b)"
)
# "Turkey has angered its fellow NATO members", "Greece and fellow NATO member Turkey": the
# subject shares the alliance with the fellows named
_LISTED_AFTER = re.compile(r",\s+(?:the\s+)?")
_MEMBERS_OF = re.compile(
    r"\b(?:member(?:\s+state|\s+country|\s+nation)?s|allies|signatories)\s+(?:of|in)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
_INCLUDING = re.compile(
    r",?\s+(?:including|such as|like|notably|among them|namely)\s+(?:the\s+)?", re.IGNORECASE
)
_DROPPED_BID = re.compile(
    r"\b(?:no\s+(?:intention|plans?|desire|wish|interest|ambition)|not|never|n['’]t|"
    r"rul(?:ed|es|ing|e)\s+out|renounc\w+|dropp?\w*|abandon\w*|shelv\w+|scrap\w*|"
    r"withdr\w+|froze|freez\w+|gave\s+up|giv\w+\s+up|against)\b",
    re.IGNORECASE,
)
_DECIDED_AGAINST = re.compile(r"\b(?:against|reject(?:ed|s|ing)?)\s+$", re.IGNORECASE)
_ORG_OWNS = re.compile(
    r"['’]s?\s+(?!(?:integrated\s+|joint\s+)?(?:military\s+)?(?:command|structures?|ranks|fold|"
    r"club|membership|founding\s+treaty|treaty|charter)\b)",
    re.IGNORECASE,
)
_MEMBERS_WERE = re.compile(
    r"\s+(?:(?:are|were)(?:\s+also)?|include[sd]?|included|comprised?)\s+(?:the\s+)?", re.I
)
# "NATO was founded in 1949. Its founding members were Belgium, Canada, …": the alliance of the
# sentences before, its members listed
_ITS_MEMBERS = re.compile(
    r"\b(?:Its|Their|The|The\s+(?:alliance|bloc|pact|organi[sz]ation|treaty)['’]s)\s+"
    r"(?:(?:\d+|original|founding|first|other|current|remaining|new|newest|six|seven|eight|nine|"
    r"ten|eleven|twelve)\s+)*(?:members?|member\s+states|signatories|founders|members\s+states)"
    r"\s+(?:(?:are|were)(?:\s+also)?|include[sd]?|included|comprised?)\s+(?:the\s+)?"
)
_AND_THE_REST = re.compile(r",?\s+and\s+the\s+rest\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_OTHER_MEMBERS = re.compile(
    r"['’]s\s+(?:other|remaining|fellow)\s+(?:[\w-]+\s+){0,2}(?:members?|allies|member\s+states)"
    r"\b",
    re.IGNORECASE,
)
_AND_BEFORE = re.compile(r",?\s+and\s+$")
_ON_ICE = re.compile(r"\s+on\s+(?:ice|hold)\b", re.IGNORECASE)
_DEPOSIT = re.compile(
    r"\b(?:deposit(?:ed|s|ing)?|hand(?:ed|s|ing)?(?:\s+over)?|lodg(?:ed|es|ing|e)|"
    r"present(?:ed|s|ing)?|submit(?:ted|s|ting)?|deliver(?:ed|s|ing)?)\s+(?:their|its|the)\s+"
    r"(?:(?:countries|country|nations?|governments?)['’]s?\s+)?(?:(?:formal|final|signed)\s+)?"
    r"(?:instruments?\s+of\s+(?:accession|ratification)|accession\s+(?:documents?|papers?|"
    r"instruments?))",
    re.IGNORECASE,
)
_KEPT_IN = re.compile(
    r"\b(?:keep|keeps|kept|keeping)\s+(?P<object>(?:[\w'’-]+\s+){1,3}?)(?:in|inside|within)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
_OWN_COUNTRY = re.compile(r"(?:their|its|his|her|our)\s+(?:country|nation)\s+$", re.IGNORECASE)
_ORG_MODIFIES = re.compile(
    r"[\s-]+(?:-?(?:led|backed|run)\s+)?(?:naval\s+|air\s+|joint\s+|military\s+|"
    r"multinational\s+|major\s+|large-scale\s+)*(?:" + OTHER_GROUP + r"|forces?|troops|"
    r"exercises?|manoeuvres?|maneuvers?|war\s*games|operations?|missions?|deployments?|"
    r"battle\s*groups?|training)\b",
    re.IGNORECASE,
)
_OBLIGATIONS = lexicon.lowered(
    r"(?:obligations?|commitments?)\s+(?:to|towards|toward)\s+(?:defend\s+|protect\s+)?(?:the\s+)?"
)
_DEFENCE_OF = re.compile(r"['’]s?\s+(?:defen[cs]e|security)\b", re.IGNORECASE)
_TREATY_MODIFIER = re.compile(
    r"\b(?:treaty|alliance|mutual[- ]defen[cs]e|security|defen[cs]e|allied)\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
_WELCOMED_AS = re.compile(
    r"\s+(?:as\s+(?:a|an|its|the|their)\s+(?:[\w-]+\s+){0,2}(?:member|ally|allies|members)|"
    r"(?:in)?to\s+(?:the\s+|its\s+)?(?:alliance|ranks|fold|bloc|club|pact))\b",
    re.IGNORECASE,
)
_FELLOW = re.compile(
    r"\b(?:its|their|his|her)?\s*fellow\s+$|"
    # "the Soviet Union and its Warsaw Pact allies", "Moscow pressed its CSTO allies"
    r"\b(?:its|their)\s+(?:(?:other|remaining|European|Asian|eastern|western|new|closest|"
    r"\w+-?\w*est)\s+)?$",
    re.IGNORECASE,
)
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
    r"(?:\s+|-)(?:member(?: state| country| nation)?s?|all(?:y|ies)|countries|nations|states)"
    r"(?:,?\s+(?:including|such as|like|notably|among them)\s+(?:the\s+)?|\s+(?:states?\s+)?|"
    r"(?=[,;.]))",
    re.IGNORECASE,
)
# "Germany, France and other NATO allies", "Poland and the Baltic states, all NATO members"
_LIST_LEAD = re.compile(
    r"(?:,?\s+and|,|,\s+like|,\s+as\s+do|,\s+along\s+with)\s+(?:the\s+)?(?:other|fellow|"
    r"all\s+other)\s+(?:(?:heads|leaders|members|ministers|[\w-]+\s+"
    r"ministers|heads\s+of\s+state|chiefs)\s+of\s+(?:the\s+)?(?:other\s+)?)?$|"
    r",\s+(?:all|both|each)(?:\s+of\s+them)?\s+$",
    re.IGNORECASE,
)
# "Turkey's NATO allies", "the Soviet Union's six Warsaw Pact allies": the owner is a member
_OWNER_OF_ALLIES = re.compile(r"['’]s?\s+(?:(?:\w+|fellow|other)\s+){0,2}$")
_PLURAL_MEMBER = re.compile(r"\s+(?:member(?:\s+state|\s+country|\s+nation)?s|allies)\b", re.I)
# "Norway, a founding member of NATO,", "Finland, which joined NATO last year,"
_APPOSITIVE_OF = re.compile(
    r",\s+(?:(?:a|an|the|one of the|another)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:member(?:\s+state|\s+country)?s?|all(?:y|ies))\s+(?:of|in)|(?:which|who)\s+"
    r"(?:has\s+|had\s+|have\s+)?(?:formally\s+|officially\s+|also\s+|now\s+|currently\s+)?"
    r"(?:joined|entered|rejoined|chairs|chaired|(?:co-?)?founded|belongs\s+to|belonged\s+to|"
    r"(?:holds|held)\s+the\s+(?:rotating\s+)?(?:presidency|chairmanship)\s+of))"
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
    # "SEATO was formed in Manila on September 8, 1954, by the United States, …"
    r"(?:\s+(?:in|on)\s+[^;:.]{1,40}?)?,?\s+by)(?:[^:;.]{0,40}?:|\s+)\s*(?:the\s+)?",
    re.IGNORECASE,
)
# "Sweden's NATO membership was approved"
_ORG_MEMBERSHIP = re.compile(r"\s+(?:membership|accession|entry)\b", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s?\s")
_APPOSITIVE_MEMBER = re.compile(
    r",\s+(?:(?:then|now|also|itself|themselves|still|already|both|all)\s+)?"
    r"(?:(?:a|an|another|the|fellow|its|two|three|four|five|six|seven|eight)\s+)?"
    r"(?:(?:fellow|founding|founder|key|longtime|long-time|full|new|original)\s+)?$",
    re.IGNORECASE,
)
# "…, two NATO allies,", "…, then a Warsaw Pact member,": the noun ends the aside
_APPOSITIVE_END = re.compile(
    r"\s*[-\s]\s*(?:member(?:\s+state|\s+country|\s+nation)?s?|all(?:y|ies))"
    r"(?:\s+(?:since|from|until|at the time|then|in|on|last|this|for|before|after)\b[^,;]{0,25})?"
    r"\s*(?:[,;.)]|$)",
    re.IGNORECASE,
)
_OWNED_ASIDE = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,2}(?:member(?:\s+state|\s+country)?|ally)\s*[,;)]", re.I
)
_BARE_COMMA = re.compile(r",\s+$")
_PLURAL_MEMBERS = re.compile(r"\b(?:members|allies|states)\b", re.IGNORECASE)
# "Poland and Lithuania, which are NATO members,", "Albania, which is a member of NATO,"
_RELATIVE_MEMBER = re.compile(
    r",\s+(?:which|who|that)\s+(?:is|are|was|were|has been|have been|had been|remains?|"
    r"remained|became|become)\s+(?:(?:now|also|both|all|already|still|then|long|formally|"
    r"officially|not|no\s+longer|never|yet)\s+)*"
    r"(?:(?:a|an|the|one of the|fellow|founding|two|three|full)\s+)*"
    r"(?:(?P<of>(?:[\w-]+\s+){0,2}?(?:member(?:\s+state|\s+country)?s?|all(?:y|ies)|part|"
    r"signator(?:y|ies)|part(?:y|ies))\s+(?:of|in|to)\s+(?:the\s+)?)|(?:founding\s+)?)$",
    re.IGNORECASE,
)
# "As a NATO member, Turkey …", "As fellow NATO allies, Greece and Turkey …"
_AS_ORG_MEMBER = re.compile(r"(?:^|[,;]\s*)[Aa]s\s+(?:(?:a|an|fellow|founding|full)\s+)*$")
_ASPIRATION = re.compile(
    r"\b(?:bid|application|applied|apply|applying|hop(?:e|es|ing)|aspir\w*|seek\w*|sought|ask\w*|wants?|"
    r"wanting|path|invit\w*|ambitions?|push|efforts?|drive|campaign|desire|request\w*)\b"
    r"[^.;,]{0,20}$",
    re.IGNORECASE,
)


_MEMBER = "alliance.membership"
_LEFT = "alliance.leave"
_DESCRIBED = "alliance.described"
_ADMITTED = "alliance.admitted"


def read_alliances(view: View) -> list[Candidate]:
    """Membership of an alliance (joining, leaving, being one) and mutual-defence treaties."""
    out: list[Candidate] = []
    previous: list[str] = []  # members of the last alliance read: "join neither NATO nor the CSTO"
    excepted: set[str] | None = None  # states after "unlike" / "except": read once, if asked
    for org in (m for m in view.mentions if m.is_org):
        members, span, rule = _membership(view, org, previous)
        if members:  # "Unlike Finland, Austria is not a member": Finland is none
            if excepted is None:
                excepted = {m.code for m in view.mentions if view.prep(m) in {"unlike", "except"}}
            members = [code for code in members if code not in excepted]
        previous = members
        out += directed(
            TieType.ALLIANCE, members, [org.code], span, rule=rule, reversed=rule == _LEFT
        )
    if view.org_before or any(m.is_org for m in view.mentions):
        out += _elliptic(view)
        if "member" in view.lower or "signatories" in view.lower or "founders" in view.lower:
            out += _member_noun(view) + _its_members(view)
    if "accession" in view.lower:
        out += _deposited(view)
    if "obligation" in view.lower or "commitment" in view.lower:
        out += _obligations(view)
    lower = view.lower
    if not any(stem in lower for stem in _TREATY_STEMS):
        return out  # no treaty or alliance word: the noun rules have nothing to read
    out += _bare_alliances(view)
    allies_found = view.finditer(_THE_ALLIES) if "allies" in view.lower else []
    for allies in allies_found:  # "closer cooperation between the allies"
        out += _the_alliance(view, allies)
    pacts = view.finditer(_THEIR_PACT) if "pact" in view.lower else []
    for pact in pacts:  # "Russia and Belarus have widened their pact"
        if not _CIVIL_PACT.search(pact.group()):
            parties = codes(view.subject(pact.start(), view.clause(pact.start())[0]))
            if len(set(parties)) == 2:
                out += pairs(TieType.ALLIANCE, parties, pact.span(), rule="alliance.bare")
    for noun in view.finditer(_ALLIANCE):
        if negated_np(view, noun.start()) or any(
            m.is_org and m.start < noun.end() and noun.start() - 2 <= m.end for m in view.mentions
        ):
            # "Collective Security Treaty Organization" names an alliance, not a treaty, and
            # "the US-led NATO military alliance" describes one
            continue
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
        if (
            len(set(codes(core)) | set(codes(others))) < 2
            and _TREATY_NOUN.search(noun.group())
            and (
                not core
                and not others
                or _THE_TREATY.search(view.text, max(0, noun.start() - 30), noun.start())
            )
        ):
            # "an attack on Philippine vessels would trigger America's obligations under the
            # 1951 Mutual Defense Treaty": the treaty of the only two states the sentence names
            out += _the_alliance(view, noun, rule="alliance.treaty_of_two")
    return out + _allies(view) + _defend(view)


def _obligations(view: View) -> list[Candidate]:
    """A treaty's duties owed to a state: "Washington suspended its ANZUS obligations towards
    New Zealand", "the US reaffirmed its treaty commitments to Japan" (`alliance.obligations`)."""
    out: list[Candidate] = []
    text = view.text
    for duty in view.finditer(_OBLIGATIONS):
        lo, hi = view.clause(duty.start())
        before = text[max(lo, duty.start() - 40) : duty.start()]
        orgs = [m for m in view.mentions if m.is_org and m.end <= duty.start() <= m.end + 2]
        owed = [m for m in view.after(duty.end(), hi) if m.start - duty.end() < 6 and not m.is_org]
        if not owed:
            continue
        if not (
            orgs
            or _TREATY_MODIFIER.search(before)
            # "the ironclad US commitment to South Korea's defence"
            or _DEFENCE_OF.match(text, owed[0].end)
        ):
            continue  # "its commitments to Japan": no treaty, alliance or defence named
        floor = orgs[0].start if orgs else duty.start()
        owners = [
            m
            for m in view.before(floor, max(lo, floor - 40))
            if not m.is_org and _ALLY_OWNER.fullmatch(text, m.end, floor)
        ][-1:] or [m for m in view.subject(floor, lo) if not m.is_org]
        out += directed(
            TieType.ALLIANCE,
            codes(owners),
            codes(view.group_after(owed[0], hi)),
            duty.span(),
            rule="alliance.obligations",
        )
    return out


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


def _member_noun(view: View) -> list[Candidate]:
    """A member noun whose alliance the sentence (or the sentences before) names elsewhere:
    "Turkey, a key member on its southern flank", "Alliance member Hungary", "a third member,
    Turkey" (`alliance.member_noun`)."""
    out: list[Candidate] = []
    text = view.text
    orgs = [m.code for m in view.mentions if m.is_org]
    org = orgs[0] if orgs else view.org_before
    if org is None or len(set(orgs)) > 1:
        return out
    for noun in _BARE_MEMBER.finditer(text):
        if any(m.is_org and m.start <= noun.start() < m.end for m in view.mentions):
            continue  # "NATO member Turkey": the alliance's own rules read it
        if noun.group("apposed"):  # "Turkey, a key member, …"
            named = [m for m in view.mentions if m.end == noun.start() and not m.is_org]
            named = _group_ending(view, noun.start()) if named else []
        else:  # "Alliance member Hungary", "a third member, Turkey"
            first = [m for m in view.mentions if m.start == noun.end() and not m.is_org]
            named = view.group_after(first[0], view.clause(noun.end())[1]) if first else []
        named = [m for m in named if not m.is_org and m.kind is not Kind.LEADER]
        out += directed(
            TieType.ALLIANCE, codes(named), [org], noun.span(), rule="alliance.member_noun"
        )
    return out


def _deposited(view: View) -> list[Candidate]:
    """States that deposit or hand over their instruments of accession, with the alliance named
    anywhere in the sentence or just before: "A, B and C formally deposited their accession
    documents with the United States, the depositary of the North Atlantic Treaty"
    (`alliance.deposited`)."""
    out: list[Candidate] = []
    orgs = [m.code for m in view.mentions if m.is_org]
    org = orgs[0] if orgs else view.org_before
    if org is None or len(set(orgs)) > 1:
        return out
    for act in _DEPOSIT.finditer(view.text):
        lo, _ = view.clause(act.start())
        states = [m for m in view.subject(act.start(), lo) if not m.is_org]
        out += directed(
            TieType.ALLIANCE, codes(states), [org], act.span(), rule="alliance.deposited"
        )
    return out


def _its_members(view: View) -> list[Candidate]:
    """The members of an alliance named before, listed: "Its founding members were Belgium,
    Canada and Denmark" (`alliance.members_listed`)."""
    out: list[Candidate] = []
    for listed in _ITS_MEMBERS.finditer(view.text):
        orgs = [m.code for m in view.mentions if m.is_org and m.end <= listed.start()]
        org = orgs[-1] if orgs else view.org_before
        first = [m for m in view.mentions if m.start == listed.end() and not m.is_org]
        if org is None or not first or any(m.is_org for m in view.after(listed.end(), 9999)):
            continue
        group = [m for m in view.group_after(first[0], len(view.text)) if not m.is_org]
        out += directed(
            TieType.ALLIANCE, codes(group), [org], listed.span(), rule="alliance.members_listed"
        )
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
        their = None if owner else _THEIR.search(text, max(0, noun.start() - 40), noun.start())
        if their is not None:
            owner = [m for m in view.before(noun.start(), 0) if view.prep(m) is None][:1]
        if not owner and "non-nato" in noun.group():
            owner = [Mention(noun.start(), noun.end(), "USA", Kind.NAME)]  # a US designation
        floor = owner[0].start if owner and owner[0].start < noun.start() else noun.start()
        if their is not None:  # "… with China, its traditional ally": the aside starts at "its"
            floor = their.start()
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
            and noun.group().endswith(("ies", "partners"))
            and (bare := _APPOSED.search(text, max(0, noun.start() - 4), noun.start()))
            and len(together := _group_ending(view, bare.start())) >= 2
        ):  # "Washington and Manila, treaty allies since 1951, …"
            out += pairs(TieType.ALLIANCE, codes(together), noun.span(), rule="alliance.ally")
        elif (
            not owner
            and noun.group().endswith(("ies", "partners"))
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
        attacked = (
            _IF_ATTACKED.search(view.text, duty.end()) is not None
            or _ATTACK_FIRST.search(view.text, 0, duty.start()) is not None
        )
        if duty.group().endswith(("help", "assist", " aid")) and not attacked:
            continue  # "pledged to help Niger rebuild": only a duty when an attack is its case
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
        elif _THE_ALLIANCE.search(text, max(0, noun.start() - 30), noun.start()):
            out += _the_alliance(view, noun)
    return out


def _the_alliance(
    view: View, noun: re.Match[str], rule: str = "alliance.the_alliance"
) -> list[Candidate]:
    """'… to discuss ways to revitalise the alliance', told of exactly two states and no
    alliance named near it: the alliance is theirs (`alliance.the_alliance`)."""
    if view.org_before or any(m.is_org for m in view.mentions):
        return []
    if _MULTILATERAL.match(view.text, noun.end()) or _JOINED_THE.search(
        view.text, max(0, noun.start() - 40), noun.start()
    ):
        return []  # "the alliance's 30 members", "which joined the alliance in 2004": a bloc
    text = view.text
    states = list(
        dict.fromkeys(
            m.code
            for m in view.mentions
            if view.live(m)
            # "… between the allies to deter North Korea and China": the states faced
            and not (m.start > noun.start() and _FACED.search(text, noun.end(), m.start))
        )
    )
    if len(states) != 2:
        return []
    return pairs(TieType.ALLIANCE, states, noun.span(), rule=rule)


def _membership(
    view: View, org: Mention, previous: list[str]
) -> tuple[list[str], tuple[int, int], str]:
    """The states an alliance mention makes members (or ex-members), the cue's span, and the
    rule that read them (`_LEFT` when the cue tells of leaving)."""
    text = view.text
    org_text = text[org.start : org.end]
    lo, hi = view.clause(org.start)
    window_start = max(lo, org.start - 70)
    window = text[window_start : org.start]
    described_members = _described_member(view, org)
    if described_members is not None:
        return described_members
    if not view.live(org):
        # "Turkey, a NATO member, …": the appositive names the state before it a member
        described = _APPOSITIVE_MEMBER.search(text, max(0, org.start - 40), org.start)
        if not (described and _MEMBER_NOUN.match(text, org.end)):
            described = _APPOSITIVE_OF.search(text, max(0, org.start - 60), org.start)
        if described:
            states = [m for m in view.mentions if m.end == described.start() and not m.is_org]
            return codes(states), (described.start(), org.end), _MEMBER
        named_in_aside = _MEMBER_NOUN.match(text, org.end)
        if named_in_aside is not None:  # "Belarus, which borders NATO member Poland, …"
            named = [m for m in view.mentions if m.start == named_in_aside.end() and not m.is_org]
            if named:
                return codes(named[:1]), (org.start, named_in_aside.end()), _MEMBER
        return [], (0, 0), _MEMBER
    include = _MEMBERS_INCLUDE.match(text, org.end) or _ORG_LISTS.match(text, org.end)
    if include is not None:  # "the alliance's 32 members include Finland and Sweden"
        first = [m for m in view.mentions if m.start == include.end() and not m.is_org]
        if first:
            group = view.group_after(first[0], view.clause(include.end())[1])
            return codes(m for m in group if not m.is_org), (org.start, include.end()), _MEMBER
    admits = _ORG_ADMITS.match(text, org.end)
    if admits is not None:
        first = [m for m in view.mentions if m.start == admits.end() and not m.is_org]
        group = view.group_after(first[0], hi) if first else []
        if (
            group
            and _ADMITTED_AFTER.match(text, group[-1].end)
            and ("welcom" not in admits.group() or _WELCOMED_AS.match(text, group[-1].end))
        ):
            return codes(m for m in group if not m.is_org), (org.start, admits.end()), _ADMITTED
    fellow = _FELLOW.search(text, max(lo, org.start - 20), org.start)
    if fellow is not None and "fellow" not in fellow.group().lower():
        fellow = fellow if _PLURAL_MEMBER.match(text, org.end) else None  # "its NATO allies"
    if fellow is not None and (member_noun := _MEMBER_NOUN.match(text, org.end)):
        # "Turkey has angered its fellow NATO members", "Greece and fellow NATO member Turkey"
        named = [m for m in view.after(member_noun.end(), hi) if m.start == member_noun.end()]
        joined = _AND_BEFORE.search(text, max(lo, fellow.start() - 6), fellow.start())
        group = (_group_ending(view, joined.start()) if joined else []) or view.subject(
            fellow.start(), lo
        )
        group += view.group_after(named[0], hi) if named else []
        return codes(m for m in group if not m.is_org), (fellow.start(), member_noun.end()), _MEMBER
    if _PLURAL_MEMBER.match(text, org.end) and (
        owned := _OWNER_OF_ALLIES.search(text, max(lo, org.start - 25), org.start)
    ):  # "Turkey's NATO allies criticised the purchase"
        holders = [m for m in view.mentions if m.end == owned.start() and not m.is_org]
        if holders and holders[0].kind is not Kind.LEADER:
            return codes(holders), (holders[0].start, org.end), _MEMBER
    joined_list = _AND_THE_REST.search(text, max(lo, org.start - 30), org.start)
    if joined_list is None and _OTHER_MEMBERS.match(text, org.end):
        joined_list = _AND_BEFORE.search(text, max(lo, org.start - 8), org.start)
    if joined_list is not None:
        # "Poland, Lithuania and the rest of NATO", "… and NATO's other eastern members"
        group = _group_ending(view, joined_list.start())
        if group:
            return codes(group), (joined_list.start(), org.end), _MEMBER
    if _MEMBER_NOUN.match(text, org.end) and (
        lead := _LIST_LEAD.search(text, max(lo, org.start - 50), org.start)
    ):  # "Germany, France and other NATO allies"
        members = [m for m in view.subject(lead.start() + 1, lo) if not m.is_org]
        return codes(members), (lead.start(), org.end), _MEMBER
    if (
        _ORG_MEMBERSHIP.match(text, org.end)
        and _APPROVAL.search(text, org.end, hi)
        and (holder := [m for m in view.before(org.start, lo) if m.end >= org.start - 4][-1:])
        and _POSSESSIVE.match(text, holder[0].end)
    ):  # "Sweden's NATO membership was approved by Hungary"
        return codes(holder), (holder[0].start, org.end), _MEMBER
    described = _DESCRIBED_AS.match(text, org.end)
    if described:  # "AUKUS, the three-way security pact between Australia, Britain and the US"
        named = [m for m in view.mentions if m.start >= described.end() and not m.is_org][:1]
        if named and named[0].start - described.end() < 6:
            group = view.group_after(named[0], len(text))
            return (
                codes(group),
                (org.start, described.start() + len(described.group().rstrip())),
                _MEMBER,
            )
    member_noun = _MEMBER_NOUN.match(text, org.end)
    if member_noun:  # "NATO member Turkey", "NATO allies Poland and Romania"
        named = [m for m in view.after(member_noun.end(), hi) if m.start == member_noun.end()]
        if named:
            return codes(view.group_after(named[0], hi)), (org.start, member_noun.end()), _MEMBER
        listed_after = _LISTED_AFTER.match(text, member_noun.end())
        if listed_after is not None:
            # "the leaders of the Warsaw Pact states, Bulgaria, Hungary and Poland,"
            named = [m for m in view.mentions if m.start == listed_after.end() and not m.is_org]
            group = view.group_after(named[0], len(text)) if named else []
            if len(group) >= 2 or (group and _ORG_ENDS.match(text, group[-1].end)):
                return codes(group), (org.start, listed_after.end()), _MEMBER
    if _MEMBERS_OF.search(window) and (including := _INCLUDING.match(text, org.end)):
        # "members of the Warsaw Pact, including Poland and Hungary"
        named = [m for m in view.mentions if m.start == including.end() and not m.is_org]
        if named:
            group = view.group_after(named[0], len(text))
            return codes(group), (org.start, including.end()), _MEMBER
    if previous and _COORDINATED.search(window):
        return (
            previous,
            (org.start, org.end),
            _LEFT if _LEAVE.search(text, lo, org.start) else _MEMBER,
        )
    leave = _LEAVE.search(window)
    if leave is not None:
        pos = window_start + leave.start()
        return codes(m for m in view.subject(pos, lo) if not m.is_org), (pos, org.end), _LEFT
    kept = _KEPT_IN.search(window)
    if kept is not None:  # "voted to keep Spain in NATO", "to keep their country in NATO"
        pos = window_start + kept.start()
        kept_in = [m for m in view.after(pos, org.start) if not m.is_org]
        kept_codes = codes(kept_in)
        if not kept_in and _OWN_COUNTRY.match(kept.group("object")):
            # "MADRID - Spaniards voted to keep their country in NATO": the dateline's state
            kept_codes = codes(m for m in view.subject(pos, lo) if not m.is_org)
            kept_codes = kept_codes or ([view.venue] if view.venue else [])
        return kept_codes, (pos, org.end), _MEMBER
    cue = (
        _JOIN_ORG.search(window)
        or (_PART_OF.search(window) if _ORG_ENDS.match(text, org.end) else None)
        # "Slovakia joined the European Union and NATO in 2004": the verb before a first body
        or _JOINED_FIRST.search(window)
    )
    if cue is not None and _ORG_OWNS.match(text, org.end):
        cue = None  # "Estonia remains in NATO's sights"; not "rejoined NATO's military command"
    if cue is not None and _ORG_MODIFIES.match(text, org.end):
        cue = None  # "Sweden joined NATO exercises": the drills, not the alliance
    if cue is not None and _ON_ICE.match(text, org.end):
        pos = window_start + cue.start()  # "Armenia put its membership of the CSTO on ice"
        return codes(m for m in view.subject(pos, lo) if not m.is_org), (pos, org.end), _LEFT
    if cue is not None and _DECIDED_AGAINST.search(window, 0, cue.start()):
        pos = window_start + cue.start()  # "Finland decided against joining NATO"
        return codes(m for m in view.subject(pos, lo) if not m.is_org), (pos, org.end), _LEFT
    if (
        cue is not None
        and _SIGNED_ONLY.match(cue.group())
        and not _TREATY.search(org_text)
        and not (_PART_OF.search(window) and _ORG_ENDS.match(text, org.end))
    ):
        cue = None  # "signed a deal with NATO": signing makes a member only of a treaty
    if cue is not None:
        pos = window_start + cue.start()
        aspiration = _ASPIRATION.search(window[: cue.start()])
        if aspiration and _AND_VERB.search(window, aspiration.end(), cue.start()):
            aspiration = None  # "Sweden applied in May 2022 and joined NATO two years later"
        approved = _APPROVAL.search(text, lo, pos)
        if aspiration and not approved:
            dropped = _DROPPED_BID.search(window[: aspiration.end()])
            if dropped is None:
                return [], (0, 0), _MEMBER  # "Ukraine's bid to join NATO"
            # "Ireland has no intention of applying to join NATO", "Kyiv dropped its bid to join"
            pos = window_start + dropped.start()
            return codes(m for m in view.subject(pos, lo) if not m.is_org), (pos, org.end), _LEFT
        owner = _POSSESSIVE_NOUN.search(text, max(lo, pos - 60), pos + len(cue.group()))
        if owner is not None:  # "ratified Sweden's accession to NATO"
            states = [m for m in view.mentions if m.end == owner.start() and not m.is_org]
            if states:
                return codes(states), (states[0].start, org.end), _MEMBER
        let_in = _LET_IN.search(window)
        if let_in is not None:  # "voted to let Finland into NATO"
            states = view.after(window_start + let_in.end(), org.start)
            return codes(m for m in states if not m.is_org), (pos, org.end), _MEMBER
        members = [m for m in view.subject(pos, lo) if not m.is_org]
        if not members and _AS_MEMBER.search(window):  # "As a member of NATO, Hungary …"
            members = [m for m in fronted_subject(view, pos) if not m.is_org]
        if not members and _FRONTED_JOINING.search(window):
            # "Since joining NATO in 2004, Romania …": the first state after the comma
            comma = text.find(",", org.end)
            first = [m for m in view.mentions if 0 <= m.start - comma < 8 and not m.is_org][:1]
            members = view.group_after(first[0], hi) if comma > 0 and first else []
        if not members and _AND_VERB.search(window, 0, cue.start()):
            # "Hungary and Poland left the Warsaw Pact in 1991 and joined NATO in 1999"
            first = [m for m in view.before(pos, lo) if view.prep(m) is None][:1]
            members = view.group_after(first[0], pos) if first else []
        if not members and (were := _MEMBERS_WERE.match(text, org.end)):
            # "Among the members of SEATO were Australia, France and Pakistan"
            first = [m for m in view.mentions if m.start == were.end() and not m.is_org]
            members = view.group_after(first[0], len(text)) if first else []
            return codes(m for m in members if not m.is_org), (pos, were.end()), _MEMBER
        return codes(members), (pos, org.end), _MEMBER
    listed = _ORG_MEMBERS_NAMED.match(text, org.end)
    if listed is not None:  # "NATO's newest members, Finland and Sweden"
        first = [m for m in view.mentions if m.start == listed.end() and not m.is_org]
        if first:
            group = view.group_after(first[0], hi)
            return codes(m for m in group if not m.is_org), (org.start, listed.end()), _MEMBER
    if _PLAIN_MEMBER.match(text, org.end) and (
        copula := _COPULA_BEFORE.search(text, max(lo, org.start - 40), org.start)
    ):  # "Poland is a NATO ally", "Hungary was the last NATO member to ratify …"
        pos = copula.start()
        return codes(m for m in view.subject(pos, lo) if not m.is_org), (pos, org.end), _MEMBER
    if _ORG_MEMBER.match(text, org.end) and (
        (became := list(_BECAME.finditer(text, lo, org.start)))
        or (became := list(_COPULA_BEFORE.finditer(text, max(lo, org.start - 40), org.start)))
    ):  # "Montenegro became NATO's 29th member", "Denmark is one of NATO's founding members"
        pos = became[-1].start()
        return codes(m for m in view.subject(pos, lo) if not m.is_org), (pos, org.end), _MEMBER
    suspended = _SUSPENDS.match(text, org.end, min(len(text), org.end + 90))
    if suspended is not None:
        # "Tashkent sent the CSTO a note suspending its membership", "… suspend Uzbekistan's"
        owners = [m for m in view.mentions if m.start == suspended.start("owner") and not m.is_org]
        owners = owners or [m for m in view.subject(org.start, lo) if not m.is_org]
        return codes(owners), (org.start, suspended.end()), _LEFT
    return [], (0, 0), _MEMBER


def _group_ending(view: View, pos: int) -> list[Mention]:
    """The coordinated states whose last one ends at `pos`: "Greece and Turkey" before ", two
    NATO allies"."""
    last = [m for m in view.mentions if m.end == pos and not m.is_org]
    if not last:
        return []
    group = [m for m in view.subject(pos, view.clause(max(0, pos - 1))[0]) if not m.is_org]
    return group if group and group[-1].end == pos else last[:1]


def _described_member(view: View, org: Mention) -> tuple[list[str], tuple[int, int], str] | None:
    """Members named by a description beside the alliance: "Greece and Turkey, two NATO
    allies,", "Czechoslovakia, then a Warsaw Pact member,", "Albania, which is a member of
    NATO,", "As a NATO member, Turkey …" (`alliance.described`)."""
    text = view.text
    end = _APPOSITIVE_END.match(text, org.end)
    apposed = _APPOSITIVE_MEMBER.search(text, max(0, org.start - 40), org.start) if end else None
    if apposed is not None and (
        apposed.end() - apposed.start() > 2 or (end and _PLURAL_MEMBERS.search(end.group()))
    ):  # a bare comma only before a plural: "Greece and Turkey, NATO allies,"
        group = _group_ending(view, apposed.start())
        if group:
            return codes(group), (apposed.start(), org.end), _DESCRIBED
    relative = _RELATIVE_MEMBER.search(text, max(0, org.start - 70), org.start)
    if relative is not None and (relative.group("of") or end):
        group = _group_ending(view, relative.start())
        if group:
            return codes(group), (relative.start(), org.end), _DESCRIBED
    owned_aside = _OWNED_ASIDE.match(text, org.end)
    if owned_aside and (comma := _BARE_COMMA.search(text, max(0, org.start - 3), org.start)):
        # "Sweden, NATO's newest member, held drills"
        group = _group_ending(view, comma.start())
        if group:
            return codes(group), (comma.start(), owned_aside.end()), _DESCRIBED
    fronted = _AS_ORG_MEMBER.search(text, max(0, org.start - 20), org.start) if end else None
    if fronted is not None and end and end.group().rstrip().endswith(","):
        first = [m for m in view.mentions if 0 <= m.start - end.end() < 6 and not m.is_org][:1]
        if first and view.prep(first[0]) is None:
            group = view.group_after(first[0], view.clause(first[0].start)[1])
            return codes(m for m in group if not m.is_org), (fronted.start(), org.end), _DESCRIBED
    return None
