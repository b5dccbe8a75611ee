"""Produce the documents of an application: award letter, certificate and signet for an
eligible one; the rejection letter (decided) or the request for more (still open) otherwise.

Templates are checked before anything is written, and every file is written under a temporary
name and then renamed, so a failure never leaves half a document behind."""

from __future__ import annotations

import json
import multiprocessing
import os
import threading
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import (
    FIRST_COMPLETED,
    Future,
    ProcessPoolExecutor,
    wait,
)
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path

from sqlalchemy import select as core_select
from sqlmodel import col, select

from digiamt_desk.documents.model import DocumentData, Letterhead, ProcedureLine
from digiamt_desk.documents.naming import document_filename
from digiamt_desk.documents.positions import PositionError, parse_positions
from digiamt_desk.documents.templates import Template, TemplateError, load_template
from digiamt_desk.domain.importing import InputError
from digiamt_desk.domain.review import Decision, ReviewError, Status
from digiamt_desk.services import register
from digiamt_desk.services.applications import final_decisions, summary
from digiamt_desk.services.approval import ensure_signable
from digiamt_desk.services.desk import Desk
from digiamt_desk.store.tables import PROCEDURES, Application
from digiamt_desk.store.tables import Setting as SettingRow


class DocumentKind(StrEnum):
    AWARD_LETTER = "award_letter"
    CERTIFICATE = "certificate"
    SIGNET = "signet"
    REJECTION_LETTER = "rejection_letter"
    QUERY_LETTER = "query_letter"


# German file-name parts and titles: the files go to German authorities.
FILE_PARTS = {
    DocumentKind.AWARD_LETTER: "Auszeichnungsschreiben",
    DocumentKind.CERTIFICATE: "Urkunde",
    DocumentKind.SIGNET: "Signet",
    DocumentKind.REJECTION_LETTER: "Ablehnungsschreiben",
    DocumentKind.QUERY_LETTER: "Nachforderung",
}
TITLES = {
    DocumentKind.AWARD_LETTER: "Auszeichnungsschreiben „Digitales Amt“",
    DocumentKind.CERTIFICATE: "Urkunde „Digitales Amt“",
    DocumentKind.SIGNET: "Signet „Digitales Amt“",
    DocumentKind.REJECTION_LETTER: "Ablehnungsschreiben „Digitales Amt“",
    DocumentKind.QUERY_LETTER: "Bitte um Ergänzung „Digitales Amt“",
}
NOT_REVIEWED = "Noch nicht geprüft"


class DocumentError(InputError):
    """A document cannot be made: a bad template or setting, an unwritable folder."""


# --- settings (per database, so the command line and the window write the same letters) ---

@dataclass(frozen=True)
class Setting:
    key: str
    default: str
    label: str


SETTINGS = (
    Setting("letterhead.ministry", "Bayerisches Staatsministerium für Digitales", "ministry"),
    Setting("letterhead.unit", "Referat Digitales Amt", "unit"),
    Setting("letterhead.address", "Oskar-von-Miller-Ring 35\n80333 München", "postal address"),
    Setting("letterhead.contact", "", "contact lines of the information block"),
    Setting("letterhead.place", "München", "town for the date line"),
    Setting("letterhead.signatory_name", "Dr. Fabian Mehring", "who signs"),
    Setting("letterhead.signatory_role", "Staatsminister", "the signatory's office"),
    Setting("documents.template_folder", "", "folder with the user's own templates"),
    Setting("certificate.paper", "blank", "blank or preprinted"),
    Setting("certificate.positions", "", "text positions on pre-printed paper (mm)"),
    Setting("signet.with_name", "yes", "signet shows the name and year (yes/no)"),
)
SETTING_DEFAULTS = {s.key: s.default for s in SETTINGS}


def document_settings(desk: Desk) -> dict[str, str]:
    """All document settings, read in one query."""
    with desk.session() as session:
        stored = {row.key: row.value for row in session.exec(
            select(SettingRow).where(col(SettingRow.key).in_(list(SETTING_DEFAULTS))))}
    return {key: stored.get(key, default) for key, default in SETTING_DEFAULTS.items()}


def validate_setting(key: str, value: str) -> None:
    if key not in SETTING_DEFAULTS:
        raise DocumentError(f"unknown setting; known: {', '.join(SETTING_DEFAULTS)}", field=key)
    if key == "certificate.paper" and value not in ("blank", "preprinted"):
        raise DocumentError("must be 'blank' or 'preprinted'", field=key)
    if key == "signet.with_name" and value not in ("yes", "no"):
        raise DocumentError("must be 'yes' or 'no'", field=key)
    if key == "certificate.positions":
        try:
            parse_positions(value)
        except PositionError as exc:
            raise DocumentError(str(exc), field=key) from exc
    if key == "documents.template_folder" and value and not Path(value).is_dir():
        raise DocumentError(f"'{value}' is no folder", field=key)
    if key == "documents.template_folder" and value:
        for kind in ("award_letter", "rejection_letter", "query_letter", "certificate"):
            try:
                load_template(kind, Path(value))
            except TemplateError as exc:
                raise DocumentError(str(exc), field=key) from exc


def save_settings(desk: Desk, values: dict[str, str]) -> None:
    """Checks every value first, then stores them all."""
    for key, value in values.items():
        validate_setting(key, value)
    for key, value in values.items():
        desk.set_setting(key, value)


def letterhead(values: dict[str, str]) -> Letterhead:
    def lines(text: str) -> tuple[str, ...]:
        return tuple(line.strip() for line in text.splitlines() if line.strip())

    return Letterhead(
        ministry=values["letterhead.ministry"], unit=values["letterhead.unit"],
        address=lines(values["letterhead.address"]), contact=lines(values["letterhead.contact"]),
        place=values["letterhead.place"], signatory_name=values["letterhead.signatory_name"],
        signatory_role=values["letterhead.signatory_role"])


# --- gathering ---

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


_FOR_SIGNATURE = {DocumentKind.AWARD_LETTER, DocumentKind.REJECTION_LETTER,
                  DocumentKind.CERTIFICATE}


def prepare(desk: Desk, application_id: int, *, on: date | None = None,
            kinds: Sequence[DocumentKind] | None = None) -> Prepared:
    """Everything the documents of one application need, read in one go; templates checked."""
    with desk.session() as session:
        application = session.get(Application, application_id)
    if application is None:
        raise DocumentError(f"no application #{application_id}")
    values = document_settings(desk)
    folder = Path(values["documents.template_folder"]) if values[
        "documents.template_folder"] else None
    facts = summary(desk, application)
    entry = register.lookup(desk, application.ars, include_inactive=True)
    counted, not_counted = _procedure_lines(desk, application_id)
    today = on or desk.clock().date()
    awarded = [d for d in final_decisions(desk, application_id)
               if d.status == Status.AWARDED.value]
    award_date = awarded[-1].at.date() if awarded and on is None else today
    data = DocumentData(
        letterhead=letterhead(values), key=entry.ags or entry.key, ars=application.ars,
        name=application.name, official_name=application.official_name, kind=application.kind,
        head_title=application.head_title, head_name=application.head_name,
        address=tuple(application.address.splitlines()), reference=application.reference,
        on=today, counted=facts.counted, threshold=facts.threshold,
        procedures=facts.procedures, criteria_version=facts.criteria_version,
        counted_procedures=tuple(counted), not_counted=tuple(not_counted),
        status=application.status)
    wanted = list(kinds) if kinds else kinds_for(application, facts.eligible)
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
                templates[kind.value] = load_template(kind.value, folder)
        if values["certificate.paper"] == "preprinted":
            parse_positions(values["certificate.positions"])
    except (TemplateError, PositionError) as exc:
        raise DocumentError(str(exc)) from exc
    return Prepared(application, data, wanted, templates, values, award_date)


def _procedure_lines(desk: Desk, application_id: int
                     ) -> tuple[list[ProcedureLine], list[ProcedureLine]]:
    """Counted and not counted procedures (with the reason), by title; five columns read in one
    query (the full procedure views cost five times as much)."""
    p = PROCEDURES.c
    statement = (core_select(p.title, p.url, p.decision, p.reason_code, p.reason_text)
                 .where(p.application_id == application_id))
    catalog = desk.catalog()
    counted: list[ProcedureLine] = []
    not_counted: list[ProcedureLine] = []
    with desk.engine.connect() as connection:
        for title, url, decision, code, text in connection.execute(statement):
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
    counted.sort(key=lambda line: line.title.casefold())
    not_counted.sort(key=lambda line: line.title.casefold())
    return counted, not_counted


# --- rendering ---

@dataclass(frozen=True)
class RenderedFile:
    filename: str
    content: bytes


def _filename(prepared: Prepared, kind: DocumentKind, suffix: str, extra: str = "") -> str:
    data = prepared.data
    return document_filename(data.key, data.name, FILE_PARTS[kind] + extra, suffix)


def render(prepared: Prepared, kind: DocumentKind) -> list[RenderedFile]:
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
    from dataclasses import replace

    return replace(data, on=on)


def render_all(prepared: Prepared) -> list[RenderedFile]:
    """All files of the application, in memory. (On a second thread the signet would only
    fight reportlab for the interpreter lock: measured slower than one after the other.)"""
    if DocumentKind.SIGNET in prepared.kinds:
        from digiamt_desk.documents.signet import ensure_gui

        ensure_gui()  # on this thread: the command line's main thread makes the Qt application
    return [file for kind in prepared.kinds for file in render(prepared, kind)]


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
        temporary = target.with_name(f".{item.filename}.{os.getpid()}.part")
        try:
            temporary.write_bytes(item.content)
            os.replace(temporary, target)
        except OSError as exc:
            temporary.unlink(missing_ok=True)
            raise DocumentError(f"cannot write the file ({exc.strerror})",
                                source=str(target)) from exc
        written.append(target)
    return written


def produce_documents(desk: Desk, application_id: int, out_dir: Path, *,
                      kinds: Sequence[DocumentKind] | None = None,
                      on: date | None = None) -> list[Path]:
    """Write the application's documents into `out_dir`; returns the paths written."""
    prepared = prepare(desk, application_id, on=on, kinds=kinds)
    return write_files(render_all(prepared), out_dir)


# --- batches ---

def decided_applications(desk: Desk, *, awarded_only: bool = False) -> list[Application]:
    wanted = [Status.AWARDED.value] if awarded_only else [Status.AWARDED.value,
                                                          Status.REJECTED.value]
    with desk.session() as session:
        return list(session.exec(select(Application)
                                 .where(col(Application.status).in_(wanted))
                                 .order_by(col(Application.name))))


@dataclass
class BatchReport:
    written: dict[int, list[Path]] = field(default_factory=dict)
    failed: dict[int, str] = field(default_factory=dict)
    cancelled: bool = False

    def as_dict(self) -> dict[str, object]:
        return {"written": {str(k): [str(p) for p in v] for k, v in self.written.items()},
                "failed": {str(k): v for k, v in self.failed.items()},
                "cancelled": self.cancelled}


# Below this many applications the start of the worker processes (about a second each) costs
# more than it saves.
PARALLEL_FROM = 6


def batch_workers(count: int) -> int:
    """Worker processes for a batch: one a core, none for a few applications."""
    cores = os.cpu_count() or 1
    return min(cores, count) if count >= PARALLEL_FROM and cores > 1 else 0


def produce_batch(desk: Desk, application_ids: Sequence[int | Prepared], out_dir: Path, *,
                  progress: Callable[[int, int, str], None] | None = None,
                  cancelled: Callable[[], bool] | threading.Event | None = None,
                  on: date | None = None, workers: int | None = None) -> BatchReport:
    """Documents for many applications (ids, or applications prepared already). One that
    fails is reported and the rest go on; a cancel stops after the applications in hand (their
    files are complete).

    reportlab holds the interpreter lock while it sets a page, so a batch uses worker
    processes, one a core: this process reads the database and writes the files, the workers
    only render (they never open the database, which stays locked to this program)."""
    report = BatchReport()
    is_cancelled: Callable[[], bool]
    if isinstance(cancelled, threading.Event):
        is_cancelled = cancelled.is_set
    else:
        is_cancelled = cancelled or (lambda: False)
    total = len(application_ids)
    processes = batch_workers(total) if workers is None else workers
    done = 0

    def prepared_or_failed(item: int | Prepared) -> Prepared | None:
        if isinstance(item, Prepared):
            return item
        application_id = item
        try:
            return prepare(desk, application_id, on=on)
        except (DocumentError, InputError) as exc:
            report.failed[application_id] = str(exc)
            return None

    def finish(prepared: Prepared, files: list[RenderedFile]) -> None:
        nonlocal done
        application_id = prepared.application.id or 0
        try:
            report.written[application_id] = write_files(files, out_dir)
        except DocumentError as exc:
            report.failed[application_id] = str(exc)
        done += 1
        if progress:
            progress(done, total, prepared.application.official_name)

    if processes <= 1:
        for item in application_ids:
            if is_cancelled():
                report.cancelled = True
                break
            prepared = prepared_or_failed(item)
            if prepared is not None:
                finish(prepared, render_all(prepared))
            else:
                done += 1
        return report

    context = multiprocessing.get_context("spawn")  # never fork a process that runs Qt
    queue = list(reversed(application_ids))
    with ProcessPoolExecutor(max_workers=processes, mp_context=context) as pool:
        running: dict[Future[list[RenderedFile]], Prepared] = {}
        while queue or running:
            while queue and len(running) < 2 * processes and not is_cancelled():
                prepared = prepared_or_failed(queue.pop())
                if prepared is not None:
                    running[pool.submit(render_all, prepared)] = prepared
                else:
                    done += 1
            if is_cancelled() and queue:
                report.cancelled = True
                queue.clear()
            if not running:
                continue
            finished, _pending = wait(running, timeout=0.5, return_when=FIRST_COMPLETED)
            for future in finished:
                prepared = running.pop(future)
                try:
                    files = future.result()
                except (DocumentError, InputError, OSError) as exc:
                    report.failed[prepared.application.id or 0] = str(exc)
                    continue
                finish(prepared, files)
    return report


def settings_json(desk: Desk) -> str:
    return json.dumps(document_settings(desk), ensure_ascii=False, indent=2)
