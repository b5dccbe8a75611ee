"""Import of a Dashboard-style CSV against a baseline in the same run.

Baseline: Python's csv module parsing the same file plus sqlite3 `executemany` of the same rows
into a table of the same columns, in one transaction. Ours: `import_source`, the whole user-facing
import (decode, header detection, row checks, link normalisation and merging, storing with the
source rows kept, the import report). Goal (issue 2): at most 2x the baseline.
"""

from __future__ import annotations

import argparse
import csv
import json
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from digiamt_desk.services.desk import open_desk
from digiamt_desk.services.imports import import_source

HEADER = ["leika_key", "leika_name", "ars", "ars_name", "ars_federal_state", "bundesland",
          "leika_bezeichnung", "ozgid", "ozg_bezeichnung", "url", "online_status", "aktiv",
          "art_flaechendeckung"]


def write_dashboard_csv(path: Path, rows: int) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for i in range(rows):
            writer.writerow([
                f"99{i:012d}", f"Leistung Nummer {i} beantragen", "091620000000", "München",
                "09", "Bayern", f"Leistung {i}", 10000 + i % 575, f"OZG-Leistung {i % 575}",
                f"https://www.buergerservice-portal.de/bayern/muenchen/leistung-{i}", "ok", "ja",
                "in mind. einer Kommune verfügbar"])


def baseline(path: Path, folder: Path) -> float:
    database = folder / "baseline.db"
    database.unlink(missing_ok=True)
    connection = sqlite3.connect(database)
    connection.execute(f"CREATE TABLE row ({', '.join(HEADER)})")
    connection.commit()
    start = time.perf_counter()
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        next(reader)
        rows = list(reader)
    connection.executemany(f"INSERT INTO row VALUES ({', '.join('?' * len(HEADER))})", rows)
    connection.commit()
    elapsed = time.perf_counter() - start
    connection.close()
    return elapsed


def ours(path: Path, template: Path, folder: Path) -> tuple[float, int]:
    database = folder / "ours.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(database) + suffix).unlink(missing_ok=True)
    shutil.copy(template, database)
    desk = open_desk(database, reviewer="benchmark")
    start = time.perf_counter()
    report = import_source(desk, str(path))
    elapsed = time.perf_counter() - start
    desk.close()
    return elapsed, report.added


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        source = folder / "dashboard.csv"
        write_dashboard_csv(source, args.rows)
        template = folder / "template.db"
        open_desk(template, reviewer="benchmark", create=True).close()
        base_times, our_times = [], []
        for _ in range(args.repeat):  # interleaved, so drift hits both alike
            base_times.append(baseline(source, folder))
            elapsed, added = ours(source, template, folder)
            assert added == args.rows, added
            our_times.append(elapsed)
        result = {
            "rows": args.rows, "file_mb": round(source.stat().st_size / 1e6, 1),
            "baseline_s": round(statistics.median(base_times), 3),
            "import_s": round(statistics.median(our_times), 3),
            "ratio": round(statistics.median(our_times) / statistics.median(base_times), 2),
            "goal_ratio": 2.0,
        }
    if args.json:
        print(json.dumps(result))
    else:
        print(f"{result['rows']:,} rows ({result['file_mb']} MB): baseline (csv + sqlite3 "
              f"executemany) {result['baseline_s']} s, import {result['import_s']} s, "
              f"ratio {result['ratio']} (goal <= 2.0)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
