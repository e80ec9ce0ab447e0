"""Printer calibration test page (DESIGN §4): rulers along the edges and crosshairs at known
millimetre positions, on the page size of a card layout or a certificate. The clerk prints it,
measures where the crosshairs landed, and enters the difference as the printer's X/Y offset
(right and down are positive). Printed with the current offsets, it shows what is left to fix."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from unionapp.printing.boxes import draw_fitted, fit
from unionapp.printing.fonts import FontSet, draw_text
from unionapp.printing.styles import new_canvas

TICK_COLOR = colors.HexColor("#333333")
CROSS_COLOR = colors.HexColor("#c8161d")


def crosshair_positions(width_mm: float, height_mm: float) -> list[tuple[float, float]]:
    """Known points (mm from the top-left corner): 10 mm in from each corner and the centre."""
    inset = 10.0 if min(width_mm, height_mm) > 40 else 5.0
    return [(inset, inset), (width_mm - inset, inset), (inset, height_mm - inset),
            (width_mm - inset, height_mm - inset), (round(width_mm / 2, 1), round(height_mm / 2, 1))]


def render_calibration(out, *, width_mm: float, height_mm: float, fonts: FontSet, title: str,
                       offset_mm: tuple[float, float] = (0.0, 0.0),
                       card_slots: list[tuple[float, float, float, float]] | None = None) -> list[tuple[float, float]]:
    """One page; returns the crosshair positions drawn (mm from the top-left, before offsets).
    `card_slots` (x, y, w, h in mm) outlines where cards fall on a sheet."""
    page_w, page_h = width_mm * mm, height_mm * mm
    c = new_canvas(out, (page_w, page_h), fonts, f"打印校准页 {title}")
    c.saveState()
    c.translate(offset_mm[0] * mm, -offset_mm[1] * mm)
    small = min(width_mm, height_mm) < 100
    _rulers(c, fonts, width_mm, height_mm, small)
    if card_slots:
        c.setStrokeColor(colors.HexColor("#9aa3ad"))
        c.setDash(2, 2)
        c.setLineWidth(0.4)
        for x, y, w, h in card_slots:
            c.rect(x * mm, page_h - (y + h) * mm, w * mm, h * mm, stroke=1, fill=0)
        c.setDash()
    size = 5.5 if small else 10
    lines = (
        f"打印校准页：{title}",
        "用直尺量出每个红色十字中心到纸张左边、上边的距离，与标注值比较。",
        "实际位置比标注值偏右（偏下）几毫米，就把横向（纵向）偏移减去几毫米；偏左（偏上）则加上。",
        f"本页已按偏移 横向 {offset_mm[0]:+.1f} 毫米、纵向 {offset_mm[1]:+.1f} 毫米 打印。",
    )
    # Below the centre crosshair, between the lower ones.
    box_w = (width_mm - 34) * mm
    box_h = (height_mm / 2 - 10) * mm if small else 40 * mm
    left = 17 * mm
    top = page_h / 2 - (4 if small else 28) * mm
    fitted = fit("\n".join(lines), fonts.song, size, 3, box_w, box_h, 8, fonts)
    # A white ground keeps the card outlines from running through the words.
    used = len(fitted.lines) * fitted.size * 1.25 + 1 * mm
    c.setFillColor(colors.white)
    c.rect(left - 1 * mm, top - used, box_w + 2 * mm, used + 1 * mm, stroke=0, fill=1)
    c.setFillColor(colors.black)
    draw_fitted(c, fitted, fonts.song, fonts, left, top, box_w, box_h, "left", "top")
    # The crosshairs go on top: nothing may hide what is to be measured.
    points = crosshair_positions(width_mm, height_mm)
    for x, y in points:
        _crosshair(c, fonts, x, y, page_h, small)
    c.restoreState()
    c.showPage()
    c.save()
    return points


def _rulers(c: Canvas, fonts: FontSet, width_mm: float, height_mm: float, small: bool) -> None:
    page_h = height_mm * mm
    c.setStrokeColor(TICK_COLOR)
    c.setFillColor(TICK_COLOR)
    label_size = 3.5 if small else 6
    for x in range(0, int(width_mm) + 1):
        length = 4 if x % 10 == 0 else 2.5 if x % 5 == 0 else 1.2
        c.setLineWidth(0.3 if x % 10 == 0 else 0.15)
        c.line(x * mm, page_h, x * mm, page_h - length * mm)
        if x % 10 == 0 and 0 < x < width_mm - 3:
            draw_text(c, x * mm, page_h - (length + 1) * mm - label_size, str(x), fonts.song, label_size, fonts, "center")
    for y in range(0, int(height_mm) + 1):
        length = 4 if y % 10 == 0 else 2.5 if y % 5 == 0 else 1.2
        c.setLineWidth(0.3 if y % 10 == 0 else 0.15)
        c.line(0, page_h - y * mm, length * mm, page_h - y * mm)
        if y % 10 == 0 and 0 < y < height_mm - 3:
            draw_text(c, (length + 0.8) * mm, page_h - y * mm - label_size * 0.35, str(y), fonts.song, label_size,
                      fonts)


def _crosshair(c: Canvas, fonts: FontSet, x_mm: float, y_mm: float, page_h: float, small: bool) -> None:
    x, y = x_mm * mm, page_h - y_mm * mm
    arm = (3 if small else 6) * mm
    c.setStrokeColor(CROSS_COLOR)
    c.setLineWidth(0.25)
    c.line(x - arm, y, x + arm, y)
    c.line(x, y - arm, x, y + arm)
    c.circle(x, y, arm * 0.45, stroke=1, fill=0)
    c.setFillColor(CROSS_COLOR)
    size = 3.5 if small else 6.5
    # Labels point inwards and away from the middle, so none runs off the paper or under the text.
    right_half = x > c._pagesize[0] / 2 + 1
    lower_half = y < c._pagesize[1] / 2 - 1
    label_y = y - arm * 0.55 - size if lower_half else y + arm * 0.55
    draw_text(c, x - arm * 0.6 if right_half else x + arm * 0.6, label_y, f"({x_mm:g}, {y_mm:g})",
              fonts.song, size, fonts, "right" if right_half else "left")


def render_layout_calibration(out, layout, *, fonts: FontSet,
                              offset_mm: tuple[float, float] = (0.0, 0.0)) -> list[tuple[float, float]]:
    """The calibration page for a card layout: the card itself (CR80) or the sheet with the
    card positions outlined (A4 of 10)."""
    sheet = layout.sheet
    if sheet is None:
        return render_calibration(out, width_mm=layout.width, height_mm=layout.height, fonts=fonts,
                                  title=layout.title, offset_mm=offset_mm)
    slots = [(sheet.left + col * (layout.width + sheet.gap_x), sheet.top + row * (layout.height + sheet.gap_y),
              layout.width, layout.height) for row in range(sheet.rows) for col in range(sheet.columns)]
    return render_calibration(out, width_mm=sheet.page_width, height_mm=sheet.page_height, fonts=fonts,
                              title=layout.title, offset_mm=offset_mm, card_slots=slots)
