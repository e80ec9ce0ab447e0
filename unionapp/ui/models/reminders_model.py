"""The 换届 reminders on the dashboard: a short list (the unions whose term ends within 90 days),
so it is held whole; the rows come from reports.figures.renewal_reminders."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from unionapp.reports.figures import RenewalReminder
from unionapp.ui.models.record_table import RecordTableModel

COL_NAME, COL_TERM_END, COL_DAYS = range(3)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
OBJECT_ROLE = Qt.ItemDataRole.UserRole + 2

_OVERDUE = QBrush(QColor("#b00020"))


class RemindersModel(RecordTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[RenewalReminder] = []
        self._headers = [self.tr("Union"), self.tr("Term ends on"), self.tr("Days left")]

    def set_rows(self, rows: list[RenewalReminder]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[RenewalReminder]:
        return list(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == OBJECT_ROLE:
            return row
        if role == SORT_ROLE:
            return (row.name, row.term_end, row.days_left)[column]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_NAME:
                return row.name
            if column == COL_TERM_END:
                return row.term_end.isoformat()
            if row.days_left < 0:
                return self.tr("%1 days overdue").replace("%1", str(-row.days_left))
            return self.tr("%1 days").replace("%1", str(row.days_left))
        if role == Qt.ItemDataRole.ForegroundRole and row.days_left < 0:
            return _OVERDUE
        return None
