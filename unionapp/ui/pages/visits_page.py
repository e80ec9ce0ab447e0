"""走访慰问 (DESIGN §2.4): the visits with search, filters (kind, whom, open follow-ups, union,
year), the visit form, recording a follow-up's outcome, and the 走访慰问登记表 in the preview."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QMessageBox, QWidget

from unionapp.domain.hardship import VISIT_TARGETS
from unionapp.services.rights import Right
from unionapp.services.visit_search import VisitFilter, VisitRow
from unionapp.ui.context import AppContext
from unionapp.ui.dialogs.aid_support import export_to_sheet, missing_warning, print_to_preview
from unionapp.ui.dialogs.form_support import fill_combo
from unionapp.ui.dialogs.visit_dialog import VisitDialog, open_visit
from unionapp.ui.forms.ui_visit_page import Ui_VisitsPage
from unionapp.ui.models.visit_table import (
    COL_FOLLOW_UP,
    COL_GOODS_VALUE,
    COL_KIND,
    COL_MONEY,
    COL_ORG,
    COL_RECORD_NO,
    COL_TARGET,
    COL_UNIT,
    COL_VISITED_ON,
    COL_VISITEE,
    COL_VISITORS,
    VisitTableModel,
)
from unionapp.ui.pages.list_page import (
    ListPage,
    UnionFilter,
    fill_code_filter,
    follow_selection,
    search_delay_timer,
    select_record,
    selected_record,
    setup_table,
    show_loaded_count,
)

COLUMN_WIDTHS = {COL_RECORD_NO: 110, COL_VISITED_ON: 90, COL_KIND: 75, COL_TARGET: 100, COL_VISITEE: 75,
                 COL_UNIT: 130, COL_ORG: 160, COL_VISITORS: 130, COL_MONEY: 70, COL_GOODS_VALUE: 70}


class VisitsPage(ListPage, UnionFilter, QWidget):
    ACTION_RIGHTS = {"new_record": Right.EDIT, "export": Right.EXPORT, "print_current": Right.PRINT}

    def __init__(self, context: AppContext, parent: QWidget | None = None, *, today: date | None = None):
        super().__init__(parent)
        self.context = context
        self.today = today
        self.preview = None
        self.total: int | None = None
        self._org_id: int | None = None
        self.ui = Ui_VisitsPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.model = VisitTableModel(context.db, context.actor, self)
        view = ui.tableView
        setup_table(view, self.model, COL_FOLLOW_UP, COLUMN_WIDTHS)
        self._fill_kinds()
        fill_combo(ui.targetCombo, [(self.tr("Anyone"), "")] + [(label, key) for key, label in VISIT_TARGETS.items()],
                   blank=False)
        fill_combo(ui.followUpCombo, [(self.tr("Any"), 0), (self.tr("Open follow-ups"), 1),
                                      (self.tr("Done or none"), 2)], blank=False)
        year = (today or date.today()).year
        fill_combo(ui.yearCombo, [(self.tr("Every year"), 0)] + [(str(y), y) for y in range(year, year - 8, -1)],
                   blank=False)

        self._timer = search_delay_timer(self, ui.searchEdit, self.apply_filter)
        for combo in (ui.kindCombo, ui.targetCombo, ui.followUpCombo, ui.yearCombo):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.connect_union_filter(title=self.tr("Visits in…"))
        view.doubleClicked.connect(lambda index: self.open_visit(self.model.row_at(index.row()).id))
        follow_selection(view, self._update_buttons)
        show_loaded_count(self.model, ui.loadedLabel, self.tr("%1 shown"))
        ui.newButton.clicked.connect(self.new_record)
        ui.openButton.clicked.connect(self.open_selected)
        ui.followUpButton.clicked.connect(lambda: self.close_follow_up())
        ui.exportButton.clicked.connect(self.export)
        ui.printButton.clicked.connect(self.print_current)
        actor = context.actor
        ui.newButton.setVisible(actor.has(Right.EDIT))
        ui.followUpButton.setVisible(actor.has(Right.EDIT))
        ui.exportButton.setVisible(actor.has(Right.EXPORT))
        ui.printButton.setVisible(actor.has(Right.PRINT))
        context.events.changed.connect(self._on_changed)
        self.apply_filter()

    # ------------------------------------------------------------------ the filter
    def current_filter(self) -> VisitFilter:
        ui = self.ui
        follow = ui.followUpCombo.currentData()
        year = ui.yearCombo.currentData()
        return VisitFilter(text=ui.searchEdit.text(), kind=ui.kindCombo.currentData() or None,
                           target=ui.targetCombo.currentData() or None, org_id=self._org_id,
                           date_from=date(year, 1, 1) if year else None, date_to=date(year, 12, 31) if year else None,
                           follow_up_open={0: None, 1: True, 2: False}[follow or 0])

    def apply_filter(self) -> None:
        self._timer.stop()
        self.model.set_filter(self.current_filter())
        self._count()

    def show_open_follow_ups(self) -> None:
        self.ui.followUpCombo.setCurrentIndex(self.ui.followUpCombo.findData(1))

    def _count(self) -> None:
        self.total = self.model.count()
        self.ui.countLabel.setText(self.tr("%1 visits found").replace("%1", f"{self.total:,}"))

    def _fill_kinds(self) -> bool:
        return fill_code_filter(self.ui.kindCombo, self.context, "visit_kind", self.tr("Every kind"))

    def _on_changed(self, entity: str) -> None:
        if entity in ("code", "all") and self._fill_kinds():
            self.apply_filter()
        elif entity in ("visit", "aid", "hardship", "organization", "all"):
            self.model.refresh()
            self._count()

    # ------------------------------------------------------------------ actions
    def selected_row(self) -> VisitRow | None:
        return selected_record(self.ui.tableView, self.model)

    def select_visit(self, visit_id: int) -> bool:
        return select_record(self.ui.tableView, self.model, visit_id)

    def _update_buttons(self) -> None:
        row = self.selected_row()
        self.ui.openButton.setEnabled(row is not None)
        self.ui.printButton.setEnabled(row is not None)
        self.ui.followUpButton.setEnabled(row is not None and row.follow_up_open)

    def open_visit(self, visit_id: int) -> None:
        open_visit(self, self.context, visit_id, today=self.today)

    def open_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.open_visit(row.id)

    def new_record(self) -> None:
        if not self.context.actor.has(Right.EDIT):
            return
        saved = open_visit(self, self.context, None, today=self.today)
        if saved is not None:
            self.select_visit(saved)

    def close_follow_up(self, outcome: str | None = None) -> bool:
        row = self.selected_row()
        if row is None or not row.follow_up_open:
            return False
        dialog = VisitDialog(self.context, self, visit_id=row.id, today=self.today)
        try:
            return dialog.close_follow_up(outcome)
        finally:
            dialog.deleteLater()

    def export(self):
        from unionapp.sheets.export_aid import export_visits

        actor, flt = self.context.actor, self.current_filter()
        return export_to_sheet(self, self.context, self.tr("Export the visits"), self.tr("visits.xlsx"),
                               lambda session, path, _progress: export_visits(session, actor, path, flt))

    def print_current(self):
        """The 走访慰问登记表 of the selected visit."""
        row = self.selected_row()
        if row is None:
            QMessageBox.information(self, self.tr("Print"), self.tr("Select a visit first."))
            return None
        from unionapp.printing.aid_documents import print_visit_form

        actor = self.context.actor

        def render(session, path):
            return print_visit_form(session, actor, row.id, path)

        return print_to_preview(self, self.context, self.tr("Visit form of %1").replace("%1", row.visitee_name),
                                f"{row.record_no}.pdf", render, warning_of=missing_warning)
