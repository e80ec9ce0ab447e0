"""Pick one union from the tree: for a member's union, a new parent, a merge target, a filter.
Nodes that cannot be chosen for the purpose stay visible (grey) so the clerk sees the tree whole."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QWidget

from unionapp.services.organizations import OrgNode, organization_tree
from unionapp.ui.context import AppContext
from unionapp.ui.forms.ui_choose_org_dialog import Ui_ChooseOrgDialog
from unionapp.ui.models.org_tree import COL_LEVEL, COL_NAME, OrgFilterProxy, OrgTreeModel


class ChooseOrgDialog(QDialog):
    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        title: str | None = None,
        hint: str | None = None,
        selectable: Callable[[OrgNode], bool] | None = None,
        current_id: int | None = None,
    ):
        super().__init__(parent)
        self.ui = Ui_ChooseOrgDialog()
        self.ui.setupUi(self)
        if title:
            self.setWindowTitle(title)
        self.ui.hintLabel.setText(hint or self.tr("Choose a union, then press OK."))
        self.ui.hintLabel.setVisible(True)
        self.model = OrgTreeModel(self)
        self.proxy = OrgFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.set_selectable(selectable)
        with context.db.session() as session:
            self.model.set_nodes(organization_tree(session, context.actor), today=date.today())
        view = self.ui.treeView
        view.setModel(self.proxy)
        view.header().setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        view.header().setStretchLastSection(False)
        view.header().setSectionResizeMode(COL_LEVEL, QHeaderView.ResizeMode.ResizeToContents)
        for column in range(1, self.model.columnCount()):
            view.setColumnHidden(column, column != COL_LEVEL)
        view.expandToDepth(0)
        view.selectionModel().currentChanged.connect(self._update_ok)
        view.doubleClicked.connect(self._double_clicked)
        self.ui.filterEdit.textChanged.connect(self._filter)
        self.ok_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)
        if current_id is not None:
            self.select(current_id)

    def _filter(self, text: str) -> None:
        self.proxy.set_text(text)
        if text.strip():
            self.ui.treeView.expandAll()
        else:
            self.ui.treeView.collapseAll()
            self.ui.treeView.expandToDepth(0)

    def select(self, org_id: int) -> None:
        index = self.proxy.index_of(org_id)
        if index.isValid():
            self.ui.treeView.setCurrentIndex(index)
            self.ui.treeView.scrollTo(index)

    def _update_ok(self, current: QModelIndex, _previous: QModelIndex = QModelIndex()) -> None:  # noqa: B008
        self.ok_button.setEnabled(self.proxy.is_selectable(current))

    def _double_clicked(self, index: QModelIndex) -> None:
        if self.proxy.is_selectable(index):
            self.accept()

    def chosen(self) -> OrgNode | None:
        index = self.ui.treeView.currentIndex()
        return self.proxy.node(index) if self.proxy.is_selectable(index) else None

    @classmethod
    def choose(cls, parent: QWidget | None, context: AppContext, **options) -> OrgNode | None:
        """Show the dialog; the chosen node, or None when cancelled. (Tests patch this.)"""
        dialog = cls(context, parent, **options)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.chosen()
            return None
        finally:
            dialog.deleteLater()
