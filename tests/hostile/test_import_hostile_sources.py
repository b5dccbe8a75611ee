"""Hostile sources for the importer (issue 14, items 1-3 and 6-8), each built on the fly.

Every case runs `digiamt import` in a child process that reports its exit status, its stderr
and its peak memory (VmHWM on Linux, else resource.getrusage), and checks that the database
stayed byte-identical.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
import zipfile
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import openpyxl
import pytest

from digiamt_desk.domain.importing import InputError
from digiamt_desk.importers.fetch import fetch_url
from digiamt_desk.services.desk import Desk
from digiamt_desk.services.imports import import_source

ROOT = Path(__file__).resolve().parents[2]
MEMORY_CAP_MB = 400  # a refusal may not cost more than this (before: up to 5.6 GB)

_CHILD = """
import resource, sys, json, io, contextlib
from digiamt_desk.cli import main
err = io.StringIO()
with contextlib.redirect_stderr(err):
    code = main(sys.argv[1:])
# VmHWM is this program's own peak; ru_maxrss would also count the parent's memory that the
# fork carried over before exec (pytest after a long run holds hundreds of MB)
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
try:
    with open("/proc/self/status") as status:
        peak = next(int(l.split()[1]) / 1024 for l in status if l.startswith("VmHWM:"))
except (OSError, StopIteration):
    pass
print(json.dumps({"code": code, "err": err.getvalue(), "peak_mb": peak}))
"""


def _run(db: Path, *args: str, timeout: float = 120) -> dict[str, object]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", _CHILD, "--db", str(db), "import", *args],
                          capture_output=True, text=True, timeout=timeout, env=env, check=False)
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


@pytest.fixture
def unchanged_db(db_path: Path) -> Iterator[Path]:
    before = db_path.read_bytes()
    yield db_path
    assert db_path.read_bytes() == before


def _refused(result: dict[str, object], *words: str) -> str:
    """Exit 2, one line naming the words, no internals leaked, memory bounded; the line."""
    err = str(result["err"])
    assert result["code"] == 2, err
    assert err.count("\n") == 1 and err.startswith("digiamt: error: "), err
    for word in words:
        assert word in err
    for leak in ("Traceback", "RecursionError", "set_int_max_str_digits", "SELECT", "INSERT"):
        assert leak not in err
    assert float(str(result["peak_mb"])) < MEMORY_CAP_MB
    return err


def test_dev_zero_is_refused(unchanged_db: Path) -> None:
    line = _refused(_run(unchanged_db, "/dev/zero", "--ars", "09180117"), "not a regular file")
    assert "/dev/zero" in line  # names the file


def test_fifo_is_refused_without_waiting(unchanged_db: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "liste.csv"
    os.mkfifo(fifo)

    _refused(_run(unchanged_db, str(fifo), "--ars", "09180117", timeout=60),
             "liste.csv", "not a regular file")


SHEET = "xl/worksheets/sheet1.xml"
STRINGS = "xl/sharedStrings.xml"
_MAIN = b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
_PARTS = {
    SHEET: (b'<?xml version="1.0"?><worksheet ' + _MAIN + b"><sheetData>",
            b'<row><c t="inlineStr"><is><t>Hund</t></is></c><c t="inlineStr"><is><t>'
            b"https://x.example/h</t></is></c></row>" * 10_000,
            b"</sheetData></worksheet>"),
    STRINGS: (b'<?xml version="1.0"?><sst ' + _MAIN + b' count="2" uniqueCount="2"><si><t>',
              b"x" * 1_000_000, b"</t></si><si><t>Link</t></si></sst>"),
}


def _bomb(path: Path, part: str, megabytes: int) -> Path:
    """A real workbook whose `part` unpacks to `megabytes` (a few hundred KB packed)."""
    template = path.with_suffix(".template.xlsx")
    book = openpyxl.Workbook()
    book.active.append(["Bezeichnung", "Link"])
    book.save(template)
    head, chunk, tail = _PARTS[part]
    with zipfile.ZipFile(template) as source, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as bomb:
        for info in source.infolist():
            if info.filename != part:  # (openpyxl writes no shared strings: the part is added)
                bomb.writestr(info, source.read(info))
        with bomb.open(part, "w", force_zip64=True) as stream:
            stream.write(head)
            for _ in range(megabytes * 1_000_000 // len(chunk) + 1):
                stream.write(chunk)
            stream.write(tail)
    return path


def test_xlsx_whose_sheet_unpacks_to_hundreds_of_megabytes(unchanged_db: Path,
                                                           tmp_path: Path) -> None:
    bomb = _bomb(tmp_path / "liste.xlsx", SHEET, 400)
    assert bomb.stat().st_size < 5_000_000

    _refused(_run(unchanged_db, str(bomb), "--ars", "09180117"),
             "liste.xlsx", SHEET, "would unpack to 40")


def test_xlsx_with_one_huge_shared_string(unchanged_db: Path, tmp_path: Path) -> None:
    bomb = _bomb(tmp_path / "strings.xlsx", STRINGS, 100)
    assert bomb.stat().st_size < 2_000_000

    _refused(_run(unchanged_db, str(bomb), "--ars", "09180117"),
             "strings.xlsx", STRINGS, "would unpack to 10")


@pytest.mark.parametrize(("body", "words"), [
    ('[{"name": 1e999999, "link": "https://x.example/a"}]', ("1e999999", "too large")),
    ('[{"name": NaN, "link": "https://x.example/a"}]', ("'NaN'", "not a number")),
    ('[{"name": ' + "7" * 5000 + ', "link": "https://x.example/a"}]', ("5,000 digits",)),
    ("[" * 100_000 + "]" * 100_000, ("nested too deeply",)),
], ids=["huge-exponent", "nan", "5000-digits", "deep-array"])
def test_json_numbers_and_nesting_speak_of_the_file(unchanged_db: Path, tmp_path: Path,
                                                    body: str, words: tuple[str, ...]) -> None:
    path = tmp_path / "liste.json"
    path.write_text(body, encoding="utf-8")

    line = _refused(_run(unchanged_db, str(path), "--ars", "09180117"), *words)
    assert "liste.json" in line  # speaks of the user's file, not of our code


def test_json_nested_below_the_parsers_limit_imports(db_path: Path, tmp_path: Path) -> None:
    # a cell nested 900 levels deep: read as far as a cell's text is looked for, no RecursionError
    path = tmp_path / "liste.json"
    path.write_text('[{"bezeichnung": "Hund", "notiz": ' + '{"a": ' * 900 + '"x"' + "}" * 900
                    + ', "url": "https://x.example/a"}]', encoding="utf-8")

    result = _run(db_path, str(path), "--ars", "09180117")

    assert result["code"] == 0, result["err"]


def test_control_characters_are_removed_in_every_format(tmp_path: Path) -> None:
    from digiamt_desk.importers import parse_file

    title = "Hund\u0007 \u001b[31manmelden\u001b[0m"
    csv_path = tmp_path / "liste.csv"
    csv_path.write_text(f"Bezeichnung;Link\n{title};https://x.example/\u001b[2Jh\n",
                        encoding="utf-8")
    json_path = tmp_path / "liste.json"
    json_path.write_text(json.dumps([{"bezeichnung": title, "url": "https://x.example/h"}]),
                         encoding="utf-8")
    xlsx_path = tmp_path / "liste.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Bezeichnung", "Link"])
    book.active.append(["Hund _x001B_[31manmelden", "https://x.example/h"])  # Excel's escape
    book.save(xlsx_path)

    for path in (csv_path, json_path, xlsx_path):
        [row] = parse_file(path).rows
        assert (row.title, row.url) == ("Hund anmelden", "https://x.example/h"), path.name


def test_utf8_file_with_one_bad_byte_stays_utf8_and_says_so(tmp_path: Path) -> None:
    from digiamt_desk.importers import parse_file

    path = tmp_path / "liste.csv"
    path.write_bytes("Bezeichnung;Link\nAnmeldung für Hunde;https://x.example/h\n".encode()
                     + b"Gr\xfcnschnitt;https://x.example/g\n")

    parsed = parse_file(path)

    assert parsed.encoding == "utf-8"
    assert parsed.rows[0].title == "Anmeldung für Hunde"  # not "fÃ¼r"
    assert parsed.rows[1].title == "Gr\ufffdnschnitt"
    [warning] = parsed.warnings
    assert (warning.code, warning.row, warning.params["offset"]) == ("bad_utf8_bytes", 3, 60)


def test_bom_and_a_bad_byte_names_the_position(tmp_path: Path) -> None:
    from digiamt_desk.importers import parse_file

    path = tmp_path / "liste.csv"
    path.write_bytes(b"\xef\xbb\xbfBezeichnung;Link\nGr\xfcn;https://x.example/g\n")

    with pytest.raises(InputError) as caught:
        parse_file(path)

    assert caught.value.code == "bad_utf8_with_bom"
    assert "byte 0xFC at position 22 (line 2)" in caught.value.message


def test_windows_1252_is_still_read_and_named(tmp_path: Path) -> None:
    from digiamt_desk.importers import parse_file

    path = tmp_path / "liste.csv"
    path.write_bytes("Bezeichnung;Link\nAnmeldung für Hunde;https://x.example/h\n"
                     .encode("cp1252"))

    parsed = parse_file(path)

    assert (parsed.encoding, parsed.rows[0].title) == ("windows-1252", "Anmeldung für Hunde")


class _Trickle(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.wfile.write(b"HTTP/1.1 200 OK\r\n")
        for _ in range(600):  # a header byte every 0.1 s for a minute
            try:
                self.wfile.write(b"X")
                self.wfile.flush()
            except OSError:
                return
            time.sleep(0.1)

    def log_message(self, *args: object) -> None:
        pass


@pytest.mark.network
def test_a_trickling_server_meets_one_deadline() -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Trickle)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_port}/liste.csv"
        started = time.monotonic()
        with pytest.raises(InputError) as caught:
            fetch_url(url, timeout=1.0)
        waited = time.monotonic() - started
    finally:
        server.shutdown()
        server.server_close()
    assert caught.value.code == "url_timeout"
    assert "did not answer within 1 s" in str(caught.value)
    assert waited < 30  # bounded: the server would go on for a minute


@pytest.mark.network
def test_the_deadline_is_a_setting_of_the_database(desk: Desk, db_path: Path) -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Trickle)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    desk.set_setting("imports.download_seconds", "1")
    try:
        with pytest.raises(InputError) as caught:
            import_source(desk, f"http://127.0.0.1:{server.server_port}/liste.csv",
                          ars="09180117")
    finally:
        server.shutdown()
        server.server_close()
    assert str(caught.value).endswith("did not answer within 1 s")
