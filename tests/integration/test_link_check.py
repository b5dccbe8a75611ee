"""The link check against real HTTP servers on loopback, and what it says when offline."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator

import httpx
import pytest
from link_server import ServerState, link_server, loopback_settings

from digiamt_desk.checks.links import LinkChecker, LinkResult, check_links

pytestmark = pytest.mark.network


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[str, ServerState]]:
    with link_server() as served:
        yield served


def _check(base: str, *paths: str, **settings: object) -> dict[str, LinkResult]:
    links = [(n, base + path if path.startswith("/") else path) for n, path in enumerate(paths)]
    run = check_links(links, loopback_settings(**{"timeout": 2.0, **settings}))  # type: ignore[arg-type]
    assert not run.offline and not run.cancelled
    return {paths[r.key]: r for r in run.results}


def test_reachable_pages_and_where_redirects_end(server: tuple[str, ServerState]) -> None:
    base, _ = server
    found = _check(base, "/form", "/same-host-redirect", "/other-host-redirect")
    assert found["/form"].status == "ok" and found["/form"].http_status == 200
    same = found["/same-host-redirect"]
    assert same.status == "ok" and same.final_url == base + "/form"
    assert same.redirects == [(base + "/same-host-redirect", 301)]
    other = found["/other-host-redirect"]
    assert other.status == "redirect" and other.final_url.startswith("http://localhost:")
    assert other.final_url.endswith("/form")


def test_error_statuses(server: tuple[str, ServerState]) -> None:
    base, _ = server
    found = _check(base, "/missing", "/forbidden", "/broken")
    assert {p: (r.status, r.http_status) for p, r in found.items()} == {
        "/missing": ("not_found", 404), "/forbidden": ("client_error", 403),
        "/broken": ("server_error", 500)}


def test_slow_answer_times_out_within_the_limit(server: tuple[str, ServerState]) -> None:
    base, _ = server
    started = time.monotonic()
    found = _check(base, "/slow", "/form", timeout=0.5)
    assert found["/slow"].status == "timeout"
    assert found["/form"].status == "ok"  # the slow one held up nothing else
    assert time.monotonic() - started < 2.5


def test_a_server_refusing_head_is_asked_with_get(server: tuple[str, ServerState]) -> None:
    base, state = server
    found = _check(base, "/no-head/antrag.pdf", "/no-head", read_pages=False)
    for path in ("/no-head/antrag.pdf", "/no-head"):
        assert found[path].status == "ok" and found[path].http_status == 200
        assert found[path].method == "HEAD, GET"
        assert ("HEAD", path) in state.requests and ("GET", path) in state.requests


def test_forms_with_and_without_submit_button(server: tuple[str, ServerState]) -> None:
    base, _ = server
    found = _check(base, "/form", "/info", "/no-submit", "/antrag.pdf")
    assert found["/form"].online_form is True  # the site search beside it does not count
    assert found["/form"].forms is not None and found["/form"].forms.title == "Gewerbe anmelden"
    assert found["/info"].online_form is False  # only a site search with a submit button
    assert found["/no-submit"].online_form is False
    pdf = found["/antrag.pdf"]
    assert pdf.status == "ok" and pdf.method == "HEAD" and pdf.online_form is None
    assert pdf.content_type == "application/pdf"


def test_redirect_loop_and_too_long_chain(server: tuple[str, ServerState]) -> None:
    base, _ = server
    found = _check(base, "/loop-a", "/chain/0", max_redirects=5)
    assert found["/loop-a"].status == "too_many_redirects" and "loop" in found["/loop-a"].detail
    chain = found["/chain/0"]
    assert chain.status == "too_many_redirects" and len(chain.redirects) == 5


def test_a_huge_page_is_not_read_whole(server: tuple[str, ServerState]) -> None:
    base, state = server
    state.huge_done.clear()
    found = _check(base, "/huge", max_bytes=256_000)
    huge = found["/huge"]
    assert huge.status == "ok" and huge.truncated and huge.bytes_read == 256_000
    assert huge.online_form is False
    assert state.huge_done.wait(10)
    # The server stopped when the client closed: nowhere near the 200 MB it offered.
    assert state.huge_sent < 20 * 1024 * 1024


def test_mailto_and_file_names_are_not_fetched(server: tuple[str, ServerState]) -> None:
    base, _ = server
    found = _check(base, "mailto:buergerbuero@markt.example", "formulare/antrag.pdf")
    assert {r.status for r in found.values()} == {"not_checked"}


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_offline_is_said_once_and_the_check_stops() -> None:
    """Nothing listens: connections are refused on every host, as on a laptop without
    network. The run ends as offline; no link is reported broken."""
    port = _closed_port()
    links = [(n, f"http://127.0.0.{2 + n % 8}:{port}/verfahren/{n}") for n in range(40)]
    heard: list[LinkResult] = []
    run = check_links(links, loopback_settings(timeout=2.0, concurrency=4, offline_after=3),
                      on_result=heard.append)
    assert run.offline
    assert heard == []  # no result was passed on as "broken"
    assert {r.status.value for r in run.results} == {"no_network"}
    assert sorted(r.key for r in run.results) == list(range(40))


def test_offline_stops_after_a_few_attempts() -> None:
    attempts: list[str] = []

    def refuse(request: httpx.Request) -> httpx.Response:
        attempts.append(request.url.host)
        raise httpx.ConnectError("[Errno -3] Temporary failure in name resolution",
                                 request=request)

    links = [(n, f"https://www.gemeinde-{n}.example/antrag") for n in range(300)]
    checker = LinkChecker(loopback_settings(concurrency=8, offline_after=5),
                          transport=httpx.MockTransport(refuse))
    run = checker.run(links)
    assert run.offline and len(run.results) == 300
    assert len(attempts) <= 5 + 8  # the threshold plus what was already under way


def test_one_dead_host_among_working_ones_is_not_offline(
        server: tuple[str, ServerState]) -> None:
    base, _ = server
    dead = f"http://127.0.0.1:{_closed_port()}/antrag"
    found = _check(base, dead, "/form", "/info")
    assert found[dead].status == "server_error" and "connection" in found[dead].detail
    assert found["/form"].status == "ok"


def test_cancel_stops_the_run(server: tuple[str, ServerState]) -> None:
    base, _ = server
    links = [(n, f"{base}/slow?{n}") for n in range(12)]
    started = time.monotonic()
    run = check_links(links, loopback_settings(timeout=5.0, concurrency=2),
                      cancelled=lambda: time.monotonic() - started > 0.3)
    assert run.cancelled and len(run.results) < 12
    assert time.monotonic() - started < 2.5


def test_connections_are_bounded_per_host_and_overall(server: tuple[str, ServerState]) -> None:
    base, state = server
    other = base.replace("127.0.0.1", "localhost")
    links = [(n, f"{base}/busy?{n}") for n in range(12)] + \
        [(100 + n, f"{other}/busy?{n}") for n in range(12)]
    run = check_links(links, loopback_settings(timeout=5, concurrency=3, per_host=2))
    assert {r.status.value for r in run.results} == {"ok"}
    assert max(state.busy_peak.values()) == 2  # never more than 2 at once to one host
    assert len(state.busy_peak) == 2
    # Both hosts side by side, but never more than 3 requests at once overall.
    assert state.busy_total_peak == 3


def test_the_proxy_of_the_environment_is_used(server: tuple[str, ServerState],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    base, state = server
    monkeypatch.setenv("HTTP_PROXY", base)
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    found = _check(base, "http://gemeinde.invalid/antrag")
    result = found["http://gemeinde.invalid/antrag"]
    assert result.status == "ok" and result.online_form is True
    assert "http://gemeinde.invalid/antrag" in state.proxied
