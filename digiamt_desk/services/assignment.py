"""Who reviews an application: assignment, reassignment (each recorded) and the "mine" view."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, text

from digiamt_desk.domain.importing import InputError
from digiamt_desk.domain.review import ReviewError
from digiamt_desk.services.desk import Desk
from digiamt_desk.services.team import is_team, team_roles
from digiamt_desk.store.tables import APPLICATIONS, ASSIGNMENTS, new_id

NAME_LIMIT = 200


@dataclass(frozen=True)
class AssignmentLine:
    at: datetime
    by: str
    assignee: str
    previous: str


def assign(desk: Desk, application_id: int, assignee: str) -> AssignmentLine:
    """Assign the application to `assignee` ('' ends the assignment); recorded with who did
    it. In team mode the assignee is a login holding a team role, and only approvers and
    administrators reassign an application that is someone else's."""
    assignee = assignee.strip()
    if len(assignee) > NAME_LIMIT:
        raise InputError(f"an assignee name can have at most {NAME_LIMIT} characters",
                         field="assignee")
    a = APPLICATIONS.c
    with desk.engine.begin() as connection:
        row = connection.execute(select(a.reference, a.assignee).where(
            a.id == application_id).with_for_update()).first()
        if row is None:
            raise ReviewError(f"no application with id {application_id}",
                              code="no_application")
        if row.assignee == assignee:
            raise ReviewError(f"application {row.reference} is assigned to "
                              f"{assignee or 'nobody'} already", code="same_assignee",
                              reference=row.reference, assignee=assignee or "-")
        if is_team(desk):
            if assignee and not connection.execute(text(
                    "SELECT pg_has_role(:login, 'digiamt_reviewer', 'MEMBER') "
                    "FROM pg_roles WHERE rolname = :login"), {"login": assignee}).scalar():
                raise InputError(f"'{assignee}' is no login of the team (digiamt team "
                                 "add-user)", field="assignee")
            if row.assignee and row.assignee != desk.reviewer and \
                    not team_roles(desk) & {"approver", "admin"}:
                raise ReviewError(f"application {row.reference} is assigned to "
                                  f"{row.assignee}; an approver reassigns it",
                                  code="not_assignee", assignee=row.assignee)
        now = desk.clock()
        new_id(connection.execute(ASSIGNMENTS.insert().values(
            application_id=application_id, assignee=assignee, previous=row.assignee, at=now,
            by=desk.reviewer)))
        connection.execute(APPLICATIONS.update().where(a.id == application_id).values(
            assignee=assignee, version=a.version + 1, updated_at=now))
    return AssignmentLine(now, desk.reviewer, assignee, row.assignee)


def assignments(desk: Desk, application_id: int) -> list[AssignmentLine]:
    s = ASSIGNMENTS.c
    with desk.engine.connect() as connection:
        return [AssignmentLine(r.at, r.by, r.assignee, r.previous) for r in connection.execute(
            select(s.at, s.by, s.assignee, s.previous)
            .where(s.application_id == application_id).order_by(s.id))]


def assignees(desk: Desk) -> dict[int, str]:
    """Application id -> assignee ('' for none): the window's column and its "mine" filter."""
    a = APPLICATIONS.c
    with desk.engine.connect() as connection:
        return {r.id: r.assignee for r in connection.execute(select(a.id, a.assignee))}
