"""Shared page furniture for every document: paragraph styles in the CJK fonts, the bordered
table style of the paper forms clerks know, and "第 x 页 共 y 页" on every multi-page document."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate

from unionapp import __version__
from unionapp.printing.fonts import FontSet, draw_text

# ReportLab wraps every compressed stream in ASCII85 by default, a 7-bit-mail-era encoding that
# makes the file 25 % larger and, without the optional C accelerator, costs a quarter of the time
# of a card batch in pure Python. Every PDF reader and printer driver takes binary streams.
rl_config.useA85 = 0

A4_PORTRAIT = A4
A4_LANDSCAPE = (A4[1], A4[0])
MARGIN = 15 * mm
PAGE_NUMBER_SIZE = 9
PAGE_NUMBER_BOTTOM = 8 * mm

LABEL_FILL = colors.HexColor("#f2f2f2")
GRID_COLOR = colors.black
RED = colors.HexColor("#c8161d")


def page_number_text(page: int, total: int) -> str:
    return f"第 {page} 页 共 {total} 页"


def draw_page_number(canvas: Canvas, fonts: FontSet, page: int, total: int,
                     bottom: float = PAGE_NUMBER_BOTTOM) -> None:
    """Centred at the foot of the page; callers that know the page count draw it directly."""
    width = canvas._pagesize[0]
    canvas.saveState()
    canvas.setFillColor(colors.black)
    draw_text(canvas, width / 2, bottom, page_number_text(page, total), fonts.song, PAGE_NUMBER_SIZE, fonts,
              align="center")
    canvas.restoreState()


def numbered_canvas(fonts: FontSet, *, single_page_too: bool = False, bottom: float = PAGE_NUMBER_BOTTOM):
    """A canvasmaker that holds the pages back until the end, when the total is known, and then
    writes "第 x 页 共 y 页" on each. One-page documents stay unnumbered unless asked (DESIGN §4:
    numbers where a document has more than one page)."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            kwargs["initialFontName"] = fonts.song  # no unused, unembedded Helvetica in the resources
            super().__init__(*args, **kwargs)
            self._held_pages: list[dict] = []

        def showPage(self):  # noqa: N802 - ReportLab's name
            self._held_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._held_pages)
            for state in self._held_pages:
                self.__dict__.update(state)
                if total > 1 or single_page_too:
                    draw_page_number(self, fonts, self._pageNumber, total, bottom)
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


def document(out, *, pagesize=A4_PORTRAIT, title: str, margins: tuple[float, float, float, float] | None = None,
             **kwargs) -> SimpleDocTemplate:
    """A SimpleDocTemplate with the PDF metadata every document carries. margins: top, right, bottom, left."""
    top, right, bottom, left = margins or (MARGIN, MARGIN, MARGIN + 4 * mm, MARGIN)
    return SimpleDocTemplate(
        out, pagesize=pagesize, title=title, author="县级工会业务管理系统", creator=f"unionapp {__version__}",
        topMargin=top, rightMargin=right, bottomMargin=bottom, leftMargin=left, **kwargs,
    )


def new_canvas(out, pagesize, fonts: FontSet, title: str) -> Canvas:
    """A canvas whose only font is ours: ReportLab's default Helvetica would otherwise sit in
    every page's resources, unembedded, though nothing is written in it."""
    canvas = Canvas(out, pagesize=pagesize, initialFontName=fonts.song)
    set_metadata(canvas, title)
    return canvas


def set_metadata(canvas: Canvas, title: str) -> None:
    canvas.setTitle(title)
    canvas.setAuthor("县级工会业务管理系统")
    canvas.setCreator(f"unionapp {__version__}")


@dataclass(frozen=True)
class DocStyles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    body: ParagraphStyle
    cell: ParagraphStyle
    cell_center: ParagraphStyle
    cell_right: ParagraphStyle
    label: ParagraphStyle
    small: ParagraphStyle


def doc_styles(fonts: FontSet, *, cell_size: float = 10) -> DocStyles:
    """Paragraph styles; wordWrap CJK lets Chinese break between any two characters."""

    def style(name, font, size, leading=None, align=TA_LEFT, **kw) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.35,
                              alignment=align, wordWrap="CJK", **kw)

    return DocStyles(
        title=style("title", fonts.hei, 18, 24, TA_CENTER, spaceAfter=2 * mm),
        subtitle=style("subtitle", fonts.song, 10.5, 14, TA_CENTER, spaceAfter=3 * mm),
        body=style("body", fonts.song, 10.5, 15),
        cell=style("cell", fonts.song, cell_size),
        cell_center=style("cell_center", fonts.song, cell_size, align=TA_CENTER),
        cell_right=style("cell_right", fonts.song, cell_size, align=TA_RIGHT),
        label=style("label", fonts.hei, cell_size, align=TA_CENTER),
        small=style("small", fonts.song, 8.5, 11),
    )


def form_grid_style(extra: list | None = None, *, font: str) -> list:
    """The ruled look of the paper forms: a heavier outer frame, thin inner lines, padding.
    `font` is set on every cell: a Table draws even its empty cells in its font, which would
    otherwise be ReportLab's unembedded Helvetica."""
    return [
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("GRID", (0, 0), (-1, -1), 0.6, GRID_COLOR),
        ("BOX", (0, 0), (-1, -1), 1.4, GRID_COLOR),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 1.6 * mm),
        ("RIGHTPADDING", (0, 0), (-1, -1), 1.6 * mm),
        ("TOPPADDING", (0, 0), (-1, -1), 1.2 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.4 * mm),
        *(extra or []),
    ]
