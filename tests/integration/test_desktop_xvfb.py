"""The desktop app in a real X window (Xvfb, keys through XTEST).

The first start: no database yet, so the welcome view comes up and Return on its first choice
opens the demo. A review killed with SIGKILL while keys are still being handled: every decision
that landed is whole (with its history entry), the database passes the integrity check and the
lock is free."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from xvfb_helpers import count_rows, focus, quit_app, wait_for_window, wait_until, x_env, xdotool

pytestmark = pytest.mark.xvfb


def test_first_start_offers_the_demo_and_remembers_it(tmp_path: Path) -> None:
    env = x_env(tmp_path)
    env.pop("DIGIAMT_DB", None)
    data = tmp_path / "data" / "DigiAmt Desk"
    app = subprocess.Popen([sys.executable, "-m", "digiamt_desk"], env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        welcome = wait_for_window(env, "Willkommen bei DigiAmt Desk")
        xdotool(env, "windowfocus", "--sync", welcome)
        xdotool(env, "key", "Return")  # the first choice has the focus: open the demo
        window = wait_for_window(env, "DigiAmt Desk – demo.db", timeout=90)
        xdotool(env, "windowfocus", "--sync", window)
    finally:
        output = quit_app(env, app)
    assert app.returncode == 0, output
    assert (data / "demo.db").exists()
    assert not (data / "digiamt.db").exists()  # the demo did not become the reviewer's database
    settings = (tmp_path / "cfg" / "StMD" / "DigiAmt Desk.conf").read_text(encoding="utf-8")
    assert "demo.db" in settings  # remembered for File > Open recent and the welcome view


def test_the_app_killed_in_the_middle_of_a_review_keeps_every_saved_decision(
        tmp_path: Path) -> None:
    import signal
    import sqlite3

    from digiamt_desk.paths import resource
    from digiamt_desk.services.desk import open_desk
    from digiamt_desk.services.imports import import_source
    from digiamt_desk.store.backups import integrity_problems

    env = x_env(tmp_path)
    database = tmp_path / "review.db"
    desk = open_desk(database, create=True)
    import_source(desk, str(resource("selftest", "procedures.csv")))  # 54 open procedures
    desk.close()
    app = subprocess.Popen([sys.executable, "-m", "digiamt_desk", "--db", str(database)],
                           env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        window = wait_for_window(env, "DigiAmt Desk – review.db")
        focus(env, window)
        accepted_sql = "SELECT count(*) FROM procedure WHERE decision = 'accepted'"
        for n in range(1, 7):  # accept, and on to the next open one: saved before the next
            xdotool(env, "key", "a")
            wait_until(lambda n=n: count_rows(database, accepted_sql) == n,
                       f"accepted {n} of 6")
        xdotool(env, "key", "--delay", "20", *["a"] * 12)
        app.send_signal(signal.SIGKILL)  # while the last key presses are being handled
        app.wait(timeout=30)
    finally:
        if app.poll() is None:
            app.kill()
    assert app.returncode == -signal.SIGKILL

    assert integrity_problems(database, quick=False) == []
    with sqlite3.connect(database) as connection:
        accepted = connection.execute(
            "SELECT count(*) FROM procedure WHERE decision = 'accepted'").fetchone()[0]
        logged = connection.execute(
            "SELECT count(DISTINCT procedure_id) FROM history_entry "
            "WHERE field = 'decision' AND new = 'accepted'").fetchone()[0]
    connection.close()
    assert 6 <= accepted <= 18
    assert logged == accepted  # every decision that landed came with its history entry
    open_desk(database).close()  # the killed window's lock is gone
