"""The headline figures of the dashboard (DESIGN §6) for the whole county or one township's
subtree. Every figure is counted from the records, never typed. The member figures come from one
pass over the member table (conditional sums), so a million members cost one scan, not six."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Integer, and_, case, func, select
from sqlalchemy.orm import Session

from unionapp.db.models import Member, Organization, UnorganizedEmployer
from unionapp.domain.membership import CURRENT_STATUSES
from unionapp.services.common import load, require_scope, subtree_clause
from unionapp.services.organizations import renewal_due
from unionapp.services.rights import Actor, Right

Progress = Callable[[int, int], object]


@dataclass(frozen=True)
class HeadlineFigures:
    scope_name: str
    year: int
    grassroots_unions: int
    members: int  # current members: 在会 and 保留会籍
    new_members: int  # joined in `year`, whatever their status today
    migrant_members: int
    new_employment_members: int
    female_members: int
    unorganized_employers: int  # still open (未建会)

    @property
    def organizing_rate(self) -> float | None:
        """建会率 = 建会单位 / 应建会单位, taken here as grassroots unions over grassroots unions
        plus the employers still without one. None when there is nothing to count."""
        total = self.grassroots_unions + self.unorganized_employers
        return self.grassroots_unions / total if total else None


@dataclass(frozen=True)
class TownshipChoice:
    id: int
    name: str


@dataclass(frozen=True)
class RenewalReminder:
    org_id: int
    name: str
    term_end: date
    days_left: int  # negative when the term has already ended


def _scope_path(session: Session, actor: Actor, township_id: int | None) -> tuple[str | None, str]:
    """The subtree to count (None for the whole county) and its display name."""
    if township_id is not None:
        org = load(session, Organization, township_id, "乡镇（街道）总工会")
        require_scope(actor, org.path)
        return org.path, org.name
    if actor.scope_path:
        name = session.scalar(select(Organization.name).where(Organization.path == actor.scope_path))
        return actor.scope_path, name or ""
    name = session.scalar(select(Organization.name).where(Organization.level == "county").order_by(Organization.id))
    return None, name or ""


def headline_figures(
    session: Session,
    actor: Actor,
    *,
    township_id: int | None = None,
    year: int | None = None,
    today: date | None = None,
    progress: Progress | None = None,
) -> HeadlineFigures:
    actor.require(Right.VIEW)
    today = today or date.today()
    year = year or today.year
    path, scope_name = _scope_path(session, actor, township_id)

    def step(done: int) -> None:
        if progress is not None:
            progress(done, 3)

    step(0)
    unions = select(func.count()).select_from(Organization).where(
        Organization.level == "grassroots", Organization.status == "normal"
    )
    if path:
        unions = unions.where(subtree_clause(Organization.path, path))
    grassroots = session.scalar(unions) or 0
    step(1)

    current = Member.status.in_(CURRENT_STATUSES)

    def current_sum(condition):
        return func.sum(case((and_(current, condition), 1), else_=0).cast(Integer))

    first_day, last_day = date(year, 1, 1), date(year, 12, 31)
    members_query = select(
        func.sum(case((current, 1), else_=0).cast(Integer)),
        func.sum(case((Member.joined_on.between(first_day, last_day), 1), else_=0).cast(Integer)),
        current_sum(Member.is_migrant.is_(True)),
        current_sum(Member.new_employment_form.is_not(None) & (Member.new_employment_form != "")),
        current_sum(Member.sex == "女"),
    ).select_from(Member)
    if path:
        members_query = members_query.join(Organization, Organization.id == Member.org_id).where(
            subtree_clause(Organization.path, path)
        )
    row = session.execute(members_query).one()
    members, new_members, migrants, new_forms, women = (int(value or 0) for value in row)
    step(2)

    employers = select(func.count()).select_from(UnorganizedEmployer).where(UnorganizedEmployer.status == "open")
    if path:
        employers = employers.join(Organization, Organization.id == UnorganizedEmployer.township_org_id).where(
            subtree_clause(Organization.path, path)
        )
    unorganized = session.scalar(employers) or 0
    step(3)
    return HeadlineFigures(scope_name, year, grassroots, members, new_members, migrants, new_forms, women, unorganized)


def township_choices(session: Session, actor: Actor) -> list[TownshipChoice]:
    """The townships (乡镇/街道总工会) the actor may look at, by name: a handful of rows, cheap
    enough for the start of the program."""
    actor.require(Right.VIEW)
    query = select(Organization.id, Organization.name).where(
        Organization.level == "township", Organization.status == "normal"
    ).order_by(Organization.name)
    if actor.scope_path:
        query = query.where(subtree_clause(Organization.path, actor.scope_path))
    return [TownshipChoice(row.id, row.name) for row in session.execute(query)]


def renewal_reminders(
    session: Session,
    actor: Actor,
    *,
    township_id: int | None = None,
    within_days: int = 90,
    today: date | None = None,
) -> list[RenewalReminder]:
    """换届 due within `within_days` (or overdue), soonest first, for the county or one township."""
    today = today or date.today()
    path, _name = _scope_path(session, actor, township_id)
    nodes = renewal_due(session, actor, within_days=within_days, today=today)
    reminders = [
        RenewalReminder(node.id, node.name, node.term_end, (node.term_end - today).days)
        for node in nodes
        if node.term_end is not None and (path is None or node.path.startswith(path))
    ]
    return sorted(reminders, key=lambda r: (r.term_end, r.name))
