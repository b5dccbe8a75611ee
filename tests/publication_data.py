"""Databases with known answers for the public list, the statistics, the candidates and the
re-check (issue 15): applications made through the services, procedures written as the import
writes them, decisions with dates the test chooses."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from digiamt_desk.domain.links import link_key
from digiamt_desk.domain.review import Status
from digiamt_desk.services import applications
from digiamt_desk.services.desk import Desk
from digiamt_desk.store.tables import APPLICATIONS, PROCEDURES


def at(day: str) -> datetime:
    return datetime.fromisoformat(day).replace(hour=10, tzinfo=UTC)


def add_application(desk: Desk, key: str, *, received: str, accepted: int = 0,
                    rejected: dict[str, int] | None = None, open_: int = 0,
                    status: Status = Status.IN_REVIEW, decided: str | None = None,
                    base_url: str = "https://www.buergerservice-portal.de/bayern",
                    not_online: int = 0) -> int:
    """An application of the authority `key` with `accepted` accepted procedures, rejected ones
    by reason code, open ones, and (for awarded/rejected/withdrawn) its decision on
    `decided`. Screening applications are written with that status as the import does."""
    application = applications.create_application(
        desk, key, received_on=date.fromisoformat(received), head_title="Erster Bürgermeister",
        head_name="Max Mustermann")
    assert application.id is not None
    rows = []
    slug = key

    def add(n: int, decision: str, reason: str = "", kind: str = "http") -> None:
        url = (f"{base_url}/{slug}/dienst-{len(rows) + 1}" if kind == "http"
               else f"mailto:amt{len(rows) + 1}@example.org")
        rows.append({"application_id": application.id, "title": f"Verfahren {len(rows) + 1}",
                     "url": url, "url_key": link_key(url)[0], "link_kind": kind,
                     "decision": decision, "reason_code": reason})

    for _ in range(accepted):
        add(1, "accepted")
    for reason, count in (rejected or {}).items():
        for _ in range(count):
            add(1, "rejected", reason)
    for _ in range(open_):
        add(1, "open")
    for _ in range(not_online):
        add(1, "open", kind="mailto")
    if rows:
        with desk.engine.begin() as connection:
            connection.execute(PROCEDURES.insert(), rows)
    if status is Status.SCREENING:
        with desk.engine.begin() as connection:
            connection.execute(APPLICATIONS.update().where(APPLICATIONS.c.id == application.id)
                               .values(status=Status.SCREENING.value))
        return application.id
    if status is not Status.RECEIVED:
        set_status_on(desk, application.id, Status.IN_REVIEW, decided or received)
    if status in (Status.AWARDED, Status.REJECTED, Status.WITHDRAWN, Status.QUERY_SENT):
        assert decided is not None
        set_status_on(desk, application.id, status, decided)
    return application.id


def set_status_on(desk: Desk, application_id: int, status: Status, day: str) -> None:
    clock = desk.clock
    desk.clock = lambda: at(day)
    try:
        applications.set_status(desk, application_id, status)
    finally:
        desk.clock = clock


@dataclass(frozen=True)
class Known:
    tuessling: int
    muenchen: int
    bezirk: int
    altoetting: int
    emmerting: int
    reopened: int
    in_review: int


def known_database(desk: Desk) -> Known:
    """Four awards in force (one of them a Bezirk with 30), one rejection, one award that was
    reopened (not on the list), one application in review.

    Receipt to decision (days): Tüßling 15, München 35, Bezirk 20, Altötting 58, Emmerting 26
    -> median 26, quartiles 20 and 35 (inclusive method)."""
    return Known(
        tuessling=add_application(desk, "09171133", received="2026-01-05", accepted=55,
                                  rejected={"information_only": 2, "pdf_form": 1},
                                  status=Status.AWARDED, decided="2026-01-20"),
        muenchen=add_application(desk, "09162000", received="2026-01-10", accepted=120,
                                 rejected={"information_only": 3},
                                 status=Status.AWARDED, decided="2026-02-14"),
        bezirk=add_application(desk, "091", received="2026-02-01", accepted=30,
                               rejected={"duplicate": 1}, status=Status.AWARDED,
                               decided="2026-02-21"),
        altoetting=add_application(desk, "09171", received="2026-01-02", accepted=60,
                                   status=Status.AWARDED, decided="2026-03-01"),
        emmerting=add_application(desk, "091715101", received="2026-01-15", accepted=10,
                                  rejected={"information_only": 4, "pdf_form": 6},
                                  status=Status.REJECTED, decided="2026-02-10"),
        reopened=_reopened(desk),
        in_review=add_application(desk, "09171123", received="2026-02-20", accepted=12,
                                  open_=5),
    )


def _reopened(desk: Desk) -> int:
    """Awarded in January, reopened in March (the award is withdrawn until decided again)."""
    app_id = add_application(desk, "09163000", received="2026-01-03", accepted=70,
                             status=Status.AWARDED, decided="2026-01-25")
    set_status_on(desk, app_id, Status.IN_REVIEW, "2026-03-02")
    return app_id
