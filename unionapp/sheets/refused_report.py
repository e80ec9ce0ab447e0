"""The refused-rows report (DESIGN §5): the refused rows exactly as they were, under the sheet's
own header, with a 错误原因 column — the clerk fixes the cells and imports the file again
(the importer ignores the 错误原因 column)."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from unionapp.sheets.columns import KINDS, REASON_HEADER, Kind, header_key, synonym_table
from unionapp.sheets.results import ImportResult
from unionapp.sheets.writing import TEXT_FORMAT

# Without a kind, headers that name numbers Excel would damage are still written as text.
_ID_LIKE = re.compile("身份证|证件号|号码|代码|卡号|账号")
_HEADER_FONT = Font(bold=True)
_REASON_FONT = Font(color="C00000")
_HEADER_FILL = PatternFill("solid", fgColor="FCE4D6")


def write_refused_report(result: ImportResult, path: Path, kind: Kind | None = None) -> int:
    """Returns the number of refused rows written. `kind` tells which columns are ID numbers
    and codes (written as text); it defaults to the importer named by the result."""
    kind = kind or KINDS.get(result.kind)
    table = synonym_table(kind) if kind else {}
    text_keys = {c.key for c in kind.columns if c.text} if kind else set()
    headers = [h for h in result.headers]
    # Drop an old 错误原因 column: a report imported again and refused again gets a fresh one.
    reason_cols = {i for i, h in enumerate(headers) if header_key(h) == header_key(REASON_HEADER)}
    keep = [i for i in range(len(headers)) if i not in reason_cols]
    width = max([len(headers)] + [len(c) for c in result.refused_cells.values()])
    keep += [i for i in range(len(headers), width)]
    text_cols = {i for i in keep if i < len(headers) and (table.get(header_key(headers[i])) in text_keys
                                                          or (not kind and _ID_LIKE.search(headers[i] or "")))}

    workbook = Workbook(write_only=True)
    ws = workbook.create_sheet("被拒绝的行")
    for out_index, col in enumerate(keep, 1):
        ws.column_dimensions[get_column_letter(out_index)].width = 22 if col in text_cols else 14
        if col in text_cols:
            ws.column_dimensions[get_column_letter(out_index)].number_format = TEXT_FORMAT
    ws.column_dimensions[get_column_letter(len(keep) + 1)].width = 60
    ws.freeze_panes = "A2"

    header_row = []
    for col in keep:
        cell = WriteOnlyCell(ws, value=headers[col] if col < len(headers) else "")
        cell.font, cell.fill = _HEADER_FONT, _HEADER_FILL
        header_row.append(cell)
    reason = WriteOnlyCell(ws, value=REASON_HEADER)
    reason.font, reason.fill = Font(bold=True, color="C00000"), _HEADER_FILL
    header_row.append(reason)
    ws.append(header_row)

    for rejected in sorted(result.rejected, key=lambda r: r.row):
        cells = result.refused_cells.get(rejected.row) or []
        out = []
        for col in keep:
            value = _plain(cells[col]) if col < len(cells) else None
            if col in text_cols and value not in (None, ""):
                # Text format even on an ID that arrived as a number: what the clerk retypes
                # into the cell then stays text.
                cell = WriteOnlyCell(ws, value=value)
                cell.number_format = TEXT_FORMAT
                value = cell
            out.append(value)
        reason = WriteOnlyCell(ws, value="；".join(issue.message for issue in rejected.issues))
        reason.font = _REASON_FONT
        reason.alignment = Alignment(wrap_text=True, vertical="top")
        out.append(reason)
        ws.append(out)
    workbook.save(path)
    return len(result.rejected)


def _plain(value):
    """Cell values as calamine returns them, back into what openpyxl writes."""
    if value == "":
        return None
    if isinstance(value, datetime | date | time | int | float | str | bool):
        return value
    if isinstance(value, timedelta):
        return str(value)
    return str(value)
