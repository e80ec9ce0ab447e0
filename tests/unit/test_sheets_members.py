"""Member rosters in: the committed sample sheets import with exact counts and row-numbered
messages; re-imports change nothing; existing members are updated, never duplicated; a batch
is all-or-nothing, even when the process dies in the middle."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.conftest import TODAY, make_actor
from unionapp.db.models import (
    AuditEntry,
    Counter,
    Member,
    MemberIdGram,
    MemberNameKey,
    MembershipEvent,
    Organization,
)
from unionapp.services.errors import PermissionDenied
from unionapp.services.member_search import MemberFilter, search_member_ids
from unionapp.sheets.columns import MEMBERS
from unionapp.sheets.import_members import CRASH_ENV
from unionapp.sheets.importing import import_file, read_table, run_import
from unionapp.sheets.results import ImportCancelled, ImportOptions

SAMPLES = Path(__file__).resolve().parent.parent / "fixtures" / "sheets"
ROOT = Path(__file__).resolve().parents[2]
ZHANG, LI, WANG, ZHAO = "370602198901018888", "37060219750512123X", "370611199202282461", "370612198010101357"
SUN, ZHOU, HAN = "370602199507073728", "370683198811114575", "370602199303150664"
OLD15_AS_18 = "370602196607071232"
ID_COLUMN = "公民身份号码（18位）"


def run(db, actor, name: str, *, dry_run: bool = False, **options):
    with db.session() as session:
        return import_file(session, actor, "members", SAMPLES / name,
                           ImportOptions(today=TODAY, dry_run=dry_run, source_name=name, **options))


def issue(row: int, column: str, code: str, message: str) -> dict:
    return {"row": row, "errors": [{"column": column, "code": code, "message": f"第{row}行 {column}：{message}"}]}


MESSY_EXPECTED = {
    "rows_read": 15,
    "imported": 8,
    "updated": 0,
    "created_organizations": ["城关新华书店工会", "龙泉县邮政分公司工会"],
    "rejected": [
        issue(10, ID_COLUMN, "id_as_number", "证件号码被 Excel 存成了数字，末几位已经丢失（3.70683198811114e+17）。"
                                             "请把该列设为“文本”格式，按原件重新录入号码后再导入"),
        issue(11, ID_COLUMN, "check_digit", "身份证号码校验位错误：370602197001019110，请核对原件"),
        issue(12, "入会时间", "date", "日期不存在：2019-02-30"),
        issue(13, "入会时间", "future_date", "日期晚于今天：2031-01-01"),
        issue(14, "姓名", "required", "姓名不能为空"),
        issue(15, ID_COLUMN, "empty", "身份证号码为空"),
        issue(16, ID_COLUMN, "duplicate_in_file", f"与第4行的证件号码相同（{ZHANG}），同一人只能登记一次，本行未导入"),
    ],
    "warnings": [
        issue(6, "性别", "sex_mismatch", "填写的性别“男”与身份证号码不符，已按身份证号码记为“女”"),
        issue(7, "联系电话", "odd_phone", "电话号码“12345”看起来不对：手机应为1开头的11位数字，固定电话应带区号（如 0535-1234567）"),
        issue(17, ID_COLUMN, "converted_15", f"15位旧身份证号码已转换为18位：{OLD15_AS_18}"),
        issue(18, ID_COLUMN, "unknown_region", "身份证号码的地区码 990101 不在已知的行政区划代码中，请核对"),
        issue(19, "所在镇街", "unknown_township",
              "系统中没有乡镇（街道）“无此镇”，新建的“龙泉县邮政分公司工会”挂在“龙泉县总工会”下，请核对"),
    ],
}


def members_by_id_number(db) -> dict[str, Member]:
    with db.session() as session:
        return {m.id_number: m for m in session.scalars(select(Member))}


def database_state(db) -> dict:
    """Everything an import may touch, to compare before and after."""
    with db.session() as session:
        members = sorted(
            tuple(row) for row in session.execute(
                select(Member.id, Member.member_no, Member.name, Member.id_number, Member.phone, Member.org_id,
                       Member.joined_on, Member.version, Member.status)
            )
        )
        count = lambda model: session.scalar(select(func.count()).select_from(model))  # noqa: E731
        return {
            "members": members,
            "events": count(MembershipEvent),
            "name_keys": count(MemberNameKey),
            "grams": count(MemberIdGram),
            "orgs": sorted(session.scalars(select(Organization.name))),
            "counters": sorted(tuple(r) for r in session.execute(select(Counter.name, Counter.value))),
            "audit": count(AuditEntry),
        }


def test_messy_roster_imports_with_exact_counts_and_messages(db, admin, tree):
    result = run(db, admin, "members_messy.xlsx")
    assert result.as_json() == MESSY_EXPECTED
    assert result.skipped == {"blank": 2, "total": 1, "footer": 1, "header": 0}
    assert (result.sheet_name, result.header_row) == ("会员花名册", 3)


def test_messy_roster_values_are_normalised(db, admin, tree):
    run(db, admin, "members_messy.xlsx")
    members = members_by_id_number(db)
    assert set(members) == {ZHANG, LI, WANG, ZHAO, SUN, OLD15_AS_18, "990101198503033152", "370602198704190822"}
    zhang = members[ZHANG]
    assert (zhang.name, zhang.sex, zhang.nation, zhang.phone, zhang.joined_on) == \
        ("张红梅", "女", "汉族", "13800138000", date(2015, 3, 1))
    assert zhang.birth_date == date(1989, 1, 1) and zhang.org_id == tree["union_a"]
    assert members[LI].joined_on == date(2001, 7, 1) and members[LI].is_migrant is False  # full-width digits, ×
    assert members[WANG].sex == "女" and members[WANG].is_migrant is True  # the ID wins; √
    assert members[WANG].joined_on == date(2018, 9, 10) and members[WANG].nation == "回族"  # 20180910 as a number
    assert members[ZHAO].phone == "12345"  # odd phone kept, with a warning
    assert members[SUN].joined_on == date(2021, 6, 18) and members[SUN].org_id == tree["union_b"]  # Excel serial
    assert members["370602198704190822"].joined_on == date(2012, 6, 1)  # "2012.6"
    with db.session() as session:
        orgs = {o.name: o for o in session.scalars(select(Organization))}
    bookshop, post = orgs["城关新华书店工会"], orgs["龙泉县邮政分公司工会"]
    assert (bookshop.level, bookshop.parent_id, bookshop.township_name) == ("grassroots", tree["town_a"], "城关镇")
    assert (post.level, post.parent_id) == ("grassroots", tree["county"])
    assert members[OLD15_AS_18].org_id == bookshop.id and members[OLD15_AS_18].sex == "男"


def test_importing_the_same_file_twice_changes_nothing(db, admin, tree):
    run(db, admin, "members_messy.xlsx")
    before = database_state(db)
    again = run(db, admin, "members_messy.xlsx")
    assert (again.imported, again.updated, again.unchanged, again.created_organizations) == (0, 0, 8, [])
    assert [r.row for r in again.rejected] == [10, 11, 12, 13, 14, 15, 16]
    assert database_state(db) == before


def test_members_are_written_with_numbers_events_keys_and_one_audit_entry(db, admin, tree):
    with db.session() as session:
        audit_before = session.scalar(select(func.count()).select_from(AuditEntry))
    result = run(db, admin, "members_good.xlsx")
    assert (result.imported, result.rejected, result.warnings) == (6, [], [])
    members = members_by_id_number(db)
    zhang = members[ZHANG]
    assert zhang.member_no.startswith("2015") and members[ZHOU].member_no.startswith("2023")
    assert len({m.member_no for m in members.values()}) == 6
    assert members[WANG].org_id == tree["branch"] and members[ZHOU].employment_form == "新就业形态"
    with db.session() as session:
        events = session.execute(select(MembershipEvent.member_id, MembershipEvent.kind, MembershipEvent.on,
                                        MembershipEvent.org_id)).all()
        assert sorted(events) == sorted((m.id, "join", m.joined_on, m.org_id) for m in members.values())
        entries = session.scalars(select(AuditEntry).where(AuditEntry.id > audit_before)).all()
        assert [(e.action, e.entity) for e in entries] == [("import", "member")]
        assert "新增 6 人" in entries[0].summary and "members_good.xlsx" in entries[0].summary
        # The search keys exist: name part, pinyin initials and an ID fragment find the member.
        for text in ("红梅", "zhm", "19890101"):
            assert search_member_ids(session, admin, MemberFilter(text=text)) == [zhang.id]


def test_existing_member_is_updated_keeping_number_and_history(db, admin, tree):
    run(db, admin, "members_good.xlsx")
    before = members_by_id_number(db)
    result = run(db, admin, "members_update.xlsx")
    assert result.as_json() == {
        "rows_read": 4, "imported": 1, "updated": 1, "created_organizations": [],
        "rejected": [issue(4, "所属工会", "transfer_needed",
                           "该会员（赵强）已登记在“龙旺庄超市工会”，本行填写的是“龙泉机械厂工会委员会”。"
                           "更换工会属于会籍接转，请在会员管理中办理“转出/转入”，本行未导入")],
        "warnings": [],
    }
    assert result.unchanged == 1  # 李建国: same values
    after = members_by_id_number(db)
    zhang = after[ZHANG]
    assert (zhang.phone, zhang.post, zhang.member_no, zhang.version) == \
        ("13800138001", "财务科长", before[ZHANG].member_no, before[ZHANG].version + 1)
    assert zhang.education == "大学本科"  # a column the sheet lacks is kept
    assert after[ZHAO].org_id == tree["union_b"] and after[ZHAO].phone == before[ZHAO].phone
    assert after[HAN].org_id == tree["union_b"]
    with db.session() as session:
        kinds = session.scalars(select(MembershipEvent.kind).where(MembershipEvent.member_id == zhang.id)).all()
        assert kinds == ["join"]
        update = session.scalars(select(AuditEntry).where(AuditEntry.action == "update",
                                                          AuditEntry.entity_id == str(zhang.id))).one()
        assert '"13800138001"' in update.after and '"13800138000"' in update.before


def test_renamed_member_gets_new_search_keys(db, admin, tree, tmp_path):
    from openpyxl import Workbook

    run(db, admin, "members_good.xlsx")
    book = Workbook()
    book.active.append(["姓名", "身份证号码", "所属工会"])
    book.active.append(["张洪梅", ZHANG, "龙泉机械厂工会委员会"])
    book.save(tmp_path / "rename.xlsx")
    with db.session() as session:
        result = import_file(session, admin, "members", tmp_path / "rename.xlsx", ImportOptions(today=TODAY))
        assert result.updated == 1
        zhang_id = session.scalar(select(Member.id).where(Member.id_number == ZHANG))
        assert search_member_ids(session, admin, MemberFilter(text="洪梅")) == [zhang_id]
        assert search_member_ids(session, admin, MemberFilter(text="红梅")) == []


def test_dry_run_reports_the_same_and_writes_nothing(db, admin, tree):
    before = database_state(db)
    result = run(db, admin, "members_messy.xlsx", dry_run=True)
    assert result.as_json() == MESSY_EXPECTED
    assert database_state(db) == before


@pytest.mark.parametrize("name", ["members_gbk.csv", "members_utf8_bom.csv"])
def test_csv_in_gbk_or_utf8(db, admin, tree, name):
    result = run(db, admin, name)
    assert result.as_json() == {
        "rows_read": 4, "imported": 3, "updated": 0, "created_organizations": [],
        "rejected": [issue(5, "身份证号", "id_as_number", "证件号码被 Excel 存成了数字，末几位已经丢失（3.70683E+17）。"
                                                         "请把该列设为“文本”格式，按原件重新录入号码后再导入")],
        "warnings": [],
    }
    members = members_by_id_number(db)
    assert members[HAN].name == "韩梅" and members[HAN].joined_on == date(2022, 3, 1)
    assert members[ZHAO].phone == "0535-6221234" and members[SUN].joined_on == date(2021, 6, 18)


@pytest.mark.parametrize(("name", "unions"), [
    ("members.xls", {ZHANG: "union_a", LI: "union_a", WANG: "union_a"}),
    ("members.ods", {ZHAO: "union_b", SUN: "union_b", LI: "union_a"}),
])
def test_xls_and_ods_with_merged_union_cells(db, admin, tree, name, unions):
    result = run(db, admin, name)
    assert (result.rows_read, result.imported, result.rejected, result.skipped["total"]) == (3, 3, [], 1)
    members = members_by_id_number(db)
    assert {number: m.org_id for number, m in members.items()} == {n: tree[u] for n, u in unions.items()}
    assert members[LI].joined_on == date(2001, 7, 1)


def test_rows_without_a_union_are_refused_unless_the_wizard_gives_one(db, admin, tree, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["姓名", "身份证号码"])
    book.active.append(["张红梅", ZHANG])
    book.save(tmp_path / "no_union.xlsx")
    with db.session() as session:
        refused = import_file(session, admin, "members", tmp_path / "no_union.xlsx", ImportOptions(today=TODAY))
    assert refused.as_json()["rejected"] == [
        issue(2, "所属工会", "required", "所属工会为空，请填写会员所在的基层工会")]
    with db.session() as session:
        done = import_file(session, admin, "members", tmp_path / "no_union.xlsx",
                           ImportOptions(today=TODAY, default_org_id=tree["union_b"]))
    assert done.imported == 1 and members_by_id_number(db)[ZHANG].org_id == tree["union_b"]


def test_a_union_that_cannot_hold_members_is_refused(db, admin, tree, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["姓名", "身份证号码", "所属工会"])
    book.active.append(["张红梅", ZHANG, "城关镇总工会"])
    book.save(tmp_path / "town.xlsx")
    with db.session() as session:
        result = import_file(session, admin, "members", tmp_path / "town.xlsx", ImportOptions(today=TODAY))
    assert result.as_json()["rejected"] == [
        issue(2, "所属工会", "not_grassroots", "“城关镇总工会”是乡镇（街道）总工会，会员应登记在基层工会或分会")]


def test_viewer_may_not_import(db, tree, viewer):
    with pytest.raises(PermissionDenied):
        run(db, viewer, "members_good.xlsx")


def test_clerk_limited_to_a_township_cannot_import_into_another(db, tree):
    with db.session() as session:
        town_a_path = session.get(Organization, tree["town_a"]).path
    clerk = make_actor("clerk", sensitive=True, scope_path=town_a_path)
    result = run(db, clerk, "members_good.xlsx")
    assert result.imported == 3  # 龙泉机械厂 and its branch lie in 城关镇
    assert [(r.row, r.issues[0].code) for r in result.rejected] == [(5, "scope"), (6, "scope"), (7, "scope")]


def test_cancel_rolls_the_batch_back(db, admin, tree):
    before = database_state(db)
    calls = []

    def progress(done, total):
        calls.append(done)
        return len(calls) < 3  # the clerk presses cancel during the write

    table = read_table(SAMPLES / "members_good.xlsx", MEMBERS)
    with pytest.raises(ImportCancelled), db.session() as session:
        run_import(session, admin, MEMBERS, table, ImportOptions(today=TODAY), progress)
    assert database_state(db) == before


def test_a_crash_in_the_middle_of_a_batch_leaves_the_database_as_it_was(db, admin, tree):
    """The importer process dies (os._exit) after writing the first members of the batch."""
    before = database_state(db)
    url = db.engine.url.render_as_string(hide_password=False)
    script = (
        "import sys; from datetime import date; from pathlib import Path\n"
        "from unionapp.db.engine import Database\n"
        "from unionapp.services.rights import SYSTEM_ACTOR\n"
        "from unionapp.sheets.importing import import_file\n"
        "from unionapp.sheets.results import ImportOptions\n"
        "db = Database.open(sys.argv[1])\n"
        "with db.session() as session:\n"
        "    import_file(session, SYSTEM_ACTOR, 'members', Path(sys.argv[2]), ImportOptions(today=date(2026, 11, 21)))\n"
        "print('finished')\n"
    )
    env = {**os.environ, CRASH_ENV: "1"}
    done = subprocess.run([sys.executable, "-c", script, url, str(SAMPLES / "members_messy.xlsx")],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 75, done.stderr
    assert "finished" not in done.stdout
    assert database_state(db) == before
    # And the same file imports completely afterwards.
    assert run(db, admin, "members_messy.xlsx").imported == 8
