"""Starting the program: the administrator is created on the first start, then clerks sign in;
wrong passwords and lock-outs are told in Chinese; run_gui puts it all together."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from tests.ui.conftest import PASSWORD, make_user
from unionapp import paths
from unionapp.services import users
from unionapp.ui import settings
from unionapp.ui.app import run_gui, sign_in
from unionapp.ui.context import AppContext
from unionapp.ui.dialogs.login_dialog import FirstAdminDialog, LoginDialog
from unionapp.ui.main_window import MainWindow


def test_first_start_creates_the_administrator_then_login_opens_the_window(qtbot, db, zh):
    dialog = FirstAdminDialog(db)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    ui.usernameEdit.setText("zhangsan")
    ui.displayNameEdit.setText("张三")
    ui.passwordEdit.setText(PASSWORD)
    ui.repeatEdit.setText(PASSWORD + "x")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.message() == "两次输入的密码不一致。"

    ui.passwordEdit.setText("short")
    ui.repeatEdit.setText("short")
    dialog.accept()
    assert "密码至少需要8位" in dialog.message()

    ui.passwordEdit.setText(PASSWORD)
    ui.repeatEdit.setText(PASSWORD)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor.username == "zhangsan" and dialog.actor.role == "admin"
    with db.session() as session:
        assert not users.needs_first_admin(session)

    # The next start asks for the password; the user name is remembered.
    login = LoginDialog(db)
    qtbot.addWidget(login)
    assert login.ui.usernameEdit.text() == "zhangsan"
    assert login.ui.buttonBox.buttons()[0].text() in ("登录", "退出")
    login.ui.passwordEdit.setText(PASSWORD)
    login.accept()
    assert login.result() == QDialog.DialogCode.Accepted

    window = MainWindow(AppContext(db, login.actor))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.windowTitle() == "县级工会业务管理系统"
    assert "zhangsan" in window.user_label.text() and "管理员" in window.user_label.text()


def test_wrong_password_then_lock_out(qtbot, db, zh):
    make_user(db, "lisi", "clerk")
    dialog = LoginDialog(db)
    qtbot.addWidget(dialog)
    dialog.ui.usernameEdit.setText("lisi")

    dialog.ui.passwordEdit.setText("wrong-password")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.message() == "用户名或密码错误（再错4次将锁定账户）"
    assert dialog.ui.passwordEdit.text() == ""  # cleared for the next try

    for _ in range(4):
        dialog.ui.passwordEdit.setText("wrong-password")
        dialog.accept()
    assert dialog.message() == "连续输错密码5次，账户已锁定15分钟"

    # Locked: even the right password is refused until an administrator unlocks the account.
    dialog.ui.passwordEdit.setText(PASSWORD)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.message().startswith("连续输错密码次数过多，账户已锁定")
    assert dialog.actor is None


def test_empty_user_name_is_asked_for(qtbot, db, zh):
    make_user(db, "admin", "admin")
    dialog = LoginDialog(db)
    qtbot.addWidget(dialog)
    dialog.ui.usernameEdit.setText("  ")
    dialog.accept()
    assert dialog.message() == "请输入用户名。"


def test_sign_in_picks_the_first_start_dialog_only_without_accounts(qtbot, db, monkeypatch):
    opened = []

    def fake_exec(self):
        opened.append(type(self).__name__)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QDialog, "exec", fake_exec)
    assert sign_in(db) is None
    make_user(db, "admin", "admin")
    assert sign_in(db) is None
    assert opened == ["FirstAdminDialog", "LoginDialog"]


def test_run_gui_from_first_start_to_exit(qtbot, tmp_path, monkeypatch):
    """The whole start: database created and upgraded, administrator created, the window shown
    and closed, then the automatic backup and the log file written."""
    database = tmp_path / "office.sqlite3"
    seen = {}

    def create_admin(self):
        self.ui.usernameEdit.setText("admin")
        self.ui.passwordEdit.setText(PASSWORD)
        self.ui.repeatEdit.setText(PASSWORD)
        self.accept()
        return self.result()

    def close_window():
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        seen["windows"] = len(windows)
        seen["pages"] = windows[0].page_keys() if windows else []
        for window in windows:
            window.close()  # the last window closed ends app.exec() as it does for a clerk

    monkeypatch.setattr(FirstAdminDialog, "exec", create_admin)
    QTimer.singleShot(200, close_window)
    assert run_gui(str(database), argv=["unionapp"]) == 0
    assert seen["windows"] == 1
    assert seen["pages"][0] == "dashboard" and "users" in seen["pages"] and "audit" in seen["pages"]
    assert settings.get(settings.LAST_USERNAME) == "admin"
    backups = list(paths.backup_dir().glob("auto-*.sqlite3"))
    assert len(backups) == 1
    log_text = (paths.log_dir() / "unionapp.log").read_text(encoding="utf-8")
    assert "signed in as admin" in log_text


def test_run_gui_explains_a_database_it_cannot_open(qtbot, tmp_path, message_boxes):
    not_a_database = tmp_path / "notes.sqlite3"
    not_a_database.write_bytes(b"this is not an SQLite file" * 100)
    assert run_gui(str(not_a_database), argv=["unionapp"]) == 1
    assert [box.kind for box in message_boxes] == ["critical"]
    assert str(Path(not_a_database)) in message_boxes[0].text
