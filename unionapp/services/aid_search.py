"""Lists of campaigns and disbursements with paging and filters, and the rows of a campaign's
签领表 (DESIGN §2.3, §4). ID numbers are masked for users without 查看敏感信息; a look at full
numbers is audited."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from unionapp.db.models import AidCampaign, AidDisbursement, Organization
from unionapp.domain.masking import mask_id_number
from unionapp.domain.text import clean_text
from unionapp.services import audit
from unionapp.services.aid_common import scope_condition, subtree_of
from unionapp.services.cards import union_name
from unionapp.services.common import load
from unionapp.services.rights import Actor, Right

# --- campaigns --------------------------------------------------------------------------------


@dataclass(frozen=True)
class CampaignFilter:
    text: str = ""  # number or name
    year: int | None = None
    kind: str | None = None
    status: str | None = None  # open / closed / None


@dataclass(frozen=True)
class CampaignRow:
    id: int
    version: int
    number: str
    name: str
    year: int
    kind: str
    budget: Decimal | None
    fund_source: str | None
    status: str
    people: int
    money: Decimal
    goods_value: Decimal

    @property
    def used(self) -> Decimal:
        return self.money + self.goods_value

    @property
    def left(self) -> Decimal | None:
        return None if self.budget is None else self.budget - self.used


def _campaign_query(flt: CampaignFilter) -> Select:
    totals = (
        select(AidDisbursement.campaign_id, func.count(AidDisbursement.id).label("people"),
               func.coalesce(func.sum(AidDisbursement.amount), 0).label("money"),
               func.coalesce(func.sum(AidDisbursement.goods_value), 0).label("goods_value"))
        .group_by(AidDisbursement.campaign_id).subquery()
    )
    query = select(AidCampaign, totals.c.people, totals.c.money, totals.c.goods_value) \
        .outerjoin(totals, totals.c.campaign_id == AidCampaign.id)
    for term in clean_text(flt.text).split():
        query = query.where(or_(AidCampaign.number.contains(term, autoescape=True),
                                AidCampaign.name.contains(term, autoescape=True)))
    if flt.year is not None:
        query = query.where(AidCampaign.year == flt.year)
    if flt.kind:
        query = query.where(AidCampaign.kind == flt.kind)
    if flt.status:
        query = query.where(AidCampaign.status == flt.status)
    return query


def list_campaigns(session: Session, actor: Actor, flt: CampaignFilter = CampaignFilter(), *, offset: int = 0,
                   limit: int = 100) -> list[CampaignRow]:
    """Newest first: the year, then the number within it."""
    actor.require(Right.VIEW)
    query = _campaign_query(flt).order_by(AidCampaign.year.desc(), AidCampaign.number.desc()).offset(offset).limit(limit)
    return [CampaignRow(c.id, c.version, c.number, c.name, c.year, c.kind, c.budget, c.fund_source, c.status,
                        people or 0, Decimal(money or 0), Decimal(goods or 0))
            for c, people, money, goods in session.execute(query)]


def count_campaigns(session: Session, actor: Actor, flt: CampaignFilter = CampaignFilter()) -> int:
    actor.require(Right.VIEW)
    return session.scalar(select(func.count()).select_from(_campaign_query(flt).subquery())) or 0


# --- disbursements ----------------------------------------------------------------------------


@dataclass(frozen=True)
class DisbursementFilter:
    campaign_id: int | None = None
    text: str = ""  # name, any 4+ digits of the ID number, or the campaign number
    org_id: int | None = None  # a township or union: its subtree
    year: int | None = None
    kind: str | None = None
    hardship_file_id: int | None = None
    member_id: int | None = None
    id_number: str | None = None  # exact (a person's aid history)


@dataclass(frozen=True)
class DisbursementRow:
    id: int
    version: int
    campaign_id: int
    campaign_number: str
    campaign_name: str
    kind: str
    name: str
    id_number: str  # masked unless the actor may see it
    unit_name: str | None
    org_name: str | None
    category: str | None
    amount: Decimal | None
    goods: str | None
    goods_value: Decimal | None
    paid_on: date
    handler: str | None
    override_reason: str | None
    student_name: str | None
    school: str | None
    school_level: str | None
    enrolment_year: int | None
    illness: str | None
    remark: str | None
    hardship_file_id: int | None
    member_id: int | None


_DISBURSEMENT_COLUMNS = (
    AidDisbursement.id, AidDisbursement.version, AidDisbursement.campaign_id, AidCampaign.number.label("campaign_number"),
    AidCampaign.name.label("campaign_name"), AidCampaign.kind, AidDisbursement.name, AidDisbursement.id_number,
    AidDisbursement.unit_name, Organization.name.label("org_name"), AidDisbursement.category, AidDisbursement.amount,
    AidDisbursement.goods, AidDisbursement.goods_value, AidDisbursement.paid_on, AidDisbursement.handler,
    AidDisbursement.override_reason, AidDisbursement.student_name, AidDisbursement.school,
    AidDisbursement.school_level, AidDisbursement.enrolment_year, AidDisbursement.illness, AidDisbursement.remark,
    AidDisbursement.hardship_file_id, AidDisbursement.member_id,
)


def disbursement_query(session: Session, actor: Actor, query: Select, flt: DisbursementFilter) -> Select:
    query = query.join(AidCampaign, AidDisbursement.campaign_id == AidCampaign.id) \
        .outerjoin(Organization, AidDisbursement.org_id == Organization.id)
    if flt.campaign_id is not None:
        query = query.where(AidDisbursement.campaign_id == flt.campaign_id)
    for term in clean_text(flt.text).split():
        options = [AidDisbursement.name.contains(term, autoescape=True),
                   AidCampaign.number == term]
        if len(term) >= 4 and term.upper().strip("X").isdigit():
            options.append(AidDisbursement.id_number.contains(term.upper(), autoescape=True))
        query = query.where(or_(*options))
    scope = scope_condition(actor)
    if scope is not None:
        query = query.where(scope)
    if flt.org_id is not None:
        query = query.where(subtree_of(session, flt.org_id))
    if flt.year is not None:
        query = query.where(AidCampaign.year == flt.year)
    if flt.kind:
        query = query.where(AidCampaign.kind == flt.kind)
    if flt.hardship_file_id is not None:
        query = query.where(AidDisbursement.hardship_file_id == flt.hardship_file_id)
    if flt.member_id is not None:
        query = query.where(AidDisbursement.member_id == flt.member_id)
    if flt.id_number:
        query = query.where(AidDisbursement.id_number == clean_text(flt.id_number).upper())
    return query


def search_disbursements(session: Session, actor: Actor, flt: DisbursementFilter, *, offset: int = 0,
                         limit: int = 100) -> list[DisbursementRow]:
    actor.require(Right.VIEW)
    query = disbursement_query(session, actor, select(*_DISBURSEMENT_COLUMNS), flt) \
        .order_by(AidDisbursement.paid_on.desc(), AidDisbursement.id.desc()).offset(offset).limit(limit)
    rows = session.execute(query).all()
    full = actor.sees_sensitive
    if full and rows and offset == 0:
        audit.record(session, actor, "view", "aid_disbursement", None,
                     f"查看发放记录列表（含完整身份证号）：{len(rows)} 条")
    return [DisbursementRow(**{**r._asdict(), "id_number": r.id_number if full else mask_id_number(r.id_number)})
            for r in rows]


@dataclass(frozen=True)
class DisbursementTotals:
    count: int
    people: int
    money: Decimal
    goods_value: Decimal


def disbursement_totals(session: Session, actor: Actor, flt: DisbursementFilter) -> DisbursementTotals:
    actor.require(Right.VIEW)
    query = disbursement_query(session, actor, select(
        func.count(AidDisbursement.id), func.count(func.distinct(AidDisbursement.id_number)),
        func.coalesce(func.sum(AidDisbursement.amount), 0), func.coalesce(func.sum(AidDisbursement.goods_value), 0)),
        flt)
    count, people, money, goods = session.execute(query).one()
    return DisbursementTotals(count or 0, people or 0, Decimal(money or 0), Decimal(goods or 0))


def count_disbursements(session: Session, actor: Actor, flt: DisbursementFilter) -> int:
    return disbursement_totals(session, actor, flt).count


# --- 签领表 -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RosterLine:
    """One line of the sign-for roster; the fields of printing.roster.RosterRow plus 序号."""

    seq: int
    name: str
    id_number: str  # full or masked by right
    unit: str
    category: str
    amount: Decimal | None
    goods: str
    remark: str


@dataclass(frozen=True)
class RosterData:
    campaign_id: int
    campaign_number: str
    title: str
    issuer: str
    issued_on: date | None
    note: str
    rows: tuple[RosterLine, ...]
    total: Decimal  # the sum of the money amounts
    goods_value: Decimal
    masked: bool


def roster_rows(session: Session, actor: Actor, campaign_id: int, *, township_id: int | None = None,
                org_id: int | None = None) -> RosterData:
    """The disbursements of a campaign in 签领表 order (by township and union, then as entered),
    optionally only one township's or one union's; with the total. Full ID numbers only for
    users with 查看敏感信息 (and the look is audited; printing them is audited by the printer)."""
    actor.require(Right.VIEW)
    campaign = load(session, AidCampaign, campaign_id, "帮扶活动")
    flt = DisbursementFilter(campaign_id=campaign.id, org_id=org_id if org_id is not None else township_id)
    query = disbursement_query(session, actor, select(AidDisbursement, Organization.name, Organization.path), flt)
    # People entered without a union come last on both SQLite and PostgreSQL (their NULL orders differ).
    query = query.order_by(Organization.path.is_(None), Organization.path, AidDisbursement.paid_on,
                           AidDisbursement.id)
    full = actor.sees_sensitive
    lines, total, goods_value = [], Decimal(0), Decimal(0)
    paid_days: dict[date, int] = {}
    for seq, (row, org_name, _path) in enumerate(session.execute(query), 1):
        goods = row.goods or ""
        if goods and row.goods_value is not None and row.amount is None:
            goods = f"{goods}（价值{row.goods_value:,.2f}元）"
        remark = row.remark or ""
        if row.student_name:
            remark = "　".join(p for p in (f"学生：{row.student_name}", row.school_level or "", remark) if p)
        if row.illness:
            remark = "　".join(p for p in (row.illness, remark) if p)
        lines.append(RosterLine(seq, row.name, row.id_number if full else mask_id_number(row.id_number),
                                row.unit_name or org_name or "", row.category or "", row.amount, goods, remark))
        total += row.amount or 0
        goods_value += row.goods_value or 0
        paid_days[row.paid_on] = paid_days.get(row.paid_on, 0) + 1
    issuer = session.scalar(select(Organization.name).where(Organization.id == campaign.org_id)) if campaign.org_id \
        else union_name(session)
    where = ""
    if township_id is not None or org_id is not None:
        where = session.scalar(select(Organization.name).where(
            Organization.id == (org_id if org_id is not None else township_id))) or ""
    note = "　".join(p for p in (f"资金来源：{campaign.fund_source}" if campaign.fund_source else "",
                                f"范围：{where}" if where else "") if p)
    if full and lines:
        audit.record(session, actor, "view", "aid_campaign", campaign.id,
                     f"查看签领表（含完整身份证号）：{campaign.number} {campaign.name}，{len(lines)} 人")
    # 发放日期 on the sheet: the day most of it was handed out (a few late payments do not move it).
    issued_on = max(paid_days, key=lambda d: (paid_days[d], d)) if paid_days else campaign.started_on
    return RosterData(campaign.id, campaign.number, f"{campaign.name}签领表", issuer or "", issued_on, note,
                      tuple(lines), total, goods_value, not full)
