"""A clerk limited to one township's subtree (DESIGN §3): which unions may be a scope, never an
administrator, the change audited with the unions' names, and the command line's ORG lookup."""

from __future__ import annotations

import json

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from tests.conftest import TODAY
from unionapp.db.models import AuditEntry, Organization, User
from unionapp.services import users
from unionapp.services.errors import NotFound, ValidationError
from unionapp.services.organizations import OrgInput, create_organization
from unionapp.services.rights import SYSTEM_ACTOR
from unionapp.services.users import check_scope, create_user, find_scope_org, login, update_user

PASSWORD = "xiaowang123"


@pytest.fixture(autouse=True)
def _fast_argon2(monkeypatch):
    monkeypatch.setattr(users, "_hasher", PasswordHasher(time_cost=1, memory_cost=64, parallelism=1))


def _add(db, username, role="clerk", **kwargs) -> int:
    with db.session() as s:
        return create_user(s, SYSTEM_ACTOR, username, PASSWORD, role, **kwargs)


def _update(db, user_id, **changes):
    with db.session() as s:
        user = s.get(User, user_id)
        values = dict(role=user.role, display_name=user.display_name, can_view_sensitive=user.can_view_sensitive,
                      enabled=user.enabled, scope_org_id=user.scope_org_id)
    values.update(changes)
    with db.session() as s:
        update_user(s, SYSTEM_ACTOR, user_id, **values)


def _scope(db, user_id):
    with db.session() as s:
        return s.get(User, user_id).scope_org_id


def test_a_township_industry_union_or_the_county_may_be_a_scope(db, tree):
    with db.session() as s:
        industry = create_organization(s, SYSTEM_ACTOR, OrgInput(level="industry", name="县教育工会",
                                                                  parent_id=tree["county"]), today=TODAY)
    for name, org_id in (("town", tree["town_a"]), ("industry", industry), ("county", tree["county"])):
        uid = _add(db, name, scope_org_id=org_id)
        assert _scope(db, uid) == org_id
    assert login(db, "town", PASSWORD).scope_path == f"/{tree['county']}/{tree['town_a']}/"


@pytest.mark.parametrize("key", ["union_a", "branch"])
def test_a_grassroots_union_or_a_branch_is_refused(db, tree, key):
    with pytest.raises(ValidationError) as info:
        _add(db, "xiaowang", scope_org_id=tree[key])
    message = info.value.errors["scope_org_id"]
    assert message.startswith("管辖范围只能是县总工会、乡镇（街道）总工会、产业（系统）工会，")
    assert ("基层工会" if key == "union_a" else "分会") in message
    uid = _add(db, "xiaowang")
    with pytest.raises(ValidationError):
        _update(db, uid, scope_org_id=tree[key])
    assert _scope(db, uid) is None


def test_a_dissolved_township_is_refused_but_an_unchanged_scope_stays(db, tree):
    uid = _add(db, "xiaowang", scope_org_id=tree["town_b"])
    with db.session() as s:
        s.get(Organization, tree["town_b"]).status = "dissolved"
    with pytest.raises(ValidationError) as info:
        _add(db, "laoli", scope_org_id=tree["town_b"])
    assert info.value.errors == {"scope_org_id": "“龙旺庄街道总工会”已撤销，不能作为管辖范围"}
    _update(db, uid, display_name="王晓")  # editing other fields keeps the older scope
    assert _scope(db, uid) == tree["town_b"]


def test_an_administrator_is_never_limited(db, tree):
    with pytest.raises(ValidationError) as info:
        _add(db, "admin2", "admin", scope_org_id=tree["town_a"])
    assert info.value.errors == {"scope_org_id": users.ADMIN_SCOPE_MESSAGE}
    admin = _add(db, "admin2", "admin")
    with pytest.raises(ValidationError):
        _update(db, admin, scope_org_id=tree["town_a"])
    # A scoped clerk promoted to administrator loses the scope (the unchanged value is dropped).
    uid = _add(db, "xiaowang", scope_org_id=tree["town_a"])
    _update(db, uid, role="admin")
    assert _scope(db, uid) is None
    # An old record with an administrator's scope does not limit them.
    with db.session() as s:
        s.get(User, admin).scope_org_id = tree["town_a"]
    actor = login(db, "admin2", PASSWORD)
    assert (actor.scope_org_id, actor.scope_path) == (None, None)
    with db.session() as s, pytest.raises(ValidationError):
        check_scope(s, "admin", tree["town_a"])


def test_changing_the_scope_is_audited_with_the_unions_names(db, tree):
    uid = _add(db, "xiaowang", scope_org_id=tree["town_a"])
    _update(db, uid, scope_org_id=tree["town_b"])
    _update(db, uid, scope_org_id=None)
    with db.session() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.entity == "user", AuditEntry.entity_id == str(uid))
                            .order_by(AuditEntry.id)).all()
        assert entries[0].summary == "新增用户：xiaowang（业务员，管辖范围：城关镇总工会）"
        assert [e.summary for e in entries[1:]] == [
            "修改用户：xiaowang（管辖范围：城关镇总工会 → 龙旺庄街道总工会）",
            "修改用户：xiaowang（管辖范围：龙旺庄街道总工会 → 全县）",
        ]
        assert (json.loads(entries[1].before), json.loads(entries[1].after)) == (
            {"scope_org_id": tree["town_a"]}, {"scope_org_id": tree["town_b"]})
    _update(db, uid, display_name="王晓")
    with db.session() as s:
        last = s.scalars(select(AuditEntry).where(AuditEntry.entity == "user").order_by(AuditEntry.id.desc())).first()
        assert last.summary == "修改用户：xiaowang"


def test_find_scope_org_by_id_or_exact_name(db, tree):
    with db.session() as s:
        assert find_scope_org(s, str(tree["town_a"])) == tree["town_a"]
        assert find_scope_org(s, " 龙旺庄街道总工会 ") == tree["town_b"]
        with pytest.raises(NotFound) as info:
            find_scope_org(s, "城关镇")  # not the exact name
        assert info.value.message == "找不到管辖范围“城关镇”：请给出组织编号或名称"
        with pytest.raises(NotFound):
            find_scope_org(s, "99999")
        create_organization(s, SYSTEM_ACTOR, OrgInput(level="federation", name="城关镇总工会",
                                                       parent_id=tree["town_b"]), today=TODAY)
        with pytest.raises(ValidationError) as info:
            find_scope_org(s, "城关镇总工会")
        assert "有2个" in info.value.message and "请改用组织编号" in info.value.message
        with pytest.raises(ValidationError):
            find_scope_org(s, "  ")
