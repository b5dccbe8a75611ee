"""Importing from a URL served by a real HTTP server on loopback."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from digiamt_desk.cli import main

LIST = ("Bezeichnung;Link;Leistungsschlüssel\r\n"
        "Gewerbe anmelden;https://portal.example/gewerbe;99050012104000\r\n"
        "Hund anmelden;https://portal.example/hund;99041006017000\r\n").encode("cp1252")


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/liste.csv":
            self.send_response(200)
            self.send_header("Content-Type", "text/csv; charset=windows-1252")
            self.send_header("Content-Length", str(len(LIST)))
            self.end_headers()
            self.wfile.write(LIST)
        else:
            self.send_error(404)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.mark.network
def test_import_from_url(server: str, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--db", str(db_path), "import", f"{server}/liste.csv", "--ars", "09571136",
                 "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    report = json.loads(out)
    assert report["added"] == 2 and report["source"] == f"{server}/liste.csv"
    code = main(["--db", str(db_path), "procedures", "09571136", "--json"])
    titles = [p["title"] for p in json.loads(capsys.readouterr().out)]
    assert titles == ["Gewerbe anmelden", "Hund anmelden"]


@pytest.mark.network
def test_http_error_and_offline_are_clear(server: str, db_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--db", str(db_path), "import", f"{server}/fehlt.csv", "--ars", "09571136"])
    err = capsys.readouterr().err
    assert code == 2 and "404" in err and "fehlt.csv" in err
    # Nothing listens on port 9 of loopback: what a reviewer sees without a network.
    code = main(["--db", str(db_path), "import", "http://127.0.0.1:9/liste.csv", "--ars",
                 "09571136"])
    err = capsys.readouterr().err
    assert code == 2 and "offline" in err and "Traceback" not in err
