"""Link check: is each procedure's link reachable, where does it end, what does the page hold.

Concurrent with httpx on one asyncio loop, bounded overall (`concurrency`) and per host
(`per_host`): a scheduler hands out links round-robin over the hosts, so 300 links on one portal
never hold up the links to other hosts and no host sees more than `per_host` requests at once
(the connection pool is limited to `concurrency` as well). Redirects are followed by hand so
every hop is recorded (the final URL, a loop, too many). HEAD comes first where the body is not
wanted; a server that refuses HEAD (405, 501, or any error status: some answer 403 or 404 to
HEAD only) is asked again with GET. A page that is to be read is fetched with GET directly (one
request instead of two) and read only up to `max_bytes`; other bodies are never read.

Offline: until one server has answered, failures to connect (DNS, refused, unreachable) are
held back. If the first `offline_after` distinct hosts (or all hosts, if there are fewer) fail
that way, the run reports `no_network` once and stops: a laptop in a meeting room must not mark
300 procedures broken. Proxy settings come from the environment (HTTP(S)_PROXY, NO_PROXY).

Private networks: before each request (the first and every redirect) the host must be, and
resolve only to, public addresses (see checks/addresses.py); a link that points into a private
network is not connected to and is reported as `not_checked` saying so, unless
`allow_private_networks` is set.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import Counter, deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import httpx

from digiamt_desk import __version__
from digiamt_desk.checks.addresses import AddressGuard, PinnedTransport, PrivateAddress
from digiamt_desk.checks.hints import DOCUMENT_EXTENSIONS, PageForms, find_forms, is_html
from digiamt_desk.checks.link_outcome import decode_page, decompressed, judge_error, status_of
from digiamt_desk.checks.status import REACHABLE, STATUS_CODES, LinkStatus
from digiamt_desk.domain.links import LinkKind, link_kind

log = logging.getLogger(__name__)
_REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})
_FILE_EXTENSIONS = DOCUMENT_EXTENSIONS | {"pdf"}


@dataclass(frozen=True)
class CheckSettings:
    timeout: float = 15.0  # seconds for the whole check of one link, redirects included
    concurrency: int = 16  # requests at once, overall
    per_host: int = 6  # requests at once to one host
    max_redirects: int = 10
    max_bytes: int = 2_000_000  # of a page read; the rest is not downloaded
    read_pages: bool = True  # read HTML pages to look for a form with a submit control
    offline_after: int = 5  # distinct hosts failing to connect before "no network"
    # Connect to loopback, private, link-local and multicast addresses too (an intranet portal,
    # a test server); off, such a link is reported as pointing into a private network.
    allow_private_networks: bool = False
    user_agent: str = f"DigiAmt-Desk/{__version__} (link check)"

    def validate(self) -> None:
        if not 0 < self.timeout <= 600:
            raise ValueError(f"the timeout must be between 0 and 600 seconds, not {self.timeout}")
        if not 1 <= self.concurrency <= 500:
            raise ValueError(f"the concurrency must be between 1 and 500, not {self.concurrency}")
        if not 1 <= self.per_host <= 500:
            raise ValueError(f"the connections per host must be between 1 and 500, "
                             f"not {self.per_host}")


@dataclass
class LinkResult:
    key: int  # the caller's id for the link (a procedure id)
    url: str
    status: LinkStatus
    http_status: int | None = None
    final_url: str = ""
    redirects: list[tuple[str, int]] = field(default_factory=list)  # (from url, status)
    content_type: str = ""
    forms: PageForms | None = None  # None: the page was not read
    detail: str = ""  # what went wrong, in English
    bytes_read: int = 0
    truncated: bool = False  # the page was longer than max_bytes
    method: str = ""
    seconds: float = 0.0
    connected: bool = False  # some server answered (the network works)
    connect_failed: bool = False  # no connection could be made (DNS, refused, unreachable)

    @property
    def online_form(self) -> bool | None:
        return None if self.forms is None else self.forms.online_form


@dataclass
class CheckRun:
    results: list[LinkResult]
    offline: bool = False
    cancelled: bool = False

    def counts(self) -> Counter[str]:
        return Counter(r.status.value for r in self.results)


def host_of(url: str) -> str:
    try:
        parts = urlsplit(url)
        return (parts.hostname or "").lower().rstrip(".") + (
            f":{parts.port}" if parts.port else "")
    except ValueError:
        return ""


def same_site(first: str, second: str) -> bool:
    """The same host, ignoring case, a leading www. and the default port."""
    def bare(url: str) -> str:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower().rstrip(".").removeprefix("www.")
        try:
            port = parts.port
        except ValueError:
            port = None
        default = {"http": 80, "https": 443}.get(parts.scheme.lower())
        return host if port in (None, default) else f"{host}:{port}"
    return bare(first) == bare(second)


class _Fetch:
    """One request chain (the redirects followed) with its outcome."""

    def __init__(self, final_url: str, response_status: int, content_type: str,
                 redirects: list[tuple[str, int]], body: bytes | None, truncated: bool) -> None:
        self.final_url = final_url
        self.status = response_status
        self.content_type = content_type
        self.redirects = redirects
        self.body = body
        self.truncated = truncated


class _Inward(Exception):
    """A hop pointed into a private network (after the redirects recorded)."""

    def __init__(self, cause: PrivateAddress, redirects: list[tuple[str, int]]) -> None:
        super().__init__(str(cause))
        self.redirects = redirects


class _TooManyRedirects(Exception):
    def __init__(self, message: str, redirects: list[tuple[str, int]]) -> None:
        super().__init__(message)
        self.redirects = redirects


class LinkChecker:
    """Check many links on one event loop; `run` is the synchronous entry for a worker thread."""

    def __init__(self, settings: CheckSettings | None = None, *,
                 transport: httpx.AsyncBaseTransport | None = None) -> None:
        self.settings = settings or CheckSettings()
        self.settings.validate()
        self._transport = transport  # tests hand in a mock transport
        self._guard: AddressGuard | None = None

    def run(self, links: Sequence[tuple[int, str]],
            on_result: Callable[[LinkResult], None] | None = None,
            cancelled: Callable[[], bool] | None = None) -> CheckRun:
        return asyncio.run(self.check(links, on_result, cancelled))

    async def check(self, links: Sequence[tuple[int, str]],
                    on_result: Callable[[LinkResult], None] | None = None,
                    cancelled: Callable[[], bool] | None = None) -> CheckRun:
        """Check `links` ((key, url) pairs). `on_result` hears every result as it is known
        (never a held-back connection failure that turns out to be "offline")."""
        settings = self.settings
        self._guard = None if settings.allow_private_networks else AddressGuard()
        emit = on_result or (lambda _result: None)
        stop = cancelled or (lambda: False)
        run = CheckRun(results=[])
        queues: dict[str, deque[tuple[int, str]]] = {}
        for key, url in links:
            if link_kind(url) is not LinkKind.HTTP:
                result = LinkResult(key, url, LinkStatus.NOT_CHECKED,
                                    detail="not a web address (http or https)")
                run.results.append(result)
                emit(result)
                continue
            queues.setdefault(host_of(url.strip()), deque()).append((key, url.strip()))
        ring = deque(host for host in queues)
        threshold = max(1, min(settings.offline_after, len(queues)))
        active: Counter[str] = Counter()
        tasks: dict[asyncio.Task[LinkResult], tuple[int, str, str]] = {}
        held: list[LinkResult] = []  # connection failures while no server has answered yet
        failed_hosts: set[str] = set()
        network_seen = False
        limits = httpx.Limits(max_connections=settings.concurrency,
                              max_keepalive_connections=settings.concurrency)
        transport = self._transport if self._guard is None else PinnedTransport(  # see addresses
            self._transport or httpx.AsyncHTTPTransport(limits=limits), self._guard)
        client = httpx.AsyncClient(
            follow_redirects=False, trust_env=True, transport=transport,
            timeout=httpx.Timeout(settings.timeout), limits=limits,
            headers={"User-Agent": settings.user_agent,
                     "Accept": "text/html,application/xhtml+xml,*/*;q=0.8",
                     # What `decompressed` (link_outcome.py) can undo within the size limit.
                     "Accept-Encoding": "gzip, deflate"})

        def fill() -> None:
            while len(tasks) < settings.concurrency and ring:
                launched = False
                for _ in range(len(ring)):
                    host = ring[0]
                    queue = queues[host]
                    if not queue:
                        ring.popleft()
                        continue
                    ring.rotate(-1)
                    if active[host] >= settings.per_host:
                        continue
                    key, url = queue.popleft()
                    active[host] += 1
                    task = asyncio.ensure_future(self._check_one(client, key, url))
                    tasks[task] = (key, url, host)
                    launched = True
                    if len(tasks) >= settings.concurrency:
                        return
                if not launched:
                    return

        try:
            fill()
            while tasks:
                done, _ = await asyncio.wait(tasks, timeout=0.1,
                                             return_when=asyncio.FIRST_COMPLETED)
                for task in done:
                    _key, _url, host = tasks.pop(task)
                    active[host] -= 1
                    result = task.result()
                    if result.connected and not network_seen:
                        network_seen = True
                        for waiting in held:
                            run.results.append(waiting)
                            emit(waiting)
                        held.clear()
                    if result.connect_failed and not network_seen:
                        held.append(result)
                        failed_hosts.add(host)
                        continue
                    run.results.append(result)
                    emit(result)
                if not network_seen and len(failed_hosts) >= threshold:
                    run.offline = True
                    break
                if stop():  # what finished is kept; what runs is cancelled below
                    run.cancelled = True
                    break
                fill()
        finally:
            for task in tasks:
                task.cancel()
            if tasks:
                await asyncio.gather(*tasks, return_exceptions=True)
            await client.aclose()
        if run.offline:
            # Said once by the caller; every link not judged is "no network", nothing broken.
            judged = {r.key for r in run.results}
            for key, url in links:
                if key not in judged:
                    run.results.append(LinkResult(key, url.strip(), LinkStatus.NO_NETWORK,
                                                  detail="no network connection"))
        elif not run.cancelled:
            for waiting in held:  # every host failed, but fewer than the threshold: judged
                run.results.append(waiting)
                emit(waiting)
        return run

    async def _check_one(self, client: httpx.AsyncClient, key: int, url: str) -> LinkResult:
        started = time.perf_counter()
        result = LinkResult(key, url, LinkStatus.NOT_CHECKED)
        try:
            async with asyncio.timeout(self.settings.timeout):
                await self._fetch_and_judge(client, result)
        except TimeoutError:
            result.status = LinkStatus.TIMEOUT
            result.detail = f"no complete answer within {self.settings.timeout:g} s"
        except _Inward as error:
            result.status = LinkStatus.NOT_CHECKED
            result.redirects = error.redirects
            result.detail = str(error)
            result.connected = bool(error.redirects)  # a server answered with the redirect
        except _TooManyRedirects as error:
            result.status = LinkStatus.TOO_MANY_REDIRECTS
            result.redirects = error.redirects
            result.detail = str(error)
            result.connected = True
        except httpx.HTTPError as error:
            judge_error(result, error, self.settings.timeout)
        except (ValueError, UnicodeError) as error:  # an address httpx cannot even parse
            result.status = LinkStatus.CLIENT_ERROR
            result.detail = f"not a valid web address: {error}"
        except Exception as error:  # one strange server must not end the check of all others
            log.warning("unexpected error checking %s", result.url, exc_info=True)
            result.status = LinkStatus.SERVER_ERROR
            result.detail = f"{type(error).__name__}: {error}"
            result.connected = True
        result.seconds = time.perf_counter() - started
        return result

    async def _fetch_and_judge(self, client: httpx.AsyncClient, result: LinkResult) -> None:
        settings = self.settings
        name = urlsplit(result.url).path.rsplit("/", 1)[-1]
        looks_like_file = "." in name and name.rsplit(".", 1)[-1].lower() in _FILE_EXTENSIONS
        read_page = settings.read_pages
        if read_page and not looks_like_file:
            fetch = await self._fetch(client, "GET", result.url, read_page)
            result.method = "GET"
        else:
            fetch = await self._fetch(client, "HEAD", result.url, False)
            result.method = "HEAD"
            # Refusals of HEAD: 405 and 501 by the book, 403, 404 and others in practice.
            retry = fetch.status >= 400
            if not retry and read_page and is_html(fetch.content_type):
                retry = True  # an HTML page behind a file-like name: read it
            if retry:
                result.redirects = fetch.redirects
                fetch = await self._fetch(client, "GET", result.url, read_page)
                result.method = "HEAD, GET"
        result.connected = True
        result.http_status = fetch.status
        result.final_url = fetch.final_url
        result.redirects = fetch.redirects
        result.content_type = fetch.content_type
        status = status_of(fetch.status)
        if status is LinkStatus.OK and not same_site(result.url, fetch.final_url):
            status = LinkStatus.REDIRECT
        result.status = status
        if status is not LinkStatus.OK and status is not LinkStatus.REDIRECT:
            result.detail = f"HTTP {fetch.status}"
        if fetch.body is not None:
            result.bytes_read = len(fetch.body)
            result.truncated = fetch.truncated
            result.forms = find_forms(decode_page(fetch.body, fetch.content_type))

    async def _fetch(self, client: httpx.AsyncClient, method: str, url: str,
                     read_page: bool) -> _Fetch:
        settings = self.settings
        redirects: list[tuple[str, int]] = []
        seen = {url}
        current = url
        while True:
            if self._guard is not None:
                try:
                    await self._guard.check(current)
                except PrivateAddress as inward:
                    raise _Inward(inward, redirects) from inward
            request = client.build_request(method, current)
            response = await client.send(request, stream=True)
            try:
                location = response.headers.get("location")
                if response.status_code in _REDIRECT_CODES and location:
                    redirects.append((current, response.status_code))
                    target = urljoin(current, location.strip())
                    if target in seen:
                        raise _TooManyRedirects(f"redirect loop back to {target}", redirects)
                    if len(redirects) >= settings.max_redirects:
                        raise _TooManyRedirects(
                            f"more than {settings.max_redirects} redirects", redirects)
                    if response.status_code == 303 and method != "HEAD":
                        method = "GET"
                    seen.add(target)
                    current = target
                    continue
                content_type = response.headers.get("content-type", "")
                body: bytes | None = None
                truncated = False
                if read_page and method == "GET" and response.status_code < 400 \
                        and is_html(content_type):
                    chunks: list[bytes] = []
                    size = 0
                    async for chunk in response.aiter_raw(65_536):
                        chunks.append(chunk)
                        size += len(chunk)
                        if size >= settings.max_bytes:
                            truncated = True
                            break
                    body = decompressed(b"".join(chunks)[:settings.max_bytes],
                                         response.headers.get("content-encoding", ""))
                return _Fetch(str(response.url), response.status_code, content_type,
                              redirects, body, truncated)
            finally:
                await response.aclose()

def check_links(links: Sequence[tuple[int, str]], settings: CheckSettings | None = None,
                on_result: Callable[[LinkResult], None] | None = None,
                cancelled: Callable[[], bool] | None = None) -> CheckRun:
    """Check links from synchronous code (a worker thread, the command line)."""
    return LinkChecker(settings).run(links, on_result, cancelled)


__all__ = ["REACHABLE", "STATUS_CODES", "CheckRun", "CheckSettings", "LinkChecker", "LinkResult",
           "LinkStatus", "check_links", "host_of", "same_site"]
