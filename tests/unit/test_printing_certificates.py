"""Certificates: full design and 套打 overlay with offsets, a batch in one PDF, honourees read
from the sheets clerks have (.xlsx with title rows, GBK .csv)."""

from __future__ import annotations

import csv
from datetime import date

import openpyxl
import pytest
from reportlab.lib.units import mm

from tests.printing_pdf import all_text, embedded_fonts, page_count, page_texts, text_boxes
from unionapp.printing.certificate import Honouree, available_templates, load_template, render_certificates
from unionapp.printing.fonts import load_fonts
from unionapp.printing.honourees import HonoureeFileError, read_honourees

PEOPLE = [
    Honouree("张红梅", "龙泉机械厂", "2026年度县级劳动模范", "LQ2026-001", "龙泉县总工会", date(2026, 4, 28)),
    Honouree("欧阳玥", "龙泉县龙旺庄街道新就业形态劳动者（快递、外卖、网约车）联合工会委员会", "龙泉工匠", "LQ2026-002",
             "龙泉县总工会", date(2026, 4, 28)),
    Honouree("刘䶮", "城关镇第一小学", "五一劳动奖章", "LQ2026-003", "龙泉县总工会", date(2026, 5, 1)),
]


def flat(path) -> str:
    return all_text(path).replace("\u3000", "")


def test_templates_ship():
    assert {"honour", "award"} <= set(dict(available_templates()))
    honour = load_template("honour")
    assert (honour.width, honour.height) == (297.0, 210.0)  # A4 landscape


def test_full_design_batch_one_certificate_a_page(tmp_path):
    out = tmp_path / "honour.pdf"
    run = render_certificates(str(out), PEOPLE, template=load_template("honour"), fonts=load_fonts())
    assert run.pages == 3 == page_count(out) and run.missing == ()
    texts = page_texts(out)
    for person, text in zip(PEOPLE, texts, strict=True):
        flat_text = text.replace("\n", "").replace(" ", "").replace("\u3000", "")
        assert "荣誉证书" in flat_text
        for value in (person.name, person.cert_no, person.title, "2026年"):
            assert value in flat_text, value
        assert "第" not in flat_text or "页共" not in flat_text  # nothing printed on the certificate but itself
    assert all(embedded_fonts(out).values())


def test_overlay_prints_only_the_fields_shifted_by_the_offsets(tmp_path):
    template = load_template("award")
    plain, shifted = tmp_path / "o.pdf", tmp_path / "s.pdf"
    render_certificates(str(plain), PEOPLE[:1], template=template, fonts=load_fonts(), mode="overlay")
    render_certificates(str(shifted), PEOPLE[:1], template=template, fonts=load_fonts(), mode="overlay",
                        offset_mm=(3.0, -2.0))
    text = flat(plain)
    assert "张红梅" in text and "LQ2026-001" in text and "获奖证书" not in text.replace(" ", "")
    (a,), (b,) = text_boxes(plain, 0, "张红梅"), text_boxes(shifted, 0, "张红梅")
    assert b[0] - a[0] == pytest.approx(3 * mm, abs=0.2) and b[1] - a[1] == pytest.approx(2 * mm, abs=0.2)


def test_custom_title(tmp_path):
    out = tmp_path / "t.pdf"
    render_certificates(str(out), PEOPLE[:1], template=load_template("award"), fonts=load_fonts(),
                        doc_title="技能竞赛获奖证书")
    assert "技能竞赛获奖证书" in flat(out).replace(" ", "")


def test_honourees_from_xlsx_with_title_rows_and_a_total_line(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["2026年度龙泉县劳动模范名单"])
    sheet.append([])
    sheet.append(["序号", "姓名", "工作单位", "荣誉称号", "证书编号", "颁发单位", "颁发日期"])
    sheet.append([1, "张红梅", "龙泉机械厂", "县级劳动模范", "LQ2026-001", "龙泉县总工会", date(2026, 4, 28)])
    sheet.append([2, " 欧阳玥 ", "城关镇第一小学", "县级劳动模范", "LQ2026-002", "龙泉县总工会", "2026.4.28"])
    sheet.append([])
    sheet.append(["制表人：李干事"])
    path = tmp_path / "list.xlsx"
    book.save(path)
    people = read_honourees(path)
    assert [(p.name, p.unit, p.title, p.cert_no, p.awarded_on) for p in people] == [
        ("张红梅", "龙泉机械厂", "县级劳动模范", "LQ2026-001", date(2026, 4, 28)),
        ("欧阳玥", "城关镇第一小学", "县级劳动模范", "LQ2026-002", date(2026, 4, 28)),
    ]


def test_honourees_from_gbk_csv(tmp_path):
    path = tmp_path / "list.csv"
    with open(path, "w", encoding="gbk", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["姓名", "单位", "称号/奖项", "证书编号", "颁发单位", "日期"])
        writer.writerow(["王喆", "龙泉农商银行", "一等奖", "JS-01", "龙泉县总工会", "2026年5月1日"])
    (person,) = read_honourees(path)
    assert (person.name, person.title, person.awarded_on) == ("王喆", "一等奖", date(2026, 5, 1))


def test_unusable_lists_are_refused_with_the_row(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("单位,日期\n龙泉机械厂,2026-04-28\n", encoding="utf-8")
    with pytest.raises(HonoureeFileError, match="姓名"):
        read_honourees(path)
    path.write_text("姓名,单位,日期\n张三,龙泉机械厂,2026-02-30\n,城关镇,2026-01-01\n", encoding="utf-8")
    with pytest.raises(HonoureeFileError) as caught:
        read_honourees(path)
    assert "第 2 行日期有误" in caught.value.message and "第 3 行缺少姓名" in caught.value.message
