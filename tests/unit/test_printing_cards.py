"""Member cards: the PDF is opened and checked — font embedded, names and numbers in the text
layer, every QR decoded by a real decoder to its card's 会员编号, long names inside their box."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from tests.printing_pdf import (
    all_text,
    decode_qr_codes,
    embedded_fonts,
    page_count,
    page_texts,
    render_page,
    text_boxes,
)
from unionapp.printing.card_layout import LayoutError, available_layouts, load_layout
from unionapp.printing.fonts import load_fonts
from unionapp.printing.member_card import qr_matrix, qr_path_operators, render_cards
from unionapp.services.cards import CardFace

ISSUED = date(2026, 11, 21)
LONG_NAME = "阿卜杜热合曼·买买提依明·艾力江"
LONG_UNION = "龙泉县龙旺庄街道新就业形态劳动者（快递、外卖、网约车）联合工会委员会第一分会"


def _photo() -> bytes:
    image = Image.new("RGB", (150, 210), (200, 215, 235))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=80)
    return out.getvalue()


def faces(n: int, *, photo_every: int = 2) -> list[CardFace]:
    names = ["张红梅", "欧阳玥", "刘䶮", "王喆", LONG_NAME, "李明", "赵丽颖", "孙建国", "周杰", "吴晓", "钱多多", "郑和"]
    return [CardFace(i, f"2026{i:08d}", names[(i - 1) % len(names)], LONG_UNION if i % 4 == 0 else "龙泉机械厂工会委员会",
                     "龙泉县总工会", date(2019, 5, i % 28 + 1), None, _photo() if i % photo_every == 0 else None)
            for i in range(1, n + 1)]


@pytest.fixture(scope="module")
def fonts():
    return load_fonts()


def test_templates_ship_for_cr80_and_a4():
    keys = dict(available_layouts())
    assert {"cr80", "a4"} <= set(keys)
    cr80, a4 = load_layout("cr80"), load_layout("a4")
    assert (cr80.width, cr80.height) == (85.6, 54.0) and cr80.sheet is None
    assert a4.sheet.per_page == 10 and cr80.back is not None


def test_a4_sheets_font_text_page_numbers_and_every_qr_decodes(tmp_path, fonts):
    cards = faces(12)
    out = tmp_path / "a4.pdf"
    run = render_cards(str(out), cards, layout=load_layout("a4"), fonts=fonts, issued_on=ISSUED, total=len(cards))
    assert (run.cards, run.pages, run.cancelled) == (12, 2, False)
    assert page_count(out) == 2
    embedded = embedded_fonts(out)
    assert embedded and all(embedded.values()), embedded
    text = all_text(out)
    for card in cards:
        assert card.member_no in text
    for name in ("张红梅", "欧阳玥", "刘䶮", "王喆", "李明"):
        assert name in text
    texts = page_texts(out)
    assert "第 1 页 共 2 页" in texts[0] and "第 2 页 共 2 页" in texts[1]
    for page, expected in ((0, cards[:10]), (1, cards[10:])):
        assert decode_qr_codes(render_page(out, page, dpi=200)) == sorted(c.member_no for c in expected)


def test_cr80_one_card_a_page_with_back_and_each_qr_is_its_own_number(tmp_path, fonts):
    cards = faces(3)
    out = tmp_path / "cr80.pdf"
    run = render_cards(str(out), cards, layout=load_layout("cr80"), fonts=fonts, issued_on=ISSUED, total=3, back=True)
    assert run.pages == 6
    texts = page_texts(out)
    for i, card in enumerate(cards):
        front = render_page(out, 2 * i, dpi=300)
        assert decode_qr_codes(front) == [card.member_no]
        assert "会员须知" in texts[2 * i + 1].replace(" ", "")  # the back follows its front
    assert not any("第" in t and "页" in t and "共" in t for t in texts)  # a card carries no page number


def test_long_name_and_union_shrink_to_stay_inside_their_boxes(tmp_path, fonts):
    layout = load_layout("cr80")
    name_box = next(e for e in layout.front.elements if e.text == "{name}")
    org_box = next(e for e in layout.front.elements if e.text == "{org_name}")
    card = CardFace(1, "202600000001", LONG_NAME, LONG_UNION, "龙泉县总工会", date(2019, 5, 1), None, None)
    out = tmp_path / "long.pdf"
    render_cards(str(out), [card], layout=layout, fonts=fonts, issued_on=ISSUED, total=1)
    page_h = layout.height * mm
    (left, bottom, right, top), = text_boxes(out, 0, LONG_NAME)
    assert left >= name_box.x * mm - 0.5 and right <= (name_box.x + name_box.width) * mm + 0.5
    assert top <= page_h - name_box.y * mm + 0.5 and bottom >= page_h - (name_box.y + name_box.height) * mm - 0.5
    # The same check by measuring: the size used keeps the string width inside the box.
    font = fonts.role(name_box.font)
    full = stringWidth(LONG_NAME, font, name_box.size)
    assert full > name_box.width * mm  # it really is too long at the template's size
    size_used = (right - left) / stringWidth(LONG_NAME, font, 1.0)
    assert stringWidth(LONG_NAME, font, size_used) <= name_box.width * mm + 0.5
    # The union wraps onto two lines inside its box rather than running past the card.
    text = all_text(out)
    assert LONG_UNION.replace(" ", "") in text
    for needle in ("龙泉县龙旺庄街道", "联合工会委员会第一分会"):
        (l2, b2, r2, t2), = text_boxes(out, 0, needle)
        assert r2 <= (org_box.x + org_box.width) * mm + 0.5 and b2 >= page_h - (org_box.y + org_box.height) * mm - 0.5


def test_qr_is_one_path_of_runs_not_a_rectangle_per_module():
    matrix = qr_matrix("202600000001")
    ops = qr_path_operators(matrix)
    dark = sum(sum(row) for row in matrix)
    assert ops.count(" re") < dark * 0.7  # one per run of dark modules, not one per module
    assert ops.count("\nf") + ops.startswith("f") == 1  # filled once


def test_calibration_offsets_move_everything(tmp_path, fonts):
    card = faces(1)
    plain, shifted = tmp_path / "p.pdf", tmp_path / "s.pdf"
    layout = load_layout("cr80")
    render_cards(str(plain), card, layout=layout, fonts=fonts, issued_on=ISSUED, total=1)
    render_cards(str(shifted), card, layout=layout, fonts=fonts, issued_on=ISSUED, total=1, offset_mm=(2.0, 1.5))
    (a,), (b,) = text_boxes(plain, 0, "张红梅"), text_boxes(shifted, 0, "张红梅")
    assert b[0] - a[0] == pytest.approx(2.0 * mm, abs=0.2)  # right
    assert a[1] - b[1] == pytest.approx(1.5 * mm, abs=0.2)  # down


def test_cancelling_writes_nothing(tmp_path, fonts):
    out = tmp_path / "cancel.pdf"
    calls = []

    def progress(done, total):
        calls.append(done)
        return False

    run = render_cards(str(out), faces(250, photo_every=1000), layout=load_layout("a4"), fonts=fonts,
                       issued_on=ISSUED, total=250, progress=progress)
    assert run.cancelled and calls == [100] and not out.exists()


def test_characters_no_font_has_are_reported(tmp_path, fonts):
    card = CardFace(1, "202600000001", "王\U00030EDE", "龙泉机械厂工会", "龙泉县总工会", None, None, None)
    run = render_cards(str(tmp_path / "m.pdf"), [card], layout=load_layout("cr80"), fonts=fonts, issued_on=ISSUED,
                       total=1)
    assert [(m.member_no, m.characters) for m in run.missing] == [("202600000001", "\U00030EDE")]


def test_a_broken_template_says_what_is_wrong(tmp_path):
    raw = json.loads(Path(load_layout("cr80").source).read_text(encoding="utf-8"))
    raw["front"]["elements"].append({"type": "text", "x": 1, "y": 1, "width": 10, "height": 5, "text": "{nickname}"})
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(LayoutError) as caught:
        load_layout(bad)
    assert "{nickname}" in caught.value.message and "可用字段" in caught.value.message
    raw["front"]["elements"][-1] = {"type": "qr", "x": 80, "y": 40, "size": 20}
    bad.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(LayoutError) as caught:
        load_layout(bad)
    assert "超出" in caught.value.message
