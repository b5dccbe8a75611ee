"""A Land-wide import records one import run per authority, and each authority's procedures
point at their own run (not at the first authority's); the source is kept once and still shows
every procedure's rows as they came."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from digiamt_desk.cli import main
from digiamt_desk.services.desk import Desk
from digiamt_desk.services.procedures import source_rows
from digiamt_desk.services.screening import import_each_authority
from digiamt_desk.services.shared_links import shared_groups, split_group

GARMISCH, DINKELSBUEHL, OBERBAYERN = "091800117117", "095710136136", "091000000000"


def _land(tmp_path: Path) -> Path:
    lines = ["leika_key;leika_name;ars;url;aktiv"]
    lines += [f"99050012{i:06d};Leistung {i};{GARMISCH};https://portal.example/gap/{i};ja"
              for i in range(5)]
    lines += [f"99050012{i:06d};Leistung {i};{DINKELSBUEHL};https://portal.example/din/{i};ja"
              for i in range(3)]
    lines += [f"990500129{i:05d};Bezirk {i};{OBERBAYERN};https://bezirk.example/anliegen;ja"
              for i in range(2)]  # two services, one link: a shared link
    path = tmp_path / "bayern.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _runs_of_procedures(database: Path) -> list[tuple[int, int, int]]:
    """(procedure's application, its run's application, the run's 'added') per procedure."""
    with sqlite3.connect(database) as connection:
        return connection.execute(
            "SELECT p.application_id, r.application_id, r.added FROM procedure p "
            "JOIN import_run r ON r.id = p.import_id ORDER BY p.id").fetchall()


def test_each_authority_procedures_point_at_their_own_import_run(desk: Desk,
                                                                 tmp_path: Path) -> None:
    report = import_each_authority(desk, str(_land(tmp_path)))
    assert desk.database_path is not None
    pairs = _runs_of_procedures(desk.database_path)
    assert len(pairs) == 9
    assert all(own == run for own, run, _added in pairs)  # failed: all at the first one's run
    added = {one.application_id: one.added for one in report.authorities}
    assert {own: run_added for own, _run, run_added in pairs} == added

    # the source is kept once, and every authority's procedures show their rows from it
    with sqlite3.connect(desk.database_path) as connection:
        kept = [length for (length,) in connection.execute(
            "SELECT length(content) FROM import_run ORDER BY id")]
        second = connection.execute(
            "SELECT p.id FROM procedure p JOIN application a ON a.id = p.application_id "
            "WHERE a.ars = ? ORDER BY p.id", (DINKELSBUEHL,)).fetchone()[0]
    assert len(kept) == 3 and kept[0] > 0 and kept[1:] == [0, 0]
    [row] = source_rows(desk, second)
    assert (row.row, row.values["ars"], row.values["url"]) == (
        7, DINKELSBUEHL, "https://portal.example/din/0")

    # the shared link of the third authority can be split: its rows come from the kept source
    bezirk = next(one for one in report.authorities if one.ars == OBERBAYERN)
    [group] = shared_groups(desk, bezirk.application_id)
    assert split_group(desk, bezirk.application_id, group.procedure_id).changed


def test_the_command_line_import_points_each_authority_at_its_own_run(
        db_path: Path, tmp_path: Path) -> None:
    assert main(["--db", str(db_path), "import", str(_land(tmp_path)), "--each-authority"]) == 0
    pairs = _runs_of_procedures(db_path)
    assert len(pairs) == 9 and all(own == run for own, run, _added in pairs)
