"""Settings that would make the program work without end (issue 14, item 4)."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from digiamt_desk.domain.importing import InputError
from digiamt_desk.services.applications import validate_reference_pattern


def _stored_pattern(db: Path) -> str | None:
    with contextlib.closing(sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)) as connection:
        row = connection.execute(
            "SELECT value FROM setting WHERE key = 'reference_pattern'").fetchone()
    return None if row is None else str(row[0])


@pytest.mark.parametrize("pattern", ["X-{seq!s:.0}", "X-{seq:>999999999}", "X-{seq:,}",
                                     "X-{ars:>40}", "X-{seq:0999d}"])
def test_a_reference_pattern_with_a_format_beyond_the_documented_is_refused_when_saved(
        hostile_db: Path, digiamt: Callable[..., object], sha256_of: Callable[[Path], str],
        pattern: str) -> None:
    before = sha256_of(hostile_db)
    outcome = digiamt("--db", hostile_db, "settings", "--set", f"reference_pattern={pattern}")
    assert outcome.status == 2, outcome  # type: ignore[attr-defined]
    lines = outcome.stderr_lines  # type: ignore[attr-defined]
    assert len(lines) == 1
    assert lines[0].startswith(f"digiamt: error: field 'reference_pattern': reference pattern "
                               f"'{pattern}': ")
    assert lines[0].endswith("is not allowed; the numbers year and seq may be padded with "
                             "zeros to at most 9 digits ({seq:04d}), the keys ags, key and "
                             "ars take no format")
    assert outcome.seconds < 60 and outcome.peak_mib < 400  # type: ignore[attr-defined]
    assert sha256_of(hostile_db) == before
    assert _stored_pattern(hostile_db) is None


def test_a_documented_pattern_is_kept_and_used(
        hostile_db: Path, digiamt: Callable[..., object]) -> None:
    saved = digiamt("--db", hostile_db, "settings", "--set",
                    "reference_pattern=D3-{year:04d}-{ags}-{seq:05d}")
    assert saved.status == 0, saved  # type: ignore[attr-defined]
    made = digiamt("--db", hostile_db, "new", "09162000")
    assert "D3-20" in made.stdout and "-09162000-00001:" in made.stdout, made  # type: ignore


@pytest.mark.parametrize("pattern", ["{seq}", "A-{seq:4}", "A/{year}/{seq:09d}", "{ars}-{seq:d}"])
def test_the_documented_forms_pass(pattern: str) -> None:
    validate_reference_pattern(pattern)  # refuses with InputError
    made = pattern.format(seq=7, year=2026, ags="09162000", key="09162", ars="091620000000")
    assert "7" in made and len(made) < 40  # accepted, and it makes a reference


def test_a_pattern_longer_than_the_limit_is_refused() -> None:
    with pytest.raises(InputError, match="at most 80 are allowed"):
        validate_reference_pattern("X" * 200 + "{seq}")
