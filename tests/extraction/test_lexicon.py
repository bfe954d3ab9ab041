"""The needles of `lexicon.lowered` patterns: strings one of which every match holds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.extraction import lexicon
from app.extraction.lexicon import lower_text
from app.extraction.rules import FAMILIES

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        pytest.param(r"bases?|air base", ("base",), id="optional-letter-and-redundant"),
        pytest.param(r"troops?|soldiers?", ("troop", "soldier"), id="word-list"),
        pytest.param(r"(?:is|are) in", (" in",), id="run-after-group"),
        pytest.param(r"(?:aid|assistance)(?: and \w+)? package", (" package",), id="longest"),
        pytest.param(
            r"(?:military|security) (?:aid|assistance)", ("military", "security"), id="group"
        ),
        pytest.param(r"fl(?:ew|y)|arrived", None, id="short-run"),
        pytest.param(r"(?:fighter )?jets", ("jets",), id="optional-group"),
        pytest.param(r"of (?:[\w-]+ ){0,3}weapons", ("weapons",), id="bounds-are-no-literal"),
        pytest.param(r"x[(|]yyy", ("yyy",), id="class-holds-specials"),
        pytest.param(r"(?=abc)def|(?<!q)ghi", ("def", "ghi"), id="look-arounds"),
        pytest.param(r"(?i:abc)def", None, id="inline-flag"),
        pytest.param(r"abc|", None, id="empty-alternative"),
        pytest.param(r"abc(def", None, id="unclosed-group"),
    ],
)
def test_needles(fragment: str, expected: tuple[str, ...] | None) -> None:
    """Each alternative gives its best literal test; no needles where one has none."""
    assert lexicon._needles(fragment) == expected


def test_every_match_holds_a_needle() -> None:
    """Over the news-style passages, no match of a gated pattern lacks all its needles."""
    assert FAMILIES  # every rule module is imported, so every pattern is registered
    gated = list(lexicon._NEEDLES.values())
    assert len(gated) > 30
    texts = [
        lower_text(json.loads(line)["text"])
        for path in sorted(DATA.glob("news-style*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
    ]
    for pattern, needles in gated:
        for text in texts:
            for match in pattern.finditer(text):
                assert any(n in match.group() for n in needles), (pattern.pattern, match.group())
