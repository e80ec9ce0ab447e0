"""Unions of one name (two 城关镇中心小学工会 in two townships): imports tell them apart by the
row's 所在镇街, the clerk's scope, the union a member is already in, or the organisation
columns — and refuse the row, saying where each is, rather than pick one (DESIGN §5)."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from tests.conftest import TODAY, make_actor
from unionapp.db.models import HardshipFile, Member, Organization, UnorganizedEmployer
from unionapp.services.demo import generate_demo
from unionapp.services.member_search import MemberFilter
from unionapp.services.organizations import OrgInput, create_organization
from unionapp.services.organizing import EmployerInput, create_employer
from unionapp.sheets.exporting import export_members, export_organizations, export_unorganized
from unionapp.sheets.importing import import_file
from unionapp.sheets.results import ImportOptions

SCHOOL = "城关镇中心小学工会"
ZHANG, LI, WANG, ZHAO = "370602198901018888", "37060219750512123X", "370611199202282461", "370612198010101357"
SUN, ZHOU = "370602199507073728", "370683198811114575"
BOTH = "分别在城关镇总工会下、龙旺庄街道总工会下"
NEEDS_TOWN = (f"系统中有2个“{SCHOOL}”（{BOTH}），无法确定是哪一个；"
              "请在“所在镇街”列填写该工会所在的乡镇（街道）以便区分")


@pytest.fixture
def twins(db, admin, tree):
    """The county of `tree` with a 城关镇中心小学工会 under each township."""
    with db.session() as s:
        school_a = create_organization(s, admin, OrgInput(level="grassroots", name=SCHOOL, parent_id=tree["town_a"]),
                                       today=TODAY)
        school_b = create_organization(s, admin, OrgInput(level="grassroots", name=SCHOOL, parent_id=tree["town_b"]),
                                       today=TODAY)
    return {**tree, "school_a": school_a, "school_b": school_b}


def sheet(tmp_path: Path, headers: list[str], *rows: list, name: str = "sheet.xlsx") -> Path:
    book = Workbook()
    book.active.append(headers)
    for row in rows:
        book.active.append(row)
    book.save(tmp_path / name)
    return tmp_path / name


def load(db, actor, kind: str, path: Path, *, dry_run: bool = False):
    with db.session() as session:
        return import_file(session, actor, kind, path, ImportOptions(today=TODAY, dry_run=dry_run))


def org_of(db) -> dict[str, int]:
    with db.session() as session:
        return dict(session.execute(select(Member.id_number, Member.org_id)).all())


def refusals(result) -> list[tuple[int, str, str, str]]:
    return [(r.row, i.column, i.code, i.message) for r in result.rejected for i in r.issues]


def path_of(db, org_id: int) -> str:
    with db.session() as session:
        return session.get(Organization, org_id).path


def test_rows_with_a_township_go_to_the_union_of_that_name_there(db, admin, twins, tmp_path):
    path = sheet(tmp_path, ["姓名", "身份证号码", "所属工会", "所在镇街"],
                 ["张红梅", ZHANG, SCHOOL, "城关镇"], ["李建国", LI, SCHOOL, "龙旺庄街道"],
                 ["王丽", WANG, " 城关镇中心小学工会", "龙旺庄街道总工会"])
    result = load(db, admin, "members", path)
    assert (result.imported, result.rejected, result.created_organizations) == (3, [], [])
    assert org_of(db) == {ZHANG: twins["school_a"], LI: twins["school_b"], WANG: twins["school_b"]}


def test_rows_that_cannot_tell_the_unions_apart_are_refused_saying_where_each_is(db, admin, twins, tmp_path):
    path = sheet(tmp_path, ["姓名", "身份证号码", "所属工会", "所在镇街"],
                 ["张红梅", ZHANG, SCHOOL, None], ["李建国", LI, SCHOOL, "城关镇"])
    for dry_run in (True, False):
        result = load(db, admin, "members", path, dry_run=dry_run)
        assert result.imported == 1
        assert refusals(result) == [(2, "所属工会", "ambiguous_union", f"第2行 所属工会：{NEEDS_TOWN}")]
    assert org_of(db) == {LI: twins["school_a"]}


def test_a_township_without_a_union_of_that_name_is_refused(db, admin, twins, tmp_path):
    path = sheet(tmp_path, ["姓名", "身份证号码", "所属工会", "所在镇街"],
                 ["张红梅", ZHANG, "龙泉机械厂工会委员会", "龙旺庄街道"],
                 ["李建国", LI, "龙泉机械厂工会委员会", "无此镇"])  # names no township: tells nothing
    result = load(db, admin, "members", path)
    assert refusals(result) == [(
        2, "所在镇街", "township_mismatch",
        "第2行 所在镇街：系统中的“龙泉机械厂工会委员会”在城关镇总工会下，不在“龙旺庄街道”；请核对所在镇街。"
        "如果是该镇街另一个同名的工会，请先在组织管理中新建它")]
    assert org_of(db) == {LI: twins["union_a"]}


def test_a_clerk_of_one_township_gets_the_union_of_that_name_in_it(db, twins, tmp_path):
    clerk = make_actor("clerk", sensitive=True, scope_path=path_of(db, twins["town_b"]))
    path = sheet(tmp_path, ["姓名", "身份证号码", "所属工会", "所在镇街"],
                 ["张红梅", ZHANG, SCHOOL, None], ["李建国", LI, SCHOOL, "龙旺庄街道"],
                 ["王丽", WANG, SCHOOL, "城关镇"])
    result = load(db, clerk, "members", path)
    assert result.imported == 2
    assert refusals(result) == [(4, "所属工会", "scope", f"第4行 所属工会：“{SCHOOL}”不在您的管辖范围内")]
    assert org_of(db) == {ZHANG: twins["school_b"], LI: twins["school_b"]}


def test_members_stay_in_the_union_of_that_name_they_are_in(db, admin, twins, tmp_path):
    load(db, admin, "members", sheet(tmp_path, ["姓名", "身份证号码", "所属工会", "所在镇街"],
                                     ["张红梅", ZHANG, SCHOOL, "城关镇"], ["李建国", LI, SCHOOL, "龙旺庄街道"],
                                     name="first.xlsx"))
    # The members export has no 所在镇街: the union each member is in is the one meant.
    again = sheet(tmp_path, ["姓名", "身份证号码", "所属工会", "手机号码", "所在镇街"],
                  ["张红梅", ZHANG, SCHOOL, "13800138000", None], ["李建国", LI, SCHOOL, None, None],
                  ["王丽", WANG, SCHOOL, None, None], ["赵强", ZHAO, SCHOOL, None, "城关镇"])
    result = load(db, admin, "members", again)
    assert (result.imported, result.updated, result.unchanged) == (1, 1, 1)
    assert refusals(result) == [(4, "所属工会", "ambiguous_union", f"第4行 所属工会：{NEEDS_TOWN}")]
    assert org_of(db) == {ZHANG: twins["school_a"], LI: twins["school_b"], ZHAO: twins["school_a"]}
    # Naming the other one is a transfer, refused as before, saying which is which.
    moved = load(db, admin, "members", sheet(tmp_path, ["姓名", "身份证号码", "所属工会", "所在镇街"],
                                             ["张红梅", ZHANG, SCHOOL, "龙旺庄街道"], name="moved.xlsx"))
    assert refusals(moved) == [(
        2, "所属工会", "transfer_needed",
        f"第2行 所属工会：该会员（张红梅）已登记在城关镇总工会下的“{SCHOOL}”，本行填写的是龙旺庄街道总工会下的同名工会。"
        "更换工会属于会籍接转，请在会员管理中办理“转出/转入”，本行未导入")]


def test_new_unions_of_one_name_in_two_townships_are_two(db, admin, tree, tmp_path):
    path = sheet(tmp_path, ["姓名", "身份证号码", "所属工会", "所在镇街"],
                 ["张红梅", ZHANG, "城关新华书店工会", "城关镇"], ["李建国", LI, "城关新华书店工会", "龙旺庄街道"],
                 ["王丽", WANG, "城关新华书店工会", "城关镇"], ["赵强", ZHAO, "龙泉县邮政分公司工会", "城关镇"],
                 ["孙悦", SUN, "龙泉县邮政分公司工会", None])
    result = load(db, admin, "members", path)
    assert (result.imported, result.rejected) == (5, [])
    assert result.created_organizations == ["城关新华书店工会", "城关新华书店工会", "龙泉县邮政分公司工会"]
    with db.session() as session:
        parents = {(o.name, o.parent_id): o.id for o in session.scalars(
            select(Organization).where(Organization.level == "grassroots"))}
    orgs = org_of(db)
    assert orgs[ZHANG] == orgs[WANG] == parents[("城关新华书店工会", tree["town_a"])]
    assert orgs[LI] == parents[("城关新华书店工会", tree["town_b"])]
    assert orgs[ZHAO] == orgs[SUN] == parents[("龙泉县邮政分公司工会", tree["town_a"])]
    # A row without 所在镇街 cannot choose between the two new ones.
    db_result = load(db, admin, "members", sheet(tmp_path, ["姓名", "身份证号码", "所属工会", "所在镇街"],
                                                 ["周海涛", ZHOU, "城关新华书店工会", None], name="later.xlsx"))
    assert [i.code for r in db_result.rejected for i in r.issues] == ["ambiguous_union"]


def test_organisation_rows_are_told_apart_by_their_other_columns(db, admin, twins, tmp_path):
    path = sheet(tmp_path, ["工会名称", "上级工会", "所在镇街", "职工人数"],
                 [SCHOOL, "城关镇总工会", None, 80], [SCHOOL, None, "龙旺庄街道", 60], [SCHOOL, None, None, 10],
                 [SCHOOL, "龙泉县总工会", "城关镇", 5])
    result = load(db, admin, "organizations", path)
    assert (result.imported, result.updated) == (0, 2)
    assert refusals(result) == [
        (4, "工会名称", "duplicate_in_file", "第4行 工会名称：与第2、3行的工会名称相同，本行未导入"),
        (5, "工会名称", "name_elsewhere", f"第5行 工会名称：系统中已有“{SCHOOL}”（{BOTH}），与本行的上级工会不符。"
                                          "若是同一个工会，请按系统中的资料改正本行（更换上级工会请在组织管理中办理）；"
                                          "若是另一个同名的工会，请在组织管理中新建它"),
    ]
    with db.session() as session:
        workers = dict(session.execute(select(Organization.id, Organization.workers)).all())
    assert (workers[twins["school_a"]], workers[twins["school_b"]]) == (80, 60)
    alone = load(db, admin, "organizations", sheet(tmp_path, ["工会名称", "职工人数"], [SCHOOL, 10], name="alone.xlsx"))
    assert refusals(alone) == [(2, "工会名称", "ambiguous", f"第2行 工会名称：系统中有2个“{SCHOOL}”（{BOTH}），"
                                                          "无法确定本行是哪一个；请填写统一社会信用代码，或填写上级工会、"
                                                          "所在镇街以便区分")]


def test_a_sheet_may_list_two_new_unions_of_one_name(db, admin, tree, tmp_path):
    path = sheet(tmp_path, ["工会名称", "上级工会", "所在镇街", "职工人数"],
                 [SCHOOL, None, "城关镇", 80], [SCHOOL, None, "龙旺庄街道", 60], [SCHOOL, None, "城关镇", 10])
    for dry_run in (True, False):
        result = load(db, admin, "organizations", path, dry_run=dry_run)
        assert result.imported == 2
        assert refusals(result) == [(4, "工会名称", "duplicate_in_file", "第4行 工会名称：与第2行的工会名称相同，本行未导入")]
    with db.session() as session:
        assert sorted(session.execute(select(Organization.parent_id, Organization.workers)
                                      .where(Organization.name == SCHOOL)).all()) == \
            sorted([(tree["town_a"], 80), (tree["town_b"], 60)])


def test_a_demo_county_with_namesakes_re_imports_its_exports_unchanged(db, sqlite_db, admin, tmp_path):
    with db.session() as s:
        generate_demo(s, admin, members=500, seed=5, today=TODAY)  # seed 5: two pairs of namesakes
        towns = s.scalars(select(Organization.id).where(Organization.level == "township")
                          .order_by(Organization.id).limit(2)).all()
        for town, workers in zip(towns, (9, 12), strict=True):  # and two employers of one name
            create_employer(s, admin, EmployerInput(name="龙泉便民超市", township_org_id=town, workers=workers))
        twins = s.scalars(select(Organization.name).where(Organization.level == "grassroots")
                          .group_by(Organization.name).having(func.count() > 1)).all()
        in_twins = s.scalar(select(func.count()).select_from(Member).join(Organization, Member.org_id == Organization.id)
                            .where(Organization.name.in_(twins)))
    assert len(twins) == 2 and in_twins > 10
    with db.session() as s:
        members = export_members(s, admin, MemberFilter(status=None), tmp_path / "members.xlsx")
        orgs = export_organizations(s, admin, tmp_path / "orgs.xlsx")
        employers = export_unorganized(s, admin, tmp_path / "unorganized.xlsx")
    for kind, name, rows in (("members", "members.xlsx", members), ("organizations", "orgs.xlsx", orgs),
                             ("unorganized", "unorganized.xlsx", employers)):
        result = load(db, admin, kind, tmp_path / name)
        assert (result.rejected, result.imported, result.updated, result.unchanged) == ([], 0, 0, rows), kind
    # Into an empty database, the organisations export recreates every union, namesakes included.
    result = load(sqlite_db, admin, "organizations", tmp_path / "orgs.xlsx")
    assert (result.rejected, result.imported) == ([], orgs)


def test_employers_of_one_name_are_told_apart_by_township(db, admin, tree, tmp_path):
    with db.session() as s:
        shops = [create_employer(s, admin, EmployerInput(name="龙泉便民超市", township_org_id=town, workers=9))
                 for town in (tree["town_a"], tree["town_b"])]
    result = load(db, admin, "unorganized", sheet(tmp_path, ["单位名称", "所在镇街", "职工人数"],
                                                  ["龙泉便民超市", "龙旺庄街道", 15]))
    assert (result.imported, result.updated, result.rejected) == (0, 1, [])
    result = load(db, admin, "unorganized", sheet(tmp_path, ["单位名称", "职工人数"], ["龙泉便民超市", 20],
                                                  name="blank.xlsx"))
    assert refusals(result) == [(2, "单位名称", "ambiguous",
                                 "第2行 单位名称：未建会单位中有2个“龙泉便民超市”（分别在城关镇总工会、龙旺庄街道总工会），"
                                 "无法确定本行是哪一个；请填写统一社会信用代码或所在镇街以便区分")]
    with db.session() as s:
        workers = dict(s.execute(select(UnorganizedEmployer.id, UnorganizedEmployer.workers)).all())
    assert [workers[shop] for shop in shops] == [9, 15]


def test_hardship_rows_of_non_members_are_told_apart_by_township_too(db, admin, twins, tmp_path):
    """A hardship roster names the union of a worker who is no member: the same rule as a member
    roster, never the first union of that name."""
    headers = ["姓名", "身份证号码", "所属工会", "所在镇街", "困难类别", "主要致困原因"]
    path = sheet(tmp_path, headers, ["张红梅", ZHANG, SCHOOL, "龙旺庄街道", "深度困难", "患重特大疾病"],
                 ["李建国", LI, SCHOOL, None, "相对困难", "子女上学"],
                 ["王丽", WANG, SCHOOL, "东城街道", "相对困难", "子女上学"])
    result = load(db, admin, "hardship", path)
    assert result.imported == 1
    codes = {(row, code) for row, _column, code, _message in refusals(result)}
    assert codes == {(3, "ambiguous_union"), (4, "ambiguous_union")}  # a township the system does not know
    with db.session() as session:
        assert session.scalar(select(HardshipFile.org_id).where(HardshipFile.id_number == ZHANG)) == twins["school_b"]
