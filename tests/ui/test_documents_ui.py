"""Documents in the window and on disk: the full set with the signet, preview, print at 100 %,
the batch with cancel, the Documents menu and the document settings."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QColor, QImage, QPageSize
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from digiamt_desk.documents.signet import SIZES, render_signet
from digiamt_desk.services import documents
from digiamt_desk.services.applications import find_application
from digiamt_desk.services.desk import Desk
from digiamt_desk.ui.dialogs import make_settings_dialog
from digiamt_desk.ui.documents import (
    DocumentBatch,
    DocumentDialog,
    make_document_dialog,
    print_pdf,
)
from digiamt_desk.ui.main_window import MainWindow
from digiamt_desk.ui.settings import UserSettings


def image_of(png: bytes) -> QImage:
    image = QImage()
    assert image.loadFromData(png, "PNG")
    return image


def test_signet_pngs_have_the_promised_sizes_and_transparency() -> None:
    files = render_signet("Markt Garmisch-Partenkirchen", "2026")
    assert sorted(files.png) == list(SIZES) == [256, 512, 1024]
    for size, png in files.png.items():
        image = image_of(png)
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel()
        assert image.pixelColor(1, 1).alpha() == 0  # outside the rounded corner
        middle = image.pixelColor(size // 25, size // 2)
        assert middle.alpha() == 255 and middle.blue() > 140 and middle.red() < 40  # blue
        white = sum(1 for x in range(0, size, 4) for y in range(size // 2, size * 4 // 5, 4)
                    if image.pixelColor(x, y) == QColor(255, 255, 255))
        assert white > 0  # the lettering


@pytest.mark.parametrize("name", ["Markt Garmisch-Partenkirchen", "Stadt Ölbach",
                                  "Gemeinde Übersee mit einem sehr langen Namen (Oberbayern)"])
def test_signet_drawn_in_strips_is_the_signet_drawn_whole(name: str) -> None:
    """A batch paints, scales and compresses only the rows of the name line and takes the
    badge above it from the first signet: every pixel as if the whole image were drawn."""
    from digiamt_desk.documents import signet

    shapes = signet._label_shapes(name, "2026")
    top = signet._strip_top(shapes, max(SIZES), SIZES)
    assert top is not None and 0 < top < max(SIZES) * 9 // 10
    strips = signet._strip_pngs(shapes, max(SIZES), SIZES, top)
    whole = signet._whole_pngs(shapes, max(SIZES), SIZES, True)
    for size in SIZES:
        drawn, expected = image_of(strips[size]), image_of(whole[size])
        assert drawn.size() == expected.size()
        assert drawn.convertToFormat(QImage.Format.Format_RGBA8888) == (
            expected.convertToFormat(QImage.Format.Format_RGBA8888)), (name, size)
    # Another name changes the name line and nothing above it.
    other = image_of(render_signet("Bezirk Oberpfalz", "2026").png[256])
    mine = image_of(strips[256])
    band = 256 * 80 // 100
    assert all(mine.pixelColor(x, y) == other.pixelColor(x, y)
               for x in range(0, 256, 3) for y in range(0, band, 3))
    assert any(mine.pixelColor(x, y) != other.pixelColor(x, y)
               for x in range(0, 256, 2) for y in range(band, 256, 2))


def test_signet_svg_parses_and_names_itself() -> None:
    files = render_signet("Bezirk Unterfranken", "2025")
    root = ElementTree.fromstring(files.svg.encode())
    ns = {"svg": "http://www.w3.org/2000/svg"}
    assert root.get("viewBox") == "0 0 100 100"
    title = root.find("svg:title", ns)
    assert title is not None and "Wir sind für Sie da. Auch online." in (title.text or "")
    assert "Bezirk Unterfranken" in (title.text or "")
    paths = root.findall("svg:path", ns)
    assert len(paths) >= 8 and all(p.get("d", "").startswith("M") for p in paths)
    assert paths[0].get("fill") == "#00539f"


def test_the_signet_module_needs_no_widgets() -> None:
    code = ("import sys, digiamt_desk.documents.signet as s; s.ensure_gui(); "
            "s.render_signet('X', '2026'); print('PySide6.QtWidgets' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, env={**__import__("os").environ,
                                             "QT_QPA_PLATFORM": "offscreen"})
    assert result.stdout.strip() == "False"


def test_full_set_for_an_eligible_application(demo_desk: Desk, tmp_path: Path) -> None:
    app = find_application(demo_desk, "096")  # Bezirk Unterfranken, awarded
    assert app.id is not None
    written = documents.produce_documents(demo_desk, app.id, tmp_path)
    assert [p.name for p in written] == [
        "096_Unterfranken_Auszeichnungsschreiben.pdf", "096_Unterfranken_Urkunde.pdf",
        "096_Unterfranken_Signet-256px.png", "096_Unterfranken_Signet-512px.png",
        "096_Unterfranken_Signet-1024px.png", "096_Unterfranken_Signet.svg"]
    assert image_of(written[4].read_bytes()).width() == 1024
    assert not list(tmp_path.glob(".*part"))  # no temporary files left behind


@pytest.fixture
def window(qtbot: QtBot, demo_desk: Desk) -> MainWindow:
    shown = MainWindow(demo_desk)
    qtbot.addWidget(shown)
    return shown


def preview(qtbot: QtBot, window: MainWindow, key: str) -> DocumentDialog:
    """The preview of an application's documents, once they are rendered."""
    app = find_application(window.desk, key)
    assert app.id is not None
    dialog = make_document_dialog(window.desk, app.id, window.settings, window)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.rendered, timeout=20000):
        pass
    return dialog


def test_preview_lists_the_documents_and_shows_them(qtbot: QtBot, window: MainWindow) -> None:
    dialog = preview(qtbot, window, "09180117")
    assert dialog.error == ""
    labels = [dialog.ui.documentList.item(i).text()
              for i in range(dialog.ui.documentList.count())]
    assert labels[:2] == ["Award letter", "Certificate"] and len(labels) == 7
    assert labels[-1] == "Review record"  # the record for the file, shown and printable too
    assert dialog.pdf.pageCount() >= 2  # the letter with its annex
    assert dialog.ui.viewStack.currentWidget() is dialog.ui.pdfPage
    dialog.ui.documentList.setCurrentRow(1)
    assert dialog.pdf.pageCount() == 1
    dialog.ui.documentList.setCurrentRow(4)
    assert dialog.ui.viewStack.currentWidget() is dialog.ui.imagePage
    assert not dialog.ui.printButton.isEnabled()
    assert dialog.ui.imageLabel.pixmap().width() == 1024

    window.settings.output_folder = str(Path(window.desk.location).parent / "out")
    written = dialog.save_all()
    # The six documents and the review record (the last in the list).
    assert len(written) == 7 and all(p.exists() for p in written)
    assert written[-1].name == "09180117_Garmisch-Partenkirchen_Pruefvermerk.pdf"


def test_preview_of_a_broken_setup_says_why(qtbot: QtBot, window: MainWindow,
                                            tmp_path: Path) -> None:
    (tmp_path / "award_letter.toml").write_text('subject = "{unknown}"\n', encoding="utf-8")
    window.desk.set_setting("documents.template_folder", str(tmp_path))
    dialog = preview(qtbot, window, "09180117")
    assert "award_letter.toml" in dialog.error
    assert dialog.ui.viewStack.currentWidget() is dialog.ui.messagePage
    assert not dialog.ui.saveAllButton.isEnabled()


def test_printing_keeps_the_page_at_a4_and_100_percent(qtbot: QtBot, window: MainWindow,
                                                      tmp_path: Path) -> None:
    dialog = preview(qtbot, window, "09571136")
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(target))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))  # a US printer's default
    pages = print_pdf(dialog.pdf, printer)
    printed = PdfReader(io.BytesIO(target.read_bytes()))
    assert pages == dialog.pdf.pageCount() == len(printed.pages)
    box = printed.pages[0].mediabox
    assert abs(float(box.width) - 595.3) < 1.5 and abs(float(box.height) - 841.9) < 1.5


def test_batch_writes_every_decided_application(qtbot: QtBot, window: MainWindow,
                                                tmp_path: Path) -> None:
    decided = [a.id for a in documents.decided_applications(window.desk) if a.id is not None]
    assert decided
    batch = DocumentBatch(window.desk, decided, tmp_path, window)
    with qtbot.waitSignal(batch.done, timeout=30000) as blocker:
        batch.start()
    report = blocker.args[0]
    assert report is not None and not report.failed and len(report.written) == len(decided)
    # The letter, certificate, three PNGs, the SVG, and the review record for the file.
    assert len(list(tmp_path.glob("096_Unterfranken_*"))) == 7
    assert (tmp_path / "096_Unterfranken_Pruefvermerk.pdf").exists()


def test_batch_cancel_writes_nothing_more(qtbot: QtBot, window: MainWindow,
                                          tmp_path: Path) -> None:
    decided = [a.id for a in documents.decided_applications(window.desk) if a.id is not None]
    batch = DocumentBatch(window.desk, decided, tmp_path / "out", window)
    from PySide6.QtWidgets import QPushButton

    # The user presses Cancel before the first application is done.
    batch.progress.findChild(QPushButton).click()
    with qtbot.waitSignal(batch.done, timeout=30000) as blocker:
        batch.start()
    assert blocker.args[0].cancelled and not (tmp_path / "out").exists()


def test_documents_menu_follows_the_open_application(qtbot: QtBot,
                                                     window: MainWindow) -> None:
    menu = window.documents_menu
    actions = {a.objectName(): a for a in menu.actions() if a.objectName()}
    assert set(actions) == {"actionPreviewDocuments", "actionWriteDocuments",
                            "actionWriteRecord", "actionBatchDocuments",
                            "actionOpenOutputFolder",
                            "actionPublishList"}  # issue 15: the public list
    window.open_application(None)
    menu.aboutToShow.emit()  # the user opens the menu
    assert not actions["actionPreviewDocuments"].isEnabled()
    app = find_application(window.desk, "09180117")
    window.open_application(app.id)
    assert actions["actionPreviewDocuments"].isEnabled()
    assert actions["actionWriteDocuments"].isEnabled()
    assert actions["actionWriteRecord"].isEnabled()


def test_settings_dialog_stores_letterhead_in_the_database(qtbot: QtBot,
                                                           demo_desk: Desk) -> None:
    dialog = make_settings_dialog(demo_desk, UserSettings.load())
    qtbot.addWidget(dialog)
    ui = dialog.ui
    before = demo_desk.setting("letterhead.contact")
    assert ui.ministryEdit.text() == "Bayerisches Staatsministerium für Digitales"
    assert ui.contactEdit.toPlainText() == before
    ui.reviewerEdit.setText("Erika Musterfrau")
    ui.contactEdit.setPlainText("Erika Musterfrau\nTelefon 089 2129-0")
    ui.positionsEdit.setText("name=105,118")
    dialog.accept()
    assert "positions" in ui.messageLabel.text() or "X,Y,WIDTH" in ui.messageLabel.text()
    assert demo_desk.setting("letterhead.contact") == before  # nothing stored
    ui.positionsEdit.setText("name=105,130,150")
    ui.paperCombo.setCurrentIndex(ui.paperCombo.findData("preprinted"))
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    values = documents.document_settings(demo_desk)
    assert values["letterhead.contact"] == "Erika Musterfrau\nTelefon 089 2129-0"
    assert values["certificate.paper"] == "preprinted"
    assert values["certificate.positions"] == "name=105,130,150"


def test_the_window_starts_without_the_document_libraries() -> None:
    """reportlab, pikepdf and QtPdf cost about 0.2 s to import: they load when first used."""
    code = ("import sys, digiamt_desk.ui.main_window; "
            "print(sorted(m for m in ('reportlab', 'pikepdf', 'PySide6.QtPdf', "
            "'PySide6.QtPdfWidgets', 'PySide6.QtPrintSupport') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, env={**__import__("os").environ,
                                             "QT_QPA_PLATFORM": "offscreen"})
    assert result.stdout.strip() == "[]"


def test_review_record_from_the_documents_menu(qtbot: QtBot, window: MainWindow,
                                               tmp_path: Path) -> None:
    window.settings.output_folder = str(tmp_path / "akte")
    window.open_application(find_application(window.desk, "09571136").id)
    record = next(a for a in window.documents_menu.actions()
                  if a.objectName() == "actionWriteRecord")
    record.trigger()
    qtbot.waitUntil(lambda: (tmp_path / "akte" / "09571136_Dinkelsbuehl_Pruefvermerk.pdf")
                    .exists(), timeout=30000)
    assert [p.name for p in (tmp_path / "akte").iterdir()] == [
        "09571136_Dinkelsbuehl_Pruefvermerk.pdf"]  # the record only, no letter
