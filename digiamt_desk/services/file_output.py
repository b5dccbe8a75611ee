"""What every writer of files for people shares: no half-written file, no cell Excel runs.

Documents, the export and the public list all write a file under a temporary name first and
rename it into place, so a full disk or a crash never leaves a truncated file under the real
name. Spreadsheet cells that begin like a formula are written as text (OWASP's advice on CSV
injection: `=`, `+`, `-`, `@`, tab, CR; `|` and `%` also start DDE and macro tricks)."""

from __future__ import annotations

import os
from pathlib import Path

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "|", "%")


def looks_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def csv_safe(text: str) -> str:
    """A CSV cell Excel shows as text: an apostrophe before a formula-like start."""
    return "'" + text if looks_like_formula(text) else text


def replace_file(target: Path, content: bytes) -> None:
    """Write `content` to `target` through a temporary file and a rename; on an OSError the
    temporary file is removed and the error goes to the caller, which names its file."""
    temporary = target.with_name(f".{target.name}.{os.getpid()}.part")
    try:
        temporary.write_bytes(content)
        os.replace(temporary, target)
    except OSError:
        temporary.unlink(missing_ok=True)
        raise
