"""One question, one meaning: every tool argument is a parameter of the HTTP operation that
answers the same question, with the same bounds, values and dates taken (read from the OpenAPI
document, the API's contract)."""

from __future__ import annotations

from typing import Any

import pytest

from app.documents.schemas import DocumentCreate
from app.main import create_app
from app.mcp.tools import BY_NAME
from app.vocabulary import EventStatus, TieType

OPERATIONS = {
    "find_paths": "/v1/paths",
    "explain_path": "/v1/paths/explain",
    "dyad_timeline": "/v1/dyads/{a}/{b}/timeline",
    "country_profile": "/v1/countries/{code}",
    "search_events": "/v1/events",
    "network_around": "/v1/network",
}
CONSTRAINTS = ("minimum", "maximum", "pattern", "enum", "minLength", "maxLength", "format")
LISTS = {"types": TieType, "statuses": EventStatus}
"""Comma lists over HTTP, JSON arrays of the same values over MCP."""
DEFAULTS_DIFFER = {("search_events", "limit")}
"""A page of 20 events with all their mentions is already a long read for a model (HTTP: 50);
the cap is the same."""
CENTRED = {"network_around": {"country"}}
"""The whole network is more than a model can read: around a country only."""

OPENAPI = create_app().openapi()


def resolved(schema: dict[str, Any], defs: dict[str, Any]) -> dict[str, Any]:
    """The schema of a value that is given (not null), references followed."""
    rest = {k: v for k, v in schema.items() if k not in ("anyOf", "$ref")}
    for option in schema.get("anyOf", []):
        if option.get("type") != "null":
            return resolved({**rest, **option}, defs)
    if "$ref" in schema:
        return resolved({**rest, **defs[schema["$ref"].rsplit("/", 1)[-1]]}, defs)
    return schema


def constraints(schema: dict[str, Any], defs: dict[str, Any]) -> dict[str, Any]:
    value = resolved(schema, defs)
    return {key: value[key] for key in CONSTRAINTS if key in value}


@pytest.mark.parametrize("tool", sorted(OPERATIONS))
def test_arguments_are_the_operations_parameters(tool: str) -> None:
    operation = OPENAPI["paths"][OPERATIONS[tool]]["get"]
    http = {p["name"]: p["schema"] for p in operation["parameters"]}
    http_defs = OPENAPI["components"]["schemas"]
    arguments = BY_NAME[tool].listing().input_schema
    defs = arguments.get("$defs", {})
    for name, schema in arguments["properties"].items():
        assert name in http, f"{tool}: {name} is no parameter of {OPERATIONS[tool]}"
        if name in LISTS:
            items = resolved(resolved(schema, defs)["items"], defs)
            assert items["enum"] == [v.value for v in LISTS[name]]
            continue
        assert constraints(schema, defs) == constraints(http[name], http_defs), f"{tool}.{name}"
        if (tool, name) not in DEFAULTS_DIFFER:
            assert schema.get("default") == http[name].get("default"), f"{tool}.{name}"
    required = {p["name"] for p in operation["parameters"] if p.get("required")}
    assert set(arguments.get("required", [])) == required | CENTRED.get(tool, set())


def test_add_document_takes_the_apis_body() -> None:
    body = OPENAPI["paths"]["/v1/documents"]["post"]["requestBody"]["content"]
    assert body["application/json"]["schema"]["$ref"].endswith("/DocumentCreate")
    assert BY_NAME["add_document"].arguments is DocumentCreate
