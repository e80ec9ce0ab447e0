"""A4 forms: 会员登记表 from a real member (masking by right, audit of full prints), and the
visit, hardship and mediation forms from their dataclasses — long text wrapped, never cut."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from tests.conftest import TODAY, make_actor
from tests.printing_pdf import all_text, embedded_fonts, page_count, page_texts
from tests.unit.test_printing_card_issues import enrol, id_number
from unionapp.db.models import AuditEntry, Member
from unionapp.printing.hardship_form import FamilyMember, HardshipFile, render_hardship_form
from unionapp.printing.mediation_form import MediationCase, MediationStep, render_mediation_form
from unionapp.printing.member_form import print_member_form
from unionapp.printing.visit_form import VisitGift, VisitRecord, render_visit_form
from unionapp.services.cards import record_issues
from unionapp.services.errors import PermissionDenied

END = "【以上情况属实】"


def long_text(phrase: str, times: int) -> str:
    return phrase * times + END


def flat(path) -> str:
    return all_text(path).replace("\u3000", "")


def joined(path, *labels: str) -> str:
    """The text with what is drawn between the parts of a cut paragraph taken out (page numbers,
    the "（续）" labels of continuation rows), so the long text reads back whole."""
    text = re.sub(r"第\d+页共\d+页", "", flat(path))
    for label in labels:
        text = text.replace(f"{label}（续）", "")
    return text.replace("（续）", "")


def test_member_form_masked_for_a_clerk_without_the_right(db, tree, clerk, tmp_path):
    (member_id,) = enrol(db, clerk, tree["union_a"], ["欧阳玥"])
    with db.session() as s:
        record_issues(s, clerk, [member_id], layout="cr80", issued_on=TODAY)
    out = tmp_path / "form.pdf"
    with db.session() as s:
        result = print_member_form(s, make_actor("clerk", sensitive=False), member_id, str(out), today=TODAY)
        member_no = s.scalar(select(Member.member_no).where(Member.id == member_id))
    assert result.masked and result.pages == 1
    text = flat(out)
    for expected in ("工会会员登记表", "欧阳玥", member_no, "龙泉机械厂工会委员会", "2020年5月1日", "首次制卡",
                     "会籍变动记录", "入会", "本人签名"):
        assert expected in text, expected
    assert id_number(1)[:6] + "********" + id_number(1)[-4:] in text and id_number(1) not in text
    assert all(embedded_fonts(out).values())
    assert "第1页" not in text.replace(" ", "")  # one page: no page number
    with db.session() as s:
        assert s.scalar(select(AuditEntry).where(AuditEntry.entity == "member", AuditEntry.action == "print")) is None


def test_member_form_full_id_is_audited_and_long_remark_is_never_cut(db, tree, clerk, tmp_path):
    (member_id,) = enrol(db, clerk, tree["union_a"], ["王喆"])
    with db.session() as s:
        s.get(Member, member_id).remark = long_text("该同志系本厂技术骨干，多次获得表彰。", 120)
    out = tmp_path / "form.pdf"
    with db.session() as s:
        result = print_member_form(s, clerk, member_id, str(out), today=TODAY)
    assert not result.masked and result.pages == page_count(out) >= 2
    text = flat(out)
    assert id_number(1) in text and "备注（续）" in text
    assert joined(out, "备注").count("多次获得表彰") == 120 and END in text
    texts = page_texts(out)
    assert f"第 1 页 共 {len(texts)} 页" in texts[0] and f"第 {len(texts)} 页 共 {len(texts)} 页" in texts[-1]
    with db.session() as s:
        entry = s.scalar(select(AuditEntry).where(AuditEntry.entity == "member", AuditEntry.action == "print"))
        assert entry is not None and "完整身份证号" in entry.summary


def test_member_form_needs_the_print_right(db, tree, clerk, viewer, tmp_path):
    (member_id,) = enrol(db, clerk, tree["union_a"], ["李明"])
    with db.session() as s, pytest.raises(PermissionDenied):
        print_member_form(s, viewer, member_id, str(tmp_path / "x.pdf"))


def test_visit_form(tmp_path):
    visit = VisitRecord(date(2026, 1, 20), "困难职工", "刘䶮", "龙泉机械厂", "困难职工档案", "138****8000",
                        "城关镇幸福路12号", "王主席、李干事",
                        (VisitGift("慰问金", "", Decimal("1000")), VisitGift("大米", "2 袋", Decimal("120.50"))),
                        long_text("家中老人长期卧床，医药费负担重。", 90), "协助申请医疗救助", "已提交申请",
                        "送温暖 2026-0012", "ZF2026-001", "李干事", "龙泉县总工会")
    out = tmp_path / "visit.pdf"
    result = render_visit_form(str(out), visit)
    text = flat(out)
    assert result.total_value == Decimal("1120.50")
    for expected in ("走访慰问登记表", "刘䶮", "王主席、李干事", "慰问金", "1,120.50", "壹仟壹佰贰拾元伍角", END):
        assert expected in text, expected
    assert joined(out, "了解的情况和诉求").count("医药费负担重") == 90
    assert result.pages == page_count(out) and all(embedded_fonts(out).values())


def test_hardship_form(tmp_path):
    file = HardshipFile(
        "王喆", "370602********8889", "KN2026-018", "男", date(1975, 3, 2), "汉族", "群众", "13800138000",
        "龙泉机械厂", "城关镇幸福路12号", "深度困难", "患重特大疾病", ("子女上学",), "患病", "在岗", "已婚", "租房", "城镇",
        "职工医保", Decimal("2100"), Decimal("30000"), 4, True, False, "", "龙泉农商银行", "**** **** **** 1234",
        (FamilyMember("李玥", "配偶", 48, "无业", Decimal("0"), "良好"),
         FamilyMember("王小明", "子女", 17, "龙泉一中", None, "良好")),
        long_text("本人确诊尿毒症，需长期透析。", 200), "王干事", "情况属实，建议列为深度困难。", "赵部长", "同意。",
        date(2026, 2, 1), "在档", "龙泉县总工会")
    assert file.per_capita_monthly == Decimal("625.00")
    out = tmp_path / "hardship.pdf"
    pages, missing = render_hardship_form(str(out), file)
    text = flat(out)
    for expected in ("困难职工档案表", "王喆", "370602********8889", "625.00元", "家庭成员情况", "李玥", "龙泉一中",
                     "患重特大疾病", "子女上学", "情况属实", END):
        assert expected in text, expected
    assert joined(out, "困难情况说明").count("需长期透析") == 200 and pages == page_count(out) >= 2 and missing == ""
    assert "困难情况说明（续）" in text


def test_mediation_form(tmp_path):
    case = MediationCase(
        "TJ2026-007", date(2026, 3, 5), "张红梅", "欠薪", "女", "370602********8889", "13800138000", True, "城关镇",
        "龙泉某某建筑有限公司", "刘经理", "龙泉县工业园", "法院委派", "(2026)鲁0602民初123号", Decimal("36500"),
        "请求支付拖欠工资。", long_text("申请人自2025年3月起在被申请单位从事钢筋工作业。", 60),
        (MediationStep(date(2026, 3, 6), "王律师", "电话联系被申请单位，约定调解时间。"),
         MediationStep(date(2026, 3, 12), "王律师", long_text("双方到场调解，达成分期支付协议。", 70))),
        "调解成功", Decimal("36500"), date(2026, 3, 12), "王律师", "王律师", "龙泉县总工会")
    out = tmp_path / "mediation.pdf"
    pages, _ = render_mediation_form(str(out), case)
    text = flat(out)
    for expected in ("劳动争议调解登记表", "TJ2026-007", "张红梅", "龙泉某某建筑有限公司", "36,500.00元", "调解经过",
                     "调解成功", "(2026)鲁0602民初123号"):
        assert expected in text, expected
    whole = joined(out, "争议事实", "日期经办人工作内容")
    assert whole.count("从事钢筋工作业") == 60 and whole.count("达成分期支付协议") == 70 and text.count(END) == 2
    assert pages == page_count(out) >= 2
