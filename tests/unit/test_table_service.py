"""The review table's columns: read in bulk, in id order, and refreshed row by row."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

from helpers import write_csv

from digiamt_desk.domain.review import Decision
from digiamt_desk.services import applications, review, shared_links
from digiamt_desk.services.desk import Desk
from digiamt_desk.services.imports import import_source
from digiamt_desk.services.procedures import list_procedures
from digiamt_desk.services.table import (
    ProcedureTable,
    build_search_texts,
    load_table,
    reload_rows,
)
from digiamt_desk.store import review_table as table_service
from digiamt_desk.store.tables import Application

LINES = [
    "Bezeichnung;Link;LeiKa;Anbieter",
    "Gewerbe anmelden;https://portal.example/gewerbe;99050012104000;kommunal",
    "Hundesteuer;https://portal.example/hund;99041006017000;zentral",
    "Kontakt;mailto:amt@portal.example;;",
    "Antrag zum Drucken;antrag.pdf;;kommunal",
    "STRASSENSPERRUNG beantragen;https://portal.example/Strasse;99001001001000;",
    "Gewerbe anmelden (zweite Zeile);https://portal.example/gewerbe;99050012105000;kommunal",
]


def _import(desk: Desk, tmp_path: Path, lines: list[str], key: str = "09180117") -> Application:
    import_source(desk, str(write_csv(tmp_path / f"{key}.csv", lines)), ars=key)
    return applications.find_application(desk, key)


def _reviewed(desk: Desk, tmp_path: Path) -> tuple[Application, dict[str, int]]:
    app = _import(desk, tmp_path, LINES)
    ids = {p.title: p.id for p in list_procedures(desk, app.id)}
    review.set_criterion(desk, app.id, [ids["Gewerbe anmelden"]], "administrative_service",
                         True)
    review.set_criterion(desk, app.id, [ids["Gewerbe anmelden"]], "electronic_submission",
                         True)
    review.decide(desk, app.id, [ids["Gewerbe anmelden"]], Decision.ACCEPTED)
    review.set_criterion(desk, app.id, [ids["Hundesteuer"]], "electronic_submission", False)
    review.decide(desk, app.id, [ids["Hundesteuer"]], Decision.REJECTED, reason="pdf_form",
                  reason_text="nur Formular")
    review.decide(desk, app.id, [ids["Kontakt"]], Decision.REJECTED, reason="Telefon genügt")
    review.set_note(desk, app.id, ids["Antrag zum Drucken"], "Rückfrage\nan die Kommune")
    return app, ids


def test_columns_hold_what_the_review_recorded(desk: Desk, tmp_path: Path) -> None:
    app, ids = _reviewed(desk, tmp_path)
    table = load_table(desk, app.id)
    views = list_procedures(desk, app.id)
    assert table.ids == [v.id for v in views] == sorted(ids.values())
    assert table.criterion_ids == desk.catalog().criterion_ids()
    assert table.titles == [v.title for v in views]
    assert table.urls == [v.url for v in views]
    assert table.link_kinds == ["http", "http", "mailto", "file", "http"]
    assert table.providers == ["municipal", "central", "unknown", "municipal", "unknown"]
    # The second "Gewerbe" row had the same link: merged, its LeiKa key kept beside the first.
    assert table.leika_keys[0] == "99050012104000 99050012105000"
    assert table.duplicate_rows == [1, 0, 0, 0, 0]
    assert table.decisions == ["accepted", "rejected", "rejected", "open", "open"]
    assert table.reason_codes == ["", "pdf_form", "other", "", ""]
    assert table.reason_texts == ["", "nur Formular", "Telefon genügt", "", ""]
    assert table.notes == ["", "", "", "Rückfrage\nan die Kommune", ""]
    assert table.changed_by == ["Erika Prüferin"] * 4 + [""]
    assert table.changed_at[4] == "" and all(table.changed_at[:4])
    assert table.changed_at[0].startswith("2026-03-02 09:00")  # the test clock, UTC
    assert table.criteria == {
        "administrative_service": [True, None, None, None, None],
        "electronic_submission": [True, False, None, None, None],
        # The acceptance confirmed the criterion not judged before it.
        "on_bayernportal": [True, None, None, None, None],
    }
    assert table.position(ids["Kontakt"]) == 2
    assert table.position(10**9) is None


def test_the_plain_reading_gives_the_same_table(desk: Desk, tmp_path: Path) -> None:
    """Databases other than SQLite take the row-by-row path; it must agree with the fast one."""
    app, _ = _reviewed(desk, tmp_path)
    fast = load_table(desk, app.id)
    plain = ProcedureTable(application_id=app.id, criterion_ids=fast.criterion_ids)
    table_service._load_plain(desk.engine, plain)
    assert dataclasses.asdict(plain) == dataclasses.asdict(fast)


def test_other_applications_stay_out(desk: Desk, tmp_path: Path) -> None:
    """A small application next to a big one is read through the index, the big one by a
    pass over the table; both must hold exactly their own rows."""
    small = _import(desk, tmp_path, ["Bezeichnung;Link", "Eins;https://a.example/1"])
    big = _import(desk, tmp_path, ["Bezeichnung;Link"] + [
        f"Verfahren {i};https://b.example/{i}" for i in range(12)], key="096")
    review.set_note(desk, small.id, list_procedures(desk, small.id)[0].id, "klein")
    small_table, big_table = load_table(desk, small.id), load_table(desk, big.id)
    assert small_table.titles == ["Eins"] and small_table.notes == ["klein"]
    assert big_table.titles == [f"Verfahren {i}" for i in range(12)]
    assert big_table.notes == [""] * 12
    assert not set(small_table.ids) & set(big_table.ids)
    # Imported again with more rows, after the other: its ids are no longer one block.
    _import(desk, tmp_path, ["Bezeichnung;Link", "Eins;https://a.example/1",
                             "Zwei;https://a.example/2", "Drei;https://a.example/3"])
    ids = [p.id for p in list_procedures(desk, small.id)]
    review.set_note(desk, small.id, ids[2], "neu")
    review.decide(desk, small.id, [ids[1]], Decision.ACCEPTED)
    small_table = load_table(desk, small.id)
    assert small_table.ids == ids and ids[1] - ids[0] > 1
    assert small_table.titles == ["Eins", "Zwei", "Drei"]
    assert small_table.notes == ["klein", "", "neu"]
    assert small_table.decisions == ["open", "accepted", "open"]


def test_an_empty_application(desk: Desk) -> None:
    table = load_table(desk, 12345)
    assert len(table) == 0
    assert table.criteria == {cid: [] for cid in desk.catalog().criterion_ids()}
    assert build_search_texts(table)


def test_odd_values_are_read_as_they_are(desk: Desk, db_path: Path, tmp_path: Path) -> None:
    """A separator character in a note, a decision or provider some other program wrote, and
    criteria of another catalog do not disturb the reading."""
    app = _import(desk, tmp_path, LINES)
    ids = [p.id for p in list_procedures(desk, app.id)]
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE procedure SET note = ? WHERE id = ?",
                           ("a\x1fb\x1fc", ids[0]))
        connection.execute("UPDATE procedure SET decision = 'deferred', provider = 'federal' "
                           "WHERE id = ?", (ids[1],))
        connection.execute("UPDATE procedure SET criteria = ? WHERE id = ?",
                           ('{"retired_criterion": true, "on_bayernportal": false}', ids[2]))
        connection.execute("UPDATE procedure SET criteria = 'not json' WHERE id = ?", (ids[3],))
    table = load_table(desk, app.id)
    assert table.notes[0] == "a\x1fb\x1fc"
    assert (table.decisions[1], table.providers[1]) == ("deferred", "federal")
    assert table.decisions[0] == "open" and table.providers[0] == "municipal"
    assert table.criteria["on_bayernportal"][2] is False
    assert table.criteria["administrative_service"][2] is None
    assert [table.criteria[c][3] for c in table.criterion_ids] == [None, None, None]


def test_search_texts_are_case_folded_and_built_in_steps(desk: Desk, tmp_path: Path) -> None:
    app, _ = _reviewed(desk, tmp_path)
    table = load_table(desk, app.id)
    assert table.search_texts == [] and not table.search_ready
    assert not build_search_texts(table, 2)
    assert len(table.search_texts) == 2
    assert build_search_texts(table)
    assert table.search_texts[4] == ("strassensperrung beantragen\n"
                                     "https://portal.example/strasse\n")
    assert table.search_texts[3] == "antrag zum drucken\nantrag.pdf\nrückfrage\nan die kommune"


def test_reload_rows_updates_only_what_changed(desk: Desk, tmp_path: Path) -> None:
    app, ids = _reviewed(desk, tmp_path)
    table = load_table(desk, app.id)
    build_search_texts(table)
    before = dataclasses.asdict(table)
    hund, antrag = ids["Hundesteuer"], ids["Antrag zum Drucken"]
    review.decide(desk, app.id, [hund], Decision.OPEN)
    review.set_criterion(desk, app.id, [hund], "on_bayernportal", True)
    review.set_note(desk, app.id, antrag, "Gewerbeamt fragen")
    other = _import(desk, tmp_path, ["Bezeichnung;Link", "Fremd;https://c.example"], key="096")
    foreign = list_procedures(desk, other.id)[0].id
    changed = reload_rows(desk, table, [antrag, hund, ids["Kontakt"], foreign, 10**9])
    assert changed == [1, 3]  # positions, ascending; unchanged and foreign rows left out
    assert table.decisions[1] == "open"
    assert (table.reason_codes[1], table.reason_texts[1]) == ("", "")
    assert [table.criteria[c][1] for c in table.criterion_ids] == [None, False, True]
    assert table.notes[3] == "Gewerbeamt fragen"
    assert "gewerbeamt fragen" in table.search_texts[3]
    after = dataclasses.asdict(table)
    for name, column in after.items():
        if isinstance(column, list):
            assert [v for p, v in enumerate(column) if p not in (1, 3)] == [
                v for p, v in enumerate(before[name]) if p not in (1, 3)], name
    assert reload_rows(desk, table, [hund]) == []  # read again: nothing new


def test_a_row_added_between_the_two_reads_is_left_out(desk: Desk, tmp_path: Path) -> None:
    """The review state is read by a second query; a procedure another program imported in
    between appears there but not in the columns, and must not land on a neighbour's row."""
    app, ids = _reviewed(desk, tmp_path)
    table = load_table(desk, app.id)
    kontakt = ids["Kontakt"]
    sparse = [str(kontakt + 1000), "{}", "fremd", "", "", "x", "", "0",
              str(kontakt), "{}", "eigen", "", "", "Erika", "", "2"]
    table_service._set_sparse(table, len(table), sparse)
    assert table.notes == ["", "", "eigen", "", ""]
    assert table.duplicate_rows == [0, 0, 2, 0, 0]


SERVICE_DATABASE = (Path(__file__).parents[1] / "data" / "importers"
                    / "dienstleistungsdatenbank.json")


def test_the_import_hints_are_read_and_follow_a_kept_shared_link(desk: Desk) -> None:
    report = import_source(desk, str(SERVICE_DATABASE),
                           ars="09162000")
    table = load_table(desk, report.application_id)
    hints = dict(zip(table.titles, table.import_hints, strict=True))
    assert hints["Bewohnerparkausweis beantragen"] == "shared_link"
    assert hints["Gaststättenerlaubnis"] == "no_online_link"
    assert hints["Eheschließung anmelden"] == "appointment"
    assert hints["Hund anmelden"] == ""
    plain = ProcedureTable(application_id=report.application_id,
                           criterion_ids=table.criterion_ids)
    table_service._load_plain(desk.engine, plain)
    assert plain.import_hints == table.import_hints

    shared = table.ids[table.titles.index("Bewohnerparkausweis beantragen")]
    shared_links.keep_merged(desk, report.application_id, shared)
    changed = reload_rows(desk, table, [shared])

    assert changed == [table.position(shared)]
    assert table.import_hints[table.position(shared)] == "shared_link_kept"
