"""Excel workbooks, generated with openpyxl the way municipalities fill them in."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from digiamt_desk.domain.importing import InputError, Provider, SourceFormat
from digiamt_desk.importers import parse_bytes, parse_file
from digiamt_desk.importers.xlsx import cell_text


def _workbook(path: Path, *sheets: tuple[str, list[list[Any]]]) -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets:
        sheet = book.create_sheet(title)
        for number, row in enumerate(rows, start=1):
            for column, value in enumerate(row, start=1):
                if value is not None:
                    sheet.cell(row=number, column=column, value=value)
    book.save(path)
    return path


MUNICIPAL_LIST: list[list[Any]] = [
    ["Onlinedienste der Stadt Musterstadt"],
    ["Stand:", dt.date(2026, 3, 1)],
    [],
    ["Bezeichnung", "Link", "Leistungsschlüssel", "Anbieter", "ARS", "Geprüft am"],
    ["Hundesteuer anmelden", "https://www.musterstadt.de/hund", 99041006017000.0, "kommunal",
     91620000000, dt.datetime(2026, 2, 3, 0, 0)],
    [],
    ["Gewerbe anmelden", "www.musterstadt.de/gewerbe", "99050012104000\n99041006017000",
     "zentral", "091620000000", dt.datetime(2026, 2, 3, 14, 30)],
    ["Nur Information", None, None, "kommunal"],
    ["Fundsache", "https://www.musterstadt.de/fund", 42, None, None, None],
]


def test_header_below_title_rows_and_excel_row_numbers(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "liste.xlsx", ("Onlinedienste", MUNICIPAL_LIST))

    parsed = parse_file(path)

    assert parsed.format is SourceFormat.XLSX
    assert parsed.columns == {"title": "Bezeichnung", "url": "Link",
                              "leika": "Leistungsschlüssel", "provider": "Anbieter",
                              "ars": "ARS"}
    assert [row.row for row in parsed.rows] == [5, 7, 9]  # row 6 is empty, row 8 has no link
    assert [(s.row, s.reason) for s in parsed.skipped] == [(8, "no link: not an online procedure")]
    hund, gewerbe, fund = parsed.rows
    assert hund.leika_keys == ("99041006017000",)  # a float cell
    assert hund.ars == "091620000000"  # a number cell without its leading zero
    assert hund.provider is Provider.MUNICIPAL
    assert hund.raw["Geprüft am"] == "2026-02-03"
    assert gewerbe.url == "https://www.musterstadt.de/gewerbe"
    assert gewerbe.leika_keys == ("99050012104000", "99041006017000")
    assert gewerbe.raw["Geprüft am"] == "2026-02-03 14:30:00"
    assert fund.raw["Leistungsschlüssel"] == "42"
    assert [(w.row, w.field) for w in parsed.warnings] == [(7, "Link"), (9, "Leistungsschlüssel")]


def test_first_sheet_with_a_header_is_used(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "liste.xlsx",
        ("Hinweise", [["Bitte die Liste im zweiten Blatt ausfüllen."]]),
        ("Liste", [["Titel", "URL"], ["Hund", "https://a.de/hund"]]),
    )

    parsed = parse_file(path)

    assert [(r.row, r.title) for r in parsed.rows] == [(2, "Hund")]


def test_dashboard_xlsx(tmp_path: Path) -> None:
    header = ["leika_key", "leika_name", "ars", "ars_name", "ars_federal_state", "bundesland",
              "leika_bezeichnung", "ozgid", "ozg_bezeichnung", "url", "online_status", "aktiv",
              "art_flaechendeckung", "begruendung_nicht_beruecksichtigt", "export_datum",
              "datenstand_pvog_import"]
    rows: list[list[Any]] = [
        header,
        ["99041006017000", "Hundehaltung anmelden", "091620000000", "München", "09", "Bayern",
         None, 10000, "Hundesteuer", "https://www.muenchen.de/hund", "ok", "ja",
         "kreisweit flächendeckend", None, dt.date(2026, 1, 31), dt.date(2026, 1, 30)],
        ["99050012104000", "Gewerbe anmelden", "091620000000", "München", "09", "Bayern", None,
         10088.0, None, "https://www.gewerbe.bayern.de", "ok", "nein",
         "landesweit flächendeckend", None, None, None],
    ]
    path = _workbook(tmp_path / "pvog.xlsx", ("Export", rows))

    parsed = parse_file(path)

    assert parsed.format is SourceFormat.DASHBOARD_XLSX
    (row,) = parsed.rows
    assert (row.title, row.provider, row.ozg_ids) == (
        "Hundehaltung anmelden", Provider.MUNICIPAL, (10000,))
    assert row.raw["export_datum"] == "2026-01-31"
    assert [(s.row, s.reason) for s in parsed.skipped] == [
        (3, "inactive in the dashboard (aktiv = nein)")]


def test_workbook_without_header_lists_columns(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "liste.xlsx", ("Tabelle1", [["Name", "Straße"], ["A", "B"]]))

    with pytest.raises(InputError) as caught:
        parse_file(path)

    message = str(caught.value)
    assert "liste.xlsx" in message and "no column for the link" in message
    assert "'Name', 'Straße'" in message


def test_workbook_with_header_only(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "liste.xlsx", ("Tabelle1", [["Bezeichnung", "Link"]]))

    with pytest.raises(InputError, match="has a header but no data rows"):
        parse_file(path)


def test_empty_workbook(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "leer.xlsx", ("Tabelle1", []))

    with pytest.raises(InputError, match=r"leer\.xlsx: is empty"):
        parse_file(path)


def test_truncated_workbook(tmp_path: Path) -> None:
    whole = _workbook(tmp_path / "ganz.xlsx", ("Liste", MUNICIPAL_LIST)).read_bytes()
    path = tmp_path / "abgeschnitten.xlsx"
    path.write_bytes(whole[: len(whole) // 2])

    with pytest.raises(InputError) as caught:
        parse_file(path)

    assert str(caught.value) == (
        f"{path}: is not a readable Excel workbook (damaged or truncated?)"
    )


def test_damaged_sheet_inside_a_whole_archive(tmp_path: Path) -> None:
    import zipfile

    source = _workbook(tmp_path / "ganz.xlsx", ("Liste", MUNICIPAL_LIST))
    path = tmp_path / "kaputt.xlsx"
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(path, "w") as damaged:
        for item in original.infolist():
            content = original.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                content = content[: len(content) // 2]  # the sheet XML breaks off
            damaged.writestr(item, content)

    with pytest.raises(InputError, match="damaged or truncated"):
        parse_file(path)


def test_zip_that_is_no_workbook(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "liste.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("liste.csv", "Bezeichnung;Link\n")

    with pytest.raises(InputError, match="ZIP archive but no Excel workbook"):
        parse_file(path)


def test_old_xls_format_is_named() -> None:
    with pytest.raises(InputError, match=r"old Excel workbook \(.xls\)"):
        parse_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "liste.xls")


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (None, ""),
        (42, "42"),
        (42.0, "42"),
        (0.5, "0.5"),
        (99041006017000.0, "99041006017000"),
        (True, "TRUE"),
        (dt.date(2026, 3, 1), "2026-03-01"),
        (dt.datetime(2026, 3, 1, 0, 0), "2026-03-01"),
        (dt.time(9, 30), "09:30:00"),
    ],
)
def test_cell_text(value: object, text: str) -> None:
    assert cell_text(value) == text
