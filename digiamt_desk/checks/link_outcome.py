"""What a link check's answers mean: the status of an HTTP code, the failure of a request,
the text of a page read raw (its charset, its compression, bounded)."""

from __future__ import annotations

import contextlib
import socket
import ssl
import zlib
from typing import TYPE_CHECKING

import httpx

from digiamt_desk.checks.status import LinkStatus

if TYPE_CHECKING:
    from digiamt_desk.checks.links import LinkResult


def caused_by(error: BaseException, kinds: tuple[type[BaseException], ...]) -> bool:
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        if isinstance(current, kinds):
            return True
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return False


def status_of(code: int) -> LinkStatus:
    if code in (404, 410):
        return LinkStatus.NOT_FOUND
    if code >= 500:
        return LinkStatus.SERVER_ERROR
    if code >= 400:
        return LinkStatus.CLIENT_ERROR
    return LinkStatus.OK


def decode_page(body: bytes, content_type: str) -> str:
    charset = ""
    for part in content_type.split(";")[1:]:
        name, _, value = part.partition("=")
        if name.strip().lower() == "charset":
            charset = value.strip().strip("'\"")
    for encoding in (charset, "utf-8"):
        if encoding:
            try:
                return body.decode(encoding)
            except (LookupError, UnicodeDecodeError):
                continue
    return body.decode("cp1252", errors="replace")


def judge_error(result: LinkResult, error: httpx.HTTPError, timeout: float) -> None:
    """Say what a failed request means for the link."""
    text = str(error) or type(error).__name__
    if isinstance(error, httpx.ConnectTimeout):
        result.status = LinkStatus.TIMEOUT
        result.detail = "no connection within the time limit"
        result.connect_failed = True
    elif isinstance(error, httpx.TimeoutException):
        result.status = LinkStatus.TIMEOUT
        result.detail = f"no answer within {timeout:g} s"
        result.connected = True
    elif caused_by(error, (ssl.SSLError, ssl.CertificateError)) or "SSL" in text \
            or "certificate" in text.lower():
        result.status = LinkStatus.TLS_ERROR
        result.detail = f"TLS: {text}"
        result.connected = True
    elif isinstance(error, httpx.ConnectError | httpx.ProxyError):
        if caused_by(error, (socket.gaierror,)) or "getaddrinfo" in text.lower() \
                or "name or service" in text.lower():
            result.status = LinkStatus.NOT_FOUND
            result.detail = f"host not found: {text}"
        else:
            result.status = LinkStatus.SERVER_ERROR
            result.detail = f"no connection: {text}"
        result.connect_failed = True
    elif isinstance(error, httpx.UnsupportedProtocol | httpx.InvalidURL):
        result.status = LinkStatus.CLIENT_ERROR
        result.detail = f"not a valid web address: {text}"
    else:  # the server answered nonsense or closed the connection
        result.status = LinkStatus.SERVER_ERROR
        result.detail = f"{type(error).__name__}: {text}"
        result.connected = True


def decompressed(body: bytes, encoding: str) -> bytes:
    """A page read raw (so the limit counts bytes on the wire) is decoded here, bounded too."""
    kind = encoding.strip().lower()
    if kind in ("gzip", "deflate"):
        wbits = 16 + zlib.MAX_WBITS if kind == "gzip" else zlib.MAX_WBITS
        decompressor = zlib.decompressobj(wbits)
        with contextlib.suppress(zlib.error):
            return decompressor.decompress(body, 4 * len(body) + 65_536)
        return b""
    return body


__all__ = ["caused_by", "decode_page", "decompressed", "judge_error", "status_of"]
