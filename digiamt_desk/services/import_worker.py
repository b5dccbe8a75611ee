"""A large source parsed in a second process while this one stores its rows (issue 10).

An import of 100,000 rows spends about as long parsing and checking its rows (Python, one core)
as storing them (SQLite). The command line's import therefore forks a worker before it opens
the database: the worker parses the source as services.import_fast would and sends the
procedures on as it goes, in batches of tabular.SINK_RECORDS records; this process checks and
opens the database meanwhile and inserts each batch as it comes. Both cores work; the rows are
the same (tests/unit/test_import_worker.py compares the databases).

The worker plans the procedures as for a new application whose rows all have distinct web links
that are their own link key (import_merge.distinct_values), with the provider as merge_rows
decides it for the applicant it takes from the rows so far (the deepest ARS,
import_rules.deepest). When a later row names a deeper ARS (the applicant was another), the
worker sends RESET and plans the rows so far again. Where that plan does not hold, this process
asks for the rows themselves (ROWS, without their raw cells), which it merges and plans as for
any import (services.import_fast): a link that is not its own key or that an earlier row had (a
merge), an applicant that already has an application (a re-import compares with its
procedures) or that the register does not know, a source without ARS. The worker then sends
RESET and the rows so far. At the end it sends DONE with the source's report (ParsedSource
without rows) or FAILED with the error, which this process raises.

Messages are frames of one kind byte and a payload (marshal for the rows, pickle for the
report and the error) over a pipe. On POSIX the worker is a fork of this process (it shares the
source's bytes, and starts in a millisecond); elsewhere, and in a process that runs other
threads or Qt, a spawned interpreter (multiprocessing).
"""

from __future__ import annotations

import contextlib
import marshal
import os
import pickle
import queue
import struct
import sys
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from digiamt_desk.domain.importing import InputError, ParsedSource, Provider, SourceRow
from digiamt_desk.importers import LoadedSource, parse_bytes, tabular
from digiamt_desk.importers.tabular import SINK_RECORDS
from digiamt_desk.services.import_merge import distinct_values
from digiamt_desk.services.import_rules import add_named, deepest

# Below this many bytes a source is parsed in this process: a worker's start and the messages
# cost more than a small file's parse (about 10,000 rows of a dashboard export).
PARALLEL_MIN_BYTES = 2_000_000

# A worker sends a message every batch of records (a few hundredths of a second); one silent
# this long is taken for lost (stopped, swapping) and the source is parsed in this process.
SILENCE_SECONDS = 120.0

INSERTS, ROWS, RESET, DONE, FAILED = 1, 2, 3, 4, 5
WANT_ROWS = b"r"  # this process to the worker: send the rows, starting over
_HEADER = struct.Struct("<BQ")


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


class _Channel(Protocol):
    def send(self, kind: int, payload: bytes) -> None: ...

    def receive(self) -> tuple[int, bytes] | None: ...

    def asked(self) -> bool: ...

    def ask(self) -> None: ...

    def close(self) -> None: ...


class _Pipes:
    """Frames over two POSIX pipes: `incoming` is read, `outgoing` written."""

    def __init__(self, incoming: int, outgoing: int) -> None:
        self.incoming = incoming
        self.outgoing = outgoing

    def send(self, kind: int, payload: bytes) -> None:
        view = memoryview(_HEADER.pack(kind, len(payload)) + payload)
        while view:
            view = view[os.write(self.outgoing, view):]

    def _read(self, size: int) -> bytes | None:
        parts = []
        while size:
            part = os.read(self.incoming, min(size, 1 << 20))
            if not part:
                return None
            parts.append(part)
            size -= len(part)
        return b"".join(parts)

    def receive(self) -> tuple[int, bytes] | None:
        header = self._read(_HEADER.size)
        if header is None:
            return None
        kind, size = _HEADER.unpack(header)
        payload = self._read(size)
        return None if payload is None else (kind, payload)

    def asked(self) -> bool:
        os.set_blocking(self.incoming, False)
        try:
            return bool(os.read(self.incoming, 1))
        except BlockingIOError:
            return False
        finally:
            os.set_blocking(self.incoming, True)

    def ask(self) -> None:
        os.write(self.outgoing, WANT_ROWS)

    def close(self) -> None:
        for fd in (self.incoming, self.outgoing):
            with contextlib.suppress(OSError):
                os.close(fd)


class _Connection:
    """Frames over a multiprocessing connection (the spawned worker)."""

    def __init__(self, connection: Any) -> None:
        self.connection = connection

    def send(self, kind: int, payload: bytes) -> None:
        self.connection.send_bytes(bytes((kind,)) + payload)

    def receive(self) -> tuple[int, bytes] | None:
        try:
            data = self.connection.recv_bytes()
        except (EOFError, OSError):
            return None
        return data[0], data[1:]

    def asked(self) -> bool:
        if self.connection.poll():
            self.connection.recv_bytes()
            return True
        return False

    def ask(self) -> None:
        self.connection.send_bytes(WANT_ROWS)

    def close(self) -> None:
        self.connection.close()


class ParseWorker:
    """The worker as this process sees it: its messages, the request for rows, its end."""

    def __init__(self, channel: _Channel, stop: Any, pid: int | None) -> None:
        self.pid = pid  # the worker's process id
        self._channel = channel
        self._stop = stop
        self._queue: queue.SimpleQueue[tuple[int, bytes] | None] = queue.SimpleQueue()
        # The frames are read on a thread so that the worker never waits for this process
        # while it inserts (a pipe holds 64 KB; a batch is about 1.5 MB).
        self._reader = threading.Thread(target=self._pump, name="import-worker-reader",
                                        daemon=True)
        self._reader.start()

    @classmethod
    def start(cls, loaded: LoadedSource, *, mapping: dict[str, str] | None,
              base_url: str | None, applicant_given: bool, fork: bool | None = None,
              batch: int = SINK_RECORDS) -> ParseWorker:
        """A worker parsing `loaded`. `fork`: a fork (True) or a spawned interpreter (False);
        None decides (_may_fork). `batch`: records a message (tests use small ones)."""
        job = (loaded.content, loaded.source, loaded.filename, mapping, base_url,
               applicant_given, batch)
        if _may_fork() if fork is None else fork:
            return cls._forked(job)
        return cls._spawned(job)

    @classmethod
    def _forked(cls, job: tuple[Any, ...]) -> ParseWorker:
        from_parent, to_child = os.pipe()
        from_child, to_parent = os.pipe()
        pid = os.fork()
        if pid == 0:  # the worker: never returns
            os.close(to_child)
            os.close(from_child)
            _work(_Pipes(from_parent, to_parent), *job)
        os.close(from_parent)
        os.close(to_parent)
        channel = _Pipes(from_child, to_child)

        def stop() -> None:
            with contextlib.suppress(OSError):
                os.kill(pid, 9)
            with contextlib.suppress(ChildProcessError):
                os.waitpid(pid, 0)

        return cls(channel, stop, pid)

    @classmethod
    def _spawned(cls, job: tuple[Any, ...]) -> ParseWorker:
        import multiprocessing

        context = multiprocessing.get_context("spawn")
        here, there = context.Pipe(duplex=True)
        process = context.Process(target=_spawned_work, args=(there, *job), daemon=True,
                                  name="digiamt-import-worker")
        process.start()
        there.close()

        def stop() -> None:
            if process.is_alive():
                process.kill()
            process.join()

        return cls(_Connection(here), stop, process.pid)

    def _pump(self) -> None:
        while True:
            try:
                message = self._channel.receive()
            except OSError:
                message = None
            self._queue.put(message)
            if message is None:
                return

    def messages(self) -> Iterator[tuple[int, bytes]]:
        """The worker's messages in order; ends after DONE or FAILED. A worker that ends
        without either (killed, out of memory) or sends nothing for SILENCE_SECONDS raises
        WorkerLost: the caller parses the source itself then."""
        while True:
            try:
                message = self._queue.get(timeout=SILENCE_SECONDS)
            except queue.Empty:
                message = None
            if message is None:
                raise WorkerLost
            yield message
            if message[0] in (DONE, FAILED):
                return

    def want_rows(self) -> None:
        """Ask the worker for the rows instead of planned procedures (it sends RESET first)."""
        with contextlib.suppress(OSError):  # the worker has ended: its last message says how
            self._channel.ask()

    def stop(self) -> None:
        """End the worker (if it still runs) and its reader. The pipes are closed once the
        reader has seen their end: a descriptor closed under a blocked read could be reused by
        the next file this process opens, and the reader would read that."""
        self._stop()
        self._reader.join(timeout=5)
        if not self._reader.is_alive():
            self._channel.close()


class WorkerLost(Exception):
    """The worker ended without its last message."""


def _may_fork() -> bool:
    """Fork only a process that runs this thread alone and no Qt: a fork copies one thread,
    and locks other threads held stay locked in the copy."""
    return (hasattr(os, "fork") and threading.active_count() == 1
            and not any(name.startswith("PySide6") for name in sys.modules))


def _spawned_work(connection: Any, *job: Any) -> None:
    _work(_Connection(connection), *job)


def _work(channel: _Channel, content: bytes, source: str, filename: str,
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
    """The worker's side: the rows so far, what they allow, what was sent."""

    def __init__(self, channel: _Channel, applicant_given: bool) -> None:
        self.channel = channel
        self.applicant_given = applicant_given
        self.rows: list[SourceRow] = []
        self.named: dict[str, int] = {}
        self.below: str | None = None
        self.planned = True  # sending planned procedures (INSERTS), else ROWS
        self.sent = False

    def take(self, rows: list[SourceRow]) -> None:
        if self.planned and self.channel.asked():
            self._switch_to_rows()
        self.rows.extend(rows)
        if not self.planned:
            self._send_rows(rows)
            return
        add_named(self.named, rows)
        if not self.applicant_given and not self.named:  # no applicant to plan for (no ARS)
            self._switch_to_rows()
            return
        below = None if self.applicant_given else deepest(self.named)
        if self.sent and below != self.below:  # planned for another applicant: all again
            self.channel.send(RESET, b"")
            rows = self.rows
        self.below = below
        self._send_planned(rows)

    def _send_planned(self, rows: Sequence[SourceRow]) -> None:
        above: Any = set() if self.below is None else _Above(self.below)
        self.channel.send(INSERTS, marshal.dumps((self.below, distinct_values(rows, above))))
        self.sent = True

    def _switch_to_rows(self) -> None:
        self.planned = False
        if self.sent:
            self.channel.send(RESET, b"")
        self._send_rows(self.rows)

    def _send_rows(self, rows: Sequence[SourceRow]) -> None:
        if rows:
            self.channel.send(ROWS, marshal.dumps(
                [(r.row, r.title, r.url, r.leika_keys, r.provider._value_, r.ars, r.ozg_ids,
                  r.hints) for r in rows]))

    def finish(self, parsed: ParsedSource) -> None:
        if len(self.rows) < len(parsed.rows):  # a format read whole (not CSV): all at once
            self.take(parsed.rows[len(self.rows):])
        hinted = [row.hints for row in self.rows if row.hints] if self.planned else []
        outcome = Outcome(ParsedSource(parsed.source, parsed.format, [], parsed.skipped,
                                       parsed.warnings, parsed.columns, parsed.encoding),
                          len(parsed.rows), self.named, self.below, self.planned,
                          sum("no_online_link" in h for h in hinted),
                          sum("appointment" in h for h in hinted))
        self.channel.send(DONE, pickle.dumps(outcome))


_PROVIDERS = {provider.value: provider for provider in Provider}


def source_rows(compact: Sequence[tuple[Any, ...]]) -> list[SourceRow]:
    """The worker's ROWS as rows again (without their raw cells, which storing does not use)."""
    providers = _PROVIDERS
    return [SourceRow(row, title, url, tuple(keys), providers[provider], ars, tuple(ozg), {},
                      hints)
            for row, title, url, keys, provider, ars, ozg, hints in compact]


__all__ = ["DONE", "FAILED", "INSERTS", "PARALLEL_MIN_BYTES", "RESET", "ROWS", "Outcome",
           "ParseWorker", "WorkerLost", "source_rows"]
