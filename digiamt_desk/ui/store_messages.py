"""The store's refusals and warnings in the user's language (context "StoreMessages").

The store words its refusals in English for the command line and gives each a code and its
parameters (store/sqlite_safety.py, services/desk.py `StoreWarning`); they are worded here
through Qt's translations. What has no code is shown as the store wrote it.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from digiamt_desk.services.safety import StoreRefusal

_CONTEXT = "StoreMessages"

_TEXTS = {
    "missing": QT_TRANSLATE_NOOP(
        "StoreMessages", "{path} does not exist or is empty. Create a new, empty database "
        "there?"),
    "not_ours": QT_TRANSLATE_NOOP(
        "StoreMessages", "{path} is not a DigiAmt Desk database ({detail}). It was not "
        "changed."),
    "newer": QT_TRANSLATE_NOOP(
        "StoreMessages", "{path} was written by a newer version of DigiAmt Desk (schema "
        "{revision}). Update DigiAmt Desk to open it."),
    "upgrade_read_only": QT_TRANSLATE_NOOP(
        "StoreMessages", "{path} must be brought up to date to be opened, but it cannot be "
        "written. Copy it to a folder you may write to and open the copy."),
    "unreadable": QT_TRANSLATE_NOOP(
        "StoreMessages", "{path} cannot be read ({detail}). It was not changed; it need not "
        "be damaged. Check the drive and try again."),
    "disk_full": QT_TRANSLATE_NOOP(
        "StoreMessages", "Cannot save to {path}: the disk is full. Nothing was changed; free "
        "some space and try again."),
}

_FOREIGN = {
    "extra": QT_TRANSLATE_NOOP(
        "StoreMessages", "{path} holds a {kind} \u201c{name}\u201d that DigiAmt Desk does not "
        "create. A database file can carry program code that runs on every change, so it was "
        "not opened (and not changed)."),
    "changed": QT_TRANSLATE_NOOP(
        "StoreMessages", "In {path} the {kind} \u201c{name}\u201d differs from what DigiAmt "
        "Desk creates. A database file can carry program code that runs on every change, so "
        "it was not opened (and not changed)."),
    "missing": QT_TRANSLATE_NOOP(
        "StoreMessages", "{path} lacks the {kind} \u201c{name}\u201d of a DigiAmt Desk "
        "database. It was not opened (and not changed)."),
}

_KINDS = {
    "table": QT_TRANSLATE_NOOP("StoreMessages", "table"),
    "index": QT_TRANSLATE_NOOP("StoreMessages", "index"),
    "trigger": QT_TRANSLATE_NOOP("StoreMessages", "trigger"),
    "view": QT_TRANSLATE_NOOP("StoreMessages", "view"),
}

_READ_ONLY = {
    "file_read_only": QT_TRANSLATE_NOOP(
        "StoreMessages", "Cannot save to {path}: the file is read-only. Nothing was changed."),
    "folder_read_only": QT_TRANSLATE_NOOP(
        "StoreMessages", "Cannot save to {path}: its folder {folder} is read-only. Nothing was "
        "changed."),
    "drive_read_only": QT_TRANSLATE_NOOP(
        "StoreMessages", "Cannot save to {path}: the drive it is on is read-only. Nothing was "
        "changed."),
    "disk_full": _TEXTS["disk_full"],
    "damaged": QT_TRANSLATE_NOOP(
        "StoreMessages", "Cannot save to {path}: it is damaged and was opened for reading "
        "only. Nothing was changed."),
}

# The status bar's note while a database is open for reading only, by the reason.
_READ_ONLY_LABELS = {
    "damaged": QT_TRANSLATE_NOOP(
        "StoreMessages", "<b>Read-only</b>: this database is damaged; restore a backup to work "
        "on it"),
    "file_read_only": QT_TRANSLATE_NOOP(
        "StoreMessages", "<b>Read-only</b>: the database file is write-protected"),
    "folder_read_only": QT_TRANSLATE_NOOP(
        "StoreMessages", "<b>Read-only</b>: the folder of the database is write-protected"),
    "drive_read_only": QT_TRANSLATE_NOOP(
        "StoreMessages", "<b>Read-only</b>: the drive of the database is write-protected"),
    "disk_full": QT_TRANSLATE_NOOP(
        "StoreMessages", "<b>Read-only</b>: the disk is full; free some space and open the "
        "database again"),
}

_WARNINGS = {
    "backup_failed": QT_TRANSLATE_NOOP(
        "StoreMessages", "The daily backup could not be written into {folder} ({detail}). You "
        "can work on; back up to another place when you can (File \u203a Back up now)."),
}


def _tr(text: object) -> str:
    return QCoreApplication.translate(_CONTEXT, str(text))


def _fill(template: object, params: dict[str, str]) -> str:
    text = _tr(template)
    for key, value in params.items():
        text = text.replace("{" + key + "}", value)
    return text


def store_message(error: Exception) -> str:
    """The refusal in the user's language (the English text where it has no code)."""
    if not isinstance(error, StoreRefusal):
        return str(error)
    params = dict(error.params)
    if error.code == "foreign_schema":
        params["kind"] = _tr(_KINDS.get(params.get("kind", ""), params.get("kind", "")))
        return _fill(_FOREIGN.get(params.get("problem", ""), _FOREIGN["extra"]), params)
    if error.code == "read_only":
        template = _READ_ONLY.get(params.get("reason", ""))
        return _fill(template, params) if template else str(error)
    template = _TEXTS.get(error.code)
    return _fill(template, params) if template else str(error)


def read_only_label(reason: str) -> str:
    return _tr(_READ_ONLY_LABELS.get(reason, _READ_ONLY_LABELS["damaged"]))


def warning_message(code: str, message: str, params: dict[str, str]) -> str:
    template = _WARNINGS.get(code)
    return _fill(template, params) if template else message


def store_warning_box(text: str, parent: QWidget) -> QMessageBox:
    """A note beside the window that does not stop the work (shown with `show()`)."""
    notice = QMessageBox(QMessageBox.Icon.Warning,
                         QCoreApplication.translate("DeskSession", "Note"), text, parent=parent)
    notice.setObjectName("storeWarning")
    return notice


def explain_unreadable(location: str, exc: Exception, parent: QWidget | None = None) -> None:
    """A database opened for reading whose damage is where the window reads."""
    QMessageBox.critical(
        parent,
        QCoreApplication.translate("DeskSession", "Cannot open the database"),
        QCoreApplication.translate(
            "DeskSession",
            "%1 is damaged where the cases are stored and cannot be read: %2\n\nRestore a "
            "backup (File > Restore from a backup) or ask the support to rescue it.",
        )
        .replace("%1", location)
        .replace("%2", str(getattr(exc, "orig", exc))),
    )


__all__ = ["explain_unreadable", "read_only_label", "store_message", "store_warning_box",
           "warning_message"]
