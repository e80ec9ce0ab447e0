"""会员登记表 (DESIGN §2.2, §4): one member's record on an A4 form, with photo, 会籍 history and
card history. The ID number and phone are printed in full only for a user allowed to see them,
and such a print is written to the audit log."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Image, Paragraph, Spacer, Table

from unionapp.printing.fonts import FontSet, load_fonts, markup, missing_characters
from unionapp.printing.form_table import FormGrid, L, V, show, signature_row
from unionapp.printing.styles import A4_PORTRAIT, doc_styles, document, form_grid_style, numbered_canvas
from unionapp.services import audit
from unionapp.services.cards import card_history, union_name
from unionapp.services.members import get_member, get_photo
from unionapp.services.rights import Actor, Right

COLUMNS = [20 * mm, 30 * mm, 20 * mm, 30 * mm, 20 * mm, 30 * mm, 30 * mm]
PHOTO_W, PHOTO_H = 25 * mm, 35 * mm


@dataclass(frozen=True)
class FormResult:
    pages: int
    masked: bool
    missing: str  # characters no font could print


def print_member_form(session, actor: Actor, member_id: int, out, *, fonts: FontSet | None = None,
                      today: date | None = None) -> FormResult:
    actor.require(Right.PRINT)
    detail = get_member(session, actor, member_id)
    photo = get_photo(session, actor, member_id) if detail.has_photo else None
    cards = card_history(session, actor, member_id)
    federation = union_name(session)
    fonts = fonts or load_fonts()
    styles = doc_styles(fonts, cell_size=10)
    d = detail.data

    grid = FormGrid(fonts, styles, COLUMNS, min_row=9.5 * mm)
    photo_cell = _photo(photo, fonts, styles)
    grid.add(L("姓名"), V(d.name), L("性别"), V(d.sex), L("民族"), V(d.nation), V(rows=4, flowable=photo_cell))
    grid.add(L("出生日期"), V(d.birth_date), L("政治面貌"), V(d.political_status), L("学历"), V(d.education))
    grid.add(L("证件类型"), V(d.id_type), L("证件号码"), V(d.id_number, span=3))
    grid.add(L("手机号码"), V(d.phone), L("户籍类型"), V(d.hukou_type), L("是否农民工"), V(d.is_migrant))
    grid.add(L("工作单位"), V(d.employer_name, span=3), L("岗位"), V(d.post, span=2))
    grid.add(L("就业形态"), V(d.employment_form), L("新就业形态"), V(d.new_employment_form), L("技能等级"),
             V(d.skill_level, span=2))
    grid.add(L("所属工会"), V(detail.org_name, span=6))
    grid.add(L("会员编号"), V(detail.member_no), L("入会日期"), V(d.joined_on), L("会籍状态"),
             V(f"{detail.status_label}" + (f"（{show(detail.status_on)}）" if detail.status_on else ""), span=2))
    grid.add(L("会员卡号"), V(d.card_no), L("制卡记录"),
             V("；".join(f"{show(c.issued_on)} {c.label}" for c in cards) or "尚未制卡", span=4))
    grid.long("备注", d.remark or "", min_height=16 * mm)

    story = [
        Paragraph(markup(federation, fonts.song, fonts), styles.subtitle),
        Paragraph("工会会员登记表", styles.title),
        _meta_line(detail.member_no, today or date.today(), fonts, styles),
        grid.table(),
        Spacer(1, 5 * mm),
        Paragraph("会籍变动记录", styles.label),
        Spacer(1, 2 * mm),
        _events_table(detail, fonts, styles),
        Spacer(1, 10 * mm),
        signature_row(["本人签名：", "经办人：", "基层工会（盖章）"], fonts, styles),
    ]
    doc = document(out, pagesize=A4_PORTRAIT, title=f"工会会员登记表 {d.name}")
    maker = numbered_canvas(fonts)
    doc.build(story, canvasmaker=maker)
    if not detail.masked:
        audit.record(session, actor, "print", "member", member_id,
                     f"打印会员登记表（含完整身份证号）：{d.name}（{detail.member_no}）")
    text = d.name + detail.org_name + (d.employer_name or "") + (d.remark or "")
    return FormResult(doc.page, detail.masked, missing_characters(text, fonts))


def _meta_line(member_no: str, today: date, fonts: FontSet, styles) -> Table:
    left = Paragraph(markup(f"会员编号：{member_no}", fonts.song, fonts), styles.cell)
    right = Paragraph(markup(f"填表日期：{show(today)}", fonts.song, fonts), styles.cell_right)
    table = Table([[left, right]], colWidths=[90 * mm, 90 * mm])
    table.setStyle([("FONTNAME", (0, 0), (-1, -1), fonts.song),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2 * mm)])
    return table


def _photo(photo: bytes | None, fonts: FontSet, styles):
    if photo:
        try:
            image = Image(io.BytesIO(photo))
            scale = min(PHOTO_W / image.imageWidth, PHOTO_H / image.imageHeight)
            image.drawWidth, image.drawHeight = image.imageWidth * scale, image.imageHeight * scale
            image.hAlign = "CENTER"
            return image
        except Exception:  # noqa: BLE001 - an unreadable photo leaves the box for a pasted one
            pass
    return Paragraph("照片<br/>（一寸免冠）", styles.cell_center)


def _events_table(detail, fonts: FontSet, styles) -> Table:
    header = [Paragraph(t, styles.label) for t in ("日期", "事项", "工会", "原因或说明", "经办人")]
    rows = [header]
    for event in detail.events:
        union = event.org_name or ""
        if event.other_org_name:
            union += f" → {event.other_org_name}" if event.kind == "transfer_out" else f" ← {event.other_org_name}"
        rows.append([Paragraph(markup(v, fonts.song, fonts), styles.cell) for v in
                     (show(event.on), event.label, union, event.reason or "", event.created_by or "")])
    if len(rows) == 1:
        rows.append([Paragraph("（无记录）", styles.cell_center), "", "", "", ""])
    commands = [("SPAN", (0, 1), (-1, 1))] if not detail.events else []
    return Table(rows, colWidths=[26 * mm, 22 * mm, 60 * mm, 48 * mm, 24 * mm], repeatRows=1,
                 style=form_grid_style([("BACKGROUND", (0, 0), (-1, 0), "#f2f2f2"), *commands], font=fonts.song))

