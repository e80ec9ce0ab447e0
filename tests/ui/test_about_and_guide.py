"""Help ▸ About lists the bundled parts and their licences; the guide opens from the program; the
installer's smoke mode stays asleep unless asked for."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QDesktopServices

from unionapp.ui import about, smoke
from unionapp.ui import help as ui_help
from unionapp.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, admin_context):
    win = MainWindow(admin_context)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def test_about_names_version_database_and_the_licences(window, message_boxes, zh):
    window.ui.actionAbout.trigger()
    shown = message_boxes[-1]
    assert shown.kind == "about" and shown.title == "关于"
    assert "0.1.0" in shown.text and window.context.db.describe() in shown.text
    assert "本程序包含的开源组件及其许可证" in shown.text
    for part, licence in (("Qt 6 / PySide6", "LGPL-3.0"), ("SQLAlchemy", "MIT"), ("PDFium", "BSD-3-Clause")):
        assert part in shown.text and licence in shown.text
    assert "licenses" in shown.text and "许可证全文" in shown.text


def test_the_licence_table_is_read_from_third_party_md(tmp_path):
    table = tmp_path / "THIRD_PARTY.md"
    table.write_text("# x\n\n| 组件 Component | 用途 Use | 许可证 Licence |\n| --- | --- | --- |\n"
                     "| Alpha | a | MIT |\n| Beta | b | LGPL-3.0 |\n\ntext | not a row\n", encoding="utf-8")
    assert about.bundled_components(table) == [("Alpha", "MIT"), ("Beta", "LGPL-3.0")]
    assert about.bundled_components(tmp_path / "missing.md") == []


def test_the_application_icon_has_its_sizes(qapp):
    icon = about.app_icon()
    assert not icon.isNull() and {16, 32, 256} <= {size.width() for size in icon.availableSizes()}


def test_the_guide_opens_with_the_system_viewer(monkeypatch, message_boxes):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    assert ui_help.open_guide(None)
    assert opened and opened[0].endswith("zh_CN.md")  # from source; the installed program opens zh_CN.html
    assert not message_boxes


def test_a_missing_or_unopenable_guide_is_explained(monkeypatch, message_boxes, tmp_path):
    monkeypatch.setattr(ui_help, "guide_path", lambda: None)
    assert not ui_help.open_guide(None)
    assert message_boxes[-1].kind == "warning"
    guide = tmp_path / "zh_CN.html"
    guide.write_text("<html></html>", encoding="utf-8")
    monkeypatch.setattr(ui_help, "guide_path", lambda: guide)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: False)
    assert not ui_help.open_guide(None)
    assert message_boxes[-1].kind == "information" and str(guide) in message_boxes[-1].text


def test_smoke_mode_sleeps_unless_asked(monkeypatch, db):
    monkeypatch.delenv(smoke.EXIT_MS_ENV, raising=False)
    monkeypatch.setenv(smoke.USER_ENV, "admin")
    assert smoke.exit_after_ms() is None
    assert smoke.signed_in_actor(db) is None  # no sign-in without the dialog outside smoke mode
    monkeypatch.setenv(smoke.EXIT_MS_ENV, "250")
    assert smoke.exit_after_ms() == 250
