"""帮扶发放 sheets in (DESIGN §5): each row is one disbursement of the campaign named by its
活动编号, written through the aid service (standards, double-aid rule, budget warnings, audit).

- The recipient is the household's hardship file when one is on record for the ID number, else
  the member with that ID number, else the person as written.
- A second row for the same person in the same campaign is refused like a second payment typed
  in (a sheet cannot carry the override's reason); a row identical to a disbursement already
  recorded (same person, day and amount) counts as unchanged, so an export re-imports cleanly.
- Going over the budget is a warning on the row that first goes over."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from unionapp.db.models import AidCampaign, AidDisbursement, HardshipFile, Member
from unionapp.domain.text import clean_text
from unionapp.services.aid import DisbursementInput, create_disbursement
from unionapp.services.errors import ServiceError
from unionapp.services.rights import Actor, Right
from unionapp.sheets.aid_columns import AID
from unionapp.sheets.import_aid_common import RowParser, service_problems
from unionapp.sheets.layout import SheetTable
from unionapp.sheets.results import (
    ImportOptions,
    ImportResult,
    Progress,
    RowCollector,
    report_progress,
    start_result,
)

_FIELD_COLUMNS = {"duplicate": "id_number", "campaign_id": "campaign_number", "hardship_file_id": "name",
                  "member_id": "name", "org_id": "unit_name"}


def import_aid(
    session: Session, actor: Actor, table: SheetTable, options: ImportOptions = ImportOptions(),
    progress: Progress | None = None,
) -> ImportResult:
    actor.require(Right.EDIT)
    today = options.today or date.today()
    result = start_result("aid", table, options)
    rows = RowCollector(table, AID, result)
    campaigns = dict(session.execute(select(AidCampaign.number, AidCampaign.id)).all())
    total = len(table.rows)
    for done, data in enumerate(table.rows, 1):
        parser = RowParser(data.values, today)
        number = clean_text(data.values.get("campaign_number"))
        campaign_id = campaigns.get(number)
        if not number:
            parser.problems.append(("campaign_number", "required", "活动编号不能为空"))
        elif campaign_id is None:
            parser.problems.append(("campaign_number", "unknown_campaign", f"系统中没有活动编号为“{number}”的帮扶活动"))
        name = parser.text("name")
        if not name:
            parser.problems.append(("name", "required", "姓名不能为空"))
        info = parser.id_number()
        amount = parser.amount("amount", "金额")
        goods_value = parser.amount("goods_value", "物品价值")
        paid_on = parser.day("paid_on") or today
        enrolment_year = parser.count("enrolment_year", "入学年份")
        if parser.problems:
            rows.reject(data, [rows.issue(data.number, *p) for p in parser.problems])
            continue
        goods = parser.text("goods")
        if _already_recorded(session, campaign_id, info.number, paid_on, amount, goods):
            result.unchanged += 1
            continue
        file_id, member_id, recorded_name = _recipient(session, info.number)
        if recorded_name and recorded_name != name:
            parser.warnings.append(("name", "name_differs", f"姓名与系统登记的“{recorded_name}”不一致，按系统登记"))
        try:
            paid = create_disbursement(session, actor, DisbursementInput(
                campaign_id=campaign_id, hardship_file_id=file_id, member_id=member_id, name=name,
                id_number=info.number, unit_name=parser.text("unit_name"), category=parser.text("category"),
                amount=amount, goods=goods, goods_value=goods_value, paid_on=paid_on, handler=parser.text("handler"),
                remark=parser.text("remark"), student_name=parser.text("student_name"), school=parser.text("school"),
                school_level=parser.text("school_level"), enrolment_year=enrolment_year,
                illness=parser.text("illness")), today=today)
        except ServiceError as exc:
            problems = service_problems(exc, AID, _FIELD_COLUMNS, "name")
            rows.reject(data, [rows.issue(data.number, *p) for p in problems])
            continue
        parser.warnings.extend(("amount", "budget", w) for w in paid.warnings)
        rows.warn(data.number, [rows.issue(data.number, *w) for w in parser.warnings])
        result.imported += 1
        if done % 200 == 0:
            report_progress(progress, done, total)
    report_progress(progress, total, total)
    return result


def _recipient(session: Session, id_number: str) -> tuple[int | None, int | None, str | None]:
    """(hardship file on record, member, the name the system knows) for an ID number."""
    found = session.execute(select(HardshipFile.id, HardshipFile.member_id, HardshipFile.name)
                            .where(HardshipFile.open_key == id_number, HardshipFile.status == "active")).first()
    if found:
        return found.id, found.member_id, found.name
    member = session.execute(select(Member.id, Member.name).where(Member.id_number == id_number)).first()
    if member:
        return None, member.id, member.name
    return None, None, None


def _already_recorded(session: Session, campaign_id: int, id_number: str, paid_on: date, amount, goods) -> bool:
    query = select(AidDisbursement.id).where(AidDisbursement.campaign_id == campaign_id,
                                             AidDisbursement.id_number == id_number,
                                             AidDisbursement.paid_on == paid_on)
    query = query.where(AidDisbursement.amount == amount) if amount is not None \
        else query.where(AidDisbursement.amount.is_(None))
    if goods:
        query = query.where(AidDisbursement.goods == goods)
    return session.scalar(query.limit(1)) is not None
