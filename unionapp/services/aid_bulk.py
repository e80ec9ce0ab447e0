"""Disbursements generated in bulk from a filter of hardship files (DESIGN §2.3): "all 深度困难
files in 龙旺庄街道" get the campaign's standard amount in one transaction.

Households already aided in the campaign are skipped (a bulk run never overrides the
double-aid rule); files with no fitting standard are skipped and named; going over the budget
is a warning. `preview` runs the same selection without writing, for the confirmation dialog."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from unionapp.db.models import AidDisbursement, HardshipFile, Organization
from unionapp.services import audit
from unionapp.services.aid import open_campaign
from unionapp.services.aid_campaigns import budget_status, campaign_standards, pick_standard
from unionapp.services.aid_common import yuan
from unionapp.services.hardship_search import HardshipFilter, filtered_files
from unionapp.services.rights import Actor, Right


@dataclass(frozen=True)
class BulkFilter:
    category: str | None = None
    org_id: int | None = None  # a township (or any union): its whole subtree
    main_cause: str | None = None
    single_parent: bool | None = None
    zero_employment: bool | None = None
    members_only: bool | None = None


@dataclass(frozen=True)
class BulkResult:
    created: int
    total_money: Decimal
    total_goods_value: Decimal
    skipped_already_aided: tuple[str, ...]
    skipped_no_standard: tuple[str, ...]
    warnings: tuple[str, ...]
    disbursement_ids: tuple[int, ...] = ()
    dry_run: bool = False


def _candidates(session: Session, actor: Actor, flt: BulkFilter) -> list[tuple]:
    hardship_filter = HardshipFilter(status="active", org_id=flt.org_id, category=flt.category,
                                     main_cause=flt.main_cause, single_parent=flt.single_parent,
                                     zero_employment=flt.zero_employment, members_only=flt.members_only)
    query = select(HardshipFile.id, HardshipFile.member_id, HardshipFile.name, HardshipFile.id_number,
                   HardshipFile.unit_name, HardshipFile.org_id, HardshipFile.category, Organization.name)
    query = filtered_files(session, query, actor, hardship_filter).order_by(Organization.path, HardshipFile.id)
    return list(session.execute(query).all())


def generate_disbursements(
    session: Session, actor: Actor, campaign_id: int, flt: BulkFilter, *, paid_on: date | None = None,
    handler: str | None = None, dry_run: bool = False, today: date | None = None,
    progress: Callable[[int, int], object] | None = None,
) -> BulkResult:
    actor.require(Right.EDIT)
    today = today or date.today()
    paid_on = paid_on or today
    campaign = open_campaign(session, campaign_id)
    candidates = _candidates(session, actor, flt)
    aided = set(session.scalars(select(AidDisbursement.id_number).where(AidDisbursement.campaign_id == campaign.id)))
    standards = campaign_standards(session, campaign.id)
    rows, already, no_standard = [], [], []
    money = goods_value = Decimal(0)
    for file_id, member_id, name, id_number, unit_name, org_id, category, org_name in candidates:
        if id_number in aided:
            already.append(name)
            continue
        standard = pick_standard(standards, category=category, on_file=True)
        if standard is None:
            no_standard.append(name)
            continue
        aided.add(id_number)
        rows.append(dict(campaign_id=campaign.id, member_id=member_id, hardship_file_id=file_id, name=name,
                         id_number=id_number, unit_name=unit_name or org_name, org_id=org_id, category=category,
                         amount=standard["amount"], goods=standard["goods"], goods_value=standard["goods_value"],
                         paid_on=paid_on, handler=handler or actor.username))
        money += standard["amount"] or 0
        goods_value += standard["goods_value"] or 0
    warnings = []
    status = budget_status(session, actor, campaign.id, extra=money + goods_value)
    if status.over and rows:
        warnings.append(f"超出预算：预算 {yuan(status.budget)}，已使用 {yuan(status.used - money - goods_value)}，"
                        f"本次生成 {yuan(money + goods_value)}，将超出 {yuan(-status.left)}")
    if no_standard:
        warnings.append(f"{len(no_standard)} 户没有适用的发放标准，未生成：{'、'.join(no_standard[:10])}"
                        + ("等" if len(no_standard) > 10 else ""))
    if already:
        warnings.append(f"{len(already)} 户已在本次活动中领取过，未重复生成")
    ids: list[int] = []
    if not dry_run and rows:
        records = []
        for done, values in enumerate(rows, 1):
            records.append(AidDisbursement(**values))
            if done % 500 == 0:
                session.add_all(records[-500:])
                session.flush()
                if progress is not None:
                    progress(done, len(rows))
        session.add_all(records[len(records) - len(records) % 500:])
        session.flush()
        ids = [r.id for r in records]
        audit.record(session, actor, "create", "aid_disbursement", None,
                     f"批量生成发放记录：{campaign.number} {campaign.name}，{len(rows)} 户，"
                     f"金额 {yuan(money)}", after={"campaign_id": campaign.id, "filter": _filter_text(flt),
                                                 "count": len(rows), "money": str(money)})
    return BulkResult(len(rows), money, goods_value, tuple(already), tuple(no_standard), tuple(warnings),
                      tuple(ids), dry_run)


def _filter_text(flt: BulkFilter) -> dict:
    return {k: v for k, v in flt.__dict__.items() if v is not None}
