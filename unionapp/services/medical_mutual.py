"""医疗互助保障 (DESIGN §2.3): units enrol their members each year and pay the fee; members of an
enrolled unit claim when ill. A claim is refused when the member's unit did not enrol for the
year of the payment — the office would otherwise pay out of a fund nobody paid into.

A township clerk sees and changes only the enrolments of the unions under their federation and the
claims of their members; the summary counts the same rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from unionapp.db.models import MedicalMutualClaim, MedicalMutualEnrolment, Member, Organization
from unionapp.domain.masking import mask_id_number
from unionapp.domain.org_levels import MEMBER_LEVELS
from unionapp.domain.text import clean_text
from unionapp.services import audit
from unionapp.services.aid_common import Checker, org_in_scope, scope_condition, subtree_of, yuan
from unionapp.services.common import check_version, load, require_scope
from unionapp.services.errors import NotFound, ValidationError
from unionapp.services.rights import Actor, Right


@dataclass(frozen=True)
class EnrolmentInput:
    org_id: int | None
    year: int
    members_enrolled: int | None
    fee_paid: Decimal | str | None
    enrolled_on: date | None = None
    remark: str | None = None


@dataclass(frozen=True)
class EnrolmentRow:
    id: int
    version: int
    org_id: int
    org_name: str
    year: int
    members_enrolled: int
    fee_paid: Decimal
    enrolled_on: date | None
    claims: int
    claims_amount: Decimal
    remark: str | None


@dataclass(frozen=True)
class ClaimInput:
    member_id: int | None
    paid_on: date | None
    illness: str | None
    amount: Decimal | str | None
    hospital: str | None = None
    handler: str | None = None
    remark: str | None = None


@dataclass(frozen=True)
class ClaimRow:
    id: int
    version: int
    member_id: int
    name: str
    org_name: str
    paid_on: date
    illness: str
    hospital: str | None
    amount: Decimal
    handler: str | None
    id_number: str  # masked unless the actor may see it
    remark: str | None
    enrolment_id: int


@dataclass(frozen=True)
class MutualSummary:
    year: int
    units: int
    members_enrolled: int
    fees: Decimal
    claims: int
    claims_amount: Decimal


def save_enrolment(session: Session, actor: Actor, data: EnrolmentInput, *, expected_version: int | None = None,
                   today: date | None = None) -> int:
    """Enrol a unit for a year, or correct its enrolment (one per unit and year)."""
    actor.require(Right.EDIT)
    today = today or date.today()
    check = Checker(session)
    org = org_in_scope(session, actor, data.org_id, "参保单位")
    if org is None:
        check.error("org_id", "请选择参保单位")
    elif org.level not in MEMBER_LEVELS:
        check.error("org_id", "医疗互助按基层工会参保，请选择基层工会")
    if data.year is None or not 2000 <= data.year <= today.year + 1:
        check.error("year", "参保年度不正确")
    if data.members_enrolled is None or data.members_enrolled <= 0:
        check.error("members_enrolled", "参保人数应大于零")
    fee = check.amount("fee_paid", data.fee_paid, "缴费金额")
    if fee is None:
        check.error("fee_paid", "请填写缴费金额")
    check.date_not_future("enrolled_on", data.enrolled_on, today, "参保日期")
    check.raise_if_any()
    existing = session.scalars(select(MedicalMutualEnrolment).where(MedicalMutualEnrolment.org_id == org.id,
                                                                    MedicalMutualEnrolment.year == data.year)).first()
    values = dict(members_enrolled=data.members_enrolled, fee_paid=fee, enrolled_on=data.enrolled_on,
                  remark=clean_text(data.remark) or None)
    if existing is None:
        row = MedicalMutualEnrolment(org_id=org.id, year=data.year, **values)
        session.add(row)
        session.flush()
        audit.record(session, actor, "create", "medical_mutual_enrolment", row.id,
                     f"医疗互助参保：{org.name} {data.year}年 {data.members_enrolled}人 {yuan(fee)}",
                     after=audit.snapshot(row))
        return row.id
    if expected_version is None:
        raise ValidationError({"org_id": f"{org.name}已登记{data.year}年度的医疗互助参保，请打开原记录修改"})
    check_version(existing, expected_version, f"{org.name}{data.year}年度的参保记录")
    before = audit.snapshot(existing)
    for key, value in values.items():
        setattr(existing, key, value)
    session.flush()
    old, new = audit.changed(before, audit.snapshot(existing))
    audit.record(session, actor, "update", "medical_mutual_enrolment", existing.id,
                 f"修改医疗互助参保：{org.name} {data.year}年", before=old, after=new)
    return existing.id


def _enrolment_query():
    claims = (select(MedicalMutualClaim.enrolment_id, func.count(MedicalMutualClaim.id).label("n"),
                     func.coalesce(func.sum(MedicalMutualClaim.amount), 0).label("amount"))
              .group_by(MedicalMutualClaim.enrolment_id).subquery())
    return (select(MedicalMutualEnrolment, Organization.name, claims.c.n, claims.c.amount)
            .join(Organization, MedicalMutualEnrolment.org_id == Organization.id)
            .outerjoin(claims, claims.c.enrolment_id == MedicalMutualEnrolment.id))


def _enrolment_row(e: MedicalMutualEnrolment, name: str, n, amount) -> EnrolmentRow:
    return EnrolmentRow(e.id, e.version, e.org_id, name, e.year, e.members_enrolled, e.fee_paid, e.enrolled_on,
                        n or 0, Decimal(amount or 0), e.remark)


def list_enrolments(session: Session, actor: Actor, *, year: int | None = None, org_id: int | None = None,
                    offset: int = 0, limit: int = 200) -> list[EnrolmentRow]:
    """The enrolments of one year (or all) in the actor's scope, of one union's subtree when
    `org_id` is given, in the order of the organisation tree."""
    actor.require(Right.VIEW)
    query = _where(session, actor, _enrolment_query(), year, org_id, MedicalMutualEnrolment.year)
    query = query.order_by(MedicalMutualEnrolment.year.desc(), Organization.path, MedicalMutualEnrolment.id)
    return [_enrolment_row(*r) for r in session.execute(query.offset(offset).limit(limit))]


def get_enrolment(session: Session, actor: Actor, enrolment_id: int) -> EnrolmentRow:
    actor.require(Right.VIEW)
    found = session.execute(_enrolment_query().where(MedicalMutualEnrolment.id == enrolment_id)).first()
    if found is None:
        raise NotFound(f"找不到医疗互助参保记录（编号 {enrolment_id}），可能已被删除")
    require_scope(actor, session.get(Organization, found[0].org_id).path, "该参保单位")
    return _enrolment_row(*found)


def _where(session, actor, query, year, org_id, year_column):
    scope = scope_condition(actor)
    if scope is not None:
        query = query.where(scope)
    if org_id is not None:
        query = query.where(subtree_of(session, org_id))
    if year is not None:
        query = query.where(year_column == year)
    return query


def _enrolment_for(session: Session, member: Member, year: int) -> MedicalMutualEnrolment | None:
    """The enrolment covering a member: their own union's, or for a branch (分会) its parent's."""
    org = session.get(Organization, member.org_id)
    candidates = [org.id] + ([org.parent_id] if org.level == "branch" and org.parent_id else [])
    for org_id in candidates:
        found = session.scalars(select(MedicalMutualEnrolment).where(MedicalMutualEnrolment.org_id == org_id,
                                                                     MedicalMutualEnrolment.year == year)).first()
        if found is not None:
            return found
    return None


def _checked_claim(session: Session, actor: Actor, data: ClaimInput,
                   today: date) -> tuple[Member, MedicalMutualEnrolment, dict]:
    """The member, the enrolment that pays, and the values of a claim; ValidationError listing
    every problem otherwise."""
    check = Checker(session)
    member = None
    if data.member_id is None:
        check.error("member_id", "请先查找并选择理赔的会员")
    else:
        member = load(session, Member, data.member_id, "会员")
        require_scope(actor, session.get(Organization, member.org_id).path, "该会员")
    illness = check.required("illness", data.illness, "病种或疾病名称")
    amount = check.amount("amount", data.amount, "互助金额", allow_zero=False)
    if amount is None and "amount" not in check.errors:
        check.error("amount", "请填写互助金额")
    if data.paid_on is None:
        check.error("paid_on", "请填写给付日期")
    else:
        check.date_not_future("paid_on", data.paid_on, today, "给付日期")
    check.raise_if_any()
    enrolment = _enrolment_for(session, member, data.paid_on.year)
    if enrolment is None:
        org = session.get(Organization, member.org_id)
        raise ValidationError({"member_id": f"{member.name}所在的“{org.name}”没有参加{data.paid_on.year}年度的"
                                            f"医疗互助，不能给付"})
    values = dict(enrolment_id=enrolment.id, member_id=member.id, paid_on=data.paid_on, illness=illness,
                  hospital=clean_text(data.hospital) or None, amount=amount,
                  handler=clean_text(data.handler) or actor.username, remark=clean_text(data.remark) or None)
    return member, enrolment, values


def create_claim(session: Session, actor: Actor, data: ClaimInput, *, today: date | None = None) -> int:
    actor.require(Right.EDIT)
    member, _enrolment, values = _checked_claim(session, actor, data, today or date.today())
    claim = MedicalMutualClaim(**values)
    session.add(claim)
    session.flush()
    audit.record(session, actor, "create", "medical_mutual_claim", claim.id,
                 f"医疗互助给付：{member.name} {yuan(claim.amount)}", after=audit.snapshot(claim))
    return claim.id


def update_claim(session: Session, actor: Actor, claim_id: int, data: ClaimInput, expected_version: int, *,
                 today: date | None = None) -> int:
    """Correct a claim (amount, date, illness, even the member); the enrolment that pays is found
    again for the member and the year of the payment."""
    actor.require(Right.EDIT)
    claim = load(session, MedicalMutualClaim, claim_id, "医疗互助给付记录")
    stored_member = session.get(Member, claim.member_id)
    require_scope(actor, session.get(Organization, stored_member.org_id).path, "该给付记录")
    member, _enrolment, values = _checked_claim(session, actor, data, today or date.today())
    check_version(claim, expected_version, f"{stored_member.name}的医疗互助给付记录")
    before = audit.snapshot(claim)
    for key, value in values.items():
        setattr(claim, key, value)
    session.flush()
    old, new = audit.changed(before, audit.snapshot(claim))
    audit.record(session, actor, "update", "medical_mutual_claim", claim.id,
                 f"修改医疗互助给付：{member.name} {yuan(claim.amount)}", before=old, after=new)
    return claim.id


def _claim_query():
    return (select(MedicalMutualClaim, Member.name, Member.id_number, Organization.name)
            .join(Member, MedicalMutualClaim.member_id == Member.id)
            .join(Organization, Member.org_id == Organization.id))


def _claim_row(actor: Actor, c: MedicalMutualClaim, name: str, id_number: str, org_name: str) -> ClaimRow:
    return ClaimRow(id=c.id, version=c.version, member_id=c.member_id, name=name, org_name=org_name,
                    paid_on=c.paid_on, illness=c.illness, hospital=c.hospital, amount=c.amount, handler=c.handler,
                    id_number=id_number if actor.sees_sensitive else mask_id_number(id_number), remark=c.remark,
                    enrolment_id=c.enrolment_id)


def list_claims(session: Session, actor: Actor, *, year: int | None = None, org_id: int | None = None,
                member_id: int | None = None, enrolment_id: int | None = None, offset: int = 0,
                limit: int = 200) -> list[ClaimRow]:
    """Claims paid in `year`, of members in the actor's scope (and under `org_id`), of one member
    or paid by one enrolment; the latest first."""
    actor.require(Right.VIEW)
    query = _where(session, actor, _claim_query(), None, org_id, None)
    if year is not None:
        query = query.where(MedicalMutualClaim.paid_on >= date(year, 1, 1), MedicalMutualClaim.paid_on <= date(year, 12, 31))
    if member_id is not None:
        query = query.where(MedicalMutualClaim.member_id == member_id)
    if enrolment_id is not None:
        query = query.where(MedicalMutualClaim.enrolment_id == enrolment_id)
    query = query.order_by(MedicalMutualClaim.paid_on.desc(), MedicalMutualClaim.id.desc()).offset(offset).limit(limit)
    return [_claim_row(actor, *r) for r in session.execute(query)]


def get_claim(session: Session, actor: Actor, claim_id: int) -> ClaimRow:
    actor.require(Right.VIEW)
    found = session.execute(_claim_query().add_columns(Organization.path)
                            .where(MedicalMutualClaim.id == claim_id)).first()
    if found is None:
        raise NotFound(f"找不到医疗互助给付记录（编号 {claim_id}），可能已被删除")
    require_scope(actor, found[-1], "该给付记录")
    return _claim_row(actor, *found[:-1])


def mutual_summary(session: Session, actor: Actor, year: int, *, org_id: int | None = None) -> MutualSummary:
    """The year's enrolments (units, members, fees) and the claims they paid, in the actor's scope
    and under `org_id` when given."""
    actor.require(Right.VIEW)
    units, members, fees = session.execute(
        _where(session, actor, select(func.count(MedicalMutualEnrolment.id),
                                      func.coalesce(func.sum(MedicalMutualEnrolment.members_enrolled), 0),
                                      func.coalesce(func.sum(MedicalMutualEnrolment.fee_paid), 0))
               .join(Organization, MedicalMutualEnrolment.org_id == Organization.id), year, org_id,
               MedicalMutualEnrolment.year)).one()
    claims, amount = session.execute(
        _where(session, actor, select(func.count(MedicalMutualClaim.id),
                                      func.coalesce(func.sum(MedicalMutualClaim.amount), 0))
               .join(MedicalMutualEnrolment, MedicalMutualClaim.enrolment_id == MedicalMutualEnrolment.id)
               .join(Organization, MedicalMutualEnrolment.org_id == Organization.id), year, org_id,
               MedicalMutualEnrolment.year)).one()
    return MutualSummary(year, units or 0, int(members or 0), Decimal(fees or 0), claims or 0, Decimal(amount or 0))
