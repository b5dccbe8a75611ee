"""A decision key in the review window with 200,000 procedures in one application.

Through the real `MainWindow` (offscreen, shown): the application of `review_table_benchmark`
(a dashboard export of 200,000 procedures, about 30 % decided) is opened, then A (accept and go
on), 2 (a criterion), Ctrl+Z (undo) and the note saved on leaving are timed, each from the
action's trigger until the window has processed every event it caused. The baseline is the same
keys on the demo's Markt (56 procedures) in the same run: the goal is that a key costs what it
changes, not what the application holds (< 50 ms at 200,000).

    .venv/bin/python benchmarks/decision_key_benchmark.py [--rows 200000] [--repeat 15]
    .venv/bin/python benchmarks/decision_key_benchmark.py --profile   # where the time goes
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication
from review_table_benchmark import application_id, cached_database

from digiamt_desk.services.demo import create_demo
from digiamt_desk.services.desk import open_desk
from digiamt_desk.services.procedures import list_procedures
from digiamt_desk.ui.main_window import MainWindow


def settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def timed(app: QApplication, action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    settle(app)
    return time.perf_counter() - start


def measure(app: QApplication, path: Path, app_id: int, repeat: int,
            profile: cProfile.Profile | None = None) -> dict[str, float]:
    desk = open_desk(path, reviewer="benchmark")
    window = MainWindow(desk)
    window.show()
    settle(app)
    window.open_application(app_id)
    while not window.procedures_model.prepared:
        app.processEvents()
    web = [p.id for p in list_procedures(desk, app_id)
           if p.link_kind == "http" and p.decision == "open" and not p.criteria][:repeat]
    ui = window.ui
    figures: dict[str, list[float]] = {"accept": [], "criterion": [], "undo": [], "note": []}
    if profile is not None:
        profile.enable()
    for pid in web:
        window.select_procedure(pid)
        settle(app)
        figures["accept"].append(timed(app, ui.actionAccept.trigger))
        decided = list_procedures(desk, app_id, [pid])[0].decision
        assert decided == "accepted", f"the key did not decide: {decided}"
        window.select_procedure(pid)
        settle(app)
        figures["criterion"].append(timed(app, ui.actionCriterion2.trigger))
        figures["undo"].append(timed(app, ui.actionUndo.trigger))
        ui.noteEdit.setPlainText(f"Rückfrage {pid}")
        figures["note"].append(timed(app, window.save_note))
        assert list_procedures(desk, app_id, [pid])[0].note == f"Rückfrage {pid}"
    if profile is not None:
        profile.disable()
    window.close()
    window.deleteLater()
    settle(app)
    desk.close()
    return {key: statistics.median(values) for key, values in figures.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--db", type=Path, default=None,
                        help="the cached database of review_table_benchmark")
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    app = QApplication([])
    QCoreApplication.setOrganizationName("StMD-Benchmark")
    QCoreApplication.setApplicationName("DigiAmt Desk Benchmark")
    work = Path(tempfile.mkdtemp(prefix="digiamt-decision-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work))
    os.environ["DIGIAMT_REVIEWER"] = "benchmark"
    try:
        cached = cached_database(args.db or Path(tempfile.gettempdir())
                                 / f"digiamt-review-table-{args.rows}.db", args.rows)
        large = work / "large.db"
        shutil.copy(cached, large)  # the keys change it; the cache stays as built
        small = work / "demo.db"
        create_demo(small)
        demo = open_desk(small, reviewer="benchmark")
        from digiamt_desk.services.applications import find_application

        small_id = find_application(demo, "09571136").id
        demo.close()
        assert small_id is not None
        warm = work / "warm-up.db"
        shutil.copy(small, warm)  # the keys change it: the measured keys get a fresh copy
        measure(app, warm, small_id, 3)  # warm-up: the first window pays for Qt's caches
        base = measure(app, small, small_id, args.repeat)
        profile = cProfile.Profile() if args.profile else None
        big = measure(app, large, application_id(large), args.repeat, profile)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    result = {"rows": args.rows, "small_ms": {k: round(v * 1000, 1) for k, v in base.items()},
              "large_ms": {k: round(v * 1000, 1) for k, v in big.items()},
              "ratio": {k: round(big[k] / max(base[k], 1e-6), 1) for k in big}}
    if args.json:
        print(json.dumps(result))
    else:
        for key in big:
            print(f"{key:>9}: {result['large_ms'][key]:7.1f} ms at {args.rows:,} "
                  f"(demo, 56 procedures: {result['small_ms'][key]:5.1f} ms; "
                  f"{result['ratio'][key]}x)")
    if profile is not None:
        pstats.Stats(profile).sort_stats("cumulative").print_stats(35)
    return 0


if __name__ == "__main__":
    sys.exit(main())
