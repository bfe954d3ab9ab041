"""Military ports, bases and regions that wire copy names instead of a country, written for
Entente: `name | state` (ISO 3166 alpha-3 of the state the place lies in).

GeoNames' table of cities (places.py) keeps towns of 100,000 people or more; troops and warships
are reported at bases and anchorages far smaller than that ("sailed into Subic Bay", "stationed
at Incirlik"). Only places whose state is not in dispute are listed, and only names that are not
also common words or people's names. As with cities, a place is read only after a preposition of
place ("in", "at", "into", "the naval base of" …).
"""

BASES = """
Subic Bay | PHL
Cam Ranh | VNM
Cam Ranh Bay | VNM
Ream | KHM
Hmeimim | SYR
Incirlik | TUR
Ramstein | DEU
Grafenwoehr | DEU
Aviano | ITA
Sigonella | ITA
Souda Bay | GRC
Deveselu | ROU
Mihail Kogalniceanu | ROU
Powidz | POL
Redzikowo | POL
Rukla | LTU
Adazi | LVA
Tapa | EST
Al Udeid | QAT
Bagram | AFG
Camp Lemonnier | DJI
Karshi-Khanabad | UZB
Manas | KGZ
Gwadar | PAK
Hambantota | LKA
Kyaukphyu | MMR
Cabo Delgado | MOZ
Guam | USA
Okinawa | JPN
Kadena | JPN
Misawa | JPN
Camp Humphreys | KOR
Osan | KOR
Kunsan | KOR
Pine Gap | AUS
Baltiysk | RUS
Severomorsk | RUS
Hainan | CHN
Berbera | SOM
Assab | ERI
"""
