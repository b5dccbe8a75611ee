"""The importer's refusals and row messages reach the window in German (codes + parameters)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from digiamt_desk.domain.importing import InputError, RowWarning, SkippedRow
from digiamt_desk.importers import parse_bytes, parse_file
from digiamt_desk.ui.app import install_translators
from digiamt_desk.ui.import_messages import error_text, skipped_text, warning_text

DATA = Path(__file__).resolve().parents[1] / "data" / "importers"


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "de")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def test_a_headerless_file_is_explained_in_german(german: None) -> None:
    with pytest.raises(InputError) as caught:
        parse_file(DATA / "bad_headerless.csv")

    text = error_text(caught.value)

    assert text.startswith(str(DATA / "bad_headerless.csv") + ": hat keine Kopfzeile")
    assert "Bezeichnung = column 2, Link = column 3" in text


def test_row_messages_in_german_with_their_values(german: None) -> None:
    parsed = parse_bytes(b"Bezeichnung;Link\nHund;/antrag/hund\nPass;www.x.example/p\n",
                         "liste.csv")

    assert [skipped_text(s) for s in parsed.skipped] == [
        "der Link „/antrag/hund“ ist relativ und es wurde keine Basisadresse angegeben; "
        "er wurde nicht verwendet"]
    assert [warning_text(w) for w in parsed.warnings] == [
        "„www.x.example/p“ hat kein Schema; übernommen als https://www.x.example/p"]


def test_a_refusal_names_row_and_field_in_german(german: None) -> None:
    error = InputError("'12' is not a 12-digit ARS", source="l.csv", row=3, field="ARS",
                       code="bad_ars", value="12")

    assert error_text(error) == ("l.csv, Zeile 3, Feld „ARS“: „12“ ist kein zwölfstelliger ARS "
                                 "(Amtlicher Regionalschlüssel)")


def test_an_unknown_code_keeps_the_english_text(german: None) -> None:
    assert skipped_text(SkippedRow(4, "something new", "not_yet_worded")) == "something new"
    assert warning_text(RowWarning(4, "x", "plain English")) == "plain English"


def test_english_without_a_translator(qapp: QApplication) -> None:
    error = InputError("is empty", source="l.csv", code="empty")

    assert error_text(error) == "l.csv: is empty"
