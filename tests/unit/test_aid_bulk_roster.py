"""Disbursements generated in bulk from a filter, and the 签领表 rows: township filter, standard
amounts, no double aid, budget warnings, totals, masking and the audit of full ID numbers."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select

from tests.conftest import TODAY
from tests.printing_pdf import all_text
from tests.unit.aid_helpers import filed, person_id
from unionapp.db.models import AuditEntry
from unionapp.printing.aid_documents import print_campaign_roster
from unionapp.services.aid import DisbursementInput, create_disbursement
from unionapp.services.aid_bulk import BulkFilter, generate_disbursements
from unionapp.services.aid_campaigns import CampaignInput, StandardInput, budget_status, create_campaign
from unionapp.services.aid_search import DisbursementFilter, disbursement_totals, roster_rows

WINTER = CampaignInput(name="2026年春节送温暖", year=2026, kind="送温暖", budget="2500", fund_source="帮扶资金",
                       standards=(StandardInput(category="深度困难", amount="1000"),
                                  StandardInput(category="相对困难", amount="500")))


def _county(db, tree, clerk, reviewer):
    """Three 深度困难 files in 龙旺庄街道 (town_b), one 相对困难 there, one 深度困难 in 城关镇."""
    for i, name in enumerate(("甲一", "甲二", "甲三")):
        filed(db, clerk, reviewer, name=name, id_number=person_id(20 + i), org_id=tree["union_b"], family=())
    filed(db, clerk, reviewer, name="乙一", id_number=person_id(30), org_id=tree["union_b"], category="相对困难",
          family=())
    filed(db, clerk, reviewer, name="丙一", id_number=person_id(40), org_id=tree["branch"], family=())
    with db.session() as s:
        return create_campaign(s, clerk, WINTER).id


def test_bulk_for_one_township_and_category(db, tree, clerk, reviewer):
    campaign = _county(db, tree, clerk, reviewer)
    flt = BulkFilter(category="深度困难", org_id=tree["town_b"])
    with db.session() as s:
        preview = generate_disbursements(s, clerk, campaign, flt, dry_run=True, today=TODAY)
    assert (preview.created, preview.total_money, preview.dry_run) == (3, Decimal("3000.00"), True)
    assert preview.warnings == ("超出预算：预算 2,500.00 元，已使用 0.00 元，本次生成 3,000.00 元，将超出 500.00 元",)
    with db.session() as s:
        assert disbursement_totals(s, clerk, DisbursementFilter(campaign_id=campaign)).count == 0
        result = generate_disbursements(s, clerk, campaign, flt, paid_on=date(2026, 1, 20), handler="王会计",
                                        today=TODAY)
    assert result.created == 3 and len(result.disbursement_ids) == 3 and result.warnings  # over budget, still written
    with db.session() as s:
        again = generate_disbursements(s, clerk, campaign, BulkFilter(org_id=tree["town_b"]), today=TODAY)
        status = budget_status(s, clerk, campaign)
        audit_entries = s.scalars(select(AuditEntry.summary).where(AuditEntry.entity == "aid_disbursement")).all()
    # Only 乙一 is new: the three already paid are skipped, not paid twice.
    assert again.created == 1 and again.total_money == Decimal("500.00")
    assert set(again.skipped_already_aided) == {"甲一", "甲二", "甲三"}
    assert status.money == Decimal("3500.00") and status.over
    assert any("批量生成发放记录：2026-001" in e and "3 户" in e for e in audit_entries)


def test_files_without_a_fitting_standard_are_named(db, tree, clerk, reviewer):
    filed(db, clerk, reviewer, name="丁一", id_number=person_id(50), org_id=tree["union_a"], category="意外致困",
          family=())
    with db.session() as s:
        campaign = create_campaign(s, clerk, WINTER).id
        result = generate_disbursements(s, clerk, campaign, BulkFilter(), today=TODAY)
    assert result.created == 0 and result.skipped_no_standard == ("丁一",)
    assert "1 户没有适用的发放标准，未生成：丁一" in result.warnings


def test_roster_rows_total_equals_the_disbursements(db, tree, clerk, reviewer, viewer):
    campaign = _county(db, tree, clerk, reviewer)
    with db.session() as s:
        generate_disbursements(s, clerk, campaign, BulkFilter(), paid_on=date(2026, 1, 20), today=TODAY)
        create_disbursement(s, clerk, DisbursementInput(campaign, name="路人", id_number=person_id(60),
                                                        goods="棉被一床", goods_value="200", org_id=tree["union_b"]),
                            today=TODAY)
    with db.session() as s:
        data = roster_rows(s, clerk, campaign)
        totals = disbursement_totals(s, clerk, DisbursementFilter(campaign_id=campaign))
        town_b = roster_rows(s, clerk, campaign, township_id=tree["town_b"])
        masked = roster_rows(s, viewer, campaign)
    assert [r.seq for r in data.rows] == list(range(1, 7))
    assert data.total == totals.money == sum(r.amount or 0 for r in data.rows) == Decimal("4500.00")
    assert data.goods_value == Decimal("200.00")
    assert [r.goods for r in data.rows if r.goods] == ["棉被一床（价值200.00元）"]
    assert {r.name for r in town_b.rows} == {"甲一", "甲二", "甲三", "乙一", "路人"}
    assert town_b.total == Decimal("3500.00") and "范围：龙旺庄街道总工会" in town_b.note
    # 城关镇 (town_a, lower path) comes first in 签领表 order.
    assert data.rows[0].name == "丙一" and data.rows[0].unit == "机械厂一车间分会"
    assert data.title == "2026年春节送温暖签领表" and data.issuer == "龙泉县总工会"
    assert data.issued_on == date(2026, 1, 20) and "资金来源：帮扶资金" in data.note
    assert all("********" in r.id_number for r in masked.rows) and masked.masked
    assert all("*" not in r.id_number for r in data.rows) and not data.masked


def test_printed_roster_masks_by_right_and_audits_full_ids(db, tree, clerk, reviewer, viewer, tmp_path):
    campaign = _county(db, tree, clerk, reviewer)
    with db.session() as s:
        generate_disbursements(s, clerk, campaign, BulkFilter(), today=TODAY)
    from tests.conftest import make_actor

    printer = make_actor("clerk", username="打印员")  # may print, may not see full numbers
    with db.session() as s:
        masked = print_campaign_roster(s, printer, campaign, tmp_path / "masked.pdf")
        full = print_campaign_roster(s, clerk, campaign, tmp_path / "full.pdf", township_id=tree["town_b"])
    assert masked.masked and masked.grand_total == Decimal("4500.00") and masked.grand_total_capital == "肆仟伍佰元整"
    assert not full.masked and full.people == 4
    assert person_id(20) in all_text(tmp_path / "full.pdf")
    assert person_id(20) not in all_text(tmp_path / "masked.pdf")
    with db.session() as s:
        prints = s.scalars(select(AuditEntry).where(AuditEntry.action == "print")).all()
    assert len(prints) == 1 and prints[0].username == "业务员小王"
