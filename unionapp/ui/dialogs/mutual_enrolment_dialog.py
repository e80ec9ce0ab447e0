"""A unit's enrolment in 医疗互助保障 for one year (DESIGN §2.3): the grassroots union, how many
members it enrolled, the fee it paid and when. One enrolment per unit and year: an existing one
is corrected, never entered twice (the service refuses and says so beside the unit)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QWidget

from unionapp.domain.errors import DomainError
from unionapp.domain.org_levels import MEMBER_LEVELS
from unionapp.services.errors import ServiceError, ValidationError
from unionapp.services.medical_mutual import EnrolmentInput, EnrolmentRow, get_enrolment, save_enrolment
from unionapp.services.rights import Right
from unionapp.ui.context import AppContext
from unionapp.ui.dialogs.aid_support import exec_dialog
from unionapp.ui.dialogs.choose_org_dialog import ChooseOrgDialog
from unionapp.ui.dialogs.form_support import (
    FieldErrors,
    read_count,
    read_date,
    read_text,
    show_count,
    show_date,
    tidy_date,
)
from unionapp.ui.forms.ui_mutual_enrolment_dialog import Ui_MutualEnrolmentDialog


class MutualEnrolmentDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None, *, enrolment_id: int | None = None,
                 year: int | None = None, today: date | None = None):
        super().__init__(parent)
        self.context = context
        self.today = today or date.today()
        self.row: EnrolmentRow | None = None
        self.saved_id: int | None = None
        self.saved_year: int | None = None
        self._org_id: int | None = None
        self.ui = Ui_MutualEnrolmentDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.can_edit = context.actor.has(Right.EDIT)
        ui.yearSpin.setRange(2000, self.today.year + 1)
        ui.yearSpin.setValue(year or self.today.year)
        self.errors = FieldErrors({"year": ui.yearSpin, "org_id": ui.orgEdit, "members_enrolled": ui.membersEdit,
                                   "fee_paid": ui.feeEdit, "enrolled_on": ui.enrolledOnEdit, "remark": ui.remarkEdit},
                                  ui.messageLabel)
        self.save_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.clicked.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.chooseOrgButton.clicked.connect(self._choose_org)
        ui.enrolledOnEdit.editingFinished.connect(lambda: tidy_date(ui.enrolledOnEdit))
        if enrolment_id is None:
            self.setWindowTitle(self.tr("Enrol a unit in mutual medical aid"))
            ui.enrolmentForm.setRowVisible(ui.claimsValue, False)
        else:
            with context.db.session() as session:
                self.show_row(get_enrolment(session, context.actor, enrolment_id))
        if not self.can_edit:
            self._read_only()

    def show_row(self, row: EnrolmentRow) -> None:
        ui = self.ui
        self.row = row
        self.setWindowTitle(self.tr("%1: mutual medical aid %2").replace("%1", row.org_name)
                            .replace("%2", str(row.year)))
        ui.yearSpin.setRange(min(row.year, ui.yearSpin.minimum()), max(row.year, ui.yearSpin.maximum()))
        ui.yearSpin.setValue(row.year)
        self.set_org(row.org_id, row.org_name)
        show_count(ui.membersEdit, row.members_enrolled)
        ui.feeEdit.setText(f"{row.fee_paid:.2f}")
        show_date(ui.enrolledOnEdit, row.enrolled_on)
        ui.remarkEdit.setText(row.remark or "")
        ui.claimsValue.setText(self.tr("%1 claims, %2 yuan").replace("%1", str(row.claims))
                               .replace("%2", f"{row.claims_amount:,.2f}"))
        # The unit and the year name the enrolment: a wrong one is corrected by enrolling anew.
        ui.yearSpin.setEnabled(False)
        ui.chooseOrgButton.hide()

    def _read_only(self) -> None:
        for edit in self.findChildren(QLineEdit):
            edit.setReadOnly(True)
        self.ui.yearSpin.setEnabled(False)
        self.ui.chooseOrgButton.hide()
        self.save_button.hide()

    # ------------------------------------------------------------------ the unit
    def set_org(self, org_id: int | None, name: str) -> None:
        self._org_id = org_id
        self.ui.orgEdit.setText(name)
        self.ui.orgEdit.setCursorPosition(0)

    def _choose_org(self) -> None:
        node = ChooseOrgDialog.choose(self, self.context, title=self.tr("The unit that enrols"),
                                      hint=self.tr("Choose the grassroots union that enrols its members."),
                                      selectable=lambda n: n.level in MEMBER_LEVELS and n.status == "normal",
                                      current_id=self._org_id)
        if node is not None:
            self.set_org(node.id, node.name)

    # ------------------------------------------------------------------ saving
    def input(self) -> EnrolmentInput:
        """What the form holds; ValidationError for every value that cannot be read."""
        ui, problems = self.ui, {}
        members = enrolled_on = None
        try:
            members = read_count(ui.membersEdit)
        except DomainError as exc:
            problems["members_enrolled"] = exc.message
        try:
            enrolled_on = read_date(ui.enrolledOnEdit, today=self.today, allow_future=False)
        except DomainError as exc:
            problems["enrolled_on"] = exc.message
        if problems:
            raise ValidationError(problems)
        return EnrolmentInput(org_id=self._org_id, year=ui.yearSpin.value(), members_enrolled=members,
                              fee_paid=read_text(ui.feeEdit), enrolled_on=enrolled_on, remark=read_text(ui.remarkEdit))

    def save(self) -> bool:
        try:
            data = self.input()
            with self.context.db.session() as session:
                saved = save_enrolment(session, self.context.actor, data,
                                       expected_version=self.row.version if self.row else None, today=self.today)
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return False
        except ServiceError as exc:
            self.errors.clear()
            self.ui.messageLabel.setText(exc.message)
            return False
        self.saved_id, self.saved_year = saved, data.year
        self.context.events.announce("mutual")
        self.accept()
        return True


def open_enrolment(parent: QWidget | None, context: AppContext, enrolment_id: int | None = None, *,
                   year: int | None = None, today: date | None = None) -> tuple[int, int] | None:
    """(id, year) of the enrolment saved, or None when cancelled."""
    dialog = MutualEnrolmentDialog(context, parent, enrolment_id=enrolment_id, year=year, today=today)
    if exec_dialog(dialog) and dialog.saved_id is not None:
        return dialog.saved_id, dialog.saved_year
    return None
