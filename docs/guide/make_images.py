"""Screenshots for the clerk's guide (docs/guide/zh_CN.md), taken from the real program.

Usage (needs a screen; on a server use Xvfb):
    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python docs/guide/make_images.py

Everything happens in a scratch folder: a demo county is generated there, an administrator is
created, and each dialog the guide talks about is opened, filled as a clerk would, photographed
with QWidget.grab() and closed. Writes docs/guide/images/*.png. Look at every picture after a
change of the screens, and run tools/make_icon.py first if the icon changed."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
OUT = Path(__file__).resolve().parent / "images"
PASSWORD = "Guide-Shots-2024"
WINDOW_SIZE = (1280, 800)
DEMO_MEMBERS = 3000
SAMPLE_SHEET = ROOT / "tests" / "fixtures" / "sheets" / "members_messy.xlsx"
# What a clerk's PC shows, instead of the scratch folder of this run.
SHOWN_DATA_DIR = r"C:\Users\工会\AppData\Local\unionapp\unionapp"
SHOWN_DATABASE = SHOWN_DATA_DIR + r"\unionapp.sqlite3"
SHOWN_SHEET = r"D:\基层工会报表\龙泉机械厂会员花名册.xlsx"


def settle(app, seconds: float = 0.4) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def wait_until(app, condition, seconds: float = 60) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        if condition():
            return True
        time.sleep(0.05)
    return False


def save(widget_or_pixmap, name: str) -> None:
    from PySide6.QtGui import QPixmap

    pixmap = widget_or_pixmap if isinstance(widget_or_pixmap, QPixmap) else widget_or_pixmap.grab()
    target = OUT / f"{name}.png"
    pixmap.save(str(target))
    print(target.relative_to(ROOT))


def valid_id_number(first17: str) -> str:
    from unionapp.domain.idcard import id_check_digit

    return first17 + id_check_digit(first17)


def with_menu(app, window, menu):
    """The window with one of its menus pulled down (a menu is its own window: paint it in)."""
    from PySide6.QtGui import QPainter

    bar = window.menuBar()
    action = menu.menuAction()
    menu.popup(bar.mapToGlobal(bar.actionGeometry(action).bottomLeft()))
    settle(app)
    shot = window.grab()
    painter = QPainter(shot)
    painter.drawPixmap(window.mapFromGlobal(menu.pos()), menu.grab())
    painter.end()
    menu.hide()
    return shot


def main() -> int:
    scratch = Path(tempfile.mkdtemp(prefix="unionapp-guide-"))
    os.environ["UNIONAPP_HOME"] = str(scratch / "home")
    OUT.mkdir(parents=True, exist_ok=True)

    from PySide6.QtWidgets import QMessageBox

    from unionapp.cli import main as cli_main
    from unionapp.db.engine import Database
    from unionapp.db.migrate import upgrade_database
    from unionapp.services import users
    from unionapp.services.demo import generate_demo
    from unionapp.services.rights import SYSTEM_ACTOR
    from unionapp.ui import jobs, settings
    from unionapp.ui.app import install_translators, make_application

    settings.use_file(scratch / "settings.ini")
    Database.describe = lambda self: SHOWN_DATABASE
    app = make_application([sys.argv[0]])
    translators = install_translators(app)  # noqa: F841 - kept alive while the shots are taken

    # --- first start: the administrator is created -------------------------------------------
    from unionapp.ui.dialogs.login_dialog import FirstAdminDialog, LoginDialog

    empty = Database.open(str(scratch / "first.sqlite3"))
    upgrade_database(empty)
    first = FirstAdminDialog(empty)
    first.ui.displayNameEdit.setText("张红梅")
    first.ui.passwordEdit.setText(PASSWORD)
    first.ui.repeatEdit.setText(PASSWORD)
    first.show()
    first.ui.displayNameEdit.deselect()
    settle(app)
    save(first, "01-first-admin")
    first.close()
    empty.dispose()

    # --- a demo county with an administrator --------------------------------------------------
    db_file = scratch / "demo.sqlite3"
    db = Database.open(str(db_file))
    upgrade_database(db)
    with db.session() as session:
        generate_demo(session, SYSTEM_ACTOR, members=DEMO_MEMBERS, seed=7)
    with db.session() as session:
        users.create_first_admin(session, "admin", PASSWORD, "张红梅")
    settings.put(settings.LAST_USERNAME, "admin")

    login = LoginDialog(db)
    login.ui.passwordEdit.setText(PASSWORD)
    login.show()
    settle(app)
    login.ui.passwordEdit.deselect()
    settle(app, 0.1)
    save(login, "02-login")
    login.accept()
    actor = login.actor

    from unionapp.ui.context import AppContext
    from unionapp.ui.main_window import MainWindow

    context = AppContext(db, actor)
    window = MainWindow(context)
    window.resize(*WINDOW_SIZE)
    window.show()
    settle(app, 0.8)
    dashboard = window.show_page("dashboard")
    wait_until(app, lambda: not (callable(getattr(dashboard, "is_loading", None)) and dashboard.is_loading()))
    settle(app, 0.8)
    save(window, "03-main-window")

    members = window.show_page("members")
    settle(app, 1.0)

    # --- enrolling a member ---------------------------------------------------------------------
    from unionapp.ui.dialogs.member_dialog import MemberDialog

    dialog = MemberDialog(context, window)
    dialog.ui.nameEdit.setText("王秀兰")
    dialog.ui.idNumberEdit.setText(valid_id_number("37060219880315462"))
    dialog.ui.phoneEdit.setText("13805356688")
    dialog.show()
    settle(app, 0.6)
    save(dialog, "04-member-dialog")
    dialog.reject()

    # --- searching ------------------------------------------------------------------------------
    members.ui.searchEdit.setText("zh")
    members.apply_filter()
    settle(app, 1.0)
    save(window, "05-member-search")
    members.ui.searchEdit.clear()
    members.apply_filter()
    settle(app, 0.5)

    # --- importing a roster ---------------------------------------------------------------------
    from unionapp.ui.dialogs.import_wizard import LAYOUT_PAGE, PREVIEW_PAGE, ImportWizard

    wizard = ImportWizard(context, "members", parent=window)
    wizard.ui.pathEdit.setText(SHOWN_SHEET)
    wizard.show()
    settle(app)
    save(wizard, "06-import-file")
    wizard.ui.pathEdit.setText(str(SAMPLE_SHEET))
    wizard.next()
    wait_until(app, lambda: wizard.page() == LAYOUT_PAGE)
    settle(app, 0.6)
    save(wizard, "07-import-columns")
    wizard.next()
    wait_until(app, lambda: wizard.page() == PREVIEW_PAGE)
    settle(app, 0.8)
    save(wizard, "08-import-check")
    wizard.close_wizard()
    settle(app)

    # --- member cards ---------------------------------------------------------------------------
    from unionapp.ui.dialogs.print_cards import PrintCardsDialog
    from unionapp.ui.dialogs.print_preview import PrintPreviewDialog

    ids = [members.model.row_at(row).id for row in range(min(20, members.model.rowCount()))]
    cards = PrintCardsDialog(context, ids, window)
    cards.show()
    settle(app, 0.6)
    save(cards, "09-print-cards")
    cards.reject()

    pdf = scratch / "cards.pdf"
    numbers = [members.model.row_at(row).member_no for row in range(10)]
    args = ["--db", str(db_file), "print", "cards", str(pdf), "--layout", "a4", "--no-record"]
    for number in numbers:
        args += ["--member-no", number]
    if cli_main(args) != 0:
        raise SystemExit("the cards PDF could not be made")
    preview = PrintPreviewDialog(pdf, window)
    preview.resize(1000, 760)
    preview.show()
    preview.ui.zoomCombo.setCurrentIndex(preview.ui.zoomCombo.findData(0.0))  # fit the width
    settle(app, 1.0)
    save(preview, "10-print-preview")
    preview.reject()

    # --- backup and the About box ---------------------------------------------------------------
    save(with_menu(app, window, window.ui.menuTools), "11-tools-menu")
    from unionapp import paths

    paths.data_dir = lambda: Path(SHOWN_DATA_DIR)

    def photograph_about(parent, title, text) -> None:
        box = QMessageBox(QMessageBox.Icon.NoIcon, title, text, QMessageBox.StandardButton.Ok, parent)
        box.setIconPixmap(app.windowIcon().pixmap(64, 64))
        box.show()
        settle(app, 0.5)
        save(box, "12-about")
        box.close()

    original_about = QMessageBox.about
    QMessageBox.about = photograph_about
    try:
        window.about()
    finally:
        QMessageBox.about = original_about

    # --- dictionaries and settings (after the data folder is shown as on a clerk's PC) -------------
    from unionapp.ui.dialogs.codes_dialog import CodesDialog
    from unionapp.ui.dialogs.settings_dialog import SettingsDialog

    codes = CodesDialog(context, window)
    codes.show()
    hardship_row = next(i for i in range(codes.ui.categoryList.count())
                        if codes.ui.categoryList.item(i).text() == "困难类别")
    codes.ui.categoryList.setCurrentRow(hardship_row)
    settle(app, 0.6)
    save(codes, "13-dictionaries")
    codes.reject()

    office = SettingsDialog(context, window)
    office.ui.tabs.setCurrentIndex(1)
    office.ui.postgresRadio.setChecked(True)
    office.ui.hostEdit.setText("192.168.1.10")
    office.ui.databaseEdit.setText("unionapp")
    office.ui.userEdit.setText("ghuser")
    office.show()
    settle(app, 0.6)
    save(office, "14-settings-computer")
    office.reject()

    window.close()
    jobs.wait_for_all_jobs()
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
