"""Hardship files out and back in (DESIGN §5: "exports re-import cleanly", "rows already in the
database are updated, never duplicated"): a row stands for the file of its 档案编号 — open, 脱困
or 注销 —, so re-importing an export changes nothing however often it is done; a row that would
change a closed file is refused with the way to file the household again; a new household's row
still files it."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from tests.conftest import TODAY
from tests.unit.aid_helpers import file_input, filed, person_id
from unionapp.db.models import AuditEntry, HardshipFile
from unionapp.services.hardship import create_hardship_file
from unionapp.services.hardship_review import close_file
from unionapp.sheets.export_aid import export_hardship
from unionapp.sheets.importing import import_file
from unionapp.sheets.results import ImportOptions


def _county(db, tree, clerk, reviewer) -> dict[str, int]:
    """On file, waiting for review, 脱困 (and filed again since), 脱困, 注销."""
    ids = {
        "在档": filed(db, clerk, reviewer, name="在档户", id_number=person_id(1), org_id=tree["union_b"], family=()),
        "返困": filed(db, clerk, reviewer, name="返困户", id_number=person_id(2), org_id=tree["union_a"], family=()),
        "脱困": filed(db, clerk, reviewer, name="脱困户", id_number=person_id(3), org_id=tree["union_a"], family=(),
                    category="相对困难"),
        "注销": filed(db, clerk, reviewer, name="注销户", id_number=person_id(4, female=True), org_id=tree["town_b"],
                    family=()),
    }
    with db.session() as s:
        ids["待审核"] = create_hardship_file(s, clerk, file_input(name="待审户", id_number=person_id(5),
                                                               org_id=tree["union_b"], family=()), today=TODAY).id
        close_file(s, clerk, ids["返困"], "lifted", "再就业", today=TODAY)
        close_file(s, clerk, ids["脱困"], "lifted", "子女就业，收入超过标准", today=TODAY)
        close_file(s, clerk, ids["注销"], "cancelled", "迁出本县", today=TODAY)
    with db.session() as s:
        # The household lifted first is in hardship again: a second file, open, with the same ID number.
        ids["返困新档"] = create_hardship_file(s, clerk, file_input(name="返困户", id_number=person_id(2),
                                                                 org_id=tree["union_a"], category="意外致困",
                                                                 family=()), today=TODAY).id
    return ids


def _export(db, actor, path: Path) -> Path:
    with db.session() as s:
        export_hardship(s, actor, path)
    return path


def _import(db, actor, path: Path):
    with db.session() as s:
        return import_file(s, actor, "hardship", path, ImportOptions(today=TODAY))


def _files(db) -> dict[int, tuple]:
    with db.session() as s:
        return {f.id: (f.file_no, f.status, f.version, f.category) for f in s.scalars(select(HardshipFile))}


def _writes(db) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(AuditEntry)
                        .where(AuditEntry.entity == "hardship_file", AuditEntry.action.in_(("create", "update"))))


def _edit(source: Path, target: Path, edit) -> Path:
    """The exported sheet with `edit(header, rows)` applied, as a clerk would change it in Excel."""
    book = openpyxl.load_workbook(source)
    sheet = book.active
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    header, body = rows[0], rows[1:]
    header, body = edit(header, body)
    out = openpyxl.Workbook()
    for row in [header, *body]:
        out.active.append(row)
    for column in out.active.iter_cols():
        for cell in column:
            cell.number_format = "@"
    out.save(target)
    return target


def _row_of(header: list, body: list, name: str, status: str) -> list:
    return next(r for r in body if r[header.index("姓名")] == name and r[header.index("档案状态")] == status)


def test_an_export_with_closed_files_re_imports_twice_without_a_change(db, tree, clerk, reviewer, tmp_path):
    _county(db, tree, clerk, reviewer)
    before, writes = _files(db), _writes(db)
    sheet = _export(db, clerk, tmp_path / "all.xlsx")
    for _ in range(2):
        result = _import(db, clerk, sheet)
        assert (result.rows_read, result.imported, result.updated, result.unchanged) == (6, 0, 0, 6)
        assert result.rejected == [] and result.warnings == []
        assert _files(db) == before and _writes(db) == writes  # not even a version number moved


def test_a_new_household_in_the_export_is_still_filed(db, tree, clerk, reviewer, tmp_path):
    _county(db, tree, clerk, reviewer)
    sheet = _export(db, clerk, tmp_path / "all.xlsx")

    def add_family(header, body):
        row = [None] * len(header)
        for column, value in (("姓名", "新困难户"), ("身份证号码", person_id(9)), ("所属工会", "龙旺庄超市工会"),
                              ("困难类别", "深度困难"), ("主要致困原因", "下岗失业")):
            row[header.index(column)] = value
        return header, [*body, row]

    result = _import(db, clerk, _edit(sheet, tmp_path / "more.xlsx", add_family))
    assert (result.imported, result.updated, result.unchanged, result.rejected) == (1, 0, 6, [])
    with db.session() as s:
        new = s.scalars(select(HardshipFile).where(HardshipFile.name == "新困难户")).one()
    assert new.status == "pending"


@pytest.mark.parametrize(("name", "status", "label"), [("脱困户", "脱困", "已于2026-11-21脱困"),
                                                       ("注销户", "注销", "已于2026-11-21注销")])
def test_a_row_changing_a_closed_file_is_refused(db, tree, clerk, reviewer, tmp_path, name, status, label):
    _county(db, tree, clerk, reviewer)
    before, writes = _files(db), _writes(db)
    sheet = _export(db, clerk, tmp_path / "all.xlsx")

    def raise_income(header, body):
        _row_of(header, body, name, status)[header.index("家庭年收入")] = "99999"
        return header, body

    result = _import(db, clerk, _edit(sheet, tmp_path / "changed.xlsx", raise_income))
    assert (result.imported, result.updated, result.unchanged) == (0, 0, 5)
    [refused] = result.rejected
    [issue] = refused.issues
    assert issue.column == "档案编号" and issue.code == "closed_file"
    assert label in issue.message and "家庭年收入" in issue.message and "新建档案" in issue.message
    assert _files(db) == before and _writes(db) == writes


def test_without_file_numbers_closed_rows_keep_to_their_files(db, tree, clerk, reviewer, tmp_path):
    """An export whose 档案编号 column was deleted: open files are found by ID number, closed ones by
    their 档案状态; clearing the 档案状态 of a closed household files it again (返困)."""
    ids = _county(db, tree, clerk, reviewer)
    before = _files(db)
    sheet = _export(db, clerk, tmp_path / "all.xlsx")

    def drop_numbers(header, body):
        keep = [i for i, h in enumerate(header) if h != "档案编号"]
        return [header[i] for i in keep], [[r[i] for i in keep] for r in body]

    numberless = _edit(sheet, tmp_path / "numberless.xlsx", drop_numbers)
    result = _import(db, clerk, numberless)
    assert (result.imported, result.updated, result.unchanged, result.rejected) == (0, 0, 6, [])
    assert _files(db) == before

    def refile(header, body):
        header, body = drop_numbers(header, body)
        row = _row_of(header, body, "脱困户", "脱困")
        row[header.index("档案状态")] = None
        return header, [row]

    result = _import(db, clerk, _edit(sheet, tmp_path / "refile.xlsx", refile))
    assert (result.imported, result.rejected) == (1, [])
    with db.session() as s:
        files = s.scalars(select(HardshipFile).where(HardshipFile.id_number == person_id(3))
                          .order_by(HardshipFile.id)).all()
    assert [(f.id, f.status) for f in files] == [(ids["脱困"], "lifted"), (files[1].id, "pending")]


def test_unknown_or_mismatched_file_numbers_are_refused(db, tree, clerk, reviewer, tmp_path):
    _county(db, tree, clerk, reviewer)
    before = _files(db)
    sheet = _export(db, clerk, tmp_path / "all.xlsx")

    def break_numbers(header, body):
        file_no, id_number = header.index("档案编号"), header.index("身份证号码")
        body[0][file_no] = "KN1999-00001"
        body[1][id_number] = person_id(8)  # another person under this file's number
        return header, body[:2]

    result = _import(db, clerk, _edit(sheet, tmp_path / "broken.xlsx", break_numbers))
    assert result.imported == result.updated == result.unchanged == 0
    first, second = (r.issues[0] for r in result.rejected)
    assert first.column == "档案编号" and "KN1999-00001" in first.message
    assert second.column == "身份证号码" and "身份证号码不一致" in second.message
    assert _files(db) == before
