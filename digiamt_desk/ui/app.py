"""Start the desktop application: Qt set-up, German translations, error reporting."""

from __future__ import annotations

import argparse
import logging
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

import platformdirs
from PySide6.QtCore import (
    QLibraryInfo,
    QLocale,
    QSettings,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QMessageBox

from digiamt_desk import __version__
from digiamt_desk.domain.importing import InputError
from digiamt_desk.paths import resource
from digiamt_desk.services.desk import APP_AUTHOR, APP_NAME, Desk, open_desk
from digiamt_desk.store.db import StoreError

log = logging.getLogger("digiamt_desk")
_error_shown = False


def log_folder() -> Path:
    folder = Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def install_translators(app: QApplication, language: str | None = None) -> list[QTranslator]:
    """German unless the settings or the caller ask for English."""
    wanted = language or str(QSettings().value("ui/language", "de"))
    if wanted == "en":
        return []
    installed = []
    ours = QTranslator(app)
    if ours.load(str(resource("i18n", f"digiamt_{wanted}.qm"))):
        app.installTranslator(ours)
        installed.append(ours)
    qt_base = QTranslator(app)
    if qt_base.load(QLocale(wanted), "qtbase", "_",
                    QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_base)
        installed.append(qt_base)
    return installed


def _route_qt_messages() -> None:
    levels = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
              QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
              QtMsgType.QtFatalMsg: logging.CRITICAL}

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        log.log(levels.get(kind, logging.WARNING), "Qt: %s", message)

    qInstallMessageHandler(handler)


def _excepthook(kind: type[BaseException], value: BaseException,
                tb: TracebackType | None) -> None:
    """An unexpected error is logged with its traceback and shown once; the app keeps running."""
    log.error("unexpected error", exc_info=(kind, value, tb))
    logfile = log_folder() / "digiamt.log"
    global _error_shown
    if QApplication.instance() is not None and not _error_shown:
        _error_shown = True  # once a session: a repeating fault must not bury the window
        QMessageBox.critical(
            None, QApplication.translate("App", "Unexpected error"),
            QApplication.translate("App", "Something went wrong: %1\n\nThe details are in %2")
            .replace("%1", str(value)).replace("%2", str(logfile)))
    elif QApplication.instance() is None:
        traceback.print_exception(kind, value, tb)


def _setup_logging() -> None:
    handler = logging.FileHandler(log_folder() / "digiamt.log", encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(handler)
    logging.getLogger().setLevel(logging.INFO)


def open_or_explain(path: str | None) -> Desk | None:
    try:
        return open_desk(path)
    except (StoreError, InputError, OSError) as exc:
        QMessageBox.critical(None, QApplication.translate("App", "Cannot open the database"),
                             str(exc))
        return None


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="digiamt-desk", description="DigiAmt Desk")
    parser.add_argument("--db", help="database file (default: $DIGIAMT_DB or the user data "
                        "folder)")
    parser.add_argument("--language", choices=["de", "en"], help="user interface language")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    args, qt_args = parser.parse_known_args(argv if argv is not None else sys.argv[1:])

    QApplication.setOrganizationName(APP_AUTHOR)
    QApplication.setApplicationName(APP_NAME)
    QApplication.setApplicationVersion(__version__)
    app = QApplication([sys.argv[0], *qt_args])
    _setup_logging()
    _route_qt_messages()
    install_translators(app, args.language)
    sys.excepthook = _excepthook

    from digiamt_desk.ui.main_window import MainWindow

    desk = open_or_explain(args.db)
    if desk is None:
        return 1
    window = MainWindow(desk)

    def switch(path: str) -> None:
        nonlocal desk, window
        new_desk = open_or_explain(path)
        if new_desk is None:
            return
        if desk is not None:
            desk.close()
        desk = new_desk
        window.switch_desk(new_desk)

    window.database_requested.connect(switch)
    window.show()
    return app.exec()
