"""The link check stays out of private networks unless allowed (issue 14, item 17).

The checker runs inside the ministry's network: a link or a redirect to loopback, a private
range, a link-local or a multicast address is not connected to; the result says it points into
a private network. Every address a name resolves to counts, and every redirect."""

from __future__ import annotations

import asyncio
import json
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from helpers import write_csv
from link_server import ServerState, link_server

from digiamt_desk.checks.addresses import AddressGuard, PrivateAddress
from digiamt_desk.checks.links import CheckSettings, LinkChecker, check_links
from digiamt_desk.cli import main
from digiamt_desk.services import applications
from digiamt_desk.services.desk import Desk
from digiamt_desk.services.imports import import_source

KEY = "09180117"


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[str, ServerState]]:
    with link_server() as served:
        yield served


@pytest.mark.network
def test_a_link_to_loopback_is_not_connected_to_and_says_why(
        server: tuple[str, ServerState]) -> None:
    base, state = server
    before = len(state.requests)
    run = check_links([(1, f"{base}/form")], CheckSettings(timeout=2))
    (result,) = run.results
    assert result.status == "not_checked"
    assert result.detail == (f"{base}/form points into a private network: 127.0.0.1; not "
                             "connected (allow it with the setting "
                             "checks.allow_private_networks)")
    assert len(state.requests) == before  # the server never heard of it
    assert not run.offline


@pytest.mark.network
def test_a_name_that_resolves_to_loopback_is_refused(server: tuple[str, ServerState]) -> None:
    base, state = server
    port = base.rsplit(":", 1)[1]
    before = len(state.requests)
    run = check_links([(1, f"http://localhost:{port}/form")], CheckSettings(timeout=2))
    assert run.results[0].status == "not_checked"
    assert "points into a private network: localhost (127.0.0.1)" in run.results[0].detail \
        or "points into a private network: localhost (::1)" in run.results[0].detail
    assert len(state.requests) == before


@pytest.mark.parametrize("url", [
    "http://127.0.0.2/admin", "http://10.1.2.3/", "http://192.168.178.1/", "http://172.16.0.9/",
    "http://169.254.169.254/latest/meta-data/", "http://224.0.0.1/", "http://[::1]/",
    "http://[fe80::1]/", "http://[::ffff:127.0.0.1]/", "http://0.0.0.0/", "http://100.64.0.1/",
])
def test_redirects_into_private_ranges_are_not_followed(url: str) -> None:
    asked: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        asked.append(str(request.url))
        return httpx.Response(302, headers={"Location": url})

    start = "https://www.gemeinde.example/antrag"
    checker = LinkChecker(CheckSettings(timeout=5, read_pages=False),
                          transport=httpx.MockTransport(answer))
    (result,) = checker.run([(1, start)]).results
    assert asked == [start]  # the redirect target was never asked
    assert result.status == "not_checked"
    assert result.redirects == [(start, 302)]
    assert result.detail.startswith(f"{url} points into a private network: ")


def test_every_address_of_a_name_counts(monkeypatch: pytest.MonkeyPatch) -> None:
    async def resolve(_loop: Any, host: str, port: int, **_kw: Any) -> list[Any]:
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.215.14", port)),
                (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.0.0.7", port))]

    monkeypatch.setattr(asyncio.BaseEventLoop, "getaddrinfo", resolve)
    with pytest.raises(PrivateAddress, match=r"portal\.example \(10\.0\.0\.7\)"):
        asyncio.run(AddressGuard().check("https://portal.example/antrag"))


def test_a_public_address_passes() -> None:
    guard = AddressGuard()
    assert asyncio.run(guard.check("https://93.184.215.14/antrag")) is None
    with pytest.raises(PrivateAddress):  # the same guard, an address inside: refused
        asyncio.run(guard.check("https://10.0.0.1/antrag"))


@pytest.mark.network
def test_the_allowance_lets_the_check_reach_loopback(server: tuple[str, ServerState]) -> None:
    base, _ = server
    run = check_links([(1, f"{base}/form")],
                      CheckSettings(timeout=2, allow_private_networks=True))
    assert run.results[0].status == "ok"


def _application(desk: Desk, tmp_path: Path, base: str) -> None:
    lines = ["Bezeichnung;Link", f"Gewerbe anmelden;{base}/form"]
    applications.create_application(desk, KEY, head_title="Erster Bürgermeister")
    import_source(desk, str(write_csv(tmp_path / "liste.csv", lines)), ars=KEY)


@pytest.mark.network
def test_the_command_says_it_and_takes_the_flag_and_the_setting(
        desk: Desk, db_path: Path, tmp_path: Path, server: tuple[str, ServerState],
        capsys: pytest.CaptureFixture[str]) -> None:
    base, _ = server
    _application(desk, tmp_path, base)
    desk.close()
    assert main(["--db", str(db_path), "check", KEY, "--timeout", "2", "--json"]) == 0
    (refused,) = json.loads(capsys.readouterr().out)
    assert refused["status"] == "not_checked"
    assert "points into a private network: 127.0.0.1" in refused["detail"]
    assert main(["--db", str(db_path), "check", KEY, "--timeout", "2",
                 "--allow-private-networks"]) == 0
    assert " ok " in capsys.readouterr().out
    assert main(["--db", str(db_path), "settings", "--set",
                 "checks.allow_private_networks=yes"]) == 0
    assert "checks.allow_private_networks = yes" in capsys.readouterr().out
    assert main(["--db", str(db_path), "check", KEY, "--timeout", "2"]) == 0
    assert " ok " in capsys.readouterr().out
    assert main(["--db", str(db_path), "settings", "--set",
                 "checks.allow_private_networks=maybe"]) == 2


def test_the_connection_goes_to_the_address_that_was_judged(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # A name server that answers the check with a public address and would answer the
    # connection with loopback (DNS rebinding): the connection never asks it again.
    answers = iter(["93.184.215.14", "127.0.0.1", "127.0.0.1"])

    async def resolve(_loop: Any, host: str, port: int, **_kw: Any) -> list[Any]:
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (next(answers), port))]

    monkeypatch.setattr(asyncio.BaseEventLoop, "getaddrinfo", resolve)
    seen: list[tuple[str, str, object]] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append((request.url.host, request.headers["host"],
                     request.extensions.get("sni_hostname")))
        return httpx.Response(200, headers={"content-type": "text/html"},
                              stream=httpx.ByteStream(b"<form><button>Senden</button></form>"))

    checker = LinkChecker(CheckSettings(timeout=5), transport=httpx.MockTransport(answer))
    run = checker.run([(1, "https://rebind.example/antrag"), (2, "https://rebind.example/b")])
    assert sorted(r.status for r in run.results) == ["ok", "ok"]
    assert run.results[0].final_url.startswith("https://rebind.example/")
    assert seen == [("93.184.215.14", "rebind.example", "rebind.example")] * 2


@pytest.mark.network
def test_a_pinned_request_reaches_a_real_server_under_its_name(
        server: tuple[str, ServerState], monkeypatch: pytest.MonkeyPatch) -> None:
    # Loopback counted as public for this test only: the real transport, pinned to the judged
    # address, with the name in the Host header.
    from digiamt_desk.checks import addresses

    monkeypatch.setattr(addresses, "is_inward", lambda _address: False)
    base, _state = server
    port = base.rsplit(":", 1)[1]
    run = check_links([(1, f"http://localhost:{port}/form")], CheckSettings(timeout=5))
    assert run.results[0].status == "ok", run.results[0].detail
    assert run.results[0].final_url == f"http://localhost:{port}/form"
