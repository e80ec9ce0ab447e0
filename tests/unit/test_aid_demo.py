"""The demo filler: realistic hardship and aid data on top of the demo county, consistent with
the services' own rules (one open file per household, no double aid, numbers that continue)."""

from __future__ import annotations

import time
from datetime import date

import pytest
from sqlalchemy import func, select

from tests.conftest import TODAY
from tests.unit.aid_helpers import file_input
from unionapp.db.models import AidDisbursement, HardshipFile
from unionapp.services.aid_campaigns import CampaignInput, create_campaign
from unionapp.services.aid_search import (
    CampaignFilter,
    DisbursementFilter,
    disbursement_totals,
    list_campaigns,
)
from unionapp.services.demo import generate_demo
from unionapp.services.demo_aid import fill_aid_demo
from unionapp.services.errors import ValidationError
from unionapp.services.hardship import create_hardship_file
from unionapp.services.hardship_search import HardshipFilter, count_hardship_files, due_for_review, watch_list
from unionapp.services.visit_search import open_follow_ups


def test_demo_fills_a_county_consistently(db, admin):
    with db.session() as s:
        generate_demo(s, admin, members=3000, seed=3, today=TODAY)
    started = time.perf_counter()
    with db.session() as s:
        summary = fill_aid_demo(s, admin, seed=3, today=TODAY)
    elapsed = time.perf_counter() - started
    assert summary.files > 100 and summary.disbursements > summary.files and summary.visits > 20
    assert summary.enrolments > 0 and summary.campaigns >= 10
    assert elapsed < 20  # a generous bound: it takes a fraction of that
    with db.session() as s:
        # 一户一档 and no double aid hold in the generated data.
        assert s.scalar(select(func.count()).select_from(
            select(HardshipFile.open_key).where(HardshipFile.open_key.is_not(None))
            .group_by(HardshipFile.open_key).having(func.count() > 1).subquery())) == 0
        assert s.scalar(select(func.count()).select_from(
            select(AidDisbursement.campaign_id, AidDisbursement.id_number)
            .group_by(AidDisbursement.campaign_id, AidDisbursement.id_number).having(func.count() > 1).subquery())) == 0
        assert count_hardship_files(s, admin, HardshipFilter(status="active")) > 50
        assert watch_list(s, admin, today=TODAY) and open_follow_ups(s, admin)
        assert due_for_review(s, admin, today=date(2027, 12, 1))
        campaigns = list_campaigns(s, admin, CampaignFilter(year=2026))
        assert {c.kind for c in campaigns} >= {"送温暖", "金秋助学", "夏送清凉", "医疗救助"}
        winter = next(c for c in campaigns if c.kind == "送温暖")
        assert winter.number.startswith("2026-") and winter.money > 0 and winter.left > 0
        assert disbursement_totals(s, admin, DisbursementFilter(campaign_id=winter.id)).money == winter.money
    # Numbers continue after the demo's.
    with db.session() as s:
        member_file = create_hardship_file(s, admin, file_input(name="新户", id_number="11010519491231002X",
                                                                 org_id=1, family=()), today=TODAY)
        campaign = create_campaign(s, admin, CampaignInput(name="新活动", year=2026, kind="临时救助"))
    assert member_file.file_no.startswith("KN2026-") and member_file.file_no != "KN2026-00001"
    assert campaign.number not in {c.number for c in campaigns}
    with db.session() as s, pytest.raises(ValidationError, match="只能生成一次"):
        fill_aid_demo(s, admin, seed=3, today=TODAY)


def test_demo_needs_the_county_first(db, admin):
    with db.session() as s, pytest.raises(ValidationError, match="请先生成演示会员"):
        fill_aid_demo(s, admin, today=TODAY)
