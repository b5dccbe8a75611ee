"""Review tables as an application might hold them after some review, generated for tests of
the review engine (tests/unit) and of its Qt model (tests/ui)."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from digiamt_desk.domain.collation import din5007_key
from digiamt_desk.domain.procedure_table import ProcedureTable

CRITERIA = ("administrative_service", "electronic_submission", "on_bayernportal")
LABELS = {"administrative_service": "Verwaltungsleistung",
          "electronic_submission": "Elektronisch absendbar",
          "on_bayernportal": "Im BayernPortal verlinkt"}
REASONS = {"pdf_form": "PDF-Formular zum Ausdrucken", "other": "Sonstiger Grund",
           "email_link": "Nur E-Mail-Link"}
TITLES = ["Gewerbe anmelden", "Gewerbe abmelden", "Hundesteuer", "Straßensperrung",
          "STRASSENFEST", "Ärztliche Bescheinigung", "ärger melden", "Bauantrag", "bauantrag",
          "Wohngeld", "Zulassung Kfz", "Übergabe Gewerbeschein"]
NOTES = ["Rückfrage Gewerbeamt", "RÜCKFRAGE", "passt", "Link prüfen\nzweite Zeile"]


def generated(rows: int = 3000, seed: int = 3) -> ProcedureTable:
    """A table as an application of `rows` procedures might look after some review."""
    rng = random.Random(seed)
    table = ProcedureTable(application_id=1, criterion_ids=CRITERIA)
    table.criteria = {cid: [] for cid in CRITERIA}
    for i in range(rows):
        table.ids.append(10 + 3 * i)
        table.titles.append(f"{rng.choice(TITLES)} {rng.randrange(40)}")
        kind = rng.choice(["http"] * 8 + ["mailto", "file"])
        table.link_kinds.append(kind)
        table.urls.append({"http": f"https://portal.example/{rng.choice(['a', 'B'])}/{i}",
                           "mailto": f"mailto:amt{i}@portal.example",
                           "file": f"Antrag-{i}.PDF"}[kind])
        table.providers.append(rng.choice(["municipal", "central", "unknown"]))
        table.leika_keys.append(rng.choice(["", f"99{rng.randrange(10**6):012d}"]))
        for cid in CRITERIA:
            table.criteria[cid].append(rng.choice([None, None, True, False]))
        decision = rng.choice(["open", "open", "accepted", "rejected"])
        table.decisions.append(decision)
        code, text = ("", "")
        if decision == "rejected":
            code, text = rng.choice([("pdf_form", ""), ("other", "Telefon"),
                                     ("email_link", "nur Mail"), ("", "frei")])
        table.reason_codes.append(code)
        table.reason_texts.append(text)
        note = rng.choice(NOTES) if rng.random() < 0.2 else ""
        table.notes.append(note)
        touched = decision != "open" or bool(note)
        table.changed_by.append(rng.choice(["Erika", "max"]) if touched else "")
        table.changed_at.append(f"2026-03-{rng.randrange(1, 29):02d} 1{rng.randrange(10)}:00:"
                                f"{rng.randrange(60):02d}.000000" if touched else "")
        table.duplicate_rows.append(rng.choice([0, 0, 0, 1]))
    checks = random.Random(seed + 1)  # apart, so the rows above stay as they were
    for _ in range(rows):
        table.check_status.append(checks.choice(["", "", "ok", "ok", "redirect", "not_found",
                                                 "timeout", "not_checked"]))
        table.hints.append(checks.choice(["", "", "pdf", "no_form", "mailto", "pdf no_form",
                                          "known_platform"]))
        table.maturity.append(checks.choice([None, None, 1, 2, 3]))
        table.maturity_override.append(checks.choice([None, None, None, 0, 4]))
    imports = random.Random(seed + 2)  # apart, so the rows above stay as they were
    table.import_hints = [imports.choice(["", "", "", "shared_link", "shared_link_kept",
                                          "no_online_link", "appointment",
                                          "shared_link no_online_link"]) for _ in range(rows)]
    return table


# --- plain-Python oracles of what the review table shows ---------------------------------------

YES_NO = {True: "yes", False: "no", None: "unset"}


def matches(table: ProcedureTable, p: int, text: str) -> bool:
    haystack = f"{table.titles[p]}\n{table.urls[p]}\n{table.notes[p]}".casefold()
    return all(word in haystack for word in text.casefold().split())


def facet_values(table: ProcedureTable, p: int, facet: str) -> set[str]:
    """A row's values of a facet: one, or for the hints (of the check and of the import) any
    number ("none" for no hint)."""
    if facet == "hints":
        return set(table.hints[p].split()) or {"none"}
    if facet == "import":
        return set(table.import_hints[p].split()) or {"none"}
    if facet == "check":
        return {table.check_status[p] or "unchecked"}
    if facet == "decision":
        return {table.decisions[p]}
    if facet == "provider":
        return {table.providers[p]}
    if facet == "link_kind":
        return {table.link_kinds[p]}
    return {YES_NO[table.criteria[facet.removeprefix("criteria.")][p]]}


def expected_ids(table: ProcedureTable, text: str, facets: dict[str, set[str]]) -> list[int]:
    return [table.ids[p] for p in range(len(table)) if matches(table, p, text)
            and all(facet_values(table, p, f) & v for f, v in facets.items() if v)]


def german(text: str) -> str:
    """The German dictionary order the text columns sort in (DIN 5007-1)."""
    return din5007_key(text)[0]


DECISION_ORDER = {"open": 0, "accepted": 1, "rejected": 2}
PROVIDER_ORDER = {"municipal": 0, "central": 1, "unknown": 2}
CRITERION_ORDER = {None: 0, False: 1, True: 2}
CHECK_ORDER = ["", "ok", "redirect", "not_found", "client_error", "server_error", "timeout",
               "tls_error", "too_many_redirects", "no_network", "not_checked"]


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
