"""Write a new Alembic migration from the difference between the models and the schema.

Usage: python tools/make_migration.py "add member card issues"
It upgrades a throwaway SQLite database to the current head, compares it with the models and
writes the script into unionapp/db/migrations/versions/. Read the script before committing it."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from alembic import command  # noqa: E402

from unionapp.db.engine import Database  # noqa: E402
from unionapp.db.migrate import alembic_config  # noqa: E402


def main(message: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Database.open(f"sqlite:///{Path(tmp) / 'schema.sqlite3'}")
        with db.engine.begin() as connection:
            command.upgrade(alembic_config(connection), "head")
        with db.engine.begin() as connection:
            command.revision(alembic_config(connection), message=message, autogenerate=True)
        db.dispose()


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
