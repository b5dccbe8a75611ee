"""The import dialog: preview, column mapping, import, bad input, cancel; and the job helper."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest
from helpers import REPO, table_counts, write_csv
from PySide6.QtCore import Qt, QThread
from pytestqt.qtbot import QtBot

from digiamt_desk.domain.importing import SourceRow
from digiamt_desk.domain.review import Decision, Status
from digiamt_desk.services import applications, review
from digiamt_desk.services.desk import Desk
from digiamt_desk.services.imports import import_source
from digiamt_desk.services.procedures import list_procedures
from digiamt_desk.ui import import_dialog
from digiamt_desk.ui.import_dialog import (
    ImportDialog,
    IssuesModel,
    PreviewModel,
    collect_issues,
    make_import_dialog,
    progress_percent,
)
from digiamt_desk.ui.workers import Job, JobCancelled, JobSignals, running_jobs

DATA = REPO / "tests" / "data" / "importers"


@pytest.fixture
def data_dir_path() -> Path:
    return DATA
HEADER = "Bezeichnung;Link;Leistungsschlüssel;Anbieter;Zweiter Link;Bemerkung"
GARMISCH = "09180117"  # Markt Garmisch-Partenkirchen


def _good_list(tmp_path: Path, rows: int = 8) -> Path:
    """Rows with a link in "Link"; the odd ones have a second link in "Zweiter Link"; then a row
    without a link (skipped) and one with a link lacking its scheme (a warning)."""
    lines = [HEADER]
    for i in range(1, rows + 1):
        second = f"https://alt.example/v{i}" if i % 2 else ""
        lines.append(f"Verfahren {i};https://portal.example/stadt/v{i};9905001210{i:04d};"
                     f"kommunal;{second};Hinweis {i}")
    lines += ["Öffnungszeiten;;;;;nur Information",
              "Gewerbe anmelden;www.stadt.example/gewerbe;;kommunal;;"]
    return write_csv(tmp_path / "liste.csv", lines, "cp1252")


@pytest.fixture(autouse=True)
def no_job_left_running(qtbot: QtBot) -> Iterator[None]:
    """A job still running after a test would use a closed database in the next one."""
    yield
    qtbot.waitUntil(lambda: running_jobs() == 0, timeout=30_000)


def _open(qtbot: QtBot, desk: Desk, source: Path | str | None = None,
          applicant_key: str | None = None) -> ImportDialog:
    dialog = make_import_dialog(desk, source=str(source) if source else None,
                                applicant_key=applicant_key)
    qtbot.addWidget(dialog)
    dialog.show()
    if source:
        qtbot.waitUntil(lambda: dialog.stage == "preview" and not dialog.busy, timeout=20_000)
    return dialog


def _header(dialog: ImportDialog, column: str) -> str:
    model = dialog.preview_model
    section = model.column_names().index(column)
    return str(model.headerData(section, Qt.Orientation.Horizontal))


def test_good_list_preview_mapping_and_import(qtbot: QtBot, desk: Desk, tmp_path: Path) -> None:
    dialog = _open(qtbot, desk, _good_list(tmp_path), applicant_key=GARMISCH)
    ui = dialog.ui
    assert dialog.message() == ""
    assert "Format: CSV" in ui.previewSummary.text()
    assert "Rows to import: 9" in ui.previewSummary.text()
    assert "Rows skipped: 1" in ui.previewSummary.text()
    assert "Warnings: 1" in ui.previewSummary.text()
    # the detected mapping, one combo per field
    assert ui.mappingBox.isVisibleTo(dialog)
    chosen = {field: combo.currentData() for field, combo in dialog.combos.items()}
    assert chosen == {"title": "Bezeichnung", "url": "Link", "leika": "Leistungsschlüssel",
                      "provider": "Anbieter", "ars": "", "ozgid": ""}
    assert ui.leikaCombo.itemText(0) == "(none)"
    assert [ui.leikaCombo.itemText(i) for i in range(1, ui.leikaCombo.count())] == \
        HEADER.split(";")
    # the first rows as they came
    model = dialog.preview_model
    assert model.rowCount() == 9
    assert model.column_names() == HEADER.split(";")
    assert model.index(0, 0).data() == "Verfahren 1"
    assert model.headerData(0, Qt.Orientation.Vertical) == "2"  # the spreadsheet row
    assert _header(dialog, "Link").endswith("→ Link")
    assert "→" not in _header(dialog, "Zweiter Link")
    assert dialog.issues_model.rowCount() == 2
    assert ui.importButton.isEnabled()

    # another link column: the preview follows
    ui.urlCombo.setCurrentIndex(ui.urlCombo.findData("Zweiter Link"))
    assert dialog.mapping is not None and dialog.mapping["url"] == "Zweiter Link"
    assert _header(dialog, "Zweiter Link").endswith("→ Link")
    assert "→" not in _header(dialog, "Link")
    assert dialog.parsed is not None
    assert dialog.parsed.rows[0].url == "https://alt.example/v1"
    assert dialog.parsed.columns["url"] == "Zweiter Link"

    with qtbot.waitSignal(dialog.imported, timeout=20_000) as imported:
        qtbot.mouseClick(ui.importButton, Qt.MouseButton.LeftButton)
    report = imported.args[0]
    assert report is dialog.report
    assert dialog.stage == "report"
    application = applications.find_application(desk, GARMISCH)
    procedures = {p.title: p for p in list_procedures(desk, application.id)}
    assert len(procedures) == 9
    assert procedures["Verfahren 1"].url == "https://alt.example/v1"  # the chosen column
    assert report.added == 9 and report.columns["url"] == "Zweiter Link"
    assert ui.addedValue.text() == "9"
    assert ui.skippedValue.text() == "1"
    assert ui.warningsValue.text() == "1"
    assert ui.unchangedValue.text() == "0"
    assert "StMD-DA-" in ui.reportTitle.text() and "Garmisch-Partenkirchen" in ui.reportTitle.text()
    issues = dialog.report_model.issues()
    assert (issues[0].row, issues[0].message) == (10, "no link: not an online procedure")
    assert not ui.importButton.isVisible()
    assert ui.closeButton.isVisible()


def test_reimport_reports_unchanged(qtbot: QtBot, desk: Desk, tmp_path: Path) -> None:
    path = _good_list(tmp_path)
    import_source(desk, str(path), ars=GARMISCH)
    dialog = _open(qtbot, desk, path, applicant_key=GARMISCH)
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        qtbot.mouseClick(dialog.ui.importButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.addedValue.text() == "0"
    assert dialog.ui.unchangedValue.text() == "9"
    assert "created" not in dialog.ui.reportTitle.text()


def test_a_bad_ars_names_file_row_and_field(qtbot: QtBot, desk: Desk, db_path: Path,
                                            tmp_path: Path) -> None:
    path = write_csv(tmp_path / "kaputt.csv", [
        "Bezeichnung;Link;ARS",
        "Hund;https://www.stadt.example/hund;091620000000",
        "Katze;https://www.stadt.example/katze;12",
    ])
    before = table_counts(db_path)
    dialog = _open(qtbot, desk, path)
    message = dialog.message()
    assert dialog.message_kind() == "error"
    assert "kaputt.csv" in message and "row 3" in message and "'ARS'" in message
    assert not dialog.ui.importButton.isEnabled()
    assert dialog.preview_model.rowCount() == 0
    assert dialog.parse_error is not None and dialog.parse_error.row == 3
    dialog.start_import()  # refused while the source cannot be read
    assert not dialog.busy
    assert table_counts(db_path) == before


def test_a_list_without_link_column_offers_its_columns(qtbot: QtBot, desk: Desk, db_path: Path,
                                                       tmp_path: Path) -> None:
    path = write_csv(tmp_path / "ohne_link.csv",
                     ["Bezeichnung;Seite im Portal", "Hund;https://portal.example/hund"])
    before = table_counts(db_path)
    dialog = _open(qtbot, desk, path, applicant_key=GARMISCH)
    assert "ohne_link.csv" in dialog.message() and "link" in dialog.message().lower()
    assert not dialog.ui.importButton.isEnabled()
    assert table_counts(db_path) == before
    ui = dialog.ui
    assert ui.mappingBox.isVisibleTo(dialog)  # the mapping opens with the columns found
    assert [ui.urlCombo.itemData(i) for i in range(ui.urlCombo.count())] == [
        "Bezeichnung", "Seite im Portal"]
    ui.urlCombo.setCurrentIndex(ui.urlCombo.findData("Seite im Portal"))
    assert dialog.message() == ""
    assert [r.url for r in dialog.parsed.rows] == ["https://portal.example/hund"]
    assert ui.importButton.isEnabled()


def test_a_file_without_header_row_is_mapped_by_column_number(qtbot: QtBot, desk: Desk,
                                                             data_dir_path: Path) -> None:
    dialog = _open(qtbot, desk, data_dir_path / "bad_headerless.csv", applicant_key=GARMISCH)
    ui = dialog.ui
    # read at once by the columns the importer guessed, and said so
    assert "no header row" in dialog.message() and dialog.message_kind() == "info"
    assert (ui.titleCombo.currentData(), ui.urlCombo.currentData()) == ("column 2", "column 3")
    assert [r.title for r in dialog.parsed.rows] == [
        "Hund anmelden", "Wohnsitz anmelden", "Sperrmüll anmelden"]
    assert ui.importButton.isEnabled()
    ui.leikaCombo.setCurrentIndex(ui.leikaCombo.findData("column 1"))
    assert [r.leika_keys for r in dialog.parsed.rows][:2] == [
        ("99041006017000",), ("99115001001000",)]


def test_a_base_address_completes_relative_links(qtbot: QtBot, desk: Desk,
                                                 tmp_path: Path) -> None:
    path = write_csv(tmp_path / "relativ.csv", ["Bezeichnung;Link", "Hund;/antrag/hund"])
    dialog = make_import_dialog(desk, applicant_key=GARMISCH)
    qtbot.addWidget(dialog)
    dialog.ui.baseUrlEdit.setText("https://portal.example/")
    dialog.set_source(str(path))
    dialog.read()
    qtbot.waitUntil(lambda: dialog.stage == "preview" and not dialog.busy, timeout=20_000)
    assert [r.url for r in dialog.parsed.rows] == ["https://portal.example/antrag/hund"]


def test_a_wrong_mapping_shows_why_and_can_be_undone(qtbot: QtBot, desk: Desk,
                                                     tmp_path: Path) -> None:
    dialog = _open(qtbot, desk, _good_list(tmp_path), applicant_key=GARMISCH)
    ui = dialog.ui
    assert ui.titleCombo.findData("") == -1 and ui.urlCombo.findData("") == -1  # required
    ui.arsCombo.setCurrentIndex(ui.arsCombo.findData("Bezeichnung"))
    message = dialog.message()
    assert dialog.message_kind() == "error"
    assert "liste.csv" in message and "row 2" in message and "'Bezeichnung'" in message
    assert not ui.importButton.isEnabled()
    assert not ui.previewTabs.isVisibleTo(dialog)
    assert ui.mappingBox.isVisibleTo(dialog)  # still there to set it right
    ui.arsCombo.setCurrentIndex(ui.arsCombo.findData(""))
    assert dialog.message() == ""
    assert ui.importButton.isEnabled() and ui.previewTabs.isVisibleTo(dialog)


def test_a_big_file_is_parsed_again_in_the_background(qtbot: QtBot, desk: Desk,
                                                      tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(import_dialog, "SYNC_PARSE_BYTES", 0)
    dialog = _open(qtbot, desk, _good_list(tmp_path), applicant_key=GARMISCH)
    ui = dialog.ui
    ui.urlCombo.setCurrentIndex(ui.urlCombo.findData("Zweiter Link"))
    assert dialog.busy == "parse"
    assert not ui.mappingBox.isEnabled() and not ui.importButton.isEnabled()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert dialog.parsed is not None and dialog.parsed.columns["url"] == "Zweiter Link"
    assert ui.mappingBox.isEnabled() and ui.importButton.isEnabled()


def test_an_unexpected_error_is_shown_not_swallowed(qtbot: QtBot, desk: Desk, db_path: Path,
                                                    tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk on fire")

    dialog = _open(qtbot, desk, _good_list(tmp_path), applicant_key=GARMISCH)
    monkeypatch.setattr(import_dialog, "import_source", broken)
    before = table_counts(db_path)
    dialog.start_import()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert "RuntimeError" in dialog.message() and "disk on fire" in dialog.message()
    assert dialog.stage == "preview" and dialog.report is None
    assert table_counts(db_path) == before


def test_missing_file_is_reported_on_the_first_stage(qtbot: QtBot, desk: Desk,
                                                     tmp_path: Path) -> None:
    dialog = _open(qtbot, desk)
    dialog.set_source(str(tmp_path / "fehlt.csv"))
    dialog.read()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert dialog.stage == "source"
    assert "fehlt.csv" in dialog.message() and "not found" in dialog.message()


def test_cancel_mid_import_changes_nothing(qtbot: QtBot, desk: Desk, db_path: Path,
                                           tmp_path: Path) -> None:
    lines = ["Bezeichnung;Link;Leistungsschlüssel;Anbieter"]
    lines += [f"Verfahren {i};https://portal.example/stadt/v{i};99050012{i:06d};kommunal"
              for i in range(1, 60_001)]
    path = write_csv(tmp_path / "gross.csv", lines)
    dialog = _open(qtbot, desk, path, applicant_key=GARMISCH)
    assert "Rows to import: 60" in dialog.ui.previewSummary.text()
    before = table_counts(db_path)
    with qtbot.waitSignal(dialog.import_progress, timeout=20_000):
        qtbot.mouseClick(dialog.ui.importButton, Qt.MouseButton.LeftButton)
    assert dialog.busy == "import"
    assert dialog.ui.cancelButton.isVisible() and not dialog.ui.closeButton.isVisible()
    qtbot.mouseClick(dialog.ui.cancelButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)
    assert dialog.message() == "Import cancelled; nothing was changed."
    assert dialog.stage == "preview" and dialog.report is None
    assert table_counts(db_path) == before


def test_closing_during_import_cancels_it(qtbot: QtBot, desk: Desk, db_path: Path,
                                          tmp_path: Path) -> None:
    lines = ["Bezeichnung;Link"]
    lines += [f"V {i};https://portal.example/v{i}" for i in range(1, 60_001)]
    dialog = _open(qtbot, desk, write_csv(tmp_path / "gross.csv", lines),
                   applicant_key=GARMISCH)
    before = table_counts(db_path)
    with qtbot.waitSignal(dialog.import_progress, timeout=20_000):
        dialog.start_import()
    dialog.reject()  # Escape: the dialog stays open to say what happened
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)
    assert "nothing was changed" in dialog.message()
    assert table_counts(db_path) == before


def test_the_file_names_the_applicant(qtbot: QtBot, desk: Desk) -> None:
    dialog = _open(qtbot, desk, DATA / "dashboard_export.csv")
    ui = dialog.ui
    assert "OZG dashboard export (CSV)" in ui.previewSummary.text()
    assert ui.previewApplicant.text().startswith("Applicant named by the file: München")
    assert ui.importButton.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        qtbot.mouseClick(ui.importButton, Qt.MouseButton.LeftButton)
    assert dialog.report is not None and dialog.report.name == "München"
    application = applications.find_application(desk, "09162000")
    assert len(list_procedures(desk, application.id)) == dialog.report.added


# The completer's popup asks the offscreen platform for things it cannot do.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_without_applicant_the_import_waits_for_one(qtbot: QtBot, desk: Desk,
                                                    tmp_path: Path) -> None:
    dialog = _open(qtbot, desk, _good_list(tmp_path))
    ui = dialog.ui
    assert not ui.importButton.isEnabled()
    assert "names no applicant" in ui.previewApplicant.text()
    # a name: the register search offers the matches
    qtbot.keyClicks(ui.applicantEdit, "Dinkelsb")
    offered = dialog._search_model.stringList()
    assert "Dinkelsbühl (Große Kreisstadt, Ansbach) – 09571136" in offered
    assert not ui.importButton.isEnabled()
    dialog._completer.activated[str].emit(offered[0])  # type: ignore[index]
    assert dialog.applicant is not None and dialog.applicant.key == "09571136"
    assert ui.applicantEdit.text() == "Dinkelsbühl (Große Kreisstadt, Ansbach) – 09571136"
    assert ui.importButton.isEnabled()
    # typing again drops the choice; a typed key is taken on Enter, which starts no import
    ui.applicantEdit.clear()
    qtbot.keyClicks(ui.applicantEdit, "09180117")
    assert not ui.importButton.isEnabled()
    qtbot.keyClick(ui.applicantEdit, Qt.Key.Key_Return)
    assert dialog.applicant is not None and dialog.applicant.key == GARMISCH
    assert ui.importButton.isEnabled() and not dialog.busy
    assert ui.applicantEdit.text().startswith("Garmisch-Partenkirchen (Markt")


def test_json_has_no_column_mapping(qtbot: QtBot, desk: Desk) -> None:
    dialog = _open(qtbot, desk, DATA / "bayernportal_leistungen.json", applicant_key=GARMISCH)
    assert "Format: JSON" in dialog.ui.previewSummary.text()
    assert not dialog.ui.mappingBox.isVisibleTo(dialog)
    assert dialog.preview_model.rowCount() == 3
    assert dialog.ui.importButton.isEnabled()


def test_a_read_only_application_is_not_changed(qtbot: QtBot, desk: Desk, db_path: Path,
                                                tmp_path: Path) -> None:
    lines = ["Bezeichnung;Link"] + [f"V {i};https://bezirk.example/v{i}" for i in range(40)]
    import_source(desk, str(write_csv(tmp_path / "erst.csv", lines)), ars="096")
    application = applications.find_application(desk, "096")
    review.decide(desk, application.id, None, Decision.ACCEPTED)
    applications.set_status(desk, application.id, Status.AWARDED)
    before = table_counts(db_path)
    dialog = _open(qtbot, desk, _good_list(tmp_path), applicant_key="096")
    with qtbot.waitSignal(dialog.ui.importButton.clicked):
        qtbot.mouseClick(dialog.ui.importButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    assert "read-only" in dialog.message() and dialog.message_kind() == "error"
    assert dialog.stage == "preview" and dialog.report is None
    assert table_counts(db_path) == before


def test_another_source_goes_back_to_the_first_stage(qtbot: QtBot, desk: Desk,
                                                      tmp_path: Path) -> None:
    dialog = _open(qtbot, desk, _good_list(tmp_path), applicant_key=GARMISCH)
    qtbot.keyClicks(dialog.ui.sourceEdit, "x")
    assert dialog.stage == "source" and dialog.parsed is None
    assert not dialog.ui.importButton.isVisible()


# -- models -----------------------------------------------------------------------------------

def _rows() -> list[SourceRow]:
    return [
        SourceRow(2, "Hund", "https://a.example/h",
                  raw={"Bezeichnung": "Hund", "Link": "https://a.example/h", "Notiz": "a\nb"}),
        SourceRow(3, "Katze", "https://a.example/k",
                  raw={"Bezeichnung": "Katze", "Link": "https://a.example/k"}),
        SourceRow(5, "Maus", "https://a.example/m",
                  raw={"Bezeichnung": "Maus", "Link": "https://a.example/m", "column 4": "x"}),
    ]


def test_preview_model_is_a_well_behaved_model(qtmodeltester: object) -> None:
    model = PreviewModel()
    model.set_rows(_rows(), {"title": "Bezeichnung", "url": "Link"})
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.column_names() == ["Bezeichnung", "Link", "Notiz", "column 4"]
    assert model.index(0, 2).data() == "a b"  # one line in the table
    assert model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole) == "a\nb"
    assert model.index(1, 3).data() == ""
    assert model.headerData(2, Qt.Orientation.Vertical) == "5"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Bezeichnung\n→ Title"
    model.set_rows([], {})
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_issues_model_is_a_well_behaved_model(qtmodeltester: object, desk: Desk,
                                              tmp_path: Path) -> None:
    from digiamt_desk.importers import parse_file

    parsed = parse_file(_good_list(tmp_path))
    model = IssuesModel()
    model.set_issues(collect_issues(parsed.skipped, parsed.warnings, [(7, 2)]))
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert [model.index(r, IssuesModel.ROW).data() for r in range(3)] == ["7", "10", "11"]
    assert model.index(0, IssuesModel.MESSAGE).data() == "same link as row 2; merged into it"


def test_progress_runs_once_over_all_phases() -> None:
    steps = [("read", 0, 1), ("read", 1, 1), ("store", 5000, 60000), ("store", 60000, 60000),
             ("commit", 0, 1)]
    values = [progress_percent(*step) for step in steps]
    assert values == sorted(values) and values[0] == 0 and values[-1] == 90
    assert progress_percent("store", 0, 0) == 15  # nothing to store yet


# -- the job helper ---------------------------------------------------------------------------

def _run(qtbot: QtBot, fn: Callable[..., object], **kwargs: object) -> tuple[Job, list[object]]:
    job = Job(fn, **kwargs)  # type: ignore[arg-type]
    seen: list[object] = []
    job.signals.progress.connect(lambda *args: seen.append(("progress", *args)))
    job.signals.finished.connect(lambda result: seen.append(("finished", result)))
    job.signals.failed.connect(lambda error: seen.append(("failed", error)))
    job.signals.cancelled.connect(lambda: seen.append(("cancelled",)))
    with qtbot.waitSignal(job.signals.ended, timeout=10_000):
        job.start()
    qtbot.waitUntil(lambda: running_jobs() == 0)
    return job, seen


def test_job_runs_off_the_gui_thread_and_reports_back(qtbot: QtBot) -> None:
    gui = QThread.currentThread()

    def work(progress: Callable[[str, int, int], None], cancelled: Callable[[], bool]) -> object:
        progress("store", 1, 2)
        return QThread.currentThread() is not gui

    _job, seen = _run(qtbot, work)
    assert seen == [("progress", "store", 1, 2), ("finished", True)]


def test_job_reports_failure_and_cancel(qtbot: QtBot) -> None:
    def broken(progress: object, cancelled: object) -> None:
        raise ValueError("kaputt")

    _job, seen = _run(qtbot, broken)
    assert len(seen) == 1 and seen[0][0] == "failed"
    assert isinstance(seen[0][1], ValueError)  # type: ignore[index]

    started = threading.Event()
    go_on = threading.Event()

    def stoppable(progress: object, cancelled: Callable[[], bool]) -> None:
        started.set()
        go_on.wait(10)
        if cancelled():
            raise JobCancelled()

    job = Job(stoppable)
    outcome: list[str] = []
    job.signals.cancelled.connect(lambda: outcome.append("cancelled"))
    job.signals.finished.connect(lambda _r: outcome.append("finished"))
    with qtbot.waitSignal(job.signals.ended, timeout=10_000):
        job.start()
        assert started.wait(10)
        job.cancel()
        go_on.set()
    assert outcome == ["cancelled"] and job.is_cancelled()


def test_many_progress_reports_keep_python_intact(qtbot: QtBot) -> None:
    """PySide6 6.12.0 on Python 3.11 takes a reference from True with every emit(), and some
    thousand progress reports abort the interpreter; pyproject.toml keeps that release out and
    this test keeps it out for good."""
    def chatty(progress: Callable[[str, int, int], None], cancelled: object) -> int:
        for done in range(3000):
            progress("store", done, 3000)
        return 3000

    before = sys.getrefcount(True)
    job = Job(chatty)
    with qtbot.waitSignal(job.signals.ended, timeout=20_000):
        job.start()
    holder = JobSignals(job)
    for _ in range(3000):
        holder.cancelled.emit()
    assert sys.getrefcount(True) >= before - 100


# -- reading from the web ---------------------------------------------------------------------

class _SlowHandler(BaseHTTPRequestHandler):
    """Request n waits for releases[n] and answers with n + 1 procedures."""

    releases: ClassVar[list[threading.Event]] = []
    served: ClassVar[int] = 0
    lock: ClassVar[threading.Lock] = threading.Lock()

    def do_GET(self) -> None:
        with self.lock:
            number = type(self).served
            type(self).served += 1
        self.releases[number].wait(20)
        lines = ["Bezeichnung;Link"] + [f"V {i};https://a.example/v{i}" for i in range(number + 1)]
        body = "\r\n".join(lines).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/csv")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def slow_server() -> Iterator[tuple[str, type[_SlowHandler]]]:
    releases = [threading.Event() for _ in range(3)]
    handler: type[_SlowHandler] = type(
        "Handler", (_SlowHandler,), {"releases": releases, "served": 0})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/liste.csv", handler
    for release in releases:
        release.set()
    httpd.shutdown()
    httpd.server_close()


@pytest.mark.network
def test_a_slow_download_can_be_cancelled(
        qtbot: QtBot, desk: Desk, slow_server: tuple[str, type[_SlowHandler]]) -> None:
    url, server = slow_server
    releases = server.releases
    dialog = _open(qtbot, desk, applicant_key=GARMISCH)
    dialog.set_source(url)
    qtbot.mouseClick(dialog.ui.readButton, Qt.MouseButton.LeftButton)
    assert dialog.busy == "read"
    assert dialog.ui.progressBar.isVisible() and dialog.ui.cancelButton.isVisible()
    assert not dialog.ui.sourceEdit.isEnabled()
    qtbot.waitUntil(lambda: server.served == 1, timeout=10_000)
    qtbot.mouseClick(dialog.ui.cancelButton, Qt.MouseButton.LeftButton)
    assert not dialog.busy and dialog.stage == "source"
    assert dialog.message() == "Reading cancelled."
    # read again while the abandoned download still runs
    qtbot.mouseClick(dialog.ui.readButton, Qt.MouseButton.LeftButton)
    assert dialog.busy == "read"
    qtbot.waitUntil(lambda: server.served == 2, timeout=10_000)
    releases[0].set()  # the abandoned download ends first: its result must be ignored
    qtbot.waitUntil(lambda: running_jobs() == 1, timeout=20_000)
    assert dialog.busy == "read" and dialog.parsed is None
    releases[1].set()
    qtbot.waitUntil(lambda: dialog.stage == "preview" and not dialog.busy, timeout=20_000)
    assert dialog.preview_model.rowCount() == 2  # the second answer, not the first


def test_first_stage_without_anything_chosen(qtbot: QtBot, desk: Desk) -> None:
    dialog = _open(qtbot, desk)
    ui = dialog.ui
    assert dialog.stage == "source"
    assert "names the applicant" in ui.applicantHint.text()
    assert not ui.readButton.isEnabled() and not ui.importButton.isVisible()
    assert not ui.progressBar.isVisible() and not ui.messageLabel.isVisible()
    dialog.set_applicant("12345")  # no key of the register
    assert dialog.applicant is None and "12345" in ui.applicantHint.text()


def test_a_land_wide_export_goes_to_screening_applications(qtbot: QtBot, desk: Desk,
                                                           tmp_path: Path) -> None:
    path = write_csv(tmp_path / "bayern.csv", [
        "leika_key;leika_name;ars;url;aktiv",
        "99041006017000;Hund anmelden;091800117117;https://portal.example/gap/hund;ja",
        "99041006017000;Hund anmelden;095710136136;https://portal.example/din/hund;ja",
        "99050012104000;Gewerbe anmelden;095710136136;https://portal.example/din/gew;ja"])
    dialog = _open(qtbot, desk, path)
    assert not dialog.ui.importButton.isEnabled()  # two authorities: whose list is it?
    dialog.ui.eachAuthorityCheck.setChecked(True)
    assert dialog.ui.importButton.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        dialog.ui.importButton.click()
    report = dialog.screening_report
    assert report is not None
    assert {r.name: r.added for r in report.authorities} == {
        "Garmisch-Partenkirchen": 1, "Dinkelsbühl": 2}
    assert dialog.stage == "report"
    assert "3 rows read for 2 authorities" in dialog.ui.reportTitle.text()
    assert dialog.report_model.rowCount() == 2
