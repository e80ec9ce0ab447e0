"""帮扶活动 and their disbursements: numbers, standards, the double-aid rule and its audited
override, budget warnings, 金秋助学 and 医疗救助 details, rights, masking and locking."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from tests.conftest import TODAY
from tests.unit.aid_helpers import add_member, filed, person_id
from unionapp.db.models import AuditEntry
from unionapp.services.aid import (
    DisbursementInput,
    HospitalStayInput,
    create_disbursement,
    delete_disbursement,
    hospital_stays,
    update_disbursement,
)
from unionapp.services.aid_campaigns import (
    CampaignInput,
    StandardInput,
    budget_status,
    campaign_id_by_number,
    create_campaign,
    get_campaign,
    set_campaign_status,
    update_campaign,
)
from unionapp.services.aid_search import (
    CampaignFilter,
    DisbursementFilter,
    count_campaigns,
    disbursement_totals,
    list_campaigns,
    search_disbursements,
)
from unionapp.services.errors import ConflictError, NotFound, PermissionDenied, ValidationError

WINTER = CampaignInput(
    name="2026年春节送温暖", year=2026, kind="送温暖", budget="3000", fund_source="县总工会帮扶资金",
    standards=(StandardInput(category="深度困难", amount="1000"), StandardInput(category="相对困难", amount="600"),
               StandardInput(category="意外致困", amount="800")),
)


def _campaign(db, actor, data=WINTER) -> int:
    with db.session() as s:
        return create_campaign(s, actor, data).id


def _pay(db, actor, override_reason=None, **fields):
    with db.session() as s:
        return create_disbursement(s, actor, DisbursementInput(**fields), override_reason=override_reason, today=TODAY)


def test_campaign_numbers_are_per_year_and_unique(db, clerk):
    first = _campaign(db, clerk)
    with db.session() as s:
        second = create_campaign(s, clerk, replace(WINTER, name="金秋助学", kind="金秋助学", standards=()))
        other_year = create_campaign(s, clerk, replace(WINTER, year=2025, standards=()))
    assert second.number == "2026-002" and other_year.number == "2025-001"
    with db.session() as s:
        detail = get_campaign(s, clerk, first)
        assert detail.number == "2026-001" and detail.data.budget == Decimal("3000.00")
        assert [(x.category, x.amount) for x in detail.data.standards][0] == ("深度困难", Decimal("1000.00"))
        assert campaign_id_by_number(s, clerk, " 2026-001 ") == first
        with pytest.raises(NotFound):
            campaign_id_by_number(s, clerk, "2030-009")
        assert [c.number for c in list_campaigns(s, clerk)] == ["2026-002", "2026-001", "2025-001"]
        assert [c.number for c in list_campaigns(s, clerk, CampaignFilter(text="金秋"))] == ["2026-002"]
        assert count_campaigns(s, clerk, CampaignFilter(year=2026)) == 2


def test_campaign_checks(db, clerk):
    with db.session() as s, pytest.raises(ValidationError) as info:
        create_campaign(s, clerk, CampaignInput(name="", year=1900, kind="发钱", budget="-5",
                                                standards=(StandardInput(category="深度困难"),
                                                           StandardInput(category="深度困难", amount="1"))))
    assert {"name", "year", "kind", "budget", "standard_1", "standard_2"} <= set(info.value.errors)


def test_a_plain_person_a_member_and_a_file_are_paid(db, tree, clerk, reviewer):
    campaign = _campaign(db, clerk)
    member = add_member(db, clerk, tree["union_a"], "刘洋", person_id(1), employer_name="龙泉机械厂")
    file_id = filed(db, clerk, reviewer, name="张桂芝", id_number=person_id(2, female=True), org_id=tree["union_b"],
                    category="相对困难")
    plain = _pay(db, clerk, campaign_id=campaign, name="孙大爷", id_number=person_id(3, year=1950), amount="300",
                 paid_on=date(2026, 1, 20))
    by_member = _pay(db, clerk, campaign_id=campaign, member_id=member, goods="大米两袋、食用油一桶", goods_value="150")
    by_file = _pay(db, clerk, campaign_id=campaign, hardship_file_id=file_id)  # the standard for 相对困难
    assert plain.amount == Decimal("300.00") and by_member.goods == "大米两袋、食用油一桶"
    assert by_file.amount == Decimal("600.00")
    with db.session() as s:
        rows = {r.name: r for r in search_disbursements(s, clerk, DisbursementFilter(campaign_id=campaign))}
        assert rows["刘洋"].unit_name == "龙泉机械厂" and rows["刘洋"].org_name == "龙泉机械厂工会委员会"
        assert rows["张桂芝"].category == "相对困难" and rows["张桂芝"].hardship_file_id == file_id
        assert rows["孙大爷"].handler == "业务员小王"
        status = budget_status(s, clerk, campaign)
    assert (status.money, status.goods_value, status.used, status.left, status.people) == \
        (Decimal("900.00"), Decimal("150.00"), Decimal("1050.00"), Decimal("1950.00"), 3)


def test_a_file_not_on_record_is_refused(db, tree, clerk):
    from tests.unit.aid_helpers import file_input
    from unionapp.services.hardship import create_hardship_file

    campaign = _campaign(db, clerk)
    with db.session() as s:
        pending = create_hardship_file(s, clerk, file_input(name="待审", id_number=person_id(4), org_id=tree["union_a"]),
                                       today=TODAY).id
    with pytest.raises(ValidationError, match="不在档"):
        _pay(db, clerk, campaign_id=campaign, hardship_file_id=pending)


def test_double_aid_is_refused_and_the_override_is_audited(db, clerk):
    campaign = _campaign(db, clerk)
    someone = person_id(5)
    _pay(db, clerk, campaign_id=campaign, name="马红", id_number=someone, amount="500", paid_on=date(2026, 1, 18))
    with pytest.raises(ValidationError) as info:
        _pay(db, clerk, campaign_id=campaign, name="马红", id_number=someone.lower(), amount="500")
    assert "马红已在本次活动（2026-001 2026年春节送温暖）中领取过：2026-01-18，500.00 元" in info.value.errors["duplicate"]
    again = _pay(db, clerk, override_reason="家中突发火灾，经主席办公会研究再次慰问", campaign_id=campaign, name="马红",
                 id_number=someone, amount="800")
    with db.session() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity == "aid_disbursement",
                                                   AuditEntry.entity_id == str(again.id))).one()
        rows = search_disbursements(s, clerk, DisbursementFilter(campaign_id=campaign, text="马红"))
    assert entry.summary.startswith("重复发放（已说明原因：家中突发火灾") and "经主席办公会研究" in entry.after
    assert sorted(r.override_reason or "" for r in rows) == ["", "家中突发火灾，经主席办公会研究再次慰问"]
    # Another campaign is another matter.
    other = _campaign(db, clerk, replace(WINTER, name="夏送清凉", kind="夏送清凉"))
    _pay(db, clerk, campaign_id=other, name="马红", id_number=someone, amount="100")


def test_budget_overrun_is_a_warning_not_a_refusal(db, clerk):
    campaign = _campaign(db, clerk)
    first = _pay(db, clerk, campaign_id=campaign, name="甲", id_number=person_id(6), amount="2500")
    assert first.warnings == ()
    second = _pay(db, clerk, campaign_id=campaign, name="乙", id_number=person_id(7), amount="800")
    assert second.warnings == ("超出预算：预算 3,000.00 元，已使用 2,500.00 元，本次 800.00 元，将超出 300.00 元",)
    with db.session() as s:
        status = budget_status(s, clerk, campaign)
    assert status.over and status.left == Decimal("-300.00")


def test_student_aid_standards_by_school_level_and_file(db, tree, clerk, reviewer):
    autumn = CampaignInput(name="2026年金秋助学", year=2026, kind="金秋助学", standards=(
        StandardInput(school_level="大学本科", on_file=True, amount="3000"),
        StandardInput(school_level="大学本科", on_file=False, amount="2000"),
        StandardInput(school_level="大学专科", amount="1500"),
    ))
    campaign = _campaign(db, clerk, autumn)
    file_id = filed(db, clerk, reviewer, name="何伟", id_number=person_id(8), org_id=tree["union_a"])
    with pytest.raises(ValidationError) as info:
        _pay(db, clerk, campaign_id=campaign, hardship_file_id=file_id)
    assert {"student_name", "school_level"} <= set(info.value.errors)
    on_file = _pay(db, clerk, campaign_id=campaign, hardship_file_id=file_id, student_name="何小梅", school="山东大学",
                   school_level="大学本科", enrolment_year=2026)
    not_on_file = _pay(db, clerk, campaign_id=campaign, name="吕方", id_number=person_id(9), student_name="吕小方",
                       school="烟台大学", school_level="大学本科", enrolment_year=2026)
    college = _pay(db, clerk, campaign_id=campaign, name="施琳", id_number=person_id(10, female=True),
                   student_name="施小琳", school="烟台职业学院", school_level="大学专科", enrolment_year=2025)
    assert (on_file.amount, not_on_file.amount, college.amount) == (Decimal("3000.00"), Decimal("2000.00"),
                                                                    Decimal("1500.00"))
    with pytest.raises(ValidationError, match="没有适用的发放标准"):
        _pay(db, clerk, campaign_id=campaign, name="孔明", id_number=person_id(11), student_name="孔亮",
             school="某中学", school_level="高中", enrolment_year=2026)
    with db.session() as s:
        row = search_disbursements(s, clerk, DisbursementFilter(campaign_id=campaign, text="何伟"))[0]
    assert (row.student_name, row.school, row.school_level, row.enrolment_year) == \
        ("何小梅", "山东大学", "大学本科", 2026)


def test_medical_aid_keeps_illness_and_hospital_stays(db, clerk):
    campaign = _campaign(db, clerk, CampaignInput(name="大病救助", year=2026, kind="医疗救助"))
    with pytest.raises(ValidationError, match="所患疾病"):
        _pay(db, clerk, campaign_id=campaign, name="曹操", id_number=person_id(12), amount="5000")
    paid = _pay(db, clerk, campaign_id=campaign, name="曹操", id_number=person_id(12), amount="5000", illness="肺癌",
                hospital_stays=(HospitalStayInput("烟台毓璜顶医院", date(2026, 3, 1), date(2026, 3, 20), "86000", "31000"),
                                HospitalStayInput("龙泉县人民医院", date(2026, 6, 2), date(2026, 6, 9), "12000")))
    with db.session() as s:
        stays = hospital_stays(s, clerk, paid.id)
    assert [(x.hospital, x.cost) for x in stays] == [("烟台毓璜顶医院", Decimal("86000.00")),
                                                     ("龙泉县人民医院", Decimal("12000.00"))]
    with pytest.raises(ValidationError, match="出院日期早于入院日期"):
        _pay(db, clerk, campaign_id=campaign, name="刘备", id_number=person_id(13), amount="1", illness="骨折",
             hospital_stays=(HospitalStayInput("某医院", date(2026, 3, 5), date(2026, 3, 1)),))


def test_rights_masking_and_locking(db, clerk, viewer):
    campaign = _campaign(db, clerk)
    paid = _pay(db, clerk, campaign_id=campaign, name="许仙", id_number=person_id(14), amount="400")
    with pytest.raises(PermissionDenied):
        _pay(db, viewer, campaign_id=campaign, name="白素贞", id_number=person_id(15, female=True), amount="400")
    with db.session() as s, pytest.raises(PermissionDenied):
        create_campaign(s, viewer, WINTER)
    with db.session() as s:
        row = search_disbursements(s, viewer, DisbursementFilter(campaign_id=campaign))[0]
    assert row.id_number == person_id(14)[:6] + "********" + person_id(14)[-4:]
    data = DisbursementInput(campaign, name="许仙", id_number=row.id_number, amount="450")
    with db.session() as s:
        update_disbursement(s, clerk, paid.id, data, row.version, today=TODAY)  # the masked ID keeps the stored one
    with db.session() as s, pytest.raises(ConflictError):
        update_disbursement(s, clerk, paid.id, replace(data, amount="500"), row.version, today=TODAY)
    with db.session() as s:
        fresh = search_disbursements(s, clerk, DisbursementFilter(campaign_id=campaign))[0]
        assert (fresh.amount, fresh.id_number) == (Decimal("450.00"), person_id(14))
        delete_disbursement(s, clerk, paid.id, fresh.version)
    with db.session() as s:
        assert disbursement_totals(s, clerk, DisbursementFilter(campaign_id=campaign)).count == 0


def test_a_closed_campaign_takes_no_more_payments(db, clerk):
    campaign = _campaign(db, clerk)
    with db.session() as s:
        set_campaign_status(s, clerk, campaign, closed=True)
    with pytest.raises(ValidationError, match="已结束"):
        _pay(db, clerk, campaign_id=campaign, name="甲", id_number=person_id(16), amount="1")


def test_campaign_update_locks_and_keeps_the_year(db, clerk):
    campaign = _campaign(db, clerk)
    with db.session() as s:
        detail = get_campaign(s, clerk, campaign)
        update_campaign(s, clerk, campaign, replace(detail.data, budget="5000", standards=detail.data.standards[:1]),
                        detail.version)
    with db.session() as s, pytest.raises(ConflictError):
        update_campaign(s, clerk, campaign, detail.data, detail.version)
    with db.session() as s, pytest.raises(ValidationError, match="不能修改年度"):
        fresh = get_campaign(s, clerk, campaign)
        update_campaign(s, clerk, campaign, replace(fresh.data, year=2027), fresh.version)
    with db.session() as s:
        fresh = get_campaign(s, clerk, campaign)
    assert fresh.data.budget == Decimal("5000.00") and len(fresh.data.standards) == 1
