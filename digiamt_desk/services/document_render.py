"""Gather what the documents of one application need (rendered in memory by
`document_files`): award letter, certificate and signet for an eligible application, the
rejection letter (decided) or the request for more (still open) otherwise, and the review
record for the file.

Templates are checked before anything is written, and every file is written under a temporary
name and then renamed, so a failure never leaves half a document behind."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import bindparam
from sqlalchemy import select as core_select

from digiamt_desk.documents.model import DocumentData, ProcedureLine
from digiamt_desk.documents.positions import PositionError, parse_positions
from digiamt_desk.documents.templates import Template, TemplateError, load_template
from digiamt_desk.domain.collation import din5007_key
from digiamt_desk.domain.review import Decision, ReviewError, Status
from digiamt_desk.services import register
from digiamt_desk.services.applications import final_decisions, summary
from digiamt_desk.services.approval import ensure_signable
from digiamt_desk.services.desk import Desk
from digiamt_desk.services.document_files import DocumentKind, RenderedFile, RenderJob
from digiamt_desk.services.document_settings import DocumentError, document_settings, letterhead
from digiamt_desk.services.file_output import replace_file
from digiamt_desk.store.tables import PROCEDURES, Application

if TYPE_CHECKING:  # reportlab loads with the first document, not with the window
    from digiamt_desk.documents.record import ReviewRecordData


NOT_REVIEWED = "Noch nicht geprüft"


def kinds_for(application: Application, eligible: bool) -> list[DocumentKind]:
    if eligible:
        return [DocumentKind.AWARD_LETTER, DocumentKind.CERTIFICATE, DocumentKind.SIGNET]
    if Status(application.status) is Status.REJECTED:
        return [DocumentKind.REJECTION_LETTER]
    return [DocumentKind.QUERY_LETTER]


@dataclass(frozen=True)
class Prepared:
    application: Application
    data: DocumentData
    kinds: list[DocumentKind]
    templates: dict[str, Template]
    settings: dict[str, str]
    award_date: date
    record: ReviewRecordData | None = None
    # What will print differently from the database: characters no font has, as their code.
    warnings: tuple[str, ...] = ()

    def job(self) -> RenderJob:
        """What the worker processes need to render the files, without the database row."""
        return RenderJob(self.data, self.kinds, self.templates, self.settings,
                         self.award_date, self.record)


@dataclass
class SharedReads:
    """What every application of a batch shares, read once for the batch: the document
    settings and the templates (read from disk and checked)."""

    settings: dict[str, str]
    templates: dict[tuple[str, Path | None], Template] = field(default_factory=dict)

    @classmethod
    def read(cls, desk: Desk) -> SharedReads:
        return cls(document_settings(desk))

    def template(self, kind: str, folder: Path | None) -> Template:
        key = (kind, folder)
        if key not in self.templates:
            self.templates[key] = load_template(kind, folder)
        return self.templates[key]


# What the minister or the head signs: produced only once a final decision is approved where
# four eyes are on (services/approval.py).
_FOR_SIGNATURE = {DocumentKind.AWARD_LETTER, DocumentKind.REJECTION_LETTER,
                  DocumentKind.CERTIFICATE}


def prepare(desk: Desk, application_id: int, *, on: date | None = None,
            kinds: Sequence[DocumentKind] | None = None, record: bool = False,
            shared: SharedReads | None = None) -> Prepared:
    """Everything the documents of one application need, read in one go; templates checked.
    With `record` the review record (Prüfvermerk) comes with the application's documents;
    `shared` holds the settings and templates a batch reads once."""
    with desk.session() as session:
        application = session.get(Application, application_id)
    if application is None:
        raise DocumentError(f"no application #{application_id}")
    shared = shared or SharedReads.read(desk)
    values = shared.settings
    folder = Path(values["documents.template_folder"]) if values[
        "documents.template_folder"] else None
    facts = summary(desk, application)
    entry = register.lookup(desk, application.ars, include_inactive=True)
    counted, not_counted = _procedure_lines(desk, application_id)
    today = on or desk.clock().date()
    decisions = final_decisions(desk, application_id)
    awarded = [d for d in decisions if d.status == Status.AWARDED.value]
    award_date = awarded[-1].at.date() if awarded and on is None else today
    data = DocumentData(
        letterhead=letterhead(values, desk.named_reviewer), key=entry.ags or entry.key,
        ars=application.ars,
        name=application.name, official_name=application.official_name, kind=application.kind,
        head_title=application.head_title, head_name=application.head_name,
        address=tuple(application.address.splitlines()), reference=application.reference,
        on=today, counted=facts.counted, threshold=facts.threshold,
        procedures=facts.procedures, criteria_version=facts.criteria_version,
        counted_procedures=tuple(counted), not_counted=tuple(not_counted),
        status=application.status, rejected=facts.rejected, open=facts.open,
        deadline=today + timedelta(weeks=int(values["documents.query_deadline_weeks"])))
    wanted = list(kinds) if kinds else kinds_for(application, facts.eligible)
    if record and DocumentKind.REVIEW_RECORD not in wanted:
        wanted.append(DocumentKind.REVIEW_RECORD)
    if set(wanted) & _FOR_SIGNATURE:  # four eyes (issue 13): signed only once approved
        try:
            ensure_signable(desk, application_id)
        except ReviewError as exc:
            raise DocumentError(exc.message) from exc
    if not facts.eligible:
        refused = [k for k in wanted if k in (DocumentKind.AWARD_LETTER,
                                                DocumentKind.CERTIFICATE, DocumentKind.SIGNET)]
        if refused:
            raise DocumentError(
                f"{application.official_name} is not eligible ({facts.counted} of "
                f"{facts.threshold} procedures counted): no {refused[0].value.replace('_', ' ')}")
    templates: dict[str, Template] = {}
    try:
        for kind in wanted:
            if kind is not DocumentKind.SIGNET:
                templates[kind.value] = shared.template(kind.value, folder)
        if values["certificate.paper"] == "preprinted":
            parse_positions(values["certificate.positions"])
    except (TemplateError, PositionError) as exc:
        raise DocumentError(str(exc)) from exc
    record_data = None
    if DocumentKind.REVIEW_RECORD in wanted:
        from digiamt_desk.services.review_record import record_data as gather_record

        record_data = gather_record(desk, application, facts, decisions)
    data, record_data, warnings = _marked(data, record_data)
    check_fits(data, wanted, record_data)
    return Prepared(application, data, wanted, templates, values, award_date, record_data,
                    warnings)


def _marked(data: DocumentData, record: ReviewRecordData | None
            ) -> tuple[DocumentData, ReviewRecordData | None, tuple[str, ...]]:
    """The procedures' texts with the characters no font has written as their code."""
    from digiamt_desk.documents.fitting import marked, marked_lines

    counted, notes = marked_lines(data.counted_procedures)
    not_counted, more = marked_lines(data.not_counted)
    data = replace(data, counted_procedures=counted, not_counted=not_counted)
    if record is not None:
        record = replace(record, procedures=tuple(
            p if marked(p.title) is p.title and marked(p.reason) is p.reason
            else replace(p, title=marked(p.title), reason=marked(p.reason))
            for p in record.procedures),
            history=tuple((when, who, marked(what)) for when, who, what in record.history))
    return data, record, tuple(dict.fromkeys([*notes, *more]))


LETTERS = frozenset({DocumentKind.AWARD_LETTER, DocumentKind.REJECTION_LETTER,
                     DocumentKind.QUERY_LETTER})


def check_fits(data: DocumentData, kinds: Sequence[DocumentKind],
               record: ReviewRecordData | None) -> None:
    """Refuse, before anything is written, what the documents cannot print: characters the
    fonts lack, an address too long for the envelope window, a reference too long for its
    line. The message names the field."""
    from digiamt_desk.documents.fitting import (
        FitError,
        check_printable,
        document_fields,
        fit_info_value,
        fit_recipient,
    )

    fields = document_fields(data)
    if record is not None:
        fields += [(label, value) for label, value in record.facts]
        fields += [("history", who) for _when, who, _what in record.history]
    try:
        check_printable(fields)
        if LETTERS.intersection(kinds):
            fit_recipient(data)
            fit_info_value(data.reference, "reference")
    except FitError as exc:
        raise DocumentError(str(exc), field=exc.field) from exc


_PROCEDURE_LINES = (  # built once: a batch reads hundreds of applications
    core_select(PROCEDURES.c.title, PROCEDURES.c.url, PROCEDURES.c.decision,
                PROCEDURES.c.reason_code, PROCEDURES.c.reason_text)
    .where(PROCEDURES.c.application_id == bindparam("application_id")))


def _procedure_lines(desk: Desk, application_id: int
                     ) -> tuple[list[ProcedureLine], list[ProcedureLine]]:
    """Counted and not counted procedures (with the reason), by title; five columns read in one
    query (the full procedure views cost five times as much)."""
    catalog = desk.catalog()
    counted: list[ProcedureLine] = []
    not_counted: list[ProcedureLine] = []
    with desk.engine.connect() as connection:
        rows = connection.execute(_PROCEDURE_LINES, {"application_id": application_id}).all()
        for title, url, decision, code, text in rows:
            if decision == Decision.ACCEPTED.value:
                counted.append(ProcedureLine(title, url))
                continue
            if decision == Decision.REJECTED.value:
                found = catalog.reason(code) if code else None
                label = found.label_de if found else code
                reason = f"{label}: {text}" if label and text else (label or text)
            else:
                reason = NOT_REVIEWED
            not_counted.append(ProcedureLine(title, url, reason or "Nicht gezählt"))
    counted.sort(key=lambda line: din5007_key(line.title))
    not_counted.sort(key=lambda line: din5007_key(line.title))
    return counted, not_counted


def write_files(files: Iterable[RenderedFile], out_dir: Path) -> list[Path]:
    """Each file under a temporary name first, then renamed: no half-written documents."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DocumentError(f"cannot create the folder ({exc.strerror})",
                            source=str(out_dir)) from exc
    written = []
    for item in files:
        target = out_dir / item.filename
        try:
            replace_file(target, item.content)
        except OSError as exc:
            raise DocumentError(f"cannot write the file ({exc.strerror})",
                                source=str(target)) from exc
        written.append(target)
    return written
