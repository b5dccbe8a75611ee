"""Applications: create, find, list, summarise, move through their status."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import case, func
from sqlalchemy import select as core_select
from sqlmodel import col, select

from digiamt_desk.domain.application_rules import (
    DEFAULT_REFERENCE_PATTERN as DEFAULT_REFERENCE_PATTERN,
)
from digiamt_desk.domain.application_rules import (
    REFERENCE_PATTERN_KEY as REFERENCE_PATTERN_KEY,
)
from digiamt_desk.domain.application_rules import (
    default_address as default_address,
)
from digiamt_desk.domain.application_rules import (
    ensure_editable as ensure_editable,
)
from digiamt_desk.domain.application_rules import (
    free_reference,
)
from digiamt_desk.domain.application_rules import (
    validate_reference_pattern as validate_reference_pattern,
)
from digiamt_desk.domain.importing import InputError
from digiamt_desk.domain.review import ReviewError, Status, Summary, check_transition
from digiamt_desk.services import register
from digiamt_desk.services.desk import Desk
from digiamt_desk.services.team import ensure_may_change, ensure_may_reopen
from digiamt_desk.store.tables import (
    PROCEDURES,
    Application,
    FinalDecision,
    RegisterEntryRow,
    StatusEvent,
)


class NotFound(InputError):
    pass


def next_reference(desk: Desk, entry: RegisterEntryRow, on: date) -> str:
    pattern = desk.setting(REFERENCE_PATTERN_KEY, DEFAULT_REFERENCE_PATTERN)
    validate_reference_pattern(pattern)
    with desk.session() as session:
        taken = set(session.exec(select(Application.reference)))
    fields = {"year": on.year, "ags": entry.ags or entry.key, "key": entry.key, "ars": entry.ars}
    return free_reference(pattern, fields, taken)


def new_application(desk: Desk, entry: RegisterEntryRow, *, head_title: str = "",
                    head_name: str = "", address: str | None = None,
                    reference: str | None = None,
                    received_on: date | None = None) -> Application:
    """An application not yet stored, with its reference drawn from the pattern."""
    now = desk.clock()
    received = received_on or now.date()
    if reference is not None:
        if not reference.strip():
            raise InputError("the reference (Aktenzeichen) cannot be empty", field="reference")
        with desk.session() as session:
            if session.exec(select(Application.id)
                            .where(Application.reference == reference)).first():
                raise InputError(f"the reference '{reference}' is already used",
                                 field="reference")
    return Application(
        ars=entry.ars, name=entry.name, official_name=entry.official_name, kind=entry.kind,
        reference=reference or next_reference(desk, entry, received), reviewer=desk.reviewer,
        status=Status.RECEIVED.value, received_on=received.isoformat(), head_title=head_title,
        head_name=head_name, address=address if address is not None else default_address(entry),
        created_at=now, updated_at=now)


def received_event(desk: Desk, application_id: int) -> StatusEvent:
    return StatusEvent(application_id=application_id, status=Status.RECEIVED.value,
                       at=desk.clock(), by=desk.reviewer, note="application received")


def create_application(desk: Desk, key: str, *, head_title: str = "", head_name: str = "",
                       address: str | None = None, reference: str | None = None,
                       received_on: date | None = None) -> Application:
    entry = register.lookup(desk, key)
    application = new_application(desk, entry, head_title=head_title, head_name=head_name,
                                  address=address, reference=reference, received_on=received_on)
    with desk.session() as session:
        session.add(application)
        session.flush()
        assert application.id is not None
        session.add(received_event(desk, application.id))
        session.commit()
    return application


def update_application(desk: Desk, application_id: int, **changes: str) -> Application:
    allowed = {"reference", "head_title", "head_name", "address", "reviewer"}
    unknown = set(changes) - allowed
    if unknown:
        raise InputError(f"cannot change {sorted(unknown)} of an application")
    with desk.session() as session:
        application = session.get(Application, application_id)
        if application is None:
            raise NotFound(f"no application with id {application_id}")
        ensure_editable(application)
        ensure_may_change(desk, application)
        reference = changes.get("reference")
        if reference is not None:
            if not reference.strip():
                raise InputError("the reference (Aktenzeichen) cannot be empty", field="reference")
            clash = session.exec(select(Application.id).where(
                Application.reference == reference, Application.id != application_id)).first()
            if clash:
                raise InputError(f"the reference '{reference}' is already used",
                                 field="reference")
        for name, value in changes.items():
            setattr(application, name, value)
        application.updated_at = desk.clock()
        application.version += 1
        session.commit()
        return application


def find_application(desk: Desk, key: str) -> Application:
    """The application a user means: its reference or id, or the ARS/AGS/key of the applicant
    (then the newest application of that applicant)."""
    text = key.strip()
    with desk.session() as session:
        by_reference = session.exec(
            select(Application).where(Application.reference == text)).first()
        if by_reference:
            return by_reference
        if text.startswith("#") and text[1:].isdigit():
            found = session.get(Application, int(text[1:]))
            if found:
                return found
    try:
        entry = register.lookup(desk, text, include_inactive=True)
    except register.UnknownKey as exc:
        raise NotFound(f"no application found for '{key}': {exc.message}") from exc
    with desk.session() as session:
        candidates = [entry.ars]
        if entry.ags:  # the same AGS under an older ARS (the Gemeinde changed its VG)
            candidates += list(session.exec(
                select(RegisterEntryRow.ars).where(RegisterEntryRow.ags == entry.ags)))
        found = session.exec(select(Application).where(col(Application.ars).in_(candidates))
                             .order_by(col(Application.created_at).desc(),
                                       col(Application.id).desc())).first()
    if found is None:
        raise NotFound(f"no application of {entry.official_name} ({entry.key}) in this database")
    return found


@dataclass(frozen=True)
class ApplicationRow:
    application: Application
    summary: Summary


def list_applications(desk: Desk) -> list[ApplicationRow]:
    with desk.session() as session:
        applications = list(session.exec(select(Application).order_by(col(Application.name))))
    counts = _counts(desk, None)
    return [ApplicationRow(a, _summary_from(desk, a, counts.get(a.id or 0))) for a in applications]


def summary(desk: Desk, application: Application) -> Summary:
    counts = _counts(desk, application.id)
    return _summary_from(desk, application, counts.get(application.id or 0))


def _counts(desk: Desk, application_id: int | None) -> dict[int, tuple[int, ...]]:
    p = PROCEDURES.c
    statement = core_select(
        p.application_id,
        func.count(),
        func.sum(case((p.decision == "accepted", 1), else_=0)),
        func.sum(case((p.decision == "rejected", 1), else_=0)),
        func.sum(case((p.decision == "open", 1), else_=0)),
        # Rows merged on import plus duplicates merged by the reviewer (services/checks.py).
        func.sum(p.duplicate_rows) + func.count(p.merged_into),
        func.sum(case((p.link_kind != "http", 1), else_=0)),
    ).group_by(p.application_id)
    if application_id is not None:
        statement = statement.where(p.application_id == application_id)
    with desk.engine.connect() as connection:
        return {row[0]: tuple(int(v or 0) for v in row[1:])
                for row in connection.execute(statement)}


def _summary_from(desk: Desk, application: Application,
                  counts: tuple[int, ...] | None) -> Summary:
    procedures, accepted, rejected, open_, merged, not_online = counts or (0, 0, 0, 0, 0, 0)
    catalog = desk.catalog()
    return Summary(ars=application.ars, name=application.name, kind=application.kind,
                   status=Status(application.status),
                   threshold=catalog.threshold_for(application.kind), procedures=procedures,
                   accepted=accepted, rejected=rejected, open=open_, duplicates_merged=merged,
                   not_online=not_online, criteria_version=catalog.version)


def set_status(desk: Desk, application_id: int, new_status: Status, *,
               note: str = "") -> Application:
    """Move an application on. Awarding or rejecting records a final decision with the counts
    and criteria version of the moment; leaving a final status is a recorded reopening."""
    now = desk.clock()
    with desk.session() as session:
        application = session.get(Application, application_id, with_for_update=True)
        if application is None:
            raise NotFound(f"no application with id {application_id}")
        ensure_may_change(desk, application)
        current = Status(application.status)
        if current.is_final:
            ensure_may_reopen(desk, application)
        facts = summary(desk, application)
        if current.is_final and new_status.is_final:
            raise ReviewError(
                f"application {application.reference} is already {current.value}; "
                "reopen it (in_review) before deciding again", code="already_final",
                reference=application.reference, status=current.value)
        check_transition(current, new_status, eligible=facts.eligible, counted=facts.counted,
                         threshold=facts.threshold)
        reopened = current.is_final and not new_status.is_final
        application.status = new_status.value
        application.updated_at = now
        application.version += 1
        assert application.id is not None
        session.add(StatusEvent(application_id=application.id, status=new_status.value,
                                reopened=reopened, at=now, by=desk.reviewer, note=note,
                                event_id=uuid.uuid4().hex))
        if new_status.is_decision:
            session.add(FinalDecision(
                application_id=application.id, status=new_status.value, at=now,
                by=desk.reviewer, criteria_version=facts.criteria_version,
                threshold=facts.threshold, procedures=facts.procedures,
                accepted=facts.accepted, rejected=facts.rejected, open=facts.open,
                counted=facts.counted, event_id=uuid.uuid4().hex))
        session.commit()
        return application


def status_history(desk: Desk, application_id: int) -> list[StatusEvent]:
    with desk.session() as session:
        return list(session.exec(select(StatusEvent)
                                 .where(StatusEvent.application_id == application_id)
                                 .order_by(col(StatusEvent.at), col(StatusEvent.id))))


def final_decisions(desk: Desk, application_id: int) -> list[FinalDecision]:
    with desk.session() as session:
        return list(session.exec(select(FinalDecision)
                                 .where(FinalDecision.application_id == application_id)
                                 .order_by(col(FinalDecision.at), col(FinalDecision.id))))


def mark_in_review(desk: Desk, application: Application) -> None:
    """The first review action moves a received application into review."""
    if application.status == Status.RECEIVED.value and application.id is not None:
        try:
            set_status(desk, application.id, Status.IN_REVIEW, note="erster Prüfschritt")
        except ReviewError as exc:
            if exc.code != "same_status":  # another reviewer's first action came first
                raise
        application.status = Status.IN_REVIEW.value
