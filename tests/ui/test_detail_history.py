"""The history tab in a narrow detail pane: no date, action or field is cut in the middle
(the five-column table broke "02.12.2026" into "02.12.202" / "6" and "Abgelehnt" into
"Abgelehn" / "t" at the pane's usual width)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QTextBrowser
from pytestqt.qtbot import QtBot

from digiamt_desk.domain.review import Decision
from digiamt_desk.services import applications, review
from digiamt_desk.ui.app import install_translators
from digiamt_desk.ui.main_window import MainWindow


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "de")
    yield
    for translator in translators:
        QCoreApplication.removeTranslator(translator)


def _lines_of(browser: QTextBrowser, word: str) -> set[int]:
    """The screen lines (tops of the cursor) a word's first and last letter sit on."""
    text = browser.document().toRawText()
    at = text.index(word)
    tops = set()
    for position in (at, at + len(word) - 1):
        cursor = QTextCursor(browser.document())
        cursor.setPosition(position)
        tops.add(browser.cursorRect(cursor).top())
    return tops


@pytest.mark.parametrize("width", [300, 360])
def test_history_words_are_never_cut_in_a_narrow_pane(qtbot: QtBot, window: MainWindow,
                                                       german: None, width: int) -> None:
    application = applications.find_application(window.desk, "093765345")
    assert application.id is not None
    window.open_application(application.id)
    current = window.current_procedure_id()
    assert current is not None
    review.set_criterion(window.desk, application.id, [current], "administrative_service", True)
    review.decide(window.desk, application.id, [current], Decision.REJECTED,
                  reason="email_link", reason_text="nur Mail")
    window.rows_changed([current])
    browser = window.ui.historyBrowser
    window.ui.detailTabs.setCurrentWidget(window.ui.historyTab)
    browser.setFixedWidth(width)
    qtbot.waitUntil(lambda: browser.width() == width)
    stamp = review.history(window.desk, application.id, current)[-1].at.astimezone()
    for word in (stamp.strftime("%d.%m.%Y"), "Abgelehnt", "Entscheidung",
                 "Verwaltungsleistung"):
        assert len(_lines_of(browser, word)) == 1, word
