"""Team mode on a PostgreSQL server: setting it up, its logins, and who may change what.

`team init` migrates the database and creates three group roles (store/team_sql.py): reviewer,
approver (a reviewer who also approves final decisions), administrator. `add_user` creates a
login or changes its role. In team mode the acting person is the database login
(`current_user`): the desk's reviewer name is taken from the server, not from a free-text field,
and the server stamps it into the history whatever a client sends.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, func, select, text

from digiamt_desk.domain.importing import InputError
from digiamt_desk.domain.review import ReviewError
from digiamt_desk.store.errors import StoreError
from digiamt_desk.store.tables import (
    APPLICATIONS,
    CHANGE_SETS,
    CHECKOUTS,
    HISTORY,
    PROCEDURES,
    Application,
)
from digiamt_desk.store.team_sql import ADMIN, APPROVER, REVIEWER, ROLES, roles_and_grants

if TYPE_CHECKING:  # services.desk calls adopt_login: no import back at run time
    from digiamt_desk.services.desk import Desk

TEAM_SETTING = "team.mode"
LOGIN_PATTERN = re.compile(r"[a-z_][a-z0-9_.-]{0,62}")


def is_server(desk: Desk) -> bool:
    return desk.engine.dialect.name == "postgresql"


def is_team(desk: Desk) -> bool:
    """A server database set up with `team init` (known from the opening on: adopt_login)."""
    return is_server(desk) and bool(desk.team_login)


def _team_database(desk: Desk) -> bool:
    return is_server(desk) and desk.setting(TEAM_SETTING) == "on"


def current_login(desk: Desk) -> str:
    with desk.engine.connect() as connection:
        return str(connection.execute(text("SELECT current_user")).scalar_one())


def team_roles(desk: Desk) -> set[str]:
    """The team roles ('reviewer', 'approver', 'admin') the login holds; empty on SQLite."""
    if not is_server(desk):
        return set()
    with desk.engine.connect() as connection:
        held = set(connection.execute(text(
            "SELECT rolname FROM pg_roles WHERE rolname IN (:r, :p, :a) "
            "AND pg_has_role(current_user, oid, 'MEMBER')"),
            {"r": REVIEWER, "p": APPROVER, "a": ADMIN}).scalars())
    return {name for name, role in ROLES.items() if role in held}


def adopt_login(desk: Desk) -> None:
    """In team mode the history names the database login, never a name typed in."""
    if _team_database(desk):
        desk.team_login = current_login(desk)
        desk.reviewer = desk.team_login


@dataclass(frozen=True)
class TeamSetup:
    database: str
    owner: str
    roles: tuple[str, ...]


def init_team(desk: Desk) -> TeamSetup:
    """Create the roles and grants on a migrated server database; safe to run again (after an
    upgrade it grants the new tables too). The login running it must own the database's tables
    and may create roles."""
    if not is_server(desk):
        raise InputError("team mode needs a PostgreSQL server: --db postgresql://ADMIN@HOST/DB")
    with desk.engine.begin() as connection:
        database = str(connection.execute(text("SELECT current_database()")).scalar_one())
        owner = str(connection.execute(text("SELECT current_user")).scalar_one())
        may = connection.execute(text(
            "SELECT (rolcreaterole OR rolsuper) AND pg_has_role(current_user, "
            "(SELECT tableowner FROM pg_tables WHERE tablename = 'application' "
            "AND schemaname = 'public'), 'MEMBER') FROM pg_roles WHERE rolname = current_user"
        )).scalar()
        if not may:
            raise InputError(f"{owner} may not set up the team: team init runs as the login "
                             "that owns the database and may create roles (README: team "
                             "server)")
        for statement in roles_and_grants(database, owner):
            connection.exec_driver_sql(statement)
    desk.set_setting(TEAM_SETTING, "on")
    adopt_login(desk)
    return TeamSetup(database=database, owner=owner, roles=(REVIEWER, APPROVER, ADMIN))


def add_user(desk: Desk, login: str, role: str, *, password: str | None = None) -> str:
    """Create the login (if new) and give it exactly one team role; returns what was done."""
    if role not in ROLES:
        raise InputError(f"unknown role '{role}'; choose one of {', '.join(ROLES)}",
                         field="role")
    if not LOGIN_PATTERN.fullmatch(login):
        raise InputError(f"'{login}' is no login name this command creates (lower-case "
                         "letters, digits, _ . -; starting with a letter)", field="login")
    if not _team_database(desk):
        raise InputError("this database is not set up for a team; run 'digiamt team init' "
                         "first")
    if "admin" not in team_roles(desk):
        raise ReviewError(f"{desk.reviewer} is no administrator of the team; an administrator "
                          "adds logins", code="admin_needed")
    import psycopg
    from psycopg import sql

    try:
        return _add_user(desk, login, role, password, sql)
    except psycopg.Error as exc:
        raise StoreError(f"the server refused to add {login}: "
                         f"{str(exc).strip().splitlines()[0]}") from exc


def _add_user(desk: Desk, login: str, role: str, password: str | None, sql: Any) -> str:
    raw = desk.engine.raw_connection()
    try:
        driver = raw.driver_connection
        assert driver is not None
        with driver.cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (login,))
            exists = cursor.fetchone() is not None
            name = sql.Identifier(login)
            if not exists:
                cursor.execute(sql.SQL("CREATE ROLE {} LOGIN").format(name))
            if password is not None:
                # Hashed here (SCRAM): the clear password never travels or lands in a log.
                hashed = driver.pgconn.encrypt_password(password.encode(), login.encode(),
                                                        b"scram-sha-256")
                cursor.execute(sql.SQL("ALTER ROLE {} PASSWORD {}").format(
                    name, sql.Literal(hashed.decode())))
            for other in ROLES.values():
                if other != ROLES[role]:
                    cursor.execute(sql.SQL("REVOKE {} FROM {}").format(
                        sql.Identifier(other), name))
            cursor.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(ROLES[role]), name))
        driver.commit()
    finally:
        raw.close()
    return f"{'changed' if exists else 'created'} login {login} as {role}"


@dataclass(frozen=True)
class CheckoutInfo:
    by: str
    at: datetime
    target: str


def active_checkout(connection: Connection, application_id: int) -> CheckoutInfo | None:
    c = CHECKOUTS.c
    row = connection.execute(select(c.by, c.at, c.target).where(
        c.application_id == application_id, c.released_at.is_(None))).first()
    return CheckoutInfo(row.by, row.at, row.target) if row else None


def ensure_may_change(desk: Desk, application: Application) -> None:
    """Refuse a change the team rules forbid: an application checked out for offline work
    (nobody changes it on the server until it is back), or one assigned to another reviewer
    (anyone may read, the assignee decides; approvers and administrators may step in)."""
    assert application.id is not None
    with desk.engine.connect() as connection:
        taken = active_checkout(connection, application.id)
    if taken is not None:
        raise ReviewError(
            f"application {application.reference} is checked out by {taken.by} since "
            f"{taken.at:%Y-%m-%d %H:%M} ({taken.target}); it can be changed when it is "
            "checked in", code="checked_out", reference=application.reference, by=taken.by,
            target=taken.target)
    if is_team(desk) and application.assignee and application.assignee != desk.reviewer \
            and not team_roles(desk) & {"approver", "admin"}:
        raise ReviewError(
            f"application {application.reference} is assigned to {application.assignee}; "
            "only the assignee decides it", code="not_assignee",
            reference=application.reference, assignee=application.assignee)


def ensure_may_reopen(desk: Desk, application: Application) -> None:
    """In team mode a decided application is changed (reopened) by an approver or an
    administrator only; the server refuses it too (store/team_sql.py)."""
    if is_team(desk) and not team_roles(desk) & {"approver", "admin"}:
        raise ReviewError(
            f"application {application.reference} is {application.status}; only an approver "
            "or administrator may reopen it", code="approver_needed",
            reference=application.reference, status=application.status)


# --- what changed on the server (the window's poll) ------------------------------------------

def procedure_versions(desk: Desk, application_id: int,
                       procedure_ids: Sequence[int] | None = None) -> dict[int, int]:
    p = PROCEDURES.c
    statement = select(p.id, p.version).where(p.application_id == application_id)
    if procedure_ids is not None:
        statement = statement.where(p.id.in_(list(procedure_ids)))
    with desk.engine.connect() as connection:
        return {row.id: row.version for row in connection.execute(statement)}


def newest_change(desk: Desk, application_id: int) -> int:
    c = CHANGE_SETS.c
    with desk.engine.connect() as connection:
        return int(connection.execute(select(func.max(c.id)).where(
            c.application_id == application_id)).scalar() or 0)


def changed_since(desk: Desk, application_id: int, after: int) -> tuple[int, list[int]]:
    """(the newest change set, the procedures changed by change sets newer than `after`)."""
    c, h = CHANGE_SETS.c, HISTORY.c
    with desk.engine.connect() as connection:
        rows = list(connection.execute(
            select(c.id, h.procedure_id).join_from(CHANGE_SETS, HISTORY,
                                                   h.change_set_id == c.id)
            .where(c.application_id == application_id, c.id > after)))
    newest = max((row.id for row in rows), default=after)
    return newest, sorted({row.procedure_id for row in rows})


def application_versions(desk: Desk) -> dict[int, int]:
    a = APPLICATIONS.c
    with desk.engine.connect() as connection:
        return {row.id: row.version for row in connection.execute(select(a.id, a.version))}
