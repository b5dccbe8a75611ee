"""What a parse worker sends, stored as it comes (services.import_worker has the protocol).

Planned procedures (INSERTS) go into a new application for the applicant the worker planned
them for, in one transaction that stays open until the worker is done: it then says what the
whole source names, and the import is committed only if that is the applicant it was stored
for (else it is rolled back and parsed here). A RESET rolls back what was stored. Where the plan
does not hold (a link that merges, an applicant with an application, a key the register does not
know), this process asks for the rows instead (ROWS): they are merged and planned as for any
import (services.import_fast).
"""

from __future__ import annotations

import marshal
import pickle
import sqlite3
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from digiamt_desk.domain.importing import InputError, ParsedSource, SourceFormat
from digiamt_desk.domain.review import ReviewError
from digiamt_desk.importers import LoadedSource
from digiamt_desk.services.import_merge import ImportReport, sqlite_datetime
from digiamt_desk.services.import_rules import applicant_of, deepest
from digiamt_desk.services.import_worker import (
    DONE,
    FAILED,
    INSERTS,
    RESET,
    ROWS,
    Outcome,
    ParseWorker,
    WorkerLost,
    source_rows,
)
from digiamt_desk.services.import_workspace import (
    ApplicationRow,
    Workspace,
    finish_run,
    insert_application,
    insert_run,
    open_application,
)
from digiamt_desk.store.sqlite_import import ImportFile, insert_distinct


class Compressed(Protocol):
    """The source's bytes as the import run keeps them (zlib level 1), once they are ready."""

    def result(self) -> bytes: ...


class SlicedCompression:
    """zlib.compress(data, 1) a slice at a time, in the gaps between the worker's messages
    (`step`), where a thread beside the worker and the inserts would take a third of a core from
    them; `result` compresses what is left. The same bytes as one call (a test compares the
    databases of both ways)."""

    SLICE = 1 << 18  # bytes a step: about a millisecond

    def __init__(self, data: bytes) -> None:
        self._view = memoryview(data)
        self._at = 0
        self._zip = zlib.compressobj(1)
        self._parts: list[bytes] = []
        self._done: bytes | None = None

    def step(self) -> bool:
        """One slice; False once all is compressed."""
        if self._at >= len(self._view):
            return False
        self._parts.append(self._zip.compress(self._view[self._at:self._at + self.SLICE]))
        self._at += self.SLICE
        return True

    def result(self) -> bytes:
        if self._done is None:
            while self.step():
                pass
            self._parts.append(self._zip.flush())
            self._done = b"".join(self._parts)
            self._parts = []
        return self._done


@dataclass(slots=True)
class _Open:
    """The transaction the planned procedures go into."""

    application: ApplicationRow
    below: str | None  # the applicant as the worker planned for it (None: --ars)
    run_id: int
    now: str
    added: int = 0
    links: set[str] = field(default_factory=set)

    def distinct(self, values: list[tuple[str, ...]]) -> bool:
        """No link of the rows so far twice (the half of import_merge.all_distinct this
        process checks; the worker checks that each link is its own key)."""
        self.links.update([value[1] for value in values])
        return len(self.links) == self.added + len(values)


def receive(space: Workspace, worker: ParseWorker, loaded: LoadedSource,
            compressed: SlicedCompression, step: Callable[[str, int, int], None], *,
            ars: str | None, mapping: dict[str, str] | None,
            keep: list[object]) -> ImportReport | ParsedSource | None:
    """The import stored from the worker's messages (its report); or the source with its rows,
    to be merged; or None where the source is to be parsed in this process (the worker ended
    without its last message, or planned for an applicant that was not the source's)."""
    connection = space.target.connection
    current: _Open | None = None
    asked = False  # for the rows: planned procedures until the RESET are void
    compact: list[tuple[Any, ...]] = []
    try:
        with space.target.translated():
            for kind, payload in worker.messages(idle=compressed.step):
                if kind == INSERTS:
                    below, values = marshal.loads(payload)
                    keep.append(values)
                    if asked:
                        continue
                    if current is None:
                        current = _begin(space, connection, below, ars, loaded, mapping)
                    if current is None or not current.distinct(values):
                        worker.want_rows()
                        asked = True
                        continue
                    insert_distinct(connection, current.application.id or 0, current.run_id,
                                    values)
                    current.added += len(values)
                    step("store", current.added, current.added)
                elif kind == RESET:
                    asked = False
                    _rolled_back(space.target, current)
                    current = None
                elif kind == ROWS:
                    part = marshal.loads(payload)
                    keep.append(part)
                    compact.extend(part)
                elif kind == FAILED:
                    raise pickle.loads(payload)
                elif kind == DONE:
                    outcome: Outcome = pickle.loads(payload)
                    if not outcome.planned:
                        _rolled_back(space.target, current)
                        current = None
                        outcome.parsed.rows = source_rows(compact)
                        return outcome.parsed
                    if current is None or asked:  # done before it read the request for
                        _rolled_back(space.target, current)  # the rows: parsed here
                        return None
                    report = _finish(space, connection, current, outcome, ars, compressed)
                    current = None
                    return report
    except WorkerLost:
        _rolled_back(space.target, current)
        return None
    except BaseException:
        _rolled_back(space.target, current)
        raise
    return None  # pragma: no cover - messages() ends with DONE or FAILED


def _begin(space: Workspace, connection: sqlite3.Connection, below: str | None,
           ars: str | None, loaded: LoadedSource,
           mapping: dict[str, str] | None) -> _Open | None:
    """A new application for the applicant the worker planned for, and its run, in a new
    transaction; None where the rows are needed instead (an application is held already, or
    the register refuses the key: the rows' own path then says why)."""
    key = ars or below
    if key is None:  # pragma: no cover - the worker plans only with an applicant
        return None
    try:
        application = open_application(space, space.lookup(key).ars)
    except (InputError, ReviewError):
        return None
    if application.id is not None:  # a re-import: compared with the stored procedures
        return None
    space.target.begin(rollback_journal=True)
    application.id = insert_application(space, connection, application)
    now = sqlite_datetime(space.clock())
    # the run's format (CSV or the dashboard's) is set when the worker is done (_finish)
    source = ParsedSource(loaded.source, SourceFormat.CSV, [])
    run_id = insert_run(space, connection, application.id, source, 0, loaded.filename,
                        mapping, now)
    return _Open(application, below, run_id, now)


def _finish(space: Workspace, connection: sqlite3.Connection, current: _Open,
            outcome: Outcome, ars: str | None, compressed: Compressed) -> ImportReport | None:
    """The report of the stored import, committed; None (rolled back) where the source names
    another applicant than the one planned for. Errors of the applicant are raised as
    services.import_fast would raise them."""
    parsed = outcome.parsed

    def lookup(key: str) -> str:
        return space.lookup(key).ars

    if ars:
        applicant = str(lookup(ars))
    else:
        applicant, _ = applicant_of(lookup, outcome.named, parsed)
        if deepest(outcome.named) != current.below:
            _rolled_back(space.target, current)
            return None
    application = current.application
    if applicant != application.ars:
        _rolled_back(space.target, current)
        return None
    report = ImportReport.of_source(parsed, applicant, name=application.name,
                                    application_id=None, reference=application.reference)
    report.application_id = application.id or 0
    report.rows = outcome.rows
    report.no_online_link += outcome.no_online_link  # import_merge.count_distinct
    report.appointment += outcome.appointment
    report.added = current.added
    connection.execute("UPDATE import_run SET format = ? WHERE id = ?",
                       (parsed.format.value, current.run_id))
    finish_run(connection, current.run_id, report.application_id, report, compressed.result(),
               current.now)
    space.target.commit()
    return report


def _rolled_back(target: ImportFile, current: _Open | None) -> None:
    if current is not None:
        target.rollback()


__all__ = ["Compressed", "SlicedCompression", "receive"]
