"""Roles and rights (DESIGN §3). Every service checks rights itself, so the command line and the
window obey the same rules whatever buttons are shown."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from unionapp.services.errors import PermissionDenied


class Right(StrEnum):
    VIEW = "view"
    EDIT = "edit"
    APPROVE = "approve"
    EXPORT = "export"
    PRINT = "print"
    MANAGE_USERS = "manage_users"
    SETTINGS = "settings"
    BACKUP = "backup"
    CODES = "codes"
    AUDIT = "audit"


RIGHT_LABELS = {
    Right.VIEW: "查看",
    Right.EDIT: "录入和修改",
    Right.APPROVE: "审核",
    Right.EXPORT: "导出",
    Right.PRINT: "打印",
    Right.MANAGE_USERS: "管理用户",
    Right.SETTINGS: "修改设置",
    Right.BACKUP: "备份和恢复",
    Right.CODES: "维护字典",
    Right.AUDIT: "查看审计日志",
}

ROLE_LABELS = {"admin": "管理员", "clerk": "业务员", "reviewer": "审核员", "viewer": "查看"}

ROLE_RIGHTS: dict[str, frozenset[Right]] = {
    "admin": frozenset(Right),
    "clerk": frozenset({Right.VIEW, Right.EDIT, Right.EXPORT, Right.PRINT}),
    "reviewer": frozenset({Right.VIEW, Right.APPROVE, Right.EXPORT, Right.PRINT}),
    "viewer": frozenset({Right.VIEW}),
}

# 查看敏感信息 is granted per user; a read-only account always sees masked data.
SENSITIVE_ALLOWED_ROLES = ("admin", "clerk", "reviewer")


@dataclass(frozen=True)
class Actor:
    """Who is acting: a logged-in user, or the command line's system actor."""

    user_id: int | None
    username: str
    role: str
    can_view_sensitive: bool = False
    scope_org_id: int | None = None
    scope_path: str | None = None  # materialised path of scope_org_id, "/1/7/"

    @property
    def rights(self) -> frozenset[Right]:
        return ROLE_RIGHTS.get(self.role, frozenset())

    @property
    def role_label(self) -> str:
        return ROLE_LABELS.get(self.role, self.role)

    def has(self, right: Right) -> bool:
        return right in self.rights

    def require(self, right: Right) -> None:
        if not self.has(right):
            raise PermissionDenied(f"当前用户（{self.role_label}）没有“{RIGHT_LABELS[right]}”的权限")

    @property
    def sees_sensitive(self) -> bool:
        return self.can_view_sensitive and self.role in SENSITIVE_ALLOWED_ROLES


# The command line run without --user acts as this administrator: whoever can run it can already
# read the database file. With --user, that user's own rights apply.
SYSTEM_ACTOR = Actor(user_id=None, username="命令行", role="admin", can_view_sensitive=True)
