"""Single cells and headers: the repairs every format relies on."""

from __future__ import annotations

import pytest

from digiamt_desk.domain.importing import InputError, Provider
from digiamt_desk.importers import values
from digiamt_desk.importers.columns import ALIASES, detect, normalize_header


@pytest.mark.parametrize(
    ("cell", "keys", "bad"),
    [
        ("99041006017000", ("99041006017000",), []),
        (" 99041006017000 ", ("99041006017000",), []),
        ("99 041 006 017 000", ("99041006017000",), []),
        ("99041006017000.0", ("99041006017000",), []),
        ("99041006017000,0", ("99041006017000",), []),
        ("9.9041006017e+13", ("99041006017000",), []),
        ("9,9041006017E+13", ("99041006017000",), []),
        ("99041006017000, 99050012104000", ("99041006017000", "99050012104000"), []),
        ("99041006017000;99050012104000", ("99041006017000", "99050012104000"), []),
        ("99041006017000 99050012104000", ("99041006017000", "99050012104000"), []),
        ("99041006017000\n99050012104000", ("99041006017000", "99050012104000"), []),
        ("99041006017000;99041006017000", ("99041006017000",), []),
        ("99041006017000; 123", ("99041006017000",), ["123"]),
        ("9,9041E+13", (), ["9,9041E+13"]),
        ("LeiKa 99041006017000", ("99041006017000",), ["LeiKa"]),
        ("1e999999999", (), ["1e999999999"]),
        ("", (), []),
    ],
)
def test_leika_keys(cell: str, keys: tuple[str, ...], bad: list[str]) -> None:
    assert values.leika_keys(cell) == (keys, bad)


@pytest.mark.parametrize(
    ("cell", "ars"),
    [
        ("091620000000", "091620000000"),
        ("91620000000", "091620000000"),
        ("91620000000.0", "091620000000"),
        ("09 162 0000 000", "091620000000"),
        ("", None),
    ],
)
def test_ars(cell: str, ars: str | None) -> None:
    assert values.ars_value(cell) == ars


@pytest.mark.parametrize("cell", ["0916", "09162000", "0916200000000", "München"])
def test_ars_rejects(cell: str) -> None:
    with pytest.raises(ValueError, match="12-digit ARS"):
        values.ars_value(cell)


@pytest.mark.parametrize(
    ("cell", "provider"),
    [
        ("kommunal", Provider.MUNICIPAL),
        ("Kommune", Provider.MUNICIPAL),
        ("eigene", Provider.MUNICIPAL),
        ("municipal", Provider.MUNICIPAL),
        ("Landratsamt", Provider.MUNICIPAL),
        ("kreisweit flächendeckend", Provider.MUNICIPAL),
        ("in mind. einer Kommune verfügbar", Provider.MUNICIPAL),
        ("zentral", Provider.CENTRAL),
        ("Freistaat", Provider.CENTRAL),
        ("Land", Provider.CENTRAL),
        ("Bund", Provider.CENTRAL),
        ("central", Provider.CENTRAL),
        ("landesweit flächendeckend", Provider.CENTRAL),
        ("bundesweit flächendeckend", Provider.CENTRAL),
        ("nicht in Auswertung berücksichtigt", Provider.UNKNOWN),
        ("", Provider.UNKNOWN),
        ("AKDB", None),
    ],
)
def test_provider(cell: str, provider: Provider | None) -> None:
    assert values.provider_value(cell) is provider


@pytest.mark.parametrize(
    ("cell", "link", "note"),
    [
        ("https://a.de/x", "https://a.de/x", None),
        (" HTTPS://A.de/x ", "HTTPS://A.de/x", None),
        ("www.stadt.de/antrag", "https://www.stadt.de/antrag", "completed"),
        ("stadt.de", "https://stadt.de", "completed"),
        ("mailto:amt@stadt.de", "mailto:amt@stadt.de", None),
        ("Antrag.pdf", "Antrag.pdf", None),
        ("https://a.de/x\nhttps://b.de/y", "https://a.de/x", "several"),
        ("mailto:a@b.de https://a.de/x", "https://a.de/x", "several"),
    ],
)
def test_link_value(cell: str, link: str, note: str | None) -> None:
    assert values.link_value(cell) == (link, note)


def test_ozg_ids() -> None:
    assert values.ozg_ids("10000") == ((10000,), [])
    assert values.ozg_ids("10000.0; 10088, x") == ((10000, 10088), ["x"])


@pytest.mark.parametrize(
    ("header", "normalized"),
    [
        ("Leistungsschlüssel", "leistungsschluessel"),
        (" Leistungs-Schluessel ", "leistungsschluessel"),
        ("LEIKA_KEY", "leikakey"),
        ("Online-Verfahren", "onlineverfahren"),
        ("Straße", "strasse"),
        ("kommunal/zentral", "kommunalzentral"),
    ],
)
def test_normalize_header(header: str, normalized: str) -> None:
    assert normalize_header(header) == normalized


def test_detect_prefers_earlier_aliases_and_keeps_fallbacks() -> None:
    header = ["leika_bezeichnung", "URL", "Bezeichnung", "Link", "ARS"]

    detection = detect(header)

    assert detection.index == {"title": 2, "url": 3, "ars": 4}
    assert detection.title_fallbacks == (0,)
    assert detection.url_fallbacks == (1,)


def test_detect_mapping_wins_and_takes_the_column_away() -> None:
    detection = detect(["Bezeichnung", "Link", "Beschreibung"], {"title": "Beschreibung"})

    assert detection.index == {"title": 2, "url": 1}
    assert detection.title_fallbacks == (0,)


def test_detect_mapping_matches_normalised_names() -> None:
    assert detect(["Leistungs Schlüssel"], {"leika": "leistungsschluessel"}).index == {"leika": 0}


def test_detect_unknown_mapped_column() -> None:
    with pytest.raises(InputError, match="'Adresse' chosen for the link"):
        detect(["Bezeichnung", "Link"], {"url": "Adresse"})


def test_every_alias_normalises_to_a_distinct_key() -> None:
    keys = [normalize_header(a) for aliases in ALIASES.values() for a in aliases]
    assert len(keys) == len(set(keys))
