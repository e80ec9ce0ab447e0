"""Save a small database of one released schema for the upgrade tests (CONVENTIONS rule 4).

Usage: python tools/make_schema_fixture.py REVISION
Writes tests/fixtures/db/schema_<REVISION>.sqlite3: the schema of that migration filled with a
small demo county. Run it once when a schema is released, then commit the file."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from alembic import command  # noqa: E402

from unionapp.db.engine import Database  # noqa: E402
from unionapp.db.migrate import alembic_config  # noqa: E402
from unionapp.db.seed import seed_code_tables  # noqa: E402
from unionapp.services.demo import generate_demo  # noqa: E402
from unionapp.services.rights import SYSTEM_ACTOR  # noqa: E402

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "db"


def main(revision: str) -> None:
    target = FIXTURES / f"schema_{revision}.sqlite3"
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / "fixture.sqlite3"
        db = Database.open(f"sqlite:///{work}")
        with db.engine.begin() as connection:
            command.upgrade(alembic_config(connection), revision)
        with db.session() as session:
            seed_code_tables(session)
            generate_demo(session, SYSTEM_ACTOR, members=60, seed=2026)
        with db.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            connection.exec_driver_sql("PRAGMA journal_mode=DELETE")
        db.dispose()
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(work.read_bytes())
    print(f"wrote {target}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
