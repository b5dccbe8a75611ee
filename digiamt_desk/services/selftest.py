"""The self-test of an installation (`digiamt-desk --self-test`): every part a reviewer relies
on, once, in a temporary folder. It shows that a bundle carries what the source tree has:
resources, migrations, the register, the importers, the document fonts and templates.

Each step is a function of the shared state; the first failing step ends the run and is named.
The window adds its own steps (translations, the review window) through `extra`.
"""

from __future__ import annotations

import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from digiamt_desk.domain.review import Decision
from digiamt_desk.paths import resource
from digiamt_desk.services.desk import Desk

SAMPLE = ("selftest", "procedures.csv")
SAMPLE_ARS = "091750115115"  # Stadt Ebersberg, the applicant the sample names


class SelfTestFailure(Exception):
    pass


@dataclass
class SelfTestState:
    work: Path
    desk: Desk | None = None
    application_id: int | None = None
    documents: list[Path] = field(default_factory=list)

    @property
    def database(self) -> Path:
        return self.work / "selftest.db"

    def open_desk(self) -> Desk:
        if self.desk is None:
            raise SelfTestFailure("the database is not open")
        return self.desk


@dataclass(frozen=True)
class StepResult:
    name: str
    ok: bool
    seconds: float
    detail: str


Step = tuple[str, Callable[[SelfTestState], str]]


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise SelfTestFailure(message)


def step_resources(state: SelfTestState) -> str:
    for parts in (SAMPLE, ("criteria",), ("i18n", "digiamt_de.qm"), ("icons",),
                  ("templates",), ("fonts",)):
        _check(resource(*parts).exists(), f"{resource(*parts)} is missing")
    return str(resource())


def step_demo(state: SelfTestState) -> str:
    from digiamt_desk.services.demo import create_demo

    created = create_demo(state.database)
    _check(len(created) >= 5, f"the demo has {len(created)} applications")
    return f"{len(created)} applications"


def step_open(state: SelfTestState) -> str:
    from digiamt_desk.services.desk import open_desk
    from digiamt_desk.store import lock
    from digiamt_desk.store.backups import integrity_problems
    from digiamt_desk.store.db import SCHEMA_REVISION, current_revision

    state.desk = open_desk(state.database, reviewer="Selbsttest", daily_backup=True, create=True)
    _check(lock.is_held_here(state.database), "the database was not locked")
    _check(current_revision(state.desk.engine) == SCHEMA_REVISION, "the schema is not current")
    problems = integrity_problems(state.database, quick=False)
    _check(not problems, f"integrity check: {problems[:1]}")
    _check(state.desk.daily_backup is not None, "no daily backup was taken")
    return f"schema {SCHEMA_REVISION}, integrity ok, daily backup taken"


def step_import(state: SelfTestState) -> str:
    from digiamt_desk.services.imports import import_source

    report = import_source(state.open_desk(), str(resource(*SAMPLE)))
    _check(report.ars == SAMPLE_ARS, f"the sample was read for {report.ars}")
    _check(report.added >= 50 and not report.skipped,
           f"{report.added} added, {len(report.skipped)} skipped")
    state.application_id = report.application_id
    return f"{report.added} procedures of {report.name} ({report.format})"


def step_decide(state: SelfTestState) -> str:
    from digiamt_desk.services import applications, review
    from digiamt_desk.services.procedures import list_procedures

    desk = state.open_desk()
    app_id = state.application_id
    _check(app_id is not None, "nothing was imported")
    assert app_id is not None
    ids = [p.id for p in list_procedures(desk, app_id)]
    for criterion in desk.catalog().criterion_ids():
        review.set_criterion(desk, app_id, ids, criterion, True)
    result = review.decide(desk, app_id, None, Decision.ACCEPTED)
    _check(len(result.changed) == len(ids) and not result.refused,
           f"{len(result.changed)} of {len(ids)} accepted, {len(result.refused)} refused")
    facts = applications.summary(desk, applications.find_application(desk, SAMPLE_ARS))
    _check(facts.eligible, f"{facts.counted} of {facts.threshold} counted: not eligible")
    _check(review.undo(desk, app_id) is not None and review.redo(desk, app_id) is not None,
           "undo and redo of the decision failed")
    return f"{facts.counted} of {facts.threshold} counted, eligible"


def step_documents(state: SelfTestState) -> str:
    from digiamt_desk.services.documents import produce_documents

    _check(state.application_id is not None, "nothing was imported")
    assert state.application_id is not None
    folder = state.work / "documents"
    paths = produce_documents(state.open_desk(), state.application_id, folder)
    state.documents = paths
    suffixes = sorted(p.suffix for p in paths)
    _check(suffixes.count(".pdf") >= 2, f"expected two PDF files, got {suffixes}")
    _check(".png" in suffixes and ".svg" in suffixes, f"no signet PNG or SVG in {suffixes}")
    for path in paths:
        head = path.read_bytes()[:8]
        expected = {".pdf": b"%PDF", ".png": b"\x89PNG", ".svg": b"<"}.get(path.suffix)
        _check(expected is None or head.lstrip().startswith(expected),
               f"{path.name} is no {path.suffix} file")
    return f"{len(paths)} files: " + ", ".join(p.name for p in paths)


def step_backup(state: SelfTestState) -> str:
    from digiamt_desk.store.backups import integrity_problems, take_backup

    copy = take_backup(state.database, "manual")
    _check(copy is not None and not integrity_problems(copy, quick=False),
           "the backup failed its integrity check")
    assert copy is not None
    return copy.name


STEPS: list[Step] = [
    ("resources", step_resources),
    ("demo database", step_demo),
    ("open", step_open),
    ("import", step_import),
    ("decision", step_decide),
    ("documents", step_documents),
    ("backup", step_backup),
]


def run_self_test(work: Path, *, extra: Sequence[Step] = (),
                  report: Callable[[StepResult], None] | None = None) -> list[StepResult]:
    """Run the steps (then `extra`) until one fails; the desk is closed at the end."""
    state = SelfTestState(work=work)
    results: list[StepResult] = []
    try:
        for name, step in [*STEPS, *extra]:
            started = time.perf_counter()
            try:
                detail = step(state)
                ok = True
            except Exception as exc:
                detail = f"{type(exc).__name__}: {exc}"
                if not isinstance(exc, SelfTestFailure):
                    detail += "\n" + "".join(traceback.format_exception(exc)).rstrip()
                ok = False
            result = StepResult(name, ok, time.perf_counter() - started, detail)
            results.append(result)
            if report is not None:
                report(result)
            if not ok:
                break
    finally:
        if state.desk is not None:
            state.desk.close()
    return results


__all__ = ["STEPS", "SelfTestFailure", "SelfTestState", "Step", "StepResult", "run_self_test"]
