"""The invitation to apply, for candidates (services/candidates.py): a DIN 5008 letter like the
others (documents/letter.py), from the template `invitation_letter.toml`, with the procedures
found on the authority's list as its annex. Everything is checked and rendered before the first
file is written."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from digiamt_desk.documents.model import DocumentData, ProcedureLine
from digiamt_desk.documents.naming import document_filename
from digiamt_desk.documents.templates import TemplateError, load_template
from digiamt_desk.services.candidates import Candidate, countable_condition
from digiamt_desk.services.desk import Desk
from digiamt_desk.services.documents import (
    DocumentError,
    RenderedFile,
    document_settings,
    letterhead,
    write_files,
)
from digiamt_desk.store.tables import APPLICATIONS, PROCEDURES

DOCUMENT = "invitation_letter"
FILE_PART = "Einladung"
TITLE = "Einladung zur Bewerbung „Digitales Amt“"
P = PROCEDURES.c
A = APPLICATIONS.c


@dataclass(frozen=True)
class Invitation:
    candidate: Candidate
    data: DocumentData


def _countable_lines(desk: Desk, application_id: int) -> list[ProcedureLine]:
    statement = (select(P.title, P.url)
                 .where(P.application_id == application_id, countable_condition()))
    with desk.engine.connect() as connection:
        lines = [ProcedureLine(title, url) for title, url in connection.execute(statement)]
    lines.sort(key=lambda line: line.title.casefold())
    return lines


def prepare_invitations(desk: Desk, candidates: Sequence[Candidate], *,
                        on: date | None = None) -> list[Invitation]:
    values = document_settings(desk)
    head = letterhead(values, desk.named_reviewer)
    today = on or desk.clock().date()
    ids = [c.application_id for c in candidates]
    with desk.engine.connect() as connection:
        extra = {row.id: row for row in connection.execute(
            select(A.id, A.head_title, A.head_name, A.address).where(A.id.in_(ids)))}
    result = []
    for c in candidates:
        row = extra[c.application_id]
        annex = _countable_lines(desk, c.application_id)
        data = DocumentData(
            letterhead=head, key=c.key, ars=c.ars, name=c.name, official_name=c.official_name,
            kind=c.kind, head_title=row.head_title, head_name=row.head_name,
            address=tuple(row.address.splitlines()), reference=c.reference, on=today,
            counted=len(annex), threshold=c.threshold, procedures=c.procedures,
            criteria_version=desk.catalog(today).version, counted_procedures=tuple(annex),
            status="screening")
        result.append(Invitation(c, data))
    return result


def render_invitations(desk: Desk, invitations: Sequence[Invitation],
                       progress: Callable[[int, int], None] | None = None,
                       cancelled: Callable[[], bool] | None = None) -> list[RenderedFile]:
    from digiamt_desk.documents.letter import render_letter

    folder_text = document_settings(desk)["documents.template_folder"]
    try:
        template = load_template(DOCUMENT, Path(folder_text) if folder_text else None)
    except TemplateError as exc:
        raise DocumentError(str(exc)) from exc
    files = []
    for done, item in enumerate(invitations, 1):
        if cancelled is not None and cancelled():
            break
        content = render_letter(item.data, template, annex=item.data.counted_procedures,
                                with_reasons=False, title=TITLE)
        files.append(RenderedFile(document_filename(item.data.key, item.data.name, FILE_PART,
                                                    "pdf"), content))
        if progress is not None:
            progress(done, len(invitations))
    return files


def write_invitations(desk: Desk, candidates: Sequence[Candidate], out_dir: Path, *,
                      on: date | None = None,
                      progress: Callable[[int, int], None] | None = None,
                      cancelled: Callable[[], bool] | None = None) -> list[Path]:
    """The letters of the candidates given, into `out_dir`; returns the paths written (none
    when cancelled before the last letter was made)."""
    invitations = prepare_invitations(desk, candidates, on=on)
    files = render_invitations(desk, invitations, progress, cancelled)
    if len(files) < len(invitations):
        return []
    return write_files(files, out_dir)


__all__ = ["Invitation", "prepare_invitations", "render_invitations", "write_invitations"]
