"""医疗互助保障 of one year to .xlsx (DESIGN §2.3, §5): one sheet of the enrolments by unit, one of
the claims paid. ID numbers are text cells, masked for users without 查看敏感信息 (the service
masks them); the export is audited, saying whether it held full ID numbers.

Two sheets need a workbook: a .csv cannot hold them, so only .xlsx is written."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import select
from sqlalchemy.orm import Session

from unionapp.db.models import MedicalMutualEnrolment, Organization
from unionapp.services import audit
from unionapp.services.medical_mutual import list_claims, list_enrolments
from unionapp.services.rights import Actor, Right
from unionapp.sheets.columns import Column
from unionapp.sheets.exporting import ExportProblem, write_whole
from unionapp.sheets.results import Progress, report_progress
from unionapp.sheets.writing import RowWriter, header_cells, setup_sheet
from unionapp.sheets.xlsx_rows import XmlRows

ENROLMENT_SHEET = "医疗互助参保"
CLAIM_SHEET = "医疗互助理赔"
_PAGE = 1000

ENROLMENT_COLUMNS = (
    Column("year", "年度", width=6),
    Column("org", "参保单位", width=30),
    Column("members_enrolled", "参保人数", width=9),
    Column("fee_paid", "缴费金额（元）", width=12),
    Column("enrolled_on", "参保日期", width=12),
    Column("claims", "理赔人次", width=9),
    Column("claims_amount", "理赔金额（元）", width=12),
    Column("remark", "备注", width=24),
)

CLAIM_COLUMNS = (
    Column("name", "姓名", width=10),
    Column("id_number", "身份证号码", text=True, width=21),
    Column("org", "所在工会", width=26),
    Column("enrolled_org", "参保单位", width=26),
    Column("paid_on", "给付日期", width=12),
    Column("illness", "病种或疾病名称", width=20),
    Column("hospital", "就诊医院", width=20),
    Column("amount", "互助金额（元）", width=12),
    Column("handler", "经办人", width=10),
    Column("remark", "备注", width=24),
)


def export_mutual(session: Session, actor: Actor, path: Path, year: int, *, org_id: int | None = None,
                  progress: Progress | None = None) -> int:
    """The enrolments and claims of `year` the actor may see (under `org_id` when given), as the
    page lists them; returns the rows written (both sheets)."""
    actor.require(Right.EXPORT)
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise ExportProblem(f"医疗互助的参保和理赔分两张工作表导出，请保存为 .xlsx 文件：{path.name}")
    if not path.parent.exists():
        raise ExportProblem(f"文件夹不存在：{path.parent}")
    enrolments = _all(lambda offset: list_enrolments(session, actor, year=year, org_id=org_id, offset=offset,
                                                     limit=_PAGE))
    claims = _all(lambda offset: list_claims(session, actor, year=year, org_id=org_id, offset=offset, limit=_PAGE))
    claims.reverse()  # oldest first, as a ledger reads
    report_progress(progress, 1, 2)
    units = {e.id: e.org_name for e in enrolments}
    missing = {c.enrolment_id for c in claims} - set(units)
    if missing:  # a member who moved to a union outside the filter since the payment
        units.update(session.execute(select(MedicalMutualEnrolment.id, Organization.name)
                                     .join(Organization, MedicalMutualEnrolment.org_id == Organization.id)
                                     .where(MedicalMutualEnrolment.id.in_(missing))).all())

    enrolment_rows = [[e.year, e.org_name, e.members_enrolled, e.fee_paid, e.enrolled_on, e.claims, e.claims_amount,
                       e.remark] for e in enrolments]
    claim_rows = [[c.name, c.id_number, c.org_name, units.get(c.enrolment_id), c.paid_on, c.illness, c.hospital,
                   c.amount, c.handler, c.remark] for c in claims]
    count = _save(path, [(ENROLMENT_SHEET, ENROLMENT_COLUMNS, enrolment_rows),
                         (CLAIM_SHEET, CLAIM_COLUMNS, claim_rows)])
    report_progress(progress, 2, 2)
    full = actor.sees_sensitive
    audit.record(session, actor, "export", "medical_mutual", None,
                 f"导出{year}年度医疗互助：参保单位 {len(enrolment_rows)} 个、理赔 {len(claim_rows)} 人次到 {path.name}"
                 f"（{'含完整身份证号' if full else '身份证号已脱敏'}）",
                 after={"rows": count, "year": year, "full_id_numbers": full})
    return count


def _all(fetch) -> list:
    rows, offset = [], 0
    while True:
        page = fetch(offset)
        rows.extend(page)
        if len(page) < _PAGE:
            return rows
        offset += _PAGE


def _save(path: Path, sheets: list[tuple[str, tuple[Column, ...], list[list]]]) -> int:
    return write_whole(path, lambda partial: _write_book(partial, sheets))


def _write_book(path: Path, sheets: list[tuple[str, tuple[Column, ...], list[list]]]) -> int:
    """One write-only workbook with a sheet per (title, columns, rows), each laid out as
    writing.write_xlsx lays out its one."""
    workbook = Workbook(write_only=True)
    count = 0
    for title, columns, rows in sheets:
        ws = workbook.create_sheet(title)
        setup_sheet(ws, columns)
        fast = XmlRows.open(ws, [i for i, column in enumerate(columns) if column.text])
        if fast is not None:
            fast.append_cells(header_cells(ws, columns))
            for values in rows:
                fast.append(list(values))
        else:
            ws.append(header_cells(ws, columns))
            writer = RowWriter(ws, columns)
            for values in rows:
                ws.append(writer.cells(list(values)))
        count += len(rows)
    workbook.save(path)
    return count

