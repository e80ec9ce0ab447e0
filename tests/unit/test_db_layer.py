"""The storage layer (DESIGN §7, CONVENTIONS rules 3 and 4): SQLite pragmas, optimistic locking,
migrations that match the models, the backup before an upgrade, backup / restore / auto-backup."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import func, select, text
from sqlalchemy.orm.exc import StaleDataError

from tests.conftest import TODAY
from unionapp import paths
from unionapp.db.backup import BackupError, auto_backup, backup_database, restore_database
from unionapp.db.base import Base
from unionapp.db.migrate import current_revision, head_revision, upgrade_database
from unionapp.db.models import Member, Organization
from unionapp.services.members import MemberInput, create_member
from unionapp.services.organizations import OrgInput, create_organization

# ---------------------------------------------------------------- SQLite connections


def test_sqlite_pragmas_on_every_connection(sqlite_db):
    for _ in range(2):  # a fresh pooled connection gets them too
        with sqlite_db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
        sqlite_db.engine.dispose()


def test_foreign_keys_are_enforced(db, tree):
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), db.session() as s:
        s.execute(text("UPDATE organization SET parent_id = 99999 WHERE id = :id"), {"id": tree["union_a"]})


# ---------------------------------------------------------------- optimistic locking


def _member(db, tree, clerk) -> int:
    with db.session() as s:
        return create_member(s, clerk, MemberInput(name="张红梅", id_number="11010519491231002X",
                                                   org_id=tree["union_a"]), today=TODAY).id


def test_two_sessions_editing_the_same_member(db, tree, clerk):
    mid = _member(db, tree, clerk)
    first, second = db.session_factory(), db.session_factory()
    try:
        a, b = first.get(Member, mid), second.get(Member, mid)
        assert a.version == b.version == 1
        a.post = "车工"
        first.commit()
        assert a.version == 2
        b.post = "钳工"
        with pytest.raises(StaleDataError):
            second.flush()
        second.rollback()
    finally:
        first.close()
        second.close()
    with db.session() as s:
        m = s.get(Member, mid)
        assert (m.post, m.version) == ("车工", 2)


def test_organizations_are_versioned_too(db, tree):
    first, second = db.session_factory(), db.session_factory()
    try:
        a, b = first.get(Organization, tree["union_b"]), second.get(Organization, tree["union_b"])
        a.chair_name, b.chair_name = "甲", "乙"
        first.commit()
        with pytest.raises(StaleDataError):
            second.commit()
    finally:
        first.close()
        second.close()


# ---------------------------------------------------------------- migrations


def test_migrations_produce_exactly_the_models_schema(db):
    assert current_revision(db) == head_revision()
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True, "compare_server_default": False})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_upgrade_of_a_current_database_makes_no_backup(sqlite_db):
    assert upgrade_database(sqlite_db) is None
    assert list(paths.backup_dir().glob("*.sqlite3")) == []


def test_upgrade_backs_up_a_database_whose_schema_is_behind(sqlite_db, tree_on_file):
    """Tables but no version row: the upgrade cannot proceed (its tables exist already), but the
    copy is taken before it tries, and holds the data."""
    with sqlite_db.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM alembic_version")
    assert current_revision(sqlite_db) is None
    assert list(paths.backup_dir().glob("*.sqlite3")) == []
    with pytest.raises(Exception):  # noqa: B017 - whatever Alembic raises, the copy must exist
        upgrade_database(sqlite_db)
    (copy,) = paths.backup_dir().glob("before-upgrade-none-*.sqlite3")
    with sqlite3.connect(copy) as conn:
        names = [row[0] for row in conn.execute("SELECT name FROM organization ORDER BY id")]
    conn.close()
    assert names == ["龙泉县总工会", "城关镇总工会"]


@pytest.fixture
def tree_on_file(sqlite_db, admin):
    with sqlite_db.session() as s:
        county = create_organization(s, admin, OrgInput(level="county", name="龙泉县总工会"), today=TODAY)
        create_organization(s, admin, OrgInput(level="township", name="城关镇总工会", parent_id=county), today=TODAY)


# ---------------------------------------------------------------- backup and restore


def _org_names(database) -> list[str]:
    with database.session() as s:
        return list(s.scalars(select(Organization.name).order_by(Organization.id)))


def _rename_county(database, tree, admin, name):
    with database.session() as s:
        s.get(Organization, tree["county"]).name = name


def _sqlite_names(file: Path) -> list[str]:
    with sqlite3.connect(file) as conn:
        names = [row[0] for row in conn.execute("SELECT name FROM organization ORDER BY id")]
    conn.close()
    return names


def test_backup_and_restore_round_trip(db, tree, admin, clerk, tmp_path):
    _member(db, tree, clerk)
    original = _org_names(db)
    target = backup_database(db, tmp_path / "out" / "备份 2026.sqlite3")
    assert target.is_file() and _sqlite_names(target) == original

    _rename_county(db, tree, admin, "改过的名字")
    with db.session() as s:
        s.execute(text("DELETE FROM member_name_key"))
        s.execute(text("DELETE FROM member_id_gram"))
        s.execute(text("DELETE FROM membership_event"))
        s.execute(text("DELETE FROM audit_log"))
        s.execute(text("DELETE FROM member"))
    changed = _org_names(db)

    safety = restore_database(db, target)
    assert _org_names(db) == original
    with db.session() as s:
        assert s.scalar(select(Member.name)) == "张红梅"
    # The state before the restore was kept first, in the backup folder.
    assert safety.parent == paths.backup_dir() and safety.name.startswith("before-restore-")
    assert _sqlite_names(safety) == changed
    # And the restored database is fully usable: new rows get fresh ids.
    with db.session() as s:
        new = create_organization(s, admin, OrgInput(level="township", name="新镇总工会", parent_id=tree["county"]),
                                  today=TODAY)
    assert new > max(tree.values())
    assert current_revision(db) == head_revision()


def test_backup_file_names_that_are_awkward_in_a_uri(sqlite_db, tree_on_file, tmp_path):
    """Clerks name files as they like: '#', '%' and '?' must not break the check of a backup."""
    for name in ("备份#1.sqlite3", "50%.sqlite3"):
        target = backup_database(sqlite_db, tmp_path / name)
        restore_database(sqlite_db, target)
        assert _org_names(sqlite_db) == ["龙泉县总工会", "城关镇总工会"]


def test_restoring_something_else_is_refused_and_changes_nothing(db, tree, tmp_path):
    before = _org_names(db)
    text_file = tmp_path / "readme.sqlite3"
    text_file.write_text("这不是数据库", encoding="utf-8")
    foreign = tmp_path / "other.sqlite3"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    missing = tmp_path / "missing.sqlite3"
    messages = []
    for source in (text_file, foreign, missing):
        with pytest.raises(BackupError) as info:
            restore_database(db, source)
        messages.append(str(info.value))
    assert messages[0].startswith("不是有效的备份文件")
    assert messages[1].startswith("不是本系统的备份文件")
    assert messages[2].startswith("找不到备份文件")
    assert _org_names(db) == before
    assert list(paths.backup_dir().glob("before-restore-*")) == []


def test_restore_of_an_older_backup_brings_it_to_the_current_schema(db, tree):
    """A backup made by the first release (schema 0001) restores onto today's schema."""
    old = Path(__file__).resolve().parent.parent / "fixtures" / "db" / "schema_0001.sqlite3"
    with sqlite3.connect(old) as conn:
        members = conn.execute("SELECT id_number FROM member ORDER BY id").fetchall()
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
    conn.close()
    restore_database(db, old)
    assert current_revision(db) == head_revision()
    with db.session() as s:
        assert s.execute(select(Member.id_number).order_by(Member.id)).all() == members
    assert _sqlite_names(old)  # the backup file itself is left as it was
    with sqlite3.connect(old) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
    conn.close()


# ---------------------------------------------------------------- automatic backups


def _autos() -> list[Path]:
    return sorted(paths.backup_dir().glob("auto-*.sqlite3"))


def test_auto_backup_at_most_once_a_day(sqlite_db, tree_on_file):
    start = datetime.now()
    first = auto_backup(sqlite_db, now=start)
    assert first is not None and first.is_file() and _sqlite_names(first)[0] == "龙泉县总工会"
    assert auto_backup(sqlite_db, now=start + timedelta(hours=23)) is None
    assert _autos() == [first]
    second = auto_backup(sqlite_db, now=start + timedelta(days=1, minutes=1))
    assert second is not None and _autos() == [first, second]


def test_auto_backup_keeps_the_newest_ten(sqlite_db, tree_on_file):
    folder = paths.backup_dir()
    start = datetime(2026, 1, 1, 18, 0)
    old = []
    for day in range(12):
        made = folder / f"auto-{start + timedelta(days=day):%Y%m%d-%H%M%S}.sqlite3"
        made.write_bytes(b"")
        stamp = (start + timedelta(days=day)).timestamp()
        os.utime(made, (stamp, stamp))
        old.append(made)
    newest = auto_backup(sqlite_db, now=datetime(2026, 2, 1, 18, 0))
    kept = _autos()
    assert len(kept) == 10 and kept[-1] == newest
    assert kept[:-1] == old[-9:]
    assert _sqlite_names(newest) == ["龙泉县总工会", "城关镇总工会"]


def test_backup_on_postgresql_or_sqlite_is_one_sqlite_file(db, tree, tmp_path):
    target = backup_database(db, tmp_path / "x.sqlite3")
    with sqlite3.connect(target) as conn:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        version = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    conn.close()
    assert {t.name for t in Base.metadata.sorted_tables} <= tables
    assert version == (head_revision(),)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Organization)) == len(_sqlite_names(target))
