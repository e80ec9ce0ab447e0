"""The hardship file of one household (困难职工档案, DESIGN §2.3): the worker (a member found by
ID number or name, or a non-member typed in), category and causes, health, work, housing,
incomes with the monthly income per head worked out as the clerk types, the family members,
bank account, opinions, attachments and the reviews so far.

Users without 查看敏感信息 get the masked ID numbers, phone and bank account from the service and
cannot change them; read-only users cannot save; a closed file is shown read-only."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QMimeDatabase, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from unionapp.domain.errors import DomainError
from unionapp.domain.hardship import (
    check_transition,
    parse_amount,
    per_capita_monthly,
)
from unionapp.services.code_lookup import code_options
from unionapp.services.errors import ConflictError, ServiceError, ValidationError
from unionapp.services.hardship import (
    FamilyMemberInput,
    HardshipDetail,
    HardshipInput,
    create_hardship_file,
    get_hardship_file,
    update_hardship_file,
)
from unionapp.services.hardship_attachments import add_attachment, delete_attachment, get_attachment
from unionapp.services.organizations import get_organization
from unionapp.services.rights import Right
from unionapp.ui.context import AppContext
from unionapp.ui.dialogs.aid_support import choose_one, describe_member, find_members
from unionapp.ui.dialogs.choose_org_dialog import ChooseOrgDialog
from unionapp.ui.dialogs.form_support import (
    FieldErrors,
    combo_value,
    fill_combo,
    read_count,
    read_date,
    read_text,
    set_combo_value,
    show_date,
    show_error,
    tidy_date,
)
from unionapp.ui.forms.ui_hardship_dialog import Ui_HardshipDialog
from unionapp.ui.models.editable_rows import ChoiceDelegate, EditableRowsModel
from unionapp.ui.models.rows_table import RowsTableModel

# field → (combo attribute, code table)
_COMBOS = {
    "category": ("categoryCombo", "hardship_category"),
    "main_cause": ("mainCauseCombo", "hardship_cause"),
    "health": ("healthCombo", "health"),
    "marriage": ("marriageCombo", "marriage"),
    "housing": ("housingCombo", "housing"),
    "hukou": ("hukouCombo", "hukou_type"),
    "work_status": ("workStatusCombo", "work_status"),
    "medical_insurance": ("medicalInsuranceCombo", "medical_insurance"),
    "model_worker_type": ("modelWorkerTypeCombo", "model_worker_type"),
}
_CAUSES = ("cause2Combo", "cause3Combo", "cause4Combo")
_LINES = {"name": "nameEdit", "id_number": "idNumberEdit", "unit_name": "unitNameEdit", "phone": "phoneEdit",
          "address": "addressEdit", "filed_on": "filedOnEdit", "monthly_income": "monthlyIncomeEdit",
          "family_annual_income": "familyAnnualIncomeEdit", "family_size": "familySizeEdit",
          "bank_name": "bankNameEdit", "bank_account": "bankAccountEdit"}
_TEXTS = {"situation": "situationEdit", "creator_opinion": "creatorOpinionEdit", "remark": "remarkEdit"}
FAMILY_KEYS = ("name", "relation", "id_number", "age", "occupation", "monthly_income", "health")


def _money(value) -> str:
    return "" if value is None else f"{value:.2f}"


class HardshipDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None, *, file_id: int | None = None,
                 org_id: int | None = None, today: date | None = None):
        super().__init__(parent)
        self.context = context
        self.file_id = file_id
        self.today = today or date.today()
        self.detail: HardshipDetail | None = None
        self.saved_id: int | None = None
        self.warnings: tuple[str, ...] = ()
        self._org_id = org_id
        self._member_id: int | None = None
        self._pending_attachments: list[tuple[str, bytes, str]] = []
        self.ui = Ui_HardshipDialog()
        self.ui.setupUi(self)
        ui = self.ui
        actor = context.actor
        self.can_edit = actor.has(Right.EDIT)

        with context.db.session() as session:
            categories = [c for _w, c in _COMBOS.values()] + ["family_relation"]
            self.options = code_options(session, actor, categories)
        for _key, (name, category) in _COMBOS.items():
            fill_combo(getattr(ui, name), [(o.name, o.name) for o in self.options[category]])
        causes = [o.name for o in self.options["hardship_cause"]]
        for name in _CAUSES:
            fill_combo(getattr(ui, name), [(n, n) for n in causes])

        self.family_model = EditableRowsModel(
            [("name", self.tr("Name")), ("relation", self.tr("Relation")), ("id_number", self.tr("ID number")),
             ("age", self.tr("Age")), ("occupation", self.tr("Work or school")),
             ("monthly_income", self.tr("Monthly income")), ("health", self.tr("Health"))], self)
        ui.familyView.setModel(self.family_model)
        self._relation_delegate = ChoiceDelegate([o.name for o in self.options["family_relation"]], ui.familyView)
        self._health_delegate = ChoiceDelegate([o.name for o in self.options["health"]], ui.familyView)
        ui.familyView.setItemDelegateForColumn(1, self._relation_delegate)
        ui.familyView.setItemDelegateForColumn(6, self._health_delegate)
        ui.familyView.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.attachments_model = RowsTableModel([self.tr("File"), self.tr("Size"), self.tr("Added by"),
                                                 self.tr("Added on")], self)
        ui.attachmentsView.setModel(self.attachments_model)
        ui.attachmentsView.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.reviews_model = RowsTableModel([self.tr("Year"), self.tr("Reviewed on"), self.tr("Conclusion"),
                                             self.tr("Category"), self.tr("Opinion"), self.tr("Reviewed by")], self)
        ui.reviewsView.setModel(self.reviews_model)
        ui.reviewsView.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)

        self.fields: dict[str, QWidget] = {key: getattr(ui, name) for key, name in _LINES.items()}
        self.fields.update({key: getattr(ui, name) for key, (name, _s) in _COMBOS.items()})
        self.fields.update({key: getattr(ui, name) for key, name in _TEXTS.items()})
        self.fields.update(org_id=ui.orgEdit, secondary_causes=ui.cause2Combo, member_id=ui.memberEdit)
        self.errors = FieldErrors(self.fields, ui.messageLabel)
        self.save_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.clicked.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.findMemberButton.clicked.connect(self.find_member)
        ui.memberEdit.returnPressed.connect(self.find_member)
        ui.clearMemberButton.clicked.connect(lambda: self.set_member(None))
        ui.chooseOrgButton.clicked.connect(self._choose_org)
        ui.addFamilyButton.clicked.connect(self._add_family)
        ui.removeFamilyButton.clicked.connect(self._remove_family)
        ui.addAttachmentButton.clicked.connect(lambda: self.add_attachment())
        ui.openAttachmentButton.clicked.connect(self.open_attachment)
        ui.removeAttachmentButton.clicked.connect(self.remove_attachment)
        ui.familyAnnualIncomeEdit.textChanged.connect(lambda _t: self.update_per_capita())
        ui.familySizeEdit.textChanged.connect(lambda _t: self.update_per_capita())
        ui.filedOnEdit.editingFinished.connect(lambda: tidy_date(ui.filedOnEdit))
        ui.attachmentHint.setText(self.tr("Diagnosis, household register and other papers, kept in the database "
                                          "with the file (up to 20 MB each)."))

        if file_id is not None:
            self.reload()
        else:
            self._start_new()
        self._apply_rights()

    # ------------------------------------------------------------------ showing
    def _start_new(self) -> None:
        ui = self.ui
        self.setWindowTitle(self.tr("New hardship file"))
        ui.headerLabel.setText(self.tr("New hardship file"))
        ui.fileNoValue.setText(self.tr("given when saved"))
        ui.statusValue.setText(self.tr("waits for a reviewer after saving"))
        show_date(ui.filedOnEdit, self.today)
        if self._org_id is not None:
            with self.context.db.session() as session:
                org = get_organization(session, self.context.actor, self._org_id)
            ui.orgEdit.setText(org.data.name)
        for widget in (ui.attachmentsTab, ui.reviewsTab):
            ui.tabs.setTabEnabled(ui.tabs.indexOf(widget), widget is ui.attachmentsTab)
        self.update_per_capita()

    def reload(self) -> None:
        with self.context.db.session() as session:
            detail = get_hardship_file(session, self.context.actor, self.file_id, today=self.today)
        self.show_detail(detail)

    def show_detail(self, detail: HardshipDetail) -> None:
        ui, d = self.ui, detail.data
        self.detail = detail
        self._org_id = d.org_id
        self._member_id = d.member_id
        self.setWindowTitle(f"{d.name}（{detail.file_no}）")
        ui.headerLabel.setText(f"{d.name}　{detail.file_no}　{detail.status_label}")
        ui.fileNoValue.setText(detail.file_no)
        ui.statusValue.setText(detail.status_label)
        for key, name in _LINES.items():
            value = getattr(d, key)
            if key in ("monthly_income", "family_annual_income"):
                text = _money(value)
            elif isinstance(value, date):
                text = value.isoformat()
            else:
                text = "" if value is None else str(value)
            getattr(ui, name).setText(text)
        for key, (name, _s) in _COMBOS.items():
            set_combo_value(getattr(ui, name), getattr(d, key))
        for name, cause in zip(_CAUSES, (*d.secondary_causes, None, None, None), strict=False):
            set_combo_value(getattr(ui, name), cause)
        for key, name in _TEXTS.items():
            getattr(ui, name).setPlainText(getattr(d, key) or "")
        ui.singleParentCheck.setChecked(bool(d.single_parent))
        ui.zeroEmploymentCheck.setChecked(bool(d.zero_employment))
        ui.orgEdit.setText(detail.org_name)
        ui.orgEdit.setCursorPosition(0)
        ui.memberEdit.setText(self.tr("Linked to a member") if d.member_id else "")
        self._show_member_lock()
        born = detail.birth_date.isoformat() if detail.birth_date else ""
        ui.sexBirthValue.setText("　".join(p for p in (detail.sex or "", born) if p))
        self.family_model.set_rows([{"name": f.name, "relation": f.relation, "id_number": f.id_number,
                                     "age": f.age, "occupation": f.occupation,
                                     "monthly_income": _money(f.monthly_income), "health": f.health}
                                    for f in detail.family])
        ui.createdByValue.setText(detail.created_by or "")
        reviewer = "：".join(p for p in (detail.reviewed_by or "", detail.reviewer_opinion or "") if p)
        if detail.approved_on:
            reviewer += f"（{detail.approved_on.isoformat()}）"
        ui.reviewerValue.setText(reviewer)
        closed = ""
        if detail.closed_on:
            closed = f"{detail.status_label} {detail.closed_on.isoformat()}：{detail.close_reason or ''}"
            if detail.watch_until:
                closed += self.tr("; watched until %1").replace("%1", detail.watch_until.isoformat())
        ui.closedValue.setText(closed)
        ui.aidValue.setText(self.tr("%1 times, %2 yuan in all").replace("%1", str(detail.aid_count))
                            .replace("%2", f"{detail.aid_total:,.2f}"))
        self._show_attachments()
        self.reviews_model.set_rows([[str(r.year), r.reviewed_on.isoformat(), r.result,
                                      r.category_after or "", r.opinion or "", r.reviewed_by or ""]
                                     for r in detail.reviews])
        if detail.masked:
            # What cannot be read cannot be corrected: masked values stay as the service sent them.
            for edit in (ui.idNumberEdit, ui.phoneEdit, ui.bankAccountEdit):
                edit.setReadOnly(True)
                edit.setToolTip(self.tr("Shown masked: you do not have the right to see ID numbers"))
        self.update_per_capita()

    def _show_attachments(self) -> None:
        rows = self.detail.attachments if self.detail else ()
        pending = [(name, len(data), self.tr("(added when saved)")) for name, data, _m in self._pending_attachments]
        self.attachments_model.set_rows(
            [[a.filename, f"{a.size / 1024:,.0f} KB", a.uploaded_by or "", a.uploaded_at.strftime("%Y-%m-%d")]
             for a in rows] + [[n, f"{s / 1024:,.0f} KB", who, ""] for n, s, who in pending],
            list(rows) + [None] * len(pending))

    def _show_member_lock(self) -> None:
        """A member's name, ID number and union come from the member record."""
        linked = self._member_id is not None
        for edit in (self.ui.nameEdit, self.ui.idNumberEdit):
            edit.setReadOnly(linked or not self.can_edit)
        self.ui.clearMemberButton.setEnabled(linked and self.can_edit)

    def _apply_rights(self) -> None:
        ui = self.ui
        closed = self.detail is not None and check_transition(self.detail.status, "edit") is not None
        if closed:
            ui.messageLabel.setText(self.tr("This file is closed and can no longer be changed."))
        if self.can_edit and not closed:
            return
        for widget in self.findChildren(QLineEdit) + self.findChildren(QPlainTextEdit):
            widget.setReadOnly(True)
        for widget in self.findChildren(QComboBox):
            widget.setEnabled(False)
        for widget in (ui.singleParentCheck, ui.zeroEmploymentCheck):
            widget.setEnabled(False)
        for widget in (ui.findMemberButton, ui.clearMemberButton, ui.chooseOrgButton, ui.addFamilyButton,
                       ui.removeFamilyButton, ui.addAttachmentButton, ui.removeAttachmentButton):
            widget.hide()
        self.family_model.read_only = True
        self.save_button.hide()

    # ------------------------------------------------------------------ live figures
    def update_per_capita(self) -> None:
        label = self.ui.perCapitaValue
        try:
            income = parse_amount(self.ui.familyAnnualIncomeEdit.text(), "家庭年收入")
            size = read_count(self.ui.familySizeEdit)
        except DomainError as exc:
            label.setText(exc.message)
            return
        value = per_capita_monthly(income, size)
        label.setText(self.tr("%1 yuan").replace("%1", f"{value:,.2f}") if value is not None else
                      self.tr("family yearly income ÷ 12 ÷ family size"))

    # ------------------------------------------------------------------ the worker
    def find_member(self) -> None:
        rows = find_members(self.context, self.ui.memberEdit.text())
        row = choose_one(self, self.tr("Find a member"), rows, describe_member)
        if row is not None:
            self.set_member(row)

    def set_member(self, row) -> None:
        """Link the file to a member (a MemberRow), or unlink it (None: a non-member worker)."""
        ui = self.ui
        if row is None:
            self._member_id = None
            ui.memberEdit.clear()
        else:
            self._member_id = row.id
            ui.memberEdit.setText(f"{row.name}　{row.member_no}")
            ui.nameEdit.setText(row.name)
            ui.idNumberEdit.setText(row.id_number)
            self._org_id = row.org_id
            ui.orgEdit.setText(row.org_name)
            ui.orgEdit.setCursorPosition(0)
            if not ui.phoneEdit.text() and row.phone and "*" not in row.phone:
                ui.phoneEdit.setText(row.phone)
        self._show_member_lock()

    def _choose_org(self) -> None:
        node = ChooseOrgDialog.choose(self, self.context, title=self.tr("The file's union"), current_id=self._org_id,
                                      selectable=lambda n: n.status == "normal")
        if node is not None:
            self._org_id = node.id
            self.ui.orgEdit.setText(node.name)
            self.ui.orgEdit.setCursorPosition(0)

    def _add_family(self) -> None:
        row = self.family_model.add_row()
        self.ui.familyView.edit(self.family_model.index(row, 0))

    def _remove_family(self) -> None:
        index = self.ui.familyView.currentIndex()
        if index.isValid():
            self.family_model.remove_row(index.row())

    # ------------------------------------------------------------------ attachments
    def add_attachment(self, path: str | None = None) -> None:
        if path is None:
            path, _filter = QFileDialog.getOpenFileName(self, self.tr("Add an attachment"), "",
                                                        self.tr("Scans and documents (*.jpg *.jpeg *.png *.pdf "
                                                                "*.doc *.docx);;All files (*)"))
        if not path:
            return
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            show_error(self, str(exc))
            return
        mime = QMimeDatabase().mimeTypeForFile(path).name()
        name = Path(path).name
        if self.file_id is None:
            self._pending_attachments.append((name, data, mime))
        else:
            try:
                with self.context.db.session() as session:
                    add_attachment(session, self.context.actor, self.file_id, name, data, mime)
            except ServiceError as exc:
                show_error(self, exc.message)
                return
            self._refresh_attachments()
        self._show_attachments()

    def _refresh_attachments(self) -> None:
        with self.context.db.session() as session:
            detail = get_hardship_file(session, self.context.actor, self.file_id, today=self.today)
        self.detail = detail

    def _selected_attachment(self):
        index = self.ui.attachmentsView.currentIndex()
        return (index.row(), self.attachments_model.object_at(index.row())) if index.isValid() else (-1, None)

    def open_attachment(self) -> Path | None:
        _row, info = self._selected_attachment()
        if info is None:
            return None
        try:
            with self.context.db.session() as session:
                name, _mime, data = get_attachment(session, self.context.actor, info.id)
        except ServiceError as exc:
            show_error(self, exc.message)
            return None
        target = Path(tempfile.mkdtemp(prefix="unionapp-attachment-")) / name
        target.write_bytes(data)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
        return target

    def remove_attachment(self) -> None:
        row, info = self._selected_attachment()
        if row < 0:
            return
        if info is None:  # not saved yet
            del self._pending_attachments[row - len(self.detail.attachments if self.detail else ())]
            self._show_attachments()
            return
        answer = QMessageBox.question(self, self.tr("Remove the attachment"),
                                      self.tr("Remove “%1” from the file?").replace("%1", info.filename))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with self.context.db.session() as session:
                delete_attachment(session, self.context.actor, info.id)
        except ServiceError as exc:
            show_error(self, exc.message)
            return
        self._refresh_attachments()
        self._show_attachments()

    # ------------------------------------------------------------------ saving
    def input(self) -> HardshipInput:
        """What the form holds; DomainError (with the field in .field) for a date or count the
        clerk typed wrong."""
        ui = self.ui
        try:
            filed_on = read_date(ui.filedOnEdit, today=self.today, allow_future=False)
        except DomainError as exc:
            raise ValidationError({"filed_on": exc.message}) from None
        try:
            size = read_count(ui.familySizeEdit)
        except DomainError as exc:
            raise ValidationError({"family_size": exc.message}) from None
        family = []
        for i, r in enumerate(self.family_model.rows(), 1):
            age = r["age"].strip()
            if age and not age.isdigit():
                raise ValidationError({f"family_{i}": f"第{i}位家庭成员的年龄请填写数字"})
            family.append(FamilyMemberInput(name=r["name"], relation=r["relation"], id_number=r["id_number"] or None,
                                            age=int(age) if age else None, occupation=r["occupation"] or None,
                                            monthly_income=r["monthly_income"] or None, health=r["health"] or None))
        values = {key: combo_value(getattr(ui, name)) for key, (name, _s) in _COMBOS.items()}
        values.update({key: read_text(getattr(ui, name)) for key, name in _TEXTS.items()})
        return HardshipInput(
            member_id=self._member_id, name=ui.nameEdit.text().strip(), id_number=ui.idNumberEdit.text().strip(),
            unit_name=read_text(ui.unitNameEdit), org_id=self._org_id, phone=read_text(ui.phoneEdit),
            address=read_text(ui.addressEdit), category=values.pop("category") or "",
            main_cause=values.pop("main_cause") or "",
            secondary_causes=tuple(c for c in (combo_value(getattr(ui, n)) for n in _CAUSES) if c),
            monthly_income=read_text(ui.monthlyIncomeEdit), family_annual_income=read_text(ui.familyAnnualIncomeEdit),
            family_size=size, single_parent=ui.singleParentCheck.isChecked(),
            zero_employment=ui.zeroEmploymentCheck.isChecked(), bank_name=read_text(ui.bankNameEdit),
            bank_account=read_text(ui.bankAccountEdit), filed_on=filed_on, family=tuple(family), **values,
        )

    def save(self) -> None:
        actor = self.context.actor
        try:
            data = self.input()
            with self.context.db.session() as session:
                if self.file_id is None:
                    result = create_hardship_file(session, actor, data, today=self.today)
                    for name, content, mime in self._pending_attachments:
                        add_attachment(session, actor, result.id, name, content, mime)
                else:
                    result = update_hardship_file(session, actor, self.file_id, data, self.detail.version,
                                                  today=self.today)
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return
        except ConflictError as exc:
            self.ui.messageLabel.setText(exc.message)
            QMessageBox.warning(self, self.tr("Saved by someone else"), exc.message)
            return
        except ServiceError as exc:
            self.errors.clear()
            self.ui.messageLabel.setText(exc.message)
            return
        self.saved_id, self.warnings = result.id, result.warnings
        self._pending_attachments = []
        self.context.events.announce("hardship")
        if result.warnings:
            QMessageBox.information(self, self.tr("Saved"), self.tr("Saved as file no. %1. Please note:")
                                    .replace("%1", result.file_no) + "\n" + "\n".join(result.warnings))
        self.accept()


def open_hardship_file(parent: QWidget | None, context: AppContext, file_id: int | None = None, *,
                       org_id: int | None = None, today: date | None = None) -> int | None:
    """Show the dialog modally; the saved file's id, or None."""
    dialog = HardshipDialog(context, parent, file_id=file_id, org_id=org_id, today=today)
    try:
        return dialog.saved_id if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
