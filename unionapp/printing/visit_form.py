"""走访慰问登记表 (DESIGN §2.4): one visit on an A4 form. The visits module will build the
VisitRecord from its own records; the printing needs nothing else."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table

from unionapp.domain.money import to_chinese_capital
from unionapp.printing.fonts import FontSet, load_fonts, markup, missing_characters
from unionapp.printing.form_table import FormGrid, L, V, show, signature_row
from unionapp.printing.styles import A4_PORTRAIT, doc_styles, document, form_grid_style, numbered_canvas

COLUMNS = [24 * mm, 36 * mm, 24 * mm, 36 * mm, 24 * mm, 36 * mm]


@dataclass(frozen=True)
class VisitGift:
    item: str  # 慰问金 / 大米 / 食用油 …
    quantity: str = ""  # "2 袋"
    value: Decimal = Decimal(0)


@dataclass(frozen=True)
class VisitRecord:
    visited_on: date
    kind: str  # 困难职工 / 劳模 / 一线职工 / 节日 / 生病住院 / 新就业形态 / 企业
    visitee_name: str
    visitee_unit: str = ""
    visitee_category: str = ""  # 会员 / 困难职工档案 / 劳模 / 企业
    visitee_phone: str = ""
    address: str = ""
    visitors: str = ""  # union cadres, comma separated
    gifts: tuple[VisitGift, ...] = field(default_factory=tuple)
    learned: str = ""  # 了解的情况和诉求
    follow_up: str = ""  # 需要跟进的事项
    outcome: str = ""  # 跟进结果
    aid_reference: str = ""  # the aid disbursement this visit paid, if any
    record_no: str = ""
    recorder: str = ""
    union_name: str = ""


@dataclass(frozen=True)
class VisitFormResult:
    pages: int
    total_value: Decimal
    missing: str


def render_visit_form(out, visit: VisitRecord, *, fonts: FontSet | None = None) -> VisitFormResult:
    fonts = fonts or load_fonts()
    styles = doc_styles(fonts)
    total = sum((g.value for g in visit.gifts), Decimal(0))

    grid = FormGrid(fonts, styles, COLUMNS, min_row=9 * mm)
    grid.add(L("走访日期"), V(visit.visited_on), L("走访类型"), V(visit.kind), L("登记编号"), V(visit.record_no))
    grid.add(L("走访对象"), V(visit.visitee_name), L("对象类别"), V(visit.visitee_category), L("联系电话"),
             V(visit.visitee_phone))
    grid.add(L("工作单位"), V(visit.visitee_unit, span=5))
    grid.add(L("走访地点"), V(visit.address, span=5))
    grid.add(L("走访人员"), V(visit.visitors, span=5))
    grid.long("了解的情况\n和诉求", visit.learned, min_height=40 * mm)
    grid.long("需跟进事项", visit.follow_up, min_height=18 * mm)
    grid.long("跟进结果", visit.outcome, min_height=18 * mm)
    grid.add(L("关联帮扶发放"), V(visit.aid_reference, span=5))

    story = [
        Paragraph(markup(visit.union_name, fonts.song, fonts), styles.subtitle),
        Paragraph("走访慰问登记表", styles.title),
        grid.table(),
        Spacer(1, 4 * mm),
        Paragraph("慰问物品及慰问金", styles.label),
        Spacer(1, 2 * mm),
        _gifts_table(visit.gifts, total, fonts, styles),
        Spacer(1, 10 * mm),
        signature_row([f"登记人：{visit.recorder}", "被走访人（签字）：", "工会（盖章）"], fonts, styles),
    ]
    doc = document(out, pagesize=A4_PORTRAIT, title=f"走访慰问登记表 {visit.visitee_name}")
    doc.build(story, canvasmaker=numbered_canvas(fonts))
    text = visit.visitee_name + visit.visitee_unit + visit.learned + visit.follow_up + visit.outcome
    return VisitFormResult(doc.page, total, missing_characters(text, fonts))


def _gifts_table(gifts, total: Decimal, fonts: FontSet, styles) -> Table:
    rows = [[Paragraph(t, styles.label) for t in ("序号", "物品或慰问金", "数量", "价值（元）")]]
    for i, gift in enumerate(gifts, start=1):
        rows.append([Paragraph(str(i), styles.cell_center), Paragraph(markup(gift.item, fonts.song, fonts), styles.cell),
                     Paragraph(markup(gift.quantity, fonts.song, fonts), styles.cell_center),
                     Paragraph(show(gift.value), styles.cell_right)])
    if not gifts:
        rows.append([Paragraph("（无）", styles.cell_center), "", "", ""])
    rows.append([Paragraph("合计", styles.label),
                 Paragraph(f"人民币（大写）{to_chinese_capital(total)}", styles.cell), "",
                 Paragraph(show(total), styles.cell_right)])
    last = len(rows) - 1
    commands = [("SPAN", (1, last), (2, last)), ("BACKGROUND", (0, 0), (-1, 0), "#f2f2f2")]
    if not gifts:
        commands.append(("SPAN", (0, 1), (-1, 1)))
    return Table(rows, colWidths=[16 * mm, 84 * mm, 40 * mm, 40 * mm], repeatRows=1,
                 style=form_grid_style(commands, font=fonts.song))

