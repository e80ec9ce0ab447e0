"""The audit log: who did what, when, and the record before → after (DESIGN §3)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import inspect as sa_inspect
from sqlalchemy import select
from sqlalchemy.orm import Session

from unionapp.db.models import AuditEntry
from unionapp.services.rights import Actor, Right

ACTION_LABELS = {
    "create": "新增",
    "update": "修改",
    "delete": "删除",
    "view": "查看敏感信息",
    "export": "导出",
    "print": "打印",
    "import": "导入",
    "login": "登录",
    "login_failed": "登录失败",
    "approve": "审核",
    "backup": "备份",
    "restore": "恢复",
}

# Columns that only change as a side effect and would clutter every "before → after".
_NOISE = {"version", "created_at", "updated_at", "password_hash", "failed_logins", "last_login_at"}


def _json_value(value):
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return value


def snapshot(obj, fields: Iterable[str] | None = None) -> dict:
    """The column values of a model instance as JSON-safe data."""
    mapper = sa_inspect(obj).mapper
    keys = fields or [c.key for c in mapper.column_attrs if c.key not in _NOISE]
    return {key: _json_value(getattr(obj, key)) for key in keys}


def changed(before: dict, after: dict) -> tuple[dict, dict]:
    """Only the keys whose value differs, on both sides."""
    keys = [k for k in after if before.get(k) != after.get(k)]
    return {k: before.get(k) for k in keys}, {k: after[k] for k in keys}


def record(
    session: Session,
    actor: Actor,
    action: str,
    entity: str,
    entity_id: object = None,
    summary: str = "",
    before: dict | None = None,
    after: dict | None = None,
) -> None:
    session.add(
        AuditEntry(
            at=datetime.now(),
            user_id=actor.user_id,
            username=actor.username,
            action=action,
            entity=entity,
            entity_id=None if entity_id is None else str(entity_id),
            summary=summary[:400],
            before=json.dumps(before, ensure_ascii=False) if before is not None else None,
            after=json.dumps(after, ensure_ascii=False) if after is not None else None,
        )
    )


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    username: str
    action: str
    action_label: str
    entity: str
    entity_id: str | None
    summary: str
    before: dict | None
    after: dict | None


def list_entries(
    session: Session,
    actor: Actor,
    *,
    username: str | None = None,
    entity: str | None = None,
    entity_id: str | None = None,
    action: str | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    offset: int = 0,
    limit: int = 200,
) -> list[AuditRow]:
    actor.require(Right.AUDIT)
    query = select(AuditEntry).order_by(AuditEntry.id.desc())
    if username:
        query = query.where(AuditEntry.username == username)
    if entity:
        query = query.where(AuditEntry.entity == entity)
    if entity_id:
        query = query.where(AuditEntry.entity_id == str(entity_id))
    if action:
        query = query.where(AuditEntry.action == action)
    if date_from:
        query = query.where(AuditEntry.at >= datetime.combine(date_from, datetime.min.time()))
    if date_to:
        query = query.where(AuditEntry.at < datetime.combine(date_to + timedelta(days=1), datetime.min.time()))
    rows = session.scalars(query.offset(offset).limit(limit))
    return [
        AuditRow(
            id=row.id,
            at=row.at,
            username=row.username,
            action=row.action,
            action_label=ACTION_LABELS.get(row.action, row.action),
            entity=row.entity,
            entity_id=row.entity_id,
            summary=row.summary,
            before=json.loads(row.before) if row.before else None,
            after=json.loads(row.after) if row.after else None,
        )
        for row in rows
    ]
