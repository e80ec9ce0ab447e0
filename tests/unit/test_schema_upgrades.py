"""A saved database of every released schema upgrades to the current one, data intact, with a
backup copy taken first (CONVENTIONS rule 4)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from unionapp import paths
from unionapp.db.engine import Database
from unionapp.db.migrate import current_revision, head_revision, upgrade_database
from unionapp.services.integrity import check_database

FIXTURES = sorted((Path(__file__).resolve().parent.parent / "fixtures" / "db").glob("schema_*.sqlite3"))


def test_there_is_a_fixture_of_the_first_schema():
    assert any(f.name == "schema_0001.sqlite3" for f in FIXTURES)


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda f: f.stem)
def test_released_schema_upgrades_to_head(fixture, tmp_path):
    work = tmp_path / fixture.name
    shutil.copy(fixture, work)
    with sqlite3.connect(work) as conn:
        members_before = conn.execute("SELECT count(*) FROM member").fetchone()[0]
        names_before = conn.execute("SELECT name FROM member ORDER BY id").fetchall()
    conn.close()
    db = Database.open(f"sqlite:///{work}")
    try:
        old_revision = current_revision(db)
        backup = upgrade_database(db)
        assert current_revision(db) == head_revision()
        if old_revision != head_revision():
            assert backup is not None and Path(backup).parent == paths.backup_dir()
            with sqlite3.connect(backup) as conn:
                assert conn.execute("SELECT count(*) FROM member").fetchone()[0] == members_before
            conn.close()
        else:
            assert backup is None
        with db.session() as session:
            report = check_database(session)
        assert report.ok, report.problems
        with sqlite3.connect(work) as conn:
            assert conn.execute("SELECT name FROM member ORDER BY id").fetchall() == names_before
        conn.close()
    finally:
        db.dispose()
