"""The first start in a real X window: no database yet, so the welcome view comes up; Return on
its first choice opens the demo in the review window; the next start goes straight to it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.xvfb


def x_env(tmp_path: Path) -> dict[str, str]:
    if not os.environ.get("DISPLAY") or shutil.which("xdotool") is None:
        pytest.skip("needs an X server (xvfb-run) and xdotool; .ci/test provides both")
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="xcb", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "cfg"),
               XDG_DATA_HOME=str(tmp_path / "data"), XDG_STATE_HOME=str(tmp_path / "state"),
               DIGIAMT_REVIEWER="Xvfb-Test", LANG="de_DE.UTF-8")
    return env


def xdotool(env: dict[str, str], *args: str) -> str:
    return subprocess.run(["xdotool", *args], env=env, check=True, capture_output=True,
                          text=True, timeout=30).stdout.strip()


def wait_for_window(env: dict[str, str], title: str, timeout: float = 30.0) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", title], env=env,
                               capture_output=True, text=True)
        if found.returncode == 0 and found.stdout.strip():
            return found.stdout.split()[-1]
        time.sleep(0.2)
    raise AssertionError(f"no window named {title!r} appeared within {timeout} s")


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
        xdotool(env, "key", "ctrl+q")
        app.wait(timeout=30)
    finally:
        if app.poll() is None:
            app.kill()
        output = app.stdout.read().decode(errors="replace") if app.stdout else ""
    assert app.returncode == 0, output
    assert (data / "demo.db").exists()
    assert not (data / "digiamt.db").exists()  # the demo did not become the reviewer's database
    settings = (tmp_path / "cfg" / "StMD" / "DigiAmt Desk.conf").read_text(encoding="utf-8")
    assert "demo.db" in settings  # remembered for File > Open recent and the welcome view
