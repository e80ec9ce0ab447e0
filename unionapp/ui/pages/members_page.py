"""会员实名制 (DESIGN §2.2): one search box answering as the clerk types, filters, a list that
fetches pages as it scrolls, and the total counted in the background so a county of a million
members stays responsive."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from unionapp.services.member_search import MemberFilter, count_members, search_member_ids
from unionapp.services.rights import Right
from unionapp.ui.context import AppContext
from unionapp.ui.dialogs.duplicates_dialog import DuplicatesDialog
from unionapp.ui.dialogs.form_support import fill_combo, show_error
from unionapp.ui.dialogs.member_dialog import open_member
from unionapp.ui.dialogs.photo_import import import_member_photos
from unionapp.ui.dialogs.save_path import ask_save_path
from unionapp.ui.dialogs.transfer_dialog import PendingTransfersDialog, pending_transfer_count
from unionapp.ui.forms.ui_members_page import Ui_MembersPage
from unionapp.ui.jobs import run_with_progress, start_job
from unionapp.ui.models.member_table import (
    COL_BIRTH_DATE,
    COL_ID_NUMBER,
    COL_JOINED_ON,
    COL_MEMBER_NO,
    COL_NAME,
    COL_ORG,
    COL_PHONE,
    COL_SEX,
    COL_STATUS,
    SORT_KEYS,
    MemberTableModel,
)
from unionapp.ui.pages.imports_sheets import ImportsSheets
from unionapp.ui.pages.list_page import (
    SHEET_ACTION_RIGHTS,
    ListPage,
    UnionFilter,
    follow_selection,
    search_delay_timer,
    select_record,
    setup_table,
    show_loaded_count,
)

AGE_BANDS = ((None, None), (None, 35), (36, 45), (46, 55), (56, None))
COLUMN_WIDTHS = {COL_MEMBER_NO: 130, COL_NAME: 80, COL_SEX: 50, COL_ID_NUMBER: 170, COL_BIRTH_DATE: 100,
                 COL_PHONE: 110, COL_JOINED_ON: 100, COL_STATUS: 80}


class MembersPage(ImportsSheets, ListPage, UnionFilter, QWidget):
    ACTION_RIGHTS = SHEET_ACTION_RIGHTS

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.ui = Ui_MembersPage()
        self.ui.setupUi(self)
        ui = self.ui
        self._org_id: int | None = None
        self._count_generation = 0
        self.total: int | None = None
        self.model = MemberTableModel(context.db, context.actor, self)
        view = ui.tableView
        header = setup_table(view, self.model, COL_ORG, COLUMN_WIDTHS)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)

        fill_combo(ui.statusCombo, [(self.tr("Members (incl. retained)"), "current"), (self.tr("Normal"), "active"),
                                    (self.tr("Retained"), "retained"), (self.tr("Transferred out"), "transferred_out"),
                                    (self.tr("Left"), "left"), (self.tr("Expelled"), "expelled"),
                                    (self.tr("Deceased"), "deceased"), (self.tr("Everyone"), "")], blank=False)
        yes_no = [(self.tr("Any"), None), (self.tr("Yes"), True), (self.tr("No"), False)]
        fill_combo(ui.migrantCombo, yes_no, blank=False)
        fill_combo(ui.newEmploymentCombo, yes_no, blank=False)
        fill_combo(ui.sexCombo, [(self.tr("Any"), None), ("男", "男"), ("女", "女")], blank=False)
        fill_combo(ui.ageCombo, [(self.tr("Any age"), 0), (self.tr("35 and under"), 1), (self.tr("36 to 45"), 2),
                                 (self.tr("46 to 55"), 3), (self.tr("56 and over"), 4)], blank=False)

        self._timer = search_delay_timer(self, ui.searchEdit, self.apply_filter)
        for combo in (ui.statusCombo, ui.migrantCombo, ui.newEmploymentCombo, ui.sexCombo, ui.ageCombo):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.connect_union_filter(title=self.tr("Members of…"),
                                  hint=self.tr("The members of the chosen union and all unions under it."))
        view.doubleClicked.connect(lambda index: self.open_member(self.model.row_at(index.row()).id))
        follow_selection(view, self._update_buttons)
        show_loaded_count(self.model, ui.loadedLabel, self.tr("%1 shown"))
        ui.newButton.clicked.connect(self.new_record)
        ui.openButton.clicked.connect(self.open_selected)
        ui.duplicatesButton.clicked.connect(self.show_duplicates)
        ui.transfersButton.clicked.connect(self.show_pending_transfers)
        ui.importButton.clicked.connect(self.import_records)
        ui.importPhotosButton.clicked.connect(self.import_photos)
        ui.exportButton.clicked.connect(self.export)
        ui.printButton.clicked.connect(self.print_current)
        actor = context.actor
        ui.newButton.setVisible(actor.has(Right.EDIT))
        ui.transfersButton.setVisible(actor.has(Right.APPROVE))
        ui.importButton.setVisible(actor.has(Right.EDIT))
        ui.importPhotosButton.setVisible(actor.has(Right.EDIT))
        ui.exportButton.setVisible(actor.has(Right.EXPORT))
        ui.printButton.setVisible(actor.has(Right.PRINT))
        context.events.changed.connect(self._on_changed)
        self.apply_filter()
        self._show_pending_count()

    # ------------------------------------------------------------------ the filter
    def current_filter(self) -> MemberFilter:
        ui = self.ui
        low, high = AGE_BANDS[ui.ageCombo.currentData() or 0]
        old = self.model.member_filter
        return MemberFilter(
            text=ui.searchEdit.text(), org_id=self._org_id, status=ui.statusCombo.currentData() or None,
            is_migrant=ui.migrantCombo.currentData(), new_employment=ui.newEmploymentCombo.currentData(),
            sex=ui.sexCombo.currentData(), age_min=low, age_max=high, sort=old.sort, descending=old.descending,
        )

    def apply_filter(self) -> None:
        self._timer.stop()
        flt = self.current_filter()
        self.model.set_filter(flt)
        self._count(flt)

    def _count(self, flt: MemberFilter) -> None:
        """Count off the GUI thread; a newer search makes an older answer stale."""
        self._count_generation += 1
        generation = self._count_generation
        self.total = None
        self.ui.countLabel.setText(self.tr("Counting…"))
        db, actor = self.context.db, self.context.actor
        today = date.today()

        def body(_report):
            with db.session() as session:
                return count_members(session, actor, flt, today=today)

        job = start_job(body)
        job.signals.finished.connect(lambda total: self._show_count(generation, total))
        job.signals.failed.connect(self._count_failed)

    def _count_failed(self, message: str) -> None:
        self.ui.countLabel.setText(message)

    def _show_count(self, generation: int, total: int) -> None:
        if generation != self._count_generation:
            return
        self.total = total
        self.ui.countLabel.setText(self.tr("%1 members found").replace("%1", f"{total:,}"))

    def _on_changed(self, entity: str) -> None:
        if entity in ("member", "organization", "all"):
            self.model.refresh()
            self._count(self.model.member_filter)
            self._show_pending_count()

    def _show_pending_count(self) -> None:
        if self.context.actor.has(Right.APPROVE):
            count = pending_transfer_count(self.context)
            self.ui.transfersButton.setText(self.tr("Pending transfers (%1)…").replace("%1", str(count)))

    # ------------------------------------------------------------------ selection and actions
    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.ui.tableView.selectionModel().selectedRows()})
        return [self.model.row_at(r).id for r in rows]

    def _update_buttons(self) -> None:
        self.ui.openButton.setEnabled(len(self.selected_ids()) == 1)

    def open_member(self, member_id: int) -> None:
        open_member(self, self.context, member_id)

    def open_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.open_member(ids[0])

    def new_record(self) -> None:
        if not self.context.actor.has(Right.EDIT):
            return
        saved = open_member(self, self.context, None, org_id=self._org_id)
        if saved is not None:
            select_record(self.ui.tableView, self.model, saved)

    def show_duplicates(self) -> None:
        dialog = DuplicatesDialog(self.context, self)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def show_pending_transfers(self) -> None:
        dialog = PendingTransfersDialog(self.context, self)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
        self._show_pending_count()

    def sort_by(self, column: int, descending: bool = False) -> None:
        """What clicking a header does (also for tests and the keyboard)."""
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        if column in SORT_KEYS:
            self.ui.tableView.sortByColumn(column, order)

    def import_kind(self) -> str:
        return "members"

    def import_photos(self) -> None:
        """A folder of photos named by ID number or 会员编号 (DESIGN §2.2)."""
        import_member_photos(self, self.context)

    def export(self) -> None:
        chosen = ask_save_path(self, self.tr("Export the members"), self.tr("members.xlsx"),
                               self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"), suffixes=(".xlsx", ".csv"))
        if chosen is None:
            return
        from unionapp.sheets.exporting import export_members  # written alongside; loaded when used

        db, actor, flt, path = self.context.db, self.context.actor, replace(self.model.member_filter), str(chosen)

        def body(report):
            with db.session() as session:
                return export_members(session, actor, flt, chosen, progress=report)

        run_with_progress(self, self.tr("Exporting the members…"), body,
                          on_finished=lambda count: QMessageBox.information(
                              self, self.tr("Export"), self.tr("%1 members saved to %2")
                              .replace("%1", str(count)).replace("%2", path)),
                          on_failed=lambda message: show_error(self, message))

    def print_current(self) -> None:
        """Member cards for the selected members, or for the whole search result."""
        ids = self.selected_ids()
        if ids:
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Print member cards"),
                              self.tr("Print cards for the selected members, or for every member found?"),
                              QMessageBox.StandardButton.Cancel, self)
            selected = box.addButton(self.tr("Selected (%1)").replace("%1", str(len(ids))),
                                     QMessageBox.ButtonRole.AcceptRole)
            found = box.addButton(self.tr("All found (%1)").replace("%1", "" if self.total is None
                                                                     else f"{self.total:,}"),
                                  QMessageBox.ButtonRole.AcceptRole)
            box.exec()
            clicked = box.clickedButton()
            box.deleteLater()
            if clicked not in (selected, found):
                return
            if clicked is found:
                ids = []
        if not ids:
            with self.context.db.session() as session:
                ids = search_member_ids(session, self.context.actor, self.model.member_filter)
        if not ids:
            return
        from unionapp.ui.dialogs.print_cards import open_print_cards  # written alongside; loaded when used

        open_print_cards(self, self.context, ids)
