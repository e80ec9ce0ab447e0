"""Where one computer finds the data (DESIGN §7): the default file, another SQLite file, or an
office PostgreSQL server, as the connection URL the settings keep; and a quick connection test
whose outcome the window can word for a clerk. No Qt here, so it is tested without a screen."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from unionapp.db.engine import Database, default_url, resolve_url

DEFAULT, SQLITE, POSTGRESQL = "default", "sqlite", "postgresql"
POSTGRES_PORT = 5432
# Seconds psycopg waits for the server. libpq waits for ever by default (in practice the
# operating system's TCP timeout, minutes): a switched-off server would hang the start.
START_TIMEOUT = 10
TEST_TIMEOUT = 5


@dataclass(frozen=True)
class Location:
    kind: str = DEFAULT  # DEFAULT, SQLITE or POSTGRESQL
    path: str = ""  # SQLITE: the file
    host: str = ""
    port: int = POSTGRES_PORT
    database: str = ""
    username: str = ""
    password: str = ""

    def url(self) -> str:
        """The URL to keep in the settings; "" for the default file. URL.create escapes what a
        password may hold (@ : / %), and the password is written out, not hidden as str() would."""
        if self.kind == SQLITE:
            return URL.create("sqlite", database=str(Path(self.path).expanduser())).render_as_string(hide_password=False)
        if self.kind == POSTGRESQL:
            return URL.create(
                "postgresql+psycopg", username=self.username or None, password=self.password or None,
                host=self.host, port=self.port, database=self.database,
                query={"connect_timeout": str(START_TIMEOUT)},
            ).render_as_string(hide_password=False)
        return ""


def location_from_url(url: str) -> Location:
    """The choice a saved URL stands for, to fill the form; anything unreadable is the default."""
    if not url:
        return Location()
    try:
        parsed = make_url(resolve_url(url))
    except (ArgumentError, ValueError):
        return Location()
    backend = parsed.get_backend_name()
    if backend == "sqlite" and parsed.database and parsed.database != ":memory:":
        return Location(SQLITE, path=parsed.database)
    if backend == "postgresql":
        return Location(POSTGRESQL, host=parsed.host or "", port=parsed.port or POSTGRES_PORT,
                        database=parsed.database or "", username=parsed.username or "",
                        password=parsed.password or "")
    return Location()


# Outcomes of a connection test.
OURS, EMPTY, FOREIGN, NEW_FILE = "ours", "empty", "foreign", "new_file"
# Kinds of failure, each with its own advice in the window.
UNREACHABLE, LOGIN, NO_DATABASE, NOT_A_DATABASE, CANNOT_OPEN, BAD_URL, OTHER = (
    "unreachable", "login", "no_database", "not_a_database", "cannot_open", "bad_url", "other")

_PROBLEM_WORDS = (  # lower-case fragments of psycopg / sqlite3 messages, most specific first
    (LOGIN, ("password authentication failed", "no password supplied", 'role "')),
    (NO_DATABASE, ('database "',)),
    (UNREACHABLE, ("connection refused", "timeout expired", "timed out", "could not translate host name",
                   "name or service not known", "nodename nor servname", "no route to host",
                   "network is unreachable", "could not connect")),
    (NOT_A_DATABASE, ("file is not a database", "file is encrypted")),
    (CANNOT_OPEN, ("unable to open database file", "readonly database", "read-only")),
)


@dataclass(frozen=True)
class ProbeResult:
    ok: bool
    state: str = ""  # when ok: OURS, EMPTY, FOREIGN or NEW_FILE
    problem: str = ""  # when not ok: one of the kinds above
    detail: str = ""  # the first line of the driver's message, or the file concerned


def first_line(exc: BaseException) -> str:
    """The driver's own first line, without SQLAlchemy's "(psycopg.OperationalError)" prefix."""
    source = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    lines = [line.strip() for line in str(source).splitlines() if line.strip()]
    return lines[0] if lines else type(source).__name__


def classify(message: str) -> str:
    lowered = message.lower()
    for problem, fragments in _PROBLEM_WORDS:
        if any(fragment in lowered for fragment in fragments):
            return problem
    return OTHER


def _missing_file(path: Path) -> ProbeResult:
    """A file not there yet is made at the next start (make_engine creates its folders too), as
    long as the nearest folder that exists can be written to. Nothing is created by the test."""
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if folder.is_dir() and os.access(folder, os.W_OK):
        return ProbeResult(True, NEW_FILE, detail=str(path))
    return ProbeResult(False, problem=CANNOT_OPEN, detail=str(folder))


def probe(url: str | None, timeout: int = TEST_TIMEOUT) -> ProbeResult:
    """Open `url` ("" or None: the default file), run a trivial query and see whether the database
    holds this program's tables. Never raises: the window runs it as a background job and words
    the outcome. A PostgreSQL server gets `timeout` seconds to answer."""
    try:
        parsed = make_url(resolve_url(url or default_url()))
    except (ArgumentError, ValueError) as exc:
        return ProbeResult(False, problem=BAD_URL, detail=first_line(exc))
    if parsed.get_backend_name() == "sqlite":
        path = Path(parsed.database or "")
        if not path.exists():
            return _missing_file(path)
        if not path.is_file():
            return ProbeResult(False, problem=CANNOT_OPEN, detail=str(path))
    else:
        parsed = parsed.update_query_dict({"connect_timeout": str(timeout)})
    db = None
    try:
        db = Database.open(parsed.render_as_string(hide_password=False))
        with db.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
            tables = set(inspect(conn).get_table_names())
    except Exception as exc:  # noqa: BLE001 - every failure is an outcome to show, not a crash
        line = first_line(exc)
        return ProbeResult(False, problem=classify(line), detail=line)
    finally:
        if db is not None:
            db.dispose()
    if {"alembic_version", "member", "organization"} <= tables:
        return ProbeResult(True, OURS)
    return ProbeResult(True, FOREIGN if tables else EMPTY)
