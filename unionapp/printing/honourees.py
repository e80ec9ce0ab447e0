"""Honourees for a batch of certificates, read from the sheet a clerk already has (.xlsx, .xls,
.ods via python-calamine; .csv in UTF-8 or GBK/GB18030). The header row may sit below title
rows; columns are found by name: 姓名, 单位, 称号/奖项, 证书编号, 颁发单位, 日期. Until the honours
module exists this is how the command line gets its list."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from unionapp.domain.dates import parse_clerk_date
from unionapp.domain.errors import DomainError
from unionapp.domain.text import clean_text
from unionapp.printing.certificate import Honouree
from unionapp.services.errors import ServiceError

COLUMNS = {
    "name": ("姓名", "获奖人", "获奖者", "受表彰人", "名称"),
    "unit": ("单位", "工作单位", "所在单位", "单位名称"),
    "title": ("称号/奖项", "称号", "奖项", "荣誉称号", "获奖等次", "奖励名称", "荣誉"),
    "cert_no": ("证书编号", "编号", "证书号"),
    "awarding_body": ("颁发单位", "发证单位", "授予单位", "表彰单位"),
    "awarded_on": ("日期", "颁发日期", "发证日期", "获奖日期", "表彰日期"),
}
_HEADER_SEARCH_ROWS = 15


class HonoureeFileError(ServiceError):
    """The list cannot be used; the message names the file and the sheet row."""


def read_honourees(path: str | Path) -> list[Honouree]:
    path = Path(path)
    if not path.is_file():
        raise HonoureeFileError(f"找不到名单文件：{path}")
    suffix = path.suffix.lower()
    if suffix == ".csv":
        rows = _read_csv(path)
    elif suffix in (".xlsx", ".xlsm", ".xls", ".ods"):
        rows = _read_workbook(path)
    else:
        raise HonoureeFileError(f"不支持的名单文件类型：{path.name}（可用 .xlsx、.xls、.ods、.csv）")
    return _honourees(rows, path.name)


def _read_csv(path: Path) -> list[list]:
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise HonoureeFileError(f"无法识别名单文件 {path.name} 的文字编码（应为 UTF-8 或 GBK）")
    return [list(row) for row in csv.reader(io.StringIO(text))]


def _read_workbook(path: Path) -> list[list]:
    from python_calamine import CalamineWorkbook

    try:
        workbook = CalamineWorkbook.from_path(str(path))
        return workbook.get_sheet_by_index(0).to_python(skip_empty_area=False)
    except Exception as exc:  # noqa: BLE001 - any reader failure is the clerk's file, said plainly
        raise HonoureeFileError(f"无法读取名单文件 {path.name}：{exc}") from None


def _header_index(rows: list[list], where: str) -> tuple[int, dict[str, int]]:
    for r, row in enumerate(rows[:_HEADER_SEARCH_ROWS]):
        cells = [clean_text(v).replace(" ", "") for v in row]
        found: dict[str, int] = {}
        for key, names in COLUMNS.items():
            for name in names:
                if name in cells:
                    found[key] = cells.index(name)
                    break
        if "name" in found:
            return r, found
    raise HonoureeFileError(f"名单文件 {where} 中找不到表头（至少要有“姓名”一列；可用列：姓名、单位、称号/奖项、证书编号、颁发单位、日期）")


def _honourees(rows: list[list], where: str) -> list[Honouree]:
    header, columns = _header_index(rows, where)
    people: list[Honouree] = []
    problems: list[str] = []

    def cell(row: list, key: str) -> object:
        index = columns.get(key)
        return row[index] if index is not None and index < len(row) else None

    for r in range(header + 1, len(rows)):
        row = rows[r]
        name = clean_text(cell(row, "name"))
        others = [clean_text(cell(row, key)) for key in columns if key != "name"]
        if not name:
            if any(others):
                problems.append(f"第 {r + 1} 行缺少姓名")
            continue
        if name in ("合计", "总计") or name.startswith(("制表", "审核", "填表")):
            continue  # totals and signature lines under the list are not honourees
        try:
            awarded_on = parse_clerk_date(cell(row, "awarded_on"))
        except DomainError as exc:
            problems.append(f"第 {r + 1} 行日期有误：{exc.message}")
            continue
        people.append(Honouree(name=name, unit=clean_text(cell(row, "unit")), title=clean_text(cell(row, "title")),
                               cert_no=clean_text(cell(row, "cert_no")),
                               awarding_body=clean_text(cell(row, "awarding_body")), awarded_on=awarded_on))
    if problems:
        shown = "；".join(problems[:5]) + (f"；另有 {len(problems) - 5} 处" if len(problems) > 5 else "")
        raise HonoureeFileError(f"名单文件 {where} 有误：{shown}")
    if not people:
        raise HonoureeFileError(f"名单文件 {where} 中没有获奖人")
    return people
