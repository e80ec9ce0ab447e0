"""One payment of a campaign (发放记录, DESIGN §2.3): to a household on file, a member, or a person
typed in; money or goods (empty: the campaign's standard); for 金秋助学 the student, for 医疗救助
the illness and hospital stays.

Paying someone twice in one campaign is refused by the service; the dialog shows its message and
opens a field for the reason, and saving again with a reason records the override. Going over the
budget is a warning shown after saving."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QMessageBox, QWidget

from unionapp.domain.errors import DomainError
from unionapp.services.aid import (
    MEDICAL_AID,
    STUDENT_AID,
    DisbursementInput,
    HospitalStayInput,
    create_disbursement,
    hospital_stays,
    update_disbursement,
)
from unionapp.services.aid_campaigns import CampaignDetail, get_campaign
from unionapp.services.aid_search import DisbursementRow
from unionapp.services.code_lookup import code_options
from unionapp.services.errors import ServiceError, ValidationError
from unionapp.services.hardship_search import HardshipRow
from unionapp.services.member_search import MemberRow
from unionapp.services.rights import Right
from unionapp.ui.context import AppContext
from unionapp.ui.dialogs.aid_support import (
    choose_one,
    describe_file,
    describe_member,
    find_files,
    find_members,
    read_year,
)
from unionapp.ui.dialogs.choose_org_dialog import ChooseOrgDialog
from unionapp.ui.dialogs.form_support import (
    FieldErrors,
    combo_value,
    fill_combo,
    read_date,
    read_text,
    set_combo_value,
    show_date,
    tidy_date,
)
from unionapp.ui.forms.ui_aid_disbursement_dialog import Ui_DisbursementDialog
from unionapp.ui.models.editable_rows import EditableRowsModel

RECIPIENTS = ("hardship", "member", "person")


def _money(value) -> str:
    return "" if value is None else f"{value:.2f}"


class DisbursementDialog(QDialog):
    def __init__(self, context: AppContext, campaign_id: int, parent: QWidget | None = None, *,
                 row: DisbursementRow | None = None, today: date | None = None):
        super().__init__(parent)
        self.context = context
        self.campaign_id = campaign_id
        self.row = row
        self.today = today or date.today()
        self.saved_id: int | None = None
        self.warnings: tuple[str, ...] = ()
        self._file_id: int | None = row.hardship_file_id if row else None
        self._member_id: int | None = row.member_id if row else None
        self._org_id: int | None = None
        self.ui = Ui_DisbursementDialog()
        self.ui.setupUi(self)
        ui = self.ui
        with context.db.session() as session:
            self.campaign: CampaignDetail = get_campaign(session, context.actor, campaign_id)
            options = code_options(session, context.actor, ["hardship_category", "school_level"])
            stays = hospital_stays(session, context.actor, row.id) if row else []
        kind = self.campaign.data.kind
        ui.campaignValue.setText(f"{self.campaign.number}　{self.campaign.data.name}（{kind}）")
        fill_combo(ui.recipientCombo, [(self.tr("A household on file"), "hardship"), (self.tr("A member"), "member"),
                                       (self.tr("Another person"), "person")], blank=False)
        fill_combo(ui.categoryCombo, [(o.name, o.name) for o in options["hardship_category"]])
        fill_combo(ui.schoolLevelCombo, [(o.name, o.name) for o in options["school_level"]])
        ui.studentGroup.setVisible(kind == STUDENT_AID)
        ui.medicalGroup.setVisible(kind == MEDICAL_AID)
        ui.overrideGroup.hide()
        self.stays_model = EditableRowsModel([("hospital", self.tr("Hospital")), ("admitted_on", self.tr("Admitted")),
                                              ("discharged_on", self.tr("Discharged")), ("cost", self.tr("Cost")),
                                              ("self_paid", self.tr("Paid by the family"))], self)
        ui.staysView.setModel(self.stays_model)
        ui.staysView.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.errors = FieldErrors({"name": ui.nameEdit, "id_number": ui.idNumberEdit, "org_id": ui.orgEdit,
                                   "hardship_file_id": ui.findEdit, "member_id": ui.findEdit,
                                   "category": ui.categoryCombo, "amount": ui.amountEdit, "goods_value": ui.goodsValueEdit,
                                   "paid_on": ui.paidOnEdit, "student_name": ui.studentNameEdit,
                                   "school_level": ui.schoolLevelCombo, "enrolment_year": ui.enrolmentYearEdit,
                                   "illness": ui.illnessEdit, "duplicate": ui.overrideReasonEdit}, ui.messageLabel)
        self.save_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.clicked.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.recipientCombo.currentIndexChanged.connect(lambda _i: self._recipient_changed())
        ui.findButton.clicked.connect(self.find)
        ui.findEdit.returnPressed.connect(self.find)
        ui.chooseOrgButton.clicked.connect(self._choose_org)
        ui.clearOrgButton.clicked.connect(lambda: self._set_org(None, ""))
        ui.addStayButton.clicked.connect(lambda: self.stays_model.add_row())
        ui.removeStayButton.clicked.connect(self._remove_stay)
        ui.paidOnEdit.editingFinished.connect(lambda: tidy_date(ui.paidOnEdit))
        show_date(ui.paidOnEdit, self.today)
        ui.handlerEdit.setPlaceholderText(context.actor.username)
        if row is None:
            self.setWindowTitle(self.tr("Record a payment"))
        else:
            self._show_row(row, stays)
        self._recipient_changed()
        if not context.actor.has(Right.EDIT) or self.campaign.status != "open":
            self.save_button.hide()
            if self.campaign.status != "open":
                ui.messageLabel.setText(self.tr("The campaign is closed: its payments can no longer change."))

    # ------------------------------------------------------------------ showing
    def _show_row(self, row: DisbursementRow, stays: list[HospitalStayInput]) -> None:
        ui = self.ui
        self.setWindowTitle(self.tr("Payment to %1").replace("%1", row.name))
        kind = "hardship" if row.hardship_file_id else "member" if row.member_id else "person"
        set_combo_value(ui.recipientCombo, kind)
        ui.nameEdit.setText(row.name)
        ui.idNumberEdit.setText(row.id_number)
        ui.unitNameEdit.setText(row.unit_name or "")
        ui.orgEdit.setText(row.org_name or "")
        set_combo_value(ui.categoryCombo, row.category)
        ui.chosenValue.setText(f"{row.name}　{row.id_number}")
        ui.amountEdit.setText(_money(row.amount))
        ui.goodsEdit.setText(row.goods or "")
        ui.goodsValueEdit.setText(_money(row.goods_value))
        show_date(ui.paidOnEdit, row.paid_on)
        ui.handlerEdit.setText(row.handler or "")
        ui.remarkEdit.setText(row.remark or "")
        ui.studentNameEdit.setText(row.student_name or "")
        ui.schoolEdit.setText(row.school or "")
        set_combo_value(ui.schoolLevelCombo, row.school_level)
        ui.enrolmentYearEdit.setText(str(row.enrolment_year) if row.enrolment_year else "")
        ui.illnessEdit.setText(row.illness or "")
        self.stays_model.set_rows([{"hospital": s.hospital, "admitted_on": s.admitted_on, "discharged_on": s.discharged_on,
                                    "cost": _money(s.cost) if s.cost is not None else "",
                                    "self_paid": _money(s.self_paid) if s.self_paid is not None else ""}
                                   for s in stays])
        if row.override_reason:
            ui.overrideGroup.show()
            ui.overrideLabel.setText(self.tr("Paid again in this campaign for this reason:"))
            ui.overrideReasonEdit.setText(row.override_reason)
        if "*" in row.id_number:
            ui.idNumberEdit.setReadOnly(True)

    def recipient(self) -> str:
        return combo_value(self.ui.recipientCombo) or "person"

    def _recipient_changed(self) -> None:
        ui, kind = self.ui, self.recipient()
        from_record = kind != "person"
        for widget in (ui.findEdit, ui.findButton):
            widget.setEnabled(from_record)
        self.ui.recipientForm.setRowVisible(ui.findLayout, from_record)
        self.ui.recipientForm.setRowVisible(ui.chosenValue, from_record)
        for edit in (ui.nameEdit, ui.idNumberEdit, ui.unitNameEdit):
            edit.setReadOnly(from_record or (edit is ui.idNumberEdit and "*" in edit.text()))
        ui.chooseOrgButton.setEnabled(not from_record)
        ui.clearOrgButton.setEnabled(not from_record)
        ui.categoryCombo.setEnabled(kind != "hardship")
        if kind != "hardship":
            self._file_id = None
        if kind == "person":
            self._member_id = None
        ui.findEdit.setPlaceholderText(self.tr("Name, part of the ID number or file no.") if kind == "hardship"
                                       else self.tr("Name, part of the ID number or member no."))

    # ------------------------------------------------------------------ choosing the recipient
    def find(self) -> None:
        text = self.ui.findEdit.text()
        if self.recipient() == "hardship":
            row = choose_one(self, self.tr("Find a household on file"), find_files(self.context, text),
                             describe_file)
            if row is not None:
                self.set_hardship_file(row)
        elif self.recipient() == "member":
            row = choose_one(self, self.tr("Find a member"), find_members(self.context, text), describe_member)
            if row is not None:
                self.set_member(row)

    def set_hardship_file(self, row: HardshipRow) -> None:
        ui = self.ui
        set_combo_value(ui.recipientCombo, "hardship")
        self._file_id, self._member_id = row.id, row.member_id
        ui.chosenValue.setText(describe_file(row))
        ui.nameEdit.setText(row.name)
        ui.idNumberEdit.setText(row.id_number)
        ui.unitNameEdit.setText(row.unit_name or "")
        self._set_org(row.org_id, row.org_name)
        set_combo_value(ui.categoryCombo, row.category)

    def set_member(self, row: MemberRow) -> None:
        ui = self.ui
        set_combo_value(ui.recipientCombo, "member")
        self._file_id, self._member_id = None, row.id
        ui.chosenValue.setText(describe_member(row))
        ui.nameEdit.setText(row.name)
        ui.idNumberEdit.setText(row.id_number)
        self._set_org(row.org_id, row.org_name)

    def _set_org(self, org_id: int | None, name: str) -> None:
        self._org_id = org_id
        self.ui.orgEdit.setText(name)
        self.ui.orgEdit.setCursorPosition(0)

    def _choose_org(self) -> None:
        node = ChooseOrgDialog.choose(self, self.context, title=self.tr("The person's union"), current_id=self._org_id)
        if node is not None:
            self._set_org(node.id, node.name)

    def _remove_stay(self) -> None:
        index = self.ui.staysView.currentIndex()
        if index.isValid():
            self.stays_model.remove_row(index.row())

    # ------------------------------------------------------------------ saving
    def input(self) -> DisbursementInput:
        ui = self.ui
        try:
            paid_on = read_date(ui.paidOnEdit, today=self.today, allow_future=False)
        except DomainError as exc:
            raise ValidationError({"paid_on": exc.message}) from None
        try:
            year = read_year(ui.enrolmentYearEdit.text(), "入学年份")
        except DomainError as exc:
            raise ValidationError({"enrolment_year": exc.message}) from None
        stays = []
        for i, r in enumerate(self.stays_model.rows(), 1):
            try:
                admitted = read_date_text(r["admitted_on"])
                discharged = read_date_text(r["discharged_on"])
            except DomainError as exc:
                raise ValidationError({f"hospital_{i}": f"第{i}次住院：{exc.message}"}) from None
            stays.append(HospitalStayInput(r["hospital"], admitted, discharged, r["cost"] or None,
                                           r["self_paid"] or None))
        kind = self.recipient()
        return DisbursementInput(
            campaign_id=self.campaign_id,
            member_id=self._member_id if kind != "person" else None,
            hardship_file_id=self._file_id if kind == "hardship" else None,
            name=ui.nameEdit.text().strip(), id_number=ui.idNumberEdit.text().strip(),
            unit_name=read_text(ui.unitNameEdit), org_id=self._org_id if kind == "person" else None,
            category=combo_value(ui.categoryCombo), amount=read_text(ui.amountEdit), goods=read_text(ui.goodsEdit),
            goods_value=read_text(ui.goodsValueEdit), paid_on=paid_on, handler=read_text(ui.handlerEdit),
            remark=read_text(ui.remarkEdit), student_name=read_text(ui.studentNameEdit),
            school=read_text(ui.schoolEdit), school_level=combo_value(ui.schoolLevelCombo), enrolment_year=year,
            illness=read_text(ui.illnessEdit), hospital_stays=tuple(stays),
        )

    def save(self) -> None:
        ui, actor = self.ui, self.context.actor
        reason = read_text(ui.overrideReasonEdit) if not ui.overrideGroup.isHidden() else None
        kind = self.recipient()
        if kind == "hardship" and self._file_id is None or kind == "member" and self._member_id is None:
            self.errors.show({"hardship_file_id": self.tr("Find and choose the recipient first")})
            return
        try:
            data = self.input()
            with self.context.db.session() as session:
                if self.row is None:
                    result = create_disbursement(session, actor, data, override_reason=reason, today=self.today)
                else:
                    result = update_disbursement(session, actor, self.row.id, data, self.row.version,
                                                 override_reason=reason, today=self.today)
        except ValidationError as exc:
            if "duplicate" in exc.errors:
                self._offer_override(exc.errors["duplicate"])
                others = {k: v for k, v in exc.errors.items() if k != "duplicate"}
                self.errors.show(others, focus=False)
                ui.overrideReasonEdit.setFocus()
                return
            self.errors.show(exc.errors)
            return
        except ServiceError as exc:
            self.errors.clear()
            ui.messageLabel.setText(exc.message)
            return
        self.saved_id, self.warnings = result.id, result.warnings
        self.context.events.announce("aid")
        if result.warnings:
            QMessageBox.warning(self, self.tr("Saved, but please note"), "\n".join(result.warnings))
        self.accept()

    def _offer_override(self, message: str) -> None:
        """The service refused a second payment: say why, and let the clerk give a reason."""
        ui = self.ui
        ui.overrideGroup.show()
        ui.overrideLabel.setText(message)
        QMessageBox.warning(self, self.tr("Already paid in this campaign"),
                            message + "\n\n" + self.tr("To pay again, write the reason under “Paid twice in this "
                                                       "campaign” and save again."))


def read_date_text(text: str) -> date | None:
    from unionapp.domain.dates import parse_clerk_date

    return parse_clerk_date(text)


def open_disbursement(parent: QWidget | None, context: AppContext, campaign_id: int, *,
                      row: DisbursementRow | None = None, today: date | None = None) -> int | None:
    dialog = DisbursementDialog(context, campaign_id, parent, row=row, today=today)
    try:
        return dialog.saved_id if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
