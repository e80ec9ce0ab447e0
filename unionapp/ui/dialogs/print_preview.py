"""In-app preview of a PDF the printing layer made, printing through the system dialog, and
saving the PDF (DESIGN §4).

Pages are rendered with pypdfium2 (PDFium, the engine of Chrome's viewer): its wheels carry the
library for Windows and Linux, it needs nothing at run time, and it adds about 3 MB, where
QtPdf would mean the whole PySide6-Addons (~150 MB more in the installer) and pdftoppm is not on
a clerk's PC. Only the page being looked at is rendered, so a 2,000-page card batch opens at
once. Printing renders each page at the printer's resolution (at most 600 dpi) and paints it on
the full paper, so card and calibration positions measure from the paper's edge."""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QCoreApplication, QRectF, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QProgressDialog, QWidget

from unionapp.ui import settings
from unionapp.ui.forms.ui_print_preview import Ui_PrintPreviewDialog

log = logging.getLogger(__name__)

ZOOMS = (("fit_width", 0.0), ("fit_page", -1.0), ("50%", 0.5), ("75%", 0.75), ("100%", 1.0), ("150%", 1.5),
         ("200%", 2.0))
SCREEN_DPI = 96
MAX_PRINT_DPI = 600
MAX_PREVIEW_PIXELS = 4000  # a CR80 card at 400 % stays sharp; nothing grows beyond this


def render_page(document: pdfium.PdfDocument, index: int, dpi: float) -> QImage:
    """One page as an RGB QImage at `dpi` (pdfium renders, Qt owns a copy of the pixels)."""
    page = document[index]
    try:
        bitmap = page.render(scale=dpi / 72, rev_byteorder=True, may_draw_forms=False)
        image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                       QImage.Format.Format_RGB888 if bitmap.n_channels == 3 else QImage.Format.Format_RGBA8888)
        return image.copy()
    finally:
        page.close()


def page_size_points(document: pdfium.PdfDocument, index: int) -> tuple[float, float]:
    page = document[index]
    try:
        return page.get_size()
    finally:
        page.close()


class PrintPreviewDialog(QDialog):
    """Shows `pdf_path`; `on_output(kind)` is called with "printed" or "saved" once the document
    has gone to a printer or been saved (the card dialog records the issued cards then)."""

    def __init__(self, pdf_path: str | Path, parent: QWidget | None = None, *, title: str | None = None,
                 printer_name: str = "", warning: str = "", on_output: Callable[[str], None] | None = None):
        super().__init__(parent)
        self.ui = Ui_PrintPreviewDialog()
        self.ui.setupUi(self)
        self.pdf_path = Path(pdf_path)
        self.printer_name = printer_name
        self.on_output = on_output
        self.document = pdfium.PdfDocument(str(self.pdf_path))
        self.page_count = len(self.document)
        if title:
            self.setWindowTitle(self.tr("Print preview — %1").replace("%1", title))
        self.ui.warningLabel.setText(warning)
        self.ui.warningLabel.setVisible(bool(warning))
        self.ui.pageSpin.setMaximum(max(self.page_count, 1))
        self.ui.pageCountLabel.setText(self.tr("of %1 pages").replace("%1", str(self.page_count)))
        labels = {"fit_width": self.tr("Fit width"), "fit_page": self.tr("Fit page")}
        for key, factor in ZOOMS:
            self.ui.zoomCombo.addItem(labels.get(key, key), factor)
        self.ui.zoomCombo.setCurrentIndex(1)
        self.ui.previousButton.clicked.connect(lambda: self.ui.pageSpin.setValue(self.ui.pageSpin.value() - 1))
        self.ui.nextButton.clicked.connect(lambda: self.ui.pageSpin.setValue(self.ui.pageSpin.value() + 1))
        self.ui.pageSpin.valueChanged.connect(self.show_page)
        self.ui.zoomCombo.currentIndexChanged.connect(lambda _i: self.show_page(self.ui.pageSpin.value()))
        self.ui.printButton.clicked.connect(self.print_document)
        self.ui.saveButton.clicked.connect(self.save_document)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.current_image: QImage | None = None
        self.show_page(1)

    # --- preview ------------------------------------------------------------------------------
    def _zoom_dpi(self, index: int) -> float:
        factor = self.ui.zoomCombo.currentData()
        width_pt, height_pt = page_size_points(self.document, index)
        viewport = self.ui.scrollArea.viewport().size()
        if factor == 0.0:  # fit width
            dpi = (max(viewport.width(), 200) - 24) / (width_pt / 72)
        elif factor == -1.0:  # fit page
            dpi = min((max(viewport.width(), 200) - 24) / (width_pt / 72),
                      (max(viewport.height(), 200) - 24) / (height_pt / 72))
        else:
            dpi = SCREEN_DPI * factor
        longest = max(width_pt, height_pt) / 72
        return max(min(dpi, MAX_PREVIEW_PIXELS / longest), 20)

    def show_page(self, number: int) -> None:
        if not self.page_count:
            return
        index = min(max(number, 1), self.page_count) - 1
        self.current_image = render_page(self.document, index, self._zoom_dpi(index))
        self.ui.pageLabel.setPixmap(QPixmap.fromImage(self.current_image))
        self.ui.previousButton.setEnabled(index > 0)
        self.ui.nextButton.setEnabled(index < self.page_count - 1)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self.ui.zoomCombo.currentData() in (0.0, -1.0):
            self.show_page(self.ui.pageSpin.value())

    # --- printing -----------------------------------------------------------------------------
    def _make_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if self.printer_name:
            printer.setPrinterName(self.printer_name)
        width_pt, height_pt = page_size_points(self.document, 0)
        # The paper is the PDF's own page size: a CR80 card, A4 portrait or landscape.
        size = QPageSize(QSizeF(min(width_pt, height_pt), max(width_pt, height_pt)), QPageSize.Unit.Point,
                         "", QPageSize.SizeMatchPolicy.FuzzyMatch)
        orientation = QPageLayout.Orientation.Landscape if width_pt > height_pt else QPageLayout.Orientation.Portrait
        printer.setPageSize(size)
        printer.setPageOrientation(orientation)
        printer.setFullPage(True)
        printer.setDocName(self.windowTitle())
        printer.setFromTo(1, self.page_count)
        return printer

    def print_document(self) -> None:
        printer = self._make_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if self.print_to(printer):
            self._output("printed")

    def print_to(self, printer: QPrinter) -> bool:
        """Paint the chosen pages onto `printer`; False when cancelled or failed."""
        first, last = 1, self.page_count
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first, last = printer.fromPage(), min(printer.toPage() or self.page_count, self.page_count)
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, self.tr("Cannot print"),
                                self.tr("The printer could not be started. Check that it is switched on and ready."))
            return False
        progress = QProgressDialog(self.tr("Sending pages to the printer…"), self.tr("Cancel"), 0, last - first + 1, self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(800)
        try:
            for number in range(first, last + 1):
                if number > first:
                    printer.newPage()
                image = render_page(self.document, number - 1, dpi)
                paper = printer.paperRect(QPrinter.Unit.DevicePixel)
                painter.drawImage(QRectF(0, 0, paper.width(), paper.height()), image)
                progress.setValue(number - first + 1)
                QCoreApplication.processEvents()
                if progress.wasCanceled():
                    printer.abort()
                    return False
        finally:
            painter.end()
            progress.close()
        return True

    def save_document(self) -> None:
        folder = settings.get(settings.LAST_PRINT_FOLDER)
        suggested = str(Path(folder) / self.pdf_path.name) if folder else self.pdf_path.name
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), suggested, self.tr("PDF files (*.pdf)"))
        if not target:
            return
        if not target.lower().endswith(".pdf"):
            target += ".pdf"
        try:
            shutil.copyfile(self.pdf_path, target)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Cannot save"), self.tr("The file could not be saved: %1")
                                .replace("%1", str(exc)))
            return
        settings.put(settings.LAST_PRINT_FOLDER, str(Path(target).parent))
        self._output("saved")

    def _output(self, kind: str) -> None:
        if self.on_output is not None:
            self.on_output(kind)

    def done(self, result: int) -> None:
        self.document.close()
        super().done(result)
