"""The dictionaries dialog: an administrator adds, renames, disables and orders entries; locked
dictionaries and users without 维护字典 see the buttons off; pages hear that the codes changed."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from tests.conftest import make_actor
from unionapp.services.code_lookup import code_options
from unionapp.ui.context import AppContext
from unionapp.ui.dialogs.codes_dialog import COL_NAME, COL_STATE, CodesDialog


@pytest.fixture
def dialog(qtbot, admin_context) -> CodesDialog:
    dlg = CodesDialog(admin_context)
    qtbot.addWidget(dlg)  # a weak reference only: the fixture's return keeps it alive
    dlg.show()
    return dlg


def names(dlg: CodesDialog) -> list[str]:
    return [row.name for row in dlg.rows()]


def offered(context: AppContext, category: str) -> list[str]:
    with context.db.session() as session:
        return [o.name for o in code_options(session, context.actor, [category])[category]]


def buttons(dlg: CodesDialog) -> dict[str, bool]:
    ui = dlg.ui
    return {name: getattr(ui, f"{name}Button").isEnabled() for name in ("add", "rename", "enable", "up", "down")}


def test_admin_adds_an_entry_and_disables_it(dialog, admin_context, message_boxes):
    changes: list[str] = []
    admin_context.events.changed.connect(changes.append)
    assert dialog.ui.categoryList.item(0).text() == "民族"
    dialog.select_category("education")
    assert names(dialog)[:2] == ["研究生（博士）", "研究生（硕士）"] and len(names(dialog)) == 11
    assert "GB/T 4658-2006" in dialog.ui.categoryLabel.text()

    item_dialog = dialog.add_item()
    assert item_dialog is not None and item_dialog.isVisible()
    item_dialog.ui.codeEdit.setText("21")
    item_dialog.ui.nameEdit.setText("博士后")
    item_dialog.accept()  # code 21 is 大学本科's: refused, and the typed text stays
    assert message_boxes[-1].text == "代码“21”在“学历”中已被“大学本科”使用"
    assert item_dialog.isVisible() and item_dialog.ui.nameEdit.text() == "博士后"
    item_dialog.ui.codeEdit.setText("95")
    item_dialog.accept()
    assert item_dialog.result() == QDialog.DialogCode.Accepted
    assert changes == ["code"]
    assert names(dialog)[-1] == "博士后" and dialog.selected().name == "博士后"
    assert dialog.model.index(len(names(dialog)) - 1, COL_STATE).data() == "In use"
    assert offered(admin_context, "education")[-1] == "博士后"

    assert dialog.ui.enableButton.text() == "&Disable"
    assert dialog.toggle_enabled()
    assert changes == ["code", "code"]
    assert dialog.selected().name == "博士后" and not dialog.selected().enabled
    assert dialog.model.index(len(names(dialog)) - 1, COL_STATE).data() == "Disabled"
    assert dialog.ui.enableButton.text() == "E&nable"
    assert "博士后" not in offered(admin_context, "education")
    assert "12 entries, 11 in use" in dialog.ui.categoryLabel.text()


def test_admin_renames_and_moves(dialog, admin_context):
    dialog.select_category("honour_level")
    dialog.select_code("03")
    rename = dialog.rename_item()
    assert rename.ui.codeEdit.isReadOnly() and rename.ui.nameEdit.text() == "市级"
    rename.ui.nameEdit.setText("地市级")
    rename.accept()
    assert names(dialog) == ["全国", "省部级", "地市级", "县级"]
    assert dialog.model.index(2, COL_NAME).data() == "地市级"

    assert dialog.move(-1)
    assert names(dialog) == ["全国", "地市级", "省部级", "县级"]
    assert dialog.selected().name == "地市级"
    dialog.select_code("01")
    assert not dialog.ui.upButton.isEnabled() and dialog.ui.downButton.isEnabled()
    dialog.select_code("04")
    assert dialog.ui.upButton.isEnabled() and not dialog.ui.downButton.isEnabled()
    assert offered(admin_context, "honour_level") == ["全国", "地市级", "省部级", "县级"]


def test_the_last_entry_in_use_cannot_be_disabled(dialog, message_boxes):
    dialog.select_category("honour_level")
    for code in ("01", "02", "03"):
        dialog.select_code(code)
        assert dialog.toggle_enabled()
    dialog.select_code("04")
    assert not dialog.toggle_enabled()
    assert message_boxes[-1].text == "“级别”至少要保留一个启用的项目，不能停用最后一项"
    assert dialog.selected().enabled


def test_locked_dictionaries_and_entries_can_only_be_viewed(dialog):
    dialog.select_category("gender")
    assert names(dialog) == ["男", "女"]
    assert buttons(dialog) == dict.fromkeys(("add", "rename", "enable", "up", "down"), False)
    assert "View only" in dialog.ui.categoryLabel.text()
    assert dialog.add_item() is None

    dialog.select_category("id_type")
    dialog.select_code("111")
    assert buttons(dialog) == {"add": True, "rename": False, "enable": False, "up": False, "down": True}
    assert "居民身份证" in dialog.ui.categoryLabel.text()
    assert dialog.rename_item() is None


def test_a_user_without_the_right_sees_every_change_off(qtbot, db):
    context = AppContext(db, make_actor("clerk", sensitive=True))
    dlg = CodesDialog(context)
    qtbot.addWidget(dlg)
    dlg.select_category("education")
    dlg.select_code("21")
    assert names(dlg)[2] == "大学本科"
    assert buttons(dlg) == dict.fromkeys(("add", "rename", "enable", "up", "down"), False)
    assert dlg.ui.hintLabel.text().startswith("You can only view the dictionaries")
    assert dlg.add_item() is None and dlg.rename_item() is None
    assert not dlg.toggle_enabled() and not dlg.move(1)

