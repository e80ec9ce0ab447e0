"""The duplicate finder: people probably registered twice under different ID numbers (same name
and birth date, or same name and phone). The ID number itself cannot repeat (一人一会), so these
are the cases a clerk must look at one by one."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from unionapp.services.members import find_duplicates
from unionapp.ui.context import AppContext
from unionapp.ui.dialogs.member_dialog import open_member
from unionapp.ui.forms.ui_duplicates_dialog import Ui_DuplicatesDialog
from unionapp.ui.models.rows_table import RowsTableModel


class DuplicatesDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.ui = Ui_DuplicatesDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.model = RowsTableModel([self.tr("Group"), self.tr("Why"), self.tr("Member no."), self.tr("Name"),
                                     self.tr("ID number"), self.tr("Date of birth"), self.tr("Mobile"),
                                     self.tr("Union"), self.tr("Status")], self)
        # The generated form has a tree view: the groups are shown flat, one row per member.
        self.view = ui.treeView
        self.view.setRootIsDecorated(False)
        self.view.setModel(self.model)
        self.view.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.doubleClicked.connect(lambda _index: self.open_selected())
        ui.openButton.clicked.connect(self.open_selected)
        ui.buttonBox.rejected.connect(self.reject)
        context.events.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, entity: str) -> None:
        if entity in ("member", "all"):
            self.refresh()

    def refresh(self) -> None:
        with self.context.db.session() as session:
            groups = find_duplicates(session, self.context.actor)
        rows, objects = [], []
        for number, group in enumerate(groups, start=1):
            for m in group.members:
                rows.append([str(number), group.reason, m.member_no, m.name, m.id_number,
                             m.birth_date.isoformat() if m.birth_date else "", m.phone or "", m.org_name,
                             m.status_label])
                objects.append(m)
        self.model.set_rows(rows, objects)
        self.groups = groups
        self.ui.hintLabel.setText(
            self.tr("%1 groups of members who may be the same person registered twice. Open each and transfer "
                    "out or correct the wrong record.").replace("%1", str(len(groups))) if groups
            else self.tr("No member seems to be registered twice."))
        self.ui.openButton.setEnabled(bool(groups))

    def open_selected(self) -> None:
        index = self.view.currentIndex()
        member = self.model.object_at(index.row()) if index.isValid() else None
        if member is None:
            return
        open_member(self, self.context, member.id)
