"""撤销 or 合并 a union: a date and a reason, and for a merger the union it joins. The service
refuses while members or active sub-organisations remain; its message is shown as it is."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from unionapp.domain.errors import DomainError
from unionapp.services.errors import ServiceError, ValidationError
from unionapp.services.organizations import OrgNode, dissolve_organization
from unionapp.ui.context import AppContext
from unionapp.ui.dialogs.choose_org_dialog import ChooseOrgDialog
from unionapp.ui.dialogs.form_support import FieldErrors, read_date, read_text, show_date, tidy_date
from unionapp.ui.forms.ui_organization_dissolve import Ui_DissolveOrgDialog


class DissolveOrgDialog(QDialog):
    def __init__(self, context: AppContext, node: OrgNode, parent: QWidget | None = None):
        super().__init__(parent)
        self.context, self.node = context, node
        self.ui = Ui_DissolveOrgDialog()
        self.ui.setupUi(self)
        self._target: OrgNode | None = None
        ui = self.ui
        ui.headerLabel.setText(self.tr("Dissolve or merge “%1”. Its records are kept; it no longer takes "
                                       "members.").replace("%1", node.name))
        show_date(ui.dateEdit, date.today())
        self.errors = FieldErrors({"on": ui.dateEdit, "status_reason": ui.reasonEdit,
                                   "merged_into_id": ui.targetEdit}, ui.messageLabel)
        ui.mergeRadio.toggled.connect(self._kind_changed)
        ui.chooseTargetButton.clicked.connect(self._choose_target)
        ui.dateEdit.editingFinished.connect(lambda: tidy_date(ui.dateEdit))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Confirm"))
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self._kind_changed(False)

    def _kind_changed(self, merging: bool) -> None:
        self.ui.targetEdit.setEnabled(merging)
        self.ui.chooseTargetButton.setEnabled(merging)

    def _choose_target(self) -> None:
        found = ChooseOrgDialog.choose(
            self, self.context, title=self.tr("Merged into"),
            selectable=lambda n: n.status == "normal" and n.id != self.node.id and n.level == self.node.level,
        )
        if found is not None:
            self._target = found
            self.ui.targetEdit.setText(found.name)

    def save(self) -> None:
        errors = {}
        try:
            on = read_date(self.ui.dateEdit, allow_future=False)
        except DomainError as exc:
            errors["on"], on = exc.message, None
        if on is None and "on" not in errors:
            errors["on"] = self.tr("Enter the date")
        merging = self.ui.mergeRadio.isChecked()
        if merging and self._target is None:
            errors["merged_into_id"] = self.tr("Choose the union it is merged into")
        if errors:
            self.errors.show(errors)
            return
        try:
            with self.context.db.session() as session:
                dissolve_organization(session, self.context.actor, self.node.id, on,
                                      read_text(self.ui.reasonEdit) or "",
                                      merged_into_id=self._target.id if merging else None)
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return
        except ServiceError as exc:
            self.errors.show({"status": exc.message})
            return
        self.context.events.announce("organization")
        self.accept()
