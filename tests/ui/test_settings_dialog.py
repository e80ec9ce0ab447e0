"""The settings dialog: the office's settings saved through the service (administrators only), this
computer's data location kept in QSettings and used by the next start, and the connection test
run off the GUI thread."""

from __future__ import annotations

from pathlib import Path

import pytest
import reportlab
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from sqlalchemy import select

from tests.ui.conftest import make_user
from unionapp import paths
from unionapp.db.engine import save_url, saved_url, startup_url
from unionapp.db.location import POSTGRESQL, SQLITE, Location
from unionapp.db.models import Setting
from unionapp.services.cards import UNION_NAME_SETTING, union_name
from unionapp.ui import app as app_module
from unionapp.ui.app import run_gui
from unionapp.ui.context import AppContext
from unionapp.ui.dialogs.settings_dialog import SettingsDialog, open_settings_dialog


@pytest.fixture
def dialog(qtbot, admin_context):
    made = SettingsDialog(admin_context)
    qtbot.addWidget(made)
    return made  # the test holds it: addWidget keeps only a weak reference


def stored_name(db) -> str | None:
    with db.session() as s:
        return s.scalar(select(Setting.value).where(Setting.key == UNION_NAME_SETTING))


def wait_for_test(qtbot, dialog: SettingsDialog) -> str:
    dialog.ui.testButton.click()
    assert not dialog.ui.testButton.isEnabled()
    qtbot.waitUntil(dialog.ui.testButton.isEnabled, timeout=15_000)
    return dialog.test_result()


def test_admin_changes_the_union_name(dialog, admin_context, db, message_boxes):
    changes = []
    admin_context.events.changed.connect(changes.append)
    assert dialog.ui.unionNameEdit.text() == "" and not dialog.ui.readOnlyLabel.isVisibleTo(dialog)
    dialog.ui.unionNameEdit.setText(" 龙泉县总工会 ")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert stored_name(db) == "龙泉县总工会" and changes == ["setting"]
    with db.session() as s:
        assert union_name(s) == "龙泉县总工会"
    assert message_boxes == []  # the data location did not change: nothing to say about a restart
    assert saved_url() is None


def test_a_name_too_long_is_refused_beside_the_field(dialog, db):
    dialog.ui.unionNameEdit.setText("工" * 61)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.errors.message("union_name") == "工会名称不能超过60个字（现有61个字）"
    assert stored_name(db) is None


def test_a_font_without_chinese_is_refused_when_chosen_and_on_ok(dialog, db, monkeypatch):
    vera = str(Path(reportlab.__file__).parent / "fonts" / "Vera.ttf")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (vera, ""))
    dialog.ui.fontBrowseButton.click()
    assert dialog.ui.fontEdit.text() == vera
    assert "不含中文字形" in dialog.errors.message("font_path")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "不含中文字形" in dialog.errors.message("font_path")
    with db.session() as s:
        assert s.scalar(select(Setting).where(Setting.key == "print.font_path")) is None


def test_without_the_right_the_office_section_is_read_only(qtbot, db):
    context = AppContext(db, make_user(db, "xiaowang", "clerk"))
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.ui.unionNameEdit.isReadOnly() and dialog.ui.fontEdit.isReadOnly()
    assert not dialog.ui.fontBrowseButton.isEnabled() and dialog.ui.readOnlyLabel.isVisibleTo(dialog)
    dialog.ui.unionNameEdit.setText("业务员改的名字")  # not typeable; even if it were, it is not saved
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted and stored_name(db) is None


def test_another_sqlite_file_is_kept_for_the_next_start(dialog, tmp_path, monkeypatch, message_boxes):
    target = tmp_path / "shared" / "office.sqlite3"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    dialog.ui.sqliteRadio.setChecked(True)
    assert dialog.ui.sqliteFields.isEnabled() and not dialog.ui.postgresFields.isEnabled()
    dialog.ui.sqliteBrowseButton.click()
    assert dialog.ui.sqlitePathEdit.text() == str(target)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.location_changed
    saved = saved_url()
    assert saved == Location(SQLITE, path=str(target)).url() and saved.startswith("sqlite:///")
    assert [box.kind for box in message_boxes] == ["information"]
    assert "next time the program starts" in message_boxes[0].text
    # The next start opens it, unless --db or UNIONAPP_DB says otherwise.
    assert startup_url(None) == saved
    assert startup_url("other.sqlite3") == "other.sqlite3"
    monkeypatch.setenv("UNIONAPP_DB", "from-env.sqlite3")
    assert startup_url(None) == "from-env.sqlite3"


def test_without_a_saved_choice_the_default_file_is_opened():
    assert startup_url(None) is None


def _unusable_saved_location(tmp_path) -> Path:
    not_a_database = tmp_path / "saved.sqlite3"
    not_a_database.write_bytes(b"this is not an SQLite file" * 100)
    save_url(Location(SQLITE, path=str(not_a_database)).url())
    return not_a_database


def test_run_gui_opens_the_saved_location_and_says_when_it_cannot(qtbot, tmp_path, message_boxes, monkeypatch):
    not_a_database = _unusable_saved_location(tmp_path)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.No)
    assert run_gui(None, argv=["unionapp"]) == 1
    assert [box.kind for box in message_boxes] == ["critical"]
    assert str(not_a_database) in message_boxes[0].text
    assert not paths.default_database_path().exists()


def test_when_the_saved_location_fails_the_default_file_can_be_used(qtbot, tmp_path, message_boxes, monkeypatch):
    """A switched-off office server must not leave the clerk with a program that will not start."""
    saved = Location(SQLITE, path=str(_unusable_saved_location(tmp_path))).url()
    opened = []
    monkeypatch.setattr(app_module, "sign_in", lambda db, parent=None: opened.append(db.describe()))
    assert run_gui(None, argv=["unionapp"]) == 0  # sign-in left: the program ends normally
    assert [box.kind for box in message_boxes] == ["critical", "question"]
    assert opened == [str(paths.default_database_path())]
    assert saved_url() == saved  # kept for when the server is back


def test_an_office_server_is_saved_with_its_password_and_shown_again(qtbot, dialog, admin_context):
    ui = dialog.ui
    ui.postgresRadio.setChecked(True)
    ui.databaseEdit.setText("unionapp")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.errors.message("host") == "Enter the server's name or address."
    assert saved_url() is None
    ui.hostEdit.setText("192.168.1.10")
    ui.portSpin.setValue(5433)
    ui.userEdit.setText("clerk")
    ui.passwordEdit.setText("p@ss:w/rd")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    expected = Location(POSTGRESQL, host="192.168.1.10", port=5433, database="unionapp", username="clerk",
                        password="p@ss:w/rd")
    assert saved_url() == expected.url()

    again = SettingsDialog(admin_context)
    qtbot.addWidget(again)
    assert again.ui.postgresRadio.isChecked() and again.chosen_location() == expected
    again.ui.defaultRadio.setChecked(True)
    again.accept()
    assert saved_url() is None  # back to the default file


def test_connection_test_of_a_database_of_this_program(qtbot, dialog, sqlite_db):
    dialog.ui.sqliteRadio.setChecked(True)
    dialog.ui.sqlitePathEdit.setText(str(sqlite_db.engine.url.database))
    assert wait_for_test(qtbot, dialog) == "Connected. The database holds this program's data."
    dialog.ui.sqlitePathEdit.setText("")  # a result never outlives the details it was for
    assert dialog.test_result() == ""


def test_connection_test_of_the_default_file_not_created_yet(qtbot, dialog):
    assert not paths.default_database_path().exists()
    assert "does not exist yet" in wait_for_test(qtbot, dialog)
    assert not paths.default_database_path().exists()


def test_connection_test_of_a_file_that_is_not_a_database(qtbot, dialog, tmp_path):
    junk = tmp_path / "notes.sqlite3"
    junk.write_bytes(b"this is not an SQLite file" * 100)
    dialog.ui.sqliteRadio.setChecked(True)
    dialog.ui.sqlitePathEdit.setText(str(junk))
    assert wait_for_test(qtbot, dialog) == ("The file is not a database, or it is damaged.\n"
                                            "Details: file is not a database")


def test_connection_test_of_a_server_that_does_not_answer(qtbot, dialog):
    ui = dialog.ui
    ui.postgresRadio.setChecked(True)
    ui.hostEdit.setText("127.0.0.1")
    ui.portSpin.setValue(1)
    ui.databaseEdit.setText("unionapp")
    result = wait_for_test(qtbot, dialog)
    assert result.startswith("Cannot reach the server.") and "Connection refused" in result


def test_open_settings_dialog_reports_ok(qtbot, admin_context, db, monkeypatch):
    def type_and_ok(self):
        self.ui.unionNameEdit.setText("龙泉县总工会")
        self.accept()
        return self.result()

    monkeypatch.setattr(SettingsDialog, "exec", type_and_ok)
    assert open_settings_dialog(None, admin_context) is True
    assert stored_name(db) == "龙泉县总工会"
    monkeypatch.setattr(SettingsDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert open_settings_dialog(None, admin_context) is False
