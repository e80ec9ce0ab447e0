"""Lists of visits (DESIGN §2.4): search by visitee, record number or visitors, filters by
kind, union subtree, dates and open follow-ups, with paging; and the open follow-ups list."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from unionapp.db.models import Organization, Visit, VisitGoods
from unionapp.domain.hardship import VISIT_TARGETS
from unionapp.domain.text import clean_text
from unionapp.services.aid_common import scope_condition, subtree_of
from unionapp.services.rights import Actor, Right


@dataclass(frozen=True)
class VisitRow:
    id: int
    version: int
    record_no: str
    visited_on: date
    kind: str
    target: str
    visitee_name: str
    visitee_unit: str | None
    org_name: str | None
    visitors: str
    money: Decimal | None
    goods_value: Decimal
    follow_up_needed: bool
    follow_up: str | None
    follow_up_closed_on: date | None
    disbursement_id: int | None

    @property
    def target_label(self) -> str:
        return VISIT_TARGETS.get(self.target, self.target)

    @property
    def follow_up_open(self) -> bool:
        return self.follow_up_needed and self.follow_up_closed_on is None


@dataclass(frozen=True)
class VisitFilter:
    text: str = ""  # visitee name, record number, or visitors
    kind: str | None = None
    target: str | None = None
    org_id: int | None = None
    date_from: date | None = None
    date_to: date | None = None
    follow_up_open: bool | None = None
    member_id: int | None = None
    hardship_file_id: int | None = None


def visit_query(session: Session, actor: Actor, query, flt: VisitFilter):
    query = query.outerjoin(Organization, Visit.org_id == Organization.id)
    for term in clean_text(flt.text).split():
        query = query.where(or_(Visit.visitee_name.contains(term, autoescape=True),
                                Visit.record_no.contains(term.upper(), autoescape=True),
                                Visit.visitors.contains(term, autoescape=True)))
    scope = scope_condition(actor)
    if scope is not None:
        query = query.where(scope)
    if flt.org_id is not None:
        query = query.where(subtree_of(session, flt.org_id))
    if flt.kind:
        query = query.where(Visit.kind == flt.kind)
    if flt.target:
        query = query.where(Visit.target == flt.target)
    if flt.date_from:
        query = query.where(Visit.visited_on >= flt.date_from)
    if flt.date_to:
        query = query.where(Visit.visited_on <= flt.date_to)
    if flt.follow_up_open is True:
        query = query.where(Visit.follow_up_needed.is_(True), Visit.follow_up_closed_on.is_(None))
    elif flt.follow_up_open is False:
        query = query.where(or_(Visit.follow_up_needed.is_(False), Visit.follow_up_closed_on.is_not(None)))
    if flt.member_id is not None:
        query = query.where(Visit.member_id == flt.member_id)
    if flt.hardship_file_id is not None:
        query = query.where(Visit.hardship_file_id == flt.hardship_file_id)
    return query


def search_visits(session: Session, actor: Actor, flt: VisitFilter = VisitFilter(), *, offset: int = 0,
                  limit: int = 100) -> list[VisitRow]:
    actor.require(Right.VIEW)
    goods = (select(VisitGoods.visit_id, func.coalesce(func.sum(VisitGoods.value), 0).label("value"))
             .group_by(VisitGoods.visit_id).subquery())
    query = select(Visit, Organization.name, goods.c.value).outerjoin(goods, goods.c.visit_id == Visit.id)
    query = visit_query(session, actor, query, flt).order_by(Visit.visited_on.desc(), Visit.id.desc())
    rows = session.execute(query.offset(offset).limit(limit)).all()
    return [VisitRow(v.id, v.version, v.record_no, v.visited_on, v.kind, v.target, v.visitee_name, v.visitee_unit,
                     org_name, v.visitors, v.money, Decimal(value or 0), v.follow_up_needed, v.follow_up,
                     v.follow_up_closed_on, v.disbursement_id)
            for v, org_name, value in rows]


def count_visits(session: Session, actor: Actor, flt: VisitFilter = VisitFilter()) -> int:
    actor.require(Right.VIEW)
    return session.scalar(visit_query(session, actor, select(func.count(Visit.id)), flt)) or 0


def open_follow_ups(session: Session, actor: Actor, *, org_id: int | None = None) -> list[VisitRow]:
    """Visits whose follow-up is still open, oldest first (DESIGN §2.4, §2.12)."""
    rows = search_visits(session, actor, VisitFilter(follow_up_open=True, org_id=org_id), limit=10_000)
    return sorted(rows, key=lambda r: (r.visited_on, r.id))
