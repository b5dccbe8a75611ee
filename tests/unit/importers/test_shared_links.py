"""A shared-link group kept merged or split, undone and redone through the review history."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from digiamt_desk.cli import main
from digiamt_desk.domain.review import ReviewError
from digiamt_desk.services import applications, review
from digiamt_desk.services.desk import Desk
from digiamt_desk.services.imports import import_source
from digiamt_desk.services.procedures import list_procedures
from digiamt_desk.services.shared_links import keep_merged, shared_groups, split_group
from digiamt_desk.store.tables import PROCEDURES

P = PROCEDURES.c

GARMISCH = "09180117"


def _list(tmp_path: Path) -> Path:
    path = tmp_path / "liste.csv"
    path.write_text(
        "Bezeichnung;Link;Leistungsschlüssel\n"
        "Bewohnerparken;https://portal.example/start;99126009001000\n"
        "Sperrmüll anmelden;https://portal.example/start;99139001000000\n"
        "Bewohnerparken;https://portal.example/start/;99126009002000\n"
        "Hund anmelden;https://portal.example/hund;99041006017000\n", encoding="utf-8")
    return path


def _counted(desk: Desk, application_id: int) -> dict[str, tuple[str, str, int | None]]:
    with desk.engine.connect() as connection:
        return {row.title: (row.decision, row.leika_keys, row.merged_into)
                for row in connection.execute(
                    select(P.title, P.decision, P.leika_keys, P.merged_into)
                    .where(P.application_id == application_id))}


def test_split_undo_redo(desk: Desk, tmp_path: Path) -> None:
    report = import_source(desk, str(_list(tmp_path)), ars=GARMISCH)
    application_id = report.application_id
    [group] = shared_groups(desk, application_id)
    assert (group.rows, group.titles, group.state) == (
        (2, 3, 4), ("Bewohnerparken", "Sperrmüll anmelden"), "shared")

    split_group(desk, application_id, group.procedure_id)

    assert _counted(desk, application_id) == {
        "Bewohnerparken": ("open", "99126009001000 99126009002000", None),
        "Sperrmüll anmelden": ("open", "99139001000000", None),
        "Hund anmelden": ("open", "99041006017000", None)}
    assert shared_groups(desk, application_id)[0].state == "split"
    summary = applications.summary(desk, applications.find_application(desk, GARMISCH))
    assert (summary.procedures, summary.open) == (3, 3)

    review.undo(desk, application_id)
    after_undo = _counted(desk, application_id)
    assert after_undo["Bewohnerparken"] == (
        "open", "99126009001000 99139001000000 99126009002000", None)
    assert after_undo["Sperrmüll anmelden"][0] == "rejected"  # merged again: counts once
    assert after_undo["Sperrmüll anmelden"][2] == group.procedure_id
    assert shared_groups(desk, application_id)[0].state == "shared"

    review.redo(desk, application_id)
    assert _counted(desk, application_id)["Sperrmüll anmelden"] == (
        "open", "99139001000000", None)
    assert len(list_procedures(desk, application_id)) == 3  # no second copy was made

    again = import_source(desk, str(_list(tmp_path)), ars=GARMISCH)  # the list comes again
    assert (again.added, again.updated) == (0, 0)
    assert _counted(desk, application_id)["Bewohnerparken"] == (
        "open", "99126009001000 99126009002000", None)  # the split holds


def test_keep_merged_settles_and_survives_a_reimport(desk: Desk, tmp_path: Path) -> None:
    source = _list(tmp_path)
    report = import_source(desk, str(source), ars=GARMISCH)
    [group] = shared_groups(desk, report.application_id)

    keep_merged(desk, report.application_id, group.procedure_id)
    assert shared_groups(desk, report.application_id)[0].state == "kept"
    with pytest.raises(ReviewError) as caught:
        keep_merged(desk, 10_000, group.procedure_id)
    assert caught.value.code == "no_application"

    import_source(desk, str(source), ars=GARMISCH)
    assert shared_groups(desk, report.application_id)[0].state == "kept"
    review.undo(desk, report.application_id)
    assert shared_groups(desk, report.application_id)[0].state == "shared"


def test_a_group_of_one_title_cannot_be_split(desk: Desk, tmp_path: Path) -> None:
    path = tmp_path / "l.csv"
    path.write_text("Bezeichnung;Link;LeiKa\nA;https://x.example/a;99126009001000\n"
                    "A;https://x.example/a;99126009002000\n", encoding="utf-8")
    report = import_source(desk, str(path), ars=GARMISCH)
    [group] = shared_groups(desk, report.application_id)  # other keys: shared

    with pytest.raises(ReviewError) as caught:
        split_group(desk, report.application_id, group.procedure_id)
    assert caught.value.code == "nothing_to_split"


def test_cli_shared_links(capsys: pytest.CaptureFixture[str], db_path: Path,
                          tmp_path: Path) -> None:
    assert main(["--db", str(db_path), "import", str(_list(tmp_path)), "--ars", GARMISCH]) == 0
    capsys.readouterr()
    assert main(["--db", str(db_path), "shared-links", GARMISCH]) == 0
    out = capsys.readouterr().out
    assert "[shared] https://portal.example/start: 3 rows" in out
    number = int(out.split()[0].lstrip("#"))
    assert main(["--db", str(db_path), "shared-links", GARMISCH, "--split", str(number)]) == 0
    assert "split into 2 procedures" in capsys.readouterr().out
