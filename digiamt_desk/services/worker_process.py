"""A child process that sends framed messages to this one, read on a thread of their own
(services.import_worker's parse worker).

On POSIX the child is a fork of this process (it shares this process's memory as it was, and
starts in a millisecond); elsewhere, and in a process that runs other threads or Qt, it is a
spawned interpreter (multiprocessing), whose target gets its arguments pickled. A message is
a kind (one byte) and a payload; the child reads requests of one byte the other way.
"""

from __future__ import annotations

import contextlib
import os
import queue
import struct
import sys
import threading
from collections.abc import Callable, Iterator
from typing import Any, Protocol

try:
    import fcntl
except ImportError:  # Windows: the spawned child talks through multiprocessing's pipe
    fcntl = None  # type: ignore[assignment]

_HEADER = struct.Struct("<BQ")
PIPE_BYTES = 1 << 20  # Linux's default /proc/sys/fs/pipe-max-size
REQUEST = b"r"  # the one request this process sends (the child decides what it means)


class WorkerLost(Exception):
    """The child ended without its last message, or fell silent for too long."""


class Channel(Protocol):
    """The child's end: send messages, look for a request."""

    def send(self, kind: int, payload: bytes) -> None: ...

    def asked(self) -> bool: ...


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
        os.write(self.outgoing, REQUEST)

    def close(self) -> None:
        for fd in (self.incoming, self.outgoing):
            with contextlib.suppress(OSError):
                os.close(fd)


class _Connection:
    """Frames over a multiprocessing connection (the spawned child)."""

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
        self.connection.send_bytes(REQUEST)

    def close(self) -> None:
        self.connection.close()


Target = Callable[..., None]  # target(channel, *job): runs in the child, never returns


class WorkerProcess:
    """The child as this process sees it: its messages, the request, its end."""

    def __init__(self, channel: _Pipes | _Connection, stop: Callable[[], None],
                 pid: int | None, last: frozenset[int], silence: Callable[[], float]) -> None:
        self.pid = pid  # the child's process id
        self._channel = channel
        self._stop = stop
        self._last = last
        self._silence = silence
        self._queue: queue.SimpleQueue[tuple[int, bytes] | None] = queue.SimpleQueue()
        # The frames are read on a thread so that the child never waits for this process
        # while it works (a pipe holds 64 KB; a message may be megabytes).
        self._reader = threading.Thread(target=self._pump, name="worker-reader", daemon=True)
        self._reader.start()

    @classmethod
    def start(cls, target: Target, job: tuple[Any, ...], *, last: frozenset[int],
              silence: Callable[[], float], fork: bool | None = None) -> WorkerProcess:
        """`target(channel, *job)` in a child. `last`: the kinds of message after which the
        child has nothing more to say; `silence()`: the seconds without a message after which
        it counts as lost. `fork`: True or False; None decides (may_fork)."""
        if may_fork() if fork is None else fork:
            return cls._forked(target, job, last, silence)
        return cls._spawned(target, job, last, silence)

    @classmethod
    def _forked(cls, target: Target, job: tuple[Any, ...], last: frozenset[int],
                silence: Callable[[], float]) -> WorkerProcess:
        from_parent, to_child = os.pipe()
        from_child, to_parent = os.pipe()
        _widen(to_parent)
        pid = os.fork()
        if pid == 0:  # the child: never returns
            os.close(to_child)
            os.close(from_child)
            target(_Pipes(from_parent, to_parent), *job)
            os._exit(0)  # pragma: no cover - the target leaves itself
        os.close(from_parent)
        os.close(to_parent)

        def stop() -> None:
            with contextlib.suppress(OSError):
                os.kill(pid, 9)
            with contextlib.suppress(ChildProcessError):
                os.waitpid(pid, 0)

        return cls(_Pipes(from_child, to_child), stop, pid, last, silence)

    @classmethod
    def _spawned(cls, target: Target, job: tuple[Any, ...], last: frozenset[int],
                 silence: Callable[[], float]) -> WorkerProcess:
        import multiprocessing

        context = multiprocessing.get_context("spawn")
        here, there = context.Pipe(duplex=True)
        process = context.Process(target=_spawned, args=(target, there, *job), daemon=True,
                                  name="digiamt-worker")
        process.start()
        there.close()

        def stop() -> None:
            if process.is_alive():
                process.kill()
            process.join()

        return cls(_Connection(here), stop, process.pid, last, silence)

    def _pump(self) -> None:
        while True:
            try:
                message = self._channel.receive()
            except OSError:
                message = None
            self._queue.put(message)
            if message is None:
                return

    def messages(self, idle: Callable[[], bool] | None = None
                 ) -> Iterator[tuple[int, bytes]]:
        """The child's messages in order, up to one of the `last` kinds; WorkerLost if it
        ends without one (killed, out of memory) or says nothing for `silence()` seconds.
        `idle()` is called while no message waits, as long as it says it did some work (a
        short step each time): this process's own work in the gaps, not beside the child."""
        while True:
            try:
                message = self._queue.get_nowait()
            except queue.Empty:
                if idle is not None and idle():
                    continue
                try:
                    message = self._queue.get(timeout=self._silence())
                except queue.Empty:
                    message = None
            if message is None:
                raise WorkerLost
            yield message
            if message[0] in self._last:
                return

    def ask(self) -> None:
        """Send the child the request (it reads it when it looks, Channel.asked)."""
        with contextlib.suppress(OSError):  # the child has ended: its last message says how
            self._channel.ask()

    def stop(self) -> None:
        """End the child (if it still runs) and the reader. The pipes are closed once the
        reader has seen their end: a descriptor closed under a blocked read could be reused by
        the next file this process opens, and the reader would read that."""
        self._stop()
        self._reader.join(timeout=5)
        if not self._reader.is_alive():
            self._channel.close()


def _widen(fd: int) -> None:
    """A pipe of 1 MB where the system allows it (Linux; 64 KB otherwise): a message of a few
    hundred KB is then written at once, where through 64 KB the child waited for this
    process's reader to get the GIL five times a message (0.06-0.08 s of a 100,000-row
    import)."""
    size = getattr(fcntl, "F_SETPIPE_SZ", None) if fcntl is not None else None
    if size is not None:
        with contextlib.suppress(OSError):
            fcntl.fcntl(fd, size, PIPE_BYTES)


def may_fork() -> bool:
    """Fork only a process that runs this thread alone and no Qt: a fork copies one thread,
    and locks other threads held stay locked in the copy."""
    return (hasattr(os, "fork") and threading.active_count() == 1
            and not any(name.startswith("PySide6") for name in sys.modules))


def _spawned(target: Target, connection: Any, *job: Any) -> None:
    target(_Connection(connection), *job)


__all__ = ["REQUEST", "Channel", "Target", "WorkerLost", "WorkerProcess", "may_fork"]
