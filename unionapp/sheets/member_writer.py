"""Writing the new members of a roster import: member rows, their 'join' events and search
keys, as driver-level batches in the import's one transaction (DESIGN §5, §9).

Rows go in 会员编号 order (ids rising with them), so both unique indexes grow at their end
instead of splitting pages all over; a first roster goes into a table without its plain
indexes, which are built afterwards (drop_indexes_for_batch); on SQLite the member rows, the
join events and those index builds run in a helper thread while Python computes the search
keys (statements_in_background); the search keys are written in key order."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from operator import itemgetter

from sqlalchemy import text
from sqlalchemy.orm import Session

from unionapp.db.bulk import (
    bulk_insert,
    drop_indexes_for_batch,
    insert_statements,
    restore_indexes,
    statements_in_background,
)
from unionapp.db.models import Member, MembershipEvent
from unionapp.services.member_numbers import reserve_member_numbers
from unionapp.services.rights import Actor
from unionapp.services.search_keys import member_keys, write_member_keys
from unionapp.sheets.results import Progress, report_progress

# Test hook: exit the process abruptly once this many members were written (on SQLite: once all
# of the batch's member rows are in, before their search keys), to prove a crash in the middle
# of a batch leaves the database as it was.
CRASH_ENV = "UNIONAPP_TEST_CRASH_AFTER_ROWS"
CHUNK = 5000

# The values copied as they are from the checked row come first (one itemgetter call a row).
_PLAIN = ("name", "sex", "nation", "id_type", "id_number", "education", "skill_level", "political_status",
          "hukou_type", "employment_form", "new_employment_form", "employer_name", "post", "card_no", "remark")
_PLAIN_VALUES = itemgetter(*_PLAIN)
_MEMBER_COLUMNS = (*_PLAIN, "id", "member_no", "birth_date", "phone", "phone_rev", "is_migrant", "org_id",
                   "joined_on", "status", "status_on", "version", "created_at", "updated_at")
_ID_AT, _JOINED_AT, _ORG_AT = (_MEMBER_COLUMNS.index(c) for c in ("id", "joined_on", "org_id"))
_EVENT_COLUMNS = ("member_id", "kind", "on", "org_id", "created_at", "created_by")


def insert_new_members(session: Session, actor: Actor, new: list, today: date, progress: Progress | None,
                       total: int) -> None:
    """`new`: the planned rows (.values checked, .union an OrgRef or a union created by the
    import, which then has its .ref)."""
    if not new:
        return
    by_year: dict[int, list] = {}
    for plan in new:
        joined = plan.values.get("joined_on") or today
        plan.values["joined_on"] = joined
        by_year.setdefault(joined.year, []).append(plan)
    ordered: list[tuple[str, object]] = []
    for year, plans in sorted(by_year.items()):
        ordered.extend(zip(reserve_member_numbers(session, len(plans), year), plans, strict=True))
    ids = _allocate_ids(session, len(ordered))
    crash_after = int(os.environ.get(CRASH_ENV) or 0)
    sqlite = session.bind.dialect.name == "sqlite"
    # SQLite stores DateTime and Date as this text; passing it saves the driver's adapter call
    # per value (and a roster repeats its dates, so each is formatted once).
    now = datetime.now()
    stamp = now.isoformat(" ") if sqlite else now
    day = _IsoDates().__getitem__ if sqlite else _same
    member_rows, keys = [], []
    for (member_no, plan), member_id in zip(ordered, ids, strict=True):
        v = plan.values
        union = plan.union
        org_id = (getattr(union, "ref", None) or union).id  # a union created by the import: its ref
        phone = v["phone"]
        joined = day(v["joined_on"])
        member_rows.append(_PLAIN_VALUES(v) + (
            member_id, member_no, day(v["birth_date"]), phone, phone[::-1] if phone else None,
            bool(v["is_migrant"]), org_id, joined, "active", joined, 1, stamp, stamp,
        ))
        keys.append((member_id, v["name"], v["id_number"]))
    with _big_cache(session):
        rebuild = drop_indexes_for_batch(session, Member.__table__, len(member_rows))
        try:
            if sqlite:
                # SQLite's own work (storing the rows, copying the join events, building the
                # indexes) runs in a helper thread while Python computes the search keys.
                later = [*insert_statements(session, Member.__table__, _MEMBER_COLUMNS, member_rows),
                         *_join_events(session, member_rows, stamp, actor.username), *rebuild]
                with statements_in_background(session, later):
                    search_keys = member_keys(keys)
                _crash_for_test(crash_after, len(member_rows))
                report_progress(progress, total // 2, total)
            else:
                _insert_in_chunks(session, member_rows, crash_after, progress, total)
                _join_events(session, member_rows, stamp, actor.username)
                search_keys = member_keys(keys)
        except BaseException:
            restore_indexes(session, rebuild)
            raise
        write_member_keys(session, search_keys)
        report_progress(progress, (total * 3) // 4, total)


def _insert_in_chunks(session: Session, member_rows: list[tuple], crash_after: int, progress: Progress | None,
                      total: int) -> None:
    for start in range(0, len(member_rows), CHUNK):
        bulk_insert(session, Member.__table__, _MEMBER_COLUMNS, member_rows[start : start + CHUNK])
        written = min(start + CHUNK, len(member_rows))
        _crash_for_test(crash_after, written)
        report_progress(progress, total // 4 + (written * total) // (4 * len(member_rows)), total)


def _crash_for_test(crash_after: int, written: int) -> None:
    if crash_after and written >= crash_after:
        os._exit(75)  # the test hook: die with the batch half written (members in, no keys, no commit)


def _allocate_ids(session: Session, count: int) -> list[int]:
    if session.bind.dialect.name == "postgresql":
        return list(session.scalars(text("SELECT nextval(pg_get_serial_sequence('member', 'id')) "
                                         "FROM generate_series(1, :n)"), {"n": count}))
    first = (session.scalar(text("SELECT max(id) FROM member")) or 0) + 1
    return list(range(first, first + count))


def _join_events(session: Session, member_rows: list[tuple], stamp, username: str | None) -> list:
    """The 'join' events of the new members: on SQLite one statement, returned for running
    later; other databases get them written here."""
    if session.bind.dialect.name == "sqlite":
        # The new ids are one unbroken range (max(id) + 1 on) and the write lock is ours, so
        # SQLite copies the events from the rows just written instead of binding 100,000 more.
        return [(
            'INSERT INTO membership_event (member_id, kind, "on", org_id, created_at, created_by) '
            "SELECT id, 'join', joined_on, org_id, ?, ? FROM member WHERE id BETWEEN ? AND ? ORDER BY id",
            (stamp, username, member_rows[0][_ID_AT], member_rows[-1][_ID_AT]),
        )]
    bulk_insert(session, MembershipEvent.__table__, _EVENT_COLUMNS,
                [(row[_ID_AT], "join", row[_JOINED_AT], row[_ORG_AT], stamp, username) for row in member_rows])
    return []


@contextmanager
def _big_cache(session: Session) -> Iterator[None]:
    """A larger SQLite page cache while the batch is written: the member table's indexes and
    the search keys of 100,000 members do not fit SQLite's default 2 MB, and every page that
    falls out is written and read again."""
    if session.bind.dialect.name != "sqlite":
        yield
        return
    previous = session.execute(text("PRAGMA cache_size")).scalar()
    session.execute(text("PRAGMA cache_size=-131072"))  # 128 MB
    try:
        yield
    finally:
        session.execute(text(f"PRAGMA cache_size={int(previous)}"))


class _IsoDates(dict):
    """date → its ISO text, formatted once per distinct day."""

    def __missing__(self, day):
        text = self[day] = None if day is None else day.isoformat()
        return text


def _same(value):
    return value
