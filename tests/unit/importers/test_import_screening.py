"""A Land-wide export screened: every authority's rows into its own screening application."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from digiamt_desk.cli import main
from digiamt_desk.domain.review import Status
from digiamt_desk.services import applications
from digiamt_desk.services.desk import Desk
from digiamt_desk.services.imports import import_source
from digiamt_desk.services.procedures import list_procedures, source_rows
from digiamt_desk.services.screening import import_each_authority, screening_list
from digiamt_desk.store.tables import APPLICATIONS

GARMISCH, DINKELSBUEHL, OBERBAYERN = "091800117117", "095710136136", "091000000000"
HEADER = "leika_key;leika_name;ars;url;aktiv"


def _land(tmp_path: Path) -> Path:
    lines = [HEADER]
    lines += [f"99050012{i:06d};Leistung {i};{GARMISCH};https://portal.example/gap/{i};ja"
              for i in range(55)]
    lines += [f"99050012{i:06d};Leistung {i};{DINKELSBUEHL};https://portal.example/din/{i};ja"
              for i in range(12)]
    lines += [f"99050012{i:06d};Bezirksleistung {i};{OBERBAYERN};https://bezirk.example/{i};ja"
              for i in range(31)]
    lines += ["99050012000001;Irgendwo;099999999999;https://x.example/1;ja",
              "99050012000002;Irgendwo;099999999999;https://x.example/2;ja",
              "99050012000003;Kein Schlüssel;;https://x.example/3;ja"]
    path = tmp_path / "bayern.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_each_authority_gets_its_screening_application(desk: Desk, tmp_path: Path) -> None:
    report = import_each_authority(desk, str(_land(tmp_path)))

    assert report.rows_read == 101
    assert {r.name: r.added for r in report.authorities} == {
        "Garmisch-Partenkirchen": 55, "Dinkelsbühl": 12, "Oberbayern": 31}
    assert report.created == 3
    assert report.unknown_ars == {"099999999999": [100, 101]}
    assert report.without_ars == [102]
    rows = {r.name: r for r in screening_list(desk)}
    assert {n: (r.web_links, r.threshold, r.reaches_threshold) for n, r in rows.items()} == {
        "Garmisch-Partenkirchen": (55, 50, True), "Dinkelsbühl": (12, 50, False),
        "Oberbayern": (31, 30, True)}
    screening = applications.find_application(desk, "Vorprüfung-" + DINKELSBUEHL)
    assert Status(screening.status) is Status.SCREENING
    # the source is kept once; every authority's procedures show their rows as they came
    first = min(list_procedures(desk, screening.id or 0), key=lambda p: p.id)
    [row] = source_rows(desk, first.id)
    assert (row.row, row.values["ars"], row.values["url"]) == (
        57, DINKELSBUEHL, "https://portal.example/din/0")


def test_a_second_screening_updates_and_the_real_list_starts_a_real_application(
        desk: Desk, tmp_path: Path) -> None:
    source = _land(tmp_path)
    import_each_authority(desk, str(source))
    again = import_each_authority(desk, str(source))
    assert again.created == 0
    assert {r.name: (r.added, r.unchanged) for r in again.authorities}["Dinkelsbühl"] == (0, 12)

    own = tmp_path / "eigene.csv"
    own.write_text("Bezeichnung;Link\nHund;https://portal.example/din/hund\n", encoding="utf-8")
    report = import_source(desk, str(own), ars="09571136")

    assert report.created_application and not report.reference.startswith("Vorprüfung")
    assert report.added == 1  # the screening's 12 procedures stay with the screening
    rows = {r.name: r for r in screening_list(desk)}
    assert rows["Dinkelsbühl"].has_application and not rows["Oberbayern"].has_application
    third = import_each_authority(desk, str(source))
    assert ("095710136136", "Dinkelsbühl", report.reference) in third.left_alone


def test_cli_each_authority_and_screening_json(capsys: pytest.CaptureFixture[str],
                                               db_path: Path, tmp_path: Path) -> None:
    code = main(["--db", str(db_path), "import", str(_land(tmp_path)), "--each-authority"])
    out = capsys.readouterr().out
    assert code == 0
    assert "101 rows read for 3 authorities" in out
    assert "WARNING: 2 rows of 1 ARS not in the register: 099999999999" in out

    assert main(["--db", str(db_path), "applications", "--screening", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(r["name"], r["web_links"], r["reaches_threshold"]) for r in listed] == [
        ("Dinkelsbühl", 12, False), ("Garmisch-Partenkirchen", 55, True),
        ("Oberbayern", 31, True)]


def test_a_withdrawn_screening_leaves_its_reference_to_it(desk: Desk, tmp_path: Path) -> None:
    source = _land(tmp_path)
    import_each_authority(desk, str(source))
    with desk.engine.begin() as connection:
        connection.execute(APPLICATIONS.update().where(
            APPLICATIONS.c.reference == "Vorprüfung-" + DINKELSBUEHL).values(status="withdrawn"))

    again = import_each_authority(desk, str(source))

    assert again.created == 1
    assert {r.name: r.reference for r in again.authorities}["Dinkelsbühl"] == (
        "Vorprüfung-" + DINKELSBUEHL + "-2")


def test_a_database_refusal_is_a_message_without_sql(desk: Desk, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from digiamt_desk.domain.importing import InputError
    from digiamt_desk.services import screening

    def clashing(connection: Any, table: Any, columns: Any, rows: Any) -> None:
        connection.exec_driver_sql("INSERT INTO application (id) VALUES (NULL)")  # NOT NULL

    monkeypatch.setattr(screening, "insert_many", clashing)
    with pytest.raises(InputError) as caught:
        import_each_authority(desk, str(_land(tmp_path)))

    assert caught.value.code == "store_refused"
    assert "NOT NULL constraint failed" in str(caught.value)
    assert "INSERT" not in str(caught.value)
    assert screening_list(desk) == []  # nothing landed
