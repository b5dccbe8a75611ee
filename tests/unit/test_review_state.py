"""The review table's state in the engine, without a QApplication: text filter, facets and
their counts, sorting in German order, rows by id, and the rows a change touched; each
against a plain-Python oracle on random tables (tests/review_tables.py)."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable

import pytest
from review_tables import (
    CRITERIA,
    REASONS,
    expected_ids,
    facet_values,
    generated,
    german,
    matches,
    raw_key,
)

from digiamt_desk.domain.procedure_table import ProcedureTable
from digiamt_desk.engine.facets import criterion_facet
from digiamt_desk.engine.ranks import Ranks
from digiamt_desk.engine.review import ReviewEngine


def engine_of(table: ProcedureTable) -> ReviewEngine:
    return ReviewEngine(table, REASONS)


def shown_ids(engine: ReviewEngine) -> list[int]:
    return [engine.procedure_id(r) for r in range(len(engine))]


def prepare(engine: ReviewEngine) -> int:
    steps = 1
    while not engine.prepare_step(rows=500):
        steps += 1
    return steps


# --- filtering -------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["gewerbe", "GEWERBE 1", "straße", "strasse", "rückfrage",
                                  "ärger", "portal.example/b", "mailto", ".pdf", "zweite",
                                  "xyz nothing", "  "])
def test_text_filter_matches_title_link_and_note(text: str) -> None:
    table = generated()
    engine = engine_of(table)
    engine.set_filter(text, {})
    assert shown_ids(engine) == expected_ids(table, text, {})
    assert engine.text == text


def test_typing_and_deleting_letter_by_letter_gives_the_same_rows() -> None:
    """Typing on searches only the previous matches; that must never lose a row."""
    table = generated()
    engine = engine_of(table)
    engine.sort(engine.columns.DECISION)
    word = "gewerbe ab"
    for n in [*range(1, len(word) + 1), *range(len(word) - 1, -1, -1)]:
        engine.set_filter(word[:n], {})
        fresh = engine_of(table)
        fresh.sort(fresh.columns.DECISION)
        fresh.set_filter(word[:n], {})
        assert shown_ids(engine) == shown_ids(fresh), word[:n]
    assert len(engine) == len(table)


def test_facets_narrow_and_combine() -> None:
    table = generated()
    engine = engine_of(table)
    cases: list[dict[str, set[str]]] = [
        {"decision": {"open"}},
        {"decision": {"open", "rejected"}, "provider": {"municipal"}},
        {"link_kind": {"mailto", "file"}},
        {criterion_facet("electronic_submission"): {"unset"}},
        {criterion_facet("administrative_service"): {"yes", "no"}, "decision": {"accepted"}},
        {"check": {"unchecked", "not_found"}, "import": {"none"}},
        {"decision": set()},  # nothing ticked: no restriction
    ]
    for facets in cases:
        engine.set_filter("", facets)
        assert shown_ids(engine) == expected_ids(table, "", facets), facets
    engine.set_filter("gewerbe", {"decision": {"open"}})
    assert shown_ids(engine) == expected_ids(table, "gewerbe", {"decision": {"open"}})
    assert engine.facets == {"decision": {"open"}}
    with pytest.raises(KeyError):
        engine.set_filter("", {"colour": {"red"}})
    assert engine.facets == {"decision": {"open"}}  # a refused filter changes nothing


def _oracle_counts(table: ProcedureTable, names: list[str], text: str,
                   facets: dict[str, set[str]]) -> dict[str, dict[str, int]]:
    counts = {}
    for name in names:
        others = {k: v for k, v in facets.items() if k != name}
        rows = [p for p in range(len(table)) if matches(table, p, text) and all(
            facet_values(table, p, f) & v for f, v in others.items())]
        counts[name] = dict(Counter(v for p in rows for v in facet_values(table, p, name)))
    return counts


def _nonzero(counts: dict[str, dict[str, int]]) -> dict[str, dict[str, int]]:
    return {name: {k: v for k, v in values.items() if v} for name, values in counts.items()}


@pytest.mark.parametrize("seed", range(8))
def test_random_filters_match_the_oracle(seed: int) -> None:
    rng = random.Random(seed)
    table = generated(1500, seed)
    engine = engine_of(table)
    names = engine.columns.facet_names()
    choices = {"decision": ["open", "accepted", "rejected"],
               "provider": ["municipal", "central", "unknown"],
               "link_kind": ["http", "mailto", "file"],
               criterion_facet(rng.choice(CRITERIA)): ["yes", "no", "unset"],
               "check": ["ok", "unchecked", "not_found", "redirect"],
               "hints": ["pdf", "no_form", "none", "mailto"],
               "import": ["shared_link", "no_online_link", "none", "appointment"]}
    for _round in range(6):
        text = rng.choice(["", "", "gewerbe", "an", "straße 1", "rückfrage", "portal b"])
        facets = {name: set(rng.sample(values, rng.randrange(1, len(values))))
                  for name, values in choices.items() if rng.random() < 0.35}
        if rng.random() < 0.5:
            engine.sort(rng.randrange(len(engine.columns)), rng.random() < 0.5)
        engine.set_filter(text, facets)
        assert sorted(shown_ids(engine)) == expected_ids(table, text, facets)
        assert _nonzero(engine.facet_counts()) == _oracle_counts(table, names, text, facets)


def test_facet_counts_list_every_value_with_zeros() -> None:
    table = generated()
    engine = engine_of(table)
    counts = engine.facet_counts()
    assert list(counts) == ["decision", "provider", "link_kind",
                            *map(criterion_facet, CRITERIA), "check", "hints", "import"]
    assert counts["decision"]["open"] == table.decisions.count("open")
    assert set(counts["link_kind"]) == {"http", "mailto", "file", "other"}
    assert counts["link_kind"]["other"] == 0


# --- sorting ---------------------------------------------------------------------------------

@pytest.mark.parametrize("prepared", [False, True], ids=["right-after-open", "prepared"])
def test_sorting_each_column_both_ways_matches_python_sorted(
        prepared: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Ranks, "CHUNK", 128)  # ranks built from many runs, merged in pieces
    table = generated()
    engine = engine_of(table)
    if prepared:
        assert prepare(engine) > 10 and engine.prepared
    position = {pid: p for p, pid in enumerate(table.ids)}
    for column in range(len(engine.columns)):
        key = raw_key(table, column)
        for descending in (False, True):
            before = [position[i] for i in shown_ids(engine)]
            assert engine.sort(column, descending)
            # Stable: Python's sorted of the previous order on the raw values, exactly.
            expected = sorted(before, key=key, reverse=descending)
            assert [position[i] for i in shown_ids(engine)] == expected, (column, descending)
            shown = [engine.sort_key(column, r) for r in range(len(engine))]
            assert shown == [key(p) for p in expected]
    assert (engine.sort_column, engine.descending) == (len(engine.columns) - 1, True)
    assert not engine.sort(len(engine.columns))  # no such column: nothing changes


def test_a_second_sort_keeps_the_first_within_equal_keys() -> None:
    engine = engine_of(generated())
    columns = engine.columns
    engine.sort(columns.DECISION - 7)  # the title
    engine.sort(columns.DECISION, descending=True)
    rows = [(engine.sort_key(columns.DECISION, r), engine.sort_key(0, r))
            for r in range(len(engine))]
    assert rows == sorted(rows, key=lambda row: (-row[0], row[1]))


def test_filter_and_sort_keep_each_other() -> None:
    table = generated()
    engine = engine_of(table)
    engine.set_filter("gewerbe", {"decision": {"open", "accepted"}})
    engine.sort(0, descending=True)
    ids = shown_ids(engine)
    assert sorted(ids) == expected_ids(table, "gewerbe", {"decision": {"open", "accepted"}})
    titles = [german(table.titles[table.ids.index(i)]) for i in ids]
    assert titles == sorted(titles, reverse=True)
    for text in ("gewerbe an", "gewerbe", ""):  # a new filter keeps the order
        engine.set_filter(text, {})
        titles = [engine.sort_key(0, r) for r in range(len(engine))]
        assert titles == sorted(titles, reverse=True)
        assert len(engine) == len(expected_ids(table, text, {}))


def test_a_new_table_keeps_filter_and_sort_and_drops_unknown_facets() -> None:
    engine = engine_of(generated(500))
    engine.set_filter("gewerbe", {"decision": {"open"}, criterion_facet(CRITERIA[2]): {"yes"}})
    engine.sort(0, descending=True)
    other = generated(300, seed=9)
    other.criterion_ids = CRITERIA[:2]
    del other.criteria[CRITERIA[2]]
    engine.set_table(other)
    assert engine.facets == {"decision": {"open"}}
    assert sorted(shown_ids(engine)) == expected_ids(other, "gewerbe", {"decision": {"open"}})
    titles = [engine.sort_key(0, r) for r in range(len(engine))]
    assert titles == sorted(titles, reverse=True) and (engine.sort_column, engine.descending) == (
        0, True)


# --- rows and changes ------------------------------------------------------------------------

def test_rows_and_ids() -> None:
    table = generated(50)
    engine = engine_of(table)
    engine.set_filter("", {"decision": {"open"}})
    first_open = table.decisions.index("open")
    assert engine.procedure_id(0) == table.ids[first_open]
    assert engine.row_of(table.ids[first_open]) == 0
    assert engine.row_of(table.ids[table.decisions.index("accepted")]) is None
    assert engine.row_of(999_999) is None
    with pytest.raises(IndexError):
        engine.procedure_id(-1)
    engine.sort(0, descending=True)
    for row in (0, 5, len(engine) - 1):
        assert engine.row_of(engine.procedure_id(row)) == row  # first by search, then by dict
        assert engine.row_of(engine.procedure_id(row)) == row


def test_next_open_row_wraps_around() -> None:
    table = generated(12, seed=5)
    engine = engine_of(table)
    open_rows = [r for r, d in enumerate(table.decisions) if d == "open"]
    assert len(open_rows) >= 2
    assert engine.next_open_row(-1) == open_rows[0]
    assert engine.next_open_row(open_rows[0]) == open_rows[1]
    assert engine.next_open_row(open_rows[-1]) == open_rows[0]  # from the top again
    engine.set_filter("", {"decision": {"accepted", "rejected"}})
    assert engine.next_open_row(0) is None
    engine.set_table(ProcedureTable(application_id=0, criterion_ids=()))
    assert engine.next_open_row(-1) is None


def _reviewer(rng: random.Random, table: ProcedureTable) -> Callable[
        [ProcedureTable, list[int]], list[int]]:
    """A stand-in for the read model's reload: what a reviewer changed in the database."""
    def reload(target: ProcedureTable, ids: list[int]) -> list[int]:
        changed = []
        for pid in ids:
            p = target.position(pid)
            assert p is not None and target is table
            target.decisions[p] = rng.choice(["open", "accepted", "rejected"])
            target.notes[p] = rng.choice(["", "Rückfrage Gewerbeamt", "passt", f"Neu {pid}"])
            target.changed_by[p] = rng.choice(["Erika", "Ümit Neu"])
            target.criteria[CRITERIA[1]][p] = rng.choice([None, True, False])
            if p < len(target.search_texts):
                target.search_texts[p] = (f"{target.titles[p]}\n{target.urls[p]}\n"
                                          f"{target.notes[p]}").casefold()
            changed.append(p)
        return sorted(changed)
    return reload


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_changes_keep_counts_rows_and_keys_by_their_difference(seed: int) -> None:
    """After reviews and check results the incremental state equals a fresh engine's."""
    rng = random.Random(seed)
    table = generated(2000, seed)
    engine = engine_of(table)
    text = rng.choice(["", "gewerbe", "rückfrage"])
    facets = rng.choice([{}, {"decision": {"open"}}, {"hints": {"pdf", "none"}}])
    engine.sort(engine.columns.NOTE)
    engine.set_filter(text, facets)
    engine.facet_counts()
    engine.decision_counts()  # counted once; what follows only adjusts
    reload = _reviewer(rng, table)
    for _round in range(6):
        shown_before = shown_ids(engine)
        ids = [table.ids[p] for p in rng.sample(range(len(table)), 30)]
        positions = engine.refresh(ids, reload)
        assert positions == sorted(table.position(i) for i in ids)
        results = [(table.ids[p], rng.choice(["ok", "not_found", "", "no_network"]),
                    rng.choice(["", "pdf", "mailto pdf"]), rng.choice([None, 1, 3]))
                   for p in rng.sample(range(len(table)), 40)]
        engine.apply_check_results(results)
        assert shown_ids(engine) == shown_before  # rows stay where they are
        rows = engine.touched_rows(positions)
        touched = {r for first, last in rows for r in range(first, last + 1)}
        assert {engine.procedure_id(r) for r in touched} >= {
            i for i in ids if i in set(shown_before)}
        fresh = engine_of(table)
        fresh.sort(fresh.columns.NOTE)
        fresh.set_filter(text, facets)
        assert engine.facet_counts() == fresh.facet_counts()
        assert engine.decision_counts() == Counter(table.decisions)
        for column in (engine.columns.CHANGED_BY, engine.columns.NOTE):
            engine.sort(column)  # by the keys kept current (or made again)
            keys = [engine.sort_key(column, r) for r in range(len(engine))]
            assert keys == sorted(keys)
        engine.set_filter(text, facets)  # now the changed rows leave or join
        assert sorted(shown_ids(engine)) == sorted(shown_ids(fresh))


@pytest.mark.parametrize("descending", [False, True])
def test_a_column_of_distinct_texts_sorts_by_its_ranks(descending: bool) -> None:
    table = generated(700)
    table.titles = [f"{title} {p}" for p, title in enumerate(table.titles)]  # all distinct
    engine = engine_of(table)
    prepare(engine)
    engine.set_filter("", {"decision": {"open", "accepted"}})
    engine.sort(0, descending)
    expected = sorted(expected_ids(table, "", {"decision": {"open", "accepted"}}),
                      key=lambda i: german(table.titles[table.ids.index(i)]),
                      reverse=descending)
    assert shown_ids(engine) == expected


def test_changed_titles_are_ranked_again() -> None:
    table = generated(300)
    engine = engine_of(table)
    prepare(engine)
    engine.sort(0)
    first = engine.procedure_id(0)

    def renamed(target: ProcedureTable, ids: list[int]) -> list[int]:
        p = target.position(ids[0])
        assert p is not None
        target.titles[p] = "zzz ganz hinten"
        return [p]

    engine.refresh([first], renamed)
    assert not engine.prepared  # the title ranks are built again in idle time
    engine.sort(0)
    assert engine.procedure_id(len(engine) - 1) == first
    prepare(engine)
    engine.sort(0, descending=True)
    assert engine.procedure_id(0) == first


def test_reason_labels_follow_the_language() -> None:
    table = generated(400)
    engine = ReviewEngine(table, REASONS)
    rejected = table.reason_codes.index("pdf_form")
    assert engine.reason(rejected) == "PDF-Formular zum Ausdrucken"
    engine.sort(engine.columns.REASON)
    engine.set_reason_labels({"pdf_form": "PDF form to print"})
    assert engine.reason(rejected) == "PDF form to print"
    engine.sort(engine.columns.REASON)
    keys = [engine.sort_key(engine.columns.REASON, r) for r in range(len(engine))]
    assert keys == sorted(keys) and "pdf form to print" in keys


@pytest.mark.parametrize("room", [1 << 30, 64])
def test_new_notes_get_ranks_between_their_neighbours(room: int,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """A new note takes a rank between the notes around it; when no rank is left between
    them (a small room here), the ranks are made again: the sort stays right either way."""
    import digiamt_desk.engine.columns as columns_module

    monkeypatch.setattr(columns_module, "_RANK_ROOM", room)
    table = generated(600)
    engine = engine_of(table)
    prepare(engine)
    note = engine.columns.NOTE
    for n in range(40):
        def noted(target: ProcedureTable, ids: list[int], n: int = n) -> list[int]:
            p = target.position(ids[0])
            assert p is not None
            target.notes[p] = f"passt {n:03d}"  # each new, all between "passt" and "Rück..."
            return [p]

        engine.refresh([table.ids[n * 7]], noted)
        engine.sort(note, descending=n % 2 == 1)
        keys = [engine.sort_key(note, r) for r in range(len(engine))]
        assert keys == sorted(keys, reverse=n % 2 == 1), n
