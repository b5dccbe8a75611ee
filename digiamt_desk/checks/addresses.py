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
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from urllib.parse import urlsplit

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
            self._verdicts[key] = await self._resolve(host, port)
        inward = self._verdicts[key]
        if inward is not None:
            raise PrivateAddress(url, host, inward)

    @staticmethod
    async def _resolve(host: str, port: int) -> str | None:
        """The first inward address of all the host resolves to, or None."""
        loop = asyncio.get_running_loop()
        try:
            infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (OSError, UnicodeError):  # unknown here: the request says what it finds
            return None
        for info in infos:
            found = _literal(str(info[4][0]))
            if found is not None and is_inward(found):
                return str(found)
        return None


__all__ = ["AddressGuard", "PrivateAddress", "is_inward"]
