"""The import wizard (DESIGN §5): choose a file (or accept one dropped on the window) → see the
detected sheet, header row and column mapping, and change them → preview the rows that would be
refused or warned about (a dry run) → import with a progress bar and a cancel button → a summary,
with the refused rows saved as a sheet to fix and import again.

All reading, checking and writing is unionapp.sheets, run off the GUI thread through ui.jobs."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QHeaderView, QLabel, QWidget

from unionapp.domain.org_levels import MEMBER_LEVELS
from unionapp.domain.text import clean_text
from unionapp.services.errors import ServiceError
from unionapp.sheets.importing import IMPORT_KINDS, ImportProblem, open_sheet, run_import
from unionapp.sheets.layout import HeaderNotFound, Layout, detect_layout, extract_rows, layout_for_header_row
from unionapp.sheets.reading import SUPPORTED_SUFFIXES, RawSheet, SheetReadError, read_sheet
from unionapp.sheets.refused_report import write_refused_report
from unionapp.sheets.results import ImportOptions, ImportResult
from unionapp.sheets.templates import TEMPLATE_TITLES, template_path
from unionapp.ui import settings
from unionapp.ui.context import AppContext
from unionapp.ui.dialogs.choose_org_dialog import ChooseOrgDialog
from unionapp.ui.dialogs.form_support import show_error
from unionapp.ui.dialogs.save_path import ask_save_path, documents_folder
from unionapp.ui.forms.ui_import_wizard import Ui_ImportWizard
from unionapp.ui.jobs import Job, start_job
from unionapp.ui.models.rows_table import RowsTableModel

FILE_PAGE, LAYOUT_PAGE, PREVIEW_PAGE, RUN_PAGE = range(4)
# Which list refreshes after an import (ui.events entity names).
EVENT_OF_KIND = {"members": "member", "organizations": "organization", "unorganized": "unorganized",
                 "hardship": "hardship", "aid": "aid"}
_UNMAPPED = ""


class ImportWizard(QDialog):
    def __init__(self, context: AppContext, kind: str, path: Path | str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.kind = IMPORT_KINDS[kind]
        self.ui = Ui_ImportWizard()
        self.ui.setupUi(self)
        self.sheet: RawSheet | None = None
        self.sheet_names: list[str] = []
        self.layout_: Layout | None = None
        self.preview: ImportResult | None = None
        self.result: ImportResult | None = None
        self.default_org_id: int | None = None
        self.job: Job | None = None
        self._combos: list[tuple[int, QComboBox]] = []
        self._filling = False
        self.setWindowTitle(self.tr("Import %1 from a sheet").replace("%1", self.kind.label))

        ui = self.ui
        self.preview_model = RowsTableModel([self.tr("Row"), self.tr("Result"), self.tr("Reason")], self)
        self.result_model = RowsTableModel([self.tr("Row"), self.tr("Result"), self.tr("Reason")], self)
        for view, model in ((ui.previewView, self.preview_model), (ui.resultView, self.result_model)):
            view.setModel(model)
            view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
            view.verticalHeader().setVisible(False)
        for widget in (ui.defaultOrgLabel, ui.defaultOrgValue, ui.chooseOrgButton):
            widget.setVisible(self.kind.key == "members")
        ui.defaultOrgValue.setText(self.tr("(none: such rows are refused)"))
        ui.messageLabel.setStyleSheet("color: #c00000")
        ui.browseButton.clicked.connect(self.browse)
        ui.templateButton.clicked.connect(self.save_template)
        ui.templateButton.setVisible(self.kind.key in TEMPLATE_TITLES)
        ui.sheetCombo.currentTextChanged.connect(self._sheet_chosen)
        ui.headerRowSpin.valueChanged.connect(self._header_row_chosen)
        ui.chooseOrgButton.clicked.connect(self.choose_default_org)
        ui.backButton.clicked.connect(self.back)
        ui.nextButton.clicked.connect(self.next)
        ui.closeButton.clicked.connect(self.close_wizard)
        ui.stopButton.clicked.connect(self.cancel_import)
        ui.saveReportButton.clicked.connect(self.save_report)
        self.setAcceptDrops(True)
        self._show_page(FILE_PAGE)
        if path:
            ui.pathEdit.setText(str(path))
            self.next()

    # --- navigation ---------------------------------------------------------------------------

    def page(self) -> int:
        return self.ui.stack.currentIndex()

    def _show_page(self, page: int) -> None:
        ui = self.ui
        ui.stack.setCurrentIndex(page)
        steps = [self.tr("Step 1 of 4: choose the file"), self.tr("Step 2 of 4: check the columns"),
                 self.tr("Step 3 of 4: check the rows"), self.tr("Step 4 of 4: import")]
        ui.stepLabel.setText(steps[page])
        ui.backButton.setEnabled(page in (LAYOUT_PAGE, PREVIEW_PAGE))
        ui.nextButton.setVisible(page != RUN_PAGE)
        ui.nextButton.setEnabled(True)
        ui.nextButton.setText(self.tr("Import") if page == PREVIEW_PAGE else self.tr("Next >"))
        ui.messageLabel.clear()

    def _busy(self, busy: bool) -> None:
        for widget in (self.ui.nextButton, self.ui.backButton, self.ui.browseButton, self.ui.sheetCombo,
                       self.ui.headerRowSpin):
            widget.setEnabled(not busy)
        if not busy:
            self.ui.backButton.setEnabled(self.page() in (LAYOUT_PAGE, PREVIEW_PAGE))

    def next(self) -> None:
        page = self.page()
        if page == FILE_PAGE:
            self.load_file()
        elif page == LAYOUT_PAGE:
            self.check_rows()
        elif page == PREVIEW_PAGE:
            self.start_import()

    def back(self) -> None:
        if self.page() in (LAYOUT_PAGE, PREVIEW_PAGE):
            self._show_page(self.page() - 1)

    def close_wizard(self) -> None:
        if self.job is not None:
            return  # an import is running: it is stopped with its own cancel button
        self.accept() if self.result is not None else self.reject()

    def reject(self) -> None:
        if self.job is None:
            super().reject()

    # --- step 1: the file ----------------------------------------------------------------------

    def path(self) -> Path:
        return Path(self.ui.pathEdit.text().strip())

    def browse(self) -> None:
        folder = settings.get(settings.LAST_IMPORT_FOLDER)
        if not folder or not Path(folder).is_dir():
            folder = str(documents_folder())
        patterns = " ".join(f"*{s}" for s in SUPPORTED_SUFFIXES)
        chosen, _filter = QFileDialog.getOpenFileName(self, self.tr("Choose the sheet to import"), folder,
                                                      self.tr("Sheets (%1)").replace("%1", patterns))
        if chosen:
            settings.put(settings.LAST_IMPORT_FOLDER, str(Path(chosen).parent))
            self.ui.pathEdit.setText(chosen)

    def save_template(self) -> None:
        target = ask_save_path(self, self.tr("Save the import template"), TEMPLATE_TITLES[self.kind.key],
                               self.tr("Excel workbook (*.xlsx)"))
        if target is None:
            return
        try:
            target.write_bytes(template_path(self.kind.key).read_bytes())
        except OSError as exc:
            show_error(self, self.tr("The template could not be saved: %1").replace("%1", str(exc)))

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasUrls() and self.page() == FILE_PAGE:
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt's name
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            self.ui.pathEdit.setText(urls[0].toLocalFile())
            self.next()

    def load_file(self) -> None:
        path = self.path()
        if not str(path) or str(path) == ".":
            self.ui.messageLabel.setText(self.tr("Choose a file first."))
            return
        kind = self.kind

        def body(_report):
            try:
                return open_sheet(path, kind)
            except ImportProblem as exc:
                # No header found: still show the first sheet so the clerk can pick the header row.
                try:
                    return read_sheet(path), str(exc)
                except SheetReadError:
                    raise ServiceError(str(exc)) from exc

        self._run_reader(body, self._file_loaded)

    def _file_loaded(self, opened) -> None:
        if isinstance(opened, tuple):
            sheet, problem = opened
            self.sheet_names = [sheet.name]
            self._set_sheet(sheet, None)
            self.ui.messageLabel.setText(problem)
        else:
            self.sheet_names = opened.sheet_names
            self._set_sheet(opened.sheet, opened.layout)
        self._show_page(LAYOUT_PAGE)
        if self.layout_ is None:
            self.ui.messageLabel.setText(self.ui.layoutInfoLabel.text())

    # --- step 2: sheet, header row, columns ------------------------------------------------------

    def _set_sheet(self, sheet: RawSheet, layout: Layout | None) -> None:
        self.sheet = sheet
        self._filling = True
        try:
            self.ui.sheetCombo.clear()
            self.ui.sheetCombo.addItems(self.sheet_names or [sheet.name])
            self.ui.sheetCombo.setCurrentText(sheet.name)
            if layout is not None:
                self.ui.headerRowSpin.setValue(layout.header_row + 1)
        finally:
            self._filling = False
        self._set_layout(layout)

    def _sheet_chosen(self, name: str) -> None:
        if self._filling or not name or self.sheet is None or name == self.sheet.name:
            return
        path, kind = self.path(), self.kind

        def body(_report):
            try:
                sheet = read_sheet(path, name)
            except SheetReadError as exc:
                raise ServiceError(str(exc)) from exc
            try:
                return sheet, detect_layout(sheet, kind)
            except HeaderNotFound:
                return sheet, None

        self._run_reader(body, lambda loaded: self._set_sheet(*loaded))

    def _header_row_chosen(self, row: int) -> None:
        if self._filling or self.sheet is None:
            return
        self._set_layout(layout_for_header_row(self.sheet, self.kind, row - 1))

    def _set_layout(self, layout: Layout | None) -> None:
        self.layout_ = layout
        grid = self.ui.mappingGrid
        while grid.count():
            widget = grid.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self._combos = []
        if layout is None:
            self.ui.layoutInfoLabel.setText(self.tr("No header row was recognised: choose the row that holds the "
                                                    "column names."))
            return
        choices = [(self.tr("(do not import)"), _UNMAPPED)] + [(c.header, c.key) for c in self.kind.template_columns]
        by_col = {col: key for key, col in layout.mapping.items()}
        for col, header in enumerate(layout.headers):
            if not header and col not in by_col:
                continue
            name = QLabel(header or self.tr("Column %1").replace("%1", str(col + 1)))
            combo = QComboBox()
            for text, key in choices:
                combo.addItem(text, key)
            key = by_col.get(col, _UNMAPPED)
            index = combo.findData(key)
            combo.setCurrentIndex(index if index >= 0 else 0)
            combo.currentIndexChanged.connect(self._mapping_changed)
            row = len(self._combos)
            grid.addWidget(name, row, 0)
            grid.addWidget(combo, row, 1)
            sample = QLabel(self._samples(layout.header_row, col))
            sample.setStyleSheet("color: #707070")
            grid.addWidget(sample, row, 2)
            self._combos.append((col, combo))
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        self._describe_layout()

    def _samples(self, header_row: int, col: int) -> str:
        """The first values below the header, so the clerk sees what a column holds."""
        found = []
        for cells in self.sheet.rows[header_row + 1 : header_row + 40]:
            value = cells[col] if col < len(cells) else ""
            text = clean_text(value)
            if text and text not in found:
                found.append(text if len(text) <= 20 else text[:19] + "…")
            if len(found) == 2:
                break
        return "、".join(found)

    def _mapping_changed(self) -> None:
        if self.layout_ is None:
            return
        mapping: dict[str, int] = {}
        twice = []
        for col, combo in self._combos:
            key = combo.currentData()
            if not key:
                continue
            if key in mapping:
                twice.append(self.kind.column(key).header)
            mapping[key] = col
        self.layout_ = replace(self.layout_, mapping=mapping)
        self._describe_layout()
        if twice:
            self.ui.messageLabel.setText(self.tr("Chosen for two columns (the later one is used): %1")
                                         .replace("%1", "、".join(twice)))
        else:
            self.ui.messageLabel.clear()

    def _describe_layout(self) -> None:
        layout = self.layout_
        missing = [c.header for c in self.kind.columns if c.required and c.key not in layout.mapping]
        text = self.tr("Header in row %1; %2 columns recognised.").replace("%1", str(layout.header_row + 1)) \
            .replace("%2", str(len(layout.mapping)))
        if missing:
            text += " " + self.tr("Missing required columns: %1").replace("%1", "、".join(missing))
        self.ui.layoutInfoLabel.setText(text)

    def _table_maker(self):
        """Rows are extracted in the job, not on the GUI thread (100,000 rows take a moment)."""
        sheet, kind, layout = self.sheet, self.kind, self.layout_
        return lambda: extract_rows(sheet, kind, layout)

    # --- step 3: preview (a dry run) ---------------------------------------------------------------

    def options(self, *, dry_run: bool) -> ImportOptions:
        return ImportOptions(dry_run=dry_run, default_org_id=self.default_org_id, source_name=self.path().name)

    def check_rows(self) -> None:
        if self.layout_ is None:
            self.ui.messageLabel.setText(self.tr("Choose the header row first."))
            return
        missing = [c.header for c in self.kind.columns if c.required and c.key not in self.layout_.mapping]
        if missing:
            self.ui.messageLabel.setText(self.tr("Missing required columns: %1").replace("%1", "、".join(missing)))
            return
        db, actor, kind, make_table, options = self.context.db, self.context.actor, self.kind, self._table_maker(), \
            self.options(dry_run=True)

        def body(_report):
            with db.session_factory() as session:
                try:
                    return run_import(session, actor, kind, make_table(), options)
                finally:
                    session.rollback()

        self._run_reader(body, self._previewed)

    def _previewed(self, result: ImportResult) -> None:
        self.preview = result
        self.ui.previewSummaryLabel.setText(self._summary(result, preview=True))
        self.preview_model.set_rows(self._problem_rows(result))
        self.ui.previewView.resizeColumnsToContents()
        self._show_page(PREVIEW_PAGE)
        if not result.imported and not result.updated:
            self.ui.nextButton.setEnabled(False)
            self.ui.messageLabel.setText(self.tr("Nothing to import: every row is refused or already up to date."))

    def choose_default_org(self) -> None:
        node = ChooseOrgDialog.choose(self, self.context, title=self.tr("Union for rows without one"),
                                      selectable=lambda n: n.level in MEMBER_LEVELS and n.status == "normal")
        if node is None:
            return
        self.default_org_id = node.id
        self.ui.defaultOrgValue.setText(node.name)
        self.check_rows()

    def _summary(self, result: ImportResult, *, preview: bool) -> str:
        text = (self.tr("%1 rows read: %2 new, %3 updated, %4 unchanged, %5 refused, %6 with warnings.")
                .replace("%1", str(result.rows_read)).replace("%2", str(result.imported))
                .replace("%3", str(result.updated)).replace("%4", str(result.unchanged))
                .replace("%5", str(len(result.rejected))).replace("%6", str(len(result.warnings))))
        if result.created_organizations:
            text += " " + self.tr("New unions: %1").replace("%1", "、".join(result.created_organizations))
        if preview:
            text += " " + self.tr("Nothing has been written yet; refused rows are left out of the import.")
        return text

    def _problem_rows(self, result: ImportResult) -> list[list[str]]:
        rows = [(r.row, 0, self.tr("Refused"), "；".join(i.message for i in r.issues)) for r in result.rejected]
        rows += [(w.row, 1, self.tr("Warning"), "；".join(i.message for i in w.issues)) for w in result.warnings]
        return [[str(row), label, message] for row, _order, label, message in sorted(rows)]

    # --- step 4: import ------------------------------------------------------------------------

    def start_import(self) -> None:
        db, actor, kind, make_table, options = self.context.db, self.context.actor, self.kind, self._table_maker(), \
            self.options(dry_run=False)
        rows = self.preview.rows_read if self.preview is not None else 0

        def body(report):
            # A cancel raises ImportCancelled inside the transaction, which rolls it back; the
            # job reports it as cancelled, not failed.
            with db.session() as session:
                return run_import(session, actor, kind, make_table(), options, report)

        self._show_page(RUN_PAGE)
        ui = self.ui
        ui.runLabel.setText(self.tr("Importing %1 rows from %2 …").replace("%1", str(rows))
                            .replace("%2", self.path().name))
        ui.progressBar.setRange(0, 0)
        ui.stopButton.setEnabled(True)
        ui.closeButton.setEnabled(False)
        self.job = start_job(body, writes=True)
        self.job.signals.progress.connect(self._progress)
        self.job.signals.finished.connect(self._imported)
        self.job.signals.failed.connect(self._import_failed)
        self.job.signals.cancelled.connect(self._import_cancelled)

    def _progress(self, done: int, total: int) -> None:
        self.ui.progressBar.setRange(0, max(total, 1))
        self.ui.progressBar.setValue(min(done, total))

    def cancel_import(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.ui.stopButton.setEnabled(False)
            self.ui.runLabel.setText(self.tr("Cancelling…"))

    def _import_ended(self) -> None:
        self.job = None
        self.ui.stopButton.setEnabled(False)
        self.ui.closeButton.setEnabled(True)

    def _imported(self, result: ImportResult) -> None:
        self._import_ended()
        self.result = result
        ui = self.ui
        ui.progressBar.setRange(0, 1)
        ui.progressBar.setValue(1)
        ui.runLabel.setText(self.tr("Import finished."))
        ui.resultLabel.setText(self._summary(result, preview=False))
        self.result_model.set_rows(self._problem_rows(result))
        ui.resultView.resizeColumnsToContents()
        ui.saveReportButton.setEnabled(bool(result.rejected))
        self.context.events.announce(EVENT_OF_KIND[self.kind.key])
        if result.created_organizations:
            self.context.events.announce("organization")

    def _import_failed(self, message: str) -> None:
        self._import_ended()
        self.ui.progressBar.setRange(0, 1)
        self.ui.progressBar.setValue(0)
        self.ui.runLabel.setText(self.tr("The import failed; nothing was written."))
        show_error(self, message)

    def _import_cancelled(self) -> None:
        self._import_ended()
        self.ui.progressBar.setRange(0, 1)
        self.ui.progressBar.setValue(0)
        self.ui.runLabel.setText(self.tr("The import was cancelled; nothing was written."))

    def save_report(self) -> None:
        if self.result is None or not self.result.rejected:
            return
        suggested = f"{self.path().stem}-被拒绝的行.xlsx"
        # Next to the sheet the rows came from: the clerk fixes them there and imports again.
        target = ask_save_path(self, self.tr("Save the refused rows"), suggested, self.tr("Excel workbook (*.xlsx)"),
                               folder=self.path().parent)
        if target is None:
            return
        try:
            count = write_refused_report(self.result, target)
        except OSError as exc:
            show_error(self, self.tr("The file could not be saved: %1").replace("%1", str(exc)))
            return
        self.ui.resultLabel.setText(self.ui.resultLabel.text() + "\n" + self.tr(
            "%1 refused rows saved to %2: fix them there and import that file again.")
            .replace("%1", str(count)).replace("%2", str(target)))

    # --- jobs that only read --------------------------------------------------------------------

    def _run_reader(self, body, on_done) -> None:
        self._busy(True)
        self.ui.messageLabel.setText(self.tr("Reading…"))
        self.reader = start_job(body)

        def done(result) -> None:
            self._busy(False)
            self.ui.messageLabel.clear()
            on_done(result)

        def failed(message: str) -> None:
            self._busy(False)
            self.ui.messageLabel.setText(message)

        self.reader.signals.finished.connect(done)
        self.reader.signals.failed.connect(failed)


def open_import_wizard(context: AppContext, kind: str, path: Path | str | None = None,
                       parent: QWidget | None = None) -> ImportResult | None:
    """Show the wizard; the import's result, or None when nothing was imported."""
    wizard = ImportWizard(context, kind, path, parent)
    try:
        wizard.exec()
        return wizard.result
    finally:
        wizard.deleteLater()
