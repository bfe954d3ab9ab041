"""Short, historic and abbreviated state names that the maintained data lacks, written for Entente.

`ALIASES`: `CODE | names (;)`. `SHORT_NAMES`: the common short name `country_name` returns.
`NOT_STATES`: names that contain a state's name but are not the state (seas, US states, clubs,
newspapers); the gazetteer matches them so that the state's name inside them is never read.
"""

ALIASES = """
ARE | UAE; U.A.E.; United Arab Emirates; the Emirates
BIH | Bosnia; Bosnia-Herzegovina; Bosnia and Herzegovina
BOL | Bolivia
BRN | Brunei
CIV | Ivory Coast; Côte d'Ivoire; Cote d'Ivoire
COD | DRC; DR Congo; D.R. Congo; Congo-Kinshasa; Democratic Republic of Congo; Congo
COG | Congo-Brazzaville; Republic of Congo; Republic of the Congo
CPV | Cape Verde; Cabo Verde
CZE | Czech Republic; Czechia
FSM | Micronesia
GBR | Britain; Great Britain; United Kingdom; UK; U.K.; HMS
IRN | Iran; Islamic Republic
KOR | South Korea; ROK; Republic of Korea
LAO | Laos
MDA | Moldova
MKD | North Macedonia; Macedonia
MMR | Myanmar; Burma
NLD | Netherlands; Holland
PRK | North Korea; DPRK; D.P.R.K.
PSE | Palestine; State of Palestine; Palestinian Authority
RUS | Russia; Russian Federation; Soviet Union; USSR; U.S.S.R.
STP | Sao Tome and Principe; São Tomé and Príncipe
SWZ | Eswatini; Swaziland
SYR | Syria
TLS | East Timor; Timor-Leste
TUR | Turkey; Türkiye; Turkiye
TWN | Taiwan; Republic of China
TZA | Tanzania
USA | United States; United States of America; US; U.S.; USA; U.S.A.; America; USS
VAT | Vatican City; Vatican
VEN | Venezuela
VNM | Vietnam; Viet Nam
XKX | Kosovo; Republic of Kosovo
AUS | HMAS
CAN | HMCS
NZL | HMNZS
CHN | China; PRC; People's Republic of China; Mainland China
"""

SHORT_NAMES = """
BOL | Bolivia
COD | DR Congo
COG | Republic of the Congo
FSM | Micronesia
GBR | United Kingdom
IRN | Iran
KOR | South Korea
LAO | Laos
MDA | Moldova
PRK | North Korea
PSE | Palestine
RUS | Russia
SYR | Syria
TUR | Turkey
TWN | Taiwan
TZA | Tanzania
USA | United States
VEN | Venezuela
VNM | Vietnam
XKX | Kosovo
"""

NOT_STATES = """
South China Sea; East China Sea; Sea of Japan; Gulf of Mexico; New Mexico; New Jersey;
Indian Ocean; Taiwan Strait; Korean Peninsula; Korean War; Arabian Sea; Gulf of Oman;
Gulf of Guinea; Irish Sea; Latin America; Latin American; South America; South American;
North America; North American; Central America; Central American; Americas; Real Madrid;
Atletico Madrid; Atlético Madrid; Paris Saint-Germain; Washington State; Washington Post;
New York; Georgia Tech; Turkey Point; Jordan River; Jordan Valley; Dutch Harbor; Indian Point;
Swiss Re; French Guiana; British Columbia; British Virgin Islands;
American Samoa; Russian River; Chinese Taipei; South Georgia; Mexico City Policy; Congo River;
Berlin Wall; Hong Kong; Macau; Macao; Sea of Azov; Gulf of Aden; Gulf of Finland; Bay of Bengal;
German Marshall Fund; Irish Times; Chicago; Paris Agreement; Paris Club; Rome Statute;
Jerusalem Post; Kyiv Independent; Kyiv Post; Moscow Times; Tehran Times; Japan Times;
Washington Examiner; Athens, Georgia; Lake Victoria; Victoria; Mount Lebanon
"""
