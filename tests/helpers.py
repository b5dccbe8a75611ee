"""Small helpers the tests share (fixtures live in conftest.py)."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def write_csv(path: Path, lines: list[str], encoding: str = "utf-8") -> Path:
    """A CSV file as Excel writes it: CRLF line ends, in the given encoding."""
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path
