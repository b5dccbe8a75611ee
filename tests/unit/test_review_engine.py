"""The review engine without Qt: sort ranks in German order, facet codes and counts, the next
open row, text matches after a change; each against a plain-Python oracle on random tables."""

from __future__ import annotations

import random
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from review_tables import CRITERIA, generated

from digiamt_desk.domain.collation import din5007_key
from digiamt_desk.domain.procedure_table import ProcedureTable
from digiamt_desk.engine.facets import (
    CRITERION_NAME,
    IMPORT_FACET,
    FacetCodes,
    count_facets,
    criterion_facet,
)
from digiamt_desk.engine.ranks import Ranks, german_key, german_keys
from digiamt_desk.engine.rows import next_open_row, rematch

FACETS = ("decision", "provider", "link_kind", *map(criterion_facet, CRITERIA), "check",
          "hints", "import")


def test_the_engine_loads_no_qt() -> None:
    code = ("import sys, digiamt_desk.engine.facets, digiamt_desk.engine.ranks, "
            "digiamt_desk.engine.rows, digiamt_desk.engine.columns, digiamt_desk.engine.review; "
            "print(sorted(m for m in sys.modules if m.startswith('PySide6')))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, cwd=Path(__file__).resolve().parents[2])
    assert done.stdout.strip() == "[]"


@pytest.mark.parametrize("chunk", [1, 7, 64, 5000])
def test_ranks_built_in_steps_order_like_the_keys(chunk: int,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Ranks, "CHUNK", chunk)
    rng = random.Random(chunk)
    values = [rng.choice(["", "Ä", "ä", "b", "B", "straße", "STRASSE", "Übergabe", "Zulassung",
                          f"x{rng.randrange(300)}"]) for _ in range(1500)]
    ranks = Ranks(values)
    steps = 0
    while not ranks.step():
        steps += 1
    assert ranks.complete and (chunk == 5000 or steps > 1500 // chunk)
    distinct = sorted({german_key(v) for v in values})
    assert ranks.ranks == [distinct.index(german_key(v)) for v in values]
    assert Ranks([]).step()


def test_german_order_puts_umlauts_with_their_letter() -> None:
    titles = ["Zulassung", "Übermittlungssperre", "Ummeldung", "Straßensperrung", "Strasse"]
    assert sorted(titles, key=german_key) == [
        "Strasse", "Straßensperrung", "Übermittlungssperre", "Ummeldung", "Zulassung"]
    assert german_key("Ärger") == din5007_key("Ärger")[0] == "arger"


def _facet_values(table: ProcedureTable, p: int) -> dict[str, set[str]]:
    values = {"decision": {table.decisions[p]}, "provider": {table.providers[p]},
              "link_kind": {table.link_kinds[p]},
              "check": {table.check_status[p] or "unchecked"},
              "hints": set(table.hints[p].split()) or {"none"},
              "import": set(table.import_hints[p].split()) or {"none"}}
    for cid in CRITERIA:
        values[criterion_facet(cid)] = {CRITERION_NAME[table.criteria[cid][p]]}
    return values


def _oracle(table: ProcedureTable, rows: list[int],
            chosen: dict[str, set[str]]) -> dict[str, Counter[str]]:
    """Per facet: rows (of `rows`) that pass every OTHER facet's choice, by value."""
    counts: dict[str, Counter[str]] = {name: Counter() for name in FACETS}
    for p in rows:
        values = _facet_values(table, p)
        for name in FACETS:
            if all(values[other] & wanted for other, wanted in chosen.items() if other != name):
                counts[name].update(values[name])
    return counts


def _matches(slot: int, value: object, chosen: set[object]) -> bool:
    if slot >= len(FACETS) - 2:  # hints and import: several codes in one value
        return bool(set(str(value).split() or ["none"]) & chosen)
    return value in chosen


def _raw(name: str, values: set[str]) -> set[object]:
    if name.startswith("criteria."):
        return {{"yes": True, "no": False, "unset": None}[v] for v in values}
    if name == "check":
        return {"" if v == "unchecked" else v for v in values}
    return set(values)


@pytest.mark.parametrize("seed", range(6))
def test_facet_counts_match_the_oracle(seed: int) -> None:
    rng = random.Random(seed)
    table = generated(800, seed)
    codes = FacetCodes()
    assert codes.extend(table)
    rows = sorted(rng.sample(range(len(table)), rng.randrange(1, len(table))))
    chosen = {name: set(rng.sample(values, rng.randrange(1, len(values))))
              for name, values in (("decision", ["open", "accepted", "rejected"]),
                                   ("hints", ["pdf", "no_form", "none"]),
                                   ("import", ["shared_link", "no_online_link", "none"]),
                                   (criterion_facet(CRITERIA[0]), ["yes", "no", "unset"]))
              if rng.random() < 0.6}
    active = {FACETS.index(name): _raw(name, values) for name, values in chosen.items()}
    joint = Counter(codes.codes[p] for p in rows)
    counted = count_facets(joint, codes.keys(), FACETS, active, _matches,
                           FACETS.index("check"), FACETS.index("hints"),
                           FACETS.index("import"))
    expected = _oracle(table, rows, chosen)
    for name in FACETS:
        assert {v: n for v, n in counted[name].items() if n} == dict(expected[name]), name


def _table_with_import_hints() -> ProcedureTable:
    hints = ["shared_link", "", "no_online_link", "shared_link no_online_link", "appointment",
             "shared_link_kept", ""]
    decisions = ["open", "open", "accepted", "open", "rejected", "open", "accepted"]
    table = ProcedureTable(application_id=1, criterion_ids=())
    table.ids = list(range(1, len(hints) + 1))
    table.decisions, table.import_hints = decisions, hints
    table.providers, table.link_kinds = ["municipal"] * len(hints), ["http"] * len(hints)
    table.check_status, table.hints = [""] * len(hints), [""] * len(hints)
    return table


def test_import_facet_counts_shared_links_and_rows_without_an_online_link() -> None:
    table = _table_with_import_hints()
    codes = FacetCodes()
    assert codes.extend(table)
    names = ("decision", "provider", "link_kind", "check", "hints", IMPORT_FACET)
    joint = Counter(codes.codes)

    def counts(active: dict[int, set[object]]) -> dict[str, int]:
        every = count_facets(joint, codes.keys(), names, active, _import_matches, 3, 4, 5)
        return every[IMPORT_FACET]

    # A row merged under a shared link and found without an online link counts for both.
    assert counts({}) == {"shared_link": 2, "shared_link_kept": 1, "shared_link_split": 0,
                          "no_online_link": 2, "appointment": 1, "none": 2}
    only_open = counts({0: {"open"}})
    assert (only_open["shared_link"], only_open["no_online_link"], only_open["none"]) == (2, 1, 1)
    # Ticking "shared link" narrows the decision facet to the two shared-link rows (both open).
    by_decision = count_facets(joint, codes.keys(), names, {5: {"shared_link"}},
                               _import_matches, 3, 4, 5)["decision"]
    assert by_decision == {"open": 2, "accepted": 0, "rejected": 0}


def _import_matches(slot: int, value: object, chosen: set[object]) -> bool:
    if slot in (4, 5):
        return bool(set(str(value).split() or ["none"]) & chosen)
    return value in chosen


@pytest.mark.parametrize("seed", range(4))
def test_next_open_row_matches_the_oracle(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    import digiamt_desk.engine.rows as rows_module

    monkeypatch.setattr(rows_module, "NEXT_OPEN_PIECE", 5)
    rng = random.Random(seed)
    decisions = [rng.choice(["open", "accepted", "rejected", "rejected"]) for _ in range(60)]
    visible = rng.sample(range(60), 40)
    for after in range(-1, 40):
        opened = [r for r, p in enumerate(visible) if decisions[p] == "open"]
        later = [r for r in opened if r > after] or [r for r in opened if r <= after]
        assert next_open_row(visible, decisions, after) == (later[0] if later else None)


def test_text_matches_follow_a_changed_note() -> None:
    texts = ["gewerbe anmelden", "hundesteuer", "wohngeld", "gewerbe abmelden"]
    rows = [0, 3]
    texts[1] = "hundesteuer\n\nrückfrage gewerbe"
    texts[3] = "abgemeldet"
    assert rematch(rows, ("gewerbe",), texts, [1, 3]) == [0, 1]
    assert rematch(None, ("gewerbe",), texts, [1]) is None  # no text filter: all rows


def test_the_fast_german_keys_are_the_collation_keys() -> None:
    rng = random.Random(7)
    # Latin-1 letters, letters beyond it (– „ ẞ ł), "&#" as written by hand, ª µ æ ÿ.
    alphabet = "aAbBsSzZäÄöÖüÜßẞéÉ -0–„łªµæÿ&#;\u0308"
    values = ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 8)))
              for _ in range(4000)]
    assert german_keys(values) == [din5007_key(v)[0] for v in values]
    assert german_keys(["a\x00b", "Ä"]) == ["a\x00b", "a"]  # a NUL inside: one by one
    assert german_keys([]) == [] and german_keys([""]) == [""]


def test_german_keys_of_a_long_column_are_folded_in_pieces(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import digiamt_desk.engine.ranks as ranks_module

    monkeypatch.setattr(ranks_module, "FOLD_CHUNK", 7)
    values = ["Übergabe", "a\x00b", "Straße", "", "Ærø", "x–y", *(f"Öl {n}" for n in range(30))]
    assert german_keys(values) == [din5007_key(v)[0] for v in values]
