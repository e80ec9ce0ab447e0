"""Honour and award certificates (荣誉证书 / 获奖证书, DESIGN §2.5, §4).

Two modes from one template in resources/certificates:
- full: the whole design (frames, title, wording, fields) on blank A4 landscape paper;
- overlay (套打): only the fields, at the template's overlay positions shifted by the printer's
  calibrated offsets, onto pre-printed certificate stock.
A batch of honourees becomes one PDF, one certificate per page. Each certificate is handed to one
person, so the pages carry no "第 x 页" (it would be printed on the certificate itself).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib.units import mm

from unionapp.paths import resource_path
from unionapp.printing.boxes import draw_element
from unionapp.printing.card_layout import (
    DEFAULT_DATE_FORMAT,
    LayoutError,
    Side,
    format_date,
    parse_side,
    read_json,
    read_number,
)
from unionapp.printing.fonts import FontSet, missing_characters
from unionapp.printing.styles import new_canvas

CERTIFICATE_FIELDS = {
    "name": "姓名",
    "unit": "单位",
    "title": "称号/奖项",
    "cert_no": "证书编号",
    "awarding_body": "颁发单位",
    "date": "日期",
    "doc_title": "证书名称（如 荣誉证书）",
    "doc_title_spaced": "证书名称，字间加空格",
}
MODES = ("full", "overlay")
Progress = Callable[[int, int], bool]


@dataclass(frozen=True)
class Honouree:
    """One person (or team) to receive a certificate. The honours module will supply these;
    until then the command line reads them from a sheet."""

    name: str
    unit: str = ""
    title: str = ""
    cert_no: str = ""
    awarding_body: str = ""
    awarded_on: date | None = None


@dataclass(frozen=True)
class CertificateTemplate:
    key: str
    title: str
    width: float
    height: float
    full: Side
    overlay: Side
    date_format: str = DEFAULT_DATE_FORMAT


@dataclass(frozen=True)
class CertificateRun:
    pages: int
    cancelled: bool = False
    missing: tuple[tuple[str, str], ...] = ()  # (name, characters no font has)


def certificates_dir() -> Path:
    return resource_path("certificates")


def available_templates() -> list[tuple[str, str]]:
    found = []
    for path in sorted(certificates_dir().glob("*.json")):
        try:
            found.append((path.stem, load_template(path).title))
        except LayoutError:
            continue
    return found


def load_template(key_or_path: str | Path) -> CertificateTemplate:
    path = Path(key_or_path)
    if path.suffix.lower() != ".json":
        path = certificates_dir() / f"{key_or_path}.json"
    raw = read_json(path, "证书")
    page = raw.get("page") or {}
    width, height = read_number(page, "width", path.name, 297.0), read_number(page, "height", path.name, 210.0)
    full = parse_side(raw.get("full"), f"{path.name} 整张打印", width, height, CERTIFICATE_FIELDS)
    overlay = parse_side(raw.get("overlay"), f"{path.name} 套打", width, height, CERTIFICATE_FIELDS)
    if full is None or overlay is None:
        raise LayoutError(f"证书模板 {path.name} 应同时有整张打印（full）和套打（overlay）两部分")
    return CertificateTemplate(path.stem, str(raw.get("title") or path.stem), width, height, full, overlay,
                               str(raw.get("date_format") or DEFAULT_DATE_FORMAT))


def certificate_values(person: Honouree, doc_title: str, date_format: str) -> dict[str, str]:
    return {
        "name": person.name,
        "unit": person.unit,
        "title": person.title,
        "cert_no": person.cert_no,
        "awarding_body": person.awarding_body,
        "date": format_date(person.awarded_on, date_format),
        "doc_title": doc_title,
        "doc_title_spaced": " ".join(doc_title),
    }


def render_certificates(
    out,
    honourees: Iterable[Honouree],
    *,
    template: CertificateTemplate,
    fonts: FontSet,
    mode: str = "full",
    doc_title: str | None = None,
    offset_mm: tuple[float, float] = (0.0, 0.0),
    total: int | None = None,
    progress: Progress | None = None,
) -> CertificateRun:
    """One certificate per honouree into `out` (path or binary file). In overlay mode the
    offsets shift every field right/down by so many millimetres (printer calibration)."""
    if mode not in MODES:
        raise LayoutError(f"未知的证书打印方式：{mode}（可用：full 整张打印，overlay 套打）")
    people = list(honourees)
    total = total or len(people)
    doc_title = doc_title or template.title
    side = template.full if mode == "full" else template.overlay
    page_w, page_h = template.width * mm, template.height * mm
    c = new_canvas(out, (page_w, page_h), fonts, f"{doc_title}（{len(people)} 份）")
    static = [e for e in side.elements if not e.dynamic]
    dynamic = [e for e in side.elements if e.dynamic]
    if static:
        c.beginForm("certificate_design", 0, 0, page_w, page_h)
        for e in static:
            draw_element(c, e, fonts, page_h)
        c.endForm()
    missing = []
    for done, person in enumerate(people, start=1):
        values = certificate_values(person, doc_title, template.date_format)
        lacking = missing_characters(person.name + person.unit + person.title, fonts, "kai")
        if lacking:
            missing.append((person.name, lacking))
        c.saveState()
        c.translate(offset_mm[0] * mm, -offset_mm[1] * mm)
        if static:
            c.doForm("certificate_design")
        for e in dynamic:
            draw_element(c, e, fonts, page_h, text=e.text.format_map(values))
        c.restoreState()
        c.showPage()
        if progress is not None and progress(done, total) is False:
            return CertificateRun(done, cancelled=True, missing=tuple(missing))
    if not people:
        c.showPage()
    c.save()
    return CertificateRun(max(len(people), 1), missing=tuple(missing))
