"""困难职工档案 (DESIGN §2.3): filing a household, editing it, its family members and
attachments. One open file per household (一户一档): a second file for the same ID number,
or for someone already listed as a family member of an open file, is refused.

The lifecycle (审核, 年度复核, 脱困, 注销) is in hardship_review, lists in hardship_search,
adding and opening attachments in hardship_attachments."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from unionapp.db.models import (
    AidDisbursement,
    HardshipAttachment,
    HardshipFamilyMember,
    HardshipFile,
    HardshipReview,
    Member,
    Organization,
)
from unionapp.domain.hardship import (
    FILE_STATUS_LABELS,
    MAX_SECONDARY_CAUSES,
    OPEN_STATUSES,
    check_transition,
    file_number,
    per_capita_monthly,
)
from unionapp.domain.idcard import age_on
from unionapp.domain.masking import mask_bank_card, mask_id_number, mask_phone
from unionapp.services import audit
from unionapp.services.aid_common import Checker, next_number, org_in_scope
from unionapp.services.common import check_version, load, require_scope
from unionapp.services.errors import ValidationError
from unionapp.services.rights import Actor, Right


@dataclass(frozen=True)
class FamilyMemberInput:
    name: str
    relation: str
    id_number: str | None = None
    birth_date: date | None = None
    age: int | None = None
    occupation: str | None = None  # 工作单位或就读学校
    monthly_income: Decimal | str | None = None
    health: str | None = None


@dataclass(frozen=True)
class HardshipInput:
    member_id: int | None = None  # a member; else the non-member fields below
    name: str = ""
    id_number: str = ""
    unit_name: str | None = None
    org_id: int | None = None  # the union the file belongs to (a member's own union by default)
    phone: str | None = None
    address: str | None = None
    category: str = ""
    main_cause: str = ""
    secondary_causes: tuple[str, ...] = ()
    health: str | None = None
    work_status: str | None = None
    marriage: str | None = None
    housing: str | None = None
    hukou: str | None = None
    medical_insurance: str | None = None
    monthly_income: Decimal | str | None = None
    family_annual_income: Decimal | str | None = None
    family_size: int | None = None
    single_parent: bool = False
    zero_employment: bool = False
    model_worker_type: str | None = None
    bank_name: str | None = None
    bank_account: str | None = None
    situation: str | None = None
    creator_opinion: str | None = None
    remark: str | None = None
    filed_on: date | None = None
    family: tuple[FamilyMemberInput, ...] = ()


@dataclass(frozen=True)
class FileSaveResult:
    id: int
    file_no: str
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class FamilyMemberRow:
    name: str
    relation: str
    id_number: str | None  # masked unless the actor may see it
    birth_date: date | None
    age: int | None
    occupation: str | None
    monthly_income: Decimal | None
    health: str | None


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    filename: str
    mime: str
    size: int
    description: str | None
    uploaded_by: str | None
    uploaded_at: datetime


@dataclass(frozen=True)
class ReviewRow:
    year: int
    reviewed_on: date
    result: str
    category_before: str | None
    category_after: str | None
    opinion: str | None
    reviewed_by: str | None


@dataclass(frozen=True)
class HardshipDetail:
    id: int
    version: int
    file_no: str
    status: str
    org_id: int
    org_name: str
    sex: str | None
    birth_date: date | None
    per_capita_monthly: Decimal | None
    masked: bool
    data: HardshipInput  # id_number, phone and bank_account masked when `masked`
    family: tuple[FamilyMemberRow, ...]
    created_by: str | None
    reviewed_by: str | None
    reviewer_opinion: str | None
    approved_on: date | None
    last_review_on: date | None
    closed_on: date | None
    close_reason: str | None
    watch_until: date | None
    attachments: tuple[AttachmentInfo, ...] = ()
    reviews: tuple[ReviewRow, ...] = ()
    aid_count: int = 0
    aid_total: Decimal = Decimal(0)

    @property
    def status_label(self) -> str:
        return FILE_STATUS_LABELS.get(self.status, self.status)


_COPIED = ("unit_name", "phone", "address", "category", "main_cause", "health", "work_status", "marriage", "housing",
           "hukou", "medical_insurance", "monthly_income", "family_annual_income", "family_size", "single_parent",
           "zero_employment", "model_worker_type", "bank_name", "bank_account", "situation", "creator_opinion",
           "remark")


def _checked(session: Session, actor: Actor, data: HardshipInput, today: date,
             stored: HardshipFile | None = None) -> tuple[dict, list[dict], list[str]]:
    """The values to store, the family rows, and warnings; ValidationError with every problem.
    `stored`: the file being edited (its dictionary values stay valid, see Checker)."""
    check = Checker(session, stored)
    warnings: list[str] = []
    values: dict = {}
    member = None
    if data.member_id is not None:
        member = load(session, Member, data.member_id, "会员")
        member_org = session.get(Organization, member.org_id)
        require_scope(actor, member_org.path, "该会员")
        values.update(member_id=member.id, name=member.name, id_number=member.id_number, sex=member.sex,
                      birth_date=member.birth_date)
        values["unit_name"] = check.text(data.unit_name) or member.employer_name or member_org.name
        values["phone"] = check.text(data.phone) or member.phone
        values["org_id"] = data.org_id or member.org_id
    else:
        values["member_id"] = None
        values["name"] = check.required("name", data.name, "姓名")
        info = check.id_number("id_number", data.id_number, today)
        if info is not None:
            values.update(id_number=info.number, sex=info.sex, birth_date=info.birth_date)
        values["unit_name"] = check.text(data.unit_name)
        values["phone"] = check.text(data.phone)
        values["org_id"] = data.org_id
    if values["org_id"] is None:
        check.error("org_id", "请选择档案所属的工会")
    else:
        org = org_in_scope(session, actor, values["org_id"], "档案所属工会")
        if org.status != "normal":
            check.error("org_id", f"“{org.name}”已撤销或合并，请选择现在的工会")
    values["address"] = check.text(data.address)
    values["category"] = check.code("category", data.category, "hardship_category", "困难类别", required=True)
    values["main_cause"] = check.code("main_cause", data.main_cause, "hardship_cause", "主要致困原因", required=True)
    secondary = [c for c in dict.fromkeys(check.text(c) for c in data.secondary_causes) if c]
    if len(secondary) > MAX_SECONDARY_CAUSES:
        check.error("secondary_causes", f"次要致困原因最多填{MAX_SECONDARY_CAUSES}项")
    if values["main_cause"] and values["main_cause"] in secondary:
        check.error("secondary_causes", "次要致困原因不能与主要致困原因相同")
    for i, cause in enumerate(secondary[:MAX_SECONDARY_CAUSES]):
        check.code("secondary_causes", cause, "hardship_cause", "次要致困原因")
        values[f"cause_{i + 2}"] = cause
    for i in range(len(secondary), MAX_SECONDARY_CAUSES):
        values[f"cause_{i + 2}"] = None
    values["health"] = check.code("health", data.health, "health", "健康状况")
    values["marriage"] = check.code("marriage", data.marriage, "marriage", "婚姻状况")
    values["housing"] = check.code("housing", data.housing, "housing", "住房情况")
    values["hukou"] = check.code("hukou", data.hukou, "hukou_type", "户口性质")
    values["work_status"] = check.code("work_status", data.work_status, "work_status", "工作状态")
    values["medical_insurance"] = check.code("medical_insurance", data.medical_insurance, "medical_insurance",
                                             "医疗保险")
    values["model_worker_type"] = check.code("model_worker_type", data.model_worker_type, "model_worker_type",
                                             "劳模类型")
    values["monthly_income"] = check.amount("monthly_income", data.monthly_income, "本人月收入")
    values["family_annual_income"] = check.amount("family_annual_income", data.family_annual_income, "家庭年收入")
    size = data.family_size
    if size is not None and not 1 <= size <= 30:
        check.error("family_size", "家庭人口应在 1 到 30 人之间")
        size = None
    values["family_size"] = size
    values["per_capita_monthly"] = per_capita_monthly(values["family_annual_income"], size)
    values["single_parent"] = bool(data.single_parent)
    values["zero_employment"] = bool(data.zero_employment)
    values["bank_name"] = check.text(data.bank_name)
    account = check.text(data.bank_account)
    values["bank_account"] = account.replace(" ", "").replace("-", "") if account else None
    if values["bank_account"] and not values["bank_account"].isdigit() and "*" not in values["bank_account"]:
        check.error("bank_account", "银行账号只能是数字")
    for key in ("situation", "creator_opinion", "remark"):
        values[key] = check.text(getattr(data, key))
    filed_on = data.filed_on or today
    check.date_not_future("filed_on", filed_on, today, "建档日期")
    values["filed_on"] = filed_on

    family = []
    seen_ids = {values.get("id_number")}
    for i, person in enumerate(data.family, 1):
        key = f"family_{i}"
        name = check.required(key, person.name, f"第{i}位家庭成员的姓名")
        relation = check.code(key, person.relation, "family_relation", f"第{i}位家庭成员与本人关系")
        if not relation:
            check.error(key, f"请填写第{i}位家庭成员与本人关系")
        row = {"seq": i, "name": name, "relation": relation, "id_number": None, "birth_date": person.birth_date,
               "age": person.age, "occupation": check.text(person.occupation),
               "monthly_income": check.amount(key, person.monthly_income, f"第{i}位家庭成员月收入"),
               "health": check.code(key, person.health, "health", f"第{i}位家庭成员健康状况")}
        info = check.id_number(key, person.id_number, today, required=False)
        if info is not None:
            if info.number in seen_ids:
                check.error(key, f"第{i}位家庭成员的身份证号码与本人或其他家庭成员重复")
            seen_ids.add(info.number)
            row["id_number"], row["birth_date"] = info.number, info.birth_date
        if row["age"] is not None and not 0 <= row["age"] <= 120:
            check.error(key, f"第{i}位家庭成员的年龄不合理")
        family.append(row)
    if size is not None and data.family and len(data.family) + 1 > size:
        warnings.append(f"家庭成员表列出 {len(data.family) + 1} 人（含本人），多于家庭人口 {size} 人，请核对")
    check.raise_if_any()
    return values, family, warnings


def _refuse_second_file(session: Session, id_numbers: list[str], except_file_id: int | None) -> None:
    """一户一档: nobody in the household may already be the worker or a family member of another
    open file."""
    numbers = [n for n in id_numbers if n]
    query = select(HardshipFile.file_no, HardshipFile.name, HardshipFile.status, HardshipFile.id_number) \
        .where(HardshipFile.open_key.in_(numbers))
    if except_file_id is not None:
        query = query.where(HardshipFile.id != except_file_id)
    found = session.execute(query).first()
    if found:
        who = "该职工" if found.id_number == numbers[0] else f"家庭成员（身份证号 {mask_id_number(found.id_number)}）"
        raise ValidationError({"id_number": f"{who}已有{FILE_STATUS_LABELS[found.status]}的困难职工档案："
                                            f"{found.name}（档案编号 {found.file_no}）。一户只能建一个档案"})
    query = (
        select(HardshipFile.file_no, HardshipFile.name, HardshipFamilyMember.name.label("relative"))
        .join(HardshipFamilyMember, HardshipFamilyMember.file_id == HardshipFile.id)
        .where(HardshipFamilyMember.id_number.in_(numbers), HardshipFile.status.in_(OPEN_STATUSES))
    )
    if except_file_id is not None:
        query = query.where(HardshipFile.id != except_file_id)
    found = session.execute(query).first()
    if found:
        raise ValidationError({"id_number": f"{found.relative}已作为家庭成员登记在{found.name}的困难职工档案"
                                            f"（档案编号 {found.file_no}）中。一户只能建一个档案"})


def _write_family(session: Session, file_id: int, family: list[dict]) -> None:
    session.execute(delete(HardshipFamilyMember).where(HardshipFamilyMember.file_id == file_id))
    for row in family:
        session.add(HardshipFamilyMember(file_id=file_id, **row))


def create_hardship_file(session: Session, actor: Actor, data: HardshipInput, *,
                         today: date | None = None) -> FileSaveResult:
    """建档: the file starts 待审核 until a reviewer approves it."""
    actor.require(Right.EDIT)
    today = today or date.today()
    values, family, warnings = _checked(session, actor, data, today)
    _refuse_second_file(session, [values["id_number"]] + [f["id_number"] for f in family], None)
    seq = next_number(session, f"hardship_file:{values['filed_on'].year}")
    record = HardshipFile(file_no=file_number(values["filed_on"].year, seq), status="pending",
                          open_key=values["id_number"], created_by=actor.username, **values)
    session.add(record)
    session.flush()
    _write_family(session, record.id, family)
    audit.record(session, actor, "create", "hardship_file", record.id,
                 f"新建困难职工档案：{record.name}（{record.file_no}）", after=_masked_snapshot(record))
    return FileSaveResult(record.id, record.file_no, tuple(warnings))


def update_hardship_file(session: Session, actor: Actor, file_id: int, data: HardshipInput, expected_version: int,
                         *, today: date | None = None) -> FileSaveResult:
    actor.require(Right.EDIT)
    record = load_file_in_scope(session, actor, file_id)
    check_version(record, expected_version, f"困难职工档案“{record.name}”")
    problem = check_transition(record.status, "edit")
    if problem:
        raise ValidationError({"status": problem})
    if not actor.sees_sensitive or "*" in (data.id_number or "") + (data.bank_account or "") + (data.phone or ""):
        # Masked values came back from a form the user could not read in full: keep the stored ones.
        data = replace(
            data,
            id_number=record.id_number if "*" in (data.id_number or "") else data.id_number,
            bank_account=record.bank_account if "*" in (data.bank_account or "") else data.bank_account,
            phone=record.phone if "*" in (data.phone or "") else data.phone,
        )
    data = replace(data, filed_on=data.filed_on or record.filed_on,
                   family=_unmask_family(session, record.id, data.family))
    values, family, warnings = _checked(session, actor, data, today or date.today(), record)
    _refuse_second_file(session, [values["id_number"]] + [f["id_number"] for f in family], record.id)
    before = _masked_snapshot(record)
    for key, value in values.items():
        setattr(record, key, value)
    record.open_key = record.id_number
    session.flush()
    _write_family(session, record.id, family)
    old, new = audit.changed(before, _masked_snapshot(record))
    audit.record(session, actor, "update", "hardship_file", record.id, f"修改困难职工档案：{record.name}",
                 before=old, after=new)
    return FileSaveResult(record.id, record.file_no, tuple(warnings))


def _unmask_family(session: Session, file_id: int, family: tuple[FamilyMemberInput, ...]
                   ) -> tuple[FamilyMemberInput, ...]:
    """Family ID numbers that come back masked are replaced by the stored ones they stand for."""
    stored = {(m.name, mask_id_number(m.id_number)): m.id_number for m in _family(session, file_id) if m.id_number}
    return tuple(replace(f, id_number=stored.get((f.name, f.id_number), f.id_number))
                 if f.id_number and "*" in f.id_number else f for f in family)


def _masked_snapshot(record: HardshipFile) -> dict:
    """The audit log is read by administrators only, but bank cards never need to be in it."""
    snap = audit.snapshot(record)
    if snap.get("bank_account"):
        snap["bank_account"] = mask_bank_card(snap["bank_account"])
    return snap


def load_file_in_scope(session: Session, actor: Actor, file_id: int) -> HardshipFile:
    record = load(session, HardshipFile, file_id, "困难职工档案")
    require_scope(actor, session.get(Organization, record.org_id).path, "该档案")
    return record


def get_hardship_file(session: Session, actor: Actor, file_id: int, *, today: date | None = None) -> HardshipDetail:
    """The whole file; full ID numbers, phone and bank account only for users with 查看敏感信息
    (and then the look is audited)."""
    actor.require(Right.VIEW)
    today = today or date.today()
    record = load_file_in_scope(session, actor, file_id)
    org = session.get(Organization, record.org_id)
    masked = not actor.sees_sensitive
    data = _input_of(record, ())
    if masked:
        data = replace(data, id_number=mask_id_number(record.id_number),
                       phone=mask_phone(record.phone) if record.phone else None,
                       bank_account=mask_bank_card(record.bank_account) if record.bank_account else None)
    else:
        audit.record(session, actor, "view", "hardship_file", record.id, f"查看困难职工档案完整信息：{record.name}")
    family = []
    for m in _family(session, record.id):
        age = age_on(m.birth_date, today) if m.birth_date else m.age
        number = (mask_id_number(m.id_number) if masked else m.id_number) if m.id_number else None
        family.append(FamilyMemberRow(m.name, m.relation, number, m.birth_date, age, m.occupation, m.monthly_income,
                                      m.health))
    data = replace(data, family=tuple(
        FamilyMemberInput(f.name, f.relation, f.id_number, f.birth_date, f.age, f.occupation, f.monthly_income,
                          f.health) for f in family))
    aid = session.execute(
        select(func.count(), func.sum(AidDisbursement.amount))
        .where(or_(AidDisbursement.hardship_file_id == record.id, AidDisbursement.id_number == record.id_number))
    ).one()
    return HardshipDetail(
        id=record.id, version=record.version, file_no=record.file_no, status=record.status, org_id=record.org_id,
        org_name=org.name, sex=record.sex, birth_date=record.birth_date, per_capita_monthly=record.per_capita_monthly,
        masked=masked, data=data, family=tuple(family), created_by=record.created_by, reviewed_by=record.reviewed_by,
        reviewer_opinion=record.reviewer_opinion, approved_on=record.approved_on,
        last_review_on=record.last_review_on, closed_on=record.closed_on, close_reason=record.close_reason,
        watch_until=record.watch_until, attachments=tuple(list_attachments(session, actor, record.id)),
        reviews=tuple(_reviews(session, record.id)), aid_count=aid[0] or 0, aid_total=aid[1] or Decimal(0),
    )


def _input_of(record: HardshipFile, family: tuple[FamilyMemberInput, ...]) -> HardshipInput:
    causes = tuple(c for c in (record.cause_2, record.cause_3, record.cause_4) if c)
    fields = {k: getattr(record, k) for k in _COPIED}
    return HardshipInput(member_id=record.member_id, name=record.name, id_number=record.id_number,
                         org_id=record.org_id, secondary_causes=causes, filed_on=record.filed_on, family=family,
                         **fields)


def _family(session: Session, file_id: int) -> list[HardshipFamilyMember]:
    return list(session.scalars(select(HardshipFamilyMember).where(HardshipFamilyMember.file_id == file_id)
                                .order_by(HardshipFamilyMember.seq, HardshipFamilyMember.id)))


def stored_input(session: Session, actor: Actor, file_id: int) -> tuple[HardshipInput, int]:
    """The file's own values, unmasked, and its version: for an edit that changes only some of
    them (a sheet re-imported). Nothing is shown, so no 查看 entry is written."""
    actor.require(Right.EDIT)
    record = load_file_in_scope(session, actor, file_id)
    family = tuple(FamilyMemberInput(m.name, m.relation, m.id_number, m.birth_date, m.age, m.occupation,
                                     m.monthly_income, m.health) for m in _family(session, record.id))
    return _input_of(record, family), record.version


def _reviews(session: Session, file_id: int) -> list[ReviewRow]:
    return [ReviewRow(r.year, r.reviewed_on, r.result, r.category_before, r.category_after, r.opinion, r.reviewed_by)
            for r in session.scalars(select(HardshipReview).where(HardshipReview.file_id == file_id)
                                     .order_by(HardshipReview.year))]


# --- attachments ------------------------------------------------------------------------------

def list_attachments(session: Session, actor: Actor, file_id: int) -> list[AttachmentInfo]:
    actor.require(Right.VIEW)
    rows = session.execute(
        select(HardshipAttachment.id, HardshipAttachment.filename, HardshipAttachment.mime, HardshipAttachment.size,
               HardshipAttachment.description, HardshipAttachment.uploaded_by, HardshipAttachment.uploaded_at)
        .where(HardshipAttachment.file_id == file_id).order_by(HardshipAttachment.id)
    ).all()
    return [AttachmentInfo(*row) for row in rows]
