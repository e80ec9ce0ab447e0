"""Regenerate the sample pictures of the printed documents in docs/samples/ (for the README).

    python docs/samples/make_samples.py

Every document is made by the real printing code from made-up data, then turned into PNG pages
with pdftoppm (poppler-utils) at 60 dpi (cards also at 200 dpi, they are small)."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PIL import Image, ImageDraw  # noqa: E402

from unionapp.printing.calibration import render_layout_calibration  # noqa: E402
from unionapp.printing.card_layout import load_layout  # noqa: E402
from unionapp.printing.certificate import Honouree, load_template, render_certificates  # noqa: E402
from unionapp.printing.fonts import load_fonts  # noqa: E402
from unionapp.printing.hardship_form import FamilyMember, HardshipFile, render_hardship_form  # noqa: E402
from unionapp.printing.mediation_form import MediationCase, MediationStep, render_mediation_form  # noqa: E402
from unionapp.printing.member_card import render_cards  # noqa: E402
from unionapp.printing.roster import Roster, RosterRow, render_roster  # noqa: E402
from unionapp.printing.visit_form import VisitGift, VisitRecord, render_visit_form  # noqa: E402
from unionapp.services.cards import CardFace  # noqa: E402

OUT = Path(__file__).resolve().parent
ISSUED = date(2026, 11, 21)
LONG_UNION = "龙泉县龙旺庄街道新就业形态劳动者（快递、外卖、网约车）联合工会委员会"


def portrait(seed: int) -> bytes:
    image = Image.new("RGB", (300, 420), (205, 222, 240))
    draw = ImageDraw.Draw(image)
    skin = (238, 206, 178) if seed % 2 else (226, 190, 160)
    draw.ellipse((95, 70, 205, 200), fill=skin)
    draw.rectangle((55, 250, 245, 420), fill=(40, 62, 120) if seed % 3 else (90, 90, 90))
    draw.polygon([(150, 250), (125, 320), (175, 320)], fill=(240, 240, 240))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


def faces() -> list[CardFace]:
    names = ["张红梅", "欧阳玥", "刘䶮", "王喆", "阿卜杜热合曼·买买提依明", "李明", "赵丽颖", "孙建国", "周杰", "吴晓"]
    unions = ["龙泉机械厂工会委员会", "城关镇第一小学工会", LONG_UNION, "龙泉县人民医院工会委员会"]
    return [CardFace(i, f"2026{i:08d}", name, unions[i % len(unions)], "龙泉县总工会", date(2015 + i, i % 12 + 1, 8),
                     None, portrait(i) if i % 3 else None) for i, name in enumerate(names, start=1)]


def pages(pdf: Path, stem: str, dpi: int = 60, first: int = 1, last: int | None = None) -> None:
    args = ["pdftoppm", "-png", "-r", str(dpi), "-f", str(first)] + (["-l", str(last)] if last else [])
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([*args, str(pdf), f"{tmp}/p"], check=True)
        made = sorted(Path(tmp).glob("p-*.png"))
        for index, png in enumerate(made, start=first):
            target = OUT / (f"{stem}.png" if len(made) == 1 else f"{stem}-{index}.png")
            shutil.move(png, target)
            print(target.relative_to(ROOT))


def main() -> None:
    fonts = load_fonts()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        cards = faces()
        render_cards(str(work / "a4.pdf"), cards, layout=load_layout("a4"), fonts=fonts, issued_on=ISSUED,
                     total=len(cards), back=True)
        pages(work / "a4.pdf", "cards-a4-sheet", 60)
        render_cards(str(work / "cr80.pdf"), cards[:1], layout=load_layout("cr80"), fonts=fonts, issued_on=ISSUED,
                     total=1, back=True)
        pages(work / "cr80.pdf", "card-cr80", 200)

        people = [Honouree("张红梅", "龙泉机械厂", "2026年度县级劳动模范", "LQ2026-001", "龙泉县总工会", date(2026, 4, 28)),
                  Honouree("欧阳玥", LONG_UNION, "龙泉县第三届职业技能竞赛（电工组）一等奖", "JS2026-002",
                           "龙泉县总工会　龙泉县人力资源和社会保障局", date(2026, 5, 1))]
        render_certificates(str(work / "honour.pdf"), people[:1], template=load_template("honour"), fonts=fonts)
        pages(work / "honour.pdf", "certificate-honour", 60)
        render_certificates(str(work / "award.pdf"), people[1:], template=load_template("award"), fonts=fonts)
        pages(work / "award.pdf", "certificate-award", 60)
        render_certificates(str(work / "overlay.pdf"), people[:1], template=load_template("honour"), fonts=fonts,
                            mode="overlay")
        pages(work / "overlay.pdf", "certificate-overlay", 60)

        rows = tuple(RosterRow(["张红梅", "欧阳玥", "刘䶮", "王喆", "李明", "赵丽颖", "孙建国"][i % 7],
                               f"37060219{70 + i % 20}0101{i:04d}"[:18], [LONG_UNION, "龙泉机械厂", "城关镇第一小学"][i % 3],
                               ["深度困难", "相对困难", "意外致困"][i % 3],
                               [Decimal(500), Decimal(800), Decimal(1000), Decimal("1500.50")][i % 4],
                               remark="重病住院" if i % 9 == 0 else "") for i in range(26))
        render_roster(str(work / "roster.pdf"), Roster("2026年春节送温暖困难职工慰问金签领表", rows, "龙泉县总工会",
                                                       date(2026, 1, 20), "资金来源：县总工会帮扶资金"),
                      full_ids=False, fonts=fonts)
        pages(work / "roster.pdf", "roster", 60)

        render_visit_form(str(work / "visit.pdf"), VisitRecord(
            date(2026, 1, 20), "困难职工", "刘䶮", "龙泉机械厂", "困难职工档案", "138****8000", "城关镇幸福路12号",
            "王主席、李干事", (VisitGift("慰问金", "", Decimal(1000)), VisitGift("大米", "2 袋", Decimal("120.00"))),
            "本人患尿毒症，每周透析三次，妻子无固定工作，儿子读高二。家中老人长期卧床，医药费负担重。希望工会帮助申请大病救助。",
            "协助申请医疗救助；联系社区落实临时救助。", "", "送温暖 2026-0012", "ZF2026-001", "李干事", "龙泉县总工会"),
            fonts=fonts)
        pages(work / "visit.pdf", "visit-form", 60)

        render_hardship_form(str(work / "hardship.pdf"), HardshipFile(
            "王喆", "370602********8889", "KN2026-018", "男", date(1975, 3, 2), "汉族", "群众", "138****8000",
            "龙泉机械厂", "城关镇幸福路12号", "深度困难", "患重特大疾病", ("子女上学",), "患病", "在岗", "已婚", "租房",
            "城镇", "职工医保", Decimal(2100), Decimal(30000), 4, False, False, "", "龙泉农商银行", "**** **** **** 1234",
            (FamilyMember("李玥", "配偶", 48, "无业", Decimal(0), "良好"),
             FamilyMember("王小明", "子女", 17, "龙泉一中", None, "良好")),
            "本人2025年确诊尿毒症，需长期透析，每月自付医药费约三千元。妻子无固定工作，儿子在读高中，家庭收入难以维持基本生活。",
            "王干事", "情况属实，建议列为深度困难职工。", "赵部长", "同意建档。", date(2026, 2, 1), "在档", "龙泉县总工会"),
            fonts=fonts)
        pages(work / "hardship.pdf", "hardship-form", 60)

        render_mediation_form(str(work / "mediation.pdf"), MediationCase(
            "TJ2026-007", date(2026, 3, 5), "张红梅", "欠薪", "女", "370602********8889", "138****8000", True,
            "城关镇幸福路8号", "龙泉某某建筑有限公司", "刘经理", "龙泉县工业园", "法院委派", "(2026)鲁0602民初123号",
            Decimal(36500), "请求被申请单位支付2025年3月至12月拖欠工资36500元。",
            "申请人自2025年3月起在被申请单位从事钢筋工作业，双方未签订书面劳动合同，被申请单位以工程款未结清为由拖欠工资。",
            (MediationStep(date(2026, 3, 6), "王律师", "电话联系被申请单位，约定调解时间。"),
             MediationStep(date(2026, 3, 12), "王律师", "双方到场调解，达成分两期支付的调解协议。")),
            "调解成功", Decimal(36500), date(2026, 3, 12), "王律师", "王律师", "龙泉县总工会"), fonts=fonts)
        pages(work / "mediation.pdf", "mediation-form", 60)

        member_form(work, fonts)
        pages(work / "member.pdf", "member-form", 60)

        render_layout_calibration(str(work / "cal-a4.pdf"), load_layout("a4"), fonts=fonts)
        pages(work / "cal-a4.pdf", "calibration-a4", 60)
        render_layout_calibration(str(work / "cal-cr80.pdf"), load_layout("cr80"), fonts=fonts)
        pages(work / "cal-cr80.pdf", "calibration-cr80", 200)


def member_form(work: Path, fonts) -> None:
    """会员登记表 reads a real member: a throwaway database with one union and one member."""
    import os

    os.environ["UNIONAPP_HOME"] = str(work)
    from unionapp.db.engine import Database
    from unionapp.db.migrate import upgrade_database
    from unionapp.printing.member_form import print_member_form
    from unionapp.services.cards import record_issues
    from unionapp.services.members import MemberInput, create_member, set_photo
    from unionapp.services.organizations import OrgInput, create_organization
    from unionapp.services.rights import SYSTEM_ACTOR as admin

    db = Database.open(f"sqlite:///{work / 'samples.sqlite3'}")
    upgrade_database(db)
    with db.session() as s:
        county = create_organization(s, admin, OrgInput(level="county", name="龙泉县总工会"), today=ISSUED)
        town = create_organization(s, admin, OrgInput(level="township", name="城关镇总工会", parent_id=county),
                                   today=ISSUED)
        union = create_organization(s, admin, OrgInput(level="grassroots", name="龙泉机械厂工会委员会",
                                                       parent_id=town), today=ISSUED)
        saved = create_member(s, admin, MemberInput(
            name="欧阳玥", id_number="370602198901018028", nation="汉族", phone="13800138000", education="大学本科",
            political_status="中共党员", hukou_type="城镇", employer_name="龙泉机械厂", post="电工班长",
            employment_form="劳动合同", skill_level="高级工", org_id=union, joined_on=date(2015, 5, 1),
            remark="2024年获评龙泉工匠。"), today=ISSUED)
        set_photo(s, admin, saved.id, portrait(2))
        record_issues(s, admin, [saved.id], layout="cr80", issued_on=date(2025, 6, 1))
    with db.session() as s:
        print_member_form(s, admin, saved.id, str(work / "member.pdf"), fonts=fonts, today=ISSUED)
    db.dispose()


if __name__ == "__main__":
    main()
