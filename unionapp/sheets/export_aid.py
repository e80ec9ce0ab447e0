"""Hardship files, campaigns, disbursements and visits to .xlsx or .csv (DESIGN §5): the import
template's headers (hardship files and disbursements re-import cleanly), ID numbers and bank
accounts as text cells, masked for users without 查看敏感信息; every export is audited."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from unionapp.db.models import AidCampaign, AidDisbursement, HardshipFile, Organization, Visit, VisitGoods
from unionapp.domain.hardship import FILE_STATUS_LABELS, VISIT_TARGETS
from unionapp.domain.masking import mask_bank_card, mask_id_number, mask_phone
from unionapp.services import audit
from unionapp.services.aid_search import (
    CampaignFilter,
    DisbursementFilter,
    disbursement_query,
    list_campaigns,
)
from unionapp.services.hardship_search import WORKING_LISTS, HardshipFilter, hardship_file_ids
from unionapp.services.rights import Actor, Right
from unionapp.services.visit_search import VisitFilter, visit_query
from unionapp.sheets.aid_columns import AID, CAMPAIGNS, HARDSHIP, VISITS

# One way to check an export path and write the file, shared with the member exports.
from unionapp.sheets.exporting import _check_path, _write
from unionapp.sheets.results import Progress, report_progress

_CHUNK = 1000


def _audit(session: Session, actor: Actor, entity: str, what: str, count: int, path: Path, personal: bool) -> None:
    full = actor.sees_sensitive
    note = ("含完整身份证号" if full else "身份证号已脱敏") if personal else ""
    audit.record(session, actor, "export", entity, None,
                 f"导出{what} {count} 条到 {path.name}" + (f"（{note}）" if note else ""),
                 after={"rows": count, "full_id_numbers": full and personal})


def export_hardship(session: Session, actor: Actor, path: Path, flt: HardshipFilter | None = None,
                    progress: Progress | None = None, *, working_list: str = "all", today: date | None = None) -> int:
    """The files of one list as the page shows it (hardship_search.listed_files): every file by
    default, or a working list (待审核, review_due, never_aided, watch) under the same filter."""
    actor.require(Right.EXPORT)
    path = _check_path(path)
    ids = hardship_file_ids(session, actor, flt or HardshipFilter(status=None), working_list=working_list,
                            today=today)
    count = _write(path, "困难职工档案", HARDSHIP.export_columns, _hardship_rows(session, actor, ids, progress))
    what = "困难职工档案" if working_list == "all" else WORKING_LISTS[working_list]
    _audit(session, actor, "hardship_file", what, count, path, True)
    return count


def _hardship_rows(session: Session, actor: Actor, ids: list[int], progress) -> Iterator[list]:
    keys = [c.key for c in HARDSHIP.export_columns]
    full = actor.sees_sensitive
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        fetched = {f.id: (f, org) for f, org in session.execute(
            select(HardshipFile, Organization.name).join(Organization, HardshipFile.org_id == Organization.id)
            .where(HardshipFile.id.in_(chunk)))}
        for file_id in chunk:
            record, org_name = fetched[file_id]
            values = []
            for key in keys:
                if key == "union":
                    value = org_name
                elif key == "secondary_causes":
                    value = "、".join(c for c in (record.cause_2, record.cause_3, record.cause_4) if c)
                elif key == "status":
                    value = FILE_STATUS_LABELS.get(record.status, record.status)
                elif key == "id_number":
                    value = record.id_number if full else mask_id_number(record.id_number)
                elif key == "bank_account":
                    value = (record.bank_account if full else mask_bank_card(record.bank_account)) \
                        if record.bank_account else None
                elif key == "phone":
                    value = (record.phone if full else mask_phone(record.phone)) if record.phone else None
                else:
                    value = getattr(record, key)
                    if isinstance(value, bool):
                        value = "是" if value else "否"
                values.append(value)
            yield values
        report_progress(progress, min(start + _CHUNK, len(ids)), len(ids))


def export_campaigns(session: Session, actor: Actor, path: Path, flt: CampaignFilter | None = None) -> int:
    """First column: the campaign number as the window shows it."""
    actor.require(Right.EXPORT)
    path = _check_path(path)
    rows = []
    offset = 0
    while True:
        page = list_campaigns(session, actor, flt or CampaignFilter(), offset=offset, limit=1000)
        for c in page:
            rows.append([c.number, c.name, c.year, c.kind, c.budget, c.fund_source, c.people, c.money, c.goods_value,
                         c.left, "进行中" if c.status == "open" else "已结束"])
        if len(page) < 1000:
            break
        offset += 1000
    count = _write(path, "帮扶活动", CAMPAIGNS.columns, iter(rows))
    _audit(session, actor, "aid_campaign", "帮扶活动", count, path, False)
    return count


def export_aid(session: Session, actor: Actor, path: Path, flt: DisbursementFilter | None = None,
               progress: Progress | None = None) -> int:
    """Disbursements (all, or one campaign's), with the 活动编号 they re-import under."""
    actor.require(Right.EXPORT)
    path = _check_path(path)
    query = disbursement_query(session, actor, select(AidDisbursement, AidCampaign.number, AidCampaign.name),
                                flt or DisbursementFilter())
    query = query.order_by(AidCampaign.year, AidCampaign.number, Organization.path.is_(None), Organization.path,
                           AidDisbursement.id)
    keys = [c.key for c in AID.export_columns]
    full = actor.sees_sensitive

    def rows() -> Iterator[list]:
        for row, number, name in session.execute(query):
            values = []
            for key in keys:
                if key == "campaign_number":
                    values.append(number)
                elif key == "campaign_name":
                    values.append(name)
                elif key == "id_number":
                    values.append(row.id_number if full else mask_id_number(row.id_number))
                else:
                    values.append(getattr(row, key))
            yield values

    count = _write(path, "帮扶发放记录", AID.export_columns, rows())
    report_progress(progress, count, count)
    _audit(session, actor, "aid_disbursement", "帮扶发放记录", count, path, True)
    return count


def export_visits(session: Session, actor: Actor, path: Path, flt: VisitFilter | None = None) -> int:
    actor.require(Right.EXPORT)
    path = _check_path(path)
    goods = (select(VisitGoods.visit_id, func.sum(VisitGoods.value).label("value"),
                    func.count(VisitGoods.id).label("n")).group_by(VisitGoods.visit_id).subquery())
    query = select(Visit, Organization.name, goods.c.value).outerjoin(goods, goods.c.visit_id == Visit.id)
    query = visit_query(session, actor, query, flt or VisitFilter()).order_by(Visit.visited_on, Visit.id)
    full = actor.sees_sensitive
    items: dict[int, list[str]] = {}
    for visit_id, item, quantity in session.execute(select(VisitGoods.visit_id, VisitGoods.item, VisitGoods.quantity)
                                                    .order_by(VisitGoods.visit_id, VisitGoods.seq)):
        items.setdefault(visit_id, []).append(f"{item}{quantity or ''}")
    paid = dict(session.execute(select(AidDisbursement.id, AidCampaign.number)
                                .join(AidCampaign, AidDisbursement.campaign_id == AidCampaign.id)
                                .where(AidDisbursement.id.in_(select(Visit.disbursement_id)))).all())

    def rows() -> Iterator[list]:
        for v, org_name, goods_value in session.execute(query):
            number = v.visitee_id_number
            if number and not full:
                number = mask_id_number(number)
            yield [v.record_no, v.visited_on, v.kind, v.visitors, VISIT_TARGETS.get(v.target, v.target),
                   v.visitee_name, number, v.visitee_unit, org_name, v.place, v.money, "、".join(items.get(v.id, [])),
                   goods_value, v.learned, v.follow_up, v.follow_up_outcome, v.follow_up_closed_on,
                   paid.get(v.disbursement_id) if v.disbursement_id else None]

    count = _write(path, "走访慰问记录", VISITS.columns, rows())
    _audit(session, actor, "visit", "走访慰问记录", count, path, True)
    return count
