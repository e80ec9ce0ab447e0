"""帮扶活动 (DESIGN §2.3): campaigns (送温暖, 金秋助学 …) with their number ("2026-001", shown to
clerks and unique), year, kind, budget, fund source and standards — the amount (or goods) by
困难类别, and for 金秋助学 by school level and whether the family is on file."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from unionapp.db.models import AidCampaign, AidDisbursement, AidStandard, Organization
from unionapp.domain.hardship import campaign_number
from unionapp.domain.text import clean_text
from unionapp.services import audit
from unionapp.services.aid_common import Checker, next_number, org_in_scope, yuan
from unionapp.services.common import check_version, load
from unionapp.services.errors import NotFound, ValidationError
from unionapp.services.rights import Actor, Right


@dataclass(frozen=True)
class StandardInput:
    category: str | None = None  # 困难类别; None matches every category
    school_level: str | None = None  # 金秋助学
    on_file: bool | None = None  # 金秋助学: the family has a hardship file
    amount: Decimal | str | None = None
    goods: str | None = None
    goods_value: Decimal | str | None = None


@dataclass(frozen=True)
class CampaignInput:
    name: str
    year: int
    kind: str
    budget: Decimal | str | None = None
    fund_source: str | None = None
    org_id: int | None = None  # 发放单位 (the county federation by default)
    started_on: date | None = None
    ended_on: date | None = None
    remark: str | None = None
    standards: tuple[StandardInput, ...] = ()


@dataclass(frozen=True)
class CampaignSaveResult:
    id: int
    number: str


@dataclass(frozen=True)
class BudgetStatus:
    budget: Decimal | None
    used: Decimal  # money paid plus the value of goods
    money: Decimal
    goods_value: Decimal
    left: Decimal | None
    people: int
    over: bool


@dataclass(frozen=True)
class CampaignDetail:
    id: int
    version: int
    number: str
    status: str
    org_name: str | None
    data: CampaignInput
    budget: BudgetStatus


# --- campaigns --------------------------------------------------------------------------------

def _checked_campaign(session: Session, actor: Actor, data: CampaignInput,
                      stored: AidCampaign | None = None) -> tuple[dict, list[dict]]:
    check = Checker(session, stored)  # an edited campaign keeps its kind (see Checker)
    values = {
        "name": check.required("name", data.name, "活动名称"),
        "kind": check.code("kind", data.kind, "aid_kind", "活动类型", required=True),
        "budget": check.amount("budget", data.budget, "预算"),
        "fund_source": check.text(data.fund_source),
        "started_on": data.started_on,
        "ended_on": data.ended_on,
        "remark": check.text(data.remark),
        "org_id": data.org_id,
    }
    if not isinstance(data.year, int) or not 2000 <= data.year <= 2100:
        check.error("year", "年度不正确")
    values["year"] = data.year
    if data.started_on and data.ended_on and data.ended_on < data.started_on:
        check.error("ended_on", "结束日期不能早于开始日期")
    if data.org_id is not None:
        org_in_scope(session, actor, data.org_id, "发放单位")
    standards, seen = [], set()
    for i, s in enumerate(data.standards, 1):
        key = f"standard_{i}"
        row = {
            "category": check.code(key, s.category, "hardship_category", "困难类别"),
            "school_level": check.code(key, s.school_level, "school_level", "学段"),
            "on_file": s.on_file,
            "amount": check.amount(key, s.amount, f"第{i}条标准的金额"),
            "goods": check.text(s.goods),
            "goods_value": check.amount(key, s.goods_value, f"第{i}条标准的物品价值"),
        }
        if row["amount"] is None and not row["goods"]:
            check.error(key, f"第{i}条标准请填写金额或物品")
        ident = (row["category"], row["school_level"], row["on_file"])
        if ident in seen:
            check.error(key, f"第{i}条标准与前面的标准重复")
        seen.add(ident)
        standards.append(row)
    check.raise_if_any()
    return values, standards


def create_campaign(session: Session, actor: Actor, data: CampaignInput) -> CampaignSaveResult:
    actor.require(Right.EDIT)
    values, standards = _checked_campaign(session, actor, data)
    seq = next_number(session, f"aid_campaign:{values['year']}")
    number = campaign_number(values["year"], seq)
    while session.scalar(select(AidCampaign.id).where(AidCampaign.number == number)):
        # A number typed in by an import may already hold the next value: skip past it.
        seq = next_number(session, f"aid_campaign:{values['year']}")
        number = campaign_number(values["year"], seq)
    campaign = AidCampaign(number=number, status="open", **values)
    session.add(campaign)
    session.flush()
    for row in standards:
        session.add(AidStandard(campaign_id=campaign.id, **row))
    audit.record(session, actor, "create", "aid_campaign", campaign.id, f"新建帮扶活动：{number} {campaign.name}",
                 after=audit.snapshot(campaign) | {"standards": [_standard_text(r) for r in standards]})
    return CampaignSaveResult(campaign.id, number)


def update_campaign(session: Session, actor: Actor, campaign_id: int, data: CampaignInput,
                    expected_version: int) -> CampaignSaveResult:
    actor.require(Right.EDIT)
    campaign = load(session, AidCampaign, campaign_id, "帮扶活动")
    check_version(campaign, expected_version, f"帮扶活动“{campaign.name}”")
    values, standards = _checked_campaign(session, actor, data, campaign)
    if values["year"] != campaign.year:
        raise ValidationError({"year": "活动编号已按年度生成，不能修改年度；如有错误请新建活动"})
    before = audit.snapshot(campaign)
    old_standards = [_standard_text(r) for r in _standard_rows(session, campaign.id)]
    for key, value in values.items():
        setattr(campaign, key, value)
    session.flush()
    session.execute(delete(AidStandard).where(AidStandard.campaign_id == campaign.id))
    for row in standards:
        session.add(AidStandard(campaign_id=campaign.id, **row))
    old, new = audit.changed(before, audit.snapshot(campaign))
    new_standards = [_standard_text(r) for r in standards]
    if new_standards != old_standards:
        old["standards"], new["standards"] = old_standards, new_standards
    audit.record(session, actor, "update", "aid_campaign", campaign.id, f"修改帮扶活动：{campaign.number}",
                 before=old, after=new)
    return CampaignSaveResult(campaign.id, campaign.number)


def set_campaign_status(session: Session, actor: Actor, campaign_id: int, closed: bool) -> None:
    """A closed campaign takes no more disbursements (its roster is final)."""
    actor.require(Right.EDIT)
    campaign = load(session, AidCampaign, campaign_id, "帮扶活动")
    before = campaign.status
    campaign.status = "closed" if closed else "open"
    audit.record(session, actor, "update", "aid_campaign", campaign.id,
                 f"{'结束' if closed else '重新开启'}帮扶活动：{campaign.number}",
                 before={"status": before}, after={"status": campaign.status})


def _standard_rows(session: Session, campaign_id: int) -> list[dict]:
    return [{"category": s.category, "school_level": s.school_level, "on_file": s.on_file, "amount": s.amount,
             "goods": s.goods, "goods_value": s.goods_value}
            for s in session.scalars(select(AidStandard).where(AidStandard.campaign_id == campaign_id)
                                     .order_by(AidStandard.id))]


def _standard_text(row: dict) -> str:
    keys = [row["category"] or "各类别"]
    if row["school_level"]:
        keys.append(row["school_level"])
    if row["on_file"] is not None:
        keys.append("建档家庭" if row["on_file"] else "非建档家庭")
    value = yuan(row["amount"]) if row["amount"] is not None else ""
    if row["goods"]:
        value += f" {row['goods']}"
    return f"{'/'.join(keys)}：{value.strip()}"


def get_campaign(session: Session, actor: Actor, campaign_id: int) -> CampaignDetail:
    actor.require(Right.VIEW)
    campaign = load(session, AidCampaign, campaign_id, "帮扶活动")
    org_name = session.scalar(select(Organization.name).where(Organization.id == campaign.org_id)) \
        if campaign.org_id else None
    standards = tuple(StandardInput(**row) for row in _standard_rows(session, campaign.id))
    data = CampaignInput(name=campaign.name, year=campaign.year, kind=campaign.kind, budget=campaign.budget,
                         fund_source=campaign.fund_source, org_id=campaign.org_id, started_on=campaign.started_on,
                         ended_on=campaign.ended_on, remark=campaign.remark, standards=standards)
    return CampaignDetail(campaign.id, campaign.version, campaign.number, campaign.status, org_name, data,
                          budget_status(session, actor, campaign.id))


def campaign_id_by_number(session: Session, actor: Actor, number: str) -> int:
    actor.require(Right.VIEW)
    found = session.scalar(select(AidCampaign.id).where(AidCampaign.number == clean_text(number)))
    if found is None:
        raise NotFound(f"找不到活动编号为“{clean_text(number)}”的帮扶活动")
    return found


def budget_status(session: Session, actor: Actor, campaign_id: int, *, extra: Decimal = Decimal(0)) -> BudgetStatus:
    """Budget used (money + goods value) and left; `extra` adds what is about to be paid."""
    actor.require(Right.VIEW)
    budget = session.scalar(select(AidCampaign.budget).where(AidCampaign.id == campaign_id))
    money, goods, people = session.execute(
        select(func.coalesce(func.sum(AidDisbursement.amount), 0), func.coalesce(func.sum(AidDisbursement.goods_value), 0),
               func.count(func.distinct(AidDisbursement.id_number)))
        .where(AidDisbursement.campaign_id == campaign_id)
    ).one()
    money, goods = Decimal(money), Decimal(goods)
    used = money + goods + extra
    left = None if budget is None else budget - used
    return BudgetStatus(budget, used, money, goods, left, people, left is not None and left < 0)


def budget_warning(session: Session, actor: Actor, campaign_id: int, adding: Decimal) -> str | None:
    """The warning a clerk sees when a payment of `adding` would go over the budget."""
    status = budget_status(session, actor, campaign_id, extra=adding)
    if not status.over or adding <= 0:
        return None
    return (f"超出预算：预算 {yuan(status.budget)}，已使用 {yuan(status.used - adding)}，本次 {yuan(adding)}，"
            f"将超出 {yuan(-status.left)}")


def standard_for(session: Session, campaign_id: int, *, category: str | None, school_level: str | None = None,
                 on_file: bool | None = None) -> dict | None:
    return pick_standard(_standard_rows(session, campaign_id), category=category, school_level=school_level,
                         on_file=on_file)


def campaign_standards(session: Session, campaign_id: int) -> list[dict]:
    return _standard_rows(session, campaign_id)


def pick_standard(rows: list[dict], *, category: str | None, school_level: str | None = None,
                  on_file: bool | None = None) -> dict | None:
    """The most specific standard line that fits: every key a line names must match."""
    best, best_score = None, -1
    for row in rows:
        if row["category"] and row["category"] != category:
            continue
        if row["school_level"] and row["school_level"] != school_level:
            continue
        if row["on_file"] is not None and row["on_file"] != on_file:
            continue
        score = sum(1 for k in ("category", "school_level", "on_file") if row[k] is not None)
        if score > best_score:
            best, best_score = row, score
    return best
