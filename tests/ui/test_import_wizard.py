"""The import wizard: file → detected sheet, header and columns (changeable) → preview of the
refused rows → import through a job with progress → summary and the refused-rows report."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import func, select

from unionapp.db.models import Member, Organization
from unionapp.services.rights import SYSTEM_ACTOR
from unionapp.ui.context import AppContext
from unionapp.ui.dialogs.choose_org_dialog import ChooseOrgDialog
from unionapp.ui.dialogs.import_wizard import LAYOUT_PAGE, PREVIEW_PAGE, RUN_PAGE, ImportWizard

SAMPLES = Path(__file__).resolve().parent.parent / "fixtures" / "sheets"


@pytest.fixture
def context(db, tree) -> AppContext:
    return AppContext(db, SYSTEM_ACTOR)


def members(db) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(Member))


def open_wizard(qtbot, context, kind, path=None) -> ImportWizard:
    wizard = ImportWizard(context, kind, path)
    qtbot.addWidget(wizard)
    if path is not None:
        qtbot.waitUntil(lambda: wizard.page() == LAYOUT_PAGE, timeout=10_000)
    return wizard


def mapping_rows(wizard) -> dict[str, str]:
    grid = wizard.ui.mappingGrid
    return {grid.itemAtPosition(r, 0).widget().text(): grid.itemAtPosition(r, 1).widget().currentText()
            for r in range(len(wizard._combos))}


def test_messy_roster_through_every_step(qtbot, context, db, tmp_path, monkeypatch):
    wizard = open_wizard(qtbot, context, "members", SAMPLES / "members_messy.xlsx")
    ui = wizard.ui
    assert ui.sheetCombo.currentText() == "会员花名册" and ui.headerRowSpin.value() == 3
    assert mapping_rows(wizard)["公民身份号码（18位）"] == "身份证号码"
    assert mapping_rows(wizard)["基层工会名称"] == "所属工会"
    assert mapping_rows(wizard)["序号"] == wizard.tr("(do not import)")

    wizard.next()
    qtbot.waitUntil(lambda: wizard.page() == PREVIEW_PAGE, timeout=10_000)
    assert wizard.preview.imported == 8 and len(wizard.preview.rejected) == 7
    model = wizard.preview_model
    assert model.rowCount() == 12  # 7 refused and 5 warned rows, by row number
    assert [model.text(r, 0) for r in range(3)] == ["6", "7", "10"]
    assert model.text(2, 2).startswith("第10行 公民身份号码（18位）：证件号码被 Excel 存成了数字")
    assert members(db) == 0  # the preview wrote nothing

    with qtbot.waitSignal(context.events.changed, timeout=20_000) as announced:
        wizard.next()
        assert wizard.page() == RUN_PAGE
    assert announced.args == ["member"]
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=10_000)
    assert members(db) == 8
    assert ui.progressBar.value() == ui.progressBar.maximum()
    assert "8" in ui.resultLabel.text() and ui.saveReportButton.isEnabled()

    report = tmp_path / "refused.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(report), ""))
    ui.saveReportButton.click()
    rows = list(openpyxl.load_workbook(report).active.iter_rows(values_only=True))
    assert len(rows) == 8 and rows[0][-1] == "错误原因"


def test_changing_the_mapping_and_the_default_union(qtbot, context, db, tmp_path, monkeypatch, tree):
    book = openpyxl.Workbook()
    book.active.append(["名单"])
    book.active.append(["职工", "号码", "电话"])  # headers the wizard cannot guess
    book.active.append(["张红梅", "370602198901018888", "13800138000"])
    book.save(tmp_path / "odd.xlsx")
    wizard = open_wizard(qtbot, context, "members", tmp_path / "odd.xlsx")
    assert wizard.layout_ is None or "id_number" not in wizard.layout_.mapping
    wizard.ui.headerRowSpin.setValue(2)
    combos = dict((wizard.layout_.headers[col], combo) for col, combo in wizard._combos)
    combos["职工"].setCurrentIndex(combos["职工"].findData("name"))
    combos["号码"].setCurrentIndex(combos["号码"].findData("id_number"))
    assert wizard.layout_.mapping == {"name": 0, "id_number": 1, "phone": 2}

    wizard.next()
    qtbot.waitUntil(lambda: wizard.page() == PREVIEW_PAGE, timeout=10_000)
    assert [r.issues[0].code for r in wizard.preview.rejected] == ["required"]  # no union
    with db.session() as session:
        union_b = session.get(Organization, tree["union_b"])
        node = type("Node", (), {"id": union_b.id, "name": union_b.name})()
    monkeypatch.setattr(ChooseOrgDialog, "choose", classmethod(lambda cls, *_a, **_k: node))
    wizard.ui.chooseOrgButton.click()
    qtbot.waitUntil(lambda: wizard.preview.imported == 1, timeout=10_000)
    assert wizard.ui.defaultOrgValue.text() == "龙旺庄超市工会"
    wizard.next()
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=10_000)
    with db.session() as session:
        assert session.scalar(select(Member.org_id)) == tree["union_b"]


def test_a_dropped_file_is_opened(qtbot, context):
    wizard = open_wizard(qtbot, context, "organizations")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(SAMPLES / "organizations.xlsx"))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    wizard.dropEvent(event)
    qtbot.waitUntil(lambda: wizard.page() == LAYOUT_PAGE, timeout=10_000)
    assert wizard.ui.headerRowSpin.value() == 2
    assert "工会全称" in mapping_rows(wizard)


def test_an_unreadable_file_is_reported_on_the_first_page(qtbot, context, tmp_path):
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a workbook")
    wizard = open_wizard(qtbot, context, "members")
    wizard.ui.pathEdit.setText(str(broken))
    wizard.next()
    qtbot.waitUntil(lambda: "无法读取" in wizard.ui.messageLabel.text(), timeout=10_000)
    assert wizard.page() == 0


def test_the_template_can_be_saved(qtbot, context, tmp_path, monkeypatch):
    target = tmp_path / "会员导入模板.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    wizard = open_wizard(qtbot, context, "members")
    wizard.ui.templateButton.click()
    assert openpyxl.load_workbook(target).sheetnames == ["导入数据", "填写说明"]



def test_nothing_to_import_disables_import_and_back_still_works(qtbot, context, db):
    first = open_wizard(qtbot, context, "members", SAMPLES / "members_good.xlsx")
    first.next()
    qtbot.waitUntil(lambda: first.page() == PREVIEW_PAGE, timeout=10_000)
    first.next()
    qtbot.waitUntil(lambda: first.result is not None, timeout=10_000)
    assert members(db) == 6

    again = open_wizard(qtbot, context, "members", SAMPLES / "members_good.xlsx")
    again.next()
    qtbot.waitUntil(lambda: again.page() == PREVIEW_PAGE, timeout=10_000)
    assert again.preview.unchanged == 6 and not again.ui.nextButton.isEnabled()
    again.back()
    assert again.page() == LAYOUT_PAGE and again.ui.nextButton.isEnabled()


def test_cancelling_the_import_writes_nothing(qtbot, context, db):
    wizard = open_wizard(qtbot, context, "members", SAMPLES / "members_messy.xlsx")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.page() == PREVIEW_PAGE, timeout=10_000)
    with qtbot.waitSignal(wizard.ui.stopButton.clicked):
        wizard.next()
        wizard.ui.stopButton.click()  # at once: the job sees it at its first progress report
    qtbot.waitUntil(lambda: wizard.job is None, timeout=10_000)
    assert wizard.result is None and members(db) == 0
    assert wizard.ui.runLabel.text() == wizard.tr("The import was cancelled; nothing was written.")
    assert wizard.ui.closeButton.isEnabled()


def test_the_refused_rows_are_proposed_next_to_the_sheet(qtbot, context, tmp_path, monkeypatch):
    import shutil

    from unionapp.ui import settings

    folder = tmp_path / "乡镇报来的表"
    folder.mkdir()
    sheet = folder / "城关镇会员.xlsx"
    shutil.copy(SAMPLES / "members_messy.xlsx", sheet)
    elsewhere = tmp_path / "exports"
    elsewhere.mkdir()
    settings.put(settings.LAST_EXPORT_FOLDER, str(elsewhere))
    wizard = open_wizard(qtbot, context, "members", sheet)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.page() == PREVIEW_PAGE, timeout=10_000)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=10_000)

    proposed = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda _p, _t, path, *_a, **_k: (proposed.append(path), (path, ""))[1])
    wizard.ui.saveReportButton.click()
    assert proposed == [str(folder / "城关镇会员-被拒绝的行.xlsx")]
    assert (folder / "城关镇会员-被拒绝的行.xlsx").exists()
    assert settings.get(settings.LAST_EXPORT_FOLDER) == str(folder)
