"""ARMS_TRANSFER rules: supply verbs, deals with foreign makers, purchases and receipts."""

from __future__ import annotations

import re

from app.extraction import lexicon
from app.extraction.clauses import View
from app.extraction.gazetteer import Kind, Mention
from app.extraction.rules.common import (
    AID,
    PASSIVE,
    RECEIVE,
    TROOPS,
    WEAPONS,
    Candidate,
    carrier,
    codes,
    directed,
    requests_for,
)
from app.vocabulary import TieType

SUPPLY = (
    r"suppl(?:y|ied|ies|ying)|deliver(?:ed|s|ing|y|ies)?|sen[dt]s?|sending|ship(?:ped|s|ping|"
    r"ments?)?|available|sold|sells?|selling|sales?|provid(?:e|ed|es|ing)|transferr?(?:ed|ing|s)?|"
    r"exports?|exported|exporting|re-export(?:ed|s|ing)?|g[ai]ve|given|giving|gives?|"
    r"donat(?:e|ed|es|ing)|gift(?:ed|s|ing)?|hand(?:ed|s|ing)? over|pledg(?:e|ed|es|ing)|"
    r"promis(?:e|ed|es|ing)|"
    r"approv(?:e|ed|es|ing)|offer(?:ed|s|ing)?|equip(?:ped|s|ping)?|"
    r"announc(?:e|ed|es|ing)|unveil(?:ed|s|ing)?|commit(?:ted|s|ting)?|allocat(?:e|ed|es|ing)|"
    r"grant(?:ed|s|ing)?|extend(?:ed|s|ing)?|authori[sz](?:e|ed|es|ing)|sign(?:ed|s|ing)?|"
    r"transfers?|brought|bring(?:s|ing)?|airlift(?:ed|s|ing)?|ferr(?:y|ied|ies|ying)|"
    r"leas(?:e|ed|es|ing)|lent|lend(?:s|ing)?|loan(?:ed|ing)"
)
SUPPLIER = (
    r"(?:arms|weapons?|military(?: hardware| equipment)?|defen[cs]e(?: equipment)?|hardware)"
    r"[- ](?:suppliers?|exporters?|providers?|sellers?|vendors?|clients?|customers?|buyers?)|"
    r"suppliers? of (?:arms|weapons|military (?:hardware|equipment)|defen[cs]e equipment)|"
    r"(?:main|largest|biggest|chief|principal|top|primary) source of (?:arms|weapons)"
)


_SUPPLY = lexicon.lowered(SUPPLY)
_SUPPLIED_BY = re.compile(
    r"\b(?:suppl|provid|deliver|donat|sen|ship|sold|given|export|made|built|manufactur|produc)"
    r"\w*\s+by\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_REDUCED_PASSIVE = re.compile(r"\s+by\b")
_HELP_BEFORE = re.compile(r"\bhelp(?:s|ed|ing)?\s+(?:the\s+)?[\w' ]{1,30}?\s+(?:to\s+)?$", re.I)
_DEAL_WITH = lexicon.lowered(
    r"(?:signed|signs|inked|concluded|agreed|placed|awarded|finali[sz]ed|clinched|sealed|"
    r"struck|reached)\s+(?:[^\s]+\s+){0,4}?(?:contracts?|deals?|agreements?|orders?)"
    # "signed a contract for 42 Rafale jets with France's Dassault"
    r"(?:\s+(?:for|to buy|to purchase|worth)(?:\s+[^\s,;]+){1,6}?)?\s+with"
)
# "with Russia for five S-400 systems", "with France worth $8 billion to buy 36 Rafales"
_FOR_GOODS = re.compile(
    r"\s*,?\s*(?:(?:worth|valued at|totall?ing)\s+[^,;]{1,30}?\s+)?(?:for|to (?:buy|purchase|"
    r"acquire|supply|deliver|build|produce)|on (?:the )?(?:purchase|supply|delivery|sale)|"
    r"covering)\b[^;]{0,50}?\b(?:" + lexicon.WEAPONS + r")\b",
    re.IGNORECASE,
)
# "Russia is India's largest arms supplier", "the main supplier of weapons to Nigeria"
_SUPPLIER = lexicon.lowered(SUPPLIER)
_INDUCTED = lexicon.lowered(
    r"(?:inducted|commissioned|entered service|enter service|integrated) (?:into|with|in)"
)
_SERVICE_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:[\w-]+\s+)?(?:navy|air force|army|armed forces|military|coast guard)\b",
    re.IGNORECASE,
)
_TURNED_TO = lexicon.lowered(r"(?:look|turn)(?:s|ed|ing)? to")
_FOR_WEAPONS = re.compile(
    r"\s+for\s+[^,;.]{0,50}?\b(?:" + lexicon.WEAPONS + r"|defen[cs]e (?:technology|equipment))\b",
    re.IGNORECASE,
)
_ARMS_DEALS_WITH = lexicon.lowered(
    r"(?:['’]s?\s+)?(?:arms|weapons) (?:deals?|sales?|contracts?|agreements?) with"
)
_IT = re.compile(r"\b(?:it|they|its|their)\s+(?:\w+\s+)?$")
_NEXT_GOODS = re.compile(r"\s+(?:[\w-]+\s+){1,4}?(?:and|as well as|plus)\s+(?:[\d,]+\s+|an?\s+)?")
# "Egypt's US-built jets", "its Russian-made fleet", "dependent on Russian-made equipment"
_OWNED_BY = re.compile(r"['’]s?\s+(?:(?:own|ageing|aging|fleet|of)\s+){0,2}$")
_OWNED = re.compile(
    r"\b(?:its|their|(?:dependent|reliant|relying|relies|depends|depend)\s+on)\s+"
    r"(?:(?:own|ageing|aging|mostly|largely)\s+){0,2}"
    # "its contract for 12 French-designed submarines", "their order of 36 US-built jets"
    r"(?:(?:[\w$,.-]+\s+){0,2}?(?:contract|order|deal|purchase|acquisition)\s+(?:for|of)\s+"
    r"(?:[\w$,.-]+\s+){0,2})?$",
    re.IGNORECASE,
)
_ARRIVED = lexicon.lowered(
    r"(?:has |have |had )?(?:arriv(?:ed|es|ing)|reached|landed|docked) ?(?:in|at)?"
)
# a delivery, not aircraft or ships travelling under their own power
_SHIPMENT = re.compile(
    r"\b(?:batch|shipments?|consignments?|cargo|deliver(?:y|ies)|first|last|more)\b", re.I
)
# the goods are the verb's subject: "the first batch of 24 Su-27 fighters has arrived"
_GOODS_SUBJECT = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:(?:have|has|had|were|was|also|finally)\s+)?")
_NAMED_PORT = re.compile(
    r"\s*(?:(?:at|in)\s+)?(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,3}"
    r"(?:air ?base|airport|airfield|port|harbou?r)\b"
)
_TROOPS_NEAR = re.compile(r"\b(?:troops|soldiers|servicemen|personnel|marines)\b", re.I)
# A state's own institutions, named without the state: the dateline says which
_LEGISLATURE = re.compile(
    r"\b(?:Congress|[Tt]he (?:Senate|House|administration|parliament|legislature|government|"
    r"cabinet)|[A-Z][a-z]+ administration|[Ll]awmakers|[Pp]arliament)\b"
)
_ACCESS = lexicon.lowered(r"access|landing rights|overflight")
_SAME_LIST = re.compile(
    r"^[\s,]*(?:and|as well as|plus)?\s*[\w\s,-]{0,30}?\b(?:to|for)\s+(?:the\s+)?$"
)
_SUPPLY_NOUN = re.compile(
    r"exports?|sales?|deliver(?:y|ies)|shipments?|supplies|supply|transfers?", re.IGNORECASE
)
# "arms exports", "weapons deliveries", "defence exports": goods named before the noun
_REDUCED_RELATIVE = re.compile(r"\s+(?:(?:has|have|had|will|would|now|still)\s+)?")
_GOODS_BEFORE = re.compile(
    r"\b(?:" + lexicon.WEAPONS + r"|defen[cs]e|military)[- ](?:\w+\s+)?$", re.IGNORECASE
)
_CLIENT = ("client", "clients", "customer", "customers", "buyer", "buyers")
_BUYER_OF = lexicon.lowered(
    r"(?:buyers?|importers?|customers?|clients?|purchasers?|recipients?|users?|operators?) of "
    r"(?:[\w-]+ ){1,3}?(?:arms|weapons|weaponry|military equipment|military hardware|"
    r"defen[cs]e equipment|(?:fighter )?jets|warplanes|tanks|missiles|drones|submarines|"
    r"warships|helicopters)"
)
_APPOSED_BUYER = re.compile(r",\s+(?:a|an|the|one of the|among the)\s+(?:[\w-]+\s+){0,2}$", re.I)
_PARTICIPLE = re.compile(
    r"sold|supplied|delivered|given|donated|shipped|provided|transferred|exported|sent|"
    r"handed over|pledged|promised",
    re.IGNORECASE,
)
_CLIENT_GAP = re.compile(r"(?:['’]s?)?\s+(?:[\w-]+\s+){0,3}$")
_FIRM_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:(?:state-owned|state|arms|defen[cs]e|aerospace|weapons|shipbuilding)\s+)*"
    r"(?:manufacturers?|makers?|firms?|companies|company|contractors?|industry|shipyards?|"
    r"[A-Z][\w&-]+)",
)

# "the main recipients of Chinese arms were A, B and C", "with A and B the largest buyers",
# "China's arms sales went to three countries: A, B and C": the buyers named as a list
_RECIPIENTS = lexicon.lowered(
    r"(?:recipients|buyers|customers|clients|importers|purchasers)(?: of (?:[\w-]+ ){0,3}?"
    r"(?:arms|weapons|weaponry|military equipment|military hardware|defen[cs]e equipment)"
    r"(?: [\w-]+){0,4}?)? "
    r"(?:were|are|included|include)|"
    r"(?:arms|weapons|defen[cs]e|military) (?:sales|exports|deliveries|transfers|supplies) "
    r"(?:[\w-]+ ){0,2}?went to"
)
_RECIPIENT_NOUN = lexicon.lowered(
    r"(?:the|its|their) (?:(?:main|largest|biggest|chief|top|principal|leading|major|key) )?"
    r"(?:recipients|buyers|customers|clients|importers)"
)
_WITH_LIST = re.compile(r"\bwith\s+(?:the\s+)?$")
_LIST_END = re.compile(r"\s+(?:as\s+)?")
_TO_COUNTRIES = re.compile(r"[^;:.]{0,50}:\s+(?:the\s+)?$")
_NOUN_OWNER = re.compile(r"(?:['’]s)?\s+(?:(?:arms|weapons|defen[cs]e|military)\s+)?$")


# "assured India (that) it would deliver", "told Kyiv they will send": the one told receives
_TELL = frozenset(
    {"assured", "assures", "reassured", "told", "tells", "promised", "promises", "informed"}
)
_IT_WOULD = re.compile(r"\s+(?:that\s+)?(?:it|they)\s+(?:[\w']+\s+){0,3}?")
_TO_BEFORE = re.compile(r"\s+to\s+(?:\w+\s+)?")


# "Russia accounted for 45 percent of India's arms imports", "Ukraine's arms imports from the
# US": a buyer's imports and where they come from
_IMPORTS = lexicon.lowered(r"(?:arms|weapons|defen[cs]e|military) imports")
_SHARE_OF = re.compile(
    r"\b(?:accounted for|accounts for|account for|made up|makes up|make up|supplied|"
    r"provided|represented|comprised|share of|source of)\b",
    re.IGNORECASE,
)


# Weapons whose name says who makes them: "Poland signed for 32 F-35s", "Beijing agreed to buy
# 48 more Su-27s" name the seller without naming the state (used only when no seller is named)
_MAKERS: dict[str, str] = {
    "USA": r"F-(?:4|5|1[4568])\w*|F-35\w*|F/A-18\w*|Abrams|M1A[12]\w*|HIMARS|ATACMS|Patriots?|"
    r"Javelins?|Stingers?|Apaches?|Black ?Hawks?|Chinooks?|Bradleys?|Harpoons?|Tomahawks?|"
    r"MQ-[19]\w*|Reapers?|Predators?|Global Hawks?|Strykers?|P-8\w*|Super Hornets?|"
    r"AH-64\w*|UH-60\w*|CH-47\w*|C-130\w*|Hercules|C-17s?|Ospreys?|Hueys?|Humvees?|M777s?|"
    r"M113s?|AMRAAMs?|Hellfires?|Sidewinders?|JDAMs?|THAAD",
    "RUS": r"Su-\d+\w*|MiG-\d+\w*|MiGs|Sukhois?|S-[345]00\w*|Iskanders?|T-(?:72|80|90)\w*|"
    r"BMP-\d\w*|Mi-(?:8|17|24|26|28|35|171)\w*|Ka-52s?|Pantsirs?|Kornets?|Igla\w*|Buk\w*|"
    r"Tor-M\w*|Yak-130s?|Kilo-class",
    "FRA": r"Rafales?|Mirages?|Caesars?|Exocets?|Scorp[eè]ne\w*|Leclercs?|Gowind\w*|Mistrals?",
    "DEU": r"Leopards?|Taurus|IRIS-T|Gepards?|Marders?|PzH ?2000s?|Type 2(?:09|12|14|18)\w*",
    "GBR": r"Challengers?|Storm Shadows?|Type (?:23|26|31) frigates?",
    "SWE": r"Gripens?|Archer howitzers?|CV90s?",
    "TUR": r"Bayraktars?|TB2s?|Akinci\w*",
    "IRN": r"Shaheds?|Mohajer\w*",
    "CHN": r"J-10\w*|Wing Loongs?|VT-4s?|HQ-9\w*|CH-[345] drones?",
    "PAK": r"JF-17\w*",
    "PRK": r"KN-2[345]s?",
    "IND": r"BrahMos|Tejas|Akash missiles?",
    "ISR": r"Iron Domes?|Herons?|Harops?|Harpys?|Hermes|Spike missiles?|Barak\w*|Merkavas?|"
    r"Tavors?|David's Sling",
    "KOR": r"K2 tanks?|K9\w*|FA-50s?|T-50s?|KF-21s?|Chunmoo\w*",
    "BRA": r"Super Tucanos?",
}
# Arms makers whose name says their state (not those that also sell airliners, nor names that
# are also people's): "Lockheed Martin will deliver …", "ordered from Dassault"
_FIRMS: dict[str, str] = {
    "USA": r"Lockheed(?: Martin)?|Raytheon|General Dynamics|Northrop(?: Grumman)?|Sikorsky|"
    r"Bell Textron|L3Harris",
    "RUS": r"Rosoboron[ea]xport|Almaz-Antey|Rostec|Uralvagonzavod|Sukhoi|Mikoyan",
    "FRA": r"Dassault|Naval Group|DCNS|Nexter",
    "DEU": r"Rheinmetall|Krauss-Maffei(?: Wegmann)?|KMW|ThyssenKrupp|TKMS|Diehl",
    "GBR": r"BAE Systems|British Aerospace",
    "SWE": r"Saab",
    "ESP": r"Navantia",
    "ITA": r"Fincantieri|Iveco Defence",
    "NOR": r"Kongsberg",
    "KOR": r"Hanwha(?: Aerospace)?|Hyundai Rotem|Korea Aerospace",
    "ISR": r"Elbit|Israel Aerospace|Rafael Advanced",
    "TUR": r"Baykar|Aselsan|Roketsan",
    "CHN": r"Norinco|AVIC|China Shipbuilding",
}
_FIRM = re.compile(
    r"\b(?:" + "|".join(f"(?P<{code}>{names})" for code, names in _FIRMS.items()) + r")(?!\w)"
)
# a state's own forces or government as the subject, the state named only by the dateline
_OWN_BODY = re.compile(
    r"\b(?:[Tt]he|[Ii]ts) (?:government|army|navy|air force|armed forces|military|coast guard|"
    r"defen[cs]e ministry|ministry of defen[cs]e)\s+(?:(?:has|have|had|will|would|is|was|also|"
    r"finally|formally|recently)\s+){0,2}$"
)
_LEASE = re.compile(r"leas|lent|lend|loan", re.IGNORECASE)
_USE = re.compile(r"use|using|operat|flies|flown|fir", re.IGNORECASE)  # operating is no purchase
_MAKER = re.compile(
    r"\b(?:" + "|".join(f"(?P<{code}>{names})" for code, names in _MAKERS.items()) + r")(?!\w)"
)


_CLAIMS_THAT = re.compile(
    r"(?:['’]s?)?\s+(?:(?:[A-Z][\w.-]*|intelligence|media|government|military|press)\s+)?"
    r"(?i:claims?|reports?|allegations?|accusations?|charges?|assertions?|suggestions?)\s+"
    r"that\s+(?:it|they)\s+(?:[\w-]+\s+){0,3}?"
)
_OWNS_FORCE = re.compile(r"['’]s\s+(?:army|armed forces|military|navy|air force)\b", re.I)
_ARMY_AFTER = re.compile(r"\s+(?:army|armed forces|military|navy|air force)\b", re.IGNORECASE)
_HELPED = frozenset({"help", "strengthen", "bolster", "reinforce", "arm"})


_ENDS_CONTRACT = re.compile(
    r"\b(?:tear(?:s|ing)? up|tore up|torn up|cancel(?:s|led|ed|ling|ing)?|scrap(?:s|ped|ping)?|"
    r"terminat(?:e|es|ed|ing)|abandon(?:s|ed|ing)?|ditch(?:es|ed|ing)?|axe[ds]?|axing)\s+$",
    re.IGNORECASE,
)
_CONTRACT = re.compile(r"\b(?:contract|order|deal|purchase|acquisition)\b", re.IGNORECASE)


# "the submarine deal with France", "India's Rafale deal with France", "Turkey's S-400 contract"
_DEAL_NOUN = lexicon.lowered(r"(?:deal|contract|order|purchase)s?")
_GENERIC_GOODS = re.compile(
    r"(?:arms|weapons?|weaponry|military|defen[cs]e|equipment|hardware|munitions)", re.IGNORECASE
)
_GOODS_GAP = re.compile(r"\s+(?:[\w-]+\s+)?")
_DEAL_OWNER = re.compile(r"['’]s\s+(?:[\w$.,-]+\s+){0,3}?$")


# a buyer in a gapped list, its number right after it: ", Slovakia nine Bell 429s and Greece five"
_GAPPED = re.compile(
    r"\s+(?:up to\s+|another\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|a dozen|dozens|several|some)\b",
    re.IGNORECASE,
)
_GAP_BEFORE = re.compile(r"(?:,|\band)\s+(?:the\s+)?$")


def _object(view: View, verb: re.Match[str], mention: Mention) -> bool:
    """A recipient without a preposition is the verb's first object ("supplied Russia with")."""
    return len(view.text[verb.end() : mention.start].split()) <= 4


def read_transfers(view: View) -> list[Candidate]:
    """Supply and purchase verbs, deals with suppliers, supplier roles."""
    out: list[Candidate] = []
    if not (view.finditer(WEAPONS) or view.finditer(AID) or view.finditer(_SUPPLIER)):
        return out  # every rule here needs goods, aid or a supplier named
    text = view.text
    for verb in view.finditer(_SUPPLY):
        lo, hi = view.clause(verb.start())
        aid = view.search(AID, verb.end(), hi)
        weapon = view.search(WEAPONS, verb.end(), hi)
        passive = not verb.group().lower().endswith("ing") and (
            PASSIVE.search(text, max(lo, verb.start() - 20), verb.start()) is not None
            or _REDUCED_PASSIVE.match(text, verb.end()) is not None
        )
        if passive and weapon is None:
            weapon = view.search(WEAPONS, lo, verb.start())
        if weapon is None and _SUPPLY_NOUN.fullmatch(verb.group()):
            # "arms exports to Saudi Arabia", "weapons deliveries to Kyiv"; the goods before the
            # noun name the kind even when aid is named later ("arms sales to A and aid to B")
            weapon = _GOODS_BEFORE.search(text, max(lo, verb.start() - 40), verb.start())
        if weapon is None and aid is None:
            # "the $1.3 billion in military aid Washington gives Cairo": a reduced relative
            giver = view.before(verb.start(), max(lo, verb.start() - 30))[-1:]
            if giver and _REDUCED_RELATIVE.fullmatch(text, giver[0].end, verb.start()):
                start = giver[0].start
                aid = next((a for a in view.finditer(AID, lo, start) if start - a.end() < 3), None)
                weapon = next(
                    (w for w in view.finditer(WEAPONS, lo, start) if start - w.end() < 3), None
                )
        if weapon is None and aid is None and _PARTICIPLE.fullmatch(verb.group()):
            # "Turkish drones sold to Ethiopia": goods right before the participle
            goods = [
                w for w in view.finditer(WEAPONS, lo, verb.start()) if verb.start() - w.end() < 3
            ]
            if goods:
                weapon, passive = goods[-1], True
        if weapon is None and aid is None:
            continue
        if weapon is not None and TROOPS.match(view.lower, weapon.start()) is not None:
            continue
        if view.search(_ACCESS, verb.end(), hi):
            continue  # "give US ships and aircraft access to its bases": basing, not a sale
        named_first = weapon is not None and (aid is None or weapon.start() < aid.start())
        if aid is not None and aid.group().startswith("lethal"):
            named_first = True  # "lethal aid" is arms
        kind = TieType.ARMS_TRANSFER if named_first else TieType.MILITARY_AID
        after = view.after(verb.end(), hi)
        by = [m for m in after if view.prep(m) == "by"]
        suppliers = by if passive else view.subject(verb.start(), lo)
        if suppliers and _CLAIMS_THAT.fullmatch(text, suppliers[-1].end, verb.start()):
            # "North Korea dismissed U.S. claims that it is supplying Russia": the one accused,
            # not the one claiming, supplies
            suppliers = [m for m in view.subject(suppliers[0].start, lo) if m not in suppliers]
        if passive and not by:  # "Turkish drones sold to Ethiopia", "US-made jets delivered to"
            suppliers = [m for m in view.before(verb.start(), lo) if view.weapon_owner(m)][-1:]
        makers = [m for m in after if view.made_in(m)][:1]
        if makers and _SUPPLY_NOUN.fullmatch(verb.group()):
            suppliers = makers  # "protested the delivery of US-made missiles to Taiwan"
        if not suppliers:
            suppliers = [
                m
                for m in after
                if view.weapon_owner(m) and not _ARMY_AFTER.match(text, m.end)  # "the Colombian
            ][:1]  # army 18 helicopters": the army's state receives them
        if not suppliers and view.venue and _LEGISLATURE.search(text, lo, verb.start()):
            # "WASHINGTON - Congress approved a $1.3 billion aid package for Colombia"
            suppliers = [Mention(0, 0, view.venue, Kind.NAME)]
        recipients = [
            m
            for m in after
            if (
                # "signed for 24 Russian helicopters": the goods' maker, not their recipient
                (view.prep(m) in {"to", "for"} and not view.weapon_owner(m))
                # "the sale of ten helicopters to strengthen Colombia"
                or view.word_before(m) in _HELPED
                or (view.prep(m) is None and not view.weapon_owner(m) and _object(view, verb, m))
            )
            and m not in by
        ][:1]
        if recipients:
            first = recipients[0]
            recipients = view.group_after(first, hi)
            # "sell 20 fighters to Vietnam and 16 to Algeria", "F-35s for the UAE and munitions
            # for Saudi Arabia": every "to" (or "for") of the same verb
            for m in after:
                if (
                    m.start > recipients[-1].end
                    and view.prep(m) == view.prep(first)
                    and view.prep(m) in {"to", "for"}
                    and _SAME_LIST.match(text[recipients[-1].end : m.start])
                ):
                    recipients.append(m)
        rule = "transfer.supply"
        if not recipients and not passive and _LEASE.match(verb.group()):
            # "India leased a nuclear submarine from Russia": the lessee is the subject
            lessors = [m for m in after if view.prep(m) == "from"][:1]
            if lessors:
                recipients, suppliers = suppliers, lessors
        if not recipients and not passive:
            tellers, told = _told(view, verb.start(), lo)
            if tellers:
                # "Russia assured India it would deliver the last S-400s": the one told is
                # the recipient, the one telling the supplier
                recipients, suppliers, rule = told, tellers, "transfer.told"
        if not suppliers and not passive:
            # "the deal calls for Russia to supply 24 jets to Egypt"
            suppliers = [
                m
                for m in view.before(verb.start(), max(lo, verb.start() - 40))
                if view.prep(m) == "for" and _TO_BEFORE.fullmatch(text, m.end, verb.start())
            ][-1:]
        seller_codes = codes(suppliers)
        if (
            not seller_codes
            and recipients
            and weapon is not None
            and (passive or _SUPPLY_NOUN.fullmatch(verb.group()))
        ):
            # "delivery of the S-400 to Turkey began", "the first F-16s were delivered to
            # Romania": the name says who makes them
            named = _MAKER.search(text, max(lo, weapon.start() - 30), min(hi, weapon.end() + 30))
            if named is not None and named.lastgroup:
                seller_codes, rule = [named.lastgroup], "transfer.maker_named"
        if not seller_codes and recipients and weapon is not None and not passive:
            # "Lockheed Martin will deliver 32 jets to Bulgaria": a maker as the subject
            named = _FIRM.search(text, lo, verb.start())
            if named is not None and named.lastgroup:
                seller_codes, rule = [named.lastgroup], "transfer.maker_named"
        if set(seller_codes) == set(codes(recipients)):
            continue  # "embargoes on A and B … exports to both countries": no seller named
        out += directed(kind, seller_codes, codes(recipients), verb.span(), rule=rule)
    for deal in view.finditer(_DEAL_WITH):
        # "Poland signed agreements with South Korean manufacturers for 980 K2 tanks"
        lo, hi = view.clause(deal.start())
        if view.search(WEAPONS, deal.start(), hi) is None:
            continue
        sellers = [m for m in view.after(deal.end(), hi) if view.prep(m) == "with"][:1]
        firm = _FIRM.match(text, deal.end() + 1) if not sellers else None
        if firm is not None and firm.lastgroup:
            # "Poland signed a contract with Hanwha for 212 K9 howitzers"
            out += directed(
                TieType.ARMS_TRANSFER,
                [firm.lastgroup],
                codes(view.subject(deal.start(), lo)),
                deal.span(),
                rule="transfer.maker_named",
            )
            continue
        if not sellers:
            continue
        if (
            not _FIRM_AFTER.match(text, sellers[0].end)
            and not _FOR_GOODS.match(text, sellers[0].end, hi)
            and view.search(WEAPONS, deal.start(), deal.end()) is None
        ):
            continue  # "signed a deal with Russia on space research … and bought tanks"
        buyers = view.subject(deal.start(), lo)
        out += directed(
            TieType.ARMS_TRANSFER,
            codes(sellers),
            codes(buyers),
            deal.span(),
            rule="transfer.deal_with_maker",
        )
    for verb in view.finditer(RECEIVE):
        lo, hi = view.clause(verb.start())
        aid = view.search(AID, verb.end(), hi)
        weapon = view.search(WEAPONS, verb.end(), hi) or view.search(
            WEAPONS, max(lo, verb.start() - 40), verb.start()
        )  # "the FK-3 air-defence system it bought from China"
        passive = not verb.group().lower().endswith("ing") and (  # "are using": progressive
            PASSIVE.search(text, max(lo, verb.start() - 20), verb.start()) is not None
            # "the Gripens ordered by Thailand from Sweden": a reduced passive
            or _REDUCED_PASSIVE.match(text, verb.end()) is not None
        )
        if passive and not verb.group().lower().startswith("use"):
            # "helicopters given by the US were received by the Kenya Defence Forces"
            buyers = [m for m in view.after(verb.end(), hi) if view.prep(m) == "by"][:1]
            sellers = [
                m
                for m in view.before(verb.start(), lo)
                if view.weapon_owner(m)
                or (
                    view.prep(m) == "by"
                    and _SUPPLIED_BY.search(text, max(0, m.start - 40), m.start)
                )
            ][-1:] or [m for m in view.after(verb.end(), hi) if view.prep(m) == "from"][:1]
            out += directed(
                TieType.ARMS_TRANSFER,
                codes(sellers),
                codes(buyers),
                verb.span(),
                rule="transfer.received_by",
            )
            continue
        if passive:
            # "Iranian drones have been used by Russian forces"
            users = [m for m in view.after(verb.end(), hi) if view.prep(m) == "by"][:1]
            makers = [m for m in view.before(verb.start(), lo) if view.weapon_owner(m)][-1:]
            out += directed(
                TieType.ARMS_TRANSFER,
                codes(makers),
                codes(users),
                verb.span(),
                rule="transfer.used_by",
            )
            continue
        if weapon is None and aid is None:
            continue
        kind = TieType.MILITARY_AID if aid is not None else TieType.ARMS_TRANSFER
        after = view.after(verb.end(), hi)
        suppliers = [
            m
            for m in after
            if view.prep(m) == "from"
            or (view.prep(m) == "by" and _SUPPLIED_BY.search(text, max(0, m.start - 40), m.start))
        ][:1]
        if suppliers and view.prep(suppliers[0]) == "from":
            # "submarines from the United States and Britain": every seller of the list
            suppliers = view.group_after(suppliers[0], hi)
            # "from Britain, and Peru's navy …": a force's owner starts a clause of its own
            suppliers = suppliers[:1] + [
                m for m in suppliers[1:] if not _OWNS_FORCE.match(view.text, m.end)
            ]
        if not suppliers:
            suppliers = [
                m
                for m in after
                if view.weapon_owner(m)
                # "US military aid": the state right before the aid noun gives it
                or (aid and (m.kind is Kind.DEMONYM or 0 < aid.start() - m.end <= 2))
            ][:1]
            # "150 American F-16s and 60 French Mirages": each maker of the goods listed
            suppliers += [
                m
                for m in after
                if suppliers
                and m.start > suppliers[-1].end
                and view.weapon_owner(m)
                and _NEXT_GOODS.fullmatch(text, suppliers[-1].end, m.start)
            ]
        if not suppliers:  # "the Chinese air-defence system it bought"
            suppliers = [m for m in view.before(verb.start(), lo) if view.weapon_owner(m)][-1:]
        recipients = [m for m in view.subject(verb.start(), lo) if m not in suppliers]
        if not recipients and view.venue and _OWN_BODY.search(text, lo, verb.start()):
            # "HANOI - The navy took delivery of two Russian-built submarines": the dateline's
            recipients = [Mention(0, 0, view.venue, Kind.NAME)]
        maker = None
        if not suppliers and weapon is not None and not _USE.match(verb.group()):
            # "Beijing agreed to buy up to 48 more Su-27s": the name says who makes them
            if weapon.start() < verb.start():  # "the F-35 fighters it ordered"
                named = _MAKER.search(text, max(lo, weapon.start() - 30), verb.start())
            else:
                named = _MAKER.search(text, verb.end(), min(hi, verb.end() + 80)) or _FIRM.search(
                    text, verb.end(), min(hi, verb.end() + 80)
                )  # "ordered 12 patrol boats from Naval Group"
            maker = named.lastgroup if named else None
        if not recipients and _IT.search(text, max(0, verb.start() - 12), verb.start()):
            # "Serbia displayed the Chinese system it bought": it is the sentence's subject,
            # or the subject after the last semicolon
            floor = text.rfind(";", 0, verb.start()) + 1
            leading = [m for m in view.before(verb.start(), floor) if view.prep(m) is None]
            recipients = [m for m in leading if m not in suppliers][:1]
        helped = _HELP_BEFORE.search(text, max(lo, verb.start() - 40), verb.start())
        if helped and recipients and not suppliers:
            # "Washington and London will help Canberra acquire submarines"
            suppliers = view.subject(helped.start(), lo)
        gapped = _gapped(view, verb.end(), hi) if recipients else {}
        if gapped:
            # "Kenya could buy 12 helicopters, Slovakia nine and Greece five": the verb gapped;
            # "…, and Vietnam two frigates from Russia": a gapped buyer's own seller
            main = [maker] if maker else codes(m for m in suppliers if m not in gapped)
            for buyer, own in gapped.items():
                out += directed(
                    kind, codes(own) or main, [buyer.code], verb.span(), rule="transfer.gapped"
                )
            sellers_own = {m for own in gapped.values() for m in own}
            suppliers = [m for m in suppliers if m not in gapped and m not in sellers_own]
            if not suppliers and maker is None:  # "India bought 36 Rafales, and Pakistan …"
                named = _MAKER.search(text, verb.end(), next(iter(gapped)).start)
                maker = named.lastgroup if named else None
        if maker is not None and recipients:
            out += directed(
                kind, [maker], codes(recipients), verb.span(), rule="transfer.maker_named"
            )
            continue
        out += directed(
            kind, codes(suppliers), codes(recipients), verb.span(), rule="transfer.receive"
        )
    for answer, asker, start, end in requests_for(view, WEAPONS):
        if view.search(TROOPS, start, min(len(text), end + 30)) is None:
            # "Berlin turned down Kyiv's request for Taurus missiles" (troops asked: a deployment)
            out += directed(
                TieType.ARMS_TRANSFER, answer, [asker], (start, end), rule="transfer.request"
            )
    out += _arrivals(view)
    out += _supplier_roles(view)
    out += _buyers_of(view)
    out += _possessed(view)
    out += _deals_with(view)
    out += _inducted(view)
    out += _turned_to(view)
    out += _recipients_listed(view)
    out += _imports(view)
    out += _weapon_deals(view)
    return out


def _arrivals(view: View) -> list[Candidate]:
    """Goods arriving: "the first Su-27s have arrived in China from Russia", "a shipment of
    American Javelins reached Kyiv"; the maker is the one they came from."""
    out: list[Candidate] = []
    lower = view.lower
    if not ("arriv" in lower or "reached" in lower or "landed" in lower or "docked" in lower):
        return out  # the common case: four substring tests instead of a scan
    for verb in view.finditer(_ARRIVED):
        lo, hi = view.clause(verb.start())
        goods = view.finditer(WEAPONS, max(lo, verb.start() - 70), verb.start())
        if not goods or not _GOODS_SUBJECT.fullmatch(view.text, goods[-1].end(), verb.start()):
            continue
        after = view.after(verb.end(), hi)
        places = [m for m in after if view.prep(m) in {"in", "at", "to", None}][:1]
        came_from = [m for m in after if view.prep(m) == "from"][:1]
        if not places and view.venue and _NAMED_PORT.match(view.text, verb.end()):
            places = [Mention(0, 0, view.venue, Kind.NAME)]  # "TRIPOLI - … at Mitiga airport"
        carried = carrier(view, goods[-1].start())
        if carried is None and verb.group().lower().startswith(("land", "dock")):
            continue  # aircraft and ships land or dock on their own: a visit
        if carried is not None:
            came_from = [carried]  # "Egyptian planes carrying weapons landed at Mogadishu"
        elif not came_from and not _SHIPMENT.search(
            view.text, max(lo, verb.start() - 70), verb.start()
        ):
            continue  # "two Russian bombers arrived in Caracas": a visit
        sources = (
            came_from
            or [
                m
                for m in view.before(goods[-1].end(), max(lo, verb.start() - 70))
                if view.weapon_owner(m)
            ][-1:]
        )
        if _TROOPS_NEAR.search(view.text, max(lo, verb.start() - 70), verb.start()):
            continue  # "planes carrying soldiers and equipment landed": a deployment
        out += directed(
            TieType.ARMS_TRANSFER,
            codes(sources),
            codes(places),
            verb.span(),
            rule="transfer.arrived",
        )
    return out


def _inducted(view: View) -> list[Candidate]:
    """Foreign-made weapons entering a state's forces: "Pakistani-built JF-17s were inducted into
    the Nigerian Air Force", "Chinese frigates were commissioned into the Pakistani navy"."""
    out: list[Candidate] = []
    for verb in view.finditer(_INDUCTED):
        lo, hi = view.clause(verb.start())
        if view.search(WEAPONS, lo, verb.start()) is None:
            continue
        makers = [m for m in view.before(verb.start(), lo) if view.weapon_owner(m)][-1:]
        forces = [m for m in view.after(verb.end(), hi) if view.owns(m, _SERVICE_AFTER)][:1]
        out += directed(
            TieType.ARMS_TRANSFER,
            codes(makers),
            codes(forces),
            verb.span(),
            rule="transfer.inducted",
        )
    return out


def _turned_to(view: View) -> list[Candidate]:
    """A buyer turning to suppliers: "New Delhi has looked to France, Israel and the United
    States for fighter aircraft", "Serbia turned to China for drones"."""
    out: list[Candidate] = []
    for verb in view.finditer(_TURNED_TO):
        lo, hi = view.clause(verb.start())
        first = [m for m in view.after(verb.end(), hi) if m.start - verb.end() < 6][:1]
        if not first:
            continue
        sellers = view.group_after(first[0], hi)
        goods = _FOR_WEAPONS.match(view.text, sellers[-1].end)
        if goods is None:
            continue
        out += directed(
            TieType.ARMS_TRANSFER,
            codes(sellers),
            codes(view.subject(verb.start(), lo)),
            verb.span(),
            rule="transfer.turned_to",
        )
    return out


def _deals_with(view: View) -> list[Candidate]:
    """A seller's arms deals named with their buyers: "US arms deals with Saudi Arabia and the
    UAE", "Russia's arms contracts with Algeria"."""
    out: list[Candidate] = []
    for deal in view.finditer(_ARMS_DEALS_WITH):
        lo, hi = view.clause(deal.start())
        sellers = [
            m for m in view.before(deal.start(), lo) if m.end >= deal.start() - 3 and not m.is_org
        ]
        buyers = [m for m in view.after(deal.end(), hi) if view.prep(m) == "with"][:1]
        if not sellers or not buyers:
            continue
        out += directed(
            TieType.ARMS_TRANSFER,
            [sellers[-1].code],
            codes(view.group_after(buyers[0], hi)),
            deal.span(),
            rule="transfer.deals_with",
        )
    return out


def _possessed(view: View) -> list[Candidate]:
    """Weapons a state owns, named by their maker: "Egypt's US-built F-16s", "its Russian-made
    MiGs", "long dependent on Russian-made equipment"."""
    out: list[Candidate] = []
    text = view.text
    for maker in view.mentions:
        if not view.weapon_owner(maker):
            continue
        lo, _ = view.clause(maker.start)
        before = text[max(lo, maker.start - 40) : maker.start]
        owners: list[Mention] = []
        if own := _OWNED_BY.search(before):
            start = maker.start - len(before) + own.start()
            owners = [m for m in view.mentions if m.end == start and m.code != maker.code]
        elif owned := _OWNED.search(before):
            # "its": the clause's subject, the first state it names outside a preposition
            owners = [
                m
                for m in view.before(maker.start, lo)
                if view.prep(m) is None and m.code != maker.code
            ][:1]
            start = maker.start - len(before) + owned.start()
            # "will tear up its contract for French-designed boats": the contract ends
            ended = _ENDS_CONTRACT.search(text, max(lo, start - 30), start) is not None
            out += directed(
                TieType.ARMS_TRANSFER,
                [maker.code],
                codes(owners),
                (maker.start, maker.end),
                rule="transfer.possessed",
                reversed=ended and _CONTRACT.search(owned.group()) is not None,
            )
            continue
        out += directed(
            TieType.ARMS_TRANSFER,
            [maker.code],
            codes(owners),
            (maker.start, maker.end),
            rule="transfer.possessed",
        )
    return out


def _buyers_of(view: View) -> list[Candidate]:
    """A state named a buyer of another's weapons: "Saudi Arabia is the biggest buyer of British
    arms", "Algeria, among the largest importers of Russian weapons"."""
    out: list[Candidate] = []
    for noun in view.finditer(_BUYER_OF):
        lo, _ = view.clause(noun.start())
        makers = [m for m in view.after(noun.start(), noun.end()) if view.weapon_owner(m)][:1]
        if not makers:
            continue
        head = _APPOSED_BUYER.search(view.text, max(lo, noun.start() - 60), noun.start())
        if head is not None:
            buyers = [m for m in view.mentions if m.end == head.start() and not m.is_org]
        else:
            buyers = view.subject(noun.start(), lo)
        out += directed(
            TieType.ARMS_TRANSFER,
            codes(makers),
            codes(b for b in buyers if b is not makers[0]),
            noun.span(),
            rule="transfer.supplier_role",
        )
    return out


def _supplier_roles(view: View) -> list[Candidate]:
    """A state named as another's arms supplier (or the recipient as its client)."""
    out: list[Candidate] = []
    text = view.text
    for noun in view.finditer(_SUPPLIER):
        lo, hi = view.clause(noun.start())
        owners = [
            m
            for m in view.before(noun.start(), max(lo, noun.start() - 50))
            if _CLIENT_GAP.match(text, m.end, noun.start())
        ][-1:]
        if owners and noun.group().lower().endswith(_CLIENT):
            # "India, Russia's biggest arms client": the owner is the supplier
            buyers = (
                view.subject(owners[0].start, lo)
                or [m for m in view.after(noun.end(), hi) if view.prep(m) is None][:1]
            )
            out += directed(
                TieType.ARMS_TRANSFER,
                [owners[0].code],
                codes(b for b in buyers if b is not owners[0]),
                noun.span(),
                rule="transfer.supplier_role",
            )
            continue
        if noun.group().lower().endswith(_CLIENT):
            # "Egypt is one of the biggest arms clients of France"
            sellers = [m for m in view.after(noun.end(), hi) if view.prep(m) in {"of", "for"}][:1]
            buyers = view.subject(noun.start(), lo)
            out += directed(
                TieType.ARMS_TRANSFER,
                codes(sellers),
                codes(buyers),
                noun.span(),
                rule="transfer.supplier_role",
            )
            continue
        recipients = (
            owners
            or [m for m in view.after(noun.end(), hi) if view.prep(m) in {"to", "of", "for"}][:1]
        )
        if not recipients:
            continue
        floor = recipients[0].start if owners else noun.start()
        suppliers = [m for m in view.subject(floor, lo) if m is not recipients[0]]
        if not suppliers:
            suppliers = [
                m for m in view.after(noun.end(), hi) if view.prep(m) is None and m not in owners
            ][:1]
        out += directed(
            TieType.ARMS_TRANSFER,
            codes(suppliers),
            codes(recipients),
            noun.span(),
            rule="transfer.supplier_role",
        )
    return out


def _seller_before(view: View, pos: int) -> list[Mention]:
    """The seller a sentence named before `pos`: the subject of the last supply verb ("Russia
    sold arms to 45 countries") or the owner of the last supply noun ("China's arms sales")."""
    for verb in reversed(view.finditer(_SUPPLY, 0, pos)):
        lo, _ = view.clause(verb.start())
        if (
            view.search(WEAPONS, verb.start(), pos) is None
            and view.search(AID, verb.start(), pos) is None
        ):
            continue
        if _SUPPLY_NOUN.fullmatch(verb.group()):
            owners = [
                m
                for m in view.before(verb.start(), max(0, verb.start() - 30))
                if _NOUN_OWNER.fullmatch(view.text, m.end, verb.start())
            ]
            if owners:
                return owners[-1:]
            continue
        return view.subject(verb.start(), lo)
    return []


def _recipients_listed(view: View) -> list[Candidate]:
    """Buyers named as a list after the sale: "the main recipients of Chinese arms were A, B and
    C", "China's arms sales went to three countries: A, B and C", "Moscow supplied arms to
    developing countries, with A, B and C the main recipients"."""
    out: list[Candidate] = []
    lower = view.lower
    if not (
        "recipients" in lower
        or "buyers" in lower
        or "customers" in lower
        or "clients" in lower
        or "importers" in lower
        or "went to" in lower
    ):
        return out
    text = view.text
    for noun in view.finditer(_RECIPIENTS):
        if noun.group().endswith("went to"):
            # "China's arms sales went to three countries: Pakistan, …" (a plain "went to
            # Pakistan" is the supply noun's own "to")
            first = view.after(noun.end(), len(text))[:1]
            if not first or not _TO_COUNTRIES.fullmatch(text, noun.end(), first[0].start):
                continue
            sellers = [
                m
                for m in view.before(noun.start(), max(0, noun.start() - 30))
                if _NOUN_OWNER.fullmatch(text, m.end, noun.start())
            ][-1:]
        else:
            first = view.after(noun.end(), noun.end() + 15)[:1]
            if not first:
                continue
            # "of Chinese arms", "of US weapons": the maker inside the noun
            sellers = [m for m in view.after(noun.start(), noun.end()) if not m.is_org][
                :1
            ] or _seller_before(view, noun.start())
        buyers = view.group_after(first[0], len(text))
        out += directed(
            TieType.ARMS_TRANSFER,
            codes(sellers),
            codes(buyers),
            noun.span(),
            rule="transfer.recipients_listed",
        )
    for noun in view.finditer(_RECIPIENT_NOUN):
        # "…, with Syria, Iraq and South Yemen the main recipients"
        lo, _ = view.clause(noun.start())
        group: list[Mention] = []
        for m in view.before(noun.start(), max(lo, noun.start() - 100)):
            if _WITH_LIST.search(text, max(0, m.start - 12), m.start):
                group = view.group_after(m, noun.start())
                break
        if not group or not _LIST_END.fullmatch(text, group[-1].end, noun.start()):
            continue
        out += directed(
            TieType.ARMS_TRANSFER,
            codes(_seller_before(view, group[0].start)),
            codes(group),
            noun.span(),
            rule="transfer.recipients_listed",
        )
    return out


def _told(view: View, verb: int, lo: int) -> tuple[list[Mention], list[Mention]]:
    """(X, Y) of "X assured / told Y (that) it would deliver …" before the verb at `verb`."""
    last = view.before(verb, lo)[-1:]
    if (
        not last
        or view.word_before(last[0]) not in _TELL
        or not _IT_WOULD.fullmatch(view.text, last[0].end, verb)
    ):
        return [], []
    return [m for m in view.subject(last[0].start - 1, lo) if m is not last[0]], last


def _imports(view: View) -> list[Candidate]:
    """A buyer's arms imports and their source: "Russia accounted for 45 percent of India's arms
    imports", "Ukraine's arms imports from the United States and Germany"."""
    out: list[Candidate] = []
    if "imports" not in view.lower:
        return out
    text = view.text
    for noun in view.finditer(_IMPORTS):
        lo, hi = view.clause(noun.start())
        buyers = [
            m
            for m in view.before(noun.start(), max(lo, noun.start() - 20))
            if not m.is_org and _NOUN_OWNER.fullmatch(text, m.end, noun.start())
        ][-1:]
        if not buyers:
            continue
        sellers = [m for m in view.after(noun.end(), hi) if view.prep(m) == "from"][:1]
        if sellers:
            sellers = view.group_after(sellers[0], hi)
        else:
            subject = view.subject(buyers[0].start, lo)
            if subject and _SHARE_OF.search(text, subject[-1].end, buyers[0].start):
                sellers = subject
        out += directed(
            TieType.ARMS_TRANSFER,
            codes(sellers),
            codes(buyers),
            noun.span(),
            rule="transfer.imports",
        )
    return out


# a purchase word, looked for before the costlier name scan
_BUY_STEMS = (
    "bought",
    "buy",
    "order",
    "purchas",
    "acqui",
    "deliver",
    "receiv",
    "signed",
    "suppl",
    "sell",
    "sold",
)


def maker_hint(text: str) -> bool:
    """Whether a sentence that names one state buys a weapon whose name says who makes it
    ("Poland ordered 32 F-35s"): the maker is the second party, and the sentence is worth
    reading."""
    lower = text.lower()
    return any(stem in lower for stem in _BUY_STEMS) and (
        _MAKER.search(text) is not None or _FIRM.search(text) is not None
    )


def _weapon_deals(view: View) -> list[Candidate]:
    """A deal named by its weapon: "Canberra cancelled the submarine deal with France", "India's
    Rafale deal with France", "Turkey's S-400 contract". The seller is the weapon's maker (its
    name or a maker's adjective), else the state the deal is "with" when the buyer is the
    clause's subject; a deal whose sides cannot be told apart is left unread."""
    out: list[Candidate] = []
    text = view.text
    for noun in view.finditer(_DEAL_NOUN):
        lo, hi = view.clause(noun.start())
        goods = [
            w
            for w in view.finditer(WEAPONS, max(lo, noun.start() - 40), noun.start())
            if _GOODS_GAP.fullmatch(text, w.end(), noun.start())
        ][-1:]
        if not goods or _GENERIC_GOODS.fullmatch(goods[0].group()):
            continue  # "arms deals with" is `transfer.deals_with`
        start = goods[0].start()
        named = _MAKER.search(text, max(lo, start - 25), noun.start())
        makers = [named.lastgroup] if named and named.lastgroup else []
        if not makers:
            makers = codes(
                m for m in view.before(start, max(lo, start - 25)) if view.weapon_owner(m)
            )[-1:]
        partners = [m for m in view.after(noun.end(), hi) if view.prep(m) == "with"][:1]
        partners = view.group_after(partners[0], hi) if partners else []
        owners = [
            m
            for m in view.before(start, max(lo, start - 40))
            if not m.is_org and _DEAL_OWNER.fullmatch(text, m.end, start)
        ][-1:]
        if makers:
            buyers = [*owners, *partners] or view.subject(noun.start(), lo)
            sellers = makers
        elif partners and not owners:
            buyers, sellers = view.subject(noun.start(), lo), codes(partners)
        else:
            continue
        out += directed(
            TieType.ARMS_TRANSFER,
            sellers,
            [c for c in codes(buyers) if c not in sellers],
            noun.span(),
            rule="transfer.weapon_deal",
        )
    return out


def _gapped(view: View, start: int, hi: int) -> dict[Mention, list[Mention]]:
    """Buyers of a gapped list after a purchase verb, each with the sellers it names itself:
    ", Slovakia nine Bell 429s and Greece five", ", and Vietnam two frigates from Russia"."""
    found = [
        m
        for m in view.after(start, hi)
        if view.prep(m) is None
        and _GAPPED.match(view.text, m.end)
        and _GAP_BEFORE.search(view.text, max(0, m.start - 6), m.start)
    ]
    out: dict[Mention, list[Mention]] = {}
    for i, buyer in enumerate(found):
        end = found[i + 1].start if i + 1 < len(found) else hi
        own = [m for m in view.after(buyer.end, end) if view.prep(m) == "from"][:1]
        out[buyer] = view.group_after(own[0], end) if own else []
    return out
