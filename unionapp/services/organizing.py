"""未建会单位 (DESIGN §2.1): the employers the organising drive ("四清") still has to reach, their
follow-up log, and 建会 — turning one into a grassroots union that keeps the employer's history
(the employer row stays, marked organised and linked to the new union, with its log)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from unionapp.db.models import Organization, OrganizingFollowUp, UnorganizedEmployer
from unionapp.domain.credit_code import validate_credit_code
from unionapp.domain.errors import DomainError
from unionapp.domain.text import clean_text
from unionapp.services import audit
from unionapp.services.common import check_version, dataclass_values, in_scope, load, require_scope
from unionapp.services.errors import PermissionDenied, ValidationError
from unionapp.services.organizations import OrgInput, create_organization
from unionapp.services.rights import Actor, Right

EMPLOYER_STATUS_LABELS = {"open": "未建会", "organized": "已建会"}
# Townships are where the drive is organised; a county-level list (no township) is allowed too.
_TOWNSHIP_LEVELS = ("township", "county")


@dataclass(frozen=True)
class EmployerInput:
    name: str
    credit_code: str | None = None
    unit_category: str | None = None
    industry: str | None = None
    address: str | None = None
    township_org_id: int | None = None
    workers: int | None = None
    migrant_workers: int | None = None
    reason: str | None = None
    reason_detail: str | None = None
    responsible_person: str | None = None
    planned_on: date | None = None
    remark: str | None = None


_FIELDS = list(EmployerInput.__dataclass_fields__)


@dataclass(frozen=True)
class FollowUpRow:
    id: int
    on: date
    by: str | None
    note: str


@dataclass(frozen=True)
class EmployerRow:
    id: int
    version: int
    name: str
    credit_code: str | None
    unit_category: str | None
    township_org_id: int | None
    township_name: str | None
    workers: int | None
    migrant_workers: int | None
    reason: str | None
    responsible_person: str | None
    planned_on: date | None
    status: str
    organized_org_id: int | None
    organized_on: date | None
    last_follow_up: date | None
    follow_up_count: int

    @property
    def status_label(self) -> str:
        return EMPLOYER_STATUS_LABELS.get(self.status, self.status)


@dataclass(frozen=True)
class EmployerDetail:
    id: int
    version: int
    status: str
    township_name: str | None
    organized_org_id: int | None
    organized_org_name: str | None
    organized_on: date | None
    data: EmployerInput
    follow_ups: tuple[FollowUpRow, ...]

    @property
    def status_label(self) -> str:
        return EMPLOYER_STATUS_LABELS.get(self.status, self.status)


def _check_input(session: Session, actor: Actor, data: EmployerInput, except_id: int | None) -> EmployerInput:
    errors: dict[str, str] = {}
    name = clean_text(data.name)
    if not name:
        errors["name"] = "单位名称不能为空"
    credit = clean_text(data.credit_code)
    if credit:
        try:
            credit = validate_credit_code(credit)
        except DomainError as exc:
            errors["credit_code"] = exc.message
    for key in ("workers", "migrant_workers"):
        value = getattr(data, key)
        if value is not None and value < 0:
            errors[key] = "人数不能为负数"
    if data.workers is not None and (data.migrant_workers or 0) > data.workers:
        errors["migrant_workers"] = "农民工人数不能多于职工人数"
    if data.township_org_id is not None:
        town = session.get(Organization, data.township_org_id)
        if town is None or town.level not in _TOWNSHIP_LEVELS:
            errors["township_org_id"] = "请选择单位所在的乡镇（街道）总工会"
        elif not in_scope(actor, town.path):
            errors["township_org_id"] = "该乡镇（街道）不在您的管辖范围内"
    elif actor.scope_path:
        errors["township_org_id"] = "请选择单位所在的乡镇（街道）总工会"
    if credit and "credit_code" not in errors:
        _refuse_known_credit_code(session, credit, except_id, errors)
    if errors:
        raise ValidationError(errors)
    values = dataclass_values(data)
    values.update(name=name, credit_code=credit or None)
    for key, value in values.items():
        if isinstance(value, str) and key != "name":
            values[key] = clean_text(value) or None
    return EmployerInput(**values)


def _refuse_known_credit_code(session: Session, credit: str, except_id: int | None, errors: dict) -> None:
    """The same employer must not be counted twice in the drive, nor listed once it has a union."""
    query = select(UnorganizedEmployer.name).where(UnorganizedEmployer.credit_code == credit)
    if except_id is not None:
        query = query.where(UnorganizedEmployer.id != except_id)
    other = session.scalar(query.limit(1))
    if other:
        errors["credit_code"] = f"该统一社会信用代码已登记为未建会单位：{other}"
        return
    union = session.scalar(
        select(Organization.name).where(Organization.credit_code == credit, Organization.status == "normal").limit(1)
    )
    if union and except_id is None:
        errors["credit_code"] = f"该单位已经建会：{union}"


def _load_employer(session: Session, actor: Actor, employer_id: int) -> UnorganizedEmployer:
    employer = load(session, UnorganizedEmployer, employer_id, "未建会单位")
    if employer.township_org_id is not None:
        town = session.get(Organization, employer.township_org_id)
        require_scope(actor, town.path, "该单位")
    elif actor.scope_path:
        # A clerk limited to one township cannot see the employers not placed in any township.
        raise PermissionDenied("该单位不在您的管辖范围内")
    return employer


def create_employer(session: Session, actor: Actor, data: EmployerInput) -> int:
    actor.require(Right.EDIT)
    data = _check_input(session, actor, data, None)
    employer = UnorganizedEmployer(status="open", **{k: getattr(data, k) for k in _FIELDS})
    session.add(employer)
    session.flush()
    audit.record(session, actor, "create", "unorganized_employer", employer.id, f"新增未建会单位：{employer.name}",
                 after=audit.snapshot(employer))
    return employer.id


def update_employer(session: Session, actor: Actor, employer_id: int, data: EmployerInput, expected_version: int) -> None:
    actor.require(Right.EDIT)
    employer = _load_employer(session, actor, employer_id)
    check_version(employer, expected_version, f"“{employer.name}”")
    data = _check_input(session, actor, data, employer.id)
    before = audit.snapshot(employer)
    for key in _FIELDS:
        setattr(employer, key, getattr(data, key))
    session.flush()
    old, new = audit.changed(before, audit.snapshot(employer))
    if new:
        audit.record(session, actor, "update", "unorganized_employer", employer.id,
                     f"修改未建会单位：{employer.name}", before=old, after=new)


def list_employers(
    session: Session,
    actor: Actor,
    *,
    township_org_id: int | None = None,
    status: str | None = "open",
    text: str = "",
) -> list[EmployerRow]:
    """The drive's list: a county has a few hundred such employers, so one query returns them all."""
    actor.require(Right.VIEW)
    town = aliased(Organization)
    last = (
        select(OrganizingFollowUp.employer_id, func.max(OrganizingFollowUp.on).label("last_on"),
               func.count().label("n"))
        .group_by(OrganizingFollowUp.employer_id).subquery()
    )
    query = (
        select(UnorganizedEmployer, town.name, town.path, last.c.last_on, last.c.n)
        .outerjoin(town, UnorganizedEmployer.township_org_id == town.id)
        .outerjoin(last, last.c.employer_id == UnorganizedEmployer.id)
        .order_by(town.name, UnorganizedEmployer.name, UnorganizedEmployer.id)
    )
    if township_org_id is not None:
        query = query.where(UnorganizedEmployer.township_org_id == township_org_id)
    if status:
        query = query.where(UnorganizedEmployer.status == status)
    needle = clean_text(text)
    if needle:
        query = query.where(UnorganizedEmployer.name.contains(needle) | (UnorganizedEmployer.credit_code == needle.upper()))
    rows = []
    for e, town_name, town_path, last_on, count in session.execute(query):
        if actor.scope_path and not (town_path and in_scope(actor, town_path)):
            continue
        rows.append(EmployerRow(
            e.id, e.version, e.name, e.credit_code, e.unit_category, e.township_org_id, town_name, e.workers,
            e.migrant_workers, e.reason, e.responsible_person, e.planned_on, e.status, e.organized_org_id,
            e.organized_on, last_on, count or 0,
        ))
    return rows


def _follow_ups(session: Session, employer_id: int) -> tuple[FollowUpRow, ...]:
    rows = session.scalars(
        select(OrganizingFollowUp).where(OrganizingFollowUp.employer_id == employer_id)
        .order_by(OrganizingFollowUp.on, OrganizingFollowUp.id)
    )
    return tuple(FollowUpRow(f.id, f.on, f.by, f.note) for f in rows)


def _detail(session: Session, employer: UnorganizedEmployer) -> EmployerDetail:
    town = session.get(Organization, employer.township_org_id) if employer.township_org_id else None
    union = session.get(Organization, employer.organized_org_id) if employer.organized_org_id else None
    return EmployerDetail(
        employer.id, employer.version, employer.status, town.name if town else None, employer.organized_org_id,
        union.name if union else None, employer.organized_on,
        EmployerInput(**{k: getattr(employer, k) for k in _FIELDS}), _follow_ups(session, employer.id),
    )


def get_employer(session: Session, actor: Actor, employer_id: int) -> EmployerDetail:
    actor.require(Right.VIEW)
    return _detail(session, _load_employer(session, actor, employer_id))


def organizing_history(session: Session, actor: Actor, org_id: int) -> EmployerDetail | None:
    """The employer a union was founded from, with its follow-up log, or None."""
    actor.require(Right.VIEW)
    employer = session.scalar(
        select(UnorganizedEmployer).where(UnorganizedEmployer.organized_org_id == org_id).limit(1)
    )
    return _detail(session, employer) if employer else None


def add_follow_up(
    session: Session, actor: Actor, employer_id: int, on: date, note: str, *,
    by: str | None = None, today: date | None = None,
) -> int:
    actor.require(Right.EDIT)
    employer = _load_employer(session, actor, employer_id)
    errors = {}
    if not clean_text(note):
        errors["note"] = "请填写跟进情况"
    if on is None:
        errors["on"] = "请填写跟进日期"
    elif on > (today or date.today()):
        errors["on"] = "跟进日期不能晚于今天"
    if errors:
        raise ValidationError(errors)
    entry = OrganizingFollowUp(employer_id=employer.id, on=on, by=clean_text(by) or actor.username,
                               note=clean_text(note))
    session.add(entry)
    session.flush()
    audit.record(session, actor, "create", "organizing_follow_up", entry.id, f"建会跟进：{employer.name}",
                 after={"on": on.isoformat(), "by": entry.by, "note": entry.note})
    return entry.id


def convert_to_union(
    session: Session,
    actor: Actor,
    employer_id: int,
    *,
    parent_id: int,
    union_name: str,
    founded_on: date,
    union_type: str | None = "单独基层工会",
    approval_no: str | None = None,
    expected_version: int | None = None,
    today: date | None = None,
) -> int:
    """建会: a grassroots union is created from the employer's fields under `parent_id`; the
    employer is marked organised and linked to it, so its follow-up log stays with the union."""
    actor.require(Right.EDIT)
    employer = _load_employer(session, actor, employer_id)
    check_version(employer, expected_version, f"“{employer.name}”")
    if employer.status != "open":
        raise ValidationError({"status": "该单位已经建会"})
    if founded_on is None:
        raise ValidationError({"founded_on": "请填写建会日期"})
    town = session.get(Organization, employer.township_org_id) if employer.township_org_id else None
    township_name = None
    if town is not None and town.level == "township":
        township_name = town.township_name or town.short_name or town.name.removesuffix("总工会")
    data = OrgInput(
        level="grassroots", name=union_name, parent_id=parent_id, union_type=union_type,
        township_name=township_name, founded_on=founded_on, approval_no=approval_no,
        employer_name=employer.name, credit_code=employer.credit_code, unit_category=employer.unit_category,
        industry=employer.industry, address=employer.address, workers=employer.workers,
        migrant_workers=employer.migrant_workers,
    )
    if not clean_text(union_name):
        raise ValidationError({"name": "工会名称不能为空"})
    org_id = create_organization(session, actor, data, today=today)
    before = audit.snapshot(employer)
    employer.status, employer.organized_org_id, employer.organized_on = "organized", org_id, founded_on
    session.add(OrganizingFollowUp(employer_id=employer.id, on=founded_on, by=actor.username,
                                   note=f"建会：成立“{clean_text(union_name)}”"))
    session.flush()
    old, new = audit.changed(before, audit.snapshot(employer))
    audit.record(session, actor, "update", "unorganized_employer", employer.id,
                 f"建会：{employer.name} → {clean_text(union_name)}", before=old, after=new)
    return org_id


def suggested_union_name(employer_name: str) -> str:
    """What clerks usually call the union of a single employer."""
    name = clean_text(employer_name)
    return f"{name}工会委员会" if name else ""
