"""JSON lists: BayernPortal-style exports and dashboard API pages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from digiamt_desk.domain.importing import InputError, Provider, SourceFormat
from digiamt_desk.importers import parse_bytes, parse_file
from digiamt_desk.importers.json_list import text_of


def test_bayernportal_list(data_dir: Path) -> None:
    parsed = parse_file(data_dir / "bayernportal_leistungen.json")

    assert parsed.format is SourceFormat.JSON
    assert parsed.columns["title"] == "bezeichnung"
    assert parsed.columns["leika"] == "leistungsschluessel"
    by_row = {row.row: row for row in parsed.rows}
    assert sorted(by_row) == [1, 2, 4]
    assert [(s.row, s.reason) for s in parsed.skipped] == [(3, "no link: not an online procedure")]

    hund = by_row[1]
    assert hund.title == "Hundesteuer online anmelden"  # {"de": ..., "en": ...}
    assert hund.url == "https://www.buergerservice-portal.de/bayern/musterstadt/hundesteuer"
    assert "https://www.musterstadt.de/hundesteuer-info" in hund.raw["links"]  # the other link
    assert hund.leika_keys == ("99041006017000",)
    assert hund.provider is Provider.MUNICIPAL
    assert hund.raw["id"] == "L-1001"

    gewerbe = by_row[2]
    assert gewerbe.title == "Gewerbe anmelden"  # the German of [{languageCode, text}], collapsed
    assert gewerbe.leika_keys == ("99050012104000",)
    assert gewerbe.ozg_ids == (10088,)

    park = by_row[4]
    assert park.title == "Parkausweis beantragen"  # "name" when there is no "bezeichnung"
    assert park.url == "https://www.musterstadt.de/parkausweis"

    assert [(w.row, w.field) for w in parsed.warnings] == [(2, "leistungsschluessel"), (4, "url")]
    assert "'12345'" in parsed.warnings[0].message


def test_dashboard_page(data_dir: Path) -> None:
    parsed = parse_file(data_dir / "dashboard_page.json")

    assert parsed.format is SourceFormat.JSON
    first, second = parsed.rows
    assert (first.title, first.provider, first.ozg_ids, first.ars) == (
        "Hundehaltung anmelden", Provider.MUNICIPAL, (10000,), "091620000000")
    assert second.title == "Elterngeld beantragen"  # leika_name null: leika_bezeichnung
    assert second.provider is Provider.CENTRAL
    assert [(s.row, s.reason) for s in parsed.skipped] == [
        (3, "inactive in the dashboard (aktiv = nein)")]


def test_top_level_array_and_non_objects() -> None:
    data = json.dumps([
        {"Titel": "Hund", "Link": "https://a.de/hund"},
        "https://a.de/lose",
        {"Titel": "Katze", "Link": "https://a.de/katze"},
    ]).encode()

    parsed = parse_bytes(data, "liste.json")

    assert [(r.row, r.title) for r in parsed.rows] == [(1, "Hund"), (3, "Katze")]
    assert [(s.row, s.reason) for s in parsed.skipped] == [(2, "not an object")]


def test_invalid_json_names_line_and_column(data_dir: Path) -> None:
    with pytest.raises(InputError) as caught:
        parse_file(data_dir / "bad_json_syntax.json")

    message = str(caught.value)
    assert "bad_json_syntax.json" in message
    assert "not valid JSON" in message and "line 3, column" in message


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        ({"status": "ok"}, "holds no list of procedures"),
        ({"content": []}, "empty list of procedures"),
        ([1, 2, 3], "no objects with fields"),
        ([{"name": "Hund"}], "no column for the link"),
    ],
)
def test_json_without_procedures(document: object, expected: str) -> None:
    with pytest.raises(InputError, match=expected):
        parse_bytes(json.dumps(document).encode(), "liste.json")


def test_csv_named_file_starting_with_a_bracket_is_read_as_csv() -> None:
    data = b"[Bezeichnung];Link\nHund;https://a.de/hund\n"

    parsed = parse_bytes(data, "liste.csv", mapping={"title": "[Bezeichnung]"})

    assert parsed.format is SourceFormat.CSV
    assert parsed.rows[0].title == "Hund"


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (None, ""),
        (True, "true"),
        (10088, "10088"),
        (99041006017000.0, "99041006017000"),
        ({"de": "Hund", "en": "Dog"}, "Hund"),
        ([{"lang": "en", "text": "Dog"}, {"lang": "de-DE", "text": "Hund"}], "Hund"),
        ([{"languageCode": "en", "text": "Dog"}], "Dog"),
        (["99041006017000", "99050012104000"], "99041006017000\n99050012104000"),
        ({"inner": {"text": "tief"}}, "tief"),
    ],
)
def test_text_of_json_values(value: object, text: str) -> None:
    assert text_of(value) == text
