"""The results a link check can have (without httpx, so the window imports it cheaply)."""

from __future__ import annotations

from enum import StrEnum


class LinkStatus(StrEnum):
    OK = "ok"  # reachable (a redirect within the same host included)
    REDIRECT = "redirect"  # reachable, but it ended on another host
    NOT_FOUND = "not_found"  # 404 or 410, or the host name does not exist
    CLIENT_ERROR = "client_error"  # another 4xx, or a link that is no valid address
    SERVER_ERROR = "server_error"  # 5xx, a refused or broken connection
    TIMEOUT = "timeout"
    TLS_ERROR = "tls_error"  # certificate or TLS handshake problem
    TOO_MANY_REDIRECTS = "too_many_redirects"  # a loop, or more hops than allowed
    NO_NETWORK = "no_network"  # this computer is offline: the link was not judged
    NOT_CHECKED = "not_checked"  # no web address (mailto, file name), or cancelled


STATUS_CODES = tuple(s.value for s in LinkStatus)
REACHABLE = frozenset({LinkStatus.OK, LinkStatus.REDIRECT})

__all__ = ["REACHABLE", "STATUS_CODES", "LinkStatus"]
