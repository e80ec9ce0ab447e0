"""Accounts (DESIGN §3): first administrator, Argon2id, lock-out, roles and who may manage whom."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from unionapp.db.models import AuditEntry, User
from unionapp.services import users
from unionapp.services.errors import AuthError, NotFound, PermissionDenied, ValidationError
from unionapp.services.users import (
    authenticate,
    create_first_admin,
    create_user,
    find_user_id,
    list_users,
    login,
    needs_first_admin,
    set_password,
    unlock_user,
    update_user,
)

ADMIN_PW = "Longquan#2026"
CLERK_PW = "xiaowang123"
PRODUCTION_HASHER = users._hasher


@pytest.fixture(autouse=True)
def _fast_argon2(monkeypatch):
    """Still Argon2id, with the cheapest parameters: the lock-out tests log in dozens of times."""
    monkeypatch.setattr(users, "_hasher", PasswordHasher(time_cost=1, memory_cost=64, parallelism=1))


@pytest.fixture
def boss(db):
    """The first administrator, as the actor the login returns."""
    with db.session() as s:
        create_first_admin(s, "admin", ADMIN_PW, "系统管理员")
    return login(db, "admin", ADMIN_PW)


def _add(db, actor, username, role, password=CLERK_PW, **kwargs) -> int:
    with db.session() as s:
        return create_user(s, actor, username, password, role, **kwargs)


def _user(db, user_id) -> User:
    with db.session() as s:
        return s.get(User, user_id)


def _update(db, actor, user_id, **changes):
    user = _user(db, user_id)
    values = dict(role=user.role, display_name=user.display_name, can_view_sensitive=user.can_view_sensitive,
                  enabled=user.enabled, scope_org_id=user.scope_org_id)
    values.update(changes)
    with db.session() as s:
        update_user(s, actor, user_id, **values)


# ---------------------------------------------------------------- first start


def test_no_default_password(db):
    with db.session() as s:
        assert needs_first_admin(s)
    for username, password in (("admin", "admin"), ("admin", ""), ("admin", "123456"), ("", "")):
        with pytest.raises(AuthError) as info:
            login(db, username, password)
        assert info.value.message == "用户名或密码错误"


def test_first_admin_only_while_there_are_no_users(db, boss):
    assert (boss.role, boss.username, boss.can_view_sensitive) == ("admin", "admin", True)
    with db.session() as s:
        assert not needs_first_admin(s)
        with pytest.raises(ValidationError) as info:
            create_first_admin(s, "second", ADMIN_PW)
    assert info.value.errors == {"username": "系统中已有用户，不能再创建初始管理员"}


def test_first_admin_obeys_the_rules(db):
    with db.session() as s:
        with pytest.raises(ValidationError):
            create_first_admin(s, "admin", "short")
        with pytest.raises(ValidationError):
            create_first_admin(s, "has space", ADMIN_PW)
        assert needs_first_admin(s)


# ---------------------------------------------------------------- passwords


@pytest.mark.parametrize(("password", "message"), [
    ("Ab1", "密码至少需要8位"),
    ("", "密码至少需要8位"),
    ("aaaaaaaa", "密码过于简单，请混合使用字母、数字等"),
    ("abababab", "密码过于简单，请混合使用字母、数字等"),
])
def test_password_rules(db, boss, password, message):
    with pytest.raises(ValidationError) as info:
        _add(db, boss, "xiaowang", "clerk", password=password)
    assert info.value.errors == {"password": message}


def test_password_hash_is_argon2id(db, boss):
    assert PRODUCTION_HASHER.hash(CLERK_PW).startswith("$argon2id$")
    uid = _add(db, boss, "xiaowang", "clerk")
    stored = _user(db, uid).password_hash
    assert stored.startswith("$argon2id$")
    assert CLERK_PW not in stored
    with db.session() as s:
        assert s.get(User, find_user_id(s, "admin")).password_hash.startswith("$argon2id$")


def test_login_returns_the_users_actor(db, boss, tree):
    uid = _add(db, boss, "chengguan", "clerk", can_view_sensitive=True, scope_org_id=tree["town_a"])
    actor = login(db, "chengguan", CLERK_PW)
    assert (actor.user_id, actor.role, actor.can_view_sensitive, actor.scope_org_id) == (uid, "clerk", True,
                                                                                         tree["town_a"])
    assert actor.scope_path == f"/{tree['county']}/{tree['town_a']}/"
    assert _user(db, uid).last_login_at is not None
    with db.session() as s:
        assert [e.action for e in s.scalars(select(AuditEntry).where(AuditEntry.entity == "user",
                                                                     AuditEntry.entity_id == str(uid)))] \
            == ["create", "login"]


# ---------------------------------------------------------------- lock-out


def test_success_resets_the_failure_count(db, boss):
    uid = _add(db, boss, "xiaowang", "clerk")
    for left in (4, 3, 2):
        with pytest.raises(AuthError) as info:
            login(db, "xiaowang", "wrong-password")
        assert info.value.message == f"用户名或密码错误（再错{left}次将锁定账户）"
    assert _user(db, uid).failed_logins == 3
    login(db, "xiaowang", CLERK_PW)
    assert _user(db, uid).failed_logins == 0
    for _ in range(4):  # four more wrong ones do not lock
        with pytest.raises(AuthError):
            login(db, "xiaowang", "wrong-password")
    login(db, "xiaowang", CLERK_PW)


def test_five_wrong_passwords_lock_the_account(db, boss):
    uid = _add(db, boss, "xiaowang", "clerk")
    for _ in range(4):
        with pytest.raises(AuthError):
            login(db, "xiaowang", "wrong-password")
    with pytest.raises(AuthError) as info:
        login(db, "xiaowang", "wrong-password")
    assert info.value.message == "连续输错密码5次，账户已锁定15分钟"
    locked_until = _user(db, uid).locked_until
    assert locked_until is not None
    assert timedelta(minutes=14) < locked_until - datetime.now() <= timedelta(minutes=15)
    # The right password does not help while locked, and the lock was committed.
    with pytest.raises(AuthError) as info:
        login(db, "xiaowang", CLERK_PW)
    assert info.value.message == "连续输错密码次数过多，账户已锁定，请15分钟后再试或请管理员解锁"
    with db.session() as s:
        assert [u.locked for u in list_users(s, boss) if u.id == uid] == [True]
        failures = s.scalars(select(AuditEntry.summary).where(AuditEntry.action == "login_failed")).all()
    assert failures == ["密码错误"] * 4 + ["连续输错密码，账户锁定"]


def test_lock_expires_after_15_minutes(db, boss):
    _add(db, boss, "xiaowang", "clerk")
    for _ in range(5):
        with pytest.raises(AuthError):
            login(db, "xiaowang", "wrong-password")
    soon = datetime.now() + timedelta(minutes=14)
    later = datetime.now() + timedelta(minutes=15, seconds=5)
    with db.session() as s:
        with pytest.raises(AuthError) as info:
            authenticate(s, "xiaowang", CLERK_PW, now=soon)
        assert "请1分钟后再试" in info.value.message
        actor = authenticate(s, "xiaowang", CLERK_PW, now=later)
    assert actor.username == "xiaowang"
    user = _user(db, actor.user_id)
    assert (user.locked_until, user.failed_logins) == (None, 0)


def test_admin_unlocks(db, boss):
    uid = _add(db, boss, "xiaowang", "clerk")
    for _ in range(5):
        with pytest.raises(AuthError):
            login(db, "xiaowang", "wrong-password")
    clerk = login(db, "admin", ADMIN_PW)
    with db.session() as s:
        unlock_user(s, clerk, uid)
    assert login(db, "xiaowang", CLERK_PW).user_id == uid


def test_disabled_user_cannot_log_in(db, boss):
    uid = _add(db, boss, "xiaowang", "clerk")
    _update(db, boss, uid, enabled=False)
    for password in (CLERK_PW, "wrong-password"):
        with pytest.raises(AuthError) as info:
            login(db, "xiaowang", password)
        assert info.value.message == "该账户已停用，请联系管理员"
    _update(db, boss, uid, enabled=True)
    assert login(db, "xiaowang", CLERK_PW).user_id == uid


def test_unknown_user_gets_the_same_message_as_a_wrong_password(db, boss):
    with pytest.raises(AuthError) as info:
        login(db, "nobody", ADMIN_PW)
    assert info.value.message == "用户名或密码错误"


# ---------------------------------------------------------------- managing users


def test_only_an_admin_manages_users(db, boss):
    uid = _add(db, boss, "xiaowang", "clerk")
    rid = _add(db, boss, "laoli", "reviewer")
    for actor in (login(db, "xiaowang", CLERK_PW), login(db, "laoli", CLERK_PW)):
        with pytest.raises(PermissionDenied):
            _add(db, actor, "intruder", "admin")
        with pytest.raises(PermissionDenied):
            _update(db, actor, uid, role="admin")
        with pytest.raises(PermissionDenied), db.session() as s:
            unlock_user(s, actor, uid)
        with pytest.raises(PermissionDenied), db.session() as s:
            set_password(s, actor, rid if actor.username == "xiaowang" else uid, "NewPass#2026")
    assert _user(db, uid).role == "clerk"
    with db.session() as s:
        assert find_user_id(s, "intruder") is None


def test_create_user_checks(db, boss, tree):
    _add(db, boss, "xiaowang", "clerk")
    with pytest.raises(ValidationError) as info:
        _add(db, boss, "xiaowang", "viewer")
    assert info.value.errors == {"username": "用户名“xiaowang”已存在"}
    with pytest.raises(ValidationError) as info:
        _add(db, boss, "someone", "superuser")
    assert info.value.errors == {"role": "未知的角色：superuser"}
    with pytest.raises(ValidationError):
        _add(db, boss, "  ", "clerk")
    with pytest.raises(ValidationError):
        _add(db, boss, "with space", "clerk")
    with pytest.raises(NotFound) as info:
        _add(db, boss, "nowhere", "clerk", scope_org_id=99999)
    assert "管辖范围" in info.value.message


def test_update_with_an_unknown_scope_is_refused_with_a_message(db, boss):
    uid = _add(db, boss, "xiaowang", "clerk")
    with pytest.raises(NotFound) as info:
        _update(db, boss, uid, scope_org_id=99999)
    assert info.value.message == "找不到管辖范围（编号 99999），可能已被删除"
    assert _user(db, uid).scope_org_id is None


def test_the_last_enabled_admin_cannot_be_demoted_or_disabled(db, boss):
    first = boss.user_id
    # The system actor (command line) is not an account, so the self-check does not apply.
    from unionapp.services.rights import SYSTEM_ACTOR

    for change in ({"role": "clerk"}, {"enabled": False}):
        with pytest.raises(ValidationError) as info:
            _update(db, SYSTEM_ACTOR, first, **change)
        assert info.value.errors == {"role": "至少要保留一名启用的管理员"}
    second = _add(db, boss, "admin2", "admin")
    _update(db, SYSTEM_ACTOR, first, role="clerk")
    assert _user(db, first).role == "clerk"
    with pytest.raises(ValidationError):
        _update(db, SYSTEM_ACTOR, second, enabled=False)


def test_an_admin_cannot_demote_or_disable_themselves(db, boss):
    _add(db, boss, "admin2", "admin")
    with pytest.raises(ValidationError) as info:
        _update(db, boss, boss.user_id, role="reviewer")
    assert info.value.errors == {"role": "不能取消自己的管理员身份或停用自己"}
    with pytest.raises(ValidationError):
        _update(db, boss, boss.user_id, enabled=False)


def test_a_disabled_admin_can_be_demoted_while_another_admin_is_enabled(db, boss):
    second = _add(db, boss, "admin2", "admin")
    _update(db, boss, second, enabled=False)
    _update(db, boss, second, role="viewer")
    assert _user(db, second).role == "viewer"


def test_a_viewer_never_gets_sensitive_data(db, boss):
    vid = _add(db, boss, "chakan", "viewer", can_view_sensitive=True)
    assert _user(db, vid).can_view_sensitive is False
    assert not login(db, "chakan", CLERK_PW).sees_sensitive
    cid = _add(db, boss, "xiaowang", "clerk", can_view_sensitive=True)
    assert _user(db, cid).can_view_sensitive is True
    _update(db, boss, cid, role="viewer", can_view_sensitive=True)
    assert _user(db, cid).can_view_sensitive is False


def test_update_is_audited_with_before_and_after(db, boss):
    import json

    uid = _add(db, boss, "xiaowang", "clerk")
    _update(db, boss, uid, role="reviewer", display_name="王审核")
    with db.session() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "update", AuditEntry.entity_id == str(uid))).one()
    assert json.loads(entry.before) == {"display_name": "xiaowang", "role": "clerk"}
    assert json.loads(entry.after) == {"display_name": "王审核", "role": "reviewer"}
    assert entry.username == "admin"
    assert "password_hash" not in (entry.before + entry.after)


def test_users_see_only_their_own_account_unless_admin(db, boss):
    uid = _add(db, boss, "xiaowang", "clerk")
    _add(db, boss, "laoli", "reviewer")
    clerk = login(db, "xiaowang", CLERK_PW)
    with db.session() as s:
        assert [u.username for u in list_users(s, clerk)] == ["xiaowang"]
        assert [u.username for u in list_users(s, boss)] == ["admin", "laoli", "xiaowang"]
        (row,) = list_users(s, clerk)
    assert (row.id, row.role_label, row.locked, row.enabled) == (uid, "业务员", False, True)


# ---------------------------------------------------------------- changing passwords


def test_set_own_password_needs_the_old_one(db, boss):
    uid = _add(db, boss, "xiaowang", "clerk")
    clerk = login(db, "xiaowang", CLERK_PW)
    with pytest.raises(PermissionDenied), db.session() as s:
        set_password(s, clerk, uid, "NewPass#2026")
    with pytest.raises(ValidationError) as info, db.session() as s:
        set_password(s, clerk, uid, "NewPass#2026", old_password="not-the-old-one")
    assert info.value.errors == {"old_password": "原密码不正确"}
    with pytest.raises(ValidationError), db.session() as s:
        set_password(s, clerk, uid, "short", old_password=CLERK_PW)
    with db.session() as s:
        set_password(s, clerk, uid, "NewPass#2026", old_password=CLERK_PW)
    with pytest.raises(AuthError):
        login(db, "xiaowang", CLERK_PW)
    assert login(db, "xiaowang", "NewPass#2026").user_id == uid


def test_admin_resets_a_password_and_clears_the_lock(db, boss):
    uid = _add(db, boss, "xiaowang", "clerk")
    for _ in range(5):
        with pytest.raises(AuthError):
            login(db, "xiaowang", "wrong-password")
    with db.session() as s:
        set_password(s, boss, uid, "Reset#2026")
    assert login(db, "xiaowang", "Reset#2026").user_id == uid
