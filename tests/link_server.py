"""A loopback HTTP server with the kinds of pages a link check meets (used by several tests)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

FORM_PAGE = b"""<!doctype html><html><head><title>Gewerbe anmelden</title></head><body>
<form role="search" action="/suche"><input type="search" name="q"><button>Suchen</button></form>
<form action="/antrag" method="post"><input name="name"><button>Senden</button></form>
</body></html>"""
INFO_PAGE = b"""<!doctype html><html><head><title>Hund anmelden</title></head><body>
<form class="site-search" action="/suche"><input name="q"><input type="submit" value="Los"></form>
<p>Bitte laden Sie das Formular herunter und senden Sie es per Post.</p></body></html>"""
FORM_WITHOUT_SUBMIT = b"""<html><body><form action="/x"><input name="a">
<button type="button">Weiter</button></form></body></html>"""
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@dataclass
class ServerState:
    huge_sent: int = 0
    huge_done: threading.Event = field(default_factory=threading.Event)
    requests: list[tuple[str, str]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    busy: dict[str, int] = field(default_factory=dict)  # requests to /busy now, per Host
    busy_peak: dict[str, int] = field(default_factory=dict)
    busy_total_peak: int = 0  # requests to /busy at once, all hosts together
    proxied: list[str] = field(default_factory=list)  # absolute URLs asked of us as a proxy


class LinkHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    state: ServerState
    other_host: str  # "localhost:PORT": the same server under another host name

    def log_message(self, *args: object) -> None:
        pass

    def _send(self, code: int, body: bytes = b"", content_type: str = "text/html; charset=utf-8",
              headers: dict[str, str] | None = None) -> None:
        self.send_response(code)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            try:
                self.wfile.write(body)
            except OSError:  # the client gave up (a timeout test): nothing to report
                self.close_connection = True

    def _redirect(self, location: str, code: int = 302) -> None:
        self._send(code, b"", headers={"Location": location})

    def do_HEAD(self) -> None:
        self._route()

    def do_GET(self) -> None:
        self._route()

    def _route(self) -> None:
        with self.state.lock:
            self.state.requests.append((self.command, self.path))
        if self.path.startswith("http://"):  # asked as a proxy (HTTP_PROXY points here)
            with self.state.lock:
                self.state.proxied.append(self.path)
            self._send(200, FORM_PAGE)
            return
        path = self.path.split("?", 1)[0]
        if path == "/busy":
            self._busy()
        elif path == "/form":
            self._send(200, FORM_PAGE)
        elif path == "/info":
            self._send(200, INFO_PAGE)
        elif path == "/no-submit":
            self._send(200, FORM_WITHOUT_SUBMIT)
        elif path == "/same-host-redirect":
            self._redirect("/form", 301)
        elif path == "/other-host-redirect":
            self._redirect(f"http://{self.other_host}/form")
        elif path == "/missing":
            self._send(404, b"not here")
        elif path == "/forbidden":
            self._send(403, b"no")
        elif path == "/broken":
            self._send(500, b"oops")
        elif path == "/slow":
            time.sleep(3)
            self._send(200, FORM_PAGE)
        elif path.startswith("/no-head"):
            if self.command == "HEAD":
                self._send(405, b"", headers={"Allow": "GET"})
            elif path.endswith(".pdf"):
                self._send(200, PDF, "application/pdf")
            else:
                self._send(200, FORM_PAGE)
        elif path in ("/antrag.pdf", "/download"):  # the second: a name that does not say so
            self._send(200, PDF, "application/pdf")
        elif path == "/loop-a":
            self._redirect("/loop-b")
        elif path == "/loop-b":
            self._redirect("/loop-a")
        elif path.startswith("/chain/"):
            step = int(path.rsplit("/", 1)[1])
            self._redirect(f"/chain/{step + 1}")
        elif path == "/huge":
            self._huge()
        else:
            self._send(404, b"unknown")

    def _busy(self) -> None:
        """Answers after 0.2 s, counting how many requests per host it holds at once."""
        host = self.headers.get("Host", "")
        with self.state.lock:
            now = self.state.busy.get(host, 0) + 1
            self.state.busy[host] = now
            self.state.busy_peak[host] = max(self.state.busy_peak.get(host, 0), now)
            self.state.busy_total_peak = max(self.state.busy_total_peak,
                                             sum(self.state.busy.values()))
        time.sleep(0.2)
        with self.state.lock:
            self.state.busy[host] -= 1
        self._send(200, FORM_PAGE)

    def _huge(self) -> None:
        """A page of 200 MB, sent until the client stops reading."""
        total = 200 * 1024 * 1024
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(total))
        self.end_headers()
        if self.command == "HEAD":
            return
        chunk = b"<p>" + b"x" * 65_530 + b"</p>\n"
        sent = 0
        try:
            while sent < total:
                self.wfile.write(chunk)
                sent += len(chunk)
        except OSError:
            pass
        finally:
            self.state.huge_sent = sent
            self.state.huge_done.set()
            self.close_connection = True


@contextmanager
def link_server() -> Iterator[tuple[str, ServerState]]:
    """Serve on 127.0.0.1 (port chosen by the system); yields the base URL and the state."""
    state = ServerState()
    handler = type("Handler", (LinkHandler,), {"state": state, "other_host": ""})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    handler.other_host = f"localhost:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", state
    finally:
        httpd.shutdown()
        httpd.server_close()


def loopback_settings(**options: Any) -> Any:
    """Link-check settings for these servers: they run on loopback, which the check refuses
    unless private networks are allowed."""
    from digiamt_desk.checks.links import CheckSettings

    return CheckSettings(allow_private_networks=True, **options)
