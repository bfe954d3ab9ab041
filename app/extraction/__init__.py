"""Military ties between states read from news text: offline, deterministic, rule-based.

`extract(text, published_on)` returns one `ExtractedEvent` per tie mention (DESIGN.md §1, §3).
Module map: `gazetteer` + `mentions` (who is named), `sentences` (where), `clauses` + `roles`
(who does what to whom), `certainty` (status, attribution, confidence), `dates` (when),
`extractor` (the pipeline), `lexicon` and `data/` (the word lists and curated tables).
"""

from __future__ import annotations

from app.extraction.extractor import extract
from app.extraction.gazetteer import ORGANIZATIONS, actor_codes, country_name, resolve_country
from app.extraction.model import Evidence, ExtractedEvent, Trigger

EXTRACTOR_NAME = "entente-rules"
EXTRACTOR_VERSION = "1.1.0"

__all__ = [
    "EXTRACTOR_NAME",
    "EXTRACTOR_VERSION",
    "ORGANIZATIONS",
    "Evidence",
    "ExtractedEvent",
    "country_name",
    "extract",
    "resolve_country",
    "Trigger",
    "actor_codes",
]
