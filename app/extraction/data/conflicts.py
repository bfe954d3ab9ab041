"""Pairs of states at war, written for Entente: no tie is read between them while the war lasts.

`A | B | from | to`: "Russia deployed troops to Ukraine" during the war is an invasion, not a
deployment in support of Ukraine, so the extractor drops ties between the two belligerents. A
state whose troops fight beside a belligerent (North Korea's in Kursk) is listed too.
"""

WARS = """
RUS | UKR | 2014-02-20 |
PRK | UKR | 2024-10-01 |
ARM | AZE | 2020-09-27 | 2023-09-21
"""
