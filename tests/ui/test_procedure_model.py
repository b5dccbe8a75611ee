"""The review table's model: filters, facet counts, sorting, and refreshing after a review."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from helpers import write_csv
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot
from review_tables import CRITERIA, LABELS, REASONS, generated

from digiamt_desk.domain.collation import din5007_key
from digiamt_desk.domain.procedure_table import ProcedureTable
from digiamt_desk.domain.review import Decision
from digiamt_desk.engine.ranks import Ranks as _Ranks
from digiamt_desk.services import applications, review
from digiamt_desk.services.desk import Desk
from digiamt_desk.services.imports import import_source
from digiamt_desk.ui.procedure_model import (
    ACCEPTED_COLOUR,
    ID_ROLE,
    NOT_WEB_COLOUR,
    REJECTED_COLOUR,
    SORT_ROLE,
    ProcedureTableModel,
    criterion_facet,
    local_time,
)


def model_of(table: ProcedureTable, desk: Desk | None = None) -> ProcedureTableModel:
    model = ProcedureTableModel(desk=desk)
    model.set_table(table, LABELS, REASONS)
    return model


def shown_ids(model: ProcedureTableModel) -> list[int]:
    return [model.procedure_id(r) for r in range(model.rowCount())]


def matches(table: ProcedureTable, p: int, text: str) -> bool:
    haystack = f"{table.titles[p]}\n{table.urls[p]}\n{table.notes[p]}".casefold()
    return all(word in haystack for word in text.casefold().split())


YES_NO = {True: "yes", False: "no", None: "unset"}


def facet_values(table: ProcedureTable, p: int, facet: str) -> set[str]:
    """A row's values of a facet: one, or for the hints (of the check and of the import) any
    number ("none" for no hint)."""
    if facet == "hints":
        return set(table.hints[p].split()) or {"none"}
    if facet == "import":
        return set(table.import_hints[p].split()) or {"none"}
    return {facet_value(table, p, facet)}


def facet_value(table: ProcedureTable, p: int, facet: str) -> str:
    if facet == "check":
        return table.check_status[p] or "unchecked"
    if facet == "decision":
        return table.decisions[p]
    if facet == "provider":
        return table.providers[p]
    if facet == "link_kind":
        return table.link_kinds[p]
    return YES_NO[table.criteria[facet.removeprefix("criteria.")][p]]


def expected_ids(table: ProcedureTable, text: str, facets: dict[str, set[str]]) -> list[int]:
    return [table.ids[p] for p in range(len(table)) if matches(table, p, text)
            and all(facet_values(table, p, f) & v for f, v in facets.items() if v)]


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


# --- filtering -------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["gewerbe", "GEWERBE 1", "straße", "strasse", "rückfrage",
                                  "ärger", "portal.example/b", "mailto", ".pdf", "zweite",
                                  "xyz nothing", "  "])
def test_text_filter_matches_title_link_and_note(text: str) -> None:
    table = generated()
    model = model_of(table)
    model.set_filter(text, {})
    assert shown_ids(model) == expected_ids(table, text, {})
    assert model.filter_text == text


def test_filter_counts_on_a_small_list() -> None:
    table = generated(2000)
    model = model_of(table)
    model.set_filter("straße", {})
    # casefold: "Straßensperrung" and "STRASSENFEST" both hold "strasse"
    expected = sum(t.split()[0] in ("Straßensperrung", "STRASSENFEST") for t in table.titles)
    assert model.rowCount() == expected > 0
    model.set_filter("rückfrage", {})
    assert model.rowCount() == table.notes.count("Rückfrage Gewerbeamt") + table.notes.count(
        "RÜCKFRAGE")


def test_typing_and_deleting_letter_by_letter_gives_the_same_rows(qtbot: QtBot) -> None:
    """Typing on searches only the previous matches; that must never lose a row."""
    table = generated()
    model = model_of(table)
    model.sort(model.DECISION, Qt.SortOrder.AscendingOrder)
    word = "gewerbe ab"
    for n in [*range(1, len(word) + 1), *range(len(word) - 1, -1, -1)]:
        model.set_filter(word[:n], {})
        fresh = model_of(table)
        fresh.sort(model.DECISION, Qt.SortOrder.AscendingOrder)
        fresh.set_filter(word[:n], {})
        assert shown_ids(model) == shown_ids(fresh), word[:n]
    assert model.rowCount() == len(table)


def test_facets_narrow_and_combine() -> None:
    table = generated()
    model = model_of(table)
    cases: list[dict[str, set[str]]] = [
        {"decision": {"open"}},
        {"decision": {"open", "rejected"}, "provider": {"municipal"}},
        {"link_kind": {"mailto", "file"}},
        {criterion_facet("electronic_submission"): {"unset"}},
        {criterion_facet("administrative_service"): {"yes", "no"}, "decision": {"accepted"}},
        {"decision": set()},  # nothing ticked: no restriction
    ]
    for facets in cases:
        model.set_filter("", facets)
        assert shown_ids(model) == expected_ids(table, "", facets), facets
    model.set_filter("gewerbe", {"decision": {"open"}})
    assert shown_ids(model) == expected_ids(table, "gewerbe", {"decision": {"open"}})
    assert model.facets == {"decision": {"open"}}
    with pytest.raises(KeyError):
        model.set_filter("", {"colour": {"red"}})


def test_facet_counts_follow_the_text_and_the_other_facets() -> None:
    table = generated()
    model = model_of(table)
    names = model.facet_names()
    assert names == ["decision", "provider", "link_kind", "criteria.administrative_service",
                     "criteria.electronic_submission", "criteria.on_bayernportal", "check",
                     "hints", "import"]
    for text, facets in [("", {}), ("gewerbe", {}),
                         ("", {"decision": {"open"}}),
                         ("an", {"decision": {"open", "accepted"}, "provider": {"central"},
                                 "criteria.on_bayernportal": {"unset"}}),
                         ("", {"check": {"ok", "unchecked"}, "hints": {"pdf", "none"}}),
                         ("", {"hints": {"no_form"}, "decision": {"open"}}),
                         ("", {"import": {"shared_link", "no_online_link"}}),
                         ("an", {"import": {"none"}, "hints": {"pdf"}})]:
        model.set_filter(text, facets)
        assert shown_ids(model) == expected_ids(table, text, facets)
        counts = model.facet_counts()
        for name in names:
            others = {k: v for k, v in facets.items() if k != name}
            rows = [p for p in range(len(table)) if matches(table, p, text) and all(
                facet_values(table, p, f) & v for f, v in others.items())]
            expected = Counter(v for p in rows for v in facet_values(table, p, name))
            assert {k: v for k, v in counts[name].items() if v} == dict(expected), (name, text)
    model.set_filter("", {})
    counts = model.facet_counts()
    assert counts["decision"]["open"] == table.decisions.count("open")
    assert set(counts["link_kind"]) == {"http", "mailto", "file", "other"}  # zeros included
    assert counts["link_kind"]["other"] == 0


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

DECISION_ORDER = {"open": 0, "accepted": 1, "rejected": 2}
PROVIDER_ORDER = {"municipal": 0, "central": 1, "unknown": 2}
CRITERION_ORDER = {None: 0, False: 1, True: 2}


def raw_key(table: ProcedureTable, column: int) -> Callable[[int], Any]:
    """The documented sort order of each column, on the raw values, by position."""
    def reason(p: int) -> str:
        code, text = table.reason_codes[p], table.reason_texts[p]
        label = REASONS.get(code, code)
        return german(f"{label}: {text}" if code and text else label or text)

    keys: list[Callable[[int], Any]] = [
        lambda p: german(table.titles[p]),
        lambda p: german(table.urls[p]),
        lambda p: PROVIDER_ORDER[table.providers[p]],
        lambda p: table.leika_keys[p],
        *[lambda p, c=cid: CRITERION_ORDER[table.criteria[c][p]] for cid in CRITERIA],
        lambda p: DECISION_ORDER[table.decisions[p]],
        reason,
        lambda p: german(table.notes[p]),
        lambda p: german(table.changed_by[p]),
        lambda p: table.changed_at[p],
        lambda p: CHECK_ORDER.index(table.check_status[p]),
        lambda p: f"{table.import_hints[p]}\x1f{table.hints[p]}",  # import's codes first
        lambda p: (table.maturity_override[p] if table.maturity_override[p] is not None
                   else -1 if table.maturity[p] is None else table.maturity[p]),
    ]
    return keys[column]


def german(text: str) -> str:
    """The German dictionary order the text columns sort in (DIN 5007-1)."""
    return din5007_key(text)[0]


CHECK_ORDER = ["", "ok", "redirect", "not_found", "client_error", "server_error", "timeout",
               "tls_error", "too_many_redirects", "no_network", "not_checked"]


@pytest.mark.parametrize("prepared", [False, True], ids=["right-after-open", "prepared"])
def test_sorting_each_column_both_ways_matches_python_sorted(qtbot: QtBot, prepared: bool,
                                                            monkeypatch: pytest.MonkeyPatch
                                                            ) -> None:
    monkeypatch.setattr(_Ranks, "CHUNK", 128)  # ranks built from many runs, merged in pieces
    table = generated()
    model = model_of(table)
    if prepared:
        qtbot.waitUntil(lambda: model.prepared)
    position = {pid: p for p, pid in enumerate(table.ids)}
    for column in range(model.columnCount()):
        key = raw_key(table, column)
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            before = [position[i] for i in shown_ids(model)]
            model.sort(column, order)
            # Stable: Python's sorted of the previous order on the raw values, exactly.
            expected = sorted(before, key=key,
                              reverse=order == Qt.SortOrder.DescendingOrder)
            assert [position[i] for i in shown_ids(model)] == expected, (column, order)
            shown = [model.index(r, column).data(SORT_ROLE) for r in range(model.rowCount())]
            assert shown == [key(p) for p in expected]


def test_a_second_sort_keeps_the_first_within_equal_keys() -> None:
    table = generated()
    model = model_of(table)
    model.sort(ProcedureTableModel.TITLE, Qt.SortOrder.AscendingOrder)
    model.sort(model.DECISION, Qt.SortOrder.DescendingOrder)
    rows = [(model.index(r, model.DECISION).data(SORT_ROLE),
             model.index(r, ProcedureTableModel.TITLE).data(SORT_ROLE))
            for r in range(model.rowCount())]
    assert rows == sorted(rows, key=lambda row: (-row[0], row[1]))


def test_filter_and_sort_keep_each_other() -> None:
    table = generated()
    model = model_of(table)
    model.set_filter("gewerbe", {"decision": {"open", "accepted"}})
    model.sort(ProcedureTableModel.TITLE, Qt.SortOrder.DescendingOrder)
    ids = shown_ids(model)
    assert sorted(ids) == expected_ids(table, "gewerbe", {"decision": {"open", "accepted"}})
    titles = [german(table.titles[table.ids.index(i)]) for i in ids]
    assert titles == sorted(titles, reverse=True)
    # A new filter keeps the sort order, and so does widening it again.
    for text in ("gewerbe an", "gewerbe", ""):
        model.set_filter(text, {})
        titles = [model.index(r, 0).data(SORT_ROLE) for r in range(model.rowCount())]
        assert titles == sorted(titles, reverse=True)
        assert model.rowCount() == len(expected_ids(table, text, {}))


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


# --- rows, refresh, keyboard flow ----------------------------------------------------------------

def test_rows_and_ids() -> None:
    table = generated(50)
    model = model_of(table)
    model.set_filter("", {"decision": {"open"}})
    first_open = table.decisions.index("open")
    assert model.procedure_id(0) == table.ids[first_open]
    assert model.row_of(table.ids[first_open]) == 0
    hidden = table.ids[table.decisions.index("accepted")]
    assert model.row_of(hidden) is None
    assert model.row_of(999_999) is None
    with pytest.raises(IndexError):
        model.procedure_id(-1)
    model.sort(ProcedureTableModel.TITLE, Qt.SortOrder.DescendingOrder)
    for row in (0, 5, model.rowCount() - 1):
        assert model.row_of(model.procedure_id(row)) == row
        assert model.index(row, 3).data(ID_ROLE) == model.procedure_id(row)


def test_next_open_row_wraps_around() -> None:
    table = generated(12, seed=5)
    model = model_of(table)
    open_rows = [r for r, d in enumerate(table.decisions) if d == "open"]
    assert len(open_rows) >= 2
    assert model.next_open_row(-1) == open_rows[0]
    assert model.next_open_row(open_rows[0]) == open_rows[1]
    assert model.next_open_row(open_rows[-1]) == open_rows[0]  # from the top again
    model.set_filter("", {"decision": {"accepted", "rejected"}})
    assert model.next_open_row(0) is None
    model.clear()
    assert model.next_open_row(-1) is None


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


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_facet_counts_follow_changed_rows_by_their_difference(seed: int) -> None:
    rng = random.Random(seed)
    table = generated(2000, seed)
    model = model_of(table)
    model.set_filter(rng.choice(["", "gewerbe", "melden"]),
                     rng.choice([{}, {"decision": {"open"}}, {"hints": {"pdf", "none"}}]))
    model.facet_counts()  # counted once; what follows only adjusts
    for _round in range(5):
        results = [(table.ids[p], rng.choice(["ok", "not_found", "", "no_network"]),
                    rng.choice(["", "pdf", "mailto pdf"]), rng.choice([None, 1, 3]))
                   for p in rng.sample(range(len(table)), 40)]
        model.apply_check_results(results)
        incremental = {name: dict(values) for name, values in model.facet_counts().items()}
        assert incremental == _recounted(model)


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


def test_next_open_row_across_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    import digiamt_desk.engine.rows as module

    monkeypatch.setattr(module, "NEXT_OPEN_PIECE", 7)
    table = generated(300, 5)
    model = model_of(table)
    opened = [r for r in range(model.rowCount())
              if table.decisions[table.position(model.procedure_id(r)) or 0] == "open"]
    for after in (-1, 0, 13, opened[-1], model.rowCount() - 1):
        later = [r for r in opened if r > after] or [r for r in opened if r <= after]
        assert model.next_open_row(after) == later[0]


def test_decision_counts_follow_a_review(desk: Desk, tmp_path: Path) -> None:
    app_id = _application(desk, tmp_path)
    model = ProcedureTableModel.for_application(desk, app_id)
    assert model.decision_counts()["open"] == model.total_count()
    ids = [model.procedure_id(r) for r in range(2)]
    review.decide(desk, app_id, ids, Decision.REJECTED, reason="pdf_form")
    model.refresh(ids)
    counts = model.decision_counts()
    assert (counts["open"], counts["rejected"]) == (model.total_count() - 2, 2)
