"""The union record of DESIGN §2.1, new or existing, with checks shown beside each field as the
clerk types (the same checks the service applies when saving)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from unionapp.domain.errors import DomainError
from unionapp.domain.org_levels import ALLOWED_PARENTS, LEVEL_LABELS, ORG_STATUS_LABELS, check_parent
from unionapp.services.code_lookup import code_options
from unionapp.services.errors import ConflictError, ServiceError, ValidationError
from unionapp.services.organizations import (
    OrgInput,
    OrgNode,
    create_organization,
    get_organization,
    update_organization,
    validate_org_input,
)
from unionapp.services.organizing import organizing_history
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
    show_error,
    tidy_date,
)
from unionapp.ui.forms.ui_organization_dialog import Ui_OrganizationDialog
from unionapp.ui.models.rows_table import RowsTableModel

_TEXT_FIELDS = ("name", "short_name", "township_name", "approval_no", "employer_name", "credit_code", "address",
                "chair_name", "chair_phone", "legal_cert_no", "covered_units", "remark")
_DATE_FIELDS = ("founded_on", "term_start", "term_end", "legal_cert_date", "congress_on", "open_affairs_on",
                "collective_contract_on")
_COUNT_FIELDS = ("workers", "female_workers", "migrant_workers", "term_number", "full_time_cadres")
_FLAGS = ("has_congress", "has_open_affairs", "has_collective_contract", "has_audit_committee",
          "has_women_committee", "has_mediation_committee")
_COMBOS = {"union_type": "unionTypeCombo", "unit_category": "unitCategoryCombo", "industry": "industryCombo"}


def _camel(key: str) -> str:
    head, *rest = key.split("_")
    return head + "".join(part.capitalize() for part in rest)


def child_levels(parent_level: str | None) -> list[str]:
    """The levels that may sit under `parent_level`, in tree order."""
    return [level for level in LEVEL_LABELS if check_parent(level, parent_level) is None]


class OrganizationDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None, *, org_id: int | None = None,
                 parent_id: int | None = None, level: str | None = None):
        super().__init__(parent)
        self.context = context
        self.org_id = org_id
        self.saved_id: int | None = None
        self.ui = Ui_OrganizationDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.version: int | None = None
        self._parent_id = parent_id
        self._parent_level: str | None = None
        self._touched: set[str] = set()
        self._loaded = False

        fields: dict[str, QWidget] = {key: getattr(ui, _camel(key) + "Edit") for key in
                                      (*_TEXT_FIELDS, *_DATE_FIELDS, *_COUNT_FIELDS)}
        fields.update({key: getattr(ui, name) for key, name in _COMBOS.items()})
        fields.update(level=ui.levelCombo, parent_id=ui.parentEdit, new_employment_tags=ui.newEmploymentList,
                      status=ui.statusValue)
        self.fields = fields
        self.errors = FieldErrors(fields, ui.messageLabel)
        self.save_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.clicked.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.chooseParentButton.clicked.connect(self._choose_parent)
        ui.levelCombo.currentIndexChanged.connect(lambda _i: self._touch("level"))

        with context.db.session() as session:
            options = code_options(session, context.actor,
                                   ["union_type", "unit_category", "industry", "new_employment_form"])
            detail = get_organization(session, context.actor, org_id) if org_id is not None else None
            history = organizing_history(session, context.actor, org_id) if org_id is not None else None
            parent_detail = None
            parent_key = detail.data.parent_id if detail else parent_id
            if parent_key is not None:
                parent_detail = get_organization(session, context.actor, parent_key)
        fill_combo(ui.unionTypeCombo, [(o.name, o.name) for o in options["union_type"]])
        fill_combo(ui.unitCategoryCombo, [(o.name, o.name) for o in options["unit_category"]])
        fill_combo(ui.industryCombo, [(f"{o.code} {o.name}", o.code) for o in options["industry"]])
        self._tags = [o.name for o in options["new_employment_form"]]
        if parent_detail is not None:
            self._set_parent(parent_detail.id, parent_detail.data.name, parent_detail.data.level)
        if detail is not None:
            self._show(detail)
        else:
            self._set_levels(level)
            self._fill_tags(None)
            ui.headerLabel.setText(self.tr("New union"))
            self.setWindowTitle(self.tr("New union"))
            ui.statusValue.setText(ORG_STATUS_LABELS["normal"])
            ui.memberCountValue.setText(self.tr("counted from the members once there are some"))
        self._show_history(history)
        self._connect_live_checks()
        if not context.actor.has(Right.EDIT):
            self._read_only()
        self._loaded = True

    # ------------------------------------------------------------------ showing a record
    def _set_levels(self, current: str | None) -> None:
        levels = child_levels(self._parent_level) if self.org_id is None else list(LEVEL_LABELS)
        fill_combo(self.ui.levelCombo, [(LEVEL_LABELS[lv], lv) for lv in levels], blank=False)
        if current in levels:
            set_combo_value(self.ui.levelCombo, current)
        elif "grassroots" in levels and self._parent_level in ("township", "industry", "federation"):
            set_combo_value(self.ui.levelCombo, "grassroots")

    def _set_parent(self, parent_id: int, name: str, level: str) -> None:
        self._parent_id, self._parent_level = parent_id, level
        self.ui.parentEdit.setText(name)

    def _show(self, detail) -> None:
        ui, data = self.ui, detail.data
        self.version = detail.version
        self._set_levels(data.level)
        ui.levelCombo.setEnabled(False)  # a level never changes; moving is done from the tree
        ui.chooseParentButton.setEnabled(False)
        ui.chooseParentButton.setToolTip(self.tr("Use “Move…” on the tree to change the parent union"))
        ui.headerLabel.setText(data.name)
        self.setWindowTitle(data.name)
        for key in _TEXT_FIELDS:
            widget = self.fields[key]
            value = getattr(data, key) or ""
            widget.setPlainText(value) if isinstance(widget, QPlainTextEdit) else widget.setText(value)
        for key in _DATE_FIELDS:
            show_date(self.fields[key], getattr(data, key))
        for key in _COUNT_FIELDS:
            show_count(self.fields[key], getattr(data, key))
        for key in _COMBOS:
            set_combo_value(self.fields[key], getattr(data, key))
        for key in _FLAGS:
            getattr(ui, _camel(key) + "Check").setChecked(bool(getattr(data, key)))
        self._fill_tags(data.new_employment_tags)
        ui.memberCountValue.setText(self.tr("%1 (counted from the member records)").replace(
            "%1", str(detail.member_count)))
        status = ORG_STATUS_LABELS.get(detail.status, detail.status)
        if detail.status != "normal" and detail.status_on:
            status += f"（{detail.status_on.isoformat()}，{detail.status_reason or ''}）"
        ui.statusValue.setText(status)

    def _fill_tags(self, stored: str | None) -> None:
        chosen = [t.strip() for t in (stored or "").replace("，", ",").split(",") if t.strip()]
        widget = self.ui.newEmploymentList
        widget.clear()
        for name in self._tags + [t for t in chosen if t not in self._tags]:
            item = QListWidgetItem(name, widget)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if name in chosen else Qt.CheckState.Unchecked)

    def _show_history(self, history) -> None:
        ui = self.ui
        index = ui.tabs.indexOf(ui.historyTab)
        ui.tabs.setTabVisible(index, history is not None)
        if history is None:
            return
        model = RowsTableModel([self.tr("Date"), self.tr("By"), self.tr("What was done")], self)
        model.set_rows([[e.on.isoformat(), e.by or "", e.note] for e in history.follow_ups])
        ui.historyView.setModel(model)
        ui.historyView.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        ui.historyView.verticalHeader().hide()
        ui.historyView.setEditTriggers(ui.historyView.EditTrigger.NoEditTriggers)

    def _read_only(self) -> None:
        for widget in self.findChildren(QLineEdit) + self.findChildren(QPlainTextEdit):
            widget.setReadOnly(True)
        for name in (*_COMBOS.values(), "levelCombo"):
            getattr(self.ui, name).setEnabled(False)
        for key in _FLAGS:
            getattr(self.ui, _camel(key) + "Check").setEnabled(False)
        self.ui.newEmploymentList.setEnabled(False)
        self.ui.chooseParentButton.setEnabled(False)
        self.save_button.hide()

    # ------------------------------------------------------------------ reading and checking
    def _connect_live_checks(self) -> None:
        for key in (*_TEXT_FIELDS, *_COUNT_FIELDS, *_DATE_FIELDS):
            widget = self.fields[key]
            if isinstance(widget, QLineEdit):
                widget.textChanged.connect(lambda _t, key=key: self._touch(key))
        for key in _DATE_FIELDS:
            self.fields[key].editingFinished.connect(lambda key=key: tidy_date(self.fields[key]))

    def _touch(self, key: str) -> None:
        if not self._loaded:
            return
        self._touched.add(key)
        if key == "workers":  # the sub-counts are judged against the total
            self._touched.update({"female_workers", "migrant_workers"})
        if key in ("term_start", "term_end"):
            self._touched.update({"term_start", "term_end"})
        self.check()

    def check(self, *, everything: bool = False) -> dict[str, str]:
        """Run the checks; show messages for the fields touched so far (all when saving)."""
        data, errors = self.collect()
        if data is not None:
            errors = {**validate_org_input(data), **errors}
        shown = errors if everything else {k: v for k, v in errors.items() if k in self._touched}
        self.errors.show(shown, focus=everything)
        return errors

    def collect(self) -> tuple[OrgInput | None, dict[str, str]]:
        """The form as an OrgInput, with the fields that could not even be read."""
        ui = self.ui
        errors: dict[str, str] = {}
        values: dict[str, object] = {}
        for key in _TEXT_FIELDS:
            values[key] = read_text(self.fields[key])
        for key in _DATE_FIELDS:
            try:
                values[key] = read_date(self.fields[key])
            except DomainError as exc:
                errors[key], values[key] = exc.message, None
        for key in _COUNT_FIELDS:
            try:
                values[key] = read_count(self.fields[key])
            except DomainError as exc:
                errors[key], values[key] = exc.message, None
        for key in _COMBOS:
            values[key] = combo_value(self.fields[key])
        for key in _FLAGS:
            values[key] = getattr(ui, _camel(key) + "Check").isChecked()
        values["new_employment_tags"] = ",".join(
            ui.newEmploymentList.item(i).text() for i in range(ui.newEmploymentList.count())
            if ui.newEmploymentList.item(i).checkState() == Qt.CheckState.Checked
        ) or None
        level = combo_value(ui.levelCombo)
        if not level:
            errors["level"] = self.tr("Choose the level of the organisation")
        if self.org_id is None and level and ALLOWED_PARENTS.get(level) and self._parent_id is None:
            errors["parent_id"] = self.tr("Choose the parent union")
        data = OrgInput(level=level or "", name=values.pop("name") or "", parent_id=self._parent_id, **values)
        return data, errors

    # ------------------------------------------------------------------ actions
    def _choose_parent(self) -> None:
        level = combo_value(self.ui.levelCombo)
        node = ChooseOrgDialog.choose(
            self, self.context, title=self.tr("Parent union"),
            selectable=lambda n: n.status == "normal" and (not level or check_parent(level, n.level) is None),
            current_id=self._parent_id,
        )
        if node is not None:
            self._set_parent(node.id, node.name, node.level)
            if self.org_id is None:
                self._set_levels(level)
            self._touch("parent_id")

    def save(self) -> None:
        errors = self.check(everything=True)
        if errors:
            return
        data, _errors = self.collect()
        try:
            with self.context.db.session() as session:
                if self.org_id is None:
                    self.saved_id = create_organization(session, self.context.actor, data)
                else:
                    update_organization(session, self.context.actor, self.org_id, data, self.version)
                    self.saved_id = self.org_id
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return
        except ConflictError as exc:
            self.ui.messageLabel.setText(exc.message)
            QMessageBox.warning(self, self.tr("Saved by someone else"), exc.message)
            return
        except ServiceError as exc:
            show_error(self, exc.message)
            return
        self.context.events.announce("organization")
        self.accept()


def edit_organization(parent: QWidget | None, context: AppContext, org_id: int) -> int | None:
    dialog = OrganizationDialog(context, parent, org_id=org_id)
    try:
        return dialog.saved_id if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def new_organization(parent: QWidget | None, context: AppContext, parent_node: OrgNode | None) -> int | None:
    dialog = OrganizationDialog(context, parent, parent_id=parent_node.id if parent_node else None)
    try:
        return dialog.saved_id if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
