"""Members (DESIGN §2.2): enrolment, edits, 会籍 events, transfers between unions, duplicates.
One person is one member: the ID number is unique across the whole county (一人一会)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from unionapp.db.models import Member, MemberPhoto, MembershipEvent, MemberTransfer, Organization
from unionapp.domain.masking import mask_id_number, mask_phone
from unionapp.domain.member_check import FIELD_LABELS, check_member
from unionapp.domain.membership import EVENT_LABELS, STATUS_LABELS, Event, check_event_allowed, current_status
from unionapp.domain.org_levels import MEMBER_LEVELS
from unionapp.domain.text import clean_text
from unionapp.services import audit
from unionapp.services.common import check_version, dataclass_values, load, require_scope
from unionapp.services.errors import ValidationError
from unionapp.services.member_numbers import reserve_member_numbers
from unionapp.services.member_search import MemberRow
from unionapp.services.rights import Actor, Right
from unionapp.services.search_keys import index_members, remove_member_keys


@dataclass(frozen=True)
class MemberInput:
    name: str = ""
    id_number: str = ""
    id_type: str = "居民身份证"
    sex: str | None = None
    nation: str | None = None
    birth_date: date | None = None
    phone: str | None = None
    education: str | None = None
    skill_level: str | None = None
    political_status: str | None = None
    hukou_type: str | None = None
    is_migrant: bool = False
    employment_form: str | None = None
    new_employment_form: str | None = None
    employer_name: str | None = None
    post: str | None = None
    org_id: int | None = None
    joined_on: date | None = None
    card_no: str | None = None
    remark: str | None = None


_FIELDS = list(MemberInput.__dataclass_fields__)


@dataclass(frozen=True)
class SaveResult:
    id: int
    member_no: str
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class EventRow:
    id: int
    kind: str
    on: date
    org_name: str | None
    other_org_name: str | None
    reason: str | None
    created_by: str | None

    @property
    def label(self) -> str:
        return EVENT_LABELS.get(self.kind, self.kind)


@dataclass(frozen=True)
class MemberDetail:
    id: int
    version: int
    member_no: str
    status: str
    status_on: date | None
    org_name: str
    masked: bool
    has_photo: bool
    data: MemberInput
    events: tuple[EventRow, ...]

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)


@dataclass(frozen=True)
class TransferRow:
    id: int
    member_id: int
    member_name: str
    from_org_name: str
    to_org_name: str
    on: date
    reason: str | None
    status: str
    requested_by: str | None
    reviewed_by: str | None
    opinion: str | None


def _checked_values(data: MemberInput, today: date) -> tuple[dict, list[str]]:
    checked = check_member(dataclass_values(data), today=today)
    if not checked.ok:
        raise ValidationError({issue.field: issue.message for issue in checked.errors})
    return checked.values, [issue.message for issue in checked.warnings]


def _member_org(session: Session, actor: Actor, org_id: int | None) -> Organization:
    if org_id is None:
        raise ValidationError({"org_id": "请选择所属工会"})
    org = load(session, Organization, org_id, "所属工会")
    require_scope(actor, org.path, "所属工会")
    if org.level not in MEMBER_LEVELS:
        raise ValidationError({"org_id": "会员应登记在基层工会或分会"})
    if org.status != "normal":
        raise ValidationError({"org_id": f"“{org.name}”已撤销或合并，不能登记会员"})
    return org


def _refuse_duplicate_id(session: Session, id_number: str, except_id: int | None = None) -> None:
    query = select(Member.id, Member.name, Member.member_no, Organization.name).join(
        Organization, Member.org_id == Organization.id
    ).where(Member.id_number == id_number)
    if except_id is not None:
        query = query.where(Member.id != except_id)
    found = session.execute(query).first()
    if found:
        raise ValidationError(
            {"id_number": f"该身份证号码已登记为会员：{found[1]}（会员编号 {found[2]}，{found[3]}）。一人只能在一个工会登记"}
        )


def create_member(session: Session, actor: Actor, data: MemberInput, *, today: date | None = None) -> SaveResult:
    actor.require(Right.EDIT)
    today = today or date.today()
    values, warnings = _checked_values(data, today)
    org = _member_org(session, actor, data.org_id)
    _refuse_duplicate_id(session, values["id_number"])
    joined_on = values["joined_on"] or today
    (member_no,) = reserve_member_numbers(session, 1, joined_on.year)
    member = Member(member_no=member_no, status="active", status_on=joined_on,
                    **{k: v for k, v in values.items() if k in _FIELDS and k != "org_id"}, org_id=org.id)
    member.joined_on = joined_on
    member.phone_rev = member.phone[::-1] if member.phone else None
    session.add(member)
    session.flush()
    session.add(MembershipEvent(member_id=member.id, kind="join", on=joined_on, org_id=org.id,
                                created_by=actor.username))
    index_members(session, [(member.id, member.name, member.id_number)])
    audit.record(session, actor, "create", "member", member.id, f"新增会员：{member.name}（{member_no}）",
                 after=audit.snapshot(member))
    return SaveResult(member.id, member_no, tuple(warnings))


def update_member(
    session: Session, actor: Actor, member_id: int, data: MemberInput, expected_version: int,
    *, today: date | None = None,
) -> SaveResult:
    actor.require(Right.EDIT)
    member = load(session, Member, member_id, "会员")
    require_scope(actor, session.get(Organization, member.org_id).path, "该会员")
    check_version(member, expected_version, f"会员“{member.name}”")
    if data.org_id is not None and data.org_id != member.org_id:
        raise ValidationError({"org_id": "更换所属工会请办理会籍接转（转出/转入）"})
    if not actor.sees_sensitive and "*" in (data.id_number or ""):
        # A masked number came back from a form the user could not read: keep the stored one.
        data = replace(data, id_number=member.id_number)
    if not actor.sees_sensitive and "*" in (data.phone or ""):
        data = replace(data, phone=member.phone)  # likewise the masked phone
    values, warnings = _checked_values(replace(data, org_id=member.org_id), today or date.today())
    if values["id_number"] != member.id_number:
        _refuse_duplicate_id(session, values["id_number"], except_id=member.id)
    before = audit.snapshot(member)
    old_number, old_name = member.id_number, member.name
    for key, value in values.items():
        if key in _FIELDS and key not in ("org_id", "joined_on") and hasattr(member, key):
            setattr(member, key, value)
    if values["joined_on"]:
        member.joined_on = values["joined_on"]
    member.phone_rev = member.phone[::-1] if member.phone else None
    session.flush()
    if (old_number, old_name) != (member.id_number, member.name):
        remove_member_keys(session, member.id, old_number)
        index_members(session, [(member.id, member.name, member.id_number)])
    old, new = audit.changed(before, audit.snapshot(member))
    if new:
        audit.record(session, actor, "update", "member", member.id, f"修改会员：{member.name}", before=old, after=new)
    return SaveResult(member.id, member.member_no, tuple(warnings))


def get_member(session: Session, actor: Actor, member_id: int) -> MemberDetail:
    """The whole record; full ID and phone only for users with 查看敏感信息, and then audited."""
    actor.require(Right.VIEW)
    member = load(session, Member, member_id, "会员")
    org = session.get(Organization, member.org_id)
    require_scope(actor, org.path, "该会员")
    data = MemberInput(**{k: getattr(member, k) for k in _FIELDS})
    masked = not actor.sees_sensitive
    if masked:
        data = replace(data, id_number=mask_id_number(member.id_number),
                       phone=mask_phone(member.phone) if member.phone else None)
    else:
        audit.record(session, actor, "view", "member", member.id, f"查看会员完整信息：{member.name}")
    has_photo = session.scalar(select(func.count()).select_from(MemberPhoto)
                               .where(MemberPhoto.member_id == member.id)) > 0
    return MemberDetail(member.id, member.version, member.member_no, member.status, member.status_on, org.name,
                        masked, has_photo, data, tuple(member_events(session, member.id)))


def member_events(session: Session, member_id: int) -> list[EventRow]:
    here, other = aliased(Organization), aliased(Organization)
    rows = session.execute(
        select(MembershipEvent, here.name, other.name)
        .outerjoin(here, MembershipEvent.org_id == here.id)
        .outerjoin(other, MembershipEvent.other_org_id == other.id)
        .where(MembershipEvent.member_id == member_id)
        .order_by(MembershipEvent.on, MembershipEvent.id)
    ).all()
    return [
        EventRow(e.id, e.kind, e.on, org_name, other_name or e.other_union_name, e.reason, e.created_by)
        for e, org_name, other_name in rows
    ]


def _refresh_status(session: Session, member: Member) -> None:
    events = session.execute(
        select(MembershipEvent.kind, MembershipEvent.on, MembershipEvent.id)
        .where(MembershipEvent.member_id == member.id)
    ).all()
    status, status_on = current_status(Event(kind, on, seq) for kind, on, seq in events)
    member.status, member.status_on = status or "active", status_on


def record_event(
    session: Session, actor: Actor, member_id: int, kind: str, on: date, reason: str,
    *, today: date | None = None,
) -> None:
    """保留会籍, 退会, 除名, 去世, 恢复会籍. Transfers go through request_transfer."""
    actor.require(Right.EDIT)
    if kind in ("transfer_in", "transfer_out", "join"):
        raise ValidationError({"kind": "会籍接转请使用“转出/转入”办理"})
    member = load(session, Member, member_id, "会员")
    org = session.get(Organization, member.org_id)
    require_scope(actor, org.path, "该会员")
    problem = check_event_allowed(member.status, kind)
    if problem:
        raise ValidationError({"kind": problem})
    _check_event_date(member, on, today or date.today())
    if not clean_text(reason):
        raise ValidationError({"reason": f"请填写{EVENT_LABELS[kind]}的原因"})
    before = {"status": member.status}
    session.add(MembershipEvent(member_id=member.id, kind=kind, on=on, org_id=member.org_id,
                                reason=clean_text(reason), created_by=actor.username))
    session.flush()
    _refresh_status(session, member)
    session.flush()
    audit.record(session, actor, "update", "member", member.id, f"{EVENT_LABELS[kind]}：{member.name}",
                 before=before, after={"status": member.status, "reason": clean_text(reason), "on": on.isoformat()})


def _check_event_date(member: Member, on: date, today: date) -> None:
    if on > today:
        raise ValidationError({"on": "办理日期不能晚于今天"})
    if member.status_on and on < member.status_on:
        raise ValidationError({"on": f"办理日期不能早于上一次会籍变动（{member.status_on:%Y-%m-%d}）"})


def request_transfer(
    session: Session, actor: Actor, member_id: int, on: date, reason: str, *,
    to_org_id: int | None = None, to_union_name: str | None = None, today: date | None = None,
) -> int:
    """关系接转. Inside the county name `to_org_id`; to another county name `to_union_name`.
    A reviewer's (or administrator's) own request is approved at once."""
    if not actor.has(Right.APPROVE):
        actor.require(Right.EDIT)
    member = load(session, Member, member_id, "会员")
    from_org = session.get(Organization, member.org_id)
    require_scope(actor, from_org.path, "该会员")
    if (to_org_id is None) == (not clean_text(to_union_name)):
        raise ValidationError({"to_org_id": "请选择县内转入的工会，或填写县外转入单位（二选一）"})
    # A member who left for another county and comes back is a 转入 only (nothing to 转出).
    returning = member.status == "transferred_out"
    problem = check_event_allowed(member.status, "transfer_in" if returning else "transfer_out")
    if problem:
        raise ValidationError({"kind": problem})
    if returning and to_org_id is None:
        raise ValidationError({"to_org_id": "该会员已转出到县外，转回时请选择县内转入的工会"})
    if to_org_id is not None:
        if to_org_id == member.org_id and not returning:
            raise ValidationError({"to_org_id": "转入的工会与现在的工会相同"})
        _member_org(session, replace(actor, scope_path=None), to_org_id)
    _check_event_date(member, on, today or date.today())
    pending = session.scalar(select(func.count()).select_from(MemberTransfer)
                             .where(MemberTransfer.member_id == member.id, MemberTransfer.status == "pending"))
    if pending:
        raise ValidationError({"member_id": "该会员已有一笔待审核的接转申请"})
    transfer = MemberTransfer(member_id=member.id, from_org_id=member.org_id, to_org_id=to_org_id,
                              to_union_name=clean_text(to_union_name) or None, on=on, reason=clean_text(reason),
                              requested_by=actor.username)
    session.add(transfer)
    session.flush()
    audit.record(session, actor, "create", "member_transfer", transfer.id, f"申请会籍接转：{member.name}",
                 after=audit.snapshot(transfer))
    if actor.has(Right.APPROVE):
        review_transfer(session, actor, transfer.id, approve=True, opinion="申请人有审核权限，直接办理")
    return transfer.id


def review_transfer(session: Session, actor: Actor, transfer_id: int, *, approve: bool, opinion: str = "") -> None:
    """审核 a transfer; on approval the leaving union gets 转出 and the receiving union 转入."""
    actor.require(Right.APPROVE)
    transfer = load(session, MemberTransfer, transfer_id, "接转申请")
    if transfer.status != "pending":
        raise ValidationError({"status": "该申请已经审核过"})
    member = session.get(Member, transfer.member_id)
    if approve and transfer.to_org_id is not None:
        # The receiving union may have been dissolved or merged since the request.
        _member_org(session, replace(actor, scope_path=None), transfer.to_org_id)
    transfer.status = "approved" if approve else "rejected"
    transfer.reviewed_by, transfer.reviewed_at, transfer.opinion = actor.username, datetime.now(), clean_text(opinion)
    if approve and member.status == "transferred_out":
        # Coming back from outside the county: only the receiving union records an event.
        problem = check_event_allowed(member.status, "transfer_in")
        if problem or transfer.to_org_id is None:
            raise ValidationError({"kind": problem or "转回县内须指定转入的工会"})
        session.add(MembershipEvent(member_id=member.id, kind="transfer_in", on=transfer.on,
                                    org_id=transfer.to_org_id, other_org_id=transfer.from_org_id,
                                    reason=transfer.reason, transfer_id=transfer.id, created_by=actor.username))
        member.org_id = transfer.to_org_id
        session.flush()
        _refresh_status(session, member)
    elif approve:
        problem = check_event_allowed(member.status, "transfer_out")
        if problem:
            raise ValidationError({"kind": problem})
        session.add(MembershipEvent(member_id=member.id, kind="transfer_out", on=transfer.on, org_id=transfer.from_org_id,
                                    other_org_id=transfer.to_org_id, other_union_name=transfer.to_union_name,
                                    reason=transfer.reason, transfer_id=transfer.id, created_by=actor.username))
        if transfer.to_org_id is not None:
            session.flush()  # the 转出 gets the lower id: same day, it comes first
            session.add(MembershipEvent(member_id=member.id, kind="transfer_in", on=transfer.on,
                                        org_id=transfer.to_org_id, other_org_id=transfer.from_org_id,
                                        reason=transfer.reason, transfer_id=transfer.id, created_by=actor.username))
            member.org_id = transfer.to_org_id
        session.flush()
        _refresh_status(session, member)
    session.flush()
    audit.record(session, actor, "approve", "member_transfer", transfer.id,
                 f"{'同意' if approve else '退回'}会籍接转：{member.name}",
                 after={"status": transfer.status, "opinion": transfer.opinion})


def list_transfers(session: Session, actor: Actor, *, status: str | None = "pending") -> list[TransferRow]:
    actor.require(Right.VIEW)
    from_org, to_org = aliased(Organization), aliased(Organization)
    query = (
        select(MemberTransfer, Member.name, from_org.name, to_org.name)
        .join(Member, MemberTransfer.member_id == Member.id)
        .join(from_org, MemberTransfer.from_org_id == from_org.id)
        .outerjoin(to_org, MemberTransfer.to_org_id == to_org.id)
        .order_by(MemberTransfer.id.desc())
    )
    if status:
        query = query.where(MemberTransfer.status == status)
    return [
        TransferRow(t.id, t.member_id, name, from_name, to_name or t.to_union_name or "", t.on, t.reason, t.status,
                    t.requested_by, t.reviewed_by, t.opinion)
        for t, name, from_name, to_name in session.execute(query)
    ]


@dataclass(frozen=True)
class DuplicateGroup:
    reason: str
    members: tuple[MemberRow, ...]


def find_duplicates(session: Session, actor: Actor, *, limit: int = 200) -> list[DuplicateGroup]:
    """People probably registered twice under different ID numbers: same name and birth date,
    or same name and phone. (The same ID twice cannot exist: it is unique.)"""
    actor.require(Right.VIEW)
    groups: list[DuplicateGroup] = []
    for reason, key_column in (("姓名和出生日期相同", Member.birth_date), ("姓名和手机号相同", Member.phone)):
        keys = session.execute(
            select(Member.name, key_column).where(key_column.is_not(None))
            .group_by(Member.name, key_column).having(func.count() > 1).limit(limit)
        ).all()
        for name, key in keys:
            ids = list(session.scalars(select(Member.id).where(Member.name == name, key_column == key)))
            groups.append(DuplicateGroup(reason, tuple(_rows_by_ids(session, actor, ids))))
    return groups[:limit]


def _rows_by_ids(session: Session, actor: Actor, ids: list[int]) -> list[MemberRow]:
    rows = session.execute(
        select(Member, Organization.name).join(Organization, Member.org_id == Organization.id)
        .where(Member.id.in_(ids)).order_by(Member.id)
    ).all()
    full = actor.sees_sensitive
    return [
        MemberRow(m.id, m.version, m.member_no, m.name, m.sex,
                  m.id_number if full else mask_id_number(m.id_number), m.birth_date,
                  (m.phone if full else mask_phone(m.phone)) if m.phone else None, m.org_id, org_name, m.status,
                  m.joined_on, m.is_migrant, m.new_employment_form)
        for m, org_name in rows
    ]


def set_photo(session: Session, actor: Actor, member_id: int, image: bytes, mime: str = "image/jpeg") -> None:
    actor.require(Right.EDIT)
    member = load(session, Member, member_id, "会员")
    require_scope(actor, session.get(Organization, member.org_id).path, "该会员")
    photo = session.get(MemberPhoto, member.id)
    if photo is None:
        session.add(MemberPhoto(member_id=member.id, image=image, mime=mime))
    else:
        photo.image, photo.mime, photo.updated_at = image, mime, datetime.now()
    audit.record(session, actor, "update", "member", member.id, f"更换照片：{member.name}")


def get_photo(session: Session, actor: Actor, member_id: int) -> bytes | None:
    actor.require(Right.VIEW)
    member = load(session, Member, member_id, "会员")
    require_scope(actor, session.get(Organization, member.org_id).path, "该会员")
    photo = session.get(MemberPhoto, member_id)
    return photo.image if photo else None


def field_label(key: str) -> str:
    return FIELD_LABELS.get(key, key)
