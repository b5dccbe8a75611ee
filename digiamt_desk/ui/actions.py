"""Every keyboard shortcut of the review window, in one table.

The window owns the keys: an add-on (checks, documents, import) names its actions with an
objectName and the window binds the keys listed here once every add-on is installed. Two actions
with one key would make Qt report an ambiguous shortcut and run neither (Ctrl+D once did that);
`tests/ui/test_first_use.py` collects every action's key and fails on a clash.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

# objectName: (keys, what the key does, for the shortcut list). The order is the list's order.
SHORTCUTS: dict[str, tuple[tuple[str, ...], object]] = {
    "actionAccept": (("A",), QT_TRANSLATE_NOOP(
        "Shortcuts", "Accept the selected procedures, go on to the next open one")),
    "actionReject": (("R",), QT_TRANSLATE_NOOP(
        "Shortcuts", "Reject with a reason from the catalog and free text")),
    "actionReopen": (("O",), QT_TRANSLATE_NOOP("Shortcuts", "Set back to open")),
    "actionCriterion1": (("1",), QT_TRANSLATE_NOOP(
        "Shortcuts", "Cycle the first criterion: not judged, met, not met")),
    "actionCriterion2": (("2",), QT_TRANSLATE_NOOP("Shortcuts", "Cycle the second criterion")),
    "actionCriterion3": (("3",), QT_TRANSLATE_NOOP("Shortcuts", "Cycle the third criterion")),
    "actionNote": (("N",), QT_TRANSLATE_NOOP(
        "Shortcuts", "Write a note (saved as you type; Esc or Tab goes back to the table)")),
    "actionNextOpen": (("F3",), QT_TRANSLATE_NOOP("Shortcuts", "Next open procedure")),
    "actionOpenLink": (("Ctrl+Return",), QT_TRANSLATE_NOOP(
        "Shortcuts", "Open the link in the browser")),
    "actionCopyRows": (("Ctrl+C",), QT_TRANSLATE_NOOP(
        "Shortcuts", "Copy the selected rows (tab-separated, with a header)")),
    "actionUndo": (("Ctrl+Z",), QT_TRANSLATE_NOOP(
        "Shortcuts", "Undo (per application, kept across restarts)")),
    "actionRedo": (("Ctrl+Shift+Z", "Ctrl+Y"), QT_TRANSLATE_NOOP("Shortcuts", "Redo")),
    "actionFindFilter": (("Ctrl+F",), QT_TRANSLATE_NOOP("Shortcuts", "Filter the procedures")),
    "actionOnlyOpen": (("Ctrl+Shift+O",), QT_TRANSLATE_NOOP(
        "Shortcuts", "Show only open procedures")),
    "actionReload": (("F5",), QT_TRANSLATE_NOOP("Shortcuts", "Reload")),
    "actionNewApplication": (("Ctrl+N",), QT_TRANSLATE_NOOP("Shortcuts", "New application")),
    "actionImport": (("Ctrl+I",), QT_TRANSLATE_NOOP(
        "Shortcuts", "Import a procedure list (or drop a file on the window)")),
    "actionOpenDatabase": (("Ctrl+O",), QT_TRANSLATE_NOOP("Shortcuts", "Open a database")),
    "actionCheckLinks": (("Ctrl+L",), QT_TRANSLATE_NOOP("Shortcuts", "Check the links")),
    "actionCheckSelection": (("Ctrl+Shift+L",), QT_TRANSLATE_NOOP(
        "Shortcuts", "Check the links of the selection")),
    "actionDuplicates": (("Ctrl+U",), QT_TRANSLATE_NOOP("Shortcuts", "Find duplicates")),
    "actionPreviewDocuments": (("Ctrl+D",), QT_TRANSLATE_NOOP(
        "Shortcuts", "Preview and print the documents")),
    "actionWriteDocuments": (("Ctrl+Shift+D",), QT_TRANSLATE_NOOP(
        "Shortcuts", "Write the documents of this application")),
    "actionHelp": (("F1",), QT_TRANSLATE_NOOP("Shortcuts", "Help and this list")),
    "actionQuit": (("Ctrl+Q",), QT_TRANSLATE_NOOP("Shortcuts", "Quit")),
}


def bind_shortcuts(window: QWidget) -> None:
    """Give every action of the window named in SHORTCUTS its keys (and only those)."""
    for action in window.findChildren(QAction):
        entry = SHORTCUTS.get(action.objectName())
        if entry is not None:
            action.setShortcuts([QKeySequence(key) for key in entry[0]])
