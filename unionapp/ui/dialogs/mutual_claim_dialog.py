"""A claim paid by 医疗互助保障 (DESIGN §2.3): the member (found by name, ID number or member no.),
when it was paid, the illness, the hospital, the amount and who handled it. The service finds
the enrolment that pays — the member's union's, or for a 分会 its parent's, of the year of the
payment — and refuses the claim, beside the member, when there is none."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QWidget

from unionapp.domain.errors import DomainError
from unionapp.services.errors import ServiceError, ValidationError
from unionapp.services.medical_mutual import ClaimInput, ClaimRow, create_claim, get_claim, update_claim
from unionapp.services.member_search import MemberRow
from unionapp.services.rights import Right
from unionapp.ui.context import AppContext
from unionapp.ui.dialogs.aid_support import choose_one, describe_member, exec_dialog, find_members
from unionapp.ui.dialogs.form_support import FieldErrors, read_date, read_text, show_date, tidy_date
from unionapp.ui.forms.ui_mutual_claim_dialog import Ui_MutualClaimDialog


class MutualClaimDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None, *, claim_id: int | None = None,
                 year: int | None = None, today: date | None = None):
        super().__init__(parent)
        self.context = context
        self.today = today or date.today()
        self.row: ClaimRow | None = None
        self.saved_id: int | None = None
        self.saved_year: int | None = None
        self._member_id: int | None = None
        self.ui = Ui_MutualClaimDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.can_edit = context.actor.has(Right.EDIT)
        self.errors = FieldErrors({"member_id": ui.findEdit, "paid_on": ui.paidOnEdit, "illness": ui.illnessEdit,
                                   "hospital": ui.hospitalEdit, "amount": ui.amountEdit, "handler": ui.handlerEdit,
                                   "remark": ui.remarkEdit}, ui.messageLabel)
        self.save_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.clicked.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.findButton.clicked.connect(self.find)
        ui.findEdit.returnPressed.connect(self.find)
        ui.paidOnEdit.editingFinished.connect(lambda: tidy_date(ui.paidOnEdit))
        ui.handlerEdit.setPlaceholderText(context.actor.username)
        if claim_id is None:
            self.setWindowTitle(self.tr("Record a mutual medical aid claim"))
            if year is None or year == self.today.year:
                show_date(ui.paidOnEdit, self.today)
        else:
            with context.db.session() as session:
                self.show_row(get_claim(session, context.actor, claim_id))
        if not self.can_edit:
            self._read_only()

    def show_row(self, row: ClaimRow) -> None:
        ui = self.ui
        self.row = row
        self.setWindowTitle(self.tr("Mutual medical aid claim of %1").replace("%1", row.name))
        self._member_id = row.member_id
        ui.chosenValue.setText(f"{row.name}　{row.id_number}　{row.org_name}")
        show_date(ui.paidOnEdit, row.paid_on)
        ui.illnessEdit.setText(row.illness)
        ui.hospitalEdit.setText(row.hospital or "")
        ui.amountEdit.setText(f"{row.amount:.2f}")
        ui.handlerEdit.setText(row.handler or "")
        ui.remarkEdit.setText(row.remark or "")

    def _read_only(self) -> None:
        for edit in self.findChildren(QLineEdit):
            edit.setReadOnly(True)
        self.ui.claimForm.setRowVisible(self.ui.findLayout, False)
        self.save_button.hide()

    # ------------------------------------------------------------------ the member
    def find(self) -> None:
        row = choose_one(self, self.tr("Find a member"), find_members(self.context, self.ui.findEdit.text()),
                         describe_member)
        if row is not None:
            self.set_member(row)

    def set_member(self, row: MemberRow) -> None:
        self._member_id = row.id
        self.ui.chosenValue.setText(describe_member(row))
        self.errors.set_field("member_id", None)

    # ------------------------------------------------------------------ saving
    def input(self) -> ClaimInput:
        ui = self.ui
        try:
            paid_on = read_date(ui.paidOnEdit, today=self.today, allow_future=False)
        except DomainError as exc:
            raise ValidationError({"paid_on": exc.message}) from None
        return ClaimInput(member_id=self._member_id, paid_on=paid_on, illness=ui.illnessEdit.text().strip(),
                          amount=read_text(ui.amountEdit), hospital=read_text(ui.hospitalEdit),
                          handler=read_text(ui.handlerEdit), remark=read_text(ui.remarkEdit))

    def save(self) -> bool:
        actor = self.context.actor
        try:
            data = self.input()
            with self.context.db.session() as session:
                if self.row is None:
                    saved = create_claim(session, actor, data, today=self.today)
                else:
                    saved = update_claim(session, actor, self.row.id, data, self.row.version, today=self.today)
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return False
        except ServiceError as exc:
            self.errors.clear()
            self.ui.messageLabel.setText(exc.message)
            return False
        self.saved_id, self.saved_year = saved, data.paid_on.year
        self.context.events.announce("mutual")
        self.accept()
        return True


def open_claim(parent: QWidget | None, context: AppContext, claim_id: int | None = None, *,
               year: int | None = None, today: date | None = None) -> tuple[int, int] | None:
    """(id, year paid) of the claim saved, or None when cancelled."""
    dialog = MutualClaimDialog(context, parent, claim_id=claim_id, year=year, today=today)
    if exec_dialog(dialog) and dialog.saved_id is not None:
        return dialog.saved_id, dialog.saved_year
    return None
