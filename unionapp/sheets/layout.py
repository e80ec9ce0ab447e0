"""Where the data is in a sheet clerks made themselves: the header row below title and filler
rows, which column holds what, and which rows are data (not blank, 合计 or signature lines).
Merged cells (a unit name merged down many rows) are filled into every row they cover."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from unionapp.domain.text import clean_text
from unionapp.sheets.columns import IGNORED_HEADERS, Kind, header_key, synonym_table
from unionapp.sheets.gc_pause import gc_paused
from unionapp.sheets.reading import RawSheet

# The header is looked for among the first rows only: below that a sheet is data.
HEADER_SEARCH_ROWS = 30

# 合计/总计 rows sum a column; their first text cell starts with the word.
_TOTAL = re.compile(r"^(合计|总计|小计|共计|累计|总数)")
# Signature and note lines below (or above) a roster: 制表人：张三  审核人：  填报日期：… 单位（盖章）
_FOOTER = re.compile(
    r"^(制表|填表|填报|审核|审批|复核|校对|经办|负责人|单位负责人|主要负责人|联系人|联系电话|单位盖章|单位（盖章）|"
    r"（盖章）|\(盖章\)|盖章|签字|签章|日期|报送日期|说明|备注|注[:：]|注\d|附注)"
)

# The first characters a total or footer line can start with (after spaces or an apostrophe).
_TRIGGERS = frozenset("合总小共累制填审复校经负单主联盖签日报说备注附（(")
_LEAD = " \u3000\t'"
_FOOTER_WORDS = frozenset({"制表人", "填表人", "填报人", "审核人", "审批人", "复核人", "校对人", "经办人", "负责人",
                           "单位负责人", "联系人", "制表", "审核", "填报日期", "制表日期", "日期"})


class HeaderNotFound(Exception):
    """No row of the sheet looks like a header for this kind; the message is for the clerk."""


@dataclass
class Layout:
    """The header row and which sheet column feeds which field (changeable in the wizard)."""

    header_row: int  # 0-based index into RawSheet.rows
    mapping: dict[str, int]  # column key → 0-based sheet column
    headers: list[str]  # the header row's cell texts, by sheet column
    unknown: list[str] = field(default_factory=list)  # headers that match no column
    duplicates: list[str] = field(default_factory=list)  # a second column with the same meaning

    def header_of(self, key: str, kind: Kind) -> str:
        """The column's name as the clerk's sheet writes it (the template's name if absent)."""
        index = self.mapping.get(key)
        if index is not None and index < len(self.headers) and self.headers[index]:
            return self.headers[index]
        try:
            return kind.column(key).header
        except KeyError:
            return key


@dataclass
class DataRow:
    number: int  # the sheet's own 1-based row number
    values: dict[str, object]  # column key → cell value (merged ranges filled in)
    cells: list  # the row as it was, for the refused-rows report


@dataclass
class SheetTable:
    sheet: RawSheet
    layout: Layout
    rows: list[DataRow]
    skipped: dict[str, int]  # "blank" / "total" / "footer" / "header" → count


def detect_layout(sheet: RawSheet, kind: Kind) -> Layout:
    """The best header row among the first rows: the one matching most known columns, with at
    least one anchor column (姓名 or 身份证号码 for members)."""
    table = synonym_table(kind)
    best: Layout | None = None
    best_score = 0
    for index, row in enumerate(sheet.rows[:HEADER_SEARCH_ROWS]):
        layout = _layout_for_row(index, row, table)
        if not any(key in layout.mapping for key in kind.anchors):
            continue
        score = len(layout.mapping)
        if score > best_score:
            best, best_score = layout, score
    minimum = 1 if len(kind.anchors) == 1 else 2
    if best is None or best_score < minimum:
        wanted = "、".join(kind.column(k).header for k in kind.anchors)
        raise HeaderNotFound(
            f"在工作表“{sheet.name}”的前 {HEADER_SEARCH_ROWS} 行中没有找到表头：应有一行列名，"
            f"至少包含“{wanted}”等列（可下载导入模板对照）"
        )
    return best


def layout_for_header_row(sheet: RawSheet, kind: Kind, header_row: int) -> Layout:
    """The mapping when the clerk picks the header row by hand."""
    row = sheet.rows[header_row] if 0 <= header_row < len(sheet.rows) else []
    return _layout_for_row(header_row, row, synonym_table(kind))


def _layout_for_row(index: int, row: list, table: dict[str, str]) -> Layout:
    mapping: dict[str, int] = {}
    headers: list[str] = []
    unknown: list[str] = []
    duplicates: list[str] = []
    for col, cell in enumerate(row):
        text = clean_text(cell) if isinstance(cell, str) else ""
        headers.append(text)
        key = header_key(text)
        if not key:
            continue
        field_key = table.get(key)
        if field_key is None:
            if key not in IGNORED_HEADERS:
                unknown.append(text)
        elif field_key in mapping:
            duplicates.append(text)
        else:
            mapping[field_key] = col
    return Layout(index, mapping, headers, unknown, duplicates)


def extract_rows(sheet: RawSheet, kind: Kind, layout: Layout) -> SheetTable:
    """The data rows below the header, each with the sheet's own row number.

    Runs once per row of a 100,000-row roster, so each row costs one pass over its cells; the
    total/footer/header tests only look closer at a row whose first text could start one."""
    with gc_paused():
        return _extract_rows(sheet, kind, layout)


def _extract_rows(sheet: RawSheet, kind: Kind, layout: Layout) -> SheetTable:
    rows = sheet.rows
    start = layout.header_row + 1
    fill = _merged_fill(sheet, layout, start)
    mapping = list(layout.mapping.items())
    last_col = max(layout.mapping.values(), default=-1)
    ignored_cols = {col for col, text in enumerate(layout.headers) if header_key(text) in IGNORED_HEADERS}
    header_keys = [header_key(t) for t in layout.headers]
    header_texts = {t for t in layout.headers if t}
    skipped = {"blank": 0, "total": 0, "footer": 0, "header": 0}
    out: list[DataRow] = []
    for index in range(start, len(rows)):
        cells = rows[index]
        first_text = None
        has_value = False
        for col, cell in enumerate(cells):
            if cell == "" or cell is None:
                continue
            if cell.__class__ is str:
                if not cell.strip():
                    continue
                if first_text is None:
                    first_text = cell
            if col not in ignored_cols:
                has_value = True
                if first_text is not None:
                    break
        if not has_value:
            skipped["blank"] += 1
            continue
        if first_text is not None:
            if first_text.lstrip(_LEAD)[:1] in _TRIGGERS:
                text = clean_text(first_text).replace(" ", "")
                if _TOTAL.match(text):
                    skipped["total"] += 1
                    continue
                if _is_footer_text(text) and _is_footer(cells, layout, kind):
                    skipped["footer"] += 1
                    continue
            if first_text.strip() in header_texts and _repeats_header(cells, header_keys):
                skipped["header"] += 1
                continue
        if len(cells) <= last_col:
            cells = cells + [""] * (last_col + 1 - len(cells))
        values = {key: cells[col] for key, col in mapping}
        filled = fill.get(index)
        if filled:
            # The refused-rows report gets the filled value too, so each row stands on its own.
            cells = list(cells)
            for key, value in filled.items():
                if values[key] == "" or values[key] is None:
                    values[key] = cells[layout.mapping[key]] = value
        out.append(DataRow(index + 1, values, cells))
    return SheetTable(sheet, layout, out, skipped)


def read_table(sheet: RawSheet, kind: Kind, layout: Layout | None = None) -> SheetTable:
    return extract_rows(sheet, kind, layout or detect_layout(sheet, kind))


def _is_footer_text(text: str) -> bool:
    """制表人：张三, 填报日期：…, 单位（盖章）, 审核人 — but not a unit called 说明书印刷厂."""
    if not _FOOTER.match(text):
        return False
    return any(mark in text for mark in ("：", ":", "盖章", "签字", "签章")) or text in _FOOTER_WORDS


def _is_footer(cells: list, layout: Layout, kind: Kind) -> bool:
    """A signature line has no value in the anchor columns other than its own footer text."""
    for key in kind.anchors:
        col = layout.mapping.get(key)
        if col is None or col >= len(cells):
            continue
        text = clean_text(cells[col]).replace(" ", "")
        if text and not _is_footer_text(text):
            return False
    return True


def _repeats_header(cells: list, header_keys: list[str]) -> bool:
    """A copy of the header row (rosters pasted one after another)."""
    matches = 0
    for col, cell in enumerate(cells):
        if col < len(header_keys) and header_keys[col] and isinstance(cell, str):
            if header_key(cell) == header_keys[col]:
                matches += 1
            elif cell.strip():
                return False
    return matches >= 2


def _merged_fill(sheet: RawSheet, layout: Layout, start: int) -> dict[int, dict[str, object]]:
    """row index → {column key: the value of the merged range covering that cell}, for the
    mapped columns below the header."""
    by_col = {col: key for key, col in layout.mapping.items()}
    fill: dict[int, dict[str, object]] = {}
    for (r0, c0), (r1, c1) in sheet.merged:
        if r1 < start or r1 == r0:
            continue  # a merge across columns only (titles) fills nothing below the header
        top = sheet.rows[r0][c0] if r0 < len(sheet.rows) and c0 < len(sheet.rows[r0]) else ""
        if top in ("", None):
            continue
        for col in range(c0, c1 + 1):
            key = by_col.get(col)
            if key is None:
                continue
            for row in range(max(r0, start), r1 + 1):
                fill.setdefault(row, {})[key] = top
    return fill
