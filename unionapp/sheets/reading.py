"""One reader for every sheet a clerk can bring: .xlsx, .xls and .ods through python-calamine
(dates and merged ranges included) and .csv in UTF-8 (with or without BOM), UTF-16 or GBK/GB18030.

Rows come back in the sheet's own coordinates: rows[i] is the sheet's row i + 1 and column j
is the sheet's column j, so every message can name the row the clerk sees."""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree

from python_calamine import CalamineError, CalamineWorkbook, SheetVisibleEnum

from unionapp.sheets.gc_pause import gc_paused

SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
CSV_SUFFIXES = (".csv", ".txt")
SUPPORTED_SUFFIXES = SPREADSHEET_SUFFIXES + CSV_SUFFIXES

# A merged range: ((first_row, first_col), (last_row, last_col)), 0-based, inclusive.
MergedRange = tuple[tuple[int, int], tuple[int, int]]


class SheetReadError(Exception):
    """The file cannot be read as a sheet; the message is for the clerk."""


@dataclass
class RawSheet:
    name: str
    rows: list[list] = field(default_factory=list)
    merged: list[MergedRange] = field(default_factory=list)


def sheet_names(path: Path) -> list[str]:
    """The visible sheets of a workbook, in order; a CSV file has one sheet named after it."""
    path = Path(path)
    suffix = _suffix(path)
    if suffix in CSV_SUFFIXES:
        return [path.stem]
    with _open_workbook(path) as workbook:
        names = [m.name for m in workbook.sheets_metadata if m.visible == SheetVisibleEnum.Visible]
        return names or list(workbook.sheet_names)


def read_sheet(path: Path, name: str | None = None) -> RawSheet:
    """The cells of one sheet (the first visible one when `name` is None)."""
    path = Path(path)
    suffix = _suffix(path)
    with gc_paused():
        return _read_sheet(path, suffix, name)


def _read_sheet(path: Path, suffix: str, name: str | None) -> RawSheet:
    if suffix in CSV_SUFFIXES:
        return RawSheet(path.stem, read_csv_rows(path))
    with _open_workbook(path) as workbook:
        if name is None:
            visible = [m.name for m in workbook.sheets_metadata if m.visible == SheetVisibleEnum.Visible]
            name = (visible or workbook.sheet_names)[0]
        try:
            sheet = workbook.get_sheet_by_name(name)
            rows = sheet.to_python(skip_empty_area=False)
            merged = sheet.merged_cell_ranges
        except CalamineError as exc:
            raise SheetReadError(f"无法读取工作表“{name}”：{exc}") from exc
        index = workbook.sheet_names.index(name)
    if merged is None:
        # calamine reports merged ranges for xlsx/xls only; an .ods keeps them as cell spans.
        merged = _ods_merged_ranges(path, index) if suffix == ".ods" else []
    return RawSheet(name, rows, list(merged))


def _suffix(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise SheetReadError(f"不支持的文件类型“{path.suffix or path.name}”：请使用 .xlsx、.xls、.ods 或 .csv 文件")
    if not path.is_file():
        raise SheetReadError(f"找不到文件：{path.name}")
    return suffix


def _open_workbook(path: Path) -> CalamineWorkbook:
    try:
        return CalamineWorkbook.from_path(str(path))
    except CalamineError as exc:
        raise SheetReadError(f"无法读取“{path.name}”：文件已损坏、加了密码或不是表格文件（{exc}）") from exc
    except (OSError, ValueError) as exc:
        raise SheetReadError(f"无法读取“{path.name}”：{exc}") from exc


# --- CSV ---------------------------------------------------------------------------------------

def decode_csv_bytes(data: bytes) -> str:
    """UTF-8 (Excel's "CSV UTF-8" adds a BOM), UTF-16 (Excel's "Unicode text") or, failing
    UTF-8, GB18030 — the superset of GBK that Excel and WPS on Chinese Windows write."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError as exc:
        raise SheetReadError("无法识别 CSV 文件的编码：请另存为“CSV UTF-8”或 GBK 编码后再导入") from exc


def read_csv_rows(path: Path) -> list[list]:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise SheetReadError(f"无法读取“{Path(path).name}”：{exc}") from exc
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise SheetReadError(f"“{Path(path).name}”不是文本格式的 CSV 文件")
    text = decode_csv_bytes(data)
    sample = text[:8192]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",\t;，")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = "\t" if sample.count("\t") > sample.count(",") else ","
    return [list(row) for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]


# --- ODS merged cells ------------------------------------------------------------------------

_TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_T = "{" + _TABLE_NS + "}"


def _ods_merged_ranges(path: Path, sheet_index: int) -> list[MergedRange]:
    """Merged ranges of one .ods sheet, from the cell spans in content.xml (streamed: big
    sheets repeat empty rows a million times, which costs one counter, not a million rows)."""
    try:
        with zipfile.ZipFile(path) as archive, archive.open("content.xml") as content:
            return _spans(content, sheet_index)
    except (OSError, KeyError, zipfile.BadZipFile, ElementTree.ParseError):
        return []  # merged cells are a convenience; the cells themselves were read already


def _spans(content, sheet_index: int) -> list[MergedRange]:
    ranges: list[MergedRange] = []
    table = -1
    row = col = 0
    depth_in_table = 0
    for event, element in ElementTree.iterparse(content, events=("start", "end")):
        tag = element.tag
        if tag == _T + "table":
            if event == "start":
                table += 1
                row = 0
                depth_in_table = 1
            else:
                depth_in_table = 0
                element.clear()
                if table == sheet_index:
                    break
            continue
        if not depth_in_table or table != sheet_index:
            if event == "end" and tag == _T + "table-row":
                element.clear()
            continue
        if tag == _T + "table-row":
            if event == "start":
                col = 0
            else:
                row += int(element.get(_T + "number-rows-repeated", "1"))
                element.clear()
        elif tag in (_T + "table-cell", _T + "covered-table-cell") and event == "start":
            rows_spanned = int(element.get(_T + "number-rows-spanned", "1"))
            cols_spanned = int(element.get(_T + "number-columns-spanned", "1"))
            if rows_spanned > 1 or cols_spanned > 1:
                ranges.append(((row, col), (row + rows_spanned - 1, col + cols_spanned - 1)))
            col += int(element.get(_T + "number-columns-repeated", "1"))
    return ranges
