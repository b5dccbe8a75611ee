"""Which addresses the link check may connect to: the public internet only, unless allowed.

The check runs inside the ministry's network. A municipality's link (or a redirect it answers
with) that leads to 127.0.0.2, 10.x, 192.168.x, a link-local or a multicast address would
make the reviewer's computer knock on the ministry's own machines. So before every request,
the first and each redirect, the host is resolved and every address it resolves to must be
public; a literal address is judged as it is. Allowed only with the setting
`checks.allow_private_networks` (or `digiamt check --allow-private-networks`), e.g. for an
intranet portal or a test server on loopback.

A name that does not resolve here is left to the request (it fails as "host not found", or a
proxy resolves it); only an answer that points inward is refused.

Without a proxy the request then goes to the very address that was judged (`PinnedTransport`:
the URL carries the address, the Host header and the TLS server name keep the host name, so
the certificate is checked against the name): a name server that answers with a public address
to the check and a private one to the connection (DNS rebinding) gains nothing.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from urllib.parse import urlsplit

import httpx

Address = ipaddress.IPv4Address | ipaddress.IPv6Address


class PrivateAddress(Exception):
    """The URL's host is, or resolves to, an address inside a private network."""

    def __init__(self, url: str, host: str, address: str) -> None:
        shown = host if host == address else f"{host} ({address})"
        super().__init__(f"{url} points into a private network: {shown}; not connected "
                         "(allow it with the setting checks.allow_private_networks)")
        self.url = url
        self.host = host
        self.address = address


def is_inward(address: Address) -> bool:
    """Loopback, private, link-local, multicast, unspecified or otherwise not public."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_multicast or not address.is_global


def _literal(host: str) -> Address | None:
    try:
        return ipaddress.ip_address(host.strip("[]").split("%", 1)[0])
    except ValueError:
        return None


class AddressGuard:
    """Checks each URL's host before a request; a host's verdict is kept for the run."""

    def __init__(self) -> None:
        self._verdicts: dict[tuple[str, int], str | None] = {}
        self._public: dict[tuple[str, int], str] = {}  # the address a judged name is pinned to

    def pinned(self, host: str, port: int) -> str | None:
        """The public address `host` was judged by (None: not resolved here)."""
        return self._public.get((host.rstrip(".").lower(), port))

    async def check(self, url: str) -> None:
        """Raise PrivateAddress if the host of `url` is or resolves to an inward address."""
        parts = urlsplit(url)
        host = (parts.hostname or "").rstrip(".").lower()
        if not host:
            return
        try:
            port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
        except ValueError:
            return  # an invalid port: the request reports it
        literal = _literal(host)
        if literal is not None:
            if is_inward(literal):
                raise PrivateAddress(url, host, str(literal))
            return
        key = (host, port)
        if key not in self._verdicts:
            self._verdicts[key] = await self._resolve(key)
        inward = self._verdicts[key]
        if inward is not None:
            raise PrivateAddress(url, host, inward)

    async def _resolve(self, key: tuple[str, int]) -> str | None:
        """The first inward address of all the host resolves to, or None (then the first
        address is kept for the connection)."""
        loop = asyncio.get_running_loop()
        try:
            infos = await loop.getaddrinfo(key[0], key[1], type=socket.SOCK_STREAM)
        except (OSError, UnicodeError):  # unknown here: the request says what it finds
            return None
        addresses = [found for info in infos
                     if (found := _literal(str(info[4][0]))) is not None]
        for found in addresses:
            if is_inward(found):
                return str(found)
        if addresses:
            self._public[key] = str(addresses[0])
        return None


class PinnedTransport(httpx.AsyncBaseTransport):
    """Sends each request to the address its host was judged by (see the module's text)."""

    def __init__(self, inner: httpx.AsyncBaseTransport, guard: AddressGuard) -> None:
        self._inner = inner
        self._guard = guard

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        address = self._guard.pinned(url.host, url.port or (443 if url.scheme == "https"
                                                             else 80))
        if address is None or _literal(url.host) is not None:
            return await self._inner.handle_async_request(request)
        pinned = httpx.Request(request.method, url.copy_with(host=address),
                               headers=request.headers, stream=request.stream,
                               extensions={**request.extensions, "sni_hostname": url.host})
        return await self._inner.handle_async_request(pinned)

    async def aclose(self) -> None:
        await self._inner.aclose()


__all__ = ["AddressGuard", "PinnedTransport", "PrivateAddress", "is_inward"]
