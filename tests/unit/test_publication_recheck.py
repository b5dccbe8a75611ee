"""Re-check of awarded authorities on a loopback server: who fell below the threshold, which
links died, and what changed since the previous re-check."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from link_server import ServerState, link_server
from publication_data import add_application, known_database

from digiamt_desk.checks.links import CheckSettings
from digiamt_desk.cli import main
from digiamt_desk.domain.review import Status
from digiamt_desk.services import recheck
from digiamt_desk.services.desk import Desk
from digiamt_desk.store.tables import PROCEDURES

pytestmark = pytest.mark.network
SETTINGS = CheckSettings(timeout=5, read_pages=False, allow_private_networks=True)


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[str, ServerState]]:
    with link_server() as served:
        yield served


def point_links(desk: Desk, application_id: int, base: str, dead: int = 0) -> None:
    """Every procedure of the application to a page that answers; the first `dead` of them
    (by id) to one that answers 404."""
    with desk.engine.begin() as connection:
        connection.exec_driver_sql(
            "UPDATE procedure SET url = ? || '/form?n=' || id WHERE application_id = ?",
            (base, application_id))
        connection.exec_driver_sql(
            "UPDATE procedure SET url = ? || '/missing?n=' || id WHERE id IN (SELECT id FROM "
            "procedure WHERE application_id = ? ORDER BY id LIMIT ?)",
            (base, application_id, dead))


def test_recheck_finds_who_fell_below_and_what_changed(server: tuple[str, ServerState],
                                                       desk: Desk) -> None:
    base, _ = server
    tuessling = add_application(desk, "09171133", received="2026-01-05", accepted=52,
                                rejected={"pdf_form": 2}, status=Status.AWARDED,
                                decided="2026-01-20")
    bezirk = add_application(desk, "091", received="2026-01-05", accepted=31,
                             status=Status.AWARDED, decided="2026-01-21")
    point_links(desk, tuessling, base)
    point_links(desk, bezirk, base, dead=1)

    first = recheck.run_recheck(desk, recheck.awards_to_recheck(desk), settings=SETTINGS)
    assert first.run_id is not None and not first.cancelled
    assert [(r.name, r.counted, r.reachable, r.below) for r in first.results] == [
        ("Bezirk Oberbayern", 31, 30, False), ("Markt Tüßling", 52, 52, False)]
    assert [d.status for d in first.results[0].dead] == ["not_found"]

    point_links(desk, tuessling, base, dead=3)  # 49 of 50 needed
    point_links(desk, bezirk, base)  # back
    second = recheck.run_recheck(desk, recheck.awards_to_recheck(desk), settings=SETTINGS)
    assert second.run_id is not None
    assert [r.name for r in second.below] == ["Markt Tüßling"]
    changes = {c.now.name: c for c in recheck.compare(desk, second.run_id)}
    fallen = changes["Markt Tüßling"]
    assert fallen.fell_below and fallen.previous is not None
    assert (fallen.previous.reachable, fallen.now.reachable) == (52, 49)
    assert len(fallen.newly_dead) == 3 and all("/missing" in d.url for d in fallen.newly_dead)
    back = changes["Bezirk Oberbayern"]
    assert not back.fell_below and len(back.recovered) == 1 and back.newly_dead == []
    assert [r.run_id for r in recheck.recheck_runs(desk)] == [second.run_id, first.run_id]
    # The first run's results stay as they were.
    assert recheck.run_results(desk, first.run_id)[1].reachable == 52


def test_only_counted_procedures_are_checked(server: tuple[str, ServerState],
                                             desk: Desk) -> None:
    base, state = server
    app_id = add_application(desk, "09171133", received="2026-01-05", accepted=50,
                             rejected={"pdf_form": 4}, status=Status.AWARDED,
                             decided="2026-01-20")
    point_links(desk, app_id, base)
    with desk.engine.connect() as connection:
        rejected = {row.url for row in connection.execute(
            PROCEDURES.select().where(PROCEDURES.c.decision == "rejected"))}
    with state.lock:
        state.requests.clear()
    report = recheck.run_recheck(desk, recheck.awards_to_recheck(desk), settings=SETTINGS)
    assert report.results[0].counted == 50
    asked = {base + path for _method, path in state.requests}
    assert asked and not asked & rejected


def test_offline_keeps_nothing(desk: Desk) -> None:
    app_id = add_application(desk, "09171133", received="2026-01-05", accepted=50,
                             status=Status.AWARDED, decided="2026-01-20")
    with desk.engine.begin() as connection:
        connection.exec_driver_sql(
            "UPDATE procedure SET url = 'http://127.0.0.' || (id % 7 + 2) || ':9/x' "
            "WHERE application_id = ?", (app_id,))
    report = recheck.run_recheck(desk, recheck.awards_to_recheck(desk),
                                 settings=CheckSettings(timeout=2, allow_private_networks=True))
    assert report.offline and report.run_id is None and report.results == []
    assert recheck.recheck_runs(desk) == []


def test_cancelled_keeps_the_authorities_done(server: tuple[str, ServerState],
                                              desk: Desk) -> None:
    base, _ = server
    first = add_application(desk, "09171133", received="2026-01-05", accepted=50,
                            status=Status.AWARDED, decided="2026-01-20")
    second = add_application(desk, "091", received="2026-01-05", accepted=30,
                             status=Status.AWARDED, decided="2026-01-20")
    point_links(desk, first, base)
    point_links(desk, second, base)
    seen: list[int] = []

    def progress(_phase: str, done: int, _total: int) -> None:
        seen.append(done)

    awards = recheck.awards_to_recheck(desk)
    # One request at a time: one authority after the other, so the first is done at 30.
    one_by_one = CheckSettings(timeout=5, read_pages=False, concurrency=1, per_host=1,
                               allow_private_networks=True)
    report = recheck.run_recheck(desk, awards, settings=one_by_one, progress=progress,
                                 cancelled=lambda: seen[-1] >= 30)
    assert report.cancelled
    assert [r.name for r in report.results] == ["Bezirk Oberbayern"]
    assert recheck.recheck_runs(desk)[0].cancelled
    assert seen == sorted(seen) and seen[-1] < 80


def test_two_authorities_at_once_keep_the_limits(server: tuple[str, ServerState],
                                                 desk: Desk) -> None:
    base, state = server
    ids = [add_application(desk, key, received="2026-01-05", accepted=30,
                           status=Status.AWARDED, decided="2026-01-20")
           for key in ("091", "092", "093")]  # Bezirke: 30 needed
    for app_id in ids:
        point_links(desk, app_id, base)
        with desk.engine.begin() as connection:  # the first 8 answer after 0.2 s
            connection.exec_driver_sql(
                "UPDATE procedure SET url = ? || '/busy?n=' || id WHERE id IN (SELECT id FROM "
                "procedure WHERE application_id = ? ORDER BY id LIMIT 8)", (base, app_id))
    with state.lock:
        state.busy_total_peak = 0
    seen: list[int] = []
    report = recheck.run_recheck(
        desk, recheck.awards_to_recheck(desk),
        settings=CheckSettings(timeout=10, read_pages=False, concurrency=4, per_host=4,
                               allow_private_networks=True),
        progress=lambda _p, done, _t: seen.append(done))
    assert [r.reachable for r in report.results] == [30, 30, 30]
    assert state.busy_total_peak == 4  # two runs of 2 at once, never above the limit
    assert max(seen) == 90


def test_only_awards_in_force_can_be_rechecked(desk: Desk) -> None:
    known = known_database(desk)
    with pytest.raises(Exception, match="no award in force"):
        recheck.awards_to_recheck(desk, [known.emmerting])


def test_recheck_command(server: tuple[str, ServerState], desk: Desk, db_path: Path,
                         capsys: pytest.CaptureFixture[str]) -> None:
    base, _ = server
    app_id = add_application(desk, "09171133", received="2026-01-05", accepted=50,
                             status=Status.AWARDED, decided="2026-01-20")
    point_links(desk, app_id, base, dead=2)
    desk.close()
    assert main(["--db", str(db_path), "recheck", "--all-awarded", "--json",
                 "--allow-private-networks"]) == 0
    data = json.loads(capsys.readouterr().out)
    [authority] = data["authorities"]
    assert (authority["reachable"], authority["below"], authority["fell_below"]) == (
        48, True, True)
    assert len(authority["dead"]) == 2
    assert main(["--db", str(db_path), "recheck", "09171133", "--allow-private-networks"]) == 0
    out, err = capsys.readouterr()
    assert "BELOW" in out and "48 of   50 reachable" in out and "(before: 48)" in out
    assert "1 of 1 awarded authorities below" in err
