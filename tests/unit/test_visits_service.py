"""走访慰问记录: every kind of visitee, gifts, follow-ups open until closed, photos, the link to
an aid disbursement (created with the visit or chosen), masking, rights, locking, the form."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from tests.conftest import TODAY
from tests.printing_pdf import all_text
from tests.unit.aid_helpers import add_member, filed, person_id
from unionapp.printing.aid_documents import print_visit_form, visit_document
from unionapp.services.aid import DisbursementInput, create_disbursement
from unionapp.services.aid_campaigns import CampaignInput, create_campaign
from unionapp.services.aid_search import DisbursementFilter, search_disbursements
from unionapp.services.errors import ConflictError, PermissionDenied, ValidationError
from unionapp.services.visit_search import VisitFilter, count_visits, open_follow_ups, search_visits
from unionapp.services.visits import (
    GoodsInput,
    VisitInput,
    add_photo,
    close_follow_up,
    create_visit,
    get_photo,
    get_visit,
    update_visit,
)


def _visit(db, actor, pay_in=None, override_reason=None, **fields):
    fields.setdefault("visited_on", date(2026, 11, 1))
    fields.setdefault("kind", "困难职工")
    fields.setdefault("visitors", "县总工会 张主席、李部长")
    with db.session() as s:
        return create_visit(s, actor, VisitInput(**fields), pay_in_campaign_id=pay_in, override_reason=override_reason,
                            today=TODAY)


def test_visits_of_every_kind_of_visitee(db, tree, clerk, reviewer):
    member = add_member(db, clerk, tree["union_a"], "高峰", person_id(1), phone="13800138000",
                        employer_name="龙泉机械厂")
    file_id = filed(db, clerk, reviewer, name="贾琴", id_number=person_id(2, female=True), org_id=tree["union_b"],
                    family=())
    a = _visit(db, clerk, target="member", member_id=member, kind="生病住院", place="县人民医院",
               goods=(GoodsInput("牛奶", "2 箱", "120"), GoodsInput("水果", "1 篮", "80")), learned="术后恢复良好")
    b = _visit(db, clerk, target="hardship", hardship_file_id=file_id, money="500")
    c = _visit(db, clerk, target="model_worker", visitee_name="全国劳模 邹师傅", kind="劳模", org_id=tree["union_a"])
    d = _visit(db, clerk, target="employer", employer_org_id=tree["union_b"], kind="企业", learned="用工需求")
    assert a.record_no == "ZF2026-00001" and d.record_no == "ZF2026-00004"
    with db.session() as s:
        first = get_visit(s, clerk, a.id)
        second = get_visit(s, clerk, b.id)
        third = get_visit(s, clerk, c.id)
        fourth = get_visit(s, clerk, d.id)
    assert (first.data.visitee_name, first.data.visitee_unit, first.data.visitee_phone, first.org_name) == \
        ("高峰", "龙泉机械厂", "13800138000", "龙泉机械厂工会委员会")
    assert [g.item for g in first.data.goods] == ["牛奶", "水果"]
    assert (second.data.visitee_name, second.data.money, second.org_name) == ("贾琴", Decimal("500.00"), "龙旺庄超市工会")
    assert third.data.visitee_name == "全国劳模 邹师傅"
    assert fourth.data.visitee_unit == "龙旺庄超市工会"
    with db.session() as s:
        assert count_visits(s, clerk) == 4
        assert [v.visitee_name for v in search_visits(s, clerk, VisitFilter(org_id=tree["town_b"]))] == \
            ["龙旺庄超市工会", "贾琴"]
        assert [v.visitee_name for v in search_visits(s, clerk, VisitFilter(kind="劳模"))] == ["全国劳模 邹师傅"]
        rows = search_visits(s, clerk, VisitFilter(text="高峰"))
    assert rows[0].goods_value == Decimal("200.00") and rows[0].target_label == "会员"


def test_visit_checks(db, tree, clerk):
    with pytest.raises(ValidationError) as info:
        _visit(db, clerk, target="model_worker", visitee_name="", kind="串门", visitors="", visited_on=date(2027, 1, 1),
               follow_up_needed=True)
    assert {"visitee_name", "kind", "visitors", "visited_on", "follow_up"} <= set(info.value.errors)


def test_money_given_creates_the_linked_disbursement(db, tree, clerk, reviewer):
    file_id = filed(db, clerk, reviewer, name="钟敏", id_number=person_id(3), org_id=tree["union_b"], family=())
    with db.session() as s:
        campaign = create_campaign(s, clerk, CampaignInput(name="2026年春节送温暖", year=2026, kind="送温暖",
                                                           budget="300")).id
    result = _visit(db, clerk, pay_in=campaign, target="hardship", hardship_file_id=file_id, money="800",
                    goods=(GoodsInput("大米", "1 袋", "60"),))
    assert result.disbursement_id is not None
    assert any("超出预算" in w for w in result.warnings)
    with db.session() as s:
        paid = search_disbursements(s, clerk, DisbursementFilter(campaign_id=campaign))
        detail = get_visit(s, clerk, result.id)
    assert [(p.name, p.amount, p.hardship_file_id, p.paid_on) for p in paid] == \
        [("钟敏", Decimal("800.00"), file_id, date(2026, 11, 1))]
    assert detail.disbursement_text == "2026-001 2026年春节送温暖 800.00 元"
    # Paying the same household again in the campaign through a visit obeys the double-aid rule.
    with pytest.raises(ValidationError, match="领取过"):
        _visit(db, clerk, pay_in=campaign, target="hardship", hardship_file_id=file_id, money="200")
    again = _visit(db, clerk, pay_in=campaign, override_reason="春节前再次入户慰问", target="hardship",
                   hardship_file_id=file_id, money="200")
    assert again.disbursement_id != result.disbursement_id
    with pytest.raises(ValidationError, match="请填写慰问金金额"):
        _visit(db, clerk, pay_in=campaign, target="hardship", hardship_file_id=file_id)


def test_linking_an_existing_disbursement_warns_on_a_mismatch(db, tree, clerk):
    member = add_member(db, clerk, tree["union_a"], "聂远", person_id(4))
    with db.session() as s:
        campaign = create_campaign(s, clerk, CampaignInput(name="节日慰问", year=2026, kind="节日慰问")).id
        paid = create_disbursement(s, clerk, DisbursementInput(campaign, name="别人", id_number=person_id(5),
                                                               amount="300"), today=TODAY).id
    result = _visit(db, clerk, target="member", member_id=member, money="200", disbursement_id=paid)
    assert len(result.warnings) == 2 and result.disbursement_id == paid


def test_follow_ups_stay_open_until_closed(db, tree, clerk):
    member = add_member(db, clerk, tree["union_a"], "葛优", person_id(6))
    open_one = _visit(db, clerk, target="member", member_id=member, follow_up_needed=True,
                      follow_up="协调解决子女入学", learned="孩子明年上小学")
    _visit(db, clerk, target="member", member_id=member, visited_on=date(2026, 10, 1))
    with db.session() as s:
        assert [v.id for v in open_follow_ups(s, clerk)] == [open_one.id]
        with pytest.raises(ValidationError, match="请填写跟进结果"):
            close_follow_up(s, clerk, open_one.id, "", today=TODAY)
    with db.session() as s:
        close_follow_up(s, clerk, open_one.id, "已协调城关镇第一小学接收", closed_on=date(2026, 11, 15), today=TODAY)
    with db.session() as s:
        assert open_follow_ups(s, clerk) == []
        detail = get_visit(s, clerk, open_one.id)
        assert (detail.follow_up_outcome, detail.follow_up_closed_on, detail.follow_up_open) == \
            ("已协调城关镇第一小学接收", date(2026, 11, 15), False)
        with pytest.raises(ValidationError, match="已于 2026-11-15 办结"):
            close_follow_up(s, clerk, open_one.id, "再办一次", today=TODAY)


def test_photos(db, tree, clerk):
    visit = _visit(db, clerk, target="model_worker", visitee_name="劳模老孙", org_id=tree["union_a"])
    with db.session() as s:
        photo = add_photo(s, clerk, visit.id, "D:/照片/慰问合影.jpg", b"\xff\xd8\xff photo", "image/jpeg", "合影")
        with pytest.raises(ValidationError, match="不是图片"):
            add_photo(s, clerk, visit.id, "说明.docx", b"PK..", "application/msword")
    with db.session() as s:
        assert get_photo(s, clerk, photo) == ("慰问合影.jpg", "image/jpeg", b"\xff\xd8\xff photo")
        assert [p.caption for p in get_visit(s, clerk, visit.id).photos] == ["合影"]


def test_masking_rights_and_locking(db, tree, clerk, viewer):
    member = add_member(db, clerk, tree["union_a"], "黄蓉", person_id(7, female=True), phone="13912345678")
    visit = _visit(db, clerk, target="member", member_id=member)
    with db.session() as s:
        masked = get_visit(s, viewer, visit.id)
    assert masked.masked and masked.data.visitee_phone == "139****5678" and "********" in masked.data.visitee_id_number
    with pytest.raises(PermissionDenied):
        _visit(db, viewer, target="member", member_id=member)
    with db.session() as s:
        current = get_visit(s, clerk, visit.id)
        update_visit(s, clerk, visit.id, replace(current.data, place="家中"), current.version, today=TODAY)
    with db.session() as s, pytest.raises(ConflictError):
        update_visit(s, clerk, visit.id, replace(current.data, place="单位"), current.version, today=TODAY)


def test_the_printed_visit_form(db, tree, clerk, reviewer, tmp_path):
    file_id = filed(db, clerk, reviewer, name="欧阳锋", id_number=person_id(8), org_id=tree["union_a"], family=())
    with db.session() as s:
        campaign = create_campaign(s, clerk, CampaignInput(name="春节送温暖", year=2026, kind="送温暖")).id
    visit = _visit(db, clerk, pay_in=campaign, target="hardship", hardship_file_id=file_id, money="600",
                   goods=(GoodsInput("食用油", "1 桶", "75"),), learned="房屋漏雨", follow_up_needed=True,
                   follow_up="联系住建部门维修")
    with db.session() as s:
        record = visit_document(s, clerk, visit.id)
        result = print_visit_form(s, clerk, visit.id, tmp_path / "visit.pdf")
    assert [g.item for g in record.gifts] == ["慰问金", "食用油"] and record.visitee_category == "困难职工档案"
    assert result.total_value == Decimal("675.00") and result.pages == 1
    text = all_text(tmp_path / "visit.pdf")
    assert "欧阳锋" in text and "陆佰柒拾伍元整" in text and "2026-001" in text
