"""The data rows of a write-only openpyxl sheet, written as ready-made XML text.

openpyxl builds an ElementTree element for every cell and serialises it through et_xmlfile:
about 8 µs a cell, 20 s for 100,000 members of 22 columns. Here a row is one f-string per
cell, the same XML openpyxl writes (inline strings, `t="n"` serials for dates, the cell's
style index), put into the sheet's own stream. openpyxl still makes everything else: the
workbook, the styles (the index of each style comes from openpyxl), column widths, frozen
panes, the header row's look and the zip file.

The stream is openpyxl's et_xmlfile writer; where openpyxl writes through lxml instead (lxml
installed) or the writer is not the one expected, `XmlRows.open` returns None and the caller
appends cells the ordinary way. Values are treated as openpyxl treats them, with one
difference: a text starting with "=" stays text instead of becoming a formula (a clerk's
remark is never a formula, and a formula in an export is how spreadsheets get abused)."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal

from openpyxl import LXML
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell._writer import write_cell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, get_time_format
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.utils.exceptions import IllegalCharacterError

# What a text needs more than copying: markup characters to escape, control characters
# (which XML cannot hold: openpyxl refuses them, so do we).
_SPECIAL = re.compile(r"[&<>\000-\010\013\014\016-\037]")
_MAX_TEXT = 32767  # Excel's limit; openpyxl cuts longer texts there


def _raw_writer_available() -> bool:
    if LXML:
        return False
    try:
        from et_xmlfile.xmlfile import _IncrementalFileWriter
    except ImportError:
        return False
    return callable(getattr(_IncrementalFileWriter(print), "_file", None))


RAW_WRITER = _raw_writer_available()


def _escape(text: str) -> str:
    if ILLEGAL_CHARACTERS_RE.search(text):
        raise IllegalCharacterError(f"{text} cannot be used in worksheets.")
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class XmlRows:
    """Appends rows to a fresh write-only sheet (nothing appended yet, columns set up)."""

    @classmethod
    def open(cls, ws, text_columns: Iterable[int] = ()) -> XmlRows | None:
        return cls(ws, text_columns) if RAW_WRITER else None

    def __init__(self, ws, text_columns: Iterable[int]):
        self.ws = ws
        self.row = 0
        self._text_style = self._style_of(number_format="@")
        self._text_columns = frozenset(text_columns)
        self._styles: dict[type, str] = {}  # date / datetime → ' s="N"'
        self._serials: dict[date, str] = {}
        self._letters: list[str] = []
        ws._get_writer()  # writes the sheet's head: properties, views, columns
        self._xf = ws._writer.xf.send(True)  # openpyxl's own step before its rows
        self._write = self._xf._file
        self._write("<sheetData>")
        # The workbook closes the sheet on saving; that closes the rows, as for appended ones.
        ws._rows = self._until_closed()
        next(ws._rows)

    def _until_closed(self):
        try:
            yield
        except GeneratorExit:
            try:
                self._write("</sheetData>")
                self.ws._writer.xf.send(None)  # hands the stream back for the sheet's tail
            except (ValueError, StopIteration):
                pass  # a sheet given up half-written (an error): its stream is closed already

    def _style_of(self, **style) -> str:
        cell = WriteOnlyCell(self.ws)
        for name, value in style.items():
            setattr(cell, name, value)
        return f' s="{cell.style_id}"'

    def _letters_for(self, count: int) -> list[str]:
        while len(self._letters) < count:
            self._letters.append(get_column_letter(len(self._letters) + 1))
        return self._letters

    def append_cells(self, cells: Sequence[WriteOnlyCell]) -> None:
        """A row of styled cells made by the caller (the header): written by openpyxl itself."""
        self.row += 1
        self._write(f'<row r="{self.row}">')
        for index, cell in enumerate(cells, 1):
            cell.row, cell.column = self.row, index
            if cell.value is not None or cell.has_style:
                write_cell(self._xf, self.ws, cell, cell.has_style)
        self._write("</row>")

    def append(self, values: Sequence) -> None:
        self.row += 1
        n = self.row
        letters = self._letters_for(len(values))
        texts = self._text_columns
        parts = [f'<row r="{n}">']
        for index, value in enumerate(values):
            if value is None:
                continue
            kind = value.__class__
            if index in texts and kind is not str:
                value, kind = str(value), str  # ID numbers and codes are text, whatever came
            if kind is str:
                if not value:
                    continue
                if _SPECIAL.search(value) or len(value) > _MAX_TEXT:
                    value = _escape(value[:_MAX_TEXT])
                stripped = value.strip()
                space = ' xml:space="preserve"' if stripped is not value and stripped else ""
                style = self._text_style if index in texts else ""
                parts.append(f'<c r="{letters[index]}{n}"{style} t="inlineStr"><is><t{space}>{value}</t></is></c>')
            elif kind is date or kind is datetime:
                serial = self._serials.get(value)
                if serial is None:
                    serial = self._serials[value] = f"{to_excel(value):.16g}"
                parts.append(f'<c r="{letters[index]}{n}"{self._date_style(kind)} t="n"><v>{serial}</v></c>')
            elif kind is bool:
                parts.append(f'<c r="{letters[index]}{n}" t="b"><v>{int(value)}</v></c>')
            elif kind is int or kind is float or kind is Decimal:
                # As openpyxl writes numbers: "%.16g" of the value as a float.
                number = "" if math.isnan(value) or math.isinf(value) else f"{float(value):.16g}"
                parts.append(f'<c r="{letters[index]}{n}" t="n"><v>{number}</v></c>')
            else:
                # Anything rarer (times, durations …) the way openpyxl writes it.
                self._write("".join(parts))
                parts.clear()
                cell = WriteOnlyCell(self.ws, value)
                cell.row, cell.column = n, index + 1
                write_cell(self._xf, self.ws, cell, cell.has_style)
        parts.append("</row>")
        self._write("".join(parts))

    def _date_style(self, kind: type) -> str:
        style = self._styles.get(kind)
        if style is None:
            # The formats openpyxl gives a date or a datetime cell of its own accord.
            style = self._styles[kind] = self._style_of(number_format=get_time_format(kind))
        return style
