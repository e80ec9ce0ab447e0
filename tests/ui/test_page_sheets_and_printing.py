"""The pages reach the sheets and printing modules: export buttons write the list shown, the
print action hands the members found to the card dialog, and a roster dropped on the window
(or opened with 导入) starts the import wizard for the page's kind of record."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog

from tests.conftest import TODAY
from unionapp.domain.idcard import id_check_digit
from unionapp.services.members import MemberInput, create_member
from unionapp.ui import jobs
from unionapp.ui.context import AppContext
from unionapp.ui.main_window import MainWindow


def _id(seq: int) -> str:
    first17 = f"370602198001{seq:02d}{seq:03d}"
    return first17 + id_check_digit(first17)


@pytest.fixture
def window(qtbot, db, tree, clerk, admin):
    with db.session() as s:
        for seq, name in enumerate(("张红梅", "李明", "王芳"), start=1):
            create_member(s, clerk, MemberInput(name=name, id_number=_id(seq), org_id=tree["union_a"],
                                                joined_on=date(2020, 5, 1)), today=TODAY)
    main = MainWindow(AppContext(db, admin))
    qtbot.addWidget(main)
    return main


def test_members_page_exports_the_list_it_shows(qtbot, window, tmp_path, monkeypatch):
    page = window.show_page("members")
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=5000)
    target = tmp_path / "members.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.ui.searchEdit.setText("红梅")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    window.ui.actionExport.trigger()
    qtbot.waitUntil(target.exists, timeout=10000)
    jobs.wait_for_all_jobs()
    rows = list(openpyxl.load_workbook(target).active.iter_rows(values_only=True))
    assert len(rows) == 2 and "张红梅" in rows[1]


def test_organizations_page_exports_unions_or_employers_by_tab(qtbot, window, tmp_path, monkeypatch):
    page = window.show_page("organizations")
    target = tmp_path / "unions.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.export()
    qtbot.waitUntil(target.exists, timeout=10000)
    jobs.wait_for_all_jobs()
    cells = {c for row in openpyxl.load_workbook(target).active.iter_rows(min_row=2, values_only=True) for c in row}
    assert {"龙泉机械厂工会委员会", "龙旺庄超市工会"} <= cells
    assert page.import_kind() == "organizations"
    page.ui.tabs.setCurrentWidget(page.ui.unorganizedTab)
    assert page.import_kind() == "unorganized"


def test_print_action_hands_the_members_found_to_the_card_dialog(qtbot, window, monkeypatch):
    page = window.show_page("members")
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=5000)
    handed = []
    monkeypatch.setattr("unionapp.ui.dialogs.print_cards.open_print_cards",
                        lambda parent, context, ids: handed.append(sorted(ids)))
    window.ui.actionPrint.trigger()
    assert len(handed) == 1 and len(handed[0]) == 3


def test_dropped_roster_opens_the_import_wizard_of_the_page(qtbot, window, tmp_path, monkeypatch):
    opened = []
    monkeypatch.setattr("unionapp.ui.dialogs.import_wizard.open_import_wizard",
                        lambda context, kind, path=None, parent=None: opened.append((kind, path)))
    sheet = tmp_path / "花名册.xlsx"
    sheet.write_bytes(b"")
    window.show_page("dashboard")

    def drop(path):
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(path))])
        event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                           Qt.KeyboardModifier.NoModifier)
        window.dropEvent(event)

    drop(sheet)  # the dashboard imports nothing: the member list takes the roster
    assert opened == [("members", str(sheet))] and window.current_key() == "members"
    window.show_page("organizations")
    drop(sheet)
    assert opened[-1] == ("organizations", str(sheet))
    drop(tmp_path / "notes.txt")  # not a sheet: nothing happens
    assert len(opened) == 2
    window.show_page("members")
    window.ui.actionImport.trigger()
    assert opened[-1] == ("members", None)
