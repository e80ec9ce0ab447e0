"""未建会单位: the organising drive's list, its follow-up log, and 建会 keeping the history."""

from datetime import date

import pytest

from tests.conftest import TODAY, make_actor
from unionapp.services import audit
from unionapp.services.code_lookup import code_options
from unionapp.services.errors import ConflictError, PermissionDenied, ValidationError
from unionapp.services.organizations import get_organization, organization_tree
from unionapp.services.organizing import (
    EmployerInput,
    add_follow_up,
    convert_to_union,
    create_employer,
    get_employer,
    list_employers,
    organizing_history,
    update_employer,
)

GOOD_CODE = "91370602MA3C5WQX85"


def _employer(db, actor, tree, **fields):
    values = dict(name="龙泉快递服务有限公司", township_org_id=tree["town_a"], workers=40, migrant_workers=25,
                  reason="职工人数少", unit_category="私营企业", industry="G")
    values.update(fields)
    with db.session() as s:
        return create_employer(s, actor, EmployerInput(**values))


def test_create_list_and_filter_by_township(db, tree, clerk):
    a = _employer(db, clerk, tree)
    b = _employer(db, clerk, tree, name="龙旺庄餐饮店", township_org_id=tree["town_b"])
    with db.session() as s:
        everyone = list_employers(s, clerk)
        town_a = list_employers(s, clerk, township_org_id=tree["town_a"])
        found = list_employers(s, clerk, text="餐饮")
    assert {r.id for r in everyone} == {a, b}
    assert [r.id for r in town_a] == [a]
    assert town_a[0].township_name == "城关镇总工会" and town_a[0].status_label == "未建会"
    assert [r.id for r in found] == [b]


def test_checks_give_chinese_messages_per_field(db, tree, clerk):
    bad = EmployerInput(name=" ", credit_code="91370602MA3C5WQX84", workers=10, migrant_workers=11,
                        township_org_id=tree["union_a"])
    with db.session() as s, pytest.raises(ValidationError) as info:
        create_employer(s, clerk, bad)
    errors = info.value.errors
    assert errors["name"] == "单位名称不能为空"
    assert "校验位错误" in errors["credit_code"]
    assert errors["migrant_workers"] == "农民工人数不能多于职工人数"
    assert "乡镇" in errors["township_org_id"]


def test_credit_code_of_an_existing_union_is_refused(db, tree, clerk):
    # The tree's 龙泉机械厂 already has a union with this code.
    with db.session() as s, pytest.raises(ValidationError) as info:
        create_employer(s, clerk, EmployerInput(name="龙泉机械厂", credit_code=GOOD_CODE,
                                                township_org_id=tree["town_a"]))
    assert "已经建会" in info.value.errors["credit_code"]


def test_update_with_version_and_conflict(db, tree, clerk):
    employer_id = _employer(db, clerk, tree)
    with db.session() as s:
        detail = get_employer(s, clerk, employer_id)
        update_employer(s, clerk, employer_id, EmployerInput(**{**detail.data.__dict__, "workers": 60}),
                        detail.version)
    with db.session() as s:
        assert get_employer(s, clerk, employer_id).data.workers == 60
        with pytest.raises(ConflictError):
            update_employer(s, clerk, employer_id, detail.data, detail.version)


def test_follow_up_log(db, tree, clerk):
    employer_id = _employer(db, clerk, tree)
    with db.session() as s:
        add_follow_up(s, clerk, employer_id, date(2026, 10, 9), "上门宣传《工会法》", today=TODAY)
        add_follow_up(s, clerk, employer_id, date(2026, 9, 1), "电话联系，约定再访", by="张科长", today=TODAY)
        with pytest.raises(ValidationError) as info:
            add_follow_up(s, clerk, employer_id, date(2027, 1, 1), "", today=TODAY)
    assert set(info.value.errors) == {"on", "note"}
    with db.session() as s:
        log = get_employer(s, clerk, employer_id).follow_ups
        row = list_employers(s, clerk)[0]
    assert [(f.on, f.by) for f in log] == [(date(2026, 9, 1), "张科长"), (date(2026, 10, 9), clerk.username)]
    assert row.follow_up_count == 2 and row.last_follow_up == date(2026, 10, 9)


def test_convert_to_union_keeps_history(db, tree, clerk, admin):
    employer_id = _employer(db, clerk, tree)
    with db.session() as s:
        add_follow_up(s, clerk, employer_id, date(2026, 10, 9), "发放入会申请书", today=TODAY)
    with db.session() as s:
        org_id = convert_to_union(s, clerk, employer_id, parent_id=tree["town_a"], union_name="龙泉快递服务有限公司工会委员会",
                                  founded_on=date(2026, 11, 1), approval_no="龙工字〔2026〕9号", today=TODAY)
    with db.session() as s:
        org = get_organization(s, clerk, org_id)
        employer = get_employer(s, clerk, employer_id)
        history = organizing_history(s, clerk, org_id)
        open_list = list_employers(s, clerk)
        nodes = {n.id: n for n in organization_tree(s, clerk)}
        entries = audit.list_entries(s, admin, entity="unorganized_employer", entity_id=str(employer_id))
    assert org.data.level == "grassroots" and org.data.employer_name == "龙泉快递服务有限公司"
    assert (org.data.workers, org.data.migrant_workers, org.data.industry) == (40, 25, "G")
    assert org.data.township_name == "城关镇" and org.data.founded_on == date(2026, 11, 1)
    assert nodes[org_id].parent_id == tree["town_a"]
    assert employer.status == "organized" and employer.organized_org_id == org_id
    assert [f.note for f in employer.follow_ups] == ["发放入会申请书", "建会：成立“龙泉快递服务有限公司工会委员会”"]
    assert history is not None and history.id == employer_id
    assert open_list == []
    assert any("建会" in e.summary for e in entries)
    with db.session() as s, pytest.raises(ValidationError):
        convert_to_union(s, clerk, employer_id, parent_id=tree["town_a"], union_name="再建一次",
                         founded_on=date(2026, 11, 2), today=TODAY)


def test_convert_refuses_a_bad_parent_and_leaves_the_employer_open(db, tree, clerk):
    employer_id = _employer(db, clerk, tree)
    with db.session() as s, pytest.raises(ValidationError) as info:
        convert_to_union(s, clerk, employer_id, parent_id=tree["union_b"], union_name="某工会",
                         founded_on=date(2026, 11, 1), today=TODAY)
    assert "不能设在" in info.value.errors["parent_id"]
    with db.session() as s:
        assert get_employer(s, clerk, employer_id).status == "open"


def test_rights_and_scope(db, tree, clerk, viewer):
    employer_id = _employer(db, clerk, tree)
    with db.session() as s, pytest.raises(PermissionDenied):
        create_employer(s, viewer, EmployerInput(name="某公司", township_org_id=tree["town_a"]))
    with db.session() as s:
        path_b = get_organization(s, clerk, tree["town_b"]).path
    town_b_clerk = make_actor("clerk", scope_path=path_b)
    with db.session() as s:
        assert list_employers(s, town_b_clerk) == []
        with pytest.raises(PermissionDenied):
            get_employer(s, town_b_clerk, employer_id)


def test_code_options_read_the_dictionaries(db, viewer):
    with db.session() as s:
        options = code_options(s, viewer, ["unit_category", "no_union_reason", "nothing"])
    assert options["unit_category"][0].name == "国有企业"
    assert "职工人数少" in [o.name for o in options["no_union_reason"]]
    assert options["nothing"] == ()
