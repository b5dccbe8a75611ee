"""The note field of the detail pane: saved as the reviewer types, and on leaving it.

It is no keyboard trap: Esc and Tab (Shift+Tab too) save the note and give the keyboard back
to the procedure table, so the next A or R decides instead of being typed into the note. A tab
character is never written into a note."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from digiamt_desk.services import review

SAVE_AFTER_MS = 1200  # a pause in typing this long saves the note
_LEAVING_KEYS = (Qt.Key.Key_Escape, Qt.Key.Key_Tab, Qt.Key.Key_Backtab)


class NoteEditor(QObject):
    """Shows the note of one procedure and writes it back through the review service."""

    saved = Signal(list)  # the procedure ids whose note changed

    def __init__(self, edit: QPlainTextEdit, table: QWidget,
                 run: Callable[[Callable[[], object]], object],
                 desk: Callable[[], object]) -> None:
        super().__init__(edit)
        self.edit = edit
        self.table = table
        self._run = run
        self._desk = desk
        self.target: tuple[int, int] | None = None  # (application, procedure) shown
        self.dirty = False
        self._timer = QTimer(self, singleShot=True, interval=SAVE_AFTER_MS)
        self._timer.timeout.connect(self.save)
        edit.setTabChangesFocus(True)
        edit.textChanged.connect(self._edited)
        edit.installEventFilter(self)

    def show(self, application_id: int, procedure_id: int, text: str) -> None:
        self.edit.blockSignals(True)
        self.edit.setPlainText(text)
        self.edit.blockSignals(False)
        self.target = (application_id, procedure_id)
        self.dirty = False

    def clear(self) -> None:
        self.edit.blockSignals(True)
        self.edit.clear()
        self.edit.blockSignals(False)
        self.target = None
        self.dirty = False

    def focus(self) -> None:
        self.edit.setFocus()
        self.edit.selectAll()

    def set_editable(self, editable: bool) -> None:
        self.edit.setReadOnly(not editable)

    def _edited(self) -> None:
        if self.edit.isReadOnly():
            return
        self.dirty = True
        self._timer.start()

    def save(self) -> None:
        """Write the note if it was edited; nothing happens otherwise."""
        self._timer.stop()
        if not self.dirty or self.target is None:
            return
        self.dirty = False
        app_id, pid = self.target
        text = self.edit.toPlainText().replace("\t", " ")
        desk = self._desk()
        result = self._run(lambda: review.set_note(desk, app_id, pid, text))  # type: ignore[arg-type]
        changed = getattr(result, "changed", None)
        if changed:
            self.saved.emit(list(changed))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit:
            if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                    and event.key() in _LEAVING_KEYS:
                self.save()
                self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return True
            if event.type() == QEvent.Type.FocusOut:
                self.save()
        return False
