"""A throwaway PostgreSQL cluster on loopback for the team-mode tests.

`initdb` and `pg_ctl` from the Debian server package (`.ci/setup` installs it) run as an
unprivileged user: the `postgres` system user when the tests run as root (as in CI), else the
user running the tests. The cluster lives in a temporary folder that user owns, listens on a free
loopback port only (no Unix socket shared with anything else) and is stopped and removed at the
end of the session. Each test gets its own database, copied from a migrated template (CREATE
DATABASE ... TEMPLATE), so tests never see each other's rows.

Without the server binaries the PostgreSQL tests skip with that reason; in CI nothing skips.
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

_counter = itertools.count()
PASSWORD_LOGIN = "pwuser"


def server_binaries() -> Path | None:
    configured = os.environ.get("DIGIAMT_PG_BIN")
    candidates = [configured] if configured else sorted(
        glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[-2]),
        reverse=True)
    for candidate in candidates:
        if candidate and (Path(candidate) / "initdb").exists() and \
                (Path(candidate) / "pg_ctl").exists():
            return Path(candidate)
    found = shutil.which("initdb")
    return Path(found).parent if found and shutil.which("pg_ctl") else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Cluster:
    bin: Path
    folder: Path
    port: int
    superuser: str = "postgres"

    def url(self, database: str = "postgres", user: str | None = None) -> str:
        return f"postgresql://{user or self.superuser}@127.0.0.1:{self.port}/{database}"

    def admin_sql(self, statement: str, database: str = "postgres") -> None:
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=self.port, user=self.superuser,
                             dbname=database, autocommit=True) as connection:
            connection.execute(statement)  # type: ignore[arg-type]


def _as_owner(command: list[str]) -> list[str]:
    if os.geteuid() == 0:  # PostgreSQL refuses to run as root
        return ["runuser", "-u", "postgres", "--", *command]
    return command


def start_cluster(binaries: Path) -> Cluster:
    """initdb and start a cluster in a new temporary folder, on a free loopback port."""
    folder = Path(tempfile.mkdtemp(prefix="digiamt-pg-"))
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    data = folder / "data"
    port = _free_port()
    try:
        subprocess.run(_as_owner([str(binaries / "initdb"), "-D", str(data), "-U", "postgres",
                                  "-A", "trust", "-E", "UTF8", "--locale", "C.UTF-8",
                                  "--no-sync"]), check=True, capture_output=True)
        # One login that must give a password (the credential tests); everyone else is trusted.
        hba = data / "pg_hba.conf"
        hba.write_text(f"host all {PASSWORD_LOGIN} 127.0.0.1/32 scram-sha-256\n"
                       + hba.read_text())
        options = (f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off -c max_connections=60")
        subprocess.run(_as_owner([str(binaries / "pg_ctl"), "-D", str(data), "-o", options,
                                  "-l", str(folder / "server.log"), "-w", "start"]),
                       check=True, capture_output=True)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return Cluster(bin=binaries, folder=folder, port=port)


def stop_cluster(cluster: Cluster) -> None:
    subprocess.run(_as_owner([str(cluster.bin / "pg_ctl"), "-D", str(cluster.folder / "data"),
                              "-m", "immediate", "stop"]), capture_output=True)
    shutil.rmtree(cluster.folder, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    binaries = server_binaries()
    if binaries is None:
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) are not installed; "
                    "bash .ci/setup installs the Debian package 'postgresql'")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("the PostgreSQL driver psycopg is not installed")
    cluster = start_cluster(binaries)
    try:
        yield cluster
    finally:
        stop_cluster(cluster)


@pytest.fixture(scope="session")
def pg_template(pg_cluster: Cluster) -> str:
    """A database migrated to the newest schema with the register loaded."""
    from digiamt_desk.services.desk import open_desk

    pg_cluster.admin_sql("CREATE DATABASE digiamt_template")
    desk = open_desk(pg_cluster.url("digiamt_template"), reviewer="template")
    desk.close()
    return "digiamt_template"


def fresh_database(cluster: Cluster, template: str) -> str:
    name = f"t{os.getpid()}_{next(_counter)}"
    cluster.admin_sql(f"CREATE DATABASE {name} TEMPLATE {template}")
    return name


@pytest.fixture
def pg_url(pg_cluster: Cluster, pg_template: str) -> Iterator[str]:
    """The URL of a fresh, migrated database of its own (the superuser connects)."""
    name = fresh_database(pg_cluster, pg_template)
    yield pg_cluster.url(name)
    pg_cluster.admin_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


BACKENDS = ("sqlite", "postgresql")


def desk_on(request: pytest.FixtureRequest, reviewer: str = "Erika Prüferin") -> Iterator[Any]:
    """The `desk` of a test parametrised over BACKENDS: the SQLite copy of the conftest, or a
    fresh PostgreSQL database. Use as `yield from desk_on(request)` in a fixture named desk."""
    from helpers import Clock

    from digiamt_desk.services.desk import open_desk

    if request.param == "sqlite":
        location = str(request.getfixturevalue("db_path"))
    else:
        location = request.getfixturevalue("pg_url")
    opened = open_desk(location, reviewer=reviewer)
    opened.clock = Clock()
    yield opened
    opened.close()
