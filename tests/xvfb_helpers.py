"""The X helpers of the tests that drive the real app under Xvfb: an environment of its own
(settings, data and logs in the test's folder), xdotool, and waiting for a window."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import pytest


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


def wait_until(condition: Callable[[], bool], what: str, timeout: float = 30.0) -> None:
    """Poll `condition` until it holds (a wait on a condition, never a fixed sleep)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"{what}: not within {timeout} s")
        time.sleep(0.05)


def focus(env: dict[str, str], window: str) -> None:
    """Give the window the keyboard focus (no window manager) and wait until it has it."""
    xdotool(env, "windowfocus", "--sync", window)
    wait_until(lambda: xdotool(env, "getwindowfocus") == window, "the window has the focus")


def count_rows(database: Path, sql: str) -> int:
    """A count from the database while the app holds it open (read-only, WAL)."""
    connection = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return int(connection.execute(sql).fetchone()[0])
    except sqlite3.OperationalError:  # busy for a moment: not yet
        return -1
    finally:
        connection.close()


def quit_app(env: dict[str, str], app: subprocess.Popen[bytes]) -> str:
    """Ctrl+Q to the running app and wait for it to end (killed if it hangs); its output."""
    try:
        if app.poll() is None:
            xdotool(env, "key", "ctrl+q")
            app.wait(timeout=30)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait(timeout=10)
    return app.stdout.read().decode(errors="replace") if app.stdout else ""
