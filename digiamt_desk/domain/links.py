"""Links of online procedures: what kind a link is and the key under which two links are the same.

Two rows point to the same procedure when their links are equal after normalising the scheme and
host case, the default port, a trailing slash and the fragment. http and https stay different
here: whether they lead to the same page is for the link check to find out.
"""

from __future__ import annotations

import re
from enum import StrEnum
from urllib.parse import SplitResult, urlsplit, urlunsplit


class LinkKind(StrEnum):
    HTTP = "http"  # http or https: can be an online procedure
    MAILTO = "mailto"  # an e-mail address: never an online procedure
    FILE = "file"  # a bare file name or a path: nothing a citizen can open
    OTHER = "other"  # any other scheme or text that is no link


_DEFAULT_PORTS = {"http": 80, "https": 443}
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_HOSTLIKE = re.compile(r"^(www\d?\.)?[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(:\d+)?([/?#]|$)")
_FILELIKE = re.compile(r"\.(pdf|docx?|xlsx?|odt|ods|rtf|txt|zip|html?)$", re.IGNORECASE)
_EMAIL = re.compile(r"^[^@\s/:]+@[^@\s/]+\.[A-Za-z]{2,}$")
_DRIVE = re.compile(r"^[A-Za-z]:[\\/]")


def link_kind(url: str) -> LinkKind:
    text = url.strip()
    lowered = text.lower()
    if lowered.startswith(("http://", "https://")):
        return LinkKind.HTTP
    if lowered.startswith("mailto:") or _EMAIL.match(text):
        return LinkKind.MAILTO
    if lowered.startswith("file:"):
        return LinkKind.FILE
    if _SCHEME.match(text) and not _DRIVE.match(text):
        return LinkKind.OTHER
    if "/" in text or "\\" in text or _FILELIKE.search(lowered):
        return LinkKind.FILE
    return LinkKind.OTHER


def complete_scheme(url: str) -> str | None:
    """'www.stadt.de/antrag' -> 'https://www.stadt.de/antrag'; None when the text is no host."""
    text = url.strip()
    if _SCHEME.match(text) and not re.match(r"^[^:/]+:\d", text):
        return None
    host = re.split(r"[/?#]", text, maxsplit=1)[0]
    if _HOSTLIKE.match(text) and "@" not in host and not _FILELIKE.search(host):
        return "https://" + text
    return None


# A link that normalising would not change: lower-case host without port or credentials, no
# fragment. Checked with one C-level match, since an import of 100,000 rows asks for each.
_ALREADY_NORMAL = re.compile(r"https?://[a-z0-9-]+(?:\.[a-z0-9-]+)*(?:[/?][^#\s]*)?")


# The pattern itself, for a loop that inlines the check (services.import_merge.merge_rows).
NORMAL_LINK = _ALREADY_NORMAL


def _already_normal(text: str) -> bool:
    return _ALREADY_NORMAL.fullmatch(text) is not None and not text.endswith("/")


def normalize_link(url: str) -> str:
    """The key under which links count as the same procedure."""
    text = url.strip()
    if _already_normal(text):
        return text
    if link_kind(text) is not LinkKind.HTTP:
        if text.lower().startswith("mailto:"):
            return "mailto:" + text[7:].strip().lower()
        return text
    parts = urlsplit(text)
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    try:
        port = parts.port
    except ValueError:
        port = None
    netloc = host
    if parts.username or parts.password:
        credentials = parts.username or ""
        if parts.password:
            credentials += ":" + parts.password
        netloc = f"{credentials}@{host}"
    if port is not None and port != _DEFAULT_PORTS.get(scheme):
        netloc += f":{port}"
    path = parts.path.rstrip("/")
    return urlunsplit(SplitResult(scheme, netloc, path, parts.query, ""))


def link_key(url: str) -> tuple[str, LinkKind]:
    """normalize_link and link_kind in one step, quick for the common well-formed link."""
    text = url.strip()
    if _already_normal(text):
        return text, LinkKind.HTTP
    return normalize_link(text), link_kind(text)
