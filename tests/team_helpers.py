"""Helpers of the team-mode tests: a team database with logins, and applications in shape."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from helpers import write_csv
from pg_cluster import Cluster, fresh_database

from digiamt_desk.domain.review import Decision, Status
from digiamt_desk.services import applications, review, team
from digiamt_desk.services.desk import Desk, open_desk
from digiamt_desk.services.imports import import_source
from digiamt_desk.services.procedures import list_procedures
from digiamt_desk.store.tables import Application

LOGINS = {"anna": "reviewer", "bert": "approver", "carl": "reviewer"}


class Team:
    def __init__(self, cluster: Cluster, database: str) -> None:
        self.cluster = cluster
        self.database = database
        self.opened: list[Desk] = []

    def url(self, login: str = "postgres") -> str:
        return self.cluster.url(self.database, login)

    def desk(self, login: str = "postgres", reviewer: str | None = None) -> Desk:
        opened = open_desk(self.url(login), reviewer=reviewer)
        self.opened.append(opened)
        return opened

    def sql(self, login: str, statement: str) -> None:
        """Plain SQL as that login, outside the program."""
        with psycopg.connect(host="127.0.0.1", port=self.cluster.port, user=login,
                             dbname=self.database, autocommit=True) as connection:
            connection.execute(statement)  # type: ignore[arg-type]

    def close(self) -> None:
        for opened in self.opened:
            opened.close()


@pytest.fixture
def team_db(pg_cluster: Cluster, pg_template: str) -> Iterator[Team]:
    """A fresh server database after `team init`, with reviewers anna and carl and the
    approver bert."""
    name = fresh_database(pg_cluster, pg_template)
    made = Team(pg_cluster, name)
    admin = made.desk()
    team.init_team(admin)
    for login, role in LOGINS.items():
        team.add_user(admin, login, role)
    yield made
    made.close()
    pg_cluster.admin_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def application_with(desk: Desk, folder: Path, count: int, key: str = "096") -> Application:
    lines = ["Bezeichnung;Link"] + [f"Verfahren {i};https://portal.example/{key}/v{i}"
                                    for i in range(1, count + 1)]
    import_source(desk, str(write_csv(folder / f"{key}.csv", lines)), ars=key)
    return applications.find_application(desk, key)


def procedure_ids(desk: Desk, application: Application) -> list[int]:
    assert application.id is not None
    return [p.id for p in list_procedures(desk, application.id)]


def awarded(desk: Desk, folder: Path, key: str = "096") -> Application:
    """A Bezirk's application with 30 of 31 procedures accepted, awarded by the desk's person."""
    application = application_with(desk, folder, 31, key)
    assert application.id is not None
    review.decide(desk, application.id, procedure_ids(desk, application)[:30], Decision.ACCEPTED)
    return applications.set_status(desk, application.id, Status.AWARDED)
