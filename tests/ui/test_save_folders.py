"""Save dialogs open in the folder of the last export (else the user's Documents), never in the
program's working folder, and remember the folder chosen: the members and unions exports, the
hardship / campaign / visit exports (aid_support.export_to_sheet) and the import template."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from unionapp.ui import jobs, settings
from unionapp.ui.context import AppContext
from unionapp.ui.dialogs.aid_support import export_to_sheet
from unionapp.ui.dialogs.import_wizard import ImportWizard
from unionapp.ui.dialogs.save_path import documents_folder, proposed_path
from unionapp.ui.pages.members_page import MembersPage
from unionapp.ui.pages.organizations_page import OrganizationsPage


class SaveDialog:
    """Stands in for QFileDialog.getSaveFileName: records the proposed path and answers with the
    next file of `answers` (a name without folder keeps the proposed folder)."""

    def __init__(self, monkeypatch, *answers: str | Path, selected_filter: str = ""):
        self.proposed: list[str] = []
        self.answers = list(answers)
        self.selected_filter = selected_filter
        monkeypatch.setattr(QFileDialog, "getSaveFileName", self)

    def __call__(self, _parent, _title, proposed, _filter, *_args, **_kwargs):
        self.proposed.append(proposed)
        answer = self.answers.pop(0) if self.answers else ""
        return (str(answer), self.selected_filter) if answer else ("", "")


@pytest.fixture
def context(db, tree, admin) -> AppContext:
    return AppContext(db, admin)


def test_the_first_proposal_is_in_documents_then_in_the_folder_chosen(qtbot, context, tmp_path, monkeypatch):
    chosen = tmp_path / "导出"
    chosen.mkdir()
    dialog = SaveDialog(monkeypatch, chosen / "会员.xlsx", chosen / "unions.xlsx", "")
    members = MembersPage(context)
    qtbot.addWidget(members)
    members.export()
    assert Path(dialog.proposed[0]) == documents_folder() / "members.xlsx"
    qtbot.waitUntil((chosen / "会员.xlsx").exists, timeout=10_000)
    jobs.wait_for_all_jobs()
    assert settings.get(settings.LAST_EXPORT_FOLDER) == str(chosen)

    unions = OrganizationsPage(context)
    qtbot.addWidget(unions)
    unions.export()
    assert Path(dialog.proposed[1]) == chosen / "unions.xlsx"
    qtbot.waitUntil((chosen / "unions.xlsx").exists, timeout=10_000)
    jobs.wait_for_all_jobs()

    members.export()  # cancelled: nothing written, the folder stays
    assert Path(dialog.proposed[2]) == chosen / "members.xlsx"
    assert settings.get(settings.LAST_EXPORT_FOLDER) == str(chosen)


def test_aid_exports_remember_the_folder_and_add_the_chosen_suffix(qtbot, context, tmp_path, monkeypatch,
                                                                    message_boxes):
    first, second = tmp_path / "one", tmp_path / "two"
    first.mkdir()
    second.mkdir()
    written: list[Path] = []

    def write(_session, path, _progress):
        written.append(path)
        return 0

    dialog = SaveDialog(monkeypatch, first / "payments", second / "files.xlsx", selected_filter="CSV (*.csv)")
    export_to_sheet(None, context, "Export", "payments.xlsx", write)
    qtbot.waitUntil(lambda: len(written) == 1, timeout=10_000)
    jobs.wait_for_all_jobs()
    assert written == [first / "payments.csv"]  # typed without a suffix, CSV chosen as the type
    export_to_sheet(None, context, "Export", "files.xlsx", write)
    assert Path(dialog.proposed[1]) == first / "files.xlsx"
    qtbot.waitUntil(lambda: len(written) == 2, timeout=10_000)
    jobs.wait_for_all_jobs()
    assert settings.get(settings.LAST_EXPORT_FOLDER) == str(second)


def test_a_folder_that_is_gone_falls_back_to_documents(tmp_path):
    settings.put(settings.LAST_EXPORT_FOLDER, str(tmp_path / "removed-usb-stick"))
    assert Path(proposed_path("x.xlsx")) == documents_folder() / "x.xlsx"
    assert Path(proposed_path("x.xlsx", tmp_path)) == tmp_path / "x.xlsx"


def test_the_import_template_is_proposed_in_the_last_export_folder(qtbot, context, tmp_path, monkeypatch):
    settings.put(settings.LAST_EXPORT_FOLDER, str(tmp_path))
    dialog = SaveDialog(monkeypatch, tmp_path / "模板")
    wizard = ImportWizard(context, "members")
    qtbot.addWidget(wizard)
    wizard.save_template()
    assert Path(dialog.proposed[0]) == tmp_path / "会员导入模板.xlsx"
    assert (tmp_path / "模板.xlsx").stat().st_size > 0
