"""The hardship and aid records as the printed documents take them (DESIGN §4): a campaign's
签领表, the 困难职工档案表 and the 走访慰问登记表. The services return their own dataclasses
(services never import printing); this module turns them into the documents' inputs and prints
them, masking and auditing as the services and documents do."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from unionapp.db.models import Member
from unionapp.domain.hardship import VISIT_TARGETS
from unionapp.printing.fonts import FontSet
from unionapp.printing.hardship_form import FamilyMember, HardshipFile, render_hardship_form
from unionapp.printing.roster import Roster, RosterResult, RosterRow, print_roster
from unionapp.printing.visit_form import VisitFormResult, VisitGift, VisitRecord, render_visit_form
from unionapp.services import audit
from unionapp.services.aid_search import RosterData, roster_rows
from unionapp.services.cards import union_name
from unionapp.services.hardship import get_hardship_file
from unionapp.services.rights import Actor, Right
from unionapp.services.visits import get_visit


def roster_document(data: RosterData) -> Roster:
    rows = tuple(RosterRow(name=r.name, id_number=r.id_number, unit=r.unit, category=r.category, amount=r.amount,
                           goods=r.goods, remark=r.remark) for r in data.rows)
    return Roster(title=data.title, rows=rows, issuer=data.issuer, issued_on=data.issued_on, note=data.note)


def print_campaign_roster(session: Session, actor: Actor, campaign_id: int, out, *, township_id: int | None = None,
                          org_id: int | None = None, fonts: FontSet | None = None) -> RosterResult:
    """The 签领表 of a campaign (or of one township or union in it). Full ID numbers only for
    users with 查看敏感信息; printing them is audited by printing.roster.print_roster."""
    actor.require(Right.PRINT)
    data = roster_rows(session, actor, campaign_id, township_id=township_id, org_id=org_id)
    return print_roster(session, actor, roster_document(data), _target(out), fonts=fonts)


def _target(out):
    # ReportLab takes a file name as str (or a binary file), not a Path.
    return os.fspath(out) if isinstance(out, os.PathLike) else out


def hardship_document(session: Session, actor: Actor, file_id: int, *, today: date | None = None) -> HardshipFile:
    detail = get_hardship_file(session, actor, file_id, today=today)
    d = detail.data
    nation = political = ""
    if d.member_id is not None:
        nation, political = session.execute(select(Member.nation, Member.political_status)
                                            .where(Member.id == d.member_id)).one()
    family = tuple(FamilyMember(f.name, f.relation, f.age, f.occupation or "", f.monthly_income, f.health or "")
                   for f in detail.family)
    return HardshipFile(
        name=d.name, id_number=d.id_number, file_no=detail.file_no, sex=detail.sex or "", birth_date=detail.birth_date,
        nation=nation or "", political_status=political or "", phone=d.phone or "", employer=d.unit_name or "",
        address=d.address or "", category=d.category, main_reason=d.main_cause, other_reasons=d.secondary_causes,
        health=d.health or "", work_status=d.work_status or "", marital_status=d.marriage or "",
        housing=d.housing or "", hukou=d.hukou or "", medical_insurance=d.medical_insurance or "",
        monthly_income=_decimal(d.monthly_income), family_annual_income=_decimal(d.family_annual_income),
        family_size=d.family_size, single_parent=d.single_parent, zero_employment=d.zero_employment,
        model_worker=d.model_worker_type or "", bank_name=d.bank_name or "", bank_account=d.bank_account or "",
        family=family, situation=d.situation or "", created_by=detail.created_by or "",
        creator_opinion=d.creator_opinion or "", reviewed_by=detail.reviewed_by or "",
        reviewer_opinion=detail.reviewer_opinion or "", created_on=d.filed_on, status=detail.status_label,
        union_name=union_name(session),
    )


def _decimal(value) -> Decimal | None:
    return None if value is None else Decimal(value)


@dataclass(frozen=True)
class FormPrint:
    pages: int
    masked: bool
    missing: str


def print_hardship_form(session: Session, actor: Actor, file_id: int, out, *, fonts: FontSet | None = None,
                        today: date | None = None) -> FormPrint:
    actor.require(Right.PRINT)
    document = hardship_document(session, actor, file_id, today=today)
    pages, missing = render_hardship_form(_target(out), document, fonts=fonts)
    masked = not actor.sees_sensitive
    if not masked:
        audit.record(session, actor, "print", "hardship_file", file_id,
                     f"打印困难职工档案表（含完整身份证号和银行账号）：{document.name}（{document.file_no}）")
    return FormPrint(pages, masked, missing)


def visit_document(session: Session, actor: Actor, visit_id: int) -> VisitRecord:
    detail = get_visit(session, actor, visit_id)
    d = detail.data
    gifts = []
    if d.money is not None:
        gifts.append(VisitGift("慰问金", "", Decimal(d.money)))
    gifts.extend(VisitGift(g.item, g.quantity or "", Decimal(g.value or 0)) for g in d.goods)
    return VisitRecord(
        visited_on=d.visited_on, kind=d.kind, visitee_name=d.visitee_name, visitee_unit=d.visitee_unit or "",
        visitee_category=VISIT_TARGETS.get(d.target, d.target), visitee_phone=d.visitee_phone or "",
        address=d.place or "", visitors=d.visitors, gifts=tuple(gifts), learned=d.learned or "",
        follow_up=d.follow_up or "", outcome=detail.follow_up_outcome or "",
        aid_reference=detail.disbursement_text or "", record_no=detail.record_no, recorder=detail.recorded_by or "",
        union_name=union_name(session),
    )


def print_visit_form(session: Session, actor: Actor, visit_id: int, out, *, fonts: FontSet | None = None
                     ) -> VisitFormResult:
    actor.require(Right.PRINT)
    record = visit_document(session, actor, visit_id)
    result = render_visit_form(_target(out), record, fonts=fonts)
    audit.record(session, actor, "print", "visit", visit_id, f"打印走访慰问登记表：{record.visitee_name}（{record.record_no}）")
    return result
