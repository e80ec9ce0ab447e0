"""Reading the sheets clerks have: every format through one reader, the header found below
titles, columns matched by synonyms, merged cells filled, blank/合计/signature rows skipped."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from unionapp.sheets.columns import KINDS, MEMBERS, ORGANIZATIONS, header_key, synonym_table
from unionapp.sheets.importing import ImportProblem, open_sheet, read_table
from unionapp.sheets.layout import HeaderNotFound, detect_layout, extract_rows
from unionapp.sheets.reading import RawSheet, SheetReadError, decode_csv_bytes, read_sheet, sheet_names

SAMPLES = Path(__file__).resolve().parent.parent / "fixtures" / "sheets"


def test_header_found_below_title_rows_with_synonyms():
    table = read_table(SAMPLES / "members_messy.xlsx", MEMBERS)
    layout = table.layout
    assert layout.header_row == 2  # the sheet's row 3, below the title and the 填报单位 line
    assert layout.mapping == {"union": 1, "name": 2, "sex": 3, "nation": 4, "id_number": 5, "birth_date": 6,
                              "phone": 7, "joined_on": 8, "is_migrant": 9, "township": 10}
    assert layout.unknown == []  # 序号 is known and ignored
    assert [row.number for row in table.rows] == [4, 5, 6, 7, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19]
    assert table.skipped == {"blank": 2, "total": 1, "footer": 1, "header": 0}


def test_merged_union_cells_fill_every_row_they_cover():
    table = read_table(SAMPLES / "members_messy.xlsx", MEMBERS)
    unions = {row.number: row.values["union"] for row in table.rows}
    assert [unions[n] for n in (4, 5, 6, 7)] == ["龙泉机械厂工会委员会"] * 4
    assert [unions[n] for n in (9, 10)] == ["龙旺庄超市工会"] * 2
    # The refused-rows report gets the filled value as well.
    assert table.rows[1].cells[1] == "龙泉机械厂工会委员会"


@pytest.mark.parametrize(("name", "expected"), [
    ("members.xls", {3: "龙泉机械厂工会委员会", 4: "龙泉机械厂工会委员会", 5: "龙泉机械厂工会委员会"}),
    ("members.ods", {3: "龙旺庄超市工会", 4: "龙旺庄超市工会", 5: "龙泉机械厂工会委员会"}),
])
def test_merged_cells_in_xls_and_ods(name, expected):
    table = read_table(SAMPLES / name, MEMBERS)
    assert {row.number: row.values["union"] for row in table.rows} == expected
    assert table.rows[0].values["joined_on"] in (date(2015, 3, 1), date(2020, 1, 2))  # date cells stay dates


def test_ods_merged_ranges_come_from_the_cell_spans():
    sheet = read_sheet(SAMPLES / "members.ods")
    assert sheet.name == "名册"
    assert ((2, 1), (3, 1)) in sheet.merged


def test_csv_encodings_are_detected():
    gbk = read_sheet(SAMPLES / "members_gbk.csv")
    utf8 = read_sheet(SAMPLES / "members_utf8_bom.csv")
    assert gbk.rows == utf8.rows
    assert gbk.rows[1][:2] == ["姓名", "身份证号"]
    text = "姓名,身份证号\n张红梅,370602198901018888\n"
    for encoding in ("utf-8", "utf-8-sig", "gbk", "gb18030", "utf-16"):
        assert decode_csv_bytes(text.encode(encoding)) == text


def test_tab_separated_text_is_read_too(tmp_path):
    path = tmp_path / "roster.txt"
    path.write_text("姓名\t身份证号码\t所属工会\n张红梅\t370602198901018888\t龙泉机械厂工会委员会\n", encoding="utf-16")
    table = read_table(path, MEMBERS)
    assert table.rows[0].values == {"name": "张红梅", "id_number": "370602198901018888", "union": "龙泉机械厂工会委员会"}


def test_unreadable_files_are_refused_with_a_reason(tmp_path):
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"this is not a workbook")
    with pytest.raises(SheetReadError, match="无法读取“broken.xlsx”"):
        read_sheet(broken)
    with pytest.raises(SheetReadError, match="不支持的文件类型"):
        read_sheet(tmp_path / "roster.docx")
    with pytest.raises(ImportProblem, match="找不到文件"):
        open_sheet(tmp_path / "missing.xlsx", MEMBERS)


def test_no_header_is_a_clear_problem():
    with pytest.raises(ImportProblem, match="没有找到表头.*工会名称"):
        open_sheet(SAMPLES / "members_gbk.csv", ORGANIZATIONS)
    with pytest.raises(HeaderNotFound):
        detect_layout(RawSheet("空表", [["龙泉县会员名册"], [""], ["备注"]]), MEMBERS)


def test_header_keys_ignore_hints_stars_and_spaces():
    table = synonym_table(MEMBERS)
    for text in ("身份证号码（必填）", "*公民身份号码", "身份证号 ", "证 件 号 码", "身份证号码\n(18位)", "居民身份证号码："):
        assert table[header_key(text)] == "id_number", text
    assert table[header_key("入会时间（yyyy-mm-dd）")] == "joined_on"
    assert table[header_key("乡镇（街道）")] == "township"


def test_every_template_header_and_synonym_means_one_column():
    for kind in KINDS.values():
        seen: dict[str, str] = {}
        for column in kind.columns:
            for name in (column.header, *column.synonyms):
                key = header_key(name)
                assert seen.setdefault(key, column.key) == column.key, f"{kind.key}: {name}"


def test_footer_and_total_rows_are_not_data_but_look_alike_names_are():
    rows = [
        ["工会名称", "职工人数"],
        ["说明书印刷厂工会", 20],  # starts like 说明 but is a union
        ["合计", 20],
        ["小计：1个", None],
        ["制表人：刘芳", "审核人：王强"],
        ["单位（盖章）", None],
        ["工会名称", "职工人数"],  # a repeated header (two rosters pasted together)
        ["日期：2026年1月5日", None],
        ["  ", None],
    ]
    sheet = RawSheet("名录", rows)
    table = extract_rows(sheet, ORGANIZATIONS, detect_layout(sheet, ORGANIZATIONS))
    assert [row.values["name"] for row in table.rows] == ["说明书印刷厂工会"]
    assert table.skipped == {"blank": 1, "total": 2, "footer": 3, "header": 1}


def test_sheet_names_and_choosing_the_sheet_with_a_header(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "说明"
    book.active.append(["本表由各基层工会填报"])
    data = book.create_sheet("名册")
    data.append(["姓名", "身份证号码"])
    data.append(["张红梅", "370602198901018888"])
    book.save(tmp_path / "two.xlsx")
    assert sheet_names(tmp_path / "two.xlsx") == ["说明", "名册"]
    opened = open_sheet(tmp_path / "two.xlsx", MEMBERS)
    assert opened.sheet.name == "名册" and opened.layout.header_row == 0
