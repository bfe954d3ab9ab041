"""Types for values that come from requests, stricter than pydantic's defaults: a date is an ISO
`YYYY-MM-DD` string within Entente's range (never a number read as a Unix time), a confidence is
a number (never a boolean read as 0 or 1)."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Annotated

from pydantic import AfterValidator, BeforeValidator, Field, WithJsonSchema

from app.vocabulary import EARLIEST_DATE, LATEST_DATE

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
DATE_PATTERN = r"^(18\d\d|19\d\d|20\d\d|2100)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$"
"""The range in the OpenAPI document, so that clients (and schemathesis) know it up front."""


def _iso_only(value: object) -> object:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, str) and ISO_DATE.fullmatch(value):
        return value
    raise ValueError("expected a date as YYYY-MM-DD")


def _in_range(day: date) -> date:
    if not EARLIEST_DATE <= day <= LATEST_DATE:
        raise ValueError(f"{day} is outside the dates taken, {EARLIEST_DATE} to {LATEST_DATE}")
    return day


InputDate = Annotated[
    date,
    BeforeValidator(_iso_only),
    AfterValidator(_in_range),
    WithJsonSchema(
        {
            "type": "string",
            "format": "date",
            "pattern": DATE_PATTERN,
            "description": f"YYYY-MM-DD, from {EARLIEST_DATE} to {LATEST_DATE}",
        }
    ),
]
"""A date from a request: ISO only, from 1800-01-01 to 2100-12-31 (else 422 naming the field)."""

Confidence = Annotated[float, Field(strict=True, ge=0, le=1)]
"""A confidence in a body: a number from 0 to 1; `true`/`false` and strings are refused."""
