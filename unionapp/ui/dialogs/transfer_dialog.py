"""关系接转: a clerk asks to move a member to another union (in the county, or outside it by
name), a reviewer approves it in the 待审核接转 list; only then do both unions get their events.
A member who left the county comes back the same way, into a union chosen in the county."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QWidget

from unionapp.domain.errors import DomainError
from unionapp.domain.org_levels import MEMBER_LEVELS
from unionapp.services.errors import ServiceError, ValidationError
from unionapp.services.members import (
    MemberDetail,
    TransferRow,
    list_transfers,
    request_transfer,
    review_transfer,
)
from unionapp.services.rights import Right
from unionapp.ui.context import AppContext
from unionapp.ui.dialogs.choose_org_dialog import ChooseOrgDialog
from unionapp.ui.dialogs.form_support import (
    FieldErrors,
    combo_value,
    read_date,
    read_text,
    show_date,
    tidy_date,
)
from unionapp.ui.forms.ui_member_transfer_dialog import Ui_MemberTransferDialog
from unionapp.ui.forms.ui_member_transfers_pending import Ui_PendingTransfersDialog
from unionapp.ui.models.rows_table import RowsTableModel

COMMON_REASONS = ("工作调动", "单位合并", "劳动关系转移", "返回原籍工作")


class MemberTransferDialog(QDialog):
    def __init__(self, context: AppContext, detail: MemberDetail, parent: QWidget | None = None, *,
                 today: date | None = None):
        super().__init__(parent)
        self.context, self.detail = context, detail
        self.today = today or date.today()
        self.transfer_id: int | None = None
        self._target_id: int | None = None
        self.returning = detail.status == "transferred_out"
        self.ui = Ui_MemberTransferDialog()
        self.ui.setupUi(self)
        ui = self.ui
        if self.returning:
            ui.headerLabel.setText(self.tr("%1 (member no. %2) transferred out of the county and now comes back: "
                                           "choose the union receiving the member.")
                                   .replace("%1", detail.data.name).replace("%2", detail.member_no))
            ui.outsideRadio.setEnabled(False)
            ui.currentOrgLabel.setText(self.tr("Last union in the county:"))
        else:
            ui.headerLabel.setText(self.tr("Transfer %1 (member no. %2) to another union.")
                                   .replace("%1", detail.data.name).replace("%2", detail.member_no))
        ui.currentOrgValue.setText(detail.org_name)
        show_date(ui.dateEdit, self.today)
        ui.reasonCombo.addItems(list(COMMON_REASONS))
        ui.reasonCombo.setCurrentIndex(-1)
        ui.reasonCombo.setEditText("")
        ui.hintLabel.setText(
            self.tr("You may approve transfers: it takes effect at once.") if context.actor.has(Right.APPROVE)
            else self.tr("A reviewer approves the request in “Pending transfers”; until then nothing changes."))
        ui.insideRadio.toggled.connect(self._kind_changed)
        ui.chooseTargetButton.clicked.connect(self._choose_target)
        ui.dateEdit.editingFinished.connect(lambda: tidy_date(ui.dateEdit))
        self.errors = FieldErrors({"to_org_id": ui.targetEdit, "to_union_name": ui.outsideEdit, "on": ui.dateEdit,
                                   "reason": ui.reasonCombo}, ui.messageLabel)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Submit"))
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self._kind_changed(True)

    def _kind_changed(self, inside: bool) -> None:
        self.ui.targetEdit.setEnabled(inside)
        self.ui.chooseTargetButton.setEnabled(inside)
        self.ui.outsideEdit.setEnabled(not inside)

    def set_target(self, org_id: int, name: str) -> None:
        self._target_id = org_id
        self.ui.targetEdit.setText(name)

    def _choose_target(self) -> None:
        current = self.detail.data.org_id
        node = ChooseOrgDialog.choose(
            self, self.context, title=self.tr("Receiving union"),
            hint=self.tr("Members are registered with a grassroots union or one of its branches."),
            selectable=lambda n: n.level in MEMBER_LEVELS and n.status == "normal"
            and (self.returning or n.id != current),
        )
        if node is not None:
            self.set_target(node.id, node.name)

    def save(self) -> None:
        ui = self.ui
        try:
            on = read_date(ui.dateEdit)
        except DomainError as exc:
            self.errors.show({"on": exc.message})
            return
        inside = ui.insideRadio.isChecked()
        target = {"to_org_id": self._target_id} if inside else {"to_union_name": read_text(ui.outsideEdit)}
        if inside and self._target_id is None:
            self.errors.show({"to_org_id": self.tr("Choose the receiving union")})
            return
        if on is None:
            self.errors.show({"on": self.tr("Enter the date")})
            return
        try:
            with self.context.db.session() as session:
                self.transfer_id = request_transfer(session, self.context.actor, self.detail.id, on,
                                                    combo_value(ui.reasonCombo) or "", today=self.today, **target)
        except ValidationError as exc:
            errors = dict(exc.errors)
            if not inside and "to_org_id" in errors:
                errors["to_union_name"] = errors.pop("to_org_id")
            self.errors.show(errors)
            return
        except ServiceError as exc:
            ui.messageLabel.setText(exc.message)
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, context: AppContext, detail: MemberDetail, *,
            today: date | None = None) -> bool:
        dialog = cls(context, detail, parent, today=today)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()


class PendingTransfersDialog(QDialog):
    """待审核接转: reviewers and administrators approve or send back the clerks' requests."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.ui = Ui_PendingTransfersDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.model = RowsTableModel([self.tr("Member"), self.tr("From"), self.tr("To"), self.tr("Date"),
                                     self.tr("Reason"), self.tr("Requested by")], self)
        ui.tableView.setModel(self.model)
        ui.tableView.verticalHeader().hide()
        ui.tableView.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        ui.tableView.horizontalHeader().setStretchLastSection(True)
        ui.approveButton.clicked.connect(lambda: self.review(approve=True))
        ui.rejectButton.clicked.connect(lambda: self.review(approve=False))
        ui.buttonBox.rejected.connect(self.reject)
        ui.buttonBox.accepted.connect(self.accept)
        may_review = context.actor.has(Right.APPROVE)
        for widget in (ui.approveButton, ui.rejectButton, ui.opinionEdit, ui.opinionLabel):
            widget.setVisible(may_review)
        ui.tableView.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.refresh()

    def refresh(self) -> None:
        with self.context.db.session() as session:
            rows = list_transfers(session, self.context.actor, status="pending")
        self.model.set_rows([[t.member_name, t.from_org_name, t.to_org_name, t.on.isoformat(), t.reason or "",
                              t.requested_by or ""] for t in rows], rows)
        if rows:
            self.ui.tableView.selectRow(0)
        self._update_buttons()

    def selected(self) -> TransferRow | None:
        rows = self.ui.tableView.selectionModel().selectedRows()
        return self.model.object_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.ui.approveButton.setEnabled(has)
        self.ui.rejectButton.setEnabled(has)

    def review(self, *, approve: bool) -> None:
        transfer = self.selected()
        if transfer is None:
            return
        try:
            with self.context.db.session() as session:
                review_transfer(session, self.context.actor, transfer.id, approve=approve,
                                opinion=read_text(self.ui.opinionEdit) or "")
        except ServiceError as exc:
            self.ui.messageLabel.setText(exc.message)
            return
        self.ui.messageLabel.setText("")
        self.ui.opinionEdit.clear()
        self.context.events.announce("member")
        self.refresh()


def pending_transfer_count(context: AppContext) -> int:
    with context.db.session() as session:
        return len(list_transfers(session, context.actor, status="pending"))
