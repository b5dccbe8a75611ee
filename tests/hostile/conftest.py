"""The hostile-input corpus: bombs and broken machines, built on the fly by the tests.

Nothing here is committed as a file: every test makes its hostile input (a zip bomb, a crafted
database, a read-only folder) in its own `tmp_path` and runs the real program on it in a
subprocess, so a case that goes wrong cannot take the test run down with it and its time and
memory can be measured.

How to write a case (the import and document tests use the same helpers)::

    def test_something_hostile(tmp_path, hostile_db, digiamt, sha256_of):   # fixtures
        before = sha256_of(hostile_db)
        outcome = digiamt("--db", hostile_db, "import", bomb, "--ars", "091620000000")
        assert outcome.status == 2
        assert outcome.stderr_lines == ["digiamt: error: ... names the file and the fault"]
        assert outcome.peak_mib < 400        # bounded memory (resource: the child's maxrss)
        assert sha256_of(hostile_db) == before   # the database is byte-identical

The fixture `run_command` gives `run_command(argv, ...)`, which runs any command and returns
an `Outcome`: the exit status, stdout and stderr (text), the wall-clock seconds and the
child's peak resident memory (`os.wait4`'s rusage, i.e. `resource`'s ru_maxrss, taken by a
small wrapper process so the test process's own size does not count). `timeout` kills a
runaway child (status -9, `timed_out` set) instead of hanging the run; `memory_limit_mib`
sets RLIMIT_AS in the child so a bomb that is not bounded fails there, not on the machine.
The fixture `digiamt` gives `digiamt(*args)`: `run_command` for `python -m digiamt_desk.cli`
with this worktree's code (or the checkout named by
DIGIAMT_CODE_UNDER_TEST, to measure the code before a fix; run from that folder). The
fixture `hostile_db` is a sound database (register loaded) in a folder of its own;
`sha256_of(path)` digests the file and its WAL; `program_environment` is the environment the
program runs with, for a test that starts it itself (pass its PYTHONPATH as `cwd`).

Time and memory are asserted as generous bounds (a bomb that is not bounded takes minutes and
gigabytes, a bounded one seconds and tens of megabytes), never as tight timings.
"""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Outcome:
    status: int  # the exit status; minus the signal number if a signal ended it
    stdout: str
    stderr: str
    seconds: float
    peak_mib: float  # the child's peak resident memory
    timed_out: bool = False

    @property
    def stderr_lines(self) -> list[str]:
        return [line for line in self.stderr.splitlines() if line.strip()]

    def __str__(self) -> str:  # shown by pytest when an assertion on the outcome fails
        return (f"exit {self.status} after {self.seconds:.1f} s, {self.peak_mib:.0f} MiB"
                f"{' (timed out)' if self.timed_out else ''}\n--- stdout\n{self.stdout[-2000:]}"
                f"\n--- stderr\n{self.stderr[-4000:]}")


# The measured program is started by this small wrapper, not by the test process: a child
# forked from a big process (pytest after the window tests holds hundreds of MiB) is charged
# its parent's resident pages in ru_maxrss until it execs. The wrapper forks the program from
# its own few MiB, waits for it with os.wait4 and writes the program's rusage to a file.
_WRAPPER = """
import os, resource, subprocess, sys
report, limit, *argv = sys.argv[1:]
if int(limit):
    resource.setrlimit(resource.RLIMIT_AS, (int(limit), int(limit)))
child = subprocess.Popen(argv)
_pid, status, usage = os.wait4(child.pid, 0)
code = os.waitstatus_to_exitcode(status)
with open(report, "w") as handle:
    handle.write(f"{code} {usage.ru_maxrss}")
sys.exit(code if code >= 0 else 128 - code)
"""


def run_command(argv: Sequence[str | os.PathLike[str]], *, cwd: Path | None = None,
                env: dict[str, str] | None = None, stdin: bytes | None = None,
                timeout: float = 120.0, memory_limit_mib: int | None = None) -> Outcome:
    """Run `argv`, wait for it (at most `timeout` seconds) and measure it."""
    environment = dict(os.environ if env is None else env)
    limit = (memory_limit_mib or 0) * 1024 * 1024
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.TemporaryFile() as given, tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "rusage"
        if stdin is not None:
            given.write(stdin)
            given.seek(0)
        started = time.perf_counter()
        process = subprocess.Popen(
            [sys.executable, "-c", _WRAPPER, str(report), str(limit),
             *[os.fspath(a) for a in argv]],
            cwd=cwd, env=environment, stdin=given if stdin is not None else subprocess.DEVNULL,
            stdout=out, stderr=err, start_new_session=True)
        timed_out = threading.Event()

        def kill() -> None:
            timed_out.set()
            os.killpg(process.pid, signal.SIGKILL)  # the wrapper and the program

        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            process.wait()
        finally:
            timer.cancel()
        seconds = time.perf_counter() - started
        status, peak_kib = process.returncode, 0
        if report.exists():
            code, maxrss = report.read_text().split()
            status, peak_kib = int(code), int(maxrss)
        out.seek(0)
        err.seek(0)
        return Outcome(status=status,
                       stdout=out.read().decode("utf-8", errors="replace"),
                       stderr=err.read().decode("utf-8", errors="replace"),
                       seconds=seconds, peak_mib=peak_kib / 1024,
                       timed_out=timed_out.is_set())


def program_env(**extra: str) -> dict[str, str]:
    """The environment the program runs with: this worktree's code, no display, no user db."""
    env = dict(os.environ)
    # DIGIAMT_CODE_UNDER_TEST points the cases at another checkout (to measure "before").
    env["PYTHONPATH"] = os.environ.get("DIGIAMT_CODE_UNDER_TEST", str(REPO))
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("DIGIAMT_DB", None)
    env.update(extra)
    return env


def digiamt(*args: str | os.PathLike[str], **options: object) -> Outcome:
    """`digiamt ARGS` in a subprocess with this worktree's code (options as for run_command)."""
    env = options.pop("env", None) or program_env()
    # `-m` puts the working folder first on sys.path: run where the code under test is.
    return run_command([sys.executable, "-m", "digiamt_desk.cli", *map(os.fspath, args)],
                       env=env, cwd=Path(env["PYTHONPATH"]), **options)  # type: ignore[arg-type]


def sha256_of(path: Path) -> str:
    """The digest of a file and of its -wal (a change in either is a change of the data)."""
    digest = hashlib.sha256(path.read_bytes())
    wal = Path(f"{path}-wal")
    if wal.exists():
        digest.update(wal.read_bytes())
    return digest.hexdigest()


@pytest.fixture
def hostile_db(template_db: Path, tmp_path: Path) -> Path:
    """A sound DigiAmt Desk database (the register loaded) in a folder of its own."""
    folder = tmp_path / "cases"
    folder.mkdir()
    path = folder / "cases.db"
    path.write_bytes(template_db.read_bytes())
    return path


@pytest.fixture(name="run_command")
def _run_command_fixture() -> object:
    """`run_command(argv, ...) -> Outcome` (see the module's docstring)."""
    return run_command


@pytest.fixture(name="digiamt")
def _digiamt_fixture() -> object:
    """`digiamt(*args, ...) -> Outcome`: the command line in a subprocess."""
    return digiamt


@pytest.fixture(name="sha256_of")
def _sha256_fixture() -> object:
    """`sha256_of(database) -> str`: equal before and after means the data did not change."""
    return sha256_of


@pytest.fixture(name="program_environment")
def _program_environment_fixture() -> dict[str, str]:
    """The environment `digiamt` runs with, for a test that starts the program itself."""
    return program_env()
