from datetime import date

import pytest

from digiamt_desk.domain.catalog import catalog_in_force, load_catalogs, parse_catalog
from digiamt_desk.domain.importing import InputError
from digiamt_desk.paths import resource


def test_shipped_catalog_thresholds() -> None:
    catalog = catalog_in_force(load_catalogs(resource("criteria")), date(2026, 1, 1))
    assert catalog.threshold_for("Bezirk") == 30
    for kind in ("Gemeinde", "Markt", "Stadt", "Landkreis", "Verwaltungsgemeinschaft",
                 "kreisfreie Stadt", "Große Kreisstadt"):
        assert catalog.threshold_for(kind) == 50
    assert set(catalog.criterion_ids()) == {"administrative_service", "electronic_submission",
                                            "on_bayernportal"}
    assert catalog.reason("PDF-Formular zum Ausdrucken").code == "pdf_form"  # type: ignore[union-attr]
    assert catalog.reason("no such reason") is None


def _catalog_json(version: str, valid_from: str, threshold: int) -> str:
    return (f'{{"version": "{version}", "valid_from": "{valid_from}", '
            f'"threshold": {{"default": {threshold}, "by_kind": {{"Bezirk": 30}}}}, '
            '"criteria": [], "rejection_reasons": []}')


def test_the_catalog_in_force_depends_on_the_day() -> None:
    old = parse_catalog(_catalog_json("2021-07", "2021-07-01", 50), "old.json")
    new = parse_catalog(_catalog_json("2027-01", "2027-01-01", 60), "new.json")
    catalogs = [old, new]
    assert catalog_in_force(catalogs, date(2026, 12, 31)).version == "2021-07"
    assert catalog_in_force(catalogs, date(2027, 1, 1)).threshold_for("Markt") == 60


def test_malformed_catalog_names_the_file() -> None:
    with pytest.raises(InputError) as err:
        parse_catalog('{"version": "x"}', "broken.json")
    assert "broken.json" in str(err.value)
