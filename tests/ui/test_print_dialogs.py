"""The print dialogs as a clerk uses them: choose layout, printer offsets and back side, make the
cards in the background (progress, cancel), look at the preview, print or save — and the cards
are recorded as issued only then."""

from __future__ import annotations

import time
from datetime import date

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog
from sqlalchemy import func, select

from tests.printing_pdf import all_text, decode_qr_codes, page_count, render_page
from tests.unit.test_printing_card_issues import enrol
from unionapp.db.models import CardIssue, Member
from unionapp.printing.card_layout import load_layout
from unionapp.printing.fonts import load_fonts
from unionapp.printing.member_card import CardRun, render_cards
from unionapp.services.cards import CardFace
from unionapp.ui.context import AppContext
from unionapp.ui.dialogs import print_cards, print_preview
from unionapp.ui.dialogs.print_cards import PrintCardsDialog, load_offsets, open_print_cards
from unionapp.ui.dialogs.print_preview import PrintPreviewDialog


@pytest.fixture
def members(db, tree, clerk):
    return enrol(db, clerk, tree["union_a"], ["张红梅", "欧阳玥", "王喆"])


@pytest.fixture
def context(db, clerk) -> AppContext:
    return AppContext(db, clerk)


def card_pdf(path, count: int = 12) -> list[str]:
    faces = [CardFace(i, f"2026{i:08d}", f"会员{i}", "龙泉机械厂工会", "龙泉县总工会", date(2020, 5, 1), None, None)
             for i in range(1, count + 1)]
    render_cards(str(path), faces, layout=load_layout("a4"), fonts=load_fonts(), issued_on=date(2026, 11, 21),
                 total=count)
    return [f.member_no for f in faces]


def issued_count(db) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(CardIssue))


def test_preview_pages_zoom_and_print_to_a_printer(qtbot, tmp_path):
    numbers = card_pdf(tmp_path / "cards.pdf")
    dialog = PrintPreviewDialog(tmp_path / "cards.pdf", title="会员卡")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.page_count == 2 and dialog.ui.pageSpin.maximum() == 2
    assert not dialog.current_image.isNull() and not dialog.ui.previousButton.isEnabled()
    dialog.ui.nextButton.click()
    assert dialog.ui.pageSpin.value() == 2 and not dialog.ui.nextButton.isEnabled()
    dialog.ui.zoomCombo.setCurrentIndex(dialog.ui.zoomCombo.findData(1.0))
    width_100 = dialog.current_image.width()
    dialog.ui.zoomCombo.setCurrentIndex(dialog.ui.zoomCombo.findData(2.0))
    assert dialog.current_image.width() == pytest.approx(2 * width_100, rel=0.02)
    printed = tmp_path / "printed.pdf"
    printer = dialog._make_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    printer.setResolution(300)
    assert dialog.print_to(printer)
    # What reached the "printer" is the same two sheets, and the codes still read.
    assert page_count(printed) == 2
    assert decode_qr_codes(render_page(printed, 0, dpi=200)) == numbers[:10]


def test_print_button_goes_through_the_system_dialog(qtbot, tmp_path, monkeypatch):
    card_pdf(tmp_path / "cards.pdf", 3)
    outputs = []
    printed = tmp_path / "printed.pdf"

    class FakePrintDialog:
        PrintDialogOption = print_preview.QPrintDialog.PrintDialogOption

        def __init__(self, printer, _parent):
            self.printer = printer

        def setOption(self, *_args):  # noqa: N802 - Qt's name
            pass

        def exec(self):
            self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            self.printer.setOutputFileName(str(printed))
            self.printer.setResolution(150)
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(print_preview, "QPrintDialog", FakePrintDialog)
    dialog = PrintPreviewDialog(tmp_path / "cards.pdf", on_output=outputs.append)
    qtbot.addWidget(dialog)
    dialog.ui.printButton.click()
    assert outputs == ["printed"] and page_count(printed) == 1


def test_save_as_pdf_copies_the_file(qtbot, tmp_path, monkeypatch):
    card_pdf(tmp_path / "cards.pdf", 2)
    target = tmp_path / "out" / "会员卡"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    outputs = []
    dialog = PrintPreviewDialog(tmp_path / "cards.pdf", on_output=outputs.append)
    qtbot.addWidget(dialog)
    dialog.ui.saveButton.click()
    saved = target.with_suffix(".pdf")
    assert saved.read_bytes() == (tmp_path / "cards.pdf").read_bytes() and outputs == ["saved"]


def test_print_cards_makes_previews_and_records_when_saved(qtbot, db, context, members, tmp_path, monkeypatch):
    dialog = open_print_cards(None, context, members)
    qtbot.addWidget(dialog)
    assert "3" in dialog.ui.summaryLabel.text()
    dialog.ui.layoutCombo.setCurrentIndex(dialog.ui.layoutCombo.findData("a4"))
    dialog.ui.printerCombo.setCurrentText("制卡机 A")
    dialog.ui.offsetXSpin.setValue(1.5)
    dialog.ui.offsetYSpin.setValue(-0.5)
    dialog.ui.backCheck.setChecked(True)
    dialog.ui.buttonBox.accepted.emit()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20_000)
    preview = dialog.preview
    assert preview.page_count == 2  # one sheet of fronts, one of backs
    with db.session() as s:
        numbers = sorted(s.scalars(select(Member.member_no).where(Member.id.in_(members))))
    assert decode_qr_codes(render_page(preview.pdf_path, 0, dpi=200)) == numbers
    assert "会员须知" in all_text(preview.pdf_path)
    assert issued_count(db) == 0  # a preview alone issues nothing
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(tmp_path / "batch.pdf"), ""))
    preview.ui.saveButton.click()
    qtbot.waitUntil(lambda: issued_count(db) == 3, timeout=10_000)
    assert load_offsets("制卡机 A", "a4") == (1.5, -0.5)
    dialog.reject()
    # The next time, the printer's calibration comes back by itself.
    again = PrintCardsDialog(context, members)
    qtbot.addWidget(again)
    assert again.layout_key == "a4" and again.printer == "制卡机 A"
    assert (again.ui.offsetXSpin.value(), again.ui.offsetYSpin.value()) == (1.5, -0.5)
    again.ui.noCardYetCheck.setChecked(True)
    again.ui.buttonBox.accepted.emit()
    qtbot.waitUntil(lambda: again.ui.buttonBox.isEnabled(), timeout=10_000)
    assert again.preview is None


def test_only_new_members_when_all_have_cards_says_so(qtbot, db, context, members, message_boxes):
    from unionapp.services.cards import record_issues

    with db.session() as s:
        record_issues(s, context.actor, members, layout="cr80")
    dialog = PrintCardsDialog(context, members)
    qtbot.addWidget(dialog)
    dialog.ui.noCardYetCheck.setChecked(True)
    dialog.ui.buttonBox.accepted.emit()
    qtbot.waitUntil(lambda: any("都已制卡" in m.text for m in message_boxes), timeout=10_000)


def test_cancel_stops_the_batch(qtbot, db, context, members, monkeypatch):
    started = []

    def slow_render(out, cards, *, progress, total, **_kwargs):
        started.append(True)
        deadline = time.monotonic() + 10
        while progress(0, total) is not False and time.monotonic() < deadline:
            time.sleep(0.02)
        return CardRun(0, 0, cancelled=True)

    monkeypatch.setattr(print_cards, "render_cards", slow_render)
    dialog = PrintCardsDialog(context, members)
    qtbot.addWidget(dialog)
    dialog.ui.buttonBox.accepted.emit()
    qtbot.waitUntil(lambda: bool(started), timeout=5_000)
    with qtbot.waitSignal(dialog.job.signals.cancelled, timeout=10_000):
        dialog.job.cancel()
    assert dialog.preview is None and dialog.ui.buttonBox.isEnabled() and issued_count(db) == 0


def test_calibration_page_preview(qtbot, context, members):
    dialog = PrintCardsDialog(context, members)
    qtbot.addWidget(dialog)
    dialog.ui.layoutCombo.setCurrentIndex(dialog.ui.layoutCombo.findData("cr80"))
    dialog.ui.calibrationButton.click()
    assert dialog.preview is not None and dialog.preview.page_count == 1
    assert "打印校准页" in all_text(dialog.preview.pdf_path)


def test_nothing_selected(qtbot, context, message_boxes):
    assert open_print_cards(None, context, []) is None
    assert message_boxes and message_boxes[-1].kind == "information"
