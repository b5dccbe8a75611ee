"""Take cases along: checkout to a SQLite file, offline changes, check-in (twice), a check-in
killed in the middle, and an administrator ending a checkout."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from itertools import groupby
from pathlib import Path

import psycopg
import pytest
from helpers import REPO
from team_helpers import Team, application_with, procedure_ids, team_db

from digiamt_desk.domain.review import Decision, ReviewError, Status
from digiamt_desk.services import applications, offline, review
from digiamt_desk.services.desk import Desk, open_desk
from digiamt_desk.services.procedures import list_procedures

_ = team_db


def _offline_work(file: Path, application_id: int) -> list[str]:
    """What a reviewer does on the laptop: decisions, a note, an undo. Returns the event ids."""
    laptop = open_desk(file, reviewer="anna (Laptop)")
    try:
        ids = [p.id for p in list_procedures(laptop, application_id)]
        review.decide(laptop, application_id, ids[:3], Decision.ACCEPTED)
        review.decide(laptop, application_id, ids[3:4], Decision.REJECTED, reason="pdf_form")
        review.set_note(laptop, application_id, ids[4], "Formular nur als PDF?")
        review.decide(laptop, application_id, ids[5:6], Decision.ACCEPTED)
        review.undo(laptop, application_id)  # the last one taken back
    finally:
        laptop.close()
    with sqlite3.connect(file) as connection:
        return [r[0] for r in connection.execute("SELECT event_id FROM change_set ORDER BY id")]


def _server_state(desk: Desk, application_id: int) -> list[tuple[int, str, str, str]]:
    return [(p.id, p.decision, p.reason_code, p.note)
            for p in list_procedures(desk, application_id)]


def _events_on_server(team_db: Team) -> set[str]:
    with psycopg.connect(team_db.url()) as connection:
        return {r[0] for r in connection.execute("SELECT event_id FROM change_set")}


def test_checkout_offline_changes_and_checkin(team_db: Team, tmp_path: Path) -> None:
    anna, bert = team_db.desk("anna"), team_db.desk("bert")
    application = application_with(anna, tmp_path, 8)
    assert application.id is not None
    review.decide(anna, application.id, procedure_ids(anna, application)[:1], Decision.ACCEPTED)
    file = tmp_path / "unterwegs.sqlite"
    offline.checkout(anna, [application.id], file)
    # On the server: everyone reads, nobody changes it, not even the taker; the server refuses
    # plain SQL too.
    assert len(list_procedures(bert, application.id)) == 8
    for desk in (anna, bert):
        with pytest.raises(ReviewError) as refused:
            review.decide(desk, application.id, None, Decision.ACCEPTED)
        assert refused.value.code == "checked_out" and "unterwegs.sqlite" in refused.value.message
    with pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState, match="checked out"):
        team_db.sql("bert", f"UPDATE procedure SET note = 'x' WHERE application_id = "
                            f"{application.id}")
    with pytest.raises(ReviewError):
        offline.checkout(bert, [application.id], tmp_path / "second.sqlite")
    events = _offline_work(file, application.id)
    laptop = open_desk(file, reviewer="x")
    expected = _server_state(laptop, application.id)
    laptop.close()
    report = offline.checkin(anna, file)
    assert (report.change_sets, report.already_there) == (5, 0)  # 1 more was made on the server
    assert _server_state(anna, application.id) == expected
    assert set(events) <= _events_on_server(team_db)
    history = review.history(anna, application.id)
    assert {line.by for line in history} == {"anna"}  # the login, stamped by the server
    # One line per field changed (an acceptance confirms the criteria too): the last two
    # change sets were an acceptance and its undo.
    actions = [action for action, _ in groupby(line.action for line in history)]
    assert actions[-2:] == ["accepted", "undo"]
    review.decide(anna, application.id, None, Decision.ACCEPTED)  # free again
    # A second check-in of the same file changes nothing.
    before = _server_state(anna, application.id)
    again = offline.checkin(anna, file)
    assert (again.change_sets, again.already_there) == (0, 5)
    assert _server_state(anna, application.id) == before


def test_a_status_change_offline_comes_back(team_db: Team, tmp_path: Path) -> None:
    bert = team_db.desk("bert")
    application = application_with(bert, tmp_path, 31)
    assert application.id is not None
    file = tmp_path / "bezirk.sqlite"
    offline.checkout(bert, [application.id], file)
    laptop = open_desk(file, reviewer="bert")
    review.decide(laptop, application.id, [p.id for p in
                                           list_procedures(laptop, application.id)][:30],
                  Decision.ACCEPTED)
    applications.set_status(laptop, application.id, Status.AWARDED, note="unterwegs")
    laptop.close()
    report = offline.checkin(bert, file)
    assert (report.status_events, report.final_decisions) == (2, 1)
    back = applications.find_application(bert, "096")
    assert back.status == "awarded" and back.version > application.version
    [decision] = applications.final_decisions(bert, application.id)
    assert (decision.by, decision.counted) == ("bert", 30)


def test_a_file_with_triggers_or_foreign_rows_is_refused(team_db: Team, tmp_path: Path) -> None:
    anna = team_db.desk("anna")
    application = application_with(anna, tmp_path, 3)
    assert application.id is not None
    file = tmp_path / "cases.sqlite"
    offline.checkout(anna, [application.id], file)
    with sqlite3.connect(file) as connection:
        connection.execute("CREATE TRIGGER evil AFTER INSERT ON setting BEGIN "
                           "DELETE FROM procedure; END")
    with pytest.raises(ReviewError, match="triggers or views"):
        offline.checkin(anna, file)
    with sqlite3.connect(file) as connection:
        connection.execute("DROP TRIGGER evil")
        connection.execute("INSERT INTO change_set (application_id, at, by, action, event_id) "
                           f"VALUES ({application.id}, '2026-01-01', 'x', 'drop_table', 'e1')")
    with pytest.raises(ReviewError, match="unknown action"):
        offline.checkin(anna, file)
    assert _events_on_server(team_db) == set()


def test_a_killed_checkin_leaves_all_or_nothing_and_a_retry_finishes(team_db: Team,
                                                                     tmp_path: Path) -> None:
    anna = team_db.desk("anna")
    application = application_with(anna, tmp_path, 8)
    assert application.id is not None
    file = tmp_path / "unterwegs.sqlite"
    offline.checkout(anna, [application.id], file)
    events = _offline_work(file, application.id)
    before = _server_state(anna, application.id)
    # Hold the application row, so the check-in stops at its last step (the applications)
    # with everything else written in its open transaction; then kill the process there.
    holder = psycopg.connect(team_db.url())
    holder.execute("SELECT 1 FROM application WHERE id = %s FOR NO KEY UPDATE",
                   (application.id,))
    process = subprocess.Popen(
        [sys.executable, "-m", "digiamt_desk.cli", "--db", team_db.url("anna"), "checkin",
         str(file)], cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)},
        stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    watcher = psycopg.connect(team_db.url(), autocommit=True)  # fresh statistics each time
    try:
        waiting = None
        for _ in range(600):  # until the check-in waits for the held row (bounded)
            waiting = watcher.execute(
                "SELECT pid FROM pg_stat_activity WHERE usename = 'anna' AND "
                "wait_event_type = 'Lock' AND query LIKE 'UPDATE application%'").fetchone()
            if waiting or process.poll() is not None:
                break
            watcher.execute("SELECT pg_sleep(0.05)")
        assert waiting is not None, process.communicate()
        process.send_signal(signal.SIGKILL)
        process.wait()
    finally:
        holder.rollback()
        holder.close()
        watcher.close()
    with psycopg.connect(team_db.url(), autocommit=True) as connection:
        for _ in range(600):  # the server ends the dead client's transaction
            if not connection.execute("SELECT 1 FROM pg_stat_activity WHERE pid = %s",
                                      (waiting[0],)).fetchone():
                break
            connection.execute("SELECT pg_sleep(0.05)")
    assert not set(events) & _events_on_server(team_db)  # none of it
    assert _server_state(anna, application.id) == before
    with pytest.raises(ReviewError):  # still checked out
        review.decide(anna, application.id, None, Decision.ACCEPTED)
    with sqlite3.connect(file) as connection:  # the file keeps everything
        assert [r[0] for r in connection.execute(
            "SELECT event_id FROM change_set ORDER BY id")] == events
    report = offline.checkin(anna, file)  # the retry finishes it
    assert report.change_sets == len(events)
    assert set(events) <= _events_on_server(team_db)


def test_an_administrator_ends_a_checkout_without_its_changes(team_db: Team,
                                                              tmp_path: Path) -> None:
    anna, admin = team_db.desk("anna"), team_db.desk()
    application = application_with(anna, tmp_path, 8)
    assert application.id is not None
    file = tmp_path / "verloren.sqlite"
    offline.checkout(anna, [application.id], file)
    _offline_work(file, application.id)
    with pytest.raises(ReviewError) as refused:
        offline.release(anna, application.id, "Laptop weg")
    assert refused.value.code == "admin_needed"
    offline.release(admin, application.id, "Laptop verloren")
    with psycopg.connect(team_db.url()) as connection:
        row = connection.execute("SELECT released_by, release, note FROM checkout").fetchone()
    assert row == ("postgres", "abandoned", "Laptop verloren")
    review.decide(anna, application.id, None, Decision.ACCEPTED)  # free again
    with pytest.raises(ReviewError) as ended:
        offline.checkin(anna, file)
    assert ended.value.code == "checkout_ended"
