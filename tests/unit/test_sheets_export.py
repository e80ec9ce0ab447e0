"""Exports (.xlsx and .csv) with the template's headers, text cells for ID numbers, masking
and audit; every export re-imports cleanly; templates and the refused-rows report."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest
from python_calamine import CalamineWorkbook
from sqlalchemy import select

from tests.conftest import TODAY, make_actor
from unionapp.db.models import AuditEntry, Member, Organization
from unionapp.services.errors import PermissionDenied
from unionapp.services.member_search import MemberFilter
from unionapp.sheets.columns import MEMBERS, ORGANIZATIONS, UNORGANIZED
from unionapp.sheets.exporting import ExportProblem, export_members, export_organizations, export_unorganized
from unionapp.sheets.importing import import_file
from unionapp.sheets.refused_report import write_refused_report
from unionapp.sheets.results import ImportOptions
from unionapp.sheets.templates import TEMPLATE_FILES, template_path, write_template

SAMPLES = Path(__file__).resolve().parent.parent / "fixtures" / "sheets"
ZHANG = "370602198901018888"


def load(db, actor, kind: str, path: Path, **options):
    with db.session() as session:
        return import_file(session, actor, kind, path, ImportOptions(today=TODAY, **options))


@pytest.fixture
def roster(db, admin, tree):
    result = load(db, admin, "members", SAMPLES / "members_good.xlsx")
    assert result.imported == 6
    return tree


def test_member_export_xlsx_layout(db, admin, roster, tmp_path):
    path = tmp_path / "会员.xlsx"
    with db.session() as session:
        assert export_members(session, admin, MemberFilter(), path) == 6
    sheet = openpyxl.load_workbook(path).active
    headers = [c.value for c in sheet[1]]
    assert headers == [c.header for c in MEMBERS.export_columns]
    assert headers[:3] == ["会员编号", "姓名", "性别"] and "所在镇街" not in headers
    assert sheet.freeze_panes == "A2"
    id_col = headers.index("身份证号码") + 1
    row = next(r[0].row for r in sheet.iter_rows(min_row=2, min_col=id_col, max_col=id_col) if r[0].value == ZHANG)
    cell = sheet.cell(row=row, column=id_col)
    assert (cell.value, cell.data_type, cell.number_format) == (ZHANG, "s", "@")
    assert sheet.column_dimensions[openpyxl.utils.get_column_letter(id_col)].width >= 20
    joined = sheet.cell(row=row, column=headers.index("入会日期") + 1)
    assert joined.is_date and joined.value.date().isoformat() == "2015-03-01"
    assert sheet.cell(row=row, column=headers.index("会籍状态") + 1).value == "正常"
    with db.session() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "export")).one()
    assert entry.entity == "member" and "含完整身份证号" in entry.summary and "会员.xlsx" in entry.summary


def test_member_export_masks_for_users_without_the_right(db, roster, tmp_path):
    clerk = make_actor("clerk", sensitive=False)
    path = tmp_path / "masked.xlsx"
    with db.session() as session:
        export_members(session, clerk, MemberFilter(), path)
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
    headers = rows[0]
    ids = [r[headers.index("身份证号码")] for r in rows[1:]]
    phones = [r[headers.index("手机号码")] for r in rows[1:]]
    assert ZHANG not in ids and "370602********8888" in ids
    assert "138****8000" in phones
    with db.session() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "export")).one()
    assert "身份证号已脱敏" in entry.summary
    with pytest.raises(PermissionDenied), db.session() as session:
        export_members(session, make_actor("viewer"), MemberFilter(), tmp_path / "no.xlsx")


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_member_export_reimports_cleanly(db, admin, roster, tmp_path, suffix):
    path = tmp_path / f"会员{suffix}"
    with db.session() as session:
        export_members(session, admin, MemberFilter(status=None), path)
    result = load(db, admin, "members", path)
    assert (result.rows_read, result.imported, result.updated, result.unchanged) == (6, 0, 0, 6)
    assert result.rejected == [] and result.warnings == []


def test_exports_rebuild_the_county_in_an_empty_database(db, admin, roster, tmp_path, sqlite_db):
    """Round trip across databases: the organisation list, then the roster, into an empty one."""
    with db.session() as session:
        export_organizations(session, admin, tmp_path / "工会.xlsx")
        export_members(session, admin, MemberFilter(), tmp_path / "会员.xlsx")
        before = sorted(session.execute(select(Member.id_number, Member.name, Organization.name, Member.joined_on)
                                        .join(Organization, Member.org_id == Organization.id)).all())
    orgs = load(sqlite_db, admin, "organizations", tmp_path / "工会.xlsx")
    assert (orgs.imported, orgs.rejected) == (6, [])
    members = load(sqlite_db, admin, "members", tmp_path / "会员.xlsx")
    assert (members.imported, members.rejected, members.created_organizations) == (6, [], [])
    with sqlite_db.session() as session:
        after = sorted(session.execute(select(Member.id_number, Member.name, Organization.name, Member.joined_on)
                                       .join(Organization, Member.org_id == Organization.id)).all())
        branch = session.scalars(select(Organization).where(Organization.name == "机械厂一车间分会")).one()
        assert session.get(Organization, branch.parent_id).name == "龙泉机械厂工会委员会"
    assert after == before


def test_member_csv_keeps_id_numbers_as_text_for_excel(db, admin, roster, tmp_path):
    path = tmp_path / "会员.csv"
    with db.session() as session:
        export_members(session, admin, MemberFilter(), path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0] == [c.header for c in MEMBERS.export_columns]
    assert any(f"\t{ZHANG}" in row for row in rows[1:])


def test_organization_export_and_round_trip(db, admin, roster, tmp_path):
    path = tmp_path / "工会.xlsx"
    with db.session() as session:
        assert export_organizations(session, admin, path) == 6
    sheet = openpyxl.load_workbook(path).active
    headers = [c.value for c in sheet[1]]
    assert headers == [c.header for c in ORGANIZATIONS.export_columns]
    rows = {r[0]: dict(zip(headers, r, strict=True)) for r in sheet.iter_rows(min_row=2, values_only=True)}
    machinery = rows["龙泉机械厂工会委员会"]
    assert (machinery["上级工会"], machinery["组织层级"], machinery["会员人数"], machinery["统一社会信用代码"]) == \
        ("城关镇总工会", "基层工会", 2, "91370602MA3C5WQX85")
    assert list(rows)[0] == "龙泉县总工会"  # parents before children
    result = load(db, admin, "organizations", path)
    assert (result.rows_read, result.imported, result.updated, result.unchanged, result.rejected) == (6, 0, 0, 6, [])


def test_unorganized_export_and_round_trip(db, admin, tree, tmp_path):
    load(db, admin, "unorganized", SAMPLES / "unorganized.xlsx")
    for suffix in (".xlsx", ".csv"):
        path = tmp_path / f"未建会{suffix}"
        with db.session() as session:
            assert export_unorganized(session, admin, path) == 2
        result = load(db, admin, "unorganized", path)
        assert (result.imported, result.updated, result.unchanged, result.rejected) == (0, 0, 2, [])
    headers = openpyxl.load_workbook(tmp_path / "未建会.xlsx").active[1]
    assert [c.value for c in headers] == [c.header for c in UNORGANIZED.export_columns]


def test_export_path_must_be_xlsx_or_csv(db, admin, tree, tmp_path):
    with pytest.raises(ExportProblem, match=".xlsx 或 .csv"), db.session() as session:
        export_organizations(session, admin, tmp_path / "工会.pdf")
    with pytest.raises(ExportProblem, match="文件夹不存在"), db.session() as session:
        export_organizations(session, admin, tmp_path / "missing" / "工会.xlsx")


def test_committed_templates_match_the_columns(tmp_path):
    from unionapp.sheets.importing import IMPORT_KINDS

    assert set(TEMPLATE_FILES) == set(IMPORT_KINDS)  # every importer has its template
    for key, filename in TEMPLATE_FILES.items():
        kind = IMPORT_KINDS[key]
        committed = openpyxl.load_workbook(template_path(key))
        assert committed.sheetnames == ["导入数据", "填写说明"]
        data, notes = committed["导入数据"], committed["填写说明"]
        assert [c.value for c in data[1]] == [c.header for c in kind.template_columns], filename
        assert [r[0] for r in notes.iter_rows(min_row=5, values_only=True)] == [c.header for c in kind.template_columns]
        fresh = tmp_path / filename
        write_template(kind, fresh)
        rebuilt = openpyxl.load_workbook(fresh)
        for name in ("导入数据", "填写说明"):
            assert list(rebuilt[name].values) == list(committed[name].values), f"{filename}: run tools/make_templates.py"


def test_template_id_column_is_text_and_an_empty_template_imports_nothing(db, admin, tree):
    sheet = openpyxl.load_workbook(template_path("members"))["导入数据"]
    id_col = [c.value for c in sheet[1]].index("身份证号码") + 1
    assert sheet.cell(row=2, column=id_col).number_format == "@"
    result = load(db, admin, "members", template_path("members"))
    assert (result.rows_read, result.imported, result.rejected) == (0, 0, [])


def test_refused_rows_report_can_be_fixed_and_imported_again(db, admin, tree, tmp_path):
    result = load(db, admin, "members", SAMPLES / "members_messy.xlsx")
    report = tmp_path / "refused.xlsx"
    assert write_refused_report(result, report) == 7
    book = openpyxl.load_workbook(report)
    sheet = book.active
    headers = [c.value for c in sheet[1]]
    assert headers == ["序号", "基层工会名称", "姓名", "性别", "民族", "公民身份号码（18位）", "出生年月", "联系电话",
                       "入会时间", "是否农民工", "所在镇街", "错误原因"]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert len(rows) == 7
    by_name = {r[2]: r for r in rows}
    assert by_name["吴大伟"][-1] == "第11行 公民身份号码（18位）：身份证号码校验位错误：370602197001019110，请核对原件"
    assert by_name["周海涛"][1] == "龙旺庄超市工会"  # the merged union cell filled in
    assert sheet.cell(row=2, column=6).number_format == "@"
    # The clerk fixes two rows (a missing ID typed in, an impossible date corrected) and imports the report.
    for row in sheet.iter_rows(min_row=2):
        if row[2].value == "杨帆":
            row[5].value = "370602199108020776"
        if row[2].value == "郑小雨":
            row[8].value = "2019-02-28"
    book.save(report)
    again = load(db, admin, "members", report)
    # The duplicate of 张红梅 is now simply the member already imported: unchanged.
    assert (again.rows_read, again.imported, again.unchanged) == (7, 2, 1)
    assert [r.row for r in again.rejected] == [2, 3, 5, 6]  # the report's own row numbers now
    assert again.headers[-1] == "错误原因"


def test_refused_rows_report_of_another_importer_keeps_id_columns_as_text(tmp_path):
    from unionapp.sheets.results import CellIssue, ImportResult, RowIssues

    result = ImportResult(kind="hardship", headers=["姓名", "身份证号码", "金额"],
                          rejected=[RowIssues(3, (CellIssue("金额", "number", "第3行 金额：应为数字"),))],
                          refused_cells={3: ["张红梅", "370602198901018888", "一千"]})
    assert write_refused_report(result, tmp_path / "r.xlsx") == 1
    sheet = openpyxl.load_workbook(tmp_path / "r.xlsx").active
    assert [c.value for c in sheet[2]] == ["张红梅", "370602198901018888", "一千", "第3行 金额：应为数字"]
    assert sheet.cell(row=2, column=2).number_format == "@" and sheet.cell(row=2, column=3).number_format != "@"
