"""审计日志: who did what and when, filtered by user, record kind and number, action and dates;
the selected entry's record before → after is laid out field by field below the list."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QModelIndex
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from unionapp.domain.member_check import FIELD_LABELS as MEMBER_FIELD_LABELS
from unionapp.domain.membership import STATUS_LABELS
from unionapp.domain.org_levels import LEVEL_LABELS, ORG_STATUS_LABELS
from unionapp.services import audit, users
from unionapp.services.audit import AuditRow
from unionapp.services.rights import ROLE_LABELS, SYSTEM_ACTOR
from unionapp.ui.context import AppContext
from unionapp.ui.forms.ui_audit_page import Ui_AuditPage
from unionapp.ui.models.audit_model import (
    COL_AT,
    COL_SUMMARY,
    ENTITY_LABELS,
    AuditFilter,
    AuditModel,
    entity_label,
)

# Field names of organisations, employers and accounts as they appear in before → after (the
# member fields have their labels in the domain already).
FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("AuditPage", "Name"),
    "status": QT_TRANSLATE_NOOP("AuditPage", "Status"),
    "status_on": QT_TRANSLATE_NOOP("AuditPage", "Status since"),
    "status_reason": QT_TRANSLATE_NOOP("AuditPage", "Reason for the status"),
    "reason": QT_TRANSLATE_NOOP("AuditPage", "Reason"),
    "on": QT_TRANSLATE_NOOP("AuditPage", "Date"),
    "remark": QT_TRANSLATE_NOOP("AuditPage", "Remarks"),
    "id": QT_TRANSLATE_NOOP("AuditPage", "No."),
    "path": QT_TRANSLATE_NOOP("AuditPage", "Position in the tree"),
    "parent_id": QT_TRANSLATE_NOOP("AuditPage", "Parent union"),
    "level": QT_TRANSLATE_NOOP("AuditPage", "Level"),
    "short_name": QT_TRANSLATE_NOOP("AuditPage", "Short name"),
    "union_type": QT_TRANSLATE_NOOP("AuditPage", "Union type"),
    "covered_units": QT_TRANSLATE_NOOP("AuditPage", "Units covered"),
    "township_name": QT_TRANSLATE_NOOP("AuditPage", "Township"),
    "founded_on": QT_TRANSLATE_NOOP("AuditPage", "Founded on"),
    "approval_no": QT_TRANSLATE_NOOP("AuditPage", "Approval document no."),
    "employer_name": QT_TRANSLATE_NOOP("AuditPage", "Employer"),
    "credit_code": QT_TRANSLATE_NOOP("AuditPage", "Unified social credit code"),
    "unit_category": QT_TRANSLATE_NOOP("AuditPage", "Unit category"),
    "industry": QT_TRANSLATE_NOOP("AuditPage", "Industry"),
    "address": QT_TRANSLATE_NOOP("AuditPage", "Address"),
    "workers": QT_TRANSLATE_NOOP("AuditPage", "Workers"),
    "female_workers": QT_TRANSLATE_NOOP("AuditPage", "Female workers"),
    "migrant_workers": QT_TRANSLATE_NOOP("AuditPage", "Migrant workers"),
    "chair_name": QT_TRANSLATE_NOOP("AuditPage", "Chair"),
    "chair_phone": QT_TRANSLATE_NOOP("AuditPage", "Contact phone"),
    "term_number": QT_TRANSLATE_NOOP("AuditPage", "Term no."),
    "term_start": QT_TRANSLATE_NOOP("AuditPage", "Term starts"),
    "term_end": QT_TRANSLATE_NOOP("AuditPage", "Term ends"),
    "full_time_cadres": QT_TRANSLATE_NOOP("AuditPage", "Full-time cadres"),
    "legal_cert_no": QT_TRANSLATE_NOOP("AuditPage", "Legal-person certificate no."),
    "legal_cert_date": QT_TRANSLATE_NOOP("AuditPage", "Certificate issued on"),
    "new_employment_tags": QT_TRANSLATE_NOOP("AuditPage", "New forms of employment"),
    "has_congress": QT_TRANSLATE_NOOP("AuditPage", "Workers' congress"),
    "congress_on": QT_TRANSLATE_NOOP("AuditPage", "Workers' congress held on"),
    "has_open_affairs": QT_TRANSLATE_NOOP("AuditPage", "Open factory affairs"),
    "open_affairs_on": QT_TRANSLATE_NOOP("AuditPage", "Open factory affairs since"),
    "has_collective_contract": QT_TRANSLATE_NOOP("AuditPage", "Collective contract"),
    "collective_contract_on": QT_TRANSLATE_NOOP("AuditPage", "Collective contract signed on"),
    "has_audit_committee": QT_TRANSLATE_NOOP("AuditPage", "Funds audit committee"),
    "has_women_committee": QT_TRANSLATE_NOOP("AuditPage", "Women workers' committee"),
    "has_mediation_committee": QT_TRANSLATE_NOOP("AuditPage", "Labour dispute mediation committee"),
    "merged_into_id": QT_TRANSLATE_NOOP("AuditPage", "Merged into"),
    "township_org_id": QT_TRANSLATE_NOOP("AuditPage", "Township union"),
    "reason_detail": QT_TRANSLATE_NOOP("AuditPage", "Reason in detail"),
    "responsible_person": QT_TRANSLATE_NOOP("AuditPage", "Person responsible"),
    "planned_on": QT_TRANSLATE_NOOP("AuditPage", "Planned for"),
    "organized_org_id": QT_TRANSLATE_NOOP("AuditPage", "Union founded"),
    "organized_on": QT_TRANSLATE_NOOP("AuditPage", "Union founded on"),
    "by": QT_TRANSLATE_NOOP("AuditPage", "By"),
    "note": QT_TRANSLATE_NOOP("AuditPage", "Note"),
    "username": QT_TRANSLATE_NOOP("AuditPage", "User name"),
    "display_name": QT_TRANSLATE_NOOP("AuditPage", "Display name"),
    "role": QT_TRANSLATE_NOOP("AuditPage", "Role"),
    "can_view_sensitive": QT_TRANSLATE_NOOP("AuditPage", "May view sensitive information"),
    "enabled": QT_TRANSLATE_NOOP("AuditPage", "Enabled"),
    "scope_org_id": QT_TRANSLATE_NOOP("AuditPage", "Limited to the union"),
    "locked_until": QT_TRANSLATE_NOOP("AuditPage", "Locked until"),
}


class AuditPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.ui = Ui_AuditPage()
        self.ui.setupUi(self)
        ui = self.ui
        ui.titleLabel.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.model = AuditModel(context.db, context.actor, self)
        ui.entriesView.setModel(self.model)
        header = ui.entriesView.horizontalHeader()
        header.setMinimumSectionSize(80)  # short Chinese headers would leave cramped columns
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_SUMMARY, QHeaderView.ResizeMode.Stretch)
        ui.changesTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 1)

        self._fill_choices()
        today = QDate.currentDate()
        ui.dateFromEdit.setDate(today.addDays(-30))
        ui.dateToEdit.setDate(today)
        ui.dateCheck.toggled.connect(self._dates_toggled)
        self._dates_toggled(False)

        ui.searchButton.clicked.connect(self.search)
        ui.clearButton.clicked.connect(self.clear_filters)
        ui.entityIdEdit.returnPressed.connect(self.search)
        ui.userCombo.lineEdit().returnPressed.connect(self.search)
        ui.userCombo.lineEdit().setPlaceholderText(self.tr("All users"))
        ui.entityIdEdit.setPlaceholderText(self.tr("Any"))
        ui.entriesView.selectionModel().currentRowChanged.connect(self._show_entry)
        context.events.changed.connect(lambda _entity: self._mark_stale())
        self._stale = False
        self.search()

    # --- the page protocol of the main window -----------------------------------------------

    def focus_search(self) -> None:
        self.ui.userCombo.setFocus()
        self.ui.userCombo.lineEdit().selectAll()

    # --- filters ----------------------------------------------------------------------------

    def _fill_choices(self) -> None:
        ui = self.ui
        with self.context.db.session() as session:
            names = [row.username for row in users.list_users(session, self.context.actor)]
        ui.userCombo.addItem("")
        for name in sorted({*names, SYSTEM_ACTOR.username}):
            ui.userCombo.addItem(name)
        ui.actionCombo.addItem(self.tr("All"), None)
        for action, label in audit.ACTION_LABELS.items():
            ui.actionCombo.addItem(label, action)
        ui.entityCombo.addItem(self.tr("All"), None)
        for entity in ENTITY_LABELS:
            ui.entityCombo.addItem(entity_label(entity), entity)

    def _dates_toggled(self, on: bool) -> None:
        self.ui.dateFromEdit.setEnabled(on)
        self.ui.dateToEdit.setEnabled(on)

    def current_filter(self) -> AuditFilter:
        ui = self.ui
        dates = ui.dateCheck.isChecked()
        return AuditFilter(
            username=ui.userCombo.currentText().strip() or None,
            entity=ui.entityCombo.currentData(),
            entity_id=ui.entityIdEdit.text().strip() or None,
            action=ui.actionCombo.currentData(),
            date_from=_to_date(ui.dateFromEdit.date()) if dates else None,
            date_to=_to_date(ui.dateToEdit.date()) if dates else None,
        )

    def search(self) -> None:
        self._stale = False
        self.model.set_filter(self.current_filter())
        if self.model.rowCount():
            self.ui.entriesView.selectRow(0)
        else:
            self._show_entry(QModelIndex())
        self.ui.entriesView.resizeColumnToContents(COL_AT)

    def clear_filters(self) -> None:
        ui = self.ui
        ui.userCombo.setCurrentIndex(0)
        ui.userCombo.setEditText("")
        ui.actionCombo.setCurrentIndex(0)
        ui.entityCombo.setCurrentIndex(0)
        ui.entityIdEdit.clear()
        ui.dateCheck.setChecked(False)
        self.search()

    def _mark_stale(self) -> None:
        # New entries arrive with every change; the list refreshes when it is looked at again.
        if self.isVisible():
            self.search()
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self.search()

    # --- detail -----------------------------------------------------------------------------

    def selected(self) -> AuditRow | None:
        index = self.ui.entriesView.selectionModel().currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def _show_entry(self, index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        table = self.ui.changesTable
        table.setRowCount(0)
        if not index.isValid():
            self.ui.detailLabel.setText(self.tr("No entry selected."))
            return
        row = self.model.row(index.row())
        number = f" {row.entity_id}" if row.entity_id else ""
        self.ui.detailLabel.setText(
            f"{row.at:%Y-%m-%d %H:%M:%S}  {row.username}  {row.action_label}  "
            f"{entity_label(row.entity)}{number}\n{row.summary}"
        )
        before, after = row.before or {}, row.after or {}
        keys = list(dict.fromkeys([*before, *after]))
        if not keys:
            self.ui.detailLabel.setText(self.ui.detailLabel.text() + "\n" + self.tr("No field values were recorded."))
        table.setRowCount(len(keys))
        for number_, key in enumerate(keys):
            cells = (
                self.field_label(row.entity, key),
                self.value_text(key, before.get(key)) if key in before else "",
                self.value_text(key, after.get(key)) if key in after else "",
            )
            for column, text in enumerate(cells):
                table.setItem(number_, column, QTableWidgetItem(text))
        table.resizeRowsToContents()

    def field_label(self, entity: str, key: str) -> str:
        if entity == "member" and key in MEMBER_FIELD_LABELS:
            return MEMBER_FIELD_LABELS[key]
        source = FIELD_LABELS.get(key)
        return self.tr(source) if source else key

    def value_text(self, key: str, value) -> str:
        if value is None or value == "":
            return self.tr("(empty)")
        if isinstance(value, bool):
            return self.tr("Yes") if value else self.tr("No")
        if key == "role":
            return ROLE_LABELS.get(value, str(value))
        if key == "level":
            return LEVEL_LABELS.get(value, str(value))
        if key == "status":
            return STATUS_LABELS.get(value) or ORG_STATUS_LABELS.get(value) or str(value)
        if key == "locked_until" and isinstance(value, str):
            return value.replace("T", " ")[:16]
        return str(value)

    def changes(self) -> list[tuple[str, str, str]]:
        """The detail table as text, for tests and copying."""
        table = self.ui.changesTable
        return [
            tuple(table.item(r, c).text() if table.item(r, c) else "" for c in range(3))
            for r in range(table.rowCount())
        ]


def _to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
