"""What the window gets from the services: plain values it can hold, never a database row, and
a lock that a failing restore does not leave behind."""

import dataclasses
from pathlib import Path

import pytest
from sqlmodel import SQLModel

from digiamt_desk.services import applications, overview, register
from digiamt_desk.services.awarding import awarding_summary, awarding_summary_of
from digiamt_desk.services.desk import Desk
from digiamt_desk.services.export import export_review_of
from digiamt_desk.services.safety import holding_lock
from digiamt_desk.store import lock


def test_a_register_entry_reaches_the_window_as_plain_values(desk: Desk) -> None:
    found = register.find_authority(desk, "09162000")
    row = register.lookup(desk, "09162000")
    assert not isinstance(found, SQLModel)
    assert (found.ars, found.official_name, found.kind, found.landkreis, found.postcode) == (
        row.ars, row.official_name, row.kind, row.landkreis, row.postcode)
    with pytest.raises(dataclasses.FrozenInstanceError):
        found.name = "Augsburg"  # type: ignore[misc]
    assert applications.default_address(found) == applications.default_address(row)


def test_the_search_gives_the_same_entries_in_the_same_order_as_plain_values(desk: Desk) -> None:
    plain = register.search_authorities(desk, "Neunburg", limit=5)
    rows = register.search(desk, "Neunburg", limit=5)
    assert [a.ars for a in plain] == [r.ars for r in rows] and len(plain) >= 2
    assert not any(isinstance(a, SQLModel) for a in plain)
    with pytest.raises(register.UnknownKey):
        register.find_authority(desk, "09999999")


def test_the_edit_form_shows_what_was_stored_and_follows_an_edit(desk: Desk) -> None:
    created = applications.create_application(desk, "09180117", head_title="Erster Bürgermeister",
                                              head_name="Elisabeth Koch")
    assert created.id is not None
    form = overview.application_form(desk, created.id)
    assert form is not None and not isinstance(form, SQLModel)
    assert (form.official_name, form.reference, form.head_name, form.received_on) == (
        created.official_name, created.reference, "Elisabeth Koch", created.received_on)
    applications.update_application(desk, created.id, head_name="Anton Hofer",
                                    address="Rathausplatz 1\n82467 Garmisch-Partenkirchen")
    edited = overview.application_form(desk, created.id)
    assert edited is not None and edited.head_name == "Anton Hofer"
    assert edited.address.endswith("82467 Garmisch-Partenkirchen")
    assert overview.application_form(desk, created.id + 1000) is None


def test_awarding_and_export_by_id_match_the_record(desk: Desk, tmp_path: Path) -> None:
    created = applications.create_application(desk, "09180117")
    assert created.id is not None
    assert awarding_summary_of(desk, created.id) == awarding_summary(desk, created)
    target = tmp_path / "Pruefung.csv"
    written = export_review_of(desk, created.id, target, "csv")
    assert written[0] == target and target.read_bytes().startswith("\ufeff".encode())


def test_a_restore_that_fails_does_not_leave_the_file_locked(db_path: Path) -> None:
    with pytest.raises(OSError), holding_lock(db_path, "digiamt-test"):
        assert lock.is_held_here(db_path)
        raise OSError("disk full")
    assert not lock.is_held_here(db_path)
