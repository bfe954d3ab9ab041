"""`/v1/documents`: articles in, their events out."""

from __future__ import annotations

from fastapi import APIRouter, Response, status

from app.core.deps import GraphDep, ReaderDep, SettingsDep, WriterDep
from app.documents import service
from app.documents.schemas import BatchResult, DocumentBatch, DocumentCreate, DocumentRead

router = APIRouter(prefix="/v1/documents", tags=["documents"])
NO_DOCUMENT: dict[int | str, dict[str, str]] = {404: {"description": "No document with this id."}}
DOCUMENT_LINKS = {
    name: {"operationId": operation, "parameters": {"document_id": "$response.body#/id"}}
    for name, operation in [("GetDocument", "get_document"), ("DeleteDocument", "delete_document")]
}
"""The stored document's id leads to reading and deleting it (what a stateful test follows)."""


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    responses={
        201: {"description": "Stored, with its events.", "links": DOCUMENT_LINKS},
        200: {
            "description": "The same text was stored before; nothing was written.",
            "model": DocumentRead,
            "links": DOCUMENT_LINKS,
        },
        502: {
            "description": "The page at `url` could not be fetched: unreachable, too slow, "
            "too large, or it answered an error."
        },
    },
)
async def create_document(
    body: DocumentCreate, response: Response, graph: GraphDep, settings: SettingsDep, _: WriterDep
) -> DocumentRead:
    """Extract the article's events and store it with them in one transaction. With only a
    `url`, the page is fetched and its main text read (the same URL again: 200, the stored
    document)."""
    document, created = await service.create_document(graph, settings, body)
    if not created:
        response.status_code = status.HTTP_200_OK
    return document


@router.post(":batch")
async def create_documents(
    body: DocumentBatch, graph: GraphDep, settings: SettingsDep, _: WriterDep
) -> BatchResult:
    """Up to 1,000 articles in one transaction; the answer says, per item, created or existing."""
    return await service.create_documents(graph, settings, body.documents)


@router.get("/{document_id}", dependencies=[ReaderDep], responses=NO_DOCUMENT)
async def get_document(document_id: str, graph: GraphDep) -> DocumentRead:
    """The document's metadata and the events it reports, with its sentences as evidence."""
    return await service.get_document(graph, document_id)


@router.delete("/{document_id}", status_code=status.HTTP_204_NO_CONTENT, responses=NO_DOCUMENT)
async def delete_document(document_id: str, graph: GraphDep, _: WriterDep) -> None:
    """Remove it and every mention only it made; events and ties are derived again."""
    await service.delete_document(graph, document_id)
