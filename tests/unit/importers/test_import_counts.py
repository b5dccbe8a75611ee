"""What an import tells the reviewer about the count: shared links, the rows-read sum, hints."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from digiamt_desk.cli import main
from digiamt_desk.services.desk import Desk
from digiamt_desk.services.imports import import_source
from digiamt_desk.store.tables import PROCEDURES


def _contact_form_list(tmp_path: Path, sharing: int) -> Path:
    lines = ["Bezeichnung;Link;Leistungsschlüssel"]
    lines += [f"Leistung {i};https://stadt.example.de/kontakt;99050012{i:06d}"
              for i in range(1, sharing + 1)]
    lines += ["Hund anmelden;https://portal.example/hund;99041006017000",
              "Hund anmelden;https://portal.example/hund/;99041006017000",  # a true duplicate
              "Öffnungszeiten;;"]
    path = tmp_path / "liste.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_rows_sharing_a_link_count_once_and_are_reported(desk: Desk, tmp_path: Path) -> None:
    report = import_source(desk, str(_contact_form_list(tmp_path, 7)), ars="09180117")

    assert report.rows_read == 10
    assert report.rows_read == (report.added + report.updated + report.unchanged
                                + report.merged + len(report.skipped))
    assert (report.added, report.merged, len(report.skipped)) == (2, 7, 1)
    [group] = report.shared_links  # the true duplicate (same title and key) is no group
    assert (group.url, len(group.rows), group.titles[:2]) == (
        "https://stadt.example.de/kontakt", 7, ("Leistung 1", "Leistung 2"))
    assert report.large_shared_links() == [group]
    with desk.engine.connect() as connection:
        hints = {t: h for t, h in connection.execute(
            select(PROCEDURES.c.title, PROCEDURES.c.import_hints))}
    assert hints == {"Leistung 1": "shared_link", "Hund anmelden": ""}


def test_service_database_hints_are_stored(desk: Desk, data_dir: Path) -> None:
    report = import_source(desk, str(data_dir / "dienstleistungsdatenbank.json"),
                           ars="09162000")

    assert (report.rows_read, report.added, report.merged, len(report.skipped)) == (12, 9, 2, 1)
    assert (report.no_online_link, report.appointment, len(report.shared_links)) == (4, 2, 1)
    with desk.engine.connect() as connection:
        hints = {t: h for t, h in connection.execute(
            select(PROCEDURES.c.title, PROCEDURES.c.import_hints))}
    assert hints["Gaststättenerlaubnis"] == "no_online_link"
    assert hints["Eheschließung anmelden"] == "appointment"
    assert hints["Bewohnerparkausweis beantragen"] == "shared_link"


def test_cli_warns_first_about_a_large_shared_link(capsys: pytest.CaptureFixture[str],
                                                   db_path: Path, tmp_path: Path) -> None:
    code = main(["--db", str(db_path), "import", str(_contact_form_list(tmp_path, 7)),
                 "--ars", "09180117"])

    lines = capsys.readouterr().out.splitlines()
    assert code == 0
    assert lines[1] == ("  WARNING: 7 rows with 7 different titles share one link and count "
                        "once: https://stadt.example.de/kontakt")
    assert lines[2] == ("  rows read: 10 = added 2 + updated 0 + unchanged 0 + merged (same "
                        "link) 7 + skipped 1")


def test_cli_json_refusal_is_an_object_on_stdout(capsys: pytest.CaptureFixture[str],
                                                 db_path: Path, data_dir: Path) -> None:
    before = db_path.read_bytes()

    code = main(["--db", str(db_path), "import", str(data_dir / "bad_headerless.csv"),
                 "--ars", "09180117", "--json"])

    out, err = capsys.readouterr()
    refusal = json.loads(out)
    assert code == 2
    assert (refusal["error"], refusal["file"], refusal["row"], refusal["field"]) == (
        "no_header", str(data_dir / "bad_headerless.csv"), None, None)
    assert "--map title=2 --map url=3" in refusal["message"]
    assert "has no header row" in err
    assert db_path.read_bytes() == before


def test_a_list_naming_thousands_of_authorities_gives_a_short_message(
        capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path) -> None:
    lines = ["Bezeichnung;Link;ARS"]
    lines += [f"V {i};https://x.example/{i};09{i:010d}" for i in range(1, 3001)]
    path = tmp_path / "land.csv"
    path.write_text("\n".join(lines), encoding="utf-8")

    code = main(["--db", str(db_path), "import", str(path)])

    err = capsys.readouterr().err
    assert code == 2
    assert "names 3000 authorities" in err and "and 2990 more" in err
    assert len(err) < 1000


def test_no_online_link_is_never_accepted_en_bloc(desk: Desk, data_dir: Path) -> None:
    from digiamt_desk.services import checks
    from digiamt_desk.store.tables import CHECKS

    report = import_source(desk, str(data_dir / "dienstleistungsdatenbank.json"),
                           ars="09162000")
    with desk.engine.begin() as connection:
        rows = list(connection.execute(select(PROCEDURES.c.id, PROCEDURES.c.title)))
        connection.execute(CHECKS.insert(), [
            {"procedure_id": pid, "application_id": report.application_id, "status": "ok",
             "hints": ""} for pid, _ in rows])  # every link reachable, no page hints
    titles = dict(rows)

    accepted = {titles[i] for i in checks.reachable_without_hints(desk, report.application_id)}

    assert accepted == {"Hund anmelden", "Wohnsitz anmelden", "Bewohnerparkausweis beantragen"}


def test_the_download_deadline_is_set_like_other_settings(capsys: pytest.CaptureFixture[str],
                                                          db_path: Path) -> None:
    from digiamt_desk.services.desk import open_desk
    from digiamt_desk.services.imports import download_seconds

    assert main(["--db", str(db_path), "settings", "--set",
                 "imports.download_seconds=45"]) == 0
    assert "imports.download_seconds = 45" in capsys.readouterr().out
    assert main(["--db", str(db_path), "settings", "--set",
                 "imports.download_seconds=0"]) == 2
    assert "from 1 to 600" in capsys.readouterr().err
    desk = open_desk(db_path, reviewer="x")
    try:
        assert download_seconds(desk) == 45
    finally:
        desk.close()
