"""Opening another database in the running window (File › Open database…): how long the GUI
thread stalls while the window switches from the demo database to one of 200,000 procedures.

A 5 ms QTimer ticks on the GUI thread from the moment File › Open hands over the path until the
other database's table is filled; the longest gap between two ticks is the longest time the
window could not repaint, take a key or open a menu. Baselines in the same run: the same
database opened by `open_desk` alone on the main thread (what a switch on the GUI thread must at
least stall for), and the longest gap of the same timer over an idle second (the noise floor).
A warm-up switch first: the day's first open of a database copies it (the daily backup).

    .venv/bin/python benchmarks/switch_benchmark.py [--runs 5] [--large PATH]

To compare with other code, run it with PYTHONPATH set to that code's folder (the switch there
returns once the database is open; the timer's gaps show the stall either way).
"""

from __future__ import annotations

import argparse
import itertools
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

HOME = Path(tempfile.mkdtemp(prefix="digiamt-switch-benchmark-"))
for name, sub in (("HOME", ""), ("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"),
                  ("XDG_STATE_HOME", "state"), ("XDG_CACHE_HOME", "cache")):
    os.environ[name] = str(HOME / sub)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("DIGIAMT_REVIEWER", "benchmark")

sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from review_table_benchmark import cached_database  # noqa: E402

from digiamt_desk.services.demo import create_demo  # noqa: E402
from digiamt_desk.services.desk import open_desk  # noqa: E402
from digiamt_desk.ui.session import DeskSession  # noqa: E402


def run_until(app: QApplication, done: object, ticks: list[float]) -> None:
    """Run the events until `done()`, a 5 ms timer noting each tick."""
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(5)

    def tick() -> None:
        ticks.append(time.perf_counter())
        if done():  # type: ignore[operator]
            loop.quit()

    timer.timeout.connect(tick)
    timer.start()
    loop.exec()
    timer.stop()


def longest_gap(ticks: list[float]) -> float:
    return max(b - a for a, b in itertools.pairwise(ticks))


def switch_and_wait(app: QApplication, session: DeskSession, target: Path) -> tuple[float, float]:
    """(longest stall, time until the table is filled), in seconds."""
    window = session.window
    assert window is not None

    def filled() -> bool:
        desk = session.desk
        return (desk is not None and desk.database_path == target.resolve()
                and not getattr(session, "switching", lambda: False)()
                and not window.reading_rows() and window.procedures_model.rowCount() > 0)

    start = time.perf_counter()
    ticks = [start]
    QTimer.singleShot(0, lambda: session.switch(str(target)))
    run_until(app, filled, ticks)
    return longest_gap(ticks), ticks[-1] - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--large", type=Path, default=None,
                        help="a cached 200,000-procedure database (review_table_benchmark's)")
    args = parser.parse_args()
    large = HOME / "large.db"
    source = args.large or Path(tempfile.gettempdir()) / f"digiamt-review-table-{args.rows}.db"
    if source.exists():
        shutil.copy(source, large)  # a copy of our own: nobody else's lock meets ours
    cached_database(large, args.rows)
    demo = HOME / "demo.db"
    create_demo(demo)
    app = QApplication.instance() or QApplication(["benchmark"])
    assert isinstance(app, QApplication)
    session = DeskSession()
    assert session.start(str(demo))
    window = session.window
    assert window is not None
    window.show()
    switch_and_wait(app, session, large)  # warm-up: the day's backup, the page cache
    switch_and_wait(app, session, demo)
    stalls, totals, direct, idle = [], [], [], []
    for _ in range(args.runs):
        stall, total = switch_and_wait(app, session, large)
        stalls.append(stall)
        totals.append(total)
        switch_and_wait(app, session, demo)
        # the baseline: the same open on the main thread, the window's own desk elsewhere
        start = time.perf_counter()
        desk = open_desk(large, daily_backup=True, program="digiamt-desk")
        direct.append(time.perf_counter() - start)
        desk.close()
        ticks = [time.perf_counter()]
        run_until(app, lambda end=ticks[0] + 1.0: time.perf_counter() >= end, ticks)
        idle.append(longest_gap(ticks))
    session.close()
    shutil.rmtree(HOME, ignore_errors=True)

    def ms(values: list[float]) -> str:
        return (f"{statistics.median(values) * 1000:.0f} ms "
                f"({min(values) * 1000:.0f}-{max(values) * 1000:.0f})")

    print(f"runs: {args.runs}, {args.rows:,} procedures")
    print(f"open_desk alone on the main thread (baseline): {ms(direct)}")
    print(f"idle timer, longest gap over 1 s (noise):      {ms(idle)}")
    print(f"switch: longest GUI-thread stall:               {ms(stalls)}")
    print(f"switch: until the table is filled:              {ms(totals)}")
    ratio = statistics.median(stalls) / statistics.median(direct)
    print(f"stall / open_desk alone:                        {ratio:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
