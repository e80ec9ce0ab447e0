"""Bulk writes for demo data and imports: driver-level statements of plain tuples.

The ORM's bulk insert costs ~10 µs a row in parameter handling and splits a batch whenever rows
carry different keys; at a million members (and 15 million search keys) that is minutes.

On SQLite rows go in up to a thousand to a statement, search keys go in as runs read from a
JSON array by SQLite itself, a first big batch goes into a table without its plain indexes
(built again afterwards), and SQL that needs no Python can run in a helper thread beside the
Python work of an import (statements_in_background). What each saves is said where it is done.
"""

from __future__ import annotations

import sqlite3
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from itertools import chain

from sqlalchemy import Table
from sqlalchemy.orm import Session

from unionapp.db.engine import sqlite_file

# json_each is built into SQLite from 3.38 on (before that it was an optional extension).
_SQLITE_JSON = sqlite3.sqlite_version_info >= (3, 38)
_ROWS_PER_STATEMENT = 1000  # at most; the bound-variable limit decides for wide rows
# Python's lock handover while a helper thread writes (the default 5 ms would leave the helper
# waiting that long after each statement; measured: 0.2 ms lets it keep SQLite busy).
_HANDOVER_SECONDS = 0.0002


def bulk_insert(session: Session, table: Table, columns: Sequence[str], rows: Sequence[Sequence]) -> None:
    if not rows:
        return
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        mark = "%s" if connection.dialect.paramstyle != "qmark" else "?"
        quote = connection.dialect.identifier_preparer.quote  # columns such as "on" and "key" are keywords
        names = ", ".join(quote(column) for column in columns)
        sql = f"INSERT INTO {quote(table.name)} ({names}) VALUES ({', '.join([mark] * len(columns))})"
        connection.exec_driver_sql(sql, list(rows))
        return
    for sql, params in _sqlite_inserts(connection.connection.driver_connection, table, columns, rows):
        connection.exec_driver_sql(sql, params)


def insert_statements(session: Session, table: Table, columns: Sequence[str],
                      rows: Sequence[Sequence]) -> list[tuple[str, tuple]]:
    """The SQLite statements that insert `rows`, for running later (statements_in_background)."""
    return list(_sqlite_inserts(session.connection().connection.driver_connection, table, columns, rows))


def _sqlite_inserts(dbapi, table: Table, columns: Sequence[str], rows: Sequence[Sequence]) -> Iterator[tuple[str, tuple]]:
    """INSERT statements of many rows each (one VALUES list), not one statement a row: the
    driver binds a statement's values in one go and SQLite stores its rows in one step, ~10 %
    less time than executemany, whose bind/step/reset round trip per row is what costs."""
    names = ", ".join(f'"{column}"' for column in columns)
    head = f'INSERT INTO "{table.name}" ({names}) VALUES '
    one = f"({', '.join(['?'] * len(columns))})"
    limit = dbapi.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
    per = max(1, min(_ROWS_PER_STATEMENT, limit // len(columns)))
    full = head + ", ".join([one] * per)
    for start in range(0, len(rows), per):
        chunk = rows[start : start + per]
        sql = full if len(chunk) == per else head + ", ".join([one] * len(chunk))
        yield sql, tuple(chain.from_iterable(chunk))


# Below this many rows keeping the indexes up to date row by row is cheap enough.
_REBUILD_MIN_ROWS = 10_000


def drop_indexes_for_batch(session: Session, table: Table, incoming: int) -> list[str]:
    """On SQLite, when a batch at least as large as the table is about to go in, drop the
    table's plain indexes and return the statements that build them again (run them in the
    same transaction once the rows are in; a rollback brings the indexes back by itself).
    Elsewhere, or for a small batch, nothing is dropped and the list is empty.

    Building an index sorts its entries once; keeping it up to date inserts each entry at a
    random place of a growing B-tree. For the first 100,000 members of a county that is 0.4 s
    against 1 s for the member table's six plain indexes. Indexes behind UNIQUE constraints
    stay: they are the checks that refuse a duplicate."""
    if session.bind.dialect.name != "sqlite" or incoming < _REBUILD_MIN_ROWS:
        return []
    connection = session.connection()
    present = connection.exec_driver_sql(
        f'SELECT count(*) FROM (SELECT 1 FROM "{table.name}" LIMIT ?)', (incoming + 1,)
    ).scalar()
    if present > incoming:
        return []
    indexes = connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY name",
        (table.name,),
    ).all()
    for name, _sql in indexes:
        connection.exec_driver_sql(f'DROP INDEX "{name}"')
    return [sql for _name, sql in indexes]


@contextmanager
def indexes_rebuilt(session: Session, table: Table, incoming: int) -> Iterator[None]:
    """drop_indexes_for_batch around a block: the indexes are built again when it ends."""
    statements = drop_indexes_for_batch(session, table, incoming)
    try:
        yield
    except BaseException:
        restore_indexes(session, statements)
        raise
    run_statements(session, statements)


def restore_indexes(session: Session, statements: Sequence[str]) -> None:
    """After a failed batch: the indexes back, should the caller commit anyway. The failure
    itself is what the caller needs to hear about, so a second one here is not raised."""
    with suppress(Exception):  # the transaction is rolled back in practice
        run_statements(session, statements)


def run_statements(session: Session, statements: Sequence[str | tuple[str, tuple]]) -> None:
    connection = session.connection()
    for statement in statements:
        sql, params = (statement, ()) if isinstance(statement, str) else statement
        connection.exec_driver_sql(sql, params)


@contextmanager
def statements_in_background(session: Session, statements: Sequence[str | tuple[str, tuple]]) -> Iterator[None]:
    """Run `statements` in order while the block does Python work that needs no database.

    On an SQLite file a helper thread runs them on the session's own connection, inside its
    transaction: SQLite releases Python's lock while it stores rows, builds an index or copies
    rows, so on a machine with two cores that work is done beside the block's instead of after
    it. Binding a statement's values needs Python's lock; so that the helper gets it back soon
    after each step, the interpreter hands the lock over more often while the helper runs. The
    block must not use the session; the helper is waited for when the block ends and its error
    raised then. Elsewhere — PostgreSQL, an in-memory database, a driver that refuses other
    threads — the statements simply run first."""
    if not statements:
        yield
        return
    helper = None
    if session.bind.dialect.name == "sqlite" and sqlite_file(session.bind):
        helper = _StatementThread(session.connection().connection.driver_connection, statements)
        if not helper.begin():
            helper = None
    if helper is None:
        run_statements(session, statements)
        yield
        return
    switch_interval = sys.getswitchinterval()
    sys.setswitchinterval(_HANDOVER_SECONDS)
    try:
        yield
    except BaseException:
        helper.stop_and_wait()  # the statement under way ends, no other starts: then the rollback
        raise
    else:
        helper.join()
    finally:
        sys.setswitchinterval(switch_interval)
    if helper.error is not None:
        raise helper.error


class _StatementThread(threading.Thread):
    def __init__(self, dbapi, statements: Sequence[str | tuple[str, tuple]]):
        super().__init__(name="bulk-sql", daemon=True)
        self.dbapi = dbapi
        self.statements = list(statements)
        self.error: BaseException | None = None
        self.busy = 0.0  # seconds spent in SQLite (the benchmark's breakdown shows it)
        self._ready = threading.Event()
        self._usable = False
        self._cancelled = threading.Event()

    def begin(self) -> bool:
        """Start; False when the driver will not be used from another thread."""
        self.start()
        self._ready.wait()
        if not self._usable:
            self.join()
        return self._usable

    def run(self) -> None:
        try:
            cursor = self.dbapi.cursor()
        except sqlite3.ProgrammingError:  # check_same_thread: nothing ran
            self._ready.set()
            return
        self._usable = True
        self._ready.set()
        started = time.perf_counter()
        try:
            for sql, params in ((s, ()) if isinstance(s, str) else s for s in self.statements):
                if self._cancelled.is_set():
                    break
                cursor.execute(sql, params)
        except BaseException as exc:  # noqa: BLE001 - handed to the waiting caller
            self.error = exc
        finally:
            cursor.close()
            self.busy = time.perf_counter() - started

    def stop_and_wait(self) -> None:
        self._cancelled.set()
        self.join()


def sqlite_json(session: Session) -> bool:
    """True on SQLite with json_each: a long list can then go into one query as a JSON array."""
    return _SQLITE_JSON and session.bind.dialect.name == "sqlite"


def insert_offset_runs(session: Session, table: Table, column: str, runs: Sequence[tuple[int, Sequence[str]]]) -> None:
    """One-column rows `base + member id` for every id of every run (a repeated value once).

    On SQLite a run is one statement that reads its ids from a JSON array (`json_each`), so
    SQLite makes the rows itself: binding 1.5 million one-row parameter sets costs more than
    the B-tree work of storing them."""
    if not runs:
        return
    if not sqlite_json(session):
        values = dict.fromkeys(base + int(i) for base, ids in runs for i in ids)
        bulk_insert(session, table, (column,), [(value,) for value in values])
        return
    quote = session.bind.dialect.identifier_preparer.quote
    _insert_json_runs(session, f"INSERT OR IGNORE INTO {quote(table.name)} ({quote(column)}) "
                               "SELECT ? + value FROM json_each(?)", runs)


def insert_key_runs(session: Session, table: Table, columns: tuple[str, str],
                    runs: Sequence[tuple[str, Sequence[str]]]) -> None:
    """Two-column rows (key, member id) for every id of every run, the same way: one statement
    a run on SQLite (runs in key order fill a (key, id) B-tree from one end, in half the time
    of binding the rows one by one), plain rows elsewhere."""
    if not runs:
        return
    if not sqlite_json(session):
        bulk_insert(session, table, columns, [(key, int(i)) for key, ids in runs for i in ids])
        return
    quote = session.bind.dialect.identifier_preparer.quote
    key, member = (quote(column) for column in columns)
    _insert_json_runs(session, f"INSERT INTO {quote(table.name)} ({key}, {member}) SELECT ?, value FROM json_each(?)",
                      runs)


def _insert_json_runs(session: Session, sql: str, runs: Sequence[tuple[object, Sequence[str]]]) -> None:
    session.connection().exec_driver_sql(sql, [(head, f"[{','.join(ids)}]") for head, ids in runs])
