"""困难帮扶 (DESIGN §2.3): the hardship files of the county with search as the clerk types, filters,
the working lists (待审核, not reviewed for a year, never aided, 防返困 watch list), and the
file's lifecycle: submit, approve or send back (reviewers only), annual review, close."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from unionapp.domain.hardship import FILE_STATUS_LABELS
from unionapp.services.errors import ServiceError
from unionapp.services.hardship_review import submit_file
from unionapp.services.hardship_search import HardshipFilter, HardshipRow
from unionapp.services.rights import Right
from unionapp.ui.context import AppContext
from unionapp.ui.dialogs.aid_support import exec_dialog, export_to_sheet, missing_warning, print_to_preview
from unionapp.ui.dialogs.form_support import fill_combo
from unionapp.ui.dialogs.hardship_dialog import open_hardship_file
from unionapp.ui.dialogs.review_dialog import HardshipReviewDialog
from unionapp.ui.forms.ui_hardship_page import Ui_HardshipPage
from unionapp.ui.models.hardship_table import (
    COL_CATEGORY,
    COL_FAMILY_SIZE,
    COL_FILE_NO,
    COL_FILED_ON,
    COL_ID_NUMBER,
    COL_LAST_REVIEW,
    COL_MAIN_CAUSE,
    COL_NAME,
    COL_ORG,
    COL_PER_CAPITA,
    COL_SEX,
    COL_STATUS,
    COL_WATCH_UNTIL,
    HardshipQuery,
    HardshipTableModel,
)
from unionapp.ui.pages.imports_sheets import ImportsSheets
from unionapp.ui.pages.list_page import (
    SHEET_ACTION_RIGHTS,
    ListPage,
    UnionFilter,
    call_service,
    fill_code_filter,
    follow_selection,
    search_delay_timer,
    select_record,
    selected_record,
    setup_table,
    show_loaded_count,
)

COLUMN_WIDTHS = {COL_FILE_NO: 110, COL_NAME: 70, COL_SEX: 40, COL_ID_NUMBER: 160, COL_CATEGORY: 75,
                 COL_MAIN_CAUSE: 115, COL_PER_CAPITA: 85, COL_FAMILY_SIZE: 65, COL_FILED_ON: 90,
                 COL_LAST_REVIEW: 90, COL_STATUS: 65, COL_WATCH_UNTIL: 90}
HARDSHIP_EVENTS = ("hardship", "aid", "member", "organization", "all")


class HardshipPage(ImportsSheets, ListPage, UnionFilter, QWidget):
    ACTION_RIGHTS = SHEET_ACTION_RIGHTS

    def __init__(self, context: AppContext, parent: QWidget | None = None, *, today: date | None = None):
        super().__init__(parent)
        self.context = context
        self.today = today
        self.preview = None
        self.total: int | None = None
        self._org_id: int | None = None
        self.ui = Ui_HardshipPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.model = HardshipTableModel(context.db, context.actor, self, today=today)
        view = ui.tableView
        setup_table(view, self.model, COL_ORG, COLUMN_WIDTHS)
        view.setSortingEnabled(False)

        fill_combo(ui.listCombo, [(self.tr("All files"), "all"), (self.tr("Waiting for review"), "pending"),
                                  (self.tr("Not reviewed for a year"), "review_due"),
                                  (self.tr("Never aided"), "never_aided"),
                                  (self.tr("Watch list after leaving hardship"), "watch")], blank=False)
        statuses = [(self.tr("Open files"), "open")] + [(label, key) for key, label in FILE_STATUS_LABELS.items()]
        fill_combo(ui.statusCombo, statuses + [(self.tr("Every file"), "")], blank=False)
        self._fill_categories()

        self._timer = search_delay_timer(self, ui.searchEdit, self.apply_filter)
        for combo in (ui.listCombo, ui.statusCombo, ui.categoryCombo):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.connect_union_filter(title=self.tr("Files of…"),
                                  hint=self.tr("The files of the chosen union and all unions under it."))
        view.doubleClicked.connect(lambda index: self.open_file(self.model.row_at(index.row()).id))
        follow_selection(view, self._update_buttons)
        show_loaded_count(self.model, ui.loadedLabel, self.tr("%1 shown"))
        ui.newButton.clicked.connect(self.new_record)
        ui.openButton.clicked.connect(self.open_selected)
        ui.importButton.clicked.connect(lambda: self.import_records())
        ui.exportButton.clicked.connect(self.export)
        ui.printButton.clicked.connect(self.print_current)
        ui.submitButton.clicked.connect(self.submit_selected)
        ui.approveButton.clicked.connect(lambda: self.act_on_selected("approve"))
        ui.returnButton.clicked.connect(lambda: self.act_on_selected("return"))
        ui.reviewButton.clicked.connect(lambda: self.act_on_selected("review"))
        ui.closeButton.clicked.connect(lambda: self.act_on_selected("close"))
        actor = context.actor
        can_edit = actor.has(Right.EDIT)
        may_approve = actor.has(Right.APPROVE)
        for button in (ui.newButton, ui.importButton, ui.submitButton):
            button.setVisible(can_edit)
        # Approval is the reviewer's: the buttons are not even shown to others (the service refuses anyway).
        ui.approveButton.setVisible(may_approve)
        ui.returnButton.setVisible(may_approve)
        ui.reviewButton.setVisible(can_edit or may_approve)
        ui.closeButton.setVisible(can_edit or may_approve)
        ui.exportButton.setVisible(actor.has(Right.EXPORT))
        ui.printButton.setVisible(actor.has(Right.PRINT))
        context.events.changed.connect(self._on_changed)
        self.apply_filter()

    # ------------------------------------------------------------------ the filter
    def current_query(self) -> HardshipQuery:
        ui = self.ui
        flt = HardshipFilter(text=ui.searchEdit.text(), org_id=self._org_id,
                             status=ui.statusCombo.currentData() or None,
                             category=ui.categoryCombo.currentData() or None)
        return HardshipQuery(ui.listCombo.currentData() or "all", flt)

    def apply_filter(self) -> None:
        self._timer.stop()
        query = self.current_query()
        # The working lists have their own status; the status filter applies to the whole list only.
        self.ui.statusCombo.setEnabled(query.list_key == "all")
        self.ui.tableView.setColumnHidden(COL_WATCH_UNTIL, query.list_key != "watch")
        self.model.set_query(query)
        self._count()

    def show_list(self, key: str) -> None:
        """Switch to one of the working lists ("all", "pending", "review_due", "never_aided", "watch")."""
        self.ui.listCombo.setCurrentIndex(self.ui.listCombo.findData(key))

    def _count(self) -> None:
        try:
            self.total = self.model.count()
        except ServiceError as exc:
            self.ui.countLabel.setText(exc.message)
            return
        self.ui.countLabel.setText(self.tr("%1 files found").replace("%1", f"{self.total:,}"))

    def _fill_categories(self) -> bool:
        return fill_code_filter(self.ui.categoryCombo, self.context, "hardship_category", self.tr("Any"))

    def _on_changed(self, entity: str) -> None:
        if entity in ("code", "all") and self._fill_categories():
            self.apply_filter()
        elif entity in HARDSHIP_EVENTS:
            self.model.refresh()
            self._count()

    # ------------------------------------------------------------------ selection
    def selected_row(self) -> HardshipRow | None:
        return selected_record(self.ui.tableView, self.model)

    def select_file(self, file_id: int) -> bool:
        return select_record(self.ui.tableView, self.model, file_id)

    def _update_buttons(self) -> None:
        ui, row = self.ui, self.selected_row()
        status = row.status if row else None
        ui.openButton.setEnabled(row is not None)
        ui.printButton.setEnabled(row is not None)
        ui.submitButton.setEnabled(status == "returned")
        ui.approveButton.setEnabled(status == "pending")
        ui.returnButton.setEnabled(status == "pending")
        ui.reviewButton.setEnabled(status == "active")
        ui.closeButton.setEnabled(status in ("pending", "returned", "active"))
        hint = ""
        if row is not None and status == "pending":
            hint = self.tr("Waiting for a reviewer's approval")
        elif row is not None and status == "returned":
            hint = self.tr("Sent back: correct the file, then submit it again")
        ui.hintLabel.setText(hint)

    # ------------------------------------------------------------------ actions
    def open_file(self, file_id: int) -> None:
        open_hardship_file(self, self.context, file_id, today=self.today)

    def open_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.open_file(row.id)

    def new_record(self) -> None:
        if not self.context.actor.has(Right.EDIT):
            return
        saved = open_hardship_file(self, self.context, None, org_id=self._org_id, today=self.today)
        if saved is not None:
            self.select_file(saved)

    def submit_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        if call_service(self, self.context, lambda session: submit_file(
                session, self.context.actor, row.id, expected_version=row.version), "hardship"):
            self.select_file(row.id)

    def act_on_selected(self, mode: str) -> bool:
        """approve / return / review / close: the opinion or reason is asked in a dialog that
        calls the service; True when it was done."""
        row = self.selected_row()
        if row is None:
            return False
        done = exec_dialog(HardshipReviewDialog(self.context, row, mode, self, today=self.today))
        if done:
            self.select_file(row.id)
        return done

    def import_kind(self) -> str:
        return "hardship"

    def export(self):
        from unionapp.sheets.export_aid import export_hardship

        # Exactly the list shown: the same working list under the same search and filters.
        actor, query, today = self.context.actor, self.current_query(), self.today
        return export_to_sheet(self, self.context, self.tr("Export the hardship files"),
                               self.tr("hardship files.xlsx"),
                               lambda session, path, progress: export_hardship(
                                   session, actor, path, query.flt, progress=progress,
                                   working_list=query.list_key, today=today))

    def print_current(self):
        """The 困难职工档案表 of the selected file, in the print preview."""
        row = self.selected_row()
        if row is None:
            QMessageBox.information(self, self.tr("Print"), self.tr("Select a file first."))
            return None
        from unionapp.printing.aid_documents import print_hardship_form

        actor, today = self.context.actor, self.today

        def render(session, path: Path):
            return print_hardship_form(session, actor, row.id, path, today=today)

        return print_to_preview(self, self.context, self.tr("Hardship file form of %1").replace("%1", row.name),
                                f"{row.file_no}.pdf", render, warning_of=missing_warning)
