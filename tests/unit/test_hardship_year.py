"""A clerk's year of hardship work, end to end through the services: file a family, the reviewer
approves, 送温暖 for every 深度困难 file of a township, the 签领表 adds up, a visit with money
is linked to its disbursement, the family leaves hardship and goes on the 防返困 watch list."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.conftest import TODAY
from tests.unit.aid_helpers import FAMILY, add_member, file_input, filed, person_id
from unionapp.printing.aid_documents import hardship_document, print_hardship_form
from unionapp.services.aid_bulk import BulkFilter, generate_disbursements
from unionapp.services.aid_campaigns import CampaignInput, StandardInput, create_campaign
from unionapp.services.aid_search import DisbursementFilter, disbursement_totals, roster_rows
from unionapp.services.errors import PermissionDenied
from unionapp.services.hardship import create_hardship_file, get_hardship_file
from unionapp.services.hardship_review import approve_file, close_file
from unionapp.services.hardship_search import HardshipFilter, search_hardship_files, watch_list
from unionapp.services.visits import VisitInput, create_visit, get_visit


def test_a_clerks_year(db, tree, clerk, reviewer, tmp_path):
    # January: the 龙旺庄超市 union reports a family in deep hardship.
    worker = add_member(db, clerk, tree["union_b"], "王建军", person_id(1), employer_name="龙旺庄超市")
    with db.session() as s:
        filed_result = create_hardship_file(s, clerk, file_input(member_id=worker, family=FAMILY), today=TODAY)
    with db.session() as s, pytest.raises(PermissionDenied):
        approve_file(s, clerk, filed_result.id, "同意")  # the clerk cannot approve
    with db.session() as s:
        approve_file(s, reviewer, filed_result.id, "经入户核实，同意建档", today=TODAY)
    # Two more families in the township, one elsewhere, one of another category.
    filed(db, clerk, reviewer, name="刘桂香", id_number=person_id(2, female=True), org_id=tree["union_b"], family=())
    filed(db, clerk, reviewer, name="陈志", id_number=person_id(3), org_id=tree["town_b"], family=())
    filed(db, clerk, reviewer, name="城关户", id_number=person_id(4), org_id=tree["union_a"], family=())
    filed(db, clerk, reviewer, name="相对户", id_number=person_id(5), org_id=tree["union_b"], category="相对困难",
          family=())

    # Before the Spring Festival: 送温暖 for all 深度困难 files in 龙旺庄街道.
    with db.session() as s:
        campaign = create_campaign(s, clerk, CampaignInput(
            name="2026年春节送温暖", year=2026, kind="送温暖", budget="100000", fund_source="县总工会帮扶资金",
            standards=(StandardInput(category="深度困难", amount="1000"),
                       StandardInput(category="相对困难", amount="500"))))
        bulk = generate_disbursements(s, clerk, campaign.id, BulkFilter(category="深度困难", org_id=tree["town_b"]),
                                      paid_on=date(2026, 1, 25), today=TODAY)
    assert campaign.number == "2026-001"
    assert bulk.created == 3 and bulk.total_money == Decimal("3000.00") and bulk.warnings == ()

    # The roster adds up to the disbursements.
    with db.session() as s:
        roster = roster_rows(s, clerk, campaign.id, township_id=tree["town_b"])
        totals = disbursement_totals(s, clerk, DisbursementFilter(campaign_id=campaign.id))
    assert {r.name for r in roster.rows} == {"王建军", "刘桂香", "陈志"}
    assert roster.total == totals.money == Decimal("3000.00")

    # A visit in the summer with money given, recorded as a payment of a 临时救助 campaign.
    with db.session() as s:
        relief = create_campaign(s, clerk, CampaignInput(name="2026年临时救助", year=2026, kind="临时救助")).id
        visit = create_visit(s, clerk, VisitInput(
            visited_on=date(2026, 7, 8), kind="困难职工", visitors="县总工会 张主席", target="hardship",
            hardship_file_id=filed_result.id, money="2000", learned="妻子病情加重", follow_up_needed=True,
            follow_up="协助申请大病救助"), pay_in_campaign_id=relief, today=TODAY)
    with db.session() as s:
        assert get_visit(s, clerk, visit.id).disbursement_text == "2026-002 2026年临时救助 2,000.00 元"
        assert disbursement_totals(s, clerk, DisbursementFilter(hardship_file_id=filed_result.id)).money == \
            Decimal("3000.00")
        detail = get_hardship_file(s, clerk, filed_result.id, today=TODAY)
    assert detail.aid_count == 2 and detail.aid_total == Decimal("3000.00")

    # The form prints with both signatures' opinions.
    with db.session() as s:
        document = hardship_document(s, clerk, filed_result.id, today=TODAY)
        printed = print_hardship_form(s, clerk, filed_result.id, tmp_path / "file.pdf", today=TODAY)
    assert document.reviewer_opinion == "经入户核实，同意建档" and document.status == "在档"
    assert document.per_capita_monthly == Decimal("833.33") and printed.pages >= 1 and not printed.masked

    # Autumn: the son found work; the family leaves hardship and is watched for a year.
    with db.session() as s:
        close_file(s, clerk, filed_result.id, "lifted", "儿子就业，家庭人均收入超过当地低保标准2倍", today=TODAY)
    with db.session() as s:
        watched = watch_list(s, clerk, today=TODAY)
        still_open = search_hardship_files(s, clerk, HardshipFilter(org_id=tree["town_b"]))
    assert [w.name for w in watched] == ["王建军"] and watched[0].watch_until == date(2027, 11, 21)
    assert "王建军" not in {r.name for r in still_open}


def test_the_file_form_prints_masked_for_a_clerk_without_the_right(db, tree, clerk, reviewer, tmp_path):
    from sqlalchemy import select

    from tests.conftest import make_actor
    from tests.printing_pdf import all_text
    from unionapp.db.models import AuditEntry

    file_id = filed(db, clerk, reviewer, name="林冲", id_number=person_id(9), org_id=tree["union_a"], family=FAMILY)
    plain = make_actor("clerk", username="实习业务员")
    with db.session() as s:
        masked = print_hardship_form(s, plain, file_id, tmp_path / "masked.pdf", today=TODAY)
        full = print_hardship_form(s, clerk, file_id, tmp_path / "full.pdf", today=TODAY)
        prints = s.scalars(select(AuditEntry.username).where(AuditEntry.action == "print")).all()
    masked_text, full_text = all_text(tmp_path / "masked.pdf"), all_text(tmp_path / "full.pdf")
    assert masked.masked and not full.masked and prints == ["业务员小王"]
    assert person_id(9) not in masked_text and person_id(9)[:6] in masked_text and "8901" in masked_text
    assert "6228480012345678901" not in masked_text and "6228480012345678901" in full_text
    assert "困难职工档案表" in full_text and "林冲" in full_text and "李秀英" in full_text
