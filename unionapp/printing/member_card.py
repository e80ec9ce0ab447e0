"""Member cards (DESIGN §4): CR80 85.6 × 54 mm single cards for card printers and A4 sheets of
ten for perforated stock, laid out by a template in resources/cards (see card_layout).

Built for batches of 20,000 (DESIGN §9): everything that is the same on every card (frame,
bands, labels, the photo placeholder, the QR's white field) is drawn once into a PDF form and
reused; per card only the fields, the photo and the QR are drawn. Each QR is one path of
run-length rectangles in module units, never a rectangle operator per module, and segno is
given a fixed mask (a valid choice for any decoder; scoring all eight masks costs 5× the time).
A JPEG photo goes into the PDF as it is, without decoding.

CR80 pages are the cards themselves, so they carry no page number; A4 sheets carry
"第 x 页 共 y 页" in the bottom margin, outside every card.
"""

from __future__ import annotations

import hashlib
import io
import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

import segno
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfdoc, pdfutils
from reportlab.pdfgen.canvas import Canvas

from unionapp.printing.boxes import ASCENT, draw_element, draw_fitted, fit
from unionapp.printing.card_layout import CardLayout, Element, Side, format_date
from unionapp.printing.fonts import FontSet, draw_text, missing_characters, runs
from unionapp.printing.styles import draw_page_number, new_canvas
from unionapp.services.cards import CardFace

log = logging.getLogger(__name__)

QR_ERROR = "m"  # 15 % recovery: survives a scuffed card; 12 digits still fit version 1 (21 × 21)
QR_MASK = 2  # any fixed mask decodes; a fixed one saves scoring all eight per code
_DARK_RUN = re.compile(rb"\x01+")
Progress = Callable[[int, int], bool]


@dataclass(frozen=True)
class MissingGlyphs:
    member_no: str
    name: str
    characters: str


@dataclass(frozen=True)
class CardRun:
    cards: int
    pages: int
    cancelled: bool = False
    missing: tuple[MissingGlyphs, ...] = ()


def qr_matrix(payload: str):
    """The QR modules of one payload as rows of 0/1 bytes."""
    return segno.make_qr(payload, error=QR_ERROR, mask=QR_MASK, boost_error=False).matrix


def qr_path_operators(matrix) -> str:
    """PDF path operators for the dark modules, in module units with row 0 at the top: each
    horizontal run of dark modules is one `re`, all filled by one `f`."""
    n = len(matrix)
    ops = []
    append = ops.append
    for r, row in enumerate(matrix):
        y = n - 1 - r
        for run in _DARK_RUN.finditer(row):
            start = run.start()
            append(f"{start} {y} {run.end() - start} 1 re")
    append("f")
    return "\n".join(ops)


def _color(value: str | None):
    return colors.HexColor(value) if value else None


class _SidePainter:
    """Draws one side of the card: a static form once, the dynamic fields per card."""

    def __init__(self, canvas: Canvas, layout: CardLayout, side: Side, fonts: FontSet, tag: str, outline: bool):
        self.c = canvas
        self.fonts = fonts
        self.layout = layout
        self.w, self.h = layout.width * mm, layout.height * mm
        self.form = f"card_{tag}"
        self.placeholder = f"card_{tag}_photo"
        self.dynamic = [e for e in side.elements if e.dynamic]
        self._define_static(side, outline)
        self._compile()

    # --- once per document ----------------------------------------------------------------
    def _define_static(self, side: Side, outline: bool) -> None:
        c = self.c
        c.beginForm(self.form, 0, 0, self.w, self.h)
        radius = self.layout.corner_radius * mm
        if side.background:
            c.setFillColor(_color(side.background))
            c.roundRect(0, 0, self.w, self.h, radius, stroke=0, fill=1)
        for element in side.elements:
            if not element.dynamic:
                self._draw_static(element)
            elif element.kind == "qr":
                x, top, w, h = self._box(element)
                c.setFillColor(colors.white)
                c.rect(x, top - h, w, h, stroke=0, fill=1)
        if outline:
            c.setStrokeColor(colors.HexColor("#b0b0b0"))
            c.setLineWidth(0.25)
            c.roundRect(0, 0, self.w, self.h, radius, stroke=1, fill=0)
        c.endForm()
        photo = next((e for e in side.elements if e.kind == "photo"), None)
        if photo is not None:
            self._define_placeholder(photo)

    def _box(self, e: Element) -> tuple[float, float, float, float]:
        """left, top (PDF coordinates, points), width, height of an element."""
        return e.x * mm, self.h - e.y * mm, e.width * mm, e.height * mm

    def _draw_static(self, e: Element) -> None:
        draw_element(self.c, e, self.fonts, self.h)

    def _define_placeholder(self, e: Element) -> None:
        """A neat grey silhouette with 照片 where a member has no photo yet."""
        c = self.c
        w, h = e.width * mm, e.height * mm
        c.beginForm(self.placeholder, 0, 0, w, h)
        c.setFillColor(colors.HexColor("#eef0f3"))
        c.setStrokeColor(colors.HexColor("#9aa3ad"))
        c.setLineWidth(0.3)
        c.rect(0, 0, w, h, stroke=1, fill=1)
        c.setFillColor(colors.HexColor("#c3c9d1"))
        c.circle(w / 2, h * 0.62, min(w, h) * 0.2, stroke=0, fill=1)
        c.ellipse(w * 0.18, -h * 0.12, w * 0.82, h * 0.42, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#6b7480"))
        draw_text(c, w / 2, h * 0.05 + 1, "照片", self.fonts.song, max(min(w, h) * 0.16, 4), self.fonts, "center")
        c.endForm()

    def _compile(self) -> None:
        """Per dynamic element, what draw() needs, worked out once."""
        self.texts = []
        self.photo = None
        self.qrs = []
        for e in self.dynamic:
            x, top, w, h = self._box(e)
            if e.kind == "text":
                font = self.fonts.role(e.font)
                self.texts.append((e, x, top, w, h, font, _color(e.color)))
            elif e.kind == "photo":
                self.photo = (x, top - h, w, h)
            elif e.kind == "qr":
                self.qrs.append((x, top - h, w, e.quiet_zone))

    # --- per card ---------------------------------------------------------------------------
    def draw(self, x0: float, y0: float, values: dict[str, str], face: CardFace) -> None:
        c = self.c
        c.saveState()
        c.translate(x0, y0)
        c.doForm(self.form)
        for e, x, top, w, h, font, color in self.texts:
            text = e.text.format_map(values)
            c.setFillColor(color)
            if e.max_lines == 1:
                self._draw_line(text, font, e, x, top, w, h)
            else:
                draw_fitted(c, fit(text, font, e.size, e.min_size, w, h, e.max_lines, self.fonts),
                            font, self.fonts, x, top, w, h, e.align, e.valign)
        if self.photo is not None:
            self._draw_photo(face.photo)
        for x, y, side, quiet in self.qrs:
            self._draw_qr(face.member_no, x, y, side, quiet)
        c.restoreState()

    def _draw_line(self, text: str, font: str, e: Element, x: float, top: float, w: float, h: float) -> None:
        """One line, shrunk to the box width when too long: the fast path for card fields."""
        if not text:
            return
        parts = runs(text, font, self.fonts)
        unit = sum(self.c.stringWidth(chunk, name, 1.0) for chunk, name in parts)
        size = min(e.size, h)
        if unit * size > w:
            size = w / unit
        width = unit * size
        if e.align == "center":
            x += (w - width) / 2
        elif e.align == "right":
            x += w - width
        if e.valign == "top":
            y = top - ASCENT * size
        elif e.valign == "bottom":
            y = top - h + (1 - ASCENT) * size
        else:
            y = top - (h - size) / 2 - ASCENT * size
        c = self.c
        for chunk, name in parts:
            c.setFont(name, size)
            c.drawString(x, y, chunk)
            if len(parts) > 1:
                x += c.stringWidth(chunk, name, size)

    def _draw_photo(self, photo: bytes | None) -> None:
        x, y, w, h = self.photo
        c = self.c
        if photo:
            try:
                _draw_picture(c, photo, x, y, w, h)
                return
            except Exception as exc:  # noqa: BLE001 - a damaged photo prints the placeholder instead
                log.warning("photo not printable: %s", exc)
        c.saveState()
        c.translate(x, y)
        c.doForm(self.placeholder)
        c.restoreState()

    def _draw_qr(self, payload: str, x: float, y: float, side: float, quiet: int) -> None:
        matrix = qr_matrix(payload)
        n = len(matrix)
        module = side / (n + 2 * quiet)
        c = self.c
        c.saveState()
        c.setFillColor(colors.black)
        c.transform(module, 0, 0, module, x + quiet * module, y + quiet * module)
        c.addLiteral(qr_path_operators(matrix))
        c.restoreState()


def _draw_picture(c: Canvas, data: bytes, x: float, y: float, w: float, h: float) -> None:
    """A photo centred in its box, aspect kept. JPEG bytes are embedded as they are (no decoding,
    no re-encoding); other formats go through ReportLab's reader."""
    if data[:2] == b"\xff\xd8":
        name = hashlib.md5(data, usedforsecurity=False).hexdigest()
        reg = c._doc.getXObjectName(name)
        obj = c._doc.idToObject.get(reg)
        if obj is None:
            info = pdfutils.readJPEGInfo(io.BytesIO(data))
            obj = pdfdoc.PDFImageXObject(name)
            obj.width, obj.height, obj.bitsPerComponent = info[0], info[1], 8
            obj.colorSpace = {1: "DeviceGray", 3: "DeviceRGB"}.get(info[2], "DeviceCMYK")
            obj.streamContent, obj._filters, obj.mask = data, ("DCTDecode",), None
            if info[2] == 4:
                obj._dotrans = 1
            c._doc.Reference(obj, reg)
            c._doc.addForm(name, obj)
        iw, ih = obj.width, obj.height
        scale = min(w / iw, h / ih)
        dw, dh = iw * scale, ih * scale
        c.saveState()
        c.translate(x + (w - dw) / 2, y + (h - dh) / 2)
        c.scale(dw, dh)
        c._code.append(f"/{reg} Do")
        c._formsinuse.append(name)
        c._currentPageHasImages = 1
        c.restoreState()
        return
    c.drawImage(ImageReader(io.BytesIO(data)), x, y, w, h, preserveAspectRatio=True, mask="auto")


def card_values(face: CardFace, issued_on: date, date_format: str) -> dict[str, str]:
    return {
        "union_name": face.union_name,
        "name": face.name,
        "member_no": face.member_no,
        "org_name": face.org_name,
        "joined_on": format_date(face.joined_on, date_format),
        "issued_on": format_date(issued_on, date_format),
        "card_no": face.card_no or "",
    }


def page_count(layout: CardLayout, cards: int, back: bool) -> int:
    sides = 2 if back and layout.back is not None else 1
    if layout.sheet is None:
        return cards * sides
    return -(-cards // layout.sheet.per_page) * sides


def render_cards(
    out,
    cards: Iterable[CardFace],
    *,
    layout: CardLayout,
    fonts: FontSet,
    issued_on: date,
    total: int,
    back: bool = False,
    offset_mm: tuple[float, float] = (0.0, 0.0),
    progress: Progress | None = None,
    title: str = "会员卡",
) -> CardRun:
    """Write the cards to `out` (a path or binary file). `total` is the number of cards (for page
    numbers and progress). `offset_mm` shifts everything right/down to calibrate a printer.
    When `progress` returns False the run stops and nothing is written (cancelled=True)."""
    sheet = layout.sheet
    page_size = (sheet.page_width * mm, sheet.page_height * mm) if sheet else (layout.width * mm, layout.height * mm)
    c = new_canvas(out, page_size, fonts, title)
    with_back = back and layout.back is not None
    front = _SidePainter(c, layout, layout.front, fonts, "front", bool(sheet and sheet.outline))
    rear = _SidePainter(c, layout, layout.back, fonts, "back", bool(sheet and sheet.outline)) if with_back else None
    pages = page_count(layout, total, back)
    state = _RunState(c, layout, fonts, offset_mm, pages)
    done = 0
    missing: list[MissingGlyphs] = []
    pending: list[tuple[CardFace, dict[str, str]]] = []
    per_page = sheet.per_page if sheet else 1
    for face in cards:
        values = card_values(face, issued_on, layout.date_format)
        lacking = _lacking(face, fonts)
        if lacking:
            missing.append(MissingGlyphs(face.member_no, face.name, lacking))
        pending.append((face, values))
        if len(pending) == per_page:
            state.emit(pending, front, rear)
            pending = []
        done += 1
        if progress is not None and (done % 100 == 0 or done == total) and progress(done, total) is False:
            return CardRun(done, state.page_no, cancelled=True, missing=tuple(missing))
    if pending:
        state.emit(pending, front, rear)
    if progress is not None and done % 100 and done != total:
        progress(done, max(total, done))
    if state.page_no == 0:
        state.blank_page()
    c.save()
    return CardRun(done, state.page_no, missing=tuple(missing))


def _lacking(face: CardFace, fonts: FontSet) -> str:
    text = face.name + face.org_name
    return missing_characters(text, fonts, "hei") if text else ""


class _RunState:
    """Places cards on pages and numbers the pages."""

    def __init__(self, c: Canvas, layout: CardLayout, fonts: FontSet, offset_mm: tuple[float, float], pages: int):
        self.c, self.layout, self.fonts, self.pages = c, layout, fonts, pages
        self.dx, self.dy = offset_mm[0] * mm, -offset_mm[1] * mm
        self.page_no = 0
        self.marks_defined = False

    def emit(self, batch: list[tuple[CardFace, dict[str, str]]], front: _SidePainter, rear: _SidePainter | None):
        self._page(batch, front, mirrored=False)
        if rear is not None:
            self._page(batch, rear, mirrored=True)

    def _page(self, batch, painter: _SidePainter, mirrored: bool) -> None:
        c, layout, sheet = self.c, self.layout, self.layout.sheet
        self.page_no += 1
        c.saveState()
        c.translate(self.dx, self.dy)
        if sheet is None:
            face, values = batch[0]
            painter.draw(0, 0, values, face)
        else:
            page_h = sheet.page_height * mm
            if sheet.cut_marks:
                self._cut_marks()
            for index, (face, values) in enumerate(batch):
                row, col = divmod(index, sheet.columns)
                if mirrored:  # the back of a sheet is turned over its long edge: columns swap
                    col = sheet.columns - 1 - col
                x = (sheet.left + col * (layout.width + sheet.gap_x)) * mm
                y = page_h - (sheet.top + row * (layout.height + sheet.gap_y) + layout.height) * mm
                painter.draw(x, y, values, face)
            used = sheet.top + sheet.rows * layout.height + (sheet.rows - 1) * sheet.gap_y
            margin = sheet.page_height - used
            draw_page_number(c, self.fonts, self.page_no, self.pages, bottom=min(margin * 0.4, 5) * mm)
        c.restoreState()
        c.showPage()

    def _cut_marks(self) -> None:
        """Short marks in the margins where the card edges fall, for stock that is not perforated."""
        c, layout, sheet = self.c, self.layout, self.layout.sheet
        if not self.marks_defined:
            page_w, page_h = sheet.page_width * mm, sheet.page_height * mm
            c.beginForm("card_sheet_marks", 0, 0, page_w, page_h)
            c.setStrokeColor(colors.HexColor("#808080"))
            c.setLineWidth(0.25)
            length = 3 * mm
            xs = sorted({sheet.left + col * (layout.width + sheet.gap_x) + edge
                         for col in range(sheet.columns) for edge in (0, layout.width)})
            ys = sorted({sheet.top + row * (layout.height + sheet.gap_y) + edge
                         for row in range(sheet.rows) for edge in (0, layout.height)})
            top_edge, bottom_edge = ys[0] * mm, ys[-1] * mm
            left_edge, right_edge = xs[0] * mm, xs[-1] * mm
            for x in xs:
                c.line(x * mm, page_h - top_edge + 1 * mm, x * mm, page_h - top_edge + 1 * mm + length)
                c.line(x * mm, page_h - bottom_edge - 1 * mm, x * mm, page_h - bottom_edge - 1 * mm - length)
            for y in ys:
                c.line(left_edge - 1 * mm, page_h - y * mm, left_edge - 1 * mm - length, page_h - y * mm)
                c.line(right_edge + 1 * mm, page_h - y * mm, right_edge + 1 * mm + length, page_h - y * mm)
            c.endForm()
            self.marks_defined = True
        c.doForm("card_sheet_marks")

    def blank_page(self) -> None:
        self.c.showPage()
        self.page_no = 1
