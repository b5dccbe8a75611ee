"""Every bad source of the corpus, imported for real: one clear message, the database as before."""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path

import pytest
from helpers import REPO

from digiamt_desk.domain.importing import InputError
from digiamt_desk.services.desk import Desk
from digiamt_desk.services.imports import import_source

CORPUS = REPO / "tests" / "data" / "importers"


def _snapshot(path: Path) -> dict[str, list[tuple[object, ...]]]:
    with sqlite3.connect(path) as connection:
        tables = [r[0] for r in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'register_entry'")]
        return {t: connection.execute(f'SELECT * FROM "{t}" ORDER BY 1').fetchall()
                for t in tables}


def _generated(tmp_path: Path) -> list[Path]:
    long_line = tmp_path / "zehn_mb_zeile.csv"
    long_line.write_text("Bezeichnung;Link\r\nGewerbe;https://x.example/" + "a" * 10_000_000
                         + "\r\n", encoding="utf-8")
    garbage = tmp_path / "muell.csv"
    garbage.write_bytes(bytes(range(256)) * 64)
    workbook = tmp_path / "abgeschnitten.xlsx"
    with zipfile.ZipFile(workbook, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook>" + "x" * 5000)
    truncated = tmp_path / "kaputt.xlsx"
    truncated.write_bytes(workbook.read_bytes()[: len(workbook.read_bytes()) // 2])
    secret = tmp_path / "geheim.txt"
    secret.write_text("GEHEIMNIS", encoding="utf-8")
    external = tmp_path / "extern.xml"
    external.write_text(
        f'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file://{secret}">]>'
        '<transfer xmlns="http://xoev.de/schemata/xzufi/2_2_0"><onlinedienst><id>1</id>'
        "<bezeichnung>&e;</bezeichnung><link><link>https://x.example</link></link>"
        "</onlinedienst></transfer>", encoding="utf-8")
    return [long_line, garbage, truncated, external]


def test_each_bad_source_changes_nothing(desk: Desk, db_path: Path, tmp_path: Path) -> None:
    sources = sorted(CORPUS.glob("bad_*")) + _generated(tmp_path)
    assert len(sources) >= 14
    before = _snapshot(db_path)
    for source in sources:
        with pytest.raises(InputError) as err:
            import_source(desk, str(source), ars="09571136")
        message = str(err.value)
        assert source.name in message, message
        assert "Traceback" not in message and "GEHEIMNIS" not in message
        assert len(message) < 600, message
        assert _snapshot(db_path) == before, source.name
