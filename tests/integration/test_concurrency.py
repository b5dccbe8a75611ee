"""Two reviewer processes deciding at the same moment against one server: no change is lost,
a stale write is refused."""

from __future__ import annotations

import multiprocessing
from pathlib import Path
from typing import Any

from team_helpers import application_with, procedure_ids

from digiamt_desk.domain.review import Decision, ReviewError
from digiamt_desk.services import review
from digiamt_desk.services.desk import open_desk
from digiamt_desk.services.procedures import list_procedures


def _decide(url: str, reviewer: str, application_id: int, procedure_id: int, decision: str,
            start: Any, results: Any) -> None:
    desk = open_desk(url, reviewer=reviewer)
    try:
        [seen] = list_procedures(desk, application_id, [procedure_id])
        start.wait()  # both have read the row; now both write
        try:
            review.decide(desk, application_id, [procedure_id], Decision(decision),
                          reason="pdf_form", expected={procedure_id: seen.version})
            results.put((reviewer, "written", ""))
        except ReviewError as exc:
            results.put((reviewer, exc.code, exc.message))
    finally:
        desk.close()


def _run_two(url: str, application_id: int, first: int, second: int) -> list[tuple[str, ...]]:
    context = multiprocessing.get_context("spawn")
    start, results = context.Barrier(2), context.Queue()
    processes = [context.Process(target=_decide, args=(url, name, application_id, pid, decision,
                                                       start, results))
                 for name, pid, decision in (("anna", first, "accepted"),
                                             ("carl", second, "rejected"))]
    for process in processes:
        process.start()
    outcome = sorted(results.get(timeout=120) for _ in processes)
    for process in processes:
        process.join()
        assert process.exitcode == 0
    return outcome


def test_different_procedures_at_once_both_land(pg_url: str, tmp_path: Path) -> None:
    desk = open_desk(pg_url, reviewer="setup")
    application = application_with(desk, tmp_path, 4)
    assert application.id is not None
    first, second = procedure_ids(desk, application)[:2]
    outcome = _run_two(pg_url, application.id, first, second)
    assert [(who, what) for who, what, _ in outcome] == [("anna", "written"),
                                                        ("carl", "written")]
    decisions = {p.id: p.decision for p in list_procedures(desk, application.id)}
    assert (decisions[first], decisions[second]) == ("accepted", "rejected")
    lines = {(line.by, line.procedure_id, line.new) for line in
             review.history(desk, application.id) if line.field == "decision"}
    assert lines == {("anna", first, "accepted"), ("carl", second, "rejected")}
    desk.close()


def test_the_same_procedure_at_once_one_wins_the_other_is_refused(pg_url: str,
                                                                  tmp_path: Path) -> None:
    desk = open_desk(pg_url, reviewer="setup")
    application = application_with(desk, tmp_path, 4)
    assert application.id is not None
    target = procedure_ids(desk, application)[0]
    outcome = _run_two(pg_url, application.id, target, target)
    kinds = sorted(what for _, what, _ in outcome)
    assert kinds == ["stale", "written"]
    [winner] = [who for who, what, _ in outcome if what == "written"]
    [message] = [text for _, what, text in outcome if what == "stale"]
    [now] = list_procedures(desk, application.id, [target])
    assert now.decision == ("accepted" if winner == "anna" else "rejected")
    assert f"by {winner}" in message and f"now '{now.decision}'" in message
    decisions = [(line.by, line.new) for line in review.history(desk, application.id, target)
                 if line.field == "decision"]
    assert decisions == [(winner, now.decision)]  # every accepted write, and only it
    desk.close()
