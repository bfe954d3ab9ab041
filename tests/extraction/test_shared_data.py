"""The extractor against the project's shared data: the seed document and the dev set scorer."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from app.extraction import extract
from app.vocabulary import MentionStatus, TieType

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "000_ad7fc3fe47098d6d.txt"
DEV = SHARED / "data" / "extraction-dev.jsonl"
SCORER = SHARED / "tools" / "score_extraction.py"


def _require(path: Path) -> None:
    if not path.exists():
        pytest.skip(f"{path} is absent: ../shared (the project's shared data) is not checked out")


def test_seed_document() -> None:
    """The seed yields the visit, the alleged deployment in Ukraine, and nothing Russia–Ukraine."""
    _require(SEED)
    events = extract(SEED.read_text(encoding="utf-8"), date(2024, 10, 25))
    found = {(e.type, e.actor, e.target, e.status, e.location) for e in events}
    assert (TieType.VISIT, "RUS", "PRK", MentionStatus.ASSERTED, None) in found
    assert (TieType.TROOP_DEPLOYMENT, "PRK", "RUS", MentionStatus.ALLEGED, "UKR") in found
    assert not [e for e in events if {e.actor, e.target} == {"RUS", "UKR"}]


def test_dev_set_scores_above_threshold() -> None:
    """The shared scorer passes the issue's bar (F1 and status accuracy ≥ 0.95) on the dev set."""
    _require(DEV)
    _require(SCORER)
    result = subprocess.run(
        [
            sys.executable,
            str(SCORER),
            str(DEV),
            "--cmd",
            f"{sys.executable} -m app extract",
            "--min-f1",
            "0.95",
            "--min-status",
            "0.95",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


NEWS_STYLE = Path(__file__).resolve().parent / "data"


@pytest.mark.parametrize(
    ("name", "min_f1", "min_status"),
    [
        pytest.param("news-style.jsonl", 0.86, 0.95, id="news-style-development"),
        pytest.param("news-style-heldout.jsonl", 0.67, 0.89, id="news-style-heldout"),
    ],
)
def test_news_style_sets_score_above_floor(name: str, min_f1: float, min_status: float) -> None:
    """Real-journalism-style passages keep at least the F1 and status accuracy reached so far
    (docs/extraction.md has the figures per tie type); a rule change that loses ties fails."""
    _require(SCORER)
    result = subprocess.run(
        [
            sys.executable,
            str(SCORER),
            str(NEWS_STYLE / name),
            "--cmd",
            f"{sys.executable} -m app extract",
            "--min-f1",
            str(min_f1),
            "--min-status",
            str(min_status),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
