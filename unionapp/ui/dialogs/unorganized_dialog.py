"""One 未建会单位 with its follow-up log ("四清": 单位数清, 农民工人数清, 基本情况清, 未建会原因清), and
the 建会 dialog that turns it into a grassroots union keeping that log."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLineEdit, QPlainTextEdit, QWidget

from unionapp.domain.credit_code import validate_credit_code
from unionapp.domain.errors import DomainError
from unionapp.services.code_lookup import code_options
from unionapp.services.errors import ConflictError, ServiceError, ValidationError
from unionapp.services.organizations import OrgNode, organization_tree
from unionapp.services.organizing import (
    EmployerDetail,
    EmployerInput,
    add_follow_up,
    convert_to_union,
    create_employer,
    get_employer,
    suggested_union_name,
    update_employer,
)
from unionapp.services.rights import Right
from unionapp.ui.context import AppContext
from unionapp.ui.dialogs.choose_org_dialog import ChooseOrgDialog
from unionapp.ui.dialogs.form_support import (
    FieldErrors,
    combo_value,
    fill_combo,
    read_count,
    read_date,
    read_text,
    set_combo_value,
    show_count,
    show_date,
    tidy_date,
)
from unionapp.ui.forms.ui_unorganized_convert import Ui_ConvertEmployerDialog
from unionapp.ui.forms.ui_unorganized_dialog import Ui_UnorganizedDialog
from unionapp.ui.models.rows_table import RowsTableModel


def township_nodes(context: AppContext) -> list[OrgNode]:
    with context.db.session() as session:
        return [n for n in organization_tree(session, context.actor) if n.level == "township"]


class UnorganizedDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None, *, employer_id: int | None = None,
                 township_id: int | None = None):
        super().__init__(parent)
        self.context = context
        self.employer_id = employer_id
        self.saved_id: int | None = None
        self.version: int | None = None
        self.ui = Ui_UnorganizedDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.errors = FieldErrors({
            "name": ui.nameEdit, "credit_code": ui.creditCodeEdit, "township_org_id": ui.townshipCombo,
            "workers": ui.workersEdit, "migrant_workers": ui.migrantWorkersEdit, "planned_on": ui.plannedOnEdit,
        }, ui.messageLabel)
        self.log_errors = FieldErrors({"on": ui.followUpDateEdit, "note": ui.followUpNoteEdit}, ui.messageLabel)
        self.save_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.clicked.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.addFollowUpButton.clicked.connect(self.add_entry)
        for edit in (ui.plannedOnEdit, ui.followUpDateEdit):
            edit.editingFinished.connect(lambda edit=edit: tidy_date(edit))
        ui.creditCodeEdit.textChanged.connect(lambda _t: self._live_check())
        ui.workersEdit.textChanged.connect(lambda _t: self._live_check())
        ui.migrantWorkersEdit.textChanged.connect(lambda _t: self._live_check())
        self.log_model = RowsTableModel([self.tr("Date"), self.tr("By"), self.tr("What was done")], self)
        ui.followUpView.setModel(self.log_model)
        ui.followUpView.verticalHeader().hide()
        ui.followUpView.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        ui.followUpView.setEditTriggers(ui.followUpView.EditTrigger.NoEditTriggers)
        show_date(ui.followUpDateEdit, date.today())
        ui.followUpByEdit.setText(context.actor.username)

        with context.db.session() as session:
            options = code_options(session, context.actor, ["unit_category", "industry", "no_union_reason"])
        fill_combo(ui.unitCategoryCombo, [(o.name, o.name) for o in options["unit_category"]])
        fill_combo(ui.industryCombo, [(f"{o.code} {o.name}", o.code) for o in options["industry"]])
        fill_combo(ui.reasonCombo, [(o.name, o.name) for o in options["no_union_reason"]])
        fill_combo(ui.townshipCombo, [(n.name, n.id) for n in township_nodes(context)])
        if employer_id is not None:
            self.reload()
        else:
            self.setWindowTitle(self.tr("New employer without a union"))
            ui.statusValue.setText(self.tr("No union yet"))
            set_combo_value(ui.townshipCombo, township_id)
            ui.followUpBox.setEnabled(False)
            ui.followUpBox.setTitle(self.tr("Follow-up log (available once saved)"))
        if not context.actor.has(Right.EDIT):
            self._read_only(log_too=True)

    def reload(self) -> None:
        with self.context.db.session() as session:
            detail = get_employer(session, self.context.actor, self.employer_id)
        self.show_detail(detail)

    def show_detail(self, detail: EmployerDetail) -> None:
        ui, data = self.ui, detail.data
        self.version = detail.version
        self.setWindowTitle(data.name)
        ui.nameEdit.setText(data.name)
        ui.creditCodeEdit.setText(data.credit_code or "")
        set_combo_value(ui.unitCategoryCombo, data.unit_category)
        set_combo_value(ui.industryCombo, data.industry)
        ui.addressEdit.setText(data.address or "")
        set_combo_value(ui.townshipCombo, data.township_org_id)
        show_count(ui.workersEdit, data.workers)
        show_count(ui.migrantWorkersEdit, data.migrant_workers)
        set_combo_value(ui.reasonCombo, data.reason)
        ui.reasonDetailEdit.setPlainText(data.reason_detail or "")
        ui.responsiblePersonEdit.setText(data.responsible_person or "")
        show_date(ui.plannedOnEdit, data.planned_on)
        ui.remarkEdit.setPlainText(data.remark or "")
        if detail.status == "organized":
            ui.statusValue.setText(self.tr("Union founded on %1: %2").replace(
                "%1", detail.organized_on.isoformat() if detail.organized_on else "").replace(
                "%2", detail.organized_org_name or ""))
            self._read_only(log_too=True)
        else:
            ui.statusValue.setText(detail.status_label)
        self._show_log(detail)

    def _show_log(self, detail: EmployerDetail) -> None:
        self.log_model.set_rows([[e.on.isoformat(), e.by or "", e.note] for e in detail.follow_ups])
        self.ui.followUpView.resizeRowsToContents()

    def _read_only(self, *, log_too: bool) -> None:
        for widget in self.findChildren(QLineEdit) + self.findChildren(QPlainTextEdit):
            widget.setReadOnly(True)
        for combo in (self.ui.unitCategoryCombo, self.ui.industryCombo, self.ui.townshipCombo, self.ui.reasonCombo):
            combo.setEnabled(False)
        self.save_button.hide()
        if log_too:
            self.ui.addFollowUpButton.setEnabled(False)

    def collect(self) -> tuple[EmployerInput, dict[str, str]]:
        ui = self.ui
        errors: dict[str, str] = {}
        counts = {}
        for key, edit in (("workers", ui.workersEdit), ("migrant_workers", ui.migrantWorkersEdit)):
            try:
                counts[key] = read_count(edit)
            except DomainError as exc:
                errors[key], counts[key] = exc.message, None
        try:
            planned = read_date(ui.plannedOnEdit)
        except DomainError as exc:
            errors["planned_on"], planned = exc.message, None
        data = EmployerInput(
            name=read_text(ui.nameEdit) or "", credit_code=read_text(ui.creditCodeEdit),
            unit_category=combo_value(ui.unitCategoryCombo), industry=combo_value(ui.industryCombo),
            address=read_text(ui.addressEdit), township_org_id=ui.townshipCombo.currentData(),
            reason=combo_value(ui.reasonCombo), reason_detail=read_text(ui.reasonDetailEdit),
            responsible_person=read_text(ui.responsiblePersonEdit), planned_on=planned,
            remark=read_text(ui.remarkEdit), **counts,
        )
        return data, errors

    def _live_check(self) -> None:
        data, errors = self.collect()
        if data.credit_code:
            try:
                validate_credit_code(data.credit_code)
            except DomainError as exc:
                errors["credit_code"] = exc.message
        if "workers" not in errors and "migrant_workers" not in errors and data.workers is not None \
                and (data.migrant_workers or 0) > data.workers:
            errors["migrant_workers"] = self.tr("There cannot be more migrant workers than workers")
        self.errors.show({k: v for k, v in errors.items() if k in ("credit_code", "workers", "migrant_workers",
                                                                     "planned_on")}, focus=False)

    def save(self) -> None:
        data, errors = self.collect()
        if errors:
            self.errors.show(errors)
            return
        try:
            with self.context.db.session() as session:
                if self.employer_id is None:
                    self.saved_id = create_employer(session, self.context.actor, data)
                else:
                    update_employer(session, self.context.actor, self.employer_id, data, self.version)
                    self.saved_id = self.employer_id
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return
        except (ConflictError, ServiceError) as exc:
            self.ui.messageLabel.setText(exc.message)
            return
        self.context.events.announce("unorganized")
        self.accept()

    def add_entry(self) -> None:
        ui = self.ui
        try:
            on = read_date(ui.followUpDateEdit, allow_future=False)
        except DomainError as exc:
            self.log_errors.show({"on": exc.message})
            return
        try:
            with self.context.db.session() as session:
                add_follow_up(session, self.context.actor, self.employer_id, on, read_text(ui.followUpNoteEdit) or "",
                              by=read_text(ui.followUpByEdit))
        except ValidationError as exc:
            self.log_errors.show(exc.errors)
            return
        except ServiceError as exc:
            self.ui.messageLabel.setText(exc.message)
            return
        self.log_errors.clear()
        ui.followUpNoteEdit.clear()
        self.context.events.announce("unorganized")
        # Only the log is reloaded, so anything typed in the employer's fields is kept.
        with self.context.db.session() as session:
            detail = get_employer(session, self.context.actor, self.employer_id)
        self._show_log(detail)


class ConvertEmployerDialog(QDialog):
    """建会: name the new union, choose where it sits, date it."""

    def __init__(self, context: AppContext, detail: EmployerDetail, parent: QWidget | None = None):
        super().__init__(parent)
        self.context, self.detail = context, detail
        self.org_id: int | None = None
        self.ui = Ui_ConvertEmployerDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.headerLabel.setText(self.tr("Found a grassroots union at “%1”. The employer's details and its "
                                       "follow-up log go with the new union.").replace("%1", detail.data.name))
        ui.unionNameEdit.setText(suggested_union_name(detail.data.name))
        self._parent_id = detail.data.township_org_id
        ui.parentEdit.setText(detail.township_name or "")
        with context.db.session() as session:
            options = code_options(session, context.actor, ["union_type"])
        fill_combo(ui.unionTypeCombo, [(o.name, o.name) for o in options["union_type"]])
        set_combo_value(ui.unionTypeCombo, "单独基层工会" if options["union_type"] else None)
        show_date(ui.foundedOnEdit, date.today())
        ui.foundedOnEdit.editingFinished.connect(lambda: tidy_date(ui.foundedOnEdit))
        ui.chooseParentButton.clicked.connect(self._choose_parent)
        self.errors = FieldErrors({"name": ui.unionNameEdit, "parent_id": ui.parentEdit,
                                   "founded_on": ui.foundedOnEdit, "approval_no": ui.approvalNoEdit}, ui.messageLabel)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Found the union"))
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)

    def _choose_parent(self) -> None:
        node = ChooseOrgDialog.choose(
            self, self.context, title=self.tr("Parent union"), current_id=self._parent_id,
            selectable=lambda n: n.status == "normal" and n.level in ("county", "township", "industry", "federation"),
        )
        if node is not None:
            self._parent_id = node.id
            self.ui.parentEdit.setText(node.name)

    def save(self) -> None:
        ui = self.ui
        try:
            founded = read_date(ui.foundedOnEdit, allow_future=False)
        except DomainError as exc:
            self.errors.show({"founded_on": exc.message})
            return
        if self._parent_id is None:
            self.errors.show({"parent_id": self.tr("Choose the parent union")})
            return
        try:
            with self.context.db.session() as session:
                self.org_id = convert_to_union(
                    session, self.context.actor, self.detail.id, parent_id=self._parent_id,
                    union_name=read_text(ui.unionNameEdit) or "", founded_on=founded,
                    union_type=combo_value(ui.unionTypeCombo), approval_no=read_text(ui.approvalNoEdit),
                    expected_version=self.detail.version,
                )
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return
        except ServiceError as exc:
            ui.messageLabel.setText(exc.message)
            return
        self.context.events.announce("organization")
        self.context.events.announce("unorganized")
        self.accept()
