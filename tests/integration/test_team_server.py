"""Team mode on a real PostgreSQL server: URLs, roles, and what the server itself enforces.

Each guard is tried with plain SQL as the wrong login, outside the program."""

from __future__ import annotations

import sys
from pathlib import Path

import psycopg
import pytest
from pg_cluster import Cluster
from team_helpers import Team, application_with, awarded, procedure_ids, team_db

from digiamt_desk.cli import main
from digiamt_desk.domain.review import Decision, ReviewError, Status
from digiamt_desk.services import applications, approval, review, team
from digiamt_desk.services.assignment import assign, assignments
from digiamt_desk.services.desk import open_desk

_ = team_db


def test_a_server_url_never_becomes_a_local_file(tmp_path: Path, pg_cluster: Cluster,
                                                 monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    closed_port = f"postgresql://postgres@127.0.0.1:{pg_cluster.port + 1}/d"
    for location, expected in (
            (closed_port, "cannot be reached"),
            (pg_cluster.url("no_such_db"), "no such database"),
            ("postgresql:/postgres@127.0.0.1/d", "slash missing"),
            ("mysql://x@h/d", "no database this program opens")):
        assert main(["--db", location, "demo"]) == 2
        assert expected in capsys.readouterr().err
        assert main(["--db", location, "applications"]) == 2
        assert expected in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []  # no file named like the URL, no lock file


def test_a_missing_driver_is_named(tmp_path: Path, pg_cluster: Cluster,
                                   monkeypatch: pytest.MonkeyPatch,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setitem(sys.modules, "psycopg", None)  # import psycopg fails
    assert main(["--db", pg_cluster.url("postgres"), "applications"]) == 2
    assert "driver is missing: install psycopg 3" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_demo_and_commands_work_on_the_server(pg_url: str,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", pg_url, "demo"]) == 0
    capsys.readouterr()
    assert main(["--db", pg_url, "applications"]) == 0
    assert "Unterfranken" in capsys.readouterr().out
    assert main(["--db", pg_url, "demo"]) == 2  # never replaces a server database
    assert "holds applications already" in capsys.readouterr().err


def test_password_comes_from_the_environment_or_is_asked(pg_url: str,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PGPASSWORD", "not-needed-with-trust")
    desk = open_desk(pg_url)
    desk.close()
    from digiamt_desk.store.postgres import PasswordNeeded, connection_error

    asked = connection_error(Exception("fe_sendauth: no password supplied"),
                             "postgresql://u:secret@h/d")
    assert isinstance(asked, PasswordNeeded) and "secret" not in str(asked)


def test_the_acting_person_is_the_login(team_db: Team, tmp_path: Path) -> None:
    desk = team_db.desk("anna", reviewer="Somebody Else")
    assert desk.reviewer == "anna"
    application = application_with(desk, tmp_path, 3)
    assert application.id is not None
    review.decide(desk, application.id, procedure_ids(desk, application)[:1], Decision.ACCEPTED)
    assert {line.by for line in review.history(desk, application.id)} == {"anna"}
    # A client that writes another name anyway: the server stamps the login.
    team_db.sql("anna", f"INSERT INTO change_set (application_id, at, by, action) VALUES "
                        f"({application.id}, now(), 'Fake Name', 'note')")
    assert {line.by for line in applications.status_history(desk, application.id)} == {"anna"}
    with psycopg.connect(team_db.url("postgres")) as connection:
        names = {r[0] for r in connection.execute("SELECT by FROM change_set")}
    assert names == {"anna"}


def test_history_takes_inserts_only_except_for_the_administrator(team_db: Team,
                                                                 tmp_path: Path) -> None:
    desk = team_db.desk("anna")
    application = application_with(desk, tmp_path, 2)
    assert application.id is not None
    review.decide(desk, application.id, None, Decision.ACCEPTED)
    for login in ("anna", "bert"):
        for statement in ("UPDATE history_entry SET new = 'rejected'",
                          "DELETE FROM history_entry", "UPDATE change_set SET by = 'x'",
                          "DELETE FROM status_event", "TRUNCATE final_decision"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                team_db.sql(login, statement)
    team_db.sql("postgres", "UPDATE change_set SET action = action")  # the administrator may


def test_reviewers_cannot_change_an_awarded_application(team_db: Team, tmp_path: Path) -> None:
    anna = team_db.desk("anna")
    application = awarded(anna, tmp_path)
    assert application.id is not None
    for statement in (f"UPDATE procedure SET decision = 'rejected' WHERE application_id = "
                      f"{application.id}",
                      f"UPDATE application SET status = 'in_review' WHERE id = {application.id}",
                      f"UPDATE application SET head_name = 'x' WHERE id = {application.id}"):
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="approver"):
            team_db.sql("anna", statement)
    with pytest.raises(ReviewError) as refused:
        applications.set_status(anna, application.id, Status.IN_REVIEW)
    assert refused.value.code == "approver_needed"
    bert = team_db.desk("bert")
    applications.set_status(bert, application.id, Status.IN_REVIEW, note="Nachtrag")
    assert applications.find_application(anna, "096").status == "in_review"


def test_four_eyes_on_the_server(team_db: Team, tmp_path: Path) -> None:
    bert = team_db.desk("bert")
    application = awarded(bert, tmp_path)  # the approver made the decision himself
    assert application.id is not None
    assert approval.four_eyes_on(bert)
    assert not approval.final_decision_approved(bert, application.id)
    with pytest.raises(ReviewError) as refused:
        approval.approve(bert, application.id)
    assert refused.value.code == "four_eyes"
    decision_id = f"(SELECT max(id) FROM final_decision WHERE application_id = {application.id})"
    with pytest.raises(psycopg.errors.InsufficientPrivilege, match="four eyes"):
        team_db.sql("bert", f"UPDATE final_decision SET approved_by = 'bert', approved_at = "
                            f"now() WHERE id = {decision_id}")
    with pytest.raises(psycopg.errors.InsufficientPrivilege, match="four eyes"):
        # in someone else's name: the server puts the login in
        team_db.sql("bert", f"UPDATE final_decision SET approved_by = 'carl' WHERE id = "
                            f"{decision_id}")
    with pytest.raises(psycopg.errors.InsufficientPrivilege, match="permission denied"):
        team_db.sql("anna", f"UPDATE final_decision SET approved_by = 'anna' WHERE id = "
                            f"{decision_id}")  # a reviewer has no approval right
    anna = team_db.desk("anna")
    with pytest.raises(ReviewError) as refused:
        approval.approve(anna, application.id)
    assert refused.value.code == "approver_role_needed"
    # A second approver approves.
    team.add_user(team_db.desk(), "dora", "approver")
    dora = team_db.desk("dora")
    approved = approval.approve(dora, application.id, "Mitgezeichnet")
    assert (approved.decided_by, approved.approved_by, approved.note) == (
        "bert", "dora", "Mitgezeichnet")
    assert approval.final_decision_approved(anna, application.id)


def test_assignment_the_assignee_decides_and_reassignment_is_recorded(team_db: Team,
                                                                      tmp_path: Path) -> None:
    anna, carl, bert = team_db.desk("anna"), team_db.desk("carl"), team_db.desk("bert")
    application = application_with(anna, tmp_path, 3)
    assert application.id is not None
    assign(anna, application.id, "anna")
    ids = procedure_ids(carl, application)
    with pytest.raises(ReviewError) as refused:
        review.decide(carl, application.id, ids[:1], Decision.ACCEPTED)
    assert refused.value.code == "not_assignee"
    with pytest.raises(ReviewError):
        assign(carl, application.id, "carl")
    with pytest.raises(Exception, match="no login of the team"):
        assign(bert, application.id, "nobody_here")
    assign(bert, application.id, "carl")
    review.decide(carl, application.id, ids[:1], Decision.ACCEPTED)
    assert [(line.by, line.previous, line.assignee)
            for line in assignments(anna, application.id)] == [
        ("anna", "", "anna"), ("bert", "anna", "carl")]


def test_team_commands(team_db: Team, tmp_path: Path,
                       capsys: pytest.CaptureFixture[str]) -> None:
    admin = team_db.url("postgres")
    assert main(["--db", admin, "team", "add-user", "erna", "--role", "approver"]) == 0
    assert "created login erna as approver" in capsys.readouterr().out
    assert main(["--db", admin, "team", "add-user", "erna", "--role", "reviewer"]) == 0
    assert team.team_roles(team_db.desk("erna")) == {"reviewer"}
    assert main(["--db", admin, "team", "add-user", "Robert'); DROP", "--role",
                 "reviewer"]) == 2
    assert "no login name" in capsys.readouterr().err
    assert main(["--db", team_db.url("anna"), "team", "add-user", "x", "--role", "admin"]) == 2
    assert "anna is no administrator" in capsys.readouterr().err
    assert main(["--db", team_db.url("bert"), "team", "init"]) == 2
    assert "bert may not set up the team" in capsys.readouterr().err
    awarded(team_db.desk("anna"), tmp_path)
    assert main(["--db", team_db.url("anna"), "approve", "096"]) == 2
    assert "no approver role" in capsys.readouterr().err
    assert main(["--db", team_db.url("bert"), "approve", "096", "--note", "ok"]) == 0
    assert "awarded by anna, approved by bert" in capsys.readouterr().out
    assert main(["--db", team_db.url("anna"), "assign", "096", "carl"]) == 2
    assert "is awarded: only an approver" in capsys.readouterr().err  # the server's guard
    assert main(["--db", team_db.url("bert"), "assign", "096", "carl"]) == 0
    assert main(["--db", team_db.url("carl"), "--reviewer", "x", "status", "096", "--set",
                 "in_review"]) == 2
    assert "only an approver" in capsys.readouterr().err



def test_a_password_from_the_environment_or_the_prompt(team_db: Team, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]
                                                       ) -> None:
    from pg_cluster import PASSWORD_LOGIN

    admin = team_db.desk()
    team.add_user(admin, PASSWORD_LOGIN, "reviewer", password="Geheim 1")
    url = team_db.url(PASSWORD_LOGIN)
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    # No password anywhere and no terminal to ask at: a clear message, nothing written.
    assert main(["--db", url, "applications"]) == 2
    assert "asks for a password" in capsys.readouterr().err
    monkeypatch.setenv("PGPASSWORD", "falsch")
    assert main(["--db", url, "applications"]) == 2
    assert "refused the login" in capsys.readouterr().err
    monkeypatch.setenv("PGPASSWORD", "Geheim 1")
    assert main(["--db", url, "applications"]) == 0
    monkeypatch.delenv("PGPASSWORD")
    passfile = tmp_path / "pgpass"
    passfile.write_text(f"127.0.0.1:{team_db.cluster.port}:*:{PASSWORD_LOGIN}:Geheim 1\n")
    passfile.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    assert main(["--db", url, "applications"]) == 0
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    import digiamt_desk.cli.common as cli_common

    monkeypatch.setattr(cli_common, "prompt_password", lambda _url: "Geheim 1")  # typed in
    assert main(["--db", url, "applications"]) == 0
    assert "Geheim" not in capsys.readouterr().out
