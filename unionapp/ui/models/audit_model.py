"""The audit log table (CONVENTIONS rule 6): the log grows without end, so the model asks the
audit service for one page at a time (newest first) as the view scrolls, and never counts or
loads the whole log."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from unionapp.db.engine import Database
from unionapp.services.audit import AuditRow, list_entries
from unionapp.services.rights import Actor
from unionapp.ui.models.record_table import RecordTableModel

COL_AT, COL_USER, COL_ACTION, COL_ENTITY, COL_ENTITY_ID, COL_SUMMARY = range(6)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
OBJECT_ROLE = Qt.ItemDataRole.UserRole + 2
PAGE_SIZE = 200

# Record kinds as the services write them, with the name a clerk reads.
ENTITY_LABELS = {
    "member": QT_TRANSLATE_NOOP("AuditModel", "Member"),
    "organization": QT_TRANSLATE_NOOP("AuditModel", "Organisation"),
    "unorganized_employer": QT_TRANSLATE_NOOP("AuditModel", "Employer without a union"),
    "organizing_follow_up": QT_TRANSLATE_NOOP("AuditModel", "Organising follow-up"),
    "member_transfer": QT_TRANSLATE_NOOP("AuditModel", "Membership transfer"),
    "user": QT_TRANSLATE_NOOP("AuditModel", "User"),
    "database": QT_TRANSLATE_NOOP("AuditModel", "Database"),
    "demo": QT_TRANSLATE_NOOP("AuditModel", "Demo data"),
    "code": QT_TRANSLATE_NOOP("AuditModel", "Dictionary"),
    "setting": QT_TRANSLATE_NOOP("AuditModel", "Settings"),
}


def entity_label(entity: str) -> str:
    source = ENTITY_LABELS.get(entity)
    return QCoreApplication.translate("AuditModel", source) if source else entity


@dataclass(frozen=True)
class AuditFilter:
    username: str | None = None
    entity: str | None = None
    entity_id: str | None = None
    action: str | None = None
    date_from: date | None = None
    date_to: date | None = None


class AuditModel(RecordTableModel):
    def __init__(self, db: Database, actor: Actor, parent=None, *, page_size: int = PAGE_SIZE):
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._page_size = page_size
        self._filter = AuditFilter()
        self._rows: list[AuditRow] = []
        self._exhausted = True
        self._headers = [self.tr("Time"), self.tr("User"), self.tr("Action"), self.tr("Record kind"),
                         self.tr("Record no."), self.tr("What happened")]

    @property
    def filter(self) -> AuditFilter:
        return self._filter

    def set_filter(self, flt: AuditFilter) -> None:
        """Start again from the newest entry that matches."""
        self.beginResetModel()
        self._filter = flt
        self._rows = []
        self._exhausted = False
        self._rows = self._fetch(0)
        self._exhausted = len(self._rows) < self._page_size
        self.endResetModel()

    def refresh(self) -> None:
        self.set_filter(replace(self._filter))

    def _fetch(self, offset: int) -> list[AuditRow]:
        f = self._filter
        with self._db.session() as session:
            return list_entries(session, self._actor, username=f.username, entity=f.entity, entity_id=f.entity_id,
                                action=f.action, date_from=f.date_from, date_to=f.date_to,
                                offset=offset, limit=self._page_size)

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802 - Qt's name
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802 - Qt's name
        if parent.isValid() or self._exhausted:
            return
        more = self._fetch(len(self._rows))
        self._exhausted = len(more) < self._page_size
        if more:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    def row(self, number: int) -> AuditRow:
        return self._rows[number]

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == OBJECT_ROLE:
            return row
        if role == SORT_ROLE:
            return (row.at, row.username, row.action, row.entity, row.entity_id, row.summary)[column]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_AT:
                return row.at.strftime("%Y-%m-%d %H:%M:%S")
            if column == COL_USER:
                return row.username
            if column == COL_ACTION:
                return row.action_label  # the service's Chinese label
            if column == COL_ENTITY:
                return entity_label(row.entity)
            if column == COL_ENTITY_ID:
                return row.entity_id or ""
            return row.summary
        return None
