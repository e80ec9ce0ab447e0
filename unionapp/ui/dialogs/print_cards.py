"""Print member cards for a selection (DESIGN §4): choose the layout, the printer and its
calibration offsets, front/back; the cards are made in the background with progress and cancel,
then shown in the preview. The cards are recorded as issued once the clerk prints or saves them,
not when a preview is merely looked at."""

from __future__ import annotations

import json
import shutil
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from unionapp.printing.calibration import render_layout_calibration
from unionapp.printing.card_layout import CardLayout, LayoutError, available_layouts, load_layout
from unionapp.printing.fonts import FontError, font_path_from_settings, load_fonts
from unionapp.printing.member_card import CardRun, render_cards
from unionapp.services.cards import card_faces, count_issued, record_issues, without_card
from unionapp.services.errors import ServiceError
from unionapp.ui import jobs, settings
from unionapp.ui.context import AppContext
from unionapp.ui.dialogs.print_preview import PrintPreviewDialog
from unionapp.ui.forms.ui_print_cards import Ui_PrintCardsDialog

_open_dialogs: set[QDialog] = set()  # modeless dialogs stay alive while shown


def load_offsets(printer: str, layout: str) -> tuple[float, float]:
    stored = _offsets()
    value = stored.get(f"{printer}|{layout}") or [0.0, 0.0]
    try:
        return float(value[0]), float(value[1])
    except (TypeError, ValueError, IndexError):
        return 0.0, 0.0


def save_offsets(printer: str, layout: str, offset: tuple[float, float]) -> None:
    stored = _offsets()
    stored[f"{printer}|{layout}"] = [round(offset[0], 2), round(offset[1], 2)]
    settings.put(settings.PRINT_OFFSETS, json.dumps(stored, ensure_ascii=False))


def _offsets() -> dict:
    try:
        value = json.loads(settings.get(settings.PRINT_OFFSETS) or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


@dataclass(frozen=True)
class CardJob:
    """What the background job made: the PDF, the members on it and what the renderer said."""

    pdf: Path
    member_ids: tuple[int, ...]
    run: CardRun
    layout: str
    issued_on: date


class PrintCardsDialog(QDialog):
    def __init__(self, context: AppContext, member_ids: list[int], parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PrintCardsDialog()
        self.ui.setupUi(self)
        self.context = context
        self.member_ids = list(dict.fromkeys(member_ids))
        self.workdir = Path(tempfile.mkdtemp(prefix="unionapp-cards-"))
        self.preview: PrintPreviewDialog | None = None
        self.job: jobs.Job | None = None
        self.result_job: CardJob | None = None
        with context.db.session() as session:
            issued = count_issued(session, self.member_ids)
        self.without_card = sum(1 for i in self.member_ids if i not in issued)
        self.ui.summaryLabel.setText(
            self.tr("%1 members selected, %2 of them have no card yet.")
            .replace("%1", str(len(self.member_ids))).replace("%2", str(self.without_card)))
        for key, title in available_layouts():
            self.ui.layoutCombo.addItem(title, key)
        remembered = self.ui.layoutCombo.findData(settings.get(settings.CARD_LAYOUT))
        self.ui.layoutCombo.setCurrentIndex(max(remembered, 0))
        printers = QPrinterInfo.availablePrinterNames()
        self.ui.printerCombo.addItems(printers)
        last = settings.get(settings.CARD_PRINTER) or QPrinterInfo.defaultPrinterName()
        if last:
            self.ui.printerCombo.setCurrentText(last)
        self.ui.issuedEdit.setDate(QDate.currentDate())
        self.ui.layoutCombo.currentIndexChanged.connect(self._layout_changed)
        self.ui.printerCombo.currentTextChanged.connect(lambda _t: self._load_offsets())
        self.ui.calibrationButton.clicked.connect(self.print_calibration)
        self.ui.buttonBox.accepted.connect(self.start)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._layout_changed()

    # --- settings -----------------------------------------------------------------------------
    @property
    def layout_key(self) -> str:
        return self.ui.layoutCombo.currentData() or "cr80"

    @property
    def printer(self) -> str:
        return self.ui.printerCombo.currentText().strip()

    @property
    def offset(self) -> tuple[float, float]:
        return self.ui.offsetXSpin.value(), self.ui.offsetYSpin.value()

    def _layout(self) -> CardLayout | None:
        try:
            return load_layout(self.layout_key)
        except LayoutError as exc:
            QMessageBox.warning(self, self.tr("Card layout"), exc.message)
            return None

    def _layout_changed(self) -> None:
        layout = self._layout()
        has_back = layout is not None and layout.back is not None
        self.ui.backCheck.setEnabled(has_back)
        if not has_back:
            self.ui.backCheck.setChecked(False)
        self._load_offsets()

    def _load_offsets(self) -> None:
        x, y = load_offsets(self.printer, self.layout_key)
        self.ui.offsetXSpin.setValue(x)
        self.ui.offsetYSpin.setValue(y)

    def _remember(self) -> None:
        save_offsets(self.printer, self.layout_key, self.offset)
        settings.put(settings.CARD_LAYOUT, self.layout_key)
        settings.put(settings.CARD_PRINTER, self.printer)

    def _fonts(self):
        try:
            with self.context.db.session() as session:
                return load_fonts(font_path_from_settings(session))
        except FontError as exc:
            QMessageBox.critical(self, self.tr("No font for printing"), exc.message)
            return None

    # --- calibration --------------------------------------------------------------------------
    def print_calibration(self) -> None:
        layout, fonts = self._layout(), self._fonts()
        if layout is None or fonts is None:
            return
        self._remember()
        path = self.workdir / f"calibration-{layout.key}.pdf"
        render_layout_calibration(str(path), layout, fonts=fonts, offset_mm=self.offset)
        self._show_preview(path, self.tr("Calibration page"), "", on_output=None)

    # --- the cards ----------------------------------------------------------------------------
    def start(self) -> None:
        layout, fonts = self._layout(), self._fonts()
        if layout is None or fonts is None:
            return
        self._remember()
        context, actor = self.context, self.context.actor
        ids = list(self.member_ids)
        only_new = self.ui.noCardYetCheck.isChecked()
        back = self.ui.backCheck.isChecked()
        offset = self.offset
        issued_on = self.ui.issuedEdit.date().toPython()
        pdf = self.workdir / f"cards-{layout.key}.pdf"

        def body(report) -> CardJob | None:
            # Runs on a worker thread: its own session, no widgets.
            with context.db.session() as session:
                chosen = without_card(session, actor, ids) if only_new else ids
                if not chosen:
                    raise ServiceError("所选会员都已制卡，没有需要打印的会员卡")
                run = render_cards(str(pdf), card_faces(session, actor, chosen), layout=layout, fonts=fonts,
                                   issued_on=issued_on, total=len(chosen), back=back, offset_mm=offset,
                                   progress=report)
            if run.cancelled:
                return None
            return CardJob(pdf, tuple(chosen), run, layout.key, issued_on)

        self.ui.buttonBox.setEnabled(False)
        self.job = jobs.run_with_progress(self, self.tr("Making member cards…"), body,
                                          on_finished=self._made, on_failed=self._failed)
        self.job.signals.cancelled.connect(lambda: self.ui.buttonBox.setEnabled(True))

    def _failed(self, message: str) -> None:
        self.ui.buttonBox.setEnabled(True)
        QMessageBox.warning(self, self.tr("Member cards"), message)

    def _made(self, made: CardJob | None) -> None:
        self.ui.buttonBox.setEnabled(True)
        if made is None:
            return
        self.result_job = made
        warning = ""
        if made.run.missing:
            shown = "；".join(f"{m.name}（{m.member_no}）：{m.characters}" for m in made.run.missing[:10])
            more = len(made.run.missing) - 10
            warning = self.tr("These characters are in no installed font and will print as blanks: %1")\
                .replace("%1", shown + (self.tr(" and %1 more").replace("%1", str(more)) if more > 0 else ""))
            QMessageBox.warning(self, self.tr("Rare characters"), warning)
        record = self._record if self.ui.recordCheck.isChecked() else None
        title = self.tr("%1 member cards").replace("%1", str(made.run.cards))
        self._show_preview(made.pdf, title, warning, on_output=record)

    def _record(self, _kind: str) -> None:
        made = self.result_job
        if made is None:
            return
        self.result_job = None  # printing twice from one preview records the batch once
        context, actor = self.context, self.context.actor

        def body(_report):
            with context.db.session() as session:
                return record_issues(session, actor, made.member_ids, layout=made.layout, issued_on=made.issued_on,
                                     note="界面打印")

        def recorded(result) -> None:
            context.events.announce("member")
            QMessageBox.information(self, self.tr("Member cards"),
                                    self.tr("Recorded %1 cards as issued (%2 reprints), batch %3.")
                                    .replace("%1", str(result.cards)).replace("%2", str(result.reprints))
                                    .replace("%3", str(result.batch_id)))

        job = jobs.start_job(body, writes=True)
        job.signals.finished.connect(recorded)
        job.signals.failed.connect(lambda message: QMessageBox.warning(self, self.tr("Member cards"), message))

    def _show_preview(self, path: Path, title: str, warning: str, on_output) -> None:
        self.preview = PrintPreviewDialog(path, self, title=title, printer_name=self.printer, warning=warning,
                                          on_output=on_output)
        self.preview.open()

    def done(self, result: int) -> None:
        if self.job is not None:
            self.job.cancel()  # a batch still being made stops; its file is not wanted any more
            jobs.wait_for_all_jobs(10_000)
        super().done(result)
        _open_dialogs.discard(self)
        shutil.rmtree(self.workdir, ignore_errors=True)


def open_print_cards(parent: QWidget | None, context: AppContext, member_ids: list[int]) -> PrintCardsDialog | None:
    """The entry point for the members page ("打印会员卡" on a selection or a search result)."""
    if not member_ids:
        QMessageBox.information(parent, QCoreApplication.translate("PrintCardsDialog", "Member cards"),
                                QCoreApplication.translate("PrintCardsDialog", "Select the members first."))
        return None
    dialog = PrintCardsDialog(context, member_ids, parent)
    _open_dialogs.add(dialog)
    dialog.open()
    return dialog
