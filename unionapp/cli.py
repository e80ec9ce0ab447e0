"""The command line of DESIGN §8. Sub-commands work without a screen and never import Qt;
`unionapp` alone opens the window. Exit status: 0 success, 2 unusable input (one-line reason
on stderr), 1 anything else."""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import sys
from pathlib import Path

from unionapp import __version__

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2
PASSWORD_ENV = "UNIONAPP_PASSWORD"

log = logging.getLogger("unionapp.cli")


class UsageProblem(Exception):
    """Unusable input found by the command itself: exit 2 with this one-line reason."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="unionapp", description="县级工会业务管理系统")
    parser.add_argument("--version", action="version", version=f"unionapp {__version__}")
    parser.add_argument("--db", help="数据库：SQLite 文件路径或 postgresql:// 连接串（也可用环境变量 UNIONAPP_DB）")
    parser.add_argument("--user", help="以该用户的身份和权限执行（密码取自 UNIONAPP_PASSWORD 或提示输入）")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo", help="生成演示数据")
    demo.add_argument("--members", type=int, default=2000, help="会员人数（默认 2000）")
    demo.add_argument("--seed", type=int, default=1, help="随机种子，相同种子生成相同数据")
    demo.add_argument("--json", action="store_true", help="以 JSON 输出结果")

    user = sub.add_parser("user", help="用户管理")
    user_sub = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    add = user_sub.add_parser("add", help="新增用户（第一个用户必须是管理员）")
    add.add_argument("username")
    add.add_argument("--role", default="clerk", choices=("admin", "clerk", "reviewer", "viewer"))
    add.add_argument("--name", default="", help="显示名称")
    add.add_argument("--sensitive", action="store_true", help="可查看完整身份证号等敏感信息")
    add.add_argument("--password-stdin", action="store_true", help="从标准输入读取密码（一行）")
    add.add_argument("--scope", metavar="ORG",
                     help="管辖范围：只能查看和修改该乡镇（街道）总工会或产业（系统）工会以下的数据；"
                          "填组织编号或工会全称（管理员不能限定）")
    passwd = user_sub.add_parser("passwd", help="重设用户密码")
    passwd.add_argument("username")
    passwd.add_argument("--password-stdin", action="store_true", help="从标准输入读取密码（一行）")

    sub.add_parser("check", help="检查数据库完整性")
    backup = sub.add_parser("backup", help="备份数据库到文件")
    backup.add_argument("out")
    restore = sub.add_parser("restore", help="从备份文件恢复（先自动备份当前数据）")
    restore.add_argument("source", metavar="IN")

    from unionapp.printing import commands as print_commands
    from unionapp.sheets import commands as sheet_commands

    sheet_commands.register(sub)
    print_commands.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if args.command is None:
        from unionapp.ui.app import run_gui  # the only place the command line reaches Qt

        return run_gui(args.db)
    try:
        return _run(args)
    except UsageProblem as exc:
        print(f"unionapp: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except Exception as exc:  # noqa: BLE001 - the last line of defence prints, not a traceback
        from unionapp.services.errors import ServiceError

        if isinstance(exc, ServiceError):
            print(f"unionapp: {exc.message}", file=sys.stderr)
            return EXIT_BAD_INPUT
        log.exception("command failed")
        print(f"unionapp: 执行失败：{exc}", file=sys.stderr)
        return EXIT_FAILED


def _open_database(args):
    from unionapp.db.engine import Database
    from unionapp.db.migrate import upgrade_database

    try:
        db = Database.open(args.db)
        upgrade_database(db)
    except Exception as exc:
        from sqlalchemy.exc import ArgumentError, OperationalError

        if isinstance(exc, ArgumentError | OperationalError):
            raise UsageProblem(f"无法打开数据库：{str(exc).splitlines()[0]}") from exc
        raise
    return db


def actor_from_args(db, args):
    """The command line acts as the system administrator unless --user names an account."""
    from unionapp.services.rights import SYSTEM_ACTOR
    from unionapp.services.users import login

    if not args.user:
        return SYSTEM_ACTOR
    password = os.environ.get(PASSWORD_ENV)
    if password is None:
        if not sys.stdin.isatty():
            raise UsageProblem(f"请通过环境变量 {PASSWORD_ENV} 提供用户 {args.user} 的密码")
        password = getpass.getpass(f"{args.user} 的密码：")
    return login(db, args.user, password)


def _read_new_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if not sys.stdin.isatty():
        raise UsageProblem("没有终端可输入密码，请使用 --password-stdin")
    first = getpass.getpass("新密码：")
    if first != getpass.getpass("再输入一次："):
        raise UsageProblem("两次输入的密码不一致")
    return first


def _run(args) -> int:
    db = _open_database(args)
    try:
        handler = _HANDLERS[args.command]
        return handler(db, args)
    finally:
        db.dispose()


def _cmd_demo(db, args) -> int:
    from unionapp.services.demo import generate_demo
    from unionapp.services.demo_aid import fill_aid_demo

    actor = actor_from_args(db, args)
    last_shown = [-1]

    def progress(done: int, total: int) -> None:
        percent = done * 100 // max(total, 1)
        if not args.json and percent // 10 != last_shown[0]:
            last_shown[0] = percent // 10
            print(f"  会员 {done}/{total}", file=sys.stderr)

    with db.session() as session:
        summary = generate_demo(session, actor, members=args.members, seed=args.seed, progress=progress)
        aid = fill_aid_demo(session, actor, seed=args.seed)
    result = {"organizations": summary.organizations, "members": summary.members,
              "unorganized": summary.unorganized, "hardship_files": aid.files, "campaigns": aid.campaigns,
              "disbursements": aid.disbursements, "visits": aid.visits}
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        print(f"已生成演示数据：组织 {summary.organizations} 个，会员 {summary.members} 人，"
              f"未建会单位 {summary.unorganized} 个，困难职工档案 {aid.files} 份，帮扶活动 {aid.campaigns} 个"
              f"（发放 {aid.disbursements} 笔），走访 {aid.visits} 次（{db.describe()}）")
    return EXIT_OK


def _cmd_user(db, args) -> int:
    from unionapp.services import users

    with db.session() as session:
        first = users.needs_first_admin(session)
    if args.user_command == "add":
        if first and args.role != "admin":
            raise UsageProblem("系统中还没有用户：第一个用户必须是管理员（--role admin）")
        scope_org_id = _scope_org_id(db, args) if args.scope is not None else None
        password = _read_new_password(args.password_stdin)
        with db.session() as session:
            if first:
                users.create_first_admin(session, args.username, password, args.name)
            else:
                users.create_user(session, actor_from_args(db, args), args.username, password, args.role,
                                  display_name=args.name, can_view_sensitive=args.sensitive or args.role == "admin",
                                  scope_org_id=scope_org_id)
        print(f"已新增用户 {args.username}")
        return EXIT_OK
    with db.session() as session:
        user_id = users.find_user_id(session, args.username)
    if user_id is None:
        raise UsageProblem(f"没有用户 {args.username}")
    password = _read_new_password(args.password_stdin)
    with db.session() as session:
        users.set_password(session, actor_from_args(db, args), user_id, password)
    print(f"已重设用户 {args.username} 的密码")
    return EXIT_OK


def _scope_org_id(db, args) -> int:
    """--scope ORG: an organisation id or its exact full name; checked before the password is asked."""
    from unionapp.services import users
    from unionapp.services.errors import ServiceError

    if args.role == "admin":
        raise UsageProblem(users.ADMIN_SCOPE_MESSAGE)
    with db.session() as session:
        try:
            org_id = users.find_scope_org(session, args.scope)
            users.check_scope(session, args.role, org_id)
            return org_id
        except ServiceError as exc:
            raise UsageProblem(exc.message) from exc


def _cmd_check(db, args) -> int:
    from unionapp.services.integrity import check_database

    with db.session() as session:
        report = check_database(session)
    for fact in report.facts:
        print(fact)
    for problem in report.problems:
        print(f"问题：{problem}")
    print("检查通过" if report.ok else f"发现 {len(report.problems)} 类问题")
    return EXIT_OK if report.ok else EXIT_FAILED


def _cmd_backup(db, args) -> int:
    from unionapp.db.backup import backup_database
    from unionapp.services import audit
    from unionapp.services.rights import Right

    actor = actor_from_args(db, args)
    actor.require(Right.BACKUP)
    target = backup_database(db, Path(args.out))
    with db.session() as session:
        audit.record(session, actor, "backup", "database", None, f"备份到 {target}")
    print(f"已备份到 {target}")
    return EXIT_OK


def _cmd_restore(db, args) -> int:
    from unionapp.db.backup import BackupError, restore_database
    from unionapp.services import audit
    from unionapp.services.rights import Right

    actor = actor_from_args(db, args)
    actor.require(Right.BACKUP)
    try:
        safety = restore_database(db, Path(args.source))
    except BackupError as exc:
        raise UsageProblem(str(exc)) from exc
    with db.session() as session:
        audit.record(session, actor, "restore", "database", None, f"从 {args.source} 恢复；恢复前的数据已备份到 {safety}")
    print(f"已从 {args.source} 恢复；恢复前的数据已备份到 {safety}")
    return EXIT_OK


def _cmd_print(db, args) -> int:
    from unionapp.printing import commands as print_commands

    return print_commands.run(db, args)


def _cmd_import(db, args) -> int:
    from unionapp.sheets import commands as sheet_commands

    return sheet_commands.run_import(db, args)


def _cmd_export(db, args) -> int:
    from unionapp.sheets import commands as sheet_commands

    return sheet_commands.run_export(db, args)


_HANDLERS = {
    "import": _cmd_import,
    "export": _cmd_export,
    "print": _cmd_print,
    "demo": _cmd_demo,
    "user": _cmd_user,
    "check": _cmd_check,
    "backup": _cmd_backup,
    "restore": _cmd_restore,
}


if __name__ == "__main__":
    sys.exit(main())
