"""Seed the editable code tables with the national codes, adding only what is missing so that
an office's own edits (renamed or disabled entries) survive every upgrade."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from unionapp.db.models import CodeItem
from unionapp.db.seed_codes import CATEGORIES


def seed_code_tables(session: Session) -> int:
    existing = set(session.execute(select(CodeItem.category, CodeItem.code)).tuples())
    added = 0
    for category in CATEGORIES:
        for order, (code, name) in enumerate(category.items):
            if (category.key, code) in existing:
                continue
            session.add(CodeItem(category=category.key, code=code, name=name, sort_order=order))
            added += 1
    return added
