"""A large CSV parsed in a worker process while this one stores its rows (issue 10, speed):
the database and the report are what the import in one process writes, for dashboard exports
in their real shape (quoted names with commas, BOM, CRLF, inactive rows, rows without a link,
bad keys), for sources where the worker's plan does not hold (the levels above named first, a
link shared late, a re-import), for refusals, and for a worker that dies."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from helpers import dump

from digiamt_desk.domain.importing import InputError
from digiamt_desk.importers import read_file
from digiamt_desk.services import import_worker
from digiamt_desk.services.import_fast import Workspace, import_into_file
from digiamt_desk.services.import_worker import ParseWorker
from digiamt_desk.store.sqlite_import import open_for_import

ROOT = Path(__file__).resolve().parents[2]
HEADER = ("leika_key,leika_name,ars,ars_name,ars_federal_state,bundesland,leika_bezeichnung,"
          "ozgid,ozg_bezeichnung,url,online_status,aktiv,art_flaechendeckung")
MOMENT = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
BATCH = 64  # records a message: a few hundred rows make many messages
AUTHORITIES = {
    "091840112112": '"Aschheim, Gemeinde"',
    "091840000000": '"München, Landkreis"',
    "091000000000": "Oberbayern",
}


def dashboard_line(n: int, ars: str, *, url: str | None = None, active: str = "ja",
                   leika: str | None = None, ozg: str | None = None,
                   coverage: str = "in mind. einer Kommune verfügbar") -> str:
    """A row as the federal dashboard exports it (a name with a comma is quoted)."""
    return ",".join([
        leika if leika is not None else f"99{n:012d}", f"Leistung {n} beantragen", ars,
        AUTHORITIES[ars], "09", "Bayern", f"Leistung {n}",
        ozg if ozg is not None else str(10000 + n % 575), f"OZG-Leistung {n % 575}",
        url if url is not None else f"https://www.buergerservice-portal.de/bayern/{ars}/l-{n}",
        "ok", active, coverage])


def dashboard_file(path: Path, lines: list[str], *, encoding: str = "utf-8-sig",
                   header: bool = True) -> Path:
    """A CSV with CRLF line ends as saved again from Excel: "CSV UTF-8" (with BOM) or German
    Excel's Windows-1252."""
    path.write_bytes(("\r\n".join([HEADER] * header + lines) + "\r\n").encode(encoding))
    return path


def municipality_rows(start: int, count: int, ars: str = "091840112112") -> list[str]:
    """Rows of one municipality with the faults real exports have, spread over the file."""
    lines = []
    for n in range(start, start + count):
        if n % 97 == 0:
            lines.append(dashboard_line(n, ars, active="nein"))  # skipped: inactive
        elif n % 89 == 0:
            lines.append(dashboard_line(n, ars, url=""))  # skipped: no link
        elif n % 83 == 0:
            lines.append(dashboard_line(n, ars, leika="990410060170001"))  # a warning
        elif n % 79 == 0:
            lines.append(dashboard_line(n, ars, url=f"www.aschheim.de/antrag/{n}"))  # no scheme
        elif n % 73 == 0:  # the dashboard's "not evaluated": the provider stays unknown
            lines.append(dashboard_line(n, ars, coverage="nicht in Auswertung berücksichtigt"))
        elif n % 71 == 0:
            lines.append(dashboard_line(n, ars, ozg='"10001, 10002"'))  # several OZG-IDs
        else:
            lines.append(dashboard_line(n, ars))
    return lines


def journal_mode(database: Path) -> str:
    with sqlite3.connect(database) as connection:
        return str(connection.execute("PRAGMA journal_mode").fetchone()[0])


def imported(database: Path, source: Path, worker: ParseWorker | None = None,
             **options: Any) -> dict[str, Any]:
    target = open_for_import(str(database))
    assert target is not None
    try:
        space = Workspace(target, "Erika Prüferin", lambda: MOMENT)
        loaded = read_file(source) if worker is not None else None
        return import_into_file(space, str(source), loaded=loaded, worker=worker,
                                **options).as_dict()
    finally:
        target.close()


def start(source: Path, *, fork: bool = True, ars: str | None = None,
          mapping: dict[str, str] | None = None) -> ParseWorker:
    return ParseWorker.start(read_file(source), mapping=mapping, base_url=None,
                             applicant_given=bool(ars), fork=fork, batch=BATCH)


def compared(template_db: Path, tmp_path: Path, source: Path, *, fork: bool = True,
             before: Path | None = None, **options: Any) -> tuple[dict[str, Any], Path]:
    """The import through a worker and in this process alone, into copies of the same
    database: the reports and every table must be equal. Returns the worker's report."""
    alone, parallel = tmp_path / "alone.db", tmp_path / "parallel.db"
    for copy in (alone, parallel):
        shutil.copy(template_db, copy)
        if before is not None:
            imported(copy, before, **options)
    expected = imported(alone, source, **options)
    worker = start(source, fork=fork, ars=options.get("ars"), mapping=options.get("mapping"))
    found = imported(parallel, source, worker, **options)
    assert found == expected
    assert dump(parallel) == dump(alone)
    assert journal_mode(parallel) == "wal"
    return found, parallel


def test_a_dashboard_export_lands_as_the_import_in_one_process_writes_it(
        template_db: Path, tmp_path: Path) -> None:
    source = dashboard_file(tmp_path / "dashboard.csv", municipality_rows(1, 700))
    report, database = compared(template_db, tmp_path, source)
    assert report["rows_read"] == 700
    assert report["added"] == report["rows"] == 700 - 7 - 7  # 7 inactive, 7 without a link
    codes = {w["code"] for w in report["warnings"]}
    assert {"bad_leika", "link_completed"} <= codes
    assert report["ars"] == "091840112112" and report["created_application"]
    procedures = dump(database)["procedure"]
    assert len({row[1] for row in procedures}) == 1  # one application


def test_windows_1252_and_a_file_without_header_mapped_by_column_number(
        template_db: Path, tmp_path: Path) -> None:
    source = dashboard_file(tmp_path / "excel.csv", municipality_rows(1, 300),
                            encoding="cp1252")
    report, _ = compared(template_db, tmp_path, source)
    assert report["encoding"] == "windows-1252"
    headerless = dashboard_file(tmp_path / "ohne_kopf.csv", municipality_rows(1, 300),
                                header=False)
    report, _ = compared(template_db, tmp_path, headerless,
                         mapping={"leika": "1", "title": "2", "ars": "3", "url": "10"})
    assert report["rows_read"] == 300 and report["columns"]["url"] == "column 10"


def test_german_excel_with_quoted_line_breaks_across_the_batches(template_db: Path,
                                                                 tmp_path: Path) -> None:
    # German Excel: semicolons, Windows-1252, a title with a line break in quotes every few
    # rows (one row, two lines of the file), "sep=;" first; the worker's batches end anywhere
    lines = ["sep=;", "Bezeichnung;Link;Leistungsschlüssel;ARS"]
    for n in range(1, 400):
        title = f'"Antrag Nr. {n}\r\n(zweite Zeile; mit Semikolon)"' if n % 7 == 0 \
            else f"Antrag Nr. {n} für Bürger"
        lines.append(f"{title};https://www.aschheim.de/antrag/{n};99{n:012d};091840112112")
    source = tmp_path / "excel.csv"
    source.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    report, database = compared(template_db, tmp_path, source)
    assert report["added"] == 399
    titles = [row[2] for row in dump(database)["procedure"]]
    assert "Antrag Nr. 7 (zweite Zeile; mit Semikolon)" in titles  # one row, one title


def test_a_cancel_while_the_worker_sends_changes_nothing(template_db: Path,
                                                          tmp_path: Path) -> None:
    from digiamt_desk.services.import_rules import ImportCancelled

    source = dashboard_file(tmp_path / "dashboard.csv", municipality_rows(1, 1000))
    database = tmp_path / "cases.db"
    shutil.copy(template_db, database)
    before = dump(database)
    stored: list[int] = []
    worker = start(source)
    with pytest.raises(ImportCancelled):
        imported(database, source, worker,
                 progress=lambda phase, done, total: stored.append(done),
                 cancelled=lambda: len(stored) > 3)
    assert dump(database) == before and journal_mode(database) == "wal"
    assert worker.pid is not None
    with pytest.raises(ChildProcessError):  # ended and reaped
        os.waitpid(worker.pid, os.WNOHANG)


def test_the_spawned_worker_writes_the_same(template_db: Path, tmp_path: Path) -> None:
    # what Windows and a process with Qt or other threads use: a new interpreter, no fork
    source = dashboard_file(tmp_path / "dashboard.csv", municipality_rows(1, 300))
    report, _ = compared(template_db, tmp_path, source, fork=False)
    assert report["added"] == 300 - 3 - 3


def test_levels_above_named_first_make_the_worker_start_over_for_the_applicant(
        template_db: Path, tmp_path: Path) -> None:
    # includeAbove: the Bezirk's and the Landkreis's rows come first (sorted by ARS), several
    # messages long; the worker plans them for the Bezirk, then the Landkreis, then the
    # municipality: their providers must be "central" as in the import in one process
    unknown = "nicht in Auswertung berücksichtigt"
    lines = ([dashboard_line(n, "091000000000", coverage=unknown) for n in range(5000, 5150)]
             + [dashboard_line(n, "091840000000", coverage=unknown) for n in range(6000, 6150)]
             + municipality_rows(1, 400))
    source = dashboard_file(tmp_path / "dashboard.csv", lines)
    report, database = compared(template_db, tmp_path, source)
    assert report["ars"] == "091840112112"
    providers = [row[6] for row in dump(database)["procedure"]]
    assert providers.count("central") == 300


@pytest.mark.parametrize(("late_url", "merged"), [
    ("https://www.buergerservice-portal.de/bayern/091840112112/l-3", 1),  # an earlier row's
    ("https://www.buergerservice-portal.de/bayern/091840112112/neu/", 0),  # not its own key
])
def test_a_link_the_plan_cannot_hold_late_in_the_file_is_merged_as_in_one_process(
        template_db: Path, tmp_path: Path, late_url: str, merged: int) -> None:
    lines = municipality_rows(1, 600)
    lines[550] = dashboard_line(551, "091840112112", url=late_url)  # row 552
    source = dashboard_file(tmp_path / "dashboard.csv", lines)
    report, _ = compared(template_db, tmp_path, source)
    assert report["merged"] == merged
    assert [group["rows"] for group in report["shared_links"]] == [[4, 552]][:merged]


def test_a_reimport_into_the_held_application_compares_with_its_procedures(
        template_db: Path, tmp_path: Path) -> None:
    first = dashboard_file(tmp_path / "first.csv", municipality_rows(1, 400))
    lines = municipality_rows(1, 400)
    lines[10] = dashboard_line(11, "091840112112", url="https://aschheim.de/neu")
    second = dashboard_file(tmp_path / "second.csv", lines + municipality_rows(401, 50))
    report, _ = compared(template_db, tmp_path, second, before=first)
    assert not report["created_application"]
    assert report["added"] == 1 + 50 - 1  # row 11's new link; one of the 50 has no link
    assert report["unchanged"] == 400 - 4 - 4 - 1


def test_the_applicant_given_on_the_command_line(template_db: Path, tmp_path: Path) -> None:
    lines = ([dashboard_line(n, "091840000000", coverage="nicht in Auswertung berücksichtigt")
              for n in range(6000, 6100)] + municipality_rows(1, 200))
    source = dashboard_file(tmp_path / "dashboard.csv", lines)
    report, database = compared(template_db, tmp_path, source, ars="09184112")
    assert report["ars"] == "091840112112"
    assert "central" not in {row[6] for row in dump(database)["procedure"]}


def test_binary_data_late_in_a_large_file_is_refused_by_the_command(db_path: Path,
                                                                    tmp_path: Path) -> None:
    # the command looks at the first 64 KB before it starts the worker; the worker reads all
    rows = 1 + import_worker.PARALLEL_MIN_BYTES // 200
    source = dashboard_file(tmp_path / "dashboard.csv", municipality_rows(1, rows))
    data = bytearray(source.read_bytes())
    data[1_000_000] = 0
    source.write_bytes(bytes(data))
    before = dump(db_path)
    done = subprocess.run(
        [sys.executable, "-m", "digiamt_desk.cli", "--db", str(db_path), "import", str(source),
         "--json"], capture_output=True, text=True, check=False, cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 2
    refusal = json.loads(done.stdout)
    assert refusal["error"] == "binary" and "not a text file" in refusal["message"]
    assert dump(db_path) == before


@pytest.mark.parametrize(("late_line", "code"), [
    (dashboard_line(1, "091840112112").replace("091840112112", "0918401121"), "bad_ars"),
    (dashboard_line(7777, "091840112112").replace("091840112112", "091620000000")
     .replace('"Aschheim, Gemeinde"', "München"), "several_authorities"),
])
def test_a_refusal_late_in_the_file_is_the_same_and_changes_nothing(
        template_db: Path, tmp_path: Path, late_line: str, code: str) -> None:
    source = dashboard_file(tmp_path / "dashboard.csv",
                            [*municipality_rows(1, 500), late_line])
    refusals = []
    for name, worker in (("alone", None), ("parallel", start(source))):
        database = tmp_path / f"{name}.db"
        shutil.copy(template_db, database)
        before = dump(database)
        with pytest.raises(InputError) as refused:
            imported(database, source, worker)
        assert dump(database) == before
        assert journal_mode(database) == "wal"
        refusals.append(refused.value.as_dict())
    assert refusals[0] == refusals[1]
    assert refusals[0]["error"] == code


class _Dying:
    """A worker killed after its first message."""

    def __init__(self, worker: ParseWorker) -> None:
        self.worker = worker

    def messages(self, idle: Any = None) -> Iterator[tuple[int, bytes]]:
        for count, message in enumerate(self.worker.messages(idle)):
            if count == 1:
                assert self.worker.pid is not None
                os.kill(self.worker.pid, signal.SIGKILL)
            yield message

    def __getattr__(self, name: str) -> Any:
        return getattr(self.worker, name)


def test_a_worker_that_dies_leaves_the_source_to_this_process(template_db: Path,
                                                              tmp_path: Path) -> None:
    source = dashboard_file(tmp_path / "dashboard.csv", municipality_rows(1, 3000))
    alone, parallel = tmp_path / "alone.db", tmp_path / "parallel.db"
    shutil.copy(template_db, alone)
    shutil.copy(template_db, parallel)
    expected = imported(alone, source)
    dying: Any = _Dying(start(source))
    assert imported(parallel, source, dying) == expected
    assert dump(parallel) == dump(alone)


def test_a_worker_that_falls_silent_leaves_the_source_to_this_process(
        template_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = dashboard_file(tmp_path / "dashboard.csv", municipality_rows(1, 300))
    alone, parallel = tmp_path / "alone.db", tmp_path / "parallel.db"
    shutil.copy(template_db, alone)
    shutil.copy(template_db, parallel)
    expected = imported(alone, source)
    monkeypatch.setattr(import_worker, "SILENCE_SECONDS", 0.5)
    worker = start(source)
    assert worker.pid is not None
    os.kill(worker.pid, signal.SIGSTOP)  # stopped: it sends nothing more, and is not gone
    assert imported(parallel, source, worker) == expected
    assert dump(parallel) == dump(alone)
    with pytest.raises(ChildProcessError):  # ended and reaped by the import
        os.waitpid(worker.pid, os.WNOHANG)


def test_the_command_parses_a_large_file_in_a_worker(db_path: Path, tmp_path: Path) -> None:
    # `digiamt import` as a process: a file above PARALLEL_MIN_BYTES goes to a forked worker
    # (recorded by a wrapper around ParseWorker.start); the report and procedures are those of
    # the import in one process
    rows = 1 + import_worker.PARALLEL_MIN_BYTES // 200
    source = dashboard_file(tmp_path / "dashboard.csv", municipality_rows(1, rows))
    assert source.stat().st_size >= import_worker.PARALLEL_MIN_BYTES
    alone = tmp_path / "alone.db"
    shutil.copy(db_path, alone)
    expected = imported(alone, source)
    marker = tmp_path / "started"
    script = (
        "import sys\nfrom pathlib import Path\n"
        "from digiamt_desk.services.import_worker import ParseWorker\n"
        "marker = Path(sys.argv[1])\n"
        "real = ParseWorker.start.__func__\n"
        "def start(cls, *args, **options):\n"
        "    marker.write_text('fork' if options.get('fork') is None else 'forced')\n"
        "    return real(cls, *args, **options)\n"
        "ParseWorker.start = classmethod(start)\n"
        "from digiamt_desk.cli import main\n"
        "sys.argv[1:] = sys.argv[2:]\n"
        "sys.exit(main())\n")
    done = subprocess.run(
        [sys.executable, "-c", script, str(marker), "--db", str(db_path), "import", str(source),
         "--json"], capture_output=True, text=True, check=False, cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr
    assert marker.read_text() == "fork"
    report = json.loads(done.stdout)
    assert report == expected
    assert dump(db_path)["procedure"] == dump(alone)["procedure"]
    assert journal_mode(db_path) == "wal"
    assert not Path(str(db_path) + "-journal").exists()


def test_the_worker_plans_what_the_import_in_one_process_plans() -> None:
    # the worker plans tabular.CompactRow tuples (compact_values), one process SourceRows
    # (distinct_values): the same values, for every provider and each applicant's levels
    from digiamt_desk.domain.importing import Provider, SourceRow
    from digiamt_desk.services.import_merge import compact_values, distinct_values

    rows = [SourceRow(n, f"Titel {n}", f"https://a.example/{n}", keys, provider, ars, ids, {},
                      hints)
            for n, (keys, provider, ars, ids, hints) in enumerate([
                (("99041006017000",), Provider.UNKNOWN, "091840112112", (10001,), ""),
                (("99041006017000", "99041006018000"), Provider.UNKNOWN, "091840000000",
                 (10001, 10002), "no_online_link"),
                ((), Provider.MUNICIPAL, "091000000000", (), "appointment"),
                ((), Provider.UNKNOWN, None, (), ""),
                (("99050012104000",), Provider.CENTRAL, "091840112112", (7,), ""),
            ], 2)]
    compact = [(r.row, r.title, r.url, r.leika_keys, r.provider, r.ars, r.ozg_ids, r.hints)
               for r in rows]
    for above in (set(), {"091840000000", "091000000000"}):
        assert compact_values(compact, above) == distinct_values(rows, above)
    assert [v[2] for v in compact_values(compact, {"091840000000", "091000000000"})] == [
        "unknown", "central", "municipal", "unknown", "central"]
