"""Word lists several rule families share: the nouns they need, hedges, negations, speech verbs.

Each family's own triggers live with its rules in `app/extraction/rules/`. Every list is a regex
fragment; `word()` wraps one in word boundaries, `lowered()` compiles it for lower-cased text.
"""

from __future__ import annotations

import re
from typing import Any


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
    pattern = re.compile(r"(?<!\w)(?:" + _prefix_shared(fragment.lower()) + r")\b")
    found = _needles(fragment.lower())
    if found is not None:
        _NEEDLES[id(pattern)] = (pattern, found)
    return pattern


# Keyed by id: a pattern hashes its whole compiled program. The pattern is kept, so no other
# object can take its id.
_NEEDLES: dict[int, tuple[re.Pattern[str], tuple[str, ...]]] = {}
_MAX_NEEDLES = 16
_NOT_LITERAL = frozenset("\\[](){}|?*+.^$")


def needles(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings one of which every match of a `lowered` pattern holds, or None when there are none
    to test cheaply: a sentence (lower-cased) without any of them need not be scanned."""
    entry = _NEEDLES.get(id(pattern))
    return entry[1] if entry is not None and entry[0] is pattern else None


def _needles(fragment: str) -> tuple[str, ...] | None:
    """`_required(fragment)` when each of its strings has three characters or more and there are
    at most `_MAX_NEEDLES` of them (after dropping those that hold another)."""
    if re.search(r"\(\?[aiLmsux-]", fragment):
        return None  # an inline flag could change what a literal matches
    required = _required(fragment)
    if not required or min(map(len, required)) < 3:
        return None
    ordered = sorted(required, key=lambda run: (len(run), run))
    # a string that holds another is redundant: the shorter is in the text whenever it is
    kept = [run for i, run in enumerate(ordered) if not any(u in run for u in ordered[:i])]
    return tuple(kept) if len(kept) <= _MAX_NEEDLES else None


def _required(fragment: str) -> frozenset[str] | None:
    """Strings one of which every match of `fragment` holds: for each alternative, a run of its
    literal characters or what a group it must go through requires, whichever is the better
    test (longer strings, then fewer); None when some alternative offers neither."""
    alternatives = _alternatives(fragment)
    if alternatives is None:
        return None
    found: set[str] = set()
    for pieces in alternatives:
        options = [frozenset({text}) for is_group, text in pieces if not is_group]
        options += [
            required
            for is_group, body in pieces
            if is_group and (required := _required(body)) is not None
        ]
        if not options:
            return None
        found |= max(options, key=lambda option: (min(4, *map(len, option)), -len(option)))
    return frozenset(found)


def _alternatives(fragment: str) -> list[list[tuple[bool, str]]] | None:
    """The top-level alternatives of `fragment`, each as the pieces every match of it goes
    through: `(False, run)` for literal characters outside groups, escapes, classes and
    quantifiers ("s?" is not in every match), `(True, body)` for an unquantified group (not a
    look-around); None when a class, a group or a bound is left open."""
    alternatives: list[list[tuple[bool, str]]] = [[]]
    current, i = "", 0
    while i < len(fragment):
        char = fragment[i]
        if char == "\\":
            end = i + 2  # "\s", "\d", "\b" or an escaped character: no literal of a run
        elif char in "[{(":
            end = _closing(fragment, i)
            if end < 0:
                return None
        else:
            end = i + 1
        quantified = end < len(fragment) and fragment[end] in "?*+{"
        if char not in _NOT_LITERAL and not quantified:
            current += char
            i = end
            continue
        if current:
            alternatives[-1].append((False, current))
            current = ""
        if char == "(" and not quantified:
            body = fragment[i + 1 : end - 1]
            if body.startswith("?:"):
                alternatives[-1].append((True, body[2:]))
            elif not body.startswith("?"):  # a look-around or a back-reference requires nothing
                alternatives[-1].append((True, body))
        elif char == "|":
            alternatives.append([])
        i = end
    if current:
        alternatives[-1].append((False, current))
    return alternatives


def _closing(fragment: str, start: int) -> int:
    """The index just after the class, bound or group that opens at `start`, or -1."""
    if fragment[start] == "{":
        return fragment.find("}", start) + 1 or -1
    if fragment[start] == "[":
        end = fragment.find("]", start + 2)  # "[]…]" and "[^]…]" hold their "]"
        while end > 0 and fragment[end - 1] == "\\":
            end = fragment.find("]", end + 1)
        return end + 1 if end > 0 else -1
    depth, i = 0, start
    while i < len(fragment):
        char = fragment[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            i = _closing(fragment, i)
            if i < 0:
                return -1
            continue
        depth += char == "("
        depth -= char == ")"
        i += 1
        if depth == 0:
            return i
    return -1


def _prefix_shared(fragment: str) -> str:
    """The same alternation with its plain words merged into a prefix tree, tried after the
    alternatives that are patterns: a long word list then costs one walk down the tree instead
    of one attempt per word (the weapons list scans 1.7 times faster), and the longest plain
    word wins ("sukhoi fighters" over "sukhoi")."""
    words: list[str] = []
    patterns: list[str] = []
    for part in _top_level(fragment):
        plain = re.fullmatch(r"([a-z0-9 /-]+)(s\?)?", part)
        if plain is None:
            patterns.append(part)
            continue
        words.append(plain.group(1))
        if plain.group(2):
            words.append(plain.group(1) + "s")
    if len(words) < 2:
        return fragment
    return "|".join([*patterns, _word_tree(words)])


def _top_level(fragment: str) -> list[str]:
    """The alternatives of a regex fragment at nesting depth 0."""
    parts, depth, current, i = [], 0, "", 0
    while i < len(fragment):
        char = fragment[i]
        if char == "\\":
            current += fragment[i : i + 2]
            i += 2
            continue
        depth += char == "("
        depth -= char == ")"
        if char == "|" and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
        i += 1
    return [*parts, current]


def _word_tree(words: list[str]) -> str:
    """`a|ab|b…` as a regex whose branches share prefixes; longer words are tried first."""
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [re.escape(c) + emit(child) for c, child in node.items() if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return emit(tree)


def lower_text(text: str) -> str:
    """`text` lower-cased with every offset kept ("İ" would otherwise become two characters)."""
    lower = text.lower()
    if len(lower) != len(text):
        lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return lower


def words(text: str) -> frozenset[str]:
    """A word list written as one string, so long tables stay readable."""
    return frozenset(text.split())


# States by region: what "the Gulf state" may stand for, and who "the two Gulf states" are
GULF = words("SAU ARE QAT KWT BHR OMN")
ARAB = GULF | words("DZA COM DJI EGY IRQ JOR LBN LBY MRT MAR PSE SOM SDN SYR TUN YEM")
BALTIC = words("EST LVA LTU")
NORDIC = words("FIN SWE NOR DNK ISL")
CENTRAL_ASIA = words("KAZ KGZ TJK TKM UZB")
BALKAN = words("ALB BIH BGR HRV GRC XKX MNE MKD ROU SRB SVN")
SAHEL = words("MLI BFA NER TCD MRT SEN SDN")


# --- nouns ---------------------------------------------------------------------------------
TROOPS = (
    r"troops?|soldiers?|(?:combat|brigade|battle) teams?|servicemen|service ?members|"
    r"(?:special |armed |ground |combat )?forces|reinforcements|"
    r"military personnel|personnel|(?:military|troop|naval) presence|paratroopers|marines|"
    r"commandos|military advis[eo]rs|conscripts|reservists|(?:force|troop) levels?|"
    r"military instructors|instructors|peacekeepers|brigades?|battalions?|contingents?|"
    r"regiments?|divisions|units|boots on the ground|military police|army|sailors|airmen|"
    r"squadrons?|battle ?groups?|task forces?|"
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
    r"transports|transport (?:aircraft|helicopters)|"
    r"minehunters?|minehunting ships|landing ships|amphibious ships|naval vessels|"
    r"air-defen[cs]e (?:system|missiles)|missile defen[cs]e systems?|S-300s?|Tor|Buk|Pinaka"
)
AID = (
    r"(?:military|security|defen[cs]e|lethal|non-lethal|war)(?: and (?:other|economic|"
    r"humanitarian|financial|security))? (?:aid|assistance|support|funding|"
    r"financing|package|loan|grant)s?|aid package|assistance package|security package|"
    r"support package|defen[cs]e package|"
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

WITHDRAW = (
    r"withdr(?:aw|ew|awn|aws|awing|awal)|pull(?:ed|s|ing)? (?:out|back)|pull-?out|"
    # "pulling 281 soldiers out of Somalia": the troops between the verb and its particle
    r"pull(?:ed|s|ing)? (?:[\w,]+ ){1,3}?(?:troops|soldiers|forces|personnel) (?:out|back)|"
    r"(?:bring|brought|bringing) (?:home|back)|recall(?:ed|s|ing)?|evacuat(?:e|ed|es|ing|ion) of"
)
RECEIVE = (
    r"receiv(?:e|ed|es|ing)|bought|buy(?:s|ing)?|purchas(?:e|ed|es|ing)|acquir(?:e|ed|es|ing)|"
    r"acquisition|import(?:ed|s|ing)?|obtain(?:ed|s|ing)?|order(?:ed|s|ing)?|procur(?:e|ed|es|ing)|"
    r"took delivery|take delivery|takes delivery|taking delivery|got|gets|use[ds]?|using|"
    r"operat(?:es|ed|ing)|flies|flown|unload(?:s|ed|ing)?|"
    # "signed a $5 billion deal for five Russian S-400 systems", "Peru signed for 24 Mi-171s"
    r"sign(?:ed|s|ing)? (?:(?:a|an|the) (?:[^\s]+ ){0,4}?(?:deal|contract|order|agreement) )?for|"
    r"fir(?:ed|ing)"
)
TRAINEES = TROOPS + r"|pilots|cadets|recruits|officers|crews|gunners"
# Recurring multinational exercises that wire copy names without "exercise" ("opened Cobra
# Gold", "taking part in RIMPAC"); only names that mean nothing else in the news
EXERCISE_NAMES = (
    r"cobra gold|rimpac|balikatan|talisman sabre|bright star|sea breeze|baltops|"
    r"trident juncture|defender europe|joint sea|kakadu|sea dragon|garuda shield|"
    r"super garuda shield|freedom shield|ulchi freedom (?:guardian|shield)|foal eagle|"
    r"key resolve|cope north|cope india|keen sword|yama sakura|cold response|"
    r"steadfast defender|saber strike|anakonda|noble partner|eager lion|african lion|"
    r"khaan quest|golden dragon|angkor sentinel|sea guardians?|slavic brotherhood|"
    r"allied resolve|union resolve|zapad(?:-\d+)?|tsentr(?:-\d+)?|kavkaz-\d+|vostok-\d+|"
    r"yudh abhyas|mitra shakti|garuda shakti|pitch black|red flag alaska|northern edge|"
    r"valiant shield|sea shield|shared destiny|aman(?:-\d+)|maritime security belt"
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
    r"refut(?:ed|es)|rebuff(?:ed|s|ing)?|turn(?:ed|s|ing)? down|nor|neither|"
    r"postpon(?:e|ed|es|ing|ement)|call(?:ed|s|ing)? off|"
    r"revok(?:e|ed|es|ing)|annul(?:led|s|ling)?|tor?e up|tearing up|no intention (?:of|to)|"
    r"scrap(?:ped|s|ping)?|drop(?:ped|s|ping)? (?:its|their|the|a|an) (?:[\w-]+ ){0,2}"
    r"(?:contracts?|orders?|deals?|purchases?|plans?)|"
    r"shelv(?:e|ed|es|ing)|axed|put on hold|on ice|in no position|not in a position|"
    r"paus(?:e|ed|es|ing)|freez(?:e|ing)|frozen|" + WITHDRAW + r"|clos(?:ed|ing|ure) (?:of|down)|"
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
    r"invad(?:e|ed|es|ing)|invasion|attack(?:ed|s|ing)?|ambush(?:ed|es|ing)?|assault|incursion|occup(?:y|ied|ation)|"
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
    r"indicated|show(?! off| up)|shows(?! off| up)|showed(?! off| up)|accused|accuses|insisted|"
    r"insists|added|noted|wrote|assessed|"
    r"assesses|assess|concluded|revealed|disclosed|acknowledged|acknowledges|admitted|admits|"
    r"denied|denies|deny|argued|argues|contended|maintained|maintains|stressed|emphasi[sz]ed|"
    r"declared|declares|tweeted|posted|posits|thinks|think|fear|fears|feared|charged|charges"
)
HEDGED_SPEECH = (
    r"claim(?:ed|s)?|alleg(?:ed|es)|accus(?:ed|es)|believe[sd]?|estimat(?:e|ed|es)|suggest(?:s|ed)?|"
    r"indicat(?:e|es|ed)|show(?:s|ed)?(?! off| up)|assess(?:ed|es)?|warn(?:ed|s)|fear(?:s|ed)?|"
    r"think|thinks|posits|charg(?:ed|es)|argu(?:ed|es)|contended"
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
