"""The review goes into the file: the review record (Prüfvermerk), the awarding confirmation's
summary, and the export to XLSX and German Excel CSV, each read back as a colleague would."""

from __future__ import annotations

import csv
import io
import json
import subprocess
from pathlib import Path

import pikepdf
import pytest
from helpers import write_csv
from openpyxl import load_workbook

from digiamt_desk.cli import main
from digiamt_desk.domain.review import Decision, Status
from digiamt_desk.services import applications, review
from digiamt_desk.services.awarding import awarding_summary
from digiamt_desk.services.desk import Desk
from digiamt_desk.services.documents import DocumentKind, produce_documents
from digiamt_desk.services.export import ExportError, export_review
from digiamt_desk.services.imports import import_source
from digiamt_desk.services.procedures import list_procedures
from digiamt_desk.store.tables import Application

TITLES = ["Zweitwohnungsteuer erklären", "Übermittlungssperre beantragen",
          "=HYPERLINK(\"http://evil.example\",\"klick\")", "-1+2 Gewerbe", "@SUM(A1) Hund",
          "Bauantrag einreichen"]


def _application(desk: Desk, tmp_path: Path, count: int = 52) -> Application:
    lines = ["Bezeichnung;Link"] + [f"{t};https://portal.example/t{i}"
                                    for i, t in enumerate(TITLES)]
    lines += [f"Verfahren {i};https://portal.example/v{i}" for i in range(count)]
    lines += ["Formular;https://portal.example/formular.pdf"]
    import_source(desk, str(write_csv(tmp_path / "list.csv", lines)), ars="09180117")
    return applications.find_application(desk, "09180117")


def _ids(desk: Desk, app: Application) -> dict[str, int]:
    return {p.title: p.id for p in list_procedures(desk, app.id)}


def _pdftotext(path: Path) -> str:
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
    return " ".join(done.stdout.decode().split())


def test_review_record_names_who_decided_and_who_approved(desk: Desk, tmp_path: Path) -> None:
    from digiamt_desk.services import approval

    app = _application(desk, tmp_path, count=50)
    desk.set_setting(approval.FOUR_EYES_SETTING, "on")
    review.decide(desk, app.id, None, Decision.ACCEPTED)
    desk.reviewer = "Anna Prüferin"
    applications.set_status(desk, app.id, Status.AWARDED)

    def record_text() -> str:
        written = produce_documents(desk, app.id, tmp_path / "out",
                                    kinds=[DocumentKind.REVIEW_RECORD])
        return _pdftotext(written[0])

    assert "Mitzeichnung steht aus" in record_text()
    desk.reviewer = "Bernd Referatsleiter"
    approval.approve(desk, app.id)
    text = record_text()
    assert "von Anna Prüferin" in text and "mitgezeichnet" in text
    assert "Bernd Referatsleiter" in text


def test_review_record_states_what_was_recorded(desk: Desk, tmp_path: Path) -> None:
    app = _application(desk, tmp_path, count=3)
    ids = _ids(desk, app)
    review.decide(desk, app.id, [ids["Bauantrag einreichen"]], Decision.ACCEPTED)
    review.decide(desk, app.id, [ids["Formular"]], Decision.REJECTED, reason="pdf_form",
                  reason_text="nur zum Ausdrucken")
    written = produce_documents(desk, app.id, tmp_path / "out",
                                kinds=[DocumentKind.REVIEW_RECORD])
    assert [p.name for p in written] == ["09180117_Garmisch-Partenkirchen_Pruefvermerk.pdf"]
    text = _pdftotext(written[0])
    assert "Prüfvermerk: Bewerbung des Marktes Garmisch-Partenkirchen" in text
    assert app.reference in text and "Erika Prüferin" in text
    assert "Gemeldete Verfahren 10" in text and "Angenommen und gezählt 1" in text
    assert "Abgelehnt 1" in text and "Noch nicht geprüft 8" in text
    assert "PDF-Formular zum Ausdrucken: nur zum Ausdrucken" in text
    # The acceptance confirmed the criteria; the record shows them met.
    assert "alle erfüllt" in text and "keines beurteilt" in text
    assert "angenommen: „Bauantrag einreichen“" in text
    # German order: Übermittlungssperre before Verfahren 0 and Zweitwohnungsteuer.
    assert text.index("Übermittlungssperre") < text.index("Verfahren 0") < text.index(
        "Zweitwohnungsteuer")
    with pikepdf.open(written[0]) as pdf:
        assert pdf.open_metadata()["pdfaid:part"] == "2"


def test_record_from_the_command_line(capsys: pytest.CaptureFixture[str], desk: Desk,
                                      db_path: Path, tmp_path: Path) -> None:
    _application(desk, tmp_path, count=2)
    desk.engine.dispose()
    code = main(["--db", str(db_path), "documents", "09180117", "--record", "--out",
                 str(tmp_path / "akte"), "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    files = json.loads(out)[0]["files"]
    assert [Path(f).name for f in files] == ["09180117_Garmisch-Partenkirchen_Pruefvermerk.pdf"]


def test_awarding_summary_lists_hints_on_counted_procedures(desk: Desk, tmp_path: Path) -> None:
    app = _application(desk, tmp_path)
    review.decide(desk, app.id, None, Decision.ACCEPTED)  # all, the PDF link too
    facts = awarding_summary(desk, app)
    assert (facts.counted, facts.threshold, facts.open, facts.eligible) == (59, 50, 0, True)
    assert [(h.title, h.hints) for h in facts.hints] == [("Formular", ("pdf",))]
    lines = "\n".join(facts.lines())
    assert "counted: 59 of 50 needed" in lines and "Formular: pdf" in lines
    assert "read-only" in lines


def test_status_awarded_prints_the_summary(capsys: pytest.CaptureFixture[str], desk: Desk,
                                           db_path: Path, tmp_path: Path) -> None:
    app = _application(desk, tmp_path)
    review.decide(desk, app.id, None, Decision.ACCEPTED)
    desk.engine.dispose()
    code = main(["--db", str(db_path), "status", app.reference, "--set", "awarded"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "counted: 59 of 50 needed" in out and "Formular: pdf" in out
    assert applications.find_application(desk, app.reference).status == Status.AWARDED.value
    assert "criteria version: 2021-07" in out


def test_export_xlsx_reads_back_with_text_kept_as_text(desk: Desk, tmp_path: Path) -> None:
    app = _application(desk, tmp_path, count=2)
    ids = _ids(desk, app)
    review.decide(desk, app.id, [ids["Bauantrag einreichen"]], Decision.ACCEPTED)
    review.set_note(desk, app.id, ids["Bauantrag einreichen"], "=1+1\tNotiz")
    target = tmp_path / "export.xlsx"
    assert export_review(desk, app, target, "xlsx") == [target]
    book = load_workbook(target)
    assert book.sheetnames == ["Verfahren", "Übersicht", "Verlauf"]
    sheet = book["Verfahren"]
    header = [c.value for c in sheet[1]]
    assert header[:8] == ["Nr.", "Verfahren", "Link", "Art des Links", "Anbieter",
                          "Leistungsschlüssel", "Entscheidung", "Grund"]
    assert "Elektronisch absendbar" in header
    rows = [list(row) for row in sheet.iter_rows(min_row=2)]
    titles = [row[1].value for row in rows]
    assert titles.index("Übermittlungssperre beantragen") < titles.index(
        "Zweitwohnungsteuer erklären")
    for row in rows:
        assert row[1].data_type == "s"  # every title a string, the formula-looking ones too
    evil = next(row for row in rows if row[1].value.startswith("=HYPERLINK"))
    assert evil[1].quotePrefix and evil[0].value == titles.index(evil[1].value) + 1
    assert isinstance(evil[0].value, int)
    bauantrag = next(row for row in rows if row[1].value == "Bauantrag einreichen")
    assert bauantrag[6].value == "angenommen"
    assert bauantrag[header.index("Notiz")].value == "=1+1\tNotiz"
    assert bauantrag[header.index("Notiz")].data_type == "s"
    overview = {r[0].value: r[1].value for r in book["Übersicht"].iter_rows(min_row=2)}
    assert overview["Angenommen und gezählt"] == 1 and overview["Gemeldete Verfahren"] == 9
    history = [[c.value for c in r] for r in book["Verlauf"].iter_rows(min_row=2)]
    first = history[0]
    assert (first[2], first[4], first[5], first[6], first[7]) == (
        "angenommen", "Bauantrag einreichen", "Entscheidung", "offen", "angenommen")
    confirmed = [row for row in history if row[2] == "angenommen" and row is not first]
    assert ("Kriterium: Elektronisch absendbar", None, "erfüllt") in [  # empty: None
        (row[5], row[6], row[7]) for row in confirmed]
    note = next(row for row in history if row[5] == "Notiz")
    assert note[7] == "=1+1\tNotiz"


def test_export_csv_for_german_excel(desk: Desk, tmp_path: Path) -> None:
    app = _application(desk, tmp_path, count=2)
    ids = _ids(desk, app)
    target = tmp_path / "export.csv"
    written = export_review(desk, app, target, "csv",
                            procedure_ids=[ids[TITLES[2]], ids[TITLES[3]], ids[TITLES[4]]])
    assert [p.name for p in written] == ["export.csv", "export_Uebersicht.csv",
                                         "export_Verlauf.csv"]
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:3] == ["Nr.", "Verfahren", "Link"]
    assert sorted(r[1] for r in rows[1:]) == sorted("'" + t for t in TITLES[2:5])
    assert len(rows) == 4  # the selection only


def test_export_refuses_an_unknown_format_and_writes_nothing(desk: Desk, tmp_path: Path) -> None:
    app = _application(desk, tmp_path, count=1)
    with pytest.raises(ExportError, match="unknown format 'ods'"):
        export_review(desk, app, tmp_path / "x.ods", "ods")
    assert not (tmp_path / "x.ods").exists()


def test_a_check_after_the_decision_is_listed_until_a_decision_follows(
        desk: Desk, tmp_path: Path) -> None:
    from datetime import timedelta

    from digiamt_desk.store.tables import CHECKS

    app = _application(desk, tmp_path, count=1)
    ids = _ids(desk, app)
    target = ids["Bauantrag einreichen"]
    review.decide(desk, app.id, [target, ids[TITLES[0]]], Decision.ACCEPTED)
    later = desk.clock() + timedelta(minutes=5)
    with desk.engine.begin() as connection:
        connection.execute(CHECKS.insert().values(
            procedure_id=target, application_id=app.id, checked_at=later, url="x",
            status="not_found", hints="no_form"))
    hints = awarding_summary(desk, app).hints
    assert [(h.procedure_id, h.hints, h.check_status) for h in hints] == [
        (target, ("no_form",), "not_found")]
    # The reviewer looks again and decides after the check: no longer waiting.
    desk.clock = lambda: later + timedelta(minutes=1)  # type: ignore[method-assign]
    review.set_note(desk, app.id, target, "Formular per Post, geprüft")
    review.decide(desk, app.id, [target], Decision.OPEN)
    review.decide(desk, app.id, [target], Decision.ACCEPTED)
    assert awarding_summary(desk, app).hints == []
