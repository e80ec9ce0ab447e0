"""Accounts (DESIGN §3): Argon2id passwords, lock-out after repeated failures, a first-run
administrator chosen by the office (there is no built-in default password), and the optional
scope that limits a non-administrator to one township's (or industry union's) subtree."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from unionapp.db.models import Organization, User
from unionapp.domain.org_levels import LEVEL_LABELS, ORG_STATUS_LABELS
from unionapp.services import audit
from unionapp.services.common import check_version, load
from unionapp.services.errors import AuthError, ValidationError
from unionapp.services.organizations import find_organization
from unionapp.services.rights import ROLE_LABELS, SENSITIVE_ALLOWED_ROLES, Actor, Right

MAX_FAILED_LOGINS = 5
LOCK_MINUTES = 15
MIN_PASSWORD_LENGTH = 8

_hasher = PasswordHasher()  # argon2-cffi's default type is Argon2id

# A scope is the subtree of a union that answers to the county: a township (street) federation or
# an industry (system) union; the county federation itself is allowed too (it equals no limit in a
# one-county database). A grassroots union or a branch is too small to be a clerk's area.
SCOPE_LEVELS = ("county", "township", "industry")
WHOLE_COUNTY = "全县"
ADMIN_SCOPE_MESSAGE = "管理员负责全县的数据，不能限定管辖范围"


@dataclass(frozen=True)
class UserRow:
    id: int
    version: int
    username: str
    display_name: str
    role: str
    can_view_sensitive: bool
    enabled: bool
    locked: bool
    scope_org_id: int | None
    last_login_at: datetime | None
    scope_name: str | None = None  # the union the account is limited to; None: the whole county

    @property
    def role_label(self) -> str:
        return ROLE_LABELS.get(self.role, self.role)


def check_password_rules(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError({"password": f"密码至少需要{MIN_PASSWORD_LENGTH}位"})
    if len(set(password)) < 3:
        raise ValidationError({"password": "密码过于简单，请混合使用字母、数字等"})


def _check_username(username: str) -> str:
    username = (username or "").strip()
    if not username:
        raise ValidationError({"username": "用户名不能为空"})
    if len(username) > 40 or any(ch.isspace() for ch in username):
        raise ValidationError({"username": "用户名不能有空格，且不超过40个字符"})
    return username


def needs_first_admin(session: Session) -> bool:
    return (session.scalar(select(func.count()).select_from(User)) or 0) == 0


def actor_for(session: Session, user: User) -> Actor:
    # Administrators are never limited, whatever an old record may say.
    scope_org_id = user.scope_org_id if user.role != "admin" else None
    scope_path = session.scalar(select(Organization.path).where(Organization.id == scope_org_id)) \
        if scope_org_id else None
    return Actor(user.id, user.username, user.role, user.can_view_sensitive, scope_org_id, scope_path)


def create_first_admin(session: Session, username: str, password: str, display_name: str = "") -> Actor:
    """Only while no account exists: the office chooses the administrator's password."""
    if not needs_first_admin(session):
        raise ValidationError({"username": "系统中已有用户，不能再创建初始管理员"})
    username = _check_username(username)
    check_password_rules(password)
    user = User(username=username, display_name=display_name or username, role="admin",
                password_hash=_hasher.hash(password), can_view_sensitive=True)
    session.add(user)
    session.flush()
    actor = actor_for(session, user)
    audit.record(session, actor, "create", "user", user.id, f"创建初始管理员：{username}")
    return actor


def authenticate(session: Session, username: str, password: str, *, now: datetime | None = None) -> Actor:
    """Check a login. Wrong passwords are counted; the 5th in a row locks the account for 15
    minutes. The caller must commit even when AuthError is raised, so the count is kept —
    `login` below does that."""
    now = now or datetime.now()
    user = session.scalar(select(User).where(User.username == (username or "").strip()))
    if user is None:
        raise AuthError("用户名或密码错误")
    if not user.enabled:
        raise AuthError("该账户已停用，请联系管理员")
    if user.locked_until and user.locked_until > now:
        minutes = max(1, int((user.locked_until - now).total_seconds() // 60) + 1)
        raise AuthError(f"连续输错密码次数过多，账户已锁定，请{minutes}分钟后再试或请管理员解锁")
    try:
        _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        user.failed_logins += 1
        actor = actor_for(session, user)
        if user.failed_logins >= MAX_FAILED_LOGINS:
            user.locked_until = now + timedelta(minutes=LOCK_MINUTES)
            user.failed_logins = 0
            audit.record(session, actor, "login_failed", "user", user.id, "连续输错密码，账户锁定")
            raise AuthError(f"连续输错密码{MAX_FAILED_LOGINS}次，账户已锁定{LOCK_MINUTES}分钟") from None
        audit.record(session, actor, "login_failed", "user", user.id, "密码错误")
        left = MAX_FAILED_LOGINS - user.failed_logins
        raise AuthError(f"用户名或密码错误（再错{left}次将锁定账户）") from None
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    user.failed_logins, user.locked_until, user.last_login_at = 0, None, now
    actor = actor_for(session, user)
    audit.record(session, actor, "login", "user", user.id, "登录")
    return actor


def login(db, username: str, password: str) -> Actor:
    """authenticate() in its own transaction that is committed even on failure (lock-out count)."""
    with db.session_factory() as session:
        try:
            actor = authenticate(session, username, password)
        except AuthError:
            session.commit()
            raise
        session.commit()
        return actor


def _validate_role(role: str, can_view_sensitive: bool) -> bool:
    if role not in ROLE_LABELS:
        raise ValidationError({"role": f"未知的角色：{role}"})
    # A read-only account always sees masked data (DESIGN §3).
    return can_view_sensitive and role in SENSITIVE_ALLOWED_ROLES


def check_scope(session: Session, role: str, scope_org_id: int | None, current: int | None = None) -> None:
    """A scope must be a county, township or industry union in normal status, and never an
    administrator's. An unchanged scope (`current`) is not checked again, so editing other fields
    of an older account keeps working."""
    if scope_org_id is None:
        return
    org = load(session, Organization, scope_org_id, "管辖范围")
    if role == "admin":
        raise ValidationError({"scope_org_id": ADMIN_SCOPE_MESSAGE})
    if scope_org_id == current:
        return
    if org.level not in SCOPE_LEVELS:
        allowed = "、".join(LEVEL_LABELS[level] for level in SCOPE_LEVELS)
        raise ValidationError({"scope_org_id": f"管辖范围只能是{allowed}，“{org.name}”是"
                                               f"{LEVEL_LABELS.get(org.level, org.level)}"})
    if org.status != "normal":
        raise ValidationError({"scope_org_id": f"“{org.name}”已{ORG_STATUS_LABELS.get(org.status, org.status)}，"
                                               "不能作为管辖范围"})


def scope_name(session: Session, scope_org_id: int | None) -> str:
    """The union a scope is limited to, or 全县."""
    if scope_org_id is None:
        return WHOLE_COUNTY
    return session.scalar(select(Organization.name).where(Organization.id == scope_org_id)) or str(scope_org_id)


def find_scope_org(session: Session, text: str) -> int:
    """The organisation a scope names on the command line (organizations.find_organization)."""
    return find_organization(session, text, "管辖范围")


def create_user(
    session: Session, actor: Actor, username: str, password: str, role: str, *,
    display_name: str = "", can_view_sensitive: bool = False, scope_org_id: int | None = None,
) -> int:
    actor.require(Right.MANAGE_USERS)
    username = _check_username(username)
    check_password_rules(password)
    sensitive = _validate_role(role, can_view_sensitive)
    if session.scalar(select(User.id).where(User.username == username)):
        raise ValidationError({"username": f"用户名“{username}”已存在"})
    check_scope(session, role, scope_org_id)
    user = User(username=username, display_name=display_name or username, role=role,
                password_hash=_hasher.hash(password), can_view_sensitive=sensitive, scope_org_id=scope_org_id)
    session.add(user)
    session.flush()
    limited = f"，管辖范围：{scope_name(session, scope_org_id)}" if scope_org_id is not None else ""
    audit.record(session, actor, "create", "user", user.id, f"新增用户：{username}（{ROLE_LABELS[role]}{limited}）",
                 after=audit.snapshot(user))
    return user.id


def update_user(
    session: Session, actor: Actor, user_id: int, *, role: str, display_name: str, can_view_sensitive: bool,
    enabled: bool, scope_org_id: int | None, expected_version: int | None = None,
) -> None:
    actor.require(Right.MANAGE_USERS)
    user = load(session, User, user_id, "用户")
    check_version(user, expected_version, f"用户“{user.username}”")
    sensitive = _validate_role(role, can_view_sensitive)
    if user.id == actor.user_id and (role != "admin" or not enabled):
        raise ValidationError({"role": "不能取消自己的管理员身份或停用自己"})
    if user.role == "admin" and user.enabled and (role != "admin" or not enabled) and _active_admins(session) <= 1:
        raise ValidationError({"role": "至少要保留一名启用的管理员"})
    if role == "admin" and scope_org_id is not None and scope_org_id == user.scope_org_id:
        scope_org_id = None  # an administrator is never limited: an old scope is dropped, not refused
    check_scope(session, role, scope_org_id, user.scope_org_id)
    before = audit.snapshot(user)
    old_scope = user.scope_org_id
    user.role, user.display_name, user.can_view_sensitive = role, display_name or user.username, sensitive
    user.enabled, user.scope_org_id = enabled, scope_org_id
    session.flush()
    old, new = audit.changed(before, audit.snapshot(user))
    summary = f"修改用户：{user.username}"
    if old_scope != scope_org_id:  # the ids are in before/after; the names are for the reader
        summary += f"（管辖范围：{scope_name(session, old_scope)} → {scope_name(session, scope_org_id)}）"
    audit.record(session, actor, "update", "user", user.id, summary, before=old, after=new)


def _active_admins(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(User).where(User.role == "admin", User.enabled)) or 0


def set_password(session: Session, actor: Actor, user_id: int, new_password: str, *, old_password: str | None = None) -> None:
    """An administrator resets anyone's password; a user changes their own with the old one."""
    user = load(session, User, user_id, "用户")
    if user.id != actor.user_id or old_password is None:
        actor.require(Right.MANAGE_USERS)
    else:
        try:
            _hasher.verify(user.password_hash, old_password)
        except (VerificationError, InvalidHashError):
            raise ValidationError({"old_password": "原密码不正确"}) from None
    check_password_rules(new_password)
    user.password_hash = _hasher.hash(new_password)
    user.failed_logins, user.locked_until = 0, None
    audit.record(session, actor, "update", "user", user.id, f"修改密码：{user.username}")


def unlock_user(session: Session, actor: Actor, user_id: int) -> None:
    actor.require(Right.MANAGE_USERS)
    user = load(session, User, user_id, "用户")
    user.failed_logins, user.locked_until = 0, None
    audit.record(session, actor, "update", "user", user.id, f"解锁用户：{user.username}")


def list_users(session: Session, actor: Actor, *, now: datetime | None = None) -> list[UserRow]:
    """Administrators see every account; anyone else sees only their own."""
    now = now or datetime.now()
    query = (select(User, Organization.name).outerjoin(Organization, Organization.id == User.scope_org_id)
             .order_by(User.username))
    if not actor.has(Right.MANAGE_USERS):
        query = query.where(User.id == actor.user_id)
    return [
        UserRow(u.id, u.version, u.username, u.display_name, u.role, u.can_view_sensitive, u.enabled,
                bool(u.locked_until and u.locked_until > now), u.scope_org_id, u.last_login_at,
                scope_name if u.scope_org_id else None)
        for u, scope_name in session.execute(query)
    ]


def find_user_id(session: Session, username: str) -> int | None:
    return session.scalar(select(User.id).where(User.username == username))
