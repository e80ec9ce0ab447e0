"""Backups and restores. A backup is always one SQLite file, whichever database it came from,
so a clerk can carry it on a USB stick and an office can move between SQLite and PostgreSQL."""

from __future__ import annotations

import logging
import shutil
import sqlite3
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine, MetaData, create_engine, inspect, select, text

from unionapp import paths
from unionapp.db.engine import Database, sqlite_file

log = logging.getLogger(__name__)

AUTO_PREFIX = "auto-"
AUTO_KEEP = 10


class BackupError(Exception):
    """A backup or restore that cannot be done; the message is for the clerk."""


def backup_database(db: Database, target: Path | str) -> Path:
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists():
        target.unlink()
    source_file = sqlite_file(db.engine)
    if source_file is not None:
        # The backup API copies a consistent snapshot even while the program is writing (WAL).
        with sqlite3.connect(source_file) as source, sqlite3.connect(target) as dest:
            source.backup(dest)
        source.close()
        dest.close()
    else:
        dest_engine = create_engine(f"sqlite:///{target}")
        try:
            _copy_all_tables(db.engine, dest_engine)
        finally:
            dest_engine.dispose()
    log.info("backup written to %s", target)
    return target


def restore_database(db: Database, source: Path | str) -> Path:
    """Replace the current data with a backup; the current state is backed up first.
    Returns the path of that safety copy."""
    source = Path(source)
    _check_is_backup(source)
    safety = paths.backup_dir() / f"before-restore-{datetime.now():%Y%m%d-%H%M%S}.sqlite3"
    backup_database(db, safety)
    target_file = sqlite_file(db.engine)
    if target_file is not None:
        db.engine.dispose()
        with sqlite3.connect(source) as src, sqlite3.connect(target_file) as dest:
            src.backup(dest)
        src.close()
        dest.close()
    else:
        # The server's tables are already current: bring an older backup to today's schema in a
        # scratch copy first, then replace every row in one transaction.
        with tempfile.TemporaryDirectory() as scratch:
            current = Path(scratch) / "restore.sqlite3"
            shutil.copy(source, current)
            _upgrade_file(current)
            source_engine = create_engine(f"sqlite:///{current}")
            try:
                _copy_all_tables(source_engine, db.engine, replace=True)
            finally:
                source_engine.dispose()
    # A backup from an older version is brought up to the current schema.
    from unionapp.db.migrate import upgrade_database

    upgrade_database(db)
    return safety


def auto_backup(db: Database, *, now: datetime | None = None, keep: int = AUTO_KEEP) -> Path | None:
    """The automatic backup on exit: at most one a day, the newest `keep` kept."""
    now = now or datetime.now()
    folder = paths.backup_dir()
    existing = sorted(folder.glob(f"{AUTO_PREFIX}*.sqlite3"))
    if existing:
        newest = datetime.fromtimestamp(existing[-1].stat().st_mtime)
        if now - newest < timedelta(days=1):
            return None
    target = backup_database(db, folder / f"{AUTO_PREFIX}{now:%Y%m%d-%H%M%S}.sqlite3")
    for old in sorted(folder.glob(f"{AUTO_PREFIX}*.sqlite3"))[:-keep]:
        old.unlink()
    return target


def _check_is_backup(source: Path) -> None:
    if not source.is_file():
        raise BackupError(f"找不到备份文件：{source}")
    try:
        # as_uri() escapes what a URI would misread in a file name ('#', '?', '%').
        with sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True) as conn:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        conn.close()
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"不是有效的备份文件：{source}（{exc}）") from exc
    if not {"alembic_version", "member", "organization"} <= tables:
        raise BackupError(f"不是本系统的备份文件：{source}")


def _reflected(engine: Engine) -> MetaData:
    metadata = MetaData()
    metadata.reflect(engine)
    return metadata


def _upgrade_file(file: Path) -> None:
    from alembic import command

    from unionapp.db.migrate import alembic_config

    scratch = Database.open(f"sqlite:///{file}")
    try:
        with scratch.engine.begin() as connection:
            command.upgrade(alembic_config(connection), "head")
    finally:
        scratch.dispose()


def _copy_all_tables(source: Engine, dest: Engine, *, replace: bool = False) -> None:
    """Copy every table (the schema from our models, rows in dependency order); with `replace`,
    the destination's rows are deleted first, in the same transaction."""
    import unionapp.db.models  # noqa: F401
    from unionapp.db.base import Base

    Base.metadata.create_all(dest)
    with dest.begin() as conn:
        conn.execute(text("CREATE TABLE IF NOT EXISTS alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)"))
    source_meta = _reflected(source)
    dest_meta = _reflected(dest)
    with source.connect() as src, dest.begin() as dst:
        if replace:
            for table in reversed(dest_meta.sorted_tables):
                dst.execute(table.delete())
        for table in dest_meta.sorted_tables:
            if table.name not in source_meta.tables:
                continue
            src_table = source_meta.tables[table.name]
            columns = [c.name for c in table.columns if c.name in src_table.c]
            result = src.execution_options(stream_results=True).execute(
                select(*[src_table.c[c] for c in columns])
            )
            while batch := result.fetchmany(5000):
                dst.execute(table.insert(), [dict(zip(columns, row, strict=True)) for row in batch])
        if dest.dialect.name == "postgresql":
            _reset_postgres_sequences(dst, dest_meta)


def _reset_postgres_sequences(conn, metadata: MetaData) -> None:
    for table in metadata.sorted_tables:
        if "id" in table.c and inspect(conn).get_pk_constraint(table.name).get("constrained_columns") == ["id"]:
            conn.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                    f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"
                )
            )

