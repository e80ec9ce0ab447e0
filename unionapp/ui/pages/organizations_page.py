"""组织建设 (DESIGN §2.1): the union tree with member counts and 换届 reminders, the union record,
moves and dissolution; and, on the second tab, the employers still without a union."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QHeaderView, QMessageBox, QWidget

from unionapp.domain.org_levels import ALLOWED_PARENTS, LEVEL_LABELS, ORG_STATUS_LABELS
from unionapp.services.organizations import OrgNode, get_organization, move_organization, organization_tree
from unionapp.services.rights import Right
from unionapp.ui.context import AppContext
from unionapp.ui.dialogs.choose_org_dialog import ChooseOrgDialog
from unionapp.ui.dialogs.dissolve_dialog import DissolveOrgDialog
from unionapp.ui.dialogs.form_support import show_error
from unionapp.ui.dialogs.organization_dialog import edit_organization, new_organization
from unionapp.ui.dialogs.save_path import ask_save_path
from unionapp.ui.forms.ui_organizations_page import Ui_OrganizationsPage
from unionapp.ui.jobs import run_with_progress
from unionapp.ui.models.org_tree import (
    COL_LEVEL,
    COL_MEMBERS,
    COL_NAME,
    COL_SUBTREE_MEMBERS,
    COL_TERM_END,
    OrgFilterProxy,
    OrgTreeModel,
    renewal_state,
)
from unionapp.ui.pages.imports_sheets import ImportsSheets
from unionapp.ui.pages.list_page import ActionRights, call_service, focus_edit
from unionapp.ui.pages.unorganized_panel import UnorganizedPanel


class OrganizationsPage(ImportsSheets, ActionRights, QWidget):
    # The main window may connect this to show the members page filtered to one union.
    members_requested = Signal(int)
    ACTION_RIGHTS = {"new_record": Right.EDIT, "import_records": Right.EDIT, "export": Right.EXPORT}

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.today = date.today
        self.ui = Ui_OrganizationsPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.model = OrgTreeModel(self)
        self.proxy = OrgFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        view = ui.treeView
        view.setModel(self.proxy)
        view.setSortingEnabled(False)  # the service's order: siblings by name under their parent
        header = view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        for column in (COL_LEVEL, COL_MEMBERS, COL_SUBTREE_MEMBERS, COL_TERM_END):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 1)
        ui.rightPanel.setMinimumWidth(300)  # room for a union's full name and its term dates
        self.unorganized = UnorganizedPanel(context, self)
        ui.unorganizedLayout.addWidget(self.unorganized)
        self.unorganized.union_founded.connect(self._union_founded)

        view.selectionModel().currentChanged.connect(self._current_changed)
        view.doubleClicked.connect(lambda _index: self.edit_selected())
        ui.filterEdit.textChanged.connect(self._filter_changed)
        ui.dueOnlyCheck.toggled.connect(self._due_only_changed)
        ui.closedCheck.toggled.connect(lambda _checked: self.refresh())
        ui.newButton.clicked.connect(self.new_record)
        ui.editButton.clicked.connect(self.edit_selected)
        ui.moveButton.clicked.connect(self.move_selected)
        ui.dissolveButton.clicked.connect(self.dissolve_selected)
        ui.membersButton.clicked.connect(self._show_members)
        can_edit = context.actor.has(Right.EDIT)
        for button in (ui.newButton, ui.moveButton, ui.dissolveButton):
            button.setVisible(can_edit)
        context.events.changed.connect(self._on_changed)
        self._dirty = False
        self.refresh()
        self._current_changed(QModelIndex())

    # ------------------------------------------------------------------ loading
    def _on_changed(self, entity: str) -> None:
        if entity in ("organization", "member", "all"):
            # Counting members of a large county takes a moment: only a visible tree reloads now.
            if self.isVisible():
                self.refresh()
            else:
                self._dirty = True

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def refresh(self) -> None:
        self._dirty = False
        view = self.ui.treeView
        current = self.selected_node()
        expanded = self._expanded_ids() if self.model.rowCount() else None
        with self.context.db.session() as session:
            nodes = organization_tree(session, self.context.actor, include_closed=self.ui.closedCheck.isChecked())
        today = self.today()
        self.model.set_nodes(nodes, today)
        filtering = bool(self.ui.filterEdit.text().strip()) or self.ui.dueOnlyCheck.isChecked()
        if filtering:
            view.expandAll()
        elif expanded is None:
            view.expandToDepth(0)
        else:
            for org_id in expanded:
                view.setExpanded(self.proxy.index_of(org_id), True)
        if current is not None:
            self.select(current.id)
        self._show_summary(nodes, today)
        self._current_changed(view.currentIndex())

    def _expanded_ids(self) -> list[int]:
        found = []
        view = self.ui.treeView

        def walk(parent: QModelIndex) -> None:
            for row in range(self.proxy.rowCount(parent)):
                index = self.proxy.index(row, 0, parent)
                if view.isExpanded(index):
                    found.append(self.proxy.node(index).id)
                    walk(index)

        walk(QModelIndex())
        return found

    def _show_summary(self, nodes: list[OrgNode], today: date) -> None:
        unions = [n for n in nodes if n.level == "grassroots" and n.status == "normal"]
        states = [renewal_state(n, today) for n in nodes]
        members = sum(n.member_count for n in nodes)
        text = self.tr("%1 grassroots unions, %2 members; %3 due for re-election within 90 days, %4 overdue.")
        for i, value in enumerate((len(unions), members, states.count("due"), states.count("overdue")), start=1):
            text = text.replace(f"%{i}", str(value))
        self.ui.summaryLabel.setText(text)

    def _filter_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        if text.strip() or self.ui.dueOnlyCheck.isChecked():
            self.ui.treeView.expandAll()
        else:
            self.ui.treeView.expandToDepth(0)

    def _due_only_changed(self, checked: bool) -> None:
        self.proxy.set_due_only(checked)
        if checked:
            self.ui.treeView.expandAll()
        else:
            self._filter_changed(self.ui.filterEdit.text())

    # ------------------------------------------------------------------ selection
    def selected_node(self) -> OrgNode | None:
        return self.proxy.node(self.ui.treeView.currentIndex())

    def select(self, org_id: int) -> bool:
        index = self.proxy.index_of(org_id)
        if not index.isValid():
            return False
        self.ui.treeView.setCurrentIndex(index)
        self.ui.treeView.scrollTo(index)
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex = QModelIndex()) -> None:  # noqa: B008
        ui = self.ui
        node = self.proxy.node(current)
        has = node is not None
        for button in (ui.editButton, ui.moveButton, ui.dissolveButton, ui.membersButton):
            button.setEnabled(has)
        if has:
            ui.moveButton.setEnabled(node.level != "county" and node.status == "normal")
            ui.dissolveButton.setEnabled(node.level != "county" and node.status == "normal")
        self._show_details(node)

    def _show_details(self, node: OrgNode | None) -> None:
        ui = self.ui
        labels = (ui.detailNameValue, ui.detailLevelValue, ui.detailParentValue, ui.detailEmployerValue,
                  ui.detailCreditCodeValue, ui.detailTownshipValue, ui.detailWorkersValue, ui.detailMembersValue,
                  ui.detailChairValue, ui.detailTermValue, ui.detailFoundedValue, ui.detailStatusValue)
        if node is None:
            for label in labels:
                label.setText("")
            return
        with self.context.db.session() as session:
            detail = get_organization(session, self.context.actor, node.id)
        data = detail.data
        parent = self.model.node_by_id(node.parent_id) if node.parent_id else None
        ui.detailNameValue.setText(data.name)
        ui.detailLevelValue.setText(LEVEL_LABELS.get(data.level, data.level))
        ui.detailParentValue.setText(parent.name if parent else "")
        ui.detailEmployerValue.setText(data.employer_name or "")
        ui.detailCreditCodeValue.setText(data.credit_code or "")
        ui.detailTownshipValue.setText(data.township_name or "")
        workers = self.tr("%1 (women %2, migrant workers %3)")
        for i, value in enumerate((data.workers, data.female_workers, data.migrant_workers), start=1):
            workers = workers.replace(f"%{i}", "" if value is None else str(value))
        ui.detailWorkersValue.setText(workers if data.workers is not None else "")
        ui.detailMembersValue.setText(self.tr("%1 directly, %2 with subordinates")
                                      .replace("%1", str(node.member_count))
                                      .replace("%2", str(node.subtree_member_count)))
        ui.detailChairValue.setText(" ".join(x for x in (data.chair_name, data.chair_phone) if x))
        term = ""
        if data.term_start or data.term_end:
            term = self.tr("term %1: %2 to %3").replace("%1", str(data.term_number or "")).replace(
                "%2", data.term_start.isoformat() if data.term_start else "").replace(
                "%3", data.term_end.isoformat() if data.term_end else "")
        state = renewal_state(node, self.today())
        if state == "due":
            term += self.tr(" — re-election due")
        elif state == "overdue":
            term += self.tr(" — re-election overdue")
        ui.detailTermValue.setText(term)
        ui.detailFoundedValue.setText(data.founded_on.isoformat() if data.founded_on else "")
        ui.detailStatusValue.setText(ORG_STATUS_LABELS.get(detail.status, detail.status))

    # ------------------------------------------------------------------ actions
    def new_record(self) -> None:
        if self.ui.tabs.currentWidget() is self.ui.unorganizedTab:
            self.unorganized.new_record()
            return
        if not self.context.actor.has(Right.EDIT):
            return
        parent = self.selected_node()
        if parent is not None and parent.level == "branch":
            parent = self.model.node_by_id(parent.parent_id)
        saved = new_organization(self, self.context, parent)
        if saved is not None:
            self.refresh()
            self.select(saved)

    def edit_selected(self) -> None:
        node = self.selected_node()
        if node is not None and edit_organization(self, self.context, node.id) is not None:
            self.refresh()

    def move_selected(self) -> None:
        node = self.selected_node()
        if node is None:
            return
        allowed = "、".join(LEVEL_LABELS[level] for level in ALLOWED_PARENTS.get(node.level, ()))
        target = ChooseOrgDialog.choose(
            self, self.context, title=self.tr("Move “%1” under…").replace("%1", node.name),
            hint=self.tr("Choose the new parent union of “%1” (a %2 can sit under: %3). Its subordinates and "
                         "members move with it.").replace("%1", node.name)
                     .replace("%2", node.level_label).replace("%3", allowed),
            selectable=lambda n: n.status == "normal" and n.id != node.id,
        )
        if target is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Move"),
            self.tr("Move “%1” (with everything under it) under “%2”?").replace("%1", node.name)
            .replace("%2", target.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if not call_service(self, self.context, lambda session: move_organization(
                session, self.context.actor, node.id, target.id), "organization"):
            return
        self.refresh()
        self.select(node.id)

    def dissolve_selected(self) -> None:
        node = self.selected_node()
        if node is None:
            return
        dialog = DissolveOrgDialog(self.context, node, self)
        try:
            if dialog.exec():
                self.refresh()
        finally:
            dialog.deleteLater()

    def _union_founded(self, org_id: int) -> None:
        self.refresh()
        self.select(org_id)

    def _show_members(self) -> None:
        node = self.selected_node()
        if node is not None:
            self.members_requested.emit(node.id)

    def focus_search(self) -> None:
        if self.ui.tabs.currentWidget() is self.ui.unorganizedTab:
            self.unorganized.focus_search()
        else:
            focus_edit(self.ui.filterEdit)

    def import_kind(self) -> str:
        return "unorganized" if self.ui.tabs.currentWidget() is self.ui.unorganizedTab else "organizations"

    def export(self) -> None:
        """The unions, or the 未建会单位 when their tab is shown, to .xlsx or .csv."""
        from unionapp.sheets.exporting import export_organizations, export_unorganized

        if self.import_kind() == "unorganized":
            exporter, title, name = export_unorganized, self.tr("Export the employers without a union"), \
                self.tr("employers-without-union.xlsx")
        else:
            exporter, title, name = export_organizations, self.tr("Export the unions"), self.tr("unions.xlsx")
        chosen = ask_save_path(self, title, name, self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"),
                               suffixes=(".xlsx", ".csv"))
        if chosen is None:
            return
        path = str(chosen)
        db, actor = self.context.db, self.context.actor

        def body(report):
            with db.session() as session:
                return exporter(session, actor, path, progress=report)

        run_with_progress(self, title, body,
                          on_finished=lambda _result: QMessageBox.information(
                              self, self.tr("Export"), self.tr("Saved to %1").replace("%1", path)),
                          on_failed=lambda message: show_error(self, message))
