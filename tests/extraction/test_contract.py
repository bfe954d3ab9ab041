"""The `extract` contract of DESIGN.md §3: keys, offsets, phase, attribution, confidence."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from app.extraction import EXTRACTOR_NAME, EXTRACTOR_VERSION, extract
from app.extraction.certainty import confidence
from app.vocabulary import OTHER_SOURCE, MentionStatus, Phase, Precision

KEYS = {
    "type", "actor", "target", "location", "status", "attributed_to", "occurred_on",
    "precision", "confidence", "evidence", "phase", "rule", "trigger",
}  # fmt: skip


def test_contract_keys_and_offsets() -> None:
    """Each event carries exactly the contract's keys and points at its sentence."""
    text = "Markets were calm. Russian Defence Minister Belousov arrived in Pyongyang on Friday."
    (event,) = extract(text, date(2024, 11, 29))
    row = event.as_contract()
    assert set(row) == KEYS
    assert row["occurred_on"] == "2024-11-29" and row["precision"] == "day"
    evidence = event.evidence
    assert text[evidence.start : evidence.end] == evidence.sentence
    assert evidence.sentence.startswith("Russian Defence")
    assert row["rule"] == "visit.travel"
    assert row["trigger"] == {"text": "arrived", "start": 53, "end": 60}
    assert text[53:60] == "arrived"
    assert EXTRACTOR_NAME and EXTRACTOR_VERSION


@pytest.mark.parametrize(
    ("text", "status", "source", "phase"),
    [
        ("Germany will deliver tanks to Kyiv, Berlin confirmed.", "asserted", "DEU", "planned"),
        ("Iran sent drones to Russia, according to US officials.", "alleged", "USA", "occurred"),
        ("Iran sent drones to Russia, analysts said.", "alleged", OTHER_SOURCE, "occurred"),
        ("Tehran denies sending drones to Moscow.", "denied", "IRN", "occurred"),
        ("Poland pledged to send jets to Ukraine.", "asserted", None, "planned"),
        ("Iran sent drones to Russia.", "asserted", None, "occurred"),
    ],
)
def test_attribution_and_phase(text: str, status: str, source: str | None, phase: str) -> None:
    """Who says it, how sure, and whether it is planned."""
    (event,) = extract(text, date(2024, 1, 10))
    assert (event.status.value, event.attributed_to, event.phase) == (status, source, Phase(phase))


def test_no_date_falls_back_to_publication() -> None:
    """Without a date expression the publication date stands, with precision unknown."""
    (event,) = extract("Iran sent drones to Russia.", date(2024, 1, 10))
    assert (event.occurred_on, event.precision) == (date(2024, 1, 10), Precision.UNKNOWN)


def test_confidence_rule() -> None:
    """Asserted > alleged by a government > alleged by others > hedged > denied."""
    asserted = confidence(MentionStatus.ASSERTED, None, modal=False, carried=False)
    by_state = confidence(MentionStatus.ALLEGED, "USA", modal=False, carried=False)
    by_other = confidence(MentionStatus.ALLEGED, OTHER_SOURCE, modal=False, carried=False)
    hedged = confidence(MentionStatus.ALLEGED, OTHER_SOURCE, modal=True, carried=False)
    denied = confidence(MentionStatus.DENIED, "IRN", modal=False, carried=False)
    assert asserted > by_state > by_other > hedged > denied > 0


def test_empty_and_tieless_text() -> None:
    """No text, no ties."""
    assert extract("") == []
    assert extract("Manchester United travelled to Madrid for the match.", date(2024, 3, 12)) == []


def test_every_rule_is_documented() -> None:
    """A user who sees a rule name in an answer finds it in docs/extraction.md, and the doc
    names no rule the code no longer has."""
    root = Path(__file__).resolve().parents[2]
    name = r"((?:visit|deployment|transfer|aid|alliance|cooperation|exercise)\.[a-z_]+)"
    in_code = {
        found
        for path in (root / "app" / "extraction" / "rules").glob("*.py")
        for found in re.findall(rf'"{name}"', path.read_text(encoding="utf-8"))
    }
    in_docs = set(re.findall(rf"`{name}`", (root / "docs" / "extraction.md").read_text()))
    assert in_code and in_code == in_docs
