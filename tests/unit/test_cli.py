"""The `digiamt` command as a user types it: output, JSON shapes and exit codes."""

import json
from pathlib import Path

import pytest
from helpers import write_csv

from digiamt_desk.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> object:
    code, out, err = run(capsys, *args, "--json")
    assert code == 0, err
    return json.loads(out)


def test_import_summary_decide_status(capsys: pytest.CaptureFixture[str], db_path: Path,
                                      tmp_path: Path) -> None:
    db = str(db_path)
    lines = ["Bezeichnung;Link;Leistungsschlüssel"]
    lines += [f"Verfahren {i};https://portal.example/v{i};990500121{i:05d}" for i in range(31)]
    lines += ["Doppelt;https://portal.example/v0/;", "Ohne Link;;"]
    source = write_csv(tmp_path / "bezirk.csv", lines)
    report = run_json(capsys, "--db", db, "import", str(source), "--ars", "096")
    assert isinstance(report, dict)
    assert (report["ars"], report["added"], report["updated"], report["merged"]) == (
        "096000000000", 31, 0, 1)
    assert report["skipped"] == [{"row": 34, "reason": "no link: not an online procedure",
                                  "code": "no_link"}]

    procedures = run_json(capsys, "--db", db, "procedures", "096")
    assert isinstance(procedures, list) and len(procedures) == 31
    assert {"id", "title", "url", "leika_keys", "decision", "reason"} <= set(procedures[0])
    first = procedures[0]["id"]
    code, out, _ = run(capsys, "--db", db, "decide", "096", "--procedure", str(first),
                       "--reject", "--reason", "pdf_form")
    assert code == 0 and "1 changed" in out
    code, out, _ = run(capsys, "--db", db, "decide", "096", "--all-open", "--accept")
    assert code == 0 and "30 changed" in out

    summary = run_json(capsys, "--db", db, "summary", "096")
    assert isinstance(summary, dict)
    assert {k: summary[k] for k in ("ars", "kind", "threshold", "procedures", "accepted",
                                    "rejected", "open", "duplicates_merged", "counted",
                                    "eligible")} == {
        "ars": "096000000000", "kind": "Bezirk", "threshold": 30, "procedures": 31,
        "accepted": 30, "rejected": 1, "open": 0, "duplicates_merged": 1, "counted": 30,
        "eligible": True}
    assert summary["name"] == "Unterfranken"

    status = run_json(capsys, "--db", db, "status", "096", "--set", "awarded")
    assert isinstance(status, dict) and status["status"] == "awarded"
    assert status["final_decisions"][0]["counted"] == 30
    code, _, err = run(capsys, "--db", db, "decide", "096", "--all-open", "--accept")
    assert code == 2 and "read-only" in err

    apps = run_json(capsys, "--db", db, "applications")
    assert isinstance(apps, list)
    assert [(a["name"], a["status"], a["eligible"]) for a in apps] == [
        ("Unterfranken", "awarded", True)]


def test_bad_input_is_one_line_with_exit_2(capsys: pytest.CaptureFixture[str], db_path: Path,
                                           tmp_path: Path) -> None:
    bad = write_csv(tmp_path / "liste.csv", ["Bezeichnung;Link;ARS", "Gewerbe;https://x.de;12"])
    code, out, err = run(capsys, "--db", str(db_path), "import", str(bad))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "liste.csv" in err and "row 2" in err and "ARS" in err
    code, _, err = run(capsys, "--db", str(db_path), "import", str(tmp_path / "fehlt.csv"))
    assert code == 2 and "fehlt.csv" in err and "Traceback" not in err
    code, _, err = run(capsys, "--db", str(db_path), "summary", "09999999")
    assert code == 2 and "09999999" in err


def test_demo_shows_the_interesting_cases(capsys: pytest.CaptureFixture[str],
                                          tmp_path: Path) -> None:
    db = str(tmp_path / "demo.db")
    created = run_json(capsys, "--db", db, "demo")
    assert isinstance(created, dict) and len(created["applications"]) == 5
    apps = {a["kind"]: a for a in run_json(capsys, "--db", db, "applications")}  # type: ignore[union-attr]
    assert apps["Markt"]["eligible"] and apps["Markt"]["counted"] > 50
    assert not apps["Große Kreisstadt"]["eligible"]
    assert 45 <= apps["Große Kreisstadt"]["counted"] < 50
    assert apps["Bezirk"]["threshold"] == 30 and apps["Bezirk"]["status"] == "awarded"
    messy = apps["Verwaltungsgemeinschaft"]
    assert messy["duplicates_merged"] >= 2 and messy["not_online"] >= 2
    code, _, err = run(capsys, "--db", db, "demo")
    assert code == 2 and "--force" in err
    code, _, _ = run(capsys, "--db", db, "demo", "--force")
    assert code == 0


def test_db_from_environment(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
                             db_path: Path) -> None:
    monkeypatch.setenv("DIGIAMT_DB", str(db_path))
    code, out, _ = run(capsys, "register", "search", "Dinkelsbühl")
    assert code == 0 and "09571136" in out
