"""The organising drive's list (未建会单位) on the organisations page: filter by township and status,
open an employer with its follow-up log, and 建会."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QHeaderView, QWidget

from unionapp.services.organizing import get_employer, list_employers
from unionapp.services.rights import Right
from unionapp.ui.context import AppContext
from unionapp.ui.dialogs.form_support import fill_combo
from unionapp.ui.dialogs.unorganized_dialog import ConvertEmployerDialog, UnorganizedDialog, township_nodes
from unionapp.ui.forms.ui_unorganized_panel import Ui_UnorganizedPanel
from unionapp.ui.models.unorganized_table import COL_NAME, SORT_ROLE, UnorganizedTableModel

SEARCH_DELAY_MS = 250


class UnorganizedPanel(QWidget):
    union_founded = Signal(int)  # the new union's id, after 建会

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.ui = Ui_UnorganizedPanel()
        self.ui.setupUi(self)
        ui = self.ui
        self.model = UnorganizedTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        ui.tableView.setModel(self.proxy)
        ui.tableView.verticalHeader().hide()
        ui.tableView.verticalHeader().setDefaultSectionSize(ui.tableView.fontMetrics().height() + 8)
        ui.tableView.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        header = ui.tableView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        fill_combo(ui.statusCombo, [(self.tr("No union yet"), "open"), (self.tr("Union founded"), "organized"),
                                    (self.tr("All"), "")], blank=False)
        self._fill_townships()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        ui.searchEdit.textChanged.connect(lambda _t: self._timer.start())
        ui.townshipCombo.currentIndexChanged.connect(lambda _i: self.refresh())
        ui.statusCombo.currentIndexChanged.connect(lambda _i: self.refresh())
        ui.newButton.clicked.connect(self.new_record)
        ui.openButton.clicked.connect(self.open_selected)
        ui.convertButton.clicked.connect(self.convert_selected)
        ui.tableView.doubleClicked.connect(lambda _index: self.open_selected())
        ui.tableView.selectionModel().selectionChanged.connect(lambda *_args: self._update_buttons())
        can_edit = context.actor.has(Right.EDIT)
        ui.newButton.setVisible(can_edit)
        ui.convertButton.setVisible(can_edit)
        context.events.changed.connect(self._on_changed)
        self.refresh()

    def _fill_townships(self) -> None:
        current = self.ui.townshipCombo.currentData()
        self.ui.townshipCombo.blockSignals(True)
        fill_combo(self.ui.townshipCombo, [(self.tr("All townships"), None)] +
                   [(n.name, n.id) for n in township_nodes(self.context)], blank=False)
        index = self.ui.townshipCombo.findData(current) if current is not None else 0
        self.ui.townshipCombo.setCurrentIndex(max(index, 0))
        self.ui.townshipCombo.blockSignals(False)

    def _on_changed(self, entity: str) -> None:
        if entity in ("organization", "all"):
            self._fill_townships()
        if entity in ("unorganized", "organization", "all"):
            self.refresh()

    def refresh(self) -> None:
        ui = self.ui
        selected = self.selected()
        with self.context.db.session() as session:
            rows = list_employers(session, self.context.actor, township_org_id=ui.townshipCombo.currentData(),
                                  status=ui.statusCombo.currentData() or None, text=ui.searchEdit.text())
        self.model.set_rows(rows)
        workers = sum(r.workers or 0 for r in rows)
        migrants = sum(r.migrant_workers or 0 for r in rows)
        ui.countLabel.setText(self.tr("%1 employers, %2 workers, of whom %3 migrant workers")
                              .replace("%1", str(len(rows))).replace("%2", str(workers)).replace("%3", str(migrants)))
        if selected is not None:
            self.select(selected.id)
        self._update_buttons()

    def selected(self):
        index = self.ui.tableView.currentIndex()
        if not index.isValid() or not self.ui.tableView.selectionModel().hasSelection():
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def select(self, employer_id: int) -> bool:
        for row, employer in enumerate(self.model.rows()):
            if employer.id == employer_id:
                self.ui.tableView.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
                return True
        return False

    def _update_buttons(self) -> None:
        row = self.selected()
        self.ui.openButton.setEnabled(row is not None)
        self.ui.convertButton.setEnabled(row is not None and row.status == "open")

    def new_record(self) -> None:
        dialog = UnorganizedDialog(self.context, self, township_id=self.ui.townshipCombo.currentData())
        try:
            if dialog.exec():
                self.refresh()
                self.select(dialog.saved_id)
        finally:
            dialog.deleteLater()

    def open_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = UnorganizedDialog(self.context, self, employer_id=row.id)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def convert_selected(self) -> None:
        row = self.selected()
        if row is None or row.status != "open":
            return
        with self.context.db.session() as session:
            detail = get_employer(session, self.context.actor, row.id)
        dialog = ConvertEmployerDialog(self.context, detail, self)
        try:
            if dialog.exec() and dialog.org_id is not None:
                self.ui.countLabel.setText(self.tr("Union founded: %1").replace("%1", dialog.ui.unionNameEdit.text()))
                self.union_founded.emit(dialog.org_id)
        finally:
            dialog.deleteLater()

    def focus_search(self) -> None:
        self.ui.searchEdit.setFocus()
        self.ui.searchEdit.selectAll()
