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
    # a city is a place of its state: arriving in Shanghai is visiting China
    (
        "visit-shanghai-only",
        "Brazil's president arrived in Shanghai on Tuesday.",
        {"VISIT BRA>CHN asserted"},
    ),
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
        # advisers are forces sent and assistance given: both ties (aid.advisers)
        {"TROOP_DEPLOYMENT IRN>SYR alleged", "MILITARY_AID IRN>SYR alleged"},
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
        {"TROOP_DEPLOYMENT IRN>SYR alleged", "MILITARY_AID IRN>SYR alleged"},
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
        {"ALLIANCE PAK-SAU asserted", "VISIT PAK>SAU asserted"},
    ),
    (
        "alliance-no-clause",
        "The treaty between Russia and Iran contains no mutual defence clause.",
        set(),
    ),
    ("alliance-bid", "Ukraine's bid to join NATO was discussed at the summit.", set()),
    ("alliance-csto", "Armenia froze its participation in the CSTO.", {"ALLIANCE ARM-CSTO denied"}),
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
        {"DEFENCE_COOPERATION FRA-GRC asserted", "VISIT GRC>FRA asserted"},
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
    # a withdrawal is a deployment told as ending: denied
    (
        "trap-chad-country",
        "France withdrew its last troops from Chad in January.",
        {"TROOP_DEPLOYMENT FRA>TCD denied"},
    ),
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
        {"TROOP_DEPLOYMENT BLR>VEN asserted", "MILITARY_AID BLR>VEN asserted"},
    ),
    ("misc-nato-visit-neg", "NATO's secretary general visited Kyiv.", set()),
    ("misc-csto-joined", "Uzbekistan joined the CSTO in 2006.", {"ALLIANCE UZB-CSTO asserted"}),
    (
        "misc-tokyo-said",
        "Tokyo said Moscow had transferred fighter jets to Pyongyang.",
        {"ARMS_TRANSFER RUS>PRK alleged"},
    ),
    # --- generalisation: ordinary news phrasing beyond the first table ----------------------
    (
        "gen-troops-fight-against",
        "North Korea has sent thousands of troops to Russia to fight against Ukraine.",
        {"TROOP_DEPLOYMENT PRK>RUS asserted"},
    ),
    (
        "gen-troops-war-against",
        "Pyongyang has sent soldiers to Russia to fight in the war against Ukraine.",
        {"TROOP_DEPLOYMENT PRK>RUS asserted"},
    ),
    (
        "gen-presence-denied",
        "The Kremlin denied that North Korean troops are in Russia.",
        {"TROOP_DEPLOYMENT PRK>RUS denied"},
    ),
    (
        "gen-presence-spotted",
        "North Korean soldiers were spotted in Russia's Kursk region, Ukrainian intelligence said.",
        {"TROOP_DEPLOYMENT PRK>RUS alleged"},
    ),
    (
        "gen-presence-arrived",
        "Russian forces have arrived in Belarus for what Minsk called a joint grouping.",
        {"TROOP_DEPLOYMENT RUS>BLR asserted"},
    ),
    (
        "gen-presence-operating",
        "Iranian military advisers are operating in Syria, Israeli officials said.",
        {"TROOP_DEPLOYMENT IRN>SYR alleged", "MILITARY_AID IRN>SYR alleged"},
    ),
    (
        "gen-relative-which",
        "Pakistan sold rockets to Egypt, which in return sent artillery shells to Ukraine.",
        {"ARMS_TRANSFER EGY>UKR asserted", "ARMS_TRANSFER PAK>EGY asserted"},
    ),
    (
        "gen-relative-who",
        "Kim Jong Un, who arrived in Russia by armoured train, toured a fighter jet factory.",
        {"VISIT PRK>RUS asserted"},
    ),
    (
        "gen-believed",
        "Iran is believed to have supplied Russia with ballistic missiles.",
        {"ARMS_TRANSFER IRN>RUS alleged"},
    ),
    (
        "gen-reportedly-trained",
        "Russian personnel were reportedly trained in Iran to fly the drones.",
        {"MILITARY_AID IRN>RUS alleged"},
    ),
    (
        "gen-trained-by",
        "Ukrainian pilots were trained by Denmark and the Netherlands on F-16 jets.",
        {"MILITARY_AID DNK>UKR asserted", "MILITARY_AID NLD>UKR asserted"},
    ),
    (
        "gen-supplied-by",
        "Ukraine fired ATACMS missiles supplied by the United States at Russian airfields.",
        {"ARMS_TRANSFER USA>UKR asserted"},
    ),
    (
        "gen-help-acquire",
        "Washington and London will help Canberra acquire nuclear-powered submarines.",
        {"ARMS_TRANSFER GBR>AUS asserted", "ARMS_TRANSFER USA>AUS asserted"},
    ),
    (
        "gen-bought-from",
        "India plans to buy 31 armed drones from the United States.",
        {"ARMS_TRANSFER USA>IND asserted"},
    ),
    (
        "gen-us-officials-said",
        "North Korea has shipped ballistic missiles to Russia, US officials said on Thursday.",
        {"ARMS_TRANSFER PRK>RUS alleged"},
    ),
    (
        "gen-said-date-that",
        "Denmark said on Sunday, 20 August 2023, that it would give F-16 fighter jets to Ukraine.",
        {"ARMS_TRANSFER DNK>UKR asserted"},
    ),
    (
        "gen-both-said",
        "Denmark and the Netherlands said they would give F-16 jets to Ukraine.",
        {"ARMS_TRANSFER DNK>UKR asserted", "ARMS_TRANSFER NLD>UKR asserted"},
    ),
    (
        "gen-its-forces",
        "Kyiv said its forces had used Storm Shadow missiles provided by Britain.",
        {"ARMS_TRANSFER GBR>UKR asserted"},
    ),
    (
        "gen-tail-long",
        "About 8,000 North Korean soldiers have been moved to Russia's Kursk region, US "
        "Secretary of State Antony Blinken said on Thursday, 31 October 2024, after talks in "
        "Washington.",
        {"TROOP_DEPLOYMENT PRK>RUS alleged"},
    ),
    (
        "gen-estimate-that",
        "Western governments estimate that 10,000 North Korean troops have been sent to Russia.",
        {"TROOP_DEPLOYMENT PRK>RUS alleged"},
    ),
    (
        "gen-warheads",
        "Russia has delivered its first tactical nuclear warheads to Belarus, Putin said.",
        {"ARMS_TRANSFER RUS>BLR asserted"},
    ),
    (
        "gen-deminers",
        "North Korea will send 1,000 deminers and military builders to Russia's Kursk region.",
        {"TROOP_DEPLOYMENT PRK>RUS asserted"},
    ),
    (
        "gen-mutual-assist",
        "The treaty obliges Russia and North Korea to assist each other if either is attacked.",
        {"ALLIANCE PRK-RUS asserted"},
    ),
    (
        "gen-each-others-aid",
        "The pact commits Moscow and Pyongyang to come to each other's aid in the event of an "
        "attack.",
        {"ALLIANCE PRK-RUS asserted"},
    ),
    (
        "gen-treaty-signed-by",
        "The mutual-defence treaty Russia and North Korea signed in June has alarmed Seoul.",
        {"ALLIANCE PRK-RUS asserted"},
    ),
    (
        "gen-delegation-in-capital",
        "A Chinese military delegation is also in the North Korean capital this week.",
        {"VISIT CHN>PRK asserted"},
    ),
    (
        "gen-ministers-were-in",
        "Japan's foreign and defence ministers were in Manila for talks with their Philippine "
        "counterparts.",
        {"VISIT JPN>PHL asserted"},
    ),
    (
        "gen-hosted-two",
        "Joe Biden hosted Japanese Prime Minister Fumio Kishida and South Korean President Yoon "
        "Suk Yeol at Camp David.",
        {"VISIT JPN>USA asserted", "VISIT KOR>USA asserted"},
    ),
    (
        "gen-reconsider",
        "Seoul said it would reconsider its refusal to supply weapons to Ukraine.",
        {"ARMS_TRANSFER KOR>UKR alleged"},
    ),
    (
        "gen-military-and-other-aid",
        "The United States approved $61 billion in military and other aid for Ukraine.",
        {"MILITARY_AID USA>UKR asserted"},
    ),
    (
        "gen-fought-alongside",
        "North Korean soldiers fought alongside Russian forces to push Ukrainian troops out of "
        "Kursk, Moscow said.",
        {"TROOP_DEPLOYMENT PRK>RUS asserted"},
    ),
    (
        "gen-port-call",
        "The Indian destroyer INS Kolkata made a port call in Colombo, Sri Lanka's navy said.",
        {"VISIT IND>LKA asserted"},
    ),
    (
        "gen-port-call-demonym",
        "A Chinese navy hospital ship docked in Dar es Salaam for a week-long port call.",
        {"VISIT CHN>TZA asserted"},
    ),
    (
        "gen-four-navies",
        "Warships from India, Japan, Australia and the United States held joint drills in the "
        "Bay of Bengal.",
        {
            "JOINT_EXERCISE AUS-IND asserted",
            "JOINT_EXERCISE AUS-JPN asserted",
            "JOINT_EXERCISE AUS-USA asserted",
            "JOINT_EXERCISE IND-JPN asserted",
            "JOINT_EXERCISE IND-USA asserted",
            "JOINT_EXERCISE JPN-USA asserted",
        },
    ),
    (
        "gen-joined-nato",
        "Sweden became NATO's 32nd member on Thursday.",
        {"ALLIANCE SWE-NATO asserted"},
    ),
    (
        "gen-us-made-allegedly",
        "Israel allegedly used US-made bombs in the strike, according to Amnesty International.",
        {"ARMS_TRANSFER USA>ISR alleged"},
    ),
    (
        "gen-pledged-package",
        "Germany pledged a new €500 million military aid package for Ukraine on Tuesday.",
        {"MILITARY_AID DEU>UKR asserted"},
    ),
    (
        "gen-neg-sanctions",
        "The European Union imposed new sanctions on Iranian drone makers.",
        set(),
    ),
    (
        "gen-neg-fighting",
        "Ukrainian forces fought North Korean soldiers in the Kursk region.",
        set(),
    ),
    ("gen-neg-phone", "Erdogan and Putin discussed the war in a phone call on Monday.", set()),
    # the condemned sale is still told as a fact
    (
        "gen-condemned-sale",
        "China condemned the US arms sale to Taiwan as a provocation.",
        {"ARMS_TRANSFER USA>TWN asserted"},
    ),
    ("gen-neg-self", "Russia moved troops to its western border.", set()),
    # whatever they signed, signing in Beijing brought Brazil's officials to China
    (
        "gen-signed-in-capital",
        "Brazil and China signed a trade deal worth $10 billion in Beijing.",
        {"VISIT BRA>CHN asserted"},
    ),
    ("gen-neg-sport", "Japan beat Australia 2-1 in a World Cup qualifier in Saitama.", set()),
    ("gen-neg-militia", "Russian mercenaries arrived in Mali to fight alongside the junta.", set()),
    (
        "gen-visit-arrived-talks",
        "Turkish Defence Minister Yasar Guler arrived in Baghdad on Tuesday for talks on border "
        "security.",
        {"VISIT TUR>IRQ asserted"},
    ),
    (
        "gen-visit-plans",
        "Indian Prime Minister Narendra Modi plans to visit Ukraine next month, officials in New "
        "Delhi said.",
        {"VISIT IND>UKR asserted"},
    ),
    (
        "gen-visit-will",
        "Xi Jinping will travel to Serbia and Hungary in May.",
        {"VISIT CHN>HUN asserted", "VISIT CHN>SRB asserted"},
    ),
    (
        "gen-visit-hosted-leader",
        "Vietnam hosted Russian President Vladimir Putin in Hanoi on Thursday.",
        {"VISIT RUS>VNM asserted"},
    ),
    (
        "gen-visit-port",
        "A US Navy aircraft carrier arrived in Vietnam's Cam Ranh Bay for a port visit.",
        {"VISIT USA>VNM asserted"},
    ),
    (
        "gen-visit-frigate",
        "The British frigate HMS Richmond docked in Tokyo on Monday.",
        {"VISIT GBR>JPN asserted"},
    ),
    (
        "gen-troops-reportedly",
        "Belarus has reportedly deployed special forces to the Russian border region of Belgorod.",
        {"TROOP_DEPLOYMENT BLR>RUS alleged"},
    ),
    (
        "gen-troops-plans",
        "Germany plans to station a brigade of 4,800 soldiers in Lithuania by 2027.",
        {"TROOP_DEPLOYMENT DEU>LTU asserted"},
    ),
    (
        "gen-troops-according",
        "Some 3,000 North Korean troops are now in Russia, according to Ukraine's military "
        "intelligence.",
        {"TROOP_DEPLOYMENT PRK>RUS alleged"},
    ),
    (
        "gen-troops-denies",
        "Rwanda denies that its troops are fighting in eastern Congo.",
        {"TROOP_DEPLOYMENT RWA>COD denied"},
    ),
    (
        "gen-troops-pledged",
        "France pledged to send 2,000 soldiers to Estonia if Russia attacks.",
        {"TROOP_DEPLOYMENT FRA>EST asserted"},
    ),
    (
        "gen-arms-bought",
        "Morocco bought Israeli drones and air-defence systems last year.",
        {"ARMS_TRANSFER ISR>MAR asserted"},
    ),
    (
        "gen-arms-acquire-from",
        "Serbia acquired Chinese FK-3 air defence missiles in 2022.",
        {"ARMS_TRANSFER CHN>SRB asserted"},
    ),
    (
        "gen-arms-is-believed",
        "Russia is believed to have received thousands of artillery shells from North Korea.",
        {"ARMS_TRANSFER PRK>RUS alleged"},
    ),
    (
        "gen-arms-sells",
        "South Korea will sell 96 K9 howitzers to Vietnam, the defence ministry said.",
        {"ARMS_TRANSFER KOR>VNM asserted"},
    ),
    (
        "gen-arms-us-officials",
        "China is supplying Russia with drone engines and microelectronics, US officials said.",
        {"ARMS_TRANSFER CHN>RUS alleged"},
    ),
    (
        "gen-arms-deny-reports",
        "Beijing denied reports that it had sold weapons to Moscow.",
        {"ARMS_TRANSFER CHN>RUS denied"},
    ),
    (
        "gen-aid-training",
        "Britain has trained more than 40,000 Ukrainian soldiers since 2022.",
        {"MILITARY_AID GBR>UKR asserted"},
    ),
    (
        "gen-aid-announced",
        "Japan announced $300 million in security assistance for the Philippines.",
        {"MILITARY_AID JPN>PHL asserted"},
    ),
    (
        "gen-alliance-accession",
        "Finland became NATO's 31st member on 4 April 2023.",
        {"ALLIANCE FIN-NATO asserted"},
    ),
    (
        "gen-alliance-defence-pact",
        "Saudi Arabia and Pakistan signed a mutual defence pact on Wednesday.",
        {"ALLIANCE PAK-SAU asserted"},
    ),
    (
        "gen-coop-agreed",
        "Vietnam and Indonesia agreed to boost defence cooperation during a visit by the "
        "Indonesian president to Hanoi.",
        {"DEFENCE_COOPERATION IDN-VNM asserted", "VISIT IDN>VNM asserted"},
    ),
    (
        "gen-coop-mou",
        "India and the Philippines signed a memorandum on defence cooperation in New Delhi.",
        {"DEFENCE_COOPERATION IND-PHL asserted", "VISIT PHL>IND asserted"},
    ),
    (
        "gen-exercise-three",
        "Russian, Chinese and Iranian warships held joint naval drills in the Gulf of Oman.",
        {
            "JOINT_EXERCISE CHN-IRN asserted",
            "JOINT_EXERCISE CHN-RUS asserted",
            "JOINT_EXERCISE IRN-RUS asserted",
        },
    ),
    (
        "gen-exercise-with",
        "The Philippines held joint patrols with Japan in the South China Sea.",
        {"JOINT_EXERCISE JPN-PHL asserted"},
    ),
    (
        "gen-exercise-will",
        "Egypt and China will hold their first joint air force exercise next month.",
        {"JOINT_EXERCISE CHN-EGY asserted"},
    ),
    ("gen-neg-diplomat-expelled", "Poland expelled a Russian diplomat accused of spying.", set()),
    ("gen-neg-shelled", "Russian forces shelled the Ukrainian city of Kharkiv overnight.", set()),
    ("gen-neg-election", "Georgia's ruling party won the parliamentary election.", set()),
    (
        "gen-neg-summit-trade",
        "Leaders of China and Brazil discussed soybean exports by phone.",
        set(),
    ),
    (
        "gen-neg-invasion-against",
        "Russia has sent more troops to the front line against Ukraine.",
        set(),
    ),
    ("gen-neg-border-with", "India moved troops to its border with China.", set()),
    ("gen-neg-troops-in-own", "American troops are in Texas to patrol the border.", set()),
    (
        "gen-neg-are-in-talks",
        "Japanese officials are in talks with Australia about submarines.",
        set(),
    ),
    ("gen-neg-refugees", "Thousands of Ukrainian refugees are in Poland.", set()),
    ("gen-neg-students", "Chinese students were spotted in Germany.", set()),
    ("gen-neg-fighting-in", "Russian troops are fighting in Ukraine's Donetsk region.", set()),
    ("gen-neg-tourists", "The Chinese foreign minister's wife was in Paris on holiday.", set()),
    (
        "gen-neg-warned-against",
        "Washington warned Seoul against buying Russian weapons.",
        {"ARMS_TRANSFER RUS>KOR alleged"},
    ),
    (
        "gen-presence-alleged",
        "Satellite images suggest Russian warplanes are based in Belarus.",
        {"TROOP_DEPLOYMENT RUS>BLR alleged"},
    ),
    (
        "gen-presence-were-in",
        "Cuban soldiers were in Russia to fight in Ukraine, Kyiv said.",
        {"TROOP_DEPLOYMENT CUB>RUS alleged"},
    ),
    (
        "gen-which-subject",
        "Ukraine thanked Lithuania, which pledged to send more ammunition to Kyiv.",
        {"ARMS_TRANSFER LTU>UKR asserted"},
    ),
    (
        "gen-who-subject",
        "Modi met Putin, who later travelled to Beijing.",
        {"VISIT RUS>CHN asserted"},
    ),
    (
        "gen-held-talks-in",
        "Hungarian Foreign Minister Peter Szijjarto held talks in Minsk with his Belarusian "
        "counterpart.",
        {"VISIT HUN>BLR asserted"},
    ),
    (
        "gen-paid-visit",
        "Polish President Andrzej Duda paid a visit to Kyiv on Tuesday.",
        {"VISIT POL>UKR asserted"},
    ),
    (
        "gen-party-speaks-multi",
        "Iran's navy chief said Iranian warships would take part in drills with Russia and China "
        "next month.",
        {
            "JOINT_EXERCISE CHN-IRN asserted",
            "JOINT_EXERCISE CHN-RUS asserted",
            "JOINT_EXERCISE IRN-RUS asserted",
        },
    ),
    (
        "gen-donate-confirmed",
        "The Netherlands will donate 18 F-16 jets to Ukraine, Dutch officials confirmed.",
        {"ARMS_TRANSFER NLD>UKR asserted"},
    ),
    (
        "gen-according-fronted",
        "According to Reuters, Turkey has quietly sold Bayraktar drones to Ethiopia.",
        {"ARMS_TRANSFER TUR>ETH alleged"},
    ),
    (
        "gen-approved-sale",
        "Washington has approved the sale of F-16 fighter jets to Turkey.",
        {"ARMS_TRANSFER USA>TUR asserted"},
    ),
    (
        "gen-took-delivery",
        "Algeria took delivery of Russian Su-35 fighters earlier this year.",
        {"ARMS_TRANSFER RUS>DZA asserted"},
    ),
    (
        "gen-pentagon-presence",
        "The Pentagon said about 10,000 North Korean soldiers were now in eastern Russia.",
        {"TROOP_DEPLOYMENT PRK>RUS alleged"},
    ),
    ("gen-bid-neg", "Ukraine's bid to join NATO was discussed at the summit.", set()),
    (
        "gen-taliban-neg",
        "Moscow has rejected claims that it supplied weapons to the Taliban.",
        set(),
    ),
    (
        "gen-used-in-neg",
        "Russia and Iran have denied that Iranian drones are being used in Ukraine.",
        set(),
    ),
    (
        "gen-will-hold-party",
        "China and Russia will hold joint naval exercises in the Mediterranean, the Chinese "
        "defence ministry said.",
        {"JOINT_EXERCISE CHN-RUS asserted"},
    ),
    (
        "gen-us-korean-troops",
        "US and South Korean troops began their annual Freedom Shield exercise on Monday.",
        {"JOINT_EXERCISE KOR-USA asserted"},
    ),
    (
        "gen-hosted-org-drills",
        "Kazakhstan hosted CSTO drills involving troops from Russia, Belarus and Armenia.",
        {
            "JOINT_EXERCISE ARM-BLR asserted",
            "JOINT_EXERCISE ARM-KAZ asserted",
            "JOINT_EXERCISE ARM-RUS asserted",
            "JOINT_EXERCISE BLR-KAZ asserted",
            "JOINT_EXERCISE BLR-RUS asserted",
            "JOINT_EXERCISE KAZ-RUS asserted",
        },
    ),
    (
        "gen-provide-with-systems",
        "Japan will provide Malaysia with coastal radar systems under its Official Security "
        "Assistance programme.",
        {"ARMS_TRANSFER JPN>MYS asserted"},
    ),
    (
        "gen-which-both-sides",
        "Australia and Indonesia signed a defence cooperation agreement, which both sides said "
        "would boost joint training.",
        {"DEFENCE_COOPERATION AUS-IDN asserted"},
    ),
    (
        "gen-train-recruits",
        "British troops will train Ukrainian recruits in the UK, the Ministry of Defence said.",
        {"MILITARY_AID GBR>UKR asserted"},
    ),
    (
        "gen-received-in",
        "Chinese President Xi Jinping received Serbian President Aleksandar Vucic in Beijing.",
        {"VISIT SRB>CHN asserted"},
    ),
    # an order to go tells of troops that are there and are to end their stay: denied
    (
        "gen-ordered-leave-neg",
        "Niger ordered French troops to leave the country.",
        {"TROOP_DEPLOYMENT FRA>NER denied"},
    ),
    (
        "gen-roadmap",
        "India and France agreed on a roadmap for defence industrial cooperation.",
        {"DEFENCE_COOPERATION FRA-IND asserted"},
    ),
    (
        "gen-said-to-consider",
        "Egypt is said to be considering the purchase of Chinese J-10C jets.",
        {"ARMS_TRANSFER CHN>EGY alleged"},
    ),
    (
        "gen-participle-subject",
        "Israel bought oil while selling drones to Azerbaijan.",
        {"ARMS_TRANSFER ISR>AZE asserted"},
    ),
    (
        "gen-watching-drills",
        "Japan is watching Chinese and Russian naval drills near its coast.",
        {"JOINT_EXERCISE CHN-RUS asserted"},
    ),
    (
        "gen-monitoring-neg",
        "Poland and Lithuania said they were monitoring the manoeuvres closely.",
        set(),
    ),
    (
        "gen-not-rule-out",
        "Moscow did not rule out military cooperation with Pyongyang.",
        {"DEFENCE_COOPERATION PRK-RUS alleged"},
    ),
    (
        "gen-contract-with-firm",
        "Romania signed a contract with Israel's Elbit for 155mm howitzers.",
        {"ARMS_TRANSFER ISR>ROU asserted"},
    ),
    (
        "gen-trade-deal-neg",
        "India signed a trade deal with Britain covering cars and whisky.",
        set(),
    ),
    ("gen-wife-neg", "The Chinese foreign minister's wife was in Paris on holiday.", set()),
    (
        "gen-not-ruled-out-troops",
        "France has not ruled out sending troops to Ukraine, Macron said.",
        {"TROOP_DEPLOYMENT FRA>UKR alleged"},
    ),
    (
        "gen-denied-planned",
        "Egypt denied reports that it planned to supply rockets to Russia.",
        {"ARMS_TRANSFER EGY>RUS denied"},
    ),
    (
        "gen-imagery-docked",
        "Satellite imagery indicates that Chinese warships have docked at Cambodia's Ream naval "
        "base.",
        {"VISIT CHN>KHM alleged"},
    ),
    (
        "gen-region-not-state",
        "Britain will send 8,000 troops to Eastern Europe for NATO exercises this spring.",
        set(),
    ),
    (
        "gen-arrived-arms-talks",
        "South Korean President Yoon Suk Yeol arrived in Warsaw for talks on arms deals.",
        {"VISIT KOR>POL asserted"},
    ),
    (
        "gen-purchased-from",
        "Qatar purchased 24 Rafale jets from France in 2015.",
        {"ARMS_TRANSFER FRA>QAT asserted"},
    ),
    (
        "gen-received-from-month",
        "The Philippines received the first BrahMos missile batteries from India in April.",
        {"ARMS_TRANSFER IND>PHL asserted"},
    ),
    (
        "gen-transit-neg",
        "Hungary refused to allow weapons for Ukraine to transit its territory.",
        set(),
    ),
    (
        "gen-preparing-according",
        "Russia is preparing to deliver S-400 systems to Turkey, according to Turkish media.",
        {"ARMS_TRANSFER RUS>TUR alleged"},
    ),
    (
        "gen-strategic-partnership-neg",
        "Vietnam and the United States upgraded ties to a comprehensive strategic partnership.",
        set(),
    ),
    (
        "gen-fighter-jets-exercise",
        "Japanese and Indian fighter jets held their first joint exercise near Tokyo.",
        {"JOINT_EXERCISE IND-JPN asserted"},
    ),
    (
        "gen-allegedly-shipped",
        "North Korea allegedly shipped more than a million artillery shells to Russia.",
        {"ARMS_TRANSFER PRK>RUS alleged"},
    ),
    (
        "gen-will-not-join",
        "Moldova will not join NATO, its president said.",
        {"ALLIANCE MDA-NATO denied"},
    ),
    ("gen-approved-bid-neg", "Ankara finally approved Sweden's NATO membership bid.", set()),
    (
        "gen-kept-since",
        "The United States has kept around 900 troops in Syria since 2015.",
        {"TROOP_DEPLOYMENT USA>SYR asserted"},
    ),
    (
        "gen-expelled-neg",
        "Chad expelled French troops after ending its defence pact with Paris.",
        set(),
    ),
    (
        "gen-in-talks-sources",
        "Indonesia is in talks to buy 42 Chinese J-10 fighters, sources said.",
        {"ARMS_TRANSFER CHN>IDN alleged"},
    ),
    (
        "gen-met-in-capital",
        "German Chancellor Olaf Scholz met Chinese President Xi Jinping in Beijing.",
        {"VISIT DEU>CHN asserted"},
    ),
    (
        "gen-mutual-assistance-clause",
        "Greece and France signed a defence pact that includes a mutual assistance clause.",
        {"ALLIANCE FRA-GRC asserted"},
    ),
    (
        "gen-reportedly-bought",
        "Azerbaijan reportedly bought Israeli drones and loitering munitions before the offensive.",
        {"ARMS_TRANSFER ISR>AZE alleged"},
    ),
    (
        "gen-received-party-says",
        "Kyiv has received a third Patriot battery from Germany, the Ukrainian air force said.",
        {"ARMS_TRANSFER DEU>UKR asserted"},
    ),
    (
        "gen-passive-used-by",
        "Iranian drones have been used by Russian forces in Ukraine since 2022.",
        {"ARMS_TRANSFER IRN>RUS asserted"},
    ),
    (
        "gen-army-chief-visited",
        "Pakistan's army chief visited Washington for talks with US military leaders.",
        {"VISIT PAK>USA asserted"},
    ),
    (
        "gen-city-comma-country",
        "The Indian navy's INS Tabar made a port call at Alexandria, Egypt.",
        {"VISIT IND>EGY asserted"},
    ),
    ("gen-freeze-csto-neg", "Armenia said it would freeze its participation in the CSTO.", set()),
    (
        "gen-police-neg",
        "Kenyan police officers arrived in Haiti to lead a security mission.",
        set(),
    ),
    (
        "gen-officials-believe",
        "US officials believe Russia has given Iran advanced fighter jets in return for drones.",
        {"ARMS_TRANSFER RUS>IRN alleged"},
    ),
    (
        "gen-trained-in-two",
        "Ukrainian soldiers are being trained in Poland and Germany on Leopard tanks.",
        {"MILITARY_AID DEU>UKR asserted", "MILITARY_AID POL>UKR asserted"},
    ),
    (
        "gen-navies-wrapped-up",
        "The Chinese and Pakistani navies wrapped up joint drills in the Arabian Sea.",
        {"JOINT_EXERCISE CHN-PAK asserted"},
    ),
    (
        "gen-remain-in",
        "Turkish troops remain in northern Iraq despite protests from Baghdad.",
        {"TROOP_DEPLOYMENT TUR>IRQ asserted"},
    ),
    (
        "gen-host-troops-exercise",
        "Moscow said Belarus would host Russian troops for joint exercises in September.",
        {"JOINT_EXERCISE BLR-RUS asserted", "TROOP_DEPLOYMENT RUS>BLR asserted"},
    ),
    (
        "gen-spyware-neg",
        "Israel's defence minister denied that Israel had sold spyware to Saudi Arabia.",
        set(),
    ),
    ("gen-assad-flew", "Syria's Assad flew to Moscow to meet Putin.", {"VISIT SYR>RUS asserted"}),
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
    (
        "gen-two-countries-doc",
        "2024-09-15",
        "Erdogan arrived in Doha on Monday. The two countries agreed to expand defence "
        "cooperation.",
        {"DEFENCE_COOPERATION QAT-TUR asserted", "VISIT TUR>QAT asserted"},
    ),
    (
        "gen-three-leaders",
        "2024-09-15",
        "Biden hosted the leaders of Japan and South Korea at Camp David. The three leaders "
        "agreed to hold annual military exercises.",
        {
            "JOINT_EXERCISE JPN-KOR asserted",
            "JOINT_EXERCISE JPN-USA asserted",
            "JOINT_EXERCISE KOR-USA asserted",
            "VISIT JPN>USA asserted",
            "VISIT KOR>USA asserted",
        },
    ),
    (
        "gen-doc-pair-kept",
        "2022-01-06",
        "Japan and Australia signed a reciprocal access agreement on Thursday. It is Tokyo's "
        "first such pact with any country other than the United States. Both leaders said it "
        "would deepen defence cooperation.",
        {"DEFENCE_COOPERATION AUS-JPN asserted"},
    ),
    (
        "gen-doc-relations-leaders",
        "2024-11-30",
        "Russian Defence Minister Andrei Belousov arrived in Pyongyang on Friday. Belousov said "
        "military cooperation between the two countries was developing dynamically.",
        {"DEFENCE_COOPERATION PRK-RUS asserted", "VISIT RUS>PRK asserted"},
    ),
    (
        "gen-doc-leaders-agreed",
        "2024-04-12",
        "President Joe Biden hosted the leaders of Japan and the Philippines at the White House "
        "on Thursday. The leaders agreed to expand joint naval patrols in the South China Sea.",
        {
            "JOINT_EXERCISE JPN-PHL asserted",
            "JOINT_EXERCISE JPN-USA asserted",
            "JOINT_EXERCISE PHL-USA asserted",
            "VISIT JPN>USA asserted",
            "VISIT PHL>USA asserted",
        },
    ),
]
