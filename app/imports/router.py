"""`/v1/imports/gdelt`: upload a GDELT export (plain, .gz or .zip) and get the import report."""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import asdict
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, File, Query, UploadFile

from app.core.deps import GraphDep, WriterDep
from app.imports import service
from app.imports.schemas import BadRowRead, ImportReportRead

router = APIRouter(prefix="/v1/imports", tags=["imports"])


def to_read(report: service.ImportReport) -> ImportReportRead:
    """The report as the API shows it."""
    values = asdict(report)
    values["skipped"] = dict(report.skipped)
    values["bad_examples"] = [BadRowRead(line=n, reason=r) for n, r in report.bad_examples]
    return ImportReportRead(**values)


@router.post("/gdelt")
async def import_gdelt(
    graph: GraphDep,
    _: WriterDep,
    file: Annotated[UploadFile, File(description="A GDELT 1.0 or 2.0 events export.")],
    dry_run: Annotated[bool, Query(description="Report without writing.")] = False,
) -> ImportReportRead:
    """Keep the rows between two states whose CAMEO code is a tie, and store them."""
    suffix = Path(file.filename or "upload.csv").suffix
    with tempfile.NamedTemporaryFile(suffix=suffix) as spooled:
        shutil.copyfileobj(file.file, spooled)
        spooled.flush()
        with service.open_text(Path(spooled.name)) as lines:
            report = await service.import_gdelt(service.into(graph), lines, dry_run=dry_run)
    return to_read(report)
