"""会员编号: year + 8-digit sequence ("202600001234"), unique, printed on the card and in its QR."""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from unionapp.db.models import Counter


def reserve_member_numbers(session: Session, count: int, year: int) -> list[str]:
    """Reserve `count` consecutive numbers inside the caller's transaction; a rollback returns them."""
    name = f"member_no:{year}"
    # The UPDATE takes the row lock first (PostgreSQL) / the write lock (SQLite), so two clerks
    # saving at once never get the same number.
    updated = session.execute(update(Counter).where(Counter.name == name).values(value=Counter.value + count))
    if updated.rowcount == 0:
        session.add(Counter(name=name, value=count))
        session.flush()
    last = session.scalar(select(Counter.value).where(Counter.name == name))
    first = last - count + 1
    return [f"{year}{seq:08d}" for seq in range(first, last + 1)]
