"""Sentence table for the extractor, written for Entente: one row per pattern, trap or negative.

Each row: (id, sentence, expected ties). A tie is written `TYPE ACTOR>TARGET status` or, for
undirected types, `TYPE A-B status`; an empty set means the sentence holds no tie.
"""

from __future__ import annotations

ROWS: list[tuple[str, str, set[str]]] = [
    # --- VISIT -------------------------------------------------------------------------------
    (
        "visit-arrived",
        "Chinese Defence Minister Dong Jun arrived in Islamabad on Sunday.",
        {"VISIT CHN>PAK asserted"},
    ),
    (
        "visit-landed",
        "Japan's prime minister landed in Manila for a two-day visit.",
        {"VISIT JPN>PHL asserted"},
    ),
    (
        "visit-visited",
        "The Turkish foreign minister visited Baghdad on Monday.",
        {"VISIT TUR>IRQ asserted"},
    ),
    (
        "visit-travelled",
        "Hungarian Prime Minister Viktor Orban travelled to Kyiv in July.",
        {"VISIT HUN>UKR asserted"},
    ),
    (
        "visit-flew",
        "Israel's defence minister flew to Washington for talks at the Pentagon.",
        {"VISIT ISR>USA asserted"},
    ),
    (
        "visit-hosted",
        "Saudi Arabia hosted the president of Ukraine in Jeddah.",
        {"VISIT UKR>SAU asserted"},
    ),
    (
        "visit-welcomed-leader",
        "Narendra Modi welcomed the Australian prime minister to New Delhi.",
        {"VISIT AUS>IND asserted"},
    ),
    (
        "visit-passive",
        "Tehran was visited by a Chinese military delegation last week.",
        {"VISIT CHN>IRN asserted"},
    ),
    (
        "visit-noun-by-to",
        "The visit by Iran's president to Moscow lasted two days.",
        {"VISIT IRN>RUS asserted"},
    ),
    (
        "visit-met-in-capital",
        "Vladimir Putin met North Korea's leader in Pyongyang.",
        {"VISIT RUS>PRK asserted"},
    ),
    (
        "visit-met-leader",
        "Emmanuel Macron met Xi Jinping in Beijing on Thursday.",
        {"VISIT FRA>CHN asserted"},
    ),
    (
        "visit-port-call",
        "A British aircraft carrier made a port call in Tokyo.",
        {"VISIT GBR>JPN asserted"},
    ),
    (
        "visit-warship-docked",
        "An Indian navy frigate docked in Manila for a port visit.",
        {"VISIT IND>PHL asserted"},
    ),
    (
        "visit-kremlin-host",
        "The Kremlin hosted a delegation from Myanmar's military government.",
        {"VISIT MMR>RUS asserted"},
    ),
    (
        "visit-state-visit",
        "The Emir of Qatar arrived in London for a state visit.",
        {"VISIT QAT>GBR asserted"},
    ),
    (
        "visit-trip-to",
        "Antony Blinken's trip to Beijing was his first in five years.",
        {"VISIT USA>CHN asserted"},
    ),
    (
        "visit-will-visit",
        "The Brazilian president will visit Luanda next month.",
        {"VISIT BRA>AGO asserted"},
    ),
    (
        "visit-maputo",
        "Rwandan President Paul Kagame travelled to Maputo to meet Mozambican officials.",
        {"VISIT RWA>MOZ asserted"},
    ),
    (
        "visit-two-capitals",
        "The Polish president visited Vilnius and then flew to Riga.",
        {"VISIT POL>LTU asserted", "VISIT POL>LVA asserted"},
    ),
    (
        "visit-denied",
        "Seoul denied that its foreign minister would travel to Pyongyang.",
        {"VISIT KOR>PRK denied"},
    ),
    (
        "visit-reportedly",
        "Kim Jong Un will reportedly travel to Moscow later this year.",
        {"VISIT PRK>RUS alleged"},
    ),
    (
        "visit-greeted",
        "Xi Jinping greeted Kazakh President Kassym-Jomart Tokayev in Astana.",
        {"VISIT CHN>KAZ asserted"},
    ),
    (
        "visit-received-emissary",
        "Ali Khamenei received the Iraqi prime minister in Tehran.",
        {"VISIT IRQ>IRN asserted"},
    ),
    ("visit-sport-neg", "Real Madrid flew to Berlin for their Champions League fixture.", set()),
    ("visit-sport-team", "The Brazilian national team arrived in Doha for the World Cup.", set()),
    (
        "visit-domestic",
        "The German chancellor travelled to Munich to meet Bavarian leaders.",
        set(),
    ),
    ("visit-shanghai-only", "Brazil's president arrived in Shanghai on Tuesday.", set()),
    # --- TROOP_DEPLOYMENT ----------------------------------------------------------------------
    (
        "troops-sent-to",
        "Rwanda sent 1,000 troops to Mozambique to fight insurgents in Cabo Delgado.",
        {"TROOP_DEPLOYMENT RWA>MOZ asserted"},
    ),
    (
        "troops-deployed-to",
        "France deployed additional soldiers to Estonia this spring.",
        {"TROOP_DEPLOYMENT FRA>EST asserted"},
    ),
    (
        "troops-stationed",
        "About 4,000 American troops are stationed in Poland.",
        {"TROOP_DEPLOYMENT USA>POL asserted"},
    ),
    (
        "troops-will-be-stationed",
        "British troops will be stationed in Estonia until 2030.",
        {"TROOP_DEPLOYMENT GBR>EST asserted"},
    ),
    (
        "troops-fight-for",
        "Thousands of North Korean soldiers were sent to Kursk to fight for Russia.",
        {"TROOP_DEPLOYMENT PRK>RUS asserted"},
    ),
    (
        "troops-dispatched",
        "Egypt dispatched troops to Somalia as part of a new peacekeeping mission.",
        {"TROOP_DEPLOYMENT EGY>SOM asserted"},
    ),
    (
        "troops-join-forces",
        "Chadian troops joined Nigerien forces in an offensive against jihadists.",
        {"TROOP_DEPLOYMENT TCD>NER asserted"},
    ),
    (
        "troops-alleged-intel",
        "Ukraine's military intelligence said North Korean troops had arrived in Russia "
        "to support its war effort.",
        {"TROOP_DEPLOYMENT PRK>RUS alleged"},
    ),
    (
        "troops-spy-agency",
        "Seoul's spy agency said Pyongyang had deployed 10,000 soldiers to Russia.",
        {"TROOP_DEPLOYMENT PRK>RUS alleged"},
    ),
    (
        "troops-denied",
        "Minsk denied sending troops to Russia.",
        {"TROOP_DEPLOYMENT BLR>RUS denied"},
    ),
    (
        "troops-ruled-out",
        "The German chancellor ruled out sending troops to Ukraine.",
        {"TROOP_DEPLOYMENT DEU>UKR denied"},
    ),
    (
        "troops-will-not",
        "Italy will not send soldiers to Ukraine, Meloni said.",
        {"TROOP_DEPLOYMENT ITA>UKR denied"},
    ),
    (
        "troops-may",
        "Iran may send military advisers to Syria, analysts said.",
        {"TROOP_DEPLOYMENT IRN>SYR alleged"},
    ),
    (
        "troops-reportedly",
        "Russia has reportedly moved troops to Belarus.",
        {"TROOP_DEPLOYMENT RUS>BLR alleged"},
    ),
    (
        "troops-party-confirms",
        "Kenya will deploy 1,000 police officers to Haiti, Nairobi confirmed.",
        set(),
    ),
    (
        "troops-kenya-soldiers",
        "Kenya will deploy soldiers to Haiti, Nairobi confirmed.",
        {"TROOP_DEPLOYMENT KEN>HTI asserted"},
    ),
    (
        "troops-keeps",
        "Turkey keeps about 5,000 troops in Qatar, Ankara said.",
        {"TROOP_DEPLOYMENT TUR>QAT asserted"},
    ),
    (
        "troops-in-z-for-y",
        "Cuban soldiers were sent to Ukraine to fight for Russia, officials in Kyiv claimed.",
        {"TROOP_DEPLOYMENT CUB>RUS alleged"},
    ),
    ("troops-wagner", "Wagner mercenaries were deployed to Mali in 2021.", set()),
    (
        "troops-russian-mercenaries",
        "Russian mercenaries were sent to the Central African Republic.",
        set(),
    ),
    ("troops-militia", "Iran-backed militias sent fighters to Syria.", set()),
    (
        "troops-invasion",
        "Russia sent tens of thousands of troops into Ukraine in February 2022.",
        set(),
    ),
    ("troops-own-territory", "China moved troops to its border with India.", set()),
    ("troops-fire", "Indian and Chinese troops clashed in the Galwan Valley.", set()),
    ("troops-attack", "Russia attacked Ukraine with hundreds of drones overnight.", set()),
    (
        "troops-border-clash",
        "Armenian and Azerbaijani soldiers exchanged fire near the border.",
        set(),
    ),
    (
        "troops-presence-for",
        "The presence of Iranian military advisers in Syria helps Damascus, Western officials say.",
        set(),
    ),
    # --- ARMS_TRANSFER -------------------------------------------------------------------------
    (
        "arms-supplied-with",
        "Turkey supplied Ukraine with Bayraktar drones in 2022.",
        {"ARMS_TRANSFER TUR>UKR asserted"},
    ),
    (
        "arms-delivered-to",
        "The Netherlands delivered F-16 fighter jets to Ukraine last month.",
        {"ARMS_TRANSFER NLD>UKR asserted"},
    ),
    (
        "arms-sold",
        "France sold 26 Rafale jets to India for its navy.",
        {"ARMS_TRANSFER FRA>IND asserted"},
    ),
    (
        "arms-bought-from",
        "Poland bought K2 tanks from South Korea.",
        {"ARMS_TRANSFER KOR>POL asserted"},
    ),
    (
        "arms-received-from",
        "Serbia received Chinese air-defence systems in April.",
        {"ARMS_TRANSFER CHN>SRB asserted"},
    ),
    (
        "arms-made-adj",
        "Ukraine received a batch of German-made howitzers.",
        {"ARMS_TRANSFER DEU>UKR asserted"},
    ),
    (
        "arms-american-made",
        "The Philippines took delivery of American-built patrol vessels.",
        {"ARMS_TRANSFER USA>PHL asserted"},
    ),
    (
        "arms-pledged",
        "Sweden pledged Archer artillery systems and CV90 armoured vehicles to Ukraine.",
        {"ARMS_TRANSFER SWE>UKR asserted"},
    ),
    (
        "arms-approved-sale",
        "The State Department approved a sale of Patriot missiles to Poland.",
        {"ARMS_TRANSFER USA>POL asserted"},
    ),
    (
        "arms-us-approved",
        "The United States approved the sale of F-35 jets to the United Arab Emirates.",
        {"ARMS_TRANSFER USA>ARE asserted"},
    ),
    (
        "arms-allegedly",
        "Belarus allegedly transferred tanks to Russia in 2023.",
        {"ARMS_TRANSFER BLR>RUS alleged"},
    ),
    (
        "arms-according",
        "North Korea shipped millions of artillery shells to Russia, "
        "according to South Korean officials.",
        {"ARMS_TRANSFER PRK>RUS alleged"},
    ),
    (
        "arms-intel-said",
        "US intelligence said Iran had sent ballistic missiles to Russia.",
        {"ARMS_TRANSFER IRN>RUS alleged"},
    ),
    (
        "arms-denied",
        "Beijing denies supplying weapons to Moscow.",
        {"ARMS_TRANSFER CHN>RUS denied"},
    ),
    (
        "arms-denied-has",
        "China has denied selling drones to Russia.",
        {"ARMS_TRANSFER CHN>RUS denied"},
    ),
    (
        "arms-party-confirms",
        "Paris confirmed that France would deliver Caesar howitzers to Armenia.",
        {"ARMS_TRANSFER FRA>ARM asserted"},
    ),
    ("arms-third-party-said", "Israel said Iran had supplied missiles to Hezbollah.", set()),
    (
        "arms-tehran-denies-via",
        "Tehran denies sending missiles to Moscow.",
        {"ARMS_TRANSFER IRN>RUS denied"},
    ),
    (
        "arms-would-not",
        "South Korea would not provide lethal weapons to Ukraine, Seoul said.",
        {"ARMS_TRANSFER KOR>UKR denied"},
    ),
    (
        "arms-suggest",
        "Leaked documents suggest Egypt planned to supply rockets to Russia.",
        {"ARMS_TRANSFER EGY>RUS alleged"},
    ),
    ("arms-trade-oil", "India bought record amounts of Russian oil last year.", set()),
    ("arms-trade-grain", "Ukraine shipped grain to Egypt through the Black Sea.", set()),
    (
        "arms-used-us",
        "Ukraine used US-supplied ATACMS missiles to strike Russian airfields.",
        {"ARMS_TRANSFER USA>UKR asserted"},
    ),
    (
        "arms-buy-jets",
        "Indonesia agreed to buy 42 Rafale fighter jets from France.",
        {"ARMS_TRANSFER FRA>IDN asserted"},
    ),
    (
        "arms-export-license",
        "Germany approved the export of Eurofighter jets to Saudi Arabia.",
        {"ARMS_TRANSFER DEU>SAU asserted"},
    ),
    (
        "arms-ordered",
        "Morocco ordered Israeli-made drones in 2023.",
        {"ARMS_TRANSFER ISR>MAR asserted"},
    ),
    (
        "arms-provided-to",
        "Britain provided Storm Shadow missiles to Ukraine.",
        {"ARMS_TRANSFER GBR>UKR asserted"},
    ),
    (
        "arms-gave",
        "Australia gave Bushmaster armoured vehicles to Ukraine.",
        {"ARMS_TRANSFER AUS>UKR asserted"},
    ),
    # --- MILITARY_AID --------------------------------------------------------------------------
    (
        "aid-package-for",
        "Germany announced a new military aid package for Ukraine worth 1.4 billion euros.",
        {"MILITARY_AID DEU>UKR asserted"},
    ),
    (
        "aid-to",
        "Japan will provide security assistance to the Philippines under a new programme.",
        {"MILITARY_AID JPN>PHL asserted"},
    ),
    (
        "aid-us-to",
        "US military aid to Israel reached a record level.",
        {"MILITARY_AID USA>ISR asserted"},
    ),
    (
        "aid-pledged",
        "Denmark pledged $500 million in military aid to Ukraine.",
        {"MILITARY_AID DNK>UKR asserted"},
    ),
    (
        "aid-train",
        "British instructors trained Ukrainian recruits in England.",
        {"MILITARY_AID GBR>UKR asserted"},
    ),
    (
        "aid-will-train",
        "France will train Ukrainian pilots on Mirage jets.",
        {"MILITARY_AID FRA>UKR asserted"},
    ),
    (
        "aid-received",
        "Somalia received military assistance from Turkey.",
        {"MILITARY_AID TUR>SOM asserted"},
    ),
    ("aid-humanitarian-neg", "Canada sent humanitarian aid to Gaza.", set()),
    ("aid-economic-neg", "The European Union approved economic aid for Moldova.", set()),
    # --- ALLIANCE ------------------------------------------------------------------------------
    ("alliance-joined", "Sweden joined NATO in March 2024.", {"ALLIANCE SWE-NATO asserted"}),
    (
        "alliance-became-member",
        "Montenegro became NATO's 29th member in 2017.",
        {"ALLIANCE MNE-NATO asserted"},
    ),
    (
        "alliance-accession",
        "Hungary's parliament approved Sweden's accession to NATO.",
        {"ALLIANCE SWE-NATO asserted"},
    ),
    (
        "alliance-mutual-defence",
        "Russia and North Korea signed a treaty with a mutual defence clause.",
        {"ALLIANCE PRK-RUS asserted"},
    ),
    (
        "alliance-pact",
        "Saudi Arabia and Pakistan signed a mutual defence pact in Riyadh.",
        {"ALLIANCE PAK-SAU asserted"},
    ),
    (
        "alliance-no-clause",
        "The treaty between Russia and Iran contains no mutual defence clause.",
        set(),
    ),
    ("alliance-bid", "Ukraine's bid to join NATO was discussed at the summit.", set()),
    ("alliance-csto", "Armenia froze its participation in the CSTO.", set()),
    (
        "alliance-will-not-join",
        "Austria will not join NATO, the chancellor said.",
        {"ALLIANCE AUT-NATO denied"},
    ),
    (
        "alliance-military-alliance",
        "Belarus and Russia have maintained a military alliance since the 1990s.",
        {"ALLIANCE BLR-RUS asserted"},
    ),
    # --- DEFENCE_COOPERATION -------------------------------------------------------------------
    (
        "coop-agreement",
        "Greece and France signed a defence agreement in Paris.",
        {"DEFENCE_COOPERATION FRA-GRC asserted"},
    ),
    (
        "coop-deepen",
        "India and the United States agreed to deepen defence cooperation.",
        {"DEFENCE_COOPERATION IND-USA asserted"},
    ),
    (
        "coop-strengthen-with",
        "Vietnam pledged to strengthen military ties with Russia.",
        {"DEFENCE_COOPERATION RUS-VNM asserted"},
    ),
    (
        "coop-raa",
        "The Philippines and New Zealand signed a status of forces agreement.",
        {"DEFENCE_COOPERATION NZL-PHL asserted"},
    ),
    (
        "coop-between",
        "Military cooperation between Iran and Russia has grown since 2022.",
        {"DEFENCE_COOPERATION IRN-RUS asserted"},
    ),
    (
        "coop-strategic-treaty",
        "Vietnam and Japan signed a strategic partnership agreement covering maritime security.",
        {"DEFENCE_COOPERATION JPN-VNM asserted"},
    ),
    (
        "coop-three",
        "Japan, South Korea and the United States agreed to expand security cooperation.",
        {
            "DEFENCE_COOPERATION JPN-KOR asserted",
            "DEFENCE_COOPERATION JPN-USA asserted",
            "DEFENCE_COOPERATION KOR-USA asserted",
        },
    ),
    ("coop-trade-neg", "China and Brazil signed a trade agreement on soybeans.", set()),
    (
        "coop-central-banks-neg",
        "The finance ministries of Spain and Portugal agreed to share tax data.",
        set(),
    ),
    (
        "coop-talks-may",
        "Officials said Turkey and Egypt could sign a defence pact next year.",
        {"ALLIANCE EGY-TUR alleged"},
    ),
    # --- JOINT_EXERCISE ------------------------------------------------------------------------
    (
        "ex-held-drills",
        "Russia and China held joint naval drills in the East China Sea.",
        {"JOINT_EXERCISE CHN-RUS asserted"},
    ),
    (
        "ex-three",
        "Italian, French and Spanish warships exercised together in the Mediterranean.",
        {
            "JOINT_EXERCISE ESP-FRA asserted",
            "JOINT_EXERCISE FRA-ITA asserted",
            "JOINT_EXERCISE ESP-ITA asserted",
        },
    ),
    (
        "ex-with",
        "Japan held air force exercises with India near Tokyo.",
        {"JOINT_EXERCISE IND-JPN asserted"},
    ),
    (
        "ex-hyphen",
        "US-Philippine military exercises began on Monday.",
        {"JOINT_EXERCISE PHL-USA asserted"},
    ),
    (
        "ex-near-third",
        "Chinese and Pakistani jets held drills close to India's border.",
        {"JOINT_EXERCISE CHN-PAK asserted"},
    ),
    ("ex-solo", "China staged large-scale drills around Taiwan.", set()),
    ("ex-solo2", "North Korea conducted artillery drills near the border.", set()),
    (
        "ex-will",
        "Iran, Russia and China will hold joint naval exercises in the Gulf of Oman next month.",
        {
            "JOINT_EXERCISE CHN-IRN asserted",
            "JOINT_EXERCISE CHN-RUS asserted",
            "JOINT_EXERCISE IRN-RUS asserted",
        },
    ),
    (
        "ex-joined-led",
        "Thailand joined the US-led Cobra Gold exercises.",
        {"JOINT_EXERCISE THA-USA asserted"},
    ),
    ("ex-restraint-neg", "India urged Pakistan to exercise restraint.", set()),
    # --- names and traps -----------------------------------------------------------------------
    (
        "trap-georgia-us",
        "The Georgia governor met troops at Fort Moore before they deployed to Poland.",
        set(),
    ),
    (
        "trap-georgia-state",
        "Georgia's parliament passed a foreign agents law despite protests.",
        set(),
    ),
    (
        "trap-georgia-country",
        "Georgian troops joined US forces in drills near Tbilisi.",
        {"JOINT_EXERCISE GEO-USA asserted"},
    ),
    ("trap-jordan-person", "Michael Jordan visited Paris for a fashion show.", set()),
    ("trap-chad-person", "Chad Johnson travelled to London last week.", set()),
    ("trap-turkey-food", "Americans bought more turkey this November.", set()),
    (
        "trap-jordan-country",
        "Jordan received Patriot batteries from the United States.",
        {"ARMS_TRANSFER USA>JOR asserted"},
    ),
    ("trap-chad-country", "France withdrew its last troops from Chad in January.", set()),
    ("trap-washington-person", "Denzel Washington arrived in Moscow for a film premiere.", set()),
    ("trap-self", "Russia sent troops to Russia's Kursk region.", set()),
    ("trap-domestic", "South Korea's parliament impeached the president.", set()),
    ("trap-sport-match", "Japan beat Germany 2-1 in their World Cup match in Doha.", set()),
    ("trap-diplomats-clash", "French and German diplomats disagreed over tariffs.", set()),
    (
        "trap-trade-visit-ok",
        "The Kenyan trade minister visited Beijing to sign deals on tea exports.",
        {"VISIT KEN>CHN asserted"},
    ),
    ("trap-indian-ocean", "Indian Ocean states discussed fisheries.", set()),
    (
        "trap-south-china-sea",
        "Chinese coast guard ships fired water cannon at Philippine vessels "
        "in the South China Sea.",
        set(),
    ),
    ("trap-trump-out-of-office", "Trump visited Moscow in 1987.", set()),
    # --- leaders, seats, demonyms ---------------------------------------------------------------
    ("leader-xi", "Xi Jinping arrived in Belgrade on Tuesday.", {"VISIT CHN>SRB asserted"}),
    (
        "leader-erdogan",
        "Erdogan flew to Baku for talks with Azerbaijan's president.",
        {"VISIT TUR>AZE asserted"},
    ),
    ("leader-lukashenko", "Lukashenko travelled to Beijing last week.", {"VISIT BLR>CHN asserted"}),
    ("leader-pezeshkian", "Pezeshkian arrived in Moscow for a summit.", {"VISIT IRN>RUS asserted"}),
    ("leader-starmer", "Keir Starmer visited Kyiv in January.", {"VISIT GBR>UKR asserted"}),
    (
        "leader-kishida",
        "Fumio Kishida travelled to Washington for a state visit.",
        {"VISIT JPN>USA asserted"},
    ),
    ("leader-shoigu", "Sergei Shoigu arrived in Tehran on Monday.", {"VISIT RUS>IRN asserted"}),
    ("leader-austin", "Lloyd Austin landed in Phnom Penh for talks.", {"VISIT USA>KHM asserted"}),
    (
        "leader-hegseth",
        "Pete Hegseth flew to Manila for his first Asian trip.",
        {"VISIT USA>PHL asserted"},
    ),
    (
        "seat-pentagon",
        "The Pentagon will send more troops to Israel.",
        {"TROOP_DEPLOYMENT USA>ISR asserted"},
    ),
    (
        "seat-downing-street",
        "Downing Street confirmed that Britain would deliver Challenger tanks to Ukraine.",
        {"ARMS_TRANSFER GBR>UKR asserted"},
    ),
    (
        "seat-kremlin",
        "The Kremlin said Russia would supply S-400 systems to India.",
        {"ARMS_TRANSFER RUS>IND asserted"},
    ),
    (
        "seat-white-house",
        "The White House said Iran was sending drones to Russia.",
        {"ARMS_TRANSFER IRN>RUS alleged"},
    ),
    (
        "demonym-belarusian",
        "Belarusian soldiers will be stationed in Russia's Pskov region.",
        {"TROOP_DEPLOYMENT BLR>RUS asserted"},
    ),
    (
        "demonym-rwandan",
        "Rwandan troops were deployed to the Central African Republic in 2020.",
        {"TROOP_DEPLOYMENT RWA>CAF asserted"},
    ),
    (
        "abbrev-uae",
        "The UAE shipped armoured vehicles to Sudan, according to a UN report.",
        {"ARMS_TRANSFER ARE>SDN alleged"},
    ),
    (
        "abbrev-prc",
        "The PRC and Cambodia held joint drills near Ream.",
        {"JOINT_EXERCISE CHN-KHM asserted"},
    ),
    (
        "abbrev-dprk",
        "The DPRK delivered rockets to Russia, the US said.",
        {"ARMS_TRANSFER PRK>RUS alleged"},
    ),
    (
        "abbrev-uk",
        "The UK deployed Typhoon jets to Romania.",
        {"TROOP_DEPLOYMENT GBR>ROU asserted"},
    ),
    ("name-turkiye", "Türkiye sold drones to Poland.", {"ARMS_TRANSFER TUR>POL asserted"}),
    (
        "name-czechia",
        "Czechia delivered ammunition to Ukraine.",
        {"ARMS_TRANSFER CZE>UKR asserted"},
    ),
    (
        "name-ivory-coast",
        "Ivory Coast received patrol boats from France.",
        {"ARMS_TRANSFER FRA>CIV asserted"},
    ),
    (
        "name-taiwan",
        "Washington approved new arms sales to Taipei.",
        {"ARMS_TRANSFER USA>TWN asserted"},
    ),
    ("name-kosovo", "Kosovo bought Turkish drones.", {"ARMS_TRANSFER TUR>XKX asserted"}),
    (
        "name-palestine",
        "Jordan hosted the Palestinian president in Amman.",
        {"VISIT PSE>JOR asserted"},
    ),
    # --- attribution ---------------------------------------------------------------------------
    (
        "attr-party-said",
        "Germany will send tanks to Ukraine, the German defence ministry said.",
        {"ARMS_TRANSFER DEU>UKR asserted"},
    ),
    (
        "attr-third-state",
        "Kyiv said Minsk had sent troops to Russia.",
        {"TROOP_DEPLOYMENT BLR>RUS alleged"},
    ),
    (
        "attr-media",
        "Iran has sent missiles to Russia, Reuters reported.",
        {"ARMS_TRANSFER IRN>RUS alleged"},
    ),
    (
        "attr-think-tank",
        "Satellite imagery shows North Korea shipped munitions to Russia, a think tank said.",
        {"ARMS_TRANSFER PRK>RUS alleged"},
    ),
    (
        "attr-accused",
        "Ukraine accused Iran of supplying drones to Russia.",
        {"ARMS_TRANSFER IRN>RUS alleged"},
    ),
    (
        "attr-claimed-party",
        "Moscow claimed that Britain had sent special forces to Ukraine.",
        {"TROOP_DEPLOYMENT GBR>UKR alleged"},
    ),
    (
        "attr-state-media",
        "North Korean state media said Kim Jong Un would visit Russia.",
        {"VISIT PRK>RUS asserted"},
    ),
    (
        "attr-analysts",
        "Analysts believe China supplied drone parts to Russia.",
        {"ARMS_TRANSFER CHN>RUS alleged"},
    ),
    (
        "attr-believed",
        "China is believed to have supplied drones to Russia.",
        {"ARMS_TRANSFER CHN>RUS alleged"},
    ),
    (
        "attr-reports-that",
        "Reports that Iran delivered missiles to Russia surfaced in August.",
        {"ARMS_TRANSFER IRN>RUS alleged"},
    ),
    (
        "attr-confirmed",
        "India confirmed it had received the first S-400 units from Russia.",
        {"ARMS_TRANSFER RUS>IND asserted"},
    ),
    (
        "attr-unnamed",
        "Two sources said Egypt would send troops to Somalia.",
        {"TROOP_DEPLOYMENT EGY>SOM alleged"},
    ),
    (
        "attr-officials-of-party",
        "Chinese officials said China would hold drills with Russia.",
        {"JOINT_EXERCISE CHN-RUS asserted"},
    ),
    # --- dates and misc -----------------------------------------------------------------------
    (
        "misc-since",
        "Since 2014, Canada has trained Ukrainian soldiers.",
        {"MILITARY_AID CAN>UKR asserted"},
    ),
    (
        "misc-on-date",
        "On 19 June, Putin signed a mutual defence treaty with North Korea.",
        {"ALLIANCE PRK-RUS asserted"},
    ),
    (
        "misc-semicolon",
        "Russia sent fighter jets to Iran; Iran sent drones to Russia.",
        {"ARMS_TRANSFER RUS>IRN asserted", "ARMS_TRANSFER IRN>RUS asserted"},
    ),
    (
        "misc-appositive",
        "Moldova, a neighbour of Romania, received air-defence radars from Germany.",
        {"ARMS_TRANSFER DEU>MDA asserted"},
    ),
    (
        "misc-drawing",
        "Seoul signed a deal to sell howitzers to Poland, prompting criticism from Moscow.",
        {"ARMS_TRANSFER KOR>POL asserted"},
    ),
    (
        "misc-condemned",
        "China condemned the US decision to sell missiles to Taiwan.",
        {"ARMS_TRANSFER USA>TWN asserted"},
    ),
    (
        "misc-uk-us-ex",
        "British and American jets held joint exercises over the North Sea.",
        {"JOINT_EXERCISE GBR-USA asserted"},
    ),
    (
        "misc-two-sentences",
        "Greek and Egyptian navies held drills off Crete.",
        {"JOINT_EXERCISE EGY-GRC asserted"},
    ),
    (
        "misc-will-buy",
        "Serbia will buy 12 Rafale jets from France.",
        {"ARMS_TRANSFER FRA>SRB asserted"},
    ),
    (
        "misc-ukraine-received",
        "Ukraine received the first Abrams tanks from the United States.",
        {"ARMS_TRANSFER USA>UKR asserted"},
    ),
    (
        "misc-fired-iranian",
        "Russia fired Iranian-made drones at Ukrainian cities.",
        {"ARMS_TRANSFER IRN>RUS asserted"},
    ),
    ("misc-pakistan-missile", "Pakistan tested a new cruise missile, its army said.", set()),
    (
        "misc-united-states-us",
        "The U.S. deployed additional troops to Jordan.",
        {"TROOP_DEPLOYMENT USA>JOR asserted"},
    ),
    (
        "misc-sends-help",
        "Belarus sent military instructors to help Venezuela.",
        {"TROOP_DEPLOYMENT BLR>VEN asserted"},
    ),
    ("misc-nato-visit-neg", "NATO's secretary general visited Kyiv.", set()),
    ("misc-csto-joined", "Uzbekistan joined the CSTO in 2006.", {"ALLIANCE UZB-CSTO asserted"}),
    (
        "misc-tokyo-said",
        "Tokyo said Moscow had transferred fighter jets to Pyongyang.",
        {"ARMS_TRANSFER RUS>PRK alleged"},
    ),
]

PUBLISHED = "2024-09-15"
"""Publication date of every row unless `DATES` says otherwise (leaders are read by term)."""

DATES = {
    "leader-shoigu": "2023-09-20",
    "leader-hegseth": "2025-03-20",
    "leader-austin": "2023-06-01",
    "leader-xi": "2024-05-07",
    "visit-maputo": "2024-02-10",
}

DOCUMENTS: list[tuple[str, str, str, set[str]]] = [
    (
        "doc-two-countries",
        "2024-03-15",
        "The Kenyan president arrived in Seoul on Monday. The two countries signed a defence "
        "cooperation agreement the next day.",
        {"VISIT KEN>KOR asserted", "DEFENCE_COOPERATION KEN-KOR asserted"},
    ),
    (
        "doc-both-sides",
        "2023-06-02",
        "India's defence minister held talks with his Egyptian counterpart in Cairo. Both sides "
        "agreed to expand military cooperation.",
        {"VISIT IND>EGY asserted", "DEFENCE_COOPERATION EGY-IND asserted"},
    ),
    (
        "doc-no-carry-without-pair",
        "2024-01-10",
        "Fighting continued near Bakhmut. Both sides said they had repelled attacks.",
        set(),
    ),
    (
        "doc-denial-follows",
        "2024-08-20",
        "Indonesia and Australia held joint exercises in Darwin. Jakarta denied that it would buy "
        "Australian submarines.",
        {"JOINT_EXERCISE AUS-IDN asserted", "ARMS_TRANSFER AUS>IDN denied"},
    ),
]
