"""20,000 member cards to PDF (DESIGN §9: at most 1.3 × the sum of a bare ReportLab drawing of
the same cards without QR codes and the bare segno encoding of the 20,000 QR matrices).

    python benchmarks/cards.py [--cards 20000] [--layout a4|cr80] [--photos] [--back]

All three are measured in this one run, on the same synthetic cards:
- real: unionapp.printing.member_card.render_cards with the template from resources/cards
  (frame, bands, labels, fields that shrink to fit, photo or placeholder, QR as one path);
- bare: a plain ReportLab drawing of the same fields at the same places, drawn card by card with
  the same fonts and page size, photo or a placeholder drawn in place, no QR;
- qr: segno encoding the 20,000 payloads alone, with the same error level and mask.
Prints the ratio real / (bare + qr), cards per second and the PDF sizes. --photos gives every
card its own JPEG (the bare drawing then uses ReportLab's drawImage)."""

from __future__ import annotations

import argparse
import io
import random
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import segno  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.lib.utils import ImageReader  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from unionapp.printing.card_layout import load_layout  # noqa: E402
from unionapp.printing.fonts import load_fonts  # noqa: E402
from unionapp.printing.member_card import QR_ERROR, QR_MASK, card_values, render_cards  # noqa: E402
from unionapp.services.cards import CardFace  # noqa: E402

TARGET = 1.3
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红梅鹏飞建国志强海燕晓东丹玲斌宇浩凯健俊帆"
UNIONS = ["龙泉机械厂工会委员会", "龙旺庄街道快递行业联合工会", "城关镇第一小学工会", "龙泉县人民医院工会委员会",
          "龙泉县龙旺庄街道新就业形态劳动者（快递、外卖、网约车）联合工会委员会", "龙泉农商银行工会"]


def synthetic_cards(count: int, photos: bool) -> list[CardFace]:
    rng = random.Random(7)
    jpegs = [_jpeg(rng) for _ in range(count)] if photos else [None] * count
    return [
        CardFace(i, f"2026{i:08d}", rng.choice(SURNAMES) + "".join(rng.choices(GIVEN, k=rng.choice((1, 2)))),
                 rng.choice(UNIONS), "龙泉县总工会", date(2000 + i % 26, 1 + i % 12, 1 + i % 28), None, jpegs[i - 1])
        for i in range(1, count + 1)
    ]


def _jpeg(rng: random.Random) -> bytes:
    from PIL import Image

    image = Image.new("RGB", (100, 140), (rng.randrange(256), rng.randrange(256), rng.randrange(256)))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=80)
    return out.getvalue()


def bare_drawing(path: Path, cards: list[CardFace], layout, fonts, issued_on: date) -> None:
    """The same cards drawn the plain way: every shape and string per card, no QR."""
    sheet = layout.sheet
    page = (sheet.page_width * mm, sheet.page_height * mm) if sheet else (layout.width * mm, layout.height * mm)
    per_page = sheet.per_page if sheet else 1
    c = Canvas(str(path), pagesize=page)
    h = layout.height * mm
    for index, face in enumerate(cards):
        slot = index % per_page
        if sheet:
            row, col = divmod(slot, sheet.columns)
            x0 = (sheet.left + col * layout.width) * mm
            y0 = page[1] - (sheet.top + (row + 1) * layout.height) * mm
        else:
            x0 = y0 = 0
        values = card_values(face, issued_on, layout.date_format)
        for e in layout.front.elements:
            x, top = x0 + e.x * mm, y0 + h - e.y * mm
            if e.kind == "rect":
                c.setFillColor(colors.HexColor(e.fill))
                c.rect(x, top - e.height * mm, e.width * mm, e.height * mm, stroke=0, fill=1)
            elif e.kind == "text":
                c.setFillColor(colors.HexColor(e.color))
                c.setFont(fonts.role(e.font), e.size)
                c.drawString(x, top - e.height * mm * 0.7, e.text.format_map(values))
            elif e.kind == "photo":
                if face.photo:
                    c.drawImage(ImageReader(io.BytesIO(face.photo)), x, top - e.height * mm, e.width * mm,
                                e.height * mm, preserveAspectRatio=True)
                else:
                    c.setFillColor(colors.HexColor("#eef0f3"))
                    c.rect(x, top - e.height * mm, e.width * mm, e.height * mm, stroke=1, fill=1)
                    c.setFillColor(colors.HexColor("#c3c9d1"))
                    c.circle(x + e.width * mm / 2, top - e.height * mm * 0.38, e.width * mm * 0.2, stroke=0, fill=1)
        if slot == per_page - 1 or index == len(cards) - 1:
            c.showPage()
    c.save()


def encode_all(cards: list[CardFace]) -> None:
    for face in cards:
        segno.make_qr(face.member_no, error=QR_ERROR, mask=QR_MASK, boost_error=False).matrix  # noqa: B018


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=20000)
    parser.add_argument("--layout", default="a4")
    parser.add_argument("--photos", action="store_true", help="a distinct JPEG photo on every card")
    parser.add_argument("--back", action="store_true", help="print the back side too (real run only)")
    args = parser.parse_args()

    layout = load_layout(args.layout)
    fonts = load_fonts()
    cards = synthetic_cards(args.cards, args.photos)
    issued_on = date(2026, 11, 21)
    with tempfile.TemporaryDirectory() as tmp:
        bare_pdf, real_pdf = Path(tmp) / "bare.pdf", Path(tmp) / "real.pdf"
        start = time.perf_counter()
        bare_drawing(bare_pdf, cards, layout, fonts, issued_on)
        t_bare = time.perf_counter() - start
        start = time.perf_counter()
        encode_all(cards)
        t_qr = time.perf_counter() - start
        start = time.perf_counter()
        run = render_cards(str(real_pdf), cards, layout=layout, fonts=fonts, issued_on=issued_on,
                           total=len(cards), back=args.back)
        t_real = time.perf_counter() - start
        bare_size, real_size = bare_pdf.stat().st_size, real_pdf.stat().st_size
    ratio = t_real / (t_bare + t_qr)
    print(f"cards: {args.cards} ({args.layout}, {'photos' if args.photos else 'placeholders'}"
          f"{', with back' if args.back else ''}), {run.pages} pages")
    print(f"bare ReportLab drawing, no QR : {t_bare:7.2f} s   PDF {bare_size / 1e6:6.1f} MB")
    print(f"segno encoding alone          : {t_qr:7.2f} s   ({t_qr / args.cards * 1000:.2f} ms a code)")
    print(f"unionapp render_cards         : {t_real:7.2f} s   PDF {real_size / 1e6:6.1f} MB   "
          f"{args.cards / t_real:,.0f} cards/s")
    print(f"ratio real / (bare + qr)      : {ratio:7.2f}   target ≤ {TARGET}  {'OK' if ratio <= TARGET else 'OVER'}")


if __name__ == "__main__":
    main()
