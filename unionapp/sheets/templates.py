"""Import templates (resources/templates/*.xlsx): an empty 导入数据 sheet with the headers, text
format on ID and code columns and drop-down lists, and a 填写说明 sheet explaining each column.
Built by tools/make_templates.py so they can be rebuilt whenever the columns change."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from unionapp.sheets.columns import KINDS, Kind
from unionapp.sheets.writing import TEXT_FORMAT

TEMPLATE_FILES = {"members": "members.xlsx", "organizations": "organizations.xlsx", "unorganized": "unorganized.xlsx",
                  "hardship": "hardship.xlsx", "aid": "aid.xlsx"}
# What the save dialog suggests: clerks keep these files on their desktops.
TEMPLATE_TITLES = {"members": "会员导入模板.xlsx", "organizations": "基层工会导入模板.xlsx",
                   "unorganized": "未建会单位导入模板.xlsx", "hardship": "困难职工档案导入模板.xlsx",
                   "aid": "帮扶发放记录导入模板.xlsx"}
TEMPLATE_ROWS = 2000  # rows prepared with text format and drop-downs

_LISTS = {
    "sex": "男,女",
    "is_migrant": "是,否",
    "has_congress": "是,否",
    "has_open_affairs": "是,否",
    "has_collective_contract": "是,否",
    "has_audit_committee": "是,否",
    "has_women_committee": "是,否",
    "has_mediation_committee": "是,否",
    "employment_form": "劳动合同,劳务派遣,灵活就业,新就业形态",
    "union_type": "单独基层工会,联合基层工会（区域性）,联合基层工会（行业性）",
    "level": "基层工会,分会,乡镇（街道）总工会,产业（系统）工会,工会联合会",
}
_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
_WRAP = Alignment(wrap_text=True, vertical="top")


def write_template(kind: Kind, path: Path) -> None:
    workbook = Workbook()
    data = workbook.active
    data.title = "导入数据"
    columns = kind.template_columns
    for index, column in enumerate(columns, 1):
        letter = get_column_letter(index)
        cell = data.cell(row=1, column=index, value=column.header)
        cell.font = Font(bold=True, color="C00000" if column.required else "000000")
        cell.fill = _HEADER_FILL
        cell.alignment = Alignment(horizontal="center")
        data.column_dimensions[letter].width = column.width + 2
        if column.text:
            # Text format before the clerk types: an 18-digit number would lose its last digits.
            for row in range(2, TEMPLATE_ROWS + 2):
                data.cell(row=row, column=index).number_format = TEXT_FORMAT
        choices = _LISTS.get(column.key)
        if choices:
            validation = DataValidation(type="list", formula1=f'"{choices}"', allow_blank=True)
            validation.error = "请从下拉列表中选择"
            data.add_data_validation(validation)
            validation.add(f"{letter}2:{letter}{TEMPLATE_ROWS + 1}")
    data.freeze_panes = "A2"

    notes = workbook.create_sheet("填写说明")
    notes.append([f"{kind.label}导入模板 · 填写说明"])
    notes["A1"].font = Font(bold=True, size=14)
    notes.append(["在“导入数据”工作表中从第2行起每行填一条；红色列名为必填。也可以直接导入自己的表格："
                  "系统会在表头上方的标题行之下找到表头，按列名识别各列（下表“也认得的列名”）；"
                  "合并的单元格、空行、合计行和“制表人/审核人/填报日期”等落款行会自动处理。"])
    notes.merge_cells("A2:E2")
    notes["A2"].alignment = _WRAP
    notes.row_dimensions[2].height = 48
    notes.append([])
    notes.append(["列名", "是否必填", "说明", "示例", "也认得的列名"])
    for cell in notes[4]:
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
    for column in columns:
        notes.append([column.header, "必填" if column.required else "选填", column.note, column.example,
                      "、".join(column.synonyms)])
    for row in notes.iter_rows(min_row=5):
        for cell in row:
            cell.alignment = _WRAP
    for letter, width in zip("ABCDE", (16, 10, 60, 22, 40), strict=True):
        notes.column_dimensions[letter].width = width
    notes.freeze_panes = "A5"
    # Fixed document times: a rebuilt template differs only where its columns changed.
    workbook.properties.created = workbook.properties.modified = datetime(2026, 1, 1)
    workbook.save(path)


def write_all_templates(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    from unionapp.sheets.aid_columns import AID, HARDSHIP  # they build on this package's columns

    kinds = {**KINDS, HARDSHIP.key: HARDSHIP, AID.key: AID}
    for key, filename in TEMPLATE_FILES.items():
        target = folder / filename
        write_template(kinds[key], target)
        written.append(target)
    return written


def template_path(kind_key: str) -> Path:
    from unionapp.paths import resource_path

    return resource_path("templates", TEMPLATE_FILES[kind_key])
