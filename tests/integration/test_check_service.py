"""Checks of a whole application through the services and the `digiamt check` command."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import write_csv
from link_server import ServerState, link_server, loopback_settings

from digiamt_desk.cli import main
from digiamt_desk.services import applications, checks, review
from digiamt_desk.services.desk import Desk
from digiamt_desk.services.imports import import_source
from digiamt_desk.services.procedures import list_procedures
from digiamt_desk.store.tables import Application

pytestmark = pytest.mark.network
KEY = "09180117"


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[str, ServerState]]:
    with link_server() as served:
        yield served


def _application(desk: Desk, tmp_path: Path, base: str) -> tuple[Application, dict[str, int]]:
    rows = [("Gewerbe anmelden", f"{base}/form"), ("Hund anmelden", f"{base}/info"),
            ("Bauantrag", f"{base}/antrag.pdf"), ("Fundsache melden", f"{base}/missing"),
            ("Wohnsitz anmelden", f"{base}/other-host-redirect"),
            ("Kontakt", "mailto:rathaus@markt.example")]
    lines = ["Bezeichnung;Link"] + [f"{title};{url}" for title, url in rows]
    import_source(desk, str(write_csv(tmp_path / "liste.csv", lines)), ars=KEY)
    application = applications.find_application(desk, KEY)
    assert application.id is not None
    ids = {p.title: p.id for p in list_procedures(desk, application.id)}
    return application, ids


def test_results_are_stored_with_hints_and_maturity(server: tuple[str, ServerState],
                                                    desk: Desk, tmp_path: Path) -> None:
    base, _ = server
    application, ids = _application(desk, tmp_path, base)
    assert application.id is not None
    stored_batches: list[list[checks.StoredCheck]] = []
    progress: list[tuple[int, int]] = []
    report = checks.run_checks(desk, application.id, settings=loopback_settings(timeout=2),
                               on_stored=stored_batches.append,
                               progress=lambda _phase, done, total: progress.append((done,
                                                                                     total)))
    assert not report.offline and report.stored == 6
    stored = {row[0]: row for batch in stored_batches for row in batch}
    assert sorted(stored) == sorted(ids.values())
    assert stored[ids["Hund anmelden"]] == (ids["Hund anmelden"], "ok", "no_form", 1)
    assert progress[-1] == (6, 6)
    found = checks.check_results(desk, application.id)
    form = found[ids["Gewerbe anmelden"]]
    assert (form.status, form.online_form, form.hints, form.maturity) == ("ok", True, (), 3)
    assert form.checked_at is not None
    info = found[ids["Hund anmelden"]]
    assert (info.online_form, info.hints, info.maturity) == (False, ("no_form",), 1)
    assert "no form with a submit button" in info.evidence[0].evidence
    pdf = found[ids["Bauantrag"]]
    assert (pdf.hints, pdf.maturity) == (("pdf",), 2)
    assert found[ids["Fundsache melden"]].status == "not_found"
    moved = found[ids["Wohnsitz anmelden"]]
    assert moved.status == "redirect" and moved.final_url.startswith("http://localhost:")
    mail = found[ids["Kontakt"]]
    assert (mail.status, mail.hints, mail.maturity) == ("not_checked", ("mailto",), 1)


def test_a_new_check_keeps_the_reviewers_maturity(server: tuple[str, ServerState], desk: Desk,
                                                  tmp_path: Path) -> None:
    base, _ = server
    application, ids = _application(desk, tmp_path, base)
    assert application.id is not None
    pid = ids["Hund anmelden"]
    checks.set_maturity_override(desk, application.id, pid, 2)  # before any check
    checks.run_checks(desk, application.id, [pid], settings=loopback_settings(timeout=2))
    view = checks.check_results(desk, application.id)[pid]
    assert (view.maturity, view.maturity_override, view.effective_maturity) == (1, 2, 2)
    checks.set_maturity_override(desk, application.id, pid, None)
    assert checks.check_results(desk, application.id)[pid].effective_maturity == 1
    with pytest.raises(Exception, match="0 to 4"):
        checks.set_maturity_override(desk, application.id, pid, 7)


def test_accept_all_reachable_without_hints_is_one_undo(server: tuple[str, ServerState],
                                                         desk: Desk, tmp_path: Path) -> None:
    base, _ = server
    application, ids = _application(desk, tmp_path, base)
    assert application.id is not None
    checks.run_checks(desk, application.id, settings=loopback_settings(timeout=2))
    result = checks.accept_reachable_without_hints(desk, application.id)
    # The form page and the one redirected to it; not the info page, PDF, 404 or mail link.
    assert sorted(result.changed) == sorted([ids["Gewerbe anmelden"], ids["Wohnsitz anmelden"]])
    assert applications.summary(desk, application).accepted == 2
    review.undo(desk, application.id)
    assert applications.summary(desk, application).accepted == 0
    assert checks.accept_reachable_without_hints(desk, application.id).changed  # again


def test_offline_keeps_earlier_results(server: tuple[str, ServerState], desk: Desk,
                                       tmp_path: Path) -> None:
    base, _ = server
    application, ids = _application(desk, tmp_path, base)
    assert application.id is not None
    checks.run_checks(desk, application.id, settings=loopback_settings(timeout=2))
    before = checks.check_results(desk, application.id)
    # Every link now points at hosts where nothing answers: what an offline laptop sees.
    with desk.engine.begin() as connection:
        connection.exec_driver_sql(
            "UPDATE procedure SET url = 'http://127.0.0.' || (id % 7 + 2) || ':9/x' "
            "WHERE link_kind = 'http'")
    report = checks.run_checks(desk, application.id, settings=loopback_settings(timeout=2))
    assert report.offline and report.stored == 1  # only the mailto link, judged offline too
    assert report.counts == {"no_network": 5, "not_checked": 1}
    after = checks.check_results(desk, application.id)
    assert after[ids["Gewerbe anmelden"]] == before[ids["Gewerbe anmelden"]]


def test_check_command_prints_json(server: tuple[str, ServerState], db_path: Path,
                                   tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base, _ = server
    lines = ["Bezeichnung;Link", f"Gewerbe anmelden;{base}/form",
             f"Bauantrag;{base}/antrag.pdf", "Kontakt;mailto:rathaus@markt.example"]
    assert main(["--db", str(db_path), "import", str(write_csv(tmp_path / "l.csv", lines)),
                 "--ars", KEY]) == 0
    capsys.readouterr()
    code = main(["--db", str(db_path), "check", KEY, "--json", "--timeout", "3",
                 "--allow-private-networks",
                 "--concurrency", "4"])
    out = capsys.readouterr().out
    assert code == 0
    rows = {row["url"]: row for row in json.loads(out)}
    form = rows[f"{base}/form"]
    assert (form["status"], form["online_form"], form["hints"]) == ("ok", True, [])
    assert form["final_url"] == f"{base}/form" and isinstance(form["id"], int)
    pdf = rows[f"{base}/antrag.pdf"]
    assert (pdf["status"], pdf["online_form"], pdf["hints"]) == ("ok", None, ["pdf"])
    mail = rows["mailto:rathaus@markt.example"]
    assert (mail["status"], mail["hints"], mail["final_url"]) == ("not_checked", ["mailto"], None)


def test_check_command_table_and_offline_exit(db_path: Path, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    lines = ["Bezeichnung;Link"] + [f"V{n};http://127.0.0.{n + 2}:9/v" for n in range(6)]
    assert main(["--db", str(db_path), "import", str(write_csv(tmp_path / "l.csv", lines)),
                 "--ars", KEY]) == 0
    capsys.readouterr()
    code = main(["--db", str(db_path), "check", KEY, "--timeout", "2",
                 "--allow-private-networks"])
    out, err = capsys.readouterr()
    assert code == 3
    assert err.count("no network") == 1 and "Traceback" not in err
    assert "no_network" in out


def test_check_command_rejects_bad_options(db_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--db", str(db_path), "check", KEY, "--timeout", "0"])
    err = capsys.readouterr().err
    assert code == 2 and "timeout" in err and len(err.strip().splitlines()) == 1


def test_duplicates_command(db_path: Path, tmp_path: Path,
                            capsys: pytest.CaptureFixture[str]) -> None:
    lines = ["Bezeichnung;Link", "Gewerbe anmelden;https://markt.example/gewerbe",
             "Gewerbe anmelden;http://www.markt.example/gewerbe/?utm_source=x",
             "Hund anmelden;https://markt.example/hund"]
    assert main(["--db", str(db_path), "import", str(write_csv(tmp_path / "l.csv", lines)),
                 "--ars", KEY]) == 0
    capsys.readouterr()
    assert main(["--db", str(db_path), "duplicates", KEY, "--json"]) == 0
    [proposal] = json.loads(capsys.readouterr().out)["proposals"]
    assert proposal["reason"] == "same_address"
    keep, merge = str(proposal["keep"]), str(proposal["merge"])
    assert main(["--db", str(db_path), "duplicates", KEY, "--merge", keep, merge]) == 0
    assert main(["--db", str(db_path), "summary", KEY, "--json"]) == 0
    out = capsys.readouterr().out
    assert json.loads(out[out.index("{"):])["duplicates_merged"] == 1
    assert main(["--db", str(db_path), "undo", KEY]) == 0
    assert main(["--db", str(db_path), "duplicates", KEY, "--dismiss", keep, merge]) == 0
    capsys.readouterr()
    assert main(["--db", str(db_path), "duplicates", KEY, "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"proposals": [], "merged": []}
    assert main(["--db", str(db_path), "duplicates", KEY, "--unmerge", merge]) == 2
    assert "not merged" in capsys.readouterr().err
