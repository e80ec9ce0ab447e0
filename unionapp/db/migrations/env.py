"""Alembic environment: always driven from unionapp.db.migrate with a live connection."""

from alembic import context

import unionapp.db.models  # noqa: F401 - registers every table on Base.metadata
from unionapp.db.base import Base

config = context.config
connection = config.attributes["connection"]

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # SQLite cannot ALTER most things; batch mode copies the table instead.
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
