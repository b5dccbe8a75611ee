"""Imports as whole processes, against baselines in the same run (issue 10).

csv      `digiamt import` of a dashboard CSV (100,000 rows) against (a) the floor: a process that
         parses the same file with the csv module and writes the rows with sqlite3 executemany,
         and (b) pandas `read_csv` + `to_sql`. Runs interleave A B C A B C; the ratios are of
         the medians. Goal: at most 1.5x the floor and faster than pandas.
xlsx     reading a 20,000-row workbook: python-calamine (what the importer uses) against
         openpyxl read-only, in this process. Goal: under 1 s.
start    the fixed cost of a start: `digiamt --help` and `digiamt import` of a 100-row CSV
         against the floor process for the same file (--before DIR: also that checkout's code).
bavaria  `digiamt import --each-authority` of a Land-wide export (220,000 rows, 2,400
         authorities) against the floor process for the same file. Goal: at most 3x.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

HEADER = ["leika_key", "leika_name", "ars", "ars_name", "ars_federal_state", "bundesland",
          "leika_bezeichnung", "ozgid", "ozg_bezeichnung", "url", "online_status", "aktiv",
          "art_flaechendeckung"]

FLOOR = """
import csv, sqlite3, sys
source, database = sys.argv[1], sys.argv[2]
connection = sqlite3.connect(database)
with open(source, encoding="utf-8", newline="") as handle:
    reader = csv.reader(handle)
    header = next(reader)
    connection.execute(f"CREATE TABLE row ({', '.join(header)})")
    connection.executemany(f"INSERT INTO row VALUES ({', '.join('?' * len(header))})", reader)
connection.commit()
"""

PANDAS = """
import sqlite3, sys
import pandas
source, database = sys.argv[1], sys.argv[2]
frame = pandas.read_csv(source, dtype=str, keep_default_na=False)
with sqlite3.connect(database) as connection:
    frame.to_sql("row", connection, index=False)
"""


def write_dashboard_csv(path: Path, rows: int, authorities: list[tuple[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for i in range(rows):
            ars, name = authorities[i % len(authorities)]
            writer.writerow([
                f"99{i:012d}", f"Leistung Nummer {i} beantragen", ars, name, "09", "Bayern",
                f"Leistung {i}", 10000 + i % 575, f"OZG-Leistung {i % 575}",
                f"https://www.buergerservice-portal.de/bayern/{ars}/leistung-{i}", "ok", "ja",
                "in mind. einer Kommune verfügbar"])


# The processes compile the project's modules once and then read their bytecode, as an
# installed `digiamt` (and pandas, compiled when installed) does; an environment with
# PYTHONDONTWRITEBYTECODE would make every run compile some 25 modules again (about 0.05 s).
PYCACHE = Path(tempfile.gettempdir()) / "digiamt-benchmark-pycache"


def _timed(command: list[str], root: Path = ROOT) -> float:
    env = {**os.environ, "PYTHONPATH": str(root), "PYTHONPYCACHEPREFIX": str(PYCACHE)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    start = time.perf_counter()
    # cwd: `python -c` puts the working folder first on sys.path, ahead of PYTHONPATH
    subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL, cwd=root)
    return time.perf_counter() - start


def _fresh(path: Path, template: Path | None = None) -> Path:
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    if template is not None:
        shutil.copy(template, path)
    return path


def _template(folder: Path) -> Path:
    from digiamt_desk.services.desk import open_desk

    template = folder / "template.db"
    open_desk(template, reviewer="benchmark", create=True).close()
    return template


def _stored(database: Path, rows: int) -> None:
    """The last run imported every row (the command leaves its process at once: check that
    what it wrote is there)."""
    import sqlite3

    with sqlite3.connect(database) as connection:
        found = connection.execute("SELECT count(*) FROM procedure").fetchone()[0]
    if found != rows:
        raise SystemExit(f"{database}: {found} procedures stored, expected {rows}")


def _compare(runs: dict[str, list[str]], repeat: int,
             roots: dict[str, Path] | None = None) -> dict[str, float]:
    times: dict[str, list[float]] = {name: [] for name in runs}
    for name, command in runs.items():  # once untimed: the bytecode and the file cache
        _timed(command, (roots or {}).get(name, ROOT))
    for _ in range(repeat):  # interleaved, so drift hits all alike
        for name, command in runs.items():
            times[name].append(_timed(command, (roots or {}).get(name, ROOT)))
    return {name: round(statistics.median(values), 3) for name, values in times.items()}


def bench_csv(rows: int, repeat: int, folder: Path,
              before: Path | None = None) -> dict[str, object]:
    source = folder / "dashboard.csv"
    write_dashboard_csv(source, rows, [("091620000000", "München")])
    template = _template(folder)
    ours_db, floor_db, pandas_db = folder / "ours.db", folder / "floor.db", folder / "pd.db"
    python = sys.executable
    runs = {
        "floor": [python, "-c", "import sys,os\nfor p in sys.argv[2:3]:\n"
                  "    os.path.exists(p) and os.unlink(p)\n" + FLOOR, str(source),
                  str(floor_db)],
        "pandas": [python, "-c", "import sys,os\nos.path.exists(sys.argv[2]) and "
                   "os.unlink(sys.argv[2])\n" + PANDAS, str(source), str(pandas_db)],
        "digiamt": [python, "-c", "import shutil,sys\nfrom pathlib import Path\n"
                    "for s in ('-wal','-shm'):\n    Path(sys.argv[2]+s).unlink(missing_ok=True)\n"
                    "shutil.copy(sys.argv[1], sys.argv[2])\n"
                    "from digiamt_desk.cli import main\n"
                    "sys.argv[1:] = ['--db', sys.argv[2], 'import', sys.argv[3]]\n"
                    "sys.exit(main())  # as the `digiamt` command calls it",
                    str(template), str(ours_db), str(source)],
    }
    roots = {}
    if before is not None:  # another checkout's code, same file and template, interleaved
        runs["digiamt_before"] = runs["digiamt"]
        roots["digiamt_before"] = before
    medians = _compare(runs, repeat, roots)
    _stored(ours_db, rows)
    result = {"rows": rows, "file_mb": round(source.stat().st_size / 1e6, 1), **medians,
              "ratio_floor": round(medians["digiamt"] / medians["floor"], 2),
              "ratio_pandas": round(medians["digiamt"] / medians["pandas"], 2)}
    if before is not None:
        result["ratio_floor_before"] = round(medians["digiamt_before"] / medians["floor"], 2)
        result["ratio_pandas_before"] = round(medians["digiamt_before"] / medians["pandas"], 2)
    return {**result, "goal": "ratio_floor <= 1.5 and ratio_pandas < 1"}


def bench_start(repeat: int, folder: Path, before: Path | None = None) -> dict[str, object]:
    source = folder / "small.csv"
    write_dashboard_csv(source, 100, [("091620000000", "München")])
    template = _template(folder)
    ours_db, floor_db = folder / "ours.db", folder / "floor.db"
    python = sys.executable
    ours = ("import shutil,sys\nfrom pathlib import Path\n"
            "for s in ('-wal','-shm'):\n    Path(sys.argv[2]+s).unlink(missing_ok=True)\n"
            "shutil.copy(sys.argv[1], sys.argv[2])\nfrom digiamt_desk.cli import main\n"
            "sys.argv[1:] = ['--db', sys.argv[2], 'import', sys.argv[3]]\n"
            "sys.exit(main())  # as the `digiamt` command calls it")
    helps = ("import contextlib,sys\nfrom digiamt_desk.cli import main\n"
             "with contextlib.suppress(SystemExit):\n    main(['--help'])")
    runs = {
        "floor": [python, "-c", "import sys,os\nos.path.exists(sys.argv[2]) and "
                  "os.unlink(sys.argv[2])\n" + FLOOR, str(source), str(floor_db)],
        "import": [python, "-c", ours, str(template), str(ours_db), str(source)],
        "help": [python, "-c", helps],
    }
    roots = {}
    if before is not None:
        runs["import_before"], roots["import_before"] = runs["import"], before
        runs["help_before"], roots["help_before"] = runs["help"], before
    medians = _compare(runs, repeat, roots)
    return {"rows": 100, **medians,
            **{f"ratio_{name}": round(medians[name] / medians["floor"], 2)
               for name in runs if name != "floor"}}


def bench_xlsx(rows: int, repeat: int, folder: Path) -> dict[str, object]:
    import openpyxl
    from python_calamine import CalamineWorkbook

    path = folder / "liste.xlsx"
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(["Bezeichnung", "Link", "Leistungsschlüssel", "Anbieter", "ARS"])
    for i in range(rows):
        sheet.append([f"Leistung {i} beantragen", f"https://portal.example/l{i}",
                      99050012000000 + i, "kommunal", "091620000000"])
    book.save(path)
    from digiamt_desk.importers import parse_file

    calamine, openpyxl_times, parse_times = [], [], []
    for _ in range(repeat):
        start = time.perf_counter()
        workbook = CalamineWorkbook.from_path(str(path))
        list(workbook.get_sheet_by_index(0).iter_rows())
        calamine.append(time.perf_counter() - start)
        start = time.perf_counter()
        parse_file(path)
        parse_times.append(time.perf_counter() - start)
        start = time.perf_counter()
        old = openpyxl.load_workbook(path, read_only=True, data_only=True)
        list(old.worksheets[0].iter_rows(values_only=True))
        old.close()
        openpyxl_times.append(time.perf_counter() - start)
    return {"rows": rows, "calamine_read_s": round(statistics.median(calamine), 3),
            "importer_parse_s": round(statistics.median(parse_times), 3),
            "openpyxl_read_s": round(statistics.median(openpyxl_times), 3), "goal": "< 1 s"}


def _authorities(count: int) -> list[tuple[str, str]]:
    from digiamt_desk.services.desk import open_desk
    from digiamt_desk.store.tables import RegisterEntryRow

    with tempfile.TemporaryDirectory() as name:
        desk = open_desk(Path(name) / "r.db", reviewer="benchmark", create=True)
        with desk.session() as session:
            from sqlmodel import select

            entries = session.exec(select(RegisterEntryRow).where(
                RegisterEntryRow.active == True)).all()  # noqa: E712
            found = [(e.ars, e.name) for e in entries][:count]
        desk.close()
    return found


def bench_bavaria(rows: int, repeat: int, folder: Path, authorities: int,
                  before: Path | None = None) -> dict[str, object]:
    source = folder / "bayern.csv"
    named = _authorities(authorities)
    write_dashboard_csv(source, rows, named)
    template = _template(folder)
    python = sys.executable
    floor_db, ours_db = folder / "floor.db", folder / "ours.db"
    runs = {
        "floor": [python, "-c", "import sys,os\nos.path.exists(sys.argv[2]) and "
                  "os.unlink(sys.argv[2])\n" + FLOOR, str(source), str(floor_db)],
        "digiamt": [python, "-c", "import shutil,sys\nfrom pathlib import Path\n"
                    "for s in ('-wal','-shm'):\n    Path(sys.argv[2]+s).unlink(missing_ok=True)\n"
                    "shutil.copy(sys.argv[1], sys.argv[2])\n"
                    "from digiamt_desk.cli import main\n"
                    "sys.argv[1:] = ['--db', sys.argv[2], 'import', sys.argv[3], "
                    "'--each-authority']\nsys.exit(main())", str(template), str(ours_db),
                    str(source)],
    }
    roots = {}
    if before is not None:
        runs["digiamt_before"], roots["digiamt_before"] = runs["digiamt"], before
    medians = _compare(runs, repeat, roots)
    _stored(ours_db, rows)
    result = {"rows": rows, "authorities": len(named), **medians,
              "ratio_floor": round(medians["digiamt"] / medians["floor"], 2)}
    if before is not None:
        result["ratio_floor_before"] = round(medians["digiamt_before"] / medians["floor"], 2)
    return {**result, "goal": "<= 3"}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mode", nargs="?", choices=("csv", "xlsx", "bavaria", "start"),
                        default="csv")
    parser.add_argument("--rows", type=int)
    parser.add_argument("--authorities", type=int, default=2400)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--before", type=Path, help="csv, start, bavaria: also time `digiamt` from "
                        "this checkout (e.g. an export of main), interleaved with the others")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        if args.mode == "csv":
            result = bench_csv(args.rows or 100_000, args.repeat, folder, args.before)
        elif args.mode == "start":
            result = bench_start(args.repeat, folder, args.before)
        elif args.mode == "xlsx":
            result = bench_xlsx(args.rows or 20_000, args.repeat, folder)
        else:
            result = bench_bavaria(args.rows or 220_000, args.repeat, folder, args.authorities,
                                   args.before)
    print(json.dumps(result) if args.json else
          "\n".join(f"{key}: {value}" for key, value in result.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
