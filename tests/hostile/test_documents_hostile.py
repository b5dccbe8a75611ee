"""Documents that broke (issue 14, items 9 to 11): a title of 15,000 characters, addresses and
names too long for the envelope window, characters the fonts lack. Each either prints in full
or is refused with one line naming the field, exit 2, nothing written, the database unchanged."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from helpers import write_csv

from digiamt_desk.cli import main
from digiamt_desk.domain.review import Decision
from digiamt_desk.services import applications, review
from digiamt_desk.services.desk import Desk
from digiamt_desk.services.imports import import_source
from digiamt_desk.services.procedures import list_procedures

MM = 72 / 25.4
LONG_TITLE = " ".join(f"Wort{i:04d}" for i in range(1700))  # 15,299 characters


def _application(desk: Desk, tmp_path: Path, titles: list[str]) -> int:
    lines = ["Bezeichnung;Link"] + [f"{t};https://portal.example/t{i}"
                                    for i, t in enumerate(titles)]
    import_source(desk, str(write_csv(tmp_path / "list.csv", lines)), ars="09180117")
    app = applications.find_application(desk, "09180117")
    assert app.id is not None
    return app.id


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _words(pdf: Path) -> list[tuple[str, float, float, float, float]]:
    """(word, left, top, right, bottom) in mm, from pdftotext's bounding boxes (page 1)."""
    html = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", str(pdf), "-"],
                          capture_output=True, check=True, text=True).stdout
    pattern = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" '
                         r'yMax="([\d.]+)">([^<]*)</word>')
    return [(m[5], float(m[1]) / MM, float(m[2]) / MM, float(m[3]) / MM, float(m[4]) / MM)
            for m in pattern.finditer(html)]


def test_a_title_of_15000_characters_wraps_onto_the_next_pages(
        capsys: pytest.CaptureFixture[str], desk: Desk, db_path: Path, tmp_path: Path) -> None:
    assert len(LONG_TITLE) > 15_000
    app_id = _application(desk, tmp_path, [LONG_TITLE, "Hund anmelden"])
    ids = [p.id for p in list_procedures(desk, app_id)]
    review.decide(desk, app_id, ids[:1], Decision.REJECTED, reason="pdf_form")
    desk.engine.dispose()
    out = tmp_path / "out"
    code, printed, err = _run(capsys, "--db", str(db_path), "documents", "09180117", "--out",
                              str(out))
    assert code == 0, err
    letter = next(Path(p) for p in printed.split() if p.endswith("Nachforderung.pdf"))
    text = " ".join(subprocess.run(["pdftotext", str(letter), "-"], capture_output=True,
                                   check=True, text=True).stdout.split())
    assert "Wort0000 Wort0001" in text and "Wort1698 Wort1699" in text  # all of it printed
    code, printed, err = _run(capsys, "--db", str(db_path), "documents", "09180117",
                              "--record", "--out", str(out))
    assert code == 0, err
    record = subprocess.run(["pdftotext", printed.strip(), "-"], capture_output=True,
                            check=True, text=True).stdout
    assert "Wort1699" in record


def test_a_long_address_line_wraps_inside_the_window(capsys: pytest.CaptureFixture[str],
                                                     desk: Desk, db_path: Path,
                                                     tmp_path: Path) -> None:
    app_id = _application(desk, tmp_path, ["Hund anmelden"])
    street = "Verwaltungsgemeinschaft Neunburg vorm Wald, Rathaus, Schrannenplatz 1, Zimmer 2"
    assert len(street) >= 78
    applications.update_application(
        desk, app_id, head_title="Erster Bürgermeister", head_name="Thomas Berger",
        address=f"Markt Garmisch-Partenkirchen\n{street}\n82467 Garmisch-Partenkirchen")
    desk.engine.dispose()
    code, printed, err = _run(capsys, "--db", str(db_path), "documents", "09180117", "--out",
                              str(tmp_path / "out"))
    assert code == 0, err
    words = _words(Path(printed.split()[0]))
    address = [w for w in words if 60 <= w[2] <= 95 and w[1] < 110]
    assert "Zimmer" in {w[0] for w in address} and "82467" in {w[0] for w in address}
    for _word, left, top, right, bottom in address:
        assert left >= 20 and right <= 105  # inside the window, 20 to 105 mm from the left
        # Below the notes zone (the glyphs' boxes reach 1 mm above the first baseline's
        # 3.6 mm), above the window's end.
        assert top >= 45 + 17.7 - 1 and bottom <= 90
    height = min(w[4] - w[2] for w in address if w[0] == "Zimmer")
    assert height * MM >= 8  # no smaller than the 8 pt floor (the box is about the font size)


@pytest.mark.parametrize(("field", "changes"), [
    ("address", {"address": "\n".join(f"Zeile {i} mit einer recht langen Angabe zur Anschrift"
                                      for i in range(9))}),
    ("head_name", {"head_title": "Landrat", "head_name": " ".join(["Maximilian"] * 40)}),
    ("reference", {"reference": "StMD-DA-2026-" + "0" * 60}),
])
def test_what_cannot_fit_is_refused_naming_the_field(
        capsys: pytest.CaptureFixture[str], desk: Desk, db_path: Path, tmp_path: Path,
        field: str, changes: dict[str, str]) -> None:
    app_id = _application(desk, tmp_path, ["Hund anmelden"])
    applications.update_application(desk, app_id, **changes)
    desk.engine.dispose()
    before = db_path.read_bytes()
    out = tmp_path / "out"
    code, _printed, err = _run(capsys, "--db", str(db_path), "documents", "09180117", "--out",
                               str(out))
    assert code == 2
    assert err.startswith(f"digiamt: error: field '{field}': ") and err.count("\n") == 1
    assert not out.exists()
    assert db_path.read_bytes() == before


@pytest.mark.parametrize(("title", "code", "named"), [
    ("Hund anmelden 🐕", "[U+1F415]", "U+1F415 DOG"),
    ("בקשה לרישיון", "[U+05D1]", "U+05D1 HEBREW LETTER BET"),
    ("طلب ترخيص", "[U+0637]", "U+0637 ARABIC LETTER TAH"),
])
def test_a_procedure_with_characters_the_fonts_lack_prints_their_code_and_says_so(
        capsys: pytest.CaptureFixture[str], desk: Desk, db_path: Path, tmp_path: Path,
        title: str, code: str, named: str) -> None:
    """The applicant's own texts cannot be edited here: printed as the code, never a blank,
    and the user is told before anything is written."""
    app_id = _application(desk, tmp_path, [title, "Gewerbe anmelden"])
    ids = [p.id for p in list_procedures(desk, app_id)]
    review.decide(desk, app_id, ids, Decision.REJECTED, reason="pdf_form")
    desk.engine.dispose()
    out = tmp_path / "out"
    code_, printed, err = _run(capsys, "--db", str(db_path), "documents", "09180117", "--out",
                               str(out))
    assert code_ == 0, err
    assert err.startswith("digiamt: warning: ") and named in err and "[U+" in err
    letter = subprocess.run(["pdftotext", printed.split()[0], "-"], capture_output=True,
                            check=True, text=True).stdout
    assert code in letter


@pytest.mark.parametrize(("field", "changes", "named"), [
    ("head_name", {"head_title": "Landrat", "head_name": "דוד לוי"}, "U+05D3 HEBREW LETTER DALET"),
    ("address", {"address": "Markt Garmisch-Partenkirchen 🏛\n82467 Garmisch-Partenkirchen"},
     "U+1F3DB CLASSICAL BUILDING"),
])
def test_characters_the_fonts_lack_in_what_the_user_entered_are_refused(
        capsys: pytest.CaptureFixture[str], desk: Desk, db_path: Path, tmp_path: Path,
        field: str, changes: dict[str, str], named: str) -> None:
    """A name or an address is the user's own entry: refused before anything is written, so
    a certificate never shows a blank where the name should be."""
    app_id = _application(desk, tmp_path, ["Gewerbe anmelden"])
    applications.update_application(desk, app_id, **changes)
    desk.engine.dispose()
    before = db_path.read_bytes()
    out = tmp_path / "out"
    code, _printed, err = _run(capsys, "--db", str(db_path), "documents", "09180117", "--out",
                               str(out))
    assert code == 2
    assert err.startswith(f"digiamt: error: field '{field}': ") and named in err
    assert "cannot print" in err and not out.exists()
    assert db_path.read_bytes() == before
