"""Telling formats apart by content, and reading files."""

from __future__ import annotations

from pathlib import Path

import pytest

from digiamt_desk.domain.importing import InputError, SourceFormat
from digiamt_desk.importers import (
    LoadedSource,
    load_source,
    parse_bytes,
    parse_file,
    parse_source,
    sniff_format,
)


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"PK\x03\x04rest", "xlsx"),
        (b"\xef\xbb\xbf  <?xml version='1.0'?><a/>", "xml"),
        (b"\n\t[{}]", "json"),
        (b'{"content": []}', "json"),
        ("\ufeff<a/>".encode("utf-16"), "xml"),
        (b"Bezeichnung;Link\n", "csv"),
    ],
)
def test_sniff(data: bytes, kind: str) -> None:
    assert sniff_format(data) == kind


def test_content_decides_not_the_extension(data_dir: Path, tmp_path: Path) -> None:
    json_named_csv = tmp_path / "export.xlsx"
    json_named_csv.write_bytes((data_dir / "dashboard_page.json").read_bytes())

    assert parse_file(json_named_csv).format is SourceFormat.JSON


def test_unexpected_failure_becomes_an_input_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import digiamt_desk.importers as importers

    def broken(data: bytes, source: str, mapping: object, base_url: object = None) -> None:
        raise RuntimeError("boom")

    monkeypatch.setitem(importers._PARSERS, "csv", broken)

    with pytest.raises(InputError) as caught:
        parse_bytes(b"Bezeichnung;Link\n", "liste.csv")

    # the exception's kind is named for a bug report, its text (our code's words) is not
    assert str(caught.value) == "liste.csv: could not be read (RuntimeError)"


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"fehlt\.csv: file not found"):
        parse_file(tmp_path / "fehlt.csv")


def test_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a folder"):
        parse_source(str(tmp_path))


def test_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import digiamt_desk.importers as importers

    monkeypatch.setattr(importers, "MAX_FILE_BYTES", 1_000)
    path = tmp_path / "gross.csv"
    path.write_bytes(b"x" * 2_000_000)

    with pytest.raises(InputError) as caught:
        parse_file(path)

    assert str(caught.value) == (
        f"{path}: is 2 MB; files larger than 0.001 MB are not read (is it the right file?)"
    )


def test_load_source_keeps_name_and_bytes(data_dir: Path) -> None:
    path = data_dir / "sep_hint.csv"

    loaded = load_source(str(path))

    assert loaded == LoadedSource(str(path), path.read_bytes(), "sep_hint.csv")
    again = parse_bytes(loaded.content, loaded.source, filename=loaded.filename)
    assert again.source == str(path)
