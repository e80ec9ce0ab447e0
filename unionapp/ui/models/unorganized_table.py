"""The 未建会单位 list. A county has a few hundred such employers, so the whole list is held and
sorted by a proxy on SORT_ROLE; paging would buy nothing here."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from unionapp.services.organizing import EmployerRow

(
    COL_NAME,
    COL_TOWNSHIP,
    COL_CATEGORY,
    COL_WORKERS,
    COL_MIGRANT,
    COL_REASON,
    COL_RESPONSIBLE,
    COL_PLANNED,
    COL_LAST_FOLLOW_UP,
    COL_STATUS,
) = range(10)
COLUMN_COUNT = 10

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
OBJECT_ROLE = Qt.ItemDataRole.UserRole + 2


class UnorganizedTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[EmployerRow] = []
        self._headers = [
            self.tr("Employer"), self.tr("Township"), self.tr("Category"), self.tr("Workers"),
            self.tr("Migrant workers"), self.tr("Reason for no union"), self.tr("Responsible"),
            self.tr("Planned by"), self.tr("Last follow-up"), self.tr("Status"),
        ]

    def set_rows(self, rows: list[EmployerRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[EmployerRow]:
        return list(self._rows)

    def row_at(self, row: int) -> EmployerRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    @staticmethod
    def _value(row: EmployerRow, column: int):
        return (row.name, row.township_name, row.unit_category, row.workers, row.migrant_workers, row.reason,
                row.responsible_person, row.planned_on, row.last_follow_up, row.status_label)[column]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        value = self._value(row, index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if value is None:
                return ""
            return value.isoformat() if isinstance(value, date) else str(value)
        if role == SORT_ROLE:
            # Plain values Qt can compare; an empty cell sorts first.
            if index.column() in (COL_WORKERS, COL_MIGRANT):
                return -1 if value is None else value
            if isinstance(value, date):
                return value.isoformat()
            return value or ""
        if role == OBJECT_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (COL_WORKERS, COL_MIGRANT):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
