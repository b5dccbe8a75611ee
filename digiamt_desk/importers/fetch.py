"""Downloading a list from a URL (a dashboard export, a portal's JSON) with messages a case worker
can act on: reviewers work offline and behind strict proxies, so the failure is the common case.
"""

from __future__ import annotations

import contextlib
import ssl
import threading
import time
from email.message import Message
from pathlib import PurePosixPath
from urllib.parse import unquote, urlsplit

import httpx

from digiamt_desk.domain.importing import InputError

USER_AGENT = "DigiAmt-Desk/0.1 (Bayerisches Staatsministerium fuer Digitales)"  # ASCII only


def _megabytes(count: int) -> str:
    return f"{count / 1_000_000:g} MB"


def fetch_url(
    url: str,
    *,
    timeout: float = 20.0,
    max_bytes: int = 50_000_000,
    client: httpx.Client | None = None,
) -> tuple[bytes, str]:
    """The body of a GET on url and a file name for it (from Content-Disposition or the last
    path segment of the final URL after redirects, else the URL), used to guess the format.

    The body is read in chunks and the download stops as soon as it passes max_bytes, so a
    misdirected link to a huge file cannot fill the memory. The whole download has one deadline
    (`timeout`): httpx's timeouts hold per read, so a server that trickles a byte every few
    seconds would otherwise keep it going for ever. The download runs on a daemon thread the
    caller stops waiting for at the deadline; its connection is then closed."""
    outcome: list[tuple[bytes, str] | BaseException] = []
    done = threading.Event()
    deadline = time.monotonic() + timeout
    holder: dict[str, httpx.Client] = {}

    def run() -> None:
        try:
            outcome.append(_fetch(url, timeout, max_bytes, client, deadline, holder))
        except BaseException as error:  # handed to the waiting thread
            outcome.append(error)
        finally:
            done.set()

    worker = threading.Thread(target=run, name="digiamt-fetch", daemon=True)
    worker.start()
    if not done.wait(timeout + 1.0):
        session = holder.get("session")
        if session is not None and client is None:
            with contextlib.suppress(Exception):  # a courtesy; the answer is already given
                session.close()
        raise _too_slow(url, timeout)
    result = outcome[0]
    if isinstance(result, BaseException):
        raise result
    return result


def _too_slow(url: str, timeout: float) -> InputError:
    return InputError(f"did not answer within {timeout:g} s", source=url, code="url_timeout",
                      seconds=timeout)


def _fetch(url: str, timeout: float, max_bytes: int, client: httpx.Client | None,
           deadline: float, holder: dict[str, httpx.Client]) -> tuple[bytes, str]:
    own = client is None
    session = client or httpx.Client(
        follow_redirects=True, timeout=timeout, headers={"User-Agent": USER_AGENT}
    )
    holder["session"] = session
    try:
        with session.stream("GET", url, timeout=timeout, follow_redirects=True) as response:
            if response.status_code >= 400:
                phrase = response.reason_phrase or ""
                raise InputError(f"server answered {response.status_code} {phrase}".rstrip(),
                                 source=url)
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise _too_large(url, max_bytes)
            chunks: list[bytes] = []
            received = 0
            for chunk in response.iter_bytes():
                if time.monotonic() > deadline:
                    raise _too_slow(url, timeout)
                received += len(chunk)
                if received > max_bytes:
                    raise _too_large(url, max_bytes)
                chunks.append(chunk)
            name = _file_name(response)
            return b"".join(chunks), name
    except httpx.TimeoutException:
        raise _too_slow(url, timeout) from None
    except httpx.ProxyError as error:
        raise InputError(f"the proxy refused the connection ({error})", source=url) from None
    except httpx.ConnectError as error:
        if _is_certificate_problem(error):
            raise InputError(
                "the server's certificate could not be verified (a proxy that inspects HTTPS?)",
                source=url,
            ) from None
        raise InputError(f"no connection – are you offline? ({error})", source=url) from None
    except httpx.TooManyRedirects:
        raise InputError("too many redirects", source=url) from None
    except (httpx.UnsupportedProtocol, httpx.InvalidURL):
        raise InputError("is not a web address this program can open", source=url) from None
    except httpx.HTTPError as error:
        raise InputError(f"download failed: {error or type(error).__name__}", source=url) from None
    finally:
        if own:
            session.close()


def _too_large(url: str, max_bytes: int) -> InputError:
    return InputError(
        f"response is larger than {_megabytes(max_bytes)}; download it and open the file",
        source=url,
    )


def _is_certificate_problem(error: BaseException) -> bool:
    cause: BaseException | None = error
    for _ in range(10):  # bounded: exception chains can, rarely, form a cycle
        if cause is None:
            break
        if isinstance(cause, ssl.SSLCertVerificationError) or "CERTIFICATE_VERIFY" in str(cause):
            return True
        cause = cause.__cause__ or cause.__context__
    return False


def _file_name(response: httpx.Response) -> str:
    disposition = response.headers.get("content-disposition")
    if disposition:
        message = Message()
        message["content-disposition"] = disposition
        name = message.get_filename()
        if name:
            return PurePosixPath(name).name
    path = unquote(urlsplit(str(response.url)).path)
    return PurePosixPath(path).name or str(response.url)
