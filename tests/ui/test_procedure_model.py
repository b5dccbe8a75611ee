"""The review table's model: filters, facet counts, sorting, and refreshing after a review."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import write_csv
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot
from review_tables import LABELS, REASONS, generated

from digiamt_desk.domain.procedure_table import ProcedureTable
from digiamt_desk.domain.review import Decision
from digiamt_desk.services import applications, review
from digiamt_desk.services.desk import Desk
from digiamt_desk.services.imports import import_source
from digiamt_desk.ui.models import SORT_ROLE
from digiamt_desk.ui.procedure_model import ID_ROLE, ProcedureTableModel
from digiamt_desk.ui.table_texts import (
    ACCEPTED_COLOUR,
    NOT_WEB_COLOUR,
    REJECTED_COLOUR,
    local_time,
)


def model_of(table: ProcedureTable, desk: Desk | None = None) -> ProcedureTableModel:
    model = ProcedureTableModel(desk=desk)
    model.set_table(table, LABELS, REASONS)
    return model


def shown_ids(model: ProcedureTableModel) -> list[int]:
    return [model.procedure_id(r) for r in range(model.rowCount())]


# --- the Qt model contract ---------------------------------------------------------------------

def test_model_passes_the_model_tester_through_filters_and_sorts(qtmodeltester: Any,
                                                                 qtbot: QtBot) -> None:
    model = model_of(generated())
    qtmodeltester.check(model)
    model.set_filter("gewerbe", {"decision": {"open"}})
    model.sort(ProcedureTableModel.TITLE, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
    model.sort(model.DECISION, Qt.SortOrder.AscendingOrder)
    model.set_filter("", {})
    qtbot.waitUntil(lambda: model.prepared)  # idle-time work ends; ranks used from now on
    model.sort(model.CHANGED_AT, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
    model.set_filter("", {"import": {"shared_link", "no_online_link"}})
    model.sort(model.HINTS, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(model)
    model.clear()
    qtmodeltester.check(model)


def test_columns_and_headers() -> None:
    model = model_of(generated(10))
    assert model.criterion_column("electronic_submission") == 5
    assert model.column_criterion(5) == "electronic_submission"
    assert model.column_criterion(model.DECISION) is None
    assert model.columnCount() == 4 + 3 + 5 + 3
    assert (model.DECISION, model.REASON, model.NOTE, model.CHANGED_BY,
            model.CHANGED_AT, model.CHECK, model.HINTS, model.MATURITY) == (
        7, 8, 9, 10, 11, 12, 13, 14)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(15)]
    assert headers == ["Procedure", "Link", "Provider", "LeiKa keys", "Verwaltungsleistung",
                       "Elektronisch absendbar", "Im BayernPortal verlinkt", "Decision",
                       "Reason", "Note", "Changed by", "Changed at", "Check result", "Hints",
                       "Maturity level"]
    assert model.headerData(0, Qt.Orientation.Vertical) == 1
    assert model.headerData(0, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole) is None
    model.clear()
    assert (model.rowCount(), model.columnCount(), model.total_count()) == (0, 12, 0)


def test_cells_show_what_a_reviewer_reads(qapp: Any) -> None:
    table = generated(400)
    model = model_of(table)

    def cell(p: int, column: int, role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole) -> Any:
        return model.index(p, column).data(role)  # unsorted, unfiltered: row == position

    accepted = table.decisions.index("accepted")
    rejected = next(p for p in range(len(table))
                    if table.reason_codes[p] == "pdf_form")
    free = next(p for p in range(len(table))
                if table.decisions[p] == "rejected" and table.reason_codes[p] == "")
    other = next(p for p in range(len(table)) if table.reason_codes[p] == "other")
    assert cell(accepted, model.DECISION) == "Accepted"
    assert cell(rejected, model.DECISION) == "Rejected"
    assert cell(table.decisions.index("open"), model.DECISION) == "Open"
    assert cell(accepted, model.DECISION, Qt.ItemDataRole.ForegroundRole) == ACCEPTED_COLOUR
    assert cell(rejected, model.DECISION, Qt.ItemDataRole.ForegroundRole) == REJECTED_COLOUR
    assert cell(table.decisions.index("open"), model.DECISION,
                Qt.ItemDataRole.ForegroundRole) is None
    assert cell(rejected, model.REASON) == "PDF-Formular zum Ausdrucken"
    assert cell(other, model.REASON) == "Sonstiger Grund: Telefon"
    assert cell(free, model.REASON) == "frei"
    for p, provider in [(table.providers.index("municipal"), "municipal"),
                        (table.providers.index("central"), "central"),
                        (table.providers.index("unknown"), "")]:
        assert cell(p, ProcedureTableModel.PROVIDER) == provider
    column = ProcedureTableModel.FIRST_CRITERION + 1
    for value, text in [(True, "yes"), (False, "no"), (None, "")]:
        p = table.criteria["electronic_submission"].index(value)
        assert cell(p, column) == text
        assert cell(p, column, Qt.ItemDataRole.TextAlignmentRole) == int(
            Qt.AlignmentFlag.AlignCenter)
    web = table.link_kinds.index("http")
    mail = table.link_kinds.index("mailto")
    assert cell(web, ProcedureTableModel.LINK, Qt.ItemDataRole.ToolTipRole) == table.urls[web]
    assert cell(web, ProcedureTableModel.LINK, Qt.ItemDataRole.ForegroundRole) is None
    assert cell(mail, ProcedureTableModel.LINK) == table.urls[mail]
    assert cell(mail, ProcedureTableModel.LINK, Qt.ItemDataRole.ToolTipRole) == (
        f"Not a web address: {table.urls[mail]}")
    assert cell(mail, ProcedureTableModel.LINK, Qt.ItemDataRole.ForegroundRole) == (
        NOT_WEB_COLOUR)
    two_lines = table.notes.index("Link prüfen\nzweite Zeile")
    assert cell(two_lines, model.NOTE) == "Link prüfen zweite Zeile"
    assert cell(two_lines, model.NOTE, Qt.ItemDataRole.ToolTipRole) == table.notes[two_lines]
    stamp = table.changed_at[accepted]
    assert cell(accepted, model.CHANGED_AT) == local_time(stamp)
    assert cell(accepted, model.CHANGED_AT, SORT_ROLE) == stamp
    assert cell(accepted, 0, ID_ROLE) == table.ids[accepted]
    assert cell(table.changed_at.index(""), model.CHANGED_AT) == ""


def test_stored_times_are_shown_in_local_time() -> None:
    assert local_time("") == ""
    assert local_time("2026-03-02 09:00:01.000000").startswith("2026-03-02 ")
    assert local_time("garbage") == "garbage"


def test_facet_labels() -> None:
    model = model_of(generated(5))
    assert model.facet_title("decision") == "Decision"
    assert model.facet_title("criteria.on_bayernportal") == "Im BayernPortal verlinkt"
    assert model.facet_value_label("decision", "open") == "Open"
    assert model.facet_value_label("link_kind", "mailto") == "e-mail address"
    assert model.facet_value_label("provider", "unknown") == "unknown"
    assert model.facet_value_label("criteria.on_bayernportal", "unset") == "not judged"
    assert model.facet_value_label("decision", "deferred") == "deferred"


# --- sorting ---------------------------------------------------------------------------------

def test_filter_and_sort_tell_the_view_what_the_engine_shows(qtbot: QtBot) -> None:
    table = generated(800)
    model = model_of(table)
    with qtbot.waitSignals([model.modelAboutToBeReset, model.modelReset]), \
            qtbot.waitSignal(model.filterApplied) as applied:
        model.set_filter("gewerbe", {"decision": {"open"}})
    assert applied.args == [len(model.engine), 800] and 0 < model.rowCount() < 800
    assert shown_ids(model) == [model.engine.procedure_id(r) for r in range(model.rowCount())]
    with qtbot.waitSignals([model.layoutAboutToBeChanged, model.layoutChanged]):
        model.sort(ProcedureTableModel.TITLE, Qt.SortOrder.DescendingOrder)
    titles = [model.index(r, 0).data(SORT_ROLE) for r in range(model.rowCount())]
    assert titles == sorted(titles, reverse=True)
    assert model.sorted_by() == (ProcedureTableModel.TITLE, Qt.SortOrder.DescendingOrder)
    assert [model.index(r, 0).data() for r in range(3)] == [
        table.titles[table.position(model.procedure_id(r)) or 0] for r in range(3)]
    with pytest.raises(KeyError):
        model.set_filter("", {"colour": {"red"}})
    assert model.facets == {"decision": {"open"}}  # refused before the reset: unchanged
    qtbot.waitUntil(lambda: model.prepared)  # the idle-time work runs in timer ticks


def test_the_window_models_are_well_behaved(qtmodeltester: Any, qtbot: QtBot,
                                            window: Any) -> None:
    """The window's procedure table, facet tree and applications list through the tester,
    after the filter and sort a reviewer uses."""
    qtmodeltester.check(window.applications_model)
    window.applications_model.sort(0, Qt.SortOrder.DescendingOrder)
    window.applications.view.selectRow(0)
    qtmodeltester.check(window.procedures_model)
    qtmodeltester.check(window.ui.facetTree.model())
    window.ui.onlyOpenCheck.setChecked(True)
    window.ui.filterEdit.setText("an")
    qtbot.waitUntil(lambda: window.procedures_model.filter_text == "an")
    window.procedures_model.sort(window.procedures_model.DECISION,
                                 Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(window.procedures_model)
    qtmodeltester.check(window.ui.facetTree.model())


def test_the_selection_and_current_row_survive_sorting(qtbot: QtBot) -> None:
    table = generated(1000)
    model = model_of(table)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    selection = view.selectionModel()
    flags = (QItemSelectionModel.SelectionFlag.Select
             | QItemSelectionModel.SelectionFlag.Rows)
    for row in (3, 4, 5, 700):
        selection.select(model.index(row, 0), flags)
    selection.setCurrentIndex(model.index(4, 2), QItemSelectionModel.SelectionFlag.NoUpdate)
    chosen = {model.procedure_id(r) for r in (3, 4, 5, 700)}
    current = model.procedure_id(4)
    for column, order in [(0, Qt.SortOrder.DescendingOrder), (model.DECISION,
                                                             Qt.SortOrder.AscendingOrder)]:
        model.sort(column, order)
        rows = {i.row() for i in selection.selectedRows()}
        assert {model.procedure_id(r) for r in rows} == chosen
        assert model.procedure_id(selection.currentIndex().row()) == current
        assert selection.currentIndex().column() == 2


def _application(desk: Desk, tmp_path: Path) -> int:
    lines = ["Bezeichnung;Link"] + [f"Verfahren {i};https://portal.example/v{i}"
                                    for i in range(1, 9)] + ["Kontakt;mailto:amt@portal.example"]
    import_source(desk, str(write_csv(tmp_path / "liste.csv", lines)), ars="09180117")
    application = applications.find_application(desk, "09180117")
    assert application.id is not None
    return application.id


def test_refresh_after_a_review_repaints_those_rows_and_keeps_them(desk: Desk, qtbot: QtBot,
                                                                   tmp_path: Path) -> None:
    app_id = _application(desk, tmp_path)
    model = ProcedureTableModel.for_application(desk, app_id)
    model.set_filter("", {"decision": {"open"}})
    assert model.rowCount() == 9
    changes: list[tuple[int, int, int, int]] = []

    def changed(first: QModelIndex, last: QModelIndex, _roles: object = None) -> None:
        changes.append((first.row(), last.row(), first.column(), last.column()))

    model.dataChanged.connect(changed)
    target = model.procedure_id(2)
    result = review.decide(desk, app_id, [target], Decision.ACCEPTED)
    with qtbot.waitSignal(model.refreshed) as refreshed:
        assert model.refresh(result.changed) == [target]
    assert refreshed.args == [[target]]
    last = model.columnCount() - 1
    assert changes == [(2, 2, 0, last)]
    assert model.index(2, model.DECISION).data() == "Accepted"
    assert model.index(2, model.CHANGED_BY).data() == "Erika Prüferin"
    assert model.index(2, model.CHANGED_AT).data() != ""
    assert model.index(3, model.DECISION).data() == "Open"
    # No longer "open" but still shown, so the reviewer's place is kept ...
    assert model.rowCount() == 9 and model.procedure_id(2) == target
    assert model.next_open_row(1) == 3
    # ... while the counts tell the truth at once, and the next filter drops it.
    assert model.facet_counts()["decision"] == {"open": 8, "accepted": 1, "rejected": 0}
    model.set_filter("", {"decision": {"open"}})
    assert model.rowCount() == 8 and model.row_of(target) is None

    changes.clear()
    ids = [model.procedure_id(r) for r in (4, 5, 7)]
    result = review.decide(desk, app_id, ids, Decision.REJECTED, reason="pdf_form",
                           reason_text="nur Ausdruck")
    assert sorted(model.refresh(result.changed)) == sorted(ids)
    assert changes == [(4, 5, 0, last), (7, 7, 0, last)]
    assert model.index(7, model.REASON).data() == "PDF form to print: nur Ausdruck"  # English UI
    assert model.index(7, model.DECISION).data(Qt.ItemDataRole.ForegroundRole) == (
        REJECTED_COLOUR)

    changes.clear()
    review.set_criterion(desk, app_id, [ids[0]], "electronic_submission", False)
    review.set_note(desk, app_id, ids[0], "Rückfrage Gewerbeamt")
    model.refresh([ids[0]])
    column = ProcedureTableModel.FIRST_CRITERION + 1
    assert model.index(4, column).data() == "no"
    assert model.index(4, model.NOTE).data() == "Rückfrage Gewerbeamt"
    model.set_filter("gewerbeamt", {})  # the search text follows the new note
    assert shown_ids(model) == [ids[0]]
    assert model.refresh([ids[1]]) == [] and changes == [(4, 4, 0, last)]  # nothing new


def test_refresh_keeps_sort_keys_and_text_matches_current(desk: Desk, qtbot: QtBot,
                                                          tmp_path: Path) -> None:
    app_id = _application(desk, tmp_path)
    model = ProcedureTableModel.for_application(desk, app_id)
    model.sort(model.NOTE, Qt.SortOrder.AscendingOrder)
    model.set_filter("verfahren", {})
    first = model.procedure_id(0)
    review.set_note(desk, app_id, first, "zuletzt")
    model.refresh([first])
    assert model.index(0, model.NOTE).data(SORT_ROLE) == "zuletzt"
    model.sort(model.NOTE, Qt.SortOrder.AscendingOrder)
    assert model.procedure_id(model.rowCount() - 1) == first  # the new key was used
    model.set_filter("verfahren zuletzt", {})  # refining the text finds the new note
    assert shown_ids(model) == [first]


def test_set_table_keeps_filter_and_sort_and_reload_reads_again(desk: Desk, qtbot: QtBot,
                                                                tmp_path: Path) -> None:
    app_id = _application(desk, tmp_path)
    model = ProcedureTableModel.for_application(desk, app_id)
    model.set_filter("verfahren", {"link_kind": {"http"}})
    model.sort(ProcedureTableModel.TITLE, Qt.SortOrder.DescendingOrder)
    with qtbot.waitSignal(model.filterApplied) as applied:
        model.reload()
    assert applied.args == [8, 9]
    titles = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert titles == [f"Verfahren {i}" for i in range(8, 0, -1)]
    assert model.total_count() == 9
    qtbot.waitUntil(lambda: model.prepared)


def _recounted(model: ProcedureTableModel) -> dict[str, dict[str, int]]:
    """The facet counts computed afresh over every row (the oracle of the incremental ones)."""
    model.engine._joint, model.engine._counts = None, None
    return model.facet_counts()


def test_facet_counts_follow_a_review_by_their_difference(desk: Desk, tmp_path: Path) -> None:
    app_id = _application(desk, tmp_path)
    model = ProcedureTableModel.for_application(desk, app_id)
    model.set_filter("verfahren", {"decision": {"open"}})
    before = model.facet_counts()["decision"]["open"]
    ids = [model.procedure_id(r) for r in range(3)]
    review.decide(desk, app_id, ids, Decision.ACCEPTED)
    model.refresh(ids)
    incremental = {name: dict(values) for name, values in model.facet_counts().items()}
    assert incremental["decision"]["open"] == before - 3
    assert incremental == _recounted(model)


def test_decision_counts_follow_a_review(desk: Desk, tmp_path: Path) -> None:
    app_id = _application(desk, tmp_path)
    model = ProcedureTableModel.for_application(desk, app_id)
    assert model.decision_counts()["open"] == model.total_count()
    ids = [model.procedure_id(r) for r in range(2)]
    review.decide(desk, app_id, ids, Decision.REJECTED, reason="pdf_form")
    model.refresh(ids)
    counts = model.decision_counts()
    assert (counts["open"], counts["rejected"]) == (model.total_count() - 2, 2)
