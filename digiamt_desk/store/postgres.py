"""PostgreSQL as the team's database: the URL, the driver (psycopg 3) and clear connection errors.

A `postgresql://USER@HOST[:PORT]/DB` location always means a server: it is never turned into a
file name. The password comes from the URL, the environment (`PGPASSWORD`, `PGSERVICE`,
`PGPASSFILE`/`~/.pgpass`, which libpq reads itself) or the prompt of the front end
(`PasswordNeeded` asks for it); it is handed to the driver for the connection and stored nowhere.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from digiamt_desk.store.errors import StoreError

SCHEMES = ("postgresql", "postgres")
# psycopg 3 under SQLAlchemy's name for it; `postgresql://` alone would mean psycopg2.
DRIVER = "postgresql+psycopg"
CONNECT_TIMEOUT_S = 10


class PasswordNeeded(StoreError):
    """The server wants a password and none came with the URL or the environment."""

    def __init__(self, url: str) -> None:
        self.url = url
        super().__init__(f"the server at {url} asks for a password: give it at the prompt, in "
                         "PGPASSWORD or in ~/.pgpass")


def is_server_url(location: str) -> bool:
    scheme = location.split("://", 1)[0].lower() if "://" in location else ""
    return scheme.split("+", 1)[0] in SCHEMES


def driver_url(location: str) -> str:
    """The SQLAlchemy URL for a postgresql:// location, with psycopg 3 as its driver."""
    try:
        url = make_url(location)
    except ArgumentError as exc:
        raise StoreError(f"'{safe_location(location)}' is no valid database URL: {exc}") from exc
    if url.drivername not in ("postgresql", "postgres", DRIVER):
        raise StoreError(f"'{url.drivername}' is not supported; use postgresql:// "
                         "(the psycopg 3 driver)")
    if not url.database:
        raise StoreError(f"the URL '{safe_location(location)}' names no database "
                         "(postgresql://USER@HOST/DATABASE)")
    return url.set(drivername=DRIVER).render_as_string(hide_password=False)


def safe_location(location: str) -> str:
    """The URL without its password, for messages and for the files a checkout writes."""
    try:
        url: URL = make_url(location)
    except ArgumentError:
        return location.split("@")[-1]
    if url.password:
        url = url.set(password=None)
    return url.render_as_string(hide_password=True).replace(f"{DRIVER}://", "postgresql://")


def _require_driver() -> None:
    try:
        import psycopg  # noqa: F401
    except ImportError as exc:
        raise StoreError("the PostgreSQL driver is missing: install psycopg 3 "
                         "(pip install 'psycopg[binary]'); nothing was written") from exc


def make_server_engine(location: str, *, password: str | None = None,
                       application_name: str = "digiamt") -> Engine:
    """An engine for the server, after one connection proved it reachable."""
    from digiamt_desk.store.tables import server_options

    _require_driver()
    server_options()  # the partial index's WHERE on PostgreSQL (store/tables.py)
    connect_args: dict[str, Any] = {"connect_timeout": CONNECT_TIMEOUT_S,
                                    "application_name": application_name}
    if password is not None:
        connect_args["password"] = password
    engine = create_engine(driver_url(location), pool_pre_ping=True,
                           connect_args=connect_args)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Timestamps read back the way they were written (UTC), whatever the server's zone.
        with dbapi_connection.cursor() as cursor:
            cursor.execute("SET TIME ZONE 'UTC'")
        dbapi_connection.commit()

    probe(engine, location)
    return engine


def probe(engine: Engine, location: str) -> None:
    """Connect once: a wrong host, port, database, login or password ends here, explained."""
    from sqlalchemy.exc import DBAPIError

    try:
        with engine.connect():
            pass
    except DBAPIError as exc:
        engine.dispose()
        raise connection_error(exc.orig, location) from exc


def connection_error(error: BaseException | None, location: str) -> StoreError:
    text = str(error or "").strip()
    where = safe_location(location)
    lowered = text.lower()
    if "no password supplied" in lowered:
        return PasswordNeeded(where)
    if "password authentication failed" in lowered:
        return StoreError(f"{where}: the server refused the login (wrong password?)")
    if "does not exist" in lowered and "database" in lowered:
        return StoreError(f"{where}: no such database on the server; the administrator creates "
                          "it (README: team server)")
    if "connection refused" in lowered or "could not connect" in lowered \
            or "timeout" in lowered or "could not translate host name" in lowered:
        first = text.splitlines()[0] if text else ""
        return StoreError(f"{where}: the server cannot be reached ({first.strip()}); nothing "
                          "was written")
    return StoreError(f"{where}: {text.splitlines()[0] if text else 'connection failed'}")


def refusal(error: BaseException) -> str:
    """The first line of what the server said (a guard's or a grant's refusal)."""
    original = getattr(error, "orig", None) or error
    diagnostic = getattr(original, "diag", None)
    primary = getattr(diagnostic, "message_primary", None)
    return str(primary or str(original).strip().splitlines()[0])
