"""The real application in a real X window (Xvfb): a reviewer accepts a procedure by pressing
"A", the database records it, and a screenshot of the window is saved under build/."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from xvfb_helpers import count_rows, focus, quit_app, wait_for_window, wait_until, x_env, xdotool

from digiamt_desk.services import applications
from digiamt_desk.services.demo import create_demo
from digiamt_desk.services.desk import open_desk
from digiamt_desk.services.procedures import list_procedures

REPO = Path(__file__).resolve().parents[2]
SCREENSHOT = REPO / "build" / "main_window.png"

pytestmark = pytest.mark.xvfb


def _grab_screen(env: dict[str, str], target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    code = ("import sys\nfrom PySide6.QtGui import QGuiApplication\n"
            "app = QGuiApplication(sys.argv)\n"
            "ok = app.primaryScreen().grabWindow(0).save(sys.argv[1])\n"
            "sys.exit(0 if ok else 1)\n")
    subprocess.run([sys.executable, "-c", code, str(target)], env=env, check=True, timeout=60)


def test_review_with_real_key_presses(tmp_path: Path) -> None:
    env = x_env(tmp_path)
    database = tmp_path / "demo.db"
    create_demo(database)
    desk = open_desk(database)
    first = applications.find_application(desk, "09571136")  # Dinkelsbühl: first by name
    before = {p.id: p.decision for p in list_procedures(desk, first.id)}
    desk.close()

    app = subprocess.Popen([sys.executable, "-m", "digiamt_desk", "--db", str(database)],
                           env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        # The window is shown first ("DigiAmt Desk – opening demo.db …"); its title names the
        # database alone once the rows are in the table.
        window = wait_for_window(env, "DigiAmt Desk – demo.db")
        xdotool(env, "windowmove", window, "0", "0")
        xdotool(env, "windowsize", window, "1600", "1000")
        focus(env, window)  # no window manager: focus directly, and wait until it has it
        accepted = "SELECT count(*) FROM procedure WHERE decision = 'accepted'"
        before_count = count_rows(database, accepted)
        xdotool(env, "key", "a")  # through XTEST, as a keyboard would: accept
        wait_until(lambda: count_rows(database, accepted) == before_count + 1,
                   "the key press accepted a procedure")
        _grab_screen(env, SCREENSHOT)
    finally:
        output = quit_app(env, app)
    assert app.returncode == 0, output

    desk = open_desk(database)
    after = {p.id: p.decision for p in list_procedures(desk, first.id)}
    desk.close()
    changed = [pid for pid in after if after[pid] != before[pid]]
    assert len(changed) == 1, output
    assert before[changed[0]] == "open" and after[changed[0]] == "accepted"
    assert SCREENSHOT.stat().st_size > 10_000
