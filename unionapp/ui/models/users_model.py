"""The accounts on the users page: a few dozen rows at most, held whole."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from unionapp.services.users import UserRow
from unionapp.ui.models.record_table import RecordTableModel

COL_USERNAME, COL_NAME, COL_ROLE, COL_SCOPE, COL_SENSITIVE, COL_STATE, COL_LAST_LOGIN = range(7)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
OBJECT_ROLE = Qt.ItemDataRole.UserRole + 2

_INACTIVE = QBrush(QColor("#8a8a8a"))


class UsersModel(RecordTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[UserRow] = []
        self._headers = [self.tr("User name"), self.tr("Name"), self.tr("Role"), self.tr("Scope"),
                         self.tr("Sensitive information"), self.tr("State"), self.tr("Last sign-in")]

    def set_rows(self, rows: list[UserRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, index: int) -> UserRow:
        return self._rows[index]

    def find(self, user_id: int) -> int | None:
        for number, row in enumerate(self._rows):
            if row.id == user_id:
                return number
        return None

    def state_text(self, row: UserRow) -> str:
        if not row.enabled:
            return self.tr("Disabled")
        if row.locked:
            return self.tr("Locked")
        return self.tr("Enabled")

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == OBJECT_ROLE:
            return row
        if role == SORT_ROLE:
            return (row.username, row.display_name, row.role, row.scope_name or "", row.can_view_sensitive,
                    (row.enabled, not row.locked), row.last_login_at)[column]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_USERNAME:
                return row.username
            if column == COL_NAME:
                return row.display_name
            if column == COL_ROLE:
                return row.role_label  # the service's Chinese label
            if column == COL_SCOPE:
                return row.scope_name or self.tr("Whole county")
            if column == COL_SENSITIVE:
                return self.tr("May view") if row.can_view_sensitive else self.tr("Masked")
            if column == COL_STATE:
                return self.state_text(row)
            return row.last_login_at.strftime("%Y-%m-%d %H:%M") if row.last_login_at else ""
        if role == Qt.ItemDataRole.ForegroundRole and (not row.enabled or row.locked):
            return _INACTIVE
        return None
