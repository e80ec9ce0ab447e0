"""签领表 / 发放花名册 (DESIGN §2.3, §4): the sheet people sign when they receive aid.

Columns 序号, 姓名, 身份证号 (masked unless the user may see it), 单位, 类别, 金额 or goods, 签字
(empty, tall enough to sign), 备注. Every page repeats the header and ends with its own subtotal
in figures and in Chinese capitals; the last page adds the grand total; every page has the
经办人 / 审核人 / 盖章 line and "第 x 页 共 y 页".

Rows have one fixed height (room for a signature), so the rows of each page — and therefore
each page's subtotal — are known before drawing; long names and units shrink or wrap to two
lines inside their cell instead of growing the row.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from reportlab.lib import colors
from reportlab.lib.units import mm

from unionapp.domain.masking import mask_id_number
from unionapp.domain.money import to_chinese_capital
from unionapp.printing.boxes import draw_fitted, fit
from unionapp.printing.fonts import FontSet, load_fonts, missing_characters
from unionapp.printing.styles import A4_PORTRAIT, LABEL_FILL, draw_page_number, new_canvas
from unionapp.services import audit
from unionapp.services.rights import Actor, Right

MARGIN_X = 15 * mm
MARGIN_TOP = 12 * mm
MARGIN_BOTTOM = 14 * mm  # the page number sits in here
TITLE_H = 13 * mm
INFO_H = 7 * mm
HEADER_H = 9 * mm
ROW_H = 11 * mm  # a signature needs about a centimetre
TOTAL_H = 9 * mm
FOOTER_H = 16 * mm
PAD = 1.2 * mm
CELL_SIZE = 9.5
# 序号, 姓名, 身份证号, 单位, 类别, 金额/物品, 签字, 备注 (mm, together 180 = A4 less margins)
WIDTHS = [10, 18, 38, 36, 16, 22, 24, 16]


@dataclass(frozen=True)
class RosterRow:
    name: str
    id_number: str = ""  # full; masked when printed for a user without 查看敏感信息
    unit: str = ""
    category: str = ""
    amount: Decimal | None = None
    goods: str = ""
    remark: str = ""


@dataclass(frozen=True)
class Roster:
    title: str  # "2026年春节送温暖困难职工慰问金签领表"
    rows: tuple[RosterRow, ...]
    issuer: str = ""  # 发放单位
    issued_on: date | None = None
    note: str = ""  # 资金来源 or anything the campaign wants on the sheet


@dataclass(frozen=True)
class RosterResult:
    pages: int
    people: int
    page_totals: tuple[Decimal, ...]
    grand_total: Decimal
    grand_total_capital: str
    masked: bool
    missing: str


def _amount_text(value: Decimal) -> str:
    return f"{value:,.2f}"


def rows_per_page() -> int:
    usable = A4_PORTRAIT[1] - MARGIN_TOP - MARGIN_BOTTOM - TITLE_H - INFO_H - HEADER_H - 2 * TOTAL_H - FOOTER_H
    return int(usable // ROW_H)


def page_slices(count: int, per_page: int) -> list[range]:
    if count == 0:
        return [range(0, 0)]
    return [range(start, min(start + per_page, count)) for start in range(0, count, per_page)]


def render_roster(out, roster: Roster, *, full_ids: bool, fonts: FontSet | None = None) -> RosterResult:
    """Draw the roster into `out` (path or binary file). `full_ids` prints ID numbers unmasked:
    the caller decides by the user's right and audits (print_roster does both)."""
    fonts = fonts or load_fonts()
    rows = roster.rows
    per_page = rows_per_page()
    slices = page_slices(len(rows), per_page)
    has_money = any(r.amount is not None for r in rows) or not any(r.goods for r in rows)
    has_goods = any(r.goods for r in rows)
    value_head = "金额（元）" if not has_goods else ("发放物品" if not has_money else "金额（元）/物品")
    heads = ["序号", "姓名", "身份证号", "单位", "类别", value_head, "签  字", "备注"]
    xs = [MARGIN_X]
    for w in WIDTHS:
        xs.append(xs[-1] + w * mm)

    c = new_canvas(out, A4_PORTRAIT, fonts, roster.title)
    page_h = A4_PORTRAIT[1]
    grand = Decimal(0)
    page_totals: list[Decimal] = []
    for page_no, span in enumerate(slices, start=1):
        top = page_h - MARGIN_TOP
        _text(c, fonts, roster.title, fonts.hei, 16, MARGIN_X, top, xs[-1] - MARGIN_X, TITLE_H, "center")
        top -= TITLE_H
        left_info = f"发放单位：{roster.issuer}" if roster.issuer else ""
        if roster.note:
            left_info += ("　　" if left_info else "") + roster.note
        right_info = f"发放日期：{roster.issued_on.year}年{roster.issued_on.month}月{roster.issued_on.day}日" \
            if roster.issued_on else ""
        _text(c, fonts, left_info, fonts.song, 10, MARGIN_X, top, 120 * mm, INFO_H, "left")
        _text(c, fonts, right_info, fonts.song, 10, xs[-1] - 60 * mm, top, 60 * mm, INFO_H, "right")
        top -= INFO_H
        table_top = top
        # header
        c.setFillColor(LABEL_FILL)
        c.rect(xs[0], top - HEADER_H, xs[-1] - xs[0], HEADER_H, stroke=0, fill=1)
        c.setFillColor(colors.black)
        for i, head in enumerate(heads):
            _text(c, fonts, head, fonts.hei, 10, xs[i], top, xs[i + 1] - xs[i], HEADER_H, "center")
        top -= HEADER_H
        subtotal = Decimal(0)
        for index in span:
            row = rows[index]
            amount = row.amount if row.amount is not None else None
            subtotal += amount or 0
            if row.goods and amount is not None:
                value, value_align = f"{row.goods} {_amount_text(amount)}", "center"
            elif row.goods:
                value, value_align = row.goods, "center"
            else:
                value, value_align = ("" if amount is None else _amount_text(amount)), "right"
            ident = row.id_number if full_ids else mask_id_number(row.id_number)
            cells = [(str(index + 1), "center"), (row.name, "center"), (ident, "center"), (row.unit, "left"),
                     (row.category, "center"), (value, value_align), ("", "center"), (row.remark, "left")]
            for i, (text, align) in enumerate(cells):
                if text:
                    _cell(c, fonts, text, xs[i], top, xs[i + 1] - xs[i], ROW_H, align)
            top -= ROW_H
        if not rows:
            _text(c, fonts, "（无发放记录）", fonts.song, 10, xs[0], top, xs[-1] - xs[0], ROW_H, "center")
            top -= ROW_H
        body_bottom = top
        page_totals.append(subtotal)
        grand += subtotal
        top = _total_row(c, fonts, xs, top, f"本页小计（{len(span)} 人）", subtotal, has_money)
        last = page_no == len(slices)
        if last:
            top = _total_row(c, fonts, xs, top, f"合　　计（{len(rows)} 人）", grand, has_money)
        _grid(c, xs, table_top, body_bottom, top, len(span) or 1)
        _footer(c, fonts, xs, top - 4 * mm)
        if len(slices) > 1:
            draw_page_number(c, fonts, page_no, len(slices), bottom=MARGIN_BOTTOM / 2)
        c.showPage()
    c.save()
    text = "".join(r.name + r.unit + r.category + r.goods + r.remark for r in rows) + roster.title
    return RosterResult(len(slices), len(rows), tuple(page_totals), grand, to_chinese_capital(grand), not full_ids,
                        missing_characters(text, fonts))


def print_roster(session, actor: Actor, roster: Roster, out, *, fonts: FontSet | None = None) -> RosterResult:
    """The roster as this user may print it: full ID numbers only with 查看敏感信息, and such a
    print is written to the audit log (DESIGN §3)."""
    actor.require(Right.PRINT)
    full = actor.sees_sensitive
    result = render_roster(out, roster, full_ids=full, fonts=fonts)
    if full and any(r.id_number for r in roster.rows):
        audit.record(session, actor, "print", "roster", None,
                     f"打印签领表（含完整身份证号）：{roster.title}，{result.people} 人")
    return result


def _text(c, fonts: FontSet, text: str, font: str, size: float, left: float, top: float, width: float,
          height: float, align: str) -> None:
    if text:
        c.setFillColor(colors.black)
        draw_fitted(c, fit(text, font, size, 6, width - 2 * PAD, height, 1, fonts), font, fonts,
                    left + PAD, top, width - 2 * PAD, height, align)


def _cell(c, fonts: FontSet, text: str, left: float, top: float, width: float, height: float, align: str) -> None:
    """Up to three lines, shrinking (never below legibility unless the text could not fit at all)."""
    fitted = fit(text, fonts.song, CELL_SIZE, 6.5, width - 2 * PAD, height - 2 * PAD, 3, fonts)
    draw_fitted(c, fitted, fonts.song, fonts, left + PAD, top - PAD, width - 2 * PAD, height - 2 * PAD, align)


def _total_row(c, fonts: FontSet, xs: list[float], top: float, label: str, amount: Decimal, money: bool) -> float:
    c.setFillColor(LABEL_FILL)
    c.rect(xs[0], top - TOTAL_H, xs[-1] - xs[0], TOTAL_H, stroke=0, fill=1)
    _text(c, fonts, label, fonts.hei, 10, xs[0], top, xs[2] - xs[0], TOTAL_H, "center")
    if money:
        _text(c, fonts, f"人民币（大写）{to_chinese_capital(amount)}", fonts.song, 10, xs[2], top, xs[5] - xs[2],
              TOTAL_H, "left")
        _text(c, fonts, _amount_text(amount), fonts.hei, 10, xs[5], top, xs[6] - xs[5], TOTAL_H, "right")
    return top - TOTAL_H


def _grid(c, xs: list[float], table_top: float, body_bottom: float, bottom: float, body_rows: int) -> None:
    """Ruled lines: every row, every column in the body, the total rows split as drawn."""
    c.setStrokeColor(colors.black)
    c.setLineWidth(0.6)
    y = table_top - HEADER_H
    c.line(xs[0], y, xs[-1], y)
    for _ in range(body_rows):
        y -= ROW_H
        c.line(xs[0], y, xs[-1], y)
    y = body_bottom
    while y - TOTAL_H >= bottom - 0.01:
        y -= TOTAL_H
        c.line(xs[0], y, xs[-1], y)
    for x in xs[1:-1]:
        c.line(x, table_top, x, body_bottom)
    for x in (xs[2], xs[5], xs[6]):  # total rows: label | capital | figure | blank
        c.line(x, body_bottom, x, bottom)
    c.setLineWidth(1.4)
    c.rect(xs[0], bottom, xs[-1] - xs[0], table_top - bottom, stroke=1, fill=0)


def _footer(c, fonts: FontSet, xs: list[float], top: float) -> None:
    width = (xs[-1] - xs[0]) / 3
    for i, label in enumerate(("经办人：", "审核人：", "发放单位（盖章）：")):
        _text(c, fonts, label, fonts.song, 10.5, xs[0] + i * width, top, width, 8 * mm, "left")
