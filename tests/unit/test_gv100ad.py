"""The GV100AD importer: the shipped Bavarian extract, a cross-check with the CSV, bad input."""

from __future__ import annotations

import csv
import gzip
from collections import Counter
from pathlib import Path

import pytest

from digiamt_desk.domain.importing import InputError
from digiamt_desk.domain.register import Kind, RegisterEntry, ars12_from_key
from digiamt_desk.register.gv100ad import RECORD_LENGTH, parse_gv100ad, read_gv100ad

REPO = Path(__file__).resolve().parents[2]
RAW = REPO / "resources" / "register" / "GV100AD_30112025_bayern_raw.txt"
# The same GV100AD records parsed independently to a flat table (Destatis, dl-de/by-2-0; Auszug
# Bayern, Daten umformatiert), kept with the tests so the cross-check runs on every machine.
DERIVED_CSV = REPO / "tests" / "data" / "register" / "bayern_kommunen_gv100ad_2025-11-30.csv.gz"

KEY_LENGTH = {
    Kind.BEZIRK: 3,
    Kind.LANDKREIS: 5,
    Kind.VG: 9,
    Kind.GEMEINDE: 8,
    Kind.MARKT: 8,
    Kind.STADT: 8,
    Kind.GROSSE_KREISSTADT: 8,
    Kind.KREISFREIE_STADT: 8,
}


@pytest.fixture(scope="module")
def raw_text() -> str:
    return RAW.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def entries() -> list[RegisterEntry]:
    return read_gv100ad(RAW)


@pytest.fixture(scope="module")
def by_ars(entries: list[RegisterEntry]) -> dict[str, RegisterEntry]:
    return {entry.ars: entry for entry in entries}


def record(
    satzart: str,
    key: str,
    name: str = "",
    *,
    verband: str = "",
    seat: str = "",
    text: str = "",
    population: int | None = None,
    postcode: str = "",
    stand: str = "20251130",
) -> str:
    """One fixed-width record built field by field (positions as in the Datensatzbeschreibung)."""
    line = (
        satzart
        + stand
        + key.ljust(8)
        + verband.ljust(4)
        + name.ljust(50)
        + seat.ljust(50)
        + text.ljust(6)
        + " " * 11
        + (f"{population:011d}" if population is not None else " " * 11)
        + " " * 15
        + postcode.ljust(10)
    )
    return line.ljust(RECORD_LENGTH)


def lines_of(text: str) -> list[str]:
    return text.split("\n")


# --- the shipped file ------------------------------------------------------------------------


def test_counts_per_kind(entries: list[RegisterEntry]) -> None:
    counts = Counter(entry.kind for entry in entries)
    assert counts == {
        Kind.BEZIRK: 7,
        Kind.LANDKREIS: 71,
        Kind.VG: 311,
        Kind.GEMEINDE: 1352,
        Kind.MARKT: 386,
        Kind.STADT: 264,
        Kind.GROSSE_KREISSTADT: 29,
        Kind.KREISFREIE_STADT: 25,
    }
    municipalities = {Kind.GEMEINDE, Kind.MARKT, Kind.STADT, Kind.GROSSE_KREISSTADT}
    assert sum(counts[kind] for kind in municipalities | {Kind.KREISFREIE_STADT}) == 2056
    assert len(entries) == 7 + 71 + 311 + 2056


def test_muenchen(by_ars: dict[str, RegisterEntry]) -> None:
    muenchen = by_ars["091620000000"]
    assert muenchen.ags == "09162000"
    assert muenchen.key == "09162000"
    assert muenchen.kind is Kind.KREISFREIE_STADT
    assert muenchen.name == "München"
    assert muenchen.official_name == "Landeshauptstadt München"
    assert muenchen.regierungsbezirk == "Oberbayern"
    assert muenchen.landkreis is None
    assert muenchen.vg_name is None
    assert muenchen.population is not None and muenchen.population > 1_400_000
    assert muenchen.postcode == "80313"
    assert muenchen.edition == "2025-11-30"


def test_kreisfreie_stadt_once_as_stadt(entries: list[RegisterEntry]) -> None:
    ansbach = [entry for entry in entries if entry.ars == "095610000000"]
    assert len(ansbach) == 1
    assert ansbach[0].kind is Kind.KREISFREIE_STADT
    assert ansbach[0].official_name == "Stadt Ansbach"
    assert ansbach[0].key == ansbach[0].ags == "09561000"
    # Landkreis Ansbach is another applicant with a different key
    landkreis = [entry for entry in entries if entry.ars == "095710000000"]
    assert landkreis[0].official_name == "Landkreis Ansbach"


def test_markt_in_landkreis_and_vg(by_ars: dict[str, RegisterEntry]) -> None:
    markt = by_ars["093765345146"]
    assert markt.kind is Kind.MARKT
    assert markt.key == markt.ags == "09376146"
    assert markt.name == "Neukirchen-Balbini"
    assert markt.official_name == "Markt Neukirchen-Balbini"
    assert markt.landkreis == "Schwandorf"
    assert markt.vg_name == "Neunburg vorm Wald"
    assert markt.regierungsbezirk == "Oberpfalz"
    assert markt.seat is None

    au = by_ars["091780116116"]
    assert (au.name, au.official_name) == ("Au i.d.Hallertau", "Markt Au i.d.Hallertau")
    assert au.landkreis == "Freising"
    assert au.vg_name is None  # verbandsfrei


def test_official_names_per_kind(by_ars: dict[str, RegisterEntry]) -> None:
    assert by_ars["091740115115"].official_name == "Große Kreisstadt Dachau"
    assert by_ars["091740115115"].kind is Kind.GROSSE_KREISSTADT
    assert by_ars["093760147147"].official_name == "Stadt Neunburg vorm Wald"
    assert by_ars["093765345122"].official_name == "Gemeinde Dieterskirchen"
    # the name already says Markt: no "Markt Markt Indersdorf"
    assert by_ars["091740131131"].official_name == "Markt Indersdorf"


def test_vg(by_ars: dict[str, RegisterEntry]) -> None:
    vg = by_ars["093765345000"]
    assert vg.kind is Kind.VG
    assert vg.key == "093765345"
    assert vg.ags is None
    assert vg.name == "Neunburg vorm Wald"
    assert vg.official_name == "Verwaltungsgemeinschaft Neunburg vorm Wald"
    assert vg.landkreis == "Schwandorf"
    assert vg.seat == "Neunburg vorm Wald"
    assert vg.population == 4455  # sum of its four Gemeinden


def test_vg_names_are_clean(entries: list[RegisterEntry]) -> None:
    vgs = [entry for entry in entries if entry.kind is Kind.VG]
    assert all("VGem" not in vg.name and not vg.name.endswith(" (VG)") for vg in vgs)
    krumbach = next(vg for vg in vgs if vg.key == "097745731")
    assert krumbach.name == "Krumbach (Schwaben)"


def test_landkreis(by_ars: dict[str, RegisterEntry]) -> None:
    rosenheim = by_ars["091870000000"]
    assert rosenheim.kind is Kind.LANDKREIS
    assert rosenheim.key == "09187"
    assert rosenheim.name == "Rosenheim"
    assert rosenheim.official_name == "Landkreis Rosenheim"
    assert rosenheim.landkreis is None
    assert rosenheim.regierungsbezirk == "Oberbayern"
    assert rosenheim.seat == "Rosenheim"
    assert by_ars["091840000000"].official_name == "Landkreis München"


def test_bezirk(by_ars: dict[str, RegisterEntry], entries: list[RegisterEntry]) -> None:
    unterfranken = by_ars["096000000000"]
    assert unterfranken.kind is Kind.BEZIRK
    assert unterfranken.key == "096"
    assert unterfranken.name == "Unterfranken"
    assert unterfranken.official_name == "Bezirk Unterfranken"
    assert unterfranken.regierungsbezirk == "Unterfranken"
    assert unterfranken.seat == "Würzburg"
    assert unterfranken.landkreis is None
    bezirke = [entry for entry in entries if entry.kind is Kind.BEZIRK]
    assert [b.key for b in bezirke] == ["091", "092", "093", "094", "095", "096", "097"]
    # the Bezirke cover Bavaria: their sums add up to all Gemeinden (gemeindefreie Gebiete have
    # no inhabitants in this edition)
    total = sum(entry.population or 0 for entry in bezirke)
    assert total == sum(entry.population or 0 for entry in entries if entry.ags is not None)
    assert total == 13_248_928


def test_keys_and_ars(entries: list[RegisterEntry]) -> None:
    arss = [entry.ars for entry in entries]
    assert len(set(arss)) == len(arss)
    assert arss == sorted(arss)
    for entry in entries:
        assert len(entry.ars) == 12 and entry.ars.isdigit(), entry
        assert entry.ars.startswith("09")
        assert len(entry.key) == KEY_LENGTH[entry.kind], entry
        assert entry.key.isdigit()
        if entry.kind in (Kind.BEZIRK, Kind.LANDKREIS, Kind.VG):
            assert entry.ags is None
            assert ars12_from_key(entry.key) == entry.ars
        else:
            assert entry.ags == entry.key
            # AGS = ARS without the four Verband digits
            assert entry.ars[:5] + entry.ars[9:] == entry.ags
        assert entry.edition == "2025-11-30"
        assert entry.name and entry.name == entry.name.strip()
        assert "," not in entry.name, entry


def test_fields_filled(entries: list[RegisterEntry]) -> None:
    for entry in entries:
        assert entry.population is not None and entry.population > 0, entry
        if entry.kind in (Kind.BEZIRK, Kind.LANDKREIS, Kind.VG, Kind.KREISFREIE_STADT):
            assert entry.seat
        if entry.kind in (Kind.BEZIRK, Kind.LANDKREIS, Kind.KREISFREIE_STADT):
            assert entry.landkreis is None
        else:
            assert entry.landkreis
        if entry.ags is not None:
            assert entry.postcode is not None and len(entry.postcode) == 5
        else:
            assert entry.postcode is None
    in_vg = [e for e in entries if e.vg_name is not None]
    assert all(e.ags is not None for e in in_vg)
    assert len(in_vg) == 982  # members of the 311 VGs


# --- cross-check with the CSV derived from the same file ---------------------------------------


def test_matches_derived_csv(by_ars: dict[str, RegisterEntry]) -> None:
    with gzip.open(DERIVED_CSV, "rt", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 2636
    expected: set[str] = set()
    kinds = {
        "60": Kind.MARKT,
        "61": Kind.KREISFREIE_STADT,
        "63": Kind.STADT,
        "64": Kind.GEMEINDE,
        "67": Kind.GROSSE_KREISSTADT,
    }
    for row in rows:
        ebene, ars = row["ebene"], row["ars12"]
        population = int(row["bevoelkerung"]) if row["bevoelkerung"] else None
        if ebene in ("land", "gemeindefreies_gebiet"):
            assert ars not in by_ars
            continue
        if ebene == "kreis" and row["kreis_art"] != "Landkreis":
            assert by_ars[ars].kind is Kind.KREISFREIE_STADT  # the Stadt stands for the Kreis
            assert by_ars[ars].seat == row["sitz_verwaltung"]
            continue
        entry = by_ars[ars]
        expected.add(ars)
        assert entry.name == row["name"], (entry, row)
        assert entry.regierungsbezirk == row["regierungsbezirk"]
        assert entry.population == population, (entry, row)
        if ebene == "regierungsbezirk":
            assert (entry.kind, entry.key) == (Kind.BEZIRK, row["schluessel"])
            assert entry.seat == row["sitz_verwaltung"]
        elif ebene == "kreis":
            assert (entry.kind, entry.key) == (Kind.LANDKREIS, row["schluessel"])
            assert entry.seat == row["sitz_verwaltung"]
        elif ebene == "gemeindeverband":
            assert (entry.kind, entry.key) == (Kind.VG, row["schluessel"])
            assert entry.seat == row["sitz_verwaltung"]
            assert entry.landkreis == row["kreis"]
        else:
            assert ebene == "gemeinde"
            assert entry.kind is kinds[row["textkennzeichen"]]
            assert entry.key == entry.ags == row["ags"]
            assert entry.postcode == row["plz"]
            landkreis = row["kreis"] if row["kreis_art"] == "Landkreis" else None
            assert entry.landkreis == landkreis
            vg = by_ars[row["vgem_schluessel"].ljust(12, "0")] if row["vgem_schluessel"] else None
            assert entry.vg_name == (vg.name if vg else None)
            if vg is not None:
                assert row["vgem_name"].startswith(vg.name)
    assert expected == set(by_ars)


# --- other shapes of the same data ---------------------------------------------------------------


def test_crlf_and_trimmed_tails_give_the_same(raw_text: str, entries: list[RegisterEntry]) -> None:
    trimmed = "\r\n".join(line.rstrip() for line in lines_of(raw_text))
    assert parse_gv100ad(trimmed) == entries
    assert parse_gv100ad("\ufeff" + raw_text) == entries


def test_whole_german_file_is_filtered_to_bavaria(
    raw_text: str, entries: list[RegisterEntry]
) -> None:
    before = [
        record("10", "08", "Baden-Württemberg", seat="Stuttgart"),
        record("20", "081", "Stuttgart", seat="Stuttgart"),
        record("30", "0811", "Stuttgart", seat="Stuttgart"),
        record("40", "08111", "Stuttgart, Landeshauptstadt", seat="Stuttgart", text="42"),
        record("50", "08111", "Stuttgart", verband="0000", text="50"),
        record(
            "60",
            "08111000",
            "Stuttgart",
            verband="0000",
            text="62",
            population=613392,
            postcode="70173",
        ),
    ]
    after = [
        record("10", "10", "Saarland", seat="Saarbrücken"),
        record("40", "10041", "Regionalverband Saarbrücken", seat="Saarbrücken", text="45"),
        record("50", "10041", "Saarbrücken", verband="0100", text="51"),
    ]
    text = "\n".join([*before, raw_text.rstrip("\n"), *after]) + "\n"
    assert parse_gv100ad(text) == entries


def test_newer_edition_with_a_renamed_gemeinde(raw_text: str) -> None:
    lines = lines_of(raw_text)
    index = next(
        i for i, line in enumerate(lines) if line.startswith("60") and line[10:22] == "093761225345"
    )  # Dieterskirchen
    line = lines[index]
    lines[index] = line[:22] + "Dieterskirchen-Neu, M".ljust(50) + line[72:122] + "60" + line[124:]
    newer = "\n".join(line[:2] + "20260701" + line[10:] if line else line for line in lines)

    result = {entry.ars: entry for entry in parse_gv100ad(newer, source="GV100AD_01072026.txt")}
    renamed = result["093765345122"]
    assert renamed.name == "Dieterskirchen-Neu"
    assert renamed.kind is Kind.MARKT
    assert renamed.official_name == "Markt Dieterskirchen-Neu"
    assert renamed.key == "09376122"
    assert renamed.vg_name == "Neunburg vorm Wald"
    assert {entry.edition for entry in result.values()} == {"2026-07-01"}
    assert len(result) == 2445


def test_read_from_file_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "GV100AD_bad.txt"
    path.write_text(record("10", "09", "Bayern", seat="München") + "\n" + "60x\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        read_gv100ad(path)
    assert info.value.source == "GV100AD_bad.txt"
    assert info.value.row == 2
    with pytest.raises(InputError, match="cannot read"):
        read_gv100ad(tmp_path / "missing.txt")


def test_windows_1252_file_is_read(tmp_path: Path, raw_text: str) -> None:
    head = "\n".join(lines_of(raw_text)[:12]) + "\n"  # Bayern, Oberbayern, Ingolstadt, München …
    path = tmp_path / "GV100AD_ansi.txt"
    path.write_bytes(head.encode("cp1252"))
    result = {entry.ars: entry for entry in read_gv100ad(path)}
    assert result["091620000000"].name == "München"


# --- bad input ---------------------------------------------------------------------------------


def _snippet(raw_text: str, count: int = 12) -> list[str]:
    return lines_of(raw_text)[:count]


def _error(text: str) -> InputError:
    with pytest.raises(InputError) as info:
        parse_gv100ad(text, source="upload.txt")
    error = info.value
    assert error.source == "upload.txt"
    assert str(error).startswith("upload.txt")
    return error


def test_short_line(raw_text: str) -> None:
    lines = _snippet(raw_text)
    lines[2] = lines[2][:60]  # the Kreis record of Ingolstadt, cut inside the name
    error = _error("\n".join(lines))
    assert error.row == 3
    assert "row 3" in str(error)
    assert "too short" in error.message


def test_non_digit_key(raw_text: str) -> None:
    lines = _snippet(raw_text)
    lines[4] = lines[4][:13] + "1X" + lines[4][15:]  # the Gemeinde record of Ingolstadt
    error = _error("\n".join(lines))
    assert error.row == 5
    assert "row 5" in str(error)
    assert error.field == "Regionalschlüssel"
    assert "0911X000" in error.message


def test_unknown_record_type(raw_text: str) -> None:
    lines = _snippet(raw_text)
    lines[5] = "70" + lines[5][2:]
    error = _error("\n".join(lines))
    assert error.row == 6
    assert "record type" in error.message


def test_unknown_textkennzeichen(raw_text: str) -> None:
    lines = _snippet(raw_text)
    lines[4] = lines[4][:122] + "69" + lines[4][124:]
    error = _error("\n".join(lines))
    assert (error.row, error.field) == (5, "Textkennzeichen")


def test_other_land_only() -> None:
    text = "\n".join(
        [
            record("10", "05", "Nordrhein-Westfalen", seat="Düsseldorf"),
            record("20", "051", "Düsseldorf", seat="Düsseldorf"),
            record("40", "05111", "Düsseldorf, Stadt", seat="Düsseldorf", text="41"),
        ]
    )
    error = _error(text)
    assert "contains no records of Bavaria (Land 09)" in error.message
    assert error.row == 1
    assert "row 1" in str(error)


def test_csv_instead_of_gv100ad() -> None:
    text = (
        "ebene,schluessel,ars12,ags,name_gv100ad,name\n"
        "land,09,090000000000,,Bayern,Bayern\n"
        "regierungsbezirk,091,091000000000,,Oberbayern,Oberbayern\n"
    )
    error = _error(text)
    assert error.row == 1
    assert "not a GV100AD file" in error.message
    assert "CSV" in error.message


def test_derived_csv_file_is_refused(tmp_path: Path) -> None:
    derived = tmp_path / "bayern_kommunen_gv100ad_2025-11-30.csv"
    derived.write_bytes(gzip.decompress(DERIVED_CSV.read_bytes()))
    with pytest.raises(InputError) as info:
        read_gv100ad(derived)
    assert info.value.row == 1
    assert info.value.source == derived.name


def test_utf8_read_as_latin1_is_refused(raw_text: str) -> None:
    text = "\n".join(_snippet(raw_text)).encode("utf-8").decode("latin-1")  # "MÃ¼nchen"
    error = _error(text)
    assert error.row == 1  # "Bayern … MÃ¼nchen": the seat of the Land government is München
    assert "encoding" in error.message


def test_mixed_gebietsstand(raw_text: str) -> None:
    lines = _snippet(raw_text)
    lines[7] = lines[7][:2] + "20240101" + lines[7][10:]
    error = _error("\n".join(lines))
    assert (error.row, error.field) == (8, "Gebietsstand")


def test_bad_population(raw_text: str) -> None:
    lines = _snippet(raw_text)
    lines[4] = lines[4][:139] + "00001411x85" + lines[4][150:]
    error = _error("\n".join(lines))
    assert (error.row, error.field) == (5, "Bevölkerung")


def test_empty_text() -> None:
    assert "empty" in _error("\n  \n").message


def test_gemeinde_without_its_kreis(raw_text: str) -> None:
    lines = [line for line in _snippet(raw_text) if not line.startswith("4020251130091")]
    error = _error("\n".join(lines))
    assert "Kreis 09161 has no record" in error.message


def test_duplicate_kreis(raw_text: str) -> None:
    lines = _snippet(raw_text)
    lines.insert(8, lines[2])  # the Kreis record of Ingolstadt again
    error = _error("\n".join(lines))
    assert error.row == 9
    assert "Kreis 09161 occurs twice: also in line 3" in error.message


def test_duplicate_gemeinde(raw_text: str) -> None:
    lines = _snippet(raw_text)
    lines.append(lines[4])  # the Gemeinde record of Ingolstadt again
    error = _error("\n".join(lines))
    assert error.row == 13
    assert "091610000000 occurs twice: also in line 5" in error.message


def test_synthetic_register_with_other_spellings() -> None:
    """Markers a newer edition might use: 'Landkreis …', ', Lkr', 'VGem …', ', Stadt'."""
    text = "\n".join(
        [
            record("10", "09", "Bayern", seat="München"),
            record("20", "099", "Testbezirk", seat="Teststadt"),
            record("40", "09961", "Teststadt, Stadt", seat="Teststadt", text="41"),
            record("40", "09971", "Landkreis Nordland", seat="Nordheim", text="44"),
            record("40", "09972", "Südland, Lkr", seat="Südheim", text="44"),
            record("50", "09971", "VGem Nordheim", verband="5001", seat="Nordheim", text="54"),
            record("50", "09972", "Südheim, VGem", verband="5002", seat="Südheim", text="54"),
            record("50", "09972", "Südheim, St", verband="0111", text="58"),
            record(
                "60",
                "09961000",
                "Teststadt, Stadt",
                verband="0000",
                text="61",
                population=50000,
                postcode="99999",
            ),
            record(
                "60",
                "09971111",
                "Nordheim",
                verband="5001",
                text="64",
                population=100,
                postcode="99001",
            ),
            record(
                "60",
                "09971112",
                "Nordhausen, Gr.Kreisstadt",
                verband="5001",
                text="67",
                population=30000,
                postcode="99002",
            ),
            record(
                "60",
                "09972111",
                "Südheim, St",
                verband="0111",
                text="63",
                population=2000,
                postcode="99101",
            ).rstrip(),
            record("60", "09972112", "Südwald", verband="5002", text="64").rstrip(),
            record("60", "09972451", "Südforst", verband="5002", text="66", population=0),
        ]
    )
    result = {entry.key: entry for entry in parse_gv100ad(text)}
    assert set(result) == {
        "099", "09961000", "09971", "099715001", "09971111", "09971112", "09972",
        "099725002", "09972111", "09972112",
    }  # fmt: skip
    assert result["09961000"].official_name == "Stadt Teststadt"
    assert result["09961000"].name == "Teststadt"
    assert result["09971"].name == "Nordland"
    assert result["09971"].official_name == "Landkreis Nordland"
    assert result["09972"].name == "Südland"
    assert result["099715001"].name == "Nordheim"
    assert result["099725002"].official_name == "Verwaltungsgemeinschaft Südheim"
    assert result["09971112"].official_name == "Große Kreisstadt Nordhausen"
    assert result["09971111"].vg_name == "Nordheim"
    assert result["09971111"].landkreis == "Nordland"
    assert result["09972111"].vg_name is None  # 0111 is an erfüllende Gemeinde, not a VG
    assert result["09972112"].population is None  # blank in the record
    assert result["099725002"].population == 0  # Südforst is gemeindefrei and not counted
    assert result["099"].population == 50000 + 100 + 30000 + 2000
