"""Plain values about an application for a front end that holds no database rows: the window
keeps an `ApplicationView` (ids and text), never an ORM object or a session."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from digiamt_desk.domain.review import Status, Summary
from digiamt_desk.services import applications
from digiamt_desk.services.desk import Desk
from digiamt_desk.store.tables import APPLICATIONS


@dataclass(frozen=True, slots=True)
class ApplicationView:
    id: int
    ars: str
    name: str
    official_name: str
    kind: str
    reference: str
    status: str  # a Status value
    version: int = 1  # bumped by every change (team mode: stale writes are refused)
    assignee: str = ""  # the reviewer it is assigned to (team mode)

    @property
    def is_final(self) -> bool:
        return Status(self.status).is_final


def application_view(desk: Desk, application_id: int) -> ApplicationView | None:
    a = APPLICATIONS.c
    with desk.engine.connect() as connection:
        row = connection.execute(select(a.id, a.ars, a.name, a.official_name, a.kind,
                                        a.reference, a.status, a.version, a.assignee)
                                 .where(a.id == application_id)).one_or_none()
    return None if row is None else ApplicationView(*row)


@dataclass(frozen=True, slots=True)
class ApplicationForm:
    """The editable fields of an application with what names it, for the application dialog."""

    id: int
    ars: str
    name: str
    official_name: str
    kind: str
    reference: str
    received_on: str  # ISO date
    head_title: str
    head_name: str
    address: str


def application_form(desk: Desk, application_id: int) -> ApplicationForm | None:
    a = APPLICATIONS.c
    with desk.engine.connect() as connection:
        row = connection.execute(select(a.id, a.ars, a.name, a.official_name, a.kind,
                                        a.reference, a.received_on, a.head_title, a.head_name,
                                        a.address)
                                 .where(a.id == application_id)).one_or_none()
    return None if row is None else ApplicationForm(*tuple(row))


def summary_of(desk: Desk, application_id: int) -> Summary | None:
    """The counts and the verdict of one application (None if it is gone)."""
    try:
        found = applications.find_application(desk, f"#{application_id}")
    except applications.NotFound:
        return None
    return applications.summary(desk, found) if found.id == application_id else None


def first_application_for(desk: Desk, key: str) -> int | None:
    """The id of the application a user means by reference, id or applicant key."""
    try:
        found = applications.find_application(desk, key)
    except applications.NotFound:
        return None
    return found.id
