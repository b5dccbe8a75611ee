"""Candidates from screening lists, their CSV and JSON, and the invitation letter."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pikepdf
import pytest
from publication_data import add_application

from digiamt_desk.cli import main
from digiamt_desk.domain.review import Status
from digiamt_desk.services import candidates, invitations
from digiamt_desk.services.desk import Desk


def screening_database(desk: Desk) -> dict[str, int]:
    """Tüßling: 52 countable of 60 (5 rejected, 3 mailto) -> candidate. Marktl: 49 -> short.
    Bezirk Schwaben: 31 of 30 -> candidate. München: 200 but already applied -> none.
    Altötting: 80 listed, 30 merged away, 50 left -> candidate (just)."""
    ids = {
        "tuessling": add_application(desk, "09171133", received="2026-01-05", open_=52,
                                     rejected={"link_broken": 5}, not_online=3,
                                     status=Status.SCREENING),
        "marktl": add_application(desk, "09171123", received="2026-01-05", open_=49,
                                  status=Status.SCREENING),
        "schwaben": add_application(desk, "097", received="2026-01-05", open_=31,
                                    status=Status.SCREENING),
        "muenchen_screen": add_application(desk, "09162000", received="2026-01-05", open_=200,
                                           status=Status.SCREENING),
        "muenchen": add_application(desk, "09162000", received="2026-02-01", accepted=10),
        "altoetting": add_application(desk, "09171", received="2026-01-05", open_=80,
                                      status=Status.SCREENING),
    }
    with desk.engine.begin() as connection:
        connection.exec_driver_sql(
            "UPDATE procedure SET merged_into = id - 1 WHERE application_id = ? AND id IN "
            "(SELECT id FROM procedure WHERE application_id = ? ORDER BY id LIMIT 30 "
            "OFFSET 50)", (ids["altoetting"], ids["altoetting"]))
    return ids


def test_candidates_reach_their_threshold_and_have_not_applied(desk: Desk) -> None:
    screening_database(desk)
    found = candidates.list_candidates(desk)
    assert [(c.name, c.countable, c.threshold) for c in found] == [
        ("Tüßling", 52, 50), ("Altötting", 50, 50), ("Schwaben", 31, 30)]
    assert found[0].procedures == 60 and found[0].landkreis == "Altötting"
    assert found[2].kind == "Bezirk" and found[2].key == "097"


def test_a_later_screening_replaces_the_earlier_one(desk: Desk) -> None:
    add_application(desk, "09171123", received="2025-06-01", open_=70, status=Status.SCREENING)
    assert [c.countable for c in candidates.list_candidates(desk)] == [70]
    add_application(desk, "09171123", received="2026-01-05", open_=40, status=Status.SCREENING)
    assert candidates.list_candidates(desk) == []


def test_candidates_csv_and_json(desk: Desk) -> None:
    screening_database(desk)
    found = candidates.list_candidates(desk)
    content = candidates.candidates_csv(found)
    assert content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig"), newline=""),
                           delimiter=";"))
    assert rows[0][0] == "Name" and rows[1][:2] == ["Tüßling", "Markt Tüßling"]
    assert rows[1][5:9] == ["52", "50", "60", "091710133133"]
    data = json.loads(candidates.candidates_json(found))
    assert data[2] == {"ars": "097000000000", "key": "097", "name": "Schwaben",
                       "official_name": "Bezirk Schwaben", "kind": "Bezirk",
                       "regierungsbezirk": "Schwaben", "landkreis": None, "procedures": 31,
                       "countable": 31, "threshold": 30, "reference": data[2]["reference"]}


def test_invitation_letter_names_the_count_and_lists_the_procedures(desk: Desk,
                                                                    tmp_path: Path) -> None:
    screening_database(desk)
    chosen = candidates.list_candidates(desk)[:1]
    paths = invitations.write_invitations(desk, chosen, tmp_path, on=date(2026, 3, 5))
    assert [p.name for p in paths] == ["09171133_Tuessling_Einladung.pdf"]
    data = invitations.prepare_invitations(desk, chosen, on=date(2026, 3, 5))[0].data
    assert data.counted == 52 and len(data.counted_procedures) == 52
    assert all(line.url.startswith("https://") for line in data.counted_procedures)
    with pikepdf.open(paths[0]) as pdf:
        assert len(pdf.pages) >= 2  # the letter and the annex
        assert "Einladung" in str(pdf.docinfo.get("/Title"))


def test_invite_command_refuses_a_non_candidate(desk: Desk, db_path: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    screening_database(desk)
    desk.close()
    out = tmp_path / "briefe"
    assert main(["--db", str(db_path), "invite", "09171123", "--out", str(out)]) == 2
    assert "no candidate" in capsys.readouterr().err
    assert not out.exists()
    listed = tmp_path / "kandidaten.csv"
    assert main(["--db", str(db_path), "candidates", "--json", "--csv", str(listed)]) == 0
    assert [c["key"] for c in json.loads(capsys.readouterr().out)] == [
        "09171133", "09171", "097"]
    assert listed.read_bytes().startswith(b"\xef\xbb\xbfName;")
    assert len(listed.read_text(encoding="utf-8-sig").splitlines()) == 4
    assert main(["--db", str(db_path), "invite", "--all", "--out", str(tmp_path / "e")]) == 0
    assert len(list((tmp_path / "e").glob("*.pdf"))) == 3
