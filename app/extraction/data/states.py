"""Demonyms and seats of government per state, written for Entente.

One row per state: `CODE | demonyms (;) | capitals and other seats of government (;)`.
Names that are also common words or sports clubs are left to `ambiguity.py` to filter.
"""

STATES = """
AFG | Afghan | Kabul
AGO | Angolan | Luanda
ALB | Albanian | Tirana
AND | Andorran | Andorra la Vella
ARE | Emirati | Abu Dhabi
ARG | Argentine; Argentinian; Argentinean | Buenos Aires; Casa Rosada
ARM | Armenian | Yerevan
ATG | Antiguan | St John's
AUS | Australian; Aussie | Canberra
AUT | Austrian | Vienna
AZE | Azerbaijani; Azeri | Baku
BDI | Burundian | Gitega
BEL | Belgian | Brussels
BEN | Beninese | Porto-Novo; Cotonou
BFA | Burkinabe; Burkinabè | Ouagadougou
BGD | Bangladeshi | Dhaka
BGR | Bulgarian | Sofia
BHR | Bahraini | Manama
BHS | Bahamian | Nassau
BIH | Bosnian | Sarajevo
BLR | Belarusian; Belarussian | Minsk
BLZ | Belizean | Belmopan
BOL | Bolivian | La Paz; Sucre
BRA | Brazilian | Brasília; Brasilia; Planalto
BRB | Barbadian; Bajan | Bridgetown
BRN | Bruneian | Bandar Seri Begawan
BTN | Bhutanese | Thimphu
BWA | Botswanan; Motswana | Gaborone
CAF | Central African | Bangui
CAN | Canadian | Ottawa
CHE | Swiss | Bern
CHL | Chilean | Santiago
CHN | Chinese | Beijing; Zhongnanhai; Xinhua; PLA; People's Liberation Army
CIV | Ivorian | Abidjan; Yamoussoukro
CMR | Cameroonian | Yaoundé; Yaounde
COD | Congolese | Kinshasa
COG | | Brazzaville
COL | Colombian | Bogotá; Bogota
COM | Comorian | Moroni
CPV | Cape Verdean; Cabo Verdean | Praia
CRI | Costa Rican | San José
CUB | Cuban | Havana
CYP | Cypriot | Nicosia
CZE | Czech | Prague
DEU | German | Berlin; Bundeswehr
DJI | Djiboutian |
DMA | Dominican | Roseau
DNK | Danish | Copenhagen
DOM | | Santo Domingo
DZA | Algerian | Algiers
ECU | Ecuadorian; Ecuadoran | Quito
EGY | Egyptian | Cairo
ERI | Eritrean | Asmara
ESP | Spanish | Madrid; Moncloa
EST | Estonian | Tallinn
ETH | Ethiopian | Addis Ababa
FIN | Finnish | Helsinki
FJI | Fijian | Suva
FRA | French | Paris; Élysée; Elysee; Elysée Palace; Elysee Palace
FSM | Micronesian | Palikir
GAB | Gabonese | Libreville
GBR | British; UK; U.K. | London; Downing Street; Whitehall
GEO | Georgian | Tbilisi
GHA | Ghanaian | Accra
GIN | Guinean | Conakry
GMB | Gambian | Banjul
GNB | Bissau-Guinean | Bissau
GNQ | Equatoguinean; Equatorial Guinean | Malabo
GRC | Greek | Athens
GRD | Grenadian | St George's
GTM | Guatemalan | Guatemala City
GUY | Guyanese | Georgetown
HND | Honduran | Tegucigalpa
HRV | Croatian; Croat | Zagreb
HTI | Haitian | Port-au-Prince
HUN | Hungarian | Budapest
IDN | Indonesian | Jakarta
IND | Indian | New Delhi; Delhi; South Block
IRL | Irish | Dublin
IRN | Iranian | Tehran; Teheran; IRNA
IRQ | Iraqi | Baghdad
ISL | Icelandic | Reykjavik; Reykjavík
ISR | Israeli | Jerusalem; IDF; Israel Defense Forces
ITA | Italian | Rome; Palazzo Chigi
JAM | Jamaican | Kingston
JOR | Jordanian | Amman
JPN | Japanese | Tokyo; SDF; Self-Defense Forces; Self-Defence Forces
KAZ | Kazakh; Kazakhstani | Astana
KEN | Kenyan | Nairobi
KGZ | Kyrgyz; Kyrgyzstani | Bishkek
KHM | Cambodian | Phnom Penh
KIR | I-Kiribati | Tarawa
KNA | Kittitian | Basseterre
KOR | South Korean | Seoul; Yongsan
KWT | Kuwaiti | Kuwait City
LAO | Lao; Laotian | Vientiane
LBN | Lebanese | Beirut
LBR | Liberian | Monrovia
LBY | Libyan | Tripoli
LCA | Saint Lucian | Castries
LIE | Liechtensteiner | Vaduz
LKA | Sri Lankan | Colombo
LSO | Basotho | Maseru
LTU | Lithuanian | Vilnius
LUX | Luxembourgish; Luxembourger |
LVA | Latvian | Riga
MAR | Moroccan | Rabat
MCO | Monegasque |
MDA | Moldovan | Chisinau; Chișinău
MDG | Malagasy | Antananarivo
MDV | Maldivian | Malé
MEX | Mexican | Mexico City
MHL | Marshallese | Majuro
MKD | Macedonian | Skopje
MLI | Malian | Bamako
MLT | Maltese | Valletta
MMR | Myanmar; Burmese | Naypyidaw; Nay Pyi Taw; Naypyitaw
MNE | Montenegrin | Podgorica
MNG | Mongolian | Ulaanbaatar; Ulan Bator
MOZ | Mozambican | Maputo
MRT | Mauritanian | Nouakchott
MUS | Mauritian | Port Louis
MWI | Malawian | Lilongwe
MYS | Malaysian | Kuala Lumpur; Putrajaya
NAM | Namibian | Windhoek
NER | Nigerien | Niamey
NGA | Nigerian | Abuja
NIC | Nicaraguan | Managua
NLD | Dutch | Amsterdam; The Hague
NOR | Norwegian | Oslo
NPL | Nepali; Nepalese | Kathmandu
NRU | Nauruan | Yaren
NZL | New Zealand; Kiwi | Wellington
OMN | Omani | Muscat
PAK | Pakistani | Islamabad; Rawalpindi
PAN | Panamanian | Panama City
PER | Peruvian | Lima
PHL | Filipino; Philippine | Manila; Malacañang; Malacanang
PLW | Palauan | Ngerulmud
PNG | Papua New Guinean | Port Moresby
POL | Polish | Warsaw
PRK | North Korean | Pyongyang; KCNA; Korean Central News Agency
PRT | Portuguese | Lisbon
PRY | Paraguayan | Asunción; Asuncion
PSE | Palestinian | Ramallah
QAT | Qatari | Doha
ROU | Romanian | Bucharest
RUS | Russian; Soviet; Soviets | Moscow; Kremlin; TASS; RIA Novosti
RWA | Rwandan | Kigali
SAU | Saudi | Riyadh
SDN | Sudanese | Khartoum; Port Sudan
SEN | Senegalese | Dakar
SGP | Singaporean |
SLB | Solomon Islander | Honiara
SLE | Sierra Leonean | Freetown
SLV | Salvadoran; Salvadorean | San Salvador
SMR | Sammarinese |
SOM | Somali | Mogadishu
SRB | Serbian; Serb | Belgrade
SSD | South Sudanese | Juba
STP | Santomean | São Tomé
SUR | Surinamese | Paramaribo
SVK | Slovak; Slovakian | Bratislava
SVN | Slovenian; Slovene | Ljubljana
SWE | Swedish | Stockholm
SWZ | Swazi; Eswatini | Mbabane
SYC | Seychellois |
SYR | Syrian | Damascus
TCD | Chadian | N'Djamena; Ndjamena
TGO | Togolese | Lomé; Lome
THA | Thai | Bangkok
TJK | Tajik; Tajikistani | Dushanbe
TKM | Turkmen | Ashgabat
TLS | Timorese | Dili
TON | Tongan | Nuku'alofa
TTO | Trinidadian | Port of Spain
TUN | Tunisian | Tunis
TUR | Turkish | Ankara; Turkiye; Türkiye
TUV | Tuvaluan | Funafuti
TWN | Taiwanese | Taipei
TZA | Tanzanian | Dodoma; Dar es Salaam
UGA | Ugandan | Kampala
UKR | Ukrainian | Kyiv; Kiev
URY | Uruguayan | Montevideo
USA | American; US; U.S. | Washington; White House; Pentagon; Foggy Bottom; State Department
USA | | DOD; DoD; Department of Defense; Defense Department; CENTCOM; INDOPACOM; AFRICOM
UZB | Uzbek; Uzbekistani | Tashkent
VAT | Vatican | Holy See
VCT | Vincentian | Kingstown
VEN | Venezuelan | Caracas
VNM | Vietnamese | Hanoi
VUT | Ni-Vanuatu | Port Vila
WSM | Samoan | Apia
XKX | Kosovar; Kosovan | Pristina; Prishtina
YEM | Yemeni | Sanaa; Sana'a; Aden
ZAF | South African | Pretoria; Cape Town
ZMB | Zambian | Lusaka
ZWE | Zimbabwean | Harare
"""
