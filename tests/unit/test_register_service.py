"""The register inside the database: lookups by every key, search, and a newer edition."""

from pathlib import Path

import pytest
from helpers import REPO

from digiamt_desk.services import applications, register
from digiamt_desk.services.desk import Desk

RAW = REPO / "resources" / "register" / "GV100AD_30112025_bayern_raw.txt"


def test_lookup_by_each_kind_of_key(desk: Desk) -> None:
    assert register.lookup(desk, "09162000").official_name == "Landeshauptstadt München"
    assert register.lookup(desk, "091620000000").name == "München"
    assert register.lookup(desk, "09187").official_name == "Landkreis Rosenheim"
    assert register.lookup(desk, "093765345").kind == "Verwaltungsgemeinschaft"
    assert register.lookup(desk, "096").official_name == "Bezirk Unterfranken"


@pytest.mark.parametrize("bad", ["0916", "abc", "09999999", "091999999999"])
def test_unknown_keys_are_named(desk: Desk, bad: str) -> None:
    with pytest.raises(register.UnknownKey) as err:
        register.lookup(desk, bad)
    assert bad in str(err.value)


def test_search_by_name_with_or_without_umlauts(desk: Desk) -> None:
    for query in ("münchen", "Muenchen", "MÜNCHEN"):
        assert register.search(desk, query)[0].ags == "09162000"
    found = register.search(desk, "Neunburg")
    assert {r.kind for r in found} >= {"Stadt", "Verwaltungsgemeinschaft"}
    assert register.search(desk, "09187")[0].official_name == "Landkreis Rosenheim"


def _renamed_edition(tmp_path: Path, old: str, new: str, *, drop_ags: str | None = None) -> Path:
    lines = RAW.read_text(encoding="utf-8").splitlines()
    out = []
    for line in lines:
        if drop_ags and line.startswith("60") and line[10:18] == drop_ags:
            continue
        if line.startswith(("50", "60")) and line[22:72].rstrip() == old:
            line = line[:22] + new.ljust(50) + line[72:]
        out.append(line.replace("20251130", "20260630", 1))
    path = tmp_path / "GV100AD_30062026.txt"
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return path


def test_a_renamed_municipality_keeps_its_cases(desk: Desk, tmp_path: Path) -> None:
    application = applications.create_application(desk, "09180117")
    edition = _renamed_edition(tmp_path, "Garmisch-Partenkirchen, M", "Garmisch, M",
                               drop_ags="09180118")
    report = register.replace_register(desk, edition)
    assert report.edition == "2026-06-30"
    assert ("091800117117", "Garmisch-Partenkirchen", "Garmisch") in report.renamed
    assert any("Grainau" in line for line in report.retired)
    assert report.backup is not None and report.backup.exists()
    entry = register.lookup(desk, "09180117")
    assert entry.name == "Garmisch" and "Garmisch-Partenkirchen" in entry.former_names
    found = applications.find_application(desk, "09180117")
    assert found.id == application.id
    assert found.name == "Garmisch-Partenkirchen"  # the application keeps the name it came with
    # The old name still finds the entry; the retired one is kept but not offered.
    assert register.search(desk, "Partenkirchen")[0].ars == "091800117117"
    with pytest.raises(register.UnknownKey):
        register.lookup(desk, "09180118")
    assert not register.lookup(desk, "09180118", include_inactive=True).active
