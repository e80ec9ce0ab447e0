"""困难职工档案表 (DESIGN §2.3): one household's hardship file on A4 (一户一档). The hardship
module will fill HardshipFile from its records, masking the ID number and bank account for users
without 查看敏感信息 and auditing the print when they are shown in full."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table

from unionapp.printing.fonts import FontSet, load_fonts, markup, missing_characters
from unionapp.printing.form_table import FormGrid, L, V, show, signature_row
from unionapp.printing.styles import A4_PORTRAIT, doc_styles, document, form_grid_style, numbered_canvas

COLUMNS = [22 * mm, 38 * mm, 22 * mm, 38 * mm, 22 * mm, 38 * mm]


@dataclass(frozen=True)
class FamilyMember:
    name: str
    relation: str
    age: int | None = None
    occupation: str = ""  # 工作单位或就读学校
    monthly_income: Decimal | None = None
    health: str = ""


@dataclass(frozen=True)
class HardshipFile:
    name: str
    id_number: str  # as it may be shown to the user who prints
    file_no: str = ""
    sex: str = ""
    birth_date: date | None = None
    nation: str = ""
    political_status: str = ""
    phone: str = ""
    employer: str = ""
    address: str = ""
    category: str = ""  # 深度困难 / 相对困难 / 意外致困
    main_reason: str = ""
    other_reasons: tuple[str, ...] = ()
    health: str = ""
    work_status: str = ""
    marital_status: str = ""
    housing: str = ""
    hukou: str = ""
    medical_insurance: str = ""
    monthly_income: Decimal | None = None
    family_annual_income: Decimal | None = None
    family_size: int | None = None
    single_parent: bool = False
    zero_employment: bool = False
    model_worker: str = ""
    bank_name: str = ""
    bank_account: str = ""
    family: tuple[FamilyMember, ...] = field(default_factory=tuple)
    situation: str = ""  # 困难情况说明
    created_by: str = ""
    creator_opinion: str = ""
    reviewed_by: str = ""
    reviewer_opinion: str = ""
    created_on: date | None = None
    status: str = ""
    union_name: str = ""

    @property
    def per_capita_monthly(self) -> Decimal | None:
        """家庭月人均收入 = 家庭年收入 ÷ 12 ÷ 家庭人口, to the fen."""
        if self.family_annual_income is None or not self.family_size:
            return None
        return (self.family_annual_income / 12 / self.family_size).quantize(Decimal("0.01"), ROUND_HALF_UP)


def render_hardship_form(out, file: HardshipFile, *, fonts: FontSet | None = None) -> tuple[int, str]:
    """Returns (pages, characters no font could print)."""
    fonts = fonts or load_fonts()
    styles = doc_styles(fonts, cell_size=9.5)
    money = lambda v: "" if v is None else f"{show(v)} 元"  # noqa: E731 - a one-line formatter

    grid = FormGrid(fonts, styles, COLUMNS, min_row=7.5 * mm)
    grid.add(L("姓名"), V(file.name), L("性别"), V(file.sex), L("出生日期"), V(file.birth_date))
    grid.add(L("民族"), V(file.nation), L("政治面貌"), V(file.political_status), L("联系电话"), V(file.phone))
    grid.add(L("身份证号"), V(file.id_number, span=3), L("档案编号"), V(file.file_no))
    grid.add(L("工作单位"), V(file.employer, span=5))
    grid.add(L("家庭住址"), V(file.address, span=5))
    grid.add(L("困难类别"), V(file.category), L("主要致困原因"), V(file.main_reason), L("次要致困原因"),
             V("、".join(file.other_reasons)))
    grid.add(L("健康状况"), V(file.health), L("工作状态"), V(file.work_status), L("婚姻状况"), V(file.marital_status))
    grid.add(L("住房情况"), V(file.housing), L("户口性质"), V(file.hukou), L("医疗保险"), V(file.medical_insurance))
    grid.add(L("本人月收入"), V(money(file.monthly_income)), L("家庭年收入"), V(money(file.family_annual_income)),
             L("家庭人口"), V("" if file.family_size is None else f"{file.family_size} 人"))
    grid.add(L("家庭月人均收入"), V(money(file.per_capita_monthly)), L("单亲家庭"), V(file.single_parent),
             L("零就业家庭"), V(file.zero_employment))
    grid.add(L("劳模类型"), V(file.model_worker), L("开户银行"), V(file.bank_name), L("银行账号"), V(file.bank_account))
    grid.long("困难情况\n说明", file.situation, min_height=30 * mm)
    grid.long("建档人意见", _opinion(file.creator_opinion, file.created_by, file.created_on), min_height=16 * mm)
    grid.long("审核意见", _opinion(file.reviewer_opinion, file.reviewed_by, None), min_height=16 * mm)

    story = [
        Paragraph(markup(file.union_name, fonts.song, fonts), styles.subtitle),
        Paragraph("困难职工档案表", styles.title),
        Paragraph(markup(f"档案状态：{file.status}　　建档日期：{show(file.created_on)}", fonts.song, fonts),
                  styles.cell_right),
        Spacer(1, 2 * mm),
        grid.table(),
        Spacer(1, 3 * mm),
        Paragraph("家庭成员情况", styles.label),
        Spacer(1, 1.5 * mm),
        _family_table(file.family, fonts, styles),
        # The signatures never stand alone on a page of their own.
        KeepTogether([Spacer(1, 5 * mm), signature_row(["本人签字：", "建档人：", "工会（盖章）"], fonts, styles)]),
    ]
    doc = document(out, pagesize=A4_PORTRAIT, title=f"困难职工档案表 {file.name}")
    doc.build(story, canvasmaker=numbered_canvas(fonts))
    text = file.name + file.employer + file.address + file.situation + "".join(m.name for m in file.family)
    return doc.page, missing_characters(text, fonts)


def _opinion(opinion: str, by: str, on: date | None) -> str:
    signed = "　".join(part for part in (f"签名：{by}" if by else "", show(on)) if part)
    return f"{opinion}\n{signed}" if signed else opinion


def _family_table(family, fonts: FontSet, styles) -> Table:
    heads = ("姓名", "与本人关系", "年龄", "工作单位或就读学校", "月收入（元）", "健康状况")
    rows = [[Paragraph(t, styles.label) for t in heads]]
    for m in family:
        rows.append([Paragraph(markup(v, fonts.song, fonts), styles.cell_center if i in (1, 2, 4) else styles.cell)
                     for i, v in enumerate((m.name, m.relation, show(m.age), m.occupation,
                                            show(m.monthly_income), m.health))])
    while len(rows) < 4:  # room to write in members the file does not list yet
        rows.append([""] * len(heads))
    return Table(rows, colWidths=[24 * mm, 24 * mm, 14 * mm, 68 * mm, 26 * mm, 24 * mm], repeatRows=1,
                 rowHeights=[None] + [8 * mm if not any(r) else None for r in rows[1:]],
                 style=form_grid_style([("BACKGROUND", (0, 0), (-1, 0), "#f2f2f2")], font=fonts.song))
