"""Fill the default database with demo data, but only while it holds no organisation yet, so
that `./start.sh` can be run again without touching what a clerk has entered."""

from __future__ import annotations

import sys

from sqlalchemy import func, select

from unionapp.cli import main as cli_main
from unionapp.db.engine import Database
from unionapp.db.migrate import upgrade_database
from unionapp.db.models import Organization


def main() -> int:
    db = Database.open(None)
    upgrade_database(db)
    with db.session() as session:
        has_data = bool(session.scalar(select(func.count()).select_from(Organization)))
    db.dispose()
    if has_data:
        return 0
    return cli_main(["demo", "--members", "20000"])


if __name__ == "__main__":
    sys.exit(main())
