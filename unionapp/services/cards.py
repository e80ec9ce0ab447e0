"""Member cards (DESIGN §2.2, §4): what goes on each card, which members have none yet, and the
record of every card printed (date, batch, reprint count) with its hand-out date (§2.12)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from unionapp.db.models import CardBatch, CardIssue, Member, MemberPhoto, Organization, Setting
from unionapp.services import audit
from unionapp.services.common import in_scope
from unionapp.services.errors import PermissionDenied, ValidationError
from unionapp.services.rights import Actor, Right

UNION_NAME_SETTING = "county.name"  # optional: the federation's name as it should read on cards
_CHUNK = 500  # ids per IN (...) query: well under every database's parameter limit


@dataclass(frozen=True)
class CardFace:
    """Everything one card shows; the QR payload is exactly member_no."""

    member_id: int
    member_no: str
    name: str
    org_name: str
    union_name: str
    joined_on: date | None
    card_no: str | None
    photo: bytes | None


@dataclass(frozen=True)
class IssueResult:
    batch_id: int
    issued_on: date
    cards: int
    reprints: int


@dataclass(frozen=True)
class CardIssueRow:
    id: int
    batch_id: int
    issued_on: date
    reprint_no: int
    layout: str
    created_by: str | None
    handed_out_on: date | None

    @property
    def label(self) -> str:
        return "首次制卡" if self.reprint_no == 0 else f"第 {self.reprint_no} 次补印"


@dataclass(frozen=True)
class PendingCard:
    issue_id: int
    member_id: int
    member_no: str
    name: str
    org_name: str
    issued_on: date


def _chunks(ids: list[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def _unique(ids: Iterable[int]) -> list[int]:
    return list(dict.fromkeys(int(i) for i in ids))


def union_name(session: Session) -> str:
    """The federation named on every card: the setting "county.name", else the root of the tree."""
    configured = session.scalar(select(Setting.value).where(Setting.key == UNION_NAME_SETTING))
    if configured and configured.strip():
        return configured.strip()
    return default_union_name(session)


def default_union_name(session: Session) -> str:
    """The root organisation's name: what cards print while the setting is empty."""
    root = session.scalar(
        select(Organization.name).where(Organization.parent_id.is_(None)).order_by(Organization.id).limit(1)
    )
    return root or ""


def card_faces(session: Session, actor: Actor, member_ids: Iterable[int]) -> Iterator[CardFace]:
    """The cards to print, in the order given, read a few hundred at a time so that a batch of
    20,000 never holds every photo in memory."""
    actor.require(Right.VIEW)
    ids = _unique(member_ids)
    federation = union_name(session)
    for chunk in _chunks(ids):
        rows = {
            m.id: (m, path, org_name)
            for m, path, org_name in session.execute(
                select(Member, Organization.path, Organization.name)
                .join(Organization, Member.org_id == Organization.id)
                .where(Member.id.in_(chunk))
            )
        }
        photos = {member_id: image for member_id, image in session.execute(
            select(MemberPhoto.member_id, MemberPhoto.image).where(MemberPhoto.member_id.in_(chunk)))}
        for member_id in chunk:
            if member_id not in rows:
                continue  # deleted since the selection was made: nothing to print
            member, path, org_name = rows[member_id]
            if not in_scope(actor, path):
                raise PermissionDenied(f"会员“{member.name}”不在您的管辖范围内，不能为其制卡")
            yield CardFace(member.id, member.member_no, member.name, org_name, federation, member.joined_on,
                           member.card_no, photos.get(member.id))


def count_issued(session: Session, member_ids: Iterable[int]) -> dict[int, int]:
    """How many cards each member already has (absent: none)."""
    counts: dict[int, int] = {}
    for chunk in _chunks(_unique(member_ids)):
        counts.update((member_id, n) for member_id, n in session.execute(
            select(CardIssue.member_id, func.count()).where(CardIssue.member_id.in_(chunk))
            .group_by(CardIssue.member_id)
        ))
    return counts


def without_card(session: Session, actor: Actor, member_ids: Iterable[int]) -> list[int]:
    """Of these members, those never issued a card, order kept ("all new members")."""
    actor.require(Right.VIEW)
    ids = _unique(member_ids)
    issued = count_issued(session, ids)
    return [i for i in ids if i not in issued]


def members_without_card(session: Session, actor: Actor) -> list[int]:
    """Every current member in the actor's scope who has never had a card."""
    from unionapp.services.member_search import MemberFilter, search_member_ids

    return without_card(session, actor, search_member_ids(session, actor, MemberFilter()))


def record_issues(
    session: Session, actor: Actor, member_ids: Iterable[int], *, layout: str,
    issued_on: date | None = None, note: str | None = None,
) -> IssueResult:
    """Record one printed card per member as one batch; a member who had cards before gets the
    next reprint number. One audit entry for the batch."""
    actor.require(Right.PRINT)
    ids = _unique(member_ids)
    if not ids:
        raise ValidationError({"member_ids": "没有要记录的会员卡"})
    issued_on = issued_on or date.today()
    previous = count_issued(session, ids)
    batch = CardBatch(issued_on=issued_on, layout=layout[:40], card_count=len(ids),
                      note=(note or "")[:200] or None, created_by=actor.username)
    session.add(batch)
    session.flush()
    rows = [{"member_id": i, "batch_id": batch.id, "issued_on": issued_on, "reprint_no": previous.get(i, 0)}
            for i in ids]
    for start in range(0, len(rows), 5000):
        session.execute(insert(CardIssue), rows[start : start + 5000])
    reprints = sum(1 for i in ids if i in previous)
    summary = f"打印会员卡 {len(ids)} 张（其中补印 {reprints} 张），批次 {batch.id}，版式 {layout}"
    audit.record(session, actor, "print", "member_card", batch.id, summary,
                 after={"cards": len(ids), "reprints": reprints, "layout": layout, "issued_on": issued_on.isoformat()})
    return IssueResult(batch.id, issued_on, len(ids), reprints)


def card_history(session: Session, actor: Actor, member_id: int) -> list[CardIssueRow]:
    actor.require(Right.VIEW)
    rows = session.execute(
        select(CardIssue, CardBatch.layout, CardBatch.created_by).join(CardBatch, CardIssue.batch_id == CardBatch.id)
        .where(CardIssue.member_id == member_id).order_by(CardIssue.reprint_no)
    )
    return [CardIssueRow(i.id, i.batch_id, i.issued_on, i.reprint_no, layout, by, i.handed_out_on)
            for i, layout, by in rows]


def mark_handed_out(session: Session, actor: Actor, issue_ids: Iterable[int], on: date | None = None) -> int:
    """The cards reached their members; returns how many records changed."""
    actor.require(Right.EDIT)
    ids = _unique(issue_ids)
    on = on or date.today()
    changed = 0
    for chunk in _chunks(ids):
        changed += session.execute(
            update(CardIssue).where(CardIssue.id.in_(chunk), CardIssue.handed_out_on.is_(None))
            .values(handed_out_on=on)
        ).rowcount or 0
    if changed:
        audit.record(session, actor, "update", "member_card", None, f"登记会员卡已发放 {changed} 张")
    return changed


def not_handed_out(session: Session, actor: Actor, *, older_than_days: int = 30,
                   today: date | None = None, limit: int = 500) -> list[PendingCard]:
    """Cards printed at least `older_than_days` ago and still not handed out (reminders, §2.12)."""
    actor.require(Right.VIEW)
    cutoff = (today or date.today()) - timedelta(days=older_than_days)
    query = (
        select(CardIssue.id, Member.id, Member.member_no, Member.name, Organization.name, Organization.path,
               CardIssue.issued_on)
        .join(Member, CardIssue.member_id == Member.id).join(Organization, Member.org_id == Organization.id)
        .where(CardIssue.handed_out_on.is_(None), CardIssue.issued_on <= cutoff).order_by(CardIssue.issued_on)
    )
    found = []
    for issue_id, member_id, member_no, name, org_name, path, issued_on in session.execute(query):
        if in_scope(actor, path):
            found.append(PendingCard(issue_id, member_id, member_no, name, org_name, issued_on))
            if len(found) >= limit:
                break
    return found


def member_ids_by_numbers(session: Session, actor: Actor, numbers: Iterable[str]) -> tuple[list[int], list[str]]:
    """Member ids for 会员编号s in the order given, and the numbers that match nobody (or no one
    in the actor's scope)."""
    actor.require(Right.VIEW)
    wanted = list(dict.fromkeys(n.strip() for n in numbers if n and n.strip()))
    found: dict[str, int] = {}
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        for member_id, member_no, path in session.execute(
            select(Member.id, Member.member_no, Organization.path).join(Organization, Member.org_id == Organization.id)
            .where(Member.member_no.in_(chunk))
        ):
            if in_scope(actor, path):
                found[member_no] = member_id
    return [found[n] for n in wanted if n in found], [n for n in wanted if n not in found]
