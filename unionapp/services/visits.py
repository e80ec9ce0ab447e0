"""走访慰问记录 (DESIGN §2.4): whom the union's cadres visited, what they gave and learned, the
follow-up it needs (open until its outcome is recorded), photos, and the link to the aid
disbursement when money changed hands. Recording a visit with money can create that
disbursement in a chosen campaign, under the campaign's rules (double aid, budget).
Lists and the open follow-ups are in visit_search."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from unionapp.db.models import (
    AidCampaign,
    AidDisbursement,
    HardshipFile,
    Member,
    Organization,
    UnorganizedEmployer,
    Visit,
    VisitGoods,
    VisitPhoto,
)
from unionapp.domain.hardship import VISIT_TARGETS, visit_number
from unionapp.domain.masking import mask_id_number, mask_phone
from unionapp.domain.text import clean_text
from unionapp.services import audit
from unionapp.services.aid import DisbursementInput, create_disbursement
from unionapp.services.aid_common import Checker, next_number, org_in_scope
from unionapp.services.common import check_version, load, require_scope
from unionapp.services.errors import PermissionDenied, ValidationError
from unionapp.services.rights import Actor, Right

MAX_PHOTO_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class GoodsInput:
    item: str
    quantity: str | None = None
    value: Decimal | str | None = None


@dataclass(frozen=True)
class VisitInput:
    visited_on: date | None = None
    kind: str = ""
    visitors: str = ""
    target: str = "member"  # member / hardship / model_worker / employer / person
    member_id: int | None = None
    hardship_file_id: int | None = None
    employer_org_id: int | None = None
    unorganized_employer_id: int | None = None
    visitee_name: str = ""  # typed for a model worker, an employer without a record, or a person
    visitee_id_number: str | None = None
    visitee_unit: str | None = None
    visitee_phone: str | None = None
    org_id: int | None = None  # the union the visit counts for (derived when a record is chosen)
    place: str | None = None
    money: Decimal | str | None = None
    goods: tuple[GoodsInput, ...] = ()
    learned: str | None = None
    follow_up_needed: bool = False
    follow_up: str | None = None
    remark: str | None = None
    disbursement_id: int | None = None  # an existing disbursement this visit paid


@dataclass(frozen=True)
class VisitSaveResult:
    id: int
    record_no: str
    disbursement_id: int | None
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class PhotoInfo:
    id: int
    filename: str
    mime: str
    size: int
    caption: str | None
    uploaded_at: datetime


@dataclass(frozen=True)
class VisitDetail:
    id: int
    version: int
    record_no: str
    masked: bool
    data: VisitInput  # visitee_id_number / phone masked when `masked`
    org_name: str | None
    follow_up_outcome: str | None
    follow_up_closed_on: date | None
    follow_up_closed_by: str | None
    recorded_by: str | None
    disbursement_text: str | None  # "2026-001 春节送温暖 800.00 元"
    photos: tuple[PhotoInfo, ...]

    @property
    def follow_up_open(self) -> bool:
        return self.data.follow_up_needed and self.follow_up_closed_on is None


def _whom(session: Session, actor: Actor, data: VisitInput, check: Checker, today: date) -> dict:
    """The visitee's name, unit, ID and union, from the record chosen or as typed."""
    target = data.target
    values: dict = {"target": target, "member_id": None, "hardship_file_id": None, "employer_org_id": None,
                    "unorganized_employer_id": None, "visitee_id_number": None, "org_id": data.org_id}
    typed_name, typed_unit = clean_text(data.visitee_name), clean_text(data.visitee_unit) or None
    if target not in VISIT_TARGETS:
        check.error("target", f"走访对象类别应为：{'、'.join(VISIT_TARGETS.values())}")
        return values | {"visitee_name": typed_name, "visitee_unit": typed_unit}
    if target == "hardship" or (target == "member" and data.hardship_file_id is not None):
        if data.hardship_file_id is None:
            check.error("hardship_file_id", "请选择困难职工档案")
            return values | {"visitee_name": typed_name, "visitee_unit": typed_unit}
        file = load(session, HardshipFile, data.hardship_file_id, "困难职工档案")
        values.update(hardship_file_id=file.id, member_id=file.member_id, visitee_name=file.name,
                      visitee_id_number=file.id_number, visitee_unit=typed_unit or file.unit_name,
                      org_id=data.org_id or file.org_id)
        values.setdefault("phone_default", file.phone)
    elif target == "member":
        if data.member_id is None:
            check.error("member_id", "请选择会员")
            return values | {"visitee_name": typed_name, "visitee_unit": typed_unit}
        member = load(session, Member, data.member_id, "会员")
        values.update(member_id=member.id, visitee_name=member.name, visitee_id_number=member.id_number,
                      visitee_unit=typed_unit or member.employer_name, org_id=data.org_id or member.org_id)
        values["phone_default"] = member.phone
    elif target == "employer" and data.employer_org_id is not None:
        org = load(session, Organization, data.employer_org_id, "企业（基层工会）")
        values.update(employer_org_id=org.id, visitee_name=typed_name or org.employer_name or org.name,
                      visitee_unit=typed_unit or org.name, org_id=data.org_id or org.id)
    elif target == "employer" and data.unorganized_employer_id is not None:
        employer = load(session, UnorganizedEmployer, data.unorganized_employer_id, "未建会单位")
        values.update(unorganized_employer_id=employer.id, visitee_name=typed_name or employer.name,
                      visitee_unit=typed_unit or employer.name,
                      org_id=data.org_id or employer.township_org_id)
    else:
        # A model worker (free text until the honours module exists), an employer typed by name,
        # or anyone else.
        values["visitee_name"] = check.required("visitee_name", typed_name, "走访对象姓名或名称")
        values["visitee_unit"] = typed_unit
        if clean_text(data.visitee_id_number):
            info = check.id_number("visitee_id_number", data.visitee_id_number, today, required=False)
            values["visitee_id_number"] = info.number if info else None
    if values["org_id"] is not None:
        org_in_scope(session, actor, values["org_id"], "走访对象所在单位")
    elif actor.scope_path:
        check.error("org_id", "请选择走访对象所在的工会（您只能登记管辖范围内的走访）")
    return values


def _checked(session: Session, actor: Actor, data: VisitInput, today: date,
             stored: Visit | None = None) -> tuple[dict, list[dict]]:
    check = Checker(session, stored)  # an edited visit keeps its kind (see Checker)
    values = _whom(session, actor, data, check, today)
    phone_default = values.pop("phone_default", None)
    values["visited_on"] = data.visited_on or today
    check.date_not_future("visited_on", values["visited_on"], today, "走访日期")
    values["kind"] = check.code("kind", data.kind, "visit_kind", "走访类型", required=True)
    values["visitors"] = check.required("visitors", data.visitors, "走访人员")
    values["visitee_phone"] = check.text(data.visitee_phone) or phone_default
    values["place"] = check.text(data.place)
    values["money"] = check.amount("money", data.money, "慰问金")
    if values["money"] == 0:
        values["money"] = None
    values["learned"] = check.text(data.learned)
    values["follow_up_needed"] = bool(data.follow_up_needed)
    values["follow_up"] = check.text(data.follow_up)
    if values["follow_up_needed"] and not values["follow_up"]:
        check.error("follow_up", "请填写需要跟进的事项")
    values["remark"] = check.text(data.remark)
    goods = []
    for i, item in enumerate(data.goods, 1):
        name = check.required(f"goods_{i}", item.item, f"第{i}项慰问物品的名称")
        goods.append({"seq": i, "item": name, "quantity": check.text(item.quantity),
                      "value": check.amount(f"goods_{i}", item.value, f"第{i}项慰问物品的价值")})
    check.raise_if_any()
    return values, goods


def _link_disbursement(session: Session, actor: Actor, values: dict, disbursement_id: int | None) -> list[str]:
    if disbursement_id is None:
        values["disbursement_id"] = None
        return []
    row = load(session, AidDisbursement, disbursement_id, "发放记录")
    values["disbursement_id"] = row.id
    warnings = []
    if values.get("visitee_id_number") and row.id_number != values["visitee_id_number"]:
        warnings.append(f"关联的发放记录是{row.name}的，与走访对象不是同一人，请核对")
    if values.get("money") is not None and row.amount is not None and row.amount != values["money"]:
        warnings.append(f"慰问金 {values['money']:,.2f} 元与关联发放记录的金额 {row.amount:,.2f} 元不一致")
    return warnings


def create_visit(session: Session, actor: Actor, data: VisitInput, *, pay_in_campaign_id: int | None = None,
                 override_reason: str | None = None, today: date | None = None) -> VisitSaveResult:
    """Record a visit. With `pay_in_campaign_id` and money given, the money is also registered as
    a disbursement of that campaign for the visitee (who then needs an ID number) and linked."""
    actor.require(Right.EDIT)
    today = today or date.today()
    values, goods = _checked(session, actor, data, today)
    if pay_in_campaign_id is not None and data.disbursement_id is not None:
        raise ValidationError({"disbursement_id": "已选择关联的发放记录，不能同时新建发放"})
    warnings = _link_disbursement(session, actor, values, data.disbursement_id)
    if pay_in_campaign_id is not None:
        if values["money"] is None:
            raise ValidationError({"money": "登记到帮扶活动时请填写慰问金金额"})
        if not values.get("visitee_id_number"):
            raise ValidationError({"visitee_id_number": "登记发放需要走访对象的身份证号码"})
        paid = create_disbursement(session, actor, DisbursementInput(
            campaign_id=pay_in_campaign_id, member_id=values["member_id"], hardship_file_id=values["hardship_file_id"],
            name=values["visitee_name"], id_number=values["visitee_id_number"], unit_name=values["visitee_unit"],
            org_id=values["org_id"], amount=values["money"], paid_on=values["visited_on"], handler=values["visitors"],
            remark="走访慰问"), override_reason=override_reason, today=today)
        values["disbursement_id"] = paid.id
        warnings.extend(paid.warnings)
    seq = next_number(session, f"visit:{values['visited_on'].year}")
    visit = Visit(record_no=visit_number(values["visited_on"].year, seq), recorded_by=actor.username, **values)
    session.add(visit)
    session.flush()
    _write_goods(session, visit.id, goods)
    audit.record(session, actor, "create", "visit", visit.id,
                 f"登记走访慰问：{visit.visitee_name}（{visit.record_no}）", after=_snapshot(visit, goods))
    return VisitSaveResult(visit.id, visit.record_no, visit.disbursement_id, tuple(warnings))


def update_visit(session: Session, actor: Actor, visit_id: int, data: VisitInput, expected_version: int, *,
                 today: date | None = None) -> VisitSaveResult:
    actor.require(Right.EDIT)
    visit = _load_in_scope(session, actor, visit_id)
    check_version(visit, expected_version, f"走访记录“{visit.record_no}”")
    if "*" in (data.visitee_id_number or "") + (data.visitee_phone or ""):
        data = replace(
            data,
            visitee_id_number=visit.visitee_id_number if "*" in (data.visitee_id_number or "") else data.visitee_id_number,
            visitee_phone=visit.visitee_phone if "*" in (data.visitee_phone or "") else data.visitee_phone,
        )
    values, goods = _checked(session, actor, data, today or date.today(), visit)
    warnings = _link_disbursement(session, actor, values, data.disbursement_id)
    before = _snapshot(visit, None)
    for key, value in values.items():
        setattr(visit, key, value)
    session.flush()
    _write_goods(session, visit.id, goods)
    old, new = audit.changed(before, _snapshot(visit, None))
    audit.record(session, actor, "update", "visit", visit.id, f"修改走访记录：{visit.visitee_name}（{visit.record_no}）",
                 before=old, after=new)
    return VisitSaveResult(visit.id, visit.record_no, visit.disbursement_id, tuple(warnings))


def close_follow_up(session: Session, actor: Actor, visit_id: int, outcome: str, *, closed_on: date | None = None,
                    expected_version: int | None = None, today: date | None = None) -> None:
    """Record the follow-up's outcome; the visit leaves the open follow-ups list."""
    actor.require(Right.EDIT)
    today = today or date.today()
    visit = _load_in_scope(session, actor, visit_id)
    check_version(visit, expected_version, f"走访记录“{visit.record_no}”")
    if not visit.follow_up_needed:
        raise ValidationError({"follow_up": "该走访没有需要跟进的事项"})
    if visit.follow_up_closed_on is not None:
        raise ValidationError({"follow_up": f"该跟进事项已于 {visit.follow_up_closed_on:%Y-%m-%d} 办结"})
    if not clean_text(outcome):
        raise ValidationError({"outcome": "请填写跟进结果"})
    closed_on = closed_on or today
    if closed_on > today or closed_on < visit.visited_on:
        raise ValidationError({"closed_on": "办结日期应在走访日期和今天之间"})
    visit.follow_up_outcome, visit.follow_up_closed_on = clean_text(outcome), closed_on
    visit.follow_up_closed_by = actor.username
    session.flush()
    audit.record(session, actor, "update", "visit", visit.id, f"跟进办结：{visit.visitee_name}（{visit.record_no}）",
                 after={"follow_up_outcome": visit.follow_up_outcome, "closed_on": closed_on.isoformat()})


def _write_goods(session: Session, visit_id: int, goods: list[dict]) -> None:
    session.execute(delete(VisitGoods).where(VisitGoods.visit_id == visit_id))
    for row in goods:
        session.add(VisitGoods(visit_id=visit_id, **row))


def _snapshot(visit: Visit, goods: list[dict] | None) -> dict:
    snap = audit.snapshot(visit)
    if snap.get("visitee_id_number"):
        snap["visitee_id_number"] = mask_id_number(snap["visitee_id_number"])
    if goods is not None:
        snap["goods"] = [f"{g['item']} {g['quantity'] or ''} {g['value'] or ''}".strip() for g in goods]
    return snap


def _load_in_scope(session: Session, actor: Actor, visit_id: int) -> Visit:
    visit = load(session, Visit, visit_id, "走访记录")
    if actor.scope_path:
        org = session.get(Organization, visit.org_id) if visit.org_id else None
        if org is None:
            raise PermissionDenied("该走访记录不在您的管辖范围内")
        require_scope(actor, org.path, "该走访记录")
    return visit


def get_visit(session: Session, actor: Actor, visit_id: int) -> VisitDetail:
    actor.require(Right.VIEW)
    visit = _load_in_scope(session, actor, visit_id)
    goods = tuple(GoodsInput(g.item, g.quantity, g.value) for g in session.scalars(
        select(VisitGoods).where(VisitGoods.visit_id == visit.id).order_by(VisitGoods.seq, VisitGoods.id)))
    masked = not actor.sees_sensitive
    number, phone = visit.visitee_id_number, visit.visitee_phone
    if masked:
        number = mask_id_number(number) if number else None
        phone = mask_phone(phone) if phone else None
    elif number:
        audit.record(session, actor, "view", "visit", visit.id, f"查看走访记录完整信息：{visit.visitee_name}")
    data = VisitInput(
        visited_on=visit.visited_on, kind=visit.kind, visitors=visit.visitors, target=visit.target,
        member_id=visit.member_id, hardship_file_id=visit.hardship_file_id, employer_org_id=visit.employer_org_id,
        unorganized_employer_id=visit.unorganized_employer_id, visitee_name=visit.visitee_name,
        visitee_id_number=number, visitee_unit=visit.visitee_unit, visitee_phone=phone, org_id=visit.org_id,
        place=visit.place, money=visit.money, goods=goods, learned=visit.learned,
        follow_up_needed=visit.follow_up_needed, follow_up=visit.follow_up, remark=visit.remark,
        disbursement_id=visit.disbursement_id,
    )
    org_name = session.scalar(select(Organization.name).where(Organization.id == visit.org_id)) if visit.org_id else None
    disbursement_text = None
    if visit.disbursement_id:
        row = session.execute(select(AidCampaign.number, AidCampaign.name, AidDisbursement.amount, AidDisbursement.goods)
                              .join(AidCampaign, AidDisbursement.campaign_id == AidCampaign.id)
                              .where(AidDisbursement.id == visit.disbursement_id)).one()
        given = f"{row.amount:,.2f} 元" if row.amount is not None else (row.goods or "")
        disbursement_text = f"{row.number} {row.name} {given}".strip()
    return VisitDetail(visit.id, visit.version, visit.record_no, masked, data, org_name, visit.follow_up_outcome,
                       visit.follow_up_closed_on, visit.follow_up_closed_by, visit.recorded_by, disbursement_text,
                       tuple(list_photos(session, actor, visit.id)))


# --- photos -----------------------------------------------------------------------------------


def add_photo(session: Session, actor: Actor, visit_id: int, filename: str, data: bytes, mime: str,
              caption: str | None = None) -> int:
    actor.require(Right.EDIT)
    visit = _load_in_scope(session, actor, visit_id)
    if not data:
        raise ValidationError({"photo": "照片是空文件"})
    if len(data) > MAX_PHOTO_BYTES:
        raise ValidationError({"photo": "照片过大，单张不超过 20 MB"})
    if not (mime or "").startswith("image/"):
        raise ValidationError({"photo": f"“{filename}”不是图片文件"})
    name = (filename or "").replace("\\", "/").rsplit("/", 1)[-1].strip() or "照片"
    photo = VisitPhoto(visit_id=visit.id, filename=name[:200], mime=mime, size=len(data), data=data,
                       caption=clean_text(caption) or None, uploaded_by=actor.username)
    session.add(photo)
    session.flush()
    audit.record(session, actor, "update", "visit", visit.id, f"添加走访照片：{visit.record_no} {name}")
    return photo.id


def list_photos(session: Session, actor: Actor, visit_id: int) -> list[PhotoInfo]:
    actor.require(Right.VIEW)
    rows = session.execute(select(VisitPhoto.id, VisitPhoto.filename, VisitPhoto.mime, VisitPhoto.size,
                                  VisitPhoto.caption, VisitPhoto.uploaded_at)
                           .where(VisitPhoto.visit_id == visit_id).order_by(VisitPhoto.id)).all()
    return [PhotoInfo(*row) for row in rows]


def get_photo(session: Session, actor: Actor, photo_id: int) -> tuple[str, str, bytes]:
    actor.require(Right.VIEW)
    photo = load(session, VisitPhoto, photo_id, "照片")
    _load_in_scope(session, actor, photo.visit_id)
    return photo.filename, photo.mime, photo.data


def delete_photo(session: Session, actor: Actor, photo_id: int) -> None:
    actor.require(Right.EDIT)
    photo = load(session, VisitPhoto, photo_id, "照片")
    visit = _load_in_scope(session, actor, photo.visit_id)
    session.delete(photo)
    audit.record(session, actor, "update", "visit", visit.id, f"删除走访照片：{visit.record_no} {photo.filename}")
