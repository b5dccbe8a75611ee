"""A large source parsed in a second process while this one stores its rows (issue 10).

An import of 100,000 rows spends about as long parsing and checking its rows (Python, one core)
as storing them (SQLite). The command line's import therefore forks a worker before it opens
the database: the worker parses the source as services.import_fast would and sends the
procedures on as it goes, in batches of tabular.SINK_RECORDS records; this process checks and
opens the database meanwhile and inserts each batch as it comes. Both cores work; the rows are
the same (tests/unit/test_import_worker.py compares the databases).

The worker plans the procedures as for a new application whose rows all have distinct web links
that are their own link key (import_merge.compact_values), with the provider as merge_rows
decides it for the applicant it takes from the rows so far (the deepest ARS,
import_rules.deepest). When a later row names a deeper ARS (the applicant was another), the
worker sends RESET and plans the rows so far again. Where that plan does not hold, the rows
themselves are sent (ROWS, without their raw cells) and merged and planned here as for any
import (services.import_fast): the worker switches to them for a link that is not its own key
or a source without ARS, this process asks for them for a link an earlier row had (a merge), an
applicant that already has an application (a re-import compares with its procedures) or that
the register does not know. The worker then sends RESET and the rows so far. At the end it
sends DONE with the source's report (ParsedSource without rows) or FAILED with the error,
which this process raises.

Messages are marshal for the rows, pickle for the report and the error, over the pipe of
services.worker_process (a fork on POSIX, which shares the source's bytes; else a spawned
interpreter).
"""

from __future__ import annotations

import marshal
import os
import pickle
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from digiamt_desk.domain.importing import InputError, ParsedSource, Provider, SourceRow
from digiamt_desk.importers import LoadedSource, parse_bytes, tabular
from digiamt_desk.importers.tabular import SINK_RECORDS, CompactRow
from digiamt_desk.services.import_merge import compact_values, own_keys
from digiamt_desk.services.import_rules import deepest
from digiamt_desk.services.worker_process import Channel, WorkerLost, WorkerProcess

# Below this many bytes a source is parsed in this process: a worker's start and the messages
# cost more than a small file's parse (about 10,000 rows of a dashboard export).
PARALLEL_MIN_BYTES = 2_000_000

# A worker sends a message every batch of records (a few hundredths of a second); one silent
# this long is taken for lost (stopped, swapping) and the source is parsed in this process.
SILENCE_SECONDS = 120.0

INSERTS, ROWS, RESET, DONE, FAILED = 1, 2, 3, 4, 5


@dataclass
class Outcome:
    """What the worker sends last: the source without its rows, what it found in them, and
    whether the procedures it sent were planned (INSERTS) or are rows to merge (ROWS)."""

    parsed: ParsedSource
    rows: int
    named: dict[str, int] = field(default_factory=dict)
    below: str | None = None  # the applicant the INSERTS were planned for (None: --ars)
    planned: bool = True
    no_online_link: int = 0  # import_merge.count_distinct's counts of the planned rows
    appointment: int = 0


class ParseWorker:
    """The worker as this process sees it: its messages, the request for rows, its end."""

    def __init__(self, process: WorkerProcess) -> None:
        self.process = process
        self.pid = process.pid

    @classmethod
    def start(cls, loaded: LoadedSource, *, mapping: dict[str, str] | None,
              base_url: str | None, applicant_given: bool, fork: bool | None = None,
              batch: int = SINK_RECORDS) -> ParseWorker:
        """A worker parsing `loaded`. `fork`: a fork (True) or a spawned interpreter (False);
        None decides (worker_process.may_fork). `batch`: records a message (tests use small
        ones)."""
        job = (loaded.content, loaded.source, loaded.filename, mapping, base_url,
               applicant_given, batch)
        return cls(WorkerProcess.start(_work, job, last=frozenset({DONE, FAILED}),
                                       silence=lambda: SILENCE_SECONDS, fork=fork))

    def messages(self, idle: Callable[[], bool] | None = None
                 ) -> Iterator[tuple[int, bytes]]:
        """The worker's messages in order, up to DONE or FAILED; WorkerLost if it dies or falls
        silent for SILENCE_SECONDS (the caller parses the source itself then). `idle`: see
        WorkerProcess.messages."""
        return self.process.messages(idle)

    def want_rows(self) -> None:
        """Ask the worker for the rows instead of planned procedures (it sends RESET first)."""
        self.process.ask()

    def stop(self) -> None:
        self.process.stop()


def _work(channel: Channel, content: bytes, source: str, filename: str,
          mapping: dict[str, str] | None, base_url: str | None,
          applicant_given: bool, batch: int) -> None:
    """The worker: parse, stream, report; then leave at once (no teardown of the rows)."""
    import gc

    gc.disable()
    tabular.SINK_RECORDS = batch  # this process's own copy of the module
    status = 0
    try:
        stream = _Stream(channel, applicant_given)
        parsed = parse_bytes(content, source, mapping=mapping, filename=filename,
                             base_url=base_url, sink=stream.take)
        stream.finish(parsed)
    except BaseException as error:
        try:
            channel.send(FAILED, _pickled_error(error))
        except OSError:
            status = 1
    finally:
        # at once: no atexit handlers, no flush of what the parent had buffered before the fork
        os._exit(status)


def _pickled_error(error: BaseException) -> bytes:
    try:
        return pickle.dumps(error)
    except Exception:
        return pickle.dumps(InputError(f"could not be read ({type(error).__name__})",
                                       code="unreadable", kind=type(error).__name__))


class _Above:
    """import_merge's `central_ars` for the applicant `below`: every other ARS a source names
    (the rows only hold ARS the source names, or None)."""

    def __init__(self, below: str) -> None:
        self.below = below

    def __contains__(self, ars: object) -> bool:
        return bool(ars) and ars != self.below


class _Stream:
    """The worker's side: the rows so far (tabular.CompactRow), what they allow, what was
    sent."""

    def __init__(self, channel: Channel, applicant_given: bool) -> None:
        self.channel = channel
        self.applicant_given = applicant_given
        self.rows: list[CompactRow] = []
        self.named: dict[str, int] = {}
        self.below: str | None = None
        self.planned = True  # sending planned procedures (INSERTS), else ROWS
        self.sent = False

    def take(self, rows: list[CompactRow]) -> None:
        if self.planned and self.channel.asked():
            self._switch_to_rows()
        self.rows.extend(rows)
        if not self.planned:
            self._send_rows(rows)
            return
        _add_named(self.named, rows)
        if (not self.applicant_given and not self.named) \
                or not own_keys([row[2] for row in rows]):
            # no applicant to plan for (no ARS), or a link that is not its own key (this
            # process checks that no link comes twice: the two halves of all_distinct)
            self._switch_to_rows()
            return
        below = None if self.applicant_given else deepest(self.named)
        if self.sent and below != self.below:  # planned for another applicant: all again
            self.channel.send(RESET, b"")
            rows = self.rows
        self.below = below
        self._send_planned(rows)

    def _send_planned(self, rows: Sequence[CompactRow]) -> None:
        above: Any = set() if self.below is None else _Above(self.below)
        self.channel.send(INSERTS, marshal.dumps((self.below, compact_values(rows, above))))
        self.sent = True

    def _switch_to_rows(self) -> None:
        self.planned = False
        if self.sent:
            self.channel.send(RESET, b"")
        self._send_rows(self.rows)

    def _send_rows(self, rows: Sequence[CompactRow]) -> None:
        if rows:
            self.channel.send(ROWS, marshal.dumps(
                [(number, title, url, keys, provider._value_, ars, ids, hints)
                 for number, title, url, keys, provider, ars, ids, hints in rows]))

    def finish(self, parsed: ParsedSource) -> None:
        if parsed.rows:  # a format read whole (not CSV, no sink): all at once
            self.take([(r.row, r.title, r.url, r.leika_keys, r.provider, r.ars, r.ozg_ids,
                        r.hints) for r in parsed.rows])
        hinted = [row[7] for row in self.rows if row[7]] if self.planned else []
        outcome = Outcome(ParsedSource(parsed.source, parsed.format, [], parsed.skipped,
                                       parsed.warnings, parsed.columns, parsed.encoding),
                          len(self.rows), self.named, self.below, self.planned,
                          sum("no_online_link" in h for h in hinted),
                          sum("appointment" in h for h in hinted))
        self.channel.send(DONE, pickle.dumps(outcome))


def _add_named(named: dict[str, int], rows: Sequence[CompactRow]) -> None:
    """import_rules.add_named for CompactRows (the ARS is the sixth field, the row the first)."""
    new = {row[5] for row in rows} - named.keys()  # mostly none: the rows name few
    new.discard(None)
    new.discard("")
    if new:
        for number, _title, _url, _keys, _provider, ars, _ids, _hints in rows:
            if ars and ars in new and ars not in named:
                named[ars] = number


_PROVIDERS = {provider.value: provider for provider in Provider}


def source_rows(compact: Sequence[tuple[Any, ...]]) -> list[SourceRow]:
    """The worker's ROWS as rows again (without their raw cells, which storing does not use)."""
    providers = _PROVIDERS
    return [SourceRow(row, title, url, tuple(keys), providers[provider], ars, tuple(ozg), {},
                      hints)
            for row, title, url, keys, provider, ars, ozg, hints in compact]


__all__ = ["DONE", "FAILED", "INSERTS", "PARALLEL_MIN_BYTES", "RESET", "ROWS", "Outcome",
           "ParseWorker", "WorkerLost", "source_rows"]
