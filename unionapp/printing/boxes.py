"""Text in a fixed box: shrink to fit, wrap Chinese between characters, never overflow. Cards and
certificates place every field in a box measured in mm; a long name or union name gets smaller
(and, where the template allows more lines, wraps) instead of running past the edge."""

from __future__ import annotations

import re
from dataclasses import dataclass

from unionapp.printing.fonts import FontSet, draw_text, text_width

ASCENT = 0.86  # of the em, where CJK glyphs sit above the baseline (visually centred boxes)
LEADING = 1.25
SMALLEST = 2.0  # points; below this nothing is legible, but it still stays inside the box

# Latin words and numbers stay whole; every CJK character is its own break opportunity.
_TOKENS = re.compile(r"[A-Za-z0-9.\-_/@]+|\s+|.", re.S)
_NO_LINE_START = set("，。、；：？！）》」』”’,.;:?!)%")


@dataclass(frozen=True)
class Fitted:
    size: float
    lines: tuple[str, ...]


def wrap(text: str, font: str, size: float, width: float, fonts: FontSet) -> list[str]:
    """Greedy line breaking; explicit newlines are kept."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for token in _TOKENS.findall(paragraph):
            candidate = line + token
            if not line or text_width(candidate, font, size, fonts) <= width or token[0] in _NO_LINE_START:
                line = candidate
                continue
            lines.append(line.rstrip())
            line = token.lstrip()
        lines.append(line.rstrip())
    return lines


def fit(text: str, font: str, size: float, min_size: float, width: float, height: float,
        max_lines: int, fonts: FontSet) -> Fitted:
    """The largest size ≤ `size` at which the text fits the box; below `min_size` only when the
    text cannot fit otherwise (overflowing would cut it, which is worse than small type)."""
    if not text:
        return Fitted(size, ())
    size = min(size, height)
    unit = text_width(text, font, 1.0, fonts)
    if "\n" not in text and unit * size <= width:
        return Fitted(size, (text,))
    if max_lines <= 1:
        flat = text.replace("\n", " ")
        return Fitted(max(min(size, width / max(unit, 1e-6)), 0.1), (flat,))
    step = 0.5
    current = size
    while True:
        lines = wrap(text, font, current, width, fonts)
        fits_height = len(lines) * current * LEADING - (LEADING - 1) * current <= height
        if len(lines) <= max_lines and fits_height and all(text_width(line, font, current, fonts) <= width
                                                           for line in lines):
            return Fitted(current, tuple(lines))
        if current <= SMALLEST:
            # Beyond legibility: one line per allowed line, scaled to the box, still inside it.
            squeezed = lines[: max_lines - 1] + ["".join(lines[max_lines - 1:])] if len(lines) > max_lines else lines
            widest = max(text_width(line, font, 1.0, fonts) for line in squeezed)
            per_line = height / (len(squeezed) * LEADING)
            return Fitted(max(min(width / max(widest, 1e-6), per_line), 0.1), tuple(squeezed))
        current = max(current - (step if current > min_size else 0.25), SMALLEST)


def draw_fitted(canvas, fitted: Fitted, font: str, fonts: FontSet, left: float, top: float, width: float,
                height: float, align: str = "left", valign: str = "middle") -> None:
    """Draw at box coordinates in points with `top` the upper edge (PDF y grows upwards)."""
    if not fitted.lines:
        return
    size = fitted.size
    block = len(fitted.lines) * size * LEADING - (LEADING - 1) * size
    if valign == "top":
        first = top - ASCENT * size
    elif valign == "bottom":
        first = top - height + block - ASCENT * size
    else:
        first = top - (height - block) / 2 - ASCENT * size
    x = left + (width / 2 if align == "center" else width if align == "right" else 0)
    for i, line in enumerate(fitted.lines):
        draw_text(canvas, x, first - i * size * LEADING, line, font, size, fonts, align=align)


def _hex(value: str | None):
    from reportlab.lib import colors

    return colors.HexColor(value) if value else None


def draw_element(canvas, e, fonts: FontSet, area_height: float, text: str | None = None) -> None:
    """Draw a template element (rect, line, image, text) in an area `area_height` points tall
    whose origin is its bottom-left corner; element positions are mm from the top-left.
    `text` replaces the element's own text (fields already filled in)."""
    from reportlab.lib.units import mm

    from unionapp.paths import resource_path

    c = canvas
    x, top, w, h = e.x * mm, area_height - e.y * mm, e.width * mm, e.height * mm
    if e.kind == "rect":
        if e.fill:
            c.setFillColor(_hex(e.fill))
        if e.stroke:
            c.setStrokeColor(_hex(e.stroke))
            c.setLineWidth(e.line_width * mm)
        c.roundRect(x, top - h, w, h, e.radius * mm, stroke=1 if e.stroke else 0, fill=1 if e.fill else 0)
    elif e.kind == "line":
        c.setStrokeColor(_hex(e.stroke or "#000000"))
        c.setLineWidth(e.line_width * mm)
        c.line(x, top, e.x2 * mm, area_height - e.y2 * mm)
    elif e.kind == "image":
        c.drawImage(str(resource_path(e.file)), x, top - h, w, h, preserveAspectRatio=True, mask="auto")
    elif e.kind == "text":
        font = fonts.role(e.font)
        c.setFillColor(_hex(e.color))
        fitted = fit(e.text if text is None else text, font, e.size, e.min_size, w, h, e.max_lines, fonts)
        draw_fitted(c, fitted, font, fonts, x, top, w, h, e.align, e.valign)
