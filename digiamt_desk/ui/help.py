"""Help: a short manual (resources/help/manual_<language>.html) and the list of every keyboard
shortcut of the window, made from the actions themselves so it cannot fall behind."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from digiamt_desk.paths import resource
from digiamt_desk.ui.actions import SHORTCUTS

translate = QCoreApplication.translate


def shortcut_rows(window: QWidget) -> list[tuple[str, str]]:
    """(key in portable text, what it does) for every action of the window with a key, in the
    order of the shortcut table, then any others."""
    found: dict[str, tuple[int, str]] = {}
    order = {name: i for i, name in enumerate(SHORTCUTS)}
    for action in window.findChildren(QAction):
        entry = SHORTCUTS.get(action.objectName())
        text = (QCoreApplication.translate("Shortcuts", str(entry[1])) if entry
                else action.text().replace("&", ""))
        rank = order.get(action.objectName(), len(order))
        for sequence in action.shortcuts():
            key = sequence.toString(QKeySequence.SequenceFormat.PortableText)
            if key and key not in found:
                found[key] = (rank, text)
    return [(key, text) for key, (_rank, text) in sorted(found.items(),
                                                         key=lambda item: item[1][0])]


def shortcuts_html(window: QWidget) -> str:
    rows = "".join(
        f"<tr><td style='white-space: nowrap; padding-right: 12px'><b>"
        f"{escape(QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText))}"
        f"</b></td><td>{escape(text)}</td></tr>"
        for key, text in shortcut_rows(window))
    title = translate("Help", "Keyboard shortcuts")
    where = translate("Help", "The single keys act in the procedure table.")
    return (f"<h2>{escape(title)}</h2><p>{escape(where)}</p>"
            f"<table cellspacing='2'>{rows}</table>")


def manual_html() -> str:
    # The file name is a translated string, so the manual follows the window's language.
    name = translate("Help", "manual_en.html")
    path = resource("help", name)
    if not path.is_file():
        path = resource("help", "manual_en.html")
    return path.read_text(encoding="utf-8")


class HelpWindow(QDialog):
    """Not modal: the reviewer reads it beside the window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpWindow")
        self.setWindowTitle(translate("Help", "DigiAmt Desk help"))
        self.setModal(False)
        self.resize(720, 640)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)

    def show_page(self, html: str, anchor: str = "") -> None:
        self.browser.setHtml(html)
        if anchor:
            self.browser.scrollToAnchor(anchor)
        else:
            self.browser.moveCursor(self.browser.textCursor().MoveOperation.Start)
        if self.isVisible():
            self.raise_()  # already open, maybe behind the window
        self.show()
        self.activateWindow()
        self.browser.setFocus(Qt.FocusReason.OtherFocusReason)


def help_page(window: QWidget) -> str:
    """The manual followed by the shortcut list (anchor "shortcuts")."""
    return manual_html() + "<a name='shortcuts'></a>" + shortcuts_html(window)


def make_help_window(parent: QWidget | None = None) -> HelpWindow:
    return HelpWindow(parent)
