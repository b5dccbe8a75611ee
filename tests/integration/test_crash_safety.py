"""The process is killed (SIGKILL: no clean-up of any kind) in the middle of a review and in the
middle of an import. Afterwards every decision that was reported saved is in the database, the
import is there whole or not at all, SQLite's integrity check passes and the lock is free. The
desktop app killed the same way says so at its next start."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from digiamt_desk.services import applications
from digiamt_desk.services.desk import open_desk
from digiamt_desk.services.procedures import list_procedures
from digiamt_desk.store.backups import integrity_problems

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

REVIEWER = textwrap.dedent("""
    import sys
    from digiamt_desk.domain.review import Decision
    from digiamt_desk.services import applications, review
    from digiamt_desk.services.desk import open_desk
    from digiamt_desk.services.procedures import list_procedures

    desk = open_desk(sys.argv[1], reviewer="Kill-Test")
    application = applications.find_application(desk, "093765345")
    ids = [p.id for p in list_procedures(desk, application.id) if p.decision == "open"]
    for procedure in ids:
        review.decide(desk, application.id, [procedure], Decision.REJECTED,
                      reason="information_only")
        print(procedure, flush=True)  # reported only after the service returned (committed)
    print("done", flush=True)
""")

IMPORTER = textwrap.dedent("""
    import sys
    from digiamt_desk.services.desk import open_desk
    from digiamt_desk.services.imports import import_source

    desk = open_desk(sys.argv[1], reviewer="Kill-Test")
    print("start", flush=True)
    import_source(desk, sys.argv[2])
    print("done", flush=True)
""")


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from digiamt_desk.services.demo import create_demo

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    create_demo(path)
    return path


def _integrity_ok(path: Path) -> None:
    assert integrity_problems(path, quick=False) == []
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    connection.close()


def test_decisions_made_before_a_kill_are_all_there(demo_template: Path,
                                                    tmp_path: Path) -> None:
    database = tmp_path / "review.db"
    shutil.copy(demo_template, database)
    process = subprocess.Popen([sys.executable, "-c", REVIEWER, str(database)],
                               stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    saved: list[int] = []
    for line in process.stdout:
        if line.strip() == "done":
            break
        saved.append(int(line))
        if len(saved) == 12:
            process.send_signal(signal.SIGKILL)  # in the middle of the thirteenth decision
            break
    process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL
    assert len(saved) == 12

    _integrity_ok(database)
    desk = open_desk(database)  # the lock went with the killed process
    try:
        application = applications.find_application(desk, "093765345")
        decisions = {p.id: p.decision for p in list_procedures(desk, application.id)}
    finally:
        desk.close()
    assert all(decisions[pid] == "rejected" for pid in saved)
    # At most the decision under way when the process died may have landed too.
    assert sum(d == "rejected" for d in decisions.values()) in (12, 13)


def _big_list(path: Path, rows: int) -> None:
    lines = ["Bezeichnung;Link;Leistungsschlüssel;Anbieter;ARS"]
    lines += [f"Verfahren {n};https://www.buergerservice-portal.de/bayern/ebersberg/v{n};"
              f"99100{n:06d}000;kommunal;091750115115" for n in range(rows)]
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")


@pytest.mark.parametrize("delay", [0.15, 0.5, 0.9])
def test_an_import_killed_half_way_is_whole_or_absent(demo_template: Path, tmp_path: Path,
                                                      delay: float) -> None:
    rows = 60_000
    database = tmp_path / "import.db"
    shutil.copy(demo_template, database)
    source = tmp_path / "ebersberg.csv"
    _big_list(source, rows)
    process = subprocess.Popen([sys.executable, "-c", IMPORTER, str(database), str(source)],
                               stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "start"
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    finished = process.stdout.read().strip() == "done"
    process.wait(timeout=30)

    _integrity_ok(database)
    desk = open_desk(database)
    try:
        found = [row for row in applications.list_applications(desk)
                 if row.application.ars == "091750115115"]
        count = len(list_procedures(desk, found[0].application.id)) if found else 0
        others = len(applications.list_applications(desk))
    finally:
        desk.close()
    assert count in (0, rows)
    assert others == 5 + (1 if found else 0)
    if not finished:
        assert process.returncode == -signal.SIGKILL
    if delay < 0.2:  # 60,000 rows take well over a second: this kill lands mid-import
        assert not finished and count == 0 and not found


def test_the_app_killed_says_so_at_the_next_start(demo_template: Path, tmp_path: Path) -> None:
    database = tmp_path / "app.db"
    shutil.copy(demo_template, database)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data"),
           "XDG_STATE_HOME": str(tmp_path / "state"), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    app = subprocess.Popen([sys.executable, "-m", "digiamt_desk", "--db", str(database)],
                           env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    logs = tmp_path / "state" / "DigiAmt Desk" / "log"
    marker = logs / f"session-{app.pid}.json"
    deadline = time.monotonic() + 60
    while not (marker.exists() and str(database) in marker.read_text(encoding="utf-8")):
        assert time.monotonic() < deadline and app.poll() is None, "the app did not start"
        time.sleep(0.1)
    app.send_signal(signal.SIGKILL)
    app.wait(timeout=30)

    again = subprocess.run([sys.executable, "-m", "digiamt_desk", "--db", str(database),
                            "--exit-after-show"], env=env, capture_output=True, text=True,
                           timeout=120)
    assert again.returncode == 0, again.stderr
    log = (logs / "digiamt.log").read_text(encoding="utf-8")
    assert f"the session of process {app.pid}" in log and "ended without closing" in log
    assert not marker.exists()
    assert not list(logs.glob("session-*.json"))  # the second start closed cleanly
    _integrity_ok(database)
