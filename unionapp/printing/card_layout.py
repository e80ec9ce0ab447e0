"""Card (and certificate) templates: JSON files an office can edit without code.

Every position is in millimetres from the TOP-LEFT corner of the card (or page), the way a
ruler is laid on paper. A template names the card size, an optional A4 sheet grid, and the
elements of the front and (optionally) the back:

    {"type": "text",  "x", "y", "width", "height", "text": "姓名：{name}", "font": "hei",
                      "size": 9, "min_size": 5, "max_lines": 1, "align": "left", "color": "#000"}
    {"type": "rect",  "x", "y", "width", "height", "fill": "#c8161d", "stroke": null,
                      "line_width": 0.3, "radius": 0}
    {"type": "line",  "x", "y", "x2", "y2", "stroke": "#000", "line_width": 0.3}
    {"type": "photo", "x", "y", "width", "height"}      the member's photo, or a placeholder
    {"type": "qr",    "x", "y", "size", "quiet_zone": 2} payload: exactly the 会员编号
    {"type": "image", "x", "y", "width", "height", "file": "cards/logo.png"}  under resources/

Text may hold fields in braces; see CARD_FIELDS. Fonts are the roles song, hei, kai, fang.
"""

from __future__ import annotations

import json
import string
from dataclasses import dataclass
from pathlib import Path

from unionapp.paths import resource_path
from unionapp.services.errors import ServiceError

CARD_FIELDS = {
    "union_name": "工会名称（县总工会）",
    "name": "姓名",
    "member_no": "会员编号",
    "org_name": "所属工会",
    "joined_on": "入会日期",
    "issued_on": "发卡日期",
    "card_no": "会员卡号",
}
KINDS = ("text", "rect", "line", "photo", "qr", "image")
FONT_ROLES = ("song", "hei", "kai", "fang")
ALIGNS = ("left", "center", "right")
VALIGNS = ("top", "middle", "bottom")
DEFAULT_DATE_FORMAT = "{y}年{m}月{d}日"


class LayoutError(ServiceError):
    """A template that cannot be used; the message says which file and which element."""


@dataclass(frozen=True)
class Element:
    kind: str
    x: float
    y: float
    width: float = 0.0
    height: float = 0.0
    text: str = ""
    font: str = "hei"
    size: float = 9.0
    min_size: float = 5.0
    max_lines: int = 1
    align: str = "left"
    valign: str = "middle"
    color: str = "#000000"
    fill: str | None = None
    stroke: str | None = None
    line_width: float = 0.3
    radius: float = 0.0
    x2: float = 0.0
    y2: float = 0.0
    file: str | None = None
    quiet_zone: int = 2
    first_indent: float = 0.0  # in characters, for body text of certificates

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(name for _, name, _, _ in string.Formatter().parse(self.text) if name)

    @property
    def dynamic(self) -> bool:
        """Drawn per card (fields, photo, QR); everything else is drawn once and reused."""
        return self.kind in ("photo", "qr") or (self.kind == "text" and bool(self.fields))


@dataclass(frozen=True)
class Side:
    background: str | None
    elements: tuple[Element, ...]


@dataclass(frozen=True)
class SheetGrid:
    """Cards laid on a larger sheet (A4 perforated stock): columns × rows from a top-left origin."""

    page_width: float
    page_height: float
    columns: int
    rows: int
    left: float
    top: float
    gap_x: float = 0.0
    gap_y: float = 0.0
    cut_marks: bool = True
    outline: bool = False

    @property
    def per_page(self) -> int:
        return self.columns * self.rows


@dataclass(frozen=True)
class CardLayout:
    key: str
    title: str
    width: float
    height: float
    corner_radius: float
    front: Side
    back: Side | None
    sheet: SheetGrid | None
    date_format: str = DEFAULT_DATE_FORMAT
    source: str = ""


def layouts_dir() -> Path:
    return resource_path("cards")


def available_layouts() -> list[tuple[str, str]]:
    """(key, title) of every template in resources/cards, for the layout choice."""
    found = []
    for path in sorted(layouts_dir().glob("*.json")):
        try:
            found.append((path.stem, load_layout(path).title))
        except LayoutError:
            continue
    return found


def read_json(path: Path, what: str) -> dict:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise LayoutError(f"找不到{what}模板文件：{path.name}") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise LayoutError(f"{what}模板文件 {path.name} 格式有误：{exc}") from None
    if not isinstance(raw, dict):
        raise LayoutError(f"{what}模板文件 {path.name} 格式有误：应为一个 JSON 对象")
    return raw


def load_layout(key_or_path: str | Path) -> CardLayout:
    """A template by key ("cr80", "a4") from resources/cards, or by file path."""
    path = Path(key_or_path)
    if path.suffix.lower() != ".json":
        path = layouts_dir() / f"{key_or_path}.json"
    raw = read_json(path, "会员卡")
    where = path.name
    width, height = read_number(raw.get("card", {}), "width", where), read_number(raw.get("card", {}), "height", where)
    front = parse_side(raw.get("front"), where + " 正面", width, height, CARD_FIELDS)
    if front is None:
        raise LayoutError(f"会员卡模板 {where} 缺少正面（front）")
    back = parse_side(raw.get("back"), where + " 背面", width, height, CARD_FIELDS)
    sheet = _parse_sheet(raw.get("sheet"), where, width, height)
    return CardLayout(
        key=path.stem, title=str(raw.get("title") or path.stem), width=width, height=height,
        corner_radius=float(raw.get("card", {}).get("corner_radius", 0)), front=front, back=back, sheet=sheet,
        date_format=str(raw.get("date_format") or DEFAULT_DATE_FORMAT), source=str(path),
    )


def read_number(raw: dict, key: str, where: str, default: float | None = None) -> float:
    value = raw.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise LayoutError(f"模板 {where}：“{key}”应为数字（毫米）")
    return float(value)


def _parse_sheet(raw, where: str, card_w: float, card_h: float) -> SheetGrid | None:
    if not raw:
        return None
    sheet = SheetGrid(
        page_width=read_number(raw, "page_width", where, 210.0), page_height=read_number(raw, "page_height", where, 297.0),
        columns=int(read_number(raw, "columns", where)), rows=int(read_number(raw, "rows", where)),
        left=read_number(raw, "left", where), top=read_number(raw, "top", where),
        gap_x=read_number(raw, "gap_x", where, 0.0), gap_y=read_number(raw, "gap_y", where, 0.0),
        cut_marks=bool(raw.get("cut_marks", True)), outline=bool(raw.get("outline", False)),
    )
    right = sheet.left + sheet.columns * card_w + (sheet.columns - 1) * sheet.gap_x
    bottom = sheet.top + sheet.rows * card_h + (sheet.rows - 1) * sheet.gap_y
    if sheet.columns < 1 or sheet.rows < 1 or right > sheet.page_width + 0.01 or bottom > sheet.page_height + 0.01:
        raise LayoutError(f"模板 {where}：{sheet.columns}×{sheet.rows} 张卡片放不进 "
                          f"{sheet.page_width:g}×{sheet.page_height:g} 毫米的纸张")
    return sheet


def parse_side(raw, where: str, width: float, height: float, fields: dict[str, str]) -> Side | None:
    if raw is None:
        return None
    if not isinstance(raw, dict) or not isinstance(raw.get("elements"), list):
        raise LayoutError(f"模板 {where}：应有元素列表（elements）")
    elements = tuple(parse_element(item, f"{where} 第 {i} 个元素", width, height, fields)
                     for i, item in enumerate(raw["elements"], start=1))
    return Side(background=raw.get("background"), elements=elements)


def parse_element(raw, where: str, width: float, height: float, fields: dict[str, str]) -> Element:
    if not isinstance(raw, dict):
        raise LayoutError(f"模板 {where}：应为一个对象")
    kind = raw.get("type")
    if kind not in KINDS:
        raise LayoutError(f"模板 {where}：未知的类型“{kind}”，可用：{'、'.join(KINDS)}")
    known = set(Element.__dataclass_fields__) | {"type"}
    unknown = sorted(set(raw) - known - {"comment", "size"} - ({"size"} if kind == "qr" else set()))
    if unknown:
        raise LayoutError(f"模板 {where}：不认识的设置 {'、'.join(unknown)}")
    values = {k: v for k, v in raw.items() if k not in ("type", "comment")}
    if kind == "qr":
        side = read_number(raw, "size", where)
        values.update(width=side, height=side)
        values.pop("size")
    for key in ("x", "y", "width", "height", "size", "min_size", "line_width", "radius", "x2", "y2", "first_indent"):
        if key in values:
            values[key] = read_number(values, key, where)
    element = Element(kind=kind, **values)
    if element.font not in FONT_ROLES:
        raise LayoutError(f"模板 {where}：字体应为 {'、'.join(FONT_ROLES)} 之一")
    if element.align not in ALIGNS or element.valign not in VALIGNS:
        raise LayoutError(f"模板 {where}：对齐方式应为 left/center/right 与 top/middle/bottom")
    for name in element.fields:
        if name not in fields:
            options = "、".join(f"{{{k}}} {v}" for k, v in fields.items())
            raise LayoutError(f"模板 {where}：不认识的字段 {{{name}}}；可用字段：{options}")
    if kind == "line":
        corners = [(element.x, element.y), (element.x2, element.y2)]
    else:
        if element.width <= 0 or element.height <= 0:
            raise LayoutError(f"模板 {where}：宽度和高度应大于 0")
        corners = [(element.x, element.y), (element.x + element.width, element.y + element.height)]
    if any(x < -0.01 or y < -0.01 or x > width + 0.01 or y > height + 0.01 for x, y in corners):
        raise LayoutError(f"模板 {where}：位置超出了 {width:g}×{height:g} 毫米的范围")
    if kind == "image":
        if not element.file or not resource_path(element.file).is_file():
            raise LayoutError(f"模板 {where}：图片文件不存在：resources/{element.file}")
    if element.min_size > element.size:
        raise LayoutError(f"模板 {where}：最小字号（min_size）不能大于字号（size）")
    return element


def format_date(value, fmt: str = DEFAULT_DATE_FORMAT) -> str:
    """Dates without strftime, whose non-ASCII formats misbehave under some Windows locales."""
    if value is None:
        return ""
    return fmt.format(y=value.year, m=value.month, d=value.day, mm=f"{value.month:02d}", dd=f"{value.day:02d}")
