"""Importing into the database: counting, merging, re-importing, and all-or-nothing."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import desk_counts, write_csv
from pg_cluster import BACKENDS, desk_on

from digiamt_desk.domain.importing import InputError
from digiamt_desk.domain.review import Decision, ReviewError, Status
from digiamt_desk.services import applications, review
from digiamt_desk.services.desk import Desk
from digiamt_desk.services.imports import ImportCancelled, import_source
from digiamt_desk.services.procedures import list_procedures, source_rows


@pytest.fixture(params=BACKENDS)
def desk(request: pytest.FixtureRequest) -> Iterator[Desk]:
    """Every test here runs on SQLite and on PostgreSQL (tests/pg_cluster.py)."""
    yield from desk_on(request)

GERMAN_HEADER = "Bezeichnung;Link;Leistungsschlüssel;Anbieter"


def _german_list(tmp_path: Path, rows: int, *, name: str = "liste.csv",
                 extra: list[str] | None = None) -> Path:
    lines = [GERMAN_HEADER]
    lines += [f"Verfahren {i};https://portal.example/stadt/v{i};9905001210{i:04d};kommunal"
              for i in range(1, rows + 1)]
    return write_csv(tmp_path / name, lines + (extra or []), "cp1252")


def test_import_counts_merges_and_skips(desk: Desk, tmp_path: Path) -> None:
    path = _german_list(tmp_path, 3, extra=[
        "Verfahren 1 (Zweigstelle);HTTPS://Portal.Example:443/stadt/v1/#x;99050012109999;",
        "Öffnungszeiten;;;",
        "Rückfragen;mailto:amt@stadt.example;;kommunal",
    ])
    report = import_source(desk, str(path), ars="09180117")
    assert (report.added, report.merged, report.updated) == (4, 1, 0)
    assert [(s.row, s.reason) for s in report.skipped] == [
        (6, "no link: not an online procedure")]
    assert report.merged_rows == [(5, 2)]
    assert report.not_online == 1
    application = applications.find_application(desk, "09180117")
    procedures = {p.title: p for p in list_procedures(desk, application.id)}
    merged = procedures["Verfahren 1"]
    assert merged.leika_keys == ("99050012100001", "99050012109999")  # kept together
    assert merged.duplicate_rows == 1
    assert procedures["Rückfragen"].link_kind == "mailto"
    rows = source_rows(desk, merged.id)
    assert [r.row for r in rows] == [2, 5]
    assert rows[1].values["Link"] == "HTTPS://Portal.Example:443/stadt/v1/#x"  # as it came
    summary = applications.summary(desk, application)
    assert (summary.procedures, summary.duplicates_merged, summary.open) == (4, 1, 4)


def test_reimport_merges_by_link_and_keeps_decisions(desk: Desk, tmp_path: Path) -> None:
    import_source(desk, str(_german_list(tmp_path, 3)), ars="09180117")
    application = applications.find_application(desk, "09180117")
    first = list_procedures(desk, application.id)
    review.decide(desk, application.id, [first[0].id], Decision.ACCEPTED)
    review.decide(desk, application.id, [first[1].id], Decision.REJECTED, reason="pdf_form")
    review.set_note(desk, application.id, first[0].id, "geprüft am Telefon")
    updated = write_csv(tmp_path / "neu.csv", [
        GERMAN_HEADER,
        "Verfahren 1 – neuer Titel;https://portal.example/stadt/v1/;99050012100001;kommunal",
        "Verfahren 2;https://portal.example/stadt/v2;99050012100002;kommunal",
        "Verfahren 4;https://portal.example/stadt/v4;99050012100004;kommunal",
    ])
    report = import_source(desk, str(updated), ars="09180117")
    assert (report.added, report.updated, report.unchanged, report.not_in_source) == (1, 1, 1, 1)
    after = {p.id: p for p in list_procedures(desk, application.id)}
    assert after[first[0].id].title == "Verfahren 1 – neuer Titel"
    assert after[first[0].id].decision == "accepted"
    assert after[first[0].id].note == "geprüft am Telefon"
    assert after[first[1].id].decision == "rejected"
    assert after[first[1].id].reason_code == "pdf_form"
    assert len(after) == 4  # nothing removed: procedure 3 keeps its place


def test_the_file_names_the_applicant(desk: Desk, tmp_path: Path) -> None:
    header = "leika_key;leika_name;ars;ars_name;url;aktiv;art_flaechendeckung"
    path = write_csv(tmp_path / "dashboard.csv", [
        header,
        "99050012104000;Gewerbe anmelden;091620000000;München;https://m.example/gewerbe;ja;"
        "in mind. einer Kommune verfügbar",
        "99041006017000;Hundehaltung anmelden;091620000000;München;https://m.example/hund;ja;",
        "99102013000000;Elterngeld;090000000000;Bayern;https://elterngeld.example;ja;",
    ])
    report = import_source(desk, str(path))
    assert report.ars == "091620000000" and report.created_application
    assert report.name == "München"
    application = applications.find_application(desk, "09162000")
    providers = {p.title: p.provider for p in list_procedures(desk, application.id)}
    assert providers["Elterngeld"] == "central"  # named for Bayern, the level above
    assert providers["Gewerbe anmelden"] == "municipal"


def test_unrelated_authorities_in_one_file_need_ars(desk: Desk, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "two.csv", [
        "leika_key;leika_name;ars;url",
        "99050012104000;Gewerbe anmelden;091620000000;https://m.example/g",
        "99050012104000;Gewerbe anmelden;091870000000;https://r.example/g",
    ])
    before = desk_counts(desk)
    with pytest.raises(InputError) as err:
        import_source(desk, str(path))
    assert "--ars" in str(err.value) and "two.csv" in str(err.value)
    assert desk_counts(desk) == before


def test_unknown_ars_names_row_and_field(desk: Desk, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "fremd.csv", [
        "Bezeichnung;Link;ARS", "Gewerbe;https://x.example/g;051110000000"])
    with pytest.raises(InputError) as err:
        import_source(desk, str(path))
    message = str(err.value)
    assert "fremd.csv" in message and "row 2" in message and "'ARS'" in message


def test_a_bad_file_changes_nothing(desk: Desk, tmp_path: Path) -> None:
    import_source(desk, str(_german_list(tmp_path, 5)), ars="09180117")
    before = desk_counts(desk)
    bad = write_csv(tmp_path / "kaputt.csv", ["Bezeichnung;Adresse der Seite", "A;b"])
    with pytest.raises(InputError) as err:
        import_source(desk, str(bad), ars="09180117")
    assert "kaputt.csv" in str(err.value)
    assert desk_counts(desk) == before


@pytest.mark.parametrize("stop_at", ["read", "store", "commit"])
def test_cancel_leaves_the_database_as_it_was(desk: Desk, tmp_path: Path,
                                              stop_at: str) -> None:
    before = desk_counts(desk)
    phases: list[str] = []

    def cancelled() -> bool:
        return bool(phases) and phases[-1] == stop_at

    def progress(phase: str, done: int, total: int) -> None:
        phases.append(phase)

    with pytest.raises(ImportCancelled):
        import_source(desk, str(_german_list(tmp_path, 12_000)), ars="09180117",
                      progress=progress, cancelled=cancelled)
    assert desk_counts(desk) == before


def test_an_awarded_application_is_read_only_for_imports(desk: Desk, tmp_path: Path) -> None:
    import_source(desk, str(_german_list(tmp_path, 30)), ars="096")
    application = applications.find_application(desk, "096")
    review.decide(desk, application.id, None, Decision.ACCEPTED)
    applications.set_status(desk, application.id, Status.AWARDED)
    with pytest.raises(ReviewError) as err:
        import_source(desk, str(_german_list(tmp_path, 31, name="mehr.csv")), ars="096")
    assert "read-only" in str(err.value)
