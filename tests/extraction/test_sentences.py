"""Table-driven extraction tests: every row of `cases.py`, sentence by sentence."""

from __future__ import annotations

from datetime import date

import pytest

from app.extraction import extract
from app.vocabulary import UNDIRECTED
from tests.extraction.cases import DATES, DOCUMENTS, PUBLISHED, ROWS
from tests.extraction.wire_cases import WIRE_DOCUMENTS, WIRE_PUBLISHED, WIRE_ROWS


def _key(text: str) -> tuple[str, str, str, str]:
    """'VISIT RUS>PRK asserted' or 'ALLIANCE FIN-NATO asserted' -> a comparable tuple."""
    kind, pair, status = text.split()
    actor, target = pair.split(">") if ">" in pair else pair.split("-")
    if kind in UNDIRECTED and ">" not in pair:
        actor, target = (
            sorted((actor, target)) if target.isalpha() and len(target) == 3 else (actor, target)
        )
    return kind, actor, target, status


def _found(text: str, published: date) -> set[tuple[str, str, str, str]]:
    out = set()
    for event in extract(text, published):
        actor, target = event.actor, event.target
        if event.type in UNDIRECTED and len(target) == 3 and len(actor) == 3:
            actor, target = sorted((actor, target))
        out.add((event.type.value, actor, target, event.status.value))
    return out


@pytest.mark.parametrize(
    ("text", "expected", "published"),
    [
        *(
            pytest.param(text, expected, DATES.get(row_id, PUBLISHED), id=row_id)
            for row_id, text, expected in ROWS
        ),
        *(
            pytest.param(text, expected, WIRE_PUBLISHED, id=row_id)
            for row_id, text, expected in WIRE_ROWS
        ),
    ],
)
def test_sentence(text: str, expected: set[str], published: str) -> None:
    """The sentence yields exactly the expected ties with their statuses."""
    assert _found(text, date.fromisoformat(published)) == {_key(e) for e in expected}


@pytest.mark.parametrize(
    ("text", "expected", "published"),
    [
        pytest.param(text, expected, published, id=row_id)
        for row_id, published, text, expected in [*DOCUMENTS, *WIRE_DOCUMENTS]
    ],
)
def test_document(text: str, expected: set[str], published: str) -> None:
    """Multi-sentence documents, where "the two countries" refers back."""
    assert _found(text, date.fromisoformat(published)) == {_key(e) for e in expected}
