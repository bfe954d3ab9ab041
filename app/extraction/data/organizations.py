"""Military alliances and security pacts Entente treats as organizations, written for Entente.

`CODE | name | other names (;)`. Only bodies with a mutual-defence or security-pact core; economic
or political groupings (EU, SCO, BRICS) are deliberately absent.
"""

ORGANIZATIONS = """
NATO | North Atlantic Treaty Organization | NATO; North Atlantic Treaty Organisation
NATO | North Atlantic Treaty Organization | North Atlantic Alliance; Atlantic alliance
NATO | North Atlantic Treaty Organization | North Atlantic Treaty; Washington Treaty
CSTO | Collective Security Treaty Organization | CSTO; Collective Security Treaty Organisation
ANZUS | Australia, New Zealand, United States Security Treaty | ANZUS; ANZUS Treaty
AUKUS | AUKUS security partnership | AUKUS
TIAR | Inter-American Treaty of Reciprocal Assistance | Rio Treaty; Rio Pact; TIAR
SEATO | Southeast Asia Treaty Organization | SEATO
WPO | Warsaw Treaty Organization | Warsaw Pact; Warsaw Treaty Organization
"""
