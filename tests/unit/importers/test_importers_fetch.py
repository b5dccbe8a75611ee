"""Downloading from a URL: a loopback server plays the slow, missing and oversized cases."""

from __future__ import annotations

import socket
import time

import httpx
import pytest

from digiamt_desk.domain.importing import InputError, SourceFormat
from digiamt_desk.importers import load_source, parse_source
from digiamt_desk.importers.fetch import fetch_url

pytestmark = pytest.mark.network


def test_download_and_parse(http_base: str, served_csv: bytes) -> None:
    data, name = fetch_url(f"{http_base}/export.csv")

    assert data == served_csv
    assert name == "liste.csv"  # from Content-Disposition
    parsed = parse_source(f"{http_base}/export.csv")
    assert parsed.source == f"{http_base}/export.csv"
    assert parsed.format is SourceFormat.CSV
    assert [r.title for r in parsed.rows] == ["Hund anmelden"]


def test_redirects_are_followed(http_base: str, served_csv: bytes) -> None:
    loaded = load_source(f"{http_base}/old-link")

    assert loaded.content == served_csv
    assert loaded.filename == "liste.csv"
    assert loaded.source == f"{http_base}/old-link"


def test_timeout_names_url_and_seconds(http_base: str) -> None:
    url = f"{http_base}/slow"
    started = time.monotonic()

    with pytest.raises(InputError) as caught:
        fetch_url(url, timeout=0.3)

    assert time.monotonic() - started < 2.5  # the server sleeps 3 s
    assert str(caught.value) == f"{url}: did not answer within 0.3 s"


def test_404_names_status(http_base: str) -> None:
    url = f"{http_base}/nothing-here.csv"

    with pytest.raises(InputError) as caught:
        fetch_url(url)

    assert str(caught.value) == f"{url}: server answered 404 Not Found"


def test_server_error(http_base: str) -> None:
    with pytest.raises(InputError, match="server answered 503 Service Unavailable"):
        fetch_url(f"{http_base}/down")


@pytest.mark.parametrize("path", ["/big-declared", "/big-streamed"])
def test_too_large_response_is_cut_off(http_base: str, path: str) -> None:
    with pytest.raises(InputError) as caught:
        fetch_url(f"{http_base}{path}", max_bytes=1_000_000)

    message = str(caught.value)
    assert message.startswith(f"{http_base}{path}: ")
    assert "larger than 1 MB" in message


def test_connection_refused_reads_as_offline() -> None:
    with socket.socket() as probe:  # a port that was free a moment ago: nobody listens
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/liste.csv"

    with pytest.raises(InputError) as caught:
        fetch_url(url, timeout=2)

    assert str(caught.value).startswith(f"{url}: no connection – are you offline?")


def test_unknown_host_reads_as_offline() -> None:
    def no_dns(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("[Errno -2] Name or service not known", request=request)

    with httpx.Client(transport=httpx.MockTransport(no_dns)) as client, \
            pytest.raises(InputError, match="no connection – are you offline"):
        fetch_url("https://dashboard.example.invalid/export.csv", client=client)


def test_file_name_falls_back_to_the_url_path() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b"[]")

    with httpx.Client(transport=httpx.MockTransport(answer)) as client:
        data, name = fetch_url("https://a.example/api/v1/data/091620000000.json?x=1",
                               client=client)

    assert (data, name) == (b"[]", "091620000000.json")


def test_not_a_web_address() -> None:
    with pytest.raises(InputError, match="not a web address"):
        fetch_url("http://")
