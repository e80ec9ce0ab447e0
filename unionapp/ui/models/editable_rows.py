"""A small editable grid inside a form (a household's family members, a campaign's standards,
the goods of a visit, hospital stays): rows of text keyed by field, edited in place, with
drop-down cells where the value comes from a list."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate


class EditableRowsModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[tuple[str, str]], parent=None):
        """columns: (field key, header)."""
        super().__init__(parent)
        self._keys = [k for k, _h in columns]
        self._headers = [h for _k, h in columns]
        self._rows: list[dict[str, str]] = []
        self.read_only = False

    @property
    def keys(self) -> list[str]:
        return list(self._keys)

    def set_rows(self, rows: Sequence[dict]) -> None:
        self.beginResetModel()
        self._rows = [{k: "" if r.get(k) is None else str(r.get(k)) for k in self._keys} for r in rows]
        self.endResetModel()

    def rows(self) -> list[dict[str, str]]:
        """The rows with something in them (an empty row the clerk added and left is dropped)."""
        return [dict(r) for r in self._rows if any(v.strip() for v in r.values())]

    def add_row(self, values: dict | None = None) -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append({k: "" if (values or {}).get(k) is None else str(values[k]) for k in self._keys})
        self.endInsertRows()
        return row

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def set_value(self, row: int, key: str, value: str) -> None:
        self.setData(self.index(row, self._keys.index(key)), value)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._keys)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return section + 1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._rows[index.row()][self._keys[index.column()]]
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        self._rows[index.row()][self._keys[index.column()]] = "" if value is None else str(value).strip()
        self.dataChanged.emit(index, index, [role])
        return True

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        return base if self.read_only else base | Qt.ItemFlag.ItemIsEditable


class ChoiceDelegate(QStyledItemDelegate):
    """A drop-down of fixed choices (with a blank) for one column."""

    def __init__(self, choices: Sequence[str], parent=None):
        super().__init__(parent)
        self._choices = ["", *choices]

    def createEditor(self, parent, _option, _index):  # noqa: N802 - Qt's name
        editor = QComboBox(parent)
        editor.addItems(self._choices)
        return editor

    def setEditorData(self, editor, index) -> None:  # noqa: N802 - Qt's name
        value = index.data(Qt.ItemDataRole.EditRole) or ""
        if editor.findText(value) < 0:
            editor.addItem(value)
        editor.setCurrentText(value)

    def setModelData(self, editor, model, index) -> None:  # noqa: N802 - Qt's name
        model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)
