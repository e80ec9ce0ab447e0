"""The main window: modules by right, navigation, the page protocol behind the menus, the
remembered page, and the tools (demo data, backup, check) running as jobs."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget
from sqlalchemy import func, select

from unionapp.db.models import AidCampaign, HardshipFile, Member, Visit
from unionapp.ui import settings
from unionapp.ui.main_window import MainWindow
from unionapp.ui.pages.audit_page import AuditPage
from unionapp.ui.pages.dashboard_page import DashboardPage
from unionapp.ui.pages.users_page import UsersPage


@pytest.fixture
def window(qtbot, admin_context):
    win = MainWindow(admin_context)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def nav_texts(win: MainWindow) -> list[str]:
    return [win.ui.navigation.item(i).text() for i in range(win.ui.navigation.count())]


def test_navigation_between_pages(window, zh):
    keys = window.page_keys()
    assert keys[0] == "dashboard" and keys[-2:] == ["users", "audit"]
    assert isinstance(window.current_page(), DashboardPage)
    # Pages are built when first shown.
    assert window.page("users") is None and window.page("audit") is None

    window.ui.navigation.setCurrentRow(keys.index("users"))
    assert isinstance(window.current_page(), UsersPage)
    assert window.ui.pages.currentWidget() is window.current_page()
    window.show_page("audit")
    assert isinstance(window.current_page(), AuditPage)
    users_page = window.page("users")
    window.show_page("users")
    assert window.current_page() is users_page  # built once, kept
    window.show_page("dashboard")
    assert isinstance(window.current_page(), DashboardPage)


def test_module_names_are_chinese(qtbot, admin_context, zh):
    win = MainWindow(admin_context)
    qtbot.addWidget(win)
    names = dict(zip(win.page_keys(), nav_texts(win), strict=True))
    assert names["dashboard"] == "工作台" and names["users"] == "用户" and names["audit"] == "审计日志"
    assert names.get("organizations", "组织建设") == "组织建设" and names.get("members", "会员管理") == "会员管理"
    assert win.ui.menuFile.title() == "文件(&F)" and win.ui.menuTools.title() == "工具(&T)"
    assert win.ui.actionNew.shortcut().toString() == "Ctrl+N"
    assert win.ui.actionFind.shortcut().toString() == "Ctrl+F"


def test_modules_follow_the_rights(qtbot, viewer_context):
    win = MainWindow(viewer_context)
    qtbot.addWidget(win)
    assert "audit" not in win.page_keys()  # only administrators read the audit log
    assert {"dashboard", "users"} <= set(win.page_keys())
    assert not win.ui.actionBackup.isEnabled() and not win.ui.actionRestore.isEnabled()
    assert not win.ui.actionDemo.isVisible()


def test_actions_follow_the_current_page(window):
    # The users page of an administrator offers "new"; the dashboard offers nothing.
    window.show_page("dashboard")
    assert not window.ui.actionNew.isEnabled() and not window.ui.actionFind.isEnabled()
    window.show_page("users")
    assert window.ui.actionNew.isEnabled() and not window.ui.actionExport.isEnabled()
    window.show_page("audit")
    assert window.ui.actionFind.isEnabled() and not window.ui.actionNew.isEnabled()


def test_find_focuses_the_search_box(window, qtbot):
    page = window.show_page("audit")
    window.ui.navigation.setFocus()
    window.activateWindow()
    window.ui.actionFind.trigger()
    qtbot.waitUntil(lambda: window.focusWidget() in (page.ui.userCombo, page.ui.userCombo.lineEdit()),
                    timeout=2000)


def test_new_opens_the_pages_own_dialog(window):
    page = window.show_page("users")
    window.ui.actionNew.trigger()
    assert page.dialog is not None and page.dialog.isVisible()
    page.dialog.reject()


def test_page_protocol_with_a_plain_page(qtbot, admin_context, monkeypatch):
    """Any page offering the protocol's methods gets the menus; the window calls them."""
    calls = []

    class ListPage(QWidget):
        def __init__(self, context, parent=None):
            super().__init__(parent)

        def export(self):
            calls.append("export")

        def print_current(self):
            calls.append("print")

    win = MainWindow(admin_context)
    qtbot.addWidget(win)
    monkeypatch.setitem(win._classes, "users", ListPage)
    win.show_page("users")
    assert win.ui.actionExport.isEnabled() and win.ui.actionPrint.isEnabled()
    assert not win.ui.actionNew.isEnabled()
    win.ui.actionExport.trigger()
    win.ui.actionPrint.trigger()
    win.ui.actionNew.trigger()  # disabled: nothing happens
    assert calls == ["export", "print"]


def test_geometry_is_remembered(qtbot, admin_context):
    first = MainWindow(admin_context)
    qtbot.addWidget(first)
    first.show()
    # Inside the offscreen screen of 800 × 600: restoring keeps a window on its screen.
    first.resize(max(first.minimumSizeHint().width(), 700) + 4, 520)
    size = first.size()
    first.close()
    assert not settings.get(settings.WINDOW_GEOMETRY).isEmpty()

    again = MainWindow(admin_context)
    qtbot.addWidget(again)
    assert again.size() == size


def test_last_page_is_remembered(qtbot, admin_context):
    first = MainWindow(admin_context)
    qtbot.addWidget(first)
    first.show_page("audit")
    first.close()
    assert settings.get(settings.LAST_PAGE) == "audit"
    again = MainWindow(admin_context)
    qtbot.addWidget(again)
    assert again.current_key() == "audit" and isinstance(again.current_page(), AuditPage)


def test_status_bar_shows_user_role_and_database(window, admin_context, zh):
    win = MainWindow(admin_context)
    assert win.user_label.text() == "用户：admin（管理员）"
    assert win.database_label.text() == "数据库：" + admin_context.db.describe()
    win.deleteLater()


def test_about_names_version_and_database(window, message_boxes):
    window.ui.actionAbout.trigger()
    assert message_boxes[-1].kind == "about"
    assert "0.1.0" in message_boxes[-1].text and window.context.db.describe() in message_boxes[-1].text


def test_demo_data_runs_as_a_job_only_on_an_empty_database(window, qtbot, message_boxes, monkeypatch):
    events = []
    window.context.events.changed.connect(events.append)
    window.ui.menuTools.aboutToShow.emit()
    assert window.ui.actionDemo.isEnabled()
    monkeypatch.setattr(QInputDialog, "getInt", lambda *_a, **_k: (150, True))
    job = window.generate_demo()
    with qtbot.waitSignal(job.signals.finished, timeout=60_000):
        pass
    assert events == ["all"]
    assert message_boxes[-1].kind == "information"
    with window.context.db.session() as session:  # every page has something to show, as with `unionapp demo`
        assert session.scalar(select(func.count()).select_from(HardshipFile)) > 0
        assert session.scalar(select(func.count()).select_from(AidCampaign)) > 0
        assert session.scalar(select(func.count()).select_from(Visit)) > 0
    assert not window.ui.actionDemo.isEnabled()  # no longer empty
    assert window.generate_demo() is None
    assert message_boxes[-1].kind == "information"


def test_demo_data_can_be_cancelled(window, qtbot):
    job = window.run_demo(3000)
    job.cancel()
    with qtbot.waitSignal(job.signals.cancelled, timeout=60_000):
        pass
    with window.context.db.session() as session:
        assert session.scalar(select(func.count()).select_from(Member)) == 0  # rolled back
    assert window.ui.actionDemo.isEnabled()


def test_backup_and_check_run_as_jobs(window, qtbot, tmp_path, monkeypatch, message_boxes):
    target = tmp_path / "out" / "copy.sqlite3"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    job = window.backup()
    with qtbot.waitSignal(job.signals.finished, timeout=30_000):
        pass
    assert target.is_file()
    assert settings.get(settings.LAST_BACKUP_FOLDER) == str(Path(target).parent)
    assert message_boxes[-1].kind == "information" and str(target) in message_boxes[-1].text

    job = window.check_database()
    with qtbot.waitSignal(job.signals.finished, timeout=30_000):
        pass
    assert message_boxes[-1].kind == "information"


def test_restore_asks_then_restores(window, qtbot, tmp_path, monkeypatch, message_boxes):
    from unionapp.db.backup import backup_database

    saved = backup_database(window.context.db, tmp_path / "saved.sqlite3")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(saved), ""))
    events = []
    window.context.events.changed.connect(events.append)
    job = window.restore()
    with qtbot.waitSignal(job.signals.finished, timeout=30_000):
        pass
    assert [box.kind for box in message_boxes] == ["question", "information"]
    assert events == ["all"]


def test_navigation_by_keyboard(window, qtbot):
    window.ui.navigation.setFocus()
    window.ui.navigation.setCurrentRow(0)
    qtbot.keyClick(window.ui.navigation, Qt.Key.Key_End)
    assert window.current_key() == window.page_keys()[-1]


def test_a_module_that_does_not_work_is_left_out(qtbot, admin_context, monkeypatch, tmp_path):
    """A page still being written (its module raises on import) or absent from the build is not
    offered; the window works without it."""
    import sys

    from unionapp.ui import main_window

    (tmp_path / "half_written_page.py").write_text("raise ImportError('half written')\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "half_written_page", raising=False)
    pages = (
        main_window.PageSpec("broken", "Members", "half_written_page", "BrokenPage", None),
        main_window.PageSpec("absent", "Members", "unionapp.ui.pages.no_such_page", "NoSuchPage", None),
        *main_window.PAGES,
    )
    monkeypatch.setattr(main_window, "PAGES", pages)
    settings.put(settings.LAST_PAGE, "broken")
    win = MainWindow(admin_context)
    qtbot.addWidget(win)
    assert "absent" not in win.page_keys()
    # The broken page was asked for first: it is dropped and the next page is shown instead.
    assert "broken" not in win.page_keys()
    assert win.current_key() == win.page_keys()[0] == "dashboard"
    assert isinstance(win.current_page(), DashboardPage)
    assert win.ui.navigation.count() == len(win.page_keys()) == win.ui.pages.count()


def test_other_modules_are_imported_after_the_window_appears(qtbot, admin_context):
    win = MainWindow(admin_context)
    qtbot.addWidget(win)
    assert set(win._classes) == {"dashboard"}
    qtbot.waitUntil(lambda: set(win._classes) == set(win.page_keys()), timeout=5000)
