"""CSV and text files as German Excel and other tools write them, and what goes wrong with them."""

from __future__ import annotations

from pathlib import Path

import pytest

from digiamt_desk.domain.importing import InputError, Provider, SourceFormat
from digiamt_desk.importers import parse_bytes, parse_file
from digiamt_desk.importers.csv_text import MAX_FIELD, choose_delimiter
from digiamt_desk.importers.tabular import NO_LINK


def test_german_excel_cp1252_semicolons(data_dir: Path) -> None:
    parsed = parse_file(data_dir / "gemeinde_excel_cp1252.csv")

    assert parsed.format is SourceFormat.CSV
    assert parsed.columns == {"title": "Bezeichnung", "url": "Link",
                              "leika": "Leistungsschlüssel", "provider": "Anbieter"}
    by_row = {row.row: row for row in parsed.rows}
    # row 4 (";;;;") and row 7 (a blank line) are stray empty rows: passed over silently;
    # row 5 spans two lines in the file but is one row in Excel, so the next row is 6
    assert sorted(by_row) == [2, 3, 5, 8, 9]
    assert parsed.skipped == [parsed.skipped[0]] and parsed.skipped[0].row == 6
    assert parsed.skipped[0].reason == NO_LINK

    hund = by_row[2]
    assert hund.title == "Hundesteuer anmelden"
    assert hund.url == "https://www.buergerservice-portal.de/bayern/musterstadt/hundesteuer"
    assert hund.leika_keys == ("99041006017000",)
    assert hund.provider is Provider.MUNICIPAL

    gewerbe = by_row[3]
    assert gewerbe.url == "https://www.musterstadt.de/gewerbe"  # scheme completed
    assert gewerbe.leika_keys == ()  # 13 digits: dropped
    assert gewerbe.provider is Provider.CENTRAL

    bau = by_row[5]
    assert bau.title == "Bauantrag stellen"  # the line break inside the cell collapsed
    assert bau.leika_keys == ("99050012104000", "99041006017000")
    assert bau.provider is Provider.CENTRAL  # "Freistaat"
    assert bau.raw["Bemerkung"] == "Hinweis; mit Semikolon"

    assert by_row[8].url == "mailto:buergerbuero@musterstadt.de"  # kept; the store marks it
    park = by_row[9]
    assert park.title == "Parkausweis beantragen"
    assert park.leika_keys == ("99041006017000",)  # "9,9041006017E+13" from Excel, recovered
    assert park.provider is Provider.MUNICIPAL  # "eigene"
    assert park.raw["Bemerkung"] == "Gebühr 30 € – Größe"  # cp1252 € and umlauts


def test_warnings_name_row_and_column(data_dir: Path) -> None:
    parsed = parse_file(data_dir / "gemeinde_excel_cp1252.csv")

    fields = {(w.row, w.field) for w in parsed.warnings}
    assert fields == {(3, "Link"), (3, "Leistungsschlüssel")}
    leika = next(w for w in parsed.warnings if w.field == "Leistungsschlüssel")
    assert "9905001210400" in leika.message and "14 digits" in leika.message
    link = next(w for w in parsed.warnings if w.field == "Link")
    assert "https://www.musterstadt.de/gewerbe" in link.message


def test_raw_holds_every_column_of_the_row(data_dir: Path) -> None:
    parsed = parse_file(data_dir / "gemeinde_excel_cp1252.csv")

    assert parsed.rows[0].raw == {
        "Bezeichnung": "Hundesteuer anmelden",
        "Link": "https://www.buergerservice-portal.de/bayern/musterstadt/hundesteuer",
        "Leistungsschlüssel": "99041006017000",
        "Anbieter": "kommunal",
        "Bemerkung": "",
    }


def test_utf8_bom_comma_english_headers(data_dir: Path) -> None:
    parsed = parse_file(data_dir / "list_utf8_bom_english.csv")

    assert parsed.columns == {"title": "title", "url": "url", "leika": "service key",
                              "provider": "provider", "ars": "ARS"}
    first, second = parsed.rows
    assert first.title == "Register a dog, quickly"  # the comma inside quotes stays
    assert (first.provider, second.provider) == (Provider.MUNICIPAL, Provider.CENTRAL)
    assert second.leika_keys == ("99050012104000",)  # "99050012104000.0"
    assert second.ars == "091620000000"  # Excel had dropped the leading zero
    assert "title" in first.raw  # the BOM is not part of the first header


def test_utf16_tab_separated_unicode_text(data_dir: Path) -> None:
    parsed = parse_file(data_dir / "unicode_text_utf16.txt")

    assert parsed.format is SourceFormat.CSV
    assert parsed.columns["url"] == "Online-Link"
    assert parsed.columns["leika"] == "LeiKa"
    assert [r.title for r in parsed.rows] == ["Hund anmelden", "Gewerbe ummelden"]
    assert [r.provider for r in parsed.rows] == [Provider.MUNICIPAL, Provider.CENTRAL]


def test_sep_hint_line_sets_delimiter_and_is_no_row(data_dir: Path) -> None:
    parsed = parse_file(data_dir / "sep_hint.csv")

    (row,) = parsed.rows
    assert row.row == 2  # the header is row 1 as Excel shows it
    assert row.title == "Hund; Katze"


def test_dashboard_csv(data_dir: Path) -> None:
    parsed = parse_file(data_dir / "dashboard_export.csv")

    assert parsed.format is SourceFormat.DASHBOARD_CSV
    assert parsed.columns["title"] == "leika_name"
    assert parsed.columns["provider"] == "art_flaechendeckung"
    by_row = {row.row: row for row in parsed.rows}
    assert sorted(by_row) == [2, 3, 4, 6]
    assert [(s.row, s.reason) for s in parsed.skipped] == [
        (5, "inactive in the dashboard (aktiv = nein)")
    ]
    assert by_row[2].provider is Provider.MUNICIPAL  # in mind. einer Kommune verfügbar
    assert by_row[3].provider is Provider.CENTRAL  # landesweit flächendeckend
    assert by_row[4].provider is Provider.CENTRAL  # bundesweit flächendeckend
    assert by_row[6].provider is Provider.UNKNOWN  # nicht in Auswertung berücksichtigt
    assert by_row[4].title == "Elterngeld beantragen"  # leika_name empty: leika_bezeichnung
    assert by_row[2].ozg_ids == (10000,)
    assert by_row[2].ars == "091620000000"
    assert by_row[2].raw["ars_name"] == "München, Landeshauptstadt"
    assert parsed.warnings == []


def test_mapping_overrides_detected_columns(data_dir: Path) -> None:
    parsed = parse_file(
        data_dir / "gemeinde_excel_cp1252.csv",
        mapping={"title": "Bemerkung", "provider": ""},
    )

    assert parsed.columns["title"] == "Bemerkung"
    assert "provider" not in parsed.columns
    by_row = {row.row: row for row in parsed.rows}
    assert by_row[5].title == "Hinweis; mit Semikolon"
    assert all(row.provider is Provider.UNKNOWN for row in parsed.rows)


def test_mapping_to_a_missing_column_names_it(data_dir: Path) -> None:
    with pytest.raises(InputError) as caught:
        parse_file(data_dir / "gemeinde_excel_cp1252.csv", mapping={"url": "Webseite"})

    message = str(caught.value)
    assert "'Webseite'" in message and "'Bezeichnung'" in message


def test_mapping_with_unknown_field_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="unknown field"):
        parse_bytes(b"Bezeichnung;Link\n", "x.csv", mapping={"titel": "Bezeichnung"})


def test_bad_leika_key_warning_names_row_and_column() -> None:
    data = "Bezeichnung;Link;Leistungsschlüssel\r\nA;https://a.de/x;99041006017000\r\n" \
           "B;https://a.de/y;9904100601\r\n".encode("cp1252")

    parsed = parse_bytes(data, "liste.csv")

    (warning,) = parsed.warnings
    assert (warning.row, warning.field) == (3, "Leistungsschlüssel")
    assert parsed.rows[1].leika_keys == ()


def test_shortened_excel_number_is_reported_not_guessed() -> None:
    data = b"Bezeichnung;Link;LeiKa\nA;https://a.de/x;9,9041E+13\n"

    parsed = parse_bytes(data, "liste.csv")

    assert parsed.rows[0].leika_keys == ()
    assert "shortened" in parsed.warnings[0].message


def test_bad_ars_is_an_error_naming_row_and_column(data_dir: Path) -> None:
    with pytest.raises(InputError) as caught:
        parse_file(data_dir / "bad_ars.csv")

    error = caught.value
    assert (error.row, error.field) == (3, "ARS")
    assert "bad_ars.csv" in str(error) and "row 3" in str(error) and "'0916'" in str(error)


def test_title_rows_above_the_header_in_csv() -> None:
    data = ("Onlinedienste der Stadt Musterstadt;;\r\nStand: 01.03.2026;;\r\n;;\r\n"
            "Bezeichnung;Link;Anbieter\r\nHund;https://a.de/hund;kommunal\r\n").encode("cp1252")

    parsed = parse_bytes(data, "liste.csv")

    (row,) = parsed.rows
    assert row.row == 5 and row.title == "Hund"


def test_trailing_empty_columns_are_ignored() -> None:
    data = b"Bezeichnung;Link;;;\r\nHund;https://a.de/hund;;;\r\n"

    parsed = parse_bytes(data, "liste.csv")

    assert parsed.rows[0].raw == {"Bezeichnung": "Hund", "Link": "https://a.de/hund"}


def test_semicolon_file_with_commas_in_titles_is_not_taken_for_commas() -> None:
    text = "Bezeichnung;Link\nHund, Katze, Maus anmelden;https://a.de/tiere\n"
    assert choose_delimiter(text) == ";"
    assert parse_bytes(text.encode(), "x.csv").rows[0].title == "Hund, Katze, Maus anmelden"


def test_old_mac_line_ends_and_quoted_line_breaks() -> None:
    data = b'Bezeichnung;Link\r"Hund\ranmelden";https://a.de/hund\rKatze;https://a.de/katze\r'

    parsed = parse_bytes(data, "liste.csv")

    assert [(r.row, r.title) for r in parsed.rows] == [(2, "Hund anmelden"), (3, "Katze")]


def test_row_without_title_is_imported_with_a_warning() -> None:
    parsed = parse_bytes(b"Bezeichnung;Link\n;https://a.de/x\n", "liste.csv")

    assert parsed.rows[0].title == ""
    assert (parsed.warnings[0].row, parsed.warnings[0].field) == (2, "Bezeichnung")


# --- bad input ------------------------------------------------------------------------------


def test_pipe_separated_file_is_read_like_semicolons(data_dir: Path) -> None:
    parsed = parse_file(data_dir / "pipe_separated.csv")

    assert [(r.title, r.url, r.leika_keys) for r in parsed.rows] == [
        ("Hund", "https://www.musterstadt.de/hund", ("99041006017000",))]


def test_wrong_delimiter_lists_the_columns_found(tmp_path: Path) -> None:
    path = tmp_path / "colon.csv"
    path.write_text("Bezeichnung:Link:Leistungsschlüssel\nHund:Hund:1\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        parse_file(path)

    message = str(caught.value)
    assert "colon.csv" in message
    assert "no column for the link" in message
    assert "'Bezeichnung:Link:Leistungsschlüssel'" in message


def test_undefined_cp1252_bytes_name_the_line(data_dir: Path) -> None:
    with pytest.raises(InputError) as caught:
        parse_file(data_dir / "bad_encoding.csv")

    message = str(caught.value)
    assert "bad_encoding.csv" in message
    assert "UTF-8 or Windows-1252" in message and "line 3" in message and "0x81" in message


def test_missing_title_column_is_named(data_dir: Path) -> None:
    with pytest.raises(InputError) as caught:
        parse_file(data_dir / "bad_missing_title.csv")

    message = str(caught.value)
    assert "bad_missing_title.csv" in message
    assert "title (Bezeichnung)" in message
    assert "'Link', 'Leistungsschlüssel'" in message


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("bad_empty.csv", "is empty"),
        ("bad_header_only.csv", "has a header but no data rows"),
        ("bad_no_links.csv", "no row has a link in the column 'Link'"),
    ],
)
def test_files_without_procedures(data_dir: Path, name: str, expected: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_file(data_dir / name)

    assert name in str(caught.value) and expected in str(caught.value)


def test_header_followed_only_by_empty_rows() -> None:
    with pytest.raises(InputError, match="has a header but no data rows"):
        parse_bytes(b"Bezeichnung;Link\r\n;\r\n\r\n;;\r\n \t; \r\n", "leer.csv")


def test_bom_only_file_is_empty() -> None:
    with pytest.raises(InputError, match=r"leer\.csv: is empty"):
        parse_bytes(b"\xef\xbb\xbf\r\n", "leer.csv")


def test_all_rows_inactive_is_an_error_with_the_reason() -> None:
    data = b"leika_key;leika_name;ars;url;aktiv\n99041006017000;Hund;091620000000;https://a.de;nein\n"

    with pytest.raises(InputError, match=r"1 × inactive in the dashboard"):
        parse_bytes(data, "dashboard.csv")


@pytest.mark.parametrize("quoted", [False, True], ids=["plain", "unclosed-quote"])
def test_ten_megabyte_line_names_row_and_field(tmp_path: Path, quoted: bool) -> None:
    huge = ('"' if quoted else "") + "x" * 10_000_000
    path = tmp_path / "riesig.csv"
    path.write_bytes(
        f"Bezeichnung;Link\r\nHund;https://a.de/hund\r\n{huge};https://a.de/x\r\n".encode()
    )

    with pytest.raises(InputError) as caught:
        parse_file(path)

    message = str(caught.value)
    assert "riesig.csv" in message and "row 3" in message and "'Bezeichnung'" in message
    assert f"{MAX_FIELD:,}" in message


def test_binary_garbage_named_csv(tmp_path: Path) -> None:
    path = tmp_path / "liste.csv"
    # a PNG header and deterministic noise: what arrives when a picture is renamed
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 40)

    with pytest.raises(InputError) as caught:
        parse_file(path)

    assert "liste.csv" in str(caught.value) and "not a text file" in str(caught.value)


def test_garbage_starting_with_a_bracket_is_not_taken_for_json(tmp_path: Path) -> None:
    path = tmp_path / "liste.csv"
    path.write_bytes(b"[" + bytes(range(256)) * 4)

    with pytest.raises(InputError, match="not a text file"):
        parse_file(path)


def test_unusual_line_separators_inside_cells_do_not_split_rows() -> None:
    # str.splitlines() would break at these; Excel and the csv module do not
    data = "Bezeichnung;Link\nHund\u2028Katze;https://a.de/x\nMaus\x0bRatte;https://a.de/y\n"

    parsed = parse_bytes(data.encode(), "liste.csv")

    assert [(r.row, r.url) for r in parsed.rows] == [(2, "https://a.de/x"), (3, "https://a.de/y")]


def test_several_links_in_one_cell_take_the_first_web_link() -> None:
    data = b'Bezeichnung;Link\nHund;"mailto:amt@a.de\nhttps://a.de/hund\nhttps://a.de/info"\n'

    parsed = parse_bytes(data, "liste.csv")

    assert parsed.rows[0].url == "https://a.de/hund"
    assert "several links" in parsed.warnings[0].message
    assert parsed.rows[0].raw["Link"].count("https://") == 2  # the others stay in raw


def test_unknown_provider_text_is_reported_once() -> None:
    data = b"Bezeichnung;Link;Anbieter\nA;https://a.de/a;AKDB\nB;https://a.de/b;AKDB\n" \
           b"C;https://a.de/c;kommunal\n"

    parsed = parse_bytes(data, "liste.csv")

    assert [r.provider for r in parsed.rows] == [Provider.UNKNOWN, Provider.UNKNOWN,
                                                 Provider.MUNICIPAL]
    assert [(w.row, w.field) for w in parsed.warnings] == [(2, "Anbieter")]
    assert "'AKDB'" in parsed.warnings[0].message


def test_rows_longer_than_the_header_keep_their_extra_cells() -> None:
    parsed = parse_bytes(b"Bezeichnung;Link\nHund;https://a.de/x;Notiz\n", "liste.csv")

    assert parsed.rows[0].raw["column 3"] == "Notiz"


def test_collector_state_is_restored() -> None:
    import gc

    parse_bytes(b"Bezeichnung;Link\nHund;https://a.de/x\n", "liste.csv")
    assert gc.isenabled()
    with pytest.raises(InputError):
        parse_bytes(b"Bezeichnung;Link\n", "liste.csv")
    assert gc.isenabled()


def test_mapping_may_use_the_names_raw_shows() -> None:
    # an empty header reads as "column 2", a repeated one as "Link (2)"
    data = b"Bezeichnung;;Link;Link\nHund;https://a.de/alt;;https://a.de/neu\n"

    parsed = parse_bytes(data, "liste.csv", mapping={"url": "Link (2)"})
    assert parsed.rows[0].url == "https://a.de/neu"
    assert set(parsed.rows[0].raw) == {"Bezeichnung", "column 2", "Link", "Link (2)"}

    parsed = parse_bytes(data, "liste.csv", mapping={"url": "column 2"})
    assert parsed.rows[0].url == "https://a.de/alt"


def test_twenty_empty_rows_before_anything() -> None:
    with pytest.raises(InputError, match="no header in its first 20 rows"):
        parse_bytes(b";\n" * 25 + b"Bezeichnung;Link\nHund;https://a.de\n", "liste.csv")


@pytest.mark.parametrize(
    "lines",
    [
        ['"a";"b"', '"";"b"', '"a";"";"b"', '"a";b;"c"', '"x"";""y";"z"', '";x'],
        ['"Bau', 'antrag";"b"', "c;d"],
        ['a;"b";c', '"a;b";"c"', "", '""', 'x;"y""z"'],
    ],
    ids=["quoted-cells", "line-break-in-cell", "mixed"],
)
def test_fast_split_agrees_with_the_csv_module(lines: list[str]) -> None:
    import csv
    import io

    from digiamt_desk.importers.csv_text import _records

    text = "\n".join(lines) + "\n"
    expected = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))

    assert [cells for _, cells in _records(text, ";")] == expected


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_large_text_without_quotes_gives_the_csv_modules_records(seed: int) -> None:
    # Split in blocks of about a megabyte (the first rows are there at once): blank lines,
    # CRLF, LF and lone CR line ends, form feeds and line separators inside cells (no line ends
    # for the csv module) and long lines anywhere, also where a block ends
    import csv
    import io
    import random

    from digiamt_desk.importers.csv_text import _BLOCK, _records

    chance = random.Random(seed)
    lines: list[str] = []
    size = 0
    while size < 3 * _BLOCK:
        kind = chance.random()
        if kind < 0.02:
            lines.append("")
        elif kind < 0.04:
            lines.append("Titel\x0cmit Seitenumbruch;https://a.de/x\u2028y;" + "z" * 5000)
        else:
            n = chance.randrange(10**6)
            lines.append(f"Leistung {n};https://portal.example/{n};99{n:012d}")
        size += len(lines[-1]) + 1
    ends = [chance.choice(["\r\n", "\n", "\r\n", "\r"]) for _ in lines]
    text = "".join(line + end for line, end in zip(lines, ends, strict=True))
    expected = list(enumerate(csv.reader(io.StringIO(text, newline=""), delimiter=";"), 1))
    assert len(text) > 3 * _BLOCK and any(cells == [] for _, cells in expected)
    assert list(_records(text, ";")) == expected
