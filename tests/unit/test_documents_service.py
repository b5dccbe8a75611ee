"""Producing the documents of applications from the database: which documents, their names,
their content, and that a problem writes nothing. (The signet needs Qt: tests/ui.)"""

from __future__ import annotations

import dataclasses
import io
import os
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from digiamt_desk.documents.templates import load_template
from digiamt_desk.domain.review import Status
from digiamt_desk.services import documents
from digiamt_desk.services.applications import find_application, set_status
from digiamt_desk.services.demo import create_demo
from digiamt_desk.services.desk import Desk, open_desk
from digiamt_desk.services.documents import DocumentError, DocumentKind

PDFS = [DocumentKind.AWARD_LETTER, DocumentKind.CERTIFICATE]


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("docs") / "demo.db"
    create_demo(path)
    return path


@pytest.fixture
def desk(demo_file: Path, tmp_path: Path) -> Desk:
    copy = tmp_path / "demo.db"
    copy.write_bytes(demo_file.read_bytes())
    return open_desk(copy, reviewer="Doc-Test")


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(
        path.read_bytes())).pages).split())


def test_eligible_application_gets_award_letter_and_certificate(desk: Desk,
                                                                 tmp_path: Path) -> None:
    app = find_application(desk, "09180117")
    assert app.id is not None
    assert documents.kinds_for(app, eligible=True) == [
        DocumentKind.AWARD_LETTER, DocumentKind.CERTIFICATE, DocumentKind.SIGNET]
    written = documents.produce_documents(desk, app.id, tmp_path / "out", kinds=PDFS,
                                          on=date(2026, 7, 28))
    assert [p.name for p in written] == [
        "09180117_Garmisch-Partenkirchen_Auszeichnungsschreiben.pdf",
        "09180117_Garmisch-Partenkirchen_Urkunde.pdf"]
    letter = pdf_text(written[0])
    prepared = documents.prepare(desk, app.id, kinds=PDFS)
    assert f"Von den geprüften Verfahren erfüllen {prepared.data.counted} die Kriterien" in letter
    assert "28. Juli 2026" in letter and app.reference in letter
    assert "Erika Musterfrau" in letter  # the demo's contact in the information block
    assert "Markt Garmisch-Partenkirchen" in pdf_text(written[1])
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(p.name for p in written)


def test_open_application_below_the_threshold_gets_the_request_for_more(desk: Desk,
                                                                       tmp_path: Path) -> None:
    app = find_application(desk, "09571136")  # Dinkelsbühl: 48 of 50, query sent
    assert app.id is not None
    written = documents.produce_documents(desk, app.id, tmp_path)
    assert [p.name for p in written] == ["09571136_Dinkelsbuehl_Nachforderung.pdf"]
    text = pdf_text(written[0])
    assert "Bisher erfüllen 48 davon" in text and "Es fehlen also noch 2" in text


def test_rejected_application_gets_the_rejection_letter_with_reasons(desk: Desk,
                                                                    tmp_path: Path) -> None:
    app = find_application(desk, "09187")  # Landkreis Rosenheim, 22 counted
    assert app.id is not None
    set_status(desk, app.id, Status.REJECTED)
    written = documents.produce_documents(desk, app.id, tmp_path)
    assert [p.name for p in written] == ["09187_Rosenheim_Ablehnungsschreiben.pdf"]
    text = pdf_text(written[0])
    prepared = documents.prepare(desk, app.id)
    assert prepared.data.not_counted
    for line in prepared.data.not_counted[:5]:
        assert line.title in text
    assert "Noch nicht geprüft" in text or "Nur" in text


def test_no_award_documents_for_an_application_that_is_not_eligible(desk: Desk,
                                                                   tmp_path: Path) -> None:
    app = find_application(desk, "09571136")
    assert app.id is not None
    with pytest.raises(DocumentError, match=r"not eligible \(48 of 50"):
        documents.produce_documents(desk, app.id, tmp_path / "out",
                                    kinds=[DocumentKind.CERTIFICATE])
    assert not (tmp_path / "out").exists()


def test_a_broken_template_stops_everything_before_a_file_is_written(desk: Desk,
                                                                    tmp_path: Path) -> None:
    own = tmp_path / "templates"
    own.mkdir()
    (own / "certificate.toml").write_text(
        (Path(load_template("certificate").source).read_text(encoding="utf-8")
         .replace("{authority_dat}", "{gemeinde}")), encoding="utf-8")
    with pytest.raises(DocumentError, match="gemeinde"):
        documents.save_settings(desk, {"documents.template_folder": str(own)})
    assert desk.setting("documents.template_folder") == ""
    # A template changed after it was chosen is caught when the documents are made.
    desk.set_setting("documents.template_folder", str(own))
    app = find_application(desk, "09180117")
    assert app.id is not None
    out = tmp_path / "out"
    with pytest.raises(DocumentError, match=r"certificate\.toml.*'gemeinde'"):
        documents.produce_documents(desk, app.id, out, kinds=PDFS)
    assert not out.exists()


def test_settings_are_checked_all_before_any_is_stored(desk: Desk) -> None:
    with pytest.raises(DocumentError, match=r"certificate\.positions"):
        documents.save_settings(desk, {"letterhead.unit": "Referat D5",
                                       "certificate.positions": "name=1,2"})
    assert desk.setting("letterhead.unit", "unchanged") == "unchanged"
    documents.save_settings(desk, {"letterhead.contact": "Erika Musterfrau\nTel. 089 1",
                                   "certificate.paper": "preprinted"})
    values = documents.document_settings(desk)
    assert values["certificate.paper"] == "preprinted"
    assert documents.letterhead(values).contact == ("Erika Musterfrau", "Tel. 089 1")


def test_letterhead_settings_reach_the_letter(desk: Desk, tmp_path: Path) -> None:
    documents.save_settings(desk, {"letterhead.contact": "Erika Musterfrau",
                                   "letterhead.signatory_name": "Dr. Anna Beispiel"})
    app = find_application(desk, "09571136")
    assert app.id is not None
    text = pdf_text(documents.produce_documents(desk, app.id, tmp_path)[0])
    assert "Erika Musterfrau" in text and "Dr. Anna Beispiel" in text


def test_an_unwritable_folder_is_reported_with_its_path(desk: Desk, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    app = find_application(desk, "09571136")
    assert app.id is not None
    with pytest.raises(DocumentError, match="not-a-folder"):
        documents.produce_documents(desk, app.id, blocker / "out")


def test_batch_reports_each_application_and_stops_on_cancel(desk: Desk, tmp_path: Path) -> None:
    ids = [find_application(desk, key).id for key in ("09571136", "09187", "093765345")]
    seen: list[tuple[int, int, str]] = []
    report = documents.produce_batch(desk, [i for i in ids if i is not None], tmp_path,
                                     progress=lambda d, t, n: seen.append((d, t, n)))
    assert len(report.written) == 3 and not report.failed and not report.cancelled
    assert [(d, t) for d, t, _name in seen] == [(1, 3), (2, 3), (3, 3)]
    # Each application's letter and its review record for the file.
    assert len(list(tmp_path.glob("*_Pruefvermerk.pdf"))) == 3
    assert len(list(tmp_path.glob("*.pdf"))) == 6

    calls = iter([False, True])
    stopped = documents.produce_batch(desk, [i for i in ids if i is not None],
                                      tmp_path / "again", cancelled=lambda: next(calls, True))
    assert stopped.cancelled and len(stopped.written) == 1


def test_a_large_batch_uses_worker_processes_and_writes_the_same(desk: Desk,
                                                                tmp_path: Path) -> None:
    ids = [find_application(desk, key).id for key in ("09571136", "09187", "093765345")]
    plain = [i for i in ids if i is not None]
    assert documents.batch_workers(3) == 0 and documents.batch_workers(500) >= 1
    sequential = documents.produce_batch(desk, plain, tmp_path / "one", workers=0)
    parallel = documents.produce_batch(desk, plain * 3, tmp_path / "two", workers=2)
    assert not parallel.failed and set(parallel.written) == set(sequential.written)
    names = sorted(p.name for p in (tmp_path / "one").iterdir())
    assert sorted(p.name for p in (tmp_path / "two").iterdir()) == names


class _EndsTheProcess:
    """Unpickled in a worker process, it ends that process at once (as the kernel's
    out-of-memory killer would)."""

    def __reduce__(self) -> tuple[object, tuple[int]]:
        return (os._exit, (3,))


def test_a_worker_that_dies_fails_its_applications_and_not_the_batch(desk: Desk,
                                                                     tmp_path: Path) -> None:
    ids = [find_application(desk, key).id for key in ("09571136", "09187", "093765345")]
    prepared = [documents.prepare(desk, i, record=True) for i in ids if i is not None]
    doomed = dataclasses.replace(prepared[0], record=_EndsTheProcess())  # type: ignore[arg-type]
    seen: list[int] = []
    out = tmp_path / "out"
    report = documents.produce_batch(desk, [doomed, *prepared[1:]], out, workers=2,
                                     progress=lambda done, _total, _name: seen.append(done))
    assert doomed.application.id in report.failed
    assert "ended unexpectedly" in report.failed[doomed.application.id or 0]
    # Every application is accounted for: written whole, or failed with the reason.
    assert set(report.written) | set(report.failed) == {p.application.id for p in prepared}
    assert seen[-1] == 3 and not report.cancelled
    for paths in report.written.values():
        assert all(path.is_file() and path.stat().st_size > 0 for path in paths)
    written = {path for paths in report.written.values() for path in paths}
    assert set(out.iterdir()) == written if out.exists() else not written  # no temporary files


def test_query_letter_deadline_is_a_setting(desk: Desk, tmp_path: Path) -> None:
    app = find_application(desk, "09571136")  # still in review, short of the threshold
    assert app.id is not None
    for bad in ("0", "27", "vier", "4.5", ""):
        with pytest.raises(DocumentError, match="weeks"):
            documents.save_settings(desk, {"documents.query_deadline_weeks": bad})
    written = documents.produce_documents(desk, app.id, tmp_path / "default",
                                          on=date(2026, 3, 2))
    assert "bis zum 30. März 2026" in pdf_text(written[0])  # four weeks by default
    documents.save_settings(desk, {"documents.query_deadline_weeks": "6"})
    written = documents.produce_documents(desk, app.id, tmp_path / "six", on=date(2026, 3, 2))
    text = pdf_text(written[0])
    assert "bis zum 13. April 2026" in text
    assert "Erreicht uns bis dahin keine Ergänzung, entscheiden wir" in text


def test_the_contact_defaults_to_the_reviewer_when_none_is_set(desk: Desk,
                                                               tmp_path: Path) -> None:
    app = find_application(desk, "09571136")
    assert app.id is not None
    documents.save_settings(desk, {"letterhead.contact": ""})
    desk.reviewer = "Dr. Petra Prüfer"
    prepared = documents.prepare(desk, app.id)
    assert prepared.data.letterhead.contact == ("Dr. Petra Prüfer",)
    text = pdf_text(documents.produce_documents(desk, app.id, tmp_path)[0])
    assert "Kontakt Dr. Petra Prüfer" in text
    # A contact that is set stays the contact, whoever reviews.
    documents.save_settings(desk, {"letterhead.contact": "Erika Musterfrau\nTel. 089 1"})
    assert documents.prepare(desk, app.id).data.letterhead.contact == (
        "Erika Musterfrau", "Tel. 089 1")


def test_contact_follows_a_name_given_in_the_window_never_the_login(
        demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Opened without a name, the letters name no contact; the window's settings or name bar
    set `desk.reviewer` afterwards, and from then on the letters name that person."""
    monkeypatch.delenv("DIGIAMT_REVIEWER", raising=False)
    monkeypatch.setenv("LOGNAME", "sachbearb7")
    monkeypatch.setenv("USER", "sachbearb7")
    copy = tmp_path / "demo.db"
    copy.write_bytes(demo_file.read_bytes())
    desk = open_desk(copy)
    try:
        documents.save_settings(desk, {"letterhead.contact": ""})
        app = find_application(desk, "09180117")
        assert app.id is not None
        assert desk.reviewer == "sachbearb7"  # the history still records someone
        assert documents.prepare(desk, app.id, kinds=PDFS).data.letterhead.contact == ()
        desk.reviewer = "Anna Prüferin"  # what the window does with the name it was given
        assert documents.prepare(desk, app.id, kinds=PDFS).data.letterhead.contact == (
            "Anna Prüferin",)
    finally:
        desk.close()
