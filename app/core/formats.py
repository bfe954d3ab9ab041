"""Answers in other shapes than JSON: CSV tables, Cytoscape.js elements, GraphML."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from enum import StrEnum
from typing import Any

import orjson
from fastapi.responses import Response
from pydantic import BaseModel


class CytoscapeElement(BaseModel):
    """A node (`data.id`) or an edge (`data.id`, `data.source`, `data.target`)."""

    data: dict[str, Any]


class CytoscapeElements(BaseModel):
    nodes: list[CytoscapeElement]
    edges: list[CytoscapeElement]


class CytoscapeRead(BaseModel):
    """The answer as Cytoscape.js elements (`format=cytoscape`)."""

    elements: CytoscapeElements


def other_formats(*media_types: str) -> dict[int | str, dict[str, Any]]:
    """The 200 answer's other media types (`format=csv`, `format=graphml`), for `responses=`."""
    content = {media: {"schema": {"type": "string"}} for media in media_types}
    return {
        200: {"description": "The answer, in the media type `format` asks for.", "content": content}
    }


class Format(StrEnum):
    JSON = "json"
    CSV = "csv"
    CYTOSCAPE = "cytoscape"
    GRAPHML = "graphml"


def json_response(model: BaseModel) -> Response:
    """A model serialised once, by pydantic's own encoder; the route's `response_model` still
    documents it, but FastAPI does not validate and encode it a second time."""
    return Response(model.model_dump_json(by_alias=True), media_type="application/json")


def csv_response(columns: Sequence[str], rows: Iterable[dict[str, Any]], name: str) -> Response:
    """A CSV download with a header row; lists are joined with `;`."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(columns), extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow(
            {k: ";".join(map(str, v)) if isinstance(v, list) else v for k, v in row.items()}
        )
    return Response(
        out.getvalue(),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'inline; filename="{name}.csv"'},
    )


def cytoscape(nodes: Iterable[dict[str, Any]], edges: Iterable[dict[str, Any]]) -> Response:
    """Cytoscape.js elements: nodes keyed by `id`, edges by `id`, `source`, `target`."""
    elements = {
        "elements": {
            "nodes": [{"data": {"id": n["code"], **n}} for n in nodes],
            "edges": [
                {"data": {"id": f"{e['source']}-{e['target']}-{e['type']}", **e}} for e in edges
            ],
        }
    }
    return Response(orjson.dumps(elements), media_type="application/json")
