"""Leaders and defence/foreign ministers, with the dates they held office, written for Entente.

`CODE | from | to | names (;)`: a name stands for its state only between those dates (an empty
`to` means still in office), so "Trump" in 2022 is not the United States. Surnames are listed
only where they are distinctive enough in the news.
"""

LEADERS = """
RUS | 2000-05-07 |  | Vladimir Putin; Putin
RUS | 2004-03-09 |  | Sergei Lavrov; Sergey Lavrov; Lavrov
RUS | 2012-11-06 |  | Sergei Shoigu; Sergey Shoigu; Shoigu
RUS | 2024-05-14 |  | Andrei Belousov; Andrey Belousov; Belousov
RUS | 2012-11-09 |  | Valery Gerasimov; Gerasimov
RUS | 2020-01-16 |  | Mikhail Mishustin; Mishustin
RUS | 2008-05-07 |  | Dmitry Peskov; Peskov
PRK | 2011-12-17 |  | Kim Jong Un; Kim Jong-un; Kim Jong-Un; Kim Yo Jong; Kim Yo-jong
PRK | 2022-06-11 |  | Choe Son Hui; Choe Son-hui
CHN | 2012-11-15 |  | Xi Jinping; Xi
CHN | 2013-03-16 |  | Wang Yi
CHN | 2023-03-11 |  | Li Qiang
CHN | 2023-12-29 |  | Dong Jun
UKR | 2019-05-20 |  | Volodymyr Zelensky; Volodymyr Zelenskyy; Volodymyr Zelenskiy
UKR | 2019-05-20 |  | Zelensky; Zelenskyy; Zelenskiy
UKR | 2021-11-04 | 2023-09-05 | Oleksii Reznikov; Oleksiy Reznikov; Reznikov
UKR | 2023-09-06 | 2025-07-17 | Rustem Umerov; Umerov
UKR | 2020-03-04 | 2024-09-05 | Dmytro Kuleba; Kuleba
UKR | 2024-09-05 |  | Andrii Sybiha; Sybiha
USA | 2021-01-20 | 2025-01-20 | Joe Biden; Biden; Kamala Harris
USA | 2017-01-20 | 2021-01-20 | Donald Trump; Trump; Mike Pence; Pence; Mike Pompeo; Pompeo
USA | 2025-01-20 |  | Donald Trump; Trump; JD Vance; J.D. Vance; Marco Rubio; Rubio
USA | 2021-01-22 | 2025-01-20 | Lloyd Austin; Austin; Antony Blinken; Blinken; Jake Sullivan
USA | 2025-01-25 |  | Pete Hegseth; Hegseth
TUR | 2003-03-14 |  | Recep Tayyip Erdogan; Recep Tayyip Erdoğan; Erdogan; Erdoğan
TUR | 2023-06-04 |  | Hakan Fidan; Fidan
BLR | 1994-07-20 |  | Alexander Lukashenko; Aleksandr Lukashenko
BLR | 1994-07-20 |  | Alyaksandr Lukashenka; Lukashenko; Lukashenka
IRN | 1989-06-04 |  | Ali Khamenei; Ayatollah Khamenei; Khamenei
IRN | 2021-08-03 | 2024-05-19 | Ebrahim Raisi; Raisi
IRN | 2024-07-28 |  | Masoud Pezeshkian; Pezeshkian
IRN | 2024-08-21 |  | Abbas Araghchi; Araghchi
IND | 2014-05-26 |  | Narendra Modi; Modi
IND | 2019-05-30 |  | Rajnath Singh; Subrahmanyam Jaishankar; S. Jaishankar; Jaishankar
FRA | 2017-05-14 |  | Emmanuel Macron; Macron
FRA | 2022-05-20 |  | Sébastien Lecornu; Sebastien Lecornu; Lecornu
DEU | 2021-12-08 | 2025-05-06 | Olaf Scholz; Scholz; Annalena Baerbock; Baerbock
DEU | 2025-05-06 |  | Friedrich Merz; Merz
DEU | 2023-01-19 |  | Boris Pistorius; Pistorius
GBR | 2019-07-24 | 2022-09-06 | Boris Johnson
GBR | 2019-07-24 | 2023-08-31 | Ben Wallace
GBR | 2022-10-25 | 2024-07-05 | Rishi Sunak; Sunak; Grant Shapps
GBR | 2024-07-05 |  | Keir Starmer; Starmer; John Healey; David Lammy
JPN | 2021-10-04 | 2024-10-01 | Fumio Kishida; Kishida
JPN | 2024-10-01 | 2025-10-21 | Shigeru Ishiba; Ishiba
JPN | 2025-10-21 |  | Sanae Takaichi; Takaichi
KOR | 2022-05-10 | 2025-04-04 | Yoon Suk Yeol; Yoon Suk-yeol; Yoon
KOR | 2025-06-04 |  | Lee Jae-myung; Lee Jae Myung
ITA | 2022-10-22 |  | Giorgia Meloni; Meloni
ESP | 2018-06-02 |  | Pedro Sánchez; Pedro Sanchez
HUN | 2010-05-29 |  | Viktor Orbán; Viktor Orban; Orbán; Orban
HUN | 2010-05-29 |  | Péter Szijjártó; Peter Szijjarto; Szijjártó; Szijjarto
POL | 2015-08-06 | 2025-08-06 | Andrzej Duda; Duda
POL | 2023-12-13 |  | Donald Tusk; Tusk; Radosław Sikorski; Radoslaw Sikorski; Sikorski
ISR | 2022-12-29 |  | Benjamin Netanyahu; Netanyahu
SAU | 2017-06-21 |  | Mohammed bin Salman; Mohammad bin Salman
EGY | 2014-06-08 |  | Abdel Fattah al-Sisi; Abdel Fattah el-Sisi; Sisi
BRA | 2023-01-01 |  | Luiz Inácio Lula da Silva; Lula da Silva; Lula
AUS | 2022-05-23 |  | Anthony Albanese; Albanese; Richard Marles; Marles
PHL | 2022-06-30 |  | Ferdinand Marcos Jr.; Ferdinand Marcos Jr; Bongbong Marcos
IDN | 2024-10-20 |  | Prabowo Subianto; Prabowo
IDN | 2014-10-20 | 2024-10-20 | Joko Widodo; Jokowi
PAK | 2024-03-04 |  | Shehbaz Sharif
KAZ | 2019-03-20 |  | Kassym-Jomart Tokayev; Tokayev
AZE | 2003-10-31 |  | Ilham Aliyev; Aliyev
ARM | 2018-05-08 |  | Nikol Pashinyan; Pashinyan
SYR | 2000-07-17 | 2024-12-08 | Bashar al-Assad; Assad
MMR | 2021-02-01 |  | Min Aung Hlaing
VEN | 2013-04-19 |  | Nicolás Maduro; Nicolas Maduro; Maduro
CAN | 2015-11-04 | 2025-03-14 | Justin Trudeau; Trudeau
CAN | 2025-03-14 |  | Mark Carney; Carney
FIN | 2024-03-01 |  | Alexander Stubb; Stubb
SWE | 2022-10-18 |  | Ulf Kristersson; Kristersson
ZAF | 2018-02-15 |  | Cyril Ramaphosa; Ramaphosa
RWA | 2000-03-24 |  | Paul Kagame; Kagame
COD | 2019-01-24 |  | Félix Tshisekedi; Felix Tshisekedi; Tshisekedi
SRB | 2017-05-31 |  | Aleksandar Vučić; Aleksandar Vucic; Vučić; Vucic
SVK | 2023-10-25 |  | Robert Fico; Fico
TWN | 2024-05-20 |  | Lai Ching-te
TWN | 2016-05-20 | 2024-05-20 | Tsai Ing-wen
NLD | 2010-10-14 | 2024-07-02 | Mark Rutte; Rutte
NLD | 2024-07-02 |  | Dick Schoof; Schoof
DNK | 2019-06-27 |  | Mette Frederiksen; Frederiksen
AUS | 2018-08-24 | 2022-05-23 | Scott Morrison; Peter Dutton
AUS | 2022-05-23 |  | Penny Wong
EST | 2021-01-26 | 2024-07-23 | Kaja Kallas
FIN | 2012-03-01 | 2024-03-01 | Sauli Niinistö; Sauli Niinisto; Niinistö; Niinisto
IDN | 2019-10-23 | 2024-10-20 | Prabowo Subianto; Prabowo
PAK | 2022-04-11 | 2023-08-14 | Shehbaz Sharif
MYS | 2022-11-24 |  | Anwar Ibrahim
SGP | 2024-05-15 |  | Lawrence Wong
ARE | 2022-05-14 |  | Mohamed bin Zayed; Mohammed bin Zayed
NGA | 2023-05-29 |  | Bola Tinubu; Tinubu
KEN | 2022-09-13 |  | William Ruto; Ruto
ETH | 2018-04-02 |  | Abiy Ahmed
MLI | 2021-05-24 |  | Assimi Goïta; Assimi Goita
BFA | 2022-09-30 |  | Ibrahim Traoré; Ibrahim Traore
NER | 2023-07-26 |  | Abdourahamane Tiani
CHN | 2023-03-12 | 2023-10-24 | Li Shangfu
KOR | 2024-09-06 | 2024-12-08 | Kim Yong-hyun
NZL | 2023-11-27 |  | Christopher Luxon
ARG | 2023-12-10 |  | Javier Milei
MEX | 2024-10-01 |  | Claudia Sheinbaum
UZB | 2016-09-08 |  | Shavkat Mirziyoyev
TJK | 1992-11-19 |  | Emomali Rahmon
"""
