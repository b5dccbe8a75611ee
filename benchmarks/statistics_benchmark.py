"""The statistics window on a database of 2,400 applications (issue 15: open in under 300 ms).

Builds (once, cached in the temp folder) a database with 2,400 applications of about 200
procedures each (480,000 procedures): 1,200 awarded over 36 months, 300 rejected with reasons,
the rest received, in review, with a query or withdrawn. Measures, median of several runs:
- the figures alone (`compute_statistics`);
- the window: construction, show, the figures computed on a pool thread (the window shows
  that it computes them), the tables and the first tab's chart, and the event loop turned
  until it is painted, against a bare QMainWindow with one empty QChartView shown the
  same way (the baseline: what any chart window costs here).

    .venv/bin/python benchmarks/statistics_benchmark.py [--runs 9] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

APPLICATIONS = 2400
PROCEDURES_EACH = 200
REASONS = ("information_only", "pdf_form", "email_link", "no_submission", "duplicate",
           "link_broken", "other")


def build(path: Path) -> None:
    from sqlalchemy import select

    from digiamt_desk.services.desk import open_desk
    from digiamt_desk.store.tables import (
        APPLICATIONS as APPS,
    )
    from digiamt_desk.store.tables import (
        FINAL_DECISIONS,
        PROCEDURES,
        REGISTER,
    )

    desk = open_desk(path, reviewer="Benchmark", create=True)
    with desk.engine.connect() as connection:
        entries = list(connection.execute(
            select(REGISTER.c.ars, REGISTER.c.name, REGISTER.c.official_name, REGISTER.c.kind)
            .where(REGISTER.c.active.is_(True)).order_by(REGISTER.c.ars)))[:APPLICATIONS]
    start = datetime(2023, 1, 2, 9, tzinfo=UTC)
    statuses = (["awarded"] * 50 + ["rejected"] * 12 + ["in_review"] * 20 + ["received"] * 10
                + ["query_sent"] * 6 + ["withdrawn"] * 2)
    apps, decisions = [], []
    for n, (ars, name, official, kind) in enumerate(entries):
        status = statuses[n % len(statuses)]
        received = start + timedelta(days=(n * 7) % 1000)
        apps.append({"id": n + 1, "ars": ars, "name": name, "official_name": official,
                     "kind": kind, "reference": f"BENCH-{n + 1:05d}", "reviewer": "Benchmark",
                     "status": status, "received_on": received.date().isoformat(),
                     "head_title": "", "head_name": "", "address": official,
                     "created_at": received, "updated_at": received})
        if status in ("awarded", "rejected"):
            decisions.append({"application_id": n + 1, "status": status,
                              "at": received + timedelta(days=10 + n % 90), "by": "Benchmark",
                              "criteria_version": "2021-07", "threshold": 50,
                              "procedures": PROCEDURES_EACH, "accepted": 150, "rejected": 50,
                              "open": 0, "counted": 50 + n % 300})
    with desk.engine.begin() as connection:
        connection.execute(APPS.insert(), apps)
        connection.execute(FINAL_DECISIONS.insert(), decisions)
        for first in range(0, len(apps), 200):
            rows = []
            for app in apps[first:first + 200]:
                for i in range(PROCEDURES_EACH):
                    url = f"https://www.buergerservice-portal.de/bayern/{app['ars']}/d{i}"
                    rejected = i % 4 == 0
                    rows.append({"application_id": app["id"], "title": f"Verfahren {i}",
                                 "url": url, "url_key": url, "link_kind": "http",
                                 "decision": "rejected" if rejected else "accepted",
                                 "reason_code": REASONS[(i // 4) % len(REASONS)]
                                 if rejected else ""})
            connection.execute(PROCEDURES.insert(), rows)
    desk.close()


def median_ms(values: list[float]) -> float:
    return round(statistics.median(values) * 1000, 1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    path = Path(tempfile.gettempdir()) / "digiamt-statistics-benchmark-v2.db"
    if not path.exists():
        started = time.perf_counter()
        build(path)
        print(f"built {path} in {time.perf_counter() - started:.1f} s", file=sys.stderr)

    from PySide6.QtCharts import QChart, QChartView
    from PySide6.QtWidgets import QApplication, QMainWindow

    from digiamt_desk.services.desk import open_desk
    from digiamt_desk.services.stats import compute_statistics
    from digiamt_desk.ui.app import install_translators
    from digiamt_desk.ui.statistics import StatisticsWindow

    app = QApplication.instance() or QApplication(["benchmark"])
    install_translators(app, "de")  # type: ignore[arg-type]
    desk = open_desk(path, reviewer="Benchmark")

    def shown(window: QMainWindow) -> None:
        window.resize(1200, 720)
        window.show()
        for _ in range(3):
            app.processEvents()

    def bare() -> float:
        started = time.perf_counter()
        window = QMainWindow()
        window.setCentralWidget(QChartView(QChart()))
        shown(window)
        seconds = time.perf_counter() - started
        window.close()
        window.deleteLater()
        return seconds

    def real() -> float:
        started = time.perf_counter()
        window = StatisticsWindow(desk)  # the figures are computed on a pool thread
        shown(window)
        while window.job is not None:  # until they are in the window
            app.processEvents()
            time.sleep(0.001)
        shown(window)
        seconds = time.perf_counter() - started
        window.close()
        window.deleteLater()
        return seconds

    def figures() -> float:
        started = time.perf_counter()
        compute_statistics(desk)
        return time.perf_counter() - started

    bare(), real(), figures()  # warm-up: imports, fonts, the database pages
    window_times, bare_times, figure_times = [], [], []
    for _ in range(args.runs):
        bare_times.append(bare())
        window_times.append(real())
        figure_times.append(figures())
        app.processEvents()
    facts: dict[str, Any] = compute_statistics(desk).as_dict()
    desk.close()
    result = {
        "applications": APPLICATIONS, "procedures": APPLICATIONS * PROCEDURES_EACH,
        "awards": facts["awards"],
        "figures_ms_median": median_ms(figure_times),
        "window_ms_median": median_ms(window_times),
        "window_ms_min": round(min(window_times) * 1000, 1),
        "bare_chart_window_ms_median": median_ms(bare_times),
        "window_vs_bare": round(statistics.median(window_times) / statistics.median(bare_times),
                                1),
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        for key, value in result.items():
            print(f"{key:30} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
