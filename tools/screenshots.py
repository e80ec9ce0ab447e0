"""Screenshots of the window for the README and for checking the Chinese layout by eye.

Usage (a screen is needed; on a server use Xvfb):
    python -m unionapp --db demo.sqlite3 demo --members 20000
    xvfb-run -a -s "-screen 0 1400x900x24" python tools/screenshots.py --db demo.sqlite3

Writes docs/screenshots/<page>.png for the login dialog and every page the window offers
(dashboard, organizations, members, users, audit). The database needs an administrator: the one
named by --user/--password, or else one is created (only in a database without accounts, or as
an extra account "screenshots" — so point this at a demo database, not an office's)."""

from __future__ import annotations

import argparse
import os
import secrets
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PAGE_WAIT_SECONDS = 30


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="SQLite file or database URL (a demo database)")
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"), help="folder for the PNG files")
    parser.add_argument("--user", help="an administrator of that database")
    parser.add_argument("--password", help="that administrator's password")
    parser.add_argument("--size", default="1280x800", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--pages", help="comma-separated: login, page keys and dialogs (default: all of them)")
    return parser.parse_args(argv)


def ensure_admin(db, username: str | None, password: str | None) -> tuple[str, str]:
    from unionapp.services import users
    from unionapp.services.rights import SYSTEM_ACTOR

    if username and password:
        return username, password
    password = "Shot-" + secrets.token_hex(6)
    with db.session() as session:
        if users.needs_first_admin(session):
            users.create_first_admin(session, "admin", password, "管理员")
            return "admin", password
        existing = users.find_user_id(session, "screenshots")
        if existing is None:
            users.create_user(session, SYSTEM_ACTOR, "screenshots", password, "admin", display_name="截图",
                              can_view_sensitive=False)
        else:
            users.set_password(session, SYSTEM_ACTOR, existing, password)
    return "screenshots", password


def settle(app, seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def wait_until(app, condition, seconds: float = PAGE_WAIT_SECONDS) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        if condition():
            return True
        time.sleep(0.05)
    return False


def page_is_idle(page) -> bool:
    loading = getattr(page, "is_loading", None)
    return not (callable(loading) and loading())


def shoot_dialogs(app, window, out: Path) -> None:
    """The member and union forms as a clerk opens them from the lists: the first member and the
    first grassroots union of the demo county, on their first tab."""
    from sqlalchemy import select

    from unionapp.db.models import Member, Organization
    from unionapp.ui.dialogs.member_dialog import MemberDialog
    from unionapp.ui.dialogs.organization_dialog import OrganizationDialog

    context = window.context
    with context.db.session() as session:
        member_id = session.scalar(select(Member.id).order_by(Member.id).limit(1))
        org_id = session.scalar(select(Organization.id).where(Organization.level == "grassroots")
                                .order_by(Organization.id).limit(1))
    for name, dialog in (("member_dialog", MemberDialog(context, window, member_id=member_id)),
                         ("organization_dialog", OrganizationDialog(context, window, org_id=org_id))):
        dialog.show()
        settle(app, 0.6)
        dialog.grab().save(str(out / f"{name}.png"))
        print(out / f"{name}.png")
        dialog.reject()


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    width, height = (int(part) for part in args.size.lower().split("x"))
    # Logs and settings of this run go to a scratch folder, not the user's own.
    scratch = Path(tempfile.mkdtemp(prefix="unionapp-shots-"))
    os.environ.setdefault("UNIONAPP_HOME", str(scratch))

    from unionapp.db.engine import Database
    from unionapp.db.migrate import upgrade_database
    from unionapp.services import users
    from unionapp.ui import jobs, settings
    from unionapp.ui.app import install_translators, make_application

    settings.use_file(scratch / "settings.ini")
    app = make_application([sys.argv[0]])
    translators = install_translators(app)  # noqa: F841 - kept alive while the shots are taken

    db = Database.open(args.db)
    upgrade_database(db)
    username, password = ensure_admin(db, args.user, args.password)

    from unionapp.ui.context import AppContext
    from unionapp.ui.dialogs.login_dialog import LoginDialog
    from unionapp.ui.main_window import MainWindow

    login = LoginDialog(db)
    login.ui.usernameEdit.setText(username)
    login.ui.passwordEdit.setText(password)
    wanted = set(args.pages.split(",")) if args.pages else None
    login.show()
    settle(app)
    if wanted is None or "login" in wanted:
        login.grab().save(str(out / "login.png"))
        print(out / "login.png")
    login.accept()
    actor = login.actor or users.login(db, username, password)

    window = MainWindow(AppContext(db, actor))
    # The status bar names the database file; the folder is this machine's, not the reader's.
    window.database_label.setText(window.tr("Database: %1").replace("%1", Path(db.describe()).name))
    window.resize(width, height)
    window.show()
    settle(app, 0.5)
    window.preload_pages()
    for key in window.page_keys():
        if wanted is not None and key not in wanted:
            continue
        page = window.show_page(key)
        wait_until(app, lambda page=page: page_is_idle(page))
        settle(app, 0.5)
        target = out / f"{key}.png"
        window.grab().save(str(target))
        print(target)
    if wanted is None or "dialogs" in wanted:
        shoot_dialogs(app, window, out)
    window.close()
    jobs.wait_for_all_jobs()
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
