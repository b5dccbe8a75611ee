"""Import an application's procedure list: parse, find the applicant, merge by link, store.

An import is one transaction: it lands whole or not at all (a bad row, a cancel or a crash
leave the database as it was). Re-importing merges by link and never touches a decision,
a criterion or a note.

Two ways store it, with the same rows (services.import_merge plans them): `import_source`
through an open Desk's engine (the window, PostgreSQL), and `import_into_file`, the command
line's import of a SQLite file on the DB-API alone (services.import_fast), which loads neither
SQLAlchemy nor SQLModel nor pydantic. Loading this module loads neither of them either.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING

from digiamt_desk.domain.review import ReviewError
from digiamt_desk.importers import LoadedSource, collector_paused, load_source
from digiamt_desk.services.import_merge import (
    NEW_COLUMNS,
    SHARED_LINK,
    SHARED_LINK_WARNING,
    SPLIT_MARK,
    UPDATED_COLUMNS,
    ImportReport,
    Merged,
    SharedLink,
    merge_rows,
    settled,
    summarise,
)
from digiamt_desk.services.import_rules import (
    DOWNLOAD_SECONDS_KEY,
    ImportCancelled,
    applicant_ars,
    download_seconds,
)

if TYPE_CHECKING:
    from digiamt_desk.services.desk import Desk

Progress = Callable[[str, int, int], None]
BATCH = 5000


def stepper(progress: Progress | None,
            cancelled: Callable[[], bool] | None) -> Callable[[str, int, int], None]:
    """Progress and the cancel check in one call (raises ImportCancelled)."""
    def step(phase: str, done: int, total: int) -> None:
        if progress is not None:
            progress(phase, done, total)
        if cancelled is not None and cancelled():
            raise ImportCancelled()
    return step


def import_source(desk: Desk, source: str, *, ars: str | None = None,
                  mapping: dict[str, str] | None = None, progress: Progress | None = None,
                  cancelled: Callable[[], bool] | None = None,
                  loaded: LoadedSource | None = None,
                  base_url: str | None = None) -> ImportReport:
    """Import a file or URL into the application of the authority it names (or `ars`).

    `loaded` is the source already read (the GUI reads it once for its preview)."""
    step = stepper(progress, cancelled)
    with collector_paused():
        from digiamt_desk.services.import_general import import_parsed

        step("read", 0, 1)
        if loaded is None:
            loaded = load_source(source, timeout=download_seconds(desk))
        # The source is kept compressed; zlib lets go of the GIL, so on a second core the
        # compression runs while the rows are parsed and merged (0.1 s of a 100,000-row import).
        with ThreadPoolExecutor(max_workers=1) as pool:
            compressed = pool.submit(zlib.compress, loaded.content, 1)
            return import_parsed(desk, ars, mapping, loaded, compressed, step, base_url)


__all__ = ["BATCH", "DOWNLOAD_SECONDS_KEY", "NEW_COLUMNS", "SHARED_LINK", "SHARED_LINK_WARNING",
           "SPLIT_MARK", "UPDATED_COLUMNS", "ImportCancelled", "ImportReport", "Merged",
           "ReviewError", "SharedLink", "applicant_ars", "download_seconds", "import_source",
           "merge_rows", "settled", "stepper", "summarise"]
