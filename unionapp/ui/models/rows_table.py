"""A read-only table of a few dozen rows of text (a member's 会籍 history, a follow-up log, the
pending transfers), each row optionally carrying the record it shows."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

OBJECT_ROLE = Qt.ItemDataRole.UserRole + 2


class RowsTableModel(QAbstractTableModel):
    def __init__(self, headers: Sequence[str], parent=None):
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[list[str]] = []
        self._objects: list[object] = []

    def set_rows(self, rows: Sequence[Sequence[str]], objects: Sequence[object] | None = None) -> None:
        self.beginResetModel()
        self._rows = [list(r) for r in rows]
        self._objects = list(objects) if objects is not None else [None] * len(self._rows)
        self.endResetModel()

    def object_at(self, row: int):
        return self._objects[row] if 0 <= row < len(self._objects) else None

    def text(self, row: int, column: int) -> str:
        return self._rows[row][column]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._rows[index.row()][index.column()]
        if role == OBJECT_ROLE:
            return self._objects[index.row()]
        return None
