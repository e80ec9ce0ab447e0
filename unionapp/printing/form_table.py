"""The ruled A4 forms clerks know (登记表, 档案表): a grid of shaded label cells and value cells,
built row by row. Long text wraps inside its cell and, when it would not fit on one page, is cut
into several rows ("（续）") at line boundaries, so nothing is ever clipped."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table

from unionapp.printing.fonts import FontSet, markup
from unionapp.printing.styles import LABEL_FILL, DocStyles, form_grid_style

PADDING = 1.6 * mm
LONG_CHUNK = 70 * mm  # a long text row taller than this is cut; a part then fits on any page


@dataclass(frozen=True)
class L:
    """A label cell (shaded, centred)."""

    text: str
    span: int = 1


@dataclass(frozen=True)
class V:
    """A value cell; text wraps. `flowable` (a photo) replaces the text."""

    text: object = ""
    span: int = 1
    rows: int = 1
    align: str = "left"
    flowable: Flowable | None = None


def show(value: object) -> str:
    """How a value reads on a form: dates as 2019年5月1日, booleans as 是/否, None as blank."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, date):
        return f"{value.year}年{value.month}月{value.day}日"
    if isinstance(value, Decimal):
        return f"{value:,.2f}"
    return str(value)


class FormGrid:
    """Rows of L/V cells over fixed columns; `table()` gives the bordered Table."""

    def __init__(self, fonts: FontSet, styles: DocStyles, col_widths: list[float], min_row: float = 8 * mm):
        self.fonts, self.styles, self.widths = fonts, styles, col_widths
        self.min_row = min_row
        self.rows: list[list] = []
        self.heights: list[float | None] = []
        self.commands: list = []
        self._occupied: set[tuple[int, int]] = set()  # cells covered by row spans from above

    def _para(self, text: object, align: str = "left", label: bool = False) -> Paragraph:
        style = self.styles.label if label else {"center": self.styles.cell_center,
                                                 "right": self.styles.cell_right}.get(align, self.styles.cell)
        if label and "\n" not in str(text) and len(str(text)) == 5:
            # Five-character labels (是否农民工, 新就业形态) fit one line a size smaller.
            style = ParagraphStyle("label5", parent=style, fontSize=style.fontSize - 1.5,
                                   leading=style.leading - 2)
        return Paragraph(markup(show(text), style.fontName, self.fonts), style)

    def add(self, *cells: L | V, height: float | None = None) -> None:
        r = len(self.rows)
        row: list = []
        col = 0
        for cell in cells:
            while (r, col) in self._occupied:
                row.append("")
                col += 1
            if isinstance(cell, L):
                row.append(self._para(cell.text, label=True))
                self.commands.append(("BACKGROUND", (col, r), (col + cell.span - 1, r), LABEL_FILL))
            else:
                row.append(cell.flowable if cell.flowable is not None else self._para(cell.text, cell.align))
            span_rows = getattr(cell, "rows", 1)
            if cell.span > 1 or span_rows > 1:
                self.commands.append(("SPAN", (col, r), (col + cell.span - 1, r + span_rows - 1)))
                for rr in range(r + 1, r + span_rows):
                    for cc in range(col, col + cell.span):
                        self._occupied.add((rr, cc))
            row.extend([""] * (cell.span - 1))
            col += cell.span
        while col < len(self.widths):
            row.append("")
            col += 1
        if len(row) != len(self.widths):
            raise ValueError(f"row {r} has {len(row)} cells for {len(self.widths)} columns")
        self.rows.append(row)
        self.heights.append(height)

    def long(self, label: str, text: object, *, label_span: int = 1, min_height: float | None = None) -> None:
        """A label and a value across the rest of the row, cut into parts when very long."""
        value_span = len(self.widths) - label_span
        width = sum(self.widths[label_span:]) - 2 * PADDING
        style = self.styles.cell
        paragraph = Paragraph(markup(show(text), style.fontName, self.fonts), style)
        parts = split_paragraph(paragraph, width, LONG_CHUNK)
        for index, part in enumerate(parts):
            r = len(self.rows)
            self.rows.append([self._para(label if index == 0 else f"{label}（续）", label=True)]
                             + [""] * (label_span - 1) + [part] + [""] * (value_span - 1))
            self.heights.append(min_height if index == 0 and len(parts) == 1 else None)
            self.commands.append(("BACKGROUND", (0, r), (label_span - 1, r), LABEL_FILL))
            if label_span > 1:
                self.commands.append(("SPAN", (0, r), (label_span - 1, r)))
            if value_span > 1:
                self.commands.append(("SPAN", (label_span, r), (len(self.widths) - 1, r)))

    def table(self, header_rows: int = 0) -> Table:
        heights = [h if h is not None else None for h in self.heights]
        table = Table(self.rows, colWidths=self.widths, rowHeights=_min_heights(self, heights),
                      repeatRows=header_rows, style=form_grid_style(self.commands, font=self.fonts.song))
        return table


def _min_heights(grid: FormGrid, heights: list[float | None]) -> list[float | None]:
    """ReportLab takes fixed heights or None (fit content); a row that must be at least so tall
    for handwriting gets the larger of its content height and the minimum."""
    out: list[float | None] = []
    for r, row in enumerate(grid.rows):
        wanted = heights[r] or grid.min_row
        tallest = 0.0
        col = 0
        for col, cell in enumerate(row):
            if isinstance(cell, Paragraph):
                span_w = _span_width(grid, r, col)
                _, h = cell.wrap(span_w - 2 * PADDING, 10_000)
                tallest = max(tallest, h + 2.6 * mm)
            elif isinstance(cell, Flowable):
                _, h = cell.wrap(_span_width(grid, r, col), 10_000)
                tallest = max(tallest, min(h + 2.6 * mm, wanted))
        out.append(max(wanted, tallest))
    return out


def _span_width(grid: FormGrid, r: int, c: int) -> float:
    for command in grid.commands:
        if command[0] == "SPAN" and command[1] == (c, r):
            return sum(grid.widths[c : command[2][0] + 1])
    return grid.widths[c]


def split_paragraph(paragraph: Paragraph, width: float, max_height: float) -> list[Paragraph]:
    """Cut a paragraph at line boundaries into parts no taller than max_height."""
    parts: list[Paragraph] = []
    current = paragraph
    while True:
        _, height = current.wrap(width, max_height)
        if height <= max_height:
            parts.append(current)
            return parts
        pieces = current.split(width, max_height)
        if len(pieces) < 2:
            parts.append(current)
            return parts
        parts.append(pieces[0])
        current = pieces[1]


def signature_row(labels: list[str], fonts: FontSet, styles: DocStyles, width: float = 180 * mm) -> Table:
    """Places to sign and date under a form: one column per signer, room for the pen."""
    cells = [Paragraph(markup(text, fonts.song, fonts), styles.cell) for text in labels]
    dates = [Paragraph("年　　月　　日", styles.cell_right) for _ in labels]
    table = Table([cells, dates], colWidths=[width / len(labels)] * len(labels), rowHeights=[14 * mm, 8 * mm])
    table.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), fonts.song)])
    return table
