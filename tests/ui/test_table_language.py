"""The catalog's words (criteria, rejection reasons) in the window's language: the column
headers, the facets, the reason column, the detail pane and the history. The English window
showed the German short labels ("Verw.-Leistung", "Senden") and reasons."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from digiamt_desk.domain.review import Decision
from digiamt_desk.services import applications, review
from digiamt_desk.services.desk import Desk
from digiamt_desk.ui.app import install_translators
from digiamt_desk.ui.main_window import MainWindow

WORDS = {
    "en": {"columns": ["Admin. service", "Submission", "BayernPortal"],
           "label": "Administrative service", "reason": "E-mail link"},
    "de": {"columns": ["Verw.-Leistung", "Senden", "BayernPortal"],
           "label": "Verwaltungsleistung", "reason": "Nur E-Mail-Link"},
}


@pytest.fixture(params=["en", "de"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    translators = install_translators(qapp, request.param)
    yield request.param
    for translator in translators:
        QCoreApplication.removeTranslator(translator)


def test_catalog_labels_follow_the_window_language(qtbot: QtBot, language: str,
                                                   demo_desk: Desk) -> None:
    window = MainWindow(demo_desk)
    qtbot.addWidget(window)
    application = applications.find_application(window.desk, "093765345")
    assert application.id is not None
    window.open_application(application.id)
    model = window.procedures_model
    words, other = WORDS[language], WORDS["en" if language == "de" else "de"]

    headers = [model.headerData(model.criterion_column(cid), Qt.Orientation.Horizontal)
               for cid in window.desk.catalog().criterion_ids()]
    assert headers == words["columns"]
    facets = [window.ui.facetTree.topLevelItem(i).text(0)
              for i in range(window.ui.facetTree.topLevelItemCount())]
    assert words["columns"][0] in facets and other["columns"][0] not in facets

    current = window.current_procedure_id()
    assert current is not None
    review.set_criterion(window.desk, application.id, [current], "administrative_service",
                         True)
    review.decide(window.desk, application.id, [current], Decision.REJECTED,
                  reason="email_link")
    window.rows_changed([current])
    row = model.row_of(current)
    assert row is not None
    assert model.index(row, model.REASON).data() == words["reason"]
    detail = window.ui.detailBrowser.toPlainText()
    assert words["label"] in detail and words["reason"] in detail
    assert other["label"] not in detail and other["reason"] not in detail
    history = window.ui.historyBrowser.toPlainText()
    assert words["label"] in history and words["reason"] in history
    assert other["label"] not in history and other["reason"] not in history


def test_a_refusal_names_the_criterion_in_the_window_language(qtbot: QtBot, language: str,
                                                               demo_desk: Desk) -> None:
    window = MainWindow(demo_desk)
    qtbot.addWidget(window)
    application = applications.find_application(window.desk, "093765345")
    assert application.id is not None
    window.open_application(application.id)
    current = window.current_procedure_id()
    assert current is not None
    review.set_criterion(window.desk, application.id, [current], "electronic_submission",
                         False)
    window.rows_changed([current])
    window.review.decide(Decision.ACCEPTED)  # refused: the criterion is not met
    label = {"en": "Electronic submission", "de": "Elektronisch absendbar"}[language]
    other = {"de": "Electronic submission", "en": "Elektronisch absendbar"}[language]
    assert label in window.notice.text() and other not in window.notice.text()


def test_the_reject_dialog_offers_the_reasons_in_the_window_language(
        qtbot: QtBot, language: str, demo_desk: Desk) -> None:
    from digiamt_desk.ui.dialogs import make_reject_dialog

    dialog = make_reject_dialog(demo_desk, 2, None)
    qtbot.addWidget(dialog)
    combo = dialog.ui.reasonCombo
    shown = {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}
    assert shown["pdf_form"] == {"en": "PDF form to print",
                                 "de": "PDF-Formular zum Ausdrucken"}[language]


def test_the_criteria_explain_themselves_in_the_window_language(qtbot: QtBot, language: str,
                                                                demo_desk: Desk) -> None:
    # the tooltips of Review › Toggle criterion (keys 1, 2, 3) were German in the English window
    window = MainWindow(demo_desk)
    qtbot.addWidget(window)
    tips = [action.toolTip() for action in (window.ui.actionCriterion1,
                                            window.ui.actionCriterion2,
                                            window.ui.actionCriterion3)]
    german = [c.help_de for c in demo_desk.catalog().criteria]
    english = [c.help_en for c in demo_desk.catalog().criteria]
    assert all(german) and all(english)
    assert tips == (german if language == "de" else english)
    assert "Senden" in german[1] and "Send" in english[1]
