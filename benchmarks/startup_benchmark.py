"""Start-up time: process start until the main window is first painted.

Three programs in the same run, each started several times (median):
- a bare PySide6 window (QApplication, a QMainWindow, show; the baseline),
- DigiAmt Desk from the source tree (`python -m digiamt_desk --db demo.db --exit-after-show`),
- DigiAmt Desk from the bundle (`dist/digiamt-desk/digiamt-desk`), if it was built.

Each program prints `shown <time.monotonic()>` at its first paint; DigiAmt Desk then opens the
database after that paint and prints `filled <time.monotonic()>` when the table is painted with
the open application's rows, and exits. The clock is the system's monotonic one, so the time is
taken from just before the process is started. The demo
database is opened as a reviewer would open theirs; a throwaway home keeps settings and logs
out of the user's own.

    .venv/bin/python benchmarks/startup_benchmark.py [--runs 7] [--bundle dist/digiamt-desk]
        [--large /tmp/digiamt-review-table-200000.db]

Runs offscreen unless QT_QPA_PLATFORM says otherwise (under xvfb-run: QT_QPA_PLATFORM=xcb).
To compare with other code, run it with PYTHONPATH set to that code's folder (code from before
the deferred start prints only `shown`, with the table filled: it counts for both).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

BARE = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            print(f"shown {time.monotonic():.6f}", flush=True)
            QTimer.singleShot(0, app.quit)
        return False

app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QLabel("bare window"))
window.resize(1280, 800)
watcher = FirstPaint()
window.installEventFilter(watcher)
window.show()
sys.exit(app.exec())
"""


def time_to_window(command: list[str], env: dict[str, str],
                   markers: tuple[str, ...] = ("shown",)) -> list[float]:
    """Seconds from before the start to each marker line the program printed."""
    started = time.monotonic()
    # Started in the throwaway home: `-m digiamt_desk` takes the code from PYTHONPATH (or the
    # installed package), not from the current folder.
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120,
                            cwd=env["HOME"])
    found = {line.split()[0]: float(line.split()[1]) for line in result.stdout.splitlines()
             if line.split() and line.split()[0] in markers}
    if "shown" in found and "filled" in markers and "filled" not in found:
        found["filled"] = found["shown"]  # code from before issue 12: shown with its rows
    if result.returncode != 0 or set(found) != set(markers):
        raise SystemExit(f"{command[0]} did not show {markers}:\n{result.stdout}"
                         f"{result.stderr}")
    return [found[marker] - started for marker in markers]


def measure(names: tuple[str, ...], command: list[str], env: dict[str, str], runs: int,
            markers: tuple[str, ...] = ("shown",)) -> list[float]:
    """The median seconds to each marker (the runs interleave nothing: one program's runs in a
    row, after one uncounted run that warms the file cache)."""
    time_to_window(command, env, markers)
    runs_seen = [time_to_window(command, env, markers) for _ in range(runs)]
    medians = []
    for position, name in enumerate(names):
        times = [seen[position] for seen in runs_seen]
        median = statistics.median(times)
        medians.append(median)
        print(f"{name:34} median {median * 1000:7.0f} ms   (min {min(times) * 1000:.0f}, "
              f"max {max(times) * 1000:.0f}, {runs} runs)")
    return medians


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--bundle", type=Path, default=REPO / "dist" / "digiamt-desk")
    parser.add_argument("--large", type=Path, default=None,
                        help="also a database with one application of 200,000 procedures (the "
                        "cache of review_table_benchmark.py): until its filled table is shown")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="digiamt-startup-") as folder:
        home = Path(folder)
        env = dict(os.environ)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
                   XDG_DATA_HOME=str(home / "data"), XDG_STATE_HOME=str(home / "state"),
                   XDG_CACHE_HOME=str(home / "cache"), DIGIAMT_REVIEWER="Benchmark")
        env.pop("DIGIAMT_DB", None)
        # As on a reviewer's machine: Python keeps the compiled modules (the first, uncounted
        # run writes them).
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        database = home / "demo.db"
        subprocess.run([sys.executable, "-m", "digiamt_desk.cli", "--db", str(database), "demo"],
                       env=env, check=True, capture_output=True)
        print(f"platform {env['QT_QPA_PLATFORM']}, Python {sys.version.split()[0]}")
        bare, = measure(("bare PySide6 window",), [sys.executable, "-c", BARE], env, args.runs)
        source, source_filled = measure(
            ("DigiAmt Desk from source", "  demo's table filled"),
            [sys.executable, "-m", "digiamt_desk", "--db", str(database), "--exit-after-show"],
            env, args.runs, ("shown", "filled"))
        print(f"  ratio source / bare window: {source / bare:.2f}x (goal: at most 3x); "
              f"the demo's table filled {source_filled / bare:.2f}x")
        if args.large is not None:
            # The window is first painted, then the database opens and the table fills; copied,
            # so the daily backup lands in the throwaway home.
            large = home / "large.db"
            shutil.copy(args.large, large)
            shown, filled = measure(
                ("200,000 procedures, window shown", "200,000 procedures, table filled"),
                [sys.executable, "-m", "digiamt_desk", "--db", str(large), "--exit-after-show"],
                env, args.runs, ("shown", "filled"))
            print(f"  {filled:.2f} s from process start to the filled table (goal: 1.5 s); "
                  f"{filled / bare:.1f}x the bare window (shown after {shown / bare:.2f}x)")
        program = args.bundle / ("digiamt-desk.exe" if sys.platform == "win32"
                                 else "digiamt-desk")
        if program.exists():
            bundled, _filled = measure(
                ("DigiAmt Desk from the bundle", "  demo's table filled"),
                [str(program), "--db", str(database), "--exit-after-show"], env, args.runs,
                ("shown", "filled"))
            print(f"  ratio bundle / bare window: {bundled / bare:.2f}x; "
                  f"{bundled:.2f} s (goal: under 2 s)")
            print(f"  bundle size: {folder_size(args.bundle) / 2**20:.0f} MiB "
                  f"({args.bundle})")
        else:
            print(f"no bundle at {args.bundle}: build it with bash .ci/build-bundle")
    return 0


if __name__ == "__main__":
    sys.exit(main())
