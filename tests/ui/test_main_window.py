"""The main window on the demo database, German by default."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from digiamt_desk.services.applications import list_applications
from digiamt_desk.services.desk import Desk
from digiamt_desk.ui.app import install_translators
from digiamt_desk.ui.main_window import MainWindow
from digiamt_desk.ui.models import SORT_ROLE, ApplicationsModel

REPO = Path(__file__).resolve().parents[2]


def test_applications_model_is_a_well_behaved_model(qtmodeltester: object,
                                                    demo_desk: Desk) -> None:
    model = ApplicationsModel()
    rows = list_applications(demo_desk)
    model.set_rows(rows)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.rowCount() == 5
    first = model.row_at(0)
    assert first.application.id is not None
    model.update_summary(first.application.id, rows[-1].summary)  # one row's counts change
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.row_at(0).summary == rows[-1].summary


def test_sorting_uses_raw_values(demo_desk: Desk) -> None:
    model = ApplicationsModel()
    model.set_rows(list_applications(demo_desk))
    model.sort(ApplicationsModel.PROGRESS, Qt.SortOrder.DescendingOrder)
    ratios = [model.index(r, ApplicationsModel.PROGRESS).data(SORT_ROLE)
              for r in range(model.rowCount())]
    assert ratios == sorted(ratios, reverse=True)
    # 59/50 for the Markt sorts above 32/30 for the Bezirk, which text order would not give.
    top = model.index(0, ApplicationsModel.NAME).data()
    assert top == "Garmisch-Partenkirchen"


def test_window_lists_demo_applications_in_german(qtbot: QtBot, demo_desk: Desk) -> None:
    app = QApplication.instance()
    translators = install_translators(app, "de")  # type: ignore[arg-type]
    try:
        window = MainWindow(demo_desk)
        qtbot.addWidget(window)
        window.show()
        model = window.ui.applicationsView.model()
        assert model.rowCount() == 5
        assert model.headerData(0, Qt.Orientation.Horizontal) == "Antragsteller"
        assert window.ui.menuFile.title() == "&Datei"
        procedures = window.ui.proceduresView.model()
        assert procedures.headerData(0, Qt.Orientation.Horizontal) == "Verfahren"
        names = [model.index(r, 0).data() for r in range(model.rowCount())]
        window.ui.applicationsView.selectRow(names.index("Unterfranken"))
        assert window.ui.countedBar.text() == "32 / 30"
        assert window.ui.statusLabel.text() == "Status: Ausgezeichnet"
        assert "Erfüllt" in window.ui.verdictLabel.text()
        assert not window.ui.actionAccept.isEnabled()  # awarded: read-only until reopened
        assert "schreibgeschützt" in window.ui.applicantLabel.text()
        window.ui.applicationsView.selectRow(names.index("Dinkelsbühl"))
        assert "fehlend: 2" in window.ui.verdictLabel.text()
        assert window.ui.actionAccept.isEnabled()
        assert window.ui.visibleCountLabel.text() == "56 von 56 angezeigt"
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)


def test_english_source_strings_without_translation(qtbot: QtBot, demo_desk: Desk) -> None:
    window = MainWindow(demo_desk)
    qtbot.addWidget(window)
    assert window.ui.applicationsView.model().headerData(
        0, Qt.Orientation.Horizontal) == "Applicant"


def test_generated_forms_are_current(tmp_path: Path) -> None:
    uic = Path(sys.executable).with_name("pyside6-uic")
    for form in sorted((REPO / "forms").glob("*.ui")):
        generated = REPO / "digiamt_desk" / "ui" / "forms" / f"ui_{form.stem}.py"
        fresh = tmp_path / generated.name
        subprocess.run([str(uic), str(form), "-o", str(fresh)], check=True)
        assert fresh.read_text() == generated.read_text(), (
            f"{generated.name} is stale: run pyside6-uic {form} -o {generated}")


def test_compiled_translations_are_current(tmp_path: Path) -> None:
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for source in sorted((REPO / "resources" / "i18n").glob("*.ts")):
        fresh = tmp_path / f"{source.stem}.qm"
        subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(fresh)], check=True)
        assert fresh.read_bytes() == source.with_suffix(".qm").read_bytes(), (
            f"{source.stem}.qm is stale: run pyside6-lrelease {source}")
        assert 'type="unfinished"' not in source.read_text(encoding="utf-8")
