"""Shared fixtures. Every test gets a fresh database: SQLite always; PostgreSQL when
UNIONAPP_TEST_DB names a server database (`.ci/run` gives one). Qt runs offscreen."""

from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from sqlalchemy import text  # noqa: E402

from unionapp.db.base import Base  # noqa: E402
from unionapp.db.engine import Database  # noqa: E402
from unionapp.db.migrate import upgrade_database  # noqa: E402
from unionapp.services.rights import SYSTEM_ACTOR, Actor  # noqa: E402

TEST_DB_ENV = "UNIONAPP_TEST_DB"
TODAY = date(2026, 11, 21)


def server_url() -> str | None:
    return os.environ.get(TEST_DB_ENV) or None


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path, monkeypatch):
    """Backups, logs and the default database of each test live in its own folder."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("UNIONAPP_HOME", str(home))
    monkeypatch.delenv("UNIONAPP_DB", raising=False)
    return home


@pytest.fixture(scope="session")
def _template_sqlite(tmp_path_factory) -> Path:
    """Migrated and seeded once; each test copies the file (milliseconds instead of a migration)."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    os.environ.setdefault("UNIONAPP_HOME", str(path.parent))
    db = Database.open(f"sqlite:///{path}")
    upgrade_database(db)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    return path


@pytest.fixture(scope="session")
def _server_schema():
    url = server_url()
    if url is None:
        return None
    db = Database.open(url)
    with db.engine.begin() as conn:
        for table in reversed(Base.metadata.sorted_tables):
            conn.execute(text(f'DROP TABLE IF EXISTS "{table.name}" CASCADE'))
        conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
    upgrade_database(db)
    db.dispose()
    return url


@pytest.fixture
def db(tmp_path, _template_sqlite, _server_schema) -> Database:
    """A fresh, migrated and seeded database for one test."""
    if _server_schema:
        database = Database.open(_server_schema)
        names = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
        with database.engine.begin() as conn:
            conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
        upgrade_database(database)  # re-seeds the code tables
    else:
        path = tmp_path / "unionapp.sqlite3"
        shutil.copy(_template_sqlite, path)
        database = Database.open(f"sqlite:///{path}")
    yield database
    database.dispose()


@pytest.fixture
def sqlite_db(tmp_path, _template_sqlite) -> Database:
    """Always SQLite, for what only SQLite has (file backups, pragmas)."""
    path = tmp_path / "file.sqlite3"
    shutil.copy(_template_sqlite, path)
    database = Database.open(f"sqlite:///{path}")
    yield database
    database.dispose()


@pytest.fixture
def admin() -> Actor:
    return SYSTEM_ACTOR


def make_actor(role: str, *, sensitive: bool = False, username: str | None = None, scope_path=None) -> Actor:
    return Actor(user_id=None, username=username or role, role=role, can_view_sensitive=sensitive,
                 scope_path=scope_path)


@pytest.fixture
def clerk() -> Actor:
    return make_actor("clerk", sensitive=True, username="业务员小王")


@pytest.fixture
def reviewer() -> Actor:
    return make_actor("reviewer", sensitive=True, username="审核员老李")


@pytest.fixture
def viewer() -> Actor:
    return make_actor("viewer", username="查看员")


@pytest.fixture
def tree(db, admin):
    """A small county: county → two townships → grassroots unions (one with a branch)."""
    from unionapp.services.organizations import OrgInput, create_organization

    with db.session() as s:
        county = create_organization(s, admin, OrgInput(level="county", name="龙泉县总工会"), today=TODAY)
        town_a = create_organization(s, admin, OrgInput(level="township", name="城关镇总工会", parent_id=county), today=TODAY)
        town_b = create_organization(s, admin, OrgInput(level="township", name="龙旺庄街道总工会", parent_id=county), today=TODAY)
        union_a = create_organization(
            s, admin,
            OrgInput(level="grassroots", name="龙泉机械厂工会委员会", parent_id=town_a, employer_name="龙泉机械厂",
                     credit_code="91370602MA3C5WQX85", workers=120, female_workers=40, migrant_workers=30,
                     term_start=date(2022, 3, 1), term_end=date(2027, 1, 31)),
            today=TODAY,
        )
        union_b = create_organization(s, admin, OrgInput(level="grassroots", name="龙旺庄超市工会", parent_id=town_b), today=TODAY)
        branch = create_organization(s, admin, OrgInput(level="branch", name="机械厂一车间分会", parent_id=union_a), today=TODAY)
    return {"county": county, "town_a": town_a, "town_b": town_b, "union_a": union_a, "union_b": union_b, "branch": branch}
