"""困难职工档案 (DESIGN §2.3): filing with every field checked, 一户一档, approval by the reviewer
only, sending back, annual reviews, 脱困 / 注销, masking and locking, attachments."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from tests.conftest import TODAY, make_actor
from tests.unit.aid_helpers import FAMILY, add_member, file_input, filed, person_id, valid_id
from unionapp.db.models import AuditEntry, HardshipFile
from unionapp.services.codes import add_item, list_items, set_enabled
from unionapp.services.errors import ConflictError, PermissionDenied, ValidationError
from unionapp.services.hardship import (
    FamilyMemberInput,
    create_hardship_file,
    get_hardship_file,
    list_attachments,
    update_hardship_file,
)
from unionapp.services.hardship_attachments import add_attachment, get_attachment
from unionapp.services.hardship_review import (
    ReviewInput,
    annual_review,
    approve_file,
    close_file,
    return_file,
    submit_file,
)

WORKER = valid_id("37060219780512301")  # 男


def _create(db, actor, **fields):
    with db.session() as s:
        return create_hardship_file(s, actor, file_input(**fields), today=TODAY)


def _detail(db, actor, file_id):
    with db.session() as s:
        return get_hardship_file(s, actor, file_id, today=TODAY)


def test_a_member_household_is_filed_with_every_field(db, tree, clerk):
    member = add_member(db, clerk, tree["union_a"], "王建军", WORKER, employer_name="龙泉机械厂", phone="13800138000")
    result = _create(db, clerk, member_id=member, family=FAMILY)
    assert result.file_no == "KN2026-00001"
    detail = _detail(db, clerk, result.id)
    assert detail.status == "pending" and detail.status_label == "待审核"
    assert (detail.data.name, detail.data.id_number, detail.data.unit_name) == ("王建军", WORKER, "龙泉机械厂")
    assert detail.sex == "男" and detail.birth_date == date(1978, 5, 12)
    assert detail.data.phone == "13800138000" and detail.org_name == "龙泉机械厂工会委员会"
    assert detail.data.secondary_causes == ("子女上学",)
    assert detail.data.monthly_income == Decimal("1800.00")
    # 家庭月人均收入 = 30000 / 12 / 3
    assert detail.per_capita_monthly == Decimal("833.33")
    assert [(f.name, f.relation, f.age) for f in detail.family] == [("李秀英", "配偶", 44), ("王小明", "子", 12)]
    assert detail.created_by == "业务员小王"
    assert detail.data.bank_account == "6228480012345678901"


def test_a_non_member_worker_needs_name_id_and_union(db, tree, clerk):
    with pytest.raises(ValidationError) as info:
        _create(db, clerk, name="", id_number="37060219780512301X", org_id=None)
    assert set(info.value.errors) >= {"name", "id_number", "org_id"}
    result = _create(db, clerk, name="赵桂兰", id_number=valid_id("37060219700101002"), unit_name="个体",
                     org_id=tree["town_b"])
    assert _detail(db, clerk, result.id).sex == "女"


def test_codes_and_causes_are_checked(db, tree, clerk):
    with pytest.raises(ValidationError) as info:
        _create(db, clerk, name="甲", id_number=person_id(1), org_id=tree["union_a"], category="特别困难",
                main_cause="好吃懒做", secondary_causes=("子女上学", "下岗失业", "遭受自然灾害", "其他"),
                health="很好", work_status="摸鱼", family_size=0)
    errors = info.value.errors
    assert "困难类别“特别困难”不在字典中" in errors["category"]
    assert "主要致困原因" in errors["main_cause"]
    assert "最多填3项" in errors["secondary_causes"]
    assert {"health", "work_status", "family_size"} <= set(errors)
    with pytest.raises(ValidationError) as info:
        _create(db, clerk, name="甲", id_number=person_id(1), org_id=tree["union_a"], main_cause="子女上学",
                secondary_causes=("子女上学",))
    assert "不能与主要致困原因相同" in info.value.errors["secondary_causes"]


def test_one_open_file_per_household(db, tree, clerk, reviewer):
    first = _create(db, clerk, name="钱进", id_number=WORKER, org_id=tree["union_a"], family=FAMILY)
    with pytest.raises(ValidationError) as info:
        _create(db, clerk, name="钱进", id_number=WORKER, org_id=tree["union_b"])
    assert "已有待审核的困难职工档案" in info.value.errors["id_number"] and first.file_no in str(info.value)
    # The spouse listed in the first file cannot open a second file for the same household.
    spouse = valid_id("37060219820303002")
    with pytest.raises(ValidationError) as info:
        _create(db, clerk, name="李秀英", id_number=spouse, org_id=tree["union_a"], family=())
    assert "已作为家庭成员登记在钱进的困难职工档案" in info.value.errors["id_number"]
    # Once closed, the household may be filed again.
    with db.session() as s:
        approve_file(s, reviewer, first.id, today=TODAY)
    with db.session() as s:
        close_file(s, clerk, first.id, "cancelled", "信息登记错误", today=TODAY)
    assert _create(db, clerk, name="钱进", id_number=WORKER, org_id=tree["union_a"]).file_no == "KN2026-00002"


def test_only_a_reviewer_approves_and_a_clerk_cannot(db, tree, clerk, reviewer):
    file_id = _create(db, clerk, name="孙丽", id_number=person_id(2, female=True), org_id=tree["union_a"]).id
    with db.session() as s, pytest.raises(PermissionDenied):
        approve_file(s, clerk, file_id, "我自己批")
    with db.session() as s:
        approve_file(s, reviewer, file_id, "经入户核查，情况属实", today=TODAY)
    detail = _detail(db, clerk, file_id)
    assert (detail.status, detail.reviewed_by, detail.reviewer_opinion, detail.approved_on) == \
        ("active", "审核员老李", "经入户核查，情况属实", TODAY)
    with db.session() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity == "hardship_file", AuditEntry.action == "approve")
                          ).one()
    assert entry.username == "审核员老李" and "审核通过" in entry.summary
    with db.session() as s, pytest.raises(ValidationError, match="不能审核通过"):
        approve_file(s, reviewer, file_id, "再批一次")


def test_sending_back_needs_an_opinion_and_the_clerk_resubmits(db, tree, clerk, reviewer):
    file_id = _create(db, clerk, name="周强", id_number=person_id(3), org_id=tree["union_a"]).id
    with db.session() as s, pytest.raises(ValidationError, match="请填写审核意见"):
        return_file(s, reviewer, file_id, "  ")
    with db.session() as s:
        return_file(s, reviewer, file_id, "缺少诊断证明，请补充")
    detail = _detail(db, clerk, file_id)
    assert detail.status_label == "退回修改" and detail.reviewer_opinion == "缺少诊断证明，请补充"
    with db.session() as s, pytest.raises(ValidationError):
        approve_file(s, reviewer, file_id)  # not before it is submitted again
    with db.session() as s:
        add_attachment(s, clerk, file_id, "C:\\扫描\\诊断证明.pdf", b"%PDF-1.4 scan", "application/pdf", "诊断证明")
        submit_file(s, clerk, file_id)
    with db.session() as s:
        approve_file(s, reviewer, file_id, today=TODAY)
    assert _detail(db, clerk, file_id).status == "active"


def test_attachments_are_stored_with_the_file(db, tree, clerk, viewer):
    file_id = _create(db, clerk, name="吴敏", id_number=person_id(4), org_id=tree["union_a"]).id
    with db.session() as s:
        attachment = add_attachment(s, clerk, file_id, "户口本.jpg", b"\xff\xd8jpeg", "image/jpeg", "户口本")
    with db.session() as s:
        assert [(a.filename, a.size, a.description) for a in list_attachments(s, clerk, file_id)] == \
            [("户口本.jpg", 6, "户口本")]
        assert get_attachment(s, clerk, attachment) == ("户口本.jpg", "image/jpeg", b"\xff\xd8jpeg")
        with pytest.raises(PermissionDenied):
            get_attachment(s, viewer, attachment)
        with pytest.raises(ValidationError):
            add_attachment(s, clerk, file_id, "空.pdf", b"", "application/pdf")
    assert _detail(db, clerk, file_id).attachments[0].filename == "户口本.jpg"


def test_viewer_sees_masked_data_and_cannot_edit(db, tree, clerk, viewer):
    file_id = _create(db, clerk, name="郑华", id_number=WORKER, org_id=tree["union_a"], phone="13912345678",
                      family=FAMILY).id
    detail = _detail(db, viewer, file_id)
    assert detail.masked
    assert detail.data.id_number == "370602********3011"[:6] + "********" + WORKER[-4:]
    assert detail.data.bank_account == "**** **** **** 8901"
    assert detail.data.phone == "139****5678"
    assert detail.family[0].id_number.startswith("370602") and "*" in detail.family[0].id_number
    with db.session() as s, pytest.raises(PermissionDenied):
        update_hardship_file(s, viewer, file_id, detail.data, detail.version)
    with db.session() as s, pytest.raises(PermissionDenied):
        create_hardship_file(s, viewer, file_input(name="某", id_number=person_id(9), org_id=tree["union_a"]))
    # A clerk without 查看敏感信息 saving the masked form keeps the stored numbers.
    plain_clerk = make_actor("clerk", username="实习业务员")
    masked = _detail(db, plain_clerk, file_id)
    with db.session() as s:
        update_hardship_file(s, plain_clerk, file_id, masked.data, masked.version, today=TODAY)
    with db.session() as s:
        record = s.get(HardshipFile, file_id)
        assert (record.id_number, record.bank_account, record.phone) == (WORKER, "6228480012345678901", "13912345678")
    assert _detail(db, clerk, file_id).family[0].id_number == FAMILY[0].id_number


def test_full_look_is_audited(db, tree, clerk):
    file_id = _create(db, clerk, name="冯雪", id_number=person_id(5, female=True), org_id=tree["union_a"]).id
    _detail(db, clerk, file_id)
    with db.session() as s:
        views = s.scalars(select(AuditEntry.summary).where(AuditEntry.action == "view")).all()
    assert any("冯雪" in v for v in views)


def test_optimistic_locking(db, tree, clerk):
    file_id = _create(db, clerk, name="陈刚", id_number=person_id(6), org_id=tree["union_a"]).id
    stale = _detail(db, clerk, file_id)
    with db.session() as s:
        update_hardship_file(s, clerk, file_id, replace(stale.data, situation="第一次修改"), stale.version, today=TODAY)
    with db.session() as s, pytest.raises(ConflictError):
        update_hardship_file(s, clerk, file_id, replace(stale.data, situation="第二次修改"), stale.version, today=TODAY)
    assert _detail(db, clerk, file_id).data.situation == "第一次修改"


def test_family_member_checks(db, tree, clerk):
    with pytest.raises(ValidationError) as info:
        _create(db, clerk, name="褚明", id_number=person_id(7), org_id=tree["union_a"],
                family=(FamilyMemberInput("", "配偶"), FamilyMemberInput("褚小", "宠物", id_number="123")))
    assert "family_1" in info.value.errors and "family_2" in info.value.errors
    result = _create(db, clerk, name="褚明", id_number=person_id(7), org_id=tree["union_a"], family_size=2)
    assert any("多于家庭人口" in w for w in result.warnings)


def test_annual_review_once_a_year_and_closing(db, tree, clerk, reviewer):
    file_id = filed(db, clerk, reviewer, name="卫东", id_number=person_id(8), org_id=tree["union_a"])
    with db.session() as s:
        annual_review(s, clerk, file_id, ReviewInput(2026, "调整类别", category_after="相对困难", opinion="收入有所增加"),
                      today=TODAY)
    with db.session() as s, pytest.raises(ValidationError, match="已有2026年度的复核记录"):
        annual_review(s, clerk, file_id, ReviewInput(2026, "继续在档"), today=TODAY)
    detail = _detail(db, clerk, file_id)
    assert detail.data.category == "相对困难" and detail.last_review_on == TODAY
    assert [(r.year, r.result, r.category_before, r.category_after) for r in detail.reviews] == \
        [(2026, "调整类别", "深度困难", "相对困难")]
    with db.session() as s, pytest.raises(ValidationError, match="请填写脱困的原因"):
        close_file(s, clerk, file_id, "lifted", "", today=TODAY)
    with db.session() as s:
        close_file(s, clerk, file_id, "lifted", "子女就业，家庭收入稳定", watch_months=6, today=TODAY)
    detail = _detail(db, clerk, file_id)
    assert (detail.status_label, detail.closed_on, detail.watch_until) == ("脱困", TODAY, date(2027, 5, 21))
    with db.session() as s, pytest.raises(ValidationError, match="不能修改"):
        update_hardship_file(s, clerk, file_id, detail.data, detail.version)


def test_review_can_close_the_file(db, tree, clerk, reviewer):
    file_id = filed(db, clerk, reviewer, name="蒋平", id_number=person_id(10), org_id=tree["union_a"])
    with db.session() as s:
        annual_review(s, reviewer, file_id, ReviewInput(2026, "注销", close_reason="本人去世"), today=TODAY)
    detail = _detail(db, clerk, file_id)
    assert detail.status == "cancelled" and detail.close_reason == "本人去世" and detail.watch_until is None


def test_scope_limits_a_township_clerk(db, tree, clerk, admin):
    file_id = _create(db, admin, name="沈阳", id_number=person_id(11), org_id=tree["union_b"]).id
    with db.session() as s:
        from unionapp.db.models import Organization

        town_a_path = s.get(Organization, tree["town_a"]).path
    local = make_actor("clerk", sensitive=True, username="城关镇业务员", scope_path=town_a_path)
    with pytest.raises(PermissionDenied):
        _detail(db, local, file_id)
    with pytest.raises(PermissionDenied):
        _create(db, local, name="韩梅", id_number=person_id(12, female=True), org_id=tree["union_b"])


def test_a_disabled_dictionary_entry_stays_valid_on_the_files_that_hold_it(db, tree, clerk, admin):
    """The administrator disables a 困难类别: new files can no longer choose it, but a file that
    holds it can still be saved for another reason without picking a new category."""
    file_id = _create(db, clerk, name="陈刚", id_number=person_id(7), org_id=tree["union_a"]).id
    category = _detail(db, clerk, file_id).data.category
    with db.session() as s:
        item = next(i for i in list_items(s, admin, "hardship_category") if i.name == category)
        set_enabled(s, admin, item.id, False, expected_version=item.version)
    stored = _detail(db, clerk, file_id)
    with db.session() as s:
        update_hardship_file(s, clerk, file_id, replace(stored.data, situation="补充情况"), stored.version, today=TODAY)
    assert _detail(db, clerk, file_id).data.situation == "补充情况"
    with pytest.raises(ValidationError) as refused:
        _create(db, clerk, name="李强", id_number=person_id(8), org_id=tree["union_a"], category=category)
    assert "不在字典中" in refused.value.errors["category"]


def test_work_status_relations_and_insurance_come_from_the_dictionaries(db, tree, clerk, admin):
    """工作状态, 医疗保险, 劳模类型 and 家庭成员关系 are editable code tables: an entry the office adds
    is accepted, a text no dictionary holds is refused with its field named."""
    with pytest.raises(ValidationError) as refused:
        _create(db, clerk, name="王敏", id_number=person_id(9), org_id=tree["union_a"], work_status="返聘")
    assert "不在字典中" in refused.value.errors["work_status"]
    with db.session() as s:
        add_item(s, admin, "work_status", "09", "返聘")
        add_item(s, admin, "family_relation", "13", "外孙子女")
    family = (FamilyMemberInput("外孙甲", "外孙子女", age=10, occupation="小学"),)
    file_id = _create(db, clerk, name="王敏", id_number=person_id(9), org_id=tree["union_a"], work_status="返聘",
                      family=family).id
    detail = _detail(db, clerk, file_id)
    assert detail.data.work_status == "返聘" and detail.data.family[0].relation == "外孙子女"
