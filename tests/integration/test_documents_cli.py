"""`digiamt documents` as a user runs it: a real process, real files, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage


def digiamt(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DIGIAMT_REVIEWER": "CLI-Test"}
    env.pop("QT_QPA_PLATFORM", None)  # the command finds its own way without a display
    env.pop("DISPLAY", None)
    return subprocess.run([sys.executable, "-m", "digiamt_desk.cli", *args], capture_output=True,
                          text=True, env=env, timeout=120)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli-docs") / "demo.db"
    assert digiamt("--db", str(path), "demo").returncode == 0
    return path


def test_documents_for_named_applications(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = digiamt("--db", str(demo_db), "documents", "096", "09571136", "--out", str(out),
                     "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert [r["documents"] for r in report] == [["award_letter", "certificate", "signet"],
                                               ["query_letter"]]
    files = [Path(f) for r in report for f in r["files"]]
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in files)
    assert len(files) == 7
    png = QImage(str(out / "096_Unterfranken_Signet-512px.png"))
    assert (png.width(), png.height()) == (512, 512) and png.hasAlphaChannel()


def test_all_awarded_prints_the_paths(demo_db: Path, tmp_path: Path) -> None:
    result = digiamt("--db", str(demo_db), "documents", "--all-awarded", "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    printed = result.stdout.split()
    # The awarded Bezirk's six documents and its review record for the file.
    assert len(printed) == 7 and all(Path(p).is_file() for p in printed)
    assert all(Path(p).name.startswith("096_Unterfranken_") for p in printed)
    assert any(p.endswith("096_Unterfranken_Pruefvermerk.pdf") for p in printed)


def test_bad_input_is_one_line_and_writes_nothing(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    unknown = digiamt("--db", str(demo_db), "documents", "096", "09999999", "--out", str(out))
    assert unknown.returncode == 2
    assert unknown.stderr.count("\n") == 1 and "09999999" in unknown.stderr
    assert not out.exists()  # the first application was not written either

    bad = digiamt("--db", str(demo_db), "settings", "--set", "certificate.paper=gold")
    assert bad.returncode == 2 and "blank' or 'preprinted" in bad.stderr

    ok = digiamt("--db", str(demo_db), "settings", "--set",
                 r"letterhead.contact=Erika Musterfrau\nTelefon 089 2129-0")
    assert ok.returncode == 0
    assert r"letterhead.contact = Erika Musterfrau\nTelefon 089 2129-0" in ok.stdout


def letter_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def test_contact_is_the_reviewer_only_when_a_name_is_given(demo_db: Path,
                                                           tmp_path: Path) -> None:
    """With no contact in the settings, the letter's contact is the reviewer's name where one
    is given (--reviewer, DIGIAMT_REVIEWER), else there is none: never the login name of
    whoever runs the command."""
    database = tmp_path / "no-contact.db"
    database.write_bytes(demo_db.read_bytes())
    assert digiamt("--db", str(database), "settings", "--set",
                   "letterhead.contact=").returncode == 0
    env = {key: value for key, value in os.environ.items()
           if key not in ("DIGIAMT_REVIEWER", "QT_QPA_PLATFORM", "DISPLAY")}
    env.update(LOGNAME="sachbearb7", USER="sachbearb7")

    def letter(*options: str, reviewer: str = "") -> str:
        out = tmp_path / f"out-{len(options)}-{bool(reviewer)}"
        result = subprocess.run(
            [sys.executable, "-m", "digiamt_desk.cli", "--db", str(database), *options,
             "documents", "096", "--out", str(out)], capture_output=True, text=True,
            env={**env, "DIGIAMT_REVIEWER": reviewer} if reviewer else env, timeout=120)
        assert result.returncode == 0, result.stderr
        return letter_text(out / "096_Unterfranken_Auszeichnungsschreiben.pdf")

    unnamed = letter()
    assert "sachbearb7" not in unnamed
    assert "Kontakt" not in unnamed
    assert "Unser Zeichen" in unnamed and "Datum" in unnamed
    named = letter("--reviewer", "Anna Prüferin")
    assert "Kontakt" in named and "Anna Prüferin" in named
    from_environment = letter(reviewer="Bernd Prüfer")
    assert "Kontakt" in from_environment and "Bernd Prüfer" in from_environment
