"""Word lists the rules read: triggers per tie type, the nouns they need, hedges and negations.

Kept apart from the rules so a reviewer can extend a vocabulary without reading role logic.
Every list is a regex fragment; `word()` wraps one in word boundaries and compiles it.
"""

from __future__ import annotations

import re


def word(fragment: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """Compile `fragment` as whole words."""
    return re.compile(r"\b(?:" + fragment + r")\b", flags)


def lowered(fragment: str) -> re.Pattern[str]:
    """Compile `fragment` as whole words to run on lower-cased text (`View.lower`).

    A case-insensitive alternation runs about three times slower than the same one, lower-cased,
    on lower-cased text, and the rules scan every sentence for every trigger family; a leading
    look-behind is cheaper than `\b` for fragments that start with a word character.
    """
    if re.search(r"\\[A-Z]", fragment):
        raise ValueError(f"an upper-case escape would change meaning when lower-cased: {fragment}")
    return re.compile(r"(?<!\w)(?:" + fragment.lower() + r")\b")


def lower_text(text: str) -> str:
    """`text` lower-cased with every offset kept ("İ" would otherwise become two characters)."""
    lower = text.lower()
    if len(lower) != len(text):
        lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return lower


def words(text: str) -> frozenset[str]:
    """A word list written as one string, so long tables stay readable."""
    return frozenset(text.split())


# --- nouns ---------------------------------------------------------------------------------
TROOPS = (
    r"troops?|soldiers?|servicemen|service ?members|(?:special |armed |ground |combat )?forces|"
    r"military personnel|personnel|paratroopers|marines|commandos|military advis[eo]rs|"
    r"military instructors|instructors|peacekeepers|brigades?|battalions?|contingents?|"
    r"regiments?|divisions|units|boots on the ground|military police|army|sailors|airmen|"
    r"deminers|sappers|(?:military|combat) engineers|(?:military )?construction workers|"
    r"military builders|military (?:trainers|observers|specialists|experts)"
)
WEAPONS = (
    r"weapons?|weaponry|arms|munitions?|ammunition|ammo|(?:artillery )?shells|artillery|"
    r"howitzers?|rockets?|missiles?|drones?|UAVs?|tanks?|armou?red vehicles|vehicles|"
    r"(?:fighter )?jets?|warplanes?|fighter aircraft|aircraft|helicopters?|gunships?|warships?|"
    r"frigates?|submarines?|corvettes?|destroyers?|patrol (?:boats?|vessels?)|launchers?|"
    r"air[- ]defen[cs]e(?: systems?)?|bombs?|grenades?|rifles?|guns|mortars?|radars?|"
    r"interceptors?|military (?:equipment|hardware|aid shipments)|equipment|hardware|HIMARS|"
    r"Patriots?|ATACMS|Leopards?|Abrams|Challengers?|F-16s?|F-35s?|J-10s?|J-10Cs?|Su-\d+s?|"
    r"MiG-\d+s?|MiGs?|Bayraktars?|TB2s?|Shaheds?|S-400s?|Storm Shadows?|Taurus|Javelins?|"
    r"Stingers?|NASAMS|IRIS-T|Caesars?|Gripens?|Rafales?|Mirages?|BrahMos|KN-23s?|Iskanders?|"
    r"cluster munitions|kamikaze drones|loitering munitions|explosives|firearms|"
    r"(?:nuclear )?warheads|nuclear weapons|torpedoes|mines|air[- ]defen[cs]e batter(?:y|ies)|"
    r"batter(?:y|ies)|air[- ]defen[cs]e systems?|missile systems?|bombers|"
    r"armou?red personnel carriers|APCs|infantry fighting vehicles|Bradleys?|Strykers?|"
    r"Marders?|K2s?|K9s?|FA-50s?|Kinzhals?|Fath-360s?|MQ-9s?|MQ-9Bs?|Reapers?|Switchblades?|"
    r"Excaliburs?|Hellfires?|Harpoons?|Tomahawks?|SAMP/T|Pantsir|Krasukha|Su-\d+s?|Tu-\d+s?|"
    r"Sukhois?|(?:Sukhoi|MiG|combat|multirole|multi-role|jet) fighters|fighter(?:-bomber)?s? "
    r"(?:planes|jets|aircraft)|fighter-bombers|combat (?:jets|aircraft|planes|helicopters)|"
    r"F-\d+[A-Z]?s?|Mi-\d+s?|Ka-\d+s?|Black ?Hawks?|Apaches?|Chinooks?|Hueys?|JF-17s?|"
    r"Typhoons?|Eurofighters?|Tornados?|Harriers?|Mistrals?|Scorpenes?|T-\d+s?|BMP-\d+s?|"
    r"Kalashnikovs?|AK-47s?|small arms|assault rifles|machine ?guns|anti-tank (?:weapons|missiles)|"
    r"military (?:vehicles|aircraft|planes|helicopters|transport planes)|transport planes|"
    r"minehunters?|minehunting ships|landing ships|amphibious ships|naval vessels|"
    r"air-defen[cs]e (?:system|missiles)|missile defen[cs]e systems?|S-300s?|Tor|Buk|Pinaka"
)
AID = (
    r"(?:military|security|defen[cs]e|lethal|non-lethal|war)(?: and (?:other|economic|"
    r"humanitarian|financial|security))? (?:aid|assistance|support|funding|"
    r"financing|package|loan|grant)s?|aid package|assistance package|security package|"
    r"weapons package|arms package|military training|training mission|Foreign Military Financing|"
    r"non-lethal (?:aid|equipment|supplies|military aid|assistance)|helmets|body armou?r|"
    r"flak jackets|night-vision (?:goggles|equipment)|military (?:supplies|gear|kit)"
)
TITLES = (
    r"president|prime minister|premier|chancellor|king|queen|emperor|emir|crown prince|sheikh|"
    r"sultan|minister|secretary|delegation|envoy|leader|officials?|counterpart|chief|commander|"
    r"general|admiral|head of state|vice[- ]president|speaker|parliamentarians|lawmakers|"
    r"diplomats?|ambassador|spokes(?:man|woman|person)|navy chief|army chief|defence chief"
)
VESSELS = (
    r"warships?|(?:aircraft )?carriers?|destroyers?|frigates?|submarines?|corvettes?|"
    r"(?:naval|navy|training|patrol) (?:ships?|vessels?)|ships?|flotilla|fleet|strike group"
)

# --- triggers ------------------------------------------------------------------------------
GO = (
    r"arriv(?:e|ed|es|ing)|land(?:ed|s|ing)?|travell?(?:ed|ing|s)?|fl(?:ew|ies|y|ying)|"
    r"head(?:ed|s|ing)|visit(?:ed|s|ing)?|trip|tour(?:s|ed|ing)?|journey|"
    r"stop(?:ped|s)? (?:in|over)|"
    r"(?:com(?:e|es|ing)|came|go(?:es|ing)?|went) to|swing through|"
    r"stopover|was visited|were visited|is visiting|state visit|official visit|"
    r"port (?:call|visit)s?|"
    r"docked|docks|call(?:ed)? at|sail(?:ed|s|ing)? (?:in)?to|put in at|anchored (?:in|off|at)|"
    r"moored (?:in|at)|tied up (?:at|in)|berthed (?:at|in)|pulled into|goodwill (?:call|visit)|"
    r"(?:chief|state|special|honou?red) guest|guest of honou?r"
)
# Acts that put a leader in a place: "Mitsotakis and Macron signed a pact in Paris".
ACT_IN = (
    r"signed|sign|signs|signing|inked|sealed|unveiled|attended|attends|deposited|laid a wreath|"
    r"toured|inspected|addressed|was received|were received|speaking|spoke"
)
# An official found in a foreign place: "a Chinese delegation is also in Pyongyang".
STAY = r"(?:is|are|was|were|has been|have been)(?: also| now| currently| already| still)? in"
HOST = r"host(?:ed|s|ing)?|welcom(?:e|ed|es|ing)|greet(?:ed|s|ing)?|receiv(?:e|ed|es|ing)"
MEET = r"met|meets?|meeting|talks|summit|held talks|hold talks|consultations|negotiations|dialogue"
# Troops found somewhere: "North Korean troops are in Russia", "were spotted in Kursk".
PRESENCE = (
    r"(?:are|were|is|was|remain|remained|have been|had been|has been)"
    r"(?: (?:now|already|still|currently|reportedly|allegedly|also))? (?:in|inside)|"
    r"(?:spotted|seen|sighted|observed|present|operating|active|located|identified|"
    r"fighting|serving) (?:in|inside)|on the ground in"
)
DEPLOY = (
    r"sen[dt]s?|sending|deploy(?:ed|s|ing|ment|ments)?|redeploy(?:ed|s|ing)?|"
    r"dispatch(?:ed|es|ing)?|station(?:ed|s|ing)?|based|basing|mov(?:e|ed|es|ing)|"
    r"transferr?(?:ed|ing|s)?|rotat(?:e|ed|es|ing)|position(?:ed|s|ing)?|presence|"
    r"posted|relocat(?:e|ed|es|ing)|arriv(?:e|ed|es|ing)|fight(?:ing|s)? (?:for|alongside)|"
    r"fought (?:for|alongside)|keeps?|kept|maintain(?:s|ed)?|host(?:s|ed|ing)?|"
    r"welcom(?:e|ed|es|ing)|receiv(?:e|ed|es|ing)|order(?:ed|s|ing)?|"
    r"land(?:ed|s|ing)|fl(?:y|ew|own|ies|ying)|airlift(?:ed|s|ing)?|roll(?:ed|s|ing)? into|"
    r"pour(?:ed|s|ing)? into|contribut(?:e|ed|es|ing)|commit(?:ted|s|ting)?|" + PRESENCE
)
ASSETS = (
    r"(?:fighter )?jets|warplanes|aircraft|squadrons?|warships|frigates|destroyers|"
    r"(?:aircraft )?carriers?|strike group|bombers|submarines|air[- ]defen[cs]e (?:systems|units|"
    r"batteries)|Patriot batteries|fighters"
)
DEPLOY_ONLY = (
    r"deploy(?:ed|s|ing|ment|ments)?|redeploy(?:ed|s|ing)?|dispatch(?:ed|es|ing)?|"
    r"station(?:ed|s|ing)?|based|basing|rotat(?:e|ed|es|ing)|position(?:ed|s|ing)?"
)
SUPPLIER = (
    r"(?:arms|weapons?|military(?: hardware| equipment)?|defen[cs]e(?: equipment)?|hardware)"
    r"[- ](?:suppliers?|exporters?|providers?|sellers?|vendors?|clients?|customers?|buyers?)|"
    r"suppliers? of (?:arms|weapons|military (?:hardware|equipment)|defen[cs]e equipment)|"
    r"(?:main|largest|biggest|chief|principal|top|primary) source of (?:arms|weapons)"
)
WITHDRAW = (
    r"withdr(?:aw|ew|awn|aws|awing|awal)|pull(?:ed|s|ing)? (?:out|back)|pull-?out|"
    r"(?:bring|brought|bringing) (?:home|back)|recall(?:ed|s|ing)?|evacuat(?:e|ed|es|ing|ion) of"
)
BASE = (
    r"(?:military|naval|navy|air|army|drone|logistics|missile|radar|marine|submarine|airforce|"
    r"air force|listening)[- ](?:bases?|facilit(?:y|ies)|stations?|outposts?|installations?)|"
    r"air ?bases?|airbases?|naval port|bases?|garrisons?"
)
JOIN = r"join(?:ed|s|ing)?|reinforc(?:e|ed|es|ing)|fight(?:ing|s)? alongside|fought alongside"
SUPPLY = (
    r"suppl(?:y|ied|ies|ying)|deliver(?:ed|s|ing|y|ies)?|sen[dt]s?|sending|ship(?:ped|s|ping|"
    r"ments?)?|sold|sells?|selling|sales?|provid(?:e|ed|es|ing)|transferr?(?:ed|ing|s)?|"
    r"exports?|exported|exporting|re-export(?:ed|s|ing)?|g[ai]ve|given|giving|gives?|"
    r"donat(?:e|ed|es|ing)|hand(?:ed|s|ing)? over|pledg(?:e|ed|es|ing)|promis(?:e|ed|es|ing)|"
    r"approv(?:e|ed|es|ing)|offer(?:ed|s|ing)?|equip(?:ped|s|ping)?|"
    r"announc(?:e|ed|es|ing)|unveil(?:ed|s|ing)?|commit(?:ted|s|ting)?|allocat(?:e|ed|es|ing)|"
    r"grant(?:ed|s|ing)?|extend(?:ed|s|ing)?|authori[sz](?:e|ed|es|ing)|sign(?:ed|s|ing)?|"
    r"transfers?|brought|bring(?:s|ing)?|airlift(?:ed|s|ing)?|ferr(?:y|ied|ies|ying)"
)
RECEIVE = (
    r"receiv(?:e|ed|es|ing)|bought|buy(?:s|ing)?|purchas(?:e|ed|es|ing)|acquir(?:e|ed|es|ing)|"
    r"acquisition|import(?:ed|s|ing)?|obtain(?:ed|s|ing)?|order(?:ed|s|ing)?|procur(?:e|ed|es|ing)|"
    r"took delivery|take delivery|takes delivery|taking delivery|got|gets|use[ds]?|using|"
    r"fir(?:ed|ing)"
)
TRAIN = r"train(?:ed|s|ing)?"
TRAINEES = TROOPS + r"|pilots|cadets|recruits|officers|crews|gunners"
JOIN_ORG = (
    r"join(?:ed|s|ing)?|re-?join(?:ed|s|ing)?|enter(?:ed|s|ing)?|accession (?:to|into)|"
    r"acced(?:e|ed|es|ing) to|admitted (?:to|into)|"
    r"admission (?:to|into)|entry into|member(?:ship)? (?:of|in)|became (?:a|the) \w+ member of|"
    r"became a member of|becoming a member of|"
    r"remain(?:s|ed|ing)? (?:in|inside|part of|a member of)|"
    r"stay(?:s|ed|ing)? in|belong(?:s|ed|ing)? to|part of|signed|ratified|acceded to|"
    r"signatories to|signatory to|parties to|party to"
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
    r"if (?:either|one) (?:side|party|country|state|of them) (?:is|were|was|comes? under) "
    r"(?:attacked|invaded|attack)|allied relations|alliance relations|alliance of|"
    r"(?<!cooperation )(?<!co-operation )(?:mutual )?(?:defen[cs]e|security) treaty"
)
COOPERATION = (
    r"(?:military|defen[cs]e|security|defen[cs]e[- ]industrial|arms|military[- ]technical)"
    r"(?: and (?:security|defen[cs]e|military|defen[cs]e[- ]industr(?:y|ial)))? (?:cooperation|"
    r"co-operation|collaborations?|ties|relations|partnership|links|"
    r"agreements?|pact|deal|accord|treaty|framework|memorandum|MoU|roadmap|dialogue|"
    r"cooperation agreement|exchanges|contacts|consultations|talks)|reciprocal access agreement|"
    r"status of forces agreement|visiting forces agreement|"
    r"strategic partnership (?:treaty|agreement|pact|accord|charter|declaration)|"
    r"(?:training|military|defen[cs]e) relationship|"
    r"cooperat(?:e|ed|ing) (?:militarily|on defen[cs]e|on security|on military matters)|"
    r"defen[cs]e[- ]cooperation"
)
EXERCISE = (
    r"(?:drills?|exercises|exercise(?! (?:restraint|caution|sovereignty|control|influence|power|"
    r"veto|its|their|the right))|war ?games|manoeuvres|maneuvers|joint patrols?|naval patrols?|"
    r"(?:exercis|train|drill)(?:ed|ing) together|(?:exercise|train|drill) together|"
    r"joint (?:[\w-]+ ){0,2}training)"
)

# --- context -------------------------------------------------------------------------------
# "may" hedges only in lower case ("May 5" is a date): `certainty` looks for it apart.
HEDGE = (
    r"might|could|reportedly|allegedly|purportedly|apparently|possibly|potential(?:ly)?|"
    r"likely|probably|believed|thought to|said to|suspected|alleged|allegations?|claims?|"
    r"claimed|rumou?rs?|speculations?|unconfirmed|unverified|appears? to|seems? to|seemingly|"
    r"suggest(?:s|ed|ing)?|indicat(?:e|es|ed|ing)|reports?|reported|accus(?:ed|es|ing)|"
    r"(?:re)?consider(?:s|ed|ing)?|mull(?:s|ed|ing)?|weigh(?:s|ed|ing)?|"
    r"is said|are said|were said|was said|expected to consider"
)
NEGATION = (
    r"not|n't|never|no longer|refus(?:ed|es|e) to|rul(?:ed|es|e) out|reject(?:ed|s)?|"
    r"declin(?:ed|es|e) to|no plans to|den(?:y|ies|ied|ying)|halt(?:ed|s)?|suspend(?:ed|s)?|"
    r"cancel(?:l?ed|s)?|stopped|froze|freezes|abandon(?:ed|s)?|dismiss(?:ed|es)|"
    r"refut(?:ed|es)|nor|neither|postpon(?:e|ed|es|ing|ement)|call(?:ed|s|ing)? off|"
    r"scrap(?:ped|s|ping)?|"
    r"shelv(?:e|ed|es|ing)|axed|put on hold|paus(?:e|ed|es|ing)|freez(?:e|ing)|frozen|"
    + WITHDRAW
    + r"|clos(?:ed|ing|ure) (?:of|down)|"
    r"shut(?:ting)? down|evict(?:ed|s|ing)?|expel(?:led|s)?|terminat(?:e|ed|es|ing)|"
    r"no (?:[\w-]+ ){0,3}(?:troops|soldiers|forces|boots|personnel|bases?|weapons|arms)|"
    r"end(?:ed|s|ing)? (?:its|their)|end(?:ed|s|ing)? (?:[\w-]+ ){0,2}(?:cooperation|agreements?|"
    r"pacts?|ties|treaty|accords?|contracts?|deals?|exchanges)|ban(?:ned|s)?|embargo|barred|block(?:ed|s)"
)
DOUBLE_NEGATION = (
    r"(?:did|does|do|would|could|has|have|had) not den(?:y|ied)|n't deny|neither confirm(?:ed)? "
    r"nor den(?:y|ied)|refus(?:ed|es|e) to (?:deny|confirm)|declin(?:ed|es|e) to (?:deny|confirm|"
    r"comment)|not den(?:y|ied)|would not confirm|(?:did|does|do|would|will|could|has|have) not "
    r"rul(?:e|ed) out|n't rule out|not ruling out|without ruling out"
)
DENIAL_VERB = r"den(?:y|ies|ied|ying)|rejected|dismissed|refuted"
NP_NEGATION = (
    r"no|without|lacks?|lacking|stops? short of|stopped short of|short of|none|not a|not an|"
    r"instead of|rather than|no longer"
)
PLANNED = (
    r"will|would|'ll|shall|plans?|planned|planning|intends?|intended|is to|are to|set to|"
    r"expected to|pledg(?:e|ed|es|ing)|promis(?:e|ed|es|ing)|vow(?:ed|s)?|agree(?:d|s)? to|"
    r"offer(?:ed|s)? to|upcoming|is due to|are due to|approv(?:e|ed|es|ing)|prepar(?:e|es|ing) to|"
    r"ready to|to be|aims? to|seeks? to|next (?:week|month|year)"
)
HOSTILE = (
    r"invad(?:e|ed|es|ing)|invasion|attack(?:ed|s|ing)?|assault|incursion|occup(?:y|ied|ation)|"
    r"annex(?:ed|ation)?|shell(?:ed|ing)|bomb(?:ed|ing)|strik(?:e|es|ing)|struck|"
    r"war (?:on|against)|"
    r"fight(?:ing)? against|fought against|offensive against|border with|clash(?:ed|es)?|"
    r"front ?line|against"
)
NON_STATE = (
    r"Wagner|mercenar(?:y|ies)|militias?|militants?|rebels?|insurgents?|jihadists?|Hezbollah|"
    r"Hamas|Houthis?|private military|paramilitar(?:y|ies)|separatists?|fighters hired|"
    r"private company|volunteers|foreign fighters|Rapid Support Forces|RSF|Islamic State|ISIS|"
    r"al-Qaeda|al-Shabaab|Taliban|PMC|smugglers|(?:companies|firms|individuals|entities|"
    r"businesses|people) (?:in|from|based in)"
)
SPORT = (
    r"match(?:es)?|league|cup|tournament|championship|football|soccer|Olympics?|goals?|striker|"
    r"coach|players?|team|squad|fixture|semi-?finals?|quarter-?finals?|rugby|cricket|tennis|"
    r"Grand Prix|FIFA|UEFA|NBA|friendly|stadium|club|fans|athletes|medals?|basketball|volleyball"
)
SPEECH = (
    r"said|says|say|told [\w ]{1,30}?|stated|states|claimed|claims|claim|alleged|alleges|"
    r"reported|reports|confirmed|confirms|confirm|announced|announces|warned|warns|believes|"
    r"believe|believed|estimated|estimates|estimate|suggest|suggests|suggested|indicate|indicates|"
    r"indicated|show|shows|showed|accused|accuses|insisted|insists|added|noted|wrote|assessed|"
    r"assesses|assess|concluded|revealed|disclosed|acknowledged|acknowledges|admitted|admits|"
    r"denied|denies|deny|argued|argues|contended|maintained|maintains|stressed|emphasi[sz]ed|"
    r"declared|declares|tweeted|posted|posits|thinks|think|fear|fears|feared|charged|charges"
)
HEDGED_SPEECH = (
    r"claim(?:ed|s)?|alleg(?:ed|es)|accus(?:ed|es)|believe[sd]?|estimat(?:e|ed|es)|suggest(?:s|ed)?|"
    r"indicat(?:e|es|ed)|show(?:s|ed)?|assess(?:ed|es)?|warn(?:ed|s)|fear(?:s|ed)?|think|thinks|"
    r"posits|charg(?:ed|es)|argu(?:ed|es)|contended"
)
_GROUP_NOUNS = (
    r"countries|nations|states|sides|governments|leaders|allies|neighbou?rs|militaries|armies|"
    r"navies|air forces|partners|capitals|ministers|defen[cs]e ministers|presidents|delegations"
)
_GROUP_VERBS = r"signed|agreed|pledged|vowed|committed|discussed|held|will|would|have|had|also"
# The parties the previous sentence named, taken up again: "the two countries", "both sides",
# "the three leaders", "the four Quad navies", "the allies agreed".
PAIR_PHRASE = (
    r"(?:the|all) (?:two|three|four|five)(?: [A-Z][\w-]+)? (?:" + _GROUP_NOUNS + r")|"
    r"both (?:" + _GROUP_NOUNS + r")|the (?:two|three|four)(?= (?:" + _GROUP_VERBS + r")\b)|"
    r"their (?:two |three )?(?:countries|nations|governments|armies|militaries|armed forces|"
    r"navies)|"
    r"all three|the pair|the duo|the (?:leaders|allies|partners)(?= (?:" + _GROUP_VERBS + r")\b)"
)
GROUP_SIZES = {"two": 2, "both": 2, "pair": 2, "duo": 2, "three": 3, "four": 4, "five": 5}
