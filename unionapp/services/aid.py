"""帮扶发放 (DESIGN §2.3): the disbursements of a campaign entered one by one (campaigns
themselves are in aid_campaigns).

- A person (by ID number) aided twice in one campaign is refused unless the clerk gives a reason;
  the override is written to the audit log.
- Going over the budget is a warning in the result, never a refusal: the money may already be
  in the recipient's hands and the record must match what happened.
Bulk generation from a filter is in aid_bulk; lists and the 签领表 rows in aid_search."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from unionapp.db.models import (
    AidCampaign,
    AidDisbursement,
    AidHospitalStay,
    HardshipFile,
    Member,
    Organization,
    Visit,
)
from unionapp.domain.hardship import FILE_STATUS_LABELS, OPEN_STATUSES
from unionapp.domain.text import clean_text
from unionapp.services import audit
from unionapp.services.aid_campaigns import budget_warning, standard_for
from unionapp.services.aid_common import Checker, org_in_scope, yuan
from unionapp.services.common import check_version, load, require_scope
from unionapp.services.errors import ValidationError
from unionapp.services.rights import Actor, Right

STUDENT_AID = "金秋助学"
MEDICAL_AID = "医疗救助"


@dataclass(frozen=True)
class HospitalStayInput:
    hospital: str
    admitted_on: date | None = None
    discharged_on: date | None = None
    cost: Decimal | str | None = None
    self_paid: Decimal | str | None = None


@dataclass(frozen=True)
class DisbursementInput:
    campaign_id: int
    member_id: int | None = None
    hardship_file_id: int | None = None
    name: str = ""  # a plain person: name and ID number
    id_number: str = ""
    unit_name: str | None = None
    org_id: int | None = None
    category: str | None = None  # taken from the hardship file when there is one
    amount: Decimal | str | None = None  # amount and goods empty: the campaign's standard applies
    goods: str | None = None
    goods_value: Decimal | str | None = None
    paid_on: date | None = None
    handler: str | None = None
    remark: str | None = None
    student_name: str | None = None
    school: str | None = None
    school_level: str | None = None
    enrolment_year: int | None = None
    illness: str | None = None
    hospital_stays: tuple[HospitalStayInput, ...] = ()


@dataclass(frozen=True)
class DisbursementResult:
    id: int
    amount: Decimal | None
    goods: str | None
    warnings: tuple[str, ...] = ()


# --- disbursements ----------------------------------------------------------------------------

def open_campaign(session: Session, campaign_id: int) -> AidCampaign:
    campaign = load(session, AidCampaign, campaign_id, "帮扶活动")
    if campaign.status != "open":
        raise ValidationError({"campaign_id": f"帮扶活动“{campaign.name}”已结束，不能再登记发放"})
    return campaign


def _recipient(session: Session, actor: Actor, data: DisbursementInput, check: Checker, today: date) -> dict:
    """Name, ID, unit, union and category from the hardship file, else the member, else typed."""
    values: dict = {"member_id": data.member_id, "hardship_file_id": data.hardship_file_id}
    file = member = None
    if data.hardship_file_id is not None:
        file = load(session, HardshipFile, data.hardship_file_id, "困难职工档案")
        if file.status not in ("active",):
            check.error("hardship_file_id", f"{file.name}的困难职工档案不在档（{_status(file.status)}），不能按档案发放")
        values["member_id"] = data.member_id or file.member_id
    if values["member_id"] is not None:
        member = load(session, Member, values["member_id"], "会员")
    if file is not None:
        values.update(name=file.name, id_number=file.id_number, unit_name=file.unit_name, org_id=file.org_id,
                      category=file.category)
    elif member is not None:
        values.update(name=member.name, id_number=member.id_number, unit_name=member.employer_name,
                      org_id=member.org_id, category=None)
    else:
        values["name"] = check.required("name", data.name, "姓名")
        info = check.id_number("id_number", data.id_number, today)
        values["id_number"] = info.number if info else None
        values["unit_name"], values["org_id"], values["category"] = None, None, None
    if file is not None and member is not None and file.id_number != member.id_number:
        check.error("member_id", "所选会员与困难职工档案不是同一人")
    values["unit_name"] = check.text(data.unit_name) or values["unit_name"]
    values["org_id"] = data.org_id or values["org_id"]
    values["category"] = check.code("category", data.category, "hardship_category", "困难类别") \
        or values["category"]
    if values["org_id"] is not None:
        org = org_in_scope(session, actor, values["org_id"], "所属单位")
        values["unit_name"] = values["unit_name"] or org.name
    return values


def _status(status: str) -> str:
    return FILE_STATUS_LABELS.get(status, status)


def _checked_disbursement(session: Session, actor: Actor, campaign: AidCampaign, data: DisbursementInput,
                          today: date, stored: AidDisbursement | None = None) -> tuple[dict, list[dict]]:
    check = Checker(session, stored)  # an edited row keeps its category (see Checker)
    values = _recipient(session, actor, data, check, today)
    values["amount"] = check.amount("amount", data.amount, "金额")
    values["goods"] = check.text(data.goods)
    values["goods_value"] = check.amount("goods_value", data.goods_value, "物品价值")
    values["paid_on"] = data.paid_on or today
    check.date_not_future("paid_on", values["paid_on"], today, "发放日期")
    values["handler"] = check.text(data.handler) or actor.username
    values["remark"] = check.text(data.remark)
    values["student_name"] = check.text(data.student_name)
    values["school"] = check.text(data.school)
    values["school_level"] = check.code("school_level", data.school_level, "school_level", "学段")
    values["enrolment_year"] = data.enrolment_year
    if data.enrolment_year is not None and not 1990 <= data.enrolment_year <= today.year + 1:
        check.error("enrolment_year", "入学年份不正确")
    values["illness"] = check.text(data.illness)
    if campaign.kind == STUDENT_AID and not values["student_name"]:
        check.error("student_name", "金秋助学请填写受助学生姓名")
    if campaign.kind == STUDENT_AID and not values["school_level"]:
        check.error("school_level", "金秋助学请选择学段")
    if campaign.kind == MEDICAL_AID and not values["illness"]:
        check.error("illness", "医疗救助请填写所患疾病")
    stays = []
    for i, stay in enumerate(data.hospital_stays, 1):
        key = f"hospital_{i}"
        row = {"hospital": check.required(key, stay.hospital, f"第{i}次住院的医院"),
               "admitted_on": stay.admitted_on, "discharged_on": stay.discharged_on,
               "cost": check.amount(key, stay.cost, "医疗费用"), "self_paid": check.amount(key, stay.self_paid, "个人负担")}
        if stay.admitted_on and stay.discharged_on and stay.discharged_on < stay.admitted_on:
            check.error(key, f"第{i}次住院的出院日期早于入院日期")
        stays.append(row)
    if values["amount"] is None and not values["goods"]:
        on_file = values["hardship_file_id"] is not None or _has_open_file(session, values.get("id_number"))
        standard = standard_for(session, campaign.id, category=values["category"],
                                school_level=values["school_level"], on_file=on_file)
        if standard is None:
            check.error("amount", "请填写发放金额或物品（本活动没有适用的发放标准）")
        else:
            values["amount"] = standard["amount"]
            values["goods"], values["goods_value"] = standard["goods"], standard["goods_value"]
    check.raise_if_any()
    return values, stays


def _has_open_file(session: Session, id_number: str | None) -> bool:
    if not id_number:
        return False
    return session.scalar(select(func.count(HardshipFile.id)).where(HardshipFile.id_number == id_number,
                                                                    HardshipFile.status.in_(OPEN_STATUSES))) > 0


def previous_aid(session: Session, campaign_id: int, id_number: str, except_id: int | None = None) -> list[tuple]:
    query = select(AidDisbursement.id, AidDisbursement.name, AidDisbursement.paid_on, AidDisbursement.amount,
                   AidDisbursement.goods).where(AidDisbursement.campaign_id == campaign_id,
                                                AidDisbursement.id_number == id_number)
    if except_id is not None:
        query = query.where(AidDisbursement.id != except_id)
    return list(session.execute(query.order_by(AidDisbursement.id)).all())


def _refuse_double_aid(session: Session, campaign: AidCampaign, values: dict, override_reason: str | None,
                       except_id: int | None = None) -> str | None:
    earlier = previous_aid(session, campaign.id, values["id_number"], except_id)
    if not earlier:
        return None
    first = earlier[0]
    what = yuan(first.amount) if first.amount is not None else first.goods
    if not clean_text(override_reason):
        raise ValidationError({"duplicate": f"{first.name}已在本次活动（{campaign.number} {campaign.name}）中领取过："
                                            f"{first.paid_on:%Y-%m-%d}，{what}。同一人在一次活动中只能领取一次；"
                                            f"如确需再次发放，请填写原因"})
    return clean_text(override_reason)


def create_disbursement(session: Session, actor: Actor, data: DisbursementInput, *,
                        override_reason: str | None = None, today: date | None = None) -> DisbursementResult:
    actor.require(Right.EDIT)
    today = today or date.today()
    campaign = open_campaign(session, data.campaign_id)
    values, stays = _checked_disbursement(session, actor, campaign, data, today)
    override = _refuse_double_aid(session, campaign, values, override_reason)
    adding = (values["amount"] or Decimal(0)) + (values["goods_value"] or Decimal(0))
    warning = budget_warning(session, actor, campaign.id, adding)
    row = AidDisbursement(campaign_id=campaign.id, override_reason=override, **values)
    session.add(row)
    session.flush()
    for stay in stays:
        session.add(AidHospitalStay(disbursement_id=row.id, **stay))
    summary = f"登记发放：{campaign.number} {row.name} {yuan(row.amount) if row.amount is not None else row.goods}"
    if override:
        summary = f"重复发放（已说明原因：{override}）：{campaign.number} {row.name}"
    audit.record(session, actor, "create", "aid_disbursement", row.id, summary,
                 after=audit.snapshot(row, ["campaign_id", "name", "amount", "goods", "goods_value", "paid_on",
                                            "override_reason", "hardship_file_id", "member_id"]))
    return DisbursementResult(row.id, row.amount, row.goods, (warning,) if warning else ())


def update_disbursement(session: Session, actor: Actor, disbursement_id: int, data: DisbursementInput,
                        expected_version: int, *, override_reason: str | None = None,
                        today: date | None = None) -> DisbursementResult:
    actor.require(Right.EDIT)
    today = today or date.today()
    row = load(session, AidDisbursement, disbursement_id, "发放记录")
    _require_row_scope(session, actor, row)
    check_version(row, expected_version, f"{row.name}的发放记录")
    if data.campaign_id != row.campaign_id:
        raise ValidationError({"campaign_id": "发放记录不能改到其他活动，请删除后在新活动中登记"})
    campaign = open_campaign(session, row.campaign_id)
    if "*" in (data.id_number or ""):
        data = replace(data, id_number=row.id_number)
    values, stays = _checked_disbursement(session, actor, campaign, data, today, row)
    override = _refuse_double_aid(session, campaign, values, override_reason or row.override_reason, row.id)
    old_value = (row.amount or Decimal(0)) + (row.goods_value or Decimal(0))
    new_value = (values["amount"] or Decimal(0)) + (values["goods_value"] or Decimal(0))
    warning = budget_warning(session, actor, campaign.id, new_value - old_value)
    before = audit.snapshot(row)
    for key, value in values.items():
        setattr(row, key, value)
    row.override_reason = override
    session.flush()
    session.execute(delete(AidHospitalStay).where(AidHospitalStay.disbursement_id == row.id))
    for stay in stays:
        session.add(AidHospitalStay(disbursement_id=row.id, **stay))
    old, new = audit.changed(before, audit.snapshot(row))
    audit.record(session, actor, "update", "aid_disbursement", row.id, f"修改发放记录：{campaign.number} {row.name}",
                 before=old, after=new)
    return DisbursementResult(row.id, row.amount, row.goods, (warning,) if warning else ())


def delete_disbursement(session: Session, actor: Actor, disbursement_id: int, expected_version: int) -> None:
    actor.require(Right.EDIT)
    row = load(session, AidDisbursement, disbursement_id, "发放记录")
    _require_row_scope(session, actor, row)
    check_version(row, expected_version, f"{row.name}的发放记录")
    campaign = open_campaign(session, row.campaign_id)
    for visit in session.scalars(select(Visit).where(Visit.disbursement_id == row.id)):
        visit.disbursement_id = None  # the visit happened; only the link goes
    before = audit.snapshot(row)
    session.delete(row)
    session.flush()
    audit.record(session, actor, "delete", "aid_disbursement", disbursement_id,
                 f"删除发放记录：{campaign.number} {before['name']}", before=before)


def _require_row_scope(session: Session, actor: Actor, row: AidDisbursement) -> None:
    if actor.scope_path and row.org_id is not None:
        require_scope(actor, session.get(Organization, row.org_id).path, "该发放记录")


def hospital_stays(session: Session, actor: Actor, disbursement_id: int) -> list[HospitalStayInput]:
    actor.require(Right.VIEW)
    return [HospitalStayInput(s.hospital, s.admitted_on, s.discharged_on, s.cost, s.self_paid)
            for s in session.scalars(select(AidHospitalStay).where(AidHospitalStay.disbursement_id == disbursement_id)
                                     .order_by(AidHospitalStay.id))]
