"""Small helpers every service uses: loading with a clear message, version checks, scope."""

from __future__ import annotations

from dataclasses import fields
from datetime import date

from sqlalchemy.orm import Session

from unionapp.domain.org_levels import subtree_upper_bound
from unionapp.services.errors import ConflictError, NotFound, PermissionDenied
from unionapp.services.rights import Actor


def load(session: Session, model, record_id: int, what: str):
    obj = session.get(model, record_id)
    if obj is None:
        raise NotFound(f"找不到{what}（编号 {record_id}），可能已被删除")
    return obj


def check_version(obj, expected_version: int | None, what: str) -> None:
    if expected_version is not None and obj.version != expected_version:
        raise ConflictError(what)


def in_scope(actor: Actor, path: str) -> bool:
    return actor.scope_path is None or path.startswith(actor.scope_path)


def require_scope(actor: Actor, path: str, what: str = "该组织") -> None:
    if not in_scope(actor, path):
        raise PermissionDenied(f"{what}不在您的管辖范围内")


def subtree_clause(path_column, path: str):
    """SQL condition: path_column lies in the subtree rooted at `path` (indexed range, portable)."""
    return (path_column >= path) & (path_column < subtree_upper_bound(path))


def dataclass_values(data) -> dict:
    return {f.name: getattr(data, f.name) for f in fields(data)}


def today() -> date:
    return date.today()
