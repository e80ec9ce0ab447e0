"""Organisations (DESIGN §2.1): the tree, the grassroots union record, moves and dissolution.
会员人数 is always counted from the members, never typed."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import String, func, literal, select, update
from sqlalchemy.orm import Session

from unionapp.db.models import Member, Organization
from unionapp.domain.credit_code import validate_credit_code
from unionapp.domain.errors import DomainError
from unionapp.domain.membership import CURRENT_STATUSES
from unionapp.domain.org_levels import LEVEL_LABELS, check_parent, child_path
from unionapp.domain.text import clean_text
from unionapp.services import audit
from unionapp.services.common import (
    check_version,
    dataclass_values,
    load,
    require_scope,
    subtree_clause,
)
from unionapp.services.errors import NotFound, ValidationError
from unionapp.services.rights import Actor, Right


@dataclass(frozen=True)
class OrgInput:
    level: str
    name: str
    parent_id: int | None = None
    short_name: str | None = None
    union_type: str | None = None
    covered_units: str | None = None
    township_name: str | None = None
    founded_on: date | None = None
    approval_no: str | None = None
    employer_name: str | None = None
    credit_code: str | None = None
    unit_category: str | None = None
    industry: str | None = None
    address: str | None = None
    workers: int | None = None
    female_workers: int | None = None
    migrant_workers: int | None = None
    chair_name: str | None = None
    chair_phone: str | None = None
    term_number: int | None = None
    term_start: date | None = None
    term_end: date | None = None
    full_time_cadres: int | None = None
    legal_cert_no: str | None = None
    legal_cert_date: date | None = None
    new_employment_tags: str | None = None
    has_congress: bool = False
    congress_on: date | None = None
    has_open_affairs: bool = False
    open_affairs_on: date | None = None
    has_collective_contract: bool = False
    collective_contract_on: date | None = None
    has_audit_committee: bool = False
    has_women_committee: bool = False
    has_mediation_committee: bool = False
    remark: str | None = None


# The input fields that are stored as they are (parent_id and level are handled on their own).
_STORED_FIELDS = [name for name in OrgInput.__dataclass_fields__ if name not in ("parent_id",)]


@dataclass(frozen=True)
class OrgNode:
    id: int
    parent_id: int | None
    level: str
    name: str
    short_name: str | None
    status: str
    path: str
    member_count: int
    subtree_member_count: int
    term_end: date | None

    @property
    def level_label(self) -> str:
        return LEVEL_LABELS.get(self.level, self.level)


@dataclass(frozen=True)
class OrgDetail:
    id: int
    version: int
    path: str
    status: str
    status_on: date | None
    status_reason: str | None
    member_count: int
    data: OrgInput
    children: tuple[int, ...] = field(default=())


def _check_input(data: OrgInput, today: date) -> OrgInput:
    errors: dict[str, str] = {}
    name = clean_text(data.name)
    if not name:
        errors["name"] = "工会名称不能为空"
    credit = clean_text(data.credit_code)
    if credit:
        try:
            credit = validate_credit_code(credit)
        except DomainError as exc:
            errors["credit_code"] = exc.message
    for key in ("workers", "female_workers", "migrant_workers", "full_time_cadres", "term_number"):
        value = getattr(data, key)
        if value is not None and value < 0:
            errors[key] = "人数不能为负数"
    if data.workers is not None and data.workers >= 0:
        if (data.female_workers or 0) > data.workers:
            errors["female_workers"] = "女职工人数不能多于职工人数"
        if (data.migrant_workers or 0) > data.workers:
            errors["migrant_workers"] = "农民工人数不能多于职工人数"
    if data.term_start and data.term_end and data.term_end <= data.term_start:
        errors["term_end"] = "本届结束日期应晚于开始日期"
    for key in ("founded_on", "legal_cert_date", "term_start", "congress_on"):
        value = getattr(data, key)
        if value and value > today:
            errors[key] = "日期不能晚于今天"
    if errors:
        raise ValidationError(errors)
    values = dataclass_values(data)
    values.update(name=name, credit_code=credit or None)
    for key, value in values.items():
        if isinstance(value, str):
            values[key] = value if key == "name" else (clean_text(value) or None)
    return OrgInput(**values)


def validate_org_input(data: OrgInput, *, today: date | None = None) -> dict[str, str]:
    """The same checks as saving, for a form that shows problems while the clerk types."""
    try:
        _check_input(data, today or date.today())
    except ValidationError as exc:
        return exc.errors
    return {}


def member_counts(session: Session) -> dict[int, int]:
    """Current members (在会 and 保留会籍) per organisation, counted from the member table."""
    rows = session.execute(
        select(Member.org_id, func.count()).where(Member.status.in_(CURRENT_STATUSES)).group_by(Member.org_id)
    )
    return {org_id: count for org_id, count in rows}


def create_organization(session: Session, actor: Actor, data: OrgInput, *, today: date | None = None) -> int:
    actor.require(Right.EDIT)
    data = _check_input(data, today or date.today())
    parent = load(session, Organization, data.parent_id, "上级工会") if data.parent_id else None
    problem = check_parent(data.level, parent.level if parent else None)
    if problem:
        raise ValidationError({"parent_id": problem})
    # A new root (a county) lies outside every scope: only an unscoped actor may create one.
    require_scope(actor, parent.path if parent is not None else "/", "上级工会")
    if parent is not None:
        if parent.status != "normal":
            raise ValidationError({"parent_id": "上级工会已撤销或合并，不能在其下新建组织"})
    org = Organization(parent_id=data.parent_id, path="", **{k: getattr(data, k) for k in _STORED_FIELDS})
    session.add(org)
    session.flush()
    org.path = child_path(parent.path if parent else "/", org.id)
    session.flush()
    audit.record(session, actor, "create", "organization", org.id, f"新建{LEVEL_LABELS[org.level]}：{org.name}",
                 after=audit.snapshot(org))
    return org.id


def update_organization(
    session: Session, actor: Actor, org_id: int, data: OrgInput, expected_version: int, *, today: date | None = None
) -> None:
    actor.require(Right.EDIT)
    org = load(session, Organization, org_id, "组织")
    require_scope(actor, org.path)
    check_version(org, expected_version, f"“{org.name}”")
    if data.parent_id != org.parent_id:
        raise ValidationError({"parent_id": "调整上级工会请使用“移动”"})
    if data.level != org.level:
        raise ValidationError({"level": "组织层级不能直接修改"})
    data = _check_input(data, today or date.today())
    before = audit.snapshot(org)
    for key in _STORED_FIELDS:
        setattr(org, key, getattr(data, key))
    session.flush()
    old, new = audit.changed(before, audit.snapshot(org))
    audit.record(session, actor, "update", "organization", org.id, f"修改组织：{org.name}", before=old, after=new)


def move_organization(session: Session, actor: Actor, org_id: int, new_parent_id: int) -> None:
    """Move a node and its whole subtree under another parent (paths rewritten in one UPDATE)."""
    actor.require(Right.EDIT)
    org = load(session, Organization, org_id, "组织")
    parent = load(session, Organization, new_parent_id, "新的上级工会")
    require_scope(actor, org.path)
    require_scope(actor, parent.path, "新的上级工会")
    if parent.path.startswith(org.path):
        raise ValidationError({"parent_id": "不能把组织移到它自己或它的下级之下"})
    problem = check_parent(org.level, parent.level)
    if problem:
        raise ValidationError({"parent_id": problem})
    if parent.status != "normal":
        raise ValidationError({"parent_id": "新的上级工会已撤销或合并"})
    old_path = org.path
    new_path = child_path(parent.path, org.id)
    old_parent_id = org.parent_id
    session.execute(
        update(Organization)
        .where(subtree_clause(Organization.path, old_path))
        # `||` rather than concat(): SQLite only has concat() from 3.44.
        .values(path=literal(new_path, String) + func.substr(Organization.path, len(old_path) + 1))
        .execution_options(synchronize_session=False)
    )
    org.parent_id = parent.id
    session.flush()
    session.expire_all()
    audit.record(session, actor, "update", "organization", org.id, f"移动组织：{org.name} → {parent.name}",
                 before={"parent_id": old_parent_id, "path": old_path}, after={"parent_id": parent.id, "path": new_path})


def dissolve_organization(
    session: Session,
    actor: Actor,
    org_id: int,
    on: date,
    reason: str,
    *,
    merged_into_id: int | None = None,
) -> None:
    """撤销 or 合并. Refused while current members or active sub-organisations remain, so that no
    member is left without a union."""
    actor.require(Right.EDIT)
    org = load(session, Organization, org_id, "组织")
    require_scope(actor, org.path)
    if org.status != "normal":
        raise ValidationError({"status": "该组织已经撤销或合并"})
    if not clean_text(reason):
        raise ValidationError({"status_reason": "请填写撤销或合并的原因"})
    children = session.scalar(
        select(func.count()).select_from(Organization)
        .where(Organization.parent_id == org.id, Organization.status == "normal")
    )
    if children:
        raise ValidationError({"status": f"该组织下还有 {children} 个未撤销的下级组织，请先处理"})
    members = session.scalar(
        select(func.count()).select_from(Member)
        .where(Member.org_id == org.id, Member.status.in_(CURRENT_STATUSES))
    )
    if members:
        raise ValidationError({"status": f"该组织还有 {members} 名会员，请先办理会籍接转"})
    before = audit.snapshot(org)
    if merged_into_id is not None:
        target = load(session, Organization, merged_into_id, "合并到的组织")
        if target.id == org.id or target.status != "normal":
            raise ValidationError({"merged_into_id": "请选择一个正常状态的其他组织"})
        org.status, org.merged_into_id = "merged", target.id
    else:
        org.status = "dissolved"
    org.status_on, org.status_reason = on, clean_text(reason)
    session.flush()
    old, new = audit.changed(before, audit.snapshot(org))
    audit.record(session, actor, "update", "organization", org.id, f"撤销组织：{org.name}", before=old, after=new)


def get_organization(session: Session, actor: Actor, org_id: int) -> OrgDetail:
    actor.require(Right.VIEW)
    org = load(session, Organization, org_id, "组织")
    require_scope(actor, org.path)
    count = session.scalar(
        select(func.count()).select_from(Member)
        .where(Member.org_id == org.id, Member.status.in_(CURRENT_STATUSES))
    )
    children = tuple(session.scalars(select(Organization.id).where(Organization.parent_id == org.id)))
    data = OrgInput(parent_id=org.parent_id, **{k: getattr(org, k) for k in _STORED_FIELDS})
    return OrgDetail(org.id, org.version, org.path, org.status, org.status_on, org.status_reason, count, data, children)


def organization_tree(session: Session, actor: Actor, *, include_closed: bool = False) -> list[OrgNode]:
    """Every node the actor may see, parents before children, with direct and subtree counts."""
    actor.require(Right.VIEW)
    query = select(
        Organization.id, Organization.parent_id, Organization.level, Organization.name, Organization.short_name,
        Organization.status, Organization.path, Organization.term_end,
    ).order_by(Organization.path)
    if not include_closed:
        query = query.where(Organization.status == "normal")
    if actor.scope_path:
        query = query.where(subtree_clause(Organization.path, actor.scope_path))
    rows = session.execute(query).all()
    direct = member_counts(session)
    subtree: dict[int, int] = {}
    by_id = {row.id: row for row in rows}
    for row in rows:
        count = direct.get(row.id, 0)
        for ancestor in row.path.strip("/").split("/"):
            ancestor_id = int(ancestor)
            if ancestor_id in by_id:
                subtree[ancestor_id] = subtree.get(ancestor_id, 0) + count
    # Order parents before children, siblings by name: sort by the chain of names, not ids.
    names = {row.id: row.name for row in rows}

    def sort_key(row):
        return [names.get(int(part), "") for part in row.path.strip("/").split("/")]

    return [
        OrgNode(row.id, row.parent_id, row.level, row.name, row.short_name, row.status, row.path,
                direct.get(row.id, 0), subtree.get(row.id, 0), row.term_end)
        for row in sorted(rows, key=sort_key)
    ]


def renewal_due(session: Session, actor: Actor, *, within_days: int = 90, today: date | None = None) -> list[OrgNode]:
    """换届 reminders: unions whose current term ends within `within_days` (or already ended)."""
    today = today or date.today()
    limit = today + timedelta(days=within_days)
    return [node for node in organization_tree(session, actor) if node.term_end and node.term_end <= limit]


def find_organization(session: Session, text: str, label: str = "组织") -> int:
    """The organisation a command line names: its id, or its full name, else its short name —
    never the first of several (two 中心小学工会 in two townships). NotFound or ValidationError
    with a one-line Chinese reason; `label` says what was asked for (管辖范围, 工会 …)."""
    text = clean_text(text)
    if not text:
        raise ValidationError({"org": f"请给出{label}：组织编号或名称"})
    if text.isdigit() and session.get(Organization, int(text)) is not None:
        return int(text)
    for column in (Organization.name, Organization.short_name):
        ids = session.scalars(select(Organization.id).where(column == text).order_by(Organization.id)).all()
        if len(ids) == 1:
            return ids[0]
        if ids:
            listed = "、".join(str(i) for i in ids)
            raise ValidationError({"org": f"名为“{text}”的组织有{len(ids)}个（编号 {listed}），请改用组织编号"})
    raise NotFound(f"找不到{label}“{text}”：请给出组织编号或名称")
