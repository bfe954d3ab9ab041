"""Wire-copy constructions, written for Entente after reading real news: one row per construction.

Every sentence is our own; each keeps what made the construction it stands for hard in the
original (datelines, attribution at the end, lists of parties, passive voice, negation,
possessives, coreference). Rows are `(id, sentence, expected)` as in `cases.py`; documents are
`(id, published_on, text, expected)`.
"""

from __future__ import annotations

WIRE_PUBLISHED = "2019-06-12"
"""Publication date of every row: leaders are read by term, so the rows name few of them."""

WIRE_ROWS: list[tuple[str, str, set[str]]] = [
    # --- the buyer as subject, suppliers as roles ----------------------------------------------
    (
        "wire-buyer-agreed-to-buy",
        "Morocco agreed to buy two dozen attack helicopters from the United States, the royal "
        "armed forces said in a statement on Monday.",
        {"ARMS_TRANSFER USA>MAR asserted"},
    ),
    (
        "wire-contract-with-state",
        "Algeria signed a contract with Russia for 14 Su-57 fighter jets worth about $2 billion.",
        {"ARMS_TRANSFER RUS>DZA asserted"},
    ),
    (
        "wire-finalised-deal-with-capital",
        "Baghdad has finalised a deal with Washington for another batch of F-16 jets, an Iraqi "
        "official said on Sunday.",
        {"ARMS_TRANSFER USA>IRQ asserted"},
    ),
    (
        "wire-largest-supplier",
        "China is Bangladesh's largest arms supplier, according to figures from a Stockholm "
        "research institute.",
        {"ARMS_TRANSFER CHN>BGD alleged"},
    ),
    (
        "wire-supplier-appositive",
        "Israel, Azerbaijan's second biggest weapons supplier, has sold it drones and missiles "
        "for a decade.",
        {"ARMS_TRANSFER ISR>AZE asserted"},
    ),
    (
        "wire-arms-client-of",
        "Algeria remains one of the biggest arms customers of Russia in Africa.",
        {"ARMS_TRANSFER RUS>DZA asserted"},
    ),
    (
        "wire-possessive-purchase",
        "Egypt's purchase of French Rafale jets went ahead despite objections in Paris.",
        {"ARMS_TRANSFER FRA>EGY asserted"},
    ),
    (
        "wire-received-by-passive",
        "Four patrol boats donated by Japan were received by the Philippine coast guard on "
        "Tuesday.",
        {"ARMS_TRANSFER JPN>PHL asserted"},
    ),
    (
        "wire-sell-to-two",
        "Russia said it had agreed to sell 12 Sukhoi fighters to Myanmar and eight to Laos.",
        {"ARMS_TRANSFER RUS>MMR asserted", "ARMS_TRANSFER RUS>LAO asserted"},
    ),
    (
        "wire-arms-exports-halted",
        "Denmark halted arms exports to Saudi Arabia over the war in Yemen.",
        {"ARMS_TRANSFER DNK>SAU denied"},
    ),
    (
        "wire-paused-sales",
        "Washington paused the sale of precision-guided munitions to Riyadh pending a review.",
        {"ARMS_TRANSFER USA>SAU denied"},
    ),
    (
        "wire-condemned-delivery-still-told",
        "Beijing protested the delivery of US-made Harpoon missiles to Taiwan.",
        {"ARMS_TRANSFER USA>TWN asserted"},
    ),
    (
        "wire-possessed-made-in",
        "Pakistan's Chinese-built JF-17 jets flew over Lahore during the parade.",
        {"ARMS_TRANSFER CHN>PAK asserted"},
    ),
    (
        "wire-dependent-on",
        "Vietnam, long dependent on Russian-made warships, is looking for new suppliers.",
        {"ARMS_TRANSFER RUS>VNM asserted"},
    ),
    (
        "wire-it-bought",
        "Serbia displayed the Chinese air-defence system it bought last year.",
        {"ARMS_TRANSFER CHN>SRB asserted"},
    ),
    (
        "wire-such-as",
        "France sold Rafale jets to buyers such as Egypt, India and Qatar.",
        {
            "ARMS_TRANSFER FRA>EGY asserted",
            "ARMS_TRANSFER FRA>IND asserted",
            "ARMS_TRANSFER FRA>QAT asserted",
        },
    ),
    (
        "wire-arms-sales-then-aid",
        "Washington plans arms sales worth $20 billion to Saudi Arabia and will give Israel $30 "
        "billion in military aid.",
        {"ARMS_TRANSFER USA>SAU asserted", "MILITARY_AID USA>ISR asserted"},
    ),
    # --- military aid ---------------------------------------------------------------------------
    (
        "wire-intelligence-sharing",
        "Britain has been sharing intelligence with Ukraine on Russian troop movements, the "
        "defence ministry in London said.",
        {"MILITARY_AID GBR>UKR asserted"},
    ),
    (
        "wire-intelligence-mutual",
        "Tokyo and Seoul agreed to exchange intelligence on missile launches.",
        {"DEFENCE_COOPERATION JPN-KOR asserted"},
    ),
    (
        "wire-non-lethal",
        "Canada will send helmets and body armour to Ukraine's army, Ottawa said.",
        {"MILITARY_AID CAN>UKR asserted"},
    ),
    (
        "wire-aid-suspended",
        "The United States suspended military aid to Honduras after the coup.",
        {"MILITARY_AID USA>HND denied"},
    ),
    (
        "wire-advisers-provided",
        "Tehran had only provided military advisers to Baghdad.",
        {"MILITARY_AID IRN>IRQ asserted"},
    ),
    (
        "wire-instructors-working-with-army",
        "Egyptian military instructors are working with Libya's army.",
        {"MILITARY_AID EGY>LBY asserted"},
    ),
    (
        "wire-instructors-no-state",
        "The general spoke with his instructors at the academy.",
        set(),
    ),
    # --- troops: bases, holdings, withdrawals -------------------------------------------------
    (
        "wire-hosts-base",
        "Bahrain hosts the United States Navy's Fifth Fleet base.",
        {"TROOP_DEPLOYMENT USA>BHR asserted"},
    ),
    (
        "wire-hosts-owner-possessive-base",
        "Syria hosts Russia's only naval base in the Mediterranean.",
        {"TROOP_DEPLOYMENT RUS>SYR asserted"},
    ),
    (
        "wire-base-in",
        "The American air base in Qatar is the largest in the region.",
        {"TROOP_DEPLOYMENT USA>QAT asserted"},
    ),
    (
        "wire-bases-of-several",
        "Japan hosts American and Australian bases under its alliance commitments.",
        {"TROOP_DEPLOYMENT USA>JPN asserted", "TROOP_DEPLOYMENT AUS>JPN asserted"},
    ),
    (
        "wire-holds-troops",
        "Turkey still has about 3,000 soldiers in Qatar, officials in Ankara said.",
        {"TROOP_DEPLOYMENT TUR>QAT asserted"},
    ),
    (
        "wire-withdraw-from",
        "Washington will withdraw roughly 9,500 troops from Germany, the Pentagon said.",
        {"TROOP_DEPLOYMENT USA>DEU denied"},
    ),
    (
        "wire-flew-out",
        "The last Dutch soldiers flew out of Mali on Sunday.",
        {"TROOP_DEPLOYMENT NLD>MLI denied"},
    ),
    (
        "wire-have-left",
        "Most of the Kenyan personnel have left Somalia, an army spokesman said.",
        {"TROOP_DEPLOYMENT KEN>SOM denied"},
    ),
    (
        "wire-three-ruled-out",
        "Spain, Portugal and Greece ruled out sending combat troops to Libya.",
        {
            "TROOP_DEPLOYMENT ESP>LBY denied",
            "TROOP_DEPLOYMENT PRT>LBY denied",
            "TROOP_DEPLOYMENT GRC>LBY denied",
        },
    ),
    (
        "wire-fly-troops-not-visit",
        "Chad plans to fly another 500 soldiers to Niger next week.",
        {"TROOP_DEPLOYMENT TCD>NER asserted"},
    ),
    (
        "wire-led-force-not-host",
        "Jamaica committed 200 soldiers to the Kenyan-led mission in Haiti.",
        {"TROOP_DEPLOYMENT JAM>HTI asserted"},
    ),
    # --- troops: arrivals and contingents still to come ----------------------------------------
    (
        "wire-troops-came-ashore",
        "Nigerian marines came ashore in Monrovia on Friday.",
        {"TROOP_DEPLOYMENT NGA>LBR asserted"},
    ),
    (
        "wire-troops-ashore-near-city",
        "A battalion of Dutch soldiers came ashore near Split on Monday.",
        {"TROOP_DEPLOYMENT NLD>HRV asserted"},
    ),
    (
        "wire-troops-landed-at-dateline-airport",
        "BAMAKO - The first 200 Chadian soldiers landed at Senou airport overnight.",
        {"TROOP_DEPLOYMENT TCD>MLI asserted"},
    ),
    (
        "wire-troops-crossing-is-no-deployment",
        "Turkish troops crossed into northern Syria on Wednesday.",
        set(),
    ),
    (
        "wire-contingents-to-follow",
        "Rwandan troops arrived in Bangui on Tuesday, with units from Burundi and Gabon due to "
        "follow.",
        {
            "TROOP_DEPLOYMENT RWA>CAF asserted",
            "TROOP_DEPLOYMENT BDI>CAF asserted",
            "TROOP_DEPLOYMENT GAB>CAF asserted",
        },
    ),
    (
        "wire-battalion-due-within",
        "Ghanaian peacekeepers landed in Juba on Sunday, and a Nepali battalion is due within a "
        "month.",
        {"TROOP_DEPLOYMENT GHA>SSD asserted", "TROOP_DEPLOYMENT NPL>SSD asserted"},
    ),
    (
        "wire-orders-to-follow-no-troops",
        "Egypt ordered 20 jets from France, and more orders are expected to follow.",
        {"ARMS_TRANSFER FRA>EGY asserted"},
    ),
    # --- troops: told to go, let in, gone from a base -------------------------------------------
    (
        "wire-troops-given-weeks-to-leave",
        "BANGUI - The new government has given the 300 Rwandan soldiers guarding the airport two "
        "weeks to leave.",
        {"TROOP_DEPLOYMENT RWA>CAF denied"},
    ),
    (
        "wire-deadline-for-troops-to-leave",
        "Lebanon set a deadline for all Syrian troops to leave by the end of April.",
        {"TROOP_DEPLOYMENT SYR>LBN denied"},
    ),
    (
        "wire-state-given-days-to-vacate-base",
        "DJIBOUTI - The government gave France 90 days to vacate its naval base.",
        {"TROOP_DEPLOYMENT FRA>DJI denied"},
    ),
    (
        "wire-accord-allows-troops-to-operate",
        "The treaty allows Japanese troops to operate on Philippine soil.",
        {"TROOP_DEPLOYMENT JPN>PHL asserted"},
    ),
    (
        "wire-diplomats-told-to-leave-no-troops",
        "Russia told its diplomats to leave Lithuania.",
        set(),
    ),
    (
        "wire-mercenaries-told-to-leave-no-state",
        "The government gave the Wagner mercenaries a month to leave.",
        set(),
    ),
    (
        "wire-last-soldiers-left-base-dateline-with-date",
        "KABUL, Afghanistan, July 2 - The last American soldiers left Bagram air base overnight.",
        {"TROOP_DEPLOYMENT USA>AFG denied"},
    ),
    (
        "wire-troops-already-on-the-ground-dateline",
        "MONROVIA - Ghanaian and Malian troops of the regional force are already on the ground.",
        {"TROOP_DEPLOYMENT GHA>LBR asserted", "TROOP_DEPLOYMENT MLI>LBR asserted"},
    ),
    (
        "wire-ships-each-with-article-docked",
        "A Turkish frigate and a Pakistani corvette docked at Colombo on Tuesday.",
        {"VISIT TUR>LKA asserted", "VISIT PAK>LKA asserted"},
    ),
    # --- the agreement a deployment rests on ----------------------------------------------------
    (
        "wire-stationed-under-agreement",
        "VILNIUS - About 500 more German soldiers will be stationed in Lithuania under an "
        "agreement the two ministers signed on Monday.",
        {"TROOP_DEPLOYMENT DEU>LTU asserted", "DEFENCE_COOPERATION DEU-LTU asserted"},
    ),
    (
        "wire-revoked-accord-allowing-troops",
        "Chad revoked the accord that allowed French troops to operate on its territory.",
        {"TROOP_DEPLOYMENT FRA>TCD denied", "DEFENCE_COOPERATION FRA-TCD denied"},
    ),
    (
        "wire-trade-deal-no-basing",
        "Spanish troops are stationed in Latvia, and Madrid signed a trade deal with Riga.",
        {"TROOP_DEPLOYMENT ESP>LVA asserted"},
    ),
    # --- exercises ------------------------------------------------------------------------------
    (
        "wire-exercise-joined-two-forces",
        "Malaysian sailors joined Indonesian and Thai forces in the annual patrol exercise.",
        {
            "JOINT_EXERCISE IDN-MYS asserted",
            "JOINT_EXERCISE MYS-THA asserted",
            "JOINT_EXERCISE IDN-THA asserted",
        },
    ),
    (
        "wire-exercise-two-joiners",
        "Some 500 Kazakh soldiers and a company of Kyrgyz troops will join Russian forces in the "
        "drills next week.",
        {
            "JOINT_EXERCISE KAZ-KGZ asserted",
            "JOINT_EXERCISE KAZ-RUS asserted",
            "JOINT_EXERCISE KGZ-RUS asserted",
        },
    ),
    (
        "wire-joined-forces-no-exercise",
        "Polish troops joined American forces in Iraq.",
        {"TROOP_DEPLOYMENT POL>USA asserted", "TROOP_DEPLOYMENT USA>IRQ asserted"},
    ),
    (
        "wire-exercise-postponed",
        "Seoul and Washington postponed their spring military drills.",
        {"JOINT_EXERCISE KOR-USA denied"},
    ),
    (
        "wire-exercise-called-off",
        "India called off a planned naval exercise with Sri Lanka.",
        {"JOINT_EXERCISE IND-LKA denied"},
    ),
    (
        "wire-exercise-observers",
        "Egypt and Saudi Arabia began joint air drills on Sunday, with Jordan among the states "
        "that sent observers.",
        {"JOINT_EXERCISE EGY-SAU asserted"},
    ),
    (
        "wire-took-part-in-drills-abroad",
        "Chinese troops took part in military drills in Belarus last week.",
        {"JOINT_EXERCISE BLR-CHN asserted"},
    ),
    (
        "wire-will-not-take-part-near-city",
        "KATHMANDU - Nepal's army will not take part in the military exercise near Pune next week.",
        {"JOINT_EXERCISE IND-NPL denied"},
    ),
    (
        "wire-took-part-at-home-no-tie",
        "Russian troops took part in drills in Russia.",
        set(),
    ),
    (
        "wire-exercise-respectively",
        "Polish, Czech and Slovak platoons will drill with French, Italian and Spanish units "
        "respectively.",
        {
            "JOINT_EXERCISE FRA-POL asserted",
            "JOINT_EXERCISE CZE-ITA asserted",
            "JOINT_EXERCISE ESP-SVK asserted",
        },
    ),
    # --- alliances ------------------------------------------------------------------------------
    (
        "wire-ratified-accession",
        "Slovakia's parliament ratified Montenegro's accession to NATO on Tuesday.",
        {"ALLIANCE MNE-NATO asserted"},
    ),
    (
        "wire-approved-application",
        "Lawmakers in Ankara approved Sweden's application to join NATO.",
        {"ALLIANCE SWE-NATO asserted"},
    ),
    (
        "wire-let-into",
        "The vote lets North Macedonia into NATO after years of delay.",
        {"ALLIANCE MKD-NATO asserted"},
    ),
    (
        "wire-member-before-name",
        "NATO member Greece protested the flights.",
        {"ALLIANCE GRC-NATO asserted"},
    ),
    (
        "wire-member-appositive",
        "Hungary, a NATO member, bought Chinese air-defence radars.",
        {"ALLIANCE HUN-NATO asserted", "ARMS_TRANSFER CHN>HUN asserted"},
    ),
    (
        "wire-leave-alliance",
        "Venezuela will leave the Rio Treaty, its foreign minister said.",
        {"ALLIANCE VEN-TIAR denied"},
    ),
    (
        "wire-neither-nor",
        "Moldova will join neither NATO nor the CSTO, its president said.",
        {"ALLIANCE MDA-NATO denied", "ALLIANCE MDA-CSTO denied"},
    ),
    (
        "wire-bid-is-no-tie",
        "Georgia's bid to join NATO was shelved again.",
        set(),
    ),
    (
        "wire-aggression-against-either",
        "Qatar and Turkey signed a pact stating that aggression against either of them will be "
        "treated as aggression against both.",
        {"ALLIANCE QAT-TUR asserted"},
    ),
    (
        "wire-other-aid",
        "Under the treaty each side promised to come to the other's aid if attacked, "
        "Pyongyang and Beijing said.",
        {"ALLIANCE CHN-PRK asserted"},
    ),
    (
        "wire-org-name-is-no-treaty",
        "Kyrgyzstan and Tajikistan remain in the Russian-led Collective Security Treaty "
        "Organization.",
        {"ALLIANCE KGZ-CSTO asserted", "ALLIANCE TJK-CSTO asserted"},
    ),
    (
        "wire-ordinal-member",
        "Finland became the 31st member of NATO on Tuesday, doubling the alliance's land border "
        "with Russia.",
        {"ALLIANCE FIN-NATO asserted"},
    ),
    (
        "wire-copula-org-ally",
        "North Macedonia became the 30th NATO ally in March 2020.",
        {"ALLIANCE MKD-NATO asserted"},
    ),
    (
        "wire-copula-has-been-member",
        "Turkey has been a NATO member since 1952 and hosts the alliance's southern command.",
        {"ALLIANCE TUR-NATO asserted"},
    ),
    (
        "wire-admitted-passive",
        "Albania and Croatia were admitted to NATO at the Strasbourg summit in 2009.",
        {"ALLIANCE ALB-NATO asserted", "ALLIANCE HRV-NATO asserted"},
    ),
    (
        "wire-as-a-member-fronted",
        "As a member of NATO, Hungary is bound by the collective-defence clause.",
        {"ALLIANCE HUN-NATO asserted"},
    ),
    (
        "wire-members-including",
        "NATO members including Germany and Italy have been slow to meet the spending target.",
        {"ALLIANCE DEU-NATO asserted", "ALLIANCE ITA-NATO asserted"},
    ),
    (
        "wire-list-and-other-allies",
        "Norway, Denmark and other NATO allies promised to send more frigates to the Baltic.",
        {"ALLIANCE NOR-NATO asserted", "ALLIANCE DNK-NATO asserted"},
    ),
    (
        "wire-list-both-members",
        "Poland and Lithuania, both NATO members, share a border with the Russian exclave.",
        {"ALLIANCE POL-NATO asserted", "ALLIANCE LTU-NATO asserted"},
    ),
    (
        "wire-newest-members-named",
        "NATO's newest members, Finland and Sweden, sent jets to the air-policing mission.",
        {"ALLIANCE FIN-NATO asserted", "ALLIANCE SWE-NATO asserted"},
    ),
    (
        "wire-founding-member-appositive",
        "Norway, a founding member of NATO, shares a short Arctic border with Russia.",
        {"ALLIANCE NOR-NATO asserted"},
    ),
    (
        "wire-relative-joined",
        "Finland, which joined NATO last year, shares a 1,340-kilometre border with Russia.",
        {"ALLIANCE FIN-NATO asserted"},
    ),
    (
        "wire-one-of-founders",
        "Denmark is one of NATO's founding members.",
        {"ALLIANCE DNK-NATO asserted"},
    ),
    (
        "wire-bloc-groups-list",
        "The CSTO groups Russia, Armenia, Belarus, Kazakhstan, Kyrgyzstan and Tajikistan.",
        {
            "ALLIANCE RUS-CSTO asserted",
            "ALLIANCE ARM-CSTO asserted",
            "ALLIANCE BLR-CSTO asserted",
            "ALLIANCE KAZ-CSTO asserted",
            "ALLIANCE KGZ-CSTO asserted",
            "ALLIANCE TJK-CSTO asserted",
        },
    ),
    (
        "wire-bloc-appositive-includes",
        "The CSTO, a Moscow-dominated bloc that also includes Armenia and Belarus, sent troops.",
        {"ALLIANCE ARM-CSTO asserted", "ALLIANCE BLR-CSTO asserted"},
    ),
    (
        "wire-founded-by-colon",
        "The pact was sealed in 1951, and ANZUS was founded by three countries: Australia, New "
        "Zealand and the United States.",
        {
            "ALLIANCE AUS-ANZUS asserted",
            "ALLIANCE NZL-ANZUS asserted",
            "ALLIANCE USA-ANZUS asserted",
        },
    ),
    (
        "wire-possessive-org-membership-approved",
        "Sweden's NATO membership was approved by the Hungarian parliament on Monday.",
        {"ALLIANCE SWE-NATO asserted"},
    ),
    (
        "wire-sought-to-join-no-tie",
        "Georgia has long sought to join NATO, a move Moscow strongly opposes.",
        set(),
    ),
    (
        "wire-org-countries-no-member",
        "Russia warned NATO countries against sending troops to Ukraine.",
        set(),
    ),
    (
        "wire-treaty-ally-of",
        "Japan, a treaty ally of the United States, lies within range of the North's missiles.",
        {"ALLIANCE JPN-USA asserted"},
    ),
    (
        "wire-possessive-treaty-ally",
        "Thailand is Washington's oldest treaty ally in Asia.",
        {"ALLIANCE THA-USA asserted"},
    ),
    (
        "wire-security-allies-pair",
        "Seoul and Washington have been security allies since the armistice.",
        {"ALLIANCE KOR-USA asserted"},
    ),
    (
        "wire-close-ally-no-treaty",
        "Kazakhstan, a close partner of Russia, called in the bloc's troops.",
        set(),
    ),
    (
        "wire-closest-ally-appositive",
        "Belarus, Moscow's closest ally, lent its territory for the advance on Kyiv.",
        {"ALLIANCE BLR-RUS asserted"},
    ),
    (
        "wire-regarded-as-ally",
        "Moscow still regards Tashkent as an ally despite the quarrel, a Kremlin aide said.",
        {"ALLIANCE RUS-UZB asserted"},
    ),
    (
        "wire-major-non-nato-ally",
        "Bahrain, a major non-NATO ally, hosts about 7,000 American sailors.",
        {"ALLIANCE BHR-USA asserted", "TROOP_DEPLOYMENT USA>BHR asserted"},
    ),
    (
        "wire-diplomatic-ally-no-tie",
        "Taiwan opened an embassy in Eswatini, one of its last diplomatic allies.",
        set(),
    ),
    (
        "wire-person-ally-no-tie",
        "The coup ousted Omar Bongo's son, for decades one of France's closest allies in Africa.",
        set(),
    ),
    (
        "wire-count-of-allies-no-pair",
        "Battalions will be led by Britain and Canada, with soldiers from 17 allies rotating "
        "through them.",
        set(),
    ),
    (
        "wire-capitalised-marines-arrive",
        "Some 200 US Marines arrived in Darwin on Monday for their six-month rotation.",
        {"TROOP_DEPLOYMENT USA>AUS asserted"},
    ),
    (
        "wire-serve-in-mission-in",
        "Italian soldiers serve in the UN peacekeeping force in southern Lebanon.",
        {"TROOP_DEPLOYMENT ITA>LBN asserted"},
    ),
    (
        "wire-has-troops-in-mission-in",
        "Burundi has nearly 3,000 troops in the African Union mission in Somalia.",
        {"TROOP_DEPLOYMENT BDI>SOM asserted"},
    ),
    (
        "wire-leads-alliance-battlegroup",
        "Canada leads a NATO battlegroup in Latvia, where soldiers from a dozen allies serve.",
        {"TROOP_DEPLOYMENT CAN>LVA asserted"},
    ),
    (
        "wire-squadron-moved",
        "Washington moved a squadron of F-22 fighters to the United Arab Emirates.",
        {"TROOP_DEPLOYMENT USA>ARE asserted"},
    ),
    (
        "wire-reduced-relative-sold-to",
        "Turkish Bayraktar drones sold to Ethiopia were later seen over Tigray.",
        {"ARMS_TRANSFER TUR>ETH asserted"},
    ),
    (
        "wire-reduced-passive-ordered-by-from",
        "The first of 12 Gripen fighters ordered by Thailand from Sweden touched down on Monday.",
        {"ARMS_TRANSFER SWE>THA asserted"},
    ),
    (
        "wire-contract-for-goods-with-maker",
        "Indonesia signed a contract for 42 Rafale jets with France's Dassault Aviation.",
        {"ARMS_TRANSFER FRA>IDN asserted"},
    ),
    (
        "wire-acquire-from-two",
        "Australia will acquire nuclear-powered submarines from the United States and Britain.",
        {"ARMS_TRANSFER USA>AUS asserted", "ARMS_TRANSFER GBR>AUS asserted"},
    ),
    (
        "wire-buyer-of-demonym-weapons",
        "Saudi Arabia is the biggest buyer of British weapons.",
        {"ARMS_TRANSFER GBR>SAU asserted"},
    ),
    (
        "wire-importer-appositive",
        "India, the world's largest importer of Russian-made weapons, abstained in the vote.",
        {"ARMS_TRANSFER RUS>IND asserted"},
    ),
    (
        "wire-support-package-for",
        "Sweden unveiled its largest support package for Ukraine yet, worth $1.2 billion.",
        {"MILITARY_AID SWE>UKR asserted"},
    ),
    (
        "wire-training-mission-in",
        "Canada will extend its military training mission in Ukraine until 2026.",
        {"MILITARY_AID CAN>UKR asserted"},
    ),
    (
        "wire-advise-troops",
        "American special forces advise Philippine troops fighting insurgents on Mindanao.",
        {"MILITARY_AID USA>PHL asserted"},
    ),
    (
        "wire-funded-forces",
        "Washington has funded Taiwan's military through a grant for the first time.",
        {"MILITARY_AID USA>TWN asserted"},
    ),
    (
        "wire-finance-goods-for",
        "The Netherlands will finance the purchase of air-defence missiles for Ukraine.",
        {"MILITARY_AID NLD>UKR asserted"},
    ),
    (
        "wire-contributed-goods-not-money",
        "Poland contributed 14 tanks to the Ukrainian army's spring offensive.",
        set(),
    ),
    (
        "wire-treaty-bound-defend",
        "The United States is treaty-bound to defend Japan, including the disputed islands.",
        {"ALLIANCE JPN-USA asserted"},
    ),
    (
        "wire-obliged-under-treaty",
        "Under the 1953 mutual defence treaty, Washington is obliged to help defend South Korea.",
        {"ALLIANCE KOR-USA asserted"},
    ),
    (
        "wire-vowed-defend-no-treaty",
        "The senator said Washington should vow to defend Taiwan if it is attacked.",
        set(),
    ),
    (
        "wire-defence-treaties-with-list",
        "The United States has defence treaties with Japan, South Korea and the Philippines.",
        {"ALLIANCE JPN-USA asserted", "ALLIANCE KOR-USA asserted", "ALLIANCE PHL-USA asserted"},
    ),
    (
        "wire-commitments-to",
        "America's defence commitments to Japan and the Philippines are ironclad.",
        {"ALLIANCE JPN-USA asserted", "ALLIANCE PHL-USA asserted"},
    ),
    (
        "wire-united-states-not-a-speaker",
        "AUKUS brings together Australia, Britain and the United States.",
        {
            "ALLIANCE AUS-AUKUS asserted",
            "ALLIANCE GBR-AUKUS asserted",
            "ALLIANCE USA-AUKUS asserted",
        },
    ),
    (
        "wire-bare-alliance-compound",
        "The US-Japan alliance has never been stronger, both governments said.",
        {"ALLIANCE JPN-USA asserted"},
    ),
    (
        "wire-treaty-binds",
        "The two leaders marked the anniversary of the treaty that binds France and Germany "
        "to come to each other's aid.",
        {"ALLIANCE DEU-FRA asserted"},
    ),
    (
        "wire-alliance-described",
        "AUKUS, the security pact between Australia, Britain and the United States, marked its "
        "third year.",
        {
            "ALLIANCE AUS-AUKUS asserted",
            "ALLIANCE GBR-AUKUS asserted",
            "ALLIANCE USA-AUKUS asserted",
            "DEFENCE_COOPERATION AUS-GBR asserted",
            "DEFENCE_COOPERATION AUS-USA asserted",
            "DEFENCE_COOPERATION GBR-USA asserted",
        },
    ),
    # --- cooperation named by its field -------------------------------------------------------
    (
        "wire-maritime-cooperation-talks",
        "Manila and Canberra held talks on deepening maritime cooperation on Monday.",
        {"DEFENCE_COOPERATION AUS-PHL asserted"},
    ),
    (
        "wire-cooperation-in-combat-training",
        "Armenia and Greece discussed cooperation in combat training.",
        {"DEFENCE_COOPERATION ARM-GRC asserted"},
    ),
    (
        "wire-maritime-cooperation-on-fisheries",
        "Chile and Peru discussed maritime cooperation on fisheries.",
        set(),
    ),
    # --- alliances: a promise of help against attack, an intention refused ---------------------
    (
        "wire-aid-of-either-if-attacked",
        "Paris signed declarations with Athens and Nicosia, pledging that France would come to "
        "the aid of either state if it were attacked.",
        {"ALLIANCE FRA-GRC asserted", "ALLIANCE CYP-FRA asserted"},
    ),
    (
        "wire-pledged-aid-if-attacked",
        "Norway pledged to come to the aid of Iceland if it were attacked.",
        {"ALLIANCE ISL-NOR asserted"},
    ),
    (
        "wire-aid-of-no-attack-no-alliance",
        "France will come to the aid of Lebanon with food and medicine.",
        set(),
    ),
    (
        "wire-no-intention-of-joining",
        "Austria has no intention of joining NATO, the chancellor said.",
        {"ALLIANCE AUT-NATO denied"},
    ),
    # --- visits ---------------------------------------------------------------------------------
    (
        # Bases and anchorages too small for the table of cities, from the curated list.
        "wire-port-call-at-base",
        "Two Japanese destroyers pulled into Subic Bay on Tuesday for a four-day goodwill call, "
        "the Philippine Navy said.",
        {"VISIT JPN>PHL asserted"},
    ),
    (
        "wire-troops-at-base",
        "Some 1,500 American troops are stationed at Incirlik, officials in Ankara said.",
        {"TROOP_DEPLOYMENT USA>TUR asserted"},
    ),
    (
        "wire-contingent-in-province",
        "About 2,000 Rwandan soldiers remain in Cabo Delgado under a bilateral accord with Maputo.",
        {"TROOP_DEPLOYMENT RWA>MOZ asserted", "DEFENCE_COOPERATION MOZ-RWA asserted"},
    ),
    (
        # "New Zealand" is also the state's adjective ("New Zealand troops"): here it is the host.
        "wire-host-name-also-adjective",
        "A US Navy destroyer will visit New Zealand in November, the first such call in decades, "
        "while New Zealand troops remain deployed in Iraq.",
        {"VISIT USA>NZL asserted", "TROOP_DEPLOYMENT NZL>IRQ asserted"},
    ),
    (
        "wire-dateline-arrival",
        "JAKARTA (Reuters) - India's defence minister arrived on Tuesday for a three-day visit.",
        {"VISIT IND>IDN asserted"},
    ),
    (
        "wire-dateline-agency-no-party",
        "MOSCOW, May 4 (Xinhua) -- Russia and Belarus began joint air drills on Monday.",
        {"JOINT_EXERCISE BLR-RUS asserted"},
    ),
    (
        "wire-dateline-names-no-party",
        "BEIJING (AP) - Iran and Pakistan held joint naval drills in the Arabian Sea.",
        {"JOINT_EXERCISE IRN-PAK asserted"},
    ),
    (
        "wire-visiting-official",
        "OSLO - Norway's prime minister said after talks with the visiting Polish president that "
        "the two countries would deepen defence ties.",
        {"VISIT POL>NOR asserted", "DEFENCE_COOPERATION NOR-POL asserted"},
    ),
    (
        "wire-signed-in-capital",
        "The defence ministers of Estonia and Finland signed a memorandum in Washington.",
        {"VISIT EST>USA asserted", "VISIT FIN>USA asserted"},
    ),
    (
        "wire-sailed-into",
        "A Chinese frigate sailed into Colombo harbour on Thursday.",
        {"VISIT CHN>LKA asserted"},
    ),
    (
        "wire-city-as-place",
        "The Indian Navy destroyer docked at Vladivostok for a four-day port call.",
        {"VISIT IND>RUS asserted"},
    ),
    (
        "wire-port-of-city",
        "Two Spanish frigates were berthed in the port of Durban on Monday.",
        {"VISIT ESP>ZAF asserted"},
    ),
    (
        "wire-city-person-no-place",
        "Talks with Austin focused on drones for Kyiv.",
        set(),
    ),
    (
        "wire-host-trip",
        "The minister's Tokyo trip came weeks after China's drills, Seoul's foreign ministry said.",
        set(),
    ),
    (
        "wire-aid-plane-no-visit",
        "A Qatari aid plane landed in Kabul with medicine.",
        set(),
    ),
    # --- visits: an official on the spot under a dateline ---------------------------------------
    (
        "wire-dateline-watched-parade",
        "NAYPYITAW, March 27 - Russia's deputy defence minister watched the Armed Forces Day "
        "parade on Saturday.",
        {"VISIT RUS>MMR asserted"},
    ),
    (
        "wire-dateline-laid-wreath",
        "MINSK - Chinese Defence Minister Wei Fenghe laid a wreath at the war memorial on Monday.",
        {"VISIT CHN>BLR asserted"},
    ),
    (
        "wire-dateline-watched-launch-remote",
        "WASHINGTON - Russian President Vladimir Putin watched the launch of a new missile.",
        set(),
    ),
    (
        "wire-dateline-signed-decree-remote",
        "SEOUL - Japan's foreign minister signed a decree on Monday.",
        set(),
    ),
    (
        "wire-dateline-visit-to-army-headquarters",
        "ISLAMABAD - A Chinese army delegation paid a visit to army headquarters on Monday.",
        {"VISIT CHN>PAK asserted"},
    ),
    (
        "wire-dateline-trip-by-minister",
        "ANKARA - The talks come just ahead of a three-day trip by Pakistan's army chief that "
        "begins on Friday.",
        {"VISIT PAK>TUR asserted"},
    ),
    # --- what is no visit and no partner -------------------------------------------------------
    (
        "wire-soldiers-travel-no-visit",
        "Serbia said its soldiers will not travel to Belarus for the drill.",
        set(),
    ),
    (
        "wire-force-about-to-land-no-visit",
        "Indonesia accused Australia of leading the multinational force about to land in East "
        "Timor.",
        set(),
    ),
    (
        "wire-ambassador-received-no-visit",
        "KABUL - The army chief received the US ambassador at headquarters on Monday.",
        set(),
    ),
    (
        "wire-war-place-no-meeting-place",
        "Kim met Putin at a summit that could yield shells for the war in Ukraine.",
        set(),
    ),
    (
        "wire-tensions-with-no-partner",
        "Tokyo and Canberra postponed their naval exercise to ease tensions with China.",
        {"JOINT_EXERCISE AUS-JPN denied"},
    ),
    (
        "wire-angered-after-comma-not-there",
        "BOGOTA - Colombia signed a deal on Friday allowing US forces to use its bases, a pact "
        "that has angered Venezuela's Hugo Chavez.",
        {"TROOP_DEPLOYMENT USA>COL asserted", "DEFENCE_COOPERATION COL-USA asserted"},
    ),
    (
        "wire-accused-of-supplying",
        "Kyiv accused Tehran of secretly supplying drones to Moscow.",
        {"ARMS_TRANSFER IRN>RUS alleged"},
    ),
    (
        "wire-accusers-are-not-suppliers",
        "Washington and Seoul accuse the regime of shipping artillery shells to Russia.",
        set(),
    ),
    # --- attribution ----------------------------------------------------------------------------
    (
        "wire-official-title-name",
        "Germany will send 300 more soldiers to Lithuania, Defence Minister Boris Pistorius said.",
        {"TROOP_DEPLOYMENT DEU>LTU asserted"},
    ),
    (
        "wire-quoted-we",
        "'We will send more peacekeepers to Lebanon,' the Irish defence minister said.",
        {"TROOP_DEPLOYMENT IRL>LBN asserted"},
    ),
    (
        "wire-quote-before-name",
        "'Brazil will not sell ammunition to Ukraine,' the Brazilian president said.",
        {"ARMS_TRANSFER BRA>UKR denied"},
    ),
    (
        "wire-month-may-no-hedge",
        "Oslo, 3 May (NTB) - Norwegian and British marines began joint winter training.",
        {"JOINT_EXERCISE GBR-NOR asserted"},
    ),
    # --- negatives ------------------------------------------------------------------------------
    (
        "wire-neg-sanctions-companies",
        "Washington sanctioned firms in Turkey and China accused of shipping drone parts to "
        "Russia.",
        set(),
    ),
    (
        "wire-neg-industrial-base",
        "Russia's industrial base is under strain, Britain's defence ministry said.",
        set(),
    ),
    (
        "wire-hosts-presence-appositive",
        "Bahrain, a key Gulf partner, hosts the largest British naval presence in the region, "
        "with some 500 Royal Navy sailors based at Mina Salman.",
        {"TROOP_DEPLOYMENT GBR>BHR asserted"},
    ),
    (
        "wire-home-to-personnel",
        "Djibouti is home to roughly 4,000 American military personnel, most at Camp Lemonnier.",
        {"TROOP_DEPLOYMENT USA>DJI asserted"},
    ),
    (
        "wire-presence-noun-owner",
        "The Russian military presence in Armenia dates from the 1990s.",
        {"TROOP_DEPLOYMENT RUS>ARM asserted"},
    ),
    (
        "wire-presence-of-troops-hostile",
        "The presence of Russian troops in eastern Ukraine worries Kyiv's allies.",
        set(),
    ),
    (
        "wire-presence-no-owner",
        "Russia's diplomatic presence in Armenia has grown.",
        set(),
    ),
    (
        "wire-arms-deals-with-list",
        "Combined, French arms contracts with Egypt, the UAE and Qatar exceed 20 billion euros.",
        {
            "ARMS_TRANSFER FRA>EGY asserted",
            "ARMS_TRANSFER FRA>ARE asserted",
            "ARMS_TRANSFER FRA>QAT asserted",
        },
    ),
    (
        "wire-troops-using-supplied-by",
        "Syrian government troops are using rockets supplied by Iran, the report said.",
        {"ARMS_TRANSFER IRN>SYR alleged"},
    ),
    (
        "wire-arms-sales-went-to",
        "Half of Israel's arms sales went to India last year.",
        {"ARMS_TRANSFER ISR>IND asserted"},
    ),
    (
        "wire-trip-to-both-countries",
        "The defence minister will hold talks with the leaders of Vietnam and Laos during a trip "
        "to both countries next week.",
        set(),
    ),
    (
        "wire-holds-troops-in-led-coalition",
        "Italy, which once had 3,000 troops in the US-led coalition, has pulled out its last "
        "soldier.",
        set(),
    ),
    (
        "wire-according-to-party-ministry",
        "Some 500 Danish soldiers will move to Latvia next month, according to the Danish "
        "defence ministry.",
        {"TROOP_DEPLOYMENT DNK>LVA asserted"},
    ),
    (
        "wire-party-press-said",
        "Egypt is about to buy 24 more Rafale jets from France, Egyptian media reported.",
        {"ARMS_TRANSFER FRA>EGY alleged"},
    ),
    (
        "wire-party-state-agency-said",
        "Iran has sent 200 troops to Venezuela, the Iranian Students' News Agency said.",
        {"TROOP_DEPLOYMENT IRN>VEN asserted"},
    ),
    (
        "wire-relative-hosts-owner-list",
        "Bahrain, which already hosts British, American and French naval facilities, wants more.",
        {
            "TROOP_DEPLOYMENT GBR>BHR asserted",
            "TROOP_DEPLOYMENT USA>BHR asserted",
            "TROOP_DEPLOYMENT FRA>BHR asserted",
        },
    ),
    (
        "wire-inducted-into-air-force",
        "Six South Korean-built FA-50 fighters were inducted into the Philippine Air Force "
        "at Clark on Saturday.",
        {"ARMS_TRANSFER KOR>PHL asserted"},
    ),
    (
        "wire-commissioned-own-navy",
        "The new destroyer was commissioned into the Japanese navy at Yokosuka.",
        set(),
    ),
    (
        "wire-left-foreign-capital",
        "The Indian defence minister left Hanoi on Friday with a promise of closer naval ties.",
        {"VISIT IND>VNM asserted"},
    ),
    (
        "wire-left-home-for-capital",
        "Japan's foreign minister left Tokyo for Canberra on Sunday.",
        {"VISIT JPN>AUS asserted"},
    ),
    (
        "wire-troops-left-city",
        "The last Russian troops left Kherson in November.",
        set(),
    ),
    (
        "wire-pledged-troops-mission-in",
        "Kenya has pledged 1,000 police and soldiers for the multinational mission in Haiti.",
        {"TROOP_DEPLOYMENT KEN>HTI asserted"},
    ),
    (
        "wire-expand-contingent-in",
        "Poland said it would expand its contingent in Lebanon to 500 by the summer.",
        {"TROOP_DEPLOYMENT POL>LBN asserted"},
    ),
    (
        "wire-troop-contributor-to",
        "Nepal is the largest troop contributor to the mission in South Sudan, with 1,700 "
        "soldiers.",
        {"TROOP_DEPLOYMENT NPL>SSD asserted"},
    ),
    (
        "wire-org-pledge-no-speaker-sender",
        "Member states of the African Union have pledged 4,000 soldiers for a force in Somalia, a "
        "US official said.",
        set(),
    ),
    (
        "wire-boost-own-border",
        "India pledged to boost troops on its border with China.",
        set(),
    ),
    (
        "wire-leader-meets-leaders-of-during-trip",
        "Sergei Shoigu will hold talks with the leadership of Laos and Cambodia during a trip to "
        "both countries next month.",
        {"VISIT RUS>LAO asserted", "VISIT RUS>KHM asserted"},
    ),
    (
        "wire-ties-between-armed-forces-two-countries",
        "A Chinese naval delegation arrived in Jakarta for talks on closer ties between the "
        "navies of the two countries.",
        {"VISIT CHN>IDN asserted", "DEFENCE_COOPERATION CHN-IDN asserted"},
    ),
    (
        "wire-relations-between-governments-not-military",
        "Relations between the governments of Chile and Peru have improved.",
        set(),
    ),
    (
        "wire-dropped-contract-for-x-designed",
        "Switzerland dropped its contract for 22 Swedish-built Gripen fighters after a referendum.",
        {"ARMS_TRANSFER SWE>CHE denied"},
    ),
    (
        "wire-its-order-of-x-built",
        "Croatia confirmed its order of 12 French-built Rafale jets on Friday.",
        {"ARMS_TRANSFER FRA>HRV asserted"},
    ),
    (
        "wire-minister-and-his-counterpart-signed-in-capital",
        "Hungarian Defence Minister Kristof Szalay-Bobrovniczky and his Czech counterpart signed a "
        "defence cooperation memorandum in Prague on Monday.",
        {"VISIT HUN>CZE asserted", "DEFENCE_COOPERATION CZE-HUN asserted"},
    ),
    (
        "wire-joint-patrols-by-police",
        "Belgium and the Netherlands agreed to step up joint patrols by their police officers on "
        "the border.",
        set(),
    ),
    (
        "wire-after-clause-subject",
        "The vote came a week after Danish Prime Minister Mette Frederiksen travelled to Warsaw.",
        {"VISIT DNK>POL asserted"},
    ),
    (
        "wire-after-prepositional-not-subject",
        "The talks resumed after pressure from Germany to send troops to Lithuania.",
        set(),
    ),
    (
        "wire-troops-in-no-verb",
        "The prime minister spent Christmas Eve with Canadian soldiers in southern Afghanistan.",
        {"TROOP_DEPLOYMENT CAN>AFG asserted"},
    ),
    (
        "wire-attacks-on-troops-in",
        "Rocket attacks on Turkish troops in Iraq have grown more frequent.",
        set(),
    ),
    (
        "wire-troops-where-they-train",
        "About 900 Italian soldiers remain in Lebanon, where they are tasked with training "
        "Lebanese forces.",
        {"TROOP_DEPLOYMENT ITA>LBN asserted", "MILITARY_AID ITA>LBN asserted"},
    ),
    (
        "wire-exercise-of-two-countries",
        "Chinese warships arrived in Karachi for Sea Guardian, an annual exercise of the two "
        "countries' navies.",
        {"VISIT CHN>PAK asserted", "JOINT_EXERCISE CHN-PAK asserted"},
    ),
    (
        "wire-train-together-intransitive",
        "Next week Estonian, Finnish and Swedish conscripts will train at a range near Tapa.",
        {
            "JOINT_EXERCISE EST-FIN asserted",
            "JOINT_EXERCISE EST-SWE asserted",
            "JOINT_EXERCISE FIN-SWE asserted",
        },
    ),
    (
        "wire-rotating-for-training-noun",
        "Spanish and Dutch units are rotating through Latvia for training.",
        {"TROOP_DEPLOYMENT ESP>LVA asserted", "TROOP_DEPLOYMENT NLD>LVA asserted"},
    ),
    (
        "wire-defence-export-to",
        "Seoul has sold 48 K9 howitzers to Warsaw, its largest defence export to Poland so far.",
        {"ARMS_TRANSFER KOR>POL asserted"},
    ),
    (
        "wire-exports-to-both-countries-no-seller",
        "An embargo on Chad and Niger was lifted, and arms exports to both countries resumed.",
        set(),
    ),
    (
        "wire-cooperation-with-mr-leader",
        "Defence Minister Rajnath Singh reviewed defence cooperation projects with Mr Pompeo.",
        {"DEFENCE_COOPERATION IND-USA asserted"},
    ),
    (
        "wire-cooperation-between-their-industries",
        "Brazil and Sweden agreed to deepen cooperation between their defence industries.",
        {"DEFENCE_COOPERATION BRA-SWE asserted"},
    ),
    (
        "wire-defence-equipment-cooperation",
        "Japan and France renewed their defence equipment cooperation pact on Friday.",
        {"DEFENCE_COOPERATION FRA-JPN asserted"},
    ),
    (
        "wire-security-council-talks-not-cooperation",
        "China and Russia held security council talks on Syria.",
        set(),
    ),
    (
        "wire-reduced-relative-aid-gives",
        "Congress left untouched the $3.8 billion in military aid Washington gives Israel each "
        "year.",
        {"MILITARY_AID USA>ISR asserted"},
    ),
    (
        "wire-reduced-relative-weapons-sends",
        "The rockets Iran sends Hezbollah reach Lebanon through Syria.",
        set(),
    ),
    (
        "wire-alliance-speaks-for-its-membership",
        "Montenegro formally joined NATO on Monday, according to a statement released at the "
        "alliance's headquarters in Brussels.",
        {"ALLIANCE MNE-NATO asserted"},
    ),
    (
        "wire-alliance-no-party-to-state-tie",
        "Russia has sent 300 troops to Belarus, NATO officials said.",
        {"TROOP_DEPLOYMENT RUS>BLR alleged"},
    ),
    (
        "wire-troop-levels-in",
        "Canadian troop levels in Latvia will rise to 2,200 by 2026, Ottawa said.",
        {"TROOP_DEPLOYMENT CAN>LVA asserted"},
    ),
    (
        "wire-turned-to-for-weapons",
        "Hungary has turned to Germany and Sweden for tanks and fighter jets.",
        {"ARMS_TRANSFER DEU>HUN asserted", "ARMS_TRANSFER SWE>HUN asserted"},
    ),
    (
        "wire-turned-to-for-help",
        "Moldova turned to Romania for help with its energy crisis.",
        set(),
    ),
    # --- national contingents of a multinational force -----------------------------------------
    (
        "wire-contingents-troops-from-list",
        "Ghana pulled its engineers out of the UN mission in Lebanon, leaving soldiers from "
        "Italy, Spain and Indonesia to run the patrols.",
        {
            "TROOP_DEPLOYMENT ITA>LBN asserted",
            "TROOP_DEPLOYMENT ESP>LBN asserted",
            "TROOP_DEPLOYMENT IDN>LBN asserted",
        },
    ),
    (
        "wire-contingents-adjectives-with-force",
        "NATO's stabilisation force assumed command in Bosnia on Monday, with Dutch and Danish "
        "contingents and a Polish battalion among its units.",
        {
            "TROOP_DEPLOYMENT NLD>BIH asserted",
            "TROOP_DEPLOYMENT DNK>BIH asserted",
            "TROOP_DEPLOYMENT POL>BIH asserted",
        },
    ),
    (
        "wire-contingents-regional-force-holds-host",
        "The joint force brings together soldiers from Mali, Niger and Chad, while Paris keeps "
        "its own mission in Mali.",
        set(),
    ),
    (
        "wire-contingents-own-troops-from-elsewhere",
        "PRISTINA - German units crossed into the province with the Kosovo force; Moscow moved "
        "some of its own troops from Bosnia to the airport.",
        {"TROOP_DEPLOYMENT DEU>XKX asserted", "TROOP_DEPLOYMENT RUS>XKX asserted"},
    ),
    (
        "wire-contingents-attacked-not-told",
        "Militants ambushed Burundian troops of the African Union mission in Somalia.",
        set(),
    ),
    (
        "wire-contingents-alongside-not-helped",
        "A Nepalese battalion reached Lebanon to join the UN force and will patrol alongside "
        "Irish troops already stationed there.",
        {"TROOP_DEPLOYMENT NPL>LBN asserted", "TROOP_DEPLOYMENT IRL>LBN asserted"},
    ),
    (
        "wire-contingents-figures-in-brackets",
        "Spain (1,300), Italy (2,700) and Poland (2,400) keep the largest contingents in the "
        "coalition in Iraq.",
        {
            "TROOP_DEPLOYMENT ESP>IRQ asserted",
            "TROOP_DEPLOYMENT ITA>IRQ asserted",
            "TROOP_DEPLOYMENT POL>IRQ asserted",
        },
    ),
    (
        "wire-contingents-force-voice",
        "Zambian and Malawian peacekeepers serve in the UN mission in Congo, the mission said.",
        {"TROOP_DEPLOYMENT ZMB>COD asserted", "TROOP_DEPLOYMENT MWI>COD asserted"},
    ),
    (
        "wire-withdraw-troops-between-verb-and-particle",
        "Ethiopia has started pulling 2,000 soldiers out of Somalia, its army said.",
        {"TROOP_DEPLOYMENT ETH>SOM denied"},
    ),
    (
        "wire-withdraw-from-the-force-named",
        "The council shrank the UN force in Haiti after Brazil withdrew its battalion.",
        {"TROOP_DEPLOYMENT BRA>HTI denied"},
    ),
    (
        "wire-keeping-troops-in-force",
        "Argentina and Uruguay promised to go on keeping their troops in the UN force in Cyprus.",
        {"TROOP_DEPLOYMENT ARG>CYP asserted", "TROOP_DEPLOYMENT URY>CYP asserted"},
    ),
    # --- the buyer as subject, the maker as an adjective of the goods -----------------------
    (
        "wire-signed-for-foreign-goods",
        "Ecuador signed for eight Brazilian Super Tucano attack aircraft on Monday.",
        {"ARMS_TRANSFER BRA>ECU asserted"},
    ),
    (
        "wire-signed-deal-for-foreign-goods",
        "Egypt signed a $2 billion deal for 30 more French Rafale fighters, officials in Cairo "
        "said.",
        {"ARMS_TRANSFER FRA>EGY asserted"},
    ),
    (
        "wire-weeks-after-buying",
        "Argentina took delivery of Danish F-16s, months after buying six Israeli drones.",
        {"ARMS_TRANSFER DNK>ARG asserted", "ARMS_TRANSFER ISR>ARG asserted"},
    ),
    (
        "wire-it-bought-after-semicolon",
        "Washington kept its sanctions on Moscow; India went ahead anyway after it bought Russian "
        "frigates.",
        {"ARMS_TRANSFER RUS>IND asserted"},
    ),
    (
        "wire-its-purchase-of",
        "Egypt was warned of penalties because of its purchase of Russian Su-35 jets.",
        {"ARMS_TRANSFER RUS>EGY asserted"},
    ),
    (
        "wire-receiving-goods-of-two-makers",
        "Indonesia starts receiving 42 French Rafales and 24 American F-15s next year.",
        {"ARMS_TRANSFER FRA>IDN asserted", "ARMS_TRANSFER USA>IDN asserted"},
    ),
    (
        "wire-signed-for-not-a-sale-to-maker",
        "Chile signed for two British frigates.",
        {"ARMS_TRANSFER GBR>CHL asserted"},
    ),
    # --- parties of exercises and agreements --------------------------------------------------
    (
        "wire-exercise-troops-with-ships-from",
        "About 5,000 Chilean and Peruvian sailors, with ships from Colombia and Ecuador, opened "
        "the UNITAS drills on Monday.",
        {
            "JOINT_EXERCISE CHL-PER asserted",
            "JOINT_EXERCISE CHL-COL asserted",
            "JOINT_EXERCISE CHL-ECU asserted",
            "JOINT_EXERCISE COL-PER asserted",
            "JOINT_EXERCISE ECU-PER asserted",
            "JOINT_EXERCISE COL-ECU asserted",
        },
    ),
    (
        "wire-exercise-relative-clause-parties",
        "Brazil hosted a naval exercise off Rio, in which Argentina's navy took part alongside "
        "Uruguay.",
        {
            "JOINT_EXERCISE ARG-BRA asserted",
            "JOINT_EXERCISE BRA-URY asserted",
            "JOINT_EXERCISE ARG-URY asserted",
        },
    ),
    (
        "wire-agreement-military-terms",
        "Vietnam and India signed an agreement on Monday letting their navies repair ships at "
        "each other's yards.",
        {"DEFENCE_COOPERATION IND-VNM asserted"},
    ),
    (
        "wire-agreement-trade-not-military",
        "Vietnam and India signed a trade agreement that lowers tariffs on rice and navy blue "
        "textiles.",
        set(),
    ),
    (
        "wire-agreement-civil-terms",
        "Chile and Peru signed an agreement on fisheries and port fees.",
        set(),
    ),
    (
        "wire-agreement-allowing-forces",
        "Ghana signed a deal allowing the German army to use its airfield at Tamale.",
        {"DEFENCE_COOPERATION DEU-GHA asserted", "TROOP_DEPLOYMENT DEU>GHA asserted"},
    ),
    (
        "wire-agreement-mutual-defence-terms",
        "Armenia and Iran signed a treaty committing each to help the other if it is attacked.",
        {"ALLIANCE ARM-IRN asserted"},
    ),
    # --- port calls and stays, denied deployments, requests -----------------------------------
    (
        "wire-ships-entered-harbour",
        "Two Indian destroyers entered Port Louis harbour on Friday for a goodwill call.",
        {"VISIT IND>MUS asserted"},
    ),
    (
        "wire-intrusion-not-a-visit",
        "Chinese coast guard vessels entered Japanese waters near the disputed islands.",
        set(),
    ),
    (
        "wire-official-spent-days",
        "The Turkish foreign minister spent two days in Baku.",
        {"VISIT TUR>AZE asserted"},
    ),
    (
        "wire-state-spent-weeks-no-visit",
        "Armenia spent three weeks in talks with Azerbaijan.",
        set(),
    ),
    (
        "wire-no-boots-on-the-ground",
        "Canada will not put boots on the ground in Haiti, the prime minister said.",
        {"TROOP_DEPLOYMENT CAN>HTI denied"},
    ),
    (
        "wire-option-involving-boots",
        "Washington is weighing no option that involves boots on the ground in Yemen.",
        {"TROOP_DEPLOYMENT USA>YEM denied"},
    ),
    (
        "wire-deployment-noun-is-the-force",
        "Spain is not planning a combat deployment to Mali.",
        {"TROOP_DEPLOYMENT ESP>MLI denied"},
    ),
    (
        "wire-deployment-of-missiles-not-troops",
        "Moscow completed the deployment of nuclear missiles to Belarus.",
        set(),
    ),
    (
        "wire-troops-request-rebuffed",
        "Egypt's parliament stayed neutral, rebuffing a Kuwaiti request for ships and soldiers.",
        {"TROOP_DEPLOYMENT EGY>KWT denied"},
    ),
    (
        "wire-troops-request-weighed",
        "Norway is considering Latvia's request for more troops.",
        {"TROOP_DEPLOYMENT NOR>LVA alleged"},
    ),
    (
        "wire-arms-request-turned-down",
        "Berlin turned down Kyiv's request for long-range missiles.",
        {"ARMS_TRANSFER DEU>UKR denied"},
    ),
    # --- joint forces and exercises named by code name ----------------------------------------
    (
        "wire-joint-force-formed-by-list",
        "Kenya, Uganda and Rwanda agreed to set up a regional standby force for East Africa.",
        {
            "DEFENCE_COOPERATION KEN-UGA asserted",
            "DEFENCE_COOPERATION KEN-RWA asserted",
            "DEFENCE_COOPERATION RWA-UGA asserted",
        },
    ),
    (
        "wire-joint-brigade-formed",
        "Poland and Lithuania will form a joint infantry brigade next year.",
        {"DEFENCE_COOPERATION LTU-POL asserted"},
    ),
    (
        "wire-own-new-army-no-tie",
        "Russia formed a new combined arms army near its western border.",
        set(),
    ),
    (
        "wire-exercise-code-name-opened",
        "Jordanian and American officers opened Eager Lion on Sunday, with Saudi Arabia among "
        "the participants.",
        {
            "JOINT_EXERCISE JOR-USA asserted",
            "JOINT_EXERCISE JOR-SAU asserted",
            "JOINT_EXERCISE SAU-USA asserted",
        },
    ),
    (
        "wire-exercise-named-involving-navies-of",
        "Exercise Sea Breeze, involving the navies of Ukraine, Georgia and Turkey, began on "
        "Monday.",
        {
            "JOINT_EXERCISE GEO-UKR asserted",
            "JOINT_EXERCISE TUR-UKR asserted",
            "JOINT_EXERCISE GEO-TUR asserted",
        },
    ),
    # --- goods arriving, operated, and sales with several buyers ------------------------------
    (
        "wire-sales-for-each-buyer",
        "Washington froze several pending arms sales, among them tanks for Egypt and "
        "helicopters for Nigeria.",
        {"ARMS_TRANSFER USA>EGY denied", "ARMS_TRANSFER USA>NGA denied"},
    ),
    (
        "wire-shipment-arrived",
        "A shipment of British anti-tank missiles arrived in Kyiv on Friday.",
        {"ARMS_TRANSFER GBR>UKR asserted"},
    ),
    (
        "wire-goods-arrived-from",
        "Six more Su-30 fighters have arrived in Vietnam from Russia.",
        {"ARMS_TRANSFER RUS>VNM asserted"},
    ),
    (
        "wire-bombers-arrived-visit-not-sale",
        "Two Russian bombers arrived in Caracas on Monday for a visit.",
        {"VISIT RUS>VEN asserted"},
    ),
    (
        "wire-operates-foreign-built",
        "Egypt operates more than 200 US-built F-16s.",
        {"ARMS_TRANSFER USA>EGY asserted"},
    ),
    (
        "wire-flew-in-on-aircraft-no-sale",
        "The Indian minister flew in from Shanghai on a special aircraft to meet Chinese "
        "officials.",
        set(),
    ),
    # --- plain cooperation discussed by soldiers and defence ministers ------------------------
    (
        "wire-military-talks-bilateral-cooperation",
        "The Thai army chief met his Malaysian counterpart in Bangkok to discuss bilateral "
        "cooperation.",
        {"VISIT MYS>THA asserted", "DEFENCE_COOPERATION MYS-THA asserted"},
    ),
    (
        "wire-military-talks-trade-ties-no-tie",
        "The Indian defence minister met Japanese business leaders to discuss trade ties.",
        set(),
    ),
    (
        "wire-military-talks-each-counterpart",
        "Turkey's defence minister discussed bilateral ties with his Dutch and Polish "
        "counterparts.",
        {"DEFENCE_COOPERATION NLD-TUR asserted", "DEFENCE_COOPERATION POL-TUR asserted"},
    ),
    # --- deployments to a list of places, built bases, single ships ---------------------------
    (
        "wire-holds-troops-in-list-of-places",
        "Iran has advisers and troops in Iraq, Syria and Lebanon.",
        {
            "TROOP_DEPLOYMENT IRN>IRQ asserted",
            "TROOP_DEPLOYMENT IRN>SYR asserted",
            "TROOP_DEPLOYMENT IRN>LBN asserted",
        },
    ),
    (
        "wire-sent-troops-to-two-places",
        "Cuba sent troops to Angola and Ethiopia in the 1970s.",
        {"TROOP_DEPLOYMENT CUB>AGO asserted", "TROOP_DEPLOYMENT CUB>ETH asserted"},
    ),
    (
        "wire-deployed-a-single-frigate",
        "Italy deployed a frigate to Lebanon after the blast.",
        {"TROOP_DEPLOYMENT ITA>LBN asserted"},
    ),
    (
        "wire-built-a-base-abroad",
        "Turkey has built a military base in Somalia.",
        {"TROOP_DEPLOYMENT TUR>SOM asserted"},
    ),
    (
        "wire-became-org-ordinal-members",
        "Estonia and Slovakia became NATO's 24th and 25th members in March.",
        {"ALLIANCE EST-NATO asserted", "ALLIANCE SVK-NATO asserted"},
    ),
    (
        "wire-troops-sent-for-drills-exercise-with-host",
        "Britain sent 500 soldiers to Kenya for training exercises.",
        {"TROOP_DEPLOYMENT GBR>KEN asserted", "JOINT_EXERCISE GBR-KEN asserted"},
    ),
    (
        "wire-troops-sent-after-drills-no-exercise",
        "Russia sent troops to Syria after the drills ended.",
        {"TROOP_DEPLOYMENT RUS>SYR asserted"},
    ),
    (
        "wire-gifting-boats",
        "Japan is gifting six patrol boats to Vietnam.",
        {"ARMS_TRANSFER JPN>VNM asserted"},
    ),
    # --- what vehicles carry ------------------------------------------------------------------
    (
        "wire-planes-carrying-weapons-landed",
        "TRIPOLI - Three Turkish cargo planes carrying drones and ammunition landed at Mitiga "
        "airport on Sunday.",
        {"ARMS_TRANSFER TUR>LBY asserted"},
    ),
    (
        "wire-planes-carrying-troops-landed",
        "Two Cuban transport planes carrying 300 soldiers landed in Luanda on Friday.",
        {"TROOP_DEPLOYMENT CUB>AGO asserted"},
    ),
    (
        "wire-plane-carrying-leader-is-a-visit",
        "The plane carrying the Indian prime minister landed in Kabul.",
        {"VISIT IND>AFG asserted"},
    ),
    (
        "wire-agreement-without-mutual-defence",
        "Ghana and Togo signed a treaty, though it holds no mutual defence clause.",
        {"DEFENCE_COOPERATION GHA-TGO asserted"},
    ),
    # --- alliances: members described, admitted, depositing accession papers; pacts of two --------
    (
        "wire-two-allies-apposed",
        "Hungary and Romania, two NATO allies, quarrelled over minority rights.",
        {"ALLIANCE HUN-NATO asserted", "ALLIANCE ROU-NATO asserted"},
    ),
    (
        "wire-then-a-pact-member",
        "Bulgaria, then a Warsaw Pact member, voted against the resolution.",
        {"ALLIANCE BGR-WPO asserted"},
    ),
    (
        "wire-which-are-both-members",
        "Norway and Denmark, which are both NATO members, protested.",
        {"ALLIANCE DNK-NATO asserted", "ALLIANCE NOR-NATO asserted"},
    ),
    (
        "wire-which-is-a-founding-member-of",
        "Portugal, which is a founding member of NATO, hosted the summit.",
        {"ALLIANCE PRT-NATO asserted"},
    ),
    (
        "wire-as-a-nato-member-fronted",
        "As a NATO member, Canada must answer the call.",
        {"ALLIANCE CAN-NATO asserted"},
    ),
    (
        "wire-fellow-member-and-subject",
        "Greece protested to its fellow NATO member Turkey over airspace violations.",
        {"ALLIANCE GRC-NATO asserted", "ALLIANCE TUR-NATO asserted"},
    ),
    (
        "wire-hyphenated-member",
        "NATO-member Lithuania expelled two diplomats.",
        {"ALLIANCE LTU-NATO asserted"},
    ),
    (
        "wire-org-states-then-list",
        "The defence ministers of the CSTO states, Armenia, Kyrgyzstan and Tajikistan, met on "
        "Friday.",
        {"ALLIANCE ARM-CSTO asserted", "ALLIANCE KGZ-CSTO asserted", "ALLIANCE TJK-CSTO asserted"},
    ),
    (
        "wire-members-of-org-among-them",
        "Members of the Warsaw Pact, among them Bulgaria and Romania, backed the vote.",
        {"ALLIANCE BGR-WPO asserted", "ALLIANCE ROU-WPO asserted"},
    ),
    (
        "wire-org-was-a-pact-between",
        "ANZUS was a pact between Australia, New Zealand and the United States.",
        {
            "ALLIANCE AUS-ANZUS asserted",
            "ALLIANCE NZL-ANZUS asserted",
            "ALLIANCE USA-ANZUS asserted",
        },
    ),
    (
        "wire-became-part-of-org",
        "Latvia became part of NATO in 2004.",
        {"ALLIANCE LVA-NATO asserted"},
    ),
    (
        "wire-has-been-in-org",
        "Portugal has been in NATO since 1949.",
        {"ALLIANCE PRT-NATO asserted"},
    ),
    (
        "wire-in-org-talks-no-membership",
        "Portugal is in NATO talks over a new base.",
        set(),
    ),
    (
        "wire-in-org-sights-no-membership",
        "Estonia remains in NATO's sights, Moscow said.",
        set(),
    ),
    (
        "wire-org-admitted-list",
        "NATO admitted Albania and Croatia in April 2009.",
        {"ALLIANCE ALB-NATO asserted", "ALLIANCE HRV-NATO asserted"},
    ),
    (
        "wire-org-welcomed-as-member",
        "NATO welcomed Montenegro as its 29th member on Monday.",
        {"ALLIANCE MNE-NATO asserted"},
    ),
    (
        "wire-org-expanded-to-include",
        "NATO expanded in 1999 to include Poland.",
        {"ALLIANCE POL-NATO asserted"},
    ),
    ("wire-org-welcomed-reforms-no-member", "NATO welcomed Georgia's reforms.", set()),
    ("wire-org-admitted-a-point-no-member", "NATO admitted Russia had a point.", set()),
    (
        "wire-org-obligations-to-state",
        "The United States has kept its ANZUS commitments to Australia.",
        {"ALLIANCE AUS-USA asserted"},
    ),
    (
        "wire-security-commitments-to-state",
        "The US renewed its security commitments to the Philippines.",
        {"ALLIANCE PHL-USA asserted"},
    ),
    (
        "wire-commitment-to-trade-no-alliance",
        "Japan reaffirmed its commitment to free trade with Australia.",
        set(),
    ),
    (
        "wire-kept-in-org",
        "Parliament voted to keep Norway in NATO.",
        {"ALLIANCE NOR-NATO asserted"},
    ),
    (
        "wire-no-intention-of-applying",
        "Moldova has no intention of applying to join NATO.",
        {"ALLIANCE MDA-NATO denied"},
    ),
    ("wire-shelved-bid", "Kyiv shelved its bid to join NATO.", {"ALLIANCE UKR-NATO denied"}),
    (
        "wire-decided-against-joining",
        "Austria decided against joining NATO.",
        {"ALLIANCE AUT-NATO denied"},
    ),
    ("wire-joined-org-drills-no-member", "Sweden joined NATO exercises in the Baltic Sea.", set()),
    (
        "wire-borders-org-member-in-aside",
        "Belarus, which borders NATO member Poland, held drills.",
        {"ALLIANCE POL-NATO asserted"},
    ),
    (
        "wire-country-of-millions-no-member",
        "Poland, a country of 38 million, borders Belarus.",
        set(),
    ),
    (
        "wire-the-alliance-of-the-two-named",
        "Japanese and American diplomats discussed how to modernise the alliance.",
        {"ALLIANCE JPN-USA asserted"},
    ),
    (
        "wire-the-alliance-members-no-pair",
        "The alliance's 30 members backed the two Nordic applicants.",
        set(),
    ),
    (
        "wire-the-allies-facing-two-states",
        "Officials urged closer ties between the allies to deter North Korea and China.",
        set(),
    ),
    (
        "wire-ally-owner-as-adjective",
        "Angola, a Soviet ally, voted with Moscow.",
        {"ALLIANCE AGO-RUS asserted"},
    ),
    (
        "wire-commitment-to-defending",
        "Washington reaffirmed its commitment to defending Japan under the security treaty.",
        {"ALLIANCE JPN-USA asserted"},
    ),
    (
        "wire-treaty-allies-apposed",
        "Washington and Manila, treaty allies since 1951, held talks.",
        {"ALLIANCE PHL-USA asserted"},
    ),
    (
        "wire-owner-of-org-allies",
        "Turkey's NATO allies criticised the purchase.",
        {"ALLIANCE TUR-NATO asserted"},
    ),
    (
        "wire-owner-of-pact-allies-with-number",
        "Leaders of the Soviet Union's six Warsaw Pact allies met in Prague.",
        {"ALLIANCE RUS-WPO asserted"},
    ),
    ("wire-remains-outside-org", "Ireland remains outside NATO.", {"ALLIANCE IRL-NATO denied"}),
    (
        "wire-which-are-not-members",
        "Austria and Ireland, which are not NATO members, stayed neutral.",
        {"ALLIANCE AUT-NATO denied", "ALLIANCE IRL-NATO denied"},
    ),
    (
        "wire-invoked-article-four-of-treaty",
        "Latvia invoked Article 4 of the North Atlantic Treaty on Thursday.",
        {"ALLIANCE LVA-NATO asserted"},
    ),
    (
        "wire-warned-against-article-five-no-member",
        "Russia warned against invoking Article 5 of the North Atlantic Treaty.",
        set(),
    ),
    (
        "wire-which-chairs-org",
        "Tajikistan, which chairs the CSTO this year, hosted the meeting.",
        {"ALLIANCE TJK-CSTO asserted"},
    ),
    (
        "wire-holds-presidency-of-org",
        "Belarus holds the rotating presidency of the CSTO this year.",
        {"ALLIANCE BLR-CSTO asserted"},
    ),
    (
        "wire-list-makes-up-org",
        "Russia, Belarus and Armenia make up the CSTO with three Central Asian states.",
        {"ALLIANCE RUS-CSTO asserted", "ALLIANCE BLR-CSTO asserted", "ALLIANCE ARM-CSTO asserted"},
    ),
    (
        "wire-set-up-org-unit-no-member",
        "Germany and Britain set up NATO's rapid reaction corps.",
        set(),
    ),
    (
        "wire-among-members-of-org-were",
        "Among the members of SEATO were Australia, Pakistan and Thailand.",
        {
            "ALLIANCE AUS-SEATO asserted",
            "ALLIANCE PAK-SEATO asserted",
            "ALLIANCE THA-SEATO asserted",
        },
    ),
    (
        "wire-org-formed-in-place-by",
        "SEATO was formed in Manila in 1954 by the Philippines, Britain and France.",
        {
            "ALLIANCE PHL-SEATO asserted",
            "ALLIANCE GBR-SEATO asserted",
            "ALLIANCE FRA-SEATO asserted",
        },
    ),
    (
        "wire-treaty-amended-to-admit",
        "The senators approved amending the North Atlantic Treaty to admit Slovenia and Slovakia.",
        {"ALLIANCE SVN-NATO asserted", "ALLIANCE SVK-NATO asserted"},
    ),
    (
        "wire-the-nth-org-country",
        "Canada was the first NATO country to ratify the protocol.",
        {"ALLIANCE CAN-NATO asserted"},
    ),
    (
        "wire-mutual-security-guarantees-with",
        "Norway signed mutual security guarantees with Iceland and Denmark.",
        {"ALLIANCE ISL-NOR asserted", "ALLIANCE DNK-NOR asserted"},
    ),
    (
        "wire-security-guarantees-for-no-alliance",
        "Ministers discussed security guarantees for Ukraine.",
        set(),
    ),
    (
        "wire-membership-put-on-ice",
        "Tajikistan put its membership of the CSTO on ice.",
        {"ALLIANCE TJK-CSTO denied"},
    ),
    (
        "wire-treaty-on-security-guarantees",
        "Moscow and Minsk signed a treaty on security guarantees last week.",
        {"ALLIANCE BLR-RUS asserted"},
    ),
    (
        "wire-help-after-attack-named-first",
        "In the event of an attack, Chad and Niger have pledged to help Mali.",
        {"ALLIANCE MLI-TCD asserted", "ALLIANCE MLI-NER asserted"},
    ),
    (
        "wire-help-without-attack-no-alliance",
        "Japan pledged to help Vietnam rebuild its ports.",
        set(),
    ),
    (
        "wire-state-and-its-org-allies",
        "The Soviet Union and its Warsaw Pact allies rejected the proposal.",
        {"ALLIANCE RUS-WPO asserted"},
    ),
    (
        "wire-pressed-its-org-allies",
        "Moscow pressed its CSTO allies to send troops.",
        {"ALLIANCE RUS-CSTO asserted"},
    ),
    (
        "wire-like-other-org-members",
        "Turkey, like other NATO members, voted for the statement.",
        {"ALLIANCE TUR-NATO asserted"},
    ),
    (
        "wire-unlike-state-not-member",
        "Unlike Finland, Austria is not a member of NATO.",
        {"ALLIANCE AUT-NATO denied"},
    ),
    ("wire-org-partners-no-member", "Washington and its NATO partners sent aid.", set()),
    (
        "wire-treaty-of-the-only-two-states",
        "An attack on Japanese ships would trigger American obligations under the 1960 security "
        "treaty, the minister said in Tokyo.",
        {"ALLIANCE JPN-USA asserted"},
    ),
    (
        "wire-treaty-of-three-states-no-pair",
        "Germany criticised the defence pact, saying Russia and Iran had grown closer.",
        set(),
    ),
    (
        "wire-their-pact-widened",
        "Armenia and Iran have widened their pact to cover air defence.",
        {"ALLIANCE ARM-IRN asserted"},
    ),
    (
        "wire-their-non-aggression-pact-no-alliance",
        "Germany and Poland renewed their non-aggression pact.",
        set(),
    ),
    (
        "wire-bound-to-stand-together-should-war",
        "The accord binds Cuba and Venezuela to stand together if war breaks out.",
        {"ALLIANCE CUB-VEN asserted"},
    ),
    (
        "wire-stood-together-no-alliance",
        "Fans of Spain and Italy stood together in the rain.",
        set(),
    ),
    (
        "wire-alliance-partners",
        "Canberra's alliance partner Washington backed the plan.",
        {"ALLIANCE AUS-USA asserted"},
    ),
    (
        "wire-under-a-defence-treaty-of-two",
        "Japan hosts 50,000 American troops under a mutual defence treaty.",
        {"ALLIANCE JPN-USA asserted", "TROOP_DEPLOYMENT USA>JPN asserted"},
    ),
    (
        "wire-commitment-to-state-defence",
        "Washington restated its commitment to the Philippines' defence.",
        {"ALLIANCE PHL-USA asserted"},
    ),
    (
        "wire-commitment-to-state-trade-no-alliance",
        "Washington restated its commitment to Taiwan's economy.",
        set(),
    ),
    (
        "wire-which-became-member-in-year",
        "Slovenia, which became a NATO member in 2004, borders Italy.",
        {"ALLIANCE SVN-NATO asserted"},
    ),
    (
        "wire-joined-the-alliance-aside-no-pair",
        "Latvia, which joined the alliance in 2004, borders Russia.",
        set(),
    ),
    (
        "wire-left-one-bloc-and-joined-another",
        "Bulgaria and Romania left the Warsaw Pact in 1991 and joined NATO in 2004.",
        {
            "ALLIANCE BGR-WPO denied",
            "ALLIANCE ROU-WPO denied",
            "ALLIANCE BGR-NATO asserted",
            "ALLIANCE ROU-NATO asserted",
        },
    ),
    (
        "wire-and-formally-joined",
        "Austria dropped its neutrality and formally joined NATO in 2030.",
        {"ALLIANCE AUT-NATO asserted"},
    ),
    (
        "wire-and-has-since-joined",
        "Montenegro broke away from Serbia in 2006 and has since joined NATO.",
        {"ALLIANCE MNE-NATO asserted"},
    ),
    (
        "wire-joined-another-body-and-org",
        "Lithuania joined the European Union and NATO in 2004.",
        {"ALLIANCE LTU-NATO asserted"},
    ),
    (
        "wire-joined-talks-and-org-drills-no-member",
        "Sweden joined the talks and NATO drills.",
        set(),
    ),
    (
        "wire-and-the-rest-of-org",
        "Estonia, Latvia and the rest of NATO condemned the attack.",
        {"ALLIANCE EST-NATO asserted", "ALLIANCE LVA-NATO asserted"},
    ),
    (
        "wire-and-org-other-members",
        "Romania and NATO's other Black Sea members asked for ships.",
        {"ALLIANCE ROU-NATO asserted"},
    ),
    (
        "wire-and-the-other-org-allies",
        "Spain and the other NATO allies met in Madrid.",
        {"ALLIANCE ESP-NATO asserted"},
    ),
    (
        "wire-joined-another-body-in-year-and-org",
        "Austria joined the European Union in 1995 and NATO in 2031.",
        {"ALLIANCE AUT-NATO asserted"},
    ),
    (
        "wire-since-joining-fronted",
        "Since joining NATO in 2004, Slovakia has doubled its defence budget.",
        {"ALLIANCE SVK-NATO asserted"},
    ),
    (
        "wire-org-owned-member-aside",
        "Finland, NATO's newest member, voted with Norway.",
        {"ALLIANCE FIN-NATO asserted"},
    ),
    (
        "wire-joined-the-numbered-org",
        "Albania joined the 28-member NATO alliance on Wednesday.",
        {"ALLIANCE ALB-NATO asserted"},
    ),
    (
        "wire-deposited-accession-documents",
        "Latvia and Slovenia formally deposited their accession documents with the United "
        "States, the depositary of the North Atlantic Treaty.",
        {"ALLIANCE LVA-NATO asserted", "ALLIANCE SVN-NATO asserted"},
    ),
    (
        "wire-signed-accession-protocols-no-member",
        "Latvia and Slovenia signed accession protocols with NATO.",
        set(),
    ),
    (
        "wire-led-org-military-alliance-no-pair",
        "Latvia joined the US-led NATO military alliance in 2004.",
        {"ALLIANCE LVA-NATO asserted"},
    ),
    # --- visits and cooperation: courtesy calls, ships together, a visit's talks, co-made arms ----
    (
        "wire-swing-through-to-discuss-security-cooperation",
        "Britain's defence secretary made a swing through Oman, Qatar and Bahrain last week, "
        "meeting admirals in each to discuss closer security cooperation.",
        {
            "VISIT GBR>OMN asserted",
            "VISIT GBR>QAT asserted",
            "VISIT GBR>BHR asserted",
            "DEFENCE_COOPERATION GBR-OMN asserted",
            "DEFENCE_COOPERATION GBR-QAT asserted",
            "DEFENCE_COOPERATION BHR-GBR asserted",
        },
    ),
    (
        "wire-toured-hosts-are-no-partners-of-each-other",
        "Britain's defence secretary toured Oman and Qatar last week to discuss closer defence "
        "cooperation.",
        {
            "VISIT GBR>OMN asserted",
            "VISIT GBR>QAT asserted",
            "DEFENCE_COOPERATION GBR-OMN asserted",
            "DEFENCE_COOPERATION GBR-QAT asserted",
        },
    ),
    (
        "wire-tour-of-two-states",
        "The Chinese premier began a tour of Kenya and Ethiopia on Monday.",
        {"VISIT CHN>KEN asserted", "VISIT CHN>ETH asserted"},
    ),
    (
        "wire-visit-for-civil-ties-no-cooperation",
        "The Thai prime minister flew to Tokyo on Monday to discuss rice exports and investment "
        "ties.",
        {"VISIT THA>JPN asserted"},
    ),
    (
        "wire-visit-beside-cooperation-of-others",
        "Turkey's defence minister flew to Baku on Friday, days after Russia and Armenia expanded "
        "their military cooperation.",
        {"VISIT TUR>AZE asserted", "DEFENCE_COOPERATION ARM-RUS asserted"},
    ),
    (
        "wire-courtesy-call-on-foreign-army-chief",
        "The commander of the Sri Lankan Army called on Pakistan's army chief in Rawalpindi on "
        "Friday.",
        {"VISIT LKA>PAK asserted"},
    ),
    (
        "wire-courtesy-call-on-leader-named",
        "Nepal's army chief called on Indian Prime Minister Narendra Modi in New Delhi on Monday.",
        {"VISIT NPL>IND asserted"},
    ),
    (
        "wire-called-on-to-act-no-visit",
        "The US president called on Russia's leaders to withdraw their troops.",
        set(),
    ),
    (
        "wire-called-on-ambassador-no-visit",
        "Japan's foreign minister called on China's ambassador on Monday.",
        set(),
    ),
    (
        "wire-cooperation-in-fields-including-defence",
        "Egypt and India agreed to deepen cooperation in fields including defence, trade and "
        "energy.",
        {"DEFENCE_COOPERATION EGY-IND asserted"},
    ),
    (
        "wire-cooperation-in-civil-fields-no-tie",
        "Egypt and India agreed to boost cooperation in areas such as trade, tourism and culture.",
        set(),
    ),
    (
        "wire-work-together-on-defence",
        "India and Vietnam agreed to work together on defence production.",
        {"DEFENCE_COOPERATION IND-VNM asserted"},
    ),
    (
        "wire-work-together-on-floods-no-tie",
        "Vietnam and Laos pledged to work together on flood control.",
        set(),
    ),
    (
        "wire-relations-between-the-two-armies",
        "The army chiefs of India and Bangladesh discussed relations between the two armies.",
        {"DEFENCE_COOPERATION BGD-IND asserted"},
    ),
    (
        "wire-navy-to-navy-talks",
        "Japan and Australia held navy-to-navy staff talks in Tokyo.",
        {"VISIT AUS>JPN asserted", "DEFENCE_COOPERATION AUS-JPN asserted"},
    ),
    (
        "wire-ship-berthed-with-other-warships",
        "The Spanish frigate Blas de Lezo, flagship of a NATO maritime group, was berthed in "
        "Liverpool this week together with Dutch and Polish warships.",
        {"VISIT ESP>GBR asserted", "VISIT NLD>GBR asserted", "VISIT POL>GBR asserted"},
    ),
    (
        "wire-two-ships-joined-past-a-participle",
        "A Russian corvette armed with cruise missiles and an Iranian destroyer docked at Durban "
        "on Monday.",
        {"VISIT RUS>ZAF asserted", "VISIT IRN>ZAF asserted"},
    ),
    (
        "wire-ship-docked-after-standoff-with-others",
        "A Chinese destroyer docked at Durban on Monday, days after a standoff with Indian "
        "warships.",
        {"VISIT CHN>ZAF asserted"},
    ),
    (
        "wire-jointly-develop-a-missile",
        "Sweden, Norway and Finland will jointly develop a new long-range missile.",
        {
            "DEFENCE_COOPERATION FIN-NOR asserted",
            "DEFENCE_COOPERATION FIN-SWE asserted",
            "DEFENCE_COOPERATION NOR-SWE asserted",
        },
    ),
    (
        "wire-co-produce-howitzers",
        "Poland and South Korea co-produce self-propelled howitzers.",
        {"DEFENCE_COOPERATION KOR-POL asserted"},
    ),
    (
        "wire-cooperation-on-drone-development",
        "Iran and Belarus resumed cooperation on drone development last year.",
        {"DEFENCE_COOPERATION BLR-IRN asserted"},
    ),
    (
        "wire-refused-to-co-produce-denied",
        "Germany refused to co-produce tanks with Turkey.",
        {"DEFENCE_COOPERATION DEU-TUR denied"},
    ),
    (
        "wire-jointly-develop-airliner-no-tie",
        "China and Russia will jointly develop a wide-body passenger aircraft.",
        set(),
    ),
    (
        "wire-cooperate-on-arms-control-no-tie",
        "Washington and Moscow agreed to cooperate on arms reduction.",
        set(),
    ),
    (
        "wire-cooperate-on-chips-no-tie",
        "India and Japan agreed to cooperate on semiconductor supply chains.",
        set(),
    ),
    (
        "wire-talks-in-place-between-two-sides",
        "Talks in Moscow between Iran's foreign minister and his Russian counterpart ended on "
        "Friday.",
        {"VISIT IRN>RUS asserted"},
    ),
    (
        "wire-summit-in-place-with-alliance-no-visit",
        "The summit in Brussels with NATO leaders ended on Friday.",
        set(),
    ),
    (
        "wire-due-in-capital",
        "The Iranian foreign minister is due in Moscow on Monday for talks.",
        {"VISIT IRN>RUS asserted"},
    ),
    (
        "wire-weather-expected-no-visit",
        "Heavy rain is expected in Tokyo on Monday.",
        set(),
    ),
    (
        "wire-delegation-led-by-arrived",
        "A delegation led by Iran's defence minister arrived in Minsk.",
        {"VISIT IRN>BLR asserted"},
    ),
    (
        "wire-agreements-including-on-defence",
        "Egypt and Kenya signed five agreements, including on defence and farming, on Monday.",
        {"DEFENCE_COOPERATION EGY-KEN asserted"},
    ),
    (
        "wire-agreements-covering-civil-fields-no-tie",
        "Egypt and Kenya signed agreements covering trade, health and culture.",
        set(),
    ),
    (
        "wire-partnership-in-defence",
        "France and India agreed to deepen their strategic partnership in defence and space.",
        {"DEFENCE_COOPERATION FRA-IND asserted"},
    ),
    (
        "wire-allies-in-passing-sign-a-basing-agreement",
        "Canberra and Wellington, treaty allies for decades, signed an agreement on Monday giving "
        "Australian forces access to New Zealand bases.",
        {"ALLIANCE AUS-NZL asserted", "DEFENCE_COOPERATION AUS-NZL asserted"},
    ),
    (
        "wire-allies-in-passing-sign-a-trade-agreement",
        "Canberra and Wellington, treaty allies for decades, signed a trade agreement on Monday.",
        {"ALLIANCE AUS-NZL asserted"},
    ),
    (
        "wire-oil-tanker-docked-no-visit",
        "The Iranian oil tanker docked in Venezuela on Sunday.",
        set(),
    ),
    (
        "wire-cargo-ship-docked-no-visit",
        "A North Korean cargo ship docked at Vladivostok last week.",
        set(),
    ),
    (
        "wire-navy-hospital-ship-docked-visit",
        "The Chinese navy's hospital ship docked at Colombo last week.",
        {"VISIT CHN>LKA asserted"},
    ),
    (
        "wire-reviewed-defence-technology-projects",
        "Britain's and Japan's defence ministers reviewed progress on defence technology projects "
        "in a video call on Tuesday.",
        {"DEFENCE_COOPERATION GBR-JPN asserted"},
    ),
    (
        "wire-discussed-upgrade-of-a-fleet",
        "The Indian and French ministers discussed the upgrade of India's Mirage fleet in Paris.",
        {"DEFENCE_COOPERATION FRA-IND asserted"},
    ),
    (
        "wire-discussed-a-third-state-programme-no-tie",
        "Iran's and Russia's defence ministers discussed Tehran's missile programme in Moscow.",
        set(),
    ),
    (
        "wire-discussed-sales-to-a-third-state-no-tie",
        "Israel and the United States discussed military technology sales to China.",
        set(),
    ),
    (
        "wire-refused-a-port-visit-by",
        "Chile has refused a port visit by the British destroyer Dauntless.",
        {"VISIT GBR>CHL denied"},
    ),
    (
        "wire-approved-a-port-call-by",
        "Vietnam approved a port call by a U.S. aircraft carrier.",
        {"VISIT USA>VNM asserted"},
    ),
    (
        "wire-protested-a-visit-by-no-host",
        "Japan protested the visit by Taiwan's president.",
        set(),
    ),
    (
        "wire-hub-met-ministers-from-list",
        "Pakistan's army chief held separate meetings with defence ministers from Qatar, Turkey, "
        "Egypt and Jordan, discussing ways to deepen defence cooperation.",
        {
            "DEFENCE_COOPERATION PAK-QAT asserted",
            "DEFENCE_COOPERATION PAK-TUR asserted",
            "DEFENCE_COOPERATION EGY-PAK asserted",
            "DEFENCE_COOPERATION JOR-PAK asserted",
        },
    ),
    (
        "wire-hub-counterparts-from-list-after-noun",
        "Japan's defence minister discussed defence cooperation with counterparts from Vietnam, "
        "Indonesia and the Philippines.",
        {
            "DEFENCE_COOPERATION JPN-VNM asserted",
            "DEFENCE_COOPERATION IDN-JPN asserted",
            "DEFENCE_COOPERATION JPN-PHL asserted",
        },
    ),
    (
        "wire-hub-met-counterparts-from-no-with",
        "The Indonesian defence minister met counterparts from Malaysia, Singapore and Thailand "
        "to discuss security cooperation.",
        {
            "DEFENCE_COOPERATION IDN-MYS asserted",
            "DEFENCE_COOPERATION IDN-SGP asserted",
            "DEFENCE_COOPERATION IDN-THA asserted",
        },
    ),
    (
        "wire-hub-demonym-counterparts",
        "Japan's defence minister held talks with his Australian and Indian counterparts on "
        "defence cooperation.",
        {"DEFENCE_COOPERATION AUS-JPN asserted", "DEFENCE_COOPERATION IND-JPN asserted"},
    ),
    (
        "wire-hub-list-of-officials-reviewed",
        "Chile's navy chief reviewed military cooperation with officials from Peru and Ecuador.",
        {"DEFENCE_COOPERATION CHL-PER asserted", "DEFENCE_COOPERATION CHL-ECU asserted"},
    ),
    (
        "wire-hub-unknown-no-list-pairs",
        "The defence minister met counterparts from Brazil and Argentina to discuss defence "
        "cooperation.",
        set(),
    ),
    (
        "wire-list-subject-symmetric",
        "Soldiers from Kenya, Uganda and Rwanda trained side by side to boost military "
        "cooperation.",
        {
            "DEFENCE_COOPERATION KEN-UGA asserted",
            "DEFENCE_COOPERATION KEN-RWA asserted",
            "DEFENCE_COOPERATION RWA-UGA asserted",
        },
    ),
    (
        "wire-group-between-described-and-party",
        "Navies of Bahrain, Qatar, Israel and Britain opened drills on Monday, the first open "
        "security cooperation between the two Gulf states and Israel.",
        {
            "DEFENCE_COOPERATION BHR-ISR asserted",
            "DEFENCE_COOPERATION ISR-QAT asserted",
            "JOINT_EXERCISE BHR-QAT asserted",
            "JOINT_EXERCISE BHR-ISR asserted",
            "JOINT_EXERCISE BHR-GBR asserted",
            "JOINT_EXERCISE ISR-QAT asserted",
            "JOINT_EXERCISE GBR-QAT asserted",
            "JOINT_EXERCISE GBR-ISR asserted",
        },
    ),
    (
        "wire-group-between-described-not-found",
        "Israel and the United States issued a statement. It hailed the defence cooperation "
        "between the two Gulf states and Israel.",
        set(),
    ),
    (
        "wire-similar-accords-with-later-partners",
        "Oman signed a defence cooperation agreement with India in 2005, and the sultanate later "
        "concluded similar accords with Spain and Italy.",
        {
            "DEFENCE_COOPERATION IND-OMN asserted",
            "DEFENCE_COOPERATION ESP-OMN asserted",
            "DEFENCE_COOPERATION ITA-OMN asserted",
        },
    ),
    (
        "wire-strategic-dialogue-of-defence-ministries",
        "The defence ministries of Indonesia and Australia agreed to hold a strategic dialogue "
        "every year.",
        {"DEFENCE_COOPERATION AUS-IDN asserted"},
    ),
    (
        "wire-strategic-dialogue-of-armies",
        "The armies of Ghana and Nigeria opened their first strategic dialogue on Monday.",
        {"DEFENCE_COOPERATION GHA-NGA asserted"},
    ),
    (
        "wire-strategic-dialogue-civil",
        "Ghana and Nigeria held a strategic dialogue on trade and energy.",
        set(),
    ),
    (
        "wire-visit-and-submarine-cooperation",
        "During a trip to India, the French president hailed submarine cooperation between the two "
        "countries.",
        {"VISIT FRA>IND asserted", "DEFENCE_COOPERATION FRA-IND asserted"},
    ),
    (
        "wire-visitor-signed-cooperation-with-counterpart",
        "China's defence minister, who arrived in Islamabad on Monday, signed a pact on military "
        "cooperation with his Pakistani counterpart.",
        {"VISIT CHN>PAK asserted", "DEFENCE_COOPERATION CHN-PAK asserted"},
    ),
    (
        "wire-hub-also-met-second-official",
        "Kenya's defence minister held talks with his Ugandan counterpart on military cooperation "
        "and also met the Tanzanian army chief.",
        {"DEFENCE_COOPERATION KEN-UGA asserted", "DEFENCE_COOPERATION KEN-TZA asserted"},
    ),
    (
        "wire-hubless-officials-met-not-paired",
        "The minister held talks with Chile's defence minister and Peru's defence minister on "
        "defence cooperation.",
        set(),
    ),
    (
        "wire-dateline-hub-officials-met",
        "LIMA - The minister held talks with Chile's defence minister and Bolivia's defence "
        "minister on defence cooperation.",
        {
            "VISIT CHL>PER asserted",
            "VISIT BOL>PER asserted",
            "DEFENCE_COOPERATION CHL-PER asserted",
            "DEFENCE_COOPERATION BOL-PER asserted",
        },
    ),
    (
        "wire-hub-received-demonym-counterparts",
        "The Omani defence minister received his Jordanian and Moroccan counterparts in Muscat to "
        "discuss military cooperation.",
        {
            "VISIT JOR>OMN asserted",
            "VISIT MAR>OMN asserted",
            "DEFENCE_COOPERATION JOR-OMN asserted",
            "DEFENCE_COOPERATION MAR-OMN asserted",
        },
    ),
    (
        "wire-hub-trilateral-pairs-all",
        "Greece's defence minister hosted counterparts from Cyprus and Egypt for talks on "
        "trilateral defence cooperation.",
        {
            "VISIT CYP>GRC asserted",
            "VISIT EGY>GRC asserted",
            "DEFENCE_COOPERATION CYP-GRC asserted",
            "DEFENCE_COOPERATION EGY-GRC asserted",
            "DEFENCE_COOPERATION CYP-EGY asserted",
        },
    ),
    (
        "wire-agreement-giving-forces-access",
        "The Canberra stop was crowned by a new security agreement that will give Japanese troops "
        "wider access to Australian bases.",
        {"DEFENCE_COOPERATION AUS-JPN asserted"},
    ),
    (
        "wire-list-after-with-is-no-subject",
        "India will build six frigates with French and Italian know-how under a new three-way "
        "defence partnership.",
        {
            "DEFENCE_COOPERATION FRA-IND asserted",
            "DEFENCE_COOPERATION IND-ITA asserted",
            "DEFENCE_COOPERATION FRA-ITA asserted",
        },
    ),
    (
        "wire-list-after-with-two-way",
        "Kenya will train its pilots with Turkish and Emirati help under a security agreement.",
        {"DEFENCE_COOPERATION KEN-TUR asserted", "DEFENCE_COOPERATION ARE-KEN asserted"},
    ),
    (
        "wire-war-with-is-no-partner",
        "He raised support for Ukraine in its war with Russia and the AUKUS security pact.",
        set(),
    ),
    (
        "wire-strategic-relationship-defence-ministers",
        "Chile's defence minister will receive his Peruvian counterpart on Monday to reaffirm the "
        "strategic relationship between their countries.",
        {"VISIT PER>CHL asserted", "DEFENCE_COOPERATION CHL-PER asserted"},
    ),
    (
        "wire-strategic-partnership-foreign-minister",
        "India's foreign minister praised the strategic partnership with Japan.",
        set(),
    ),
    (
        "wire-the-two-discussed-under-third-dateline",
        "ASTANA - Vietnam's defence minister met his Indian counterpart at the regional forum; "
        "the two also discussed upgrading Vietnam's fleet of patrol boats.",
        {"DEFENCE_COOPERATION IND-VNM asserted"},
    ),
    # --- troops: own bases, lists paired respectively, gapped objects, ', where', onward moves ----
    (
        "wire-base-of-its-named-base-in",
        "Moscow plans to station more attack helicopters at its Kant air base in Kyrgyzstan "
        "next year, a Russian commander said.",
        {"TROOP_DEPLOYMENT RUS>KGZ asserted"},
    ),
    (
        "wire-base-of-maintains-base-in",
        "Turkey already maintains a military base in Qatar, the defence ministry in Ankara said.",
        {"TROOP_DEPLOYMENT TUR>QAT asserted"},
    ),
    (
        "wire-base-of-let-keep-its-facility",
        "Syria agreed on Friday to let Russia keep its naval facility in Tartus for another 49 "
        "years.",
        {"TROOP_DEPLOYMENT RUS>SYR asserted"},
    ),
    (
        "wire-base-of-has-no-base",
        "China has no military base in Cambodia, a foreign ministry spokesman in Beijing said.",
        {"TROOP_DEPLOYMENT CHN>KHM denied"},
    ),
    (
        "wire-base-of-own-base-no-host",
        "Pakistan's air force moved its fighters to its air base near the border with India.",
        set(),
    ),
    (
        "wire-base-of-home-base",
        "Egypt keeps its largest naval base in Alexandria, the navy's spokesman said.",
        set(),
    ),
    (
        "wire-respectively-led-by",
        "The alliance's new battle groups in Slovakia, Hungary and Bulgaria are to be led by "
        "the Czech Republic, Italy and Germany respectively, officials said.",
        {
            "TROOP_DEPLOYMENT CZE>SVK asserted",
            "TROOP_DEPLOYMENT ITA>HUN asserted",
            "TROOP_DEPLOYMENT DEU>BGR asserted",
        },
    ),
    (
        "wire-respectively-framework-nations",
        "Germany and Canada serve as the framework nations in Lithuania and Latvia, respectively.",
        {"TROOP_DEPLOYMENT DEU>LTU asserted", "TROOP_DEPLOYMENT CAN>LVA asserted"},
    ),
    (
        "wire-respectively-sent-no-cross",
        "Belgium and Portugal sent small contingents to Mali and the Central African Republic "
        "respectively.",
        {"TROOP_DEPLOYMENT BEL>MLI asserted", "TROOP_DEPLOYMENT PRT>CAF asserted"},
    ),
    (
        "wire-respectively-own-cities",
        "Nigeria and Ghana moved extra troops to Lagos and Accra respectively before the vote.",
        set(),
    ),
    (
        "wire-left-base-named-by-place",
        "KABUL - The last American troops have left Bagram Air Base, a defence official in "
        "Washington said on Friday.",
        {"TROOP_DEPLOYMENT USA>AFG denied"},
    ),
    (
        "wire-left-base-state-after-conjunction",
        "BISHKEK - Moscow plans to add jets to its squadron here, weeks after Washington said it "
        "would vacate the Manas transit centre by July.",
        {"TROOP_DEPLOYMENT USA>KGZ denied"},
    ),
    (
        "wire-base-of-closes-its-base",
        "Washington will close its air base in Ecuador next year, the Pentagon said.",
        {"TROOP_DEPLOYMENT USA>ECU denied"},
    ),
    (
        "wire-left-base-own-state",
        "ANKARA - Turkish jets left Incirlik air base at dawn to patrol the border.",
        set(),
    ),
    (
        "wire-gapped-second-object",
        "Spain has sent troops to Latvia and marines to Mali since 2018.",
        {"TROOP_DEPLOYMENT ESP>LVA asserted", "TROOP_DEPLOYMENT ESP>MLI asserted"},
    ),
    (
        "wire-gapped-second-owner",
        "Italy will deploy four fighter jets to Poland this spring, and Polish fighter jets to "
        "Italy in the autumn.",
        {"TROOP_DEPLOYMENT ITA>POL asserted", "TROOP_DEPLOYMENT POL>ITA asserted"},
    ),
    (
        "wire-gapped-goods-no-troops",
        "Canada sent troops to Latvia and medical supplies to Ukraine.",
        {"TROOP_DEPLOYMENT CAN>LVA asserted"},
    ),
    (
        "wire-send-second-clause-own-subject",
        "Germany sent troops to Lithuania and Norway sent paratroopers to Latvia.",
        {"TROOP_DEPLOYMENT DEU>LTU asserted", "TROOP_DEPLOYMENT NOR>LVA asserted"},
    ),
    (
        "wire-host-unit-of-troops",
        "Serbia will host a company of Russian soldiers for the winter, the defence ministry said.",
        {"TROOP_DEPLOYMENT RUS>SRB asserted"},
    ),
    (
        "wire-presence-ended",
        "The pullout ended almost three decades of American military presence in Panama.",
        {"TROOP_DEPLOYMENT USA>PAN denied"},
    ),
    (
        "wire-presence-an-end-to",
        "Paris announced an end to the French military presence in Burkina Faso, the army said.",
        {"TROOP_DEPLOYMENT FRA>BFA denied"},
    ),
    (
        "wire-presence-still-there",
        "The French military presence in Chad dates back to independence.",
        {"TROOP_DEPLOYMENT FRA>TCD asserted"},
    ),
    (
        "wire-where-troops-based",
        "The column crossed into Chad, where about 1,000 French soldiers will be based from next "
        "month.",
        {"TROOP_DEPLOYMENT FRA>TCD asserted"},
    ),
    (
        "wire-where-keeps-troops",
        "The drone fell in northern Iraq, where Turkey keeps about 2,000 soldiers.",
        {"TROOP_DEPLOYMENT TUR>IRQ asserted"},
    ),
    (
        "wire-where-troops-killed",
        "The patrol was ambushed in Niger, where four American soldiers were killed in 2017.",
        set(),
    ),
    (
        "wire-where-no-state-office",
        "The talks took place in Qatar, where the Taliban keeps a political office.",
        set(),
    ),
    (
        "wire-troops-of-demonym-force",
        "The last 900 troops of the Cuban expeditionary force stationed in Angola flew home on "
        "Friday.",
        {"TROOP_DEPLOYMENT CUB>AGO asserted"},
    ),
    (
        "wire-troops-in-withdrawn",
        "Most of the remaining Syrian troops in Lebanon have withdrawn in the past week.",
        {"TROOP_DEPLOYMENT SYR>LBN denied"},
    ),
    (
        "wire-troops-in-the-country",
        "KABUL - There are still about 2,500 American troops in the country, officials said.",
        {"TROOP_DEPLOYMENT USA>AFG asserted"},
    ),
    (
        "wire-leave-for-onward",
        "The last Belgian troops left Mali for Niger on Monday.",
        {"TROOP_DEPLOYMENT BEL>MLI denied", "TROOP_DEPLOYMENT BEL>NER asserted"},
    ),
    (
        "wire-leave-crossing-into",
        "Two hundred Chadian soldiers left Cameroon on Sunday, crossing into Nigeria, the army "
        "said.",
        {"TROOP_DEPLOYMENT TCD>CMR denied", "TROOP_DEPLOYMENT TCD>NGA asserted"},
    ),
    (
        "wire-moved-from-is-no-owner",
        "The airborne troops moved from Kuwait to Iraq last week.",
        set(),
    ),
    (
        "wire-its-troops-from-place",
        "Russia has moved some of its troops from Tajikistan to Syria.",
        {"TROOP_DEPLOYMENT RUS>SYR asserted"},
    ),
    (
        "wire-left-their-bases-heading-for",
        "French soldiers left their bases in Niger on Tuesday, heading for Chad.",
        {"TROOP_DEPLOYMENT FRA>NER denied"},
    ),
    (
        "wire-region-including",
        "Britain keeps about 1,000 soldiers across the Baltic region, including in Estonia.",
        {"TROOP_DEPLOYMENT GBR>EST asserted"},
    ),
    (
        "wire-region-spanning-including",
        "Italy has some 600 troops deployed across the Sahel, a region that spans several "
        "countries including Niger.",
        {"TROOP_DEPLOYMENT ITA>NER asserted"},
    ),
    (
        "wire-region-fighting-including",
        "Russian troops are fighting across eastern Ukraine, including around Bakhmut.",
        set(),
    ),
    (
        "wire-owners-name-and-demonym",
        "U.S. and Polish troops arrived in Lithuania on Monday.",
        {"TROOP_DEPLOYMENT USA>LTU asserted", "TROOP_DEPLOYMENT POL>LTU asserted"},
    ),
    (
        "wire-owners-demonym-and-name",
        "Italian and UK soldiers are stationed in Estonia.",
        {"TROOP_DEPLOYMENT ITA>EST asserted", "TROOP_DEPLOYMENT GBR>EST asserted"},
    ),
    (
        "wire-owners-place-before-and",
        "The troops sent to Iraq and British soldiers in Basra were praised.",
        {"TROOP_DEPLOYMENT GBR>IRQ asserted"},
    ),
    (
        "wire-leave-owner-further-back",
        "About 400 British soldiers flew home on Friday, the first of 2,000 troops to leave Iraq "
        "this year.",
        {"TROOP_DEPLOYMENT GBR>IRQ denied"},
    ),
    (
        "wire-state-withdrawal-noun",
        "The Soviet withdrawal from Afghanistan ended in February 1989.",
        {"TROOP_DEPLOYMENT RUS>AFG denied"},
    ),
    (
        "wire-state-withdrew-from",
        "Spain withdrew from Iraq in 2004, weeks after the election.",
        {"TROOP_DEPLOYMENT ESP>IRQ denied"},
    ),
    (
        "wire-state-withdrew-from-deal",
        "The United States withdrew from the Iran nuclear deal in 2018.",
        set(),
    ),
    (
        "wire-state-withdrew-from-talks",
        "Iran withdrew from talks with the United States on Monday.",
        set(),
    ),
    (
        "wire-passive-sent-by",
        "About 800 troops were flown to Gambia by Senegal on Monday, the army said.",
        {"TROOP_DEPLOYMENT SEN>GMB asserted"},
    ),
    (
        "wire-troops-on-soil",
        "Several hundred Turkish soldiers are now on Qatari soil.",
        {"TROOP_DEPLOYMENT TUR>QAT asserted"},
    ),
    (
        "wire-passive-trained-by",
        "About 800 soldiers were trained in Gambia by Senegal last year.",
        set(),
    ),
    (
        "wire-stay-on-its-territory",
        "Armenia said Russian troops would stay on its territory after the exercise ended.",
        {"TROOP_DEPLOYMENT RUS>ARM asserted"},
    ),
    (
        "wire-leader-arrives-after-troops",
        "Chinese troops landed in Tanzania for the drills, and Xi Jinping arrived in Zambia a day "
        "later.",
        {
            "TROOP_DEPLOYMENT CHN>TZA asserted",
            "JOINT_EXERCISE CHN-TZA asserted",
            "VISIT CHN>ZMB asserted",
        },
    ),
    (
        "wire-gapped-sender-another",
        "Slovenia has sent 80 soldiers to the NATO-led mission in Kosovo, and Montenegro another "
        "30.",
        {"TROOP_DEPLOYMENT SVN>XKX asserted", "TROOP_DEPLOYMENT MNE>XKX asserted"},
    ),
    (
        "wire-gapped-sender-bare-figure",
        "Britain deployed 900 soldiers to Estonia last year and Denmark 200.",
        {"TROOP_DEPLOYMENT GBR>EST asserted", "TROOP_DEPLOYMENT DNK>EST asserted"},
    ),
    (
        "wire-gapped-sender-with-offering",
        "Some 5,000 troops have been pledged by regional states for a force in Mali, with Nigeria "
        "offering 1,200 and smaller contingents expected from Ghana and Togo.",
        {
            "TROOP_DEPLOYMENT NGA>MLI asserted",
            "TROOP_DEPLOYMENT GHA>MLI asserted",
            "TROOP_DEPLOYMENT TGO>MLI asserted",
        },
    ),
    (
        "wire-gapped-sender-place-list",
        "Poland sent troops to Latvia and Lithuania in 2017.",
        {"TROOP_DEPLOYMENT POL>LVA asserted", "TROOP_DEPLOYMENT POL>LTU asserted"},
    ),
    (
        "wire-gapped-sender-invasion",
        "Russian forces invaded Georgia in 2008, and Ukraine 14 years later.",
        set(),
    ),
    (
        "wire-gapped-sender-killed",
        "French troops were attacked in Mali, and Niger said 12 died.",
        set(),
    ),
    (
        "wire-asked-out-from-the-country",
        "The Seychelles government has formally asked India to withdraw its military personnel "
        "from the country, a statement said.",
        {"TROOP_DEPLOYMENT IND>SYC denied"},
    ),
    (
        "wire-asked-out-dateline",
        "MALE - The Maldives has requested India to pull out its military personnel.",
        {"TROOP_DEPLOYMENT IND>MDV denied"},
    ),
    (
        "wire-asked-out-third-party",
        "Washington asked Moscow to withdraw its troops.",
        set(),
    ),
    (
        "wire-asked-out-front-line",
        "Russia asked Ukraine to withdraw its troops from the front line.",
        set(),
    ),
    (
        "wire-men-stationed-gapped-place",
        "At the height of the Cold War, Cuba kept as many as 35,000 men stationed in Angola and "
        "some 12,000 in Ethiopia.",
        {"TROOP_DEPLOYMENT CUB>AGO asserted", "TROOP_DEPLOYMENT CUB>ETH asserted"},
    ),
    (
        "wire-men-demonym-stationed",
        "About 20,000 Vietnamese men were still garrisoned in Cambodia in 1988.",
        {"TROOP_DEPLOYMENT VNM>KHM asserted"},
    ),
    (
        "wire-gapped-place-troops",
        "Washington keeps about 2,500 troops in Iraq and roughly 900 in Syria.",
        {"TROOP_DEPLOYMENT USA>IRQ asserted", "TROOP_DEPLOYMENT USA>SYR asserted"},
    ),
    (
        "wire-men-lost",
        "Russia has lost more than 3,000 men in Syria since 2015, the monitor said.",
        set(),
    ),
    (
        "wire-men-sent-into-invasion",
        "Iraq sent 100,000 men into Kuwait in August 1990.",
        set(),
    ),
    (
        "wire-men-killed",
        "Iraq had 500 men killed in Kuwait, and 200 in Saudi Arabia.",
        set(),
    ),
    (
        "wire-men-non-state",
        "The rebels have 3,000 men in Chad and 200 in Niger.",
        set(),
    ),
    (
        "wire-crossed-out-last-unit",
        "Belgium's final army unit in the Central African Republic crossed into Cameroon on "
        "Sunday, completing the pullout of its contingent.",
        {"TROOP_DEPLOYMENT BEL>CAF denied", "TROOP_DEPLOYMENT BEL>CMR asserted"},
    ),
    (
        "wire-crossed-out-last-soldiers",
        "The last Russian soldiers in Azerbaijan crossed into Georgia on Friday, ending the "
        "withdrawal.",
        {"TROOP_DEPLOYMENT RUS>AZE denied", "TROOP_DEPLOYMENT RUS>GEO asserted"},
    ),
    (
        "wire-crossed-out-incursion",
        "Turkish troops crossed into Iraq at dawn to strike militant positions.",
        set(),
    ),
    (
        "wire-crossed-out-incursion-no-completion",
        "Eritrean soldiers in Sudan crossed into Ethiopia last week.",
        {"TROOP_DEPLOYMENT ERI>SDN asserted"},
    ),
    (
        "wire-partners-their-forces-leave",
        "Italy, its European partners and Norway said their forces would leave Niger by the "
        "summer.",
        {"TROOP_DEPLOYMENT ITA>NER denied", "TROOP_DEPLOYMENT NOR>NER denied"},
    ),
    (
        "wire-partners-their-forces-withdraw",
        "Spain, its allies and Canada announced they would withdraw their troops from Iraq.",
        {"TROOP_DEPLOYMENT ESP>IRQ denied", "TROOP_DEPLOYMENT CAN>IRQ denied"},
    ),
    (
        "wire-operating-from-special-forces",
        "French special forces operating from Chad carried out the night raid.",
        {"TROOP_DEPLOYMENT FRA>TCD asserted"},
    ),
    (
        "wire-operating-from-named-air-base",
        "US planes flying from Incirlik air base in Turkey hit targets on Sunday.",
        {"TROOP_DEPLOYMENT USA>TUR asserted"},
    ),
    (
        "wire-operating-from-drones",
        "American drones operating out of Niger watch the border region.",
        {"TROOP_DEPLOYMENT USA>NER asserted"},
    ),
    (
        "wire-operating-from-owner-after",
        "Fighters from Belarus operating from Russia were seen near the border.",
        set(),
    ),
    (
        "wire-named-force-active-list",
        "Britain's Shader force is also active in Iraq, Syria and Jordan.",
        {
            "TROOP_DEPLOYMENT GBR>IRQ asserted",
            "TROOP_DEPLOYMENT GBR>SYR asserted",
            "TROOP_DEPLOYMENT GBR>JOR asserted",
        },
    ),
    (
        "wire-named-force-demonym-operates",
        "The French Sangaris operation also operates in Cameroon and Chad.",
        {"TROOP_DEPLOYMENT FRA>CMR asserted", "TROOP_DEPLOYMENT FRA>TCD asserted"},
    ),
    (
        "wire-named-force-alliance",
        "NATO's force is present in Kosovo and Bosnia.",
        set(),
    ),
    (
        "wire-named-force-invasion",
        "Russia's invasion force is operating in Ukraine.",
        set(),
    ),
    (
        "wire-named-force-attacked",
        "France's peacekeeping force was attacked in Lebanon.",
        set(),
    ),
    (
        "wire-crossed-invited-request",
        "Several hundred Emirati soldiers crossed the bridge into Bahrain on Tuesday at the "
        "request of the kingdom's rulers.",
        {"TROOP_DEPLOYMENT ARE>BHR asserted"},
    ),
    (
        "wire-crossed-invited-help-army",
        "Nigerien soldiers crossed into Chad to help the Chadian army fight the insurgents.",
        {"TROOP_DEPLOYMENT NER>TCD asserted"},
    ),
    (
        "wire-crossed-invited-incursion",
        "Ethiopian troops crossed the border into Somalia on Sunday, witnesses said.",
        set(),
    ),
    (
        "wire-crossed-invited-help-rebels",
        "Turkish troops crossed the border into Syria to help rebels fight a Kurdish militia.",
        set(),
    ),
    (
        "wire-named-force-is-also-in",
        "Britain's Operation Shader is also in Iraq and Cyprus.",
        {"TROOP_DEPLOYMENT GBR>IRQ asserted", "TROOP_DEPLOYMENT GBR>CYP asserted"},
    ),
    (
        "wire-named-force-no-owner",
        "The force in Mali is also in Chad, the ministry said.",
        set(),
    ),
    # --- arms and aid (rows): buyer lists, makers by name, gapped buyers, deals, kit, backers ----
    (
        "wire-help-build-forces",
        "South Korea will help Indonesia modernise its navy, the two defence ministers said.",
        {"MILITARY_AID KOR>IDN asserted"},
    ),
    (
        "wire-help-economy-no-aid",
        "Japan will help Sri Lanka rebuild its economy after the crisis.",
        set(),
    ),
    (
        "wire-leased-from",
        "Vietnam leased two patrol boats from Japan for five years.",
        {"ARMS_TRANSFER JPN>VNM asserted"},
    ),
    (
        "wire-lent-weapons",
        "Norway lent Latvia six howitzers last winter.",
        {"ARMS_TRANSFER NOR>LVA asserted"},
    ),
    (
        "wire-took-a-loan-no-lease",
        "Ghana took a loan from China to build a port.",
        set(),
    ),
    (
        "wire-firm-supplies-state",
        "Kongsberg will supply two air-defence batteries to Lithuania next year.",
        {"ARMS_TRANSFER NOR>LTU asserted"},
    ),
    (
        "wire-ordered-from-firm",
        "Morocco has ordered two submarines from Navantia.",
        {"ARMS_TRANSFER ESP>MAR asserted"},
    ),
    (
        "wire-contract-with-firm",
        "Romania signed a contract with Rheinmetall for 298 infantry fighting vehicles.",
        {"ARMS_TRANSFER DEU>ROU asserted"},
    ),
    (
        "wire-airliner-maker-no-arms",
        "Airbus delivered 12 aircraft to Vietnam Airlines in Hanoi.",
        set(),
    ),
    (
        "wire-biggest-military-backer-appositive",
        "Britain, Estonia's biggest military backer, will open a new depot there.",
        {"MILITARY_AID GBR>EST asserted"},
    ),
    (
        "wire-largest-provider-of-military-aid",
        "Washington remains Jordan's largest provider of security assistance.",
        {"MILITARY_AID USA>JOR asserted"},
    ),
    (
        "wire-biggest-trade-partner-no-aid",
        "China is Kenya's biggest trading partner and lender.",
        set(),
    ),
    (
        "wire-trainers-sent-after-troops",
        "Norway has sent troops to Lithuania and trainers to Niger.",
        {
            "TROOP_DEPLOYMENT NOR>LTU asserted",
            "TROOP_DEPLOYMENT NOR>NER asserted",
            "MILITARY_AID NOR>NER asserted",
        },
    ),
    (
        "wire-advisers-at-request",
        "Egypt provided military advisers only at the Sudanese government's request.",
        {"MILITARY_AID EGY>SDN asserted"},
    ),
    (
        "wire-receives-state-aid-noun",
        "Jordan receives about $1.5 billion a year in US military aid.",
        {"MILITARY_AID USA>JOR asserted"},
    ),
    (
        "wire-gapped-buyers",
        "Latvia will buy six HIMARS launchers, Estonia three and Lithuania eight, the agency said.",
        {
            "ARMS_TRANSFER USA>LVA alleged",
            "ARMS_TRANSFER USA>EST alleged",
            "ARMS_TRANSFER USA>LTU alleged",
        },
    ),
    (
        "wire-gapped-buyer-own-seller",
        "Egypt bought 24 jets from France, and Algeria 14 from Russia.",
        {"ARMS_TRANSFER FRA>EGY asserted", "ARMS_TRANSFER RUS>DZA asserted"},
    ),
    (
        "wire-gapped-numbers-not-buyers",
        "Chile bought two frigates from Britain, and Peru's navy three tugs.",
        {"ARMS_TRANSFER GBR>CHL asserted"},
    ),
    (
        "wire-weapon-deal-with-cancelled",
        "Oslo cancelled the helicopter deal with Italy after years of delays.",
        {"ARMS_TRANSFER ITA>NOR denied"},
    ),
    (
        "wire-weapon-deal-named-system",
        "Qatar's Rafale contract was the first of the Gulf orders, Kuwait's minister noted.",
        {"ARMS_TRANSFER FRA>QAT alleged"},
    ),
    (
        "wire-weapon-deal-maker-possessive",
        "Germany's submarine deal with Israel was approved.",
        {"ARMS_TRANSFER DEU>ISR asserted"},
    ),
    (
        "wire-weapon-deal-sides-unclear",
        "The frigate contract between Spain and Saudi Arabia is on hold.",
        set(),
    ),
    (
        "wire-trade-deal-no-arms",
        "Vietnam's trade deal with Japan took effect in May.",
        set(),
    ),
    (
        "wire-tore-up-its-contract-for",
        "Brazil tore up its contract for 36 Swedish-designed fighter jets.",
        {"ARMS_TRANSFER SWE>BRA denied"},
    ),
    (
        "wire-maker-by-name-took-delivery",
        "Nigeria took delivery of six more Super Tucano aircraft, Ghana's air force chief said.",
        {"ARMS_TRANSFER BRA>NGA alleged"},
    ),
    (
        "wire-maker-by-name-frigate-class",
        "Chile is close to buying two Type 23 frigates, Peru's navy said.",
        {"ARMS_TRANSFER GBR>CHL alleged"},
    ),
    (
        "wire-rejected-claims-that-it-supplied",
        "Belarus rejected Polish claims that it had supplied Russia with tank shells.",
        {"ARMS_TRANSFER BLR>RUS denied"},
    ),
    (
        "wire-firm-denied-claims-no-state-seller",
        "The shipyard denied British reports that it had sold patrol boats to Libya.",
        set(),
    ),
    (
        "wire-lethal-aid-is-arms",
        "Canada will consider sending lethal aid to Georgia, officials in Ottawa said.",
        {"ARMS_TRANSFER CAN>GEO alleged"},
    ),
    (
        "wire-sale-to-strengthen-state",
        "Seoul will approve the sale of 18 howitzers to strengthen Estonia's defences.",
        {"ARMS_TRANSFER KOR>EST asserted"},
    ),
    (
        "wire-maker-by-name-delivery-noun",
        "Deliveries of Gripen fighters to Thailand will start next year, Malaysia's air force "
        "chief said.",
        {"ARMS_TRANSFER SWE>THA alleged"},
    ),
    (
        "wire-maker-by-name-passive-delivered",
        "The last Leopard tanks were delivered to Norway in May, a year after Finland received "
        "its own.",
        {"ARMS_TRANSFER DEU>NOR asserted"},
    ),
    (
        "wire-maker-by-name-ordered",
        "Croatia has ordered 12 more Rafale fighters, its defence ministry said, weeks after "
        "talks with Hungary.",
        {"ARMS_TRANSFER FRA>HRV asserted"},
    ),
    (
        "wire-maker-by-name-signed-for",
        "Romania signed for 32 F-35 jets on Thursday, a day after Bulgaria did the same.",
        {"ARMS_TRANSFER USA>ROU asserted"},
    ),
    (
        "wire-maker-by-name-it-ordered",
        "ANKARA - Turkey will not receive the F-35 jets it ordered, Greece said.",
        {"ARMS_TRANSFER USA>TUR denied"},
    ),
    (
        "wire-maker-by-name-seller-named-wins",
        "Argentina bought 24 F-16s from Denmark in a deal Chile watched closely.",
        {"ARMS_TRANSFER DNK>ARG asserted"},
    ),
    (
        "wire-maker-by-name-own-forces",
        "The US Air Force ordered 40 more F-35s, Britain noted.",
        set(),
    ),
    (
        "wire-maker-by-name-operating-is-no-purchase",
        "India used its Su-30 jets in the strikes on Pakistan.",
        set(),
    ),
    (
        "wire-assured-it-would-deliver",
        "Moscow assured Hanoi it would deliver the remaining Su-30 fighters before the end of "
        "the year.",
        {"ARMS_TRANSFER RUS>VNM asserted"},
    ),
    (
        "wire-told-it-would-send",
        "Canberra told Manila that it would send two more patrol boats in March.",
        {"ARMS_TRANSFER AUS>PHL asserted"},
    ),
    (
        "wire-told-it-would-not-send",
        "Berlin told Kyiv it would not send Taurus missiles.",
        {"ARMS_TRANSFER DEU>UKR denied"},
    ),
    (
        "wire-told-it-would-hold-talks-no-sale",
        "Tokyo told Seoul it would hold talks on the dispute next month.",
        set(),
    ),
    (
        "wire-deal-calls-for-x-to-supply",
        "The agreement calls for Italy to supply four frigates to Indonesia by 2027.",
        {"ARMS_TRANSFER ITA>IDN asserted"},
    ),
    (
        "wire-share-of-arms-imports",
        "The United States accounted for 42 percent of Saudi Arabia's arms imports over the "
        "last five years.",
        {"ARMS_TRANSFER USA>SAU asserted"},
    ),
    (
        "wire-arms-imports-fell-no-seller",
        "Chinese arms imports fell by a third, while Qatar's oil imports from Iraq rose.",
        set(),
    ),
    (
        "wire-share-of-oil-imports-no-arms",
        "Russia accounted for a fifth of Turkey's oil imports last year.",
        set(),
    ),
    (
        "wire-donated-trucks-to-army-of",
        "Denmark donated 40 lorries and 300 tents to the army of Moldova on Thursday.",
        {"MILITARY_AID DNK>MDA asserted"},
    ),
    (
        "wire-handed-over-kit-to-forces",
        "The Chinese ambassador handed over radios, uniforms and generators to Zambia's "
        "defence forces at a ceremony in Lusaka.",
        {"MILITARY_AID CHN>ZMB asserted"},
    ),
    (
        "wire-given-forces-worth-of-kit",
        "Turkey has given Somalia's armed forces $5 million worth of uniforms and tents, the "
        "ministry said.",
        {"MILITARY_AID TUR>SOM asserted"},
    ),
    (
        "wire-protective-kit-to-a-state",
        "Ireland will send body-worn cameras, protective vests and field rations to Ukraine.",
        {"MILITARY_AID IRL>UKR asserted"},
    ),
    (
        "wire-refused-protective-kit",
        "Hungary refused to send protective vests to Ukraine's soldiers.",
        {"MILITARY_AID HUN>UKR denied"},
    ),
    (
        "wire-fuel-for-people-no-aid",
        "Algeria sent fuel and flour to Tunisia after the floods.",
        set(),
    ),
    (
        "wire-trucks-exported-no-aid",
        "India exports trucks and buses to Nepal.",
        set(),
    ),
    (
        "wire-recipients-were-list",
        "The largest recipients of Russian weapons over the period were India, Vietnam and "
        "Algeria, the institute said.",
        {
            "ARMS_TRANSFER RUS>IND alleged",
            "ARMS_TRANSFER RUS>VNM alleged",
            "ARMS_TRANSFER RUS>DZA alleged",
        },
    ),
    (
        "wire-sales-went-to-colon-list",
        "Almost two-thirds of Chinese arms exports went to two neighbours: Pakistan and "
        "Bangladesh.",
        {"ARMS_TRANSFER CHN>PAK asserted", "ARMS_TRANSFER CHN>BGD asserted"},
    ),
    (
        "wire-with-list-the-main-buyers",
        "France sold warships and jets to 30 countries last year, with Qatar, Egypt and Greece "
        "the biggest buyers.",
        {
            "ARMS_TRANSFER FRA>QAT asserted",
            "ARMS_TRANSFER FRA>EGY asserted",
            "ARMS_TRANSFER FRA>GRC asserted",
        },
    ),
    (
        "wire-recipients-of-investment-not-arms",
        "The main recipients of Chinese investment last year were Pakistan, Kenya and Indonesia.",
        set(),
    ),
    (
        "wire-buyers-of-grain-not-arms",
        "Ukraine shipped grain to 40 countries, with Egypt and Turkey the largest buyers.",
        set(),
    ),
    (
        "wire-list-before-institute-is-no-speaker",
        "Israel sold drones to Azerbaijan, India, Greece and Morocco, SIPRI said.",
        {
            "ARMS_TRANSFER ISR>AZE alleged",
            "ARMS_TRANSFER ISR>IND alleged",
            "ARMS_TRANSFER ISR>GRC alleged",
            "ARMS_TRANSFER ISR>MAR alleged",
        },
    ),
    # --- exercises: parties after the noun, arrivals, invitations, hosts, tellers, lists ----------
    (
        "wire-exercise-staged-by-pair",
        "The naval exercise, staged by Ghana and Nigeria off Lagos, ended on Sunday.",
        {"JOINT_EXERCISE GHA-NGA asserted"},
    ),
    (
        "wire-exercise-led-drills-that-included",
        "Peru's army led drills near Arequipa that included Chilean and Bolivian units.",
        {
            "JOINT_EXERCISE BOL-CHL asserted",
            "JOINT_EXERCISE BOL-PER asserted",
            "JOINT_EXERCISE CHL-PER asserted",
        },
    ),
    (
        "wire-exercise-involves-troops-from-list",
        "The week-long exercise involves about 900 troops from Kenya, Uganda and Rwanda.",
        {
            "JOINT_EXERCISE KEN-RWA asserted",
            "JOINT_EXERCISE KEN-UGA asserted",
            "JOINT_EXERCISE RWA-UGA asserted",
        },
    ),
    (
        "wire-exercise-brought-together-sailors",
        "The war games brought together sailors from Chile, Peru and Colombia.",
        {
            "JOINT_EXERCISE CHL-COL asserted",
            "JOINT_EXERCISE CHL-PER asserted",
            "JOINT_EXERCISE COL-PER asserted",
        },
    ),
    (
        "wire-exercise-held-by-one-state-no-tie",
        "Warsaw said the manoeuvres held by Russia near its border were a threat.",
        set(),
    ),
    (
        "wire-exercise-condemned-parties-after",
        "Tokyo condemned the drills, which involved Chinese and Russian bombers.",
        {"JOINT_EXERCISE CHN-RUS asserted"},
    ),
    (
        "wire-exercise-speaker-not-a-holder",
        "Russia's leader said the drills that included US forces were a threat.",
        set(),
    ),
    (
        "wire-exercise-included-observers-no-tie",
        "The exercise, which included observers from Egypt and Jordan, was hosted by Saudi Arabia.",
        set(),
    ),
    (
        "wire-fair-organised-by-no-exercise",
        "The trade fair, organised by Ghana and Togo, ended on Sunday.",
        set(),
    ),
    (
        "wire-exercise-ships-arrived-to-take-part",
        "Two Indonesian corvettes arrived in the Indian port of Kochi to take part in joint naval "
        "exercises.",
        {"VISIT IDN>IND asserted", "JOINT_EXERCISE IDN-IND asserted"},
    ),
    (
        "wire-exercise-jets-flew-to-named-exercise",
        "Pakistani jets flew to Turkey to take part in the Anatolian Eagle exercise.",
        {"JOINT_EXERCISE PAK-TUR asserted"},
    ),
    (
        "wire-exercise-destroyers-arrived-for-named",
        "Japanese destroyers arrived in Manila for the Kamandag exercise.",
        {"VISIT JPN>PHL asserted", "JOINT_EXERCISE JPN-PHL asserted"},
    ),
    (
        "wire-exercise-soldiers-not-travel-for-drill",
        "Serbian soldiers will not travel to Belarus for the joint drill later this month.",
        {"JOINT_EXERCISE BLR-SRB denied"},
    ),
    (
        "wire-ships-arrived-before-own-drills",
        "Russian warships arrived in Havana before drills in the Caribbean.",
        {"VISIT RUS>CUB asserted"},
    ),
    (
        "wire-officers-arrived-to-observe-drills",
        "Chinese officers arrived in Minsk to observe the joint drills.",
        set(),
    ),
    (
        "wire-minister-arrived-for-exercise-visit-only",
        "The Chinese defence minister arrived in Moscow for the joint exercise.",
        {"VISIT CHN>RUS asserted"},
    ),
    (
        "wire-exercise-code-name-also-involves",
        "Philippine and US marines opened Balikatan, which also involves units from Japan and "
        "Australia.",
        {
            "JOINT_EXERCISE PHL-USA asserted",
            "JOINT_EXERCISE JPN-PHL asserted",
            "JOINT_EXERCISE AUS-PHL asserted",
            "JOINT_EXERCISE JPN-USA asserted",
            "JOINT_EXERCISE AUS-USA asserted",
            "JOINT_EXERCISE AUS-JPN asserted",
        },
    ),
    (
        "wire-exercise-invited-to-join",
        "Morocco invited Senegal to join the African Lion drills next spring.",
        {"JOINT_EXERCISE MAR-SEN asserted"},
    ),
    (
        "wire-exercise-invitation-withdrawn",
        "The talks soured after Canberra withdrew Jakarta's invitation to the naval exercise.",
        {"JOINT_EXERCISE AUS-IDN denied"},
    ),
    (
        "wire-exercise-disinvited",
        "The United States disinvited Turkey from the air exercise.",
        {"JOINT_EXERCISE TUR-USA denied"},
    ),
    (
        "wire-exercise-invited-to-observe-no-tie",
        "India invited Nepal to observe the joint drills.",
        set(),
    ),
    (
        "wire-agreement-providing-for-exercises-no-exercise",
        "Vietnam and Laos signed a memorandum on Monday providing for officer exchanges and joint "
        "exercises.",
        {"DEFENCE_COOPERATION LAO-VNM asserted"},
    ),
    (
        "wire-exercise-combining-form",
        "Sino-Pakistani naval drills opened in the Arabian Sea on Monday.",
        {"JOINT_EXERCISE CHN-PAK asserted"},
    ),
    (
        "wire-exercise-combining-form-second",
        "The Indo-French air exercise ended at Jodhpur.",
        {"JOINT_EXERCISE FRA-IND asserted"},
    ),
    (
        "wire-combining-form-region-no-party",
        "The Indo-Pacific drills of the US Navy began on Monday.",
        set(),
    ),
    (
        "wire-exercise-passive-staged-by",
        "The manoeuvres were staged by Armenia and Russia near Gyumri.",
        {"JOINT_EXERCISE ARM-RUS asserted"},
    ),
    (
        "wire-exercise-subordinate-subject-alone",
        "Azerbaijan and Armenia exchanged fire as Armenia held exercises near Yerevan.",
        set(),
    ),
    (
        "wire-exercise-subordinate-subject-with",
        "Tensions eased after Chile held drills with Argentina.",
        {"JOINT_EXERCISE ARG-CHL asserted"},
    ),
    (
        "wire-exercise-with-in-later-subordinate-clause",
        "Laotian and Vietnamese troops opened their yearly drill, first staged after Vientiane "
        "scrapped its exercises with Thailand.",
        {"JOINT_EXERCISE LAO-VNM asserted", "JOINT_EXERCISE LAO-THA denied"},
    ),
    (
        "wire-exercise-participants-listed",
        "The countries taking part in the exercise are Nepal, Bhutan and Sri Lanka.",
        {
            "JOINT_EXERCISE BTN-NPL asserted",
            "JOINT_EXERCISE BTN-LKA asserted",
            "JOINT_EXERCISE LKA-NPL asserted",
        },
    ),
    (
        "wire-exercise-participants-include-those-of",
        "Navies participating in the drills include those of Ecuador, Peru and Mexico.",
        {
            "JOINT_EXERCISE ECU-PER asserted",
            "JOINT_EXERCISE ECU-MEX asserted",
            "JOINT_EXERCISE MEX-PER asserted",
        },
    ),
    (
        "wire-participants-of-talks-no-exercise",
        "The states taking part in the talks are Nepal, Bhutan and Sri Lanka.",
        set(),
    ),
    (
        "wire-exercise-told-by-one-party",
        "The war games with Japan will go ahead next month, the Chinese defence ministry said.",
        {"JOINT_EXERCISE CHN-JPN asserted"},
    ),
    (
        "wire-exercise-told-by-critic-no-tie",
        "Beijing said the drills with the United States were a provocation.",
        set(),
    ),
    (
        "wire-exercise-told-by-possessive-no-partner",
        "China said the war games with Taiwan's neighbours began on Monday.",
        set(),
    ),
    (
        "wire-exercise-called-off-after-noun",
        "A French army exercise with Morocco's forces has been called off.",
        {"JOINT_EXERCISE FRA-MAR denied"},
    ),
    (
        "wire-exercise-patrols-by-list",
        "Joint patrols by Thailand, Laos and Cambodia resumed on the Mekong.",
        {
            "JOINT_EXERCISE KHM-LAO asserted",
            "JOINT_EXERCISE KHM-THA asserted",
            "JOINT_EXERCISE LAO-THA asserted",
        },
    ),
    (
        "wire-exercise-drills-by-one-state-no-tie",
        "The drills by Russia near the border alarmed Poland.",
        set(),
    ),
    (
        "wire-exercise-ships-split-by-participle-arrive",
        "A Turkish corvette fitted with new radars and a Pakistani frigate berthed in Muscat "
        "ahead of naval drills with the Omani navy.",
        {
            "JOINT_EXERCISE OMN-TUR asserted",
            "JOINT_EXERCISE OMN-PAK asserted",
            "JOINT_EXERCISE PAK-TUR asserted",
            "VISIT PAK>OMN asserted",
            "VISIT TUR>OMN asserted",
        },
    ),
    (
        "wire-exercise-host-of-another-states-exercise",
        "Estonia hosted the British exercise near Tapa.",
        {"JOINT_EXERCISE EST-GBR asserted"},
    ),
    (
        "wire-exercise-host-of-code-name-appositive",
        "Egypt will host Bright Star, the US exercise, next month.",
        {"JOINT_EXERCISE EGY-USA asserted"},
    ),
    (
        "wire-host-of-delegation-not-of-drills",
        "Ghana hosted a Nigerian delegation and watched the French drills.",
        {"VISIT NGA>GHA asserted"},
    ),
    (
        "wire-exercise-ships-sailed-together",
        "Greek and Egyptian warships sailed together off Crete on Tuesday.",
        {"JOINT_EXERCISE EGY-GRC asserted"},
    ),
    (
        "wire-exercise-pilots-flew-together",
        "Indian and French pilots flew together over Rajasthan on Monday.",
        {"JOINT_EXERCISE FRA-IND asserted"},
    ),
    (
        "wire-leaders-flew-together-no-exercise",
        "The French and German presidents flew together to Kyiv on Friday.",
        {"VISIT DEU>UKR asserted", "VISIT FRA>UKR asserted"},
    ),
    # --- round 10, coreference (rows): 'who' and an inner 'he' after an official ------------------
    (
        "wire-coref-which-after-ship",
        "A Russian frigate, which docked in Havana on Wednesday, will sail on to Venezuela next "
        "week.",
        {"VISIT RUS>CUB asserted"},
    ),
    (
        "wire-coref-whose-visit",
        "Japan's defence minister, whose visit to Manila ended on Monday, said the two navies "
        "would exercise together.",
        {"VISIT JPN>PHL asserted", "JOINT_EXERCISE JPN-PHL asserted"},
    ),
    (
        "wire-coref-which-after-sold-ship-no-visit",
        "Russia sold India a frigate, which will be delivered in May.",
        {"ARMS_TRANSFER RUS>IND asserted"},
    ),
    (
        "wire-coref-who-after-possessive-official",
        "Egypt's defence minister, who flew into Amman on Sunday, agreed with his Jordanian "
        "counterpart to expand defence cooperation.",
        {"VISIT EGY>JOR asserted", "DEFENCE_COOPERATION EGY-JOR asserted"},
    ),
    (
        "wire-coref-who-after-demonym-title",
        "The Indonesian president, who landed in Canberra on Thursday, toured an Australian air "
        "base.",
        {"VISIT IDN>AUS asserted"},
    ),
    (
        "wire-coref-who-after-titled-name",
        "Vietnamese Prime Minister Pham Minh Chinh, who arrived in Tokyo late on Monday, is due "
        "to meet the emperor.",
        {"VISIT VNM>JPN asserted"},
    ),
    (
        "wire-coref-who-said-no-visit",
        "Greece's foreign minister, who said the talks had gone well, flew home on Friday.",
        set(),
    ),
    (
        "wire-coref-he-after-semicolon",
        "The Kenyan defence minister ended his tour of the region; he flew to Kampala on Sunday.",
        {"VISIT KEN>UGA asserted"},
    ),
    (
        "wire-coref-he-after-possessive-trip",
        "It was the Chilean president's second trip abroad this month, after he travelled to "
        "Argentina in early June.",
        {"VISIT CHL>ARG asserted"},
    ),
    (
        "wire-coref-who-then-he",
        "The Indian army chief, who arrived in Dhaka on Sunday, said he would also travel to "
        "Nepal.",
        {"VISIT IND>BGD asserted", "VISIT IND>NPL asserted"},
    ),
]

WIRE_DOCUMENTS: list[tuple[str, str, str, set[str]]] = [
    (
        "wire-doc-force-then-contributors",
        "2019-06-12",
        "West African states have pledged about 3,000 soldiers for a regional force in Gambia. "
        "Senegal has put forward 1,200 troops, and Ghana has offered a battalion.",
        {
            "TROOP_DEPLOYMENT SEN>GMB asserted",
            "TROOP_DEPLOYMENT GHA>GMB asserted",
        },
    ),
    (
        "wire-doc-force-then-own-troops",
        "2019-06-12",
        "Kenya sent 400 police officers to a mission in Haiti. Kenya also sent troops to its own "
        "northern border.",
        set(),
    ),
    (
        "wire-doc-kingdom",
        "2019-03-04",
        "Saudi Arabia is weighing new purchases. The kingdom has bought British Typhoon jets "
        "worth billions of dollars over the past decade.",
        {"ARMS_TRANSFER GBR>SAU asserted"},
    ),
    (
        "wire-doc-the-north",
        "2019-03-04",
        "South Korea's spy agency briefed lawmakers on Tuesday. It said the North had shipped "
        "artillery shells to Syria.",
        {"ARMS_TRANSFER PRK>SYR alleged"},
    ),
    (
        "wire-doc-his-country",
        "2019-03-04",
        "Jordan's foreign minister met reporters in Amman. He said his country would host more "
        "American troops.",
        {"TROOP_DEPLOYMENT USA>JOR asserted"},
    ),
    (
        "wire-doc-pronoun-subject",
        "2019-03-04",
        "Russia completed its deliveries of S-400 batteries to Turkey on Monday. It will now send "
        "instructors to train Turkish crews.",
        {"ARMS_TRANSFER RUS>TUR asserted", "MILITARY_AID RUS>TUR asserted"},
    ),
    (
        "wire-doc-dateline-asked",
        "2019-03-04",
        "MINSK - Alexander Lukashenko asked Russian Defence Minister Sergei Shoigu on Monday for "
        "more air-defence systems.",
        {"VISIT RUS>BLR asserted"},
    ),
    (
        "wire-doc-dateline-call-no-visit",
        "2019-03-04",
        "MINSK - Alexander Lukashenko told Russian Defence Minister Sergei Shoigu in a phone call "
        "that Belarus needed more air-defence systems.",
        set(),
    ),
    (
        "wire-doc-arrival-invitation",
        "2019-03-04",
        "KATHMANDU - India's army chief arrived on Wednesday for a three-day stay at the "
        "invitation of his Nepali counterpart.",
        {"VISIT IND>NPL asserted"},
    ),
    (
        "wire-doc-dateline-meeting",
        "2019-03-04",
        "HANOI (Reuters) - Chinese Defence Minister Wei Fenghe met his Vietnamese counterpart on "
        "Monday. The two sides pledged to deepen military cooperation.",
        {"VISIT CHN>VNM asserted", "DEFENCE_COOPERATION CHN-VNM asserted"},
    ),
    (
        "wire-doc-surname-later",
        "2019-03-04",
        "SEOUL - South Korea's navy chief, Admiral Sim Seung-seob, addressed parliament on "
        "Monday. Sim is visiting Australia next week.",
        {"VISIT KOR>AUS asserted"},
    ),
    (
        "wire-doc-leader-surname-later",
        "2019-03-04",
        "Russian Defence Minister Sergei Shoigu chaired a meeting in Moscow on Monday. On "
        "Wednesday Shoigu flew to Myanmar for two days of talks.",
        {"VISIT RUS>MMR asserted"},
    ),
    (
        "wire-doc-surname-unknown",
        "2019-03-04",
        "Analyst Mark Galeotti spoke in Moscow on Monday. Galeotti flew to Myanmar on Tuesday.",
        set(),
    ),
    (
        "wire-doc-small-emirate",
        "2019-03-04",
        "Four Arab states cut ties with Doha on Monday. The small emirate also hosts the largest "
        "US air base in the region.",
        {"TROOP_DEPLOYMENT USA>QAT asserted"},
    ),
    (
        "wire-doc-dateline-named-base",
        "2019-03-04",
        "MANAS, Kyrgyzstan (AP) - Parliament voted on Thursday to review the lease. About 1,000 "
        "American airmen are stationed at the Manas air base.",
        {"TROOP_DEPLOYMENT USA>KGZ asserted"},
    ),
    (
        "wire-doc-fronted-time-he",
        "2019-03-04",
        "It was the third trip abroad this year for Egypt's defence minister. Earlier this month "
        "he flew to Oman and Bahrain for talks, the ministry said.",
        {"VISIT EGY>OMN asserted", "VISIT EGY>BHR asserted"},
    ),
    (
        "wire-doc-dateline-told-counterpart-in-capital",
        "2019-03-04",
        "ANKARA - Parliament approved the bill on Thursday. President Recep Tayyip Erdogan had "
        "told his Swedish counterpart in Ankara this month that more steps were needed.",
        {"VISIT SWE>TUR asserted"},
    ),
    (
        "wire-doc-name-before-appositive-title",
        "2019-03-04",
        "General Kenneth McKenzie, who heads the U.S. Central Command, spoke in Tampa on Monday. "
        "McKenzie flew to Oman on Wednesday.",
        {"VISIT USA>OMN asserted"},
    ),
    (
        "wire-doc-title-only-appositive",
        "2019-03-04",
        "Deputy Defence Minister, the senior official of Poland's army, spoke on Monday. The "
        "Deputy flew to Oman on Wednesday.",
        set(),
    ),
    (
        "wire-doc-surname-then-flew",
        "2019-03-04",
        "Russian Defence Minister Sergei Shoigu met officials in Moscow on Monday. Shoigu then "
        "flew to Laos.",
        {"VISIT RUS>LAO asserted"},
    ),
    (
        "wire-doc-joined-without-alliance",
        "2019-03-04",
        "NATO was set up in 1949 by twelve Western states. Greece and Turkey joined in 1952, and "
        "West Germany followed three years later.",
        {"ALLIANCE GRC-NATO asserted", "ALLIANCE TUR-NATO asserted", "ALLIANCE DEU-NATO asserted"},
    ),
    (
        "wire-doc-became-member-states",
        "2019-03-04",
        "NATO kept growing eastward after the end of the Cold War. Albania and Croatia "
        "became member states in 2009, and Montenegro gained membership eight years later.",
        {"ALLIANCE ALB-NATO asserted", "ALLIANCE HRV-NATO asserted", "ALLIANCE MNE-NATO asserted"},
    ),
    (
        "wire-doc-joined-drills-not-alliance",
        "2019-03-04",
        "NATO began naval drills off Norway on Monday. Sweden joined on Tuesday.",
        set(),
    ),
    (
        "wire-doc-hopes-to-join",
        "2019-03-04",
        "Ukraine has asked to join NATO. Georgia hopes to join too.",
        set(),
    ),
    (
        "wire-doc-contingents-after-force",
        "2019-06-12",
        "Regional states were asked for soldiers for a protection force in Haiti. Jamaica and "
        "Belize will provide small contingents, the organisation said.",
        {"TROOP_DEPLOYMENT JAM>HTI asserted", "TROOP_DEPLOYMENT BLZ>HTI asserted"},
    ),
    (
        "wire-doc-contingents-forgotten-after-two-sentences",
        "2019-06-12",
        "Kenya sent 400 police officers to a mission in Haiti. The force met gangs in the capital. "
        "Talks went on for a month. Rwanda and Ghana keep large contingents of their own.",
        set(),
    ),
    (
        "wire-doc-the-country-under-dateline",
        "2019-06-12",
        "TAPA, Estonia — The defence minister welcomed the British-led battlegroup on Monday, "
        "together with French soldiers rotating through the country.",
        {"TROOP_DEPLOYMENT GBR>EST asserted", "TROOP_DEPLOYMENT FRA>EST asserted"},
    ),
    (
        "wire-doc-legislature-under-dateline",
        "2019-06-12",
        "OTTAWA - Parliament approved a $500 million military aid package for Ukraine on Thursday.",
        {"MILITARY_AID CAN>UKR asserted"},
    ),
    (
        "wire-doc-legislature-without-dateline",
        "2019-06-12",
        "Parliament approved a $500 million military aid package for Ukraine on Thursday.",
        set(),
    ),
    # --- alliances: named before, then its members listed, a member noun, accession papers --------
    (
        "wire-doc-alliance-member-named-later",
        "2019-03-04",
        "NATO ministers met in Brussels on Monday. Alliance member Hungary blocked the statement.",
        {"ALLIANCE HUN-NATO asserted"},
    ),
    (
        "wire-doc-a-third-member",
        "2019-03-04",
        "Portugal and Spain belong to NATO. The new accord leaves out a third member, Italy.",
        {"ALLIANCE PRT-NATO asserted", "ALLIANCE ESP-NATO asserted", "ALLIANCE ITA-NATO asserted"},
    ),
    (
        "wire-doc-apposed-member-after-alliance",
        "2019-03-04",
        "NATO ministers met in Brussels on Monday. Turkey, a key member, objected to the plan.",
        {"ALLIANCE TUR-NATO asserted"},
    ),
    (
        "wire-doc-instruments-handed-over",
        "2004-03-29",
        "NATO marked a new enlargement on Monday. The prime ministers of Romania and Bulgaria "
        "handed over their instruments of accession at a ceremony.",
        {"ALLIANCE ROU-NATO asserted", "ALLIANCE BGR-NATO asserted"},
    ),
    (
        "wire-doc-its-founding-members-were",
        "2019-03-04",
        "NATO was founded in 1949. Its founding members included Belgium, Portugal and Iceland.",
        {"ALLIANCE BEL-NATO asserted", "ALLIANCE PRT-NATO asserted", "ALLIANCE ISL-NATO asserted"},
    ),
    (
        "wire-doc-members-of-another-body-listed",
        "2019-03-04",
        "NATO met in Madrid. The members of the European Union are Austria and Ireland.",
        set(),
    ),
    (
        "wire-doc-member-of-another-body",
        "2019-03-04",
        "NATO ministers met in Brussels on Monday. Turkey, a member of the G20, objected.",
        set(),
    ),
    # --- visits and cooperation: talks after a visit, a dateline's guests and words said there ----
    (
        "wire-doc-visit-then-talks-on-cooperation",
        "2019-06-12",
        "HANOI - Australia's defence minister arrived on Monday for a three-day visit. On Tuesday "
        "the visitor sat down with army chiefs for talks on maritime security cooperation.",
        {"VISIT AUS>VNM asserted", "DEFENCE_COOPERATION AUS-VNM asserted"},
    ),
    (
        "wire-doc-visit-then-alliance-cooperation",
        "2019-06-12",
        "HANOI - Australia's defence minister arrived on Monday for a three-day visit. Security "
        "cooperation within NATO was also discussed.",
        {"VISIT AUS>VNM asserted"},
    ),
    (
        "wire-doc-visit-then-civil-talks",
        "2019-06-12",
        "HANOI - Australia's defence minister arrived on Monday for a three-day visit. The talks "
        "focused on trade and investment ties.",
        {"VISIT AUS>VNM asserted"},
    ),
    (
        "wire-doc-visit-then-cooperation-of-others",
        "2019-06-12",
        "Australia's defence minister arrived in Hanoi on Monday. The visit came weeks after "
        "Beijing and Vientiane discussed military cooperation.",
        {"VISIT AUS>VNM asserted", "DEFENCE_COOPERATION CHN-LAO asserted"},
    ),
    (
        "wire-doc-courtesy-call-under-dateline",
        "2019-06-12",
        "DHAKA - The Indian army chief called on the prime minister on Tuesday.",
        {"VISIT IND>BGD asserted"},
    ),
    (
        "wire-doc-the-capital-receives-a-guest",
        "2019-06-12",
        "ANKARA - On Friday the capital will welcome another guest, Hungary's foreign minister.",
        {"VISIT HUN>TUR asserted"},
    ),
    (
        "wire-doc-discussed-in-dateline-city",
        "2019-06-12",
        "TBILISI - Armenia's defence minister discussed border security with his Georgian "
        "counterpart in Tbilisi on Monday.",
        {"VISIT ARM>GEO asserted"},
    ),
    (
        "wire-doc-discussed-a-war-elsewhere",
        "2019-06-12",
        "MOSCOW - Russia's foreign minister discussed the war in Syria on Monday.",
        set(),
    ),
    (
        "wire-doc-told-in-dateline-city",
        "2019-06-12",
        "NAIROBI - Uganda's president told the Ugandan community in Nairobi on Sunday that trade "
        "would grow.",
        {"VISIT UGA>KEN asserted"},
    ),
    (
        "wire-doc-told-at-home",
        "2019-06-12",
        "NAIROBI - Kenya's president told reporters in Nairobi on Sunday that trade would grow.",
        set(),
    ),
    (
        "wire-doc-visit-then-ties-strengthened",
        "2019-06-12",
        "Indonesia's president began a state visit to Vietnam on Monday. On Tuesday the guest "
        "vowed to strengthen defence ties.",
        {"VISIT IDN>VNM asserted", "DEFENCE_COOPERATION IDN-VNM asserted"},
    ),
    (
        "wire-doc-visit-then-ties-with-a-third-state",
        "2019-06-12",
        "Indonesia's president began a state visit to Vietnam on Monday. Defence ties with China "
        "have grown.",
        {"VISIT IDN>VNM asserted"},
    ),
    # --- troops: 'the country' after a figure -----------------------------------------------------
    (
        "wire-doc-country-after-figure",
        "2019-06-12",
        "Iraq's parliament debated the security pact on Monday. The United States has about "
        "2,500 troops in the country.",
        {"TROOP_DEPLOYMENT USA>IRQ asserted"},
    ),
    # --- arms and aid (documents): a dateline's own forces as giver or buyer ----------------------
    (
        "wire-doc-dateline-forces-sent-kit",
        "2019-06-12",
        "BERN - Switzerland will not deliver weapons to Ukraine, the minister said, although the "
        "armed forces have already sent field rations and protective vests to Kyiv.",
        {"ARMS_TRANSFER CHE>UKR denied", "MILITARY_AID CHE>UKR asserted"},
    ),
    (
        "wire-doc-dateline-navy-took-delivery",
        "2019-06-12",
        "HANOI - The navy took delivery of two Russian-built submarines on Monday.",
        {"ARMS_TRANSFER RUS>VNM asserted"},
    ),
    (
        "wire-doc-dateline-government-one-maker",
        "2019-06-12",
        "BUCHAREST - The government signed a contract for 32 F-35 jets on Thursday.",
        {"ARMS_TRANSFER USA>ROU asserted"},
    ),
    (
        "wire-doc-no-dateline-navy-no-buyer",
        "2019-06-12",
        "The navy took delivery of two Russian-built submarines on Monday.",
        set(),
    ),
    # --- exercises: ships arriving for drills under the host dateline -----------------------------
    (
        "wire-doc-exercise-arrived-under-dateline",
        "2019-06-12",
        "SALALAH, Oman - Two Indian frigates arrived on Sunday for a joint naval exercise, the "
        "Omani navy said.",
        {"JOINT_EXERCISE IND-OMN asserted", "VISIT IND>OMN asserted"},
    ),
    (
        "wire-doc-arrived-before-own-drills-under-dateline",
        "2019-06-12",
        "HAVANA - Three Russian warships arrived on Wednesday before drills in the Caribbean.",
        {"VISIT RUS>CUB asserted"},
    ),
    (
        "wire-doc-arrived-to-observe-under-dateline",
        "2019-06-12",
        "MINSK - Chinese officers arrived on Monday to observe the joint drills.",
        set(),
    ),
    # --- round 10, coreference (documents): the fleet, the contingent, regions, datelines ---------
    (
        "wire-doc-coref-inner-he-official-before",
        "2019-06-12",
        "Egypt's foreign minister landed in Amman on Sunday. The talks went well, and he then "
        "flew to Baghdad.",
        {"VISIT EGY>JOR asserted", "VISIT EGY>IRQ asserted"},
    ),
    (
        "wire-doc-coref-former-soviet-republic",
        "2019-06-12",
        "Moldova asked its neighbours for help on Monday. Romania will send 200 troops to the "
        "former Soviet republic.",
        {"TROOP_DEPLOYMENT ROU>MDA asserted"},
    ),
    (
        "wire-doc-coref-adjective-before-region",
        "2019-06-12",
        "Russia and Tajikistan agreed on Friday to extend the base lease. Russia will keep 7,000 "
        "troops in the impoverished Central Asian republic until 2042.",
        {"TROOP_DEPLOYMENT RUS>TJK asserted"},
    ),
    (
        "wire-doc-coref-bare-title-after-dateline-sentence-nobody",
        "2019-06-12",
        "WASHINGTON - Slovenia signed the accession papers at the State Department on Monday. "
        "Prime Minister Janez Jansa later flew to Ottawa for talks.",
        set(),
    ),
    (
        "wire-doc-coref-its-troops",
        "2023-12-22",
        "France pulled its last soldiers out of Niger in December. Its troops remain in Chad.",
        {"TROOP_DEPLOYMENT FRA>NER denied", "TROOP_DEPLOYMENT FRA>TCD asserted"},
    ),
    (
        "wire-doc-coref-his-government",
        "2024-03-01",
        "YEREVAN - Armenia has frozen its membership of the CSTO, Prime Minister Nikol Pashinyan "
        "said on Friday. His government has turned to France for weapons.",
        {"ALLIANCE ARM-CSTO denied", "ARMS_TRANSFER FRA>ARM asserted"},
    ),
    (
        "wire-doc-coref-its-after-alliance-nobody",
        "2019-06-12",
        "NATO opened a new logistics hub in Poland. Its troops will train with Estonian units.",
        set(),
    ),
    (
        "wire-doc-coref-dateline-bare-title-abroad",
        "2019-06-12",
        "NEW DELHI, March 3 (PTI) - The defence minister flew to Hanoi on Monday, where he "
        "co-chaired a meeting on naval cooperation alongside his Vietnamese counterpart.",
        {"VISIT IND>VNM asserted", "DEFENCE_COOPERATION IND-VNM asserted"},
    ),
    (
        "wire-doc-coref-dateline-title-and-name",
        "2019-06-12",
        "ISLAMABAD, May 2 (APP) - Defence Minister Khawaja Asif arrived in Ankara on Tuesday for "
        "a three-day visit.",
        {"VISIT PAK>TUR asserted"},
    ),
    (
        "wire-doc-coref-dateline-us-secretary-abroad",
        "2019-06-12",
        "HANOI (Reuters) - Defense Secretary Jim Mattis flew on to Jakarta on Friday.",
        set(),
    ),
    (
        "wire-doc-coref-dateline-title-after-foreign-official",
        "2019-06-12",
        "MOSCOW (Reuters) - China's defence minister met Sergei Shoigu on Monday. The minister "
        "then flew to Minsk.",
        {"VISIT CHN>RUS asserted"},
    ),
    (
        "wire-doc-coref-horn-of-africa-nation",
        "2019-06-12",
        "Somalia asked its neighbours for help on Monday. Kenya will send 500 more troops to the "
        "Horn of Africa nation.",
        {"TROOP_DEPLOYMENT KEN>SOM asserted"},
    ),
    (
        "wire-doc-coref-himalayan-nation",
        "2019-06-12",
        "Nepal's army chief travelled to New Delhi on Monday. India will supply the Himalayan "
        "nation with helicopters.",
        {"VISIT NPL>IND asserted", "ARMS_TRANSFER IND>NPL asserted"},
    ),
    (
        "wire-doc-coref-pacific-islands-nation",
        "2019-06-12",
        "Vanuatu's leader thanked Australia for its help after the cyclone. The Pacific Islands "
        "nation also hosted Australian warships in May.",
        {"VISIT AUS>VUT asserted"},
    ),
    (
        "wire-doc-coref-reclusive-state",
        "2019-06-12",
        "Pyongyang tested a missile on Monday. Russia may send fighter jets to the reclusive "
        "state.",
        {"ARMS_TRANSFER RUS>PRK alleged"},
    ),
    (
        "wire-doc-coref-region-without-its-state",
        "2019-06-12",
        "Russia sold fighter jets to India last year. The Balkan state will buy the same jets.",
        {"ARMS_TRANSFER RUS>IND asserted"},
    ),
    (
        "wire-doc-coref-fleet-sails-on",
        "2019-06-12",
        "Chinese warships tied up in Portsmouth on Tuesday. The fleet then sailed to Denmark for "
        "a five-day stay.",
        {"VISIT CHN>GBR asserted", "VISIT CHN>DNK asserted"},
    ),
    (
        "wire-doc-coref-warships-next-call",
        "2019-06-12",
        "A Japanese destroyer docked at Cam Ranh on Monday. The warships will next call at Manila.",
        {"VISIT JPN>VNM asserted", "VISIT JPN>PHL asserted"},
    ),
    (
        "wire-doc-coref-delegation-travels-on",
        "2019-06-12",
        "A Turkish delegation led by the defence minister arrived in Baku on Monday. The "
        "delegation will also travel to Georgia.",
        {"VISIT TUR>AZE asserted", "VISIT TUR>GEO asserted"},
    ),
    (
        "wire-doc-coref-contingent-trains",
        "2019-06-12",
        "Britain sent 100 more soldiers to Estonia on Monday. The contingent will also help "
        "train Estonian recruits.",
        {"TROOP_DEPLOYMENT GBR>EST asserted", "MILITARY_AID GBR>EST asserted"},
    ),
    (
        "wire-doc-coref-flotilla-two-states-nobody",
        "2019-06-12",
        "A Russian frigate and a Chinese destroyer docked at Durban. The flotilla will sail on "
        "to Mozambique.",
        {"VISIT RUS>ZAF asserted", "VISIT CHN>ZAF asserted"},
    ),
    (
        "wire-doc-coref-frigates-sold-no-visit",
        "2019-06-12",
        "Russia delivered two frigates to India in March. The frigates docked at Mumbai on Monday.",
        {"ARMS_TRANSFER RUS>IND asserted"},
    ),
]
