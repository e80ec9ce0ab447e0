"""调解登记表 (DESIGN §2.8): one labour-dispute case on A4, with its steps. The legal-aid module
will build MediationCase from its records (masking the applicant's ID number by right)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table

from unionapp.printing.fonts import FontSet, load_fonts, markup, missing_characters
from unionapp.printing.form_table import (
    LONG_CHUNK,
    PADDING,
    FormGrid,
    L,
    V,
    show,
    signature_row,
    split_paragraph,
)
from unionapp.printing.styles import A4_PORTRAIT, doc_styles, document, form_grid_style, numbered_canvas

COLUMNS = [24 * mm, 36 * mm, 24 * mm, 36 * mm, 24 * mm, 36 * mm]


@dataclass(frozen=True)
class MediationStep:
    on: date
    handler: str
    note: str


@dataclass(frozen=True)
class MediationCase:
    case_no: str
    received_on: date
    applicant_name: str
    kind: str  # 欠薪 / 工伤 / 解除劳动合同 / 社保 / 加班 …
    applicant_sex: str = ""
    applicant_id_number: str = ""
    applicant_phone: str = ""
    applicant_is_member: bool | None = None
    applicant_address: str = ""
    employer_name: str = ""
    employer_contact: str = ""
    employer_address: str = ""
    source: str = ""  # 窗口 / 热线 / 法院委派
    court_case_no: str = ""
    amount_claimed: Decimal | None = None
    request: str = ""  # 申请事项和理由
    facts: str = ""  # 争议事实
    steps: tuple[MediationStep, ...] = field(default_factory=tuple)
    outcome: str = ""  # 调解成功 / 转仲裁 / 转诉讼 / 撤回
    amount_recovered: Decimal | None = None
    closed_on: date | None = None
    handler: str = ""
    lawyer: str = ""
    union_name: str = ""


def render_mediation_form(out, case: MediationCase, *, fonts: FontSet | None = None) -> tuple[int, str]:
    """Returns (pages, characters no font could print)."""
    fonts = fonts or load_fonts()
    styles = doc_styles(fonts)
    money = lambda v: "" if v is None else f"{show(v)} 元"  # noqa: E731 - a one-line formatter

    grid = FormGrid(fonts, styles, COLUMNS, min_row=9 * mm)
    grid.add(L("案件编号"), V(case.case_no), L("受理日期"), V(case.received_on), L("案件来源"), V(case.source))
    grid.add(L("法院案号"), V(case.court_case_no, span=3), L("争议类型"), V(case.kind))
    grid.add(L("申请人"), V(case.applicant_name), L("性别"), V(case.applicant_sex), L("是否会员"),
             V(case.applicant_is_member))
    grid.add(L("身份证号"), V(case.applicant_id_number, span=3), L("联系电话"), V(case.applicant_phone))
    grid.add(L("住址"), V(case.applicant_address, span=5))
    grid.add(L("被申请单位"), V(case.employer_name, span=3), L("联系人"), V(case.employer_contact))
    grid.add(L("单位地址"), V(case.employer_address, span=5))
    grid.add(L("请求金额"), V(money(case.amount_claimed)), L("承办人"), V(case.handler), L("援助律师"), V(case.lawyer))
    grid.long("申请事项\n和理由", case.request, min_height=30 * mm)
    grid.long("争议事实", case.facts, min_height=30 * mm)
    grid.add(L("处理结果"), V(case.outcome), L("追回金额"), V(money(case.amount_recovered)), L("结案日期"),
             V(case.closed_on))

    story = [
        Paragraph(markup(case.union_name, fonts.song, fonts), styles.subtitle),
        Paragraph("劳动争议调解登记表", styles.title),
        grid.table(),
        Spacer(1, 4 * mm),
        Paragraph("调解经过", styles.label),
        Spacer(1, 2 * mm),
        _steps_table(case.steps, fonts, styles),
        Spacer(1, 8 * mm),
        signature_row(["申请人（签字）：", "承办人：", "调解组织（盖章）"], fonts, styles),
    ]
    doc = document(out, pagesize=A4_PORTRAIT, title=f"劳动争议调解登记表 {case.case_no}")
    doc.build(story, canvasmaker=numbered_canvas(fonts))
    text = case.applicant_name + case.employer_name + case.request + case.facts + "".join(s.note for s in case.steps)
    return doc.page, missing_characters(text, fonts)


def _steps_table(steps, fonts: FontSet, styles) -> Table:
    rows = [[Paragraph(t, styles.label) for t in ("日期", "经办人", "工作内容")]]
    for step in steps:
        # A very long note continues in further rows rather than outgrowing the page.
        notes = split_paragraph(Paragraph(markup(step.note, fonts.song, fonts), styles.cell),
                                126 * mm - 2 * PADDING, LONG_CHUNK)
        for index, note in enumerate(notes):
            rows.append([Paragraph(show(step.on) if index == 0 else "（续）", styles.cell_center),
                         Paragraph(markup(step.handler if index == 0 else "", fonts.song, fonts), styles.cell_center),
                         note])
    while len(rows) < 4:
        rows.append(["", "", ""])
    return Table(rows, colWidths=[28 * mm, 26 * mm, 126 * mm], repeatRows=1,
                 rowHeights=[None] + [9 * mm if row[0] == "" else None for row in rows[1:]],
                 style=form_grid_style([("BACKGROUND", (0, 0), (-1, 0), "#f2f2f2")], font=fonts.song))
