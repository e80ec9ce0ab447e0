"""`unionapp import` / `unionapp export` (DESIGN §8), called as cli.py will call them: the parsers
from register(), then run_import / run_export with the parsed arguments."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from unionapp.cli import UsageProblem
from unionapp.db.models import Member
from unionapp.sheets import commands

SAMPLES = Path(__file__).resolve().parent.parent / "fixtures" / "sheets"


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="unionapp")
    parser.add_argument("--db")
    parser.add_argument("--user")
    commands.register(parser.add_subparsers(dest="command"))
    return parser.parse_args(list(argv))


def member_count(db) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(Member))


def test_import_json_prints_exactly_the_summary(db, tree, capsys):
    assert commands.run_import(db, parse("import", "members", str(SAMPLES / "members_gbk.csv"), "--json")) == 0
    printed = capsys.readouterr().out
    assert printed.count("\n") == 1  # one JSON object on one line
    assert json.loads(printed) == {
        "rows_read": 4, "imported": 3, "updated": 0, "created_organizations": [],
        "rejected": [{"row": 5, "errors": [{
            "column": "身份证号", "code": "id_as_number",
            "message": "第5行 身份证号：证件号码被 Excel 存成了数字，末几位已经丢失（3.70683E+17）。"
                       "请把该列设为“文本”格式，按原件重新录入号码后再导入"}]}],
        "warnings": [],
    }
    assert member_count(db) == 3


def test_dry_run_and_report(db, tree, tmp_path, capsys):
    report = tmp_path / "refused.xlsx"
    args = parse("import", "members", str(SAMPLES / "members_messy.xlsx"), "--dry-run", "--report", str(report))
    assert commands.run_import(db, args) == 0
    out = capsys.readouterr().out
    assert "检查完毕（未写入）" in out and "新增 8 条" in out and "拒绝 7 行" in out
    assert "第11行 公民身份号码（18位）：身份证号码校验位错误" in out
    assert member_count(db) == 0
    rows = list(openpyxl.load_workbook(report).active.iter_rows(values_only=True))
    assert len(rows) == 8 and rows[0][-1] == "错误原因"


def test_refused_rows_do_not_fail_the_command(db, tree, capsys):
    assert commands.run_import(db, parse("import", "members", str(SAMPLES / "members_messy.xlsx"))) == 0
    out = capsys.readouterr().out
    assert "导入完成：读取 15 行，新增 8 条，更新 0 条，拒绝 7 行，提醒 5 行，新建工会 2 个" in out
    assert "新建工会：城关新华书店工会" in out
    assert member_count(db) == 8


@pytest.mark.parametrize(("argv", "reason"), [
    (("import", "staff", "x.xlsx"), "未知的导入类型“staff”"),
    (("import", "members", "missing.xlsx"), "找不到文件：missing.xlsx"),
    (("import", "organizations", str(SAMPLES / "members_gbk.csv")), "没有找到表头"),
    (("import", "members", str(SAMPLES / "members_good.xlsx"), "--report", "out.csv"), "--report 应为 .xlsx"),
])
def test_unusable_input_is_a_usage_problem(db, tree, argv, reason):
    with pytest.raises(UsageProblem, match=reason):
        commands.run_import(db, parse(*argv))


def test_export_commands(db, tree, tmp_path, capsys):
    commands.run_import(db, parse("import", "members", str(SAMPLES / "members_good.xlsx")))
    capsys.readouterr()
    for kind, name, rows in (("members", "m.xlsx", 6), ("organizations", "o.csv", 6), ("unorganized", "u.xlsx", 0)):
        assert commands.run_export(db, parse("export", kind, str(tmp_path / name))) == 0
        assert capsys.readouterr().out.strip() == f"已导出 {rows} 行到 {tmp_path / name}"
        assert (tmp_path / name).exists()
    with pytest.raises(UsageProblem, match="未知的导出类型"):
        commands.run_export(db, parse("export", "staff", str(tmp_path / "s.xlsx")))
    with pytest.raises(UsageProblem, match=".xlsx 或 .csv"):
        commands.run_export(db, parse("export", "members", str(tmp_path / "m.pdf")))
