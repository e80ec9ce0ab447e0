"""Organisations (DESIGN §2.1): the tree and its level rules, the union record's checks, moves,
dissolution and merging, member counts, 换届 reminders, scope, optimistic locking and audit."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from tests.conftest import TODAY, make_actor
from unionapp.db.models import AuditEntry, Member, Organization
from unionapp.services.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from unionapp.services.members import MemberInput, create_member, record_event
from unionapp.services.organizations import (
    OrgInput,
    create_organization,
    dissolve_organization,
    find_organization,
    get_organization,
    move_organization,
    organization_tree,
    renewal_due,
    update_organization,
)

GOOD_CREDIT = "91370602MA3C5WQX85"


def _create(db, actor, **fields) -> int:
    with db.session() as s:
        return create_organization(s, actor, OrgInput(**fields), today=TODAY)


def _refused(db, actor, **fields) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        _create(db, actor, **fields)
    return info.value


def _paths(db) -> dict[int, str]:
    with db.session() as s:
        return dict(s.execute(select(Organization.id, Organization.path)).tuples().all())


def _nodes(db, actor, **kwargs):
    with db.session() as s:
        return {n.id: n for n in organization_tree(s, actor, **kwargs)}


def _enrol(db, actor, org_id, id_number, name="王建国") -> int:
    with db.session() as s:
        return create_member(s, actor, MemberInput(name=name, id_number=id_number, org_id=org_id,
                                                   joined_on=date(2021, 3, 1)), today=TODAY).id


# Valid ID numbers (check digits computed), used to put members into unions.
IDS = ["11010519491231002X", "370602198901018888", "370602199003151235", "370602197511203012",
       "370611198512120017"]


# ---------------------------------------------------------------- tree and level rules


def test_tree_paths_follow_the_parents(db, tree):
    paths = _paths(db)
    county, town_a, union_a, branch = tree["county"], tree["town_a"], tree["union_a"], tree["branch"]
    assert paths[county] == f"/{county}/"
    assert paths[town_a] == f"/{county}/{town_a}/"
    assert paths[union_a] == f"/{county}/{town_a}/{union_a}/"
    assert paths[branch] == f"/{county}/{town_a}/{union_a}/{branch}/"


def test_tree_lists_parents_before_children(db, tree, clerk):
    with db.session() as s:
        nodes = organization_tree(s, clerk)
    order = [n.id for n in nodes]
    assert order.index(tree["county"]) < order.index(tree["town_a"]) < order.index(tree["union_a"]) \
        < order.index(tree["branch"])
    assert order.index(tree["town_b"]) < order.index(tree["union_b"])
    assert {n.id: n.level_label for n in nodes}[tree["branch"]] == "分会"


@pytest.mark.parametrize(
    ("level", "parent_key", "message"),
    [
        ("grassroots", "branch", "基层工会不能设在分会之下"),
        ("township", "town_a", "乡镇（街道）总工会不能设在乡镇（街道）总工会之下"),
        ("township", "union_a", "乡镇（街道）总工会不能设在基层工会之下"),
        ("branch", "town_a", "分会不能设在乡镇（街道）总工会之下"),
        ("industry", "town_b", "产业（系统）工会不能设在乡镇（街道）总工会之下"),
        ("county", "county", "县总工会不能设在县总工会之下"),
    ],
)
def test_level_rules_refuse_a_wrong_parent(db, tree, admin, level, parent_key, message):
    error = _refused(db, admin, level=level, name="新组织", parent_id=tree[parent_key])
    assert error.errors == {"parent_id": message}


@pytest.mark.parametrize("level", ["township", "grassroots", "branch", "industry", "federation"])
def test_only_a_county_may_have_no_parent(db, admin, level):
    error = _refused(db, admin, level=level, name="没有上级的组织")
    assert "必须有上级工会" in error.errors["parent_id"]


def test_allowed_parents_are_accepted(db, tree, admin):
    federation = _create(db, admin, level="federation", name="城关镇快递行业工会联合会", parent_id=tree["town_a"])
    union = _create(db, admin, level="grassroots", name="顺丰城关网点工会", parent_id=federation)
    industry = _create(db, admin, level="industry", name="龙泉县教育工会", parent_id=tree["county"])
    school = _create(db, admin, level="grassroots", name="龙泉一中工会", parent_id=industry)
    paths = _paths(db)
    assert paths[union] == f"/{tree['county']}/{tree['town_a']}/{federation}/{union}/"
    assert paths[school] == f"/{tree['county']}/{industry}/{school}/"


def test_unknown_level_is_refused(db, tree, admin):
    error = _refused(db, admin, level="village", name="某村工会", parent_id=tree["town_a"])
    assert error.errors["parent_id"] == "未知的组织层级：village"


def test_name_is_required(db, tree, admin):
    error = _refused(db, admin, level="grassroots", name="  ", parent_id=tree["town_a"])
    assert error.errors["name"] == "工会名称不能为空"


def test_viewer_and_reviewer_cannot_create(db, tree, viewer, reviewer):
    for actor in (viewer, reviewer):
        with pytest.raises(PermissionDenied):
            _create(db, actor, level="grassroots", name="某工会", parent_id=tree["town_a"])


# ---------------------------------------------------------------- the union record's checks


def test_credit_code_is_normalised_and_checked(db, tree, admin):
    org = _create(db, admin, level="grassroots", name="甲工会", parent_id=tree["town_a"],
                  credit_code=" 91370602ma3c5wqx85 ")
    with db.session() as s:
        assert get_organization(s, admin, org).data.credit_code == GOOD_CREDIT


def test_credit_code_with_a_wrong_check_character_is_refused(db, tree, admin):
    wrong = GOOD_CREDIT[:-1] + ("6" if GOOD_CREDIT[-1] != "6" else "7")
    error = _refused(db, admin, level="grassroots", name="乙工会", parent_id=tree["town_a"], credit_code=wrong)
    assert error.errors["credit_code"] == f"统一社会信用代码校验失败：{wrong}，校验位错误，请核对营业执照或登记证书"
    assert "统一社会信用代码" in error.message


def test_worker_counts_are_checked(db, tree, admin):
    base = dict(level="grassroots", name="丙工会", parent_id=tree["town_a"])
    error = _refused(db, admin, **base, workers=10, female_workers=11)
    assert error.errors == {"female_workers": "女职工人数不能多于职工人数"}
    error = _refused(db, admin, **base, workers=10, migrant_workers=12)
    assert error.errors == {"migrant_workers": "农民工人数不能多于职工人数"}
    error = _refused(db, admin, **base, workers=-1)
    assert error.errors == {"workers": "人数不能为负数"}
    # Equal counts are fine.
    org = _create(db, admin, **base, workers=10, female_workers=10, migrant_workers=10)
    with db.session() as s:
        data = get_organization(s, admin, org).data
    assert (data.workers, data.female_workers, data.migrant_workers) == (10, 10, 10)


def test_dates_are_checked(db, tree, admin):
    base = dict(level="grassroots", name="丁工会", parent_id=tree["town_a"])
    error = _refused(db, admin, **base, term_start=date(2024, 1, 1), term_end=date(2023, 1, 1))
    assert error.errors == {"term_end": "本届结束日期应晚于开始日期"}
    error = _refused(db, admin, **base, founded_on=date(2027, 1, 1))
    assert error.errors == {"founded_on": "日期不能晚于今天"}


def test_text_fields_are_cleaned(db, tree, admin):
    org = _create(db, admin, level="grassroots", name=" 戊工会　", parent_id=tree["town_a"],
                  short_name="  ", chair_name=" 李 明 ")
    with db.session() as s:
        data = get_organization(s, admin, org).data
    assert (data.name, data.short_name, data.chair_name) == ("戊工会", None, "李 明")


def test_cannot_create_under_a_dissolved_parent(db, tree, admin):
    town = _create(db, admin, level="township", name="新设镇总工会", parent_id=tree["county"])
    _dissolve(db, admin, town)
    error = _refused(db, admin, level="grassroots", name="某工会", parent_id=town)
    assert error.errors == {"parent_id": "上级工会已撤销或合并，不能在其下新建组织"}


# ---------------------------------------------------------------- moves


def test_move_a_union_with_its_branch_rewrites_both_paths(db, tree, admin, clerk):
    _enrol(db, clerk, tree["union_a"], IDS[0])
    _enrol(db, clerk, tree["branch"], IDS[1])
    county, town_b, union_a, branch = tree["county"], tree["town_b"], tree["union_a"], tree["branch"]
    with db.session() as s:
        move_organization(s, admin, union_a, town_b)
    paths = _paths(db)
    assert paths[union_a] == f"/{county}/{town_b}/{union_a}/"
    assert paths[branch] == f"/{county}/{town_b}/{union_a}/{branch}/"
    assert paths[tree["union_b"]] == f"/{county}/{town_b}/{tree['union_b']}/"  # siblings untouched
    with db.session() as s:
        assert get_organization(s, admin, union_a).data.parent_id == town_b
    nodes = _nodes(db, clerk)
    assert nodes[tree["town_a"]].subtree_member_count == 0
    assert nodes[town_b].subtree_member_count == 2
    assert nodes[county].subtree_member_count == 2
    assert nodes[union_a].parent_id == town_b


def test_move_with_paths_that_share_a_prefix(db, tree, admin):
    """Moving /1/2/4/ must not touch /1/2/40/: the subtree is a path range, not a loose prefix."""
    union_a = tree["union_a"]
    lookalike = None
    with db.session() as s:
        for i in range(300):
            org = create_organization(s, admin, OrgInput(level="grassroots", name=f"工会{i}",
                                                         parent_id=tree["town_a"]), today=TODAY)
            if str(org).startswith(str(union_a)):
                lookalike = org
                break
    assert lookalike is not None
    before = _paths(db)[lookalike]
    with db.session() as s:
        move_organization(s, admin, union_a, tree["town_b"])
    paths = _paths(db)
    assert paths[lookalike] == before
    assert paths[union_a] == f"/{tree['county']}/{tree['town_b']}/{union_a}/"


def test_move_under_its_own_descendant_or_itself_is_refused(db, tree, admin):
    for target in (tree["branch"], tree["union_a"]):
        with pytest.raises(ValidationError) as info, db.session() as s:
            move_organization(s, admin, tree["union_a"], target)
        assert info.value.errors == {"parent_id": "不能把组织移到它自己或它的下级之下"}
    town = tree["town_a"]
    with pytest.raises(ValidationError), db.session() as s:
        move_organization(s, admin, town, tree["union_a"])
    assert _paths(db)[tree["branch"]].startswith(f"/{tree['county']}/{town}/")


def test_move_obeys_the_level_rules(db, tree, admin):
    with pytest.raises(ValidationError) as info, db.session() as s:
        move_organization(s, admin, tree["union_b"], tree["branch"])
    assert info.value.errors == {"parent_id": "基层工会不能设在分会之下"}


def test_move_is_audited(db, tree, admin):
    with db.session() as s:
        move_organization(s, admin, tree["union_a"], tree["town_b"])
    with db.session() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity == "organization",
                                                    AuditEntry.entity_id == str(tree["union_a"]))
                          .order_by(AuditEntry.id.desc())).first()
    assert entry.action == "update" and "移动组织" in entry.summary
    assert f'"parent_id": {tree["town_a"]}' in entry.before and f'"parent_id": {tree["town_b"]}' in entry.after


# ---------------------------------------------------------------- dissolve and merge


def _dissolve(db, actor, org_id, **kwargs):
    with db.session() as s:
        dissolve_organization(s, actor, org_id, date(2026, 10, 1), "企业关闭", **kwargs)


def test_dissolve_refused_while_active_children_remain(db, tree, admin):
    with pytest.raises(ValidationError) as info:
        _dissolve(db, admin, tree["union_a"])
    assert info.value.errors == {"status": "该组织下还有 1 个未撤销的下级组织，请先处理"}


def test_dissolve_refused_while_current_members_remain(db, tree, admin, clerk):
    member = _enrol(db, clerk, tree["union_b"], IDS[0])
    with db.session() as s:
        record_event(s, clerk, member, "retain", date(2026, 1, 1), "退休", today=TODAY)
    with pytest.raises(ValidationError) as info:
        _dissolve(db, admin, tree["union_b"])
    assert info.value.errors == {"status": "该组织还有 1 名会员，请先办理会籍接转"}
    with db.session() as s:
        record_event(s, clerk, member, "leave", date(2026, 2, 1), "本人申请", today=TODAY)
    _dissolve(db, admin, tree["union_b"])  # a member who left no longer counts
    with db.session() as s:
        detail = get_organization(s, admin, tree["union_b"])
    assert (detail.status, detail.status_on, detail.status_reason) == ("dissolved", date(2026, 10, 1), "企业关闭")


def test_dissolve_allowed_after_children_are_dissolved(db, tree, admin):
    _dissolve(db, admin, tree["branch"])
    _dissolve(db, admin, tree["union_a"])
    nodes = _nodes(db, admin)
    assert tree["union_a"] not in nodes and tree["branch"] not in nodes
    closed = _nodes(db, admin, include_closed=True)
    assert closed[tree["union_a"]].status == "dissolved"
    with pytest.raises(ValidationError) as info:
        _dissolve(db, admin, tree["union_a"])
    assert info.value.errors == {"status": "该组织已经撤销或合并"}


def test_dissolve_needs_a_reason(db, tree, admin):
    with pytest.raises(ValidationError) as info, db.session() as s:
        dissolve_organization(s, admin, tree["union_b"], date(2026, 10, 1), "  ")
    assert info.value.errors == {"status_reason": "请填写撤销或合并的原因"}


def test_merge_into_another_union(db, tree, admin):
    with pytest.raises(ValidationError) as info:
        _dissolve(db, admin, tree["union_b"], merged_into_id=tree["union_b"])
    assert info.value.errors == {"merged_into_id": "请选择一个正常状态的其他组织"}
    _dissolve(db, admin, tree["union_b"], merged_into_id=tree["union_a"])
    with db.session() as s:
        org = s.get(Organization, tree["union_b"])
        assert (org.status, org.merged_into_id) == ("merged", tree["union_a"])
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity_id == str(tree["union_b"]))
                          .order_by(AuditEntry.id.desc())).first()
    assert '"status": "normal"' in entry.before and '"status": "merged"' in entry.after
    other = _create(db, admin, level="grassroots", name="己工会", parent_id=tree["town_b"])
    with pytest.raises(ValidationError):  # cannot merge into a closed union
        _dissolve(db, admin, other, merged_into_id=tree["union_b"])


# ---------------------------------------------------------------- member counts and reminders


def test_member_counts_come_from_members(db, tree, clerk, admin):
    active = _enrol(db, clerk, tree["union_a"], IDS[0])
    retained = _enrol(db, clerk, tree["union_a"], IDS[1])
    left = _enrol(db, clerk, tree["union_a"], IDS[2])
    _enrol(db, clerk, tree["branch"], IDS[3])
    _enrol(db, clerk, tree["union_b"], IDS[4])
    with db.session() as s:
        record_event(s, clerk, retained, "retain", date(2025, 1, 1), "退休", today=TODAY)
        record_event(s, clerk, left, "leave", date(2025, 1, 1), "离职", today=TODAY)
    nodes = _nodes(db, clerk)
    assert nodes[tree["union_a"]].member_count == 2
    assert nodes[tree["branch"]].member_count == 1
    assert nodes[tree["union_a"]].subtree_member_count == 3
    assert nodes[tree["town_a"]].member_count == 0
    assert nodes[tree["town_a"]].subtree_member_count == 3
    assert nodes[tree["town_b"]].subtree_member_count == 1
    assert nodes[tree["county"]].subtree_member_count == 4
    with db.session() as s:
        assert get_organization(s, admin, tree["union_a"]).member_count == 2
        assert s.get(Member, active).status == "active"


def test_renewal_due_within_90_days(db, tree, admin):
    # union_a's term ends 2027-01-31: 71 days after TODAY.
    late = _create(db, admin, level="grassroots", name="换届还早工会", parent_id=tree["town_a"],
                   term_start=date(2023, 1, 1), term_end=date(2027, 6, 30))
    overdue = _create(db, admin, level="grassroots", name="早该换届工会", parent_id=tree["town_b"],
                      term_start=date(2020, 1, 1), term_end=date(2025, 1, 1))
    edge = _create(db, admin, level="grassroots", name="正好90天工会", parent_id=tree["town_b"],
                   term_start=date(2022, 2, 19), term_end=date(2027, 2, 19))
    with db.session() as s:
        due = {n.id for n in renewal_due(s, admin, today=TODAY)}
        assert due == {tree["union_a"], overdue, edge}
        assert late not in due
        assert {n.id for n in renewal_due(s, admin, within_days=30, today=TODAY)} == {overdue}


# ---------------------------------------------------------------- scope


def test_scoped_actor_sees_and_edits_only_its_township(db, tree, admin):
    town_a_path = _paths(db)[tree["town_a"]]
    scoped = make_actor("clerk", sensitive=True, username="城关镇业务员", scope_path=town_a_path)
    nodes = _nodes(db, scoped)
    assert set(nodes) == {tree["town_a"], tree["union_a"], tree["branch"]}
    with db.session() as s:
        assert get_organization(s, scoped, tree["union_a"]).id == tree["union_a"]
        with pytest.raises(PermissionDenied):
            get_organization(s, scoped, tree["union_b"])
    with db.session() as s:
        detail = get_organization(s, admin, tree["union_b"])
    with pytest.raises(PermissionDenied), db.session() as s:
        update_organization(s, scoped, tree["union_b"], replace(detail.data, chair_name="张三"), detail.version,
                            today=TODAY)
    with pytest.raises(PermissionDenied):
        _create(db, scoped, level="grassroots", name="越界工会", parent_id=tree["town_b"])
    with pytest.raises(PermissionDenied):
        _create(db, scoped, level="county", name="另一个县总工会")
    with pytest.raises(PermissionDenied), db.session() as s:
        move_organization(s, scoped, tree["union_a"], tree["town_b"])
    with pytest.raises(PermissionDenied):
        _dissolve(db, scoped, tree["union_b"])
    # Inside the scope everything works.
    made = _create(db, scoped, level="grassroots", name="城关新工会", parent_id=tree["town_a"])
    assert _paths(db)[made].startswith(town_a_path)


# ---------------------------------------------------------------- updates: locking and audit


def test_update_changes_the_record_and_bumps_the_version(db, tree, clerk):
    with db.session() as s:
        detail = get_organization(s, clerk, tree["union_a"])
    with db.session() as s:
        update_organization(s, clerk, tree["union_a"], replace(detail.data, chair_name="赵主席", workers=150),
                            detail.version, today=TODAY)
    with db.session() as s:
        after = get_organization(s, clerk, tree["union_a"])
    assert (after.data.chair_name, after.data.workers) == ("赵主席", 150)
    assert after.version == detail.version + 1


def test_update_with_a_stale_version_raises_conflict(db, tree, clerk):
    with db.session() as s:
        detail = get_organization(s, clerk, tree["union_a"])
    with db.session() as s:
        update_organization(s, clerk, tree["union_a"], replace(detail.data, chair_name="甲"), detail.version,
                            today=TODAY)
    with pytest.raises(ConflictError) as info, db.session() as s:
        update_organization(s, clerk, tree["union_a"], replace(detail.data, chair_name="乙"), detail.version,
                            today=TODAY)
    assert "已被其他人修改" in info.value.message
    with db.session() as s:
        assert get_organization(s, clerk, tree["union_a"]).data.chair_name == "甲"


def test_update_refuses_parent_and_level_changes(db, tree, clerk):
    with db.session() as s:
        detail = get_organization(s, clerk, tree["union_b"])
    with pytest.raises(ValidationError) as info, db.session() as s:
        update_organization(s, clerk, tree["union_b"], replace(detail.data, parent_id=tree["town_a"]),
                            detail.version, today=TODAY)
    assert info.value.errors == {"parent_id": "调整上级工会请使用“移动”"}
    with pytest.raises(ValidationError) as info, db.session() as s:
        update_organization(s, clerk, tree["union_b"], replace(detail.data, level="federation"), detail.version,
                            today=TODAY)
    assert info.value.errors == {"level": "组织层级不能直接修改"}


def test_update_is_audited_with_before_and_after(db, tree, clerk):
    import json

    with db.session() as s:
        detail = get_organization(s, clerk, tree["union_a"])
    with db.session() as s:
        update_organization(s, clerk, tree["union_a"], replace(detail.data, workers=130, chair_name="钱主席"),
                            detail.version, today=TODAY)
    with db.session() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "update",
                                                    AuditEntry.entity_id == str(tree["union_a"]))).one()
    assert entry.username == "业务员小王"
    assert json.loads(entry.before) == {"workers": 120, "chair_name": None}
    assert json.loads(entry.after) == {"workers": 130, "chair_name": "钱主席"}


def test_create_is_audited(db, tree):
    with db.session() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.entity == "organization",
                                                      AuditEntry.action == "create")).all()
    assert {e.entity_id for e in entries} == {str(v) for v in tree.values()}
    union_a = next(e for e in entries if e.entity_id == str(tree["union_a"]))
    assert union_a.summary == "新建基层工会：龙泉机械厂工会委员会"
    assert '"credit_code": "91370602MA3C5WQX85"' in union_a.after


def test_a_command_line_names_an_organisation_by_id_name_or_short_name_never_the_first_of_two(db, tree, admin):
    with db.session() as s:
        assert find_organization(s, str(tree["union_a"])) == tree["union_a"]
        name = s.get(Organization, tree["union_a"]).name
        assert find_organization(s, f" {name} ") == tree["union_a"]
        create_organization(s, admin, OrgInput(level="grassroots", name="实验小学工会", short_name="实验小学",
                                               parent_id=tree["town_a"]), today=TODAY)
        assert find_organization(s, "实验小学") == find_organization(s, "实验小学工会")
        create_organization(s, admin, OrgInput(level="grassroots", name="实验小学工会", parent_id=tree["town_b"]),
                            today=TODAY)
        with pytest.raises(ValidationError) as twice:
            find_organization(s, "实验小学工会", "工会")
        assert "有2个" in twice.value.message and "请改用组织编号" in twice.value.message
        with pytest.raises(NotFound) as missing:
            find_organization(s, "火星镇总工会", "工会")
        assert missing.value.message == "找不到工会“火星镇总工会”：请给出组织编号或名称"
