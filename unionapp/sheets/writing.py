"""Writing sheets clerks open in Excel or WPS: a bold header row, frozen panes, column widths,
ID numbers and codes as text cells (a number cell would lose the last digits), dates as dates.
openpyxl's write-only mode streams rows, so 100,000 members need no worksheet in memory; the
data rows go in as ready-made XML where openpyxl allows it (see xlsx_rows)."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from unionapp.sheets.columns import Column
from unionapp.sheets.xlsx_rows import XmlRows

TEXT_FORMAT = "@"
_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
_REQUIRED_FONT = Font(bold=True, color="C00000")
_CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def header_cells(ws, columns: Sequence[Column], extra: Sequence[str] = ()) -> list[WriteOnlyCell]:
    cells = []
    for column in columns:
        cell = WriteOnlyCell(ws, value=column.header)
        cell.font = _REQUIRED_FONT if column.required else _HEADER_FONT
        cell.fill = _HEADER_FILL
        cell.alignment = _CENTER
        cells.append(cell)
    for text in extra:
        cell = WriteOnlyCell(ws, value=text)
        cell.font, cell.fill, cell.alignment = _REQUIRED_FONT, _HEADER_FILL, _CENTER
        cells.append(cell)
    return cells


def setup_sheet(ws, columns: Sequence[Column], extra_widths: Sequence[int] = ()) -> None:
    """Widths, text format for ID/code columns, and the header row frozen (before any row is
    written: write-only sheets emit these first)."""
    for index, column in enumerate(columns, 1):
        dimension = ws.column_dimensions[get_column_letter(index)]
        dimension.width = column.width + 2
        if column.text:
            # The whole column as text, so a number typed later by the clerk stays whole too.
            dimension.number_format = TEXT_FORMAT
    for offset, width in enumerate(extra_widths, len(columns) + 1):
        ws.column_dimensions[get_column_letter(offset)].width = width
    ws.freeze_panes = "A2"


class RowWriter:
    """Turns plain values into cells: text columns as text cells; dates go as they are, and
    openpyxl gives a date its yyyy-mm-dd format itself (a styled cell of our own would cost an
    exception and a new cell inside openpyxl for every value).

    A write-only sheet serialises each row as it is appended, so one styled cell per column is
    reused for every row: creating a styled cell per value costs more than writing the value."""

    def __init__(self, ws, columns: Sequence[Column]):
        self.ws = ws
        self.text_cells = []
        for index, column in enumerate(columns):
            if column.text:
                cell = WriteOnlyCell(ws)
                cell.number_format = TEXT_FORMAT
                self.text_cells.append((index, cell))

    def cells(self, values: list) -> list:
        for i, cell in self.text_cells:
            value = values[i]
            if value is not None and value != "":
                cell.value = value if value.__class__ is str else str(value)
                values[i] = cell
        return values


def write_xlsx(path: Path, title: str, columns: Sequence[Column], rows: Iterable[list]) -> int:
    workbook = Workbook(write_only=True)
    ws = workbook.create_sheet(title)
    setup_sheet(ws, columns)
    count = 0
    fast = XmlRows.open(ws, [i for i, column in enumerate(columns) if column.text])
    if fast is not None:
        fast.append_cells(header_cells(ws, columns))
        for values in rows:
            fast.append(values)
            count += 1
    else:
        ws.append(header_cells(ws, columns))
        writer = RowWriter(ws, columns)
        for values in rows:
            ws.append(writer.cells(values))
            count += 1
    workbook.save(path)
    return count


def write_csv(path: Path, columns: Sequence[Column], rows: Iterable[list]) -> int:
    """UTF-8 with BOM (Excel then opens it right). ID numbers and codes get a leading tab so
    that Excel opening the file keeps them as text; the importer strips it again."""
    text_cols = [i for i, c in enumerate(columns) if c.text]
    count = 0
    with Path(path).open("w", encoding="utf-8-sig", newline="") as handle:
        out = csv.writer(handle)
        out.writerow([c.header for c in columns])
        for values in rows:
            for i in text_cols:
                if values[i]:
                    values[i] = "\t" + str(values[i])
            out.writerow(["" if v is None else _csv_value(v) for v in values])
            count += 1
    return count


def _csv_value(value):
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "是" if value else "否"
    return value
