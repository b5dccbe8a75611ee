"""Start the desktop application: Qt set-up, German translations, error reporting."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import (
    QLibraryInfo,
    QLocale,
    QSize,
    Qt,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
)
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from digiamt_desk import __version__
from digiamt_desk.paths import resource
from digiamt_desk.services.desk_defaults import APP_AUTHOR, APP_NAME
from digiamt_desk.ui.logs import log_folder

log = logging.getLogger("digiamt_desk")
_error_shown = False


def install_translators(app: QApplication, language: str | None = None) -> list[QTranslator]:
    """German unless the settings or the caller ask for English."""
    from digiamt_desk.ui.settings import UserSettings

    # The settings dialog stores the language in UserSettings; read it from there, the one
    # place that names its key (it was read under another key and never applied).
    wanted = language or UserSettings.load().language or "de"
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
    """An unexpected error is logged with its traceback and shown once; the app keeps running.
    A refusal of the store (a read-only file, a full disk) is no fault of the program: it is
    said in its own words, every time."""
    from digiamt_desk.services.safety import StoreRefusal

    if isinstance(value, StoreRefusal) and QApplication.instance() is not None:
        from digiamt_desk.ui.store_messages import store_message

        log.warning("refused by the store: %s", value)
        QMessageBox.warning(None, QApplication.translate("App", "Cannot save"),
                            store_message(value))
        return
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


def _style_and_icon(app: QApplication) -> None:
    """The platform's own look where Qt has one (it follows the system's dark mode on Windows
    11 and in GNOME/KDE); Fusion where only Qt's plain fallback style would be left, or where
    the platform style cannot draw the dark mode the system asks for."""
    style = app.style()
    name = style.name().lower() if style is not None else ""
    dark = app.styleHints().colorScheme() == Qt.ColorScheme.Dark
    # Windows 10's "windowsvista" style draws light whatever the system says; Fusion follows
    # the dark palette Qt takes from the system.
    if name in ("windows", "") or (dark and name == "windowsvista"):
        app.setStyle("Fusion")
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        icon.addFile(str(resource("icons", f"digiamt-desk-{size}.png")), QSize(size, size))
    app.setWindowIcon(icon)
    if sys.platform == "win32":  # the taskbar groups our windows under our icon, not Python's
        import ctypes

        ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID("StMD.DigiAmtDesk")


def _print(line: str) -> None:
    """Print where there is a console (a windowed Windows program has none) and log it."""
    log.info("%s", line)
    if sys.stdout is not None:
        print(line, flush=True)


def self_test(language: str | None) -> int:
    """`--self-test`: the services' steps plus the window's, in a temporary folder."""
    import tempfile

    from digiamt_desk.services.selftest import SelfTestState, StepResult, run_self_test

    def translations(_state: SelfTestState) -> str:
        german = QApplication.translate("App", "Cannot open the database")
        if (language or "de") == "de" and german == "Cannot open the database":
            raise RuntimeError("the German translation is not loaded")
        return german

    def window(state: SelfTestState) -> str:
        from digiamt_desk.ui.main_window import MainWindow

        assert state.desk is not None
        main_window = MainWindow(state.desk)
        main_window.show()
        QApplication.processEvents()
        shown = main_window.applications_model.rowCount()
        statistics = main_window.publication.open_statistics()  # QtCharts is in the bundle
        if statistics.job is not None:  # computing on a thread
            from PySide6.QtCore import QEventLoop, QTimer

            loop = QEventLoop()
            statistics.ready.connect(loop.quit)
            QTimer.singleShot(60_000, loop.quit)  # bounded: a hung thread fails the step
            loop.exec()
        QApplication.processEvents()
        charts = statistics.figure_tabs[0].view is not None
        statistics.close()
        main_window.close()
        main_window.deleteLater()
        if shown < 6:
            raise RuntimeError(f"the window lists {shown} applications")
        if not charts:
            raise RuntimeError("the statistics window shows no chart")
        return f"{shown} applications listed, statistics charted"

    def qt_formats(state: SelfTestState) -> str:
        """The Qt parts the documents need at run time: QtPdf renders the letter (the preview),
        QtSvg the signet, the image plugins read the PNG, print support finds its backend."""
        from PySide6.QtCore import QSize
        from PySide6.QtGui import QImage
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPrintSupport import QPrinter
        from PySide6.QtSvg import QSvgRenderer

        pdf = next(p for p in state.documents if p.suffix == ".pdf")
        document = QPdfDocument()
        if document.load(str(pdf)) != QPdfDocument.Error.None_ or document.pageCount() < 1:
            raise RuntimeError(f"QtPdf cannot read {pdf.name}")
        page = document.render(0, QSize(200, 283))
        if page.isNull():
            raise RuntimeError(f"QtPdf cannot render {pdf.name}")
        svg = next(p for p in state.documents if p.suffix == ".svg")
        if not QSvgRenderer(str(svg)).isValid():
            raise RuntimeError(f"QtSvg cannot read {svg.name}")
        png = next(p for p in state.documents if p.suffix == ".png")
        if QImage(str(png)).isNull():
            raise RuntimeError(f"the image plugins cannot read {png.name}")
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(state.work / "print-test.pdf"))
        if not printer.isValid():
            raise RuntimeError("print support is missing")
        return (f"page 1 of {pdf.name} ({document.pageCount()} pages) rendered, SVG and PNG "
                "read, printing to PDF ready")

    def report(result: StepResult) -> None:
        mark = "ok  " if result.ok else "FAIL"
        _print(f"self-test: {mark} {result.name} ({result.seconds:.2f} s): {result.detail}")

    with tempfile.TemporaryDirectory(prefix="digiamt-selftest-") as folder:
        results = run_self_test(Path(folder), report=report,
                                extra=[("translations", translations),
                                       ("pdf, svg, printing", qt_formats), ("window", window)])
    failed = [r for r in results if not r.ok]
    if failed:
        _print(f"self-test: FAILED at step '{failed[0].name}'")
        return 1
    _print(f"self-test: passed ({len(results)} steps, {sum(r.seconds for r in results):.1f} s)")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="digiamt-desk", description="DigiAmt Desk")
    parser.add_argument("--db", help="database file (default: $DIGIAMT_DB or the user data "
                        "folder)")
    parser.add_argument("--language", choices=["de", "en"], help="user interface language")
    parser.add_argument("--reviewer", help="name recorded in the history (default: the "
                        "settings, $DIGIAMT_REVIEWER, else asked in the window)")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation in a temporary folder and exit (0: ok)")
    parser.add_argument("--exit-after-show", action="store_true",
                        help="print the time the window was first shown and exit (start-up "
                        "benchmark)")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    args, qt_args = parser.parse_known_args(argv if argv is not None else sys.argv[1:])
    if args.reviewer:  # the one place every part (window, services) takes the name from
        os.environ["DIGIAMT_REVIEWER"] = args.reviewer

    QApplication.setOrganizationName(APP_AUTHOR)
    QApplication.setApplicationName(APP_NAME)
    QApplication.setApplicationVersion(__version__)
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication([sys.argv[0], *qt_args])
    _setup_logging()
    _route_qt_messages()
    install_translators(app, args.language)
    _style_and_icon(app)
    if args.self_test:
        return self_test(args.language)
    sys.excepthook = _excepthook

    from digiamt_desk.ui.crash import CrashGuard
    from digiamt_desk.ui.session import DeskSession

    guard = CrashGuard(log_folder())
    ended = guard.ended_sessions()
    guard.start(args.db or "")
    session = DeskSession(guard, exit_after_show=args.exit_after_show)
    # The window is shown first; the database opens after its first paint (ui/session.py).
    if not session.begin(args.db, ended):
        guard.stop()
        return session.exit_code
    session.when_done(lambda ok: None if ok else QApplication.exit(session.exit_code))
    code = app.exec()
    session.close()
    guard.stop()  # a clean exit: the next start has nothing to report
    return session.exit_code if session.outcome is False else code
