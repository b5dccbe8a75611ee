"""Fixtures for the importer tests: the committed corpus and a loopback HTTP server."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

DATA = Path(__file__).resolve().parents[2] / "data" / "importers"

CSV_BODY = "Bezeichnung;Link\r\nHund anmelden;https://www.musterstadt.de/hund\r\n".encode("cp1252")


@pytest.fixture
def data_dir() -> Path:
    return DATA


@pytest.fixture
def served_csv() -> bytes:
    """What the server's /export.csv answers."""
    return CSV_BODY


class _Handler(BaseHTTPRequestHandler):
    # Each path is one behaviour a real server shows when a reviewer pastes a link.
    routes: ClassVar[dict[str, Callable[[BaseHTTPRequestHandler], None]]] = {}

    def do_GET(self) -> None:
        route = self.routes.get(self.path.split("?")[0])
        if route is None:
            self.send_error(404, "Not Found")
            return
        route(self)

    def log_message(self, format: str, *args: object) -> None:  # keep pytest output clean
        pass


def _slow(handler: BaseHTTPRequestHandler) -> None:
    time.sleep(3)  # longer than the test's timeout
    try:
        handler.send_response(200)
        handler.end_headers()
    except OSError:
        pass  # the client has gone


def _big(declare_length: bool) -> Callable[[BaseHTTPRequestHandler], None]:
    def send(handler: BaseHTTPRequestHandler) -> None:
        size = 3_000_000
        handler.send_response(200)
        handler.send_header("Content-Type", "text/csv")
        if declare_length:
            handler.send_header("Content-Length", str(size))
        handler.end_headers()
        try:
            chunk = b"x" * 65_536
            sent = 0
            while sent < size:
                handler.wfile.write(chunk)
                sent += len(chunk)
        except OSError:
            pass  # the client stopped reading, as it should

    return send


def _csv(handler: BaseHTTPRequestHandler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "text/csv; charset=windows-1252")
    handler.send_header("Content-Disposition", 'attachment; filename="liste.csv"')
    handler.send_header("Content-Length", str(len(CSV_BODY)))
    handler.end_headers()
    handler.wfile.write(CSV_BODY)


def _redirect(handler: BaseHTTPRequestHandler) -> None:
    handler.send_response(302)
    handler.send_header("Location", "/export.csv")
    handler.send_header("Content-Length", "0")
    handler.end_headers()


def _server_error(handler: BaseHTTPRequestHandler) -> None:
    handler.send_error(503, "Service Unavailable")


_Handler.routes = {
    "/slow": _slow,
    "/big-declared": _big(True),
    "/big-streamed": _big(False),
    "/export.csv": _csv,
    "/old-link": _redirect,
    "/down": _server_error,
}


@pytest.fixture(scope="module")
def http_base() -> Iterator[str]:
    """Base URL of a server on 127.0.0.1 (a free port), stopped after the module."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
