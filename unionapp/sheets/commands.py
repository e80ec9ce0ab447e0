"""`unionapp import` and `unionapp export` (DESIGN §8). cli.py adds these parsers with
`register(subparsers)` and calls `run_import(db, args)` / `run_export(db, args)`.

Refused rows do not make the command fail: the import did its job and reports them (exit 0);
a file that cannot be read, has no header, or an unknown kind is unusable input (exit 2)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

EXIT_OK = 0
IMPORT_KIND_NAMES = ("members", "organizations", "unorganized", "hardship", "aid")
EXPORT_KIND_NAMES = ("members", "organizations", "unorganized", "hardship", "campaigns", "aid", "visits")
_SHOWN_ROWS = 20


def register(subparsers) -> None:
    imp = subparsers.add_parser("import", help="从表格导入（.xlsx / .xls / .ods / .csv）")
    imp.add_argument("kind", metavar="KIND", help=f"导入什么：{', '.join(IMPORT_KIND_NAMES)}")
    imp.add_argument("file", metavar="FILE", help="要导入的表格文件")
    imp.add_argument("--dry-run", action="store_true", help="只检查，不写入数据库")
    imp.add_argument("--report", metavar="OUT.xlsx", help="把被拒绝的行连同错误原因写入该文件，改正后可再次导入")
    imp.add_argument("--json", action="store_true", help="以一个 JSON 对象输出结果")
    exp = subparsers.add_parser("export", help="导出到表格（.xlsx / .csv，列名与导入模板相同）")
    exp.add_argument("kind", metavar="KIND", help=f"导出什么：{', '.join(EXPORT_KIND_NAMES)}")
    exp.add_argument("out", metavar="OUT", help="导出文件，以 .xlsx 或 .csv 结尾")
    exp.add_argument("--campaign", metavar="NUMBER", help="export aid：只导出该帮扶活动（活动编号，如 2026-001）的发放记录")


def run_import(db, args) -> int:
    from unionapp.cli import UsageProblem
    from unionapp.sheets.importing import ImportProblem, kind_of, read_table
    from unionapp.sheets.importing import run_import as import_table
    from unionapp.sheets.refused_report import write_refused_report
    from unionapp.sheets.results import ImportOptions

    path = Path(args.file)
    try:
        kind = kind_of(args.kind)
        table = read_table(path, kind)
    except ImportProblem as exc:
        raise UsageProblem(_one_line(exc)) from exc
    report = Path(args.report) if args.report else None
    if report is not None and report.suffix.lower() != ".xlsx":
        raise UsageProblem(f"--report 应为 .xlsx 文件：{report.name}")
    actor = _actor(db, args)
    options = ImportOptions(dry_run=args.dry_run, source_name=path.name)
    with db.session_factory() as session:
        with session.begin() as transaction:
            result = import_table(session, actor, kind, table, options)
            if args.dry_run:
                transaction.rollback()  # nothing was written; the rollback makes sure of it
    if report is not None:
        write_refused_report(result, report, kind)
    if args.json:
        print(json.dumps(result.as_json(), ensure_ascii=False))
        return EXIT_OK
    print(f"{path.name}（工作表“{result.sheet_name}”，表头在第{result.header_row}行）")
    print(result.summary_text())
    for name in result.created_organizations:
        print(f"  新建工会：{name}")
    for rejected in result.rejected[:_SHOWN_ROWS]:
        print("  " + "；".join(issue.message for issue in rejected.issues))
    if len(result.rejected) > _SHOWN_ROWS:
        hint = f"，见 {report.name}" if report else "，可用 --report 导出全部被拒绝的行"
        print(f"  ……另有 {len(result.rejected) - _SHOWN_ROWS} 行被拒绝{hint}")
    return EXIT_OK


def run_export(db, args) -> int:
    from unionapp.cli import UsageProblem
    from unionapp.sheets.exporting import ExportProblem

    exporters = _exporters(getattr(args, "campaign", None))
    if args.kind not in exporters:
        raise UsageProblem(f"未知的导出类型“{args.kind}”：可用 {'、'.join(exporters)}")
    actor = _actor(db, args)
    try:
        with db.session() as session:
            count = exporters[args.kind](session, actor, Path(args.out))
    except ExportProblem as exc:
        raise UsageProblem(_one_line(exc)) from exc
    print(f"已导出 {count} 行到 {args.out}", file=sys.stdout)
    return EXIT_OK


def _exporters(campaign_number: str | None) -> dict:
    from unionapp.services.aid_campaigns import campaign_id_by_number
    from unionapp.services.aid_search import DisbursementFilter
    from unionapp.sheets import export_aid
    from unionapp.sheets.exporting import EXPORTERS

    def aid(session, actor, path):
        campaign_id = campaign_id_by_number(session, actor, campaign_number) if campaign_number else None
        return export_aid.export_aid(session, actor, path, DisbursementFilter(campaign_id=campaign_id))

    return {**EXPORTERS, "hardship": export_aid.export_hardship, "campaigns": export_aid.export_campaigns,
            "aid": aid, "visits": export_aid.export_visits}


def _one_line(exc: Exception) -> str:
    """DESIGN §8: unusable input is reported in one line (a reader's error may span several)."""
    return " ".join(line.strip() for line in str(exc).splitlines() if line.strip())


def _actor(db, args):
    """The command line's actor: the system administrator, or the --user account."""
    from unionapp import cli

    if not hasattr(args, "user"):
        from unionapp.services.rights import SYSTEM_ACTOR

        return SYSTEM_ACTOR
    return cli.actor_from_args(db, args)
