"""Engines and sessions for SQLite (default, one file) and PostgreSQL (a shared office server)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from unionapp import paths

DB_ENV_VAR = "UNIONAPP_DB"


def default_url() -> str:
    return f"sqlite:///{paths.default_database_path()}"


def saved_url() -> str | None:
    """The data location chosen for this computer in 系统设置 (another SQLite file, or the office's
    PostgreSQL server with its password), or None for the default file. It is kept in a small
    file in the user's data folder rather than in the database (it says where the database is) or
    in the window's settings (the command line, which never loads Qt, must find the same data)."""
    try:
        text = paths.database_location_file().read_text(encoding="utf-8").strip()
    except (FileNotFoundError, UnicodeDecodeError):
        return None
    return text or None


def save_url(url: str | None) -> None:
    """Keep `url` as this computer's data location; None or "" goes back to the default file."""
    location_file = paths.database_location_file()
    if url:
        location_file.write_text(url + "\n", encoding="utf-8")
    else:
        location_file.unlink(missing_ok=True)


def startup_url(url: str | None) -> str | None:
    """The location asked for, before the default: --db, then UNIONAPP_DB, then this computer's
    saved choice; None when none is set (the default file)."""
    return url or os.environ.get(DB_ENV_VAR) or saved_url()


def resolve_url(url: str | None) -> str:
    """--db wins, then UNIONAPP_DB, then this computer's saved choice, then the user's file. A
    bare path means an SQLite file."""
    url = startup_url(url) or default_url()
    if "://" not in url:
        url = f"sqlite:///{Path(url).expanduser().resolve()}"
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        # psycopg 3 is the driver we ship; SQLAlchemy would otherwise look for psycopg2.
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def _set_sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA journal_mode=WAL")
    # NORMAL is durable across application crashes in WAL mode; a power cut may lose the last
    # transaction at most, which DESIGN §1 allows ("at most the record being typed").
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(url: str | None = None, **kwargs) -> Engine:
    url = resolve_url(url)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, **kwargs)
        event.listen(engine, "connect", _set_sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True, **kwargs)


def sqlite_file(engine: Engine) -> Path | None:
    """The database file behind an SQLite engine, or None for PostgreSQL / in-memory."""
    if engine.dialect.name != "sqlite":
        return None
    database = engine.url.database
    if not database or database == ":memory:":
        return None
    return Path(database)


@dataclass
class Database:
    """The engine and its session factory; services receive the sessions it makes."""

    engine: Engine
    session_factory: sessionmaker[Session]

    @classmethod
    def open(cls, url: str | None = None) -> Database:
        engine = make_engine(url)
        return cls(engine, sessionmaker(engine, expire_on_commit=False))

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back on any error."""
        with self.session_factory() as session, session.begin():
            yield session

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def describe(self) -> str:
        """Where the data is, for the status bar and the About box (never the password)."""
        file = sqlite_file(self.engine)
        if file is not None:
            return str(file)
        return self.engine.url.render_as_string(hide_password=True)

    def dispose(self) -> None:
        self.engine.dispose()
