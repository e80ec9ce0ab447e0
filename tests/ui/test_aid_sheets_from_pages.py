"""Sheets in and out of the hardship and campaign pages: the import wizard takes the "hardship" and
"aid" kinds, and its preview — which runs the importers, writing through the services — is
rolled back, so nothing (files, payments, numbers, audit entries) is left by a preview; the
pages export what they show."""

from __future__ import annotations

import openpyxl
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import func, select

from tests.conftest import TODAY
from tests.unit.aid_helpers import filed, person_id
from unionapp.db.models import AidDisbursement, AuditEntry, Counter, HardshipFile
from unionapp.services.aid_campaigns import CampaignInput, StandardInput, create_campaign
from unionapp.ui.context import AppContext
from unionapp.ui.dialogs.import_wizard import LAYOUT_PAGE, PREVIEW_PAGE, RUN_PAGE, ImportWizard
from unionapp.ui.pages.campaigns_page import CampaignsPage
from unionapp.ui.pages.hardship_page import HardshipPage


def count(db, model) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(model))


def open_wizard(qtbot, context, kind, path) -> ImportWizard:
    wizard = ImportWizard(context, kind, path)
    qtbot.addWidget(wizard)
    qtbot.waitUntil(lambda: wizard.page() == LAYOUT_PAGE, timeout=10_000)
    return wizard


def test_hardship_import_preview_writes_nothing(qtbot, db, tree, clerk, tmp_path):
    context = AppContext(db, clerk)
    page = HardshipPage(context, today=TODAY)
    qtbot.addWidget(page)
    book = openpyxl.Workbook()
    book.active.append(["姓名", "身份证号码", "所属工会", "困难类别", "主要致困原因", "家庭年收入", "家庭人口"])
    book.active.append(["孙大海", person_id(11), "龙旺庄超市工会", "深度困难", "下岗失业", "24000", "3"])
    book.active.append(["周小梅", person_id(12, female=True), "龙泉机械厂工会委员会", "相对困难", "子女上学", "36000", "4"])
    book.save(tmp_path / "files.xlsx")
    audit_before = count(db, AuditEntry)

    wizard = open_wizard(qtbot, context, "hardship", tmp_path / "files.xlsx")
    assert not wizard.ui.templateButton.isHidden()  # the hardship template can be handed out
    wizard.next()
    qtbot.waitUntil(lambda: wizard.page() == PREVIEW_PAGE, timeout=10_000)
    assert wizard.preview.imported == 2 and not wizard.preview.rejected
    assert count(db, HardshipFile) == 0 and count(db, Counter) == 0  # the preview was rolled back
    assert count(db, AuditEntry) == audit_before

    with qtbot.waitSignal(context.events.changed, timeout=20_000) as announced:
        wizard.next()
        assert wizard.page() == RUN_PAGE
    assert announced.args == ["hardship"]
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=10_000)
    assert count(db, HardshipFile) == 2
    assert page.total == 2  # the page refreshed through the event bus


def test_aid_import_preview_writes_nothing_and_pages_export(qtbot, db, tree, clerk, reviewer, tmp_path,
                                                            monkeypatch, message_boxes):
    context = AppContext(db, clerk)
    filed(db, clerk, reviewer, name="陈志", id_number=person_id(3), org_id=tree["town_b"], family=())
    with db.session() as s:
        create_campaign(s, clerk, CampaignInput(name="2026年春节送温暖", year=2026, kind="送温暖",
                                                standards=(StandardInput(category="深度困难", amount="1000"),)))
    page = CampaignsPage(context, today=TODAY)
    qtbot.addWidget(page)
    book = openpyxl.Workbook()
    book.active.append(["活动编号", "姓名", "身份证号码", "金额", "发放日期"])
    book.active.append(["2026-001", "陈志", person_id(3), "1000", "2026-01-20"])
    book.active.append(["2026-001", "赵钱", person_id(13), "800", "2026-01-20"])
    book.save(tmp_path / "aid.xlsx")

    wizard = open_wizard(qtbot, context, "aid", tmp_path / "aid.xlsx")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.page() == PREVIEW_PAGE, timeout=10_000)
    assert wizard.preview.imported == 2, wizard.preview.rejected
    assert count(db, AidDisbursement) == 0
    with qtbot.waitSignal(context.events.changed, timeout=20_000):
        wizard.next()
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=10_000)
    assert count(db, AidDisbursement) == 2
    qtbot.waitUntil(lambda: page.disbursements.rowCount() == 2)
    assert "1,800.00" in page.ui.totalsLabel.text()

    # Export the campaigns and the selected campaign's payments.
    target = tmp_path / "payments.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    page.export_disbursements()
    qtbot.waitUntil(lambda: any("2" in m.text and "payments.xlsx" in m.text for m in message_boxes), timeout=20_000)
    rows = list(openpyxl.load_workbook(target).active.iter_rows(values_only=True))
    assert len(rows) == 3 and rows[1][0] == "2026-001"

    hardship = HardshipPage(context, today=TODAY)
    qtbot.addWidget(hardship)
    target = tmp_path / "files.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    hardship.export()
    qtbot.waitUntil(target.exists, timeout=20_000)
    assert "陈志" in target.read_text(encoding="utf-8-sig")
