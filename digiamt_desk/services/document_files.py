"""The files of an application's documents, rendered in memory from what `document_render`
gathered: the letters, the certificate, the signet and the review record.

This module reads no database and imports none: a batch's worker processes load it (with
reportlab and QtGui) and nothing of the store, so they start in half the time."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING, Protocol

from digiamt_desk.documents.model import DocumentData
from digiamt_desk.documents.naming import document_filename
from digiamt_desk.documents.positions import parse_positions
from digiamt_desk.documents.templates import Template

if TYPE_CHECKING:  # reportlab loads with the first document, not with the window
    from digiamt_desk.documents.record import ReviewRecordData


class DocumentKind(StrEnum):
    AWARD_LETTER = "award_letter"
    CERTIFICATE = "certificate"
    SIGNET = "signet"
    REJECTION_LETTER = "rejection_letter"
    QUERY_LETTER = "query_letter"
    REVIEW_RECORD = "review_record"


# German file-name parts and titles: the files go to German authorities.
FILE_PARTS = {
    DocumentKind.AWARD_LETTER: "Auszeichnungsschreiben",
    DocumentKind.CERTIFICATE: "Urkunde",
    DocumentKind.SIGNET: "Signet",
    DocumentKind.REJECTION_LETTER: "Ablehnungsschreiben",
    DocumentKind.QUERY_LETTER: "Nachforderung",
    DocumentKind.REVIEW_RECORD: "Pruefvermerk",
}
TITLES = {
    DocumentKind.AWARD_LETTER: "Auszeichnungsschreiben „Digitales Amt“",
    DocumentKind.CERTIFICATE: "Urkunde „Digitales Amt“",
    DocumentKind.SIGNET: "Signet „Digitales Amt“",
    DocumentKind.REJECTION_LETTER: "Ablehnungsschreiben „Digitales Amt“",
    DocumentKind.QUERY_LETTER: "Bitte um Ergänzung „Digitales Amt“",
    DocumentKind.REVIEW_RECORD: "Prüfvermerk „Digitales Amt“",
}


class Renderable(Protocol):
    """What rendering reads: a `RenderJob`, or the `document_render.Prepared` it comes from."""

    @property
    def data(self) -> DocumentData: ...
    @property
    def kinds(self) -> list[DocumentKind]: ...
    @property
    def templates(self) -> dict[str, Template]: ...
    @property
    def settings(self) -> dict[str, str]: ...
    @property
    def award_date(self) -> date: ...
    @property
    def record(self) -> ReviewRecordData | None: ...


@dataclass(frozen=True)
class RenderJob:
    """What rendering an application's files needs, and nothing of the database: what a
    batch sends to its worker processes (`document_render.Prepared.job()`)."""

    data: DocumentData
    kinds: list[DocumentKind]
    templates: dict[str, Template]
    settings: dict[str, str]
    award_date: date
    record: ReviewRecordData | None = None


@dataclass(frozen=True)
class RenderedFile:
    filename: str
    content: bytes


def _filename(prepared: Renderable, kind: DocumentKind, suffix: str, extra: str = "") -> str:
    data = prepared.data
    return document_filename(data.key, data.name, FILE_PARTS[kind] + extra, suffix)


def render(prepared: Renderable, kind: DocumentKind) -> list[RenderedFile]:
    """The files of one document kind, in memory."""
    data = prepared.data
    if kind is DocumentKind.SIGNET:
        from digiamt_desk.documents.signet import render_signet

        with_name = prepared.settings["signet.with_name"] == "yes"
        files = render_signet(data.name if with_name else "",
                              str(prepared.award_date.year) if with_name else "")
        rendered = [RenderedFile(_filename(prepared, kind, "png", f"-{size}px"), png)
                    for size, png in files.png.items()]
        rendered.append(RenderedFile(_filename(prepared, kind, "svg"), files.svg.encode()))
        return rendered
    template = prepared.templates[kind.value]
    if kind is DocumentKind.REVIEW_RECORD:
        from digiamt_desk.documents.record import render_record

        assert prepared.record is not None
        content = render_record(data, prepared.record, template, title=TITLES[kind])
        return [RenderedFile(_filename(prepared, kind, "pdf"), content)]
    if kind is DocumentKind.CERTIFICATE:
        from digiamt_desk.documents.certificate import render_certificate

        preprinted = prepared.settings["certificate.paper"] == "preprinted"
        positions = parse_positions(prepared.settings["certificate.positions"])
        certificate_data = _with_date(data, prepared.award_date)
        content = render_certificate(certificate_data, template, preprinted=preprinted,
                                     positions=positions)
        return [RenderedFile(_filename(prepared, kind, "pdf"), content)]
    from digiamt_desk.documents.letter import render_letter

    if kind is DocumentKind.AWARD_LETTER:
        content = render_letter(data, template, annex=data.counted_procedures,
                                with_reasons=False, title=TITLES[kind])
    else:
        content = render_letter(data, template, annex=data.not_counted, with_reasons=True,
                                title=TITLES[kind])
    return [RenderedFile(_filename(prepared, kind, "pdf"), content)]


def _with_date(data: DocumentData, on: date) -> DocumentData:
    return replace(data, on=on)


def render_all(prepared: Renderable) -> list[RenderedFile]:
    """All files of the application, in memory. (On a second thread the signet would only
    fight reportlab for the interpreter lock: measured slower than one after the other.)"""
    if DocumentKind.SIGNET in prepared.kinds:
        from digiamt_desk.documents.signet import ensure_gui

        ensure_gui()  # on this thread: the command line's main thread makes the Qt application
    return [file for kind in prepared.kinds for file in render(prepared, kind)]
