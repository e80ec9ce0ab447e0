"""Bring any database to the current schema at start, after a backup copy of the file."""

from __future__ import annotations

import logging
from datetime import datetime

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, inspect

from unionapp import paths
from unionapp.db.engine import Database

log = logging.getLogger(__name__)


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(paths.package_path("db", "migrations")))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade_database(db: Database) -> str | None:
    """Upgrade to head; returns the path of the backup copy made first, if one was needed."""
    current = current_revision(db)
    head = head_revision()
    backup_path = None
    if current != head:
        with db.engine.connect() as connection:
            has_tables = bool(inspect(connection).get_table_names())
        if has_tables:
            backup_path = _backup_before_upgrade(db, current)
        with db.engine.begin() as connection:
            command.upgrade(alembic_config(connection), "head")
        log.info("database upgraded from %s to %s", current, head)
    from unionapp.db.seed import seed_code_tables

    with db.session() as session:
        seed_code_tables(session)
    return str(backup_path) if backup_path else None


def _backup_before_upgrade(db: Database, revision: str | None):
    from unionapp.db.backup import backup_database

    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = paths.backup_dir() / f"before-upgrade-{revision or 'none'}-{stamp}.sqlite3"
    backup_database(db, target)
    return target
