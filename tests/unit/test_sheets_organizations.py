"""Grassroots unions and 未建会单位 in: exact counts and messages, updates of existing records,
and re-imports that change nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from tests.conftest import TODAY
from unionapp.db.models import AuditEntry, Organization, UnorganizedEmployer
from unionapp.sheets.importing import import_file
from unionapp.sheets.results import ImportOptions

SAMPLES = Path(__file__).resolve().parent.parent / "fixtures" / "sheets"
TEXTILE_CODE = "91370602MA3D7TXF11"
LOGISTICS_CODE_PREFIX = "91370602MA3E2LWL4"


def run(db, actor, kind: str, name: str, *, dry_run: bool = False):
    with db.session() as session:
        return import_file(session, actor, kind, SAMPLES / name,
                           ImportOptions(today=TODAY, dry_run=dry_run, source_name=name))


def issue(row: int, column: str, code: str, message: str) -> dict:
    return {"row": row, "errors": [{"column": column, "code": code, "message": f"第{row}行 {column}：{message}"}]}


def orgs(db) -> dict[str, Organization]:
    with db.session() as session:
        return {o.name: o for o in session.scalars(select(Organization))}


def employers(db) -> dict[str, UnorganizedEmployer]:
    with db.session() as session:
        return {e.name: e for e in session.scalars(select(UnorganizedEmployer))}


def test_organizations_sheet_exact_result(db, admin, tree):
    result = run(db, admin, "organizations", "organizations.xlsx")
    assert result.as_json() == {
        "rows_read": 8, "imported": 2, "updated": 1, "created_organizations": [],
        "rejected": [
            issue(5, "统一社会信用代码", "credit_code",
                  "统一社会信用代码校验失败：91370602MA3D7TXF10，校验位错误，请核对营业执照或登记证书"),
            issue(6, "工会全称", "duplicate_in_file", "与第3行的工会名称相同，本行未导入"),
            issue(7, "工会全称", "required", "工会名称不能为空"),
            issue(8, "上级工会", "unknown_parent", "系统中没有上级工会“不存在的总工会”，请先导入或新建它"),
            issue(9, "女职工人数", "invalid", "女职工人数不能多于职工人数"),
        ],
        "warnings": [],
    }
    assert result.skipped == {"blank": 0, "total": 1, "footer": 1, "header": 0}
    found = orgs(db)
    textile = found["龙泉纺织有限公司工会委员会"]
    assert (textile.parent_id, textile.level, textile.credit_code, textile.workers, textile.female_workers) == \
        (tree["town_a"], "grassroots", TEXTILE_CODE, 300, 180)
    assert (textile.founded_on, textile.has_congress, textile.township_name) == (date(2012, 5, 1), True, "城关镇")
    assert textile.path == f"{found['城关镇总工会'].path}{textile.id}/"
    park = found["龙旺庄物流园联合工会"]
    assert (park.parent_id, park.workers, park.founded_on, park.has_congress) == \
        (tree["town_b"], 45, date(2020, 3, 1), True)
    machinery = found["龙泉机械厂工会委员会"]
    assert (machinery.workers, machinery.female_workers, machinery.migrant_workers) == (150, 40, 30)
    assert "龙泉建材厂工会" not in found and "龙泉印刷厂工会" not in found


def test_organizations_twice_changes_nothing(db, admin, tree):
    run(db, admin, "organizations", "organizations.xlsx")
    before = {name: (o.version, o.workers) for name, o in orgs(db).items()}
    again = run(db, admin, "organizations", "organizations.xlsx")
    assert (again.imported, again.updated, again.unchanged, len(again.rejected)) == (0, 0, 3, 5)
    assert {name: (o.version, o.workers) for name, o in orgs(db).items()} == before


def test_organizations_dry_run_writes_nothing(db, admin, tree):
    with db.session() as session:
        audit_before = session.scalar(select(func.count()).select_from(AuditEntry))
    before = {name: o.version for name, o in orgs(db).items()}
    result = run(db, admin, "organizations", "organizations.xlsx", dry_run=True)
    assert (result.imported, result.updated, len(result.rejected)) == (2, 1, 5)
    assert {name: o.version for name, o in orgs(db).items()} == before
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == audit_before


def test_a_union_may_name_a_parent_created_earlier_in_the_same_sheet(db, admin, tree, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["工会名称", "组织层级", "上级工会"])
    book.active.append(["龙泉纺织有限公司工会委员会", "基层工会", "城关镇总工会"])
    book.active.append(["纺织公司织布车间分会", "分会", "龙泉纺织有限公司工会委员会"])
    book.save(tmp_path / "tree.xlsx")
    for dry_run in (True, False):
        with db.session() as session:
            result = import_file(session, admin, "organizations", tmp_path / "tree.xlsx",
                                 ImportOptions(today=TODAY, dry_run=dry_run))
        assert (result.imported, result.rejected) == (2, [])
    found = orgs(db)
    assert found["纺织公司织布车间分会"].parent_id == found["龙泉纺织有限公司工会委员会"].id


def test_unorganized_sheet_exact_result(db, admin, tree):
    result = run(db, admin, "unorganized", "unorganized.xlsx")
    assert result.as_json() == {
        "rows_read": 6, "imported": 2, "updated": 0, "created_organizations": [],
        "rejected": [
            issue(5, "统一社会信用代码", "credit_code",
                  "统一社会信用代码校验失败：91370602MA3E2LWL40，校验位错误，请核对营业执照或登记证书"),
            issue(6, "企业名称", "duplicate_in_file", "与第3行的单位名称相同，本行未导入"),
            issue(7, "农民工人数", "invalid", "农民工人数不能多于职工人数"),
            issue(8, "统一社会信用代码", "invalid", "该单位已经建会：龙泉机械厂工会委员会"),
        ],
        "warnings": [
            issue(7, "所在乡镇", "unknown_township", "系统中没有乡镇（街道）“无此镇”，该单位暂不归属任何镇街，请稍后补填"),
        ],
    }
    found = employers(db)
    logistics = found["龙泉顺达物流有限公司"]
    assert logistics.credit_code.startswith(LOGISTICS_CODE_PREFIX)
    assert (logistics.township_org_id, logistics.workers, logistics.migrant_workers, logistics.reason,
            logistics.responsible_person, logistics.planned_on, logistics.status) == \
        (tree["town_a"], 35, 20, "职工人数少", "刘芳", date(2027, 3, 1), "open")
    assert found["龙泉鑫源餐饮店"].township_org_id == tree["town_b"]
    with db.session() as session:
        entries = session.scalars(select(AuditEntry.summary).where(AuditEntry.entity == "unorganized_employer")).all()
    assert sorted(entries) == ["新增未建会单位：龙泉鑫源餐饮店", "新增未建会单位：龙泉顺达物流有限公司"]


def test_unorganized_twice_changes_nothing_and_updates_when_changed(db, admin, tree, tmp_path):
    from openpyxl import Workbook

    run(db, admin, "unorganized", "unorganized.xlsx")
    again = run(db, admin, "unorganized", "unorganized.xlsx")
    assert (again.imported, again.updated, again.unchanged) == (0, 0, 2)
    book = Workbook()
    book.active.append(["单位名称", "职工人数", "责任人"])
    book.active.append(["龙泉鑫源餐饮店", 14, "李娜"])
    book.save(tmp_path / "change.xlsx")
    with db.session() as session:
        changed = import_file(session, admin, "unorganized", tmp_path / "change.xlsx", ImportOptions(today=TODAY))
    assert (changed.imported, changed.updated) == (0, 1)
    shop = employers(db)["龙泉鑫源餐饮店"]
    assert (shop.workers, shop.responsible_person, shop.migrant_workers, shop.township_org_id) == \
        (14, "李娜", 10, tree["town_b"])
