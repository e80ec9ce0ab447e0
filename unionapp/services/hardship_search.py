"""Lists of hardship files (DESIGN §2.3): search by name, any part of the ID number or the file
number, filters, pages; and the working lists — 待审核, the 防返困 watch list, files not
reviewed for a year, files never aided — under the same search and filters, so each is paged,
counted and exported exactly as it is shown. A county holds a few thousand files, so plain
indexed queries and LIKE on the name are fast enough here (members, a hundred times more, have
their own keys)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from unionapp.db.models import AidDisbursement, HardshipFile, Organization
from unionapp.domain.hardship import FILE_STATUS_LABELS, OPEN_STATUSES, review_due_before
from unionapp.domain.masking import mask_id_number
from unionapp.domain.text import clean_text
from unionapp.services import audit
from unionapp.services.aid_common import scope_condition, subtree_of
from unionapp.services.rights import Actor, Right

_DIGITS = re.compile(r"[0-9Xx]{4,}")
_FILE_NO = re.compile(r"KN[0-9-]*", re.IGNORECASE)

SORT_COLUMNS = {
    "id": HardshipFile.id,
    "file_no": HardshipFile.file_no,
    "name": HardshipFile.name,
    "category": HardshipFile.category,
    "org": Organization.name,
    "per_capita": HardshipFile.per_capita_monthly,
    "filed_on": HardshipFile.filed_on,
    "last_review_on": HardshipFile.last_review_on,
    "status": HardshipFile.status,
}


@dataclass(frozen=True)
class HardshipFilter:
    text: str = ""
    org_id: int | None = None  # the subtree of this union (a township: every file in it)
    status: str | None = "open"  # "open" (待审核/退回/在档), one status, or None for all
    category: str | None = None
    main_cause: str | None = None
    single_parent: bool | None = None
    zero_employment: bool | None = None
    members_only: bool | None = None  # True: members' files; False: non-members'
    sort: str = "id"
    descending: bool = False


@dataclass(frozen=True)
class HardshipRow:
    id: int
    version: int
    file_no: str
    name: str
    id_number: str  # masked unless the actor may see it
    sex: str | None
    category: str
    main_cause: str
    org_id: int
    org_name: str
    unit_name: str | None
    status: str
    per_capita_monthly: Decimal | None
    family_size: int | None
    filed_on: date
    approved_on: date | None
    last_review_on: date | None
    closed_on: date | None
    watch_until: date | None
    member_id: int | None

    @property
    def status_label(self) -> str:
        return FILE_STATUS_LABELS.get(self.status, self.status)


_COLUMNS = (
    HardshipFile.id, HardshipFile.version, HardshipFile.file_no, HardshipFile.name, HardshipFile.id_number,
    HardshipFile.sex, HardshipFile.category, HardshipFile.main_cause, HardshipFile.org_id,
    Organization.name.label("org_name"), HardshipFile.unit_name, HardshipFile.status,
    HardshipFile.per_capita_monthly, HardshipFile.family_size, HardshipFile.filed_on, HardshipFile.approved_on,
    HardshipFile.last_review_on, HardshipFile.closed_on, HardshipFile.watch_until, HardshipFile.member_id,
)


def text_condition(text: str):
    """Each word must match the name, a part of the ID number, or the file number."""
    conditions = []
    for term in clean_text(text).split():
        options = [HardshipFile.name.contains(term, autoescape=True)]
        if _DIGITS.fullmatch(term):
            options.append(HardshipFile.id_number.contains(term.upper(), autoescape=True))
        if _FILE_NO.fullmatch(term) or term.replace("-", "").isdigit():
            options.append(HardshipFile.file_no.contains(term.upper(), autoescape=True))
        conditions.append(or_(*options))
    return conditions


def filtered_files(session: Session, query: Select, actor: Actor, flt: HardshipFilter) -> Select:
    query = query.join(Organization, HardshipFile.org_id == Organization.id)
    for condition in text_condition(flt.text):
        query = query.where(condition)
    scope = scope_condition(actor)
    if scope is not None:
        query = query.where(scope)
    if flt.org_id is not None:
        query = query.where(subtree_of(session, flt.org_id))
    if flt.status == "open":
        query = query.where(HardshipFile.status.in_(OPEN_STATUSES))
    elif flt.status:
        query = query.where(HardshipFile.status == flt.status)
    if flt.category:
        query = query.where(HardshipFile.category == flt.category)
    if flt.main_cause:
        query = query.where(HardshipFile.main_cause == flt.main_cause)
    if flt.single_parent is not None:
        query = query.where(HardshipFile.single_parent == flt.single_parent)
    if flt.zero_employment is not None:
        query = query.where(HardshipFile.zero_employment == flt.zero_employment)
    if flt.members_only is True:
        query = query.where(HardshipFile.member_id.is_not(None))
    elif flt.members_only is False:
        query = query.where(HardshipFile.member_id.is_(None))
    return query


def _order(flt: HardshipFilter):
    column = SORT_COLUMNS.get(flt.sort, HardshipFile.id)
    order = [column.desc() if flt.descending else column.asc()]
    if column is not HardshipFile.id:
        order.append(HardshipFile.id)
    return order


def _rows(session: Session, actor: Actor, query: Select, what: str | None) -> list[HardshipRow]:
    """Rows with ID numbers masked unless the actor may see them; a look at full numbers is
    audited once per list (`what` None: a later page of a list already logged)."""
    rows = session.execute(query).all()
    full = actor.sees_sensitive
    if full and rows and what:
        audit.record(session, actor, "view", "hardship_file", None, f"查看{what}（含完整身份证号）：{len(rows)} 户")
    return [HardshipRow(**{**r._asdict(), "id_number": r.id_number if full else mask_id_number(r.id_number)})
            for r in rows]


# The working lists of the page (DESIGN §2.3) → what a look at full ID numbers in it is logged as.
# Each is the filtered list (search text, union, category …) narrowed further; its own status
# replaces the filter's.
WORKING_LISTS = {
    "all": "困难职工档案列表",
    "pending": "待审核档案",
    "review_due": "待年度复核档案",
    "never_aided": "从未帮扶的档案",
    "watch": "防返困监测名单",
}
_LIST_STATUS = {"pending": "pending", "review_due": "active", "never_aided": "active", "watch": "lifted"}
_LAST_REVIEW = func.coalesce(HardshipFile.last_review_on, HardshipFile.approved_on, HardshipFile.filed_on)


def listed_files(session: Session, query: Select, actor: Actor, flt: HardshipFilter, working_list: str = "all",
                 today: date | None = None) -> Select:
    """`query` narrowed to one working list under the filter, in the list's order:
    - pending: 待审核 files;
    - review_due: files on record whose last review (or, never reviewed, their approval) is more
      than a year ago — the 每年复核 reminder (DESIGN §2.12);
    - never_aided: files on record with no disbursement at all, by file or by the ID number;
    - watch: 防返困, households closed as 脱困 whose watch period has not ended."""
    if working_list not in WORKING_LISTS:
        raise ValueError(f"unknown hardship list: {working_list}")
    if working_list in _LIST_STATUS:
        flt = replace(flt, status=_LIST_STATUS[working_list])
    query = filtered_files(session, query, actor, flt)
    today = today or date.today()
    if working_list == "watch":
        return query.where(HardshipFile.watch_until >= today).order_by(HardshipFile.watch_until, HardshipFile.id)
    if working_list == "review_due":
        return query.where(_LAST_REVIEW < review_due_before(today)).order_by(_LAST_REVIEW, HardshipFile.id)
    if working_list == "never_aided":
        aided = select(AidDisbursement.id).where(or_(AidDisbursement.hardship_file_id == HardshipFile.id,
                                                     AidDisbursement.id_number == HardshipFile.id_number))
        return query.where(~aided.exists()).order_by(HardshipFile.id)
    return query.order_by(*_order(flt))


def search_hardship_files(session: Session, actor: Actor, flt: HardshipFilter, *, offset: int = 0,
                          limit: int = 100, working_list: str = "all", today: date | None = None
                          ) -> list[HardshipRow]:
    actor.require(Right.VIEW)
    query = listed_files(session, select(*_COLUMNS), actor, flt, working_list, today).offset(offset).limit(limit)
    return _rows(session, actor, query, WORKING_LISTS[working_list] if offset == 0 else None)


def count_hardship_files(session: Session, actor: Actor, flt: HardshipFilter, *, working_list: str = "all",
                         today: date | None = None) -> int:
    actor.require(Right.VIEW)
    query = listed_files(session, select(func.count(HardshipFile.id)), actor, flt, working_list, today)
    return session.scalar(query.order_by(None)) or 0


def hardship_file_ids(session: Session, actor: Actor, flt: HardshipFilter, *, working_list: str = "all",
                      today: date | None = None) -> list[int]:
    """Every matching id in list order, for batch work (export, print, bulk aid)."""
    actor.require(Right.VIEW)
    return list(session.scalars(listed_files(session, select(HardshipFile.id), actor, flt, working_list, today)))


def _whole_list(session: Session, actor: Actor, working_list: str, flt: HardshipFilter,
                today: date | None) -> list[HardshipRow]:
    actor.require(Right.VIEW)
    query = listed_files(session, select(*_COLUMNS), actor, flt, working_list, today)
    return _rows(session, actor, query, WORKING_LISTS[working_list])


def watch_list(session: Session, actor: Actor, *, today: date | None = None, org_id: int | None = None,
               flt: HardshipFilter | None = None) -> list[HardshipRow]:
    """防返困: households closed as 脱困 whose watch period has not ended."""
    return _whole_list(session, actor, "watch", flt or HardshipFilter(org_id=org_id), today)


def due_for_review(session: Session, actor: Actor, *, today: date | None = None, org_id: int | None = None,
                   flt: HardshipFilter | None = None) -> list[HardshipRow]:
    """Files on record not reviewed for a year (see listed_files)."""
    return _whole_list(session, actor, "review_due", flt or HardshipFilter(org_id=org_id), today)


def never_aided(session: Session, actor: Actor, *, org_id: int | None = None, flt: HardshipFilter | None = None
                ) -> list[HardshipRow]:
    """Files on record with no disbursement at all, by file or by the worker's ID number."""
    return _whole_list(session, actor, "never_aided", flt or HardshipFilter(org_id=org_id), None)


@dataclass(frozen=True)
class HardshipCounts:
    by_category: dict[str, int]
    pending: int
    active: int
    watched: int


def hardship_counts(session: Session, actor: Actor, *, today: date | None = None) -> HardshipCounts:
    """Files on record by category, for the dashboard and the figures (DESIGN §6)."""
    actor.require(Right.VIEW)
    today = today or date.today()
    base = select(HardshipFile.status, HardshipFile.category, func.count()).join(
        Organization, HardshipFile.org_id == Organization.id)
    scope = scope_condition(actor)
    if scope is not None:
        base = base.where(scope)
    by_category: dict[str, int] = {}
    pending = active = 0
    for status, category, count in session.execute(base.group_by(HardshipFile.status, HardshipFile.category)):
        if status == "active":
            active += count
            by_category[category] = by_category.get(category, 0) + count
        elif status in ("pending", "returned"):
            pending += count
    watched_query = select(func.count(HardshipFile.id)).join(Organization, HardshipFile.org_id == Organization.id) \
        .where(HardshipFile.status == "lifted", HardshipFile.watch_until >= today)
    if scope is not None:
        watched_query = watched_query.where(scope)
    watched = session.scalar(watched_query) or 0
    return HardshipCounts(by_category, pending, active, watched)
