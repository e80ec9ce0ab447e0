"""签领表: header on every page, per-page subtotals and the grand total in figures and in Chinese
capitals that match the data, masked or full ID numbers by right, page numbers."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select

from tests.conftest import make_actor
from tests.printing_pdf import all_text, embedded_fonts, page_texts
from unionapp.db.models import AuditEntry
from unionapp.domain.money import to_chinese_capital
from unionapp.printing.fonts import load_fonts
from unionapp.printing.roster import Roster, RosterRow, print_roster, render_roster, rows_per_page

AMOUNTS = [Decimal("500"), Decimal("800"), Decimal("1000"), Decimal("1500.50"), Decimal("300.05")]


def roster(n: int) -> Roster:
    units = ["龙泉机械厂", "龙泉县龙旺庄街道新就业形态劳动者（快递、外卖、网约车）联合工会委员会", "城关镇第一小学"]
    rows = tuple(RosterRow(f"职工{i:03d}", f"37060219890101{i:04d}", units[i % 3], "深度困难" if i % 2 else "相对困难",
                           AMOUNTS[i % len(AMOUNTS)], remark="重病" if i % 7 == 0 else "") for i in range(n))
    return Roster("2026年春节送温暖困难职工慰问金签领表", rows, "龙泉县总工会", date(2026, 1, 20), "资金来源：帮扶资金")


def _flat(text: str) -> str:
    return text.replace("\n", "").replace(" ", "").replace("\u3000", "")


def test_totals_per_page_and_grand_total_match_the_data(tmp_path):
    data = roster(45)
    out = tmp_path / "roster.pdf"
    result = render_roster(str(out), data, full_ids=False, fonts=load_fonts())
    per_page = rows_per_page()
    assert result.pages == -(-45 // per_page) and result.pages >= 3
    expected = [sum((r.amount for r in data.rows[i:i + per_page]), Decimal(0)) for i in range(0, 45, per_page)]
    assert list(result.page_totals) == expected
    assert result.grand_total == sum(r.amount for r in data.rows) == sum(expected)
    assert result.grand_total_capital == to_chinese_capital(result.grand_total)
    texts = page_texts(out)
    for page, total in enumerate(expected):
        flat = _flat(texts[page])
        assert "序号" in flat and "签字" in flat and "身份证号" in flat  # header repeated
        assert f"本页小计（{min(per_page, 45 - page * per_page)}人）" in flat
        assert f"{total:,.2f}" in flat and to_chinese_capital(total) in flat
        assert f"第{page + 1}页共{result.pages}页" in flat
        assert "经办人" in flat and "审核人" in flat and "盖章" in flat
    last = _flat(texts[-1])
    assert "合计（45人）" in last and f"{result.grand_total:,.2f}" in last and result.grand_total_capital in last
    assert "合计" not in _flat(texts[0])
    assert all(embedded_fonts(out).values())


def test_id_numbers_masked_without_the_right_and_full_with_it_audited(db, tmp_path):
    data = roster(3)
    masked_out, full_out = tmp_path / "m.pdf", tmp_path / "f.pdf"
    with db.session() as s:
        result = print_roster(s, make_actor("clerk", sensitive=False), data, str(masked_out))
        assert result.masked
        assert s.scalar(select(AuditEntry).where(AuditEntry.entity == "roster")) is None
    text = all_text(masked_out)
    assert "370602********0001" in text and "370602198901010001" not in text
    with db.session() as s:
        result = print_roster(s, make_actor("clerk", sensitive=True, username="小王"), data, str(full_out))
        assert not result.masked
    assert "370602198901010001" in all_text(full_out)
    with db.session() as s:
        entry = s.scalar(select(AuditEntry).where(AuditEntry.entity == "roster"))
        assert entry.action == "print" and entry.username == "小王" and "完整身份证号" in entry.summary


def test_goods_roster_and_one_page_has_no_page_number(tmp_path):
    rows = (RosterRow("张红梅", "", "龙泉机械厂", "一线职工", goods="防暑降温用品 1 套"),
            RosterRow("刘䶮", "", "城关镇第一小学", "一线职工", goods="西瓜 2 个"))
    out = tmp_path / "goods.pdf"
    result = render_roster(str(out), Roster("2026年夏送清凉物品签领表", rows), full_ids=False)
    flat = _flat(all_text(out))
    assert result.pages == 1 and "发放物品" in flat and "防暑降温用品1套" in flat and "刘䶮" in flat
    assert "第1页" not in flat


def test_long_unit_stays_in_its_cell_and_every_name_prints(tmp_path):
    data = roster(5)
    out = tmp_path / "r.pdf"
    render_roster(str(out), data, full_ids=True)
    flat = _flat(all_text(out))
    for row in data.rows:
        assert row.name in flat
    assert "新就业形态劳动者" in flat
