"""The fast paths of member import and export give what the plain paths give: the quick
resident-ID check, the phone shortcut, the member-check memos, the xlsx rows written as XML,
and a first big roster written with its indexes rebuilt and SQL run beside Python."""

from __future__ import annotations

import copy
import csv
from datetime import date, datetime, time, timedelta
from decimal import Decimal

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st
from python_calamine import CalamineWorkbook
from sqlalchemy import func, select

from tests.conftest import TODAY
from unionapp.db import bulk
from unionapp.db.models import Member, MemberIdGram, MemberNameKey, MembershipEvent
from unionapp.domain.errors import DomainError
from unionapp.domain.idcard import id_check_digit, parse_id_number, quick_resident_id
from unionapp.domain.member_check import check_member
from unionapp.domain.phone import checked_phone, normalize_phone, phone_warning
from unionapp.services.member_search import MemberFilter, search_member_ids
from unionapp.services.search_keys import id_gram_codes, name_keys
from unionapp.sheets import writing, xlsx_rows
from unionapp.sheets.columns import Column
from unionapp.sheets.importing import import_file
from unionapp.sheets.results import ImportOptions

# --- domain shortcuts ----------------------------------------------------------------------

_DIGITS = st.text(alphabet="0123456789", min_size=17, max_size=17)


@given(_DIGITS, st.sampled_from(["check", "0", "X", "x"]))
def test_quick_resident_id_agrees_with_parse_id_number(first17, last):
    number = first17 + (id_check_digit(first17) if last == "check" else last)
    quick = quick_resident_id(number, TODAY)
    try:
        info = parse_id_number(number, today=TODAY)
    except DomainError:
        assert quick is None
        return
    if number != info.number:  # lower-case x: parse_id_number cleans it, the shortcut does not
        assert quick is None
    else:
        assert quick == (info.birth_date, info.sex, info.region_known)


@given(st.one_of(st.from_regex(r"1[0-9]{10}", fullmatch=True), st.text(alphabet="0123456789+-() ", max_size=16)))
def test_checked_phone_agrees_with_the_two_steps(value):
    phone = normalize_phone(value)
    assert checked_phone(value) == (phone, phone_warning(phone))


def test_member_check_memos_keep_types_apart():
    # True and 1 are the same dictionary key; the memos only keep texts.
    for _ in range(2):
        assert check_member({"name": "张三", "is_migrant": "1"}, today=TODAY).values["is_migrant"] is True
        assert check_member({"name": "张三", "is_migrant": 1}, today=TODAY).values["is_migrant"] is True
        assert check_member({"name": "张三", "education": 1}, today=TODAY).values["education"] == "1"
        assert check_member({"name": "张三", "education": True}, today=TODAY).values["education"] == "True"
        refused = check_member({"name": "张三", "is_migrant": "也许"}, today=TODAY)
        assert "yes_no" in [i.code for i in refused.errors]


# --- xlsx rows as XML ----------------------------------------------------------------------

COLUMNS = (Column("a", "代码", text=True), Column("b", "姓名", required=True), Column("c", "数"),
           Column("d", "日期"), Column("e", "号码", text=True), Column("f", "其他"))
ROWS = [
    ["370602198901018888", "张红梅", 12, date(1989, 1, 1), 13800138000, "a&b<c>d"],
    [None, " 前后空格 ", 1.5, datetime(2020, 5, 1, 13, 45, 10), "", "\u3000全角空格"],
    ["", "", Decimal("12.50"), date(1900, 1, 1), 0, True],
    [123, "x" * 40000, float("nan"), date(1900, 3, 1), date(2020, 1, 2), False],
    ["'lead", "tail ", -7, None, "   ", "line\nbreak\r\nx"],
    ["t", time(12, 30), timedelta(days=2), None, None, "ok"],
]


def _cells(path):
    sheet = openpyxl.load_workbook(path).active
    out = []
    for row in sheet.iter_rows():
        for cell in row:
            value = cell.value
            if isinstance(value, float) and value != value:
                value = "nan"
            out.append((cell.coordinate, value, cell.data_type if value is not None else None, cell.number_format,
                        cell.font.b, cell.fill.fgColor.rgb, cell.alignment.horizontal))
    return sheet.freeze_panes, {k: (d.width, d.number_format) for k, d in sheet.column_dimensions.items()}, out


@pytest.mark.skipif(not xlsx_rows.RAW_WRITER, reason="openpyxl writes through lxml here")
def test_xml_rows_read_back_as_openpyxl_cells(tmp_path, monkeypatch):
    fast, plain = tmp_path / "fast.xlsx", tmp_path / "plain.xlsx"
    assert writing.write_xlsx(fast, "表", COLUMNS, copy.deepcopy(ROWS)) == len(ROWS)
    monkeypatch.setattr(xlsx_rows, "RAW_WRITER", False)
    assert writing.write_xlsx(plain, "表", COLUMNS, copy.deepcopy(ROWS)) == len(ROWS)
    assert _cells(fast) == _cells(plain)
    assert CalamineWorkbook.from_path(str(fast)).get_sheet_by_index(0).to_python() == \
        CalamineWorkbook.from_path(str(plain)).get_sheet_by_index(0).to_python()


@pytest.mark.skipif(not xlsx_rows.RAW_WRITER, reason="openpyxl writes through lxml here")
def test_xml_rows_keep_formula_like_text_as_text(tmp_path):
    path = tmp_path / "text.xlsx"
    writing.write_xlsx(path, "表", COLUMNS, [["=1+1", "#N/A", None, None, None, "=SUM(A1:A2)"]])
    sheet = openpyxl.load_workbook(path).active
    assert [(c.value, c.data_type) for c in sheet[2] if c.value is not None] == \
        [("=1+1", "s"), ("#N/A", "s"), ("=SUM(A1:A2)", "s")]


def test_xml_rows_refuse_control_characters_like_openpyxl(tmp_path):
    with pytest.raises(openpyxl.utils.exceptions.IllegalCharacterError):
        writing.write_xlsx(tmp_path / "bad.xlsx", "表", COLUMNS, [["ok", "bad\x01name", 1, None, None, None]])


# --- a first big roster ----------------------------------------------------------------------

BIG = bulk._REBUILD_MIN_ROWS + 50


def _roster(path, count: int) -> list[tuple[str, str]]:
    people = []
    given_names = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华"
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["姓名", "身份证号码", "手机号码", "所属工会", "入会日期", "是否农民工"])
        for i in range(count):
            birth = date(1960, 1, 1) + timedelta(days=i % 12000)
            first17 = f"370602{birth:%Y%m%d}{i % 1000:03d}"
            number = first17 + id_check_digit(first17)
            name = "王李张刘陈"[i % 5] + given_names[i % 23] + given_names[(i // 23) % 23]
            people.append((name, number))
            out.writerow([name, number, f"138{i:08d}", "龙泉机械厂工会委员会", "2020-05-01", "是" if i % 3 else ""])
    return people


def _indexes(session):
    return sorted(session.connection().exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL").all())


def test_first_big_roster_rebuilds_indexes_and_writes_every_key(sqlite_db, admin, tmp_path):
    from unionapp.services.organizations import OrgInput, create_organization

    with sqlite_db.session() as s:
        county = create_organization(s, admin, OrgInput(level="county", name="龙泉县总工会"), today=TODAY)
        create_organization(s, admin, OrgInput(level="grassroots", name="龙泉机械厂工会委员会", parent_id=county),
                            today=TODAY)
        before = _indexes(s)
    path = tmp_path / "roster.csv"
    people = _roster(path, BIG)
    with sqlite_db.session() as s:
        result = import_file(s, admin, "members", path, ImportOptions(today=TODAY))
    assert (result.imported, result.rejected) == (BIG, [])
    with sqlite_db.session() as s:
        assert _indexes(s) == before
        assert s.connection().exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        members = s.execute(select(Member.id, Member.name, Member.id_number, Member.joined_on, Member.is_migrant)
                            .order_by(Member.id)).all()
        assert len(members) == BIG and members[0].joined_on == date(2020, 5, 1)
        assert sum(1 for m in members if not m.is_migrant) == len(range(0, BIG, 3))
        events = s.execute(select(MembershipEvent.member_id, MembershipEvent.kind, MembershipEvent.on)).all()
        assert sorted(events) == [(m.id, "join", date(2020, 5, 1)) for m in members]
        names = set(s.execute(select(MemberNameKey.key, MemberNameKey.member_id)).all())
        assert names == {(key, m.id) for m in members for key in name_keys(m.name)}
        codes = set(s.scalars(select(MemberIdGram.code)))
        assert codes == {code for m in members for code in id_gram_codes(m.id, m.id_number)}
        assert s.scalar(select(func.count()).select_from(MemberIdGram)) == len(codes)
        name, number = people[4321]
        found = search_member_ids(s, admin, MemberFilter(text=number[8:16], status=None))
        assert s.scalar(select(Member.name).where(Member.id == found[0])) == name


# --- SQL beside Python -------------------------------------------------------------------------

def test_background_statements_run_in_order_and_their_error_is_raised(sqlite_db):
    with sqlite_db.session() as s:
        s.connection().exec_driver_sql("CREATE TABLE scratch (n INTEGER)")
        with bulk.statements_in_background(s, [("INSERT INTO scratch VALUES (?)", (1,)),
                                               "INSERT INTO scratch SELECT n + 1 FROM scratch"]):
            sum(range(100_000))  # Python work meanwhile
        assert s.connection().exec_driver_sql("SELECT n FROM scratch ORDER BY n").scalars().all() == [1, 2]
    with pytest.raises(Exception, match="no such table"), sqlite_db.session() as s:
        with bulk.statements_in_background(s, ["INSERT INTO missing VALUES (1)", "SELECT 1"]):
            pass


def test_background_statements_stop_when_the_block_fails(sqlite_db):
    with pytest.raises(ZeroDivisionError), sqlite_db.session() as s:
        with bulk.statements_in_background(s, ["SELECT 1"] * 50):
            1 / 0  # noqa: B018 - the block fails; the helper is waited for, then the error goes on
